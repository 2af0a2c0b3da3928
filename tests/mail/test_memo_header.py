"""A From:/To:/Date: block that heads a message replying to nothing (a memo, or a forward
without a note) is the message's own heading, read whole; in a reply it is quoted history."""

from __future__ import annotations

from email.message import EmailMessage

from consult.mail.parse import parse_message

MEMO = (
    "MEMORANDUM\n"
    "\n"
    "To:      Coding Desk (external consultation)\n"
    "From:    Rosalind Fry, CPC, Internal Audit\n"
    "Date:    June 3, 2026\n"
    "Re:      Split/shared hospital visits\n"
    "\n"
    "Observations:\n"
    " a) 99223-FS was reported where the NP's time exceeded the physician's. Who bills?\n"
    " b) Modifier FS was omitted on 9 claims for 99233.\n"
)


def _message(subject: str, body: str, *, in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Rosalind Fry <rfry@tidewater.example>"
    msg["To"] = "consult@coding.example"
    msg["Subject"] = subject
    msg["Message-ID"] = "<memo-1@tidewater.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def test_a_memo_heading_a_new_message_is_read_whole() -> None:
    parsed = parse_message(_message("Internal audit memo: split/shared visits", MEMO))
    assert "99223-FS was reported" in parsed.new_text
    assert "Modifier FS was omitted" in parsed.new_text
    assert "header_block_at_top" in parsed.flags


def test_the_same_block_in_a_reply_is_quoted_history() -> None:
    reply = "Thanks, that answers item (a).\n\n" + MEMO.split("\n", 2)[2]
    for subject, in_reply_to in (("RE: audit memo", None), ("audit memo", "<q-1@coding.example>")):
        parsed = parse_message(_message(subject, reply, in_reply_to=in_reply_to))
        assert parsed.new_text == "Thanks, that answers item (a)."
        assert "header_block_at_top" not in parsed.flags


def test_a_block_below_a_note_of_the_sender_own_is_still_cut() -> None:
    body = "Can you look at the memo below before Friday? Is 99223-FS right?\n\n" + MEMO
    parsed = parse_message(_message("audit memo", body))
    assert parsed.new_text.startswith("Can you look at the memo below before Friday?")
    assert "Observations" not in parsed.new_text and "header_block_at_top" not in parsed.flags
