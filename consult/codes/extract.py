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
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Final

from consult.codes import icd
from consult.codes.context import (
    CELL_SEP,
    a_csv_field,
    address_or_label_before,
    cell_separator,
    column_head,
    identifier_before_at,
    state_before,
    table_header,
)
from consult.codes.dates import date_of_service
from consult.codes.modifiers import find_modifiers, modifier_spans, writes_in_lower_case
from consult.codes.vocabulary import (
    ADJUSTMENT_GROUPS,
    CODE_SHAPE,
    CPT_I_RANGES,
    HCPCS_SERIES,
    ID_WORDS,
    LOWER_CASE_WORDS,
    MAC_NAMES,
    MODIFIER_STEM,
    MODIFIERS,
    NEVER_BARE_MODIFIERS,
    STATES,
    TITLE_PAIRS,
    UNIT_WORDS,
    WORDLIKE_MODIFIERS,
)

DASHES: Final = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


@dataclass(frozen=True)
class CodeMention:
    code: str  # normalised: upper-case, ICD-10-CM with the dot
    system: str  # "CPT" | "HCPCS" | "ICD-10-CM"
    category: str  # CPT: "I" | "II" | "III"; HCPCS: "II" (Level II); ICD-10-CM: ""
    span: tuple[int, int]  # offsets into the text passed to extract()
    modifiers: tuple[str, ...]  # attached modifiers, in written order
    alternative: str | None = None  # the other reading of an ambiguous string
    notes: tuple[str, ...] = ()

    # Written out, not generated: mypyc compiles these stores to direct slot writes, where the
    # dataclass's generated __init__ runs as interpreted code (about 1.2 µs a mention against
    # 0.04 µs, 6 % of extraction). tests/codes/test_extract.py checks it against the fields.
    def __init__(
        self,
        code: str,
        system: str,
        category: str,
        span: tuple[int, int],
        modifiers: tuple[str, ...],
        alternative: str | None = None,
        notes: tuple[str, ...] = (),
    ) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "system", system)
        object.__setattr__(self, "category", category)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "modifiers", modifiers)
        object.__setattr__(self, "alternative", alternative)
        object.__setattr__(self, "notes", notes)


@dataclass(frozen=True)
class Extraction:
    codes: tuple[CodeMention, ...]  # in text order; range ends included
    modifiers: tuple[str, ...]  # every modifier mentioned, first-seen order, no duplicates
    ranges: tuple[tuple[str, str], ...]
    date_of_service: datetime.date | None
    notes: tuple[str, ...]

    def __init__(  # written out for mypyc, as CodeMention's
        self,
        codes: tuple[CodeMention, ...],
        modifiers: tuple[str, ...],
        ranges: tuple[tuple[str, str], ...],
        date_of_service: datetime.date | None,
        notes: tuple[str, ...],
    ) -> None:
        object.__setattr__(self, "codes", codes)
        object.__setattr__(self, "modifiers", modifiers)
        object.__setattr__(self, "ranges", ranges)
        object.__setattr__(self, "date_of_service", date_of_service)
        object.__setattr__(self, "notes", notes)

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
    lower = text.lower()
    pairs: list[tuple[int, str]] = []
    hits = _code_hits(text, lower, pairs)
    taken: list[tuple[int, int]] = []
    mentions, ranges, attached = _ranges_and_attachments(text, hits, taken)
    bare = find_modifiers(
        text,
        taken,
        {mod for mod, _ in attached},
        pairs,
        lower=lower,
        code_starts=[m.span[0] for m in mentions],
    )
    ordered = sorted(attached + bare, key=itemgetter(1))
    modifiers = tuple(dict.fromkeys(mod for mod, _ in ordered))
    dos, dos_notes = date_of_service(text, today, lower=lower)
    notes = [f"range {a}\u2013{b} kept as written; expand against loaded codes" for a, b in ranges]
    notes.extend(dos_notes)
    notes.extend(n for m in mentions if m.alternative for n in m.notes[:1])
    for first, last, between in modifier_spans(text, pairs) if modifiers else ():
        if first in modifiers and last in modifiers:
            covered = ", ".join((first, *between, last))
            notes.append(f"{first}\u2013{last}: a span of modifiers ({covered}); its ends listed")
    return Extraction(tuple(mentions), modifiers, tuple(ranges), dos, tuple(notes))


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


_FIVE_DIGITS: Final = re.compile(r"\d{5}")
_FOUR_DIGITS_AND_A_LETTER: Final = re.compile(r"\d{4}[A-Z]")
_A_LETTER_AND_FOUR_DIGITS: Final = re.compile(r"[A-Z]\d{4}")


def _shape(code: str) -> str:
    """'99213' -> '99999', '0408T' -> '9999T', 'J1100' -> 'J9999', 'I50.22' -> 'A99.99'."""
    code = code.strip().upper()
    if _FIVE_DIGITS.fullmatch(code):
        return "99999"
    if _FOUR_DIGITS_AND_A_LETTER.fullmatch(code):
        return "9999" + code[-1]
    if _A_LETTER_AND_FOUR_DIGITS.fullmatch(code) and "." not in code:
        return code[0] + "9999"
    return "ICD"


# --- candidates -------------------------------------------------------------------------------

