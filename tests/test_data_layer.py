"""The data layer on both databases: migrations, raw storage and dedupe, compare-and-set."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from consult.cases.intake import store_raw
from consult.db import dispose_engines, session_scope
from consult.migrate import is_current, upgrade
from consult.models import Case, InboundMessage, InboundState, OutboundMessage, ReviewItem
from consult.state import move
from tests.fixtures.services import PG_BASE, postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data.db'}"
        dispose_engines()
    else:
        with postgres_database("consult_test") as name:
            yield PG_BASE + name


def raw_message(message_id: str | None = None, body: str = "99213?") -> bytes:
    mid = f"Message-ID: {message_id}\r\n" if message_id else ""
    return f"From: a@b.example\r\nTo: consult@example.test\r\nSubject: q\r\n{mid}\r\n{body}\r\n".encode()


def review_item(db_url: str, **fields: object) -> tuple[int, int]:
    """A case with a draft and a review item; returns (case id, review item id)."""
    from consult.models import Draft

    with session_scope(db_url) as s:
        inbound_id = store_raw(s, raw_message(f"<{uuid.uuid4().hex}@x>"), source="cli").inbound_id
        case = Case(subject="q", requester="a@b.example")
        s.add(case)
        s.flush()
        draft = Draft(case_id=case.id, inbound_id=inbound_id, body_text="t", body_html="h")
        s.add(draft)
        s.flush()
        item = ReviewItem(case_id=case.id, draft_id=draft.id, **fields)
        s.add(item)
        s.flush()
        return case.id, item.id  # type: ignore[return-value]


def test_migrations_create_every_table_and_are_current(db_url: str) -> None:
    upgrade(db_url)
    upgrade(db_url)  # running it again is harmless
    from consult.db import get_engine

    tables = set(inspect(get_engine(db_url)).get_table_names())
    assert {
        "mailbox_cursor", "inbound_message", "case", "case_message", "mention", "draft",
        "review_item", "review_event", "outbound_message", "quarantine",
    } <= tables
    assert is_current(db_url)


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'wal.db'}"
    upgrade(url)
    with session_scope(url) as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    dispose_engines()


def test_store_raw_dedupes_by_message_id_and_by_uid(db_url: str) -> None:
    upgrade(db_url)
    mid = f"<{uuid.uuid4().hex}@clinic.example>"
    with session_scope(db_url) as s:
        first = store_raw(s, raw_message(mid), source="imap", mailbox="m", uidvalidity=7, uid=1)
        same_id = store_raw(s, raw_message(mid, "resent"), source="smtp")
        same_uid = store_raw(s, raw_message(None, "other"), source="imap", mailbox="m", uidvalidity=7, uid=1)
    assert first.created and not same_id.created and not same_uid.created
    assert first.inbound_id == same_id.inbound_id == same_uid.inbound_id


def test_a_message_stored_by_a_concurrent_writer_after_the_check_is_not_an_error(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import false, select

    from consult.cases import intake

    upgrade(db_url)
    mid = f"<{uuid.uuid4().hex}@clinic.example>"
    with session_scope(db_url) as s:
        first = store_raw(s, raw_message(mid), source="imap", mailbox="m", uidvalidity=7, uid=1)
    # The check before the insert misses it, as when another writer commits in between.
    monkeypatch.setattr(intake, "_STORED_BY_HASH", select(intake._IN.c.id).where(false()))
    with session_scope(db_url) as s:
        again = store_raw(s, raw_message(mid, "resent"), source="smtp")
        other = store_raw(s, raw_message(f"<{uuid.uuid4().hex}@x>"), source="smtp")  # the transaction goes on
    assert first.created and not again.created and again.inbound_id == first.inbound_id
    assert other.created
    with session_scope(db_url, readonly=True) as s:
        assert s.execute(text("SELECT count(*) FROM inbound_message WHERE message_id = :m"), {"m": mid}).scalar() == 1


def test_messages_without_message_id_dedupe_on_their_bytes(db_url: str) -> None:
    upgrade(db_url)
    with session_scope(db_url) as s:
        a = store_raw(s, raw_message(None, "one"), source="smtp")
        b = store_raw(s, raw_message(None, "one"), source="smtp")
        c = store_raw(s, raw_message(None, "two"), source="smtp")
    assert a.inbound_id == b.inbound_id != c.inbound_id


def test_uids_beyond_32_bit_signed_range_are_stored(db_url: str) -> None:
    upgrade(db_url)
    with session_scope(db_url) as s:
        stored = store_raw(s, raw_message(None, "big"), source="imap", mailbox="m", uidvalidity=4_294_967_295, uid=4_294_967_290)
    with session_scope(db_url, readonly=True) as s:
        row = s.get(InboundMessage, stored.inbound_id)
        assert (row.uidvalidity, row.uid) == (4_294_967_295, 4_294_967_290)


def test_compare_and_set_lets_exactly_one_caller_win(db_url: str) -> None:
    upgrade(db_url)
    with session_scope(db_url) as s:
        inbound_id = store_raw(s, raw_message(f"<{uuid.uuid4().hex}@x>"), source="cli").inbound_id
    with session_scope(db_url) as s:
        won = move(s, InboundMessage, inbound_id, InboundState.RECEIVED, InboundState.THREADED)
    with session_scope(db_url) as s:
        lost = move(s, InboundMessage, inbound_id, InboundState.RECEIVED, InboundState.THREADED)
    assert (won, lost) == (True, False)


def test_one_outbound_message_per_review_item(db_url: str) -> None:
    """Approving twice can never produce two replies: the database refuses the second row."""
    upgrade(db_url)
    ids = review_item(db_url)

    def outbound(suffix: str) -> OutboundMessage:
        return OutboundMessage(
            case_id=ids[0], review_item_id=ids[1], message_id=f"<{suffix}@example.test>",
            to_addr="a@b.example", subject="Re: q", body_text="t", body_html="h",
        )

    with session_scope(db_url) as s:
        s.add(outbound("one"))
    with pytest.raises(IntegrityError):
        with session_scope(db_url) as s:
            s.add(outbound("two"))


def test_compare_and_set_also_checks_the_holder_it_read(db_url: str) -> None:
    """A reviewer who read 'claimed by alice' cannot act after an admin gave the item to bob."""
    upgrade(db_url)
    from consult.models import ReviewState

    _case_id, item_id = review_item(db_url, state=ReviewState.CLAIMED, claimed_by="alice")
    with session_scope(db_url) as s:  # the reassign lands first
        assert move(s, ReviewItem, item_id, ReviewState.CLAIMED, ReviewState.CLAIMED,
                    expect={"claimed_by": "alice"}, claimed_by="bob")
    with session_scope(db_url) as s:  # alice's approval, based on what she read, loses
        assert not move(s, ReviewItem, item_id, ReviewState.CLAIMED, ReviewState.APPROVED,
                        expect={"claimed_by": "alice"}, decided_by="alice")
    with session_scope(db_url, readonly=True) as s:
        row = s.get(ReviewItem, item_id)
        assert (row.state, row.claimed_by) == (ReviewState.CLAIMED, "bob")


def test_two_questions_racing_for_the_last_quota_place_cannot_both_take_it(db_url: str) -> None:
    import threading

    from consult.cases.quotas import NoCounter, questions_used
    from consult.cases.senders import Quota
    from consult.models import CaseState, utcnow

    upgrade(db_url)
    address = f"race-{uuid.uuid4().hex[:8]}@clinic.example"
    last_place = Quota(1, "total")
    seen: dict[str, int] = {}
    done = threading.Event()

    def second() -> None:
        with session_scope(db_url) as b:
            seen["second"] = questions_used(b, NoCounter(), address, last_place, utcnow())
        done.set()

    with session_scope(db_url) as a:
        assert questions_used(a, NoCounter(), address, last_place, utcnow()) == 0
        a.add(Case(subject="first", requester=address, state=CaseState.OPEN))
        a.flush()
        racer = threading.Thread(target=second)
        racer.start()
        assert not done.wait(0.5), "the second count did not wait for the first question's transaction"
    assert done.wait(10)
    racer.join(10)
    assert seen["second"] == 1  # it saw the first question's case: the quota is used up


def test_collected_items_are_flushed_once_after_commit_and_never_after_rollback(db_url: str) -> None:
    from consult.db import collected

    upgrade(db_url)
    flushed: list[list[str]] = []
    with session_scope(db_url) as s:
        collected(s, "items", flushed.append).append("one")
        collected(s, "items", flushed.append).append("two")
        collected(s, "empty", flushed.append)
        assert flushed == []
    assert flushed == [["one", "two"]]  # once for the transaction; an empty list is not flushed
    with pytest.raises(RuntimeError), session_scope(db_url) as s:
        collected(s, "items", flushed.append).append("rolled back")
        raise RuntimeError("the block failed")
    with session_scope(db_url) as s:
        collected(s, "items", flushed.append).append("three")
    assert flushed == [["one", "two"], ["three"]]


def test_quota_bumps_waiting_for_commit_count_in_the_same_transaction(db_url: str) -> None:
    from consult.cases.quotas import count_question, key_for, questions_used
    from consult.cases.senders import Quota
    from consult.models import utcnow

    class Cache:
        def __init__(self) -> None:
            self.values: dict[str, int] = {}
            self.round_trips = 0

        def get(self, key: str) -> int | None:
            return self.values.get(key)

        def set(self, key: str, value: int, ttl: object) -> None:
            self.values.setdefault(key, value)

        def incr(self, key: str) -> None:
            self.incr_all([key])

        def incr_all(self, keys: list[str]) -> None:
            self.round_trips += 1
            for key in keys:
                if key in self.values:
                    self.values[key] += 1

    upgrade(db_url)
    cache, address, now = Cache(), f"q-{uuid.uuid4().hex[:8]}@clinic.example", utcnow()
    quota = Quota(10, "month")
    cache.values[key_for(address, quota, now)] = 3
    with session_scope(db_url) as s:
        count_question(s, cache, address, now)
        count_question(s, cache, address, now)
        assert questions_used(s, cache, address, quota, now) == 5  # 3 cached + 2 not yet committed
        assert cache.round_trips == 0
    assert cache.round_trips == 1
    assert cache.values[key_for(address, quota, now)] == 5
    with session_scope(db_url) as s:
        assert questions_used(s, cache, address, quota, now) == 5


def test_overdue_open_items_are_escalated_once_and_others_are_left_alone(db_url: str) -> None:
    from datetime import timedelta

    from sqlalchemy import select, update

    from consult.models import ReviewEvent, ReviewState, utcnow
    from consult.review.sla import escalate_overdue

    upgrade(db_url)
    now = utcnow()
    late = now - timedelta(minutes=5)
    _, overdue = review_item(db_url, due_at=late, priority=2)
    _, claimed = review_item(db_url, due_at=late, priority=3, state=ReviewState.CLAIMED, claimed_by="rita")
    _, on_time = review_item(db_url, due_at=now + timedelta(hours=1), priority=2)
    _, decided = review_item(db_url, due_at=late, priority=2, state=ReviewState.APPROVED)
    _, already_high = review_item(db_url, due_at=late, priority=1)

    with session_scope(db_url) as s:
        assert sorted(escalate_overdue(s, now)) == sorted([overdue, claimed])
    with session_scope(db_url) as s:
        assert escalate_overdue(s, now) == []  # once: they are high priority now
    with session_scope(db_url, readonly=True) as s:
        prio = {i: s.get(ReviewItem, i).priority for i in (overdue, claimed, on_time, decided, already_high)}  # type: ignore[union-attr]
        events = s.execute(select(ReviewEvent.review_item_id, ReviewEvent.detail)
                           .where(ReviewEvent.action == "escalated")).all()
    assert prio == {overdue: 1, claimed: 1, on_time: 2, decided: 2, already_high: 1}
    assert sorted(i for i, _ in events) == sorted([overdue, claimed])
    assert all("overdue since" in d and "-> high" in d for _, d in events)
    with session_scope(db_url) as s:  # a reviewer lowers it again: that decision stands
        s.execute(update(ReviewItem).where(ReviewItem.id == overdue).values(priority=3))  # type: ignore[arg-type]
    with session_scope(db_url) as s:
        assert escalate_overdue(s, now + timedelta(hours=1)) == []


def test_two_senders_that_both_find_an_expired_lease_send_the_reply_once(db_url: str) -> None:
    """The Sent search runs outside any transaction; the lease time guards the takeover."""
    from datetime import timedelta
    from email.message import EmailMessage

    from sqlalchemy import update

    from consult.mail.deliver import deliver
    from consult.models import OutboundMessage, OutboundState, utcnow
    from consult.settings import get_settings

    upgrade(db_url)
    case_id, _ = review_item(db_url)
    with session_scope(db_url) as s:
        out = OutboundMessage(case_id=case_id, message_id=f"<{uuid.uuid4().hex}@example.test>", to_addr="a@b.example",
                              subject="Re: q", body_text="answer", body_html="<p>answer</p>", state=OutboundState.SENDING)
        s.add(out)
        s.flush()
        outbound_id = out.id
    with session_scope(db_url) as s:  # an attempt whose outcome is unknown, its lease run out
        s.execute(update(OutboundMessage).where(OutboundMessage.id == outbound_id)  # type: ignore[arg-type]
                  .values(updated_at=utcnow() - timedelta(hours=1)))
    settings = get_settings()
    relay: list[EmailMessage] = []

    class Relay:
        def send(self, msg: EmailMessage) -> None:
            relay.append(msg)

    class SentFolder:
        def __init__(self, meanwhile=None) -> None:  # type: ignore[no-untyped-def]
            self.meanwhile = meanwhile

        def contains(self, message_id: str) -> bool:
            if self.meanwhile:  # a second worker runs the whole delivery while this one searches
                self.meanwhile()
            return False

        def append(self, msg: EmailMessage) -> None:
            pass

    def scope(readonly: bool = False):  # type: ignore[no-untyped-def]
        return session_scope(db_url, readonly=readonly)

    def second_worker() -> None:
        assert deliver(scope, outbound_id, Relay(), SentFolder(), settings) == OutboundState.SENT

    first = deliver(scope, outbound_id, Relay(), SentFolder(meanwhile=second_worker), settings)
    assert first == OutboundState.SENT  # it lost the takeover and reports what the row says
    assert len(relay) == 1
