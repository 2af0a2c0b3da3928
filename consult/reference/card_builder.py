"""Assemble a CodeCard from the store: PFS indicators, MUE, add-on, PTP, telehealth, history."""

from __future__ import annotations

import warnings
from datetime import date
from typing import TYPE_CHECKING

from consult.codes.icd import dotted
from consult.reference import meanings as M
from consult.reference.cards import CodeCard, HistoryEvent, PfsRow
from consult.reference.vintages import Vintage

if TYPE_CHECKING:
    from sqlalchemy import Row  # PFS rows as ReferenceStore reads them: RefPfs's columns

    from consult.reference.store import ReferenceStore

ICD_PACKAGE_VINTAGE = "ICD-10-CM FY2026 April 1 update (simple-icd-10-cm)"
ICD_PACKAGE_WINDOW = (date(2026, 4, 1), date(2026, 9, 30))
INDICATORS = (
    "status", "global_days", "pctc", "mult_proc", "bilat_surg", "asst_surg", "co_surg",
    "team_surg", "phys_supervision", "diag_imaging_family",
)
MEANING_TABLES = {
    "status": M.STATUS, "global_days": M.GLOBAL_DAYS, "pctc": M.PCTC, "mult_proc": M.MULT_PROC,
    "bilat_surg": M.BILAT_SURG, "asst_surg": M.ASST_SURG, "co_surg": M.CO_SURG,
    "team_surg": M.TEAM_SURG, "phys_supervision": M.PHYS_SUPERVISION,
    "diag_imaging_family": M.DIAG_IMAGING_FAMILY,
}


def build_card(store: ReferenceStore, code: str, dos: date) -> CodeCard:
    from consult.reference.store import code_system

    icd = _icd()
    system = code_system(code)
    if system == "ICD-10-CM":
        return _icd_card(store, code, dos, notes=())
    card = _procedure_card(store, code, system, dos)
    if not card.found and system == "HCPCS" and icd.is_valid_item(code):
        # J1100 is also ICD-10-CM J11.00: say which reading we used and why.
        note = f"{code} is not a loaded HCPCS/CPT code; read as ICD-10-CM {dotted(code)}"
        return _icd_card(store, code, dos, notes=(note,))
    return card


def _icd():
    # Imported on first ICD use: the package parses its 10 MB tabular XML at import time.
    # simple-icd-10-cm 1.5 reads its data with the deprecated importlib.resources.read_text;
    # that warning is the package's, not ours, and must not turn into an error here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm

    return simple_icd_10_cm


def _pfs_row(r: Row) -> PfsRow:
    return PfsRow(
        modifier=r.modifier, status=r.status, pctc=r.pctc, global_days=r.global_days,
        mult_proc=r.mult_proc, bilat_surg=r.bilat_surg, asst_surg=r.asst_surg,
        co_surg=r.co_surg, team_surg=r.team_surg, phys_supervision=r.phys_supervision,
        diag_imaging_family=r.diag_imaging_family, endo_base=r.endo_base, pre_op=r.pre_op,
        intra_op=r.intra_op, post_op=r.post_op, work_rvu=r.work_rvu, nf_total=r.nf_total,
        f_total=r.f_total, nf_na=r.nf_na, f_na=r.f_na, conv_factor=r.conv_factor,
    )


def _procedure_card(store: ReferenceStore, code: str, system: str, dos: date) -> CodeCard:
    pfs_v, rows = store.pfs_rows(code, dos)
    hcpcs_v, hcpcs_row = store.hcpcs(code, dos) if system == "HCPCS" else (None, None)
    mue = store.mue(code, dos)
    addon = store.addon(code, dos)
    ptp = store.ptp_summary(code, dos)
    tele = store.telehealth(code, dos)
    found = bool(rows) or hcpcs_row is not None or bool(mue and mue.found) or bool(
        addon and (addon.is_addon or addon.primary_for)
    )
    notes = _missing_notes(store, dos, pfs_v, rows, mue is not None, system, hcpcs_v)
    main = next((r for r in rows if r.modifier == ""), rows[0] if rows else None)
    values = {name: getattr(main, name) for name in INDICATORS} if main else {}
    card_meanings = {k: M.meaning(MEANING_TABLES[k], v) for k, v in values.items() if v}
    description = hcpcs_row.long_description if hcpcs_row else ""
    if not description and main is not None and system == "HCPCS":
        description = main.description  # CMS short descriptor of a Level II code (public)
    vintages = {
        v.family: v.to_json()
        for v in (pfs_v, hcpcs_v, *(store.vintage(f, dos) for f in ("mue", "aoc", "ptp", "telehealth")))
        if v is not None
    }
    return CodeCard(
        code=code,
        system=system,
        found=found,
        dos=dos,
        vintage=pfs_v.label if pfs_v else (hcpcs_v.label if hcpcs_v else None),
        **values,
        endo_base=main.endo_base if main else None,
        meanings=card_meanings,
        pfs_rows=tuple(_pfs_row(r) for r in rows),
        modifier_rows=tuple(r.modifier for r in rows if r.modifier),
        description=description,
        mue=mue,
        addon=addon,
        ptp=ptp,
        telehealth=tele,
        summary=store.summary(code),
        history=tuple(_history(store, code, hcpcs_row)),
        nearest_codes=tuple(store.nearest_codes(code)) if not found else (),
        vintages=vintages,
        notes=tuple(notes),
    )


