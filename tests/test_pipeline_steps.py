"""The worker's steps in-process on the session database: superseding, attempts, counters.

The write phases run as prebuilt Core statements (issue #8); these tests pin what they store.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from consult.cases import intake
from consult.cases.intake import store_raw
from consult.db import session_scope
from consult.models import (
    CaseMessage,
    Draft,
    InboundMessage,
    InboundState,
    Quarantine,
    ReviewEvent,
    ReviewItem,
    ReviewState,
)
from consult.workers import tasks
from tests.fixtures import mail


def question(subject: str, sender: str, **headers: str) -> bytes:
    return bytes(mail.question(subject, "Is 99213-25 right with 20610 on the same date?", sender, **headers))


def stored(raw: bytes) -> int:
    with session_scope() as s:
        return store_raw(s, raw, source="cli").inbound_id


def inbound(inbound_id: int) -> InboundMessage:
    with session_scope(readonly=True) as s:
        return s.get_one(InboundMessage, inbound_id)


def item_of(inbound_id: int) -> ReviewItem:
    with session_scope(readonly=True) as s:
        return s.execute(
            select(ReviewItem).join(Draft, col(Draft.id) == ReviewItem.draft_id).where(col(Draft.inbound_id) == inbound_id)
        ).scalar_one()


def events_of(item_id: int) -> list[tuple[str, str]]:
    with session_scope(readonly=True) as s:
        return [
            (e.action, e.detail)
            for e in s.execute(select(ReviewEvent).where(col(ReviewEvent.review_item_id) == item_id).order_by(col(ReviewEvent.id))).scalars()
        ]


def test_follow_up_on_an_undecided_draft_supersedes_its_review_item(migrated_db: str, redis_broker: str) -> None:
    sender = f"c{uuid.uuid4().hex[:8]}@clinic.example"
    first_raw = question("Injection with an E/M visit", sender)
    first = stored(first_raw)
    tasks.ingest_task.run(first)
    first_item = item_of(first)
    assert first_item.state == ReviewState.PENDING

    first_mid = inbound(first).message_id
    follow = stored(question("Re: Injection with an E/M visit", sender, In_Reply_To=first_mid, References=first_mid))
    tasks.ingest_task.run(follow)

    assert inbound(follow).state == InboundState.DRAFTED
    assert inbound(follow).case_id == inbound(first).case_id
    second_item = item_of(follow)
    assert second_item.state == ReviewState.PENDING and second_item.case_id == first_item.case_id
    assert item_of(first).state == ReviewState.SUPERSEDED
    assert events_of(first_item.id) == [("drafted", f"draft {first_item.draft_id} from message {first}"), ("superseded", "")]  # type: ignore[arg-type]
    assert events_of(second_item.id) == [  # type: ignore[arg-type]
        ("drafted", f"draft {second_item.draft_id} from message {follow}; replaces review item(s) {first_item.id}")
    ]


class Killed(BaseException):
    """Stands in for a worker killed mid-message (not an Exception, so no step catches it)."""


def test_a_batch_counts_first_attempts_together_and_a_crash_adds_at_most_one_to_the_rest(
    migrated_db: str, redis_broker: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = uuid.uuid4().hex[:8]
    ids = [stored(question(f"Batch {run} question {n}", f"b{n}.{run}@clinic.example")) for n in range(3)]
    good, poison, after = ids
    real_ingest = tasks.ingest

    def ingest(session: Any, inbound_id: int, *args: Any, **kwargs: Any) -> str:
        if inbound_id == poison:
            raise Killed()
        return real_ingest(session, inbound_id, *args, **kwargs)

    monkeypatch.setattr(tasks, "ingest", ingest)  # one message at a time
    monkeypatch.setattr(intake, "ingest", ingest)  # a batch (`ingest_many`)
    redeliveries = 0
    while True:  # acks_late + reject_on_worker_lost: the broker redelivers the whole batch
        try:
            tasks.ingest_many_task.run(ids)
            break
        except Killed:
            redeliveries += 1
            if redeliveries == 1:  # the first run counted all three in one go, then died on the poison
                assert [inbound(i).attempts for i in ids] == [1, 1, 1]
            assert redeliveries <= tasks.MAX_ATTEMPTS
    assert redeliveries == tasks.MAX_ATTEMPTS
    assert inbound(good).state == InboundState.DRAFTED
    assert inbound(poison).state == InboundState.QUARANTINED
    with session_scope(readonly=True) as s:
        reason = s.execute(select(col(Quarantine.reason)).where(col(Quarantine.inbound_id) == poison)).scalar_one()
    assert reason == f"processing failed {tasks.MAX_ATTEMPTS} times (worker crash or time limit)"
    # The message after the poison was never reached while it crashed: one attempt more, not five.
    assert inbound(after).state == InboundState.DRAFTED
    assert inbound(after).attempts == 2


# Where a bug strikes: ingesting; preparing the draft; storing it, after the draft and review
# item rows were written (the detail of the "drafted" event is made after both).
@pytest.mark.parametrize("phase", ["ingest", "prepare_for_inbound", "store_draft"])
def test_a_bug_in_one_message_of_a_batch_quarantines_it_and_the_rest_are_drafted(
    migrated_db: str, redis_broker: str, monkeypatch: pytest.MonkeyPatch, phase: str
) -> None:
    from consult.drafts import pipeline

    run = uuid.uuid4().hex[:8]
    ids = [stored(question(f"Bug {run} question {n}", f"g{n}.{run}@clinic.example")) for n in range(4)]
    buggy = ids[1]
    module, name, which = {
        "ingest": (intake, "ingest", lambda args: args[1]),
        "prepare_for_inbound": (tasks, "prepare_for_inbound", lambda args: args[1]),
        "store_draft": (pipeline, "_drafted_detail", lambda args: args[1]),
    }[phase]
    real = getattr(module, name)

    def failing(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)  # rows written first: they must be rolled back
        if which(args) == buggy:
            raise KeyError(f"a bug in {phase}")
        return result

    monkeypatch.setattr(module, name, failing)
    if phase == "ingest":  # a batch calls it in `intake`, one message at a time in `tasks`
        monkeypatch.setattr(tasks, name, failing)
    tasks.ingest_many_task.run(ids)
    for i in ids:
        assert inbound(i).attempts == 1  # one batch, counted once
        assert inbound(i).state == (InboundState.QUARANTINED if i == buggy else InboundState.DRAFTED)
    with session_scope(readonly=True) as s:
        kind, reason, detail = s.execute(
            select(col(Quarantine.kind), col(Quarantine.reason), col(Quarantine.detail))
            .where(col(Quarantine.inbound_id) == buggy)
        ).one()
        drafts = s.execute(select(col(Draft.inbound_id)).where(col(Draft.inbound_id).in_(ids))).scalars().all()
        threaded = s.execute(
            select(func.count()).select_from(CaseMessage).where(col(CaseMessage.inbound_id) == buggy)
        ).scalar_one()
    assert (kind, reason) == ("bug", "processing failed: KeyError") and f"a bug in {phase}" in detail
    assert sorted(drafts) == sorted(i for i in ids if i != buggy)
    # What the failed step wrote for the buggy message was rolled back; a bug while drafting
    # leaves the message threaded onto its case by the ingest transaction before.
    assert threaded == (0 if phase == "ingest" else 1)


def test_a_batch_skips_what_is_done_and_counts_a_repeated_id_again(migrated_db: str, redis_broker: str) -> None:
    run = uuid.uuid4().hex[:8]
    one, two = (stored(question(f"Repeat {run} {n}", f"r{n}.{run}@clinic.example")) for n in range(2))
    tasks.ingest_many_task.run([one, one, two])
    assert [inbound(one).state, inbound(two).state] == [InboundState.DRAFTED, InboundState.DRAFTED]
    assert [inbound(one).attempts, inbound(two).attempts] == [2, 1]
    tasks.ingest_many_task.run([one, two])  # a redelivery after the work was done
    assert [inbound(one).attempts, inbound(two).attempts] == [3, 2]
    with session_scope(readonly=True) as s:
        drafts = s.execute(select(col(Draft.inbound_id)).where(col(Draft.inbound_id).in_([one, two]))).scalars().all()
    assert sorted(drafts) == sorted([one, two])


def test_redis_counter_bumps_only_the_counts_it_holds(redis_broker: str) -> None:
    import redis

    from consult.cases.quotas import RedisCounter

    counter = RedisCounter(redis_broker)
    held, missing = f"consult:test:{uuid.uuid4().hex}", f"consult:test:{uuid.uuid4().hex}"
    r = redis.Redis.from_url(redis_broker)
    r.set(held, 3)
    counter.incr_all([held, missing])
    counter.incr_all([held])
    assert r.get(held) == b"5"
    assert r.get(missing) is None  # missing means "count in the database", not zero
    r.delete(held)


def test_a_uid_without_a_uidvalidity_still_dedupes_on_mailbox_and_uid(migrated_db: str) -> None:
    mailbox = f"box-{uuid.uuid4().hex[:8]}"
    with session_scope() as s:
        first = store_raw(s, question("one", "u@clinic.example"), source="imap", mailbox=mailbox, uid=7)
        again = store_raw(s, question("two", "u@clinic.example"), source="imap", mailbox=mailbox, uid=7)
        other = store_raw(s, question("three", "u@clinic.example"), source="imap", mailbox=mailbox, uidvalidity=1, uid=7)
    assert first.created and not again.created and again.inbound_id == first.inbound_id
    assert other.created and other.inbound_id != first.inbound_id


def drafts_of(inbound_ids: list[int]) -> list[int]:
    with session_scope(readonly=True) as s:
        return sorted(s.execute(select(col(Draft.inbound_id)).where(col(Draft.inbound_id).in_(inbound_ids))).scalars())


def test_a_batch_holding_a_question_and_its_follow_up_drafts_both_and_supersedes_the_first(
    migrated_db: str, redis_broker: str
) -> None:
    run = uuid.uuid4().hex[:8]
    sender = f"f.{run}@clinic.example"
    first_raw = question(f"Follow {run}", sender)
    first = stored(first_raw)
    mid = inbound(first).message_id
    follow = stored(question(f"Re: Follow {run}", sender, In_Reply_To=mid, References=mid))
    other = stored(question(f"Other {run}", f"o.{run}@clinic.example"))
    tasks.ingest_many_task.run([first, follow, other])
    assert drafts_of([first, follow, other]) == sorted([first, follow, other])
    assert inbound(follow).case_id == inbound(first).case_id != inbound(other).case_id
    first_item, follow_item = item_of(first), item_of(follow)
    assert first_item.state == ReviewState.SUPERSEDED and follow_item.state == ReviewState.PENDING
    assert item_of(other).state == ReviewState.PENDING
    assert events_of(follow_item.id)[0][1].endswith(f"; replaces review item(s) {first_item.id}")  # type: ignore[arg-type]


def test_a_batch_supersedes_the_open_items_of_earlier_batches(migrated_db: str, redis_broker: str) -> None:
    run = uuid.uuid4().hex[:8]
    askers = [f"s{n}.{run}@clinic.example" for n in range(3)]
    earlier = [stored(question(f"Earlier {run} {n}", a)) for n, a in enumerate(askers)]
    tasks.ingest_many_task.run(earlier)
    follows = []
    for n, (inbound_id, asker) in enumerate(zip(earlier[:2], askers, strict=False)):
        mid = inbound(inbound_id).message_id
        follows.append(stored(question(f"Re: Earlier {run} {n}", asker, In_Reply_To=mid, References=mid)))
    tasks.ingest_many_task.run(follows)
    for old, new in zip(earlier, follows, strict=False):
        old_item, new_item = item_of(old), item_of(new)
        assert (old_item.state, new_item.state) == (ReviewState.SUPERSEDED, ReviewState.PENDING)
        assert events_of(old_item.id) == [  # type: ignore[arg-type]
            ("drafted", f"draft {old_item.draft_id} from message {old}"), ("superseded", "")
        ]
        assert events_of(new_item.id) == [  # type: ignore[arg-type]
            ("drafted", f"draft {new_item.draft_id} from message {new}; replaces review item(s) {old_item.id}")
        ]
    assert item_of(earlier[2]).state == ReviewState.PENDING  # no follow-up: left alone


def test_a_batch_whose_message_is_drafted_elsewhere_meanwhile_stores_the_rest_once(
    migrated_db: str, redis_broker: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from consult.state import move

    run = uuid.uuid4().hex[:8]
    ids = [stored(question(f"Race {run} {n}", f"race{n}.{run}@clinic.example")) for n in range(3)]
    taken = ids[1]
    real = tasks.prepare_for_inbound
    raced: list[int] = []

    def prepare_then_lose_the_race(session: Any, inbound_id: int, *args: Any) -> Any:
        prepared = real(session, inbound_id, *args)
        if inbound_id == taken and not raced:  # another worker (a reconciler's re-enqueue) drafts it first
            with session_scope() as other:
                raced.append(move(other, InboundMessage, taken, InboundState.THREADED, InboundState.DRAFTED))
        return prepared

    monkeypatch.setattr(tasks, "prepare_for_inbound", prepare_then_lose_the_race)
    tasks.ingest_many_task.run(ids)
    assert raced == [True]
    assert [inbound(i).state for i in ids] == [InboundState.DRAFTED] * 3
    assert drafts_of(ids) == sorted([ids[0], ids[2]])  # the lost one is left to the winner
    with session_scope(readonly=True) as s:
        assert s.execute(select(col(Quarantine.id)).where(col(Quarantine.inbound_id).in_(ids))).first() is None
