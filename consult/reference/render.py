"""A CodeCard as the plain-text reference card a coder expects (pure: card in, lines out)."""

from __future__ import annotations

from consult.reference.cards import CodeCard

LABELS = (
    ("status", "Status"), ("pctc", "PC/TC"), ("global_days", "Global days"),
    ("mult_proc", "Multiple procedure (51)"), ("bilat_surg", "Bilateral (50)"),
    ("asst_surg", "Assistant at surgery (80/81/82/AS)"), ("co_surg", "Co-surgeons (62)"),
    ("team_surg", "Team surgery (66)"), ("phys_supervision", "Physician supervision"),
    ("diag_imaging_family", "Diagnostic imaging family"),
)


def card_lines(card: CodeCard) -> list[str]:
    head = f"{card.code}  ({card.system})  date of service {card.dos.isoformat()}"
    lines = [head, "=" * len(head)]
    if not card.found:
        lines.append("Not found in the loaded reference data.")
        if card.nearest_codes:
            lines.append("Nearest loaded codes: " + ", ".join(card.nearest_codes))
    if card.summary:
        lines.append(f"Summary (ours): {card.summary}")
    if card.description:
        lines.append(f"Description ({card.system}, public text): {card.description}")
    if card.billable is not None:
        lines.append("Billable: yes" if card.billable else "Billable: no (header code)")
    for kind, items in card.icd_notes.items():
        lines.append(f"{kind.replace('_', ' ').capitalize()}: " + "; ".join(items))
    if card.status is not None:
        lines.append(f"\nFee schedule indicators ({card.vintage}):")
        for key, label in LABELS:
            value = getattr(card, key)
            if value:
                lines.append(f"  {label:<36} {value:<4} {card.meanings.get(key, '')}")
        if card.modifier_rows:
            lines.append(f"  Separate rows exist for modifier(s): {', '.join(card.modifier_rows)}")
        for row in card.pfs_rows:
            lines.append(
                f"  row {row.modifier or 'global':<6} work RVU {row.work_rvu}  total non-facility "
                f"{row.nf_total}{' (NA)' if row.nf_na else ''}  facility {row.f_total}"
                f"{' (NA)' if row.f_na else ''}  supervision {row.phys_supervision}"
            )
    if card.mue is not None:
        m = card.mue
        text = (f"{m.value} (MAI {m.mai}: {m.mai_meaning}; {m.rationale})" if m.found
                else "no MUE for this code")
        lines.append(f"\nMUE ({m.vintage}): {text}")
    if card.addon is not None:
        a = card.addon
        if a.is_addon:
            lines.append(f"\nAdd-on code (type {a.edit_type}: {a.type_meaning}); primaries: "
                         + ", ".join(a.primaries))
        if a.primary_for:
            lines.append(f"Primary code for add-on(s): {', '.join(a.primary_for)} ({a.vintage})")
    if card.ptp is not None and card.ptp.loaded:
        p = card.ptp
        lines.append(f"\nPTP edits ({p.vintage}): {p.as_column1} as column 1, {p.as_column2} as "
                     "column 2")
        for edit in (*p.sample_as_column1, *p.sample_as_column2)[:20]:
            lines.append(f"  {edit.column1} / {edit.column2}  modifier {edit.modifier_ind} "
                         f"({edit.modifier_meaning})  from {edit.effective}  {edit.rationale}")
    if card.telehealth is not None:
        t = card.telehealth
        lines.append(f"\nMedicare telehealth list ({t.vintage}): "
                     + (f"listed ({t.status})" if t.listed else "not listed"))
    if card.history:
        lines.append("\nHistory:")
        lines += [f"  {h.effective} {h.vintage}: {h.event} — {h.detail}" for h in card.history]
    if card.notes:
        lines.append("\nNotes:")
        lines += [f"  - {n}" for n in card.notes]
    sources = [f"{f}: {v['vintage']} ({', '.join(v['source_files'])})"
               for f, v in card.vintages.items()]
    if sources:
        lines.append("\nSources: " + "; ".join(sources))
    lines.append("CPT descriptors are not shown (AMA copyright).")
    return lines
