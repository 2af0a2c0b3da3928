"""Is this a question, or something we must never answer? Pure header rules.

The rules are the union of what Zammad, FreeScout, Discourse, osTicket and RFC 3834 check
(see docs/mail-handling.md): auto-replies, bounces, mailing lists and our own mail coming back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from consult.mail.parse import ParsedMessage

_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_NOREPLY_SENDERS = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|bounces?)([+\-.@])", re.I)
_AUTO_SUBJECTS = re.compile(
    r"^(auto(matic)?[ -]?(reply|response)|out of (the )?office|abwesenheit|"
    r"undeliver(able|ed)|delivery status notification|returned mail|failure notice)",
    re.I,
)


class Kind(StrEnum):
    QUESTION = "question"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    LIST = "list"
    LOOP = "loop"  # our own mail, or a message that already passed through us
    NO_SENDER = "no_sender"


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str

    @property
    def answerable(self) -> bool:
        return self.kind is Kind.QUESTION


def classify(msg: ParsedMessage, *, our_addresses: frozenset[str], our_domain: str) -> Classification:
    h = msg.headers
    sender = msg.from_addr
    if msg.content_type == "multipart/report" or _BOUNCE_SENDERS.match(sender):
        return Classification(Kind.BOUNCE, "delivery status report or mailer-daemon sender")
    if h.get("return-path", "").strip() == "<>" and _AUTO_SUBJECTS.match(msg.subject):
        return Classification(Kind.BOUNCE, "null Return-Path with a bounce subject")
    if sender in our_addresses or h.get("x-consult-case"):
        return Classification(Kind.LOOP, "our own mail came back")
    if msg.message_id.lower().endswith(f"@{our_domain.lower()}>") and h.get("auto-submitted"):
        return Classification(Kind.LOOP, "Message-ID on our domain with Auto-Submitted")
    auto = h.get("auto-submitted", "").split(";")[0].strip().lower()
    if auto and auto != "no":
        return Classification(Kind.AUTO_REPLY, f"Auto-Submitted: {auto}")
    if h.get("x-autoreply") or h.get("x-autorespond") or h.get("x-auto-response-suppress", "").lower() in {"all", "oof"}:
        return Classification(Kind.AUTO_REPLY, "auto-responder header")
    if h.get("precedence", "").lower() in {"bulk", "junk", "list", "auto_reply"}:
        return Classification(Kind.LIST, f"Precedence: {h['precedence']}")
    if h.get("list-id") or h.get("list-unsubscribe") or h.get("list-post"):
        return Classification(Kind.LIST, "mailing-list headers")
    if h.get("x-loop"):
        return Classification(Kind.LOOP, "X-Loop header")
    if _AUTO_SUBJECTS.match(msg.subject):
        return Classification(Kind.AUTO_REPLY, "auto-reply subject")
    if not sender:
        return Classification(Kind.NO_SENDER, "no From address to answer")
    if _NOREPLY_SENDERS.match(sender):
        return Classification(Kind.AUTO_REPLY, "no-reply sender address")
    return Classification(Kind.QUESTION, "")
