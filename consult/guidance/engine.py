"""The guidance engine: lines + reference facts as of the date of service -> findings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from consult.codes.extract import Extraction
from consult.guidance import sources as S
from consult.guidance.codes import code_findings
from consult.guidance.intents import intents as find_intents
from consult.guidance.lines import Ctx, build_lines, is_em
from consult.guidance.model import Finding, Guidance, Line, ReferenceData, Verdict
from consult.guidance.modifiers import (
    EM_MODS,
    PCTC_MODS,
    ROLE_MODS,
    SIDE_MODS,
    TELE_MODS,
    info_finding,
    modifier_findings,
)
from consult.guidance.pairs import DISTINCT_MODS, complete, distinct_findings, pair_findings
from consult.guidance.units import REPEAT_MODS, mue_findings, repeat_findings
from consult.reference import meanings as M
from consult.reference.cards import PtpEdit
from consult.reference.vintages import Vintage

INDICATOR_MODS = frozenset((*PCTC_MODS, *ROLE_MODS, *EM_MODS, *TELE_MODS, *SIDE_MODS, "50", "51"))


def guide(extraction: Extraction, text: str, ref: ReferenceData, dos: date) -> Guidance:
    """Findings for every code and modifier of the question, as of `dos`."""
    lines, bare = build_lines(extraction, text)
    range_ends = frozenset(c for r in extraction.ranges for c in r)
    cards = {ln.code: ref.card(ln.code, dos) for ln in lines}
    ctx = Ctx(dos, lines, cards, ref, bare, range_ends)
    wanted = find_intents(text, has_codes=bool(lines), has_modifiers=bool(extraction.modifiers))
    ptp_v = ref.vintage("ptp", dos)
    procs = [ln.code for ln in ctx.procedures()]
    edits = ref.ptp_edits(procs, dos) if ptp_v is not None and len(procs) >= 2 else []
    findings: list[Finding] = []
    for line in lines:
        findings.extend(code_findings(ctx, line))
    findings.extend(_ranges(ctx, extraction))
    findings.extend(pair_findings(ctx, ptp_v, edits))
    for line in lines:
        for mod in line.modifiers:
            findings.extend(_modifier(ctx, line, mod, ptp_v, edits))
        findings.extend(_conflicts(ctx, line))
    for mod in bare:
        findings.extend(_bare(ctx, mod, ptp_v, edits))
    for line in lines:
        findings.extend(mue_findings(ctx, line, asked="units" in wanted))
    findings.extend(_em_without_modifier(ctx))
    if "global" in wanted:
        findings.extend(_globals(ctx))
    return Guidance(
        dos=dos,
        lines=lines,
        intents=wanted,
        findings=tuple(dict.fromkeys(findings)),
        cards=cards,
        edits=tuple(edits),
        ptp_vintage=ptp_v,
        ptp_complete=complete(ptp_v),
        sources=_sources(ctx, ptp_v),
    )


def _modifier(
    ctx: Ctx, line: Line, mod: str, v: Vintage | None, edits: list[PtpEdit]
) -> Iterator[Finding]:
    if line.system == "ICD-10-CM":
        return
    if mod in DISTINCT_MODS:
        if ctx.cards[line.code].found:
            yield from distinct_findings(ctx, line, mod, v, edits)
        else:
            yield from modifier_findings(ctx, line, mod, asked=False)
    elif mod in REPEAT_MODS:
        yield from repeat_findings(ctx, line, mod)
    elif mod in INDICATOR_MODS:
        yield from modifier_findings(ctx, line, mod, asked=False)
    else:
        yield info_finding(ctx, (line.code,), mod)


def _conflicts(ctx: Ctx, line: Line) -> Iterator[Finding]:
    if line.together("GA", "GZ"):
        yield Finding("modifier_info", (line.code,), "GA/GZ", Verdict.INVALID,
                      f"GA and GZ on the same line of {line.code} contradict each other: GA says "
                      "an ABN was given, GZ says none was. Keep the one that is true.",
                      "HCPCS Level II modifier definitions; Medicare ABN instructions")


def _bare(ctx: Ctx, mod: str, v: Vintage | None, edits: list[PtpEdit]) -> Iterator[Finding]:
    """A modifier asked about but attached to no code: judge it where it could go."""
    procs = ctx.procedures()
    if not procs:
        yield info_finding(ctx, (), mod)
        return
    ems = [ln for ln in procs if is_em(ln.code)]
    non_em = [ln for ln in procs if not is_em(ln.code)]
    if mod in EM_MODS:
        targets = ems or non_em
    elif mod in DISTINCT_MODS:
        col2 = [ln for ln in procs if any(e.column2 == ln.code for e in edits)]
        targets = col2 or (non_em or ems)[-1:]
    elif mod in TELE_MODS:
        targets = ems or procs
    elif mod in INDICATOR_MODS or mod in REPEAT_MODS:
        targets = non_em or procs
    else:
        yield info_finding(ctx, tuple(ln.code for ln in procs), mod)
        return
    for line in targets:
        hypothetical = replace(line, modifiers=(*line.modifiers, mod),
                               groups=(*line.groups, (mod,)))
        for f in _modifier(ctx, hypothetical, mod, v, edits):
            yield replace(f, reason=f"Asked about {mod} for {line.code}: {f.reason}")


def _em_without_modifier(ctx: Ctx) -> Iterator[Finding]:
    procs = ctx.procedures()
    asked = set(ctx.bare)
    for line in procs:
        if not is_em(line.code) or asked & set(EM_MODS) or set(line.modifiers) & set(EM_MODS):
            continue
        surgical = [(ln.code, ctx.cards[ln.code].global_days) for ln in procs
                    if not is_em(ln.code) and ctx.cards[ln.code].global_days in ("000", "010", "090")]
        if not surgical:
            continue
        code, g = surgical[0]
        src = S.pfs(ctx.cards[code], "GLOB DAYS", g, S.GLOBAL_RULE)
        if g == "090":
            why = (f"{code} is major surgery (90-day global): an E/M the day before or the day "
                   f"of it is part of the global package unless it led to the decision to "
                   f"operate (then {line.code}-57) or treated a separate problem (25).")
        else:
            why = (f"{code} is a minor procedure (global {g}): the E/M is included in it unless "
                   f"it is significant and separately identifiable, in which case report "
                   f"{line.code}-25 and keep documentation of the separate work.")
        yield Finding("em_modifier", (line.code, code), None, Verdict.WARN, why, src)


def _globals(ctx: Ctx) -> Iterator[Finding]:
    for line in ctx.procedures():
        card = ctx.cards[line.code]
        g = card.global_days
        if not card.found:
            continue
        if not g:
            yield Finding("global", (line.code,), None, Verdict.UNKNOWN,
                          f"The global period of {line.code} is not loaded.",
                          "PFS relative value file: not loaded for this code")
            continue
        yield Finding("global", (line.code,), None, Verdict.OK,
                      f"{line.code} has global days {g}: {M.meaning(M.GLOBAL_DAYS, g)}.",
                      S.pfs(card, "GLOB DAYS", g, S.GLOBAL_RULE))


def _ranges(ctx: Ctx, extraction: Extraction) -> Iterator[Finding]:
    for first, last in extraction.ranges:
        members = ctx.ref.codes_in_range(first, last, ctx.dos)
        if members:
            yield Finding("range", (first, last), None, Verdict.OK,
                          f"{first}\u2013{last} covers {len(members)} codes in the loaded data: "
                          f"{', '.join(members)}. Name the codes actually billed for pair and "
                          "modifier checks.", "codes loaded for the date of service")
        else:
            yield Finding("range", (first, last), None, Verdict.UNKNOWN,
                          f"No loaded codes fall in {first}\u2013{last} for this date.",
                          "codes loaded for the date of service")


def _sources(ctx: Ctx, ptp_v: Vintage | None) -> tuple[dict[str, Any], ...]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for card in ctx.cards.values():
        for info in card.vintages.values():
            seen.setdefault((str(info["family"]), str(info["vintage"])), info)
        if card.system == "ICD-10-CM" and card.vintage:
            seen.setdefault(("icd10cm", card.vintage), {
                "family": "icd10cm", "vintage": card.vintage, "starter_pack": False,
                "effective_from": None, "effective_to": None, "source_files": [], "parts": [],
                "rows": 0})
    if ptp_v is not None:
        seen.setdefault(("ptp", ptp_v.label), ptp_v.to_json())
    return tuple(sorted(seen.values(), key=lambda i: (str(i["family"]), str(i["vintage"]))))
