"""Pickup latency: questions APPENDed at a steady rate; APPEND to draft-ready p50/p95/p99.

    .venv/bin/python benchmarks/latency.py [--rate 20] [--seconds 60] [--concurrency 2]

`consult poll` IDLEs on a folder of a private Dovecot; a prefork worker pool on a private Redis
drafts. One thread APPENDs on a fixed schedule (rate x seconds messages) and notes when each
APPEND returned; a message is draft-ready when its row reaches `drafted` (the row's
updated_at, set in the transaction that stores the draft and review item). The issue's aim is
p99 <= 2 s at 20/s; the helpdesks compared poll every 30 s to 5 min.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import threading
import time
import uuid
from datetime import UTC, datetime

from _services import Bench, drafted_count, question, services, wait_until


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def feed(bench: Bench, folder: str, rate: float, seconds: float, run: str, arrived: dict[str, datetime]) -> None:
    c = bench.dovecot.client()
    t0 = time.monotonic()
    try:
        for i in range(int(rate * seconds)):
            delay = t0 + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            msg = question(run, i)
            c.append(folder, bytes(msg))
            arrived[msg["Message-ID"]] = datetime.now(UTC)
    finally:
        c.logout()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=20.0)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--concurrency", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite",
                    help="postgres: throwaway databases on 127.0.0.1:5432 (trust auth)")
    args = ap.parse_args()
    n = int(args.rate * args.seconds)
    arrived: dict[str, datetime] = {}
    with services(args.database) as bench:
        folder = bench.folder("Latency")
        url = bench.db_url("latency")
        bench.migrate(url)
        env = bench.env(url, folder)
        bench.worker(env, args.concurrency)
        bench.poller(env)
        time.sleep(3)  # the poller's first sync and IDLE (import, migration check, login)
        feeder = threading.Thread(target=feed, args=(bench, folder, args.rate, args.seconds, uuid.uuid4().hex[:6], arrived))
        feeder.start()
        feeder.join()
        wait_until(lambda: drafted_count(url) >= n, max(600, n), f"{n} drafts", every=0.5)
        from sqlalchemy import select

        from consult.db import session_scope
        from consult.models import InboundMessage

        with session_scope(url, readonly=True) as s:
            done = dict(s.execute(select(InboundMessage.message_id, InboundMessage.updated_at)).all())
    lat = []
    for mid, t in arrived.items():
        ready = done[mid] if done[mid].tzinfo else done[mid].replace(tzinfo=UTC)
        lat.append((ready - t).total_seconds())
    p50, p95, p99 = (percentile(lat, q) for q in (0.5, 0.95, 0.99))
    print(f"{n} messages at {args.rate:g}/s for {args.seconds:g} s, {args.concurrency} prefork workers")
    print(f"APPEND -> draft ready: p50 {p50:.2f} s  p95 {p95:.2f} s  p99 {p99:.2f} s  max {max(lat):.2f} s "
          f"(mean {statistics.mean(lat):.2f} s; aim p99 <= 2 s)")
    print("RESULT " + json.dumps({"bench": "latency", "database": args.database, "rate": args.rate,
                                  "seconds": args.seconds, "p50": round(p50, 3), "p95": round(p95, 3), "p99": round(p99, 3)}))


if __name__ == "__main__":
    main()
