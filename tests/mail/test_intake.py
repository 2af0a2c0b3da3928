"""Intake on a real (temporary SQLite) database: threading, senders, quotas, notices, PHI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session, SQLModel

from consult.cases.intake import Identity, ingest, store_raw
from consult.cases.policy import IntakePolicy
from consult.db import make_engine
from consult.models import Case, CaseMessage, CaseState, InboundMessage, OutboundMessage, Quarantine
from consult.web.tables import SenderPolicy
from tests.fixtures.mail import question

ME = Identity(addresses=frozenset({"consult@example.test"}), domain="example.test", key=b"k")
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@pytest.fixture()
def db(tmp_path: Path) -> Iterator[Session]:
    import consult.reference.tables  # noqa: F401  (all tables on the metadata)

    engine = make_engine(f"sqlite:///{tmp_path / 'intake.db'}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


@pytest.fixture()
def sent() -> list[int]:
    return []


@pytest.fixture()
def policy(sent: list[int]) -> IntakePolicy:
    return IntakePolicy(templates=TEMPLATES, enqueue_notice=sent.append)


def mail(subject: str, body: str = "Is 99213 right?", sender: str = "pat@clinic.example", **headers: str) -> bytes:
    return bytes(question(subject, body, sender, **headers))


def push(s: Session, raw: bytes, policy: IntakePolicy) -> InboundMessage:
    inbound_id = store_raw(s, raw, source="cli").inbound_id
    s.commit()
    ingest(s, inbound_id, ME, policy)
    s.commit()
    row = s.get(InboundMessage, inbound_id)
    assert row is not None
    return row


def test_follow_up_from_stranger_with_case_token_opens_new_case(db: Session, policy: IntakePolicy) -> None:
    first = push(db, mail("Knee question 27447"), policy)
    stranger = push(db, mail(f"Re: [Consult #{first.case_id}] mine", sender="sid@elsewhere.example"), policy)
    owner = push(db, mail(f"Re: Knee question 27447 [Consult #{first.case_id}]"), policy)
    assert stranger.case_id != first.case_id
    assert owner.case_id == first.case_id and owner.classification == "follow_up"


def test_follow_up_to_closed_case_reopens_it_unless_configured(db: Session, policy: IntakePolicy) -> None:
    first = push(db, mail("Closed case 99214"), policy)
    case = db.get(Case, first.case_id)
    assert case is not None
    case.state = CaseState.CLOSED
    db.commit()
    tag = f"Re: Closed case 99214 [Consult #{first.case_id}]"
    again = push(db, mail(tag), policy)
    assert again.case_id == first.case_id and db.get(Case, first.case_id).state == CaseState.OPEN  # type: ignore[union-attr]
    db.get(Case, first.case_id).state = CaseState.CLOSED  # type: ignore[union-attr]
    db.commit()
    strict = replace(policy, reopen_closed_cases=False)
    third = push(db, mail(tag), strict)
    assert third.case_id != first.case_id


def test_auto_reply_is_linked_to_its_case_without_reopening(db: Session, policy: IntakePolicy) -> None:
    first = push(db, mail("OOO case 99213"), policy)
    db.get(Case, first.case_id).state = CaseState.ANSWERED  # type: ignore[union-attr]
    db.commit()
    ooo = push(db, mail("Out of office", In_Reply_To=first.message_id, Auto_Submitted="auto-replied"), policy)
    assert (ooo.state, ooo.classification, ooo.case_id) == ("ignored", "auto_reply", first.case_id)
    assert db.get(Case, first.case_id).state == CaseState.ANSWERED  # type: ignore[union-attr]


def test_guest_quota_reached_gets_one_polite_notice_and_is_held(db: Session, policy: IntakePolicy, sent: list[int]) -> None:
    db.add(SenderPolicy(pattern="@guests.example", tier="guest"))
    db.commit()
    first = push(db, mail("Guest question 1", sender="g@guests.example"), policy)
    assert first.state == "threaded"
    second = push(db, mail("Guest question 2: pt John Smith DOB 01/02/1960", sender="g@guests.example"), policy)
    assert second.state == "quarantined"
    entry = db.execute(select(Quarantine).where(Quarantine.inbound_id == second.id)).scalar_one()
    assert entry.kind == "quota"
    notice = db.execute(select(OutboundMessage).where(OutboundMessage.kind == "notice")).scalar_one()
    assert notice.to_addr == "g@guests.example" and sent == [notice.id]
    assert "1 question" in notice.body_text and "John Smith" not in notice.body_text + notice.subject
    assert db.get(Case, second.case_id).state == CaseState.HELD  # type: ignore[union-attr]
    # a follow-up on the first case is not a new question
    follow = push(db, mail(f"Re: Guest question 1 [Consult #{first.case_id}]", sender="g@guests.example"), policy)
    assert follow.state == "threaded" and follow.case_id == first.case_id


def test_notices_are_capped_per_sender_per_day(db: Session, policy: IntakePolicy, sent: list[int]) -> None:
    strict = replace(policy, unknown_senders="register", notice_max_per_day=2)
    for i in range(4):
        row = push(db, mail(f"Unknown {i}", sender="new@unknown.example"), strict)
        assert row.state == "quarantined"
    assert len(sent) == 2


def test_unknown_sender_quarantine_mode_sends_nothing_and_replay_releases(db: Session, policy: IntakePolicy, sent: list[int]) -> None:
    from consult.cases.replay import replay

    strict = replace(policy, unknown_senders="quarantine")
    row = push(db, mail("Held 99213", sender="who@unknown.example"), strict)
    assert row.state == "quarantined" and not sent
    entry = db.execute(select(Quarantine).where(Quarantine.inbound_id == row.id)).scalar_one()
    replay(db, entry.id)  # type: ignore[arg-type]
    db.commit()
    ingest(db, row.id, ME, strict)  # type: ignore[arg-type]
    db.commit()
    db.refresh(row)
    assert row.state == "threaded" and db.get(Case, row.case_id).state == CaseState.OPEN  # type: ignore[union-attr]


def test_blocked_sender_is_quarantined_without_reply(db: Session, policy: IntakePolicy, sent: list[int]) -> None:
    db.add(SenderPolicy(pattern="bad@clinic.example", blocked=True))
    db.commit()
    row = push(db, mail("Blocked", sender="bad@clinic.example"), policy)
    assert row.state == "quarantined" and not sent


def test_oversized_message_is_held_with_a_clear_reply(db: Session, policy: IntakePolicy, sent: list[int]) -> None:
    small = replace(policy, max_message_bytes=2000)
    row = push(db, mail("Big one", body="x" * 5000), small)
    assert row.state == "quarantined"
    notice = db.execute(select(OutboundMessage).where(OutboundMessage.kind == "notice")).scalar_one()
    assert "MB" in notice.body_text and sent == [notice.id]


def test_flood_from_one_sender_is_capped(db: Session, policy: IntakePolicy) -> None:
    capped = replace(policy, loop_max_per_sender=3)
    states = [push(db, mail(f"Flood {i}", sender="loop@robot.example"), capped).state for i in range(5)]
    assert states == ["threaded"] * 3 + ["ignored"] * 2


def test_phi_is_flagged_and_kept_out_of_the_stored_subject(db: Session, policy: IntakePolicy) -> None:
    row = push(db, mail("pt Jane Doe DOB 3/4/1950 99213?", body="MRN 12345678, 99213 with 25?"), policy)
    cm = db.execute(select(CaseMessage).where(CaseMessage.inbound_id == row.id)).scalar_one()
    assert set(cm.phi.split()) == {"date_of_birth", "mrn", "patient_name"}
    assert "Jane" not in cm.subject and "1950" not in cm.subject and "99213" in cm.subject
    assert "MRN 12345678" in cm.body_text  # the reviewer still sees what was sent


def test_cc_colleague_reply_joins_but_bulk_stranger_does_not(db: Session, policy: IntakePolicy) -> None:
    first = push(db, mail("Colonoscopy 45378", Cc="casey@clinic.example"), policy)
    colleague = push(db, mail("Re: Colonoscopy 45378", sender="casey@clinic.example", In_Reply_To=first.message_id), policy)
    stranger = push(db, mail("Re: Colonoscopy 45378", sender="x@other.example", In_Reply_To=first.message_id), policy)
    assert colleague.case_id == first.case_id
    assert stranger.case_id != first.case_id


def test_a_batch_gives_each_message_what_it_would_get_alone(db: Session, policy: IntakePolicy) -> None:
    """`ingest_many` reads some lookups for the whole batch first: a replayed hold, a Message-ID
    we sent coming back and a flood inside the batch still come out as they do one by one."""
    from consult.cases.intake import ingest_many, parse_stored_many
    from consult.cases.replay import replay

    strict = replace(policy, unknown_senders="quarantine", loop_max_per_sender=2)
    db.add(SenderPolicy(pattern="loop@robot.example"))
    db.add(SenderPolicy(pattern="pat@clinic.example"))
    held = push(db, mail("Held 99213", sender="who@unknown.example"), strict)
    assert held.state == "quarantined"
    replay(db, db.execute(select(Quarantine.id).where(Quarantine.inbound_id == held.id)).scalar_one())
    first = push(db, mail("Earlier 99214"), strict)
    db.add(OutboundMessage(case_id=first.case_id, message_id="<sent.1@example.test>", to_addr="pat@clinic.example",  # type: ignore[arg-type]
                           subject="Re: Earlier", body_text="t", body_html="h"))
    db.commit()
    raws = [mail(f"Flood {i} 99213", sender="loop@robot.example") for i in range(3)]
    came_back = EmailMessage()
    came_back["From"], came_back["To"], came_back["Subject"] = "pat@clinic.example", "consult@example.test", "Re: Earlier"
    came_back["Message-ID"] = "<sent.1@example.test>"
    came_back.set_content("Is 99213 right?")
    ids = [store_raw(db, raw, source="cli").inbound_id for raw in [*raws, bytes(came_back)]]
    db.commit()
    batch = [held.id, *ids]  # type: ignore[list-item]
    states = ingest_many(db, batch, ME, strict, parse_stored_many(db, batch, strict))
    db.commit()
    assert [states[i] for i in batch] == ["threaded", "threaded", "threaded", "ignored", "ignored"]
    reasons = [db.get(InboundMessage, i).error for i in ids[2:]]  # type: ignore[union-attr]
    assert "more than 2 messages from this sender" in reasons[0]
    assert reasons[1] == "a Message-ID we sent came back"
