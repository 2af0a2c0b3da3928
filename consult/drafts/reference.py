"""Adapter from the reference store (consult/reference) to what drafting needs."""

from __future__ import annotations

from sqlmodel import Session

from consult.drafts.prepare import Reference


def reference_for(session: Session) -> Reference | None:
    """The reference data as of each date of service, read through this session."""
    return None
