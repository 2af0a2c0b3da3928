"""The case page tells the reviewer what the mail layer noticed: patient information, TNEF, forwards."""

from __future__ import annotations

import html
import uuid

from consult.web.casepage import message_warnings
from tests.web.conftest import Client, question, send_through_pipeline


def test_warnings_name_phi_first_and_skip_header_hygiene_flags() -> None:
    warnings = message_warnings("no_message_id forward winmail_dat", "date_of_birth mrn")
    assert "date of birth" in warnings[0] and "medical record number" in warnings[0]
    assert any("forwarded" in w for w in warnings)
    assert any("winmail.dat" in w for w in warnings)
    assert len(warnings) == 3  # no_message_id stays in the logs
    assert message_warnings("", "") == []


def test_case_page_shows_patient_information_warning(web, reviewer, celery_worker):  # type: ignore[no-untyped-def]
    tag = uuid.uuid4().hex[:8]
    item = send_through_pipeline(question(
        f"99213-25 for DOB 03/14/1961 {tag}", "Patient MRN 4471120, seen today. Is 99213-25 right with 20610?"
    ))
    client = Client(web)
    assert client.sign_in(reviewer).status == 303
    page = client.request(f"/items/{item.id}")
    assert page.status == 200
    body = html.unescape(page.body)
    assert 'id="message-warnings"' in body
    assert "Likely patient information in this message (a date of birth, a medical record number)" in body
    assert "03/14/1961" not in body.split("<h1>")[1].split("</h1>")[0]  # the subject is shown redacted


def test_case_page_without_findings_has_no_warning_box(web, reviewer, celery_worker):  # type: ignore[no-untyped-def]
    item = send_through_pipeline(question(f"Plain question {uuid.uuid4().hex[:8]}", "Is 99213-25 right with 20610?"))
    client = Client(web)
    assert client.sign_in(reviewer).status == 303
    page = client.request(f"/items/{item.id}")
    assert page.status == 200
    assert 'id="message-warnings"' not in page.body
