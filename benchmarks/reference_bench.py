"""Reference-data benchmark: full-size NCCI PTP import into SQLite, then lookup latency.

Generates four practitioner PTP parts in the real TXT layout (6-line wrapped header, tab
separated, about 2.6 million rows in all), imports them with `consult data import`'s code path
(one transaction per file) into a fresh SQLite database with the starter pack loaded, then
times pair lookups (`ptp_edits_between`), one code's edits (`ptp_summary`) and full code cards
(`code_card`) in the same run.

The real files are skewed: E/M visits, venipuncture, injections and nerve blocks are column 2 of
nearly every procedure code (thousands of edits each), while a typical code has a few hundred.
The generator reproduces that: HUB_SHARE of the rows pair every column-1 code with some of a
fixed set of busy column-2 codes. Lookups alternate between the column-1 and the column-2 code
of a sampled edit, so busy codes are looked up as often as their share of the rows.

    .venv/bin/python benchmarks/reference_bench.py [--rows 2630000] [--lookups 5000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from consult.db import dispose_engines, session_scope
from consult.reference.loading import import_file
from consult.reference.store import ReferenceStore, ensure_reference_ready

HEADER = [
    "CPT only copyright 2025 American Medical Association.  All rights reserved.\t\t\t\t\t\t",
    "Column1/Column2 Edits\t\t\t\t\t\t",
    "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
    "\t\tprior to 1996\tDate\tDate\t0=not allowed\t",
    "\t\t\t\t*=no data\t1=allowed\t",
    "\t\t\t\t\t9=not applicable\t",
]
RATIONALES = [
    "Misuse of column two code with column one code", "Standards of medical/surgical practice",
    "CPT Manual or CMS manual coding instruction", "Mutually exclusive procedures",
    "More extensive procedure", "HCPCS/CPT procedure code definition",
]


# Column 2 of most procedure codes in the real files (E/M, access, infusion, blocks, ECG).
HUB_CODES = (
    "99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215", "99221",
    "99222", "99223", "99231", "99232", "99233", "99238", "99281", "99282", "99283", "99284",
    "99285", "99291", "36000", "36410", "36591", "96360", "96365", "96372", "96374", "96375",
    "96376", "69990", "62322", "62323", "64450", "64415", "93000", "93005", "93010", "J2001",
)
HUB_SHARE = 0.15


def code_universe(rng: random.Random, size: int = 16_000) -> list[str]:
    codes = {f"{n:05d}" for n in rng.sample(range(10_000, 99_999), size - 2_000)}
    codes |= {f"{n:04d}T" for n in range(1, 1_000)}
    codes |= {f"{letter}{n:04d}" for letter in "GJ" for n in rng.sample(range(1, 9_999), 500)}
    return sorted(codes | set(HUB_CODES))


def write_parts(folder: Path, total_rows: int, seed: int = 7) -> tuple[list[Path], list[tuple[str, str]]]:
    rng = random.Random(seed)
    codes = code_universe(rng)
    hub_per_code = total_rows * HUB_SHARE / len(codes)
    per_code = round(total_rows * (1 - HUB_SHARE) / len(codes))
    hub_chance = min(1.0, hub_per_code / len(HUB_CODES))
    paths, sample_pairs, written = [], [], 0
    bounds = [len(codes) * k // 4 for k in range(5)]
    for part in range(4):
        path = folder / f"ccipra-v322r0-f{part + 1}.TXT"
        with path.open("w", encoding="latin-1", newline="") as fh:
            fh.write("\r\n".join(HEADER) + "\r\n")
            for c1 in codes[bounds[part]:bounds[part + 1]]:
                hubs = {h for h in HUB_CODES if rng.random() < hub_chance}
                partners = sorted(set(rng.sample(codes, per_code)) | hubs)
                lines = []
                for c2 in partners:
                    if c2 == c1:
                        continue
                    eff = rng.choice(("19960101", "20090101", "20150401", "20220101", "20260101"))
                    dele = "*" if rng.random() < 0.7 else rng.choice(("20231231", "20251231"))
                    mod = "9" if dele == eff else rng.choice("01")
                    lines.append(f"{c1}\t{c2}\t\t{eff}\t{dele}\t{mod}\t{rng.choice(RATIONALES)}\r\n")
                    if rng.random() < 0.002:
                        sample_pairs.append((c1, c2))
                fh.write("".join(lines))
                written += len(lines)
        paths.append(path)
    print(f"generated {written:,} rows in 4 parts "
          f"({sum(p.stat().st_size for p in paths) / 1e6:.0f} MB); about {per_code} edits per "
          f"code in each column, {hub_chance * len(codes):,.0f} as column 2 for each of "
          f"{len(HUB_CODES)} busy codes")
    return paths, sample_pairs


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2_630_000)
    parser.add_argument("--lookups", type=int, default=5_000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--lookups-only", action="store_true",
                        help="re-time lookups on the database a previous run left in --dir")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="consult-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'bench.db'}"
    if args.lookups_only:
        with session_scope(url, readonly=True) as s:
            pairs = [tuple(r) for r in s.connection().exec_driver_sql(
                "SELECT column1, column2 FROM ref_ptp WHERE id % 500 = 0").all()]
    else:
        paths, pairs = write_parts(folder, args.rows)
        ensure_reference_ready(url)
        started = time.perf_counter()
        for path in paths:
            t0 = time.perf_counter()
            with session_scope(url) as s:
                result = import_file(s, "ptp", path)
            print(f"  {path.name}: {result.rows:,} rows in {time.perf_counter() - t0:.1f} s")
        total = time.perf_counter() - started
        print(f"PTP import (4 parts, one transaction each): {total:.1f} s")

    rng = random.Random(11)
    dos = date(2026, 8, 1)
    pair_ms, code_ms, card_ms = [], [], []
    with session_scope(url, readonly=True) as s:
        # Warm-up: import-time work (the ICD package, statement caches) is not lookup latency.
        ReferenceStore(s).code_card("J1100", dos)
        # A Level II-shaped code that is not loaded is read as ICD-10-CM (J45.20): the package
        # builds its list of all codes on first use (about 100 ms, once per process).
        ReferenceStore(s).code_card("J4520", dos)
        for a, b in pairs[:200]:
            ReferenceStore(s).ptp_edits_between([a, b], dos)
        for i in range(args.lookups):
            a, b = rng.choice(pairs)
            t0 = time.perf_counter()
            ReferenceStore(s).ptp_edits_between([b, a], dos)  # a fresh store: vintages re-read
            pair_ms.append((time.perf_counter() - t0) * 1000)
            code = (a, b)[i % 2]  # column 2 codes include the busy ones
            t0 = time.perf_counter()
            ReferenceStore(s).ptp_summary(code, dos)  # the edits of one code, both columns
            code_ms.append((time.perf_counter() - t0) * 1000)
            if i % 5 == 0:
                t0 = time.perf_counter()
                ReferenceStore(s).code_card(code, dos)
                card_ms.append((time.perf_counter() - t0) * 1000)
    for name, values in (("pair lookup", pair_ms), ("code PTP lookup", code_ms),
                         ("full code card", card_ms)):
        print(f"{name}: n={len(values)} p50={statistics.median(values):.3f} ms "
              f"p99={percentile(values, 0.99):.3f} ms max={max(values):.3f} ms")
    print(f"database size: {(folder / 'bench.db').stat().st_size / 1e6:.0f} MB in {folder}")
    dispose_engines()


if __name__ == "__main__":
    main()
