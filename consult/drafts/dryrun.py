"""One .eml through parse -> classify -> extract -> reference -> guidance -> render, as the
pipeline does it, without IMAP, a broker or a database server (used by `consult draft`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from consult.drafts.prepare import DraftResult, Question, prepare_draft
from consult.guidance.model import ReferenceData
from consult.mail.classify import Classification, classify
from consult.mail.parse import parse_message


@dataclass(frozen=True)
class DryRun:
    classification: Classification
    result: DraftResult | None  # None when the message is not a question we answer

    def to_json(self, source: str = "") -> dict[str, Any]:
        r = self.result
        return {
            "classification": self.classification.kind.value,
            "classification_reason": self.classification.reason,
            "date_of_service": r.date_of_service.isoformat() if r else None,
            "dos_assumed": r.dos_assumed if r else None,
            "intents": list(r.guidance.intents) if r and r.guidance else [],
            "mentions": r.extraction.to_json(source) if r else None,
            "findings": r.findings if r else [],
            "draft": {"template": r.template, "subject": r.rendered.subject,
                      "text": r.rendered.text, "html": r.rendered.html} if r else None,
        }


def received_on(header: str) -> date:
    """The day the message was sent (the fallback date of service), else today."""
    try:
        return parsedate_to_datetime(header).date() if header else date.today()
    except (TypeError, ValueError):
        return date.today()


def dry_run(
    raw: bytes,
    *,
    templates: Path,
    reference: ReferenceData,
    our_addresses: frozenset[str],
    our_domain: str,
    dos: date | None = None,
) -> DryRun:
    parsed = parse_message(raw)
    verdict = classify(parsed, our_addresses=our_addresses, our_domain=our_domain)
    if not verdict.answerable:
        return DryRun(verdict, None)
    name = parsed.from_name.strip()
    question = Question(
        subject=parsed.subject,
        body=parsed.new_text,
        requester_name=name.split()[0].strip(",") if name else "",
        received=received_on(parsed.date),
    )
    return DryRun(verdict, prepare_draft(question, templates=templates, reference=reference,
                                         dos=dos))
