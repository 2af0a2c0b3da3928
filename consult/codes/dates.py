"""The date of service a question is about, when the message gives one.

An explicit cue wins ('DOS 10/14/2026', 'date of service: ...', 'Study date 10/30/2026').
Otherwise a date in a sentence that tells of an encounter ('came in on', 'seen on', 'the case was
on', 'Delivered 09/03/2026') counts, the latest one when there are several; dates that announce
something else (effective, scheduled, dated, invoice, DOB) never count, nor do dates after the
day the message was sent ('moving the panel over on 01/01/2027'). Three or more different cued
dates (a list of claims) give none. 'today' and 'yesterday' resolve only when the caller passes
`today`.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

from consult.codes.context import column_head
from consult.codes.vocabulary import CODE_SHAPE, MONTHS

# The numeric patterns start with a character class so the engine scans quickly; the boundaries
# are checked per match.
_SLASHED: Final = re.compile(r"(\d{1,4})(/)(\d{1,2})(?:/(\d{2,4}))?")
_DASHED: Final = re.compile(r"(\d{1,4})(-)(\d{1,2})-(\d{2,4})")
_DOTTED: Final = re.compile(r"(\d{1,2})(\.)(\d{1,2})\.(\d{4})")  # 15.04.2026: day first
# 'Nov 4, 2026', 'November 4 2026', 'Nov 4'; and the day-first '4 Nov 2026', '03-Mar-2026',
# whose day is read back from before the month (the month word leads the pattern either way).
# The month's name starts with a capital and its own next two letters, so a capital that opens
# another word fails at once ('JAN 2025' too); _month_word reads the whole word. The possessive
# rest of the word ({0,6}+) gives nothing back: a shorter word is followed by a letter, which
# can never match, and retrying it cost more than the scan.
_NAMED: Final = re.compile(
    r"(?:J(?i:an|un|ul)|F(?i:eb)|M(?i:ar|ay)|A(?i:pr|ug)|S(?i:ep)|O(?i:ct)|N(?i:ov)|D(?i:ec))"
    r"[a-zA-Z]{0,6}+\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?|(?P<sep>[ -])(?P<year_after>(?:19|20)\d\d))\b"
)
_DAY_BEFORE: Final = re.compile(r"(?<![0-9A-Za-z])(\d{1,2})(?:st|nd|rd|th)?[ -]$")
# The separator of a numeric date with a digit on each side. These start with a literal, which
# the engine finds with a fast search, where the full patterns try every digit of the text.
_SLASHED_HINT: Final = re.compile(r"/(?<=\d/)\d")
_DASHED_HINT: Final = re.compile(r"-(?<=\d-)\d{1,2}-\d{2}")
_DOTTED_HINT: Final = re.compile(r"\.(?<=\d\.)\d{1,2}\.\d{4}")
_RELATIVE: Final = re.compile(r"\b(?P<word>today|yesterday)(?P<possessive>['\u2019]s)?\b", re.I)
# 'today' or 'yesterday' in a clause about the question, the mail or the office's habits, not
# about a service: 'need answer today', 'left a vm yesterday', 'the claim paid yesterday', 'here
# is what we append today', 'the rows as they sit today'
_NOT_A_SERVICE: Final = re.compile(
    r"\b(?:answers?|call|called|calling|reply|respond|hear|letter|e-?mail|emailed|vm|voicemail|"
    r"reconsideration|appeal|appealed|denial|denied|rejected|rejection|"
    r"message|meeting|committee|scrubber|cutoff|deadline|paid|posted|received|sent|sends|"
    r"updat(?:e|ed|ing)|as\s+of|sit|stand|(?:we|they|i)\s+(?:\w+\s+)?(?:use|do|handle|append|"
    r"add|bill|code)|doing)\b",
    re.I,
)
_NOT_A_SERVICE_AFTER: Final = re.compile(
    r"\s+(?:answer|reply|email|e-mail|call|message|meeting)", re.I
)
_DOS_CUE: Final = re.compile(
    r"\b(?:DOS|D\.O\.S\.?|date(?:s|\(s\))?[\s_]*of[\s_]*service|"
    r"svc(?=[ \t]*:?[ \t]*$)|"  # a work queue's 'Enc 50119377   MRN 00482201   Svc 04/12/2027'
    r"(?:serviced?|svc|serv|study|exam|visit|"
    r"surgery|procedure|encounter|delivery|run|transport|trip)[\s_]*dates?|fecha\s+de\s+servicio|"
    # a UB-04's statement period ('Stmt From', 'From/Thru 06/09/2026'); the date a claim or its
    # lines are for ('sent the claim for 12/21/2026', 'Corrected lines for 01/05/2027:', 'held
    # three of her claims from 11/03/2026')
    r"(?:stmt|statement)\s+(?:from(?:\s*/\s*thru)?|period)|from\s*/\s*thru|stmt|"
    # 'her son's bill from 02/17/2026', 'MAR export rows from 2026-06-30'
    r"(?:claims?|lines?|bills?|rows?)\s+(?:for|from)(?:\s+the)?|"
    # the day an example is taken from: 'Scenario from 01/20/2026', 'Example from 03/03/2026:'
    r"(?:example|scenario|case)\s+from|"
    # the note of the visit: 'Office note dated 04/14/2027'
    r"(?:office|progress|clinic|visit|op|operative|procedure|encounter)\s+notes?\s+dated)\b"
    r"(?:\s*\([\w ]{1,24}\))?"  # 'DOS (collection) 05/22/2026', '(our DOS for month 1) was'
    # 'DOS for #1 was 04/14/2026', 'DOS for the first example was', 'DOS for the example:'
    r"(?:\s+for(?:\s+[#\w]+){1,3}(?=\s*(?::|was\b|is\b|were\b)))?(?:\s+(?:was|is|were))?"
    # a label lined up with blanks or dot leaders, a JSON key: 'DOS          : 14/03/2026'
    r"(?:[ \t]*\W{0,4}|[ \t]*\.{3,}\W?)[ \t]*$",
    re.I,
)
_ENCOUNTER: Final = re.compile(
    r"\b(?:came|come|seen|saw|visit|visits|visited|presented|performed|done|did|had|was\s+on|"
    r"were\s+on|encounter|procedure|surgery|injected|implanted|admitted|treated|refilled|"
    r"cases?|appointment|date\s+of|delivered|dispensed|furnished|op\s+note|on|admission|admit|"
    r"infusions?|injections?|sessions?|collected|drawn|given|setup|patients?|superbill|applied|"
    r"placed|inserted|administered|same\s+(?:calendar\s+)?(?:day|date|session))\b",
    re.I,
)
# Encounter words that outweigh an earlier word announcing another date ('DOB 06/12/1966, seen
# 02/03/2026'); 'on', 'had' or 'did' do not ('effective on 01/01/2026').
_STRONG_ENCOUNTER: Final = re.compile(
    r"\b(?:came|seen|saw|visit|visited|presented|performed|admitted|admission|admit|treated|"
    r"delivered|dispensed|furnished|injected|implanted|collected|given|encounter|procedure|"
    r"surgery|same\s+(?:calendar\s+)?(?:day|date|session))\b",
    re.I,
)
# A service named right after the date: 'the 3/20/2026 visit', 'the 10/06/2026 infusion'
_SERVICE_AFTER: Final = re.compile(
    r"\s+(?:visit|infusion|injection|encounter|procedure|surgery|session|case|admission|"
    # 'for the 09/28/2026 schedule', 'for the Sept 30, 2026 list'
    r"appointment|service|claim\s+line|schedule|rental|worklist|list|clinic\s+day)s?\b",
    re.I,
)
# The hour of the day after the date
_TIME_OF_DAY_AFTER: Final = re.compile(
    r",?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|[AP]\.?M\b)"
)
# A payment named right after the date: 'our 12/31 ERA', 'the 03/02/2026 remit'
_PAYMENT_AFTER: Final = re.compile(
    r"\s+(?:ERA|EOB|835|remits?|remittances?|deposits?|checks?|payments?|EFT)\b", re.I
)
# A pasted table's column of service dates: 'DOS', 'Date', 'Svc Date', 'svc_dt', 'DOS From'
_DOS_HEAD: Final = re.compile(
    r"(?:dos|d\.o\.s\.?|date(?:\s*/\s*time)?|(?:svc|serv|service|visit|from|admit|surg|surgery|proc|"
    r"exam|study)[\s_]*(?:date|dt)|dos[\s_]*(?:from|start)|from[\s_]*(?:dos|date)|"
    r"date[\s_]+of[\s_]+service|from)",  # 'EXAM DT'; 'FROM' beside 'TO' over a claim's lines
    re.I,
)
_NOT_DOS: Final = re.compile(
    r"\b(?:effective|eff\.?|starts?|starting|begins?|beginning|scheduled|will|dated|invoice|"
    r"(?:part\s+[ab]|coverage|eligibility|insurance)\s+(?:started|began)|"  # 'Part B started'
    # not what a patient was given: 'Patient received aflibercept in both eyes on 02/25/2026'
    r"(?<!patient\s)(?<!pt\s)received|sent|heard\s+back|replied|responded|emailed|faxed|mailed|"
    r"DOB|born|birth|"
    r"expires?|expiration|deadline|due|since|until|contract|"
    r"stopped\s+(?:using|billing|appending|reporting|adding)|"  # a habit ended, not a service
    r"letter|updated|released|published|policy|lcd|last\s+seen|as\s+of)\b",
    re.I,
)
# Only right before the date: 'by 12/31', 'before 01/01', 'split 2/2' (units); not 'delivered by
# repeat C-section on'
_NOT_DOS_RIGHT_BEFORE: Final = re.compile(r"\b(?:by|before|after|split)\s+$", re.I)  # 'split 2/2'


def date_of_service(
    text: str, today: datetime.date | None, *, lower: str | None = None
) -> tuple[datetime.date | None, list[str]]:
    """`lower` is text.lower() when the caller has it already."""
    lower = text.lower() if lower is None else lower
    cued: list[datetime.date] = []
    cued_spans: list[tuple[int, int]] = []
    encounters: list[datetime.date] = []
    for start, end, when in _dates(text, today):
        before = _clause_before(text, start)
        after = _clause_after(text, end)
        if (
            _DOS_CUE.search(text[max(0, start - 40) : start])
            or _in_a_dos_column(text, start)
            or _opens_a_service_line(text, start, end)
        ):
            cued.append(when)
            cued_spans.append((start, end))
        elif (today is None or when <= today) and (
            _tells_of_an_encounter(before, after)
            or _a_day_and_its_hour(text, start, end, after)
        ):
            encounters.append(when)
    # an X12 service date: 'DTM*472*20261102~', 'DTP*472*D8*…', 'DTP*434*RD8*…'
    if not cued and ("472*" in text or "434*" in text):
        cued = [
            d
            for d in (_x12_date(a or b) for a, b in _X12_SERVICE_DATE.findall(text))
            if d is not None
        ][:1]
    if not cued and "FT1|" in text:  # an HL7 charge's transaction date: 'FT1|1|||20261109|'
        cued = [d for d in map(_x12_date, _HL7_SERVICE_DATE.findall(text)) if d is not None][:1]
    if not cued and (box := _cms1500_dates(text)):  # '04 08 27  04 08 27    11  99213'
        cued = [d for d in [_date(2000 + int(box[3]), int(box[1]), int(box[2]))] if d][:1]
    if len(set(cued)) >= _SEVERAL:
        # a worklist or a denial report: three claims, three days; no one date is the question's,
        # unless the prose tells of one ('delivered with us on 04/06/2027' over a visit log)
        if encounters:
            return max(encounters), []
        days = ", ".join(sorted({d.isoformat() for d in cued}))
        return None, [f"several dates of service ({days}): none taken as the question's"]
    if len(set(cued)) == 2 and _CORRECTED.search(text, cued_spans[0][1], cued_spans[1][0]):
        return cued[1], []  # 'dos 4.21.2027 wait no thats today, dos was 4.14.2027'
    if cued:
        return cued[0], []
    if encounters:
        return max(encounters), []
    return _relative(text, today, lower)


# a writer correcting the date just given
_CORRECTED: Final = re.compile(
    r"\b(?:wait|sorry|correction|i\s+mean|i\s+meant|scratch\s+that|typo|actually)\b", re.I
)
_AHEAD_AT_MOST: Final = 61  # days after the message a date written without its year may fall
_SEVERAL: Final = 3  # different service dates that make a list of claims, not one question's date
# a CMS-1500's box 24A, printed: the from and to dates as 'MM DD YY', at the start of a line
_CMS1500_DATES: Final = re.compile(r"(\d\d) (\d\d) (\d\d)[ \t]+\d\d \d\d \d\d(?!\d)")
_CMS1500_HINT: Final = re.compile(r" \d\d \d\d[ \t]")  # the pattern's first blank: a fast search


def _cms1500_dates(text: str) -> re.Match[str] | None:
    """The first box 24A at a line's start, found from cheap tests first: every message pays
    for this scan, and a form lined up in columns has wide gaps or tabs where most mail has
    neither."""
    if ("  " not in text and "\t" not in text) or _CMS1500_HINT.search(text) is None:
        return None
    for m in _CMS1500_DATES.finditer(text):
        if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t"):
            return m
    return None
_HL7_SERVICE_DATE: Final = re.compile(r"(?:^|\n)FT1\|[^|\n]*\|[^|\n]*\|[^|\n]*\|(\d{8})")
# a service date, or an institutional claim's statement period of one day
# ('DTP*434*RD8*20261104-20261104~')
_X12_SERVICE_DATE: Final = re.compile(
    r"\b(?:DTM|DTP)\*(?:472\*(?:D8\*)?(\d{8})(?!\d)|434\*RD8\*(\d{8})-\2(?!\d))"
)


def _x12_date(digits: str) -> datetime.date | None:
    return _date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def _tells_of_an_encounter(before: str, after: str) -> bool:
    """Whether the clause around a date tells of a service: a service named right after it, or
    an encounter word before or after it and no word announcing another kind of date ('DOB',
    'effective', 'sent') closer before it than a strong encounter word; not a payment named
    right after it ('our 12/31 ERA')."""
    if _SERVICE_AFTER.match(after):
        return True
    if _PAYMENT_AFTER.match(after):
        return False
    if _NOT_DOS_RIGHT_BEFORE.search(before[-12:]):
        return False
    vetoes = list(_NOT_DOS.finditer(before, max(0, len(before) - 40)))
    if vetoes:
        last = vetoes[-1].end()
        if not any(m.start() >= last for m in _STRONG_ENCOUNTER.finditer(before, last)):
            return False
    return bool(_ENCOUNTER.search(before) or _ENCOUNTER.search(after[:40]))


def _opens_a_service_line(text: str, start: int, end: int) -> bool:
    """'10/02/2026   99214-25   $190.00': a date that opens a line of an itemized statement,
    a code after it."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _CODE_AFTER.match(text, end) is not None


