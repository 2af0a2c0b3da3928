"""Score the extractor against a labelled corpus (the format of shared/corpus/README.md).

Messages are read exactly as the pipeline reads them: parse_message, then the subject and the
new text joined by question_text, with the message's Date header as "today". Codes, modifiers
and code-modifier pairs are scored as sets per message and summed over the corpus
(micro-averaged). A trap counts as reported when a code span falls inside one of the trap
string's occurrences in the text. A label with a "date_of_service" key (an ISO date or null; not
in the shared corpus's format) is compared with the date the extractor gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from consult.codes.extract import Extraction, extract, question_text
from consult.mail.parse import parse_message


@dataclass
class Tally:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0

    def add(self, predicted: set[object], expected: set[object]) -> None:
        self.true_pos += len(predicted & expected)
        self.false_pos += len(predicted - expected)
        self.false_neg += len(expected - predicted)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 1.0


@dataclass
class Score:
    messages: int = 0
    codes: Tally = field(default_factory=Tally)
    modifiers: Tally = field(default_factory=Tally)
    pairs: Tally = field(default_factory=Tally)
    ranges: Tally = field(default_factory=Tally)
    traps_reported: int = 0
    dates_scored: int = 0
    dates_agreed: int = 0
    problems: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        rows = [f"messages scored: {self.messages}"]
        for name in ("codes", "modifiers", "pairs", "ranges"):
            t: Tally = getattr(self, name)
            rows.append(
                f"{name:<10} precision {t.precision:.3f}  recall {t.recall:.3f}  "
                f"(tp {t.true_pos}, fp {t.false_pos}, fn {t.false_neg})"
            )
        rows.append(f"traps reported as codes: {self.traps_reported}")
        if self.dates_scored:
            rows.append(f"date of service agreed: {self.dates_agreed} of {self.dates_scored}")
        return rows


def load_labels(corpus: Path) -> list[dict[str, object]]:
    path = corpus / "labels.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_question(path: Path) -> tuple[str, date | None]:
    """The question text of a message and the day it was sent."""
    msg = parse_message(path.read_bytes())
    return question_text(msg.subject, msg.new_text), sent_on(msg.date)


def sent_on(header: str) -> date | None:
    """The day of a Date header; None when it is missing or unreadable."""
    try:
        return parsedate_to_datetime(header).date() if header else None
    except (TypeError, ValueError):
        return None


def evaluate(corpus: Path) -> Score:
    score = Score()
    for label in load_labels(corpus):
        name = str(label["file"])
        text, today = read_question(corpus / name)
        score_one(score, name, text, extract(text, today=today), label)
    return score


def score_one(
    score: Score, name: str, text: str, found: Extraction, label: dict[str, object]
) -> None:
    score.messages += 1
    codes = {m.code for m in found.codes}
    mods = set(found.modifiers)
    pairs = {(m.code, mod) for m in found.codes for mod in m.modifiers}
    ranges = set(found.ranges)
    want_codes = set(_strings(label["codes"]))
    want_mods = set(_strings(label["modifiers"]))
    want_pairs = {(str(c), str(m)) for c, m in _pairs(label["pairs"])}
    want_ranges = {(str(a), str(b)) for a, b in _pairs(label["ranges"])}
    for kind, got, want, tally in (
        ("code", codes, want_codes, score.codes),
        ("modifier", mods, want_mods, score.modifiers),
        ("pair", pairs, want_pairs, score.pairs),
        ("range", ranges, want_ranges, score.ranges),
    ):
        tally.add(got, want)  # type: ignore[arg-type]
        for extra in sorted(map(str, got - want)):
            score.problems.append(f"{name}: extra {kind} {extra}")
        for missing in sorted(map(str, want - got)):
            score.problems.append(f"{name}: missed {kind} {missing}")
    if "date_of_service" in label:
        score.dates_scored += 1
        dos = found.date_of_service.isoformat() if found.date_of_service else None
        if dos == label["date_of_service"]:
            score.dates_agreed += 1
        else:
            score.problems.append(
                f"{name}: date of service {dos}, labelled {label['date_of_service']}"
            )
    for trap in _strings(label.get("traps", [])):
        hit = _trap_hit(text, trap, found)
        if hit:
            score.traps_reported += 1
            score.problems.append(f"{name}: trap {trap!r} reported as code {hit}")


def _trap_hit(text: str, trap: str, found: Extraction) -> str | None:
    start = text.find(trap)
    while start >= 0:
        end = start + len(trap)
        for m in found.codes:
            if start <= m.span[0] and m.span[1] <= end:
                return m.code
        start = text.find(trap, start + 1)
    return None


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, Iterable) else []


def _pairs(value: object) -> list[tuple[object, object]]:
    return [(p[0], p[1]) for p in value] if isinstance(value, list) else []
