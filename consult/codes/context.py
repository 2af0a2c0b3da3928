"""Cheap looks at the words right before a candidate: identifiers, states before ZIPs.

Regular expressions anchored at the end of a window ('...invoice\\s*$') make the engine retry at
every position of the window; on a few dozen candidates per message that cost more than the
rest of extraction. These helpers tokenise a short tail once and compare words with sets.
"""

from __future__ import annotations

import re
from typing import Final

from consult.codes.vocabulary import (
    ID_WORDS,
    STATE_CODES_BY_NAME,
    STATE_NAMES,
    STATES,
    may_be_zip,
)

_TAIL: Final = re.compile(r"[A-Za-z§]+\.?|\d+|[^\sA-Za-z\d]")
_NUMBER_WORDS: Final = frozenset("number num no nbr id code codes".split())
_NUMBER_WORD_ENDINGS: Final = tuple(_NUMBER_WORDS)
_NUMBERS_NAMED: Final = _NUMBER_WORDS - {"code", "codes"}  # not 'the phone codes (99441-99443)'
# Words that label an identifier only before a colon: 'Encounter: 64634', not 'the encounter 99214'
_COLON_LABELS: Final = frozenset(("encounter", "enc"))
# Words whose value after 'is' is always an identifier, never a code ('the claim is 99214-25' is)
_ACCOUNT_WORDS: Final = frozenset(("account", "acct", "invoice", "ticket", "mrn", "pin"))
_LABEL_WORD_ENDINGS: Final = _NUMBER_WORD_ENDINGS + tuple(_ACCOUNT_WORDS)
_IS: Final = frozenset(("is", "was", "be", "="))  # 'ZIP ON YOUR FILE … SHOULD BE 97209'
_VERB_LABELS: Final = frozenset(("build", "building", "order"))
_BEFORE_A_VERB: Final = frozenset(
    "keeps keep kept is are was were been stop stopped started start we they i you to still always"
    " not never".split()
)
_DETERMINERS: Final = frozenset("the this that our their each every same".split())
_STATE_NAMES: Final = tuple(STATE_NAMES.split("|"))
_STATE_LAST_WORDS: Final = frozenset(name.rsplit(" ", 1)[-1] for name in _STATE_NAMES)
_STATE_LAST_PAIRS: Final = frozenset(name[-2:] for name in _STATE_NAMES)
_BLANKS: Final = " \t\u00a0"
# State codes written in lower case, as all-lower-case mail does, that are no English word or
# clinical abbreviation ('or 97140', 'in 46020', 'pa' are not addresses).
# after a line's start, a comma or a signature's bar: 'practice | indianapolis in 46219'
_CITY_THEN_STATE: Final = re.compile(
    r"(?:^|\n|[,|][ \t]*)[a-z]+(?:[ \t][a-z]+)?,?[ \t]+[a-z]{2}[ \t]+$"
)
_LOWER_STATES: Final = frozenset(code.lower() for code in STATES) - frozenset(
    "al ar as co de ga hi id in la ma md me mi mo ms ne oh ok or pa pr sc va vi mp gu".split()
)
# 'ga', 'in', 'or'…
_WORD_STATES: Final = frozenset(code.lower() for code in STATES) - _LOWER_STATES


_SENTENCE_WORD: Final = 5  # letters of a word whose dot ends a sentence: no abbreviation


def tail_words(text: str, start: int, width: int = 28) -> list[str]:
    """The last few tokens before `start`, lower-cased, an abbreviation's dot dropped ('No.' ->
    'no'); a word of five letters or more keeps its dot as a token of its own, the end of a
    sentence ('for the same reason. XU is')."""
    words = []
    for t in _TAIL.findall(text, max(0, start - width), start)[-4:]:
        word = t.rstrip(".").lower() or "."
        words.append(word)
        if len(word) >= _SENTENCE_WORD and t[-1:] == ".":
            words.append(".")
    return words[-4:]


