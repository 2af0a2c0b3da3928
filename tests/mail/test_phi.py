"""PHI detection: what is found, what is not, and that logs never carry it."""

from __future__ import annotations

import logging

import pytest

from consult.privacy import find_phi, phi_kinds, redact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("DOB: 04/12/1957, 99213?", "date_of_birth"),
        ("date of birth 1957-04-12", "date_of_birth"),
        ("MRN 00123456 had 93306", "mrn"),
        ("medical record #A1234567", "mrn"),
        ("Member ID: XJK123456789", "member_id"),
        ("Medicare number 1EG4-TE5-MK73", "member_id"),
        ("SSN 123-45-6789", "ssn"),
        ("Patient John Smith had 27447", "patient_name"),
        ("pt. Mary O'Neil, 99214", "patient_name"),
    ],
)
def test_likely_phi_is_found(text: str, kind: str) -> None:
    assert kind in phi_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Date of service 03/01/2026: 99213-25 with 20610?",
        "New patient 99203 vs established patient 99213",
        "Patient Portal message: is G2012 billable?",
        "The patient is 67 and had 45378 converted to 45385",
        "ICD-10 Z00.00 with J11.00, 0446T and 0447T",
    ],
)
def test_coding_questions_without_phi_are_not_flagged(text: str) -> None:
    assert find_phi(text) == []


def test_redact_replaces_values_with_their_kind() -> None:
    out = redact("pt John Smith DOB 01/02/1960 needs 99213")
    assert "John" not in out and "1960" not in out and "99213" in out and "removed" in out


def test_ingest_logs_never_carry_the_subject_or_body(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import Session, SQLModel

    import consult.reference.tables  # noqa: F401
    from consult.cases.intake import ingest, store_raw
    from consult.cases.policy import IntakePolicy
    from consult.db import make_engine
    from tests.mail.test_intake import ME, TEMPLATES, mail

    engine = make_engine(f"sqlite:///{tmp_path / 'phi.db'}")
    SQLModel.metadata.create_all(engine)
    caplog.set_level(logging.DEBUG)
    with Session(engine) as s:
        for raw in (mail("pt Zed Secretname DOB 01/02/1960", body="MRN 99887766 Zed"),
                    mail("Out of office pt Zed Secretname", Auto_Submitted="auto-replied")):
            inbound_id = store_raw(s, raw, source="cli").inbound_id
            ingest(s, inbound_id, ME, IntakePolicy(templates=TEMPLATES))
            s.commit()
    engine.dispose()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "phi" in logged.lower() or "patient" in logged.lower()
    assert "Secretname" not in logged and "1960" not in logged and "99887766" not in logged


def test_every_kind_has_a_name_for_people() -> None:
    from consult.privacy.phi import _PATTERNS, KIND_NAMES

    assert set(KIND_NAMES) == set(_PATTERNS)


def _every_pattern(text: str) -> list[tuple[str, int, int]]:
    """What find_phi must return: every pattern run over the text, no shortcuts."""
    from consult.privacy.phi import _NOT_NAMES, _PATTERNS

    found = [
        (kind, m.start(), m.end())
        for kind, pattern in _PATTERNS.items()
        for m in pattern.finditer(text)
        if not (kind == "patient_name" and _NOT_NAMES.match(text, m.start()))
    ]
    return sorted(found, key=lambda f: f[1])


@pytest.mark.parametrize(
    "text",
    [
        "DOB: 04/12/1957", "D.O.B. 4/12/57", "d.o.b 04-12-1957", "BORN ON 04/12/1957", "Birthdate 1957-04-12",
        "MRN 00123456", "CHART # 1234567", "MEDICARE NUMBER 1EG4TE5MK73", "MBI# 1EG4TE5MK73",
        "SUBSCRIBER ID W123456789", "POLICY NO. 99887766", "SSN 123-45-6789", "123-45-6789",
        "PATIENT: Jane Doe", "Pt Mary O'Neil", "PT. John Q. Public",
        "Patıent John Smith (dotless i)", "MEMBER İD 12345678 (dotted capital I)", "ſſn 123-45-6789",
        "Can I bill 0417T with a 26 the same day as 93288? Is 59 needed?",
    ],
)
def test_the_word_shortcuts_find_what_every_pattern_finds(text: str) -> None:
    assert [(f.kind, f.start, f.end) for f in find_phi(text)] == _every_pattern(text)
    assert _every_pattern(text) or "0417T" in text  # the samples do contain findings
