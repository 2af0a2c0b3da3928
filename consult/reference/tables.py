"""Versioned reference tables.

Every imported file is one `ref_release` row (family, vintage such as RVU26A or v322r0, part,
source file, sha256, effective window). Data rows point at their release, so every answer can
name the file and vintage it came from, and a new quarter never overwrites the last one.

Dates of a vintage: `effective_from` comes from the file (name or title); the window ends where
the next vintage of the same family starts, or at `effective_to` when the file says so (the
telehealth list is per calendar year). See consult/reference/store.py for the resolution rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

FAMILIES = ("pfs", "ptp", "mue", "aoc", "hcpcs", "icd10cm", "telehealth", "modifiers", "summary")


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _release_fk() -> Column:
    return Column(Integer, ForeignKey("ref_release.id", ondelete="CASCADE"), nullable=False)


class RefRelease(SQLModel, table=True):
    """One loaded file. Re-importing the same (family, vintage, part, starter) replaces it."""

    __tablename__ = "ref_release"
    __table_args__ = (
        UniqueConstraint("family", "vintage", "part", "starter", name="uq_ref_release_file"),
        Index("ix_ref_release_family_eff", "family", "effective_from"),
    )
    id: int | None = Field(default=None, primary_key=True)
    family: str = Field(max_length=20)  # one of FAMILIES
    vintage: str = Field(max_length=40)  # RVU26A, v322r0, MUE 2026-07-01, AOC 2026Q2, ...
    part: str = Field(default="", max_length=10)  # f1..f4 for PTP; "" otherwise
    source_file: str = Field(max_length=500)
    sha256: str = Field(default="", max_length=64)
    effective_from: date
    effective_to: date | None = None  # only when the file itself says when it ends
    starter: bool = False  # shipped starter pack (an operator's file of the same date wins)
    row_count: int = 0
    loaded_at: datetime = Field(default_factory=_utcnow)


class RefPfs(SQLModel, table=True):
    """A PPRRVU row: one per code and modifier (blank = global, 26, TC, 53)."""

    __tablename__ = "ref_pfs"
    __table_args__ = (
        UniqueConstraint("release_id", "code", "modifier", name="uq_ref_pfs_row"),
        Index("ix_ref_pfs_code", "code", "release_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=5)
    modifier: str = Field(default="", max_length=2)
    # CMS short descriptor, kept only for HCPCS Level II codes (CPT descriptors are AMA text).
    description: str = Field(default="", max_length=100)
    status: str = Field(default="", max_length=1)
    not_used_for_medicare: bool = False
    work_rvu: float | None = None
    nf_pe_rvu: float | None = None
    nf_na: bool = False
    f_pe_rvu: float | None = None
    f_na: bool = False
    mp_rvu: float | None = None
    nf_total: float | None = None
    f_total: float | None = None
    pctc: str = Field(default="", max_length=1)
    global_days: str = Field(default="", max_length=3)
    pre_op: float | None = None
    intra_op: float | None = None
    post_op: float | None = None
    mult_proc: str = Field(default="", max_length=1)
    bilat_surg: str = Field(default="", max_length=1)
    asst_surg: str = Field(default="", max_length=1)
    co_surg: str = Field(default="", max_length=1)
    team_surg: str = Field(default="", max_length=1)
    pricing_ind: str = Field(default="", max_length=1)  # PRIC IND, 2026 onwards
    endo_base: str = Field(default="", max_length=5)
    conv_factor: float | None = None
    phys_supervision: str = Field(default="", max_length=2)
    calc_flag: str = Field(default="", max_length=1)
    diag_imaging_family: str = Field(default="", max_length=2)


class RefPtp(SQLModel, table=True):
    """An NCCI practitioner PTP edit (column 1 / column 2 pair)."""

    __tablename__ = "ref_ptp"
    __table_args__ = (
        Index("ix_ref_ptp_c1", "column1", "column2", "release_id"),
        # Covers the in-force filter, so counting a code's column-2 edits reads no table rows.
        Index("ix_ref_ptp_c2", "column2", "release_id", "effective", "deletion"),
    )
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    column1: str = Field(max_length=5)
    column2: str = Field(max_length=5)
    prior_1996: bool = False
    effective: date
    deletion: date | None = None  # None: the file says "*" (still active)
    modifier_ind: str = Field(max_length=1)  # 0 not allowed, 1 allowed, 9 not applicable
    rationale: str = Field(default="", max_length=200)


class RefPtpBusy(SQLModel, table=True):
    """Edits of a busy code in one PTP file, counted per effective window at import.

    E/M visits, venipuncture or injections are column 2 of thousands of edits; counting those
    on the index took half a millisecond per card. Only (file, code, column) groups of
    `loading.BUSY_EDITS` or more edits are tallied here; the others are counted on the index.
    """

    __tablename__ = "ref_ptp_busy"
    __table_args__ = (Index("ix_ref_ptp_busy_code", "code", "side", "release_id"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=5)
    side: int  # 1: the code is column 1 of these edits; 2: column 2
    effective: date
    deletion: date | None = None
    edits: int


class RefMue(SQLModel, table=True):
    __tablename__ = "ref_mue"
    __table_args__ = (UniqueConstraint("code", "release_id", name="uq_ref_mue_code"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=5)
    value: int
    mai: int  # 1 line edit, 2 date-of-service policy, 3 date-of-service clinical
    mai_text: str = Field(default="", max_length=100)
    rationale: str = Field(default="", max_length=200)


class RefAddon(SQLModel, table=True):
    """An NCCI add-on code edit: one row per (add-on, primary) pair."""

    __tablename__ = "ref_addon"
    __table_args__ = (
        Index("ix_ref_addon_addon", "addon", "release_id"),
        Index("ix_ref_addon_primary", "primary_code", "release_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    edit_type: int  # 1 primaries all defined, 2 contractor defined, 3 some defined
    addon: str = Field(max_length=5)
    addon_deleted: date | None = None
    primary_code: str = Field(max_length=5)  # CCCCC: contractor-defined primaries
    primary_deleted: date | None = None
    effective: date | None = None
    deleted: date | None = None
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class RefHcpcs(SQLModel, table=True):
    """A HCPCS Level II code with its public long and short descriptions."""

    __tablename__ = "ref_hcpcs"
    __table_args__ = (UniqueConstraint("code", "release_id", name="uq_ref_hcpcs_code"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=5)
    long_description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    short_description: str = Field(default="", max_length=60)
    coverage: str = Field(default="", max_length=1)
    pricing: str = Field(default="", max_length=2)
    betos: str = Field(default="", max_length=3)
    add_date: date | None = None
    action_effective: date | None = None
    termination: date | None = None
    action_code: str = Field(default="", max_length=1)


class RefModifier(SQLModel, table=True):
    """A modifier: HCPCS Level II with its public text, or CPT with our own one-line note."""

    __tablename__ = "ref_modifier"
    __table_args__ = (
        UniqueConstraint("modifier", "system", "release_id", name="uq_ref_modifier"),
    )
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    modifier: str = Field(max_length=2)
    system: str = Field(max_length=5)  # HCPCS | CPT
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    short_text: str = Field(default="", max_length=60)
    add_date: date | None = None
    termination: date | None = None


class RefIcd10cm(SQLModel, table=True):
    """ICD-10-CM order-file row (operators' files; the package's own data is read directly)."""

    __tablename__ = "ref_icd10cm"
    __table_args__ = (UniqueConstraint("code", "release_id", name="uq_ref_icd10cm_code"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=7)  # without the dot
    billable: bool
    short_description: str = Field(default="", max_length=60)
    long_description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class RefTelehealth(SQLModel, table=True):
    """A code on the CMS List of Medicare Telehealth Services (no descriptor kept)."""

    __tablename__ = "ref_telehealth"
    __table_args__ = (UniqueConstraint("code", "release_id", name="uq_ref_telehealth_code"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=5)
    status: str = Field(default="", max_length=100)  # Maintain, Addition, Permanent, ...


class RefSummary(SQLModel, table=True):
    """Our own plain-language summary of a code (never CPT descriptor text)."""

    __tablename__ = "ref_summary"
    __table_args__ = (UniqueConstraint("code", "release_id", name="uq_ref_summary_code"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(sa_column=_release_fk())
    code: str = Field(max_length=7)
    summary: str = Field(sa_column=Column(Text, nullable=False))
