"""Each importer reads its real CMS layout: header found by content, columns mapped by name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from consult.reference.importers import aoc, hcpcs, icd10cm, mue, pfs, ptp, telehealth
from consult.reference.importers.common import ImportFileError
from tests.reference import cms_files as F


def _rows(parsed) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(parsed.rows)


def _by_code(rows: list[tuple], columns: tuple[str, ...]) -> dict[tuple[str, str], dict]:  # type: ignore[type-arg]
    return {(r[0], r[1]): dict(zip(columns, r, strict=True)) for r in rows}


def test_pprrvu_2026_wrapped_header_maps_indicators_by_name(tmp_path: Path) -> None:
    parsed = pfs.parse(F.write_pprrvu_csv(tmp_path / "PPRRVU2026_Jan_nonQPP.csv", 2026))
    rows = _by_code(_rows(parsed), pfs.COLUMNS)
    assert (parsed.vintage, parsed.effective_from) == ("RVU26A", date(2026, 1, 1))
    r = rows[("62370", "")]
    assert (r["status"], r["pctc"], r["global_days"], r["asst_surg"]) == ("A", "0", "XXX", "1")
    assert r["pricing_ind"] == "9" and r["conv_factor"] == pytest.approx(33.4009)
    assert r["phys_supervision"] == "09" and r["diag_imaging_family"] == "99"
    assert rows[("0417T", "TC")]["phys_supervision"] == "02"
    assert rows[("G0439", "")]["work_rvu"] == pytest.approx(1.92)


def test_pprrvu_2023_layout_without_pric_column_lands_in_same_fields(tmp_path: Path) -> None:
    parsed = pfs.parse(F.write_pprrvu_csv(tmp_path / "PPRRVU23_JAN.csv", 2023))
    rows = _by_code(_rows(parsed), pfs.COLUMNS)
    assert parsed.vintage == "RVU23A"
    r = rows[("62370", "")]
    assert (r["asst_surg"], r["pricing_ind"], r["phys_supervision"]) == ("1", "", "09")
    assert r["conv_factor"] == pytest.approx(33.8872)


def test_pprrvu_xlsx_reads_like_the_csv(tmp_path: Path) -> None:
    from_csv = _rows(pfs.parse(F.write_pprrvu_csv(tmp_path / "PPRRVU2026_Jan.csv", 2026)))
    from_xlsx = _rows(pfs.parse(F.write_pprrvu_xlsx(tmp_path / "PPRRVU2026_Jan.xlsx", 2026)))
    assert from_xlsx == from_csv


def test_pprrvu_keeps_no_cpt_descriptor_even_if_present(tmp_path: Path) -> None:
    lines = F.pprrvu_lines(2026)
    lines[-1] = lines[-1].replace("G0439,,,", "G0439,,Ppps subseq visit,")
    lines[-3] = lines[-3].replace("62370,,,", "62370,,SOME CPT TEXT,")
    path = tmp_path / "PPRRVU2026_Jan_nonQPP.csv"
    path.write_text("\n".join(lines), encoding="latin-1")
    rows = _by_code(_rows(pfs.parse(path)), pfs.COLUMNS)
    assert rows[("62370", "")]["description"] == ""
    assert rows[("G0439", "")]["description"] == "Ppps subseq visit"


def test_ptp_txt_six_line_header_and_vintage_from_version(tmp_path: Path) -> None:
    path = F.write_ptp_txt(tmp_path / "ccipra-v322r0-f4.TXT", [
        ("93288", "93279", "20090101", "*", "1", "Misuse of column two code with column one code"),
        ("0001A", "90473", "20220101", "20220101", "9", "CPT Manual or CMS manual coding instruction"),
    ])
    parsed = ptp.parse(path)
    assert (parsed.vintage, parsed.part, parsed.effective_from) == ("v322r0", "f4", date(2026, 7, 1))
    rows = _rows(parsed)
    assert rows[0] == ("93288", "93279", False, "2009-01-01", None, "1",
                       "Misuse of column two code with column one code")
    assert rows[1][4] == "2022-01-01" and rows[1][5] == "9"


def test_mue_quoted_newline_header_and_latin1_notice(tmp_path: Path) -> None:
    path = F.write_mue_csv(tmp_path / "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", [
        ("62370", "1", "3 Date of Service Edit: Clinical", "Nature of Service/Procedure"),
        ("J1100", "120", "3 Date of Service Edit: Clinical", "Clinical: Data"),
        ("99202", "1", "2 Date of Service Edit: Policy", "CMS Policy"),
    ])
    assert b"\xae" in path.read_bytes()  # the ® of the real notice, in Latin-1
    parsed = mue.parse(path)
    assert parsed.effective_from == date(2026, 7, 1)
    rows = {r[0]: r for r in _rows(parsed)}
    assert rows["62370"] == ("62370", 1, 3, "Date of Service Edit: Clinical",
                             "Nature of Service/Procedure")
    assert rows["J1100"][1] == 120 and rows["99202"][2] == 2


def test_aoc_xlsx_julian_dates_and_contractor_primaries(tmp_path: Path) -> None:
    path = F.write_aoc_xlsx(tmp_path / "AOC_V2026Q2-MCR.xlsx", [
        [1, "G2211", None, "99213", None, 2024001, None, None],
        [2, "0054T", None, "CCCCC", None, 2013091, None, "Contractor Defined Primary Codes"],
        [1, "99354", 2022365, "99213", None, 2013001, 2022365, None],
    ])
    parsed = aoc.parse(path)
    assert (parsed.vintage, parsed.effective_from) == ("AOC 2026Q2", date(2026, 4, 1))
    rows = _rows(parsed)
    assert rows[0][:6] == (1, "G2211", None, "99213", None, "2024-01-01")
    assert rows[1][3] == "CCCCC" and rows[1][5] == "2013-04-01"
    assert rows[2][2] == "2022-12-31"


def test_aoc_txt_variant(tmp_path: Path) -> None:
    path = tmp_path / "AOC_V2025Q4_01-MCR.txt"
    path.write_text("Add-on code edits\n\n20054T   CCCCC   2013091   Contractor Defined Primary Codes\n"
                    "1G2211   99213   2024001\n", encoding="latin-1")
    rows = _rows(aoc.parse(path))
    assert rows[0][:4] == (2, "0054T", None, "CCCCC") and rows[1][5] == "2024-01-01"


def test_hcpcs_fixed_width_joins_continuation_records(tmp_path: Path) -> None:
    parsed = hcpcs.parse(F.write_hcpcs_txt(tmp_path / "HCPC2026_APR_ANWEB.txt"))
    assert (parsed.vintage, parsed.effective_from) == ("HCPCS 2026 APR", date(2026, 4, 1))
    codes = {r[0]: r for r in _rows(parsed)}
    assert codes["J1100"][1] == "Injection, dexamethasone sodium phosphate, 1 mg"
    assert codes["G0439"][1].startswith("Annual wellness visit") and codes["G0439"][1].endswith(
        "visit")
    assert codes["J1100"][6] == "1994-01-01"
    mods = {r[0]: r for r in parsed.extra["ref_modifier"][1]}
    assert mods["XU"][2].endswith("does not overlap usual components of the main service")


def test_hcpcs_xlsx_header_after_disclaimer_rows(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for _ in range(6):
        sheet.append(["This file is provided for information; see the README."])
    sheet.append(["HCPC", "SEQNUM", "RECID", "LONG DESCRIPTION", "SHORT DESCRIPTION", "COV",
                  "ADD DT", "ACT EFF DT", "TERM DT", "ACTION CD"])
    sheet.append(["J1100", "00100", "3", "Injection, dexamethasone sodium phosphate, 1 mg",
                  "Dexamethasone sodium phos", "C", "19940101", "19940101", None, "N"])
    sheet.append(["   GD", "00100", "7", "Units of service exceeds medically unlikely edit value",
                  "Unit of service > mue value", "C", "20080101", "20200101", "20191231", "N"])
    path = tmp_path / "HCPC2019_CONTR_ANWEB.xlsx"
    book.save(path)
    parsed = hcpcs.parse(path)
    assert [r[0] for r in _rows(parsed)] == ["J1100"]
    mods = parsed.extra["ref_modifier"][1]
    assert mods[0][0] == "GD" and mods[0][5] == "2019-12-31"


def test_icd10cm_order_file_fixed_width(tmp_path: Path) -> None:
    path = tmp_path / "icd10cm_order_2026.txt"
    path.write_text(
        "00001 A00     0 Cholera" + " " * 54 + "Cholera\n"
        "20088 M5451   1 Vertebrogenic low back pain" + " " * 34 + "Vertebrogenic low back pain\n",
        encoding="latin-1")
    parsed = icd10cm.parse(path)
    assert parsed.effective_from == date(2025, 10, 1) and parsed.effective_to == date(2026, 9, 30)
    assert _rows(parsed) == [("A00", False, "Cholera", "Cholera"),
                             ("M5451", True, "Vertebrogenic low back pain",
                              "Vertebrogenic low back pain")]


def test_telehealth_list_keeps_codes_and_status_not_descriptors(tmp_path: Path) -> None:
    path = tmp_path / "list-telehealth-services.txt"
    path.write_text("CY 2026 Final List of Medicare Telehealth Services\t\t\n"
                    "HCPCS\tShort Descriptor\tProposed Action\n90785\tREDACTED\tMaintain\n"
                    "90849\tREDACTED\tAddition\n", encoding="latin-1")
    parsed = telehealth.parse(path)
    assert parsed.vintage == "Telehealth CY2026" and parsed.effective_to == date(2026, 12, 31)
    assert _rows(parsed) == [("90785", "Maintain"), ("90849", "Addition")]


@pytest.mark.parametrize(
    ("module", "name", "content", "reason"),
    [
        (pfs, "PPRRVU2026_Jan.csv", "title only\nno header here\n", "no PPRRVU"),
        (ptp, "ccipra-v322r0-f1.txt", "\n".join(F.PTP_HEADER) + "\n0001A\t0591T\t\t2022",
         "expected 6+"),
        (ptp, "ccipra-v322r0-f1.txt", "\n".join(F.PTP_HEADER) + "\n0001A\t0591T\t\t20221399\t*\t1\tx",
         "not a YYYYMMDD"),
        (ptp, "ccipra-v322r0-f1.txt", "\n".join(F.PTP_HEADER) + "\n0001A\t0591T\t\t20220101\t*\t5\tx",
         "modifier indicator"),
        (mue, "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv",
         F.mue_text([("62370", "one", "3 Date of Service Edit: Clinical", "x")]), "whole number"),
        (aoc, "AOC_V2026Q2-MCR.csv", ",".join(F.AOC_HEADER) + "\n1,G2211,,99213,,2024400,,\n",
         "Julian"),
        (hcpcs, "HCPC2026_JAN_ANWEB.txt", "J1100xxxxx9 garbage\n", "RECID"),
        (icd10cm, "icd10cm_order_2026.txt", "00001 A00     7 Cholera\n", "order-file"),
        (telehealth, "CY2026_telehealth.txt", "nothing useful\n", "no telehealth"),
    ],
)
def test_bad_files_are_rejected_with_file_line_and_reason(
    tmp_path: Path, module, name: str, content: str, reason: str  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="latin-1")
    with pytest.raises(ImportFileError) as err:
        list(module.parse(path).rows)
    assert reason in str(err.value) and name in str(err.value)


def test_truncated_pprrvu_names_the_line(tmp_path: Path) -> None:
    lines = F.pprrvu_lines(2026)
    lines[-1] = lines[-1][:20]
    path = tmp_path / "PPRRVU2026_Jan_nonQPP.csv"
    path.write_text("\n".join(lines), encoding="latin-1")
    with pytest.raises(ImportFileError) as err:
        list(pfs.parse(path).rows)
    assert err.value.line == len(lines) and "truncated" in err.value.reason


def test_shifted_pprrvu_columns_are_detected(tmp_path: Path) -> None:
    lines = F.pprrvu_lines(2026)
    lines[-2] = lines[-2].replace("93288,,,A", "93288,,,,A")
    path = tmp_path / "PPRRVU2026_Jan_nonQPP.csv"
    path.write_text("\n".join(lines), encoding="latin-1")
    with pytest.raises(ImportFileError, match="garbled"):
        list(pfs.parse(path).rows)
