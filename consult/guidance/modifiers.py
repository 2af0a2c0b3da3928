"""Modifier findings derived from PFS indicators: 26/TC, 50/LT/RT, 51, 62/66/80/81/82/AS,
25/57 with global days, telehealth (95/93/GT/GQ), and what HCPCS modifiers mean."""

from __future__ import annotations

from collections.abc import Iterator

from consult.guidance import sources as S
from consult.guidance.lines import Ctx, is_em
from consult.guidance.model import Finding, Line, Verdict
from consult.reference import meanings as M
from consult.reference.cards import CodeCard

PCTC_MODS = ("26", "TC")
ROLE_MODS = ("62", "66", "80", "81", "82", "AS")
EM_MODS = ("25", "57")
TELE_MODS = ("95", "93", "GT", "GQ", "FQ", "G0")
SIDE_MODS = ("LT", "RT")

PCTC_WHY = {
    "0": "it is a physician service with no separate professional and technical parts",
    "2": "the code is itself the professional component: report it without 26",
    "3": "the code is itself the technical component: report it without TC",
    "4": "it is a global-test-only code: its parts are reported with other codes",
    "5": "it is an incident-to service, which has no components",
    "7": "it is a therapy service, which has no components",
    "9": "the professional/technical split does not apply to it",
}

# Our own notes on when payers expect these HCPCS Level II modifiers (informational).
WHEN_EXPECTED = {
    "GA": "Use when a valid ABN was given because Medicare is expected to deny the service as "
    "not reasonable and necessary; the patient can then be billed if Medicare denies.",
    "GZ": "Use when a denial as not reasonable and necessary is expected and no ABN was given; "
    "the provider cannot bill the patient. Never together with GA.",
    "GY": "Use for a service excluded by statute or not a Medicare benefit (no ABN needed); "
    "it speeds the denial so a secondary payer can process the claim.",
    "GX": "Use when a voluntary ABN was given for a statutorily excluded service; may be "
    "combined with GY.",
    "KX": "Use only when the payer policy's requirements are met and documented (for example "
    "the therapy threshold or a DMEPOS LCD's criteria).",
    "JW": "Use on a separate line for the amount of a single-dose drug discarded.",
    "JZ": "Use when no amount of a single-dose drug was discarded.",
    "GC": "Teaching setting: a resident took part under the teaching physician's direction.",
    "GE": "Teaching setting: primary-care exception, resident without the teaching physician.",
    "AI": "The admitting or attending physician of record on an initial hospital or nursing "
    "facility visit.",
    "Q5": "Reciprocal billing by a substitute physician.",
    "Q6": "Fee-for-time (locum tenens) substitute physician.",
    "QW": "A CLIA-waived test.",
    "CG": "Policy criteria applied (RHC/FQHC and some institutional claims).",
}
TELEHEALTH_POLICY = (
    "Dated policy (Medicare, CY2025-CY2026): professional telehealth claims report place of "
    "service 02 or 10, and Medicare does not require modifier 95 on them; 93 marks audio-only "
    "services where audio-only is allowed. Other payers and institutional claims may still "
    "require 95. Telehealth rules change by statute: confirm for the date of service."
)


def modifier_findings(ctx: Ctx, line: Line, mod: str, asked: bool) -> Iterator[Finding]:
    card = ctx.cards[line.code]
    if line.system == "ICD-10-CM":
        return
    if not card.found:
        yield Finding("modifier", (line.code,), mod, Verdict.UNKNOWN,
                      f"Modifier {mod} on {line.code} cannot be checked: the code was not "
                      "found in the loaded data.", "see the code finding")
        return
    if mod in PCTC_MODS:
        yield _pctc(card, line, mod)
    elif mod == "50":
        yield _bilateral(card, line)
    elif mod in SIDE_MODS:
        yield from _sides(card, line, mod)
    elif mod == "51":
        yield _multiple(card, line)
    elif mod in ROLE_MODS:
        yield _role(card, mod)
    elif mod in EM_MODS:
        yield _em(ctx, line, mod)
    elif mod in TELE_MODS:
        yield _telehealth(card, mod)


