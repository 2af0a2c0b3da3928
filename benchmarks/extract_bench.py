"""Throughput of the code extractor, alone and behind the pipeline's MIME parser.

    python benchmarks/extract_bench.py [--corpus DIR] [--messages N] [--rounds R]

The corpus is repeated until it holds at least N messages (default 10,000). In one run it times,
on the same bytes: bare `email.message_from_bytes`; `extract` alone on the already-decoded
question texts; `parse_message` alone; and `parse_message` + `question_text` + `extract` (what
the pipeline does). Each figure is the best of R rounds on one core, timed in process CPU time
(time.process_time) so that other work on a shared machine does not count against it; the
wall-clock rate is printed beside it. The extractor runs as `consult.codes` loads it: the mypyc
build when it matches the sources (scripts/build_compiled.py), else the plain modules
(CONSULT_PURE_PYTHON=1 forces those); the first lines say which.
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

from consult.codes import compiled, icd  # noqa: E402
from consult.codes.extract import extract, question_text  # noqa: E402
from consult.mail.parse import parse_message  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "questions"


def best_rate(work: Callable[[], None], count: int, rounds: int) -> tuple[float, float]:
    """(messages per CPU second, messages per wall-clock second), best round of each."""
    cpu = wall = float("inf")
    for _ in range(rounds):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        work()
        cpu = min(cpu, time.process_time() - start_cpu)
        wall = min(wall, time.perf_counter() - start_wall)
    return count / cpu, count / wall


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
    rates = {
        "email.message_from_bytes (bare)": best_rate(bare_parse, n, r),
        "extract alone": best_rate(extract_only, n, r),
        "parse_message alone": best_rate(parse_only, n, r),
        "parse_message + extract (pipeline)": best_rate(parse_and_extract, n, r),
    }
    bare = rates["email.message_from_bytes (bare)"][0]
    chars = sum(map(len, texts)) / n
    print(
        f"messages: {n} ({len(sample)} distinct from {args.corpus}, {chars:.0f} chars of text each)"
    )
    print(f"extractor: {compiled.status}")
    print(f"{'':36} {'msgs/CPU-s':>11} {'x bare':>7} {'msgs/wall-s':>12}")
    for name, (cpu, wall) in rates.items():
        print(f"{name:36} {cpu:11.0f} {cpu / bare:7.3f} {wall:12.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