# A token that starts with a letter or digit followed by a digit, with an optional dotted part,
# or a two-character upper-case token (a modifier candidate): one scan finds both.
_TOKEN_FROM_START: Final = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9A-Za-z]\d[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)?|[A-Z0-9]{2}(?![0-9A-Za-z]))"
)
# The same tokens, matched from their second character, a digit or a capital, looking back for
# the first: a leading character class lets the engine skip the lower-case letters that make
# up most of a text, where the look-behind above is tried at every position. A two-character
# token is matched from its first character instead ('GT', '25'), with no look-behind until
# both characters are read: most capitals open a word ('The') and fail on the next letter. The
# two agree unless an ASCII letter or digit is followed by another script's digit (then a token
# could start inside the one before, 'A12.c\u06635'), and only such texts are scanned from the
# start.
# A token that is exactly one of the _SHAPE shapes and holds no 'x' names its shape with a
# group. Of the others only those that may still have a shape (a glued quantity, 99417x2; a
# plural, 99214s) or must be passed over whole (a dotted part) are matched; the rest, skipped,
# hide no token.
_TOKEN: Final = re.compile(
    r"""
    [0-9A-Z]
    (?:
      (?<=(?<![0-9A-Za-z])[0-9A-Za-z]\d)
      (?:
        (?<=\d\d) (?: (?P<num>[0-9]{3}) | (?P<cat>[0-9]{2}[FfTtUuMm]) ) (?![0-9A-Za-z]|\.[0-9A-Za-z])
      | (?<=[A-Za-z]\d)
        (?: (?P<dot>[0-9A-Za-wyz]\.[0-9A-Za-wyz]{1,4}) (?![0-9A-Za-z])
          | (?P<alnum>[0-9A-Za-wyz]{1,5}) (?![0-9A-Za-z]|\.[0-9A-Za-z])
        )
      | (?=[0-9A-Za-z]*(?:x|X\d|\.[0-9A-Za-z]|\d[A-Za-z]{2}(?:[A-Za-z]{2})?(?![0-9A-Za-z])
                        |\ds(?![0-9A-Za-z])))
        [0-9A-Za-z]+(?:\.[0-9A-Za-z]+)?
      )
    | [A-Z0-9] (?![0-9A-Za-z]) (?<![0-9A-Za-z][A-Z0-9]{2})
    )
    """,
    re.X,
)
_ASCII_ALNUM: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_OTHER_DIGIT_AFTER_ALNUM: Final = re.compile(r"[^\x00-\x7f](?<=[0-9A-Za-z]\d)")
_SHAPE: Final = re.compile(
    r"""(?P<dot>[A-Za-z]\d[0-9A-Za-z]\.[0-9A-Za-z]{1,4})
      |(?P<cat>\d{4}[FfTtUuMm])
      |(?P<num>\d{5})
      |(?P<alnum>[A-Za-z]\d[0-9A-Za-z]{1,5})""",
    re.X,
)
_LONGEST_SHAPE: Final = 8  # T82.897A
_GLUED_QUANTITY: Final = re.compile(r"(?<=\d)[xX×]\d+$")
_DX_WORDS: Final = re.compile(
    # not a claim line's pointer to its diagnosis: '1,G0439,,CH0117,DX POINTER MISSING'
    r"\b(?:dx|diagnos[ie]s|diagnosis|diagnostic code|icd(?:-?10(?:-?cm)?)?|principal|admitting)\b"
    r"(?![ \t]+pointers?\b)",
    re.I,
)
_DX_SUBSTRINGS: Final = (
    "dx", "diagnosi", "diagnose", "icd", "principal:"
)  # not 'diagnostic' (a diagnostic mammogram names no diagnosis); 'icd': 'icd q', 'ICD IND',
# 'ICD-10', a CMS-1500's box 21
# Between two codes of one list: a separator, or one line break (a code a line).
_LIST_GAP: Final = re.compile(
    r"\s*(?:[,;/&+]|\band\b|\bor\b|\bvs\b\.?)\s*|[ \t]*\r?\n[ \t]*", re.I
)  # 'e1165 + z794', 'e119 vs e1165'
_SENTENCE_ENDS: Final = (". ", "? ", "! ", ".\n", "?\n", "!\n", "\n\n")
_REMARK_CUE: Final = re.compile(
    r"\b(?:remark|rarc|carc|remit(?:tance)?|eob|era|reason codes?|adjustment codes?"
    r"|(?:CO|PR|OA|PI|CR)-\d"
    r"|(?:denied|denies|denying|paid|rejected|rejects)\b[^.?!\n]{0,40}?(?:\bw/|\bwith\b)"
    # 'DENIED THE 93356 W/ M15', 'BCBS DENIES IT W/ N20', 'check denied (M15)'
    r"|denied\s*\()",
    re.I,
)
# After an ambiguous string: a drug's quantity or waste modifier, or a claim line ('the G0402
# line'), which names a procedure, not a diagnosis.
_DRUG_CONTEXT: Final = re.compile(
    rf"^\s*(?:x\s*\d|×\s*\d|[{DASHES}]\s*J[WZ]\b|per\b|units?\b|\d+\s*units?\b|lines?\b"
    # billed on a claim's lines: 'so Q5001 on the 0651 lines'
    r"|on\s+(?:the|those|these|all|each|every)\s+(?:(?:rev(?:enue)?\s+(?:code\s+)?)?\d{3,4}\s+)?"
    r"lines?\b)",
    re.I,
)
_DRUG_BEFORE: Final = re.compile(
    r"\b(?:hcpcs|j-?codes?|drug|billed as|bill as|sends? as)\b[^.?!\n]*$"
    r"|\b(?:visit|exam|screening|injection|infusion|procedure)\s*\(\s*$",  # 'wellness visit ('
    re.I,
)
# What may follow a code-shaped string and make it something else; one match per candidate.
_UNITS: Final = (
    r"(?i:units?|mg|mcg|ml|cc|mm|cm|%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?|dollars?|miles?|lbs?|kg|sq\.?\s*cm)\b"
)
_RIGHT_TRAP: Final = re.compile(
    rf"(?P<decimal>[.,:]\d)"
    rf"|(?P<zip4>[{DASHES}]\d{{4}}(?!\d))"
    rf"|(?P<serial>[{DASHES}]\d{{6}})"  # 'S27-004518': an accession or case number
    rf"|(?P<serial5>[{DASHES}]\d{{5}}(?![0-9A-Za-z]))"  # 'S26-11873'; not '99213-99215'
    rf"|(?P<suffix>[{DASHES}][A-Za-z](?![A-Za-z0-9]))"  # 'group 40217-A': no modifier is one letter
    # 'Claim:   26048-UR-3319': a claim number's parts, no modifier ends in 3 or 4 digits
    rf"|(?P<parts>[{DASHES}][A-Z0-9]{{2}}[{DASHES}]\d{{3,4}}(?![0-9A-Za-z]))"
    rf"|(?P<phone>[ .]\d{{3,4}}(?![0-9A-Za-z])(?![ \t]?{_UNITS}))"  # not 'j3420 1000 mcg'
    rf"|(?P<unit>\s?{_UNITS})"
    # not a doctor's name after a code: '11/19/2026  15100  Dr. Kim (plastics)'
    r"|(?P<street>[ \t]+(?!Dr\.?[ \t]+[A-Z])(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?"
    r"(?:[A-Z0-9][A-Za-z0-9.'-]*[ \t]){0,4}"  # one blank apart: not a table's cells
    r"(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Cir|"
    r"Circle|Ct|Court|Hwy|Highway|Fwy|Freeway|Expy|Expressway|Pl|Place|Plaza|Sq|Square|Ter|"
    r"Terrace|Trail|Trl|Pike|Loop)\b"
    # a street with no suffix before its suite or its city, state and ZIP ('12865 El Camino
    # Real, Suite 110', '12845 El Camino Real, Del Mar, CA 92014')
    r"|[ \t]+(?!Dr\.?[ \t]+[A-Z])(?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z.'-]*,[ \t]*"
    r"(?:Suite|Ste\b|Apt\b|Unit\b"
    r"|(?:[A-Z][A-Za-z.'-]*[ \t]+){0,2}[A-Z][A-Za-z.'-]*,[ \t]*[A-Z]{2}[ \t]+\d{5}\b)"
    # a postal code before a city and its country ('Via Garibaldi 18, 10122 Torino, Italia')
    r"|[ \t]+[A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+)?,[ \t]*(?:Italia|Italy|Deutschland|Germany"
    r"|France|Espa\u00f1a|Spain|M\u00e9xico|Mexico|Pakistan|India|Philippines|Canada|Portugal"
    r"|Polska|Poland|Ukraine|Greece|Turkey|T\u00fcrkiye|Egypt|Finland|Suomi|Sverige|Sweden)\b"
    # in capitals after a name, one blank apart, and no suffix that is also a word or an
    # abbreviation ('18750 SW BORLAND RD', '11020 NE 8TH ST STE 140'; not '99213 PER DR JONES',
    # '74177  26  CT')
    r"|[ ](?:[NS][EW][ ])?(?:[A-Z0-9][A-Z0-9.'-]*[ ]){1,4}"
    r"(?:AVE|AVENUE|STREET|RD|ROAD|BLVD|DRIVE|LN|LANE|PKWY|HWY|CIR|TER"
    r"|ST(?=[ ](?:STE|SUITE|APT|UNIT)\b|[ ]#))\b)"  # '22550 SW PINE ST STE 4'
)
# After a space and a lower-case letter only the unit can match ('25 minutes'), and this much
# smaller pattern decides it.
_UNIT: Final = re.compile(_UNITS)
_KEY_AFTER: Final = re.compile(r" keys?\b")
_SEGMENT_SEPARATORS: Final = frozenset("^|:*")  # before a field of HL7 and X12 segments
# X12 segments that hold no procedure or diagnosis code: names, addresses, references, dates,
# the claim's and the payment's own numbers ('N4*SPOKANE*WA*99223~')
_X12_SEGMENT_BREAKS: Final = frozenset("~\n \t(\"'")
_X12_SEGMENTS_WITHOUT_CODES: Final = tuple(
    f"{name}*"
    for name in "N1 N3 N4 NM1 PER REF TRN CLP BPR DTM DTP ISA GS ST SE GE IEA PRV".split()
    + "AK1 AK2 AK9 IK3 IK4 IK5".split()  # a 999 acknowledgment's: '… IK4*3*116*7*99205~'
) + ("SVC*", "SV1*", "SV2*", "SV3*", "SV5*")  # a service line's codes sit in ':' composites
_DIAGNOSIS_HEADS: Final = ("icd", "dx", "diag")  # a pasted table's diagnosis columns: 'ICD', 'Dx1'
# a date or a long number: no header row's cell
_VALUES_IN_A_LINE: Final = re.compile(r"\d/\d|\d{4}")
_HEADER_WORD: Final = re.compile(r"\S+")
_DASH_CHARS: Final = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_UNIT_INITIALS: Final = "%umcphdwylksUMCPHDWYLKS"
# The ASCII characters that can begin a _RIGHT_TRAP match, and those that can come second when
# the first is a space (a digit group, a unit, a street). Running the pattern costs more than
# the rest of the checks on a code, and most codes are followed by ')', '?', ',' or a word.
_RIGHT_TRAP_FIRST: Final = (
    frozenset(".,: \t\n\r\f\v\x1c\x1d\x1e\x1f" + _UNIT_INITIALS) | _DASH_CHARS
)
_RIGHT_TRAP_AFTER_SPACE: Final = frozenset(
    " \t0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _UNIT_INITIALS
)
_CODE_BEFORE_DASH: Final = re.compile(
    r"(?<![0-9A-Za-z])"  # a whole token: not the end of 260310- or BR2026-
    rf"(?:\d{{4}}[A-Za-z]|\d{{5}}|[A-Za-z]\d{{4}}|[A-Za-z]\d[0-9A-Za-z]\.[0-9A-Za-z]{{1,4}})"
    rf"\s*[{DASHES}]\s*$"
)  # the end of a code before a range's dash: 93279-, 0408T–, J1100-, M99.00–
_PAYER_NAMED_BEFORE: Final = re.compile(
    r"\b(?:payer|carrier|plan|insurance)[ \t]*:[ \t]*[^\s():]+(?:[ \t][^\s():]+){0,2}[ \t]*\($", re.I
)
_A_PLAN_BEFORE: Final = re.compile(
    r"\b(?:Medicare|Medicaid|PPO|HMO|EPO|BCBS|Blue[ \t]+\w+|Aetna|Cigna|Humana|UHC|Tricare"
    r"|TRICARE)[ \t]*\($"
)
_AMOUNTS_AFTER: Final = re.compile(r"[ \t]{2,}\$?[\d,]+\.\d\d\b")
_WITH_A_MODIFIER_ON_IT: Final = re.compile(
    r" with (?:an? |the )?[0-9A-Z]{2} on (?:it|them|the line)\b"
)
_MODEL_AFTER: Final = re.compile(r"[ \t]*\((?:model|ref|part|cat(?:alog)?)\b", re.I)
_VISIT_WORDS: Final = frozenset(
    "follow-up followup f/u visit check recheck check-up checkup management workup".split()
)
_NOT_A_CONDITION: Final = frozenset(
    "room suite bed unit floor building form version line box station bay area zone".split()
)
_CODE_SHAPE: Final = rf"{CODE_SHAPE}(?![0-9A-Za-z])"
_AN_EDIT_ID: Final = re.compile(
    r"\][ \t]+(?:Ln|Line|Row|Severity|Sev|Error|Err|Warning|Warn|Info|Fatal|Reject)\b", re.I
)
# after its adjustment reason, or after a claim sent back or denied with it
_A_REMARK_BEFORE: Final = re.compile(
    r"(?:(?<![0-9A-Za-z./-])\d{1,3}[ \t]*/|\b(?:back|denied|rejected)[ \t]+(?:w/|with))[ \t]*$",
    re.I,
)
_ON_REMITTANCES_AFTER: Final = re.compile(
    r"[ \t]+on[ \t]+(?:a[ \t]+few|some|the|these|those|our|all|many)[ \t]+"
    r"(?:claims|remits|EOBs|lines)\b"
)
# the standard written: a claim's, a remittance's or an envelope's segments
_AN_X12_SEGMENT: Final = re.compile(r"\b(?:HI|SV1|SV2|SVC|CLM|NM1|CAS|ISA|GS|BPR|TRN|EB)\*")
_ANY_CODE: Final = re.compile(CODE_SHAPE)
# what is said of X12, the EDI standard (also a category of burns from hot fluids)
_EDI_WORDS: Final = re.compile(
    r"\b(?:EDI|ANSI|ASC|837[IP]?|835|27[0-7]|999|5010|segments?|loops?|transactions?|standard"
    r"|format|requires|envelope)\b",
    re.I,
)
_WITH_AFTER_A_CODE: Final = re.compile(rf"{CODE_SHAPE}\s+(?:with|w/)\s*$")
# a condition named before a bracketed code: 'diabetic polyneuropathy (E1142)'
# What the last word before a bracket names (_named_before_a_bracket): a condition by its
# ending, in any case, or by its abbreviation in capitals; a symptom; a body site.
_CONDITION_ENDINGS: Final = tuple(
    "itis pathy osis emia algia plegia trophy penia diabetes disease disorder syndrome fracture"
    " failure infection deficiency insufficiency hypertension obesity".split()
)
_A_CONDITION_AFTER_IN_BRACKETS: Final = re.compile(
    r"[ \t]*[-\u2013\u2014:=]\s*(?:[A-Za-z]+[ \t]+)?(?:uncontrolled|type[ \t]?[12]\b|T[12]DM\b"
    r"|DM2?\b|diabet|hypertens|[A-Za-z]+(?:itis|pathy|osis|emia|algia)\b)",
    re.I,
)
_A_CONDITION_IN_BRACKETS_AFTER: Final = re.compile(
    r" \((?:[A-Za-z]+[ \t]+){0,2}(?:[A-Za-z]+(?:itis|pathy|osis|emia|algia|oma)|cancer|diabetes"
    r"|hypertension)\b",
    re.I,
)
_CONDITION_ABBREVIATIONS: Final = frozenset(
    "RA AF MS OA COPD CHF CKD HTN CAD PAD PVD GERD DM DM2 T2DM UTI".split()
)
_SYMPTOMS: Final = frozenset(
    "numbness tingling weakness swelling dizziness fatigue cough fever rash nausea headache"
    " headaches pain".split()
)
_SITES: Final = frozenset(
    site + plural
    for site in "knee hip shoulder elbow wrist ankle foot hand back neck spine".split()
    for plural in ("", "s")
)
_KIND_OF_CLAIM_BEFORE: Final = re.compile(
    r"\b(?:professional|facility|institutional|technical|physician|hospital|pro|ASC)"
    r"[ \t]+claim[ \t]+$",
    re.I,
)
# a Medicare claim's status letter (suspense, return to provider, paid ...) before its location
_FISS_STATUSES: Final = frozenset("SPTRDIM")
_FISS_LOCATION_BEFORE: Final = re.compile(
    r"(?:\bin|/LOC|\bstatus|\blocation|\bloc)[ \t]+[SPTRDIM] $", re.I
)
# a JSON key before its value, and a key named in prose: 'the patient accountNumber "93017"'
_JSON_KEY_BEFORE: Final = re.compile(
    r'(?:"([A-Za-z_][A-Za-z0-9_]*)"[ \t]*:[ \t]*|\b([a-z]+[A-Z][A-Za-z]*)[ \t]+)"?$'
)
_ID_KEY_ENDS: Final = ("id", "number", "num", "nbr", "no")
_PREFIXED_VALUE: Final = re.compile(r'"[A-Za-z]{1,4}-$')  # '"B-72140"', '"RJ-2026-…' is no code
_CODE_KEY_WORDS: Final = ("code", "cpt", "hcpc", "proc", "dx", "icd", "diag", "mod", "service")
# a severity column after a report row's first cell: '58300  HIGH  604417 …  99213'
_SEVERITY_AFTER: Final = re.compile(
    r"[ \t]{2,}(?:HIGH|MED|MEDIUM|LOW|ERR|ERROR|WRN|WARN|WARNING|INFO|FATAL|CRITICAL)[ \t]{2,}"
)
_LOG_RESULT_LAST_LETTERS: Final = frozenset("RNGLJ")  # how ERR, WRN, WARNING, FAIL and REJ end
_LOG_RESULT_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:ERR|ERROR|WRN|WARN|WARNING|FAIL|REJ)[ \t]+$"
)
_CODE_LATER_ON_ITS_LINE: Final = re.compile(rf"[ \t]*\|[^\n]*?(?<![0-9A-Za-z]){_CODE_SHAPE}")
_CODE_LIST_AFTER: Final = re.compile(rf",[ \t]*{_CODE_SHAPE}[ \t]*(?:,|&|and\b)[ \t]*{_CODE_SHAPE}")
_ONE_CLAIM_BEFORE: Final = re.compile(r"\b(?:one|same|single|separate|each)\s+claim:$", re.I)
_OPENING_QUOTE_CHARS: Final = frozenset("\"\u201c'\u2018")
_HL7_MESSAGE_TYPE_BEFORE: Final = re.compile(r"(?:^|[|\s])[A-Z]{3}\^$")  # 'ADT^A08', then 'the A08'
# Countries whose postcodes have five digits and whose billing vendors write to US desks
_COUNTRY_AFTER: Final = re.compile(
    r",[ \t]*(?:Pakistan|India|Philippines|Mexico|Germany|France|Italy|Spain|Malaysia|"
    r"Indonesia|Thailand|Vietnam|Egypt|Turkey|Ukraine|Morocco|Colombia|Guatemala|"
    r"Rep\u00fablica Dominicana|Dominican Republic|Costa Rica|Honduras|El Salvador|Peru|Per\u00fa|"
    r"Ecuador|Chile|Argentina|Brazil|Brasil|Nigeria|Kenya|Ghana|Bangladesh|Sri Lanka|Nepal)\b"
)
_LIST_ENDS: Final = frozenset(("", ".", ",", ";", "?", "!", "\n", "\r"))
_EDIT_NUMBER_BEFORE: Final = re.compile(r"\bedit #?$", re.I)
_EDIT_NUMBER_ENDS: Final = frozenset(' :"\u201d\n')
# 'edit no. S5250'
_EDIT_CODE_BEFORE: Final = re.compile(r"\bedit (?:code [\"\u201c]?|no\. |#)?$", re.I)
_ANOTHER_CODE_AFTER: Final = re.compile(
    r"[ \t]*(?:/|,|&|\+|and\b|vs\.?|with\b)[ \t]*[0-9A-Za-z]\d{3}", re.I
)
# 'a specific dx for G0439': the diagnosis a service needs, the string after it the service
_DX_FOR_A_SERVICE: Final = re.compile(
    r"\b(?:dx|diagnos[ie]s|diagnosis)(?:[ \t]+codes?)?[ \t]+(?:for|on)[ \t]+(?:the[ \t]+)?$", re.I
)
_TWO_NUMBERED_MODIFIERS: Final = re.compile(r"-(\d\d)-([0-9A-Za-z]{2})(?![0-9A-Za-z])")
# UB-04 form locators of diagnoses: 67 principal, 67A-Q other, 69 admitting, 70a-c reason for visit
_UB04_DIAGNOSIS_FIELD: Final = re.compile(
    r"\bFL[ \t]*(?:67[A-Qa-q]?|69|70[a-cA-C]?)[ \t]*:?[ \t]*$"
)
# Z23, the encounter for immunization, goes with a vaccine and its administration
_VACCINES: Final = re.compile(
    r"vaccin|immuni[sz]|flu shot|\bG000[89]\b|\b9047[1-4]\b|\b9048\d\b", re.I
)
_MODIFIER_COLUMN: Final = re.compile(r"(?<![A-Za-z])mod(?:ifiers?|s)?[ \t]*1?(?![A-Za-z])", re.I)
_REMARK_HEADS: Final = frozenset(
    "rarc rarcs remark remarks rmk rc denial denials".split()
    + ["remark code", "reason code", "reason codes"]
)
_THE_ORDER: Final = ("the order", "this order", "that order", "correct order", "right order")
_THE_ORDER_REACH: Final = max(map(len, _THE_ORDER)) + 3  # 'is the correct order  97110-…'
_MEDICARE_IN_BRACKETS_BEFORE: Final = re.compile(r"\bMedicare\b[\w ]{0,8}\($", re.I)
_TERRITORY_AFTER: Final = re.compile(r"\)[ \t]+(?:territory|jurisdiction|region)\b", re.I)
_JURISDICTION_BEFORE: Final = re.compile(rf"\b(?:{MAC_NAMES})\b[^.?!\n\d]{{0,6}}$", re.I)
_PLACE: Final = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")  # 'München', 'Frankfurt am Main'
_FOREIGN_PHONE: Final = re.compile(r"\+(?!1\b)\d{1,3}[ \t.-]?\(?\d")
_TRACE_HEADS: Final = ("trn", "trace", "check", "chk", "eft")
_CODE_HEADS: Final = frozenset("cpt hcpcs cpt/hcpcs code codes proc procedure dx icd hcpc".split())
_CAMEL_HUMP: Final = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # 'AcctNo' -> 'Acct No'; not 'ApptID'
_ID_ENDINGS: Final = (
    "id", " no", " nbr", " num", " number", "acct", " account", "mrn", "har", "zip", "elig", " ref",
    "status",  # 'vfc_status' over 'V02': a status, never a code
)
# words that end like 'ApptID' and name no identifier: 'Billed | Paid'
_NOT_ID_ENDINGS: Final = ("paid", "void", "valid", "grid", "fluid")
# Column names that hold identifiers wherever the column stands ('Batch  Claim  Svc Date')
_ID_HEADS: Final = frozenset(
    """acct account claim enc encounter batch invoice inv mrn har case accession cdm ticket
    order member chart npi tin icn dcn ccn eft trace check patient pt edit rule model serial lot
    sn""".split()
)
# a laboratory's or a system's own codes for its tests and orders: 'test_code' beside 'cpt'
_LOCAL_CODE_HEADS: Final = frozenset(
    ("test code", "order code", "lab code", "local code", "internal code")
)
_ID_COLUMNS: Final = frozenset(
    "cdm|charge|enc|encounter|row|acct no|claim no|case|har|accession|specimen|req|requisition"
    .split("|")
)
# not a date's year, nor a revenue code before its HCPCS ('0301 80053'): no 4-digit group of a
# phone number starts with 0
_PHONE_GROUP_BEFORE: Final = re.compile(r"(?<![A-Za-z0-9/])(?:\d{3}|[1-9]\d{3})[ .]$")
# Words that may be glued to a code with a hyphen and name it as one (CPT-99213, DX-I10).
_CODE_WORDS: Final = frozenset("CPT HCPCS HCPC CODE CODES DX ICD PX PROC CAT CATEGORY ADD".split())


