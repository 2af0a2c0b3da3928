"""The extractor on hard cases written for these rules (tests/codes/hard_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest

from consult.codes.extract import extract
from tests.codes.hard_cases import CASES


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hard_case(text: str, expected: dict[str, Any]) -> None:
    found = extract(text)
    if "codes" in expected:
        assert sorted({m.code for m in found.codes}) == sorted(expected["codes"])
    if "modifiers" in expected:
        assert sorted(found.modifiers) == sorted(expected["modifiers"])
    if "pairs" in expected:
        pairs = {(m.code, mod) for m in found.codes for mod in m.modifiers}
        assert pairs == {tuple(p) for p in expected["pairs"]}
    if "ranges" in expected:
        assert [list(r) for r in found.ranges] == expected["ranges"]
