"""The short answer: which findings lead, and the overall kind the template words."""

from __future__ import annotations

from typing import Any

from consult.guidance.model import Finding, Guidance, Verdict

# Kinds whose findings answer the question most directly, per intent.
LEADING = {
    "pair": ("ptp", "distinct_modifier", "addon", "em_modifier"),
    "modifier": ("pctc", "bilateral", "multiple_procedure", "surgeon_role", "em_modifier",
                 "distinct_modifier", "telehealth", "mue"),
    "units": ("mue",),
    "global": ("global", "em_modifier"),
    "code_info": ("code", "status", "icd", "addon"),
    "coverage": ("status", "code"),
}
RANK = {Verdict.INVALID: 0, Verdict.UNKNOWN: 1, Verdict.WARN: 2, Verdict.OK: 3}


def short_answer(g: Guidance) -> dict[str, Any]:
    """{'kind': no|unknown|caution|yes|info, 'points': [reasons]} for the template."""
    kinds: list[str] = []
    for intent in g.intents:
        kinds.extend(k for k in LEADING.get(intent, ()) if k not in kinds)
    relevant = [f for f in g.findings if f.kind in kinds] or list(g.findings)
    leading = sorted(relevant, key=lambda f: RANK[f.verdict])
    worst = leading[0].verdict if leading else Verdict.OK
    problems = [f for f in g.findings if f.verdict is Verdict.INVALID]
    kind = {Verdict.INVALID: "no", Verdict.UNKNOWN: "unknown", Verdict.WARN: "caution"}.get(
        worst, "yes" if {"pair", "modifier", "units"} & set(g.intents) else "info")
    points = _points(leading, problems)
    return {"kind": kind, "points": points}


def _points(leading: list[Finding], problems: list[Finding]) -> list[str]:
    """Up to three reasons: problems first, then other leading findings that need attention;
    when everything is fine, the two leading findings."""
    chosen: list[Finding] = []
    for f in [*problems, *(f for f in leading if f.verdict is not Verdict.OK)]:
        if f not in chosen:
            chosen.append(f)
    if not chosen:
        chosen = leading[:2]
    return [f.reason for f in chosen[:3]]
