"""The reply trimmer's shortcuts (consult/mail/quoting.py `_ReplyParser`) change no result.

Each text is read twice: by mail-parser-reply as shipped, and by our parser that builds the
patterns once and runs each only from where it can match. Every reply fragment (content,
header, signature, disclaimers) must be the same.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from mailparser_reply import EmailReplyParser
from mailparser_reply.parser import EmailMessage

from consult.mail.parse import ParseError, parse_message
from consult.mail.quoting import _REPLY_PARSER, trim_reply

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT.parent / "shared" / "corpus").rglob("*.eml")) + sorted(
    (ROOT / "tests").rglob("*.eml")
)

# Lines that start, end or touch each pattern's alternatives, with the spacing variants that
# decide where a match begins (leading blank lines, quote markers, a rule glued to text).
_LINES = [
    "Can I bill 0417T with a 26 the same day as 93288?",
    "",
    "",
    "   ",
    "On Mon, Nov 2, 2026 at 9:14 AM Sam Biller <sam@clinic.example>",
    "wrote:",
    "On Mon, Nov 2, 2026, Sam",
    "Biller",
    "On Tue, Nov 3, 2026 Pat wrote:",
    "> On Tue, Nov 3, 2026 Pat wrote:",
    "Am 02.11.2026 um 09:14 schrieb Sam Biller <sam@clinic.example>:",
    "Le 2 nov. 2026 à 09:14, Sam a écrit :",
    "El lun, 2 nov 2026 a las 9:14, Sam escribió:",
    "From: Sam Biller <sam@clinic.example>",
    "Sent: Monday, November 2, 2026 9:14 AM",
    "*From:* Pat",
    "*Sent:* Tuesday",
    "> From: Pat",
    "> To: consult@example.org",
    "To: consult@example.org",
    "Subject: RE: 93288 with 26?",
    "Von: Sam",
    "Gesendet: Montag",
    "De : Sam",
    "Objet : question",
    "De: Sam",
    "Enviado: lunes",
    "-----Original Message-----",
    "----- Original Message -----",
    "________________________________",
    "text right before a rule________________________________",
    "--",
    "-- ",
    "- a hyphen list item",
    "-x",
    "__",
    "Thanks,",
    "Thank you,",
    "Best regards",
    "Kind Regards,",
    "Mit freundlichen Grüßen",
    "Viele Grüße",
    "cordialement",
    "Saludos,",
    "Sent from my iPhone",
    "Get Outlook for iOS",
    "Enviado desde mi teléfono",
    "Sam Biller, CPC",
    "CAUTION: This email originated outside the organisation. Do not open attachments.",
    "Confidential Notice: this e-mail and any attachment are private.",
    "Disclaimer: this mail is for the addressee only.",
    "Modifier 59 or XU?",
    "MAİL with a dotted capital I, and ſignature with a long s",
    "WROTE: in capitals",
    "> quoted line",
    ">> deeper quote",
]


def _replies(message: EmailMessage) -> list[tuple[str, str | None, str | None, list[str] | None]]:
    return [(r.content, r.headers, r.signatures, r.disclaimers) for r in message.read().replies]


def _both(text: str) -> tuple[list[object], list[object]]:
    languages = EmailReplyParser(languages=["en", "de", "fr", "es"]).languages
    plain = _replies(EmailMessage(text=text, languages=list(languages)))
    ours = _replies(
        EmailMessage(text=text, languages=list(_REPLY_PARSER.languages), **_REPLY_PARSER.patterns)
    )
    return list(plain), list(ours)


def _sample_texts() -> list[str]:
    texts = []
    for path in SAMPLES:
        try:
            parsed = parse_message(path.read_bytes())
        except ParseError:
            continue
        texts.append(parsed.text)
    return texts


def test_samples_are_found() -> None:
    assert len(SAMPLES) >= 60


@pytest.mark.parametrize("text", _sample_texts())
def test_same_fragments_as_the_library_on_every_sample(text: str) -> None:
    plain, ours = _both(text)
    assert ours == plain


def test_same_fragments_on_generated_texts() -> None:
    rng = random.Random(20261123)
    for _ in range(3000):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(1, 14))]
        text = rng.choice(["\n", "\r\n"]).join(lines)
        plain, ours = _both(text)
        assert ours == plain, text


def test_an_attribution_that_starts_lines_above_its_verb_is_still_cut() -> None:
    text = (
        "Is 59 needed with 0417T?\n\nThanks\n\nOn Mon, Nov 2, 2026 at 9:14 AM\nSam Biller\nwrote:\n"
        "From: me\nnot quoted"
    )
    assert trim_reply(text) == "Is 59 needed with 0417T?\n\nThanks"
