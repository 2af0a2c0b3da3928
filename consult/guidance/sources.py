"""Where a finding comes from: the file vintage, the indicator and its value, and the rule.

Citations name public CMS documents only (no CPT text). Kept in one place so a reviewer can
check them, and so wording of a rule's citation changes in one line.
"""

from __future__ import annotations

from consult.reference.cards import CodeCard

PFS_RULE = "CMS PFS Relative Value File, Attachment A"
BILATERAL_RULE = "Medicare Claims Processing Manual (Pub. 100-04) ch. 12 §40.7"
MULTIPLE_RULE = "Pub. 100-04 ch. 12 §40.6"
COSURGEON_RULE = "Pub. 100-04 ch. 12 §40.8"
ASSISTANT_RULE = "Pub. 100-04 ch. 12 §20.4.3"
GLOBAL_RULE = "Pub. 100-04 ch. 12 §30.6.6 and §40.1"
NCCI_MODIFIERS = "NCCI Policy Manual (Medicare), ch. I, modifiers and modifier indicators"
NCCI_MUE = "NCCI Policy Manual (Medicare), ch. I, medically unlikely edits"
NCCI_ADDON = "NCCI Policy Manual (Medicare), ch. I, add-on codes"
TELEHEALTH_RULE = "CMS List of Medicare Telehealth Services; PFS final rule for the year"


def files_of(card: CodeCard, family: str) -> str:
    info = card.vintages.get(family) or {}
    files = info.get("source_files") or []
    starter = " (starter pack)" if info.get("starter_pack") else ""
    return (", ".join(str(f) for f in files) + starter) if files else ""


def pfs(card: CodeCard, indicator: str, value: str | None, rule: str = PFS_RULE) -> str:
    """'PFS RVU26A (pfs_rvu26a.csv (starter pack)): PCTC IND = 5; CMS PFS ... Attachment A'."""
    where = files_of(card, "pfs")
    label = f"PFS {card.vintage}" + (f" ({where})" if where else "")
    return f"{label}: {indicator} = {value if value else '-'}; {rule}"


def family(card: CodeCard, fam: str, what: str, rule: str) -> str:
    info = card.vintages.get(fam) or {}
    label = info.get("vintage") or fam.upper()
    where = files_of(card, fam)
    return f"{label}" + (f" ({where})" if where else "") + f": {what}; {rule}"
