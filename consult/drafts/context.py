"""The template context of an answer: plain dicts and strings, built from guidance.

Templates only lay out and word what is here; every fact and reason comes from guidance.
"""

from __future__ import annotations

from typing import Any

from consult.guidance.answer import short_answer
from consult.guidance.model import Finding, Guidance
from consult.reference import meanings as M
from consult.reference.cards import CodeCard

CODE_KINDS = ("code", "status", "icd", "addon", "range", "global", "mue")
PAIR_KINDS = ("ptp",)
FAMILY_NAMES = {
    "pfs": "PFS Relative Value File", "ptp": "NCCI PTP edits (practitioner)",
    "mue": "MUE table (practitioner)", "aoc": "NCCI add-on code edits",
    "hcpcs": "HCPCS Level II file", "icd10cm": "ICD-10-CM", "telehealth":
    "List of Medicare Telehealth Services", "modifiers": "Modifier notes",
}
SURGICAL_ONLY = ("asst_surg", "co_surg", "team_surg")  # shown for codes with a global period
FACTS = (
    ("status", "Status", M.STATUS), ("global_days", "Global days", M.GLOBAL_DAYS),
    ("pctc", "PC/TC", M.PCTC), ("mult_proc", "Multiple procedure (51)", M.MULT_PROC),
    ("bilat_surg", "Bilateral (50)", M.BILAT_SURG), ("asst_surg", "Assistant (80/81/82/AS)",
                                                     M.ASST_SURG),
    ("co_surg", "Co-surgeons (62)", M.CO_SURG), ("team_surg", "Team (66)", M.TEAM_SURG),
)


def facts(card: CodeCard | None, modifiers: list[str] | None = None) -> list[dict[str, str]]:
    """Rows of the facts table of one code: label, value, meaning."""
    if card is None:
        return []
    if card.system == "ICD-10-CM":
        billable = {True: "yes", False: "no (header code)", None: "unknown"}[card.billable]
        rows = [{"label": "Billable", "value": billable, "meaning": ""}]
        if card.description:
            rows.append({"label": "Description", "value": card.description, "meaning": ""})
        return rows
    roles = {"62", "66", "80", "81", "82", "AS"}
    surgical = card.global_days in ("000", "010", "090", "YYY") or bool(roles & set(modifiers or []))
    rows = [{"label": label, "value": str(getattr(card, attr)),
             "meaning": M.meaning(table, str(getattr(card, attr)))}
            for attr, label, table in FACTS if getattr(card, attr)
            and (surgical or attr not in SURGICAL_ONLY)]
    if card.modifier_rows:
        rows.append({"label": "Component rows", "value": ", ".join(card.modifier_rows),
                     "meaning": "separately valued rows in the RVU file"})
    if card.mue is not None:
        value = f"{card.mue.value} (MAI {card.mue.mai})" if card.mue.found else "none"
        rows.append({"label": "MUE", "value": value, "meaning": card.mue.mai_meaning})
    if card.addon is not None and card.addon.is_addon:
        rows.append({"label": "Add-on", "value": f"type {card.addon.edit_type}",
                     "meaning": card.addon.type_meaning})
    if card.telehealth is not None:
        rows.append({"label": "Telehealth list", "value": "listed" if card.telehealth.listed
                     else "not listed", "meaning": card.telehealth.vintage})
    return rows


def _finding(f: Finding) -> dict[str, Any]:
    return f.to_json()


def _source(info: dict[str, Any]) -> dict[str, Any]:
    family = str(info.get("family", ""))
    window = str(info.get("effective_from") or "")
    if info.get("effective_to"):
        window += f" to {info['effective_to']}"
    elif window:
        window += " onwards"
    return {
        "family": FAMILY_NAMES.get(family, family),
        "vintage": info.get("vintage", ""),
        "files": ", ".join(str(f) for f in info.get("source_files") or []),
        "window": window,
        "starter": bool(info.get("starter_pack")),
    }


def answer_context(g: Guidance | None, extraction_codes: list[dict[str, Any]]) -> dict[str, Any]:
    """The guidance part of the template context (the rest is greeting and subject)."""
    if g is None:
        return {"intents": [], "answer": {"kind": "unknown", "points": [
            "The reference data were not available for this draft."]},
            "coverage": False, "code_findings": [], "pair_findings": [],
            "modifier_findings": [], "findings": [], "sources": [], "ptp_loaded": False,
            "ptp_vintage": "", "codes": extraction_codes}
    findings = [_finding(f) for f in g.findings]
    codes = []
    for entry in extraction_codes:
        card = g.cards.get(entry["code"])
        line = next((ln for ln in g.lines if ln.code == entry["code"]), None)
        codes.append({**entry, "units": line.units if line else None,
                      "found": bool(card and card.found),
                      "summary": card.summary if card else "",
                      "description": card.description if card else "",
                      "vintage": (card.vintage or "") if card else "",
                      "facts": facts(card, entry["modifiers"]),
                      "card_notes": list(card.notes) if card else []})
    return {
        "intents": list(g.intents),
        "answer": short_answer(g),
        "coverage": "coverage" in g.intents,
        "code_findings": [f for f in findings if f["kind"] in CODE_KINDS],
        "pair_findings": [f for f in findings if f["kind"] in PAIR_KINDS],
        "modifier_findings": [f for f in findings
                              if f["kind"] not in CODE_KINDS + PAIR_KINDS],
        "findings": findings,
        "sources": [_source(s) for s in g.sources],
        "ptp_loaded": g.ptp_vintage is not None,
        "ptp_vintage": g.ptp_vintage.label if g.ptp_vintage else "",
        "codes": codes,
    }
