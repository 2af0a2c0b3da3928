"""NCCI add-on code edits (AOC_V{YYYY}Q{n}-MCR.xlsx / .csv / .txt).

xlsx/csv: the header row is the one holding Add-On_Code; dates are Julian YYYYDDD.
txt: whitespace-separated `{type}{add-on}  {primary}  {YYYYDDD}  {notes}` records; lines before
the first record are preamble.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from consult.reference.importers.common import (
    QUARTER_START,
    ImportFileError,
    ParsedFile,
    check_code,
    column_map,
    find_header,
    julian,
    norm,
    read_text,
    table_rows,
)

FAMILY = "aoc"
TABLE = "ref_addon"
COLUMNS = (
    "edit_type", "addon", "addon_deleted", "primary_code", "primary_deleted", "effective",
    "deleted", "notes",
)
HEADER: dict[str, tuple[str, ...]] = {
    "edit_type": ("AOCEDITTYPE",), "addon": ("ADDONCODE",), "addon_deleted": ("AOCDELDT",),
    "primary_code": ("PRIMARYCODE",), "primary_deleted": ("PRIMARYCODEDELDT",),
    "effective": ("AOCEDITEFFDT",), "deleted": ("AOCEDITDELDT",),
    "notes": ("SPECIALINSTRUCTIONNOTES",),
}
NAME_RE = re.compile(r"AOC_V(\d{4})Q([1-4])", re.I)
TXT_RE = re.compile(r"^([123])([0-9A-Z]{5})\s+([0-9A-Z]{5})\s+(\d{7})\s*(.*)$")


def parse(path: Path) -> ParsedFile:
    m = NAME_RE.search(path.name)
    if not m:
        raise ImportFileError(path, None, "cannot tell the quarter (expected AOC_VyyyyQn in the "
                              "name): pass --vintage and --effective")
    year, quarter = int(m.group(1)), int(m.group(2))
    effective = date(year, *QUARTER_START[quarter])
    label = f"AOC {year}Q{quarter}"
    suffix = path.suffix.lower()
    if suffix == ".txt":
        txt = read_text(path)
        return ParsedFile(label, effective, _txt_rows(txt, path), total_lines=txt.count("\n"))
    text = None if suffix.startswith(".xls") else read_text(path)
    rows = table_rows(path, text)
    (line, header), _ = find_header(
        rows, path, lambda cells: any(norm(c) == "ADDONCODE" for c in cells), "AOC (Add-On_Code)"
    )
    cols = column_map(header, HEADER, {"edit_type", "addon", "primary_code"}, path, line)
    return ParsedFile(label, effective, _rows(rows, cols, path),
                      total_lines=text.count("\n") if text else 0)


def _rows(rows, cols: dict[str, int], path: Path):
    def get(cells: list[str], name: str) -> str:
        i = cols.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        kind = get(cells, "edit_type")
        if kind not in ("1", "2", "3"):
            raise ImportFileError(path, line, f"AOC edit type {kind!r} is not 1, 2 or 3")
        yield (
            int(kind), check_code(get(cells, "addon"), path, line, "add-on code"),
            julian(get(cells, "addon_deleted"), path, line, "AOC_DelDT"),
            check_code(get(cells, "primary_code"), path, line, "primary code"),
            julian(get(cells, "primary_deleted"), path, line, "Primary_Code_DelDT"),
            julian(get(cells, "effective"), path, line, "AOC_Edit_EffDT"),
            julian(get(cells, "deleted"), path, line, "AOC_Edit_DelDT"),
            get(cells, "notes"),
        )


def _txt_rows(text: str, path: Path):
    started = False
    for line, raw in enumerate(text.splitlines(), start=1):
        m = TXT_RE.match(raw.strip())
        if m:
            started = True
            yield (int(m.group(1)), m.group(2), None, m.group(3), None,
                   julian(m.group(4), path, line, "effective date"), None, m.group(5).strip())
        elif started and raw.strip():
            raise ImportFileError(path, line, "not an add-on record "
                                  "({type}{add-on} {primary} {YYYYDDD} {notes})")
