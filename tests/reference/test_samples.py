"""Real CMS excerpts from ../shared/cms-samples (skipped when absent): values land in the right
columns. The excerpts are read in place and never copied into the repository."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from consult.db import session_scope
from consult.reference.loading import import_file
from consult.reference.store import code_card, ptp_edits_between


def _as(samples: Path, tmp_path: Path, src: str, name: str) -> Path:
    """The excerpts carry descriptive names; give a temporary copy the name CMS uses."""
    target = tmp_path / name
    shutil.copy(samples / src, target)
    return target


def test_real_rvu26a_mue_and_ptp_excerpts_land_in_the_right_columns(
    samples: Path, tmp_path: Path, db_url: str
) -> None:
    files = [
        ("pfs", "pprrvu_2026jan_nonqpp_seed_codes.csv", "PPRRVU2026_Jan_nonQPP.csv"),
        ("pfs", "pprrvu_2023jan_seed_codes.csv", "PPRRVU23_JAN.csv"),
        ("mue", "mue_practitioner_2026q2_seed_codes.csv",
         "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv"),
        ("mue", "MCR_MUE_PractitionerServices_Eff_07-01-2026.excerpt.csv",
         "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv"),
        ("ptp", "ccipra-v322r0-f1.subset.txt", "ccipra-v322r0-f1.txt"),
        ("aoc", "aoc_2026q2_seed_rows.csv", "AOC_V2026Q2-MCR.csv"),
        ("icd10cm", "icd10cm_order_2026.reserialized_subset.txt", "icd10cm_order_2026.txt"),
        ("telehealth", "cy2026_telehealth_list.excerpt.redacted.txt", "cy2026_list_508.txt"),
        ("hcpcs", "HCPC2026_OCT_ANWEB.subset.csv", "HCPC2026_OCT_ANWEB.csv"),
    ]
    for kind, src, name in files:
        with session_scope(db_url) as s:
            assert import_file(s, kind, _as(samples, tmp_path, src, name)).rows >= 0
    with session_scope(db_url, readonly=True) as s:
        card = code_card(s, "62370", date(2026, 5, 1))
        assert (card.vintage, card.status, card.pctc, card.global_days, card.asst_surg) == (
            "RVU26A", "A", "0", "XXX", "1")
        assert card.mue is not None and (card.mue.value, card.mue.mai) == (1, 3)
        assert card.mue.vintage == "MUE 2026-04-01"
        tc = {r.modifier: r for r in code_card(s, "0417T", date(2026, 5, 1)).pfs_rows}
        assert tc["TC"].phys_supervision == "02" and tc["TC"].f_na
        assert code_card(s, "0417T", date(2023, 5, 1)).pctc == "0"
        assert code_card(s, "93297", date(2023, 5, 1)).pctc == "2"
        assert code_card(s, "93297", date(2026, 5, 1)).pctc == "1"
        # PTP v322r0 applies from 2026-07-01: 0001A/99202 edit ended 2023-12-31
        assert ptp_edits_between(s, ["0001A", "99202"], date(2026, 8, 1)) == []
        assert code_card(s, "0389T", date(2026, 5, 1)).found is False
        assert code_card(s, "90849", date(2026, 5, 1)).telehealth.status == "Addition"  # type: ignore[union-attr]
        assert code_card(s, "M5451", date(2026, 5, 1)).billable is True
