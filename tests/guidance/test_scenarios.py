"""The scenario suite: real .eml questions through the same path as `consult draft` and the
pipeline, each with the findings it must produce (scenarios/expected.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from consult.drafts.dryrun import DryRun, dry_run
from consult.drafts.render import render, template_names
from consult.guidance.model import ReferenceData
from tests.guidance.conftest import TEMPLATES

SCENARIOS = Path(__file__).parent / "scenarios"
EXPECTED: dict[str, dict[str, Any]] = json.loads((SCENARIOS / "expected.json").read_text())
OURS = frozenset({"consult@example.test"})


def run(name: str, reference: dict[str, ReferenceData]) -> DryRun:
    raw = (SCENARIOS / f"{name}.eml").read_bytes()
    return dry_run(raw, templates=TEMPLATES, reference=reference[EXPECTED[name]["world"]],
                   our_addresses=OURS, our_domain="example.test")


def matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    return (
        want["kind"] == got["kind"]
        and want["verdict"] == got["verdict"]
        and want["modifier"] == got["modifier"]
        and set(want["codes"]) <= set(got["codes"])
        and want.get("reason_contains", "").lower() in got["reason"].lower()
    )


def test_suite_has_at_least_forty_scenarios_with_an_eml_each() -> None:
    assert len(EXPECTED) >= 40
    assert {p.stem for p in SCENARIOS.glob("*.eml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scenario_produces_its_findings(name: str, reference: dict[str, ReferenceData]) -> None:
    spec = EXPECTED[name]
    result = run(name, reference).result
    assert result is not None, "a question must be drafted"
    assert result.template == spec["template"]
    got = result.findings
    for want in spec["findings"]:
        assert any(matches(want, g) for g in got), (
            f"missing {want}\n got:\n" + "\n".join(json.dumps(g) for g in got))
    for f in got:
        assert f["verdict"] in ("ok", "warn", "invalid", "unknown")
        assert f["reason"] and f["source"], f
    draft = result.rendered
    for needle in spec["text_contains"]:
        assert needle in draft.text and needle in draft.html
    for identifier in spec["phi"]:
        assert identifier not in draft.text and identifier not in draft.html
        assert identifier not in draft.subject


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_template_renders_for_every_scenario(
    name: str, reference: dict[str, ReferenceData]
) -> None:
    result = run(name, reference).result
    assert result is not None
    for template in template_names(TEMPLATES):
        out = render(TEMPLATES, template, result.context)  # StrictUndefined: a hole raises
        assert out.subject and out.text.strip() and "<html" in out.html
