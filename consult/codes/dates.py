"""The date of service a question is about, when the message gives one.

An explicit cue wins ('DOS 10/14/2026', 'date of service: ...'). Otherwise a date in a sentence
that tells of an encounter ('came in on', 'seen on', 'the case was on') counts, the latest one
when there are several; dates that announce something else (effective, scheduled, dated,
invoice, DOB) never count. 'today' and 'yesterday' resolve only when the caller passes `today`.
"""

from __future__ import annotations

import datetime
import re

from consult.codes.vocabulary import MONTHS

_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<y1>(?:19|20)\d\d)-(?P<m1>\d\d)-(?P<d1>\d\d)"
    r"|(?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})(?:[/.-](?P<y2>\d{4}|\d{2}))?)(?![\d/]|\.\d|-\d)"
)
_NAMED = re.compile(
    r"\b(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?P<word>today|yesterday)(?:'s)?\b", re.I)
_DOS_CUE = re.compile(r"\b(?:DOS|D\.O\.S\.?|dates?\s+of\s+service|service\s+date)\b\W{0,3}$", re.I)
_ENCOUNTER = re.compile(
    r"\b(?:came|come|seen|saw|visit|visits|visited|presented|performed|done|did|had|was\s+on|"
    r"were\s+on|encounter|procedure|surgery|injected|implanted|admitted|treated|refilled|"
    r"case|appointment|date\s+of|on)\b",
    re.I,
)
_NOT_DOS = re.compile(
    r"\b(?:effective|eff\.?|starts?|starting|begins?|beginning|scheduled|will|dated|invoice|"
    r"received|sent|DOB|born|birth|expires?|expiration|deadline|due|since|until|by|contract|"
    r"letter|updated|released|published|policy|lcd|last\s+seen|as\s+of|before|after)\b",
    re.I,
)


def date_of_service(
    text: str, today: datetime.date | None
) -> tuple[datetime.date | None, list[str]]:
    cued: list[datetime.date] = []
    encounters: list[datetime.date] = []
    for start, end, when in _dates(text, today):
        before = _clause_before(text, start)
        after = _clause_after(text, end)
        if _DOS_CUE.search(text[max(0, start - 24) : start]):
            cued.append(when)
        elif not _NOT_DOS.search(before[-40:]) and (
            _ENCOUNTER.search(before) or _ENCOUNTER.search(after[:40])
        ):
            encounters.append(when)
    if cued:
        return cued[0], []
    if encounters:
        return max(encounters), []
    return _relative(text, today)


def _dates(text: str, today: datetime.date | None) -> list[tuple[int, int, datetime.date]]:
    found = []
    for m in _NUMERIC.finditer(text):
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        else:
            year = m.group("y2")
            if year is None:
                if today is None or "/" not in m.group():
                    continue
                y = today.year
            else:
                y = int(year) + (2000 if len(year) == 2 else 0)
            mo, d = int(m.group("m2")), int(m.group("d2"))
        found.append((m.start(), m.end(), _date(y, mo, d)))
    for m in _NAMED.finditer(text):
        year = m.group("year")
        if year is None and today is None:
            continue
        y = int(year) if year else today.year  # type: ignore[union-attr]
        found.append((m.start(), m.end(), _date(y, MONTHS[m.group("mon").lower()[:3]], int(m.group("day")))))
    return [(s, e, d) for s, e, d in found if d is not None]


def _date(y: int, mo: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _clause_before(text: str, start: int) -> str:
    cut = max(text.rfind(c, 0, start) for c in ".?!\n")
    return text[max(cut + 1, start - 80) : start]


def _clause_after(text: str, end: int) -> str:
    stops = [i for i in (text.find(c, end) for c in ".?!\n") if i >= 0]
    return text[end : min(stops, default=len(text))]


def _relative(text: str, today: datetime.date | None) -> tuple[datetime.date | None, list[str]]:
    m = _RELATIVE.search(text)
    if m is None:
        return None, []
    word = m.group("word").lower()
    if today is None:
        return None, [f"the service was '{word}' but the message date is unknown"]
    when = today - datetime.timedelta(days=1) if word == "yesterday" else today
    return when, [f"date of service taken from '{m.group()}' relative to {today.isoformat()}"]
