"""NCCI practitioner PTP edits (ccipra-v{VVV}r{R}-f{1..4}.TXT / .xlsx), all four parts.

Header: the line whose first cells are "Column 1" and "Column 2"; the wrapped lines below it
("prior to 1996", "0=not allowed", ...) are skipped up to the first line that starts with a
code. Column names are the vertical join of the header lines, mapped by keyword.
Vintage: v322r0 = NCCI version 32.2 = calendar 2026 (version - 1994), quarter 3 (minor + 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from consult.reference.importers.common import (
    CODE_RE,
    QUARTER_START,
    ImportFileError,
    ParsedFile,
    Row,
    column_map,
    find_header,
    iso_yyyymmdd,
    norm,
    read_text,
    table_rows,
)

FAMILY = "ptp"
TABLE = "ref_ptp"
COLUMNS = (
    "column1", "column2", "prior_1996", "effective", "deletion", "modifier_ind", "rationale",
)
HEADER = {
    "column1": ("COLUMN1",), "column2": ("COLUMN2",), "prior_1996": ("INEXISTENCE",),
    "effective": ("EFFECTIVE",), "deletion": ("DELETION",), "modifier_ind": ("MODIFIER",),
    "rationale": ("PTPEDITRATIONALE", "RATIONALE"),
}
NAME_RE = re.compile(r"v(\d{2})(\d)r(\d+)[-_ ]?f?(\d)?", re.I)
MODIFIER_VALUES = frozenset("019")


def _is_header(cells: list[str]) -> bool:
    return len(cells) > 1 and norm(cells[0]) == "COLUMN1" and norm(cells[1]) == "COLUMN2"


def vintage_from_name(path: Path) -> tuple[str, date, str] | None:
    m = NAME_RE.search(path.name)
    if not m:
        return None
    major, minor, rev, part = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    if not 0 <= minor <= 3:
        return None
    month, day = QUARTER_START[minor + 1]
    return f"v{major}{minor}r{rev}", date(1994 + major, month, day), f"f{part}" if part else ""


def parse(path: Path) -> ParsedFile:
    is_xlsx = path.suffix.lower().startswith(".xls")
    text = None if is_xlsx else read_text(path)
    rows = table_rows(path, text)
    (line, header), _ = find_header(rows, path, _is_header, "PTP (Column 1, Column 2)")
    wrapped: list[list[str]] = [header]
    first_data: Row | None = None
    for row in rows:
        if row[1] and CODE_RE.match(row[1][0].strip()):
            first_data = row
            break
        wrapped.append(row[1])
    names = [
        " ".join(r[k].strip() for r in wrapped if k < len(r) and r[k].strip())
        for k in range(len(header))
    ]
    cols = column_map(names, HEADER, set(HEADER) - {"rationale"}, path, line)
    meta = vintage_from_name(path)
    if meta is None:
        raise ImportFileError(path, None, "cannot tell the NCCI version from the file name "
                              "(expected ccipra-vVVVrR-fN): pass --vintage and --effective")
    label, effective, part = meta
    data = _rows(first_data, rows, cols, path)
    return ParsedFile(label, effective, data, total_lines=text.count("\n") if text else 0,
                      part=part)


def _rows(first: Row | None, rows: Iterator[Row], cols: dict[str, int], path: Path):
    c1, c2, pre, eff, dele, mod = (cols[k] for k in (
        "column1", "column2", "prior_1996", "effective", "deletion", "modifier_ind"))
    rat = cols.get("rationale")
    width = max(c1, c2, pre, eff, dele, mod) + 1
    if first is None:
        return
    for line, cells in _chain([first], rows):
        if len(cells) < width:
            if len(cells) == 1 and not cells[0].strip():
                continue  # trailing blank line
            raise ImportFileError(path, line, f"expected {width}+ tab-separated fields, found "
                                  f"{len(cells)} (truncated file?)")
        a, b = cells[c1].strip(), cells[c2].strip()
        if not (CODE_RE.match(a) and CODE_RE.match(b)):
            raise ImportFileError(path, line, f"column 1/2 {a!r}/{b!r} are not 5-character codes")
        m = cells[mod].strip()
        if m not in MODIFIER_VALUES:
            raise ImportFileError(path, line, f"modifier indicator {m!r} is not 0, 1 or 9")
        d = cells[dele].strip()
        yield (
            a, b, cells[pre].strip() == "*",
            iso_yyyymmdd(cells[eff].strip(), path, line, "effective date"),
            None if d in ("*", "") else iso_yyyymmdd(d, path, line, "deletion date"),
            m, " ".join(cells[rat].split()) if rat is not None and rat < len(cells) else "",
        )


def _chain(first: list[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest
