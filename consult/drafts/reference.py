"""Adapter from the reference store (consult/reference) to what drafting and guidance read."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sqlalchemy import Engine, Table, select
from sqlmodel import Session

from consult.guidance.model import ReferenceData
from consult.reference.cards import CodeCard, ModifierInfo, PtpEdit
from consult.reference.store import ReferenceStore
from consult.reference.tables import RefRelease
from consult.reference.vintages import Vintage

# Cards are immutable and depend only on the loaded releases, the code and the date of service,
# so a worker keeps them across drafts. The key includes a signature of ref_release, which any
# import or re-import changes, so a new quarter's files are never answered from old cards.
_CARDS: dict[tuple[int, str, date], CodeCard] = {}
_VINTAGES: dict[tuple[int, str, date], Vintage | None] = {}
_MAX_CARDS = 20_000


_RELEASE: Table = RefRelease.__table__  # type: ignore[attr-defined]
# Built once: every draft runs it (issue #8).
_RELEASES = select(_RELEASE.c.id, _RELEASE.c.sha256).order_by(_RELEASE.c.id)


def _release_signature(session: Session) -> int:
    """Which database and which loaded files: (id, sha256) of every release, a few dozen rows."""
    conn = session.connection()
    rows = conn.execute(_RELEASES).all()
    return hash((_database_name(conn.engine), tuple(map(tuple, rows))))


@lru_cache(maxsize=16)
def _database_name(engine: Engine) -> str:
    return str(engine.url)


class StoreReference:
    """`ReferenceData` over one session's `ReferenceStore` (cards cached per release set)."""

    def __init__(self, session: Session) -> None:
        self.store = ReferenceStore(session)
        self.signature = _release_signature(session)

    def card(self, code: str, dos: date) -> CodeCard:
        key = (self.signature, code, dos)
        card = _CARDS.get(key)
        if card is None:
            if len(_CARDS) >= _MAX_CARDS:
                _CARDS.clear()
            card = _CARDS[key] = self.store.code_card(code, dos)
        return card

    def ptp_edits(self, codes: list[str], dos: date) -> list[PtpEdit]:
        return self.store.ptp_edits_between(codes, dos)

    def vintage(self, family: str, dos: date) -> Vintage | None:
        key = (self.signature, family, dos)
        if key not in _VINTAGES:
            if len(_VINTAGES) >= _MAX_CARDS:
                _VINTAGES.clear()
            _VINTAGES[key] = self.store.vintage(family, dos)
        return _VINTAGES[key]

    def modifier(self, modifier: str, dos: date) -> ModifierInfo | None:
        return self.store.modifier_info(modifier, dos)

    def codes_in_range(self, first: str, last: str, dos: date) -> list[str]:
        return self.store.codes_in_range(first, last, dos)


def reference_for(session: Session) -> ReferenceData:
    """The reference data as of each date of service, read through this session."""
    return StoreReference(session)