def _no_pfs(card: CodeCard, mod: str, indicator: str) -> Finding | None:
    if card.pfs_rows:
        return None
    why = next((n for n in card.notes if "PFS" in n), "no PFS file loaded")
    return Finding("modifier", (card.code,), mod, Verdict.UNKNOWN,
                   f"Modifier {mod} on {card.code} depends on the {indicator} indicator, which "
                   f"is not loaded for this code: {why}", "PFS relative value file: not loaded")


def _history_note(card: CodeCard, words: tuple[str, ...]) -> str:
    changes = [f"{e.vintage} (from {e.effective.isoformat()}): {e.detail}" for e in card.history
               if e.event == "changed" and any(w in e.detail for w in words)]
    return (" History: " + "; ".join(changes) + " (the answer depends on the date of "
            "service).") if changes else ""


def _pctc(card: CodeCard, line: Line, mod: str) -> Finding:
    missing = _no_pfs(card, mod, "PC/TC")
    if missing:
        return missing
    p = card.pctc or ""
    source = S.pfs(card, "PCTC IND", p)
    rows = set(card.modifier_rows)
    hist = _history_note(card, ("pctc", "row 26", "row TC"))
    if line.together(*PCTC_MODS):
        return Finding("pctc", (card.code,), mod, Verdict.INVALID,
                       f"26 and TC together on {card.code} make the global service: report "
                       "the code without either modifier.", source)
    allowed = (p == "1") or (p in ("6", "8") and mod == "26")
    if allowed and mod in rows:
        return Finding("pctc", (card.code,), mod, Verdict.OK,
                       f"{card.code}-{mod} is valid: PC/TC indicator {p} "
                       f"({M.meaning(M.PCTC, p)}) and {card.vintage} has a {card.code}-{mod} "
                       f"row.{_status_note(card)}{hist}", source)
    if allowed:
        return Finding("pctc", (card.code,), mod, Verdict.WARN,
                       f"PC/TC indicator {p} allows {mod} on {card.code}, but {card.vintage} "
                       f"has no {card.code}-{mod} row, so it has no separate value.{hist}",
                       source)
    why = PCTC_WHY.get(p) or (f"indicator {p} allows 26 only" if p in ("6", "8") else
                              M.meaning(M.PCTC, p))
    return Finding("pctc", (card.code,), mod, Verdict.INVALID,
                   f"{mod} is not valid on {card.code} on this date: PC/TC indicator {p} "
                   f"({M.meaning(M.PCTC, p)}); {why}.{hist}", source)


def _status_note(card: CodeCard) -> str:
    if card.status == "C":
        return " Status C: the MAC prices it, so ask the MAC for the amount."
    return ""


def _bilateral(card: CodeCard, line: Line) -> Finding:
    missing = _no_pfs(card, "50", "bilateral surgery")
    if missing:
        return missing
    b = card.bilat_surg or ""
    source = S.pfs(card, "BILAT SURG", b, S.BILATERAL_RULE)
    sides = sorted(line.with_each("50") & set(SIDE_MODS))
    if sides:
        return Finding("bilateral", (card.code,), "50", Verdict.INVALID,
                       f"50 and {'/'.join(sides)} on the same line of {card.code} conflict: "
                       "50 already says both sides. Use 50 alone, or RT and LT on two lines "
                       "if the payer asks for that.", source)
    verdicts = {
        "1": (Verdict.OK, "the 150% bilateral payment adjustment applies: report one line "
              "with 50 and 1 unit for Medicare (some payers want RT and LT lines instead)"),
        "3": (Verdict.WARN, "each side is paid at 100% with no bilateral adjustment: check "
              "whether the payer wants 50 or RT/LT lines"),
        "2": (Verdict.INVALID, "the code is already bilateral (its value covers both sides): "
              "do not append 50"),
        "0": (Verdict.INVALID, "the bilateral adjustment does not apply (the code is "
              "unilateral by nature or another code describes the bilateral service): 50 is "
              "not payable"),
        "9": (Verdict.INVALID, "the bilateral concept does not apply to this code"),
    }
    verdict, why = verdicts.get(b, (Verdict.UNKNOWN, f"unknown indicator value {b!r}"))
    return Finding("bilateral", (card.code,), "50", verdict,
                   f"Modifier 50 on {card.code}: bilateral indicator {b}; {why}.", source)


