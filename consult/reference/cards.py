"""Typed answers of the reference store (frozen dataclasses, JSON-ready via `to_json`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any


def to_plain(obj: Any) -> Any:
    """Dataclasses, dates and tuples → JSON-ready values."""
    if isinstance(obj, date):
        return obj.isoformat()
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        return [to_plain(v) for v in obj]
    return obj


@dataclass(frozen=True)
class PtpEdit:
    column1: str
    column2: str
    effective: date
    deletion: date | None
    modifier_ind: str  # "0" not allowed, "1" allowed, "9" not applicable
    modifier_meaning: str
    rationale: str
    prior_1996: bool
    vintage: str
    source_file: str

    def to_json(self) -> dict[str, Any]:
        return to_plain(self)


@dataclass(frozen=True)
class PtpSummary:
    loaded: bool
    vintage: str | None
    as_column1: int = 0
    as_column2: int = 0
    sample_as_column1: tuple[PtpEdit, ...] = ()
    sample_as_column2: tuple[PtpEdit, ...] = ()


@dataclass(frozen=True)
class MueInfo:
    found: bool  # False: the MUE table is loaded but has no entry for the code
    value: int | None
    mai: int | None
    mai_meaning: str
    rationale: str
    vintage: str


@dataclass(frozen=True)
class AddonInfo:
    is_addon: bool
    edit_type: int | None
    type_meaning: str
    primaries: tuple[str, ...]  # CCCCC = contractor-defined
    notes: tuple[str, ...]
    primary_for: tuple[str, ...]  # add-on codes that accept this code as a primary
    vintage: str


@dataclass(frozen=True)
class TelehealthInfo:
    listed: bool
    status: str
    vintage: str


@dataclass(frozen=True)
class ModifierInfo:
    modifier: str
    system: str  # CPT (our one-line explanation) | HCPCS (public CMS text)
    text: str
    short_text: str
    ptp_associated: bool  # may bypass a PTP edit whose modifier indicator is 1
    terminated: date | None
    vintage: str
    covers_dos: bool


@dataclass(frozen=True)
class PfsRow:
    """Indicators of one PPRRVU row (modifier "" = global, or 26 / TC / 53)."""

    modifier: str
    status: str
    pctc: str
    global_days: str
    mult_proc: str
    bilat_surg: str
    asst_surg: str
    co_surg: str
    team_surg: str
    phys_supervision: str
    diag_imaging_family: str
    endo_base: str
    pre_op: float | None
    intra_op: float | None
    post_op: float | None
    work_rvu: float | None
    nf_total: float | None
    f_total: float | None
    nf_na: bool
    f_na: bool
    conv_factor: float | None


@dataclass(frozen=True)
class HistoryEvent:
    vintage: str
    effective: date
    event: str  # added | changed | deleted | terminated
    detail: str


@dataclass(frozen=True)
class CodeCard:
    code: str
    system: str  # CPT | HCPCS | ICD-10-CM | unknown
    found: bool
    dos: date
    vintage: str | None  # the vintage of the main facts (PFS, or the text source)
    status: str | None = None
    global_days: str | None = None
    pctc: str | None = None
    mult_proc: str | None = None
    bilat_surg: str | None = None
    asst_surg: str | None = None
    co_surg: str | None = None
    team_surg: str | None = None
    phys_supervision: str | None = None
    diag_imaging_family: str | None = None
    endo_base: str | None = None
    meanings: dict[str, str] = field(default_factory=dict)
    pfs_rows: tuple[PfsRow, ...] = ()
    modifier_rows: tuple[str, ...] = ()  # e.g. ("26", "TC") when those rows exist
    description: str = ""  # public text only: HCPCS Level II or ICD-10-CM
    billable: bool | None = None  # ICD-10-CM: leaf code valid for claims
    icd_notes: dict[str, list[str]] = field(default_factory=dict)
    mue: MueInfo | None = None
    addon: AddonInfo | None = None
    ptp: PtpSummary | None = None
    telehealth: TelehealthInfo | None = None
    summary: str = ""
    history: tuple[HistoryEvent, ...] = ()
    nearest_codes: tuple[str, ...] = ()  # when not found: loaded codes of the same shape nearby
    vintages: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # what is missing or uncertain, in words

    def to_json(self) -> dict[str, Any]:
        return to_plain(self)


__all__ = [
    "AddonInfo",
    "CodeCard",
    "HistoryEvent",
    "ModifierInfo",
    "MueInfo",
    "PfsRow",
    "PtpEdit",
    "PtpSummary",
    "TelehealthInfo",
    "to_plain",
]