def _a_day_and_its_hour(text: str, start: int, end: int, after: str) -> bool:
    """'Saturday 03/14/2026 at 6:40 pm, POS 20': a day written in full with its hour, not on a
    forwarded message's header line ('Sent: Monday, August 10, 2026 4:18 PM')."""
    if _TIME_OF_DAY_AFTER.match(after) is None:
        return False
    numbers = _NUMBER.findall(text, start, end)
    if len(numbers) != 3 and not any(len(n) == 4 for n in numbers):
        return False  # no year: '3/14 at 2pm'
    return _HEADER_LINE.match(text, text.rfind("\n", 0, start) + 1) is None


def _in_a_dos_column(text: str, start: int) -> bool:
    """Whether the date sits in a pasted table's column headed 'DOS', 'Date', 'Svc Date'..."""
    if text.rfind("\n", 0, start) < 0:
        return False  # the first line heads no table
    head = column_head(text, start)
    return head is not None and bool(_DOS_HEAD.fullmatch(head.strip(" #:.")))


_NUMBER: Final = re.compile(r"\d+")
_CODE_AFTER: Final = re.compile(rf"[ \t]+{CODE_SHAPE}(?![0-9A-Za-z])")
# a forwarded message's header line: 'Date: Mon, Mar 23, 2026 at 3:05 PM'
_HEADER_LINE: Final = re.compile(r"[ \t>]*(?:date|sent|on)\b", re.I)