def _sides(card: CodeCard, line: Line, mod: str) -> Iterator[Finding]:
    if mod == "LT" and line.together("LT", "RT") and not line.together("LT", "50"):
        b = card.bilat_surg or "?"
        hint = ("use 50 on one line" if b == "1" else
                "report two lines, one with RT and one with LT")
        yield Finding("bilateral", (card.code,), "LT/RT", Verdict.WARN,
                      f"LT and RT on one line of {card.code}: with bilateral indicator {b}, "
                      f"{hint}.", S.pfs(card, "BILAT SURG", b, S.BILATERAL_RULE))
    yield Finding("modifier_info", (card.code,), mod, Verdict.OK,
                  f"{mod} identifies the {'left' if mod == 'LT' else 'right'} side; it is an "
                  "anatomic modifier that can also bypass a PTP edit (indicator 1) when the "
                  "services are on different sides.", S.NCCI_MODIFIERS)


def _multiple(card: CodeCard, line: Line) -> Finding:
    if card.addon is not None and card.addon.is_addon or card.global_days == "ZZZ":
        return Finding("multiple_procedure", (card.code,), "51", Verdict.INVALID,
                       f"{card.code} is an add-on code: add-on codes are exempt from the "
                       "multiple-procedure rules, so 51 is never appended to them.",
                       S.family(card, "aoc", "add-on code", S.NCCI_ADDON)
                       if card.addon else S.pfs(card, "GLOB DAYS", card.global_days))
    missing = _no_pfs(card, "51", "multiple-procedure")
    if missing:
        return missing
    m = card.mult_proc or ""
    source = S.pfs(card, "MULT PROC", m, S.MULTIPLE_RULE)
    meaning = M.meaning(M.MULT_PROC, m)
    if m in ("2", "3"):
        return Finding("multiple_procedure", (card.code,), "51", Verdict.OK,
                       f"Multiple-procedure indicator {m} ({meaning}): 51 may go on the "
                       "lesser procedures; Medicare contractors apply the reduction by RVU "
                       "ranking themselves, while many commercial payers want 51.", source)
    if m in ("4", "5", "6", "7"):
        return Finding("multiple_procedure", (card.code,), "51", Verdict.WARN,
                       f"Multiple-procedure indicator {m} ({meaning}): that family reduction "
                       f"is applied automatically; 51 is not needed on {card.code}.", source)
    return Finding("multiple_procedure", (card.code,), "51", Verdict.INVALID,
                   f"Multiple-procedure indicator {m} ({meaning}): 51 does not apply to "
                   f"{card.code}.", source)


ROLE = {
    "62": ("co_surg", "CO SURG", M.CO_SURG, S.COSURGEON_RULE,
           {"0": Verdict.INVALID, "1": Verdict.WARN, "2": Verdict.OK, "9": Verdict.INVALID}),
    "66": ("team_surg", "TEAM SURG", M.TEAM_SURG, S.COSURGEON_RULE,
           {"0": Verdict.INVALID, "1": Verdict.WARN, "2": Verdict.OK, "9": Verdict.INVALID}),
}
ASSISTANT = {"0": Verdict.WARN, "1": Verdict.INVALID, "2": Verdict.OK, "9": Verdict.INVALID}
ASSISTANT_NOTE = {
    "80": "", "81": " 81 is for minimal assistance.",
    "82": " 82 is only for a teaching setting where no qualified resident was available.",
    "AS": " AS is for a PA, NP or CNS assisting (paid at a reduced rate).",
}