_LABEL_NUMBER_EARLIER: Final = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(ID_WORDS - {'§'}))})\s*(?:number|#)"
    # 'Our customer ID with you is', 'our payer ID for the Heartland Mutual plan is'
    r"|\b(?:customer|client|payer|provider|member|vendor|user|login|portal|account)\s+id\b)"
    r"[^.?!\d#]{0,40}\b(?:is|was)\s+$"
)
# Labels of small numbers ('level 4', 'stage 3'): before a code-shaped string they name the code.
_MEASURE_WORDS: Final = frozenset("level class stage grade tier age ages aged".split())
_QUICK_STOP: Final = frozenset("(,/;[{<'\"=+&*")
_MODEL_WORDS: Final = frozenset(("model", "serial", "catalog", "part", "lot"))
_LICENSE_WORDS: Final = frozenset(("license", "licence", "lic"))
_NUMBER_NAMED_BEFORE_A_COMMA: Final = re.compile(
    r"\b(?:vendor|account|acct|claim|invoice|member|ticket|reference|supplier|provider|group)"
    r"[ \t]+(?:number|no\.?|#|id)$",
    re.I,
)
_MANNER_LABELS: Final = frozenset(("phone", "telephone"))  # 'by phone', 'over the phone'
_BEFORE_A_MANNER: Final = frozenset(("by", "via", "over", "the"))
# identifier words that name a kind of service before 'code(s)': 'the BP codes 3074F–3080F'
_SERVICE_LABELS: Final = frozenset(("phone", "telephone", "bp"))
# label words that end a sentence before a code more often than they label one with a dot
_SENTENCE_END_LABELS: Final = frozenset(
    "kit order item claim account invoice box model room floor building suite".split()
)  # 'done on film in our one old room. FX applies'
# a label ending a line, its number on the next: 'reason code⏎34538', 'AIRFLOW 10 (MODEL⏎39000)',
# 'see invoice⏎55280'
_LABEL_ENDS_A_LINE: Final = re.compile(
    r"(?:\b(?:reason|claim|account|control|ticket|reference|edit|error)[ \t]+"
    r"(?:code|number|no\.?|#)|(?:\bsee[ \t]+|\()(?:invoice|inv)[ \t]*#?"
    r"|\((?:model|serial|lot))[ \t]*\r?$",
    re.I,
)
_NO_AFTER_A_SENTENCE: Final = re.compile(
    rf"\b(?i:{'|'.join(sorted(_SENTENCE_END_LABELS))})\.[ \t]+No[ \t]+$"
)
_FULL_LOOK: Final = ID_WORDS | _NUMBER_WORDS | _IS | _COLON_LABELS | {"x", "service", "as"}
_LONGEST_LOOK: Final = max(map(len, _FULL_LOOK))
# Besides letters and digits, the last characters before a candidate that identifier_before
# can read as the end of a label ('#', 'Claim # =', 'claim number:', 'ext.', '§').
_LABEL_PUNCTUATION: Final = frozenset("#=:.§")


def identifier_before_at(text: str, start: int) -> bool:
    """identifier_before on the words before `start`, with fast exits for ordinary words and
    punctuation."""
    word = _word_before(text, start)
    if word:
        low = word.lower()
        if low == "no" and _NO_AFTER_A_SENTENCE.search(text, max(0, start - 24), start):
            return False  # 'bills it on its own claim. No TC on our side.': no 'claim No.'
        if low not in _FULL_LOOK:
            if word.isupper() and len(word) <= 4:
                gap = start - 2 - len(word)
                if (
                    text[gap : gap + 1] == " "
                    and text[gap - 1 : gap].isalpha()
                    and _letters_ending_at(text, gap - 1).lower() in _LICENSE_WORDS
                ):
                    return True  # a license's kind: 'License CSW 44817', 'Lic LCSW 20417'
                label = _word_before(text, start - 1 - len(word)).lower()
                # a model's series letters ('a model RX 30417'); not Medicare's parts: 'billed
                # Part B 99350-GV'
                return len(word) <= 3 and label in _MODEL_WORDS and not (
                    label == "part" and word in "ABCD"
                )
            return False
        if low == "as":  # 'the pickup ZIP as 79106 and the drop-off as 79430'
            return "zip" in text[max(0, start - 40) : start].lower()
        if low in _IS and not _may_number_a_label(text, start - 1 - len(word)):
            # 'Is 0389T correct?': only 'claim number is', 'Claim # is', 'the ZIP ... is' and
            # 'The PO number for the renewal is' label
            window = text[max(0, start - 60) : start].lower()
            return "zip" in window[-40:] or _label_number_earlier(window)
        return identifier_before(tail_words(text, start))
    j = start - 1
    while j >= 0 and text[j] in _BLANKS:
        j -= 1
    if j >= 0 and text[j] == "\n" and _LABEL_ENDS_A_LINE.search(text, max(0, j - 24), j):
        return True  # 'FISS returned the claim with reason code⏎34538': a label wrapped
    if j > 0 and text[j] == "," and _NUMBER_NAMED_BEFORE_A_COMMA.search(text, max(0, j - 30), j):
        return True  # 'They even gave us their vendor number, 99283, to put on the invoice'
    if j < 0 or text[j] in _QUICK_STOP or text[j].isdigit() or text[j] in "\r\n":
        return False  # a label and its value share a line ('1 unit⏎L3908-LT' is no 'Unit 12')
    if text[j] == "#":
        return True
    if text[j].isalpha():
        if not _label_ends_at(text, j):
            return False
    elif text[j] not in _LABEL_PUNCTUATION and not text[j].isspace():
        return False  # ')', '-', '|': a last token that is never a label
    elif text[j] == "." and _ends_a_sentence(text, j):
        return False  # 'full 32 mg kit. j3304 x 32?'
    return identifier_before(tail_words(text, start))