_LETTERS: Final = re.compile(r"[A-Za-z]+")


def _dates(text: str, today: datetime.date | None) -> list[tuple[int, int, datetime.date]]:
    found = []
    matches = _matches(_SLASHED, _SLASHED_HINT, 4, text) if "/" in text else []
    if "-" in text:
        matches.extend(_matches(_DASHED, _DASHED_HINT, 4, text))
    if "." in text:
        matches.extend(_matches(_DOTTED, _DOTTED_HINT, 2, text))
    for m in matches:
        s, e = m.span()
        if (
            (s and text[s - 1] in "0123456789/.-")
            or text[e : e + 1].isdigit()
            or text[e : e + 1] == "/"
        ):
            continue
        if (
            text[e : e + 2][:1] in ".-"
            and text[e + 1 : e + 2].isdigit()
            # a one-day period, 'STMT 03/14/2026-03/14/2026', not a quarter's
            # '10/01/2025-12/31/2025'
            and not (text.startswith(m.group(), e + 1) and not text[e + 1 + e - s :][:1].isdigit())
        ):
            continue
        first, sep, second, third = m.groups()
        if len(first) == 4:  # 2026-10-12, 2026/05/06
            if sep == "." or third is None or len(third) != 2:
                continue
            y, mo, d = int(first), int(second), int(third)
        elif len(first) <= 2 and (third is None or len(third) in (2, 4)):
            if third is None and (today is None or sep != "/" or int(first) > 12):
                continue  # '24/7' is no date; a date without its year is written month first
            mo, d = int(first), int(second)
            # Day first where the month cannot be first (14/03/2026) and in dotted dates, the
            # European form (15.04.2026), unless the second number cannot be a month (4.15.2026).
            if (mo > 12 or sep == ".") and d <= 12:
                mo, d = d, mo
            if third is None:
                y = _year_of(mo, d, today)  # type: ignore[arg-type]
            else:
                y = int(third) + (2000 if len(third) == 2 else 0)
        else:
            continue
        found.append((s, e, _date(y, mo, d)))
    for m in _NAMED.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        month = MONTHS.get(m.group()[:4].lower().rstrip(". ")) or MONTHS.get(m.group()[:3].lower())
        word = _LETTERS.match(m.group())
        if month is None or word is None or not _month_word(word.group()):
            continue
        start, day = m.start(), m.group("day")
        if day is None:  # '4 Nov 2026': the day stands before the month
            before = _DAY_BEFORE.search(text, max(0, start - 5), start)
            if before is None or (m.group("sep") == "-") != text[start - 1 : start].startswith("-"):
                continue
            start, day = before.start(), before.group(1)
        year = m.group("year") or m.group("year_after")
        if year is None and today is None:
            continue
        y = int(year) if year else _year_of(month, int(day), today)  # type: ignore[arg-type]
        found.append((start, m.end(), _date(y, month, int(day))))
    return sorted([(s, e, d) for s, e, d in found if d is not None]) if found else []


