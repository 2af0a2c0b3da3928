"""Sign-in, sessions, CSRF, headers and roles, over plain HTTP against the real app."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from consult.db import session_scope
from consult.models import ReviewEvent, ReviewState
from consult.web import auth
from tests.web.conftest import PASSWORD, Client, make_item, make_user, review_item


def test_pages_without_a_session_redirect_to_sign_in_and_api_answers_401(web):  # type: ignore[no-untyped-def]
    client = Client(web)
    for path in ("/", "/items/1", "/admin/sent", "/admin/quarantine", "/?state=all&page=2"):
        reply = client.request(path)
        assert reply.status == 303, path
        assert reply.headers["location"].startswith("/login?next="), path
    assert client.request("/api/queue").status == 401
    assert client.request("/api/items/1").status == 401


def test_post_without_csrf_token_is_refused_and_changes_nothing(web, reviewer):  # type: ignore[no-untyped-def]
    item_id = make_item()
    client = Client(web)
    assert client.sign_in(reviewer).status == 303

    refused = client.request(f"/items/{item_id}/claim", {})
    assert refused.status == 403
    refused = client.request(f"/items/{item_id}/claim", {"csrf": "forged"})
    assert refused.status == 403
    assert review_item(item_id).state == ReviewState.PENDING

    token = client.csrf(f"/items/{item_id}")
    assert client.request(f"/items/{item_id}/claim", {"csrf": token}).status == 303
    assert review_item(item_id).claimed_by == reviewer
    # The header form works for fetch() callers.
    assert client.request(f"/items/{item_id}/release", {}, {"X-CSRF-Token": token}).status == 303
    assert review_item(item_id).state == ReviewState.PENDING


def test_sign_in_itself_needs_the_csrf_token(web, reviewer):  # type: ignore[no-untyped-def]
    client = Client(web)
    reply = client.request("/login", {"username": reviewer, "password": PASSWORD})
    assert reply.status == 403
    assert client.sign_in(reviewer).status == 303


def test_sign_in_is_rate_limited_after_five_failures(web, reviewer):  # type: ignore[no-untyped-def]
    client = Client(web)
    for _ in range(auth.MAX_FAILURES_PER_USER):
        assert client.sign_in(reviewer, "wrong password!").status == 401
    reply = client.sign_in(reviewer)  # the right password, too late
    assert reply.status == 401
    assert "Too many failed sign-ins" in reply.body


def test_changing_the_password_or_disabling_ends_open_sessions(web):  # type: ignore[no-untyped-def]
    name = make_user()
    client = Client(web)
    client.sign_in(name)
    assert client.request("/").status == 200
    with session_scope() as s:
        auth.set_password(s, name, "another long password")
    assert client.request("/").status == 303

    other = make_user()
    client = Client(web)
    client.sign_in(other)
    with session_scope() as s:
        auth.set_active(s, other, False)
    assert client.request("/").status == 303
    assert client.sign_in(other).status == 401


def test_responses_carry_strict_csp_and_a_safe_session_cookie(web, reviewer):  # type: ignore[no-untyped-def]
    client = Client(web)
    login = client.request("/login")
    csp = login.headers["content-security-policy"]
    for directive in ("default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp
    cookie = login.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    # Behind a TLS proxy on loopback (uvicorn trusts X-Forwarded-Proto from 127.0.0.1).
    tls = Client(web).request("/login", headers={"X-Forwarded-Proto": "https"})
    assert "secure" in tls.headers["set-cookie"].lower()


def test_reviewers_cannot_open_admin_pages(web, reviewer, admin):  # type: ignore[no-untyped-def]
    client = Client(web)
    client.sign_in(reviewer)
    assert client.request("/admin/quarantine").status == 403
    boss = Client(web)
    boss.sign_in(admin)
    for path in ("/admin/quarantine", "/admin/sent", "/admin/senders", "/admin/routing", "/admin/templates"):
        assert boss.request(path).status == 200, path


def test_a_refused_approval_names_the_holder_and_keeps_the_edit(web):  # type: ignore[no-untyped-def]
    alice, bob = make_user(), make_user()
    item_id = make_item()
    a, b = Client(web), Client(web)
    a.sign_in(alice)
    b.sign_in(bob)
    b_token = b.csrf(f"/items/{item_id}")
    assert a.request(f"/items/{item_id}/claim", {"csrf": a.csrf(f"/items/{item_id}")}).status == 303
    reply = b.request(f"/items/{item_id}/approve", {"csrf": b_token, "text": "Bob's careful edit"})
    assert reply.status == 409
    assert f"{alice} holds this case" in reply.body
    assert "Bob&#39;s careful edit" in reply.body
    assert review_item(item_id).state == ReviewState.CLAIMED


def test_reassign_and_notes_are_audited(web, admin):  # type: ignore[no-untyped-def]
    other = make_user()
    item_id = make_item()
    client = Client(web)
    client.sign_in(admin)
    token = client.csrf(f"/items/{item_id}")
    assert client.request(f"/items/{item_id}/reassign", {"csrf": token, "to": other}).status == 303
    assert client.request(f"/items/{item_id}/note", {"csrf": token, "note": "Check the payer"}).status == 303
    assert review_item(item_id).claimed_by == other
    with session_scope(readonly=True) as s:
        from sqlalchemy import select

        events = [(e.actor, e.action, e.detail) for e in s.execute(select(ReviewEvent).where(ReviewEvent.review_item_id == item_id)).scalars()]
    assert (admin, "reassigned", f"to {other}") in events
    assert (admin, "note", "Check the payer") in events
    page = client.request(f"/items/{item_id}").body
    assert "Check the payer" in page and "reassigned" in page


def test_users_commands_add_list_passwd_disable(migrated_db):  # type: ignore[no-untyped-def]
    import typer

    from consult.web.commands import register

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    name = f"cli-{make_user()[4:]}"
    result = runner.invoke(app, ["users", "add", name, "--role", "admin", "--password-stdin"], input="long enough pw\n")
    assert result.exit_code == 0, result.output
    short = runner.invoke(app, ["users", "add", name + "x", "--password-stdin"], input="short\n")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    dup = runner.invoke(app, ["users", "add", name, "--password-stdin"], input="long enough pw\n")
    assert dup.exit_code == 1 and "already exists" in dup.output
    listed = runner.invoke(app, ["users", "list"])
    assert re.search(rf"{name}\s+admin\s+active", listed.output)
    assert runner.invoke(app, ["users", "passwd", name, "--password-stdin"], input="a new long pw\n").exit_code == 0
    assert runner.invoke(app, ["users", "disable", name]).exit_code == 0
    assert re.search(rf"{name}\s+admin\s+disabled", runner.invoke(app, ["users", "list"]).output)
    with session_scope() as s:
        try:
            auth.sign_in(s, name, "a new long pw", "test")
            raise AssertionError("a disabled user signed in")
        except auth.SignInRefused:
            pass


def test_ask_for_information_sends_the_templated_request(web, reviewer):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from consult.models import OutboundMessage

    item_id = make_item()
    client = Client(web)
    client.sign_in(reviewer)
    token = client.csrf(f"/items/{item_id}")
    empty = client.request(f"/items/{item_id}/ask", {"csrf": token})
    assert empty.status == 409 and "choose what information you need" in empty.body.lower()
    reply = client.request(f"/items/{item_id}/ask", {"csrf": token, "need": ["dos", "payer"], "extra": "Which knee?"})
    assert reply.status == 303
    with session_scope(readonly=True) as s:
        out = s.execute(select(OutboundMessage).where(OutboundMessage.review_item_id == item_id)).scalar_one()
        events = [e.action for e in s.execute(select(ReviewEvent).where(ReviewEvent.review_item_id == item_id)).scalars()]
    assert out.body_text.startswith("Hi Casey,")
    assert "- The date of service" in out.body_text and "Which knee?" in out.body_text
    assert "approved" in events and "asked for information" in events