def _role(card: CodeCard, mod: str) -> Finding:
    if mod in ROLE:
        attr, label, table, rule, verdicts = ROLE[mod]
        missing = _no_pfs(card, mod, label)
        if missing:
            return missing
        value = getattr(card, attr) or ""
        return Finding("surgeon_role", (card.code,), mod, verdicts.get(value, Verdict.UNKNOWN),
                       f"Modifier {mod} on {card.code}: {label.lower()} indicator {value} "
                       f"({M.meaning(table, value)}).", S.pfs(card, label, value, rule))
    missing = _no_pfs(card, mod, "assistant-at-surgery")
    if missing:
        return missing
    a = card.asst_surg or ""
    verdict = ASSISTANT.get(a, Verdict.UNKNOWN)
    lead = {
        Verdict.INVALID: f"{mod} is not payable on {card.code}",
        Verdict.WARN: f"{mod} on {card.code} is paid only with documentation",
        Verdict.OK: f"{mod} on {card.code} is allowed",
    }.get(verdict, f"{mod} on {card.code} cannot be judged")
    return Finding("surgeon_role", (card.code,), mod, verdict,
                   f"{lead}: assistant-at-surgery indicator {a} ({M.meaning(M.ASST_SURG, a)})."
                   f"{ASSISTANT_NOTE.get(mod, '')}",
                   S.pfs(card, "ASST SURG", a, S.ASSISTANT_RULE))


def _em(ctx: Ctx, line: Line, mod: str) -> Finding:
    if not is_em(line.code):
        alt = "59 or XE/XS/XP/XU" if mod == "25" else "none (57 marks an E/M visit)"
        return Finding("em_modifier", (line.code,), mod, Verdict.INVALID,
                       f"{mod} is for evaluation and management codes only; {line.code} is not "
                       f"one. For a distinct procedure the modifier to consider is {alt}.",
                       S.NCCI_MODIFIERS)
    procedures = [ln for ln in ctx.others(line) if not is_em(ln.code)]
    if not procedures:
        return Finding("em_modifier", (line.code,), mod, Verdict.WARN,
                       f"{mod} on {line.code} only matters when a procedure is reported the "
                       "same day (25: minor procedure or other service; 57: decision for major "
                       "surgery). No procedure was named in the question.", S.GLOBAL_RULE)
    globals_ = {ln.code: ctx.cards[ln.code].global_days for ln in procedures}
    known = {c: g for c, g in globals_.items() if g}
    if not known:
        return Finding("em_modifier", (line.code, *globals_), mod, Verdict.UNKNOWN,
                       f"The global period of {', '.join(globals_)} is not loaded, so whether "
                       f"{mod} (or the other of 25/57) fits cannot be told.", S.GLOBAL_RULE)
    major = [c for c, g in known.items() if g == "090"]
    minor = [c for c, g in known.items() if g in ("000", "010")]
    codes = (line.code, *known)
    desc = ", ".join(f"{c} (global {g})" for c, g in known.items())
    src = "; ".join(S.pfs(ctx.cards[c], "GLOB DAYS", g, S.GLOBAL_RULE) for c, g in known.items())
    if mod == "57":
        if major:
            return Finding("em_modifier", codes, mod, Verdict.OK,
                           f"57 on {line.code} fits: {', '.join(major)} is major surgery "
                           "(90-day global), and an E/M on the day of or the day before it "
                           "that led to the decision to operate is paid with 57.", src)
        return Finding("em_modifier", codes, mod, Verdict.WARN,
                       f"57 is for the decision for major (90-day global) surgery; {desc} "
                       f"{'is' if len(known) == 1 else 'are'} not major. For a significant, "
                       "separately identifiable E/M with a minor procedure use 25.", src)
    if minor:
        return Finding("em_modifier", codes, mod, Verdict.OK,
                       f"25 on {line.code} fits with {', '.join(minor)} (minor procedure, "
                       "0- or 10-day global) when the visit is significant and separately "
                       "identifiable beyond the usual pre-procedure assessment; the decision "
                       "to do a minor procedure is part of it and does not justify 25. The "
                       "note should show the separate problem.", src)
    if major:
        return Finding("em_modifier", codes, mod, Verdict.WARN,
                       f"{', '.join(major)} is major surgery (90-day global): if this visit led "
                       "to the decision to operate, use 57 rather than 25; 25 only for a "
                       "separate, unrelated problem.", src)
    return Finding("em_modifier", codes, mod, Verdict.WARN,
                   f"{desc}: no global period applies, so 25 is needed only when a PTP edit "
                   "bundles the E/M into the service or the payer requires it; the visit must "
                   "still be significant and separately identifiable.", src)


