"""The quality bar of issue #3, measured on the shared labelled corpus when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from consult.codes.commands import DEFAULT_CORPUS
from consult.codes.evaluate import evaluate

pytestmark = pytest.mark.skipif(
    not (DEFAULT_CORPUS / "labels.jsonl").is_file(), reason="shared corpus not beside the repo"
)


def test_shared_corpus_meets_the_quality_bar() -> None:
    score = evaluate(Path(DEFAULT_CORPUS))
    report = "\n".join(score.lines() + score.problems)
    assert score.messages == 60
    assert score.codes.precision >= 0.99 and score.codes.recall >= 0.99, report
    assert score.modifiers.precision >= 0.99 and score.modifiers.recall >= 0.99, report
    assert score.pairs.recall >= 0.98 and score.pairs.precision >= 0.90, report
    assert score.traps_reported == 0, report
