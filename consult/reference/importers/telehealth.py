"""CMS List of Medicare Telehealth Services (508 text export, .csv or .xlsx).

Header: the row with a cell exactly "HCPCS" (or "Code"); the status column is whichever of
Status / Proposed Action / Action is present. Descriptors are never stored (CPT text is AMA's).
The calendar year comes from the title ("CY 2026 ...") or the file name.
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

FAMILY = "telehealth"
TABLE = "ref_telehealth"
COLUMNS = ("code", "status")
HEADER = {"code": ("HCPCS", "CODE", "HCPCSCODE"),
          "status": ("STATUS", "PROPOSEDACTION", "FINALACTION", "ACTION")}
YEAR_RE = re.compile(r"(?:CY|calendar[- _]year)[- _]?(\d{4})", re.I)


def _is_header(cells: list[str]) -> bool:
    return any(norm(c) in ("HCPCS", "HCPCSCODE") for c in cells[:2])


def parse(path: Path) -> ParsedFile:
    text = None if path.suffix.lower().startswith(".xls") else read_text(path)
    rows = table_rows(path, text)
    (line, header), above = find_header(rows, path, _is_header, "telehealth list (HCPCS)")
    cols = column_map(header, HEADER, {"code"}, path, line)
    titles = " ".join(" ".join(cells) for _, cells in above) + " " + path.name
    m = YEAR_RE.search(titles)
    if not m:
        raise ImportFileError(path, None, "cannot tell the calendar year (no 'CY yyyy' in the "
                              "title or name): pass --vintage and --effective")
    year = int(m.group(1))
    return ParsedFile(f"Telehealth CY{year}", date(year, 1, 1), _rows(rows, cols, path),
                      total_lines=text.count("\n") if text else 0,
                      effective_to=date(year, 12, 31))


def _rows(rows, cols: dict[str, int], path: Path):
    seen: set[str] = set()
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        code = check_code(cells[cols["code"]], path, line, "HCPCS")
        status = cells[cols["status"]].strip() if "status" in cols and cols["status"] < len(
            cells) else ""
        if code not in seen:  # the list repeats a code when it has several rows of notes
            seen.add(code)
            yield code, status[:100]
