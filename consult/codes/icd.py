"""ICD-10-CM look-ups for the extractor, backed by the simple-icd-10-cm package (FY2026 data).

The package parses its XML on import (about 1.5 s), so it is loaded on first use and kept: the
data never changes while the process runs. Look-ups go through an index built from it once
(code without its dot -> billable), one dictionary access where the package's own functions
take several.
"""

from __future__ import annotations

import warnings
from functools import cache
from types import ModuleType


@cache
def _data() -> ModuleType:
    # The package reads its data with importlib.resources.read_text, deprecated since 3.11.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm
    return simple_icd_10_cm


@cache
def _index() -> dict[str, bool]:
    """Every category, subcategory and code, upper-case without its dot -> whether it is a
    billable code (a leaf). Chapters and blocks ('A00-A09') are not items the extractor reads."""
    data = _data()
    return {
        code.replace(".", ""): bool(data.is_leaf(code))
        for code in data.get_all_codes(True)
        if "-" not in code and len(code.replace(".", "")) >= 3
    }


def dotted(code: str) -> str:
    """'I5022' -> 'I50.22'; three-character categories have no dot."""
    code = code.upper().replace(".", "")
    return code if len(code) <= 3 else f"{code[:3]}.{code[3:]}"


def is_code(code: str) -> bool:
    """A chapter-free ICD-10-CM item: a category, subcategory or full code (any form)."""
    return code.upper().replace(".", "") in _index()


def is_billable(code: str) -> bool:
    return _index().get(code.upper().replace(".", ""), False)


def look_up(code: str) -> tuple[bool, bool]:
    """(is_code, is_billable) with one look-up."""
    billable = _index().get(code.upper().replace(".", ""))
    return billable is not None, bool(billable)


def warm() -> None:
    """Load the data and build the index now (about 1.5 s): benchmarks, and workers before
    their pool forks, so the first message with an ICD-10-CM code does not wait for it."""
    _index()