def _with_modifiers(mention: CodeMention, modifiers: tuple[str, ...]) -> CodeMention:
    return CodeMention(
        mention.code,
        mention.system,
        mention.category,
        mention.span,
        modifiers,
        mention.alternative,
        mention.notes,
    )


def _code_hits(text: str, lower: str, pairs: list[tuple[int, str]]) -> list[CodeMention]:
    """Code mentions (no modifiers yet); two-character upper-case tokens met on the way go to
    `pairs`."""
    if not text.isascii() and _OTHER_DIGIT_AFTER_ALNUM.search(text):
        found = _shaped_tokens_from_start(text, pairs)
    else:
        found = _shaped_tokens(text, pairs)
    if not found:
        return []
    has_dx_context = None  # known once a letter-and-digits string needs it
    plus = "+" in text
    hits = []
    id_tails: set[str] = set()
    labelled_end = -1  # where the last number a label names ends: 'acct 99283 and 45380'
    for kind, s, e in found:
        if (
            labelled_end >= 0
            and kind == "num"
            and _LIST_GAP.fullmatch(text, labelled_end, s)
            and text[e : e + 1] in _LIST_ENDS
        ):
            labelled_end = e  # the label names the whole list: 'flagged acct 99283 and 45380.'
            continue
        labelled_end = -1
        if _trapped(text, s, e, kind, plus):
            if kind == "num" and text[e : e + 1] in " ," and identifier_before_at(text, s):
                labelled_end = e
            if s > 1 and (
                # the end of an identifier, not its middle ('PO-99454-B')
                (
                    text[s - 1] in _DASH_CHARS
                    and text[s - 2].isalnum()
                    and not (text[e : e + 1] in _DASH_CHARS and text[e + 1 : e + 2].isalnum())
                )
                or (text[s - 1] == ":" and text[s - 2].isalpha())
                or (text[s - 1] == "^" and _HL7_MESSAGE_TYPE_BEFORE.search(text, max(0, s - 5), s))

                or (
                    _opens_a_cell(text[s - 1], text[s - 2])  # '02/24/2026 | 40871 |'
                    and _in_an_identifier_column(text, s)
                    and not _again_in_its_row(text, s, e)  # 'CDM 36415 … HCPCS 36415'
                    and not _in_a_zip_column(text, s)  # a ZIP names a place, not a claim
                )
            ):
                # the tail of 'RX2605-00981', 'FB:77540'; a row's 'Pat acct' '90471'
                id_tails.add(text[s:e].upper())
            continue
        if kind == "alnum" and has_dx_context is None:
            has_dx_context = _has_dx_context(found, lower)
        hit = _classify(text, kind, s, e, bool(has_dx_context))
        if hit is not None:
            hits.append(hit)
    if id_tails:  # '- 00981 and 01122 went out global': an identifier named by its tail
        id_tails = {t for t in id_tails if not _written_as_a_code(text, t)}
        hits = [h for h in hits if not _names_an_identifier(text, h, id_tails)]
    if has_dx_context:
        hits = _without_remark_codes(text, hits)
    if "zip" in lower and hits:
        hits = [h for h in hits if not _a_zip_named_again(text, h)]
    _read_lists_as_diagnoses(text, hits)  # also a lower-case writer's 'e1165 + z794'
    return hits


def _a_zip_named_again(text: str, hit: CodeMention) -> bool:
    """Whether five digits in a sentence about ZIPs are a ZIP the message wrote after its state
    ('Troy, ID 83871' … 'Pickup ZIP: the residence is in 83871')."""
    s, e = hit.span
    if e - s != 5 or not text[s:e].isdigit():
        return False
    if "zip" not in text[max(0, s - 40) : s].lower():
        return False
    return any(state_before(text, m.start()) for m in re.finditer(text[s:e], text))


def _column_name(text: str, s: int) -> str | None:
    """The lower-cased name of the pasted-table column that holds position s ('pickup zip' for
    'pickup_zip'), or None outside a table."""
    head = column_head(text, s)
    return None if head is None else head.lower().strip(" #:.").replace("_", " ")


def _in_a_zip_column(text: str, s: int) -> bool:
    """Whether the string sits under a ZIP column ('pickup_zip')."""
    name = _column_name(text, s)
    return name is not None and ("zip" in name or "postal" in name)


def _again_in_its_row(text: str, s: int, e: int) -> bool:
    """Whether the string at s:e is written again later on its own line, in a column that holds
    codes, or in one a header does not name ('CDM 36415 … HCPCS 36415'; not 'check_no 60517 …
    trn02 60517')."""
    line_end = text.find("\n", e)
    again = text.find(text[s:e], e, len(text) if line_end < 0 else line_end)
    if again < 0:
        return False
    cell = _column_name(text, again)
    if cell is None:
        return True
    return cell.split(" ", 1)[0] in _CODE_HEADS or not (
        _names_identifiers(cell) or cell in _ID_HEADS or cell.startswith(_TRACE_HEADS)
    )


def _written_as_a_code(text: str, value: str) -> bool:
    """Whether the message writes `value` somewhere as only a code is written: with a modifier
    glued on ('15275-RT', 'HC:15275:RT') or in a procedure composite ('HC:15275')."""
    return bool(re.search(rf"(?:HC[:>]){value}|{value}[-:][0-9A-Z]{{2}}\b", text, re.I))


def _names_an_identifier(text: str, hit: CodeMention, id_tails: set[str]) -> bool:
    """Whether a mention is the tail of an identifier the message wrote whole elsewhere
    ('RX2605-00981' in a pasted table, then '00981 went out global'), with no modifier glued
    to it."""
    s, e = hit.span
    return text[s:e].upper() in id_tails and text[e : e + 1] not in _DASH_CHARS


def _without_remark_codes(text: str, hits: list[CodeMention]) -> list[CodeMention]:
    """Short undotted ICD-10-CM shapes that are remark codes: 'came back CO-119 with N640 on
    the remit', 'remark N20 ... added M80'. A string read so once is read so everywhere in the
    message ('N362: days or units billed ...' under a remittance table)."""
    short = [
        h
        for h in hits
        if h.system == "ICD-10-CM"
        and h.span[1] - h.span[0] <= 4
        and not _in_a_diagnosis_column(text, h.span[0])  # 'C61' under 'DX2', beside 'CARC'
    ]
    if not short:
        return hits
    remarks = {
        text[slice(*h.span)].upper()
        for h in short
        if _among_remark_codes(text, *h.span)
        or _labelled_remark(text, text[slice(*h.span)])
        or _ADJUSTMENT_BEFORE.search(text, max(0, h.span[0] - 16), h.span[0])
        # 'DENIED   119 / N362', 'payer kicked 77003 back w/ N20', 'We also see N19 on a few
        # claims'
        or (
            text[h.span[0]] in "MNmn"
            and (
                _A_REMARK_BEFORE.search(text, max(0, h.span[0] - 24), h.span[0]) is not None
                or _ON_REMITTANCES_AFTER.match(text, h.span[1]) is not None
            )
        )
        or _EDIT_RESULT_BEFORE.search(text, max(0, h.span[0] - 12), h.span[0])
        or _in_a_remark_column(text, h.span[0])
    }
    if not remarks:
        return hits
    return [h for h in hits if h not in short or text[slice(*h.span)].upper() not in remarks]


def _in_a_remark_column(text: str, s: int) -> bool:
    """Whether the string sits in a pasted table's RARC or remark column ('RARC' over 'M124',
    beside an 'ICD' column)."""
    return text.rfind("\n", 0, s) >= 0 and _column_name(text, s) in _REMARK_HEADS


def _read_lists_as_diagnoses(text: str, hits: list[CodeMention]) -> None:
    """An ambiguous string listed with diagnoses and no procedure is one: 'lung cancer (C3490,
    Z51.12)', not '20610, J3301, M17.11'. Both directions, so that a run of them follows the
    diagnosis at its end."""
    if not any(h.alternative for h in hits):
        return
    _one_reading(text, hits)
    for order in (range(len(hits)), range(len(hits) - 1, -1, -1)):
        for i in order:
            hit = hits[i]
            if hit.system != "HCPCS" or hit.alternative is None:
                continue
            listed = [
                hits[j]
                for j in (i - 1, i + 1)
                if 0 <= j < len(hits) and _LIST_GAP.fullmatch(text, *_gap(hit, hits[j]))
            ]
            if any(n.system == "ICD-10-CM" for n in listed) and all(
                n.system == "ICD-10-CM" or n.alternative for n in listed
            ):
                hits[i] = _ambiguous(text, hit.code, *hit.span, diagnosis=True)
    _one_reading(text, hits)  # 'i10, e785, e1165, z794 … instead of e1165': the list's reading


def _one_reading(text: str, hits: list[CodeMention]) -> None:
    """One string, one reading: 'dx order for e1165 …' makes every other 'e1165' the
    diagnosis, and so does the diagnosis written with its dot ('CKD - E1122 … the correct set
    is E11.22')."""
    as_diagnoses = {h.alternative for h in hits if h.alternative and h.system == "ICD-10-CM"}
    as_diagnoses.update(f"ICD-10-CM {h.code}" for h in hits if h.system == "ICD-10-CM")
    if not as_diagnoses:
        return
    for i, hit in enumerate(hits):
        if hit.system == "HCPCS" and (
            f"HCPCS {hit.code}" in as_diagnoses or hit.alternative in as_diagnoses
        ):
            hits[i] = _ambiguous(text, hit.code, *hit.span, diagnosis=True)


def _gap(a: CodeMention, b: CodeMention) -> tuple[int, int]:
    """The text between two mentions, in text order."""
    return (a.span[1], b.span[0]) if a.span[0] < b.span[0] else (b.span[1], a.span[0])


def _has_dx_context(found: list[tuple[str, int, int]], lower: str) -> bool:
    """Whether the message speaks of diagnoses: a dotted ICD-10-CM code or a word for it."""
    return any(kind == "dot" for kind, _, _ in found) or any(w in lower for w in _DX_SUBSTRINGS)


