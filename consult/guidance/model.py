"""Plain data of the guidance engine: lines asked about, findings, and what it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from consult.reference.cards import CodeCard, ModifierInfo, PtpEdit
from consult.reference.vintages import Vintage


class Verdict(StrEnum):
    OK = "ok"
    WARN = "warn"
    INVALID = "invalid"
    UNKNOWN = "unknown"


class ReferenceData(Protocol):
    """What guidance reads, as of a date of service (consult/drafts/reference.py adapts the store)."""

    def card(self, code: str, dos: date) -> CodeCard: ...

    def ptp_edits(self, codes: list[str], dos: date) -> list[PtpEdit]: ...

    def vintage(self, family: str, dos: date) -> Vintage | None: ...

    def modifier(self, modifier: str, dos: date) -> ModifierInfo | None: ...

    def codes_in_range(self, first: str, last: str, dos: date) -> list[str]: ...


@dataclass(frozen=True)
class Line:
    """One code as asked about: its modifiers (attached anywhere in the text) and units."""

    code: str
    system: str
    modifiers: tuple[str, ...] = ()
    units: int | None = None
    groups: tuple[tuple[str, ...], ...] = ()  # the modifiers of each mention (one claim line)

    def together(self, *mods: str) -> bool:
        """Whether these modifiers were written on the same line (the same mention)."""
        return any(set(mods) <= set(g) for g in self.groups)

    def with_each(self, mod: str) -> set[str]:
        """Modifiers written on the same line as `mod`."""
        return {m for g in self.groups if mod in g for m in g if m != mod}


@dataclass(frozen=True)
class Finding:
    kind: str  # code | status | icd | addon | pctc | bilateral | multiple_procedure | surgeon_role
    #           | ptp | distinct_modifier | em_modifier | global | mue | telehealth | modifier_info
    codes: tuple[str, ...]
    modifier: str | None
    verdict: Verdict
    reason: str
    source: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "codes": list(self.codes),
            "modifier": self.modifier,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "source": self.source,
        }


@dataclass(frozen=True)
class Guidance:
    dos: date
    lines: tuple[Line, ...]
    intents: tuple[str, ...]
    findings: tuple[Finding, ...]
    cards: dict[str, CodeCard] = field(default_factory=dict)
    edits: tuple[PtpEdit, ...] = ()
    ptp_vintage: Vintage | None = None
    ptp_complete: bool = False
    sources: tuple[dict[str, Any], ...] = ()  # every vintage the answer used (Vintage.to_json)

    @property
    def verdict(self) -> Verdict:
        """The worst verdict of all findings (invalid > unknown > warn > ok)."""
        order = [Verdict.INVALID, Verdict.UNKNOWN, Verdict.WARN, Verdict.OK]
        present = {f.verdict for f in self.findings}
        return next((v for v in order if v in present), Verdict.OK)
