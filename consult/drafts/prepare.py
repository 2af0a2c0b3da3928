"""Question in, draft out: extract -> reference -> findings -> render. No I/O of its own.

Reference data comes in through the `Reference` protocol, so the same function serves the
pipeline, `consult draft` and tests. The guidance engine (consult/guidance) deepens `findings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from consult.cases.tokens import reply_subject
from consult.codes.extract import Extraction, extract, question_text
from consult.drafts.render import Rendered, render


class Reference(Protocol):
    """What drafting needs from the reference store, for one date of service."""

    def card(self, code: str, dos: date) -> dict[str, Any] | None: ...


@dataclass(frozen=True)
class Question:
    subject: str
    body: str  # the new text of the message: quotes and signature already removed
    requester_name: str = ""
    case_id: int | None = None
    received: date = field(default_factory=date.today)


@dataclass(frozen=True)
class DraftResult:
    template: str
    extraction: Extraction
    date_of_service: date
    dos_assumed: bool
    findings: list[dict[str, Any]]
    rendered: Rendered

    def analysis(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "mentions": self.extraction.to_json(""),
            "date_of_service": self.date_of_service.isoformat(),
            "dos_assumed": self.dos_assumed,
            "findings": self.findings,
        }


def prepare_draft(
    question: Question, *, templates: Path, reference: Reference | None = None
) -> DraftResult:
    text = question_text(question.subject, question.body)
    extraction = extract(text, today=question.received)
    dos = extraction.date_of_service or question.received
    codes = []
    for mention, modifiers in _unique(extraction):
        card = reference.card(mention.code, dos) if reference else None
        codes.append(
            {
                "code": mention.code,
                "system": mention.system,
                "category": mention.category,
                "modifiers": modifiers,
                "alternative": mention.alternative,
                "card": card,
            }
        )
    template = "answer" if codes or extraction.modifiers else "no_codes"
    context = {
        "requester_name": question.requester_name,
        "case_id": question.case_id,
        "reply_subject": reply_subject(question.subject, question.case_id or 0)
        if question.case_id
        else f"Re: {question.subject}",
        "date_of_service": dos.isoformat(),
        "dos_assumed": extraction.date_of_service is None,
        "codes": codes,
        "modifiers": list(extraction.modifiers),
        "ranges": [list(r) for r in extraction.ranges],
        "findings": [],
        "notes": list(extraction.notes),
    }
    rendered = render(templates, template, context)
    return DraftResult(template, extraction, dos, extraction.date_of_service is None, [], rendered)


def _unique(extraction: Extraction) -> list[tuple[Any, list[str]]]:
    """Each code once, in first-seen order, with the modifiers attached anywhere in the text."""
    seen: dict[str, tuple[Any, list[str]]] = {}
    for mention in extraction.codes:
        first, modifiers = seen.setdefault(mention.code, (mention, []))
        modifiers.extend(m for m in mention.modifiers if m not in modifiers)
    return list(seen.values())
