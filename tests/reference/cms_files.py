"""Writers for test files in the real CMS layouts (preambles, wrapped headers, quoted newlines,
Julian dates, Latin-1 notices, fixed-width records). Values are public CMS facts or plainly
made-up edit pairs; CPT descriptor text never appears (the DESCRIPTION cell is blank)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

AMA_NOTICE = "CPT only copyright 2025 American Medical Association.  All rights reserved."
REGISTERED = "CPT\u00ae is a registered trademark of the American Medical Association."

# (code, mod, status, work, nf_total, f_total, pctc, glob, mult, bilat, asst, co, team, sup)
PFS_2026 = [
    ("0417T", "", "C", "0.00", "0.00", "0.00", "1", "XXX", "6", "0", "0", "0", "0", "09"),
    ("0417T", "26", "C", "0.00", "0.00", "0.00", "1", "XXX", "6", "0", "0", "0", "0", "09"),
    ("0417T", "TC", "C", "0.00", "0.00", "0.00", "1", "XXX", "6", "0", "0", "0", "0", "02"),
    ("62370", "", "A", "0.88", "2.91", "1.18", "0", "XXX", "0", "0", "1", "0", "0", "09"),
    ("93288", "", "A", "0.42", "1.66", "1.66", "1", "XXX", "6", "0", "0", "0", "0", "09"),
    ("G0439", "", "A", "1.92", "4.12", "4.12", "0", "XXX", "0", "0", "0", "0", "0", "09"),
]
PFS_2023 = [
    ("0417T", "", "C", "0.00", "0.00", "0.00", "0", "XXX", "0", "0", "0", "0", "0", "09"),
    ("62370", "", "A", "0.90", "2.88", "1.20", "0", "XXX", "0", "0", "1", "0", "0", "09"),
    ("0389T", "", "C", "0.00", "0.00", "0.00", "0", "XXX", "0", "0", "0", "0", "0", "09"),
]
WRAPPED_2026 = [
    ",, , ,,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,",
    ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED",
    ",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS",
    ",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,"
    "POST,MULT,BILAT,ASST,CO-,TEAM,PRIC,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT",
    "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,"
    "DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,IND,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT",
]


def _pfs_cells(row: tuple[str, ...], year: int) -> list[str]:
    code, mod, status, work, nf, f, pctc, glob, mult, bil, asst, co, team, sup = row
    cells = [code, mod, "", status, "", work, "0.00", "", "0.00", "", "0.00", nf, f, pctc, glob,
             "0.00", "0.00", "0.00", mult, bil, asst, co, team]
    if year >= 2026:
        cells.append("9")  # PRIC IND
    cells += ["", "33.4009" if year >= 2026 else "33.8872", sup, "0", "99", "0.00", "0.00", "0.00"]
    return cells


def pprrvu_lines(year: int, rows: list[tuple[str, ...]] | None = None) -> list[str]:
    rows = rows if rows is not None else (PFS_2026 if year >= 2026 else PFS_2023)
    width = 32 if year >= 2026 else 31
    pad = "," * (width - 3)
    header = [
        line if year >= 2026 else ",".join(c for i, c in enumerate(line.split(",")) if i != 23)
        for line in WRAPPED_2026
    ]
    lines = [
        f",,{year} National Physician Fee Schedule Relative Value File January Release{pad}",
        f",,CPT codes and descriptions only are copyright {year} American Medical Association.{pad}",
        f",,Dental codes (D codes) are copyright American Dental Association.{pad}",
        f",, {pad}",
        f",,RELEASED 12/29/{year - 1}{pad}",
        *header,
    ]
    for row in rows:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(_pfs_cells(row, year))
        lines.append(buf.getvalue())
    return lines


def write_pprrvu_csv(path: Path, year: int, rows: list[tuple[str, ...]] | None = None) -> Path:
    path.write_text("\r\n".join(pprrvu_lines(year, rows)) + "\r\n", encoding="latin-1")
    return path


def write_pprrvu_xlsx(path: Path, year: int) -> Path:
    book = Workbook()
    sheet = book.active
    for line in pprrvu_lines(year):
        sheet.append(next(csv.reader([line])))
    book.save(path)
    return path


PTP_HEADER = [
    AMA_NOTICE + "\t\t\t\t\t\t",
    "Column1/Column2 Edits\t\t\t\t\t\t",
    "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
    "\t\tprior to 1996\tDate\tDate\t0=not allowed\t",
    "\t\t\t\t*=no data\t1=allowed\t",
    "\t\t\t\t\t9=not applicable\t",
]


def write_ptp_txt(path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    """rows: (column1, column2, effective, deletion or '*', modifier, rationale)."""
    body = [f"{a}\t{b}\t\t{e}\t{d}\t{m}\t{r}" for a, b, e, d, m, r in rows]
    path.write_bytes(("\r\n".join(PTP_HEADER + body) + "\r\n").encode("latin-1"))
    return path


def mue_text(rows: list[tuple[str, str, str, str]]) -> str:
    notice = (f'"Current Procedural Terminology (CPT) codes are copyright 2025 AMA. \n\n{REGISTERED}'
              '\n\nApplicable FARS/DFARS Restrictions Apply to Government Use. ",,,')
    header = '"HCPCS/\nCPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale'
    body = [f"{c},{v},{m},{r}" for c, v, m, r in rows]
    return "\r\n".join([notice, header, *body]) + "\r\n"


def write_mue_csv(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    path.write_bytes(mue_text(rows).encode("latin-1"))
    return path


AOC_HEADER = ["AOC_Edit_Type", "Add-On_Code", "AOC_DelDT", "Primary_Code", "Primary_Code_DelDT",
              "AOC_Edit_EffDT", "AOC_Edit_DelDT", "Special_Instruction_Notes"]


def write_aoc_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append([AMA_NOTICE])
    sheet.append(AOC_HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def hcpcs_record(code: str, seq: str, recid: str, long: str, short: str = "", cov: str = "",
                 add: str = "", eff: str = "", term: str = "", action: str = "N") -> str:
    rec = [" "] * 320

    def put(start: int, value: str) -> None:
        for i, ch in enumerate(value):
            rec[start - 1 + i] = ch

    put(1, code.ljust(5) if len(code) == 5 else code.rjust(5))
    put(6, seq)
    put(11, recid)
    put(12, long[:80])
    put(92, short[:28])
    put(230, cov)
    put(269, add)
    put(277, eff)
    put(285, term)
    put(293, action)
    return "".join(rec).rstrip() if recid in ("4", "8") else "".join(rec)


def write_hcpcs_txt(path: Path) -> Path:
    lines = [
        hcpcs_record("J1100", "00100", "3", "Injection, dexamethasone sodium phosphate, 1 mg",
                     "Dexamethasone sodium phos", "C", "19940101", "19940101"),
        hcpcs_record("G0439", "00100", "3", "Annual wellness visit, includes a personalized "
                     "prevention plan of service (pps), subsequent", "Ppps, subseq visit", "C",
                     "20110101", "20110101"),
        hcpcs_record("G0439", "00200", "4", "visit"),
        hcpcs_record("XU", "00100", "7", "Unusual non-overlapping service, the use of a service "
                     "that is distinct because it", "Unusual separate service", "C",
                     "20150101", "20150101"),
        hcpcs_record("XU", "00200", "8", "does not overlap usual components of the main service"),
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="latin-1")
    return path