def _missing_notes(
    store: ReferenceStore, dos: date, pfs_v: Vintage | None, rows: list[Row], has_mue: bool,
    system: str, hcpcs_v: Vintage | None,
) -> list[str]:
    """Say plainly what is unknown, and whether that is 'not loaded' or 'not in the subset'."""
    day = dos.isoformat()
    notes = []
    if pfs_v is None:
        notes.append(f"No PFS relative value file is loaded for {day}: indicators unknown.")
    elif not rows and pfs_v.starter:
        notes.append(f"Not in the starter pack's {pfs_v.label} subset: import the PFS RVU file "
                     "for this code's indicators.")
    elif not rows:
        notes.append(f"Not in the PFS relative value file {pfs_v.label}.")
    mue_v = store.vintage("mue", dos)
    if mue_v is None:
        notes.append(f"No MUE table is loaded for {day}: MUE unknown.")
    elif not has_mue and mue_v.starter:
        notes.append(f"MUE unknown: not in the starter pack's {mue_v.label} subset.")
    if store.vintage("ptp", dos) is None:
        notes.append(f"No PTP file is loaded for {day}: pair edits unknown.")
    if system == "HCPCS" and hcpcs_v is None:
        notes.append(f"No HCPCS Level II file is loaded for {day}.")
    return notes


def _snapshot(rows: list[Row]) -> dict[str, tuple[str, ...]]:
    return {r.modifier: tuple(getattr(r, name) for name in INDICATORS) for r in rows}


def _diff(old: dict[str, tuple[str, ...]], new: dict[str, tuple[str, ...]]) -> str:
    parts = []
    for mod in sorted(new.keys() - old.keys()):
        parts.append(f"row {mod} added")
    for mod in sorted(old.keys() - new.keys()):
        parts.append(f"row {mod} removed")
    base_old, base_new = old.get(""), new.get("")
    if base_old and base_new:
        for name, a, b in zip(INDICATORS, base_old, base_new, strict=True):
            if a != b:
                parts.append(f"{name} {a or '-'}→{b or '-'}")
    return "; ".join(parts)


def _history(store: ReferenceStore, code: str, hcpcs_row: object) -> list[HistoryEvent]:
    """Changes of this code across loaded PFS vintages, plus HCPCS add/termination dates.

    "added"/"deleted" are only claimed between two full CMS files; a starter pack covers a
    chosen set of codes, so a code's absence from it proves nothing.
    """
    vintages = store.vintages().get("pfs", [])
    by_release = {rid: v for v in vintages for rid in v.release_ids}
    rows = store.pfs_all_rows(code)
    per_vintage: dict[Vintage, list[Row]] = {}
    for row in rows:
        v = by_release.get(row.release_id)
        if v is not None:
            per_vintage.setdefault(v, []).append(row)
    events: list[HistoryEvent] = []
    prev: tuple[Vintage, dict[str, tuple[str, ...]]] | None = None
    absent_from_full_file = False
    for v in vintages:
        snap = _snapshot(per_vintage.get(v, []))
        if not snap:
            if v.starter:
                continue
            if prev is not None:
                events.append(
                    HistoryEvent(v.label, v.effective_from, "deleted", f"absent from {v.label}")
                )
            prev, absent_from_full_file = None, True
            continue
        if prev is None:
            if absent_from_full_file and not v.starter:
                events.append(
                    HistoryEvent(v.label, v.effective_from, "added", f"first present in {v.label}")
                )
        else:
            change = _diff(prev[1], snap)
            if change:
                events.append(HistoryEvent(v.label, v.effective_from, "changed", change))
        prev = (v, snap)
    add_date = getattr(hcpcs_row, "add_date", None)
    term = getattr(hcpcs_row, "termination", None)
    if add_date:
        events.append(HistoryEvent("HCPCS", add_date, "added", "HCPCS add date"))
    if term:
        events.append(HistoryEvent("HCPCS", term, "terminated", "HCPCS termination date"))
    return sorted(events, key=lambda e: e.effective)


def _icd_card(store: ReferenceStore, code: str, dos: date, notes: tuple[str, ...]) -> CodeCard:
    icd = _icd()
    nodot = code.replace(".", "")
    db_v, row = store.icd10cm(nodot, dos)
    valid = icd.is_valid_item(nodot)
    description, billable, vintage = "", None, None
    icd_notes: dict[str, list[str]] = {}
    extra = list(notes)
    if row is not None and db_v is not None:
        description, billable, vintage = row.long_description, row.billable, db_v.label
    elif valid:
        description, billable, vintage = icd.get_description(nodot), icd.is_leaf(nodot), ICD_PACKAGE_VINTAGE
        if not (ICD_PACKAGE_WINDOW[0] <= dos <= ICD_PACKAGE_WINDOW[1]):
            extra.append(
                f"ICD-10-CM text is from the {ICD_PACKAGE_VINTAGE}; {dos.isoformat()} is outside "
                "that release's window: import that year's order file for an exact answer."
            )
    if valid:
        icd_notes = {
            "excludes1": icd.get_excludes1(nodot),
            "excludes2": icd.get_excludes2(nodot),
            "code_first": icd.get_code_first(nodot),
            "use_additional_code": icd.get_use_additional_code(nodot),
            "code_also": icd.get_code_also(nodot),
        }
        icd_notes = {k: v for k, v in icd_notes.items() if v}
    found = row is not None or valid
    if billable is False:
        extra.append("Header code: not valid on a claim; choose a more specific code.")
    return CodeCard(
        code=dotted(nodot) if valid else code,  # the package's add_dot scans its whole code list
        system="ICD-10-CM",
        found=found,
        dos=dos,
        vintage=vintage,
        description=description,
        billable=billable,
        icd_notes=icd_notes,
        summary=store.summary(nodot),
        notes=tuple(extra),
    )
