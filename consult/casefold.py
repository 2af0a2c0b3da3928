"""Substring tests that stand in for case-blind regular expressions.

Python's `re` cannot skip ahead on an IGNORECASE pattern and tries it at every character, about
ten times the cost of a substring test on the lower-cased text. A pattern runs only when a word
it needs is in that text. The test is exact except for three characters that IGNORECASE
matches as i or s while `str.lower()` does not (İ, ı, ſ); text holding them gets no shortcut.
"""

from __future__ import annotations

_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def lowered(text: str) -> str | None:
    """`text.lower()`, or None when substring tests on it could miss a case-blind match.

    The result has the same length and offsets as `text` (İ, whose lower case is two
    characters, is one of the characters that give None).
    """
    if any(c in text for c in _ODD_CASE):
        return None
    return text.lower()
