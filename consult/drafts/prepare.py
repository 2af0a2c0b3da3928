"""Question in, draft out: extract -> reference -> guidance -> render. No I/O of its own.

Reference data come in through the `ReferenceData` protocol (consult/drafts/reference.py adapts
the store), so the same function serves the pipeline, `consult draft` and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from consult.cases.tokens import reply_subject
from consult.codes.extract import Extraction, extract, question_text
from consult.drafts.context import answer_context
from consult.drafts.render import Rendered, render
from consult.guidance import Guidance, guide
from consult.guidance.model import ReferenceData
from consult.privacy import phi_kinds

Reference = ReferenceData  # the name the pipeline and tasks use


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
    guidance: Guidance | None = None
    context: dict[str, Any] = field(default_factory=dict)  # what the templates were given

    def analysis(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "mentions": self.extraction.to_json(""),
            "date_of_service": self.date_of_service.isoformat(),
            "dos_assumed": self.dos_assumed,
            "intents": list(self.guidance.intents) if self.guidance else [],
            "findings": self.findings,
        }


def prepare_draft(
    question: Question,
    *,
    templates: Path,
    reference: ReferenceData | None = None,
    dos: date | None = None,
) -> DraftResult:
    """`dos` overrides the date of service (else: the one written in the question, else the
    day the question arrived)."""
    text = question_text(question.subject, question.body)
    extraction = extract(text, today=question.received)
    when = dos or extraction.date_of_service or question.received
    assumed = dos is None and extraction.date_of_service is None
    has_codes = bool(extraction.codes or extraction.modifiers)
    g = guide(extraction, text, reference, when) if reference is not None and has_codes else None
    template = "answer" if has_codes else "no_codes"
    context = {
        "requester_name": question.requester_name,
        "case_id": question.case_id,
        "reply_subject": reply_subject(question.subject, question.case_id),
        "date_of_service": when.isoformat(),
        "dos_assumed": assumed,
        "dos_given": dos is not None,
        "modifiers": list(extraction.modifiers),
        "ranges": [list(r) for r in extraction.ranges],
        "notes": list(extraction.notes),
        "phi_detected": bool(phi_kinds(question.subject, question.body)),
        **answer_context(g, _codes(extraction)),
    }
    rendered = render(templates, template, context)
    findings = [f.to_json() for f in g.findings] if g else []
    return DraftResult(template, extraction, when, assumed, findings, rendered, g, context)


def _codes(extraction: Extraction) -> list[dict[str, Any]]:
    """Each code once, in first-seen order, with the modifiers attached anywhere in the text."""
    seen: dict[str, dict[str, Any]] = {}
    for m in extraction.codes:
        entry = seen.setdefault(m.code, {"code": m.code, "system": m.system,
                                         "category": m.category, "modifiers": [],
                                         "alternative": m.alternative})
        entry["modifiers"].extend(x for x in m.modifiers if x not in entry["modifiers"])
    return list(seen.values())