def _telehealth(card: CodeCard, mod: str) -> Finding:
    if mod == "GT":
        return Finding("telehealth", (card.code,), mod, Verdict.WARN,
                       "GT is a legacy telehealth modifier, now used mainly on critical access "
                       f"hospital method II claims; most payers expect 95 or POS 02/10. "
                       f"{TELEHEALTH_POLICY}", S.TELEHEALTH_RULE)
    if mod == "GQ":
        return Finding("telehealth", (card.code,), mod, Verdict.WARN,
                       "GQ (store and forward) applies to Medicare only in the Alaska and Hawaii "
                       "demonstration programs.", S.TELEHEALTH_RULE)
    info = card.telehealth
    kind = "audio-only" if mod == "93" else "audio-video"
    if info is None:
        return Finding("telehealth", (card.code,), mod, Verdict.UNKNOWN,
                       f"No CMS telehealth list is loaded for {card.dos.year}: whether "
                       f"{card.code} may be furnished as Medicare telehealth ({kind}, "
                       f"modifier {mod}) cannot be checked. {TELEHEALTH_POLICY}",
                       "CMS List of Medicare Telehealth Services: not loaded")
    source = S.family(card, "telehealth", "listed" if info.listed else "not listed", S.TELEHEALTH_RULE)
    if info.listed:
        status = f" (status {info.status})" if info.status else ""
        return Finding("telehealth", (card.code,), mod, Verdict.OK,
                       f"{card.code} is on the {info.vintage} List of Medicare Telehealth "
                       f"Services{status}, so it may be furnished as {kind} telehealth. "
                       f"{TELEHEALTH_POLICY}", source)
    return Finding("telehealth", (card.code,), mod, Verdict.WARN,
                   f"{card.code} is not on the {info.vintage} List of Medicare Telehealth "
                   "Services: Medicare does not pay it as telehealth on this date (other payers "
                   f"may). {TELEHEALTH_POLICY}", source)


def info_finding(ctx: Ctx, codes: tuple[str, ...], mod: str) -> Finding:
    """What a modifier means and, for common HCPCS ones, when payers expect it."""
    info = ctx.ref.modifier(mod, ctx.dos)
    when = WHEN_EXPECTED.get(mod, "")
    if info is None:
        return Finding("modifier_info", codes, mod, Verdict.UNKNOWN,
                       f"Modifier {mod} is not in the loaded modifier lists: its meaning cannot "
                       "be checked here; confirm it in the payer's manual.", "modifier lists")
    text = info.text if info.system == "HCPCS" else info.text
    stale = "" if info.covers_dos else f" (text from {info.vintage})"
    return Finding("modifier_info", codes, mod, Verdict.OK,
                   f"{mod}: {text}.{stale} {when}".strip().replace("..", "."),
                   f"{info.vintage} ({info.system} modifier)")