def _ends_a_sentence(text: str, j: int) -> bool:
    """Whether the dot at text[j] ends a sentence: a label word written out in full before it
    ('kit.', 'order.'), where a label's dot abbreviates ('ext.', 'No.', 'Acct.')."""
    word = _letters_ending_at(text, j - 1).lower()
    return word in _SENTENCE_END_LABELS


def _label_number_earlier(window: str) -> bool:
    """Whether the lower-cased window ends like 'po number for the renewal is ': an identifier's
    number named earlier in the same sentence, no other number between."""
    if "number" not in window and "#" not in window and " id " not in window:
        return False
    return bool(_LABEL_NUMBER_EARLIER.search(window))


def _label_ends_at(text: str, j: int) -> bool:
    """Whether the run of letters that ends at text[j] is a word of _FULL_LOOK."""
    return _letters_ending_at(text, j).lower() in _FULL_LOOK


def _letters_ending_at(text: str, j: int) -> str:
    """The run of letters that ends at text[j]; cut to its last _LONGEST_LOOK + 1 letters,
    which is enough to tell whether it is a word of _FULL_LOOK and to read its last two."""
    chunk = text[max(0, j - _LONGEST_LOOK) : j + 1]
    word = chunk.rsplit(None, 1)[-1]
    if word.isalpha():
        return word
    k = j  # '(code', 'w/invoice': find where the letters start
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k > 0 and text[k - 1].isdigit():
        return ""  # 'THE 1P 2P 3P': letters glued to a number are no label ('p', a page)
    return text[k : j + 1]


def address_or_label_before(text: str, start: int) -> bool:
    """state_before(text, start) or identifier_before_at(text, start), deciding the common
    cases at once from the last character before the blanks: a word runs only the reading
    its words allow (a state code or a state name's last word, a label), and a digit or
    punctuation that neither reading looks past ('(', '-', '|') runs neither."""
    j = start - 1
    while j >= 0 and text[j] in _BLANKS:
        j -= 1
    if j < 0:
        return False
    last = text[j]
    if last.isalpha():  # each reading needs its own words: 'WA 99205', 'invoice 20610'
        word = _letters_ending_at(text, j)
        low = word.lower()
        if (
            low in _STATE_LAST_WORDS
            or word in STATES
            or word in _LOWER_STATES
            or word in _WORD_STATES
        ) and state_before(text, start):
            return True
        if low in _MEASURE_WORDS:
            return False  # 'ED level 99285': a level labels a small number, never a code
        if len(word) == 1 and text[j - 1 : j] == "/":
            # 'CT A/P 74177': abdomen and pelvis, no page; 'unit S/N 81045-22': a serial number
            return text[j - 2 : j + 1].lower() == "s/n"
        # a label, or a model's series letters ('model RX 30417')
        return (low in _FULL_LOOK or (len(word) <= 4 and word.isupper())) and identifier_before_at(
            text, start
        )
    if last == "#":
        return True
    if last == "(" and text[j - 1 : j] == " ":
        words = tail_words(text, j)  # "the patient's account number (93306) happens to be"
        return len(words) >= 2 and words[-1] in _NUMBERS_NAMED and words[-2] in ID_WORDS
    if last != "," and last not in _LABEL_PUNCTUATION and not last.isspace():
        return False
    return state_before(text, start) or identifier_before_at(text, start)


