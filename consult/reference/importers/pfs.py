"""PFS Relative Value File (PPRRVU*.csv / .xlsx): indicators and RVUs per code and modifier.

Header: the row whose first two cells are HCPCS and MOD; its column names are wrapped over the
rows above it (up to the title rows, which only fill the first three columns), so each name is
the vertical join of those rows. Columns are mapped by joined name, so the 2026 file's new
PRIC IND column (and any later one) shifts nothing.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from consult.reference.importers.common import (
    MONTHS,
    ImportFileError,
    ParsedFile,
    Row,
    check_code,
    column_map,
    find_header,
    norm,
    number,
    read_text,
    table_rows,
)

FAMILY = "pfs"
TABLE = "ref_pfs"
COLUMNS = (
    "code", "modifier", "description", "status", "not_used_for_medicare", "work_rvu", "nf_pe_rvu",
    "nf_na", "f_pe_rvu", "f_na", "mp_rvu", "nf_total", "f_total", "pctc", "global_days", "pre_op",
    "intra_op", "post_op", "mult_proc", "bilat_surg", "asst_surg", "co_surg", "team_surg",
    "pricing_ind", "endo_base", "conv_factor", "phys_supervision", "calc_flag",
    "diag_imaging_family",
)
HEADER = {
    "code": ("HCPCS",), "modifier": ("MOD",), "description": ("DESCRIPTION",),
    "status": ("STATUSCODE", "STATUS"), "not_used": ("NOTUSEDFORMEDICAREPAYMENT",),
    "work_rvu": ("WORKRVU",), "nf_pe_rvu": ("NONFACPERVU", "NONFACILITYPERVU"),
    "nf_na": ("NONFACNAINDICATOR",), "f_pe_rvu": ("FACILITYPERVU",),
    "f_na": ("FACILITYNAINDICATOR",), "mp_rvu": ("MPRVU",),
    "nf_total": ("NONFACILITYTOTAL",), "f_total": ("FACILITYTOTAL",),
    "pctc": ("PCTCIND",), "global_days": ("GLOBDAYS",), "pre_op": ("PREOP",),
    "intra_op": ("INTRAOP",), "post_op": ("POSTOP",), "mult_proc": ("MULTPROC",),
    "bilat_surg": ("BILATSURG",), "asst_surg": ("ASSTSURG",), "co_surg": ("COSURG",),
    "team_surg": ("TEAMSURG",), "pricing_ind": ("PRICIND",), "endo_base": ("ENDOBASE",),
    "conv_factor": ("CONVFACTOR",),
    "phys_supervision": ("PHYSICIANSUPERVISIONOFDIAGNOSTICPROCEDURES",),
    "calc_flag": ("CALCULATIONFLAG",),
    "diag_imaging_family": ("DIAGNOSTICIMAGINGFAMILYINDICATOR",),
}
REQUIRED = {
    "code", "modifier", "status", "pctc", "global_days", "mult_proc", "bilat_surg", "asst_surg",
    "co_surg", "team_surg", "phys_supervision", "work_rvu",
}
RELEASE_LETTER = {1: "A", 4: "B", 7: "C", 10: "D"}
TITLE_RE = re.compile(r"(\d{4}) National Physician Fee Schedule Relative Value File (\w+)", re.I)
NAME_RE = re.compile(r"PPRRVU(\d{2,4})_?(JAN|APR|JUL|OCT)", re.I)


def _is_header(cells: list[str]) -> bool:
    return len(cells) > 2 and norm(cells[0]) == "HCPCS" and norm(cells[1]) == "MOD"


def _joined_names(header: list[str], above: list[Row]) -> list[str]:
    """Join the wrapped header rows above the HCPCS/MOD row (stop at the title rows)."""
    wrapped: list[list[str]] = []
    for _, cells in reversed(above):
        if not any(c.strip() for c in cells[3:]):
            break
        wrapped.insert(0, cells)
    names = []
    for k, last in enumerate(header):
        parts = [row[k] for row in wrapped if k < len(row)] + [last]
        names.append(" ".join(p.strip() for p in parts if p.strip()))
    return names


def _vintage(path: Path, preamble: list[Row]) -> tuple[str, date]:
    year = month = None
    for _, cells in preamble:
        m = TITLE_RE.search(" ".join(cells))
        if m:
            year, month = int(m.group(1)), MONTHS.get(m.group(2)[:3].upper())
            break
    if year is None or month is None:
        m = NAME_RE.search(path.name)
        if not m:
            raise ImportFileError(path, None, "cannot tell the release (no title row, no "
                                  "PPRRVUyy_MON in the name): pass --vintage and --effective")
        year = int(m.group(1)) % 100 + 2000
        month = MONTHS[m.group(2).upper()]
    letter = RELEASE_LETTER.get(month, f"M{month:02d}")
    label = f"RVU{year % 100:02d}{letter}"
    upper = path.name.upper()
    if "_QPP" in upper and "NONQPP" not in upper:
        label += " QPP"
    return label, date(year, month, 1)


def parse(path: Path) -> ParsedFile:
    text = None if path.suffix.lower().startswith(".xls") else read_text(path)
    rows = table_rows(path, text)
    (line, header), above = find_header(rows, path, _is_header, "PPRRVU (HCPCS, MOD)")
    names = _joined_names(header, above)
    cols = column_map(names, HEADER, REQUIRED, path, line)
    label, effective = _vintage(path, above)
    return ParsedFile(
        vintage=label,
        effective_from=effective,
        rows=_rows(rows, cols, path),
        total_lines=text.count("\n") if text else 0,
    )


def _rows(rows: object, cols: dict[str, int], path: Path):
    width = max(cols.values()) + 1

    def get(cells: list[str], name: str) -> str:
        i = cols.get(name)
        return cells[i].strip() if i is not None else ""

    for line, cells in rows:  # type: ignore[attr-defined]
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < width:
            raise ImportFileError(path, line, f"row has {len(cells)} columns, header has {width}"
                                  " (truncated file?)")
        code = check_code(cells[cols["code"]], path, line, "HCPCS")
        status, pctc = get(cells, "status"), get(cells, "pctc")
        if not (len(status) == 1 and status.isalpha()) or not (len(pctc) == 1 and pctc.isdigit()):
            raise ImportFileError(path, line, f"status {status!r} / PCTC {pctc!r} not valid"
                                  " indicator values (columns shifted or garbled)")
        desc = get(cells, "description") if code[0].isalpha() and code[0] != "D" else ""

        def num(name: str, cells: list[str] = cells, line: int = line) -> float | None:
            return number(get(cells, name), path, line, name)

        yield (
            code, get(cells, "modifier").upper(), desc[:100], status,
            get(cells, "not_used") == "+", num("work_rvu"), num("nf_pe_rvu"),
            get(cells, "nf_na").upper() == "NA", num("f_pe_rvu"), get(cells, "f_na").upper() == "NA",
            num("mp_rvu"), num("nf_total"), num("f_total"), pctc, get(cells, "global_days").upper(),
            num("pre_op"), num("intra_op"), num("post_op"), get(cells, "mult_proc"),
            get(cells, "bilat_surg"), get(cells, "asst_surg"), get(cells, "co_surg"),
            get(cells, "team_surg"), get(cells, "pricing_ind"), get(cells, "endo_base"),
            num("conv_factor"), get(cells, "phys_supervision").zfill(2) if get(
                cells, "phys_supervision") else "", get(cells, "calc_flag"),
            get(cells, "diag_imaging_family"),
        )
