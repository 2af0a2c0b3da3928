"""The case page's read side: one review item with its message, thread, analysis and history."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from consult.mail.parse import Attachment, ParseError, parse_message
from consult.models import (
    Case,
    CaseMessage,
    Draft,
    InboundMessage,
    Mention,
    OutboundMessage,
    ReviewEvent,
    ReviewItem,
    ReviewState,
)
from consult.privacy.phi import KIND_NAMES
from consult.web.sanitize import Segment, highlight, safe_html

log = logging.getLogger(__name__)
SIMILAR_LIMIT = 5
CARD_FIELDS = (
    ("status", "Status"), ("global_days", "Global days"), ("pctc", "PC/TC"), ("mult_proc", "Multiple procedure"),
    ("bilat_surg", "Bilateral"), ("asst_surg", "Assistant"), ("co_surg", "Co-surgeon"), ("team_surg", "Team"),
)


@dataclass(frozen=True)
class Similar:
    item_id: int
    case_id: int
    subject: str
    overlap: list[str]
    passages: list[str]


@dataclass(frozen=True)
class CardView:
    code: str
    found: bool
    facts: list[tuple[str, str, str]]  # label, value, meaning
    description: str
    summary: str
    notes: list[str]
    vintage: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseView:
    item: ReviewItem
    case: Case
    draft: Draft
    question: list[Segment]
    message_text: str
    message_html: str
    attachments: tuple[Attachment, ...]
    sender: str
    thread: list[CaseMessage]
    analysis: dict[str, Any]
    cards: list[CardView]
    events: list[ReviewEvent]
    similar: list[Similar]
    outbound: OutboundMessage | None
    other_items: list[tuple[int, str]]
    warnings: list[str] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.item.state in (ReviewState.PENDING, ReviewState.CLAIMED)


def case_view(session: Session, item_id: int) -> CaseView | None:
    item = session.get(ReviewItem, item_id)
    if item is None:
        return None
    case = session.get(Case, item.case_id)
    draft = session.get(Draft, item.draft_id)
    assert case is not None and draft is not None
    inbound = session.get(InboundMessage, draft.inbound_id)
    cm = session.execute(select(CaseMessage).where(col(CaseMessage.inbound_id) == draft.inbound_id)).scalar()
    analysis = _analysis(draft)
    mentions = (analysis.get("mentions") or {}).get("codes") or []
    question = highlight(_question_text(cm.subject, cm.new_text), mentions) if cm else []
    text, html, attachments, sender = _original(inbound)
    thread = list(
        session.execute(
            select(CaseMessage).where(col(CaseMessage.case_id) == case.id).order_by(col(CaseMessage.id))
        ).scalars()
    )
    codes = list(dict.fromkeys(str(m.get("code", "")) for m in mentions if m.get("code")))
    item_ids = list(session.execute(
        select(col(ReviewItem.id), col(ReviewItem.state)).where(col(ReviewItem.case_id) == case.id)
    ).all())
    events = list(
        session.execute(
            select(ReviewEvent)
            .where(col(ReviewEvent.review_item_id).in_([i for i, _ in item_ids]))
            .order_by(col(ReviewEvent.id))
        ).scalars()
    )
    outbound = session.execute(
        select(OutboundMessage).where(col(OutboundMessage.review_item_id) == item.id)
    ).scalar()
    return CaseView(
        item=item, case=case, draft=draft, question=question, message_text=text, message_html=html,
        attachments=attachments, sender=sender, thread=thread, analysis=analysis,
        cards=reference_cards(session, codes, analysis.get("date_of_service")),
        events=events, similar=similar_answers(session, item, codes), outbound=outbound,
        other_items=[(i, s) for i, s in item_ids if i != item.id],
        warnings=message_warnings(cm.flags, cm.phi) if cm else [],
    )


# What the mail layer noticed about a message (consult.mail.parse flags), told to a reviewer.
# Flags about header hygiene only (no Message-ID, a stray blank line) stay in the logs.
FLAG_WARNINGS = {
    "winmail_dat": "The sender's Outlook sent a winmail.dat (TNEF) attachment; what it holds is not shown. "
                   "Ask for the attachment again if the question depends on it.",
    "attached_message": "An earlier email is attached to this one; only its text is included above.",
    "smime_unverified": "The message is S/MIME signed or encrypted; the signature was not verified.",
    "html_truncated": "The HTML part was too long and was cut short.",
    "forward": "This is a forwarded message: the question may be in the forwarded part.",
    "header_block_at_top": "The message opens with a From:/To:/Date: block (a memo, or a forward "
                           "without a note); all of it is read as the question.",
    "subject_only": "The question is in the subject line only.",
    "undecoded_subject": "Part of the subject could not be decoded.",
    "wrapped_message": "The message arrived wrapped by a mailing list or gateway.",
}


def message_warnings(flags: str, phi: str) -> list[str]:
    """Plain-language notices for the case page, PHI first."""
    warnings = []
    if phi.split():
        kinds = ", ".join(KIND_NAMES.get(k, k.replace("_", " ")) for k in phi.split())
        warnings.append(f"Likely patient information in this message ({kinds}). "
                        "Keep it out of the reply; it is redacted from the subject we echo.")
    warnings += [FLAG_WARNINGS[f] for f in flags.split() if f in FLAG_WARNINGS]
    return warnings


def _question_text(subject: str, body: str) -> str:
    # The extractor's spans refer to exactly this text (consult.codes.extract.question_text).
    subject, body = subject.strip(), body.strip()
    return f"{subject}\n\n{body}" if subject and body else subject or body


def _analysis(draft: Draft) -> dict[str, Any]:
    try:
        value = json.loads(draft.analysis_json or "{}")
    except ValueError:
        log.warning("draft %s: analysis_json is not JSON", draft.id)
        return {}
    return value if isinstance(value, dict) else {}


def _original(inbound: InboundMessage | None) -> tuple[str, str, tuple[Attachment, ...], str]:
    if inbound is None:
        return "", "", (), ""
    try:
        parsed = parse_message(inbound.raw)
    except ParseError as exc:
        return f"(the message could not be read: {exc})", "", (), ""
    sender = f"{parsed.from_name} <{parsed.from_addr}>" if parsed.from_name else parsed.from_addr
    return parsed.text, safe_html(parsed.html) if parsed.html else "", parsed.attachments, sender


def reference_cards(session: Session, codes: list[str], dos_text: object) -> list[CardView]:
    """One card per code as of the date of service; a code without data says so."""
    try:
        from consult.reference.store import code_card
    except ImportError:
        return [CardView(c, False, [], "", "", ["The reference store is not installed."], "") for c in codes]
    try:
        dos = date.fromisoformat(str(dos_text)) if dos_text else None
    except ValueError:
        dos = None
    cards = []
    for code in codes:
        try:
            card = code_card(session, code, dos)
        except Exception as exc:  # a reference problem must not take the case page down
            log.warning("reference card for %s failed: %s", code, exc)
            cards.append(CardView(code, False, [], "", "", [f"No reference card: {exc}"], ""))
            continue
        facts = [
            (label, str(getattr(card, name)), card.meanings.get(name, ""))
            for name, label in CARD_FIELDS
            if getattr(card, name, None) not in (None, "")
        ]
        extra: dict[str, Any] = {}
        if card.mue is not None:
            extra["MUE"] = card.mue
        if card.addon is not None:
            extra["Add-on"] = card.addon
        cards.append(
            CardView(card.code, card.found, facts, card.description, card.summary, list(card.notes),
                     card.vintage or "", extra)
        )
    return cards


def similar_answers(session: Session, item: ReviewItem, codes: list[str]) -> list[Similar]:
    """Approved replies to other items whose messages mention the same codes, most overlap first."""
    if not codes:
        return []
    overlap = func.count(func.distinct(Mention.code)).label("overlap")
    rows = session.execute(
        select(col(ReviewItem.id), overlap)
        .join(Draft, col(Draft.id) == ReviewItem.draft_id)
        .join(CaseMessage, col(CaseMessage.inbound_id) == Draft.inbound_id)
        .join(Mention, col(Mention.case_message_id) == CaseMessage.id)
        .where(
            col(Mention.code).in_(codes),
            col(ReviewItem.state) == ReviewState.APPROVED,
            col(ReviewItem.id) != item.id,
        )
        .group_by(col(ReviewItem.id))
        .order_by(overlap.desc(), col(ReviewItem.id).desc())
        .limit(SIMILAR_LIMIT)
    ).all()
    out = []
    for other_id, _count in rows:
        other = session.get(ReviewItem, other_id)
        case = session.get(Case, other.case_id) if other else None
        if other is None or case is None:
            continue
        shared = session.execute(
            select(col(Mention.code)).distinct()
            .join(CaseMessage, col(CaseMessage.id) == Mention.case_message_id)
            .join(Draft, col(Draft.inbound_id) == CaseMessage.inbound_id)
            .where(col(Draft.id) == other.draft_id, col(Mention.code).in_(codes))
        ).scalars()
        passages = [p.strip() for p in other.final_text.split("\n\n") if p.strip()]
        out.append(Similar(other.id, case.id, case.subject, sorted(shared), passages))  # type: ignore[arg-type]
    return out