def _may_number_a_label(text: str, end: int) -> bool:
    """Whether the token before `end` may be '#', ':', a number word ('number', 'no.', 'id') or
    an account word ('account', 'invoice'), as identifier_before needs before 'is' or 'was' (the
    words it reads are ASCII)."""
    j = end - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0:
        return False
    if text[j] in "#:.":
        return True
    return "a" <= text[j].lower() <= "z" and _letters_ending_at(text, j).lower().endswith(
        _LABEL_WORD_ENDINGS
    )


def _word_before(text: str, start: int) -> str:
    """The word right before `start` when a space precedes `start` and another space (or the
    start of the text) precedes the word, and it is all letters; otherwise ''."""
    if not start or text[start - 1] != " ":
        return ""
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return word if word.isalpha() else ""


def identifier_before(words: list[str]) -> bool:
    """True when the tokens end like 'invoice', 'acct #', 'Claim # is', 'claim number:',
    'remark code', 'ext.', 'POS', '555-0130 x' (an identifier, address part or measure label)."""
    if not words:
        return False
    last = words[-1]
    if last == "#":
        return True
    if last in _IS:
        rest = words[:-1]
        if rest and rest[-1] in ("#", ":"):
            return (
                len(rest) == 1
                or rest[-1] == "#"  # 'Our case # is 29880': a '#' numbers what it follows
                or rest[-2] in ID_WORDS
                or rest[-2] == "#"
                or rest[-2] in _NUMBER_WORDS
            )
        if rest and rest[-1] in _ACCOUNT_WORDS:
            return True  # 'the account is 55127 in our system'
        return len(rest) >= 2 and rest[-1] in _NUMBER_WORDS and rest[-2] in ID_WORDS
    if last == ":":
        words = words[:-1]
        if not words:
            return False
        last = words[-1]
        if last == "#":
            return True  # 'Acct #: 20552'
        if last in _COLON_LABELS:
            return True  # 'Encounter: 64634   Status: HOLD': a screen's encounter number
        if len(words) >= 2 and (words[-2] in _DETERMINERS or words[-2:] == ["in", "order"]):
            return False  # 'Dx on the claim: E1165', 'in order: J02.0' introduce a list;
            # 'Claim: 12345' labels
    if last in _NUMBERS_NAMED and len(words) >= 2 and words[-2] == "cat":
        return True  # 'the RapidSure kit, cat. no. 20183': a catalog number ('Cat II' is no label)
    if last in _NUMBER_WORDS and len(words) >= 2 and words[-2] in ID_WORDS:
        # not 'the phone codes 99441-99443', 'the BP codes 3074F–3080F', 'the spinal adjustment
        # codes 98940–98942': the services billed for calls, blood pressures and manipulation
        return not (
            last in ("code", "codes")
            and (words[-2] in _SERVICE_LABELS or words[-3:-1] == ["spinal", "adjustment"])
        )
    if last in _MEASURE_WORDS:
        return False  # 'Qualifying circumstance for age: 99100': a measure's label names a code
    if last in ID_WORDS:
        # not 'someone keeps building 93000-26', 'we build 99214': a verb after its subject;
        # nor 'a virtual check-in by phone 98016': how the service was given
        return not (
            len(words) >= 2
            and (
                (last in _VERB_LABELS and words[-2] in _BEFORE_A_VERB)
                or (last in _MANNER_LABELS and words[-2] in _BEFORE_A_MANNER)
            )
        )
    if last in _COLON_LABELS:
        # 'This is encounter 96411 (chair 4)', a screen's 'posted:⏎Enc 88412 · DOS', '(Encounter
        # 88120, DOS', a cell's '|  Enc 88120': named, not 'the encounter 99214'
        return len(words) == 1 or words[-2] in ("is", "was", ":", "(", "|")
    if last == "x" and len(words) >= 2 and words[-2].isdigit() and len(words[-2]) >= 4:
        return True  # 402-555-0130 x 62370; not '9 x G0299', a count
    return words[-3:] == ["place", "of", "service"]


