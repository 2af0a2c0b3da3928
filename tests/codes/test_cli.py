"""`consult extract` and `consult eval extract` through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from consult.codes import commands

FIXTURES = Path(__file__).parent / "fixtures"


def _app() -> typer.Typer:
    app = typer.Typer()
    commands.register(app)
    return app


def test_extract_json_reads_only_new_text_of_an_inline_qp_reply() -> None:
    result = CliRunner().invoke(
        _app(), ["extract", "--json", str(FIXTURES / "inline_reply_qp.eml")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip())
    assert data["source"].endswith("inline_reply_qp.eml")
    assert sorted({c["code"] for c in data["codes"]}) == ["20610", "J3301"]
    assert sorted(data["modifiers"]) == ["25", "JZ", "LT"]  # not the quoted 25-on-99214, RT, XU
    pairs = {(c["code"], m) for c in data["codes"] for m in c["modifiers"]}
    assert pairs == {("20610", "LT")}


def test_extract_html_only_message_resolves_yesterday_from_the_date_header() -> None:
    result = CliRunner().invoke(_app(), ["extract", "--json", str(FIXTURES / "html_only.eml")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip())
    assert [c["code"] for c in data["codes"]] == ["62370", "62370", "0408T", "0411T"]
    assert data["ranges"] == [["0408T", "0411T"]]
    assert data["date_of_service"] == "2026-11-01"


def test_extract_reads_stdin_as_text() -> None:
    result = CliRunner().invoke(
        _app(), ["extract", "--json", "--text", "-"], input="bill 99214-25\n"
    )
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["source"] == "-" and data["modifiers"] == ["25"]


def test_extract_one_line_per_input_and_zero_exit_without_codes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("How do I sign up?")
    args = ["extract", "--json", "--text", str(empty), str(empty)]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["codes"] == []


def test_unreadable_inputs_exit_non_zero_with_a_message(tmp_path: Path) -> None:
    not_mail = tmp_path / "notes.txt"
    not_mail.write_text("just words 99213")
    result = CliRunner().invoke(_app(), ["extract", str(tmp_path / "missing.eml"), str(not_mail)])
    assert result.exit_code != 0
    assert "missing.eml: cannot read" in result.output
    assert "notes.txt: not an email message" in result.output


def test_eval_extract_prints_scores(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes((FIXTURES / "html_only.eml").read_bytes())
    label = {
        "file": "a.eml",
        "codes": ["0408T", "0411T", "62370"],
        "modifiers": ["26"],
        "pairs": [["62370", "26"]],
        "ranges": [["0408T", "0411T"]],
        "traps": ["99205"],
    }
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n")
    result = CliRunner().invoke(_app(), ["eval", "extract", "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "codes      precision 1.000  recall 1.000" in result.output
    assert "traps reported as codes: 0" in result.output


def test_eval_extract_without_labels_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "extract", "--corpus", str(tmp_path)])
    assert result.exit_code == 2
    assert "no labels.jsonl" in result.output
