"""Shared reading helpers: decode, rows from CSV/TSV/XLSX, header-by-content, typed cells.

Every CMS file opens with its own preamble, so no importer trusts a row number: each scans for
a header row it recognises by its cell text, maps columns by (normalised) name, and reports
errors as `file:line: reason`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

Row = tuple[int, list[str]]  # (line or row number, cells)
HEADER_SCAN_LIMIT = 60
CODE_RE = re.compile(r"^[0-9A-Z]{5}$")


class ImportFileError(Exception):
    """A file that cannot be imported: names the file, the line and the reason."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = str(path), line, reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


@dataclass
class ParsedFile:
    """What an importer found: vintage facts and a lazy stream of row tuples (table order)."""

    vintage: str
    effective_from: date
    rows: Iterator[tuple[object, ...]]
    total_lines: int = 0
    part: str = ""
    effective_to: date | None = None
    # More tables from the same file: table name -> (columns, rows).
    extra: dict[str, tuple[tuple[str, ...], Iterable[tuple[object, ...]]]] = field(default_factory=dict)


def decode(data: bytes) -> str:
    """UTF-8 when it is; otherwise Windows-1252/Latin-1 (CMS notices carry a Latin-1 ®)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(path: Path) -> str:
    return decode(path.read_bytes())


def norm(name: object) -> str:
    """Header name → comparable key: upper case letters and digits only."""
    return re.sub(r"[^A-Z0-9]", "", str(name or "").upper())


def csv_rows(text: str, path: Path) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as exc:
        raise ImportFileError(path, reader.line_num, f"malformed CSV ({exc})") from exc


def tsv_rows(text: str) -> Iterator[Row]:
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, line.split("\t")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.strftime("%Y%m%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_rows(path: Path) -> Iterator[Row]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged zip/xml
        raise ImportFileError(path, None, f"not a readable .xlsx workbook ({exc})") from exc
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in values]
    finally:
        book.close()


def table_rows(path: Path, text: str | None = None) -> Iterator[Row]:
    """Rows of a .xlsx, .csv or tab-delimited .txt file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return xlsx_rows(path)
    text = read_text(path) if text is None else text
    if path.suffix.lower() == ".csv":
        return csv_rows(text, path)
    return tsv_rows(text)


def find_header(
    rows: Iterator[Row], path: Path, is_header: Callable[[list[str]], bool], what: str
) -> tuple[Row, list[Row]]:
    """Scan for the header row; return it and the rows before it (for wrapped headers)."""
    before: list[Row] = []
    for row in rows:
        if is_header(row[1]):
            return row, before
        before.append(row)
        if len(before) > HEADER_SCAN_LIMIT:
            break
    raise ImportFileError(path, None, f"no {what} header found in the first {HEADER_SCAN_LIMIT} rows")


def column_map(
    header: list[str], wanted: dict[str, tuple[str, ...]], required: set[str], path: Path, line: int
) -> dict[str, int]:
    """Map logical names to column positions by normalised header text (exact, then prefix)."""
    keys = [norm(h) for h in header]
    found: dict[str, int] = {}
    for name, aliases in wanted.items():
        for alias in aliases:
            if alias in keys:
                found[name] = keys.index(alias)
                break
        else:
            for i, key in enumerate(keys):
                if key and any(key.startswith(a) for a in aliases):
                    found[name] = i
                    break
    missing = required - found.keys()
    if missing:
        raise ImportFileError(path, line, f"header lacks column(s): {', '.join(sorted(missing))}")
    return found


_date_cache: dict[str, str] = {}


def iso_yyyymmdd(value: str, path: Path, line: int, what: str) -> str:
    """'20260101' → '2026-01-01' (validated; cached, these repeat a lot)."""
    hit = _date_cache.get(value)
    if hit is not None:
        return hit
    try:
        if len(value) != 8 or not value.isdigit():
            raise ValueError
        iso = date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        raise ImportFileError(path, line, f"{what} {value!r} is not a YYYYMMDD date") from None
    _date_cache[value] = iso
    return iso


def optional_yyyymmdd(value: str, path: Path, line: int, what: str) -> str | None:
    value = value.strip()
    return iso_yyyymmdd(value, path, line, what) if value and value != "*" else None


def julian(value: str, path: Path, line: int, what: str) -> str | None:
    """CMS Julian date 'YYYYDDD' (2026091 = 2026-04-01) → ISO; blank → None."""
    value = value.strip()
    if not value:
        return None
    if len(value) != 7 or not value.isdigit() or not 1 <= int(value[4:]) <= 366:
        raise ImportFileError(path, line, f"{what} {value!r} is not a YYYYDDD Julian date")
    return (date(int(value[:4]), 1, 1) + timedelta(days=int(value[4:]) - 1)).isoformat()


def number(value: str, path: Path, line: int, what: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ImportFileError(path, line, f"{what} {value!r} is not a number") from None


def check_code(value: str, path: Path, line: int, what: str = "code") -> str:
    code = value.strip().upper()
    if not CODE_RE.match(code):
        raise ImportFileError(path, line, f"{what} {value!r} is not a 5-character code")
    return code


def count_lines(text: str) -> int:
    return text.count("\n") + 1


QUARTER_START = {1: (1, 1), 2: (4, 1), 3: (7, 1), 4: (10, 1)}
MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1
)}
