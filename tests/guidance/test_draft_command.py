"""`consult draft` end to end: a fresh database, the starter pack loaded on first use, JSON out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from consult.cli import _register_areas, app

SCENARIOS = Path(__file__).parent / "scenarios"


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    _register_areas()
    return CliRunner().invoke(app, ["draft", *args])


def test_draft_json_has_classification_mentions_findings_and_the_three_parts() -> None:
    result = _invoke(str(SCENARIOS / "62367-82-asst1.eml"), "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout[result.stdout.index("{"):])
    assert out["classification"] == "question"
    assert [c["code"] for c in out["mentions"]["codes"]] == ["62367"]
    assert out["mentions"]["codes"][0]["modifiers"] == ["82"]
    finding = next(f for f in out["findings"] if f["modifier"] == "82")
    assert finding["verdict"] == "invalid" and finding["kind"] == "surgeon_role"
    assert set(finding) == {"kind", "codes", "modifier", "verdict", "reason", "source"}
    assert set(out["draft"]) >= {"subject", "text", "html"}
    assert out["draft"]["subject"].startswith("Re: ")


def test_draft_dos_option_changes_the_answer() -> None:
    path = str(SCENARIOS / "0418t-tc-2026.eml")
    new = _json(path, "--json")
    old = _json(path, "--json", "--dos", "2023-06-01")
    verdict = {o["date_of_service"]: next(f["verdict"] for f in o["findings"] if f["modifier"] == "TC")
               for o in (new, old)}
    assert verdict == {"2026-02-02": "ok", "2023-06-01": "invalid"}


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    out = _invoke(*args).stdout
    return json.loads(out[out.index("{"):])  # type: ignore[no-any-return]


def test_draft_rejects_a_bad_date() -> None:
    result = _invoke(str(SCENARIOS / "0418t-tc-2026.eml"), "--dos", "06/01/2023")
    assert result.exit_code != 0
