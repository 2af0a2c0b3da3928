"""Every benchmark from one entry point; writes their figures to docs/performance.md.

    .venv/bin/python benchmarks/run_all.py [--only throughput,latency] [--no-write]

Each benchmark runs as its own process with the sizes the issues name (2,000 questions, the
full 2.63M PTP rows, 20 questions/s for 60 s), on SQLite and, for the pipeline, on the local
PostgreSQL too: about 8 minutes on two cores. The figures are the scripts' own output, kept
verbatim under the command that produced them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS: dict[str, list[str]] = {
    "extraction": ["benchmarks/extract_bench.py", "--rounds", "3"],  # 10,020 messages, as #3 asks
    "import": ["benchmarks/reference_bench.py", "--lookups", "2000"],  # the full 2.63M PTP rows
    "queue page": ["benchmarks/queue_bench.py", "--cases", "2000", "--runs", "10"],
    "throughput": ["benchmarks/throughput.py", "--messages", "2000"],
    "latency": ["benchmarks/latency.py", "--rate", "20", "--seconds", "60"],
    "throughput-postgres": ["benchmarks/throughput.py", "--messages", "2000", "--database", "postgres"],
    "latency-postgres": ["benchmarks/latency.py", "--rate", "20", "--seconds", "60", "--database", "postgres"],
}
BEGIN, END = "<!-- run_all:begin -->", "<!-- run_all:end -->"


def run(name: str, args: list[str]) -> tuple[str, float, int]:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
    out = "\n".join(line for line in proc.stdout.splitlines() if line.strip())
    if proc.returncode:
        out += "\n" + proc.stderr[-2000:]
    return out, time.perf_counter() - t0, proc.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated names: " + ", ".join(RUNS))
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs/performance.md alone")
    args = ap.parse_args()
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(RUNS)
    sections = []
    for name in names:
        cmd = " ".join([".venv/bin/python", *RUNS[name]])
        print(f"== {name}: {cmd}", flush=True)
        out, secs, code = run(name, RUNS[name])
        print(out, flush=True)
        status = "" if code == 0 else f" — FAILED (exit {code})"
        sections.append(f"### {name}{status}\n\n`{cmd}` ({secs:.0f} s)\n\n```\n{out}\n```\n")
    if args.no_write:
        return
    doc = ROOT / "docs" / "performance.md"
    text = doc.read_text() if doc.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    block = f"{BEGIN}\n## Last `benchmarks/run_all.py` run ({stamp}, {', '.join(names)})\n\n" + "\n".join(sections) + END
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    doc.write_text(head + block + tail)
    print(f"wrote {doc}")


if __name__ == "__main__":
    main()
