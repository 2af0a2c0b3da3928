"""Practitioner MUE table (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv / .xlsx).

The first record is a quoted multi-line AMA notice; the header's first cell has an embedded
newline ("HCPCS/\\nCPT Code"), so rows come from the csv module and names are normalised. The
adjudication cell is a digit plus text ("3 Date of Service Edit: Clinical"). The effective date
is taken from the file name (a converter once shifted it by a day through a time zone).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from consult.reference.importers.common import (
    ImportFileError,
    ParsedFile,
    check_code,
    column_map,
    find_header,
    norm,
    read_text,
    table_rows,
)

FAMILY = "mue"
TABLE = "ref_mue"
COLUMNS = ("code", "value", "mai", "mai_text", "rationale")
HEADER = {
    "code": ("HCPCSCPTCODE", "HCPCS"), "value": ("PRACTITIONERSERVICESMUEVALUES", "MUEVALUE",
                                                   "PRACTITIONERSERVICESMUEVALUE"),
    "mai": ("MUEADJUDICATIONINDICATOR",), "rationale": ("MUERATIONALE",),
}
NAME_RE = re.compile(r"Eff[_ -]?(\d{2})[-_](\d{2})[-_](\d{4})", re.I)
MAI_RE = re.compile(r"^\s*([123])\b\s*(.*)$")


def _is_header(cells: list[str]) -> bool:
    return bool(cells) and norm(cells[0]).startswith("HCPCS") and any(
        "MUE" in norm(c) for c in cells[1:]
    )


def parse(path: Path) -> ParsedFile:
    m = NAME_RE.search(path.name)
    if not m:
        raise ImportFileError(path, None, "cannot tell the effective date (expected "
                              "..._Eff_MM-DD-YYYY in the name): pass --vintage and --effective")
    effective = date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    text = None if path.suffix.lower().startswith(".xls") else read_text(path)
    rows = table_rows(path, text)
    (line, header), _ = find_header(rows, path, _is_header, "MUE (HCPCS/CPT Code)")
    cols = column_map(header, HEADER, {"code", "value", "mai"}, path, line)
    label = f"MUE {effective.isoformat()}"
    return ParsedFile(label, effective, _rows(rows, cols, path),
                      total_lines=text.count("\n") if text else 0)


def _rows(rows, cols: dict[str, int], path: Path):
    width = max(cols.values()) + 1
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < width:
            raise ImportFileError(path, line, f"row has {len(cells)} fields, expected {width}")
        code = check_code(cells[cols["code"]], path, line, "HCPCS/CPT code")
        raw_value = cells[cols["value"]].strip()
        if not raw_value.isdigit():
            raise ImportFileError(path, line, f"MUE value {raw_value!r} is not a whole number")
        mai = MAI_RE.match(cells[cols["mai"]])
        if not mai:
            raise ImportFileError(path, line, f"adjudication indicator {cells[cols['mai']]!r} "
                                  "does not start with 1, 2 or 3")
        rationale = cells[cols["rationale"]].strip() if "rationale" in cols else ""
        yield code, int(raw_value), int(mai.group(1)), mai.group(2).strip()[:100], rationale[:200]
