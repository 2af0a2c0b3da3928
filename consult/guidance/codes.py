"""Per-code findings: found or not, PFS status, ICD-10-CM billability, add-on primaries."""

from __future__ import annotations

from collections.abc import Iterator

from consult.guidance import sources as S
from consult.guidance.lines import Ctx
from consult.guidance.model import Finding, Line, Verdict
from consult.reference import meanings as M
from consult.reference.cards import CodeCard

INVALID_STATUS = frozenset("IDFGH")
WARN_STATUS = {
    "B": "it is bundled: report it if the payer wants it, but Medicare never pays it separately",
    "P": "it is bundled or excluded: Medicare does not pay it separately",
    "N": "Medicare does not cover it; the patient may be liable (an ABN and GA, or GY, may apply)",
    "E": "it is excluded from the PFS by regulation; another fee schedule or payer rule may apply",
    "X": "it is a statutory exclusion from the PFS (not a physician service); it may be paid "
    "under another fee schedule, such as the lab fee schedule",
    "M": "it is a measurement code: reported for quality programs, never paid",
    "R": "coverage is restricted: check the MAC's policy before billing",
}


def code_findings(ctx: Ctx, line: Line) -> Iterator[Finding]:
    card = ctx.cards[line.code]
    if line.system == "ICD-10-CM":
        yield _icd(card)
        return
    if not card.found:
        yield _not_found(ctx, card)
        return
    yield _status(card)
    yield from _addon(ctx, line, card)


def _loaded_labels(card: CodeCard) -> str:
    """The source of a not-found finding: which files were searched ("not found in …")."""
    labels = [f"{v.get('vintage')}{' (starter pack)' if v.get('starter_pack') else ''}"
              for v in card.vintages.values()]
    return ", ".join(labels) or "any file (no reference files are loaded)"


def _not_found(ctx: Ctx, card: CodeCard) -> Finding:
    near = f" Nearest loaded codes: {', '.join(card.nearest_codes)}." if card.nearest_codes else ""
    pfs = card.vintages.get("pfs")
    complete = bool(pfs) and not pfs.get("starter_pack")  # type: ignore[union-attr]
    day = ctx.dos.isoformat()
    if complete:
        return Finding(
            "code", (card.code,), None, Verdict.INVALID,
            f"{card.code} was not found in the loaded CMS files for {day}: it may have been "
            f"deleted, not be effective yet on that date, or be mistyped.{near}",
            f"not found in {_loaded_labels(card)}",
        )
    return Finding(
        "code", (card.code,), None, Verdict.UNKNOWN,
        f"{card.code} was not found in the loaded reference data for {day} (possibly a deleted "
        f"code). The loaded data are a starter subset, so this is not proof: import the CMS "
        f"files for that date to confirm.{near}",
        f"not found in {_loaded_labels(card)}",
    )


def _status(card: CodeCard) -> Finding:
    status = card.status
    if not status:
        why = "; ".join(card.notes) or "no PFS indicators loaded"
        return Finding("code", (card.code,), None, Verdict.UNKNOWN,
                       f"{card.code} is known ({_loaded_labels(card)}) but its fee-schedule "
                       f"status is not loaded: {why}", "card notes")
    meaning = M.meaning(M.STATUS, status)
    source = S.pfs(card, "STATUS CODE", status)
    if status in INVALID_STATUS:
        return Finding("status", (card.code,), None, Verdict.INVALID,
                       f"{card.code} has PFS status {status} ({meaning}): it is not valid for "
                       "Medicare on this date; a different code is reported.", source)
    if status in WARN_STATUS:
        return Finding("status", (card.code,), None, Verdict.WARN,
                       f"{card.code} has PFS status {status} ({meaning}): {WARN_STATUS[status]}.",
                       source)
    return Finding("status", (card.code,), None, Verdict.OK,
                   f"{card.code} is a valid code on this date, PFS status {status} ({meaning}).",
                   source)


def _icd(card: CodeCard) -> Finding:
    source = f"{card.vintage or 'ICD-10-CM'}: billable (leaf) flag"
    if not card.found:
        return Finding("icd", (card.code,), None, Verdict.INVALID,
                       f"{card.code} is not a valid ICD-10-CM code in the loaded code set: "
                       "check the code (or the fiscal year of the date of service).",
                       f"not found in {card.vintage or 'ICD-10-CM'}")
    if card.billable is False:
        return Finding("icd", (card.code,), None, Verdict.INVALID,
                       f"{card.code} is a category or subcategory header, not a billable "
                       "ICD-10-CM code: report one of its more specific codes.", source)
    desc = f" ({card.description})" if card.description else ""
    extra = " " + " ".join(card.notes) if card.notes else ""
    return Finding("icd", (card.code,), None, Verdict.OK,
                   f"{card.code}{desc} is a billable ICD-10-CM code.{extra}", source)


def _addon(ctx: Ctx, line: Line, card: CodeCard) -> Iterator[Finding]:
    info = card.addon
    if info is None:
        if card.global_days == "ZZZ":
            yield Finding("addon", (card.code,), None, Verdict.UNKNOWN,
                          f"{card.code} has global days ZZZ, the mark of an add-on code, but no "
                          "add-on code edit file covering it is loaded: its primary codes "
                          "cannot be checked.", S.pfs(card, "GLOB DAYS", "ZZZ"))
        return
    if not info.is_addon:
        return
    others = [ln.code for ln in ctx.others(line)]
    listed = [c for c in others if c in info.primaries]
    source = S.family(card, "aoc", f"add-on edit type {info.edit_type}", S.NCCI_ADDON)
    kind = f"{card.code} is an add-on code (edit type {info.edit_type}: {info.type_meaning})"
    shown = ", ".join(p for p in info.primaries if p != "CCCCC")
    if info.edit_type == 2:
        yield Finding("addon", (card.code, *others), None, Verdict.WARN,
                      f"{kind}. CMS lists no primary codes for it: the MAC's own list decides "
                      "which primary it may be reported with.", source)
    elif listed:
        yield Finding("addon", (card.code, *listed), None, Verdict.OK,
                      f"{kind}. {', '.join(listed)} {'is a' if len(listed) == 1 else 'are'} "
                      f"listed primary code{'s' if len(listed) > 1 else ''} for it, so the "
                      "pairing is valid.", source)
    elif info.edit_type == 3:
        yield Finding("addon", (card.code, *others), None, Verdict.WARN,
                      f"{kind}. None of the other codes asked about is a listed primary "
                      f"({shown or 'none listed'}); the MAC may accept others, so check its "
                      "policy.", source)
    else:
        with_what = (f"none of {', '.join(others)} is among them" if others
                     else "no primary code was given with it")
        yield Finding("addon", (card.code, *others), None, Verdict.INVALID,
                      f"{kind}. It is paid only with one of its listed primary codes "
                      f"({shown}); {with_what}. Report it on the same claim as its primary.",
                      source)
