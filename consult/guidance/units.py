"""Units against the MUE, and line splitting (76, 77, 91, 59/X, anatomic) by the MAI."""

from __future__ import annotations

from collections.abc import Iterator

from consult.guidance import sources as S
from consult.guidance.lines import Ctx, is_em
from consult.guidance.model import Finding, Line, Verdict
from consult.reference.cards import CodeCard

REPEAT_MODS = ("76", "77", "91")
SPLIT = "59/XE/XS/XP/XU, 76, 77, 91 or an anatomic modifier"


def _src(card: CodeCard) -> str:
    m = card.mue
    what = f"MUE {m.value}, MAI {m.mai}" if m and m.found else "no MUE entry"
    return S.family(card, "mue", what, S.NCCI_MUE)


def mue_findings(ctx: Ctx, line: Line, asked: bool) -> Iterator[Finding]:
    """A finding when units were given, or when the question is about units."""
    card = ctx.cards[line.code]
    if line.system == "ICD-10-CM" or not card.found:
        return
    if line.units is None and not asked:
        return
    m = card.mue
    units = f"{line.units} unit{'s' if line.units != 1 else ''}" if line.units else "units"
    if m is None:
        why = next((n for n in card.notes if "MUE" in n), "no MUE table loaded")
        yield Finding("mue", (line.code,), None, Verdict.UNKNOWN,
                      f"The MUE of {line.code} is not known: {why}", "MUE: not loaded")
        return
    if not m.found:
        yield Finding("mue", (line.code,), None, Verdict.OK,
                      f"{line.code} has no MUE in {m.vintage}; units are limited only by "
                      "medical necessity and payer policy (no MUE does not mean coverage).",
                      _src(card))
        return
    limit = f"The MUE of {line.code} is {m.value} (MAI {m.mai}: {m.mai_meaning})"
    if line.units is None:
        yield Finding("mue", (line.code,), None, Verdict.OK,
                      f"{limit}; rationale: {m.rationale}.", _src(card))
        return
    if m.value == 0:
        yield Finding("mue", (line.code,), None, Verdict.INVALID,
                      f"{limit}: an MUE of 0 means no units are payable by this provider type.",
                      _src(card))
    elif line.units <= (m.value or 0):
        yield Finding("mue", (line.code,), None, Verdict.OK,
                      f"{units} of {line.code} is within the MUE: {limit}.", _src(card))
    elif m.mai == 1:
        yield Finding("mue", (line.code,), None, Verdict.WARN,
                      f"{units} of {line.code} exceeds the MUE of {m.value} per line. MAI 1 "
                      "is a line edit: when the extra units are truly separate (another "
                      f"session, site or repeat), report them on another line with {SPLIT}; "
                      "otherwise the excess units are denied.", _src(card))
    elif m.mai == 2:
        yield Finding("mue", (line.code,), None, Verdict.INVALID,
                      f"{units} of {line.code} exceeds the MUE of {m.value} per day. MAI 2 is "
                      "an absolute date-of-service edit based on policy: units above it are "
                      "not paid, splitting lines or adding modifiers does not help, and "
                      "appeals do not overturn it.", _src(card))
    else:
        yield Finding("mue", (line.code,), None, Verdict.WARN,
                      f"{units} of {line.code} exceeds the MUE of {m.value} per day. MAI 3 is "
                      "a date-of-service edit based on clinical benchmarks: the excess units "
                      "are denied (line splitting does not help), but may be paid on appeal "
                      "with records showing medical necessity.", _src(card))


def repeat_findings(ctx: Ctx, line: Line, mod: str) -> Iterator[Finding]:
    card = ctx.cards[line.code]
    if not card.found:
        return
    if is_em(line.code):
        yield Finding("mue", (line.code,), mod, Verdict.INVALID,
                      f"{mod} marks a repeated procedure or test; it is not used on E/M codes "
                      f"such as {line.code}.", S.NCCI_MUE)
        return
    if mod == "91" and not (line.code.isdigit() and 80000 <= int(line.code) <= 89999):
        yield Finding("mue", (line.code,), mod, Verdict.WARN,
                      f"91 is for repeated clinical laboratory tests; {line.code} is not a "
                      "laboratory code (consider 76 or 77).", S.NCCI_MUE)
        return
    m = card.mue
    if m is None or not m.found:
        yield Finding("mue", (line.code,), mod, Verdict.UNKNOWN if m is None else Verdict.OK,
                      f"{mod} on {line.code}: the MUE is "
                      f"{'not loaded' if m is None else 'not set'}, so whether a repeat line is "
                      "limited cannot be said from MUE data.", "MUE")
        return
    if m.mai == 1:
        yield Finding("mue", (line.code,), mod, Verdict.OK,
                      f"{mod} on a second line of {line.code}: the MUE ({m.value}) is a line "
                      "edit (MAI 1), so a separate line with a repeat modifier is counted "
                      "separately when the repeat is real and documented.", _src(card))
    else:
        yield Finding("mue", (line.code,), mod, Verdict.WARN,
                      f"{mod} on {line.code}: the MUE ({m.value}) is a date-of-service edit "
                      f"(MAI {m.mai}), so all lines of the day are added together; a repeat "
                      "modifier does not allow more units than the MUE.", _src(card))
