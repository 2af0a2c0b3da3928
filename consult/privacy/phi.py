"""Likely protected health information in a coding question. Pure; heuristics, not a guarantee.

Coders are asked not to send patient details, but some do. What we look for: dates of birth,
medical record numbers, member/subscriber IDs, Social Security numbers, and names written after
"patient"/"pt". A finding names its kind and span only; callers must never log the matched text.
Dates of service and CPT/ICD codes are deliberately not findings: they are the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consult.casefold import lowered

_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "date_of_birth": re.compile(
        rf"\b(?:d\.?o\.?b\.?|date of birth|birth ?date|born(?: on)?)\s*[:#-]?\s*{_DATE}", re.I
    ),
    "mrn": re.compile(
        r"\b(?:mrn|medical record(?: number| no\.?| #)?|chart(?: number| no\.?| #))\s*[:#-]?\s*[A-Z]{0,3}\d{4,12}\b",
        re.I,
    ),
    "member_id": re.compile(
        r"\b(?:member|subscriber|policy|insurance|medicare|medicaid|mbi)\s*(?:id|number|no\.?|#)\s*[:#-]?\s*"
        r"[A-Z0-9][A-Z0-9-]{5,19}\b",
        re.I,
    ),
    "ssn": re.compile(r"\b(?:ssn\s*[:#-]?\s*)?(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b", re.I),
    # "patient John Smith", "pt. Mary O'Neil", "Patient: Jane Doe" (two capitalised words).
    "patient_name": re.compile(
        r"\b(?i:patient|pt\.?)(?:'s)?(?:\s+name)?\s*[:,-]?\s+"
        r"(?:(?:mr|mrs|ms|miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+\b"
    ),
}
# How each kind is named to a person (the case page's warning).
KIND_NAMES = {
    "date_of_birth": "a date of birth", "mrn": "a medical record number", "member_id": "a member or policy ID",
    "ssn": "a Social Security number", "patient_name": "a patient name",
}
# Capitalised words after "patient" that are not names ("Patient Portal", "pt Monday").
_NOT_NAMES = re.compile(
    r"\b(?i:patient|pt\.?)(?:'s)?(?:\s+name)?\s*[:,-]?\s+(?:Is|Was|Has|Had|The|This|With|And|Who|"
    r"Portal|Care|Visit|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|New|Established)\b"
)


@dataclass(frozen=True)
class PhiFinding:
    kind: str
    start: int
    end: int


# A word each pattern needs (lower-cased). Case-blind searches are slow in Python's `re`, so a
# pattern runs only when one of its words is in the text.
_NEEDS: dict[str, tuple[str, ...]] = {
    "date_of_birth": ("do", "d.o", "birth", "born"),
    "mrn": ("mrn", "medical record", "chart"),
    "member_id": ("member", "subscriber", "policy", "insurance", "medicare", "medicaid", "mbi"),
    "ssn": ("-",),
    "patient_name": ("patient", "pt"),
}


def find_phi(text: str) -> list[PhiFinding]:
    found: list[PhiFinding] = []
    lower = lowered(text)  # None: every pattern runs
    for kind, pattern in _PATTERNS.items():
        if lower is not None and not any(word in lower for word in _NEEDS[kind]):
            continue
        for match in pattern.finditer(text):
            if kind == "patient_name" and _NOT_NAMES.match(text, match.start()):
                continue
            found.append(PhiFinding(kind, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def phi_kinds(*texts: str) -> tuple[str, ...]:
    """The kinds found in any of the texts, in a stable order, each once."""
    kinds = {f.kind for text in texts for f in find_phi(text)}
    return tuple(k for k in _PATTERNS if k in kinds)


def redact(text: str) -> str:
    """The text with every finding replaced by a placeholder naming its kind."""
    out, last = [], 0
    for f in find_phi(text):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(f"[{f.kind.replace('_', ' ')} removed]")
        last = f.end
    out.append(text[last:])
    return "".join(out)
