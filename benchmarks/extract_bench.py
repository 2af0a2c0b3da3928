"""Throughput of the code extractor, alone and behind the pipeline's MIME parser.

    python benchmarks/extract_bench.py [--corpus DIR] [--messages N] [--rounds R]

The corpus is repeated until it holds at least N messages (default 10,000). In one run it times,
on the same bytes: bare `email.message_from_bytes`; `extract` alone on the already-decoded
question texts; `parse_message` alone; and `parse_message` + `question_text` + `extract` (what
the pipeline does). Each figure is the best of R rounds, on one core.
"""

from __future__ import annotations

import argparse
import email
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from consult.codes import icd  # noqa: E402
from consult.codes.extract import extract, question_text  # noqa: E402
from consult.mail.parse import parse_message  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "questions"


def best_rate(work: Callable[[], None], count: int, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return count / best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    files = sorted(args.corpus.glob("*.eml"))
    if not files:
        print(f"no .eml files in {args.corpus}; pass --corpus DIR", file=sys.stderr)
        return 2
    sample = [f.read_bytes() for f in files]
    raws = sample * -(-args.messages // len(sample))
    icd.warm()
    texts = []
    for raw in raws:
        msg = parse_message(raw)
        texts.append(question_text(msg.subject, msg.new_text))

    def bare_parse() -> None:
        for raw in raws:
            email.message_from_bytes(raw)

    def extract_only() -> None:
        for text in texts:
            extract(text)

    def parse_only() -> None:
        for raw in raws:
            parse_message(raw)

    def parse_and_extract() -> None:
        for raw in raws:
            msg = parse_message(raw)
            extract(question_text(msg.subject, msg.new_text))

    n, r = len(raws), args.rounds
    bare = best_rate(bare_parse, n, r)
    alone = best_rate(extract_only, n, r)
    parsed = best_rate(parse_only, n, r)
    both = best_rate(parse_and_extract, n, r)
    chars = sum(map(len, texts)) / n
    print(f"messages: {n} ({len(sample)} distinct from {args.corpus}, {chars:.0f} chars of text each)")
    print(f"email.message_from_bytes (bare)      {bare:9.0f} msgs/s")
    print(f"extract alone                        {alone:9.0f} msgs/s  ({alone / bare:.2f}x bare)")
    print(f"parse_message alone                  {parsed:9.0f} msgs/s  ({parsed / bare:.2f}x bare)")
    print(f"parse_message + extract (pipeline)   {both:9.0f} msgs/s  ({both / bare:.2f}x bare)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
