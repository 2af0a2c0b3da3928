"""ICD-10-CM order file (icd10cm_order_YYYY.txt): fixed width, no header.

Positions: order number 1-5, code 7-13 (no dot), header flag 15 (0 header, 1 billable), short
description 17-76, long description 78-. The fiscal year starts on 1 October of the year before
the one in the name; an April update must be named with --effective.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from consult.reference.importers.common import ImportFileError, ParsedFile, read_text

FAMILY = "icd10cm"
TABLE = "ref_icd10cm"
COLUMNS = ("code", "billable", "short_description", "long_description")
NAME_RE = re.compile(r"(\d{4})")
CODE_RE = re.compile(r"^[A-Z][0-9][0-9A-Z]{1,5}$")


def parse(path: Path) -> ParsedFile:
    m = NAME_RE.search(path.name)
    if not m:
        raise ImportFileError(path, None, "cannot tell the fiscal year (no year in the name): "
                              "pass --vintage and --effective")
    fy = int(m.group(1))
    text = read_text(path)
    return ParsedFile(f"ICD-10-CM FY{fy}", date(fy - 1, 10, 1), _rows(text, path),
                      total_lines=text.count("\n"), effective_to=date(fy, 9, 30))


def _rows(text: str, path: Path):
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        order, code, flag = raw[0:5], raw[6:13].strip(), raw[14:15]
        if not order.isdigit() or not CODE_RE.match(code) or flag not in ("0", "1"):
            raise ImportFileError(path, number, "not an order-file record (order number 1-5, "
                                  "code 7-13, header flag 0/1 at 15)")
        yield code, flag == "1", raw[16:76].strip(), raw[77:].strip()
