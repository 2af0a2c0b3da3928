"""Code mentions in a coding question: CPT, HCPCS Level II, ICD-10-CM, modifiers, ranges, DOS.

Pure: text in, an Extraction out. The text is the subject and the new part of the message
(`question_text`); spans refer to it. Matching runs on the original text, punctuation kept, and
every candidate is checked against the context that makes real senders' numbers something else
(ZIP codes, phone extensions, invoice numbers, quantities...). docs/extraction.md has the rules.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from consult.codes import icd
from consult.codes.context import identifier_before_at, state_before
from consult.codes.dates import date_of_service
from consult.codes.modifiers import find_modifiers
from consult.codes.vocabulary import (
    CPT_I_RANGES,
    HCPCS_SERIES,
    MODIFIERS,
)

DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@dataclass(frozen=True)
class CodeMention:
    code: str  # normalised: upper-case, ICD-10-CM with the dot
    system: str  # "CPT" | "HCPCS" | "ICD-10-CM"
    category: str  # CPT: "I" | "II" | "III"; HCPCS: "II" (Level II); ICD-10-CM: ""
    span: tuple[int, int]  # offsets into the text passed to extract()
    modifiers: tuple[str, ...]  # attached modifiers, in written order
    alternative: str | None = None  # the other reading of an ambiguous string
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extraction:
    codes: tuple[CodeMention, ...]  # in text order; range ends included
    modifiers: tuple[str, ...]  # every modifier mentioned, first-seen order, no duplicates
    ranges: tuple[tuple[str, str], ...]
    date_of_service: datetime.date | None
    notes: tuple[str, ...]

    def to_json(self, source: str) -> dict[str, Any]:
        codes = []
        for m in self.codes:
            entry: dict[str, Any] = {
                "code": m.code,
                "system": m.system,
                "category": m.category,
                "span": list(m.span),
                "modifiers": list(m.modifiers),
            }
            if m.alternative:
                entry["alternative"] = m.alternative
            if m.notes:
                entry["notes"] = list(m.notes)
            codes.append(entry)
        return {
            "source": source,
            "codes": codes,
            "modifiers": list(self.modifiers),
            "ranges": [list(r) for r in self.ranges],
            "date_of_service": self.date_of_service.isoformat() if self.date_of_service else None,
            "notes": list(self.notes),
        }


def question_text(subject: str, body: str) -> str:
    """The subject, a blank line, then the new body text; extract() spans refer to this."""
    subject, body = subject.strip(), body.strip()
    if subject and body:
        return f"{subject}\n\n{body}"
    return subject or body


def extract(text: str, *, today: datetime.date | None = None) -> Extraction:
    pairs: list[tuple[int, str]] = []
    hits = _code_hits(text, pairs)
    hits, ranges = _join_ranges(text, hits)
    taken: list[tuple[int, int]] = []
    hits = [_attach_modifiers(text, h, taken) for h in hits]
    attached = [(mod, pos) for h in hits for mod, pos in h.attached]
    bare = find_modifiers(text, taken, {mod for mod, _ in attached}, pairs)
    ordered = sorted(attached + bare, key=lambda item: item[1])
    modifiers = tuple(dict.fromkeys(mod for mod, _ in ordered))
    dos, dos_notes = date_of_service(text, today)
    mentions = tuple(h.mention() for h in hits)
    notes = [f"range {a}\u2013{b} kept as written; expand against loaded codes" for a, b in ranges]
    notes.extend(dos_notes)
    notes.extend(n for m in mentions if m.alternative for n in m.notes[:1])
    return Extraction(mentions, modifiers, tuple(ranges), dos, tuple(notes))


def expand_range(start: str, end: str, known_codes: Iterable[str]) -> list[str]:
    """Codes of the loaded data inside [start, end], in CMS order (by code string); no arithmetic.

    Only codes of the same shape as the ends count (0408T-0411T never takes in 04090).
    """
    lo, hi = _order_key(start), _order_key(end)
    shape = _shape(start)
    if lo > hi or shape != _shape(end):
        return []
    members = {c.strip().upper() for c in known_codes}
    return sorted(c for c in members if _shape(c) == shape and lo <= _order_key(c) <= hi)


def _order_key(code: str) -> str:
    return code.strip().upper().replace(".", "")


def _shape(code: str) -> str:
    """'99213' -> '99999', '0408T' -> '9999T', 'J1100' -> 'J9999', 'I50.22' -> 'A99.99'."""
    code = code.strip().upper()
    if re.fullmatch(r"\d{5}", code):
        return "99999"
    if re.fullmatch(r"\d{4}[A-Z]", code):
        return "9999" + code[-1]
    if re.fullmatch(r"[A-Z]\d{4}", code) and "." not in code:
        return code[0] + "9999"
    return "ICD"


# --- candidates -------------------------------------------------------------------------------

# A token that starts with a letter or digit followed by a digit, with an optional dotted part.
# It starts with a character class so the engine scans fast; shapes are checked per token.
# One scan finds both code-like tokens and two-character upper-case tokens (modifier candidates).
_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9A-Za-z]\d[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)?|[A-Z0-9]{2}(?![0-9A-Za-z]))"
)
_SHAPE = re.compile(
    r"""(?P<dot>[A-Za-z]\d[0-9A-Za-z]\.[0-9A-Za-z]{1,4})
      |(?P<cat>\d{4}[FfTtUM])
      |(?P<num>\d{5})
      |(?P<alnum>[A-Za-z]\d[0-9A-Za-z]{1,5})""",
    re.X,
)
_GLUED_QUANTITY = re.compile(r"(?<=\d)[x×]\d+$")
_DX_WORDS = re.compile(
    r"\b(?:dx|diagnos[ie]s|diagnosis|diagnostic code|icd(?:-?10(?:-?cm)?)?)\b", re.I
)
_DX_SUBSTRINGS = ("dx", "diagnos", "icd-10", "icd10", "icd code")
_DRUG_CONTEXT = re.compile(
    rf"^\s*(?:x\s*\d|×\s*\d|[{DASHES}]\s*J[WZ]\b|per\b|units?\b|\d+\s*units?\b)", re.I
)
_DRUG_BEFORE = re.compile(
    r"\b(?:hcpcs|j-?codes?|drug|billed as|bill as|sends? as)\b[^.?!\n]*$", re.I
)
# What may follow a code-shaped string and make it something else; one match per candidate.
_RIGHT_TRAP = re.compile(
    rf"(?P<decimal>[.,:]\d)"
    rf"|(?P<zip4>[{DASHES}]\d{{4}}(?!\d))"
    r"|(?P<phone>[ .]\d{3,4}(?![0-9A-Za-z]))"
    r"|(?P<unit>\s?(?i:units?|mg|mcg|ml|cc|mm|cm|%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|dollars?|miles?|lbs?|kg|sq\.?\s*cm)\b)"
    r"|(?P<street>[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?"
    r"(?:[A-Z0-9][A-Za-z0-9.'-]*[ \t]+){0,4}"
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Cir|"
    r"Circle|Ct|Court|Hwy|Highway|Pl|Place|Plaza|Sq|Square|Ter|Terrace|Trail|Trl|Pike|Loop)\b)"
)
_RIGHT_TRAPS = {
    "decimal": "part of a larger number or a time",
    "zip4": "ZIP+4",
    "phone": "digit group (phone or account number)",
    "unit": "quantity",
    "street": "street number",
}
_CODE_BEFORE_DASH = re.compile(rf"(?:\d{{4}}[A-Za-z]|\d{{5}}|[A-Za-z]\d{{4}})\s*[{DASHES}]\s*$")
_PHONE_GROUP_BEFORE = re.compile(r"(?<![A-Za-z0-9])\d{3,4}[ .]$")
_DASH_CHARS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


@dataclass
class _Hit:
    code: str
    system: str
    category: str
    start: int
    end: int
    alternative: str | None = None
    notes: list[str] = field(default_factory=list)
    attached: list[tuple[str, int]] = field(default_factory=list)

    def mention(self) -> CodeMention:
        return CodeMention(
            code=self.code,
            system=self.system,
            category=self.category,
            span=(self.start, self.end),
            modifiers=tuple(m for m, _ in self.attached),
            alternative=self.alternative,
            notes=tuple(self.notes),
        )


def _code_hits(text: str, pairs: list[tuple[int, str]]) -> list[_Hit]:
    """Code mentions; two-character upper-case tokens met on the way go to `pairs`."""
    found = []
    for match in _TOKEN.finditer(text):
        s, e = match.span()
        token = match.group()
        if e - s == 2:
            pairs.append((s, token))
            continue
        glued = _GLUED_QUANTITY.search(token) if "x" in token or "×" in token else None  # 99417x2
        if glued is not None:
            e = s + glued.start()
        shape = _SHAPE.fullmatch(token, 0, e - s)
        if shape is None:
            continue
        found.append((shape, s, e))
    if not found:
        return []
    has_dx_context = any(m.group("dot") for m, _, _ in found)
    if not has_dx_context and any(m.group("alnum") for m, _, _ in found):
        lower = text.lower()
        has_dx_context = any(w in lower for w in _DX_SUBSTRINGS)
    hits = []
    for shape, s, e in found:
        hit = _classify(text, shape, s, e, has_dx_context)
        if hit is not None and _trap(text, s, e, hit) is None:
            hits.append(hit)
    return hits


def _classify(text: str, match: re.Match[str], s: int, e: int, has_dx_context: bool) -> _Hit | None:
    token = text[s:e]
    if match.group("dot"):
        return _dotted_icd(text, token, s, e)
    if match.group("cat"):
        return _cpt_letter(token, s, e)
    if match.group("num"):
        n = int(token)
        if any(lo <= n <= hi for lo, hi in CPT_I_RANGES):
            return _Hit(token, "CPT", "I", s, e)
        return None
    return _alnum(text, token, s, e, has_dx_context)


def _dotted_icd(text: str, token: str, s: int, e: int) -> _Hit | None:
    if s > 0 and text[s - 1] == ".":  # file.v10.txt
        return None
    code = token.upper()
    if icd.is_code(code):
        hit = _Hit(code, "ICD-10-CM", "", s, e)
        if not icd.is_billable(code):
            hit.notes.append(f"{code} is an ICD-10-CM category or subcategory, not a billable code")
        return hit
    if token[0].isupper() and re.fullmatch(r"[A-Z]\d{2}\.\d[0-9A-Z]{0,3}", code):
        return _Hit(code, "ICD-10-CM", "", s, e, notes=[f"{code} is not in ICD-10-CM FY2026"])
    return None


def _cpt_letter(token: str, s: int, e: int) -> _Hit | None:
    code = token.upper()
    number, letter = int(code[:4]), code[4]
    if letter == "F" and number >= 1:
        return _Hit(code, "CPT", "II", s, e)
    if letter == "T" and 1 <= number <= 1999:
        return _Hit(code, "CPT", "III", s, e)
    if letter in "UM" and code[0] == "0" and number >= 1:  # PLA and MAAA codes are Category I
        return _Hit(code, "CPT", "I", s, e, notes=[f"{code} is a Category I {letter}-code"])
    return None


def _alnum(text: str, token: str, s: int, e: int, has_dx_context: bool) -> _Hit | None:
    code = token.upper()
    if len(code) == 5 and code[1:].isdigit():
        series = HCPCS_SERIES.get(code[0])
        hcpcs_ok = series is not None and series[0] <= int(code[1:]) <= series[1]
        icd_ok = has_dx_context and icd.is_code(code)
        if hcpcs_ok and icd_ok:
            return _ambiguous(text, code, s, e)
        if hcpcs_ok:
            return _Hit(code, "HCPCS", "II", s, e)
    elif len(code) == 3 and token != code:
        return None  # b12, a1c: lower-case three-character strings are words, not categories
    # Five or more characters that can only be ICD-10-CM (M5451, T82897A) need no context;
    # shorter ones (I10, N851, E119) are too easily something else.
    icd_only = len(code) >= 5 and token == code
    if not ((has_dx_context or icd_only) and icd.is_code(code)):
        return None
    dotted = icd.dotted(code)
    hit = _Hit(dotted, "ICD-10-CM", "", s, e)
    if len(code) > 3:
        hit.notes.append(f"{token} written without the dot: read as {dotted}")
    if not icd.is_billable(code):
        hit.notes.append(f"{dotted} is an ICD-10-CM category or subcategory, not a billable code")
    return hit


def _ambiguous(text: str, code: str, s: int, e: int) -> _Hit:
    """A string that is both HCPCS and ICD-10-CM (J1100 / J11.00): HCPCS unless the sentence
    speaks of a diagnosis and not of a drug or supply."""
    dotted = icd.dotted(code)
    sentence_start = max(text.rfind(c, 0, s) for c in ".?!\n") + 1
    before = text[sentence_start:s]
    after = text[e : e + 40]
    dx = bool(_DX_WORDS.search(before)) or bool(re.match(r"^\s*[:(]?\s*dx\b", after, re.I))
    drug = bool(_DRUG_CONTEXT.match(after)) or bool(_DRUG_BEFORE.search(before))
    if dx and not drug:
        note = f"{code} read as ICD-10-CM {dotted} (diagnosis context); also HCPCS {code}"
        return _Hit(dotted, "ICD-10-CM", "", s, e, alternative=f"HCPCS {code}", notes=[note])
    note = f"{code} read as HCPCS {code}; also ICD-10-CM {dotted}"
    return _Hit(code, "HCPCS", "II", s, e, alternative=f"ICD-10-CM {dotted}", notes=[note])


def _trap(text: str, s: int, e: int, hit: _Hit) -> str | None:
    """Why this code-shaped string is something else, or None when it is a code."""
    before = text[s - 1] if s else ""
    before2 = text[s - 2] if s > 1 else ""
    if before and before in "$#€£":
        return "amount or number"
    if before and before in ".,:" and before2.isdigit():
        return "part of a larger number or a time"
    after = _RIGHT_TRAP.match(text, e)
    if after is not None:
        kind = after.lastgroup
        if kind != "zip4" or (hit.system == "CPT" and hit.category == "I"):
            return _RIGHT_TRAPS[kind or ""]
    if state_before(text, s):
        return "ZIP code"
    if identifier_before_at(text, s):
        return "identifier"
    if before2.isdigit() or before in _DASH_CHARS:
        left = text[max(0, s - 16) : s].rstrip()
        if left and left[-1] in _DASH_CHARS and left[:-1].rstrip()[-1:].isdigit():
            if not _CODE_BEFORE_DASH.search(left + " "):
                return "part of a hyphenated number"
        if before in " ." and _PHONE_GROUP_BEFORE.search(text, max(0, s - 6), s):
            return "digit group (phone or account number)"
    plus = text.rfind("+", max(0, s - 20), s)
    if (
        plus >= 0
        and text[plus + 1 : plus + 2].isdigit()
        and not text[plus + 1 : s].strip("0123456789 ().-")
    ):
        return "international phone number"
    return None


# --- ranges and attached modifiers ------------------------------------------------------------

_RANGE_SEP = re.compile(rf"\s*[{DASHES}]\s*|\s+(?:through|thru|to)\s+", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:chang|switch|convert|mov|recod|downcod|upcod|correct|updat|replac|revis|amend|map|"
    r"crosswalk|bump|go|went)\w*\b[^.?!\n]{0,60}$",
    re.I,
)
_ABBREVIATED_END = re.compile(rf"\s*[{DASHES}]\s*(\d{{2,3}}[A-Za-z]?)(?![A-Za-z0-9])")


def _join_ranges(text: str, hits: list[_Hit]) -> tuple[list[_Hit], list[tuple[str, str]]]:
    ranges: list[tuple[str, str]] = []
    out: list[_Hit] = []
    for i, hit in enumerate(hits):
        out.append(hit)
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and _is_range(text, hit, nxt):
            _add_range(ranges, hit.code, nxt.code)
            continue
        end = _abbreviated_end(text, hit)
        if end is not None:
            out.append(end)
            _add_range(ranges, hit.code, end.code)
    return out, ranges


def _add_range(ranges: list[tuple[str, str]], start: str, end: str) -> None:
    if (start, end) not in ranges:
        ranges.append((start, end))


def _is_range(text: str, a: _Hit, b: _Hit) -> bool:
    sep = _RANGE_SEP.fullmatch(text, a.end, b.start)
    if sep is None or (a.system, a.category) != (b.system, b.category):
        return False
    if _shape(a.code) != _shape(b.code) or _order_key(a.code) >= _order_key(b.code):
        return False
    if sep.group().strip().lower() == "to":
        line_start = text.rfind("\n", 0, a.start) + 1
        return not _CHANGE_BEFORE.search(text, line_start, a.start)
    return True


def _abbreviated_end(text: str, hit: _Hit) -> _Hit | None:
    """'93279-98' or '0408T-11T': the end written with its changing digits only."""
    if hit.system != "CPT":
        return None
    m = _ABBREVIATED_END.match(text, hit.end)
    if m is None:
        return None
    tail = m.group(1).upper()
    if tail in MODIFIERS or (tail[-1].isalpha() != hit.code[-1].isalpha()):
        return None
    if tail[-1].isalpha() and tail[-1] != hit.code[-1]:
        return None
    full = hit.code[: len(hit.code) - len(tail)] + tail
    if full <= hit.code:
        return None
    note = f"{m.group(1)} read as the range end {full}"
    return _Hit(full, hit.system, hit.category, m.start(1), m.end(1), notes=[note])


_ATTACHED = re.compile(
    rf"(?:[ ]?[{DASHES}][ ]?|\s+mod(?:ifier)?\.?\s+)([A-Za-z0-9]{{2}})(?![A-Za-z0-9])", re.I
)
_NOT_A_MODIFIER_AFTER = re.compile(r"(?:\s?(?:units?|min|minutes?|mg|days?)\b|%)", re.I)


_SPACED_RUN = re.compile(r" ([A-Z0-9]{2})((?: [A-Z0-9]{2})+)(?![A-Za-z0-9])")


def _attach_modifiers(text: str, hit: _Hit, taken: list[tuple[int, int]]) -> _Hit:
    run = _SPACED_RUN.match(text, hit.end)
    if run is not None and hit.system != "ICD-10-CM":
        # "93288 26 TC": two or more modifiers written after the code with single spaces
        mods = [(m.group(), m.start()) for m in re.finditer(r"[A-Z0-9]{2}", run.group())]
        if all(mod in MODIFIERS for mod, _ in mods) and not _NOT_A_MODIFIER_AFTER.match(
            text, run.end()
        ):
            for mod, offset in mods:
                hit.attached.append((mod, run.start() + offset))
                taken.append((run.start() + offset, run.start() + offset + 2))
            return hit
    pos = hit.end
    while True:
        m = _ATTACHED.match(text, pos)
        if m is None:
            return hit
        mod = m.group(1).upper()
        if mod not in MODIFIERS or _NOT_A_MODIFIER_AFTER.match(text, m.end()):
            return hit
        lead = m.group()[: m.start(1) - m.start()]
        if (
            lead.startswith(" ")
            and lead.endswith(" ")
            and not mod.isalpha()
            and "mod" not in lead.lower()
        ):
            return hit  # "99213 - 25 ..." reads as a list or a quantity, not an attachment
        hit.attached.append((mod, m.start(1)))
        taken.append((m.start(1), m.end(1)))
        pos = m.end()
