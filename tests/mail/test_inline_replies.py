"""Inline replies: the sender's answers between '>' quotes are new text (quoting.py `trim_reply`).

Outlook's "prefix each line of the original message" puts a From:/Sent: block above the '>'
lines; answers written between them belong to the new text just as they do after an
"On … wrote:" line. Ordinary Outlook replies are still cut at the block.
"""

from __future__ import annotations

from email.message import EmailMessage

from consult.mail.parse import parse_message
from consult.mail.quoting import trim_reply

OUTLOOK_BLOCK = (
    "From: Coding Desk <desk@coding.example>\n"
    "Sent: Thursday, May 7, 2026 4:40 PM\n"
    "To: Ines Marlowe <imarlowe@riverbendortho.example>\n"
    "Subject: RE: knee arthroscopy with meniscectomy\n"
)

OUTLOOK_ANSWERED_INLINE = (
    "Answers below, marked IM, plus a new question at the end.\n"
    "\n" + OUTLOOK_BLOCK + "\n"
    "> Was the chondroplasty done in the same compartment as the\n"
    "> meniscectomy?\n"
    "\n"
    "IM: Yes, both medial. So 29881 alone, no 29877?\n"
    "\n"
    "> Which knee, and what was the date of service?\n"
    ">> (earlier) Please send the operative note.\n"
    "\n"
    "IM: Right knee, 05/04/2026.\n"
    "\n"
    "New question: the surgeon also removed a loose body. Is 29874 separate?\n"
    "\n"
    "Thanks,\n"
    "Ines\n"
)


def test_outlook_reply_answered_inline_below_its_header_block_keeps_the_answers() -> None:
    assert trim_reply(OUTLOOK_ANSWERED_INLINE) == (
        "Answers below, marked IM, plus a new question at the end.\n"
        "\n"
        "IM: Yes, both medial. So 29881 alone, no 29877?\n"
        "\n"
        "IM: Right knee, 05/04/2026.\n"
        "\n"
        "New question: the surgeon also removed a loose body. Is 29874 separate?\n"
        "\n"
        "Thanks,\n"
        "Ines"
    )


def test_parse_message_reads_the_inline_answers_from_the_plain_part() -> None:
    msg = EmailMessage()
    msg["From"] = "Ines Marlowe <imarlowe@riverbendortho.example>"
    msg["To"] = "desk@coding.example"
    msg["Subject"] = "RE: knee arthroscopy with meniscectomy"
    msg["Message-ID"] = "<inline-1@riverbendortho.example>"
    msg.set_content(OUTLOOK_ANSWERED_INLINE)
    msg.add_alternative("<p>Answers below, marked IM.</p><p>IM: Yes, both medial.</p>", "html")
    new_text = parse_message(msg.as_bytes()).new_text
    assert "IM: Right knee, 05/04/2026." in new_text
    assert "Is 29874 separate?" in new_text
    assert "From:" not in new_text and ">" not in new_text


def test_a_rule_above_the_header_block_is_not_kept() -> None:
    for rule in ("-----Original Message-----", "_" * 32):
        text = OUTLOOK_ANSWERED_INLINE.replace("From: Coding", f"{rule}\nFrom: Coding")
        assert trim_reply(text) == trim_reply(OUTLOOK_ANSWERED_INLINE)


def test_inline_answers_end_where_the_next_earlier_message_begins() -> None:
    text = (
        "See my answer below.\n\n" + OUTLOOK_BLOCK + "\n"
        "> Which knee?\n"
        "Right knee.\n"
        "> And the date?\n"
        "\n"
        "From: Ines Marlowe <imarlowe@riverbendortho.example>\n"
        "Sent: Wednesday, May 6, 2026 9:02 AM\n"
        "To: Coding Desk <desk@coding.example>\n"
        "\n"
        "Can 29877 go with 29881 on the same knee?\n"
    )
    assert trim_reply(text) == "See my answer below.\n\nRight knee."


def test_plain_outlook_reply_is_cut_at_the_header_block() -> None:
    text = (
        "Thanks - one more: does 29880 replace 29881 when both menisci are done?\n"
        "\n" + OUTLOOK_BLOCK + "\n"
        "Was the chondroplasty done in the same compartment as the meniscectomy?\n"
        "Which knee?\n"
    )
    assert trim_reply(text) == (
        "Thanks - one more: does 29880 replace 29881 when both menisci are done?"
    )


def test_outlook_reply_with_a_quoted_earlier_message_and_a_footer_below_is_cut() -> None:
    # Unquoted lines only after the last quote are a footer, not answers.
    text = (
        "Does 29880 replace 29881 when both menisci are done?\n"
        "\n" + OUTLOOK_BLOCK + "\n"
        "> Was the chondroplasty done in the same compartment?\n"
        "> Which knee?\n"
        "\n"
        "This message may contain confidential information.\n"
    )
    assert trim_reply(text) == "Does 29880 replace 29881 when both menisci are done?"


def test_gmail_inline_reply_with_a_trailing_signature_keeps_the_answers() -> None:
    text = (
        "Answers inline.\n"
        "\n"
        "On Thu, May 7, 2026 at 4:40 PM Coding Desk <desk@coding.example> wrote:\n"
        "> Which knee, and what was the date of service?\n"
        "\n"
        "Right knee, 05/04/2026.\n"
        "\n"
        "> Was a loose body removed?\n"
        ">> Please send the operative note.\n"
        "\n"
        "Yes - is 29874 separate from 29881?\n"
        "\n"
        "Thanks,\n"
        "Ines\n"
        "\n"
        "-- \n"
        "Ines Marlowe, CPC\n"
        "Riverbend Orthopedics\n"
    )
    # Signatures are not removed by the trimmer (the extractor ignores what they hold).
    assert trim_reply(text) == (
        "Answers inline.\n"
        "\n"
        "Right knee, 05/04/2026.\n"
        "\n"
        "Yes - is 29874 separate from 29881?\n"
        "\n"
        "Thanks,\n"
        "Ines\n"
        "\n"
        "--\n"
        "Ines Marlowe, CPC\n"
        "Riverbend Orthopedics"
    )
