"""Code families for filtering and routing: named slices of CPT, HCPCS and ICD-10-CM.

A family is a code system, optionally a CPT category and a range of codes, so the same
definition answers "which family is this code in" (pure) and "which items mention this family"
(a SQL condition on the mention table).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_


@dataclass(frozen=True)
class Family:
    key: str
    label: str
    system: str
    category: str = ""
    first: str = ""  # inclusive range on the normalised code, compared as strings
    last: str = ""

    def contains(self, code: str, system: str, category: str) -> bool:
        if system != self.system or (self.category and category != self.category):
            return False
        return not self.first or self.first <= code <= self.last

    def condition(self, code: Any, system: Any, category: Any) -> Any:
        parts = [system == self.system]
        if self.category:
            parts.append(category == self.category)
        if self.first:
            parts += [code >= self.first, code <= self.last]
        return and_(*parts)


FAMILIES: tuple[Family, ...] = (
    Family("em", "E/M visits", "CPT", "I", "99202", "99499"),
    Family("anesthesia", "Anesthesia", "CPT", "I", "00100", "01999"),
    Family("surgery", "Surgery", "CPT", "I", "10004", "69990"),
    Family("radiology", "Radiology", "CPT", "I", "70010", "79999"),
    Family("lab", "Pathology and lab", "CPT", "I", "80047", "89398"),
    Family("medicine", "Medicine", "CPT", "I", "90281", "99199"),
    Family("cpt2", "CPT Category II", "CPT", "II"),
    Family("cpt3", "CPT Category III", "CPT", "III"),
    Family("hcpcs", "HCPCS Level II", "HCPCS"),
    Family("icd", "ICD-10-CM", "ICD-10-CM"),
)
BY_KEY = {f.key: f for f in FAMILIES}


def families_of(code: str, system: str, category: str) -> list[str]:
    return [f.key for f in FAMILIES if f.contains(code, system, category)]
