"""From an extraction to the lines guidance checks: each code once, its modifiers, its units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from consult.codes.extract import CodeMention, Extraction
from consult.guidance.model import Line, ReferenceData
from consult.reference.cards import CodeCard

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
_NUM = r"(\d{1,3}|" + "|".join(_WORDS) + r")"
# After the code (and any attached modifiers): "x3", "× 2", "(3 units)", "for 4 units", "3 units"
_AFTER = re.compile(
    r"(?:\s*[-\u2013]?\s*[A-Z0-9]{2}\b)*\s*(?:[x×]\s*" + r"(\d{1,3})\b"
    r"|[,(]?\s*(?:for|at|with|times|,)?\s*" + _NUM + r"\s*(?:units?|UOS|times)\b)",
    re.I,
)
# Before the code: "3 units of 20610", "two units 96372"
_BEFORE = re.compile(_NUM + r"\s*(?:units?|UOS)\s*(?:of\s+)?(?:CPT\s+|code\s+)?$", re.I)

EM_RANGES = ((99202, 99499),)


def is_em(code: str) -> bool:
    """Evaluation and management codes (CPT 99202-99499)."""
    return code.isdigit() and any(lo <= int(code) <= hi for lo, hi in EM_RANGES)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _WORDS[token.lower()]


def units_near(text: str, mention: CodeMention) -> int | None:
    start, end = mention.span
    after = _AFTER.match(text, end)
    if after:
        token = after.group(1) or after.group(2)
        if token:
            return _number(token)
    before = _BEFORE.search(text[max(0, start - 30):start])
    if before:
        return _number(before.group(1))
    return None


@dataclass(frozen=True)
class Ctx:
    """Everything a rule reads: the lines, their cards, the reference data, the date."""

    dos: date
    lines: tuple[Line, ...]
    cards: dict[str, CodeCard]
    ref: ReferenceData
    bare: tuple[str, ...] = ()  # modifiers asked about without being attached to a code
    range_ends: frozenset[str] = field(default_factory=frozenset)

    def procedures(self) -> list[Line]:
        """CPT/HCPCS lines that are services on the claim (not the ends of a range)."""
        return [ln for ln in self.lines if ln.system in ("CPT", "HCPCS")
                and ln.code not in self.range_ends]

    def others(self, line: Line) -> list[Line]:
        return [ln for ln in self.procedures() if ln.code != line.code]


def build_lines(extraction: Extraction, text: str) -> tuple[tuple[Line, ...], tuple[str, ...]]:
    """Each code once in first-seen order, with every modifier attached to it anywhere, the
    first units written next to it, and the modifiers mentioned but attached to nothing."""
    order: list[str] = []
    mods: dict[str, list[str]] = {}
    units: dict[str, int] = {}
    groups: dict[str, list[tuple[str, ...]]] = {}
    systems: dict[str, str] = {}
    for m in extraction.codes:
        if m.code not in mods:
            order.append(m.code)
            mods[m.code] = []
            systems[m.code] = m.system
        mods[m.code].extend(x for x in m.modifiers if x not in mods[m.code])
        if m.modifiers:
            groups.setdefault(m.code, []).append(m.modifiers)
        n = units_near(text, m)
        if n is not None and m.code not in units:
            units[m.code] = n
    lines = tuple(Line(c, systems[c], tuple(mods[c]), units.get(c), tuple(groups.get(c, ())))
                  for c in order)
    attached = {x for ms in mods.values() for x in ms}
    bare = tuple(x for x in extraction.modifiers if x not in attached)
    return lines, bare