def state_before(text: str, start: int) -> bool:
    """True when a US state (code or name) stands right before `start` and what starts there can
    be one of its ZIP codes: 'Spokane, WA 99205', not 'SENT AS 64483' or '99213 OR 99214'."""
    if start < 3:
        return False
    if text[start - 1] == "\n":  # 'Spokane, WA⏎99223, so please': an address wrapped
        j = start - 2
        while j > 0 and text[j] in "\r \t":
            j -= 1
        state = text[j - 1 : j + 1]
        return (
            state in STATES
            and text[j - 3 : j - 1] == ", "
            and text[max(0, j - 6) : j - 3].isalpha()
            and _may_be_zip(state, text, start)
        )
    if text[start - 1] not in _BLANKS:
        return False
    j = start - 2
    while j > 0 and text[j] in _BLANKS:
        j -= 1
    if text[j] == ",":
        j -= 1
    if not text[j].isalpha():
        return False
    pair = text[max(0, j - 1) : j + 1]  # a state code, or the last two letters of a name
    if (
        pair not in STATES
        and pair.lower() not in _STATE_LAST_PAIRS
        and pair not in _LOWER_STATES
        and pair not in _WORD_STATES
    ):
        return False
    left = text[max(0, start - 24) : start].rstrip(_BLANKS)
    if left.endswith(","):
        left = left[:-1].rstrip(_BLANKS)
    if len(left) >= 2 and (len(left) == 2 or not left[-3].isalnum()):
        if left[-2:] in STATES:
            return _may_be_zip(left[-2:], text, start)
        if left[-2:] in _LOWER_STATES:  # 'manhattan ks 66502'
            return _may_be_zip(left[-2:].upper(), text, start)
        if left[-2:] in _WORD_STATES and _city_state_zip_line(text, start):
            return _may_be_zip(left[-2:].upper(), text, start)  # 'bay st, savannah ga 31401'
    low = left.lower()
    words = low.rsplit(None, 1)
    if not words or words[-1] not in _STATE_LAST_WORDS:
        return False
    return any(
        low.endswith(name)
        and (len(low) == len(name) or not low[-len(name) - 1].isalpha())
        and _may_be_zip(STATE_CODES_BY_NAME[name], text, start)
        for name in _STATE_NAMES
    )


def _city_state_zip_line(text: str, start: int) -> bool:
    """Whether the five digits at `start` end a line after a city and a state that is also a
    word in lower case ('412 bay st, savannah ga 31401'), as an address does."""
    if text[start + 5 : start + 6] not in ("", "\n", "\r"):
        return False
    return bool(_CITY_THEN_STATE.search(text, max(0, start - 40), start))


def _may_be_zip(state: str, text: str, start: int) -> bool:
    """Whether the five digits at `start` can be a ZIP code of `state`; a string that is not
    five digits (0417T, J1100) never is."""
    number = text[start : start + 5]
    return number.isdigit() and len(number) == 5 and may_be_zip(state, number)


_MAX_TABLE_ROWS: Final = 30
# Between the cells of a pasted table: a bar, tabs, or a gap of two blanks or more.
CELL_SEP: Final = re.compile(r"[ \t]*\|[ \t]*|\t+| {2,}")


def table_header(text: str, line_start: int) -> str | None:
    """The first line of the block of lines (up to a blank one, at most 30 above) that holds the
    line starting at `line_start`, when that is another line: a pasted table's header row."""
    header_start, rows = line_start, 0
    while header_start > 0 and rows < _MAX_TABLE_ROWS:
        above = text.rfind("\n", 0, header_start - 1) + 1
        if not text[above : header_start - 1].strip():
            break
        header_start, rows = above, rows + 1
    if rows == 0:
        return None
    end = text.find("\n", header_start)
    header = text[header_start : len(text) if end < 0 else end]
    if rows > 1:
        # Title lines over the table ('Chg Capture - Batch 26-1187', 'PATIENT: … DOS 10/22/2026
        # POS 11'): the header is the first line that names a claim line's column, else the line
        # after a first line with no cells.
        named = _first_naming_line(text, header_start, line_start)
        if named is not None:
            return named
        if not CELL_SEP.search(header.strip()) and header.count(",") < 3:
            header_start = end + 1
            end = text.find("\n", header_start)
            header = text[header_start : len(text) if end < 0 else end]
        # title lines of labels and their values ('Vendor: VitalLink   Period: APR-2027')
        while end + 1 < line_start and _LABEL_AND_VALUE.match(header):
            header_start = end + 1
            end = text.find("\n", header_start)
            header = text[header_start : len(text) if end < 0 else end]
    return header


