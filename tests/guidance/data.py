"""Fixture reference data for the scenario suite, written in the real CMS layouts and loaded
through the real importers.

Two worlds: "starter" (the shipped starter pack only) and "fixture" (the starter pack plus an
operator's full-looking RVU26A, MUE, all four PTP parts and a telehealth list). The RVU and MUE
files repeat the starter pack's seed rows (public CMS values) and add codes needed to exercise
every rule. Rows marked FIXTURE carry indicator values chosen for the tests, and every PTP edit
is made up for the tests: none of them is a statement about the real CMS files.
"""

from __future__ import annotations

import csv
from pathlib import Path

import consult.reference
from tests.reference import cms_files as F

STARTER_DIR = Path(consult.reference.__file__).parent / "starter"

# (code, mod, status, work, nf, f, pctc, glob, mult, bilat, asst, co, team, supervision)
EXTRA_PFS = [
    ("20610", "", "A", "0.79", "1.60", "1.02", "0", "000", "2", "1", "1", "0", "0", "09"),
    ("27447", "", "A", "19.60", "0.00", "36.00", "0", "090", "2", "1", "2", "1", "0", "09"),
    ("22633", "", "A", "27.75", "0.00", "50.00", "0", "090", "2", "0", "2", "2", "1", "09"),  # FIXTURE
    ("29881", "", "A", "7.03", "0.00", "14.00", "0", "090", "2", "1", "0", "0", "0", "09"),  # FIXTURE
    ("17110", "", "A", "0.70", "2.80", "1.50", "0", "010", "2", "0", "1", "0", "0", "09"),
    ("11102", "", "A", "0.66", "2.90", "1.20", "0", "000", "2", "0", "1", "0", "0", "09"),
    ("11103", "", "A", "0.38", "1.60", "0.70", "0", "ZZZ", "0", "0", "1", "0", "0", "09"),
    ("92250", "", "A", "0.40", "1.70", "1.70", "1", "XXX", "7", "2", "0", "0", "0", "09"),  # FIXTURE
    ("92250", "26", "A", "0.40", "0.60", "0.60", "1", "XXX", "7", "2", "0", "0", "0", "09"),
    ("92250", "TC", "A", "0.00", "1.10", "1.10", "1", "XXX", "7", "2", "0", "0", "0", "01"),
    ("73030", "", "A", "0.18", "1.00", "1.00", "1", "XXX", "4", "3", "0", "0", "0", "09"),
    ("73030", "26", "A", "0.18", "0.30", "0.30", "1", "XXX", "4", "3", "0", "0", "0", "09"),
    ("73030", "TC", "A", "0.00", "0.70", "0.70", "1", "XXX", "4", "3", "0", "0", "0", "01"),
    ("86077", "", "A", "0.94", "1.40", "1.40", "6", "XXX", "0", "0", "0", "0", "0", "09"),  # FIXTURE
    ("86077", "26", "A", "0.94", "1.40", "1.40", "6", "XXX", "0", "0", "0", "0", "0", "09"),
    ("92015", "", "N", "0.38", "0.50", "0.50", "0", "XXX", "0", "0", "0", "0", "0", "09"),
    ("99090", "", "B", "0.00", "0.00", "0.00", "0", "XXX", "0", "0", "0", "0", "0", "09"),
    ("36415", "", "X", "0.00", "0.00", "0.00", "9", "XXX", "9", "9", "9", "9", "9", "09"),
    ("99201", "", "I", "0.00", "0.00", "0.00", "0", "XXX", "0", "0", "0", "0", "0", "09"),  # FIXTURE
    ("99223", "", "A", "3.50", "0.00", "5.00", "0", "XXX", "0", "0", "0", "0", "0", "09"),
]
EXTRA_MUE = [
    ("20610", "2", "1 Line Edit", "Anatomic Consideration"),
    ("27447", "1", "2 Date of Service Edit: Policy", "Anatomic Consideration"),
    ("17110", "1", "2 Date of Service Edit: Policy", "Code Descriptor / CPT Instruction"),
    ("73030", "2", "1 Line Edit", "Anatomic Consideration"),
    ("92015", "1", "2 Date of Service Edit: Policy", "Code Descriptor / CPT Instruction"),
    ("99090", "0", "2 Date of Service Edit: Policy", "CMS Policy"),  # FIXTURE
    ("11102", "1", "2 Date of Service Edit: Policy", "Code Descriptor / CPT Instruction"),
]
# All made up for the tests (PTP data cannot be shipped): (col1, col2, eff, del, modifier, why)
PTP_PARTS = {
    "f1": [
        ("0417T", "93288", "20260101", "*", "1", "Misuse of column two code with column one code"),
        ("20610", "99212", "20200101", "*", "1", "Standards of medical / surgical practice"),
        ("20610", "99213", "20200101", "*", "1", "Standards of medical / surgical practice"),
        ("17110", "99213", "20200101", "*", "1", "Standards of medical / surgical practice"),
        ("11102", "99213", "20200101", "*", "1", "Standards of medical / surgical practice"),
        ("0418T", "93288", "20260101", "20260101", "9", "Misuse of column two code with column one code"),
    ],
    "f2": [
        ("27447", "20610", "20100101", "*", "1", "Standards of medical / surgical practice"),
        ("29881", "29877", "20100101", "20251231", "1", "Mutually exclusive procedures"),
        ("27447", "99223", "20100101", "*", "1", "Standards of medical / surgical practice"),
    ],
    "f3": [("38220", "36415", "20160101", "*", "1", "Misuse of column two code with column one code")],
    "f4": [("93279", "93288", "20090101", "*", "0", "More extensive procedure")],
}
TELEHEALTH = ["99212", "99213", "99214", "99215", "G2211"]


def _starter_pfs() -> list[tuple[str, ...]]:
    rows = []
    with (STARTER_DIR / "pfs_rvu26a.csv").open(newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append((r["code"], r["modifier"], r["status"], r["work_rvu"], r["nf_total"],
                         r["f_total"], r["pctc"], r["global_days"], r["mult_proc"],
                         r["bilat_surg"], r["asst_surg"], r["co_surg"], r["team_surg"],
                         r["phys_supervision"]))
    return rows


def _starter_mue() -> list[tuple[str, str, str, str]]:
    with (STARTER_DIR / "mue_2026q2.csv").open(newline="") as fh:
        return [(r["code"], r["value"], f"{r['mai']} {r['mai_text']}", r["rationale"])
                for r in csv.DictReader(fh)]


def write_fixture_files(folder: Path) -> list[tuple[str, Path]]:
    """(kind, path) of every fixture file, in import order."""
    files = [
        ("pfs", F.write_pprrvu_csv(folder / "PPRRVU2026_Jan_nonQPP.csv", 2026,
                                   _starter_pfs() + EXTRA_PFS)),
        ("mue", F.write_mue_csv(folder / "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv",
                                _starter_mue() + EXTRA_MUE)),
    ]
    for part, rows in PTP_PARTS.items():
        files.append(("ptp", F.write_ptp_txt(folder / f"ccipra-v321r0-{part}.TXT", rows)))
    tele = folder / "list-telehealth-services-cy2026.csv"
    tele.write_text("List of Medicare Telehealth Services CY 2026,,\nHCPCS,Short Descriptor,"
                    "Proposed Action\n" + "".join(f"{c},,Maintain\n" for c in TELEHEALTH),
                    encoding="latin-1")
    files.append(("telehealth", tele))
    return files
