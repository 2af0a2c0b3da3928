"""Queue and case page server time with 10,000 open cases.

    .venv/bin/python benchmarks/queue_bench.py [--cases 10000] [--runs 30]

Builds a fresh SQLite database in a temporary folder (pipeline rows written in bulk: case,
inbound message, case message, mentions, draft, review item, audit event; a tenth of the cases
approved so "similar past answers" has work to do), serves the app with uvicorn in a thread,
signs in, and reads the app's own Server-Timing header (time in the application, from request
to response start) for the queue page under several filters and for case pages.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CODES = [("99213", "CPT", "I"), ("99214", "CPT", "I"), ("20610", "CPT", "I"), ("0418T", "CPT", "III"),
         ("93288", "CPT", "I"), ("J1100", "HCPCS", "II"), ("E11.9", "ICD-10-CM", ""), ("71046", "CPT", "I"),
         ("96372", "CPT", "I"), ("G0439", "HCPCS", "II"), ("29881", "CPT", "I"), ("M17.11", "ICD-10-CM", "")]


def build(cases: int) -> list[int]:
    from sqlalchemy import insert

    from consult.db import session_scope
    from consult.models import (
        Case,
        CaseMessage,
        Draft,
        InboundMessage,
        Mention,
        ReviewEvent,
        ReviewItem,
    )

    rng = random.Random(7)
    now = datetime.now(UTC)
    rows: dict[str, list[dict[str, object]]] = {k: [] for k in ("case", "in", "cm", "m", "d", "ri", "ev")}
    for i in range(1, cases + 1):
        codes = rng.sample(CODES, rng.randint(1, 3))
        subject = f"Question {i} about {' and '.join(c for c, _, _ in codes)}"
        body = f"Hello,\n\nCan we bill {', '.join(c for c, _, _ in codes)} on the same day? Thanks.\n\nPat {i}"
        raw = (f"From: Pat <pat{i % 700}@clinic{i % 40}.example>\r\nTo: consult@example.test\r\nSubject: {subject}\r\n"
               f"Message-ID: <q{i}@clinic.example>\r\nContent-Type: text/plain\r\n\r\n{body}\r\n").encode()
        created = now - timedelta(minutes=rng.randint(0, 7 * 24 * 60))
        approved = i % 10 == 0
        rows["case"].append(dict(id=i, subject=subject, requester=f"pat{i % 700}@clinic{i % 40}.example", requester_name=f"Pat {i % 700}",
                                 state="answered" if approved else "open", created_at=created, updated_at=created))
        rows["in"].append(dict(id=i, source="cli", mailbox="", message_id=f"<q{i}@clinic.example>", message_id_hash=f"h{i}",
                               raw=raw, size=len(raw), state="drafted", classification="question", case_id=i, error="",
                               attempts=1, received_at=created, updated_at=created))
        rows["cm"].append(dict(id=i, case_id=i, direction="in", message_id=f"<q{i}@clinic.example>", inbound_id=i,
                               sender=f"pat{i % 700}@clinic{i % 40}.example", subject=subject, body_text=body, new_text=body,
                               created_at=created))
        text = f"{subject}\n\n{body}"
        for code, system, category in codes:
            start = text.index(code)
            rows["m"].append(dict(case_message_id=i, code=code, system=system, category=category,
                                  span_start=start, span_end=start + len(code), modifiers=""))
        mentions = [{"code": c, "system": s, "category": k, "span": [text.index(c), text.index(c) + len(c)], "modifiers": []} for c, s, k in codes]
        import json
        draft_text = "Hello Pat,\n\n" + "\n\n".join(f"{c} is a {s} code. Here is what the files say about it." for c, s, _ in codes) + "\n\n-- \nConsult"
        rows["d"].append(dict(id=i, case_id=i, inbound_id=i, template="answer", subject=f"Re: {subject}", body_text=draft_text,
                              body_html=f"<p>{draft_text}</p>", created_at=created,
                              analysis_json=json.dumps({"mentions": {"codes": mentions}, "findings": [], "date_of_service": "2026-03-02"})))
        state = "approved" if approved else rng.choice(["pending"] * 4 + ["claimed"])
        rows["ri"].append(dict(id=i, case_id=i, draft_id=i, state=state, priority=rng.choice([1, 2, 2, 2, 3]),
                               due_at=created + timedelta(hours=4), claimed_by="alice" if state == "claimed" else "",
                               decided_by="bob" if approved else "", final_text=draft_text if approved else "", reason="",
                               created_at=created, updated_at=created))
        rows["ev"].append(dict(review_item_id=i, actor="system", action="drafted", detail=f"draft {i}", at=created))
    with session_scope() as s:
        for model, key in ((Case, "case"), (InboundMessage, "in"), (CaseMessage, "cm"), (Mention, "m"), (Draft, "d"),
                           (ReviewItem, "ri"), (ReviewEvent, "ev")):
            s.execute(insert(model), rows[key])  # type: ignore[arg-type]
    return [r["id"] for r in rows["ri"] if r["state"] != "approved"]  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="consult-bench-"))
    os.environ.update(CONSULT_DATA_DIR=str(folder / "var"), CONSULT_DATABASE_URL=f"sqlite:///{folder / 'bench.db'}",
                      CONSULT_SECRET_KEY="bench", CONSULT_CONFIG=str(folder / "consult.toml"))
    (folder / "consult.toml").write_text("")
    from consult.db import session_scope
    from consult.migrate import upgrade
    from consult.settings import get_settings
    from consult.web.app import start_web_in_thread
    from consult.web.auth import add_user
    from tests.web.conftest import Client

    upgrade()
    started = time.perf_counter()
    open_ids = build(args.cases)
    with session_scope() as s:
        add_user(s, "bench", "bench password 1", "admin")
    print(f"built {args.cases} cases ({len(open_ids)} open) in {time.perf_counter() - started:.1f}s")

    handle = start_web_in_thread(get_settings().model_copy(update={"web_port": 0}))
    client = Client(handle.url)
    assert client.sign_in("bench", "bench password 1").status == 303
    rng = random.Random(1)
    pages = {
        "queue: open, by priority": "/",
        "queue: page 50": "/?page=50",
        "queue: family E/M, oldest": "/?family=em&sort=oldest",
        "queue: sender, overdue first": "/?sender=clinic7&sort=due",
        "queue: all states, newest": "/?state=all&sort=newest",
        "case page": None,
    }
    print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}   (app time from Server-Timing; {args.runs} runs)")
    for label, path in pages.items():
        times = []
        for _ in range(args.runs + 2):
            target = path or f"/items/{rng.choice(open_ids)}"
            reply = client.request(target)
            assert reply.status == 200, (target, reply.status)
            times.append(float(re.search(r"dur=([\d.]+)", reply.headers["server-timing"]).group(1)))  # type: ignore[union-attr]
        times = sorted(times[2:])  # the first two warm caches
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(f"{label:32} {statistics.median(times):10.1f} {p95:8.1f} {times[-1]:8.1f}")
    handle.stop()


if __name__ == "__main__":
    main()
