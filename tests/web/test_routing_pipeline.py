"""Routing rules act on new items in the pipeline, and the queue filters by reviewer group."""

from __future__ import annotations

import uuid

from sqlalchemy import delete

from consult.db import session_scope
from consult.web.tables import RoutingRule
from tests.web.conftest import Client, question, send_through_pipeline


def test_new_item_gets_group_and_priority_from_rules_and_queue_filters_by_group(web, reviewer, celery_worker):  # type: ignore[no-untyped-def]
    group = f"em-{uuid.uuid4().hex[:6]}"
    with session_scope() as s:
        rule = RoutingRule(position=1, match_kind="family", match_value="em", reviewer_group=group, priority=1)
        s.add(rule)
        s.flush()
        rule_id = rule.id
    try:
        em = send_through_pipeline(question(f"Visit {group}", "Is 99214-25 right with 20610 today?"))
        other = send_through_pipeline(question(f"Device {group}", "What is 0417T?"))
    finally:
        with session_scope() as s:
            s.execute(delete(RoutingRule).where(RoutingRule.id == rule_id))  # type: ignore[arg-type]
    assert (em.reviewer_group, em.priority) == (group, 1)
    assert (other.reviewer_group, other.priority) == ("", 2)

    client = Client(web)
    assert client.sign_in(reviewer).status == 303
    page = client.request(f"/?group={group}")
    assert page.status == 200
    assert f"/items/{em.id}" in page.body
    assert f"/items/{other.id}" not in page.body


def test_a_reviewer_in_groups_opens_on_their_groups_and_the_ungrouped(web, reviewer, celery_worker):  # type: ignore[no-untyped-def]
    import typer
    from typer.testing import CliRunner

    from consult.web.commands import register

    mine, theirs = f"em-{uuid.uuid4().hex[:6]}", f"dev-{uuid.uuid4().hex[:6]}"
    with session_scope() as s:
        rules = [RoutingRule(position=1, match_kind="family", match_value="em", reviewer_group=mine, priority=2),
                 RoutingRule(position=2, match_kind="family", match_value="cpt3", reviewer_group=theirs,
                             priority=2)]
        s.add_all(rules)
        s.flush()
        rule_ids = [r.id for r in rules]
    try:
        sender = f"{mine}@clinic.example"  # the queue is shared with other tests: filter on it
        em = send_through_pipeline(question(f"Visit {mine}", "Is 99214-25 right with 20610 today?", sender))
        device = send_through_pipeline(question(f"Device {mine}", "What is 0417T?", sender))
        plain = send_through_pipeline(question(f"Injection {mine}", "Is J1100 billable with 96372?", sender))
    finally:
        with session_scope() as s:
            s.execute(delete(RoutingRule).where(RoutingRule.id.in_(rule_ids)))  # type: ignore[attr-defined]
    assert (em.reviewer_group, device.reviewer_group, plain.reviewer_group) == (mine, theirs, "")

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    bad = runner.invoke(app, ["users", "groups", reviewer, "two words; drop"])
    assert bad.exit_code == 1 and "one word" in bad.output
    result = runner.invoke(app, ["users", "groups", reviewer, mine.upper()])
    assert result.exit_code == 0 and f"groups {mine}" in result.output

    client = Client(web)
    assert client.sign_in(reviewer).status == 303
    default = client.request(f"/?sender={sender}").body
    assert f"/items/{em.id}" in default and f"/items/{plain.id}" in default
    assert f"/items/{device.id}" not in default
    assert 'value="mine" selected' in default
    everything = client.request(f"/?group=any&sender={sender}").body
    assert all(f"/items/{i.id}" in everything for i in (em, device, plain))
    assert runner.invoke(app, ["users", "groups", reviewer]).exit_code == 0  # cleared: back to any
    assert f"/items/{device.id}" in client.request(f"/?sender={sender}").body
