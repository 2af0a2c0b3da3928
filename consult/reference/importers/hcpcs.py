"""HCPCS Level II file: annual HCPCyyyy_CONTR_ANWEB / quarterly HCPCyyyy_MON_ANWEB (.xlsx, .csv,
or the 320-byte fixed-width .txt).

xlsx/csv: the header row holds HCPC and LONG DESCRIPTION (row 7 in 2019; row 1 in later
exports). txt: fixed offsets from the record layout; RECID 3/7 start a procedure/modifier and
4/8 continue its long description, which we join. Modifier records have the modifier in
positions 4-5 (HCPC column blank-padded). Codes go to ref_hcpcs, modifiers to ref_modifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from consult.reference.importers.common import (
    MONTHS,
    ImportFileError,
    ParsedFile,
    column_map,
    find_header,
    norm,
    optional_yyyymmdd,
    read_text,
    table_rows,
)

FAMILY = "hcpcs"
TABLE = "ref_hcpcs"
COLUMNS = (
    "code", "long_description", "short_description", "coverage", "pricing", "betos", "add_date",
    "action_effective", "termination", "action_code",
)
MODIFIER_TABLE = "ref_modifier"
MODIFIER_COLUMNS = ("modifier", "system", "text", "short_text", "add_date", "termination")
HEADER = {
    "code": ("HCPC", "HCPCS"), "recid": ("RECID",), "long": ("LONGDESCRIPTION",),
    "short": ("SHORTDESCRIPTION",), "coverage": ("COV",), "pricing": ("PRICE1",),
    "betos": ("BETOS",), "add_date": ("ADDDT",), "action_effective": ("ACTEFFDT",),
    "termination": ("TERMDT",), "action_code": ("ACTIONCD",),
}
# (start, end) 1-based inclusive, from the HCPCS record layout
FIXED = {
    "code": (1, 5), "recid": (11, 11), "long": (12, 91), "short": (92, 119),
    "pricing": (120, 121), "coverage": (230, 230), "betos": (257, 259), "add_date": (269, 276),
    "action_effective": (277, 284), "termination": (285, 292), "action_code": (293, 293),
}
NAME_RE = re.compile(r"HCPC(\d{4})_?(JAN|APR|JUL|OCT|CONTR)?", re.I)


@dataclass
class _Record:
    line: int
    code: str
    recid: str
    fields: dict[str, str]


def parse(path: Path) -> ParsedFile:
    m = NAME_RE.search(path.name)
    if not m:
        raise ImportFileError(path, None, "cannot tell the release (expected HCPCyyyy_MON in the "
                              "name): pass --vintage and --effective")
    year = int(m.group(1))
    month_name = (m.group(2) or "JAN").upper()
    month = MONTHS.get(month_name, 1)
    label = f"HCPCS {year} {month_name if month_name != 'CONTR' else 'annual'}"
    records = list(_records(path))
    codes, modifiers = _merge(records, path)
    parsed = ParsedFile(label, date(year, month, 1), iter(codes), total_lines=len(records))
    parsed.extra[MODIFIER_TABLE] = (MODIFIER_COLUMNS, modifiers)
    return parsed


def _records(path: Path):
    suffix = path.suffix.lower()
    text = None if suffix.startswith(".xls") else read_text(path)
    if suffix == ".txt" and text is not None and "\t" not in text[:2000]:
        yield from _fixed_records(text, path)
        return
    rows = table_rows(path, text)
    (line, header), _ = find_header(
        rows, path, lambda c: any(norm(x) == "HCPC" for x in c[:2]) and any(
            norm(x) == "LONGDESCRIPTION" for x in c), "HCPCS (HCPC, LONG DESCRIPTION)")
    cols = column_map(header, HEADER, {"code", "long"}, path, line)
    for number, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        fields = {k: cells[i].strip() if i < len(cells) else "" for k, i in cols.items()}
        code = fields["code"].upper()
        recid = fields.get("recid") or ("7" if len(code) == 2 else "3")
        yield _Record(number, code, recid, fields)


def _fixed_records(text: str, path: Path):
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        recid = raw[10:11]
        if recid not in ("3", "4", "7", "8"):
            raise ImportFileError(path, number, f"RECID {recid!r} at position 11 is not 3, 4, 7 "
                                  "or 8 (not a HCPCS fixed-width record)")
        if recid in ("3", "7") and len(raw) < 293:
            raise ImportFileError(path, number, f"record is {len(raw)} characters, expected 320 "
                                  "(truncated?)")
        padded = raw.ljust(320)
        fields = {k: padded[a - 1:b].strip() for k, (a, b) in FIXED.items()}
        yield _Record(number, fields["code"].upper(), recid, fields)


def _merge(records: list[_Record], path: Path) -> tuple[list[tuple], list[tuple]]:
    codes: dict[str, dict[str, str]] = {}
    mods: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for rec in records:
        if rec.recid in ("4", "8"):
            if current is None:
                raise ImportFileError(path, rec.line, "continuation record before any first record")
            current["long"] = f"{current['long']} {rec.fields.get('long', '')}".strip()
            continue
        target = mods if rec.recid == "7" or len(rec.code) == 2 else codes
        valid = re.fullmatch(r"[A-Z0-9]{2}" if target is mods else r"[A-Z0-9]{5}", rec.code)
        if not valid:
            raise ImportFileError(path, rec.line, f"HCPC {rec.code!r} is not a code or modifier")
        current = dict(rec.fields, line=str(rec.line))
        target[rec.code] = current

    def dates(f: dict[str, str]) -> tuple[str | None, str | None, str | None]:
        line = int(f["line"])
        return tuple(optional_yyyymmdd(f.get(k, ""), path, line, k)  # type: ignore[return-value]
                     for k in ("add_date", "action_effective", "termination"))

    code_rows = []
    for code, f in codes.items():
        add, eff, term = dates(f)
        code_rows.append((code, f["long"], f.get("short", "")[:60], f.get("coverage", "")[:1],
                          f.get("pricing", "")[:2], f.get("betos", "")[:3], add, eff, term,
                          f.get("action_code", "")[:1]))
    mod_rows = []
    for mod, f in mods.items():
        add, _eff, term = dates(f)
        mod_rows.append((mod, "HCPCS", f["long"], f.get("short", "")[:60], add, term))
    return code_rows, mod_rows
