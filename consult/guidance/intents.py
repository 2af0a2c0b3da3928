"""What the coder is asking: a small keyword classifier over the question text.

Intents (several may apply): code_info, pair, modifier, units, global, coverage, no_codes.
"""

from __future__ import annotations

import re

_PATTERNS = {
    "coverage": r"\b(?:cover(?:ed|age|s)?|reimburse\w*|pay(?:s|ment|able)?|paid|allowable|"
    r"fee schedule amount|how much|rate|medical(?:ly)? necess\w*|lcd|ncd|prior auth\w*|"
    r"pre-?auth\w*|denied|denial)\b",
    "pair": r"\b(?:together|same (?:day|date|session|encounter)|bundl\w*|ncci|ptp|cci|edits?|"
    r"separately|along with|in addition to|both)\b",
    "modifier": r"\b(?:modifiers?|mod\.?|append\w*)\b",
    "units": r"\b(?:units?|mue|how many|maximum|max|times|limit)\b",
    "global": r"\b(?:global(?: period| days| surgery)?|post-?op\w*|surgical package)\b",
    "code_info": r"\b(?:what (?:is|does)|meaning|mean|describe\w*|which code|right code|"
    r"correct code|valid|still active|deleted)\b",
}
_COMPILED = {name: re.compile(p, re.I) for name, p in _PATTERNS.items()}


def intents(text: str, *, has_codes: bool, has_modifiers: bool) -> tuple[str, ...]:
    if not has_codes and not has_modifiers:
        return ("no_codes",)
    found = [name for name, rx in _COMPILED.items() if rx.search(text)]
    if has_modifiers and "modifier" not in found:
        found.append("modifier")
    if not found:
        found.append("code_info")
    order = list(_PATTERNS)
    return tuple(sorted(found, key=order.index))
