"""Read API of the reference store: answers as of a date of service, each naming its vintage.

Everything takes a SQLModel `Session` and a `date_of_service`. `ReferenceStore(session)` caches
the (small) release table for the life of the session so a draft with many codes resolves
vintages once; the module-level functions are thin wrappers for one-off calls.

Contract used by the guidance engine and the pipeline:
    ensure_reference_ready(url=None) -> None
    code_card(session, code, dos=None) -> CodeCard            (card.to_json() for `lookup --json`)
    ptp_edits_between(session, codes, dos=None) -> list[PtpEdit]
    ptp_loaded(session, dos=None) -> bool;  family_vintage(session, family, dos) -> Vintage | None
    known_codes(session, dos=None) -> set[str];  codes_in_range(session, first, last, dos=None)
    modifier_info(session, modifier, dos=None) -> ModifierInfo | None
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Row, Select
from sqlmodel import Session, col, select

from consult.reference import meanings as M
from consult.reference import queries as Q
from consult.reference.cards import (
    AddonInfo,
    CodeCard,
    HistoryEvent,
    ModifierInfo,
    MueInfo,
    PfsRow,
    PtpEdit,
    PtpSummary,
    TelehealthInfo,
)
from consult.reference.tables import RefHcpcs, RefIcd10cm, RefMue, RefPfs
from consult.reference.vintages import Vintage, load_vintages, pick

__all__ = [
    "AddonInfo",
    "CodeCard",
    "HistoryEvent",
    "ModifierInfo",
    "MueInfo",
    "PfsRow",
    "PtpEdit",
    "PtpSummary",
    "ReferenceStore",
    "TelehealthInfo",
    "Vintage",
    "code_card",
    "codes_in_range",
    "ensure_reference_ready",
    "family_vintage",
    "known_codes",
    "modifier_info",
    "normalize_code",
    "ptp_edits_between",
    "ptp_loaded",
]

CPT_RE = re.compile(r"^\d{4}[0-9AFMTU]$")
HCPCS2_RE = re.compile(r"^[A-V]\d{4}$")
ICD_RE = re.compile(r"^[A-TV-Z]\d[0-9A-Z](\.?[0-9A-Z]{1,4})?$|^U0\d(\.?[0-9A-Z]{1,4})?$")


def normalize_code(code: str) -> str:
    return code.strip().upper()


def code_system(code: str) -> str:
    """CPT, HCPCS or ICD-10-CM by shape (HCPCS wins for dot-less letter+4 digits; see cms-data §6)."""
    if "." in code:
        return "ICD-10-CM"
    if CPT_RE.match(code):
        return "CPT"
    if HCPCS2_RE.match(code):
        return "HCPCS"
    if ICD_RE.match(code):
        return "ICD-10-CM"
    return "unknown"


def _today() -> date:
    return date.today()


def _active(effective: date | None, deleted: date | None, dos: date) -> bool:
    """An edit applies from its effective date through its deletion date (inclusive).

    A deletion date equal to the effective date means the edit never took effect (CMS marks
    those with modifier indicator 9).
    """
    if effective is not None and dos < effective:
        return False
    if deleted is not None and (dos > deleted or deleted == effective):
        return False
    return True


@dataclass
class ReferenceStore:
    """Reads from one session; caches vintages for that session's lifetime."""

    session: Session
    _vintages: dict[str, list[Vintage]] | None = field(default=None, repr=False)
    _pfs_cache: dict[str, Sequence[Row]] = field(default_factory=dict, repr=False)

    # -- vintages ------------------------------------------------------------------------------
    def vintages(self) -> dict[str, list[Vintage]]:
        if self._vintages is None:
            self._vintages = load_vintages(self.session)
        return self._vintages

    def vintage(self, family: str, dos: date | None = None) -> Vintage | None:
        return pick(self.vintages().get(family, []), dos or _today())

    def is_loaded(self, family: str, dos: date | None = None) -> bool:
        return self.vintage(family, dos) is not None

    # -- PFS ------------------------------------------------------------------------------------
    def _rows(self, stmt: Select, **params: object) -> Sequence[Row]:
        """A prepared statement (consult/reference/queries.py) on the session's connection:
        plain rows, no ORM identity-map cost."""
        return self.session.connection().execute(stmt, params).all()

    def pfs_all_rows(self, code: str) -> Sequence[Row]:
        """Every PPRRVU row of `code` across all loaded vintages (for the card and history)."""
        if code not in self._pfs_cache:
            self._pfs_cache[code] = self._rows(Q.PFS_ROWS, code=code)
        return self._pfs_cache[code]

    def pfs_rows(self, code: str, dos: date | None = None) -> tuple[Vintage | None, list[Row]]:
        v = self.vintage("pfs", dos)
        if v is None:
            return None, []
        rows = [r for r in self.pfs_all_rows(code) if r.release_id in v.release_ids]
        return v, sorted(rows, key=lambda r: r.modifier)

    # -- PTP ------------------------------------------------------------------------------------
    def ptp_edits_between(self, codes: Sequence[str], dos: date | None = None) -> list[PtpEdit]:
        """Edits in force on `dos` between any two of `codes`, in either column order."""
        dos = dos or _today()
        wanted = sorted({normalize_code(c) for c in codes})
        v = self.vintage("ptp", dos)
        if v is None or len(wanted) < 2:
            return []
        rows = self._rows(Q.PTP_PAIRS, codes=wanted, ids=v.release_ids)
        files = dict(zip(v.release_ids, v.source_files, strict=True))
        edits = [
            _ptp_edit(r, v, files[r.release_id])
            for r in rows
            if r.column1 != r.column2 and _active(r.effective, r.deletion, dos)
        ]
        return sorted(edits, key=lambda e: (e.column1, e.column2))

    def ptp_summary(self, code: str, dos: date | None = None) -> PtpSummary:
        """How many edits `code` has on `dos` in each column, with the first few partners."""
        dos = dos or _today()
        v = self.vintage("ptp", dos)
        if v is None:
            return PtpSummary(loaded=False, vintage=None)
        files = dict(zip(v.release_ids, v.source_files, strict=True))
        params = {"code": code, "ids": v.release_ids, "dos": dos}
        counts = self._rows(Q.PTP_COUNTS, **params)[0]
        found: dict[str, tuple[int, tuple[PtpEdit, ...]]] = {}
        for name, total in zip(("column1", "column2"), counts, strict=True):
            rows = self._rows(Q.PTP_SAMPLES[name], **params) if total else []
            edits = sorted((_ptp_edit(r, v, files[r.release_id]) for r in rows),
                           key=lambda e: (e.column1, e.column2))
            found[name] = (total, tuple(edits))
        return PtpSummary(
            loaded=True,
            vintage=v.label,
            as_column1=found["column1"][0],
            as_column2=found["column2"][0],
            sample_as_column1=found["column1"][1],
            sample_as_column2=found["column2"][1],
        )

    # -- MUE, add-ons, telehealth -------------------------------------------------------------
    def mue(self, code: str, dos: date | None = None) -> MueInfo | None:
        v = self.vintage("mue", dos)
        if v is None:
            return None
        rows = self._rows(Q.MUE_ROW, code=code, ids=v.release_ids)
        if not rows:
            if v.starter:
                return None  # the starter pack covers chosen codes only: absence proves nothing
            return MueInfo(found=False, value=None, mai=None, mai_meaning="", rationale="",
                           vintage=v.label)
        row = rows[0]
        return MueInfo(found=True, value=row.value, mai=row.mai,
                       mai_meaning=M.MAI.get(row.mai, ""), rationale=row.rationale,
                       vintage=v.label)

    def addon(self, code: str, dos: date | None = None) -> AddonInfo | None:
        dos = dos or _today()
        v = self.vintage("aoc", dos)
        if v is None:
            return None
        rows = self._rows(Q.AOC_ROWS, code=code, ids=v.release_ids)
        live = [r for r in rows if _active(r.effective, r.deleted, dos)]
        as_addon = [r for r in live if r.addon == code]
        if v.starter and not rows:
            return None  # starter pack: only rows around its chosen codes
        types = sorted({r.edit_type for r in as_addon})
        return AddonInfo(
            is_addon=bool(as_addon),
            edit_type=types[0] if types else None,
            type_meaning=M.AOC_TYPE.get(types[0], "") if types else "",
            primaries=tuple(sorted({r.primary_code for r in as_addon})),
            notes=tuple(sorted({r.notes for r in as_addon if r.notes})),
            primary_for=tuple(sorted({r.addon for r in live if r.primary_code == code})),
            vintage=v.label,
        )

    def telehealth(self, code: str, dos: date | None = None) -> TelehealthInfo | None:
        v = self.vintage("telehealth", dos)
        if v is None:
            return None
        rows = self._rows(Q.TELE_STATUS, code=code, ids=v.release_ids)
        return TelehealthInfo(listed=bool(rows), status=rows[0].status if rows else "",
                              vintage=v.label)

    # -- text: HCPCS Level II, ICD-10-CM, our summaries -----------------------------------------
    def hcpcs(self, code: str, dos: date | None = None) -> tuple[Vintage | None, Row | None]:
        v = self.vintage("hcpcs", dos)
        if v is None:
            return None, None
        rows = self._rows(Q.HCPCS_ROW, code=code, ids=v.release_ids)
        return v, rows[0] if rows else None

    def icd10cm(self, code: str, dos: date | None = None) -> tuple[Vintage | None, RefIcd10cm | None]:
        v = self.vintage("icd10cm", dos)
        if v is None:
            return None, None
        row = self.session.exec(
            select(RefIcd10cm).where(
                RefIcd10cm.code == code.replace(".", ""),
                col(RefIcd10cm.release_id).in_(v.release_ids),
            )
        ).first()
        return v, row

    def summary(self, code: str) -> str:
        """Our plain-language summary: from the newest vintage that has one."""
        rows = self._rows(Q.SUMMARY_ROWS, code=code)
        if not rows:
            return ""
        starts = {rid: v.effective_from for vs in self.vintages().values() for v in vs
                  for rid in v.release_ids}
        return max(rows, key=lambda r: starts.get(r.release_id, date.min)).summary

    # -- modifiers ------------------------------------------------------------------------------
    def modifier_info(self, modifier: str, dos: date | None = None) -> ModifierInfo | None:
        """Our note for a CPT modifier, or the public HCPCS text (newest loaded that has it)."""
        mod = normalize_code(modifier).lstrip("-")
        dos = dos or _today()
        vintages = self.vintages()
        pool = [*vintages.get("modifiers", []), *vintages.get("hcpcs", [])]
        current = [v for v in (self.vintage("modifiers", dos), self.vintage("hcpcs", dos)) if v]
        # Modifier text changes rarely: fall back to older vintages rather than say nothing.
        ordered = current + sorted(pool, key=lambda v: v.effective_from, reverse=True)
        ids = tuple(dict.fromkeys(rid for v in ordered for rid in v.release_ids))
        rows = self._rows(Q.MODIFIER_ROWS, modifier=mod, ids=ids) if ids else []
        for vint in ordered:  # one query for all vintages, then the first in order that has it
            found = [r for r in rows if r.release_id in vint.release_ids]
            if found:
                row = sorted(found, key=lambda r: r.system != "CPT")[0]
                return ModifierInfo(
                    modifier=mod,
                    system=row.system,
                    text=row.text,
                    short_text=row.short_text,
                    ptp_associated=mod in M.PTP_ASSOCIATED_MODIFIERS,
                    terminated=row.termination,
                    vintage=vint.label,
                    covers_dos=vint.covers(dos),
                )
        return None

    # -- code sets ------------------------------------------------------------------------------
    def known_codes(self, dos: date | None = None) -> set[str]:
        """CPT/HCPCS codes present in the PFS, MUE or HCPCS vintage for `dos` (all if None)."""
        codes: set[str] = set()
        for family, table in (("pfs", RefPfs), ("mue", RefMue), ("hcpcs", RefHcpcs)):
            ids = self._ids(family, dos)
            if ids:
                codes.update(
                    self.session.exec(
                        select(table.code).where(col(table.release_id).in_(ids)).distinct()
                    ).all()
                )
        return codes

    def codes_in_range(self, first: str, last: str, dos: date | None = None) -> list[str]:
        """Loaded codes from `first` to `last` of the same shape (CPT has gaps: never count)."""
        first, last = normalize_code(first), normalize_code(last)
        if len(first) != 5 or len(last) != 5 or first > last:
            return []
        suffix = first[-1] if not first[-1].isdigit() else None
        result: set[str] = set()
        for family, table in (("pfs", Q.PFS), ("mue", Q.MUE), ("hcpcs", Q.HCPCS)):
            ids = self._ids(family, dos)
            if ids:
                stmt = Q.CODES_BETWEEN[table]
                result.update(r.code for r in self._rows(stmt, first=first, last=last, ids=ids))
        return sorted(
            c for c in result
            if len(c) == 5 and (c[-1] == suffix if suffix else c[-1].isdigit())
            and c[0].isdigit() == first[0].isdigit()
        )

    def nearest_codes(self, code: str, limit: int = 3) -> list[str]:
        """Loaded codes of the same shape just before and after `code` (any vintage)."""
        if len(code) != 5:
            return []
        pattern = ("____" + code[-1]) if not code[-1].isdigit() else "_____"
        first_digit = code[0].isdigit()
        found: list[str] = []
        for stmt in (Q.NEAREST_BELOW, Q.NEAREST_ABOVE):
            rows = [r.code for r in self._rows(stmt, code=code, pattern=pattern, window=limit * 4)]
            same = [c for c in rows if c[0].isdigit() == first_digit
                    and (c[-1].isdigit() or not code[-1].isdigit())][:limit]
            found.extend(same)
        return sorted(found)

    def _ids(self, family: str, dos: date | None) -> tuple[int, ...]:
        if dos is None:
            return tuple(i for v in self.vintages().get(family, []) for i in v.release_ids)
        v = self.vintage(family, dos)
        return v.release_ids if v else ()

    # -- the card -------------------------------------------------------------------------------
    def code_card(self, code: str, dos: date | None = None) -> CodeCard:
        from consult.reference.card_builder import build_card

        return build_card(self, normalize_code(code), dos or _today())


