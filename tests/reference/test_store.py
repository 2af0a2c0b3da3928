"""The versioned store on SQLite and PostgreSQL: vintages by date of service, PTP pairs in both
orders, one transaction per file, idempotent re-import, the starter pack."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlmodel import func, select

from consult.db import dispose_engines, get_engine, session_scope
from consult.migrate import alembic_config, upgrade
from consult.reference.importers.common import ImportFileError
from consult.reference.loading import import_file
from consult.reference.store import (
    ReferenceStore,
    code_card,
    codes_in_range,
    ensure_reference_ready,
    family_vintage,
    known_codes,
    modifier_info,
    ptp_edits_between,
    ptp_loaded,
)
from consult.reference.tables import RefPtp, RefPtpBusy, RefRelease
from tests.reference import cms_files as F

PTP_F1 = [
    ("0417T", "93288", "20260101", "*", "1", "Misuse of column two code with column one code"),
    ("0417T", "99213", "20200101", "20251231", "0", "Standards of medical/surgical practice"),
    ("0001A", "90473", "20220101", "20220101", "9", "CPT Manual or CMS manual coding instruction"),
]
PTP_F4 = [("93288", "93279", "20090101", "*", "1", "Mutually exclusive procedures")]


def _import(url: str, kind: str, path: Path, **kw):  # type: ignore[no-untyped-def]
    with session_scope(url) as s:
        return import_file(s, kind, path, **kw)


def test_pair_edits_found_in_both_orders_within_their_window(db_url: str, tmp_path: Path) -> None:
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1))
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f4.TXT", PTP_F4))
    dos = date(2026, 8, 3)
    with session_scope(db_url, readonly=True) as s:
        assert ptp_loaded(s, dos) and not ptp_loaded(s, date(2026, 6, 30))
        edits = ptp_edits_between(s, ["93288", "0417T", "99213", "93279"], dos)
        pairs = {(e.column1, e.column2): e for e in edits}
        assert set(pairs) == {("0417T", "93288"), ("93288", "93279")}  # 99213 edit was deleted
        e = pairs[("0417T", "93288")]
        assert (e.modifier_ind, e.vintage, e.source_file) == ("1", "v322r0", "ccipra-v322r0-f1.TXT")
        assert ptp_edits_between(s, ["93288", "0417T"], dos) == [e]  # order given does not matter
        assert family_vintage(s, "ptp", dos).parts == ("f1", "f4")  # type: ignore[union-attr]


def test_edit_deleted_on_its_effective_day_never_applies(db_url: str, tmp_path: Path) -> None:
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1))
    with session_scope(db_url, readonly=True) as s:
        # the file is v322r0 (from 2026-07-01); modifier 9 rows never apply
        assert ptp_edits_between(s, ["0001A", "90473"], date(2026, 7, 1)) == []


def test_reimport_same_file_is_idempotent(db_url: str, tmp_path: Path) -> None:
    path = F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1)
    first = _import(db_url, "ptp", path)
    again = _import(db_url, "ptp", path)
    assert not first.skipped and again.skipped and again.rows == first.rows == 3
    with session_scope(db_url, readonly=True) as s:
        assert s.exec(select(func.count()).select_from(RefPtp)).one() == 3
        assert s.exec(select(func.count()).select_from(RefRelease)).one() == 1


def test_changed_file_of_same_vintage_replaces_the_old_rows(db_url: str, tmp_path: Path) -> None:
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1))
    result = _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1[:1]))
    assert result.replaced and result.rows == 1
    with session_scope(db_url, readonly=True) as s:
        assert s.exec(select(func.count()).select_from(RefPtp)).one() == 1


def test_truncated_file_fails_and_leaves_earlier_vintage_intact(db_url: str, tmp_path: Path) -> None:
    good = F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", PTP_F1)
    _import(db_url, "ptp", good)
    bad = tmp_path / "bad" / "ccipra-v322r0-f1.TXT"
    bad.parent.mkdir()
    data = good.read_bytes()
    bad.write_bytes(data[: data.rindex(b"0001A") + 16])  # cut inside the last record's dates
    with pytest.raises(ImportFileError) as err:
        _import(db_url, "ptp", bad)
    assert err.value.line == 9 and "ccipra-v322r0-f1.TXT" in str(err.value)
    with session_scope(db_url, readonly=True) as s:
        assert s.exec(select(func.count()).select_from(RefPtp)).one() == 3
        edits = ptp_edits_between(s, ["0417T", "93288"], date(2026, 8, 1))
        assert [e.column2 for e in edits] == ["93288"]


def test_answers_follow_the_date_of_service(db_url: str, tmp_path: Path) -> None:
    _import(db_url, "pfs", F.write_pprrvu_csv(tmp_path / "PPRRVU23_JAN.csv", 2023))
    _import(db_url, "pfs", F.write_pprrvu_csv(tmp_path / "PPRRVU2026_Jan_nonQPP.csv", 2026))
    with session_scope(db_url, readonly=True) as s:
        old = code_card(s, "0417T", date(2023, 6, 1))
        new = code_card(s, "0417T", date(2026, 6, 1))
        assert (old.vintage, old.pctc, old.modifier_rows) == ("RVU23A", "0", ())
        assert (new.vintage, new.pctc, new.modifier_rows) == ("RVU26A", "1", ("26", "TC"))
        assert any(h.event == "changed" and "pctc 0→1" in h.detail for h in new.history)
        # before every loaded vintage there is no answer, not a newer file applied backwards
        assert code_card(s, "0417T", date(2022, 12, 31)).status is None
        gone = code_card(s, "0389T", date(2026, 6, 1))
        assert not gone.found and gone.nearest_codes
        assert [h.event for h in gone.history] == ["deleted"]


def test_starter_pack_loads_once_and_answers_seed_codes(db_url: str) -> None:
    ensure_reference_ready(db_url)
    ensure_reference_ready(db_url)
    with session_scope(db_url, readonly=True) as s:
        starter_rows = s.exec(select(func.count()).select_from(RefRelease)).one()
        card = code_card(s, "62370", date(2026, 5, 1)).to_json()
        assert card["found"] and card["vintage"] == "RVU26A"
        assert (card["status"], card["pctc"], card["global_days"], card["asst_surg"]) == (
            "A", "0", "XXX", "1")
        assert (card["mue"]["value"], card["mue"]["mai"]) == (1, 3)
        em = code_card(s, "99213", date(2026, 5, 1))
        assert em.addon is not None and "G2211" in em.addon.primary_for
        g2211 = code_card(s, "G2211", date(2026, 5, 1))
        assert g2211.addon is not None and g2211.addon.is_addon and "99213" in g2211.addon.primaries
        assert "No PTP file" in " ".join(g2211.notes)
        missing = code_card(s, "0389T", date(2026, 5, 1)).to_json()
        assert missing["found"] is False and missing["nearest_codes"]
        assert modifier_info(s, "59").system == "CPT"  # type: ignore[union-attr]
        assert modifier_info(s, "XS").ptp_associated  # type: ignore[union-attr]
        assert modifier_info(s, "ZZ") is None
        assert codes_in_range(s, "93279", "93298", date(2026, 5, 1))[:3] == ["93279", "93280", "93281"]
        assert "0417T" in known_codes(s)
    ensure_reference_ready(db_url)
    with session_scope(db_url, readonly=True) as s:
        assert s.exec(select(func.count()).select_from(RefRelease)).one() == starter_rows


def test_operator_file_wins_over_starter_pack_of_same_date(db_url: str, tmp_path: Path) -> None:
    ensure_reference_ready(db_url)
    rows = [("62370", "", "A", "0.88", "2.91", "1.18", "0", "XXX", "0", "0", "2", "0", "0", "09")]
    _import(db_url, "pfs", F.write_pprrvu_csv(tmp_path / "PPRRVU2026_Jan_nonQPP.csv", 2026, rows))
    with session_scope(db_url, readonly=True) as s:
        card = ReferenceStore(s).code_card("62370", date(2026, 5, 1))
        assert card.asst_surg == "2"
        assert card.vintages["pfs"]["starter_pack"] is False


def test_icd_codes_answered_from_package_with_notes(db_url: str) -> None:
    ensure_reference_ready(db_url)
    with session_scope(db_url, readonly=True) as s:
        header = code_card(s, "I50.2", date(2026, 5, 1))
        assert header.system == "ICD-10-CM" and header.billable is False
        assert "excludes1" in header.icd_notes
        leaf = code_card(s, "I5022", date(2026, 5, 1))
        assert leaf.code == "I50.22" and leaf.billable is True
        assert "ICD-10-CM" in (leaf.vintage or "")


BUSY_F1 = [
    (c1, "99213", eff, dele, mod, "Standards of medical/surgical practice")
    for c1, eff, dele, mod in (
        ("10021", "20090101", "*", "1"), ("10022", "20090101", "*", "0"),
        ("10030", "20150401", "20251231", "1"), ("10035", "20260101", "20260101", "9"),
        ("10040", "20260101", "*", "1"), ("10060", "20270101", "*", "1"),
    )
] + [("99213", "36415", "20090101", "*", "1", "Mutually exclusive procedures")]
BUSY_F2 = [("20610", "99213", "20150401", "*", "1", "Standards of medical/surgical practice")]


@pytest.mark.parametrize("dos", [date(2026, 7, 1), date(2026, 12, 31), date(2027, 3, 1)])
def test_busy_code_counted_from_import_tallies_same_as_row_by_row(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dos: date
) -> None:
    monkeypatch.setattr("consult.reference.loading.BUSY_EDITS", 3)  # 99213 is busy in f1 only
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", BUSY_F1))
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f2.TXT", BUSY_F2))
    expected = [r for r in BUSY_F1 + BUSY_F2 if _in_force(r, dos)]
    with session_scope(db_url, readonly=True) as s:
        busy = s.exec(select(RefPtpBusy.code, RefPtpBusy.side).distinct()).all()
        assert busy == [("99213", 2)]
        summary = ReferenceStore(s).ptp_summary("99213", dos)
    assert summary.as_column2 == sum(r[1] == "99213" for r in expected)
    assert summary.as_column1 == sum(r[0] == "99213" for r in expected)
    assert {e.column1 for e in summary.sample_as_column2} == {
        r[0] for r in expected if r[1] == "99213"
    }


def test_replaced_file_drops_its_tallies(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("consult.reference.loading.BUSY_EDITS", 3)
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", BUSY_F1))
    _import(db_url, "ptp", F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", BUSY_F1[:2]))
    with session_scope(db_url, readonly=True) as s:
        assert s.exec(select(func.count()).select_from(RefPtpBusy)).one() == 0
        assert ReferenceStore(s).ptp_summary("99213", date(2026, 8, 1)).as_column2 == 2


def _in_force(row: tuple[str, ...], dos: date) -> bool:
    effective = date.fromisoformat(row[2])
    deletion = None if row[3] == "*" else date.fromisoformat(row[3])
    return effective <= dos and (deletion is None or (effective != deletion and dos <= deletion))


def test_migration_tallies_busy_codes_already_loaded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = alembic_config(url)
    with get_engine(url).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005_routing")  # before ref_ptp_busy
        release = conn.execute(text(
            "INSERT INTO ref_release (family, vintage, part, source_file, sha256, effective_from,"
            " starter, row_count, loaded_at) VALUES ('ptp', 'v322r0', 'f1',"
            " 'ccipra-v322r0-f1.TXT', '', '2026-07-01', 0, 600, '2026-07-01 00:00:00')"
        )).lastrowid
        conn.execute(
            text("INSERT INTO ref_ptp (release_id, column1, column2, prior_1996, effective,"
                 " deletion, modifier_ind, rationale) VALUES (:r, :c1, '99213', 0, :eff, :dele, '1', '')"),
            [{"r": release, "c1": f"{10000 + n}", "eff": "2009-01-01" if n % 3 else "2026-01-01",
              "dele": "2025-12-31" if n % 4 == 0 and n % 3 else None} for n in range(600)],
        )
    upgrade(url)
    with session_scope(url, readonly=True) as s:
        tallies = s.exec(select(RefPtpBusy.side, func.sum(RefPtpBusy.edits))
                         .group_by(RefPtpBusy.side)).all()
        summary = ReferenceStore(s).ptp_summary("99213", date(2026, 8, 1))
    dispose_engines()
    assert tallies == [(2, 600)]
    deleted = sum(1 for n in range(600) if n % 4 == 0 and n % 3)
    assert (summary.as_column2, summary.as_column1) == (600 - deleted, 0)
