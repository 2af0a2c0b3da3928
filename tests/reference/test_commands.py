"""`consult lookup` and `consult data ...` as a coder runs them, on a database that does not exist yet."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from consult.db import dispose_engines
from consult.reference import commands
from consult.settings import reset_settings_cache
from tests.reference import cms_files as F


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[typer.Typer]:
    monkeypatch.setenv("CONSULT_DATABASE_URL", f"sqlite:///{tmp_path / 'fresh' / 'consult.db'}")
    reset_settings_cache()
    cli = typer.Typer()
    commands.register(cli)
    yield cli
    dispose_engines()
    reset_settings_cache()


def test_lookup_on_fresh_install_creates_database_and_answers(app: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["lookup", "62370", "--dos", "2026-05-01", "--json"])
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    assert (tmp_path / "fresh" / "consult.db").exists()
    assert card["found"] is True and card["vintage"] == "RVU26A"
    assert {"code", "system", "found", "vintage", "status", "global_days", "pctc", "mult_proc",
            "bilat_surg", "asst_surg", "co_surg", "team_surg", "phys_supervision", "mue", "addon",
            "summary", "history"} <= card.keys()
    assert card["mue"] == {"found": True, "value": 1, "mai": 3, "mai_meaning": card["mue"][
        "mai_meaning"], "rationale": "Nature of Service/Procedure", "vintage": "MUE 2026-04-01"}


def test_lookup_of_absent_code_is_not_found_with_neighbours_and_exit_zero(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["lookup", "0389T", "--json"])
    assert result.exit_code == 0
    card = json.loads(result.stdout)
    assert card["found"] is False and "0408T" in card["nearest_codes"]


def test_lookup_text_card_spells_out_meanings_without_cpt_text(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["lookup", "0417T", "--dos", "2026-05-01"])
    assert result.exit_code == 0
    assert "26 and TC can be used" in result.stdout and "RVU26A" in result.stdout
    assert "No PTP file is loaded" in result.stdout


def test_data_import_reports_bad_file_and_status_lists_vintages(
    app: typer.Typer, tmp_path: Path
) -> None:
    runner = CliRunner()
    good = F.write_ptp_txt(tmp_path / "ccipra-v322r0-f1.TXT", [
        ("0417T", "93288", "20260101", "*", "1", "Misuse of column two code with column one code")])
    ok = runner.invoke(app, ["data", "import", "ptp", str(good)])
    assert ok.exit_code == 0 and "loaded 1 rows as ptp v322r0 f1" in ok.stdout
    again = runner.invoke(app, ["data", "import", "ptp", str(good)])
    assert "already loaded" in again.stdout
    bad = tmp_path / "ccipra-v322r0-f2.TXT"
    bad.write_text("\n".join(F.PTP_HEADER) + "\n25442\t01810\t\t2026", encoding="latin-1")
    failed = runner.invoke(app, ["data", "import", "ptp", str(bad)])
    assert failed.exit_code == 1
    assert "ccipra-v322r0-f2.TXT:7" in failed.output
    status = runner.invoke(app, ["data", "status", "--json"])
    loaded = json.loads(status.stdout)
    assert [v["parts"] for v in loaded["ptp"]] == [["f1"]]
    assert loaded["pfs"][0]["starter_pack"] is True