def _ptp_edit(row: Row, v: Vintage, source_file: str) -> PtpEdit:
    return PtpEdit(
        column1=row.column1,
        column2=row.column2,
        effective=row.effective,
        deletion=row.deletion,
        modifier_ind=row.modifier_ind,
        modifier_meaning=M.PTP_MODIFIER.get(row.modifier_ind, ""),
        rationale=row.rationale,
        prior_1996=row.prior_1996,
        vintage=v.label,
        source_file=source_file,
    )


# -- module-level wrappers (the documented contract) ---------------------------------------------
def code_card(session: Session, code: str, dos: date | None = None) -> CodeCard:
    return ReferenceStore(session).code_card(code, dos)


def ptp_edits_between(
    session: Session, codes: Sequence[str], dos: date | None = None
) -> list[PtpEdit]:
    return ReferenceStore(session).ptp_edits_between(codes, dos)


def ptp_loaded(session: Session, dos: date | None = None) -> bool:
    return ReferenceStore(session).is_loaded("ptp", dos)


def family_vintage(session: Session, family: str, dos: date | None = None) -> Vintage | None:
    return ReferenceStore(session).vintage(family, dos)


def known_codes(session: Session, dos: date | None = None) -> set[str]:
    return ReferenceStore(session).known_codes(dos)


def codes_in_range(session: Session, first: str, last: str, dos: date | None = None) -> list[str]:
    return ReferenceStore(session).codes_in_range(first, last, dos)


def modifier_info(session: Session, modifier: str, dos: date | None = None) -> ModifierInfo | None:
    return ReferenceStore(session).modifier_info(modifier, dos)


def ensure_reference_ready(url: str | None = None) -> None:
    """Migrate the database to head and load the starter pack if no reference data is loaded.

    Idempotent and cheap when already done (one migration check, one count).
    """
    from consult.reference.starter_pack import ensure_starter_pack

    ensure_starter_pack(url)

