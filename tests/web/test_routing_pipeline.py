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
