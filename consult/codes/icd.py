"""ICD-10-CM look-ups for the extractor, backed by the simple-icd-10-cm package (FY2026 data).

The package parses its XML on import (about 1.5 s), so it is loaded on first use and kept: the
data never changes while the process runs.
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


def dotted(code: str) -> str:
    """'I5022' -> 'I50.22'; three-character categories have no dot."""
    code = code.upper().replace(".", "")
    return code if len(code) <= 3 else f"{code[:3]}.{code[3:]}"


def is_code(code: str) -> bool:
    """A chapter-free ICD-10-CM item: a category, subcategory or full code (any form)."""
    code = code.upper().replace(".", "")
    return len(code) >= 3 and "-" not in code and _data().is_valid_item(code)


def is_billable(code: str) -> bool:
    code = code.upper().replace(".", "")
    return is_code(code) and bool(_data().is_leaf(code))


def warm() -> None:
    """Load the data now (about 1 s): benchmarks, and workers before their pool forks, so the
    first message with an ICD-10-CM code does not wait for it."""
    _data().get_all_codes()  # the package builds this list on first use
