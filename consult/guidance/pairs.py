"""Pair findings: NCCI PTP edits between the codes asked about, and 59/XE/XP/XS/XU."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from consult.guidance import sources as S
from consult.guidance.lines import Ctx, is_em
from consult.guidance.model import Finding, Line, Verdict
from consult.reference.cards import PtpEdit
from consult.reference.meanings import PTP_ASSOCIATED_MODIFIERS
from consult.reference.vintages import Vintage

DISTINCT_MODS = ("59", "XE", "XP", "XS", "XU")
ALL_PARTS = {"f1", "f2", "f3", "f4"}
NOT_DX = "A different diagnosis alone does not justify 59 or an X modifier."
DISTINCT = ("a different session or encounter (XE), a different organ or structure (XS), "
            "a different practitioner (XP), or a service that does not overlap the usual "
            "components of the other (XU)")


def complete(v: Vintage | None) -> bool:
    """All four practitioner PTP parts loaded: only then does 'no edit found' mean no edit."""
    return v is not None and ALL_PARTS <= set(v.parts)


def _src(v: Vintage, e: PtpEdit | None = None) -> str:
    files = ", ".join(v.source_files)
    if e is None:
        return f"NCCI PTP {v.label} ({files}); {S.NCCI_MODIFIERS}"
    window = f"effective {e.effective.isoformat()}" + (
        f", deleted {e.deletion.isoformat()}" if e.deletion else "")
    return (f"NCCI PTP {e.vintage} ({e.source_file}): {e.column1}/{e.column2}, modifier "
            f"indicator {e.modifier_ind}, {window}; {S.NCCI_MODIFIERS}")


def pair_findings(ctx: Ctx, v: Vintage | None, edits: list[PtpEdit]) -> Iterator[Finding]:
    codes = [ln.code for ln in ctx.procedures()]
    if len(codes) < 2:
        return
    day = ctx.dos.isoformat()
    if v is None:
        yield Finding("ptp", tuple(codes), None, Verdict.UNKNOWN,
                      f"No NCCI PTP (procedure-to-procedure) file is loaded for {day}, so "
                      f"whether {_and(codes)} may be billed together, and with which modifier, "
                      "cannot be told. Import the practitioner PTP files (all four parts) for "
                      "that quarter.", "NCCI PTP: not loaded")
        return
    for e in edits:
        yield _edit(ctx, v, e)
    paired = {frozenset((e.column1, e.column2)) for e in edits}
    free = [(a, b) for a, b in combinations(codes, 2) if frozenset((a, b)) not in paired]
    if not free:
        return
    text = ", ".join(f"{a} + {b}" for a, b in free)
    if complete(v):
        yield Finding("ptp", tuple(dict.fromkeys(c for p in free for c in p)), None, Verdict.OK,
                      f"No PTP edit is in force on {day} for {text} (checked in both column "
                      f"orders in {v.label}): the PTP edits do not bundle them. Medical "
                      "necessity, the global surgery rules and payer policy still apply.",
                      _src(v))
    else:
        missing = ", ".join(sorted(ALL_PARTS - set(v.parts))) or "?"
        yield Finding("ptp", tuple(dict.fromkeys(c for p in free for c in p)), None,
                      Verdict.UNKNOWN,
                      f"No PTP edit was found for {text} in the loaded parts of {v.label} "
                      f"({', '.join(p for p in v.parts if p)}), but part(s) {missing} are not "
                      "loaded and could hold one: import all four parts.", _src(v))


def _and(codes: list[str]) -> str:
    return ", ".join(codes[:-1]) + f" and {codes[-1]}" if len(codes) > 1 else codes[0]


def _edit(ctx: Ctx, v: Vintage, e: PtpEdit) -> Finding:
    c1, c2 = e.column1, e.column2
    why = f" CMS rationale: {e.rationale}." if e.rationale else ""
    if e.modifier_ind == "0":
        return Finding("ptp", (c1, c2), None, Verdict.INVALID,
                       f"{c1} (column 1) and {c2} (column 2) have a PTP edit with modifier "
                       f"indicator 0: {c2} is not paid with {c1} for the same patient, same "
                       f"provider and day, and no modifier (59, X, 25 or any other) bypasses "
                       f"it.{why}", _src(v, e))
    bypass = "25" if is_em(c2) else "XE, XS, XP, XU or 59 (or an anatomic modifier)"
    return Finding("ptp", (c1, c2), None, Verdict.WARN,
                   f"{c1} (column 1) and {c2} (column 2) have a PTP edit with modifier "
                   f"indicator 1: {c2} is bundled into {c1} unless the services are truly "
                   f"distinct; then {bypass} on {c2} lets both be paid.{why} {NOT_DX}",
                   _src(v, e))


def distinct_findings(
    ctx: Ctx, line: Line, mod: str, v: Vintage | None, edits: list[PtpEdit]
) -> Iterator[Finding]:
    """59 / XE / XP / XS / XU on one line (attached, or asked about for it)."""
    if is_em(line.code):
        yield Finding("distinct_modifier", (line.code,), mod, Verdict.WARN,
                      f"{mod} is not used on an E/M code such as {line.code}: a significant, "
                      "separately identifiable E/M on the day of a procedure is reported with "
                      f"25 (or 57 for the decision for major surgery). {NOT_DX}",
                      S.NCCI_MODIFIERS)
        return
    x_mods = sorted(m for m in line.with_each("59") if m in DISTINCT_MODS)
    if mod == "59" and x_mods:
        yield Finding("distinct_modifier", (line.code,), mod, Verdict.WARN,
                      f"59 and {'/'.join(x_mods)} on the same line of {line.code}: use the "
                      "more specific X modifier alone, not both.", S.NCCI_MODIFIERS)
    others = [ln.code for ln in ctx.others(line)]
    if not others:
        yield Finding("distinct_modifier", (line.code,), mod, Verdict.WARN,
                      f"{mod} on {line.code} only has a purpose against another service on the "
                      "same day (a PTP edit, or a separate line for MUE counting); no other "
                      f"code was named. {NOT_DX}", S.NCCI_MODIFIERS)
        return
    if v is None:
        yield Finding("distinct_modifier", (line.code, *others), mod, Verdict.UNKNOWN,
                      f"Whether {mod} is needed or allowed on {line.code} with {_and(others)} "
                      f"depends on a PTP edit between them and its modifier indicator, and no "
                      f"PTP file is loaded for {ctx.dos.isoformat()}. If an edit with indicator "
                      f"1 exists, {mod} goes on the column 2 code only when the services are "
                      f"distinct: {DISTINCT}. If the indicator is 0, no modifier helps. "
                      f"{NOT_DX}", "NCCI PTP: not loaded")
        return
    mine = [e for e in edits if line.code in (e.column1, e.column2)]
    as_col2 = [e for e in mine if e.column2 == line.code]
    prefer = " CMS prefers the more specific XE/XS/XP/XU where one fits." if mod == "59" else ""
    for e in as_col2:
        if e.modifier_ind == "0":
            yield Finding("distinct_modifier", (e.column1, line.code), mod, Verdict.INVALID,
                          f"{mod} cannot bypass the {e.column1}/{line.code} edit: its modifier "
                          f"indicator is 0.", _src(v, e))
        else:
            yield Finding("distinct_modifier", (e.column1, line.code), mod, Verdict.OK,
                          f"{mod} on {line.code} (column 2 of the {e.column1}/{line.code} "
                          "edit, indicator 1) is allowed when the services are truly distinct: "
                          f"{DISTINCT}; the record must show it.{prefer} {NOT_DX}", _src(v, e))
    if as_col2:
        return
    if mine:
        e = mine[0]
        yield Finding("distinct_modifier", (line.code, e.column2), mod, Verdict.WARN,
                      f"{line.code} is column 1 of the {line.code}/{e.column2} edit: a "
                      f"PTP-associated modifier goes on the column 2 code, {e.column2}, not on "
                      f"{line.code}.", _src(v, e))
        return
    verdict = Verdict.WARN if complete(v) else Verdict.UNKNOWN
    found = ("there is no PTP edit" if complete(v) else
             "no PTP edit was found in the loaded parts")
    yield Finding("distinct_modifier", (line.code, *others), mod, verdict,
                  f"{found} between {line.code} and {_and(others)} on "
                  f"{ctx.dos.isoformat()}, so {mod} is not needed to get them paid together; "
                  "appending it anyway draws audits. (It can still be needed to report a "
                  f"second line for MUE counting when the MUE is a line edit.) {NOT_DX}",
                  _src(v))


def ptp_modifier_note(mod: str) -> bool:
    return mod in PTP_ASSOCIATED_MODIFIERS
