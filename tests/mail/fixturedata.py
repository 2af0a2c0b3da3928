"""The 44 odd-input fixtures and their expectations (written by build_fixtures.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
EXPECT: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expectations.json").read_text(encoding="utf-8"))
NAMES = sorted(EXPECT)
OURS = frozenset({"consult@example.test"})


def raw(name: str) -> bytes:
    return (FIXTURES / f"{name}.eml").read_bytes()


def case_numbers() -> set[int]:
    return {int(n[:2]) for n in NAMES}
