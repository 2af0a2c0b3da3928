"""/healthz for load balancers (no sign-in) and /api/status for signed-in users."""

from __future__ import annotations

import json

from tests.web.conftest import Client, make_user


def test_healthz_answers_without_sign_in_and_status_needs_it(web) -> None:  # type: ignore[no-untyped-def]
    client = Client(web)
    health = client.request("/healthz")
    assert health.status == 200
    assert json.loads(health.body)["ok"] is True
    assert client.request("/api/status").status == 401
    assert client.sign_in(make_user()).status == 303
    detail = json.loads(client.request("/api/status").body)
    assert {"healthy", "problems", "inbound", "outbound", "reference_files"} <= detail.keys()