_LABEL_AND_VALUE: Final = re.compile(r"[ \t]*[A-Za-z][\w .#/-]{0,24}:[ \t]+\S")


# Words that head a claim line's columns: a line that holds one as a cell is a table's header
# row (table_header; the modifier rules' header-row veto).
HEADER_CELLS: Final = frozenset(
    """cpt hcpcs cpt/hcpcs proc code dos units qty mod mods mod1 m1 modifier modifiers dx dx1 icd
    charge charges billed fee""".split()
)


_HEADER_LINE_CELLS: Final = re.compile(r"\t|\|| {2,}|,")


def _first_naming_line(text: str, start: int, stop: int) -> str | None:
    """The first line from `start` up to the line at `stop` that has a header cell of its own."""
    pos = start
    while pos < stop:
        end = text.find("\n", pos)
        end = stop if end < 0 or end > stop else end
        line = text[pos:end]
        if any(
            cell.strip(" #:.|").lower() in HEADER_CELLS
            for cell in _HEADER_LINE_CELLS.split(line)
        ):
            return line
        pos = end + 1
    return None


_TAB_SEP: Final = re.compile(r" *\t *")  # a pasted spreadsheet: one tab per cell, empty cells kept
# not inside '"$3,118.40"'
_COMMA_SEP: Final = re.compile(r' *, *(?=(?:[^"\n]*"[^"\n]*")*[^"\n]*$)')
_SEMICOLON_SEP: Final = re.compile(r" *; *")
_BOX_NUMBER: Final = re.compile(r"^(?:FL ?)?\d{1,2}[A-Za-z]?\s+")  # '24A DOS', 'FL45 Serv Date'


def cell_separator(header: str, line: str) -> re.Pattern[str] | None:
    """How a pasted table's row splits into cells: at tabs, at bars, or at semicolons or commas
    when its header has three or more; None for a table lined up with blanks, whose cells are
    placed by position."""
    if "\t" in line:
        return _TAB_SEP
    if "|" in line:
        return CELL_SEP
    if ";" in line and header.count(";") >= 3:
        return _SEMICOLON_SEP
    if "," in line and header.count(",") >= 3:
        return _COMMA_SEP
    return None


def column_head(text: str, start: int, header: str | None = None) -> str | None:
    """The header cell of the pasted-table column that holds position `start`, stripped: by cell
    number in a table with '|', tabs or (when its header has three commas or more) commas, by
    position under the header in one lined up with blanks, whose empty cells leave no mark."""
    line_start = text.rfind("\n", 0, start) + 1
    if header is None:  # the caller may have it already
        header = table_header(text, line_start)
    if header is None:
        return None
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    column = start - line_start
    sep = cell_separator(header, line)
    if sep is not None:
        row = cells(line, 0, sep)
        index = next((i for i, (s, e) in enumerate(row) if s <= column < e), None)
        heads = cells(header, 0, sep)
        if index is None or index >= len(heads):
            return None
        s, e = heads[index]
    else:
        above = [(s, e) for s, e in cells(header, 0, CELL_SEP) if s <= column]
        if not above:
            return None
        s, e = above[-1]
    return _BOX_NUMBER.sub("", header[s:e].strip(" \"'"))  # '24A DOS': a CMS-1500 box


def cells(line: str, offset: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The (start, end) spans of a line's cells, shifted by `offset`; empty cells between two
    separators kept, leading ones too once a cell was seen."""
    found: list[tuple[int, int]] = []
    pos = 0
    for sep in separator.finditer(line):
        if sep.start() > pos or found:
            found.append((offset + pos, offset + sep.start()))
        pos = sep.end()
    if pos < len(line.rstrip()):
        found.append((offset + pos, offset + len(line.rstrip())))
    return found


def a_csv_field(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a whole field of a comma-separated line (three commas or more)."""
    if s and text[s - 1] not in ",\n":
        return False
    if e < len(text) and text[e] not in ",\r\n":
        return False
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    return text.count(",", line_start, len(text) if line_end < 0 else line_end) >= 3
