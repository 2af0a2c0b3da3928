"""The starter pack shipped in the package (consult/reference/starter/), loaded on first use.

The files are in our own format: one CSV per (family, vintage) with our column names, listed in
manifest.csv with the vintage and the CMS source each value comes from. Values are public CMS
facts for the named vintage; summaries and CPT modifier notes are our own words. Starter
releases are marked `starter`, so an operator's full CMS file of the same date always wins.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
from datetime import date
from importlib import resources

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from consult.db import session_scope
from consult.migrate import is_current, upgrade
from consult.reference.importers import aoc, mue, pfs
from consult.reference.importers.common import ParsedFile
from consult.reference.loading import store_parsed
from consult.reference.tables import RefRelease

log = logging.getLogger(__name__)
MODIFIER_COLUMNS = ("modifier", "system", "text", "short_text", "add_date", "termination")
TARGETS = {  # family/kind -> (table, columns)
    ("pfs", "rows"): ("ref_pfs", pfs.COLUMNS),
    ("mue", "rows"): ("ref_mue", mue.COLUMNS),
    ("aoc", "rows"): ("ref_addon", aoc.COLUMNS),
    ("hcpcs", "modifiers"): ("ref_modifier", MODIFIER_COLUMNS),
    ("modifiers", "modifiers"): ("ref_modifier", MODIFIER_COLUMNS),
    ("summary", "summaries"): ("ref_summary", ("code", "summary")),
}
BOOLEAN = {"not_used_for_medicare", "nf_na", "f_na"}
FLOAT = {"work_rvu", "nf_pe_rvu", "f_pe_rvu", "mp_rvu", "nf_total", "f_total", "pre_op",
         "intra_op", "post_op", "conv_factor"}
INTEGER = {"value", "mai", "edit_type"}


def _read(name: str) -> bytes:
    return resources.files("consult.reference").joinpath("starter", name).read_bytes()


def manifest() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read("manifest.csv").decode("utf-8"))))


def _typed(column: str, value: str) -> object:
    if column in BOOLEAN:
        return value == "1"
    if value == "":
        return None if column in FLOAT or column in INTEGER or "date" in column or column in (
            "addon_deleted", "primary_deleted", "effective", "deleted", "termination") else ""
    if column in FLOAT:
        return float(value)
    if column in INTEGER:
        return int(value)
    return value


def _rows(data: bytes, columns: tuple[str, ...]):
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    for record in reader:
        yield tuple(_typed(c, record[c]) for c in columns)


def load_starter_pack(session: Session) -> int:
    """Load (or refresh) every starter file whose content changed; returns files loaded."""
    loaded = 0
    for entry in manifest():
        table, columns = TARGETS[(entry["family"], entry["kind"])]
        data = _read(entry["file"])
        parsed = ParsedFile(
            vintage=entry["vintage"],
            effective_from=date.fromisoformat(entry["effective_from"]),
            effective_to=date.fromisoformat(entry["effective_to"]) if entry["effective_to"] else None,
            rows=_rows(data, columns),
        )
        result = store_parsed(
            session, entry["family"], table, columns, parsed,
            source_file=f"starter/{entry['file']}", sha256=hashlib.sha256(data).hexdigest(),
            starter=True,
        )
        loaded += not result.skipped
    return loaded


def starter_current(session: Session) -> bool:
    have = {
        (r.source_file, r.sha256)
        for r in session.exec(select(RefRelease).where(RefRelease.starter == True)).all()  # noqa: E712
    }
    want = {
        (f"starter/{e['file']}", hashlib.sha256(_read(e["file"])).hexdigest()) for e in manifest()
    }
    return want <= have


def ensure_starter_pack(url: str | None = None) -> None:
    """Migrate to head, then load the starter pack unless it is already loaded and current."""
    if not is_current(url):
        upgrade(url)
    with session_scope(url, readonly=True) as session:
        if starter_current(session):
            return
    try:
        with session_scope(url) as session:
            count = load_starter_pack(session)
        log.info("reference: loaded %d starter pack file(s)", count)
    except IntegrityError:
        # Another process loaded it at the same moment (PostgreSQL); theirs is as good as ours.
        with session_scope(url, readonly=True) as session:
            if not starter_current(session):
                raise
