"""Which case does a message belong to? Reply token, then In-Reply-To/References, then the
subject tag from the case's own sender. Reads the database, changes nothing.

- A References match counts only for a participant of that case (its requester, anyone who
  wrote on it, anyone it was addressed to), so a stranger replying to a bulk mail or quoting
  another thread's ids gets a case of their own.
- A reply whose subject names a different topic starts a new case (`new_subject_starts_case`).
- A closed case is reopened by a follow-up unless `reopen_closed_cases` is off.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import Session, col

from consult.cases import tokens
from consult.mail.parse import ParsedMessage
from consult.models import Case, CaseMessage, CaseState
from consult.privacy import redact

if TYPE_CHECKING:
    from consult.cases.policy import IntakePolicy

_PREFIXES = re.compile(r"^\s*((re|aw|sv|fw|fwd|wg|tr|rv|antw|odp)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,30}\]\s*)+", re.I)


def find_case(
    session: Session, parsed: ParsedMessage, identity: Any, policy: IntakePolicy | None = None,
    *, linking: bool = False,
) -> tuple[Case | None, str]:
    """The case this message continues, and how it was found; (None, "") for a new case.

    `linking=True` (auto-replies and bounces, stored on their case but never reopening it)
    ignores the subject and closed-case rules.
    """
    case, how = _match(session, parsed, identity, policy, linking)
    reopen_closed = linking or policy is None or policy.reopen_closed_cases
    if case is not None and case.state == CaseState.CLOSED and not reopen_closed:
        return None, ""
    return case, how


def _match(
    session: Session, parsed: ParsedMessage, identity: Any, policy: IntakePolicy | None, linking: bool
) -> tuple[Case | None, str]:
    case_id = tokens.case_from_addresses(parsed.recipients, identity.key)
    if case_id is not None and (case := session.get(Case, case_id)) is not None:
        return case, "reply token"
    senders = {a for a in (parsed.from_addr, parsed.reply_to) if a}
    ids = [i[:998] for i in (*parsed.in_reply_to, *reversed(parsed.references))]
    if ids and senders:
        found = session.execute(
            select(col(CaseMessage.case_id)).where(col(CaseMessage.message_id).in_(ids)).distinct()
        ).scalars().all()
        for candidate in found:
            case = session.get(Case, candidate)
            if case is None or not senders & participants(session, case):
                continue
            new_topic = not linking and (policy is None or policy.new_subject_starts_case)
            if new_topic and not same_topic(parsed.subject, case):
                continue
            return case, "In-Reply-To/References"
    case_id = tokens.case_from_subject(parsed.subject)
    if case_id is not None:
        case = session.get(Case, case_id)
        # A stranger quoting someone else's tag gets a case of their own.
        if case is not None and case.requester in senders:
            return case, "subject tag from the requester"
    return None, ""


def participants(session: Session, case: Case) -> set[str]:
    rows = session.execute(
        select(col(CaseMessage.sender), col(CaseMessage.recipients)).where(col(CaseMessage.case_id) == case.id)
    ).all()
    people = {case.requester}
    for sender, recipients in rows:
        people.add(sender)
        people.update(recipients.split())
    people.discard("")
    return people


def subject_key(subject: str) -> str:
    base = tokens.SUBJECT_TAG.sub(" ", redact(subject))
    base = _PREFIXES.sub("", base)
    return " ".join(re.sub(r"[^\w]+", " ", base.lower()).split())


def same_topic(subject: str, case: Case) -> bool:
    """Zammad's subject_references: a reply keeps the topic unless its subject is a new one."""
    if tokens.case_from_subject(subject) == case.id:
        return True
    new, old = subject_key(subject), subject_key(case.subject)
    if not new or not old or new in ("no subject",) or old in ("no subject", "your question"):
        return True
    return new == old or new in old or old in new