def _year_of(month: int, day: int, today: datetime.date) -> int:
    """The year of a date written without one: the message's, unless that puts it more than
    two months after the message ('dos 12/29' in mail of 5 January is last December's)."""
    when = _date(today.year, month, day)
    if when is not None and (when - today).days > _AHEAD_AT_MOST:
        return today.year - 1
    return today.year


def _matches(
    pattern: re.Pattern[str], hint: re.Pattern[str], back: int, text: str
) -> list[re.Match[str]]:
    """pattern.finditer(text), found by jumping from hint to hint.

    Every match holds a hint (its separator) at most `back` characters after its start, and
    every hint starts a match within `back` characters before it, so searching from there finds
    the same matches as a scan of the whole text.
    """
    found: list[re.Match[str]] = []
    pos = 0
    while (sep := hint.search(text, pos + 1)) is not None:
        m = pattern.search(text, max(pos, sep.start() - back))
        if m is None:
            break
        found.append(m)
        pos = m.end()
    return found


def _month_word(word: str) -> bool:
    word = word.lower()
    return any(full.startswith(word) and len(word) >= 3 for full in _MONTH_NAMES)


_MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
)


def _date(y: int, mo: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def _clause_before(text: str, start: int) -> str:
    """The clause before a date, back to the end of a sentence or of a line; past a line break
    that wraps a sentence when the date starts a line ('established, seen⏎01/06/2026')."""
    cut = max(text.rfind(c, 0, start) for c in ".?!\n")
    if cut >= 0 and text[cut] == "\n" and not text[cut + 1 : start].strip():
        wrapped = text[max(0, cut - 1) : cut].rstrip("\r")
        if wrapped.isalnum() or wrapped == ",":
            cut = max(text.rfind(c, 0, cut) for c in ".?!\n")
    return text[max(cut + 1, start - 80) : start]


def _clause_after(text: str, end: int) -> str:
    stops = [i for i in (text.find(c, end) for c in ".?!\n") if i >= 0]
    return text[end : min(stops, default=len(text))]


def _relative(
    text: str, today: datetime.date | None, lower: str
) -> tuple[datetime.date | None, list[str]]:
    if "today" not in lower and "yesterday" not in lower:
        return None, []
    for m in _RELATIVE.finditer(text):  # 'dr did both knees today', not 'left a vm yesterday'
        if m.group("possessive") and text[m.end() : m.end() + 1] in " \t":
            if _NOT_A_SERVICE_AFTER.match(text, m.end()):
                continue  # "yesterday's answer"
        around = _clause_before(text, m.start())[-40:] + " " + _clause_after(text, m.end())[:30]
        if not _NOT_A_SERVICE.search(around):
            break
    else:
        return None, []
    word = m.group("word").lower()
    if today is None:
        return None, [f"the service was '{word}' but the message date is unknown"]
    when = today - datetime.timedelta(days=1) if word == "yesterday" else today
    return when, [f"date of service taken from '{m.group()}' relative to {today.isoformat()}"]
