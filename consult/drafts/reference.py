"""Adapter from the reference store (consult/reference) to what drafting and guidance read."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from consult.guidance.model import ReferenceData
from consult.reference.cards import CodeCard, ModifierInfo, PtpEdit
from consult.reference.store import ReferenceStore
from consult.reference.vintages import Vintage


class StoreReference:
    """`ReferenceData` over one session's `ReferenceStore` (cards cached per code and date)."""

    def __init__(self, session: Session) -> None:
        self.store = ReferenceStore(session)
        self._cards: dict[tuple[str, date], CodeCard] = {}

    def card(self, code: str, dos: date) -> CodeCard:
        key = (code, dos)
        if key not in self._cards:
            self._cards[key] = self.store.code_card(code, dos)
        return self._cards[key]

    def ptp_edits(self, codes: list[str], dos: date) -> list[PtpEdit]:
        return self.store.ptp_edits_between(codes, dos)

    def vintage(self, family: str, dos: date) -> Vintage | None:
        return self.store.vintage(family, dos)

    def modifier(self, modifier: str, dos: date) -> ModifierInfo | None:
        return self.store.modifier_info(modifier, dos)

    def codes_in_range(self, first: str, last: str, dos: date) -> list[str]:
        return self.store.codes_in_range(first, last, dos)


def reference_for(session: Session) -> ReferenceData:
    """The reference data as of each date of service, read through this session."""
    return StoreReference(session)