def _shaped_tokens(text: str, pairs: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """(shape, start, end) of the code-shaped tokens, by _TOKEN."""
    found = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        s, e = match.start() - 1, match.end()
        if kind is None and e - s == 3 and (s < 0 or text[s] not in _ASCII_ALNUM):
            s += 1  # a two-character token, matched from its first character
        if kind is not None:
            if kind == "alnum" and e - s == 7 and text[e - 2 : e].isalpha():
                e = _without_glued_modifier(text, s, e)  # J3301jw
            elif kind == "alnum" and e - s > 6 and text[s + 5] == "X" and _a_glued_count(text, s, e):
                e = s + 5  # 'J3301X4' in capitals: four units of J3301
            found.append((kind, s, e))
        elif e - s == 2:
            pairs.append((s, text[s:e]))
        else:  # a glued quantity (99417x2) or modifier (20610rt), or a dotted part
            shaped = _glued_shape(text, s, e)
            if shaped is not None:
                found.append(shaped)
    return found


def _shaped_tokens_from_start(
    text: str, pairs: list[tuple[int, str]]
) -> list[tuple[str, int, int]]:
    """(shape, start, end) of the code-shaped tokens, by _TOKEN_FROM_START."""
    found = []
    for match in _TOKEN_FROM_START.finditer(text):
        s, e = match.span()
        if e - s == 2:
            pairs.append((s, text[s:e]))
            continue
        shaped = _glued_shape(text, s, e)
        if shaped is not None:
            found.append(shaped)
    return found


def _without_glued_modifier(text: str, s: int, e: int) -> int:
    """The end of the code in text[s:e] when a modifier is glued on ('20610rt', '85610QW',
    'J3301jw'; attached with the others, by _attach), else e. A whole ICD-10-CM code stays."""
    if not _may_be_glued_modifier(text[e - 2 : e]):
        return e
    if text[s].isalpha() and icd.is_code(text[s:e].upper()):
        return e  # T1490XS is an ICD-10-CM code, not T1490 with XS
    return e - 2


def _a_glued_count(text: str, s: int, e: int) -> bool:
    """Whether a HCPCS code has a count glued on after an X ('J3301X4'), where no ICD-10-CM code
    is written so."""
    return text[s + 1 : s + 5].isdigit() and text[s + 6 : e].isdigit() and not icd.is_code(
        text[s:e].upper()
    )


def _glued_shape(text: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The shape of a token, a glued quantity cut off first (99417x2 -> 99417)."""
    token = text[s:e]
    if "x" in token or "X" in token:
        glued = _GLUED_QUANTITY.search(token)
        if glued is not None and (token[glued.start()] != "X" or glued.start() == 5):
            e = s + glued.start()
    if e - s > 6 and text[e - 2 : e].isalpha() and text[e - 3].isdigit():
        e = _without_glued_modifier(text, s, e)
    elif e - s == 9 and _two_glued_modifiers(text, s + 5) is not None:
        e = s + 5  # '97110GPKX', as a system prints a line
    elif e - s == 6 and token[5] == "s" and token[:5].isdigit() and token[3:5] != "00":
        e -= 1  # a plural: 'stop using GT on my 99214s'; not a series, 'the 99200s'
    if e - s > _LONGEST_SHAPE:
        return None
    shape = _SHAPE.fullmatch(token, 0, e - s)
    return None if shape is None else (shape.lastgroup or "", s, e)


def _two_glued_modifiers(text: str, at: int) -> re.Match[str] | None:
    """Two modifiers glued onto a five-character code and each other, in one case and with no
    vowel, so no word: the 'GPKX' of '97110GPKX', not the 'THEN' of '99213THEN'."""
    two = _TWO_GLUED.match(text, at)
    if two is None or not text[at - 1].isdigit() or not (
        two.group().isupper() or two.group().islower()
    ):
        return None
    if any(ch in "AEIOUaeiou" for ch in two.group()):
        return None
    return two if all(_may_be_written_modifier(two.group(i)) for i in (1, 2)) else None


def _classify(text: str, kind: str, s: int, e: int, has_dx_context: bool) -> CodeMention | None:
    token = text[s:e]
    if kind == "num":
        n = int(token)
        for lo, hi in CPT_I_RANGES:
            if lo <= n <= hi:
                return CodeMention(token, "CPT", "I", (s, e), ())
        return None
    if kind == "dot":
        return _dotted_icd(text, token, s, e)
    if kind == "cat":
        if token[4] in "Ff" and "loop" in text[max(0, s - 30) : e + 12].lower():
            return None  # 'in the 2310F loop', 'Loop 2310E/2310F': an 837's loop, named
        return _cpt_letter(token, s, e)
    return _alnum(text, token, s, e, has_dx_context)


def _names_oasis(text: str) -> bool:
    """Whether the message speaks of a home-health OASIS assessment, whose items are M0010-M2420."""
    return "OASIS" in text or "oasis" in text.lower()


def _an_mds_item(text: str, s: int, e: int) -> bool:
    """Whether a letter and four digits name an item of a nursing home's MDS assessment, in a
    message that speaks of the MDS: labelled as an item ('K0100 swallowing item', 'I8000
    (additional active dx)', 'in I8000'), or after another item or the word ('MDS I0020B /
    I8000')."""
    return (
        bool(_MDS_ITEM_AFTER.match(text, e))
        or text[max(0, s - 3) : s] == "in "
        or bool(_MDS_ITEM_BEFORE.search(text, max(0, s - 12), s))  # 'MDS I0020B / I8000'
    )


def _names_hl7s_coding_system(text: str, s: int) -> bool:
    """Whether a prose 'I10' names the coding system of the pasted HL7 segments that use it
    ('^I10', 'DG1|1|I10|'): outside a segment's line and with no diagnosis word right before it
    ('dx I10' is the code still)."""
    if "^I10" not in text and "|I10|" not in text:
        return False
    line_start = text.rfind("\n", 0, s) + 1
    if _HL7_SEGMENT_START.match(text, line_start):
        return False  # a field of a segment: 'DG1|4|I10|I10^ESSENTIAL HYPERTENSION^I10'
    return not _DX_WORDS.search(text, max(line_start, s - 12), s)


def _an_hl7_event(text: str, code: str, s: int) -> bool:
    """Whether a category-shaped token is an HL7 admission event named in a message that
    speaks of ADT traffic ('the A04 and the A06', 'An A08 also came through'), outside a DG1
    segment (after its message type, 'ADT^A04', it is a field of a segment without codes)."""
    return (
        code[0] == "A"
        and code[1:].isdigit()
        and int(code[1:]) <= _LAST_ADT_EVENT
        and "ADT" in text
        and not _in_a_dg1_segment(text, s)
    )


def _in_a_dg1_segment(text: str, s: int) -> bool:
    """Whether the string is a field of an HL7 DG1 (diagnosis) segment."""
    line_start = text.rfind("\n", 0, s) + 1
    return text[line_start : line_start + 4] == "DG1|"


def _named_condition_before(text: str, token: str, s: int, e: int) -> bool:
    """Whether a category stands in brackets after a lower-case word that is no place or label
    ('syncope (R55)', 'for syncope, R55.'; not 'room (C12)'): a condition and its code. In lower
    case only a billable code in brackets ('pt w/ syncope (r55)')."""
    upper = token.isupper()
    if upper and text[s - 2 : s] == ", " and text[e : e + 1] in (".", ";", "\n", "", ")"):
        word = _condition_word_before(text, s, s - 2)  # 'a hypertension follow-up, I10)'
        return word.islower() and _a_condition(word)
    if text[s - 1 : s] != "(" or text[e : e + 1] != ")" or text[s - 2 : s - 1] != " ":
        return False
    if not upper:
        if icd.look_up(token.upper()) != (True, True):
            return False
    elif text[s - 3 : s - 2].isupper():  # 'a patient with MS (G35)', 'HTN (I10)': its abbreviation
        word = text[max(0, s - 8) : s - 2].rsplit(None, 1)[-1]
        return 2 <= len(word) <= 5 and word.isalpha() and word.lower() not in ID_WORDS
    before = s - 2
    if text[before - 1 : before] in ('"', "\u201d"):
        before -= 1  # '"syncope, likely vasovagal" (R55)': the note's words, quoted
    if not text[before - 1 : before].islower():
        return False
    return _a_condition(_condition_word_before(text, s, before).lower())


def _condition_word_before(text: str, s: int, end: int) -> str:
    """The last word before `end` (within 40 characters of the string at s), past a visit's
    word ('a hypertension follow-up (I10)': the condition the visit was for); '' when none."""
    words = text[max(0, s - 40) : end].split()
    if len(words) >= 2 and words[-1].lower() in _VISIT_WORDS:
        words.pop()
    return words[-1] if words else ""


def _a_condition(word: str) -> bool:
    """Whether a lower-case word before a category may name a condition: no place or label, and
    no verb's past ('check denied (M15)')."""
    return word.isalpha() and word not in _NOT_A_CONDITION and not word.endswith("ed")


def _dotted_icd(text: str, token: str, s: int, e: int) -> CodeMention | None:
    if s > 0 and text[s - 1] == ".":  # file.v10.txt
        return None
    if token[0] == "v" and token[1:].replace(".", "").isdigit():
        return None  # software v11.5: a version, never a lower-case ICD-10-CM V code
    code = token.upper()
    known, billable = icd.look_up(code)
    if known:
        if billable:
            return CodeMention(code, "ICD-10-CM", "", (s, e), ())
        note = f"{code} is an ICD-10-CM category or subcategory, not a billable code"
        return CodeMention(code, "ICD-10-CM", "", (s, e), (), notes=(note,))
    if code[-1] == "X":
        return None  # 'M54.5x': a family of codes, written with a wildcard; no code ends in X
    if token[0].isupper() and _DOTTED_DIAGNOSIS.fullmatch(code):
        return CodeMention(
            code, "ICD-10-CM", "", (s, e), (), notes=(f"{code} is not in ICD-10-CM FY2026",)
        )
    return None


_DOTTED_DIAGNOSIS: Final = re.compile(r"[A-Z]\d{2}\.\d[0-9A-Z]{0,3}")


def _cpt_letter(token: str, s: int, e: int) -> CodeMention | None:
    code = token.upper()
    number, letter = int(code[:4]), code[4]
    if letter == "F" and number >= 1:
        return CodeMention(code, "CPT", "II", (s, e), ())
    if letter == "T" and 1 <= number <= 1999:
        return CodeMention(code, "CPT", "III", (s, e), ())
    if letter in "UM" and code[0] == "0" and number >= 1:  # PLA and MAAA codes are Category I
        return CodeMention(
            code, "CPT", "I", (s, e), (), notes=(f"{code} is a Category I {letter}-code",)
        )
    return None


def _alnum(text: str, token: str, s: int, e: int, has_dx_context: bool) -> CodeMention | None:
    code = token.upper()
    if len(code) == 3 and _an_hl7_event(text, code, s):
        return None  # 'An A08 also came through': an HL7 message's trigger event
    if len(code) == 3 and _MODEL_AFTER.match(text, e):
        return None  # 'the Somnaro S11 (model 37402)': a product's name
    if token[0] == "x" and token[1:].isdigit() and text[:s].rstrip(" \t")[-1:].isalnum():
        return None  # 'J1569   x140   IVIG': a count after its code
    if text[s - 1 : s] == "[" and _AN_EDIT_ID.match(text, e):
        return None  # '[E1042] Ln 1  45385-PT': a scrubber edit's ID opening a report line
    if code == "X12" and (
        _EDI_WORDS.search(text, max(0, s - 120), e + 40) or _AN_X12_SEGMENT.search(text)
    ):
        # 'dx codes without the decimal as X12 requires', 'the 837I HI segment went out as …
        # I thought X12 never carries the decimal': the EDI standard
        return None
    if code == "I10" and _names_hl7s_coding_system(text, s):
        return None  # 'what the "I10" is at the end of every diagnosis' in an HL7 paste
    if code[0] == "M" and len(code) == 5 and code[1] in "012" and _names_oasis(text):
        return None  # 'in M1021 (primary)': an OASIS item of a home-health assessment
    if token[1:].isdigit() and _EDIT_CODE_BEFORE.search(text, max(0, s - 12), s):
        return None  # 'Edit W2211 "mod conflict"', 'edit code "E4412': a scrubber's edit, by number
    if len(code) == 3 and code[:2] == "V2" and "HCC" in text:
        return None  # 'HCC capture under V28': the CMS-HCC model's version, not a category
    if len(code) == 5 and "MDS" in text and _an_mds_item(text, s, e):
        return None  # 'I8000 (additional active dx)', 'K0100 swallowing item': MDS 3.0 items
    if text[max(0, s - 4) : s].upper() in _X12_DIAGNOSIS_QUALIFIERS or (
        text[s - 1 : s] == "|" and _in_a_dg1_segment(text, s)
    ):
        has_dx_context = True  # 'HI*ABK:M1711', 'DG1|2|I10|J9601^…': a diagnosis, never HCPCS
    elif len(code) == 5 and code[1:].isdigit():
        series = HCPCS_SERIES.get(code[0])
        hcpcs_ok = series is not None and series[0] <= int(code[1:]) <= series[1]
        # in brackets after what it diagnoses: 'diabetic polyneuropathy (E1142)', 'RA (M0579',
        # a symptom where no drug's J-code is meant ('hand numbness (G5603)'), or a body site
        # for the chapters of sites ('INJECTED R KNEE (M1711)')
        after_a_condition = text[s - 1 : s] == "(" and (
            _named_before_a_bracket(text, s, code)
            # or named after it: 'glucometers (E1165 -⏎uncontrolled T2DM, per the doc)'
            or _A_CONDITION_AFTER_IN_BRACKETS.match(text, e) is not None
        )
        # or before the condition it names in brackets: 'for C3411 (RUL adenocarcinoma)'
        after_a_condition = after_a_condition or (
            text[e : e + 2] == " (" and _A_CONDITION_IN_BRACKETS_AFTER.match(text, e) is not None
        )
        if hcpcs_ok and text[max(0, s - 3) : s] == "HC:":
            return CodeMention(code, "HCPCS", "II", (s, e), ())  # 'SVC*HC:G0439': X12 says so
        icd_ok = icd.is_code(code) and (
            has_dx_context
            or _in_a_diagnosis_column(text, s)
            or (token.islower() and writes_in_lower_case(text))  # 'e1165 + z794 or just e119?'
            or after_a_condition
        )
        if hcpcs_ok and icd_ok:
            return _ambiguous(text, code, s, e, diagnosis=after_a_condition)
        if hcpcs_ok:
            return CodeMention(code, "HCPCS", "II", (s, e), ())
    elif code[0] == "J" and (
        _JURISDICTION_BEFORE.search(text, max(0, s - 30), s)
        or (len(code) == 3 and _MEDICARE_IN_BRACKETS_BEFORE.search(text, max(0, s - 30), s))
        or (len(code) == 3 and text[s - 1 : s] == "(" and _TERRITORY_AFTER.match(text, e))
    ):
        # 'Medicare (CGS, J15)', 'Medicare Part B (J15)', "We're in (J15) territory": a MAC
        # jurisdiction
        return None
    elif len(code) < 6 and _UB04_DIAGNOSIS_FIELD.search(text, max(0, s - 12), s):
        has_dx_context = True  # 'FL 67A: R112': a UB-04 diagnosis field
    elif code == "Z23" and _VACCINES.search(text):
        has_dx_context = True  # 'plus z23' beside a flu shot: the immunization encounter
    elif len(code) == 3 and not has_dx_context and _in_a_diagnosis_column(text, s):
        has_dx_context = True  # 'C61' under 'DX2'
    elif len(code) == 3 and not has_dx_context and _named_condition_before(text, token, s, e):
        has_dx_context = True  # 'syncope (R55)', 'her blood pressure (I10)'
    elif (
        len(code) == 3
        and not has_dx_context
        and _WITH_AFTER_A_CODE.search(text, max(0, s - 24), s)
        and icd.look_up(code) == (True, True)
    ):
        has_dx_context = True  # 'we report 3074F and 3078F with⏎I10': the claim's diagnosis
    elif (
        len(code) == 4
        and not has_dx_context
        and icd.look_up(code) == (True, True)
        and _named_condition_before(text, token, s, e)
    ):
        has_dx_context = True  # 'for COPD (J449)': a billable subcategory after its condition
    elif len(code) == 3 and token.islower() and _listed_after_a_lower_diagnosis(text, code, s):
        has_dx_context = True  # 'z794 long term insulin, e785 and i10': a list of diagnoses
    elif len(code) == 3 and (token != code or _list_label(text, s, e)):
        if token == code or not (
            _lower_case_diagnosis(text, code, has_dx_context)
            or _LISTED_AFTER_A_DIAGNOSIS.search(text, max(0, s - 12), s)
            or _named_condition_before(text, token, s, e)  # 'syncope (r55)' in a dx message
            or (  # 'dx c61', 'htn i10': a diagnosis label or a condition's abbreviation before it
                _DX_OR_CONDITION_BEFORE.search(text, max(0, s - 8), s)
                and icd.look_up(code) == (True, True)
            )
        ):
            return None  # b12, a1c: words, not categories; 'Q25.' at a line start numbers a list
    # Five or more characters that can only be ICD-10-CM (M5451, T82897A) need no context;
    # shorter ones (I10, N851, E119) are too easily something else.
    icd_only = len(code) >= 5 and token == code
    if not (has_dx_context or icd_only or (len(code) >= 4 and token.islower())):
        return None
    known, billable = icd.look_up(code)
    if not known:
        return None
    if not (
        has_dx_context
        or icd_only
        or (billable and (len(code) >= 6 or writes_in_lower_case(text)))
    ):
        # 'm5416' counts from a sender who writes all in lower case; a billable code of six or
        # seven characters ('tear s83241a') from anyone
        return None
    dotted = icd.dotted(code)
    notes = []
    if len(code) > 3:
        notes.append(f"{token} written without the dot: read as {dotted}")
    if not billable:
        notes.append(f"{dotted} is an ICD-10-CM category or subcategory, not a billable code")
    return CodeMention(dotted, "ICD-10-CM", "", (s, e), (), notes=tuple(notes))


def _named_before_a_bracket(text: str, s: int, code: str) -> bool:
    """Whether the word before the bracket that opens at s - 1 names a condition ('diabetic
    polyneuropathy (E1142)', 'RA (M0579'), a symptom where no drug's J-code is meant ('hand
    numbness (G5603)'), or a body site for the chapters of sites ('INJECTED R KNEE (M1711)')."""
    head = text[max(0, s - 40) : s - 1].rstrip(" \t")
    if head.lower().endswith(_CONDITION_ENDINGS):
        return True
    start = len(head)
    while start and (head[start - 1].isalnum() or head[start - 1] == "_"):
        start -= 1
    word = head[start:]
    if word in _CONDITION_ABBREVIATIONS:
        return True
    word = word.lower()
    return (code[0] != "J" and word in _SYMPTOMS) or (code[0] in "MS" and word in _SITES)


def _listed_after_a_lower_diagnosis(text: str, code: str, s: int) -> bool:
    """Whether a billable three-character category follows, in a list, a lower-case string that
    can only be ICD-10-CM ('e785 and i10', 'z794, i10'; not 'j1100, i10', which may be HCPCS)."""
    before = _LOWER_DIAGNOSIS_LISTED.search(text, max(0, s - 16), s)
    if before is None or icd.look_up(code) != (True, True):
        return False
    prev = before.group(1).replace(".", "")
    return not (len(prev) == 5 and prev[1:].isdigit()) and icd.look_up(prev.upper())[0]


def _lower_case_diagnosis(text: str, code: str, has_dx_context: bool) -> bool:
    """Whether a lower-case three-character string is a diagnosis: a billable ICD-10-CM code,
    in a message about diagnoses from a sender who writes in lower case ('pt also had bp f/u
    i10'), where such a sender's 'b12' or 'a1c' is no code (neither is one)."""
    return has_dx_context and icd.look_up(code) == (True, True) and writes_in_lower_case(text)


def _sentence(text: str, s: int, e: int) -> str:
    """The sentence around text[s:e]: from after the last '. ', '? ', '! ' or blank line before
    it to the next one (line breaks inside a sentence kept; dots inside codes are not ends)."""
    lo = _sentence_start(text, s, max(0, s - 300))
    his = [at for end in _SENTENCE_ENDS if (at := text.find(end, e, e + 300)) >= 0]
    return text[lo : min(his) + 1 if his else e + 300]


def _sentence_start(text: str, s: int, earliest: int = 0) -> int:
    """Where the sentence holding text[s] starts (see _sentence): after the last sentence end
    found from `earliest` on, or the start of the text when there is none."""
    return max(text.rfind(end, earliest, s) for end in _SENTENCE_ENDS) + 1


def _labelled_remark(text: str, written: str) -> bool:
    """Whether the message names the string a remark code somewhere ('(RARC M15)'), where the
    label made it no code at all."""
    return re.search(rf"\b(?:rarc|remark(?: code)?)s?\W{{0,3}}{written}\b", text, re.I) is not None


def _among_remark_codes(text: str, s: int, e: int) -> bool:
    """Whether a short undotted string sits in a sentence about a remittance's codes and
    not about diagnoses."""
    sentence = _sentence(text, s, e)
    return bool(_REMARK_CUE.search(sentence)) and not _DX_WORDS.search(sentence)


def _list_label(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] starts its line and is followed by '.' or ')' and a blank: 'Q25. ...'."""
    if text[e : e + 1] not in (".", ")") or not text[e + 1 : e + 2].isspace():
        return False
    line_start = text.rfind("\n", 0, s) + 1
    return not text[line_start:s].strip()


def _in_a_diagnosis_column(text: str, s: int) -> bool:
    """Whether the string sits in a pasted table's column of diagnoses ('ICD', 'Dx1', 'Diag'),
    or, in a table lined up with blanks, right under such a header word ('MIN ASA DX1')."""
    if s < 2 or text[s - 1] in "\n\r" or not _opens_a_cell(text[s - 1], text[s - 2]):
        return False  # a cell after another one
    head = column_head(text, s)
    if head is None:
        return False
    if head.lower().startswith(_DIAGNOSIS_HEADS):
        return True
    if " " not in head:
        return False
    line_start = text.rfind("\n", 0, s) + 1
    header = table_header(text, line_start)
    column = s - line_start
    return header is not None and any(
        m.start() == column and m.group().lower().startswith(_DIAGNOSIS_HEADS)
        for m in _HEADER_WORD.finditer(header)
    )


_DIAGNOSIS_OPENS_BRACKETS: Final = re.compile(r"\([A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}\b[^()]*$")
_WITHOUT_ITS_DOT: Final = re.compile(
    r"\b(?:without|no|drops?|dropped|missing)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:dot|decimal)\b", re.I
)


def _dx_named_after(text: str, e: int, sentence_end: int) -> bool:
    """Whether the sentence names a diagnosis after the string with no other code between ('picked
    j1100 as the first dx'); not 'G0439 with 99213-25, Dx Z00.00', where the label names what
    follows it."""
    named = _DX_WORDS.search(text, e, sentence_end)
    return named is not None and _ANY_CODE.search(text, e, named.start()) is None


# a procedure code and a plus before, perhaps past one more letter-code: '99213-25 + G2211 + '
_SERVICES_ADDED_BEFORE: Final = re.compile(
    r"(?<![0-9A-Za-z])\d{4}[0-9A-Z](?:-[A-Z0-9]{2})*[ \t]*\+[ \t]*(?:[A-Z]\d{4}[ \t]*\+[ \t]*)?$"
)


def _ambiguous(
    text: str, code: str, s: int, e: int, *, diagnosis: bool = False
) -> CodeMention:
    """A string that is both HCPCS and ICD-10-CM (J1100 / J11.00): HCPCS unless the sentence
    speaks of a diagnosis, or the string is known for one (`diagnosis`: listed with diagnoses,
    or in brackets after a condition), and not of a drug or supply."""
    dotted = icd.dotted(code)
    sentence_start = max(text.rfind(c, 0, s) for c in ".?!\n") + 1
    before = text[sentence_start:s]
    after = text[e : e + 40]
    sentence_end = min((at for c in ".?!\n" if (at := text.find(c, e)) >= 0), default=len(text))
    dx = (
        diagnosis
        or (bool(_DX_WORDS.search(before)) and not _DX_FOR_A_SERVICE.search(before))
        or _in_a_diagnosis_column(text, s)  # 'ICD' over 'G4733'
        or _dx_named_after(text, e, sentence_end)  # 'picked j1100 as the first dx'
        # '(E11.65 with Z79.4, and two with E1065)': in brackets that open with a diagnosis
        or _DIAGNOSIS_OPENS_BRACKETS.search(text, max(0, s - 80), s) is not None
        # 'E1165 in our EHR, which prints it without the dot': only diagnoses have one
        or _WITHOUT_ITS_DOT.search(text, e, sentence_end) is not None
        # 'uncontrolled dm e1165': a condition's abbreviation, then its code
        or _DX_OR_CONDITION_BEFORE.search(text, max(0, s - 8), s) is not None
    )
    drug = bool(_DRUG_CONTEXT.match(after)) or bool(_DRUG_BEFORE.search(before))
    if dx and not diagnosis and _SERVICES_ADDED_BEFORE.search(text, max(0, s - 32), s):
        dx = False  # '99213-25 + G2211 + G0439 (…; dx Z00.00)': one of the services billed
    if dx and not drug:
        note = f"{code} read as ICD-10-CM {dotted} (diagnosis context); also HCPCS {code}"
        return CodeMention(
            dotted, "ICD-10-CM", "", (s, e), (), alternative=f"HCPCS {code}", notes=(note,)
        )
    note = f"{code} read as HCPCS {code}; also ICD-10-CM {dotted}"
    return CodeMention(
        code, "HCPCS", "II", (s, e), (), alternative=f"ICD-10-CM {dotted}", notes=(note,)
    )


def _a_group_service(text: str, s: int, e: int) -> bool:
    """Whether 'group' or 'claim' before a code names the kind of service or the claim it goes
    on, not a group or claim number: the code carries a modifier ('+ group 90853-HQ for
    Medicaid', 'or corrected-claim 20610-RT with a 59'), and no more parts follow it as a
    number's do ('Claim 26048-UR-3319')."""
    return (
        text[max(0, s - 6) : s].rstrip().lower().endswith(("group", "claim"))
        and _modifier_glued(text, e)
        and not (text[e + 3 : e + 4] in _DASH_CHARS and text[e + 4 : e + 5].isdigit())
    )


def _trapped(text: str, s: int, e: int, kind: str, plus: bool) -> bool:
    """True when this code-shaped string is something else: an amount, part of a larger number
    or a time, a ZIP or ZIP+4, an identifier, a digit group of a phone or account number, a
    quantity, a street number. The cheapest looks come first. `kind` is its shape, `plus`
    whether the text holds a '+' at all."""
    before = text[s - 1] if s else ""
    before2 = text[s - 2] if s > 1 else ""
    if before in _SEGMENT_SEPARATORS and _in_a_segment_without_codes(text, s, before, before2):
        return True
    if before and before in "$#€£.,:":
        if before in "$#€£" or (
            before2.isdigit()
            and text[e - 1].isdigit()  # '132/84,3051F;3074F': no number ends in a letter
            and not _code_before_comma(text, s)
            and not (before == "," and a_csv_field(text, s, e))
            and not (before == "," and text[s].isalpha())  # 'z00.00,e78.5': no decimal part
        ):
            return True  # an amount, 1,20000 or 07:42; not a list '17110,17003'
    if (
        before == "("
        and text[e : e + 1] == ")"
        and (
            _PAYER_NAMED_BEFORE.search(text, max(0, s - 40), s) is not None
            # an aging report's row: 'Lakeshore Medicaid (77014)  6,015.80   2,488.00'
            or (
                _A_PLAN_BEFORE.search(text, max(0, s - 24), s) is not None
                and _AMOUNTS_AFTER.match(text, e + 1) is not None
            )
        )
    ):
        return True  # 'Payer: BCBS-TX (00901)': the payer's ID beside its name
    if (
        before == '"' or (before == ":" and before2 == '"') or text[s - 3 : s - 1] == '":'
    ) and _json_identifier(text, s):
        return True  # '"editId": "90471"', '"accountNumber": 93017': a JSON record's identifier
    if before == "-" and '"' in text[s - 7 : s]:
        prefix = _PREFIXED_VALUE.search(text, max(0, s - 7), s)
        if prefix is not None and _json_identifier(text, prefix.start() + 1):
            return True  # '"batchId":"B-72140"': an identifier with its prefix
    if (
        before == " "
        and before2 in _FISS_STATUSES
        and text[s - 3 : s - 2] == " "  # the letter stands alone: not 'CPT 99213'
        and _FISS_LOCATION_BEFORE.search(text, max(0, s - 14), s)
    ):
        return True  # 'came back in T B9997', 'S/LOC T B9997': a FISS status and location
    if (not before or before in "\n\r") and _SEVERITY_AFTER.match(text, e):
        return True  # '58300  HIGH  604417  12/03/2026  99213  TH': a scrubber report's rule
    after = text[e : e + 1]
    if (
        (after == ")" or after in _EDIT_NUMBER_ENDS)
        and _EDIT_NUMBER_BEFORE.search(text, max(0, s - 8), s)
        and not _ANOTHER_CODE_AFTER.match(text, e)
    ):
        # '(edit 72041)', 'kicked it back with edit 30412 ("E/M …', 'Edit 40388 –': a scrubber's
        # or payer's edit number; not 'NCCI edit 97530 / 97140', which names the pair of codes
        return True
    if (
        before == " "
        and before2 in _LOG_RESULT_LAST_LETTERS
        and _LOG_RESULT_BEFORE.search(text, max(0, s - 12), s)
        and _CODE_LATER_ON_ITS_LINE.match(text, e)
    ):
        return True  # 'ERR 31218 | Enc … | 36415 |': a scrubber log's edit, before the line's code
    if after == "-" and text[e + 1 : e + 2].isdigit() and not text[e + 2 : e + 3].isalnum():
        return True  # '29576-6': a LOINC code's check digit; no modifier is one digit
    if after and (after in _RIGHT_TRAP_FIRST or not after.isascii()):
        if _right_trapped(text, s, e, kind):
            return True
    if (
        (
            address_or_label_before(text, s)
            or (before in _OPENING_QUOTE_CHARS and address_or_label_before(text, s - 1))
        )  # 'the error "E1101: diagnosis not valid"'
        and not _modified_after_colon(text, s, e)
        and not _an_order_of_modifiers(text, s, e)
        and not _a_group_service(text, s, e)
        and not _codes_listed_after_a_colon(text, s, e)
        # 'Dx on claim: I34.0': a dotted diagnosis where its line speaks of diagnoses
        and not (kind == "dot" and _DX_WORDS.search(text, text.rfind("\n", 0, s) + 1, s))
        # 'is the order Z12.11 first, then K63.5?': a diagnosis's place; no order number has a dot
        and not (kind == "dot" and text[s - 6 : s].lower() == "order ")
    ):
        return True  # a ZIP code, an identifier
    if (
        _opens_a_cell(before, before2)
        and _in_an_identifier_column(text, s)
        and not _modifier_glued(text, e)  # '93458-26' under 'Case#   CL-26-04471'
    ):
        return True  # 'CDM #  | Rev | HCPCS' over '27001  | 0490 | 29881': a charge number
    if before in _DASH_CHARS and before2.isalpha() and _labelled_by_prefix(text, s - 1):
        return True  # TKT-30417, INV-85025: an identifier with a letter prefix
    if before == "-" and before2.isalnum() and _tail_of_an_identifier(text, s, e):
        return True  # 'L2611-00931' under 'accession', 'Claim # 26257-88140-03'
    if before2.isdigit() or before in _DASH_CHARS:
        left = text[max(0, s - 16) : s].rstrip()
        if left and left[-1] in _DASH_CHARS and left[:-1].rstrip()[-1:].isdigit():
            first = _CODE_BEFORE_DASH.search(left + " ")
            if first is None:  # part of a hyphenated number
                return True
            head = max(0, s - 16) + first.start()
            if text[s:e] <= text[head : head + e - s] and address_or_label_before(text, head):
                return True  # 'CLAIM# 26071-00482', no range: the label names the whole number
        if (
            before in " ."
            and text[s].isdigit()
            and _PHONE_GROUP_BEFORE.search(text, max(0, s - 6), s)
            and not _a_row_s_sequence_before(text, s, e)
        ):
            return True  # a digit group of a phone or account number; not '0762 g0378'
    if kind == "num" and text[e : e + 1] in ", " and _COUNTRY_AFTER.match(text, e):
        return True  # 'Johar Town, Lahore 54000, Pakistan': a postcode abroad
    if not plus:
        return False
    if kind == "num" and _foreign_postcode(text, s, e):
        return True
    if before == "+" and not text[e : e + 2].strip().isdigit():
        return False  # '(+92921)': the add-on sign, not a country code
    plus_at = text.rfind("+", max(0, s - 20), s)
    return (  # an international phone number
        plus_at >= 0
        and text[plus_at + 1 : plus_at + 2].isdigit()
        and not text[plus_at + 1 : s].strip("0123456789 ().-")
    )


def _a_row_s_sequence_before(text: str, s: int, e: int) -> bool:
    """Whether a zero-padded number opens the line before the code, and a cell's gap follows the
    code: a report's row and its sequence ('001 96413       1      OK'), no phone or account."""
    start = s - 4  # _PHONE_GROUP_BEFORE matched three digits and a blank
    return (
        start >= 0
        and (start == 0 or text[start - 1] == "\n")
        and text[start] == "0"
        and (text[e : e + 2] == "  " or text[e : e + 1] in ("\t", "\r", "\n", ""))
    )


def _tail_of_an_identifier(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] follows a hyphen in an identifier whose head a column or a label names:
    'L2611-00931' under 'accession', '"F-10217"' under 'Pt Acct', 'Claim # 26257-88140-03'."""
    if _modifier_glued(text, e):
        return False  # '93458-26': a code and its modifier
    head = s - 1
    while head > 0 and text[head - 1].isalnum():
        head -= 1
    cell = head - 1 if text[head - 1 : head] == '"' else head  # a quoted CSV field's quote
    if (
        _opens_a_cell(text[cell - 1 : cell], text[cell - 2 : cell - 1])
        and text.rfind("\n", 0, cell) >= 0
        and _in_an_identifier_column(text, cell)
    ):
        return True
    # a labelled number's middle part: 'Claim # 26257-88140-03', not '99213-99215'
    return (
        text[e : e + 1] == "-"
        and text[e + 1 : e + 2].isdigit()
        and text[head:s - 1].isdigit()
        and identifier_before_at(text, head)
    )


def _json_identifier(text: str, s: int) -> bool:
    """Whether a string is the value of a JSON key that names an identifier ('editId',
    'accountNumber', 'claim_no'), not a code ('cptCode', 'procedureId', 'dx')."""
    key = _JSON_KEY_BEFORE.search(text, max(0, s - 48), s)
    if key is None:
        return False
    name = (key.group(1) or key.group(2)).lower()
    if "zip" in name or "postal" in name:
        return True  # '"patient_zip": "98103"', '"zipCode": "99213"'
    return name.endswith(_ID_KEY_ENDS) and not any(word in name for word in _CODE_KEY_WORDS)


def _in_a_segment_without_codes(text: str, s: int, before: str, before2: str) -> bool:
    """Whether a string is a field of a pasted message segment that holds no procedure or
    diagnosis code: an HL7 coding-system name ('B35.1^^I10', 'R00.2^Palpitations^I10',
    'DG1|1|I10|'), an HL7 header's
    message type ('MSH|…|DFT^P03', 'EVN|P03'), an 835's provider-level adjustment
    ('PLB*…*FB:77540'), an X12 name, address, reference or date segment
    ('N4*SPOKANE*WA*99223~')."""
    if before == "^":  # an HL7 field's code comes first: 'B35.1^^I10', 'DFT^P03'
        if before2 == "^" or "MSH|" in text or text[max(0, s - 4) : s - 1] in _HL7_MESSAGE_TYPES:
            return True
        if text[s - 4 : s - 3] == "^" and text[s - 3 : s - 1] in STATES:
            return True  # an address's ZIP: '2207 W SPRUCE AVE^^SPOKANE^WA^99205'
        field_start = max(text.rfind("|", 0, s), text.rfind("~", 0, s), text.rfind("\n", 0, s))
        # a coded element's third and sixth components name its coding system: 'I48.91^Unspecified
        # atrial fibrillation^I10'
        return text.count("^", field_start + 1, s) in (2, 5)
    if before == "*":  # the segment starts after a '~', a line break or a blank ('(N4*…')
        if text.startswith("ISA*", text.rfind("\n", 0, s) + 1):
            return True  # the envelope, whose fields are padded with blanks ('*ZZ*61274     *')
        segment_start = s - 1
        while segment_start > 0 and text[segment_start - 1] not in _X12_SEGMENT_BREAKS:
            segment_start -= 1
        if text.startswith(_X12_SEGMENTS_WITHOUT_CODES, segment_start):
            return True
        # a field with blanks in it: 'N4*WHEAT RIDGE*CO*80033~'
        line_start = max(text.rfind("~", 0, s), text.rfind("\n", 0, s)) + 1
        while line_start < segment_start and text[line_start] in " \t":
            line_start += 1
        return line_start < segment_start and text.startswith(
            _X12_SEGMENTS_WITHOUT_CODES, line_start
        )
    line_start = text.rfind("\n", 0, s) + 1
    segment = text[line_start : line_start + 12].lstrip()[:4]
    if before == ":":
        return segment == "PLB*"
    if segment == "DG1|":  # 'DG1|1|I10|J189^…': the second field names the coding method
        return text.count("|", line_start, s) == 2
    return segment in _HL7_SEGMENTS_WITHOUT_CODES  # 'PID|1||99214^^^WFS^MR': a record number


def _names_identifiers(cell: str) -> bool:
    """Whether a lower-cased column name ends as identifiers' names do ('apptid', 'visit id',
    'enc nbr'), and is no word that only ends so ('paid')."""
    return cell.endswith(_ID_ENDINGS) and not cell.endswith(_NOT_ID_ENDINGS)


def _opens_a_cell(before: str, before2: str) -> bool:
    """Whether the characters before a string can end a table cell or row: a line start, a tab,
    a bar, a comma, or a blank after a blank or a bar."""
    return not before or before in "\n\r\t|," or (before == " " and before2 in " \t|")


def _in_an_identifier_column(text: str, s: int) -> bool:
    """Whether the string opens a row of a pasted table whose first column an identifier heads
    (`CDM #`, `Acct`, `Claim`, `Item`, in a cell of its own on the first line of the block)."""
    line_start = text.rfind("\n", 0, s) + 1
    header = table_header(text, line_start)
    if header is None or _VALUES_IN_A_LINE.search(header):
        return False  # 'Case#   CL-26-04471   Date  11/03/2026': labels and values, no header
    cells = (cell_separator(header, header) or CELL_SEP).split(header.strip(" \t|"), 1)
    if len(cells) < 2:
        return False
    first = not text[line_start:s].strip(" \t|")
    head = cells[0] if first else column_head(text, s, header)
    if head is None:
        return False
    # 'AcctNo', 'ClaimNo' written in camel case read as 'acct no', 'claim no'
    cell = _CAMEL_HUMP.sub(" ", head).lower().strip(" #:.").replace("_", " ")
    # 'ApptID', 'Visit ID', 'Case#', 'Enc Nbr': a column of identifiers by its name's end
    if cell.split(" ", 1)[0] in _CODE_HEADS:
        return False  # 'CPT #', 'Code No': the codes themselves
    if cell == "item" and _MODIFIER_COLUMN.search(header):
        return False  # 'Item  Mod1 Mod2': a supplier's items are the codes the modifiers go on
    named_id = _names_identifiers(cell) or head.rstrip(" :").endswith("#")
    if not first:  # another column: only a name that can mean nothing but an identifier, or
        return named_id or cell in _ID_HEADS or cell in _LOCAL_CODE_HEADS  # a lab's own codes
    return cell in ID_WORDS or cell in _ID_COLUMNS or named_id


def _modifier_glued(text: str, e: int) -> bool:
    """Whether a hyphened modifier follows position e ('93458-26'): a claim line's code."""
    if text[e : e + 1] not in _DASH_CHARS:
        return False
    m = _ATTACHED.match(text, e)
    return m is not None and m.group(1).upper() in MODIFIERS


def _codes_listed_after_a_colon(text: str, s: int, e: int) -> bool:
    """Whether a word and a colon introduce codes, not one number: a list of three ('Typical
    specimen-only order: 80053, 84443, 85025') or what goes on one claim ('on one claim: G0382
    for the morning and 99283')."""
    left = text[max(0, s - 24) : s].rstrip(" \t")
    if left[-1:] != ":" or not left[-2:-1].isalpha():
        return False
    return bool(_CODE_LIST_AFTER.match(text, e) or _ONE_CLAIM_BEFORE.search(left))


def _an_order_of_modifiers(text: str, s: int, e: int) -> bool:
    """Whether 'the order' before a code asks for the order of its modifiers ('Is the order
    97110-gp-cq-kx', 'is the order 71045-26-76 correct'), not an order number: a hyphened
    modifier of letters follows, or two of numbers."""
    if text[e : e + 1] not in _DASH_CHARS:
        return False
    if not text[max(0, s - _THE_ORDER_REACH) : s].rstrip().lower().endswith(_THE_ORDER):
        return False
    if not text[e + 1 : e + 3].isalpha():  # 'is the order 71045-26-76 correct': two of them
        chain = _TWO_NUMBERED_MODIFIERS.match(text, e)
        return chain is not None and chain.group(1) in MODIFIERS and chain.group(2) in MODIFIERS
    m = _ATTACHED.match(text, e)
    return m is not None and m.group(1).upper() in MODIFIERS


def _modified_after_colon(text: str, s: int, e: int) -> bool:
    """Whether the string follows a colon or a table's gap of blanks and carries a hyphened
    modifier ('Physician claim: 64635-53?', 'the reason  11042-22' under 'My answer'), or
    follows a kind of claim with one ('professional claim 45378-53'): a claim line's code, which
    no claim or account number is."""
    if text[max(0, s - 3) : s].rstrip()[-1:] != ":" and text[max(0, s - 2) : s] != "  ":
        # or after a kind of claim: 'professional claim 45378-53 with PT'
        return _KIND_OF_CLAIM_BEFORE.search(text, max(0, s - 22), s) is not None and (
            _modifier_glued(text, e)
        )
    if _TIMES_AFTER.match(text, e):
        return True  # 'Example claim: 97110 x 2 (23 minutes)': a claim line's units
    if _WITH_A_MODIFIER_ON_IT.match(text, e):
        return True  # 'billed by another group: 00811 with 33 on it'
    return _modifier_glued(text, e)


def _foreign_postcode(text: str, s: int, e: int) -> bool:
    """Whether five digits begin or end an address line above or beside a phone number with a
    country code other than 1 ('Lahore 54660⏎+92 42 555 0119', '80802 München⏎Tel. +49 89'):
    a postcode abroad, where US ZIP rules do not reach."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    after = text[e:line_end].strip(" \t,")
    if text[line_start:s].strip() and after and not (after[0].isupper() and _PLACE.fullmatch(after)):
        return False  # inside its line, and not before a place name that ends it
    following = text.find("\n", line_end + 1)
    window = text[line_start : len(text) if following < 0 else following]
    return bool(_FOREIGN_PHONE.search(window))


def _code_before_comma(text: str, s: int) -> bool:
    """Whether the digits before the comma at s - 1 end a code-shaped run ('17110,17003') or a
    code and its modifiers ('99214-25,20610'): a list of codes, where a decimal or thousands
    part follows a short number ('1,20000')."""
    start = s - 1
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return text[s - 1] == "," and max(map(len, text[start : s - 1].split("-"))) >= 4


def _labelled_by_prefix(text: str, dash: int) -> bool:
    """Whether the letters glued before the dash at `dash` are an identifier's prefix (TKT-,
    INV-, PO-), not a word that names a code (CPT-99213, Dx-M54.50) unless a label names the
    whole token ('Patient Acct: CPT-44812')."""
    start = dash
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    prefix = text[start:dash]
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] in "/"):
        return False  # part of a longer token (E/M-99213)
    if len(prefix) < 2:  # 'E-40021': one capital over five digits labels an encounter or a row
        return prefix.isupper() and text[dash + 1 : dash + 6].isdigit() and (
            start == 0 or text[start - 1] in " \t\n|,(#"  # 'ticket #A-44172'
        )
    return prefix.upper() not in _CODE_WORDS or address_or_label_before(text, start)


def _right_trapped(text: str, s: int, e: int, kind: str) -> bool:
    first = text[e]
    if first == " ":
        second = text[e + 1 : e + 2]
        if not second or (second.isascii() and second not in _RIGHT_TRAP_AFTER_SPACE):
            return False
        if second == "k" and _KEY_AFTER.match(text, e):
            return True  # 'Q12 key: 47562-22', 'the F5 key': an answer key's item, a keyboard key
        if second == "p" and text.startswith(" prefix", e):
            return True  # 'accession numbers that come over with a 77412 prefix'
        if "a" <= second <= "z":
            return _UNIT.match(text, e + 1) is not None and _a_dose(text, s, e, kind)
    elif first != "\t" and first.isspace():  # a line break: only a unit can follow, in lower
        # case (a wrapped line); not a label that starts the next line ('L82.1⏎Units: 17110')
        return (
            text[e + 1 : e + 2].islower()
            and _UNIT.match(text, e + 1) is not None
            and _a_dose(text, s, e, kind)
        )
    after = _RIGHT_TRAP.match(text, e)
    if after is None:
        return False
    if first == ":" and text[s - 3 : s] == "HC:":
        return False  # 'SVC*HC:99214:25*': an X12 composite, not a time
    if first == "," and (
        kind != "num"  # 'D12.2,145.00': what starts with a letter has no decimal part
        or _LISTED_AFTER_COMMA.match(text, e)
        or _modifier_after_comma(text, e)
        or a_csv_field(text, s, e)
    ):
        return False  # '17110,17003': a list of codes, not a decimal part; '74177,26'
    if after.lastgroup == "serial5":
        return kind == "alnum"  # a diagnosis-shaped prefix: no range runs to a CPT number
    # A ZIP+4 after a code only traps CPT Category I codes (5 digits, or 4 digits and U/M).
    return after.lastgroup != "zip4" or kind == "num" or (kind == "cat" and text[e - 1] in "UM")


def _a_dose(text: str, s: int, e: int, kind: str) -> bool:
    """Whether a number before a unit word is a dose or quantity: any four-character shape, a
    round five-digit number ('50000 units', '12500 units'); not '96366 units', the units of a
    code."""
    if kind != "num":  # not a letter and four digits: 'J9271 units' counts the code's units
        return not (e - s == 5 and text[s].isalpha() and text[s + 1 : e].isdigit())
    return text[e - 3 : e] in ("000", "500")


def _modifier_after_comma(text: str, e: int) -> bool:
    """'74177,26': a two-digit modifier after a comma, not cents ('$74,177,26' is no US amount;
    '13450,50 EUR' names its currency, and a dot or comma with digits after it makes a number)."""
    two = text[e + 1 : e + 3]
    if two in _SLASHED_MODIFIERS and two.isalpha():  # '27236,RT the day after'; not a CSV row
        return not text[e + 3 : e + 4].isalnum() and not a_csv_field(text, e + 1, e + 3)
    if two not in _NUMERIC_MODIFIER_SET or _MORE_NUMBER.match(text, e + 3):
        return False
    start = e - 5
    return text[max(0, start - 2) : start].strip() not in _CURRENCY_MARKS


# --- ranges and attached modifiers ------------------------------------------------------------

# No line break before a dash: '- G0439\n- G0444' is a bulleted list, not a range.
_RANGE_SEP: Final = re.compile(rf"[ \t]*[{DASHES}]\s*|\s+(?:through|thru|to)\s+", re.I)
_CHANGE_BEFORE: Final = re.compile(
    r"\b(?:chang|switch|convert|mov|recod|downcod|upcod|updat|replac|revis|amend|map|"
    # the verb, not 'is it correct that any of the 99221 to 99223 levels'
    r"correct(?=ed|ing|s\b|\s+(?:it|them|this|the|to)\b)|"
    r"crosswalk|bump)\w*\b[^.?!]{0,60}$"
    # 'it went from 99213 to 99214', not 'goes home the same day (8+ hrs) we use 99234 to 99236'
    r"|\b(?:go|goes|going|gone|went)\b[^.?!]{0,20}$"
    r"|\b(?:add|adds|added|adding|append\w*|attach\w*)\s+$",  # 'add 90785 to 90834': an add-on
    re.I,
)
# Not across a line break before the dash ('93010⏎- 14:40 repeat ECG' is a list), nor a time.
# not before a unit: '97110 — 15 min' is the minutes of a code, not 97110–97115
_ABBREVIATED_END: Final = re.compile(
    rf"[ \t]*[{DASHES}]\s*(\d{{2,3}}[A-Za-z]?)(?![A-Za-z0-9]|[:.]\d|\s?{_UNITS})"
)


# Modifiers written in lower case after a code and a blank ('64493 rt'), words left out.
_LOWER_MODIFIERS: Final = (
    frozenset(m.lower() for m in MODIFIERS if m[0].isalpha()) - LOWER_CASE_WORDS
)  # 'rt', 'p3'; not 'x2' (units), see _one_modifier


def _may_continue(text: str, end: int) -> bool:
    """False when nothing after a code can make a range or attach a modifier to it (a cheap
    look at one or two characters; most codes are followed by punctuation or a line end)."""
    first = text[end : end + 1]
    if first in _DASH_CHARS or first.isalpha():  # a dash, or a modifier glued on (20610rt)
        return True
    if first in "/(":  # '73110/RT', '11042/59', '64447(RT)'
        second = text[end + 1 : end + 2]
        return second.isupper() or second.isdigit()
    if first == ",":  # '74177,26'
        return _modifier_after_comma(text, end)
    if first == "+":  # '99203+25'
        return _PLUS_MODIFIER.match(text, end) is not None
    if first == ":":  # 'SV1*HC:20610:RT*': an X12 composite's modifiers
        return text[end - 8 : end - 5] == "HC:"
    if not first.isspace():
        return False
    if text[end + 1 : end + 2] == "(":  # '64447 (RT)'
        return True
    # after a blank: a blank or dash (a range, an abbreviated end), 'to'/'through', 'mod', or
    # one or more modifiers ('93288 26 TC', '64493 rt'; of lower-case words only a modifier)
    second = text[end + 1 : end + 2]
    if "a" <= second <= "z" and second not in "tm":
        return text[end + 1 : end + 3] in _LOWER_MODIFIERS and not text[end + 3 : end + 4].isalnum()
    return bool(second) and (second.isalnum() or second.isspace() or second in _DASH_CHARS)


def _ranges_and_attachments(
    text: str, hits: list[CodeMention], taken: list[tuple[int, int]]
) -> tuple[list[CodeMention], list[tuple[str, str]], list[tuple[str, int]]]:
    """The mentions with their attached modifiers and the abbreviated range ends added, the
    ranges, and every attached modifier with its position (their spans go to `taken`). Only a
    blank or dash after a code can start any of them."""
    mentions: list[CodeMention] = []
    ranges: list[tuple[str, str]] = []
    attached: list[tuple[str, int]] = []
    for i, hit in enumerate(hits):
        if not _may_continue(text, hit.span[1]):
            mentions.append(hit)
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        end = None
        if nxt is not None and _is_range(text, hit, nxt):
            _add_range(ranges, hit.code, nxt.code)
        else:
            end = _abbreviated_end(text, hit)
            if end is not None:
                _add_range(ranges, hit.code, end.code)
        mentions.append(_attach(text, hit, taken, attached))
        if end is not None:
            may = _may_continue(text, end.span[1])
            mentions.append(_attach(text, end, taken, attached) if may else end)
    return mentions, ranges, attached


def _attach(
    text: str, hit: CodeMention, taken: list[tuple[int, int]], attached: list[tuple[str, int]]
) -> CodeMention:
    if hit.system == "ICD-10-CM":
        return hit  # a diagnosis takes no modifier: 'Z79.899 – is that right?'
    mods = _attached_modifiers(text, hit, taken)
    if mods:
        attached.extend(mods)
        bracketed = _bracketed_modifier(text, mods[-1][1] + 2)
        if bracketed is not None:  # '64447-59 (RT)': mentioned, not paired
            attached.append(bracketed)
            taken.append((bracketed[1], bracketed[1] + 2))
        return _with_modifiers(hit, tuple([mod for mod, _ in mods]))
    if text[hit.span[1] : hit.span[1] + 1] == ":" and text[hit.span[0] - 3 : hit.span[0]] == "HC:":
        x12 = _X12_MODIFIERS.match(text, hit.span[1])
        if x12 is not None:  # mentioned, not paired: only a hyphen pairs
            for part in _TWO_CAPITALS_OR_DIGITS.finditer(x12.group()):
                if part.group() in MODIFIERS:
                    attached.append((part.group(), x12.start() + part.start()))
                    taken.append((x12.start() + part.start(), x12.start() + part.end()))
            return hit
    # Written next to the code without a hyphen: '93288 26 TC', '99214 25', '20610rt',
    # '73110/RT'. The modifiers are mentioned here, but only a hyphen pairs them with the code,
    # as the corpus defines pairs (the guidance lists them as mentioned).
    for mod, at in _modifiers_beside(text, hit.span[1]):
        attached.append((mod, at))
        taken.append((at, at + 2))
    return hit


def _modifiers_beside(text: str, end: int) -> list[tuple[str, int]]:
    """(modifier, position) of the modifiers written after the code that ends at `end` with no
    hyphen: a single-spaced run of two or more ('93288 26 TC'), one named ('99213 mod 25'), one
    after a blank ('99214 25', '64493 rt'), one glued on ('20610rt') or after a slash
    ('73110/RT')."""
    run = _SPACED_RUN.match(text, end)
    if run is not None:
        mods = []  # the modifiers that open the run: 'gp kx' of 'gp kx x3'
        for m in _PAIR.finditer(run.group()):
            if not _in_a_run(m.group()):
                break
            mods.append((m.group().upper(), run.start() + m.start()))
        if len(mods) > 1 and not _NOT_A_MODIFIER_AFTER.match(text, mods[-1][1] + 2):
            return mods
    named = _MOD_BESIDE.match(text, end) if text[end + 1 : end + 2] in ("m", "M") else None
    if named is not None:  # '99213 mod 25'
        written = named.group(1)
        if _may_be_written_modifier(written) and not _NOT_A_MODIFIER_AFTER.match(text, named.end()):
            return [(written.upper(), named.start(1))]
        return []
    after = text[end : end + 1]
    if after == "/" or (after == "," and _modifier_after_comma(text, end)):
        return _slashed_modifiers(text, end)  # '73110/RT', '74177,26'
    plus = _PLUS_MODIFIER.match(text, end) if after == "+" else None
    if plus is not None and plus.group(1) in _SLASHED_MODIFIERS:
        return [(plus.group(1), plus.start(1))]  # '99203+25': two digits are no code
    one = _SPACED_ONE.match(text, end)
    if one is not None and _one_modifier(text, one):
        return [(one.group(2).upper(), one.start(2))]
    two = _two_glued_modifiers(text, end) if after.isalpha() else None
    if two is not None:
        return [(two.group(i).upper(), two.start(i)) for i in (1, 2)]
    bracketed = _bracketed_modifier(text, end)
    return [] if bracketed is None else [bracketed]


# word-like modifiers that a drug's line carries: 340B, state-supplied, ESAs' hemoglobin ones
_DRUG_LINE_WORDLIKE: Final = frozenset(("TB", "SL", "EA", "ED", "EM"))


def _bracketed_modifier(text: str, end: int) -> tuple[str, int] | None:
    """'64447-59 (RT)', '69210 (50)', '64447 (RT?)': a modifier in brackets right after a code or
    its modifiers; not a title or a place ('(PT)', '(ER)') or what can only be a word."""
    m = _BRACKETED.match(text, end)
    if m is None or m.group(1) not in _SLASHED_MODIFIERS:
        return None
    if text[end - 1 : end] in ("F", "f") and m.group(1) not in _PERFORMANCE_MODIFIERS:
        return None  # '3074F/3075F (BP)': what a Category II code measures; its own are 1P-8P
    if (
        text[end - 5 : end - 4] in ("J", "j")
        and m.group(1) in WORDLIKE_MODIFIERS
        and m.group(1) not in _DRUG_LINE_WORDLIKE
    ):
        return None  # 'J7120 (LR)': the drug's abbreviation (lactated Ringer's), not 'J0881 (EA)'
    return m.group(1), m.start(1)


def _slashed_modifiers(text: str, end: int) -> list[tuple[str, int]]:
    """'73110/RT', '11042/59', '99203/25,57': modifiers after a slash, and more of them after
    a comma or another slash; not a title ('99213/PA'), a date or a fraction ('/25/26', '/2')."""
    found: list[tuple[str, int]] = []
    at = end
    while True:
        m = _SLASHED_ONE.match(text, at)
        if m is None or m.group(1) not in _SLASHED_MODIFIERS:
            return found
        if _NOT_A_MODIFIER_AFTER.match(text, m.end()):
            return found  # '99213/25 min'
        if m.group(1) in _GROUP_CODES and _REASON_AT.match(text, m.end()):
            return found  # '99214,25,CO-97,M86' in a CSV row: the adjustment, not a modifier
        found.append((m.group(1), m.start(1)))
        at = m.end()


def _add_range(ranges: list[tuple[str, str]], start: str, end: str) -> None:
    if (start, end) not in ranges:
        ranges.append((start, end))


def _is_range(text: str, a: CodeMention, b: CodeMention) -> bool:
    sep = _RANGE_SEP.fullmatch(text, a.span[1], b.span[0])
    if sep is None or (a.system, a.category) != (b.system, b.category):
        return False
    if _shape(a.code) != _shape(b.code) or _order_key(a.code) >= _order_key(b.code):
        return False
    if a.system == "ICD-10-CM" and len(a.code) == 8 and a.code[:-1] == b.code[:-1]:
        return False  # S52.501A to S52.501D: one code, two encounters
    if sep.group().strip().lower() == "to":
        change = _CHANGE_BEFORE.search(text, _sentence_start(text, a.span[0]), a.span[0])
        # 'switch to the new codes, 98000 to 98015': where the change goes is already said
        return change is None or " to " in change.group()
    if sep.group()[:1] == " " and a.code.isdigit() and int(b.code) - int(a.code) > 1000:
        return False  # '77003 is column 2 of 64483 - 77003 removed': two codes set apart
    return True


def _abbreviated_end(text: str, hit: CodeMention) -> CodeMention | None:
    """'93279-98' or '0408T-11T': the end written with its changing digits only."""
    if hit.system != "CPT":
        return None
    m = _ABBREVIATED_END.match(text, hit.span[1])
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
    return CodeMention(full, hit.system, hit.category, m.span(1), (), notes=(note,))


# '99214-25', '99213 -25', '99214-⏎25' (a line wrapped after the hyphen).
_ATTACHED: Final = re.compile(
    rf"[ ]?[{DASHES}](?:[ ]|\r?\n)?([A-Za-z0-9]{{2}})(?![A-Za-z0-9])",
    re.I,
)
_NOT_A_MODIFIER_AFTER: Final = re.compile(r"(?:\s?(?:units?|min|minutes?|mg|days?)\b|%)", re.I)


# Modifiers one blank apart; before them, blanks that line up a pasted claim line's columns
# ('90791  HO 95   POS 10'). Wider gaps between pairs are table cells ('26    CT abdomen').
_SPACED_RUN: Final = re.compile(
    rf"[ \t]+([A-Za-z0-9]{{2}})((?: [A-Za-z0-9]{{2}})+)(?![A-Za-z0-9]|[{DASHES}]\d)"
)  # not 'CO-50' after it: an adjustment reason
_PAIR: Final = re.compile(r"[A-Za-z0-9]{2}")


def _in_a_run(written: str) -> bool:
    """Whether a pair in a spaced run after a code is a modifier: 'QK P1', or in lower case one
    that is no word or quantity ('qk p1', 'gp kx'; not 'x2', 'at')."""
    if written.isupper() or written.isdigit():  # not 'X1', a count: '64484 50 X1??'
        return written in MODIFIERS and not (written[0] == "X" and written[1].isdigit())
    return written in _LOWER_MODIFIERS and not (written[0] == "x" and written[1].isdigit())
_MOD_BESIDE: Final = re.compile(
    rf"[ \t]+{MODIFIER_STEM}\.?[ \t]+([A-Za-z0-9]{{2}})(?![A-Za-z0-9])", re.I
)
_LISTED_AFTER_COMMA: Final = re.compile(r",[0-9A-Za-z]{4}")
# 'dx e11.51, b35.1, l84', 'e1122, n1831, i10': a short lower-case string listed after a
# diagnosis, dotted or not
_LISTED_AFTER_A_DIAGNOSIS: Final = re.compile(
    r"(?<![0-9A-Za-z])[A-Za-z]\d\d(?:\.[0-9A-Za-z]{1,4}|[0-9A-Za-z]{1,4})\s*,\s*$"
)
_DX_OR_CONDITION_BEFORE: Final = re.compile(
    r"\b(?:dx|icd(?:-?10)?|htn|dm2?|copd|chf|ckd|cad|afib|gerd|uti)[ \t]*[:#]?[ \t]*$", re.I
)
# 'e785 and i10', 'z794, i10': the lower-case string before, kept to check it is a diagnosis
_LOWER_DIAGNOSIS_LISTED: Final = re.compile(
    r"(?<![0-9A-Za-z])([a-z]\d\d(?:\.[0-9a-z]{1,4}|[0-9a-z]{1,4}))(?:\s*,\s*|\s+(?:and|&)\s+)$"
)
# An 837's ICD-10-CM qualifiers before a diagnosis: principal, other, admitting, reason for visit
_TIMES_AFTER: Final = re.compile(r" ?[x×] ?\d{1,2}\b")
_MDS_ITEM_BEFORE: Final = re.compile(r"(?:\bMDS|\b[A-Z]\d{4}[A-Z])[ \t]*(?:/[ \t]*)?$")
_MDS_ITEM_AFTER: Final = re.compile(r"[ \t]*(?:\(|item\b)|[ \t]+[a-z]+(?:ing)?[ \t]+item\b")
_HL7_SEGMENT_START: Final = re.compile(r"[A-Z][A-Z0-9]{2}\|")
# HL7 segments that hold no procedure or diagnosis code: the header, the event, the patient, the
# visit, the next of kin, the guarantor and the insurance
_HL7_SEGMENTS_WITHOUT_CODES: Final = frozenset(
    f"{name}|" for name in "MSH EVN PID PD1 NK1 PV1 GT1 IN1 IN2".split()
)
_HL7_MESSAGE_TYPES: Final = frozenset("ADT DFT BAR ORM ORU SIU MDM MFN ACK RDE".split())
_LAST_ADT_EVENT: Final = 62  # ADT^A01 … ADT^A62
_X12_DIAGNOSIS_QUALIFIERS: Final = frozenset(("ABK:", "ABF:", "ABJ:", "ABN:", "APR:", "ABZ:"))
# A remark code after a claim adjustment group and reason ('PR  204 N130', 'CO-97 / M86') or
# in an 835's LQ segment ('LQ*HE*N362')
_ADJUSTMENT_BEFORE: Final = re.compile(
    r"(?:\b(?:CO|PR|OA|PI|CR)[ \t]*-?[ \t]*\d{1,3}[ \t]*(?:[/,;|][ \t]*)?|LQ\*HE\*)$"
)
# A claim scrubber's edit after the line's result ('WARN  W318 - verify stop times')
_EDIT_RESULT_BEFORE: Final = re.compile(
    r"\b(?:FAIL|FAILED|WARN|WARNING|ERROR|ERR|REJ|REJECT|EDIT)[ \t]+$"
)
# The modifiers of an X12 procedure composite after its code: 'SV1*HC:20610:RT*',
# 'SVC*HC:15275:RT:59*'
_X12_MODIFIERS: Final = re.compile(r"(?::([A-Z0-9]{2})){1,4}(?=[*~:^]|\s|$)")
_NUMERIC_MODIFIER_SET: Final = frozenset(m for m in MODIFIERS if m.isdigit())
_MORE_NUMBER: Final = re.compile(r"[0-9]|[.,]\d|\s*(?:EUR|€|USD|CAD|GBP|£)")
_CURRENCY_MARKS: Final = frozenset(("$", "€", "£", "EUR", "USD"))
# '73110/RT': an upper-case letter modifier after a slash; not a title ('99213/PA') or a pair
# that begins a word or a code ('0389T/0390T' never matches: a digit follows the slash).
_PERFORMANCE_MODIFIERS: Final = frozenset(("1P", "2P", "3P", "8P"))  # a Category II code's own
_BRACKETED: Final = re.compile(r"[ \t]?\(([A-Z]{2}|\d{2})\??\)")  # and asked: '64447 (RT?)'
_PLUS_MODIFIER: Final = re.compile(r"\+(\d{2}|[A-Z]{2})(?![0-9A-Za-z])")
_SLASHED_ONE: Final = re.compile(r"[/,]([A-Z]{2}|\d{2})(?![A-Za-z0-9/]|\.\d)")
_SLASHED_MODIFIERS: Final = (
    frozenset(m for m in MODIFIERS if m.isalpha() or m.isdigit())
    - TITLE_PAIRS
    - NEVER_BARE_MODIFIERS
)
_GROUP_CODES: Final = ADJUSTMENT_GROUPS | {"CR"}  # 'CR-' too after a spaced dash: '99213 - CR-1'
_DASH_DIGIT_AT: Final = re.compile(rf"[{DASHES}]\d")
# after a group code: CO-97, CO-B15 (CARC B15)
_REASON_AT: Final = re.compile(rf"[{DASHES}][A-Z]?\d")
_WORD_AFTER: Final = re.compile(r" [A-Za-z]{3}")
_LOWER_WORD_AFTER: Final = re.compile(r" [a-z]{3,}")
# A word in capitals after a pair written in capitals, no coordination, cue, verb or particle:
# 'BP CUFF', not 'RT BILLED', 'RT OR LT', 'GP MODIFIER', 'KX ONLY'
_NOUN_AFTER: Final = re.compile(
    r" (?!(?:OR|AND|VS|MOD|MODS|MODIFIERS?|ON|ONTO|FOR|WITH|IS|WAS|ARE|PER|ONLY|TOO|ALSO|OK|"
    r"OKAY|INSTEAD|THEN|NOT|RIGHT|CORRECT)\b|[A-Z]+ED\b)[A-Z]{3,}\b"
)
# One modifier after a code and a single space, as claim lines and hurried mail write it
# ('99214 25 + 20610', '64493 rt', 'Line 1: 99213 25 1 unit'), or glued ('20610rt', '85610QW').
# the rest of a line that asks, or offers a choice: '- XS?', '- QF vs QG and do we need KX'
_ASKED_ON_ITS_LINE: Final = re.compile(
    r"[^\n?]{0,60}\?|[ \t]*[/,]?[ \t]+(?:or|vs\.?|versus)\b", re.I
)
_TWO_GLUED: Final = re.compile(r"([A-Za-z]{2})([A-Za-z]{2})(?![A-Za-z0-9])")
_SPACED_ONE: Final = re.compile(r"( ?)([A-Za-z0-9]{2})(?![A-Za-z0-9])")
_QUANTITY_AFTER: Final = re.compile(
    rf"\s?(?:{UNIT_WORDS})\b|%|[.,:/{DASHES}]\d|\s*[x×]\s*\d|\s*(?:year|yr)s?\b", re.I
)


def _may_be_written_modifier(written: str) -> bool:
    """Whether two characters next to a code with no hyphen may be its modifier: one that may
    stand without a hyphen, and no word ('pt', 'dx', 'is')."""
    mod = written.upper()
    return (
        mod in MODIFIERS
        and mod not in NEVER_BARE_MODIFIERS
        and written.lower() not in LOWER_CASE_WORDS
    )


def _may_be_glued_modifier(written: str) -> bool:
    """Whether two characters glued onto a code may be its modifier: as one written beside it,
    or one that is also a word in capitals, as a claim print glues it ('97535GO', '97110PT')."""
    return _may_be_written_modifier(written) or (
        written.isupper() and written in MODIFIERS and written not in NEVER_BARE_MODIFIERS
    )


def _one_modifier(text: str, one: re.Match[str]) -> bool:
    """Whether the pair after a code and one space (or none: glued) is its modifier: a
    modifier that is no word, not followed by what makes a number a quantity ('99213 25
    minutes', '99214 59 year old')."""
    written, mod = one.group(2), one.group(2).upper()
    glued = not one.group(1)
    if not (_may_be_glued_modifier(written) if glued else _may_be_written_modifier(written)):
        return False
    if _DASH_DIGIT_AT.match(text, one.end()):
        return False  # 'the 87880 CO-4 denials': an adjustment reason
    if mod in _GROUP_CODES and _REASON_AT.match(text, one.end()):
        return False  # '19084 CO-B15': a reason code that starts with a letter
    if mod[0] == "X" and mod[1].isdigit():
        return False  # '64484 X2': two units
    if written.isdigit():
        return bool(one.group(1)) and not _QUANTITY_AFTER.match(text, one.end())
    if not one.group(1):
        return written.isalpha()  # glued: 20610rt
    return written.isupper() or written.islower()


def _written_as_a_plural(text: str, letters: str) -> bool:
    """Whether the message writes the letters with a plural 's' ('the AKs were found on exam'):
    an abbreviation used as a noun, which no modifier is."""
    return re.search(rf"(?<![0-9A-Za-z]){letters}s(?![0-9A-Za-z])", text) is not None


_TWO_CAPITALS_OR_DIGITS: Final = re.compile(r"[A-Z0-9]{2}")


def _attached_modifiers(
    text: str, hit: CodeMention, taken: list[tuple[int, int]]
) -> list[tuple[str, int]]:
    """(modifier, position) for the modifiers written onto the code; their spans go to `taken`."""
    attached: list[tuple[str, int]] = []
    pos = hit.span[1]
    while True:
        m = _ATTACHED.match(text, pos)
        if m is None:
            return attached
        mod = m.group(1).upper()
        if mod not in MODIFIERS or _NOT_A_MODIFIER_AFTER.match(text, m.end()):
            return attached
        written = m.group(1)
        if written[1:].islower() and written[:1].isupper() and text[m.end() : m.end() + 1] == ".":
            return attached  # "so it wasn't 27236 -⏎Dr. Vasquez put in": a title and a name
        lead = m.group()[: m.start(1) - m.start()]
        spaced = lead.startswith(" ") and lead.endswith(" ")
        if spaced and not (mod.isalpha() and m.group(1).isupper()):
            return attached  # "99213 - 25 ...", "99213 - is it": a list or a sentence goes on
        if spaced and _ASKED_ON_ITS_LINE.match(text, m.end()):
            return attached  # "11042 + 97597 \u2013 XS?", "J1885 - JZ OR JW??": a question asked
        if spaced and ("\u2014" in lead or "\u2015" in lead):
            return attached  # "Quad cane, E0105 \u2014 NU and no KX?": an aside, not a claim line
        if spaced and mod in _GROUP_CODES and _DASH_DIGIT_AT.match(text, m.end()):
            return attached  # "99213 - CO-97": a claim adjustment reason, not a modifier
        if spaced and mod in TITLE_PAIRS and _WORD_AFTER.match(text, m.end()):
            return attached  # "G0378 - ED level 99285": a place or a person, not a modifier
        if spaced and mod in WORDLIKE_MODIFIERS and _NOUN_AFTER.match(text, m.end()):
            return attached  # "99454 – BP CUFF READINGS": a word-like pair before its noun
        if spaced and _LOWER_WORD_AFTER.match(text, m.end()) and _written_as_a_plural(text, mod):
            return attached  # "17000 – AK destruction" where 'the AKs were found': a noun
        attached.append((mod, m.start(1)))
        taken.append((m.start(1), m.end(1)))
        pos = m.end()
