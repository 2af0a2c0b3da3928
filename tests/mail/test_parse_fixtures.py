"""Pure ring: every §2 fixture through parse_message and classify, no services."""

from __future__ import annotations

import pytest

from consult.mail.classify import Kind, classify
from consult.mail.parse import ParseError, ParseLimit, parse_message, trim_reply, unflow
from tests.mail.fixturedata import EXPECT, NAMES, OURS, case_numbers, raw


def test_every_case_of_section_2_has_a_fixture() -> None:
    assert case_numbers() == set(range(1, 45))


@pytest.mark.parametrize("name", NAMES)
def test_fixture_parses_and_classifies_as_expected(name: str) -> None:
    expect = EXPECT[name]
    if expect["state"] == "quarantined":
        error = ParseLimit if expect["quarantine"] == "limit" else ParseError
        with pytest.raises(error):
            parse_message(raw(name))
        return
    parsed = parse_message(raw(name))
    verdict = classify(parsed, our_addresses=OURS, our_domain="example.test")
    wanted = Kind.QUESTION if expect["kind"] in ("question", "follow_up") else Kind(expect["kind"])
    assert verdict.kind is wanted, verdict.reason
    if "subject" in expect:
        assert parsed.subject == expect["subject"]
    if "sender" in expect:
        assert parsed.from_addr == expect["sender"]
    if "message_id" in expect:
        assert parsed.message_id == expect["message_id"]
    if "references" in expect:
        assert list(parsed.references) == expect["references"]
    if "delivered_to" in expect:
        assert list(parsed.delivered_to) == expect["delivered_to"]
    if "report_message_id" in expect:
        assert parsed.report_message_id == expect["report_message_id"]
    for text in expect.get("text_has", []):
        assert text in parsed.text
    for text in expect.get("new_has", []):
        assert text in parsed.new_text
    for text in expect.get("new_lacks", []):
        assert text not in parsed.new_text
    assert set(expect.get("flags", [])) <= set(parsed.flags)
    assert [a.filename for a in parsed.attachments] == expect.get("attachments", [a.filename for a in parsed.attachments])
    assert "\x00" not in parsed.subject + parsed.text + parsed.new_text
    if expect["kind"] in ("question", "follow_up") and "subject_only" not in expect.get("flags", []):
        assert parsed.new_text.strip(), "the reviewer must see the question"


def test_message_without_message_id_gets_the_same_synthetic_id_every_time() -> None:
    first, second = parse_message(raw("01_no_message_id")), parse_message(raw("01_no_message_id"))
    assert first.message_id == second.message_id and first.message_id.startswith("<gen-")


def test_depth_limit_is_configurable() -> None:
    from consult.mail.parse import Limits

    with pytest.raises(ParseLimit):
        parse_message(raw("23_attachment_filenames"), Limits(max_parts=2))


def test_unflow_joins_soft_breaks_and_keeps_hard_ones() -> None:
    assert unflow("one \ntwo\nthree", delsp=False) == "one two\nthree"
    assert unflow("spl \nit", delsp=True) == "split"
    assert unflow("> quoted \n> more\nplain") == "> quoted more\nplain"


def test_trim_keeps_inline_answers_and_drops_quotes() -> None:
    text = "On Mon, A wrote:\n> q1\nanswer one\n> q2\nanswer two\n"
    assert trim_reply(text) == "answer one\nanswer two"


def test_trim_cuts_at_reply_above_marker() -> None:
    text = "My new question about 99213\n\n-- Please reply above this line --\nOld stuff 99205"
    assert "99205" not in trim_reply(text)


def test_zoho_attribution_banner_is_cut() -> None:
    text = (
        "So the 25 stays on 99284?\n\nInes\n\n---- On Thu, 05 Mar 2026 10:14:52 -0500 Coding Desk "
        "<consult@codingdesk.example> wrote ----\n\n99284 is a visit; 12002 is the repair.\n"
    )
    kept = trim_reply(text)
    assert "So the 25 stays on 99284?" in kept
    assert "12002" not in kept


def test_outlook_header_block_is_cut() -> None:
    text = "Is 99214 right?\n\nFrom: Consult <consult@example.test>\nSent: Monday\nTo: me\nSubject: x\n\nold 99205"
    assert "99205" not in trim_reply(text)


def test_classify_union_of_header_rules() -> None:
    base = raw("13_fetched_with_body_peek")
    cases = {
        b"Precedence: bulk\r\n": Kind.LIST,
        b"List-Unsubscribe: <mailto:x@y.example>\r\n": Kind.LIST,
        b"X-Autoreply: yes\r\n": Kind.AUTO_REPLY,
        b"X-Autorespond: yes\r\n": Kind.AUTO_REPLY,
        b"Precedence: auto_reply\r\n": Kind.AUTO_REPLY,
        b"X-Failed-Recipients: a@b.example\r\n": Kind.BOUNCE,
        b"X-Loop: yes\r\n": Kind.LOOP,
        b"X-MS-Exchange-Inbox-Rules-Loop: pat@icloud.example\r\n": Kind.LOOP,
        b"Auto-Submitted: no\r\n": Kind.QUESTION,
    }
    for header, kind in cases.items():
        parsed = parse_message(header + base)
        assert classify(parsed, our_addresses=OURS, our_domain="example.test").kind is kind, header
    noreply = parse_message(base.replace(b"pat@icloud.example>", b"no-reply@icloud.example>", 1))
    assert classify(noreply, our_addresses=OURS, our_domain="example.test").kind is Kind.AUTO_REPLY
