"""Modifiers written on their own (not hyphen-attached to a code): '-XU', 'modifier 59', 'a 26',
'the LT/RT modifiers', 'XS or 59?', 'X{EPSU}', a 'Modifier' table column.

Every candidate is a whitelisted modifier; it counts only with evidence. A two-digit number
needs a cue ('modifier', 'mod', a hyphen, 'a 26 on', 'need 25?'); a letter pair that is also a
word or abbreviation (RT, TC, PA, EP...) needs a cue too; other letter pairs (KX, GY, JW) count
bare. Evidence spreads along coordinations ('RT/LT', 'GA instead of the KX') and to later bare
mentions of a modifier already established in the same message. Trap contexts (POS 22, CO-16,
an address 'GA 30501', '25 minutes', '59-year-old') veto a candidate whatever else is said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from consult.codes.context import (
    CELL_SEP,
    HEADER_CELLS,
    a_csv_field,
    cell_separator,
    cells,
    column_head,
    identifier_before_at,
    tail_words,
)
from consult.codes.vocabulary import (
    ADJUSTMENT_GROUPS,
    AMBULANCE_MODIFIERS,
    AUXILIARY_WORDS,
    CODE_SHAPE,
    ENGLISH_PAIRS,
    FUNCTION_WORDS,
    LOWER_CASE_WORDS,
    MAC_NAMES,
    MODIFIER_NOUNS,
    MODIFIER_STEM,
    MODIFIER_WORD,
    MODIFIERS,
    NEVER_BARE_MODIFIERS,
    PREDICATE_WORDS,
    STATES,
    TITLE_PAIRS,
    UNIT_WORDS,
    VERB_WORDS,
    WORDLIKE_MODIFIERS,
    may_be_zip,
)

D: Final = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_DASH_SET: Final = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")  # the class [{D}]
_D_CHARS: Final = tuple(D)  # what `right.startswith(tuple(D))` always tested, backslash included
# two capitals or digits on their own; an accented letter is a letter too ('GRÉGOIRE')
_TOKEN: Final = re.compile(r"(?<![0-9A-Za-z\u00c0-\u024f])[A-Z0-9]{2}(?![0-9A-Za-z\u00c0-\u024f])")
# 'modifier xu', and the second of 'mod 59 or xs'
_LOWER_AFTER_CUE: Final = re.compile(
    rf"{MODIFIER_WORD}\b\.?\s*[-:#]?\s*(?:like\s+|such\s+as\s+)?"
    rf"(?:[A-Za-z0-9]{{2}}\s*(?:,|/|or\b|and\b)\s*)?([a-z0-9]{{2}})\b",
    re.I,
)
# mod25, not modes
_GLUED_CUE: Final = re.compile(rf"{MODIFIER_STEM}(\d{{2}})(?![0-9A-Za-z])", re.I)
_DASH_DIGIT: Final = re.compile(rf"[{D}]\d")
# a chain of modifiers after a detached hyphen: '-KX-59', '“-25-59”'; the links to the left
# of a candidate (from the first hyphen) and to its right (to the chain's end)
_DETACHED_CHAIN_LEFT: Final = re.compile(
    rf"(?:^|[\s(\[,;:/\"'\u201c\u2018])(?:[{D}][A-Z0-9]{{2}})*[{D}]$"
)
_DETACHED_CHAIN_RIGHT: Final = re.compile(rf"(?:[{D}][A-Z0-9]{{2}})*(?![A-Za-z0-9])")
_CHAIN_LINK: Final = re.compile(r"[A-Z0-9]{2}")
_QUOTED_RUN: Final = re.compile(r"[\"\u201c]([A-Z0-9]{2}(?:(?: |/|, ?)[A-Z0-9]{2})+)[\"\u201d]")
_LINE_CODE: Final = re.compile(CODE_SHAPE)
_SPAN_SEP: Final = re.compile(rf"[ \t]*[{D}][ \t]*|\s+(?:through|thru|to)\s+")
_BRACES: Final = re.compile(r"\b([A-Za-z])\{([A-Za-z]{2,8})\}")  # X{EPSU}, x{epsu}
_CUE_BEFORE: Final = re.compile(
    rf"\b{MODIFIER_WORD}\b\.?\s*(?:[:#(]\s*)?(?:(?:of|is|was|like|such as|as)\s+)?"
    r"(?:,[ \t]*(?:maybe|perhaps|probably|possibly|likely|say|e\.g\.|i\.e\.),?[ \t]+)?"
    # a dash, or one spaced on its line: 'statistical modifiers – 59 or the X modifiers'
    rf"(?:(?:the|a|an)\s+)?(?:[{D}]|(?<=[ \t])[{D}][ \t])?$",
    re.I,
)
# what _CUE_AFTER skips
_BEFORE_A_CUE_AFTER: Final = " \t\"'\u201d\u2019)" + "".join(sorted(_DASH_SET))
_CUE_AFTER: Final = re.compile(rf"^[\"'\u201d\u2019)]?\s*[{D}]?\s*(?:{MODIFIER_NOUNS})\b", re.I)
_DETACHED_HYPHEN: Final = re.compile(rf"(?:^|[\s(\[,;:/\"'\u201c\u2018])[{D}]$")  # '-XU', '“-25”'
# What may follow a modifier named in passing: the end of a line (a table cell: 'should be 93'),
# punctuation, or a function word ('a 26 on', 'the 59 if').
# one line or code of a kind, not a count of them: 'the 26 line, or', 'its the 25 code.'
_ONE_OF_A_KIND_NOUN: Final = r"(?:line|code)(?=[ \t]*[?.,;:!)]|\s+(?:or|and|only|too)\b)"
_FOLLOW_OK: Final = re.compile(
    r"^(?:[ \t]*(?:$|[\r\n])|\s*(?:[?.,;:!()\]/\"\u201d\u2019]|(?:"
    + "|".join(sorted(FUNCTION_WORDS))
    + r")\b)"
    r"|\s*right\s*[?,]|\s*b/?c\b"  # 'both need qw right?', 'no 59 b/c same site', 'USE 80 BC'
    rf"|[ \t]*\+[ \t]*{CODE_SHAPE}\b"  # the next code of a list: '99204 w/ 25 + 20610-LT?'
    r"|\s+(?:"  # the blank read once for the words after it
    r"[a-z]{3,}ly\b"  # an adverb: 'keeps adding 51 automatically'
    r"|w/"  # 'does 99214 need 25 w/ 95250'
    r"|after\s+(?:it|them|that|this|all)\b"  # '80048 with a 90 after it', 'used 59 after all'
    r"|same(?:day|dos|date)\b"  # hurried mail glues 'same day': '0417t w 26 sameday as'
    r"|I\s+(?:think|believe|guess|don['\u2019]t\s+think)\b"  # 'she bills with AS I think'
    # 'or should it have been the 33 you mentioned?'
    r"|(?:you|they|she|he)\s+(?:mentioned|suggested|recommended|said|told)\b"
    r"|(?:themselves|ourselves|itself|himself|herself)\b"  # 'bill the 26 themselves'
    r"|(?:going|moving)\s+forward\b"  # 'rather see XU than 59 going forward'
    # a singular noun: no count ('a 24 situation', 'no 59 issue'; '25 cases' is one)
    r"|(?:situation|scenario|issue|problem|question|thing)\b"
    # a predicate of the line: 'Is 99214 w/ 25 supportable, or'
    # 'Is 90834 with the 93 OK for her'
    r"|(?:supportable|billable|payable|allowed|acceptable|appropriate|defensible|justified|ok"
    r"|okay)\s*(?:[?.,;!]|or\b|here\b|for\b)"
    rf"|{_ONE_OF_A_KIND_NOUN})"  # 'on the TC and the 26 line, or', 'its the 25 code.'
    r"|[ \t]+(?:[\u2013\u2014]|--?)[ \t]+(?![\d$])"  # between clauses: 'need 78 – I don't'
    r"|'s[ \t]+(?:job|role|purpose|territory|domain|intent|definition|meaning)\b)",  # "25's job"
    re.I,
)
# 'in' is a unit only before a size ('4 in x 4 in'), not in 'we put the 95 in Mod1'.
_UNIT_AFTER: Final = re.compile(
    rf"^[{D}]?\s?(?:{UNIT_WORDS}|in(?=\s*(?:[x×]|by\b|\d)))\b|^%|^[{D}][A-Za-z]", re.I
)
_IN_A_MONTH: Final = re.compile(
    r"in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I
)
# 'per the member's plan', 'per our MAC': according to, not a rate ('95 per visit')
_PER_A_SOURCE: Final = re.compile(r"per\s+(?:the|our|their|your|his|her|its|my|this|that)\b", re.I)
_UNIT_INITIALS: Final = frozenset(word[0] for word in [*UNIT_WORDS.split("|"), "in"])  # literals
_NUMBER_GLUE_LEFT: Final = re.compile(r"(?:[$#]|\d[.,:/]|\d\s*[×x]\s*|\b[x×]\s*)$", re.I)
_NUMBER_GLUE_RIGHT: Final = re.compile(r"^(?:[.,:/]\d|\s*/\s*\d)")
_DECIMAL_MARKS: Final = frozenset(".,:")
# '73/74', '52/53': a slash between two modifier numbers, not a fraction or a date (11/25)
_NUMERIC_MODIFIERS: Final = "|".join(sorted(m for m in MODIFIERS if m.isdigit()))
# A run of them too ('58/78/79'): no date, whose month is never a modifier.
_MODIFIER_AFTER_SLASH: Final = re.compile(  # '25/59', '25 / 33'
    rf"^ ?/ ?(?:{_NUMERIC_MODIFIERS})(?:/(?:{_NUMERIC_MODIFIERS}))*(?![0-9/])"
)
_MODIFIER_BEFORE_SLASH: Final = re.compile(
    rf"(?<![0-9/])(?:{_NUMERIC_MODIFIERS})(?:/(?:{_NUMERIC_MODIFIERS}))*/$"
)
_RANGE_WORDS: Final = (
    "age", "ages", "aged", "between", "from", "about", "over", "under", "than", "up to"
)
_RANGE_WORDS_LEFT: Final = re.compile(rf"\b(?:{'|'.join(_RANGE_WORDS)})\s+$", re.I)
_COMPOUND_LEFT: Final = re.compile(rf"([A-Za-z0-9]+)[{D}]$")
_COMPOUND_RIGHT: Final = re.compile(rf"^[{D}]([A-Za-z0-9]+)")
# 'FA or F1-type modifiers', 'some kind of 26-style split'
_A_KIND_OF: Final = re.compile(rf"^[{D}](?:type[ \t]+modifiers?|style)\b", re.I)
_JURISDICTION: Final = re.compile(
    rf"\b(?:{MAC_NAMES})(?:['\u2019]s)?"  # "Our MAC's (JC) supplier manual"
    r"(?:\s+(?:territory|region|area|jurisdiction|contractor|MAC|[A-L]))?\s*(?:is\s+)?\(?$",
    re.I,
)
_JURISDICTION_WORDS: Final = (
    "mac",
    "jurisdiction",
    "noridian",
    "novitas",
    "palmetto",
    "ngs",
    "wps",
    "cgs",
    "first coast",
)
# the Medicare contractors' jurisdictions that are modifiers' letters too (DME A-D, A/B E-N)
_MAC_JURISDICTIONS: Final = frozenset("JA JB JC JD JE JF JH JJ JK JL JM JN".split())
_MEDICARE_BEFORE_A_BRACKET: Final = re.compile(
    r"\bmedicare(?:[ \t]+part[ \t]+[ab])?[ \t]*\($", re.I
)
_JURISDICTION_LAST_LETTERS: Final = frozenset("cCnNsSoOtTyYaArR\u017f")  # \u017f, long s, matches s
# 'so no 26', 'the radiologist bills his 26 separately'
_DETERMINERS: Final = frozenset("a an the that this no his her their our its".split())
# Imaging that guides a procedure, also modifiers (US five patients, CT old equipment): after
# 'with', 'w', 'without', 'under' or 'via' they are the guidance ('20610 is without US, w US')
_GUIDANCE: Final = frozenset(("US", "CT"))
_GUIDED_BY: Final = frozenset("with w w/ without w/o under via".split())
_IS: Final = frozenset(("is", "was", "be"))
_OFFER_WORDS: Final = frozenset(("or", "vs", "versus"))
_A_PERSON_BEFORE: Final = re.compile(r"\b(?:on|for|to|by|from)[ \t]+(?:the|our|a|an)[ \t]+$", re.I)
_PLACED_AS_A_SHARE: Final = re.compile(r" on \d+(?:\.\d+)?[ \t]?% of\b")
_WANTED: Final = frozenset(("wanted", "wants", "want", "added", "appended", "put"))
_ON_A_PART: Final = re.compile(
    r" on (?:the|both|each|her|his|their) (?:(?:first|second|other|left|right) )?[a-z]+\b"
)
_EXPLAINED_AFTER: Final = re.compile(
    r"[ \t]+[-\u2013\u2014]{1,2}[ \t]+that(?:['\u2019]s| is) (?:for|only for)\b"
)  # '25 – that's for an E/M with a procedure'
_COLONOSCOPY: Final = re.compile(r"colonoscop|\bcolo\b", re.I)
_NCCI_BYPASS: Final = frozenset(("XE", "XP", "XS", "XU"))  # the modifiers that bypass an NCCI edit
_CENTS_AFTER_DOLLARS: Final = re.compile(r"(?:^|[ \t])\d{1,4} $")
_CELL_OR_END: Final = re.compile(r"(?:[ \t]{2,}|\t|[ \t]*(?:\r?\n|$))")
_X12_COMPOSITE_AFTER: Final = re.compile(rf">{CODE_SHAPE}\b")
# a claim status category (F2 finalized/denial, P1 pending...), not 'Phys Status: P2'
_CLAIM_STATUS_BEFORE: Final = re.compile(
    r"\b(?:claim[ \t]+status(?:[ \t]+category)?|status[ \t]+category)"
    # 'Claim status says F2/65'
    r"(?:[ \t]+(?:says|said|shows|showed|is|was|came[ \t]+back))?[ \t]*:?[ \t]*$",
    re.I,
)
_STATE_TRIPS: Final = (AMBULANCE_MODIFIERS & STATES) - NEVER_BARE_MODIFIERS  # NH, NJ, SD, RI ...
# 'so RR every month'
_MONTHLY_AFTER: Final = re.compile(r" (?:every|each|per|a) month\b| monthly\b")
_PLACED_ON_A_ROW: Final = re.compile(
    r"[ \t]+(?:hard-?coded|built|loaded)[ \t]+(?:on|onto|into|in)[ \t]+(?:the[ \t]+)?"
    rf"(?:{CODE_SHAPE}\b|(?:[A-Za-z0-9()/-]+[ \t]+){{0,3}}(?:rows?|lines?|codes?|claims?)\b)"
)
# 'a field for SA', near a modifier
_FIELD_NOUNS: Final = frozenset(("field", "box", "column", "slot"))
_ANYTHING_BEFORE: Final = re.compile(r"\b(?:anything|something)[ \t]*\($")  # 'need anything (59?)'
# 'XE rather than 59', 'XS instead of 59': the other choice, named after a modifier
_RATHER_THAN: Final = re.compile(
    r"\b(?:rather\s+than|instead\s+of|in\s+(?:favou?r|place)\s+of)\s+$", re.I
)  # 'retired in favor of 95'
# 'asked about 79 instead', 'the better choice over 59 on the 76937': no amount ('about 25', 'over
# 65') but a choice, or a number put on a code
# 'would XU be the better pick over 59?': a choice preferred, not an amount ('over 65')
_PREFERRED_OVER: Final = re.compile(
    r"\b(?:better|right|best|correct|preferred|safer)\s+(?:choice|pick|option|one|modifier)"
    r"\s+over\s+$"
)
# 'XS is better than 59': a comparison of choices, not an amount ('more than 59')
_COMPARED_BEFORE: Final = re.compile(
    r"\b(?:better|worse|safer|cleaner|preferable|stronger|specific|accurate|precise)\s+than\s+$"
)
_CODE_CELL_BEFORE: Final = re.compile(  # after a revenue code too: '0360  29881  RT'; or after a
    # CMS-1500's printed dates and place of service: '1  05 12 27 05 12 27  24   64721  RT  A'
    rf"(?:^|\n|\d\d \d\d \d\d[ \t]+(?:\d\d[ \t]+)?)[ \t]*"
    r"(?:L(?:n|ine)#?[ \t]*\d{1,3}:?(?:[ \t]{2,}|\t))?"  # a line's label: 'Ln 2   97140   GP'
    rf"(?:\d{{4}}(?:[ \t]{{2,}}|\t))?"
    rf"{CODE_SHAPE}(?:[ \t]{{2,}}|\t)$"
)
# autocorrect's title case and a writer's lower case: 'Xs or 59?', 'need an xs on the G0289';
# a substring test first: the scan is rarely needed
# ('explain', 'fixed' hold 'xp', 'xe': lower case is looked for after a blank only)
# 'Xs', 'Xe', 'Xp', 'Xu', ' xs', ' xe', ' xp', ' xu' (_holds_a_mixed_case_x)
_ESPU: Final = frozenset("sepu")
# a lower-case 'rt and lt' from a writer who otherwise writes in capitals and lower case:
# 'rt/lt', 'rt and lt', 'rt or lt', 'rt & lt' and 'lt/rt', 'lt and rt', 'lt or rt'
_LOWER_SIDES_TO_LT: Final = ("rt/lt", "rt and lt", "rt or lt", "rt & lt")
_LOWER_SIDES_FROM_LT: Final = ("lt/rt", "lt and rt", "lt or rt")
_LOWER_SIDE_PAIR: Final = re.compile(
    r"(?<![0-9A-Za-z])(rt|lt)(?:[ \t]*/[ \t]*|[ \t]+(?:and|or|&)[ \t]+)(lt|rt)(?![0-9A-Za-z])"
)
_MIXED_CASE_X: Final = re.compile(r"[Xx](?<![0-9A-Za-z][Xx])[espu](?![0-9A-Za-z])")
# 'rather see XU than 59', 'Is XS the better choice than 59'
_MODIFIER_BEFORE_THAN: Final = re.compile(
    r"\b(?:[A-Z][A-Z0-9]|\d\d)\s+(?:(?:the\s+)?(?:better|more\s+[a-z]+|less\s+[a-z]+|safer|cleaner)"
    r"(?:\s+(?:choice|option|fit|modifier|one|pick))?\s+)?than\s+$"
)
_PHYSICAL_STATUS: Final = frozenset(("P1", "P2", "P3", "P4", "P5", "P6"))
# Modifiers that say who gave anesthesia and how: a message naming one of them (or an anesthesia
# code) is about an anesthesia claim, where P1-P6 are the patient's physical status
_ANESTHESIA_MODIFIERS: Final = frozenset("AA AD QK QX QY QZ QS G8 G9 23 47".split())
# The word-like ones an anesthesia claim makes modifiers: physical status, MAC for a deep,
# complex or invasive procedure (G8) or a patient with a serious history (G9), medical
# supervision of more than four concurrent cases (AD)
_ANESTHESIA_WORDLIKE: Final = _PHYSICAL_STATUS | {"G8", "G9", "AD"}
# Ambulance origin/destination letters that are also words or abbreviations ('HN', 'RH', 'NJ'),
# GM (more than one patient on board) and QL (pronounced dead after the call; elsewhere the
# quadratus lumborum): modifiers in a message about an ambulance claim; not
# a title ('RN', 'ER', 'the GI'), a department or a state
_ORIGIN_DESTINATION: Final = (
    (AMBULANCE_MODIFIERS | {"GM", "QL"}) - NEVER_BARE_MODIFIERS - TITLE_PAIRS - STATES - {"GI"}
)
_ON_BOARD: Final = frozenset(("GM", "QL"))
# Kin: modifiers of one family, written together (TA, T1-T9 toes; FA, F1-F9 fingers; E1-E4
# eyelids; LC, LD, LM, RC, RI coronary vessels; XE, XP, XS, XU and 59). A word-like one next to
# an accepted kin is one too: 'TA = left hallux, T1 = left 2nd toe and so on up to T4', 'better
# served by XU, 2 by XS', 'Is modifier 59 on 17110 supported, or would the more specific XS'.
_KIN: Final = {
    v: family
    for family, members in (
        ("T", "TA T1 T2 T3 T4 T5 T6 T7 T8 T9"),
        ("F", "FA F1 F2 F3 F4 F5 F6 F7 F8 F9"),
        ("E", "E1 E2 E3 E4"),
        ("P", "P1 P2 P3 P4 P5 P6"),
        ("coronary", "LC LD LM RC RI"),
        ("mammography", "GG GH"),  # a screening made diagnostic, the same day or converted
        ("U", "U1 U2 U3 U4 U5 U6 U7 U8 U9 UA UB UC UD"),  # Medicaid's state-defined ones
        ("X", "XE XP XS XU 59"),  # 59 and its more specific subsets
        ("340B", "JG TB"),  # drugs bought under 340B
        ("wrong", "PA PB PC"),  # surgery on the wrong body part, patient or procedure
        ("side", "LT RT"),
        ("film", "FX FY"),  # x-rays on film, on computed radiography
        ("teaching", "GC GE"),  # a teaching physician's service
        ("therapy assistant", "CQ CO"),  # a PTA's, an OTA's share
        ("patients seen", "UN UP UQ UR"),  # two, three, four, five patients on one trip
        ("clinician's degree", "HM HN HO HP"),  # less than bachelor's ... doctoral (Medicaid)
        ("off-campus department", "PO PN"),  # excepted and non-excepted
        ("equipment", "NU UE RR"),  # bought new, bought used, rented
        ("replacement", "RA RB"),  # a whole item replaced, a part replaced in a repair
        ("therapy plan", "GN GO GP"),  # speech, occupational, physical therapy plans
        # audio-only, video, the older telehealth ones; 93 and 95 are common counts and scores
        # too, so they join as kin only where a modifier is put (_kin_number_placed)
        ("telehealth", "93 95 GT GQ FQ FR"),
        ("assistant at surgery", "80 81 82 AS"),  # the numbers as the telehealth ones
    )
    for v in members.split()
}
_X12_SEGMENT_NAME_BEFORE: Final = re.compile(r"(?:^|[\s~])[A-Z][A-Z0-9]{1,2}\*$")
_SIDE_WORDS: Final = {"LT": "left", "RT": "right"}
# a claim line up to its modifier, the line's last cell: a revenue code perhaps, then the code
# ('0450  99284  25'), or the code a cell after wider blanks ('the permanent implant  11970  58')
_CLAIM_LINE_BEFORE: Final = re.compile(
    r"(?:^|\n|[ \t]{2}|\t)[ \t]*(?:0\d{3}[ \t]+)?(?:\d{5}|[A-V]\d{4})[ \t]+$"
)
# Vertebrae that are modifiers too (L1; T1-T9 are toes), the levels that are not, and the spine
_SPINE_LEVELS: Final = frozenset(("L1", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"))
# T1 and T2 (toes) are also an MRI sequence's weighting: 'sagittal T1 and T2 sequences'
_MRI_WEIGHTINGS: Final = frozenset(("T1", "T2"))
_MRI_WORD: Final = re.compile(
    r"sequences?\b|weighted|\b(?:FLAIR|STIR|sagittal|axial|coronal)\b|hyperintens|hypointens", re.I
)
_URINALYSIS_WORD: Final = re.compile(
    r"\b(?:dip(?:stick)?|urine|micro(?:scopy)?|clean[- ]catch)\b", re.I
)
# Letters a message shows it uses as a word, in every mention: physical therapy listed with the
# other therapy disciplines ('PT and SLP', 'OT/PT'), quality assurance's staff ('our QA lead')
_USED_AS_A_WORD: Final = {
    "PT": re.compile(
        r"\bPT[ \t]*(?:,|/|&|\+|\band\b|\bor\b)[ \t]*(?:SLP|OT|ST|speech|occupational)\b"
        r"|\b(?:SLP|OT|speech|occupational)[ \t]*(?:,|/|&|\+|\band\b|\bor\b)[ \t]*PT\b"
    ),
    "QA": re.compile(
        r"\bQA[ \t]+(?:lead|team|dept|department|manager|analyst|reviewer|nurse|staff"
        r"|specialist)s?\b"
    ),
}
_OTHER_SPINAL_LEVEL: Final = re.compile(
    r"(?<![0-9A-Za-z])(?:T1[0-2]|L[2-5]|S[1-5]|C[2-7])(?![0-9A-Za-z])"
)
_SPINE_WORD: Final = re.compile(
    r"kypho|vertebr|spin[ae]|lumbar|thoracic|facet|\bdiscs?\b|lamin|fusion|radicul|foramin"
    r"|stimulat|epidural|dermatom|\bleads?\b",  # 'leads were placed at T8-T9'
    re.I,
)
_PLACED_BEFORE: Final = re.compile(r"\b(?:add|append|put|use|bill|drop|need)[ \t]+$")
_FROM_A_PAIR_TO: Final = re.compile(r"\bfrom[ \t]+([a-z][a-z0-9])[ \t]+to[ \t]+$")
_LISTED_WITH_CAPITALS: Final = re.compile(r"[ \t]*(?:,|/|&|and\b)[ \t]*([A-Z]{2})(?![0-9A-Za-z])")
_LOWER_PHYSICAL_STATUS: Final = re.compile(r" a (p[1-6])(?![0-9A-Za-z])")
_PLACED_KIN: Final = frozenset(("telehealth", "assistant at surgery"))
_SPOKEN_DASH: Final = re.compile(rf"(?<![0-9A-Za-z]){CODE_SHAPE}[ \t]+dash[ \t]+$", re.I)
# 'RE: 27310-78 or 79 after TKA?', 'J0882-JA-ED? Or is it EE since': the other choice beside a
# modifier written on its code
_ATTACHED_OR_BEFORE: Final = re.compile(
    rf"{CODE_SHAPE}(?:[{D}][A-Z0-9]{{2}})+\??[ \t]+(?:[Oo]r|vs\.?)(?:[ \t]+is[ \t]+it)?[ \t]+$"
)
_CODE_OR_BEFORE: Final = re.compile(rf"(?<![0-9A-Za-z]){CODE_SHAPE}\s+(?:or|vs\.?)\s+$")
_KIN_REACH: Final = 250  # characters between a modifier and its kin
# 'the 95 vs 93 question': one question about a choice, not a count of questions
_CHOICE_QUESTION: Final = re.compile(r" question\b(?!s)")
_CHOICE_BEFORE: Final = re.compile(r"\b(?:vs\.?|versus|or)[ \t]+$")
# 'on the 2nd line 59 or 91??': the line is named already, the number is what goes on it
_LINE_NAMED_BEFORE: Final = re.compile(
    r"\b(?:\d(?:st|nd|rd|th)|first|second|third|fourth|last|other|each|every)[ \t]+line[ \t]+$",
    re.I,
)
_LINE_WORDS: Final = ("line ", " ln ", "\nln ", " ln# ")  # before a claim's line number
_PLUS_NUMBER_AFTER: Final = re.compile(r"[ \t]*\+[ \t]*\d{1,3}[ \t]*\)")
_NUMBER_PLUS_BEFORE: Final = re.compile(r"\(\d{1,3}[ \t]*\+[ \t]*$")
_DECIMAL_IN_BRACKETS: Final = re.compile(r" \([ \t]*~?\d+[.,]\d")
# counts in a run of slashed numbers: 'minutes were 30 / 28 / 32'
_NUMBERS_SLASHED: Final = re.compile(r"\d+[ \t]*/[ \t]*\d{1,3}[ \t]*/[ \t]*$")
# what makes a message speak of an ambulance's origins and destinations: the words, or an origin
# and a ground ambulance code (A0425-A0436)
_ORIGIN_WORD: Final = re.compile(r"\borigins?\b", re.I)  # not 'the original claim'
_DESTINATION_WORD: Final = re.compile(r"\bdest(?:inations?)?\b", re.I)  # not 'modest'
_GROUND_AMBULANCE_CODE: Final = re.compile(r"(?<![0-9A-Za-z])A04(?:2[5-9]|3[0-6])(?![0-9A-Za-z])")
# an origin/destination pair set against another or named as a thing: 'RH vs RN', 'the NH',
# 'SH as the origin', and an answer given or chosen: 'several students answered NH because'
# and a list's entry: '- accident scene to the hospital: SH'
_ORIGIN_PAIR_BEFORE: Final = re.compile(
    r"(?:\b(?:the|vs\.?|versus|is|be|never|answered|wrote|chose|picked|coded"
    r"|THE|VS\.?|VERSUS|IS|BE|NEVER|ANSWERED|WROTE|CHOSE|PICKED|CODED)[ \t]+"  # in capitals too
    r"|[A-Z]{2}[ \t]*/[ \t]*|[a-z]:[ \t]+)$"
)
_ORIGIN_PAIR_AFTER: Final = re.compile(
    r"[ \t]+as[ \t]+(?:the[ \t]+|its[ \t]+)?origin|[ \t]*/[ \t]*[A-Z]{2}\b"
    r"|[ \t]+(?:vs\.?|versus)[ \t]+[A-Z]{2}\b"  # 'NH vs EH for assisted living residents'
)
# 'make it a 93 visit': one visit of a kind
_ONE_VISIT_AFTER: Final = re.compile(r" (?:visit|encounter|claim|call)\b(?!s)", re.I)
# after 'the' or 'a', one of a kind and not a count: 'the 26 line, or', 'its the 25 code.', 'a
# GC question, not a 62 question'
_ONE_OF_A_KIND: Final = re.compile(rf" (?:{_ONE_OF_A_KIND_NOUN}|question\b(?!s))")
_ONE_OF_A_KIND_BEFORE: Final = frozenset((" the ", "  a ", " a "))
# what a number put on a claim follows: 'with 93', 'and 95', '+ 95', '= 93', 'not 95', 'so 95'
_FOR_A_MODE_AFTER: Final = re.compile(r" for (?:audio|video|telehealth|telemedicine|phone)\b", re.I)
_KIN_NUMBER_BEFORE: Final = re.compile(
    r"(?:\b(?:with|w/|and|or|so|use|uses|used|bill|billed|put|add|added|append|appended|not|no)"
    r"|[+=/&])[ \t]*\(?$",  # 'bill 27130 (AS) or (80) or (82)?'
    re.I,
)
_LETTER_PAIR_AFTER: Final = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?[A-Z][A-Z0-9]\b")
# 'Should the modifier be EH instead?', 'modifier EH': the cue right before a pair
_CUE_THEN_BE: Final = re.compile(
    rf"\b{MODIFIER_WORD}[ \t]+(?:(?:should|would|could|must|will|might)[ \t]+)?(?:be|is|was)[ \t]+$"
    r"|\bmodifiers?:? $",  # the word, not a column's head ('Mod\tDX')
    re.I,
)
# '59 between 92134 and 67028: not needed': a number set between two codes, as NCCI's bypass
_BETWEEN_TWO_CODES: Final = re.compile(
    rf"[ \t]+between[ \t]+(?:the[ \t]+)?{CODE_SHAPE}[ \t]+(?:and|&)[ \t]+{CODE_SHAPE}(?![0-9A-Z])"
)
# '53 on the pro claim, 74 on the ASC claim', '59 on an adhesiolysis code': a number put on a
# claim, a line or a kind of code
_ON_A_CLAIM: Final = re.compile(
    r" o(?:n|nto|ff) (?:the|our|their|that|this|each|every|both|an?"
    r"|(?:one|two|three|some|all|most|any|none) of (?:the|these|those|our|their))"
    # 'on the⏎visit', '57 on an ED E/M?', '59 on the second level'
    r"(?:(?: [A-Za-z0-9'-]+){0,3}\s(?:claims?|lines?|add-ons?|codes?|visits?|levels?|E/Ms?)"
    r"| (?:\d(?:st|nd|rd|th)|first|second|third|other|last) ones?)\b"
    r"| o(?:n|nto|ff) (?:it|that|this|them|those|these)(?=[ \t]*[?.!,])"
)  # 'onto the 2nd and 3rd lines', '91 on the 2nd one', '22 on two of these claims', '59 on that?'
_CHOSEN_AFTER: Final = re.compile(
    r"[ \t]+(?:instead\b|rather\s+than\b|on[ \t]+(?:the[ \t]+)?(?:\d{4}[0-9A-Z]|[A-Z]\d{4})\b)"
)
# '25 instead of 30 minutes'
_INSTEAD_OF_AMOUNT: Final = re.compile(r" instead of (?:the |a |an )?\d")
# '79 on the 20610': a number put on a code is its modifier
_ON_A_CODE: Final = re.compile(
    r" o(?:n|ff)[ \t]+(?:(?:the|a|this|that|each|every|our|his|her|their|my|all)[ \t]+)?"
    r"(?:\d{4}[0-9A-Za-z]|[A-Za-z]\d{4}|[Ee][/&][Mm]|OV|ov|(?:[Oo]ffice )?visit)s?"
    r"(?![0-9A-Za-z])"
)  # and '25 on the E/M?', '95 on my 99214s', 'i have 25 on the ov' (the office visit)
# "that's 58?", 'something on the injection too, like 59?', 'no modifiers there, except 59 when'
_CHOICE_WORDS: Final = _OFFER_WORDS | {
    "be", "been", "that's", "it's", "thats", "like", "assume", "except"
}
_CLOSING_QUOTES: Final = frozenset("\"'\u201d\u2019")
_OPENING_QUOTES: Final = frozenset("\"'\u201c\u2018")
_ENOUGH_END: Final = re.compile(r"[ \t]+enough[ \t]*(?:[?.!,;)]|$)")  # 'or is 51 enough?'
_TELLING: Final = frozenset(("told", "tells", "tell", "telling"))  # 'one payer told us 93'
# 'one line RT and one line LT', 'each line GP?'
_ONE_LINE: Final = frozenset("one a each every first second third other another last".split())
_PLACING_VERBS: Final = frozenset(
    """add adds added adding append appends appended put puts putting attach attaches attached
    want wants wanted need needs needed require requires required have has had""".split()
)
# past more modifiers joined to the first: 'append RT/LT on both claims'
_PLACED_ON: Final = re.compile(
    r"(?:[ \t]*(?:/|,|&|\band\b|\bor\b)[ \t]*[A-Z0-9]{2}\b)*[ \t]+(?:on|onto|to)\b"
)
# 'AS on every line', 'GP is on everything', 'SL on the vaccine product lines'
_ON_EVERY_LINE: Final = re.compile(
    r"(?: (?:is|was|goes|stays|are))? on (?:(?:every|each|all|both|the|that|this|our|their|its|"
    r"an?|other|some|most|many|those|these)(?: of the)?(?: [a-z]+(?:-[a-z]+)?){0,2} "
    r"(?:lines?|claims?|codes)|everything|anything"
    # and a claim form: 'obviously no TC on a UB-04'
    r"|(?:an?|the|our|every) (?:UB-?04|CMS-?1500|837[IP]?)s?(?![0-9A-Za-z]))\b"
)
# 'the XS goes on the 17000', 'gp still goes on all of them', 'GT now only belongs on'
_GOES_ON: Final = re.compile(
    r"[ \t]+(?:(?:still|also|always|just|only|then|now)[ \t]+){0,2}(?:goes|go|belongs),?"
    r"(?:[ \t]+|[ \t]*\r?\n)(?:on|with)\b"  # 'where SL goes, on the 90656?', 'the CO go⏎on one'
)
_NUMBER_GOES_ON: Final = re.compile(
    r"\s+(?:(?:still|also|always|just|only|then|now)\s+){0,2}(?:goes|belongs)\s+(?:on|with)\b"
)
# '58 fits', '78 requires a return to the OR'; not 'fit' (numbers of things take the plural)
_STATING_VERBS: Final = frozenset(
    """fits applies works belongs requires means needs covers indicates doesn't does isn't
    wasn't hasn't has comes goes stays""".split()
)
# What a letter pair does as a modifier ('GT comes out of our charge master', 'XS applies'); not
# 'is', 'means' or 'does', which a status indicator or a person does too ('Q1 is a status
# indicator', 'the RT also does')
_PARTICIPLES: Final = frozenset(("made", "helped", "worked", "mattered", "changed", "been"))
_ASKING_FOR: Final = frozenset(
    "asked asks ask asking argue argued argues arguing push pushed pushes pushing lobbying".split()
)
# a toe or a finger right before its modifier: 'Left 2nd toe is T1', 'the thumb (FA)'
_DIGIT_NAMED_BEFORE: Final = re.compile(
    r"\b(toes?|hallux|fingers?|thumb)[ \t]*(?:\(|is[ \t]+|=[ \t]*|:[ \t]*)$", re.I
)
# a field's short value in capitals, ending its line: 'FC: COMM'
_A_HEADER_S_VALUE_AFTER: Final = re.compile(r":[ \t]*[A-Z0-9]{2,8}[ \t]*(?:\r?\n|$)")
# another pair of capitals joined on, if any, then a blank: 'GA and SC ', 'DP and PT '
_AND_ANOTHER_PAIR: Final = r"(?:[ \t]*(?:and|&|/|,)[ \t]*[A-Z]{2})?[ \t]+"
# the places of a practice in two states: 'our GA and SC clinics', 'the KS/MO offices'
_STATES_PLACES_AFTER: Final = re.compile(
    _AND_ANOTHER_PAIR + r"(?:clinics?|offices?|locations?|sites?|practices?|markets?|branches)\b"
)
# what names a patient before initials: 'Patient AB:'
_PATIENT_WORDS: Final = frozenset(("patient", "pt"))
# a Category II code anywhere: where BP is a blood pressure ('Cat II codes for A1c and BP')
_CATEGORY_II_CODE: Final = re.compile(r"(?<![0-9A-Za-z])\d{4}F(?![0-9A-Za-z])")
# pulses named by their arteries' letters: 'DP and PT pulses', 'PT pulse'
_PULSES_AFTER: Final = re.compile(_AND_ANOTHER_PAIR + r"pulses?\b", re.I)
# a measure's unit glued in brackets: 'GA(wk)'
_UNIT_IN_BRACKETS: Final = re.compile(
    r"\((?:wks?|weeks?|days?|mos?|yrs?|mm|cm|kg|lbs?|mmhg|%)\)", re.I
)
# what numbers a quiz's or a course's items: 'Question 26', 'Chapter 7'
_NUMBERED_ITEMS: Final = frozenset("question chapter exercise quiz lesson module slide".split())
# a question of whether to put on the number just named: '51 -- do we add it, or'
_ASKED_OF_IT: Final = re.compile(
    r"[ \t]*(?:-{1,2}|[\u2013\u2014:])[ \t]*(?:do|does|should|would|can|could|must)[ \t]+"
    r"(?:we|i|you|they)[ \t]+(?:add|append|use|need|bill|report|put|attach)[ \t]+it\b",
    re.I,
)
# a line's label that rules what follows in or out: 'Out: 50 (not the same joint …)'
_A_VERDICT_LABEL: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?(?:out|in|ruled out)[ \t]*: $", re.I
)
# a quiz key's mark after an option: '51 wrong, 59 wrong'
_MARKED_WORDS: Final = (" wrong", " correct", " incorrect")
_MARKED_AFTER: Final = re.compile(r" (?:wrong|incorrect|correct)(?=[.,;:!?)]|[ \t]*$)", re.M)
_ASKED_OF_IT_STARTS: Final = (" -", " \u2013", " \u2014", ": ")
_ADDING_WORDS: Final = frozenset(("and", "plus", "also", "no"))
_CARRYING: Final = frozenset(("have", "has", "carry", "carries"))  # 'All lines have 26'
_MAYBE: Final = frozenset(("maybe", "perhaps"))  # 'Maybe 76?'
_OFFER_WORDS_DOTTED: Final = frozenset(("or", "vs", "vs."))  # after a chain: 27310-78 or 79
_INSISTING: Final = frozenset("insist insists insisted insisting settled landed decided".split())
_ON_IT: Final = re.compile(r"\s+on (?:it|them|those|either|both|that one|this one)\b")
_HAVE: Final = frozenset(("has", "have", "had"))
# what claim lines carry: 'all lines already have gp.', 'every line has KX', 'claims carry FY',
# 'every line that has GP, correct?'
_LINES_HAVE: Final = re.compile(
    r"\b(?:lines?|claims?)\s+(?:(?:already|all|both|also|still|now|that|which)\s+)?"
    r"(?:ha(?:ve|s|d)|carr(?:y|ies|ied))[ \t]+$",
    re.I,
)
_ON_IT_END: Final = re.compile(r" on (?:it|them)[ \t]*(?:[.?!,;]|\r?\n|$)")
_ASKING: Final = frozenset(("asked", "asks", "ask", "asking", "wants", "wanted"))
_LETTERS_STATING: Final = frozenset(
    "fits applies belongs comes goes stays replaced replaces matters showed shows".split()
)
# 'is' names one thing before an article or a word about a use ('76 is a repeat', '91 is only
# for lab tests', '58 is off the table'); not an amount ('25 is the cap' stays out)
_THING_AFTER_IS: Final = frozenset(
    ("a", "an", "only", "for", "not", "never", "meant", "reserved", "off")
)
# and the initials of adverbs _stated skips: '57 only applies', '58 usually means'
_STATING_INITIALS: Final = frozenset(
    [*(verb[0] for verb in _STATING_VERBS), "i", "c", "p", "s", "e", "o", "u", "t", "j"]
)
# 'in western KS', 'south GA': a region word between 'in' and a state
_REGION_WORDS: Final = frozenset(
    """north south east west northern southern eastern western central rural upstate downstate
    northeast northwest southeast southwest coastal""".split()
)
_WEAK_PREDICATES: Final = frozenset(("be", "go", "right", "wrong"))
# An adverb or 'not' before a pair and a mark after it: 'claims: still GT?', 'not GO, the OT one'
_ASIDE_WORDS: Final = frozenset(("still", "not", "just", "only", "also", "maybe", "probably"))
# 'does the line become AD?': a letter pair only ('does the POS become 22' is a place)
_COMPASS: Final = frozenset(("NE", "NW", "SE", "SW"))
_EDIT_NUMBER_AFTER: Final = re.compile(r" edits? #?\d")
_FIELD_LABELS: Final = frozenset(
    "code codes si indicator status reason remark rarc carc qualifier cbsa condition value".split()
)
# OPPS status indicators that are modifiers too, and what they qualify ('J1 procedure', 'Q4 line')
_STATUS_INDICATORS: Final = frozenset(("J1", "J2", "Q1", "Q2", "Q3", "Q4"))
_AN_INDICATOR_AFTER: Final = re.compile(
    r"\s+(?:procedures?|services?|lines?|codes?|status|items?|APCs?|C-APCs?|packaged)\b", re.I
)
_A_PAYMENT_INDICATOR_AFTER: Final = re.compile(r"[ \t]+[A-Z]\d(?![0-9A-Za-z])")
_STATUS_LIST_HEADS: Final = frozenset(("status indicators", "status indicator"))
# not 'analysis (J1 …' ending in 'sis'
_STATUS_LIST_WORDS: Final = (["sis"], ["si"], ["indicators"])
_STATUS_BEFORE: Final = ("status ", "status: ", "si ", "si: ", "indicator ", "indicator: ")
_ENGLISH_UPPER: Final = frozenset(word.upper() for word in ENGLISH_PAIRS)
_CLOSINGS: Final = frozenset(
    ("thanks", "thx", "ty", "thank you", "cheers", "regards", "best", "tks")
)
# A claim's modifier fields, named as where a modifier goes: 'put 59 in M2', 'moved GP to M1'
_MODIFIER_FIELDS: Final = frozenset(("M1", "M2", "M3", "M4"))
_INTO_A_FIELD: Final = (" in ", " into ", " to ", " from ", "\nin ")
_HL7_SEGMENT: Final = re.compile(r"[A-Z][A-Z0-9]{2}\|")  # 'FT1|', 'PR1|', 'MSH|'
# Pairs that count only attached where they can be words ('HE SAID', 'SH' ...), but are no word
# among mixed-case words: 'One MCO wants HE on the H0036' (a pronoun would be 'he')
_NO_WORD_IN_MIXED_CASE: Final = frozenset(("HE", "SH"))
# Verbs that name a modifier only before an article: 'isn't billing a TC', not 'billing co'
_VERBS_BEFORE_AN_ARTICLE: Final = frozenset(("billing", "bills", "sending"))
# a kind of modifier named between the number and the noun: 'the 95 telehealth modifier'
_A_KIND_OF_MODIFIER_AFTER: Final = re.compile(r" [A-Za-z][A-Za-z/-]{1,24} modifier\b")
# set aside in brackets on the code it would go on: '12002 (no LT, I know a couple of payers'
_NONE_ON_THE_CODE_BEFORE: Final = re.compile(rf"(?<![0-9A-Za-z]){CODE_SHAPE} \(no $")
# '99213 - 25' on a line of its own: the code's modifier, written with a spaced dash
# and the visit named for its code: 'E/M + 93' in a cheat sheet's cell
_CODE_PLUS_BEFORE: Final = re.compile(rf"(?<![0-9A-Za-z])(?:{CODE_SHAPE}|E/M) \+ $")
_SPACED_DASH_AFTER_A_CODE: Final = re.compile(rf"(?<![0-9A-Za-z]){CODE_SHAPE} [-\u2013] $")
# Pairs that name a person, place, claim adjustment group or status indicator as often as a
# modifier: a code in the next sentence is no evidence for them
_NAMES_OF_OTHER_THINGS: Final = TITLE_PAIRS | ADJUSTMENT_GROUPS | _STATUS_INDICATORS
_OBJECT_PRONOUNS: Final = frozenset(("it", "them", "that", "this", "those"))
_THERE_BE: Final = frozenset(("be", "is", "was", "there's", "theres"))
_BE_OR_BECOME: Final = frozenset(
    ("be", "been", "become", "becomes", "became", "that's", "thats", "it's")
)
_ASIDE_ENDS: Final = frozenset("?,;!")
# 'not 58 (nobody planned it)', 'Not 59 — it never goes on an E/M'
_A_REASON: Final = re.compile(
    r" (?:since|because) (?:it|it's|it\u2019s|he|she|they|the|there|we|this|that|no|nothing)\b"
)
_DEFINED_FOR: Final = re.compile(
    r" is for (?:an? |the )?(?:[a-z-]+ ){0,3}(?:E/M|services?|procedures?|surgery)\b"
)
_IN_A_POSITION: Final = re.compile(
    r" in (?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th|last) (?:position|slot)\b"
)
_ORIGIN_DESTINATION_HEAD: Final = re.compile(
    r"o/d|orig(?:in)?[ /_-]*dest(?:ination)?(?:[ _]mod(?:ifier)?)?", re.I
)
_WHATEVER_THE_ANSWER: Final = re.compile(r" (?:either way|regardless)[ \t]*[.!,]")
_ON_A_PARTY: Final = re.compile(
    r" on (?:their|our|ours|theirs|his|her|your|yours|the [a-z]+['\u2019]s|the [a-z]+ side)\b",
    re.I,
)
# modifiers that split one service between two parties: the global package, the professional
# and technical components, co-surgeons and assistants
_SPLIT_BETWEEN_PARTIES: Final = frozenset("26 54 55 56 62 66 80 81 82".split())
# the other side of a split named by number: the surgeon's and the post-op care's, the
# professional's and the technical's
_SPLIT_PARTNERS: Final = {"54": "55", "55": "54", "56": "55", "26": "TC"}
_A_PARTY_S_SIDE_AND: Final = re.compile(r" on [^,;.?!\n]{1,24} (?:and|&) ", re.I)
# Category II codes before a bracket that says what they measure: '3074F/3075F (BP)'
_QUALITY_CODES_BEFORE: Final = re.compile(r"\d{4}F(?:[ \t]*[/,&][ \t]*\d{4}F)*[ \t]*\($")
_A_PATIENT_S_KIND_BEFORE: Final = re.compile(r"\b(?:est|new)\.?[ \t]+$", re.I)  # 'EST PT', 'new pt'
# what Roman numerals number: 'Method II', 'Category II', 'Level II'
_NUMBERED_IN_ROMAN_BEFORE: Final = re.compile(
    r"\b(?:method|level|type|phase|part|stage|class|category|cat|tier|grade|schedule|title|step"
    r"|section|appendix|volume|vol\.?)\s+$",
    re.I,
)
# the NDC units of measure that are also modifiers (F2 a finger, UN six patients seen)
_NDC_UNITS: Final = frozenset(("UN", "F2"))
_AN_NDC_UNIT_BEFORE: Final = re.compile(
    r"\b(?:units? of measure|unit qualifier|uom|ndc unit)\b[^.?!\n]{0,16}$", re.I
)
_BILLED_WITH: Final = frozenset(("billed", "coded", "submitted", "sent", "filed", "reported"))
_EITHER_ENDS: Final = frozenset((" either,", " either.", " either;", " either?", " either:"))
_NOT_REASON_STARTS: Final = (" (", " \u2014", " \u2013", " -", "\u2014 ", "\u2013 ")
# 'I've seen 59 suggested on the second line', 'also seen 93 used'
_SEEN: Final = frozenset(("seen", "saw", "heard"))
_SEEN_IN_USE: Final = re.compile(
    r"\s+(?:used|suggested|recommended|billed|appended|added|required|applied|reported|"
    r"on\s+(?:it|them|this|that|the))\b"
)  # and 'I've seen 59 on it at other groups'
# 'I don't think 91 is right here': an opinion of one thing
_OPINION: Final = frozenset(("think", "thought", "believe", "guess", "sure"))
_TALKED_ABOUT: Final = tuple(
    f"{w} about "
    for w in "ask asked things heard hearing question questions talked unsure wondering".split()
)
# what ends a number talked about: 'heard conflicting things about 25.', 'I keep hearing about
# 79 and 78 - are those only for'
_TALKED_ABOUT_END: Final = re.compile(
    r"(?:[ \t]*(?:,|and|or|/)[ \t]*\d\d)?(?:[ \t]+(?:here|there))?"  # 'ask about 51 here;'
    r"[ \t]*(?:[?.!;]|[-\u2013\u2014][ \t])"
)
_ELLIPTICAL_TOO: Final = re.compile(r" too\b(?:[ \t]+[a-z]+ly\b)?[ \t]*[.?!,]")
_SEEMED_JUDGED: Final = re.compile(
    r" seemed\s+(?:wrong|right|correct|appropriate|better|best|fine|off|like\s+the)\b"
)
_NAMING_VERBS: Final = frozenset(
    (
        "mentioned", "mentions", "suggested", "suggests", "proposed", "floated",
        "recommended", "considered", "mention",
        # and a named example: 'Is there a modifier that allows both, e.g. 59, or'
        "e.g.", "e.g.,", "eg", "eg.", "eg,", "i.e.", "i.e.,",
    )
)
_GESTATION_AFTER: Final = re.compile(
    r"(?: of)?[ \t]*\d{1,2}[ \t]*(?:w\d|wks?\b|weeks?\b|w\b|\+\d)(?![ \t]+ago)", re.I
)
_A_SECOND_PARTY: Final = re.compile(
    r"(?<![0-9A-Za-z])(\d\d) and (?:the|our|their|her|his) [a-z-]+ $"
)
# a clause that placed a modifier on something, joined by 'and' to the next: 'appending the CT
# modifier to those scans, and FX on the x-rays'
_PLACED_IN_THE_CLAUSE_BEFORE: Final = re.compile(
    r"\b(?:append|add|put|us|bill)[a-z]*\s+(?:the\s+|an?\s+)?([0-9A-Z]{2})(?:\s+modifiers?)?"
    r"\s+(?:to|on)\b[^,.;?!\n]{1,40},?\s+and\s+$"
)
# a modifier put on one thing, and the next on another: 'a 53 on the professional claim and'
_ON_ONE_THING_AND: Final = re.compile(r"\b([0-9A-Z]{2}) on [^,.;?!\n]{1,40},? and $")
# one party's modifier, then the next party's: 'Surgeon bills with 54, optometrist with'
_WITH_ONE_THEN_WITH: Final = re.compile(r"\bwith ([0-9A-Z]{2}), (?:the )?[A-Za-z]+ with $")
_FOR_THEM_AND: Final = re.compile(r"([0-9A-Z]{2}) for [^,;.?!\n]{1,24} (?:and|or) $", re.I)
_DIGITS_OF_A_ROW: Final = re.compile(r"\d{3}")
_NAMED_AFTER: Final = re.compile(  # 'seen 59 floated on a forum.'
    r" (?:mentioned|suggested|recommended|used|floated)"
    r"(?: (?:on|in|by) [^.?!,\n]{1,30})?[ \t]*[.?!,]"
)
# an opinion held, of a number: 'The office manager thinks 76 because it's the "same procedure"'
# (not 'She thinks Q1 means we left off a modifier': Q1 is also a status indicator)
_OPINION_VERBS: Final = frozenset(("thinks", "believes", "argues", "insists"))
_A_QUOTED_NAME_AFTER: Final = (' ("', " (\u201c")
_JUDGED: Final = re.compile(
    r"\s+(?:is|was|isn't|wasn't)\s+(?:right|wrong|correct|appropriate|needed|required|"
    r"necessary|ok|okay|fine|valid)\b"
)
_JUDGED_AS_A_CHOICE: Final = re.compile(
    r" (?:is|was|isn't|wasn't) (?:more |less |the )?(?:accurate|appropriate|correct|specific|"
    r"right (?:one|choice|modifier)|better (?:choice|fit|option))\b"
)
_ON_A_LINE_FOR_A_REASON: Final = re.compile(r" on (?:the|that|this) [\w-]+(?: [\w-]+)?[ \t]*[(,;]")
# the next line opens another item, or a blank line ends the list
_OPENS_AN_ITEM_OR_A_BLOCK: Final = re.compile(
    r"\n[ \t]*(?:(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])[ \t]|\r?\n|\r?$)"
)
_SEDATION: Final = re.compile(r"sedation|anesthe|anaesthe", re.I)  # where GA is anaesthesia
_BULLET_ENDS: Final = frozenset(("* ", "- ", "\u2022 ", "\u2013 ", ") ", ". "))
# an item's verdict after its text: ': RULED OUT.', ' — ruled in'
_RULED_AT_THE_END: Final = re.compile(
    r"(?::|[ \t][\u2013\u2014-])[ \t]*ruled[ \t]+(?:out|in)\b", re.I
)
_IN_OR_OUT: Final = re.compile(
    r" (?:is (?:in|out)|n/a)(?=[.,;:!?)]|$|[ \t]+(?:since|because)\b)"  # '50 n/a since only one'
    # a verdict list's mark: '25 — OUT, that's for minor procedures', '79 — OUT for that visit',
    # '25 · OUT, no procedure that day', '59 OUT.'
    r"|(?-i:[ \t]*(?:[\u2013\u2014\u00b7]|--?)[ \t]*(?:IN|OUT)|[ \t]+(?:IN|OUT))"
    r"(?=[.,;:!)\n]|[ \t]+(?:for|since|because|as)\b|[ \t]*$)"
    r"|(?: (?:is|are))? not applicable\b"  # '23 not applicable either.'
    r"|[ \t]*(?:--?|[\u2013\u2014])[ \t]*(?:no|nope|yes)(?=[.,;:!])"  # '5) 79 -- no, not a postop'
    # '59 is ruled out because it's', '50 ruled out: DMEPOS claims', '79 ruled⏎out since'
    r"|(?: (?:is|was))?\s+ruled\s+(?:out|in)(?:[:;,]|\s+(?:because|since|as|on|for)\b)",
    re.I,
)
_THE_BEST_CHOICE: Final = re.compile(
    r" the (?:best|better|right|correct|proper|more specific) (?:choice|one|modifier|option|fit)\b"
    r"| the one (?:to use|to bill|to append|we want|we need)\b"  # 'or is FT the one to use now'
)
_CHANGE_VERBS: Final = frozenset(
    """change changed changing switch switched switching move moved go went correct corrected
    update updated fix fixed default defaults defaulted defaulting flip flips flipped swap swaps
    swapped replace replaces replaced moves changes switches convert converts converted
    converting""".split()
)
# What the fee schedule's indicator columns and coders' shorthand call some numeric modifiers
# (CMS's MPFS field names: multiple procedure, bilateral surgery, assistant at surgery,
# co-surgeons, team surgeons; no CPT descriptor text): the number beside its name is the
# modifier ('multiple procedure 51', 'team surgery (66)').
_MODIFIER_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "26": ("professional component", "pro component"),
    "50": ("bilateral", "bilateral surgery"),
    "51": ("multiple procedure", "multiple procedures", "procedure reduction"),
    "52": ("reduced service", "reduced services"),
    "53": ("discontinued procedure", "discontinued service"),
    # the global surgery split, named as the fee schedule's PRE OP, INTRA OP and POST OP shares
    "54": ("intraoperative", "intra-op"),
    "55": ("postoperative management", "postop management", "post-op management"),
    "56": ("preoperative", "pre-op"),
    "57": ("decision for surgery",),
    "58": ("staged", "staged procedure", "planned", "planned procedure", "planned from the start"),
    "62": ("co-surgery", "co-surgeon", "co-surgeons", "cosurgeon", "cosurgeons", "two surgeons"),
    "66": ("team surgery", "team surgeons", "team"),
    "76": ("repeat procedure", "repeat service"),
    "77": ("repeat procedure", "repeat service"),
    "78": ("return to the or",),
    "79": ("unrelated procedure",),
    "80": ("assistant surgeon", "assistant at surgery"),
    "81": ("minimum assistant", "minimum assistance", "minimum assist", "assistant at surgery"),
    "82": ("assistant surgeon", "assistant at surgery"),
    "91": ("repeat lab",),
    # HCPCS Level II modifiers (CMS's own, public words) that are also words or abbreviations
    "RR": ("rental", "capped rental", "rented"),
    "UE": ("used equipment", "purchased used"),
    "FX": ("film x-ray", "film x-rays", "x-ray film"),
    "TC": ("technical component",),
    "FY": ("computed radiography",),
    "HE": ("mental health program",),
    # surgery on the wrong part, patient or procedure
    "PA": ("wrong site", "wrong body part"),
    "PB": ("wrong patient",),
    "PC": ("wrong surgery", "wrong procedure"),
}
_AROUND_A_NAME: Final = " \n(:=-\u2013\u2014\"'\u201c\u201d"  # '66 ("team surgery")'
_ARTICLES: Final = frozenset(("the", "a", "an"))
_BEARING_VERBS: Final = frozenset(("need", "needs", "require", "requires", "take", "takes", "get"))
# '25 would be enough time'
_AUXILIARY_INITIALS: Final = frozenset(word[0] for word in AUXILIARY_WORDS)
_CHANGED_TO: Final = re.compile(r"\s*(?:,\s*)?(?:to\b|->|\u2192)")
# what follows a sentence's last noun: 'the right modifier when', not 'a modifier teacher'
_AFTER_A_NOUN: Final = "for|when|and|or|but|that|which|on|in|if|to|with|because|so|here|there|since"
# '52 is the right physician modifier', 'CS was the COVID-era cost-sharing waiver modifier'
_IS_THE_MODIFIER: Final = re.compile(
    rf" (?:is|was|isn['\u2019]t|wasn['\u2019]t) (?:also |still |only )?(?:the|a|an|our) "
    rf"(?:(?!(?:for|of|to|in|on|with|by) )[a-z'\u2019-]+ ){{0,3}}"  # "the surgeon's modifier"
    rf"(?:{MODIFIER_WORD})(?=[ \t]*(?:[.,;:!?)\r\n]|$)|[ \t]+(?:{_AFTER_A_NOUN})\b)",
    re.I,
)
# 'MODIFIERS  [X] 25  [X] 59  [ ] 76  [ ] LT': a superbill's row of boxes, up to the candidate
# and ballot boxes: 'MODIFIERS:  \u2612 25   \u2610 59'
_BOX: Final = r"(?:\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612\u25a0\u25a1])"
_BOX_ENDS: Final = frozenset("]\u2610\u2611\u2612\u25a0\u25a1")
_BOXES_OF_MODIFIERS: Final = re.compile(
    rf"[^\n]*?\b(?:{MODIFIER_WORD}|side|laterality)[ \t]*:?(?:[ \t]+{_BOX}[ \t]*[A-Z0-9]{{2}}\b)*"
    rf"[ \t]+{_BOX}[ \t]*",  # and a row's own boxes: '69210  Wax removal    Side: [ ] RT  [ ] LT'
    re.I,
)
_IN_A_MODIFIER_FIELD: Final = re.compile(
    rf" in the (?:[a-z0-9]+ )?(?:{MODIFIER_WORD}) (?:position|slot|field|box)", re.I
)
_OTHER_MODIFIERS_AFTER: Final = re.compile(
    rf" (?:or|and) (?:any|all|one|none) of the other (?:[a-z-]+ )?(?:{MODIFIER_WORD})\b", re.I
)
_AS_A_MODIFIER: Final = re.compile(rf" as (?:a|the) (?:{MODIFIER_WORD})\b", re.I)
# 'And 24 is also the surgeon's modifier, not ours.'
_IS_THE_STARTS: Final = (" is ", " was", " isn")
_RULE_WORDS: Final = frozenset(("rule", "ruled", "rules", "ruling"))  # 'rule out 78 (there was'
_OF_MODIFIER: Final = frozenset(
    "instead use modifier modifiers mod mods lack place absence".split()
)
_ADVERBS: Final = frozenset(
    "ever also still really even always never just more less most only now".split()
)
# 'or plain 59?'
_ADVERBS_BEFORE_A_CHOICE: Final = _ADVERBS | frozenset(("plain", "simply", "straight"))
# The article before a word that is also a modifier, naming it: 'the at modifier', 'an as mod'.
_THE_BEFORE: Final = frozenset(("the ", " an ", "\nan "))
# 'Wichita, KS branch', 'Perry, GA and': a state code after a capitalised place name and a comma,
# unless a verb or a question follows ('For Medicare, GA is required').
_CITY_BEFORE: Final = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,[ \t]*$")
_VERB_AFTER: Final = re.compile(
    r"^\s*(?:\?|(?:is|was|goes|go|should|must|needs?|applies|would|will|can|does|"
    r"modifiers?|mod)\b)",
    re.I,
)
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]+[ \t]+$")
_STATE_PROGRAM_AFTER: Final = re.compile(
    r" (?:Medicaid|Medi-Cal|Blue Cross|BCBS|Dept\b|Department)"
)
_PARTITIVE: Final = re.compile(r"\d\s+of\s+(?:the\s+)?$")  # '9 of the 22 came back': a count
_QUARTER_YEAR: Final = re.compile(r"^\s+(?:19|20)\d\d\b")
_STATE_ZIP_END: Final = re.compile(r"\b([A-Z]{2}),?[ \t]+\d{5}(?:-\d{4})?$")
_SPACED_DASHES: Final = (" -", " \u2013", " \u2014")
_ASKED_AFTER_A_DASH: Final = re.compile(r" (?:on|ok|okay|or|vs|with|for)\b[^\n?]{0,40}\?", re.I)
_NEEDED_ASKED: Final = re.compile(
    r"[ \t]+(?:needed|only|required|necessary|ok|okay|allowed|appropriate|correct|valid|billable)"
    r"[ \t]*\?",
    re.I,
)
# the first end of a span of modifiers named by number: 'modifiers 22 through 79'
_MODIFIER_SPAN_BEFORE: Final = re.compile(
    rf"\b{MODIFIER_WORD}\s+\d\d\s*(?:through|thru|to|[-\u2013\u2014])\s*$", re.I
)
_ONLY_AFTER: Final = re.compile(
    r" only(?:[ \t]+(?:or|since|because|bc|b/c|on|for|if|when|then)\b|[ \t]*(?:[?.,!;:]|$))",
    re.M,
)
_SET_ASIDE: Final = re.compile(
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:(?:doesn|isn|wasn|won)['\u2019]t|does[ \t]+not|is[ \t]+not)[ \t]+"
    r"(?:apply|applicable|relevant|needed|required|necessary|appropriate|supported|warranted"
    r"|an?[ \t]+(?:question|option|issue|factor|alternative)"  # '82 isn't a question'
    r"|come[ \t]+into[ \t]+it)\b"  # '57 doesn't come into it anywhere here'
    r"|[ \t]+never[ \t]+(?:came[ \t]+(?:into[ \t]+it|up)|applied|fit)\b",  # '79 never came into it'
    re.I,
)
_TENS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGITS: Final = ("zero", *_ONES)
# 'twenty five', or digit by digit: 'two five', 'five nine'
_SPELLED: Final = (
    rf"({'|'.join(_TENS)})(?:[\s-]({'|'.join(_ONES)}))?\b"
    rf"|({'|'.join(_ONES)})[\s-]+({'|'.join(_DIGITS)})\b"
)
_SPELLED_AFTER_CUE: Final = re.compile(rf"{MODIFIER_STEM}\w*\s+(?:{_SPELLED})", re.I)
_SPELLED_AFTER_DASH: Final = re.compile(rf"\bdash\s+(?:{_SPELLED})", re.I)
_PC_TC: Final = frozenset(("PC", "TC"))
_PC_TC_INDICATOR: Final = re.compile(r"PC/TC\s+ind", re.I)
_NAME_AND_CREDENTIALS: Final = re.compile(
    r"[ \t]*[A-Z][a-z]+(?:[ .'-]+[A-Z][A-Za-z.'-]*)+(?:,[ \t]*[A-Z][A-Za-z()/-]{1,7})+[ \t]*\r?"
)
_NO_LONGER_STARTS: Final = (" no ", " is ", " was", " are")
_NO_LONGER: Final = re.compile(
    r"\s+(?:(?:is|was|are)\s+)?no\s+longer\s+(?:accepted|valid|used|needed|required|"
    r"recognized|allowed|payable|covered)\b",
    re.I,
)
_PHYSICAL_STATUS_WORDS: Final = re.compile(r"physical\s+status|phys\s+status|\bASA\b", re.I)
_REGISTRY_AFTER: Final = re.compile(r"\((?:R|M|CT|MR|N|T|S|VS|CV|QM|BD|ARRT)\)")
_POINTER_LETTERS: Final = re.compile(r"A[B-L]|B[C-L]|C[D-L]")
_CHARGE_AFTER: Final = re.compile(r"[ \t]{2,}\$?\d{1,5}(?:[ .]\d\d)\b")
_LETTERED_DIAGNOSIS: Final = re.compile(r"\bA\.[ \t]+[A-Z]\d\d")
_QUARTERS: Final = frozenset(("Q1", "Q2", "Q3", "Q4"))
_BULLETS: Final = frozenset(  # before a list item's head
    ("-", "*", "\u2022", "\u2013", "\n-", "\n*", "\n\u2022", "\n\u2013")
)
# what someone put on a claim: 'the XS they appended to it', 'the 59 our biller added'
_PLACED_BY_SOMEONE: Final = re.compile(
    r" (?:that |which )?(?:they|we|you|he|she|I|someone|somebody|(?:the|our|their) [a-z]+"
    r"(?: [a-z]+)?)(?: [a-z]+ly)? (?:appended|added|attached|put|used|kept|dropped|removed"
    r"|suggested|recommended|proposed)\b"
)
_NEGATION: Final = re.compile(r"n['\u2019]t\b|\b(?:not|no|never)\b", re.I)  # an item set aside
# a number defined by words: '"79 = new procedure in global, 78 = back to OR', '- 73 = …'
_GLOSSARY_ENTRY_AFTER: Final = re.compile(r"[ \t]*=[ \t]*[A-Za-z]")
_GLOSSARY_ENTRY_BEFORE: Final = re.compile(r"(?:^|[,;\"\u201c\n(\-\u2022*][ \t]*)$")
# '- 25: only if', '• 51 — our', '– 81 = minimum assistance', '- 52 is the opposite'
_HEAD_END: Final = re.compile(
    r":|[ \t]*=|[ \t]+(?:(?:[\u2013\u2014]|--?|is)[ \t]|\(|ruled[ \t]+(?:out|in)\b"
    # '- 51 we leave off; the MAC applies the reduction': what the writer does with it
    r"|(?:we|I)[ \t]+(?:leave|left|keep|kept|drop|dropped|add|added|skip|skipped|omit|omitted)\b)"
)  # '- 58 ruled out: the injection wasn't planned'
_RULED_OUT_TITLE: Final = re.compile(
    r"\b(?:ruled|ruling|rule|crossed|crossing) (?:out|off)\b.*:$", re.I
)
_RULED_AFTER: Final = re.compile(r"[ \t]+ruled[ \t]+(?:out|in)\b")
_ITEM_ENDS: Final = frozenset(".,;?")
# 'Why not G8: it's for'
_RULED_BEFORE: Final = re.compile(r"\b(?:ruled (?:out|in)|why not) $", re.I)
# a modifier placed on the lines a colon introduces: 'all lines with GP: 97110 x 2, 97530'
_PLACED_BEFORE_LINES: Final = re.compile(
    r"\b(?:with|append|appended|add|added|put)\s+\w\w: \d$", re.I
)
# a quiz's numbered questions: 'Q4. Modifier 51 on G0289?'
_QUESTION_NUMBER: Final = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?Q(\d{1,2})[.):][ \t]")
_ITEM_NUMBER: Final = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?([A-Z])(\d{1,2})[.)][ \t]")
_CHAINED_CODE: Final = re.compile(r"[0-9A-Z]\d{3}[0-9A-Z](?:-[0-9A-Z]{2})+(?![0-9A-Za-z])")
_LIST_NUMBER: Final = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?")
# a list item's number or bullet: '7. 76 is a repeat', '- 57 on an ED E/M?'
_LIST_MARKER: Final = re.compile(r"(?:\d{1,2}[.)]|[-*\u2022])[ \t]+")
# the UB-04 claim form: 'UB lines attached'
_UB_FORM_AFTER: Final = re.compile(r"[ \t]+(?:lines?|claims?|forms?|side|billing|bills?)\b", re.I)
# 'AS for the PA': the physician assistant, where assistants are spoken of
_THE_PA: Final = re.compile(r"\b(?:the|a|our|their|her|his)[ \t]+$", re.I)
# 'tf esi': a transforaminal epidural
_TRANSFORAMINAL_AFTER: Final = re.compile(r"\s*(?:esis?|epidurals?|steroid|approach)\b", re.I)
_BULLET_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]*$")
# a bullet, a number or a letter, or nothing: '- 25', '3) 24', 'b. 59', '25 -- no, not the day'
_LIST_ITEM_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])?[ \t]*$"
)
# '26 and TC:', 'RT / LT:': a pair joined to a modifier before it heads a list item
_MODIFIER_JOINED_BEFORE: Final = re.compile(
    r"(?<![0-9A-Za-z])([A-Z0-9]{2})[ \t]*(?:/|,|&|and|or)[ \t]*$"
)
_ZIP_AFTER: Final = re.compile(r"^[ \t\u00a0]+\d{5}(?!\d)")
_COORD: Final = re.compile(
    r"\s*\(?\s*(?:(?:,|/|&|\+|~|\band\b|\bor\b|\bvs\b\.?|\bversus\b|\bnor\b|\bplus\b|"
    r"\binstead\s+of\b|\brather\s+than\b|\bin\s+addition\s+to\b|\bas\s+well\s+as\b)\s*)+"
    r"(?:(?:the|a|an|no)\s+)?",
    re.I,
)
# two choices set side by side: 'is XS the same thing as 59', 'XU is equivalent to 59'
_SAME_AS: Final = re.compile(
    r"[ \t]+(?:(?:is|are)[ \t]+)?(?:the[ \t]+same(?:[ \t]+thing)?[ \t]+as|(?:equivalent|identical)"
    r"[ \t]+to|interchangeable[ \t]+with)[ \t]+(?:(?:a|an|the)[ \t]+)?"
)
# Every ASCII character a _COORD match can hold: blanks, its punctuation, the letters of its words.
_COORD_CHARS: Final = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f(,/&+~.adefhilnoprstuvwADEFHILNOPRSTUVW"
# A sentence ends at '.', '?' or '!' before a blank, or at a blank line. Written to start with a
# character class ([.?!](?=\s)|\n[ \t]*\n, which does not, was tried at every position).
_RULING_OUT: Final = re.compile(r"\b(?:rul(?:e|ed|ing)[ \t]+out|cross(?:ed)?[ \t]+off)\b", re.I)
# a reason after a choice set aside: '24 (that's for', '59 because', '24, which is only if'
_REASON_AFTER: Final = re.compile(r"[ \t]*(?:\(|,|;|because\b|since\b|as\b|[-\u2013\u2014][ \t])")
_TITLES_BEFORE_A_DOT: Final = (" dr", "\ndr", "(dr", " mr", " ms", " mrs", " vs", "e.g", "i.e")
_SENTENCE_END: Final = re.compile(r"[.?!\n](?:(?<=[.?!])(?=\s)|(?<=\n)[ \t]*\n)")
# Abbreviations that are modifiers too, and the words that show a message means the words
_SPELLED_OUT: Final = {"CB": "consolidated billing"}
_VITAL_SIGNS: Final = frozenset(("HR", "RR"))  # heart rate, respiratory rate
_VITAL_VALUE_AFTER: Final = re.compile(r"[ \t]*:?[ \t]*\d{1,3}(?![0-9])")
_VITALS: Final = re.compile(r"\b(?:BP|SpO2|SaO2|O2 sat|pulse ox|GCS|[Tt]emp)\b")
_DEPARTMENT_BEFORE: Final = re.compile(
    r"\b(?:off-campus|on-campus|freestanding|free-standing|dedicated|provider-based|satellite"
    r"|(?:in|at|into|from) the)[ \t]+$",  # 'NP in the ED, GF modifier': a place
    re.I,
)
# Modifiers that are also the abbreviations of conditions: atrial fibrillation, aortic stenosis,
# cancer, multiple sclerosis, Parkinson's disease, sleep apnoea
_JURISDICTION_IN_BRACKETS: Final = re.compile(r" \(J[A-Z0-9]{1,2}\)")  # 'GA (JJ)', 'CA (JE)'
_UNITS_AS_U: Final = re.compile(r"(?<![0-9A-Za-z])U\d{2,3}(?![0-9A-Za-z])")  # 'U10', 'U120'
_DIABETES_TYPES: Final = frozenset(("T1", "T2"))
# 'T2 diabetes', 'T2 diabetic', 'T1 DM'
_DIABETES_AFTER: Final = re.compile(r" (?:diabet|DM\b)", re.I)
# RA: rheumatoid arthritis
_CONDITION_PAIRS: Final = frozenset(("AF", "AS", "CA", "MS", "PD", "RA", "SA"))
# 'severe AS (I35.0)', 'patient with RA (M0579 in our EHR)'
_DIAGNOSIS_IN_BRACKETS: Final = re.compile(
    r" ?\([A-TV-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?(?:\)|[ \t]+(?:in|on|per|from)[ \t])"
)
_MODIFIER_WORD: Final = re.compile(rf"\b{MODIFIER_WORD}\b", re.I)  # 'modifer', 'modifeir' too
_NAMED_AFTER_THE_CUE: Final = re.compile(
    rf"(?i:{MODIFIER_WORD})\b[ \t]*[-:#]?[ \t]*([0-9A-Z]{{2}})\b"
)
# a field for modifiers: 'the ED modifier field'
_A_FIELD_AFTER: Final = re.compile(rf"\s*{MODIFIER_WORD}\s+(?:field|column|box|slot)s?\b", re.I)
# The word right after a candidate, past a closing quote or a dash: 'the \u201cHE\u201d modifier'
_MODIFIER_WORD_AFTER: Final = re.compile(rf"[\"'\u201d\u2019]?\s*[{D}]?\s*{MODIFIER_WORD}\b", re.I)
# Pasted-table columns whose cells are no modifiers though they look like some: status and
# payment indicators (J1, F2, A2), diagnosis pointers (AB), billing areas (HB, PB), places of
# service (24, 22).
_STATUS_HEADS: Final = frozenset(
    ("si", "status", "stat", "status indicator", "pi", "payment indicator", "ind", "indicator")
)
# a status cell's message naming what it wants: 'HOLD: JZ/JW REQ'
_STATUS_MESSAGE: Final = re.compile(
    r"(?:^|  |\t|\|)[ \t]*[A-Za-z]{3,}:[ \t]*(?:[A-Z0-9]{2}[ \t]*[/,&][ \t]*)*$"
)
# A posting or claim status named by the pair: 'PN = pending', 'PD/DN status'
_A_STATUS_AFTER: Final = re.compile(
    r"(?:/[A-Z]{2})*\s+status(?:es)?\b|\s*=\s*(?:paid|denied|pending|rejected|posted|open|closed|"
    r"hold|held|void|voided|billed|unbilled|submitted|approved|appealed|adjusted)\b",
    re.I,
)
# A list of numbers after a label ('the 1500 boxes 21, 24, 25, 26 and 33', 'items 17, 24'): the
# label names each of them
_LISTED_AFTER_A_LABEL: Final = re.compile(
    r"\b(?:box(?:es)?|items?|fields?|blocks?|FLs?|rows?|columns?|pages?|sections?|questions?|"
    r"steps?|(?:condition|occurrence|value)\s+codes?|POS|place\s+of\s+service)"
    r"\s+\d{1,3}[A-Za-z]?(?:\s*(?:,|\band\b|&|\bor\b)\s*\d{1,3}[A-Za-z]?)*"
    r"\s*(?:,\s*and|,|\band|&|\bor|\brather\s+than|\bvs\.?|\bversus)\s*$",
    re.I,
)
_LIST_ENDS: Final = frozenset(" \t\n,&")
_ANSWER_HEAD: Final = re.compile(
    r"key|key says|answer|answer key|my answer|your answer|correct|correct answer|i say|we say"
    r"|student|students|expected"
)
_DESCRIPTION: Final = (" desc", " description", " descriptor")  # 'Charge Description'
_NOT_MODIFIER_HEADS: Final = _STATUS_HEADS | frozenset(
    """dx ptr|dxptr|dx pointer|dx pointers|diag ptr|ptr|pointer|pointers|bill area|billing area|
    area|pos|place of service|grp|group|group code|adj grp|carc|rarc|reason|reason code|rsn|
    remark|remarks|remark code|route|site|vfc elig|vfc_elig|units|unit|qty|quantity|svc units|
    days/units|days or units|minutes|mins|dx_ptr|diag_ptr|dx_pointer|pt|patient|pt name|
    patient name|initials|rn|nurse|rn initials|staff|user|tech""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)  # a remittance's group and reason columns ('Grp,CARC' over 'CO,50'); a vaccine's route and
# site ('ROUTE,SITE' over 'IM,LT'); a quantity ('mod2,units' over 'LT,24'); a patient's
# initials ('pt,mrn,dos' over 'AB,00413377'); a nurse's ('RN' over 'KL')

# Where a sentence starts after '.', '?' or '!' and blanks, or after a blank line: its first letter.
_SENTENCE_START: Final = re.compile(
    r"[.?!\n](?:(?<=[.?!])[ \t\n]+|(?<=\n)[ \t]*\n[ \t]*)([A-Za-z])"
)
# a quoted number and what it says, then asked to be a modifier
_QUOTED_AND_ASKED: Final = re.compile(
    r"[ \t]*[-\u2013\u2014:][^\"\u201d\n]{1,60}[\"\u201d][.)]?[ \t]+(?:is|was) (?:that|this|it) "
    r"(?:also |even |really |actually )?an? (?:valid |real |separate )?modifier\b",
    re.I,
)
_OPENING_PAIR_QUOTES: Final = ('"', "\u201c")  # 'needs "qw" on it'
# a drug given by mouth: 'given PO', 'PO meds', 'IV to PO'
_GIVEN_BY_MOUTH: Final = re.compile(
    r"\b(?:given|taken|switched to|changed to|IV to|IV/)[ \t]+PO\b"
    r"|\bPO[ \t]+(?:route|dose|meds?|tabs?|tablets?|antibiotics?)\b",
    re.I,
)
_CLOSING_PAIR_QUOTES: Final = frozenset(('"', "\u201d"))
# a lower-case pair standing alone ('kx'), and '8p'
_LOWER_TOKEN: Final = re.compile(r"(?<![0-9A-Za-z])(?:[a-z][a-z0-9]|[1-8]p)(?![0-9A-Za-z])")
_WORD: Final = re.compile(r"\S+")
_M1_CELL: Final = re.compile(r"(?<![^\s|,])M1(?![^\s|,])")
# A 'Modifier' column header: Modifier, Mods, Mod1, Mod 2, Mod(s), 'default_mod', and two words
# more ('Mod(s) billed', 'Modifiers used', 'Modifier on col 2'). 'M1', 'M2' too, in a header row
# that names other columns (eClinicalWorks' claim screen).
_MOD_HEADER: Final = re.compile(
    rf"(?:[A-Za-z]+_)?{MODIFIER_WORD}(?:\(s\))?\.?(?: ?[1-4])?(?: [A-Za-z]+){{0,2}}(?: [1-4])?"
    r"|M[1-4]",
    re.I,
)


@dataclass(slots=True)
class _Candidate:
    value: str
    start: int
    end: int
    numeric: bool
    wordlike: bool
    rejected: bool = False
    accepted: bool = False
    soft: bool = False  # a determiner or verb before it, or a harmless word after it
    offered: bool = False  # offered as the other choice: 'XU on the 97140 or 59??', 'be 59?'
    lower: bool = False  # a lower-case pair from a writer who writes in lower case: 'puts kx on'
    bare: bool = False  # accepted with no evidence but its letters (KX, GY, JW)
    labelled: bool = False  # rejected as what a label names it: 'condition code G0', 'SI J1'
    firm: bool = False  # accepted on evidence of its own: a cue, a table column, a placing verb

    def __init__(  # written out for mypyc, as extract.CodeMention's
        self,
        value: str,
        start: int,
        end: int,
        numeric: bool,
        wordlike: bool,
        rejected: bool = False,
        accepted: bool = False,
        soft: bool = False,
        offered: bool = False,
        lower: bool = False,
        bare: bool = False,
        labelled: bool = False,
        firm: bool = False,
    ) -> None:
        self.value = value
        self.start = start
        self.end = end
        self.numeric = numeric
        self.wordlike = wordlike
        self.rejected = rejected
        self.accepted = accepted
        self.soft = soft
        self.offered = offered
        self.lower = lower
        self.bare = bare
        self.labelled = labelled
        self.firm = firm


def find_modifiers(
    text: str,
    taken: list[tuple[int, int]],
    attached: set[str],
    tokens: list[tuple[int, str]] | None = None,
    *,
    lower: str | None = None,
    code_starts: list[int] | None = None,
) -> list[tuple[str, int]]:
    """(modifier, position) for every modifier mention outside the `taken` spans.

    `tokens` are the two-character upper-case tokens (start, token) when the caller has
    already scanned for them; otherwise the text is scanned here. `lower` is text.lower() when
    the caller has it; `code_starts` where the code mentions start.
    """
    if tokens is None:
        tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    lower = text.lower() if lower is None else lower
    cues = _cue_positions(lower)
    withheld: list[tuple[int, str]] = []
    candidates = _candidates(text, lower, taken, tokens, cues, withheld)
    if not candidates and not withheld:
        return []
    in_table = _table_cells(text, cues)
    quarters = heads = glossary = False
    for c in candidates:
        _judge(text, c, in_table)
        c.firm = c.accepted and not c.rejected
        quarters = quarters or (c.value in _QUARTERS and c.rejected)
        glossary = glossary or (c.numeric and _an_entry_of_a_glossary(text, c))
        heads = heads or (
            not (c.accepted or c.rejected)
            and _HEAD_END.match(text, c.end) is not None
            and (
                text[max(0, c.start - 2) : c.start].strip(" \t") in _BULLETS
                or _LIST_ITEM_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
            )
        )
    if "(" in text:  # 'computed radiography (CR) ... taken with CR needs FY': letters the
        defined = {  # message spells out
            c.value for c in candidates if text[c.start - 1 : c.start] == "(" and _defined(text, c)
        }
        if defined:
            for c in candidates:
                if c.value in defined and not c.firm:
                    c.rejected = True
    if quarters:
        _read_as_quarters(text, candidates)
    if withheld and _place_withheld(text, withheld, candidates, in_table):
        candidates.sort(key=lambda c: c.start)
    labelled = {c.value for c in candidates if c.labelled}
    if labelled:  # 'condition code G0 ... I've read G0 is for': what the label named it, still,
        for c in candidates:  # unless more than its letters makes it a modifier ('put GA on it')
            if c.bare and c.value in labelled:
                c.accepted = c.bare = False
                c.wordlike = True
                _judge(text, c, in_table)
                # '27, G0, or both?': no firmer now; nor asked for ('do we even need G0?'), as a
                # claim is asked to carry the field's value too
                c.firm = c.accepted and not c.rejected and not _asked_for(text, c)
    _spread(text, candidates, attached, taken, code_starts or [])
    if heads:
        _heads_of_a_list(text, candidates)
    if glossary:
        _entries_of_a_glossary(text, candidates, attached)
    if labelled:  # 'condition code 49 or 50 ... so condition code 50': only firm evidence
        for c in candidates:
            if c.accepted and not c.firm and c.value in labelled:
                c.accepted = False
    return [(c.value, c.start) for c in candidates if c.accepted and not c.rejected]


def _defined(text: str, c: _Candidate) -> bool:
    """Whether a word-like pair in brackets abbreviates the two words before it: 'computed
    radiography (CR)'."""
    if not c.wordlike or text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
        return False
    words = text[max(0, c.start - 40) : c.start - 1].split()[-2:]
    return (
        len(words) == 2
        and (words[0][0] + words[1][0]).upper() == c.value
        # not the modifier's own name: 'the technical component (TC)'
        and " ".join(words).lower() not in _MODIFIER_NAMES.get(c.value, ())
    )


def _about_a_colonoscopy(text: str) -> bool:
    """Whether the message speaks of a colonoscopy, where PT is the screening-turned-diagnostic
    modifier rather than physical therapy."""
    return _COLONOSCOPY.search(text) is not None


def _answers_a_case(text: str, c: _Candidate) -> bool:
    """Whether a number ends a sentence that opens with 'if' as its answer: 'If a different
    provider read the second one, 77.'"""
    start = _clause_start(text, c.start, 120, ".?!\n")
    return text[start : c.start].lstrip()[:3].lower() == "if "


def _asked_for(text: str, c: _Candidate) -> bool:
    """Whether a placing verb asks for the pair: 'do we even need G0?', 'Should I add FT?'."""
    words = text[max(0, c.start - 16) : c.start].split()
    return text[c.end : c.end + 1] == "?" and bool(words) and words[-1].lower() in _PLACING_VERBS


def _candidates(
    text: str,
    lower: str,
    taken: list[tuple[int, int]],
    tokens: list[tuple[int, str]],
    cues: list[int],
    withheld: list[tuple[int, str]],
) -> list[_Candidate]:
    """The candidates, in text order; pairs that count only attached or named ('HE', 'SH')
    go to `withheld`, for _place_withheld."""
    taken_starts = {s for s, _ in taken}
    found = []
    for start, value in tokens:
        if value not in MODIFIERS or start in taken_starts:
            continue
        if text[start + 2 : start + 3] > "\x7f" and text[start + 2].isalpha():
            continue  # the start of a word with an accented letter: 'GRÉGOIRE'
        if value not in NEVER_BARE_MODIFIERS:
            numeric = value.isdigit()
            found.append(_Candidate(value, start, start + 2, numeric, value in WORDLIKE_MODIFIERS))
        elif _named_as_modifier(text, start):  # 'the \u201cHE\u201d modifier'
            found.append(_Candidate(value, start, start + 2, False, True, accepted=True))
        elif value in _NO_WORD_IN_MIXED_CASE and not _in_capitals(text, start):
            found.append(_Candidate(value, start, start + 2, False, True))  # 'wants HE on'
        else:
            withheld.append((start, value))
    in_order = len(found)  # the tokens come in text order; what follows may not
    if "{" in text:  # X{EPSU}
        for m in _BRACES.finditer(text):
            values = [(m.group(1) + ch).upper() for ch in m.group(2)]
            if all(v in MODIFIERS for v in values):
                found.extend(
                    _Candidate(v, m.start(), m.end(), False, False, accepted=True) for v in values
                )
    for at in cues:  # 'modifier rt', 'the rt modifier': lower-case pairs only next to the cue
        before = _lower_pair_before(text, at)
        if before is not None:
            found.append(before)
            start = before.start
            while text[start - 1 : start] == "/" and start >= 3:  # 'at/ga mod': a list of them
                token = text[start - 3 : start - 1]
                if not (token.isalpha() and token.islower() and token.upper() in MODIFIERS):
                    break
                if start > 3 and text[start - 4].isalnum():
                    break
                start -= 3
                value = token.upper()
                found.append(
                    _Candidate(value, start, start + 2, False, value in WORDLIKE_MODIFIERS,
                               accepted=True)
                )
        spelled = _SPELLED_AFTER_CUE.match(text, at)
        if spelled is not None:  # dictated: 'modifier twenty five'
            value = _spelled_number(spelled)
            if value in MODIFIERS and value not in NEVER_BARE_MODIFIERS:
                start = spelled.start(1 if spelled.group(1) else 3)
                found.append(_Candidate(value, start, spelled.end(), True, False, accepted=True))
            continue
        glued = _GLUED_CUE.match(text, at)
        if glued is not None:  # 'mod25', 'modifier59'
            value = glued.group(1).upper()
            if value in MODIFIERS and value not in NEVER_BARE_MODIFIERS:
                found.append(
                    _Candidate(value, glued.start(1), glued.end(1), True, False, accepted=True)
                )
            continue
        cue = _LOWER_AFTER_CUE.match(text, at)
        if cue is not None:
            token = cue.group(1)
            gap = text[at : cue.start(1)]
            if (
                "  " not in gap  # 'cpt    mod   dx': the column headers of a table
                and ("." not in gap or gap[:4].lower() == "mod.")  # not 'modifier. dx Z12.5'
                and "\t" not in gap
                and "\n" not in gap  # 'at/ga mod⏎⏎pt is on maintenance': a new line
                and token.islower()
                and token not in ENGLISH_PAIRS
                and token.upper() in MODIFIERS
                and token.upper() not in NEVER_BARE_MODIFIERS
            ):
                value = token.upper()
                found.append(
                    _Candidate(value, cue.start(1), cue.end(1), False, value in WORDLIKE_MODIFIERS)
                )
    if "dash" in lower:  # dictated: 'needs dash twenty five'
        for m in _SPELLED_AFTER_DASH.finditer(text):
            value = _spelled_number(m)
            if value in MODIFIERS and value not in NEVER_BARE_MODIFIERS:
                start = m.start(1 if m.group(1) else 3)
                found.append(_Candidate(value, start, m.end(), True, False, accepted=True))
    if writes_in_lower_case(text):  # 'the software puts kx on every line'
        seen = {c.start for c in found} | taken_starts
        found.extend(c for c in _lower_case_pairs(text) if c.start not in seen)
    else:
        if '"' in text or "\u201c" in text:
            found.extend(_quoted_lower_pairs(text, {c.start for c in found} | taken_starts))
        if " a p" in text:  # 'pt was a p3 if that matters': a physical status, as an
            # anesthesia claim's P3 (_spread asks for the claim)
            found.extend(
                _Candidate(m.group(1).upper(), m.start(1), m.end(), False, True, lower=True)
                for m in _LOWER_PHYSICAL_STATUS.finditer(text)
                if m.start(1) not in taken_starts
            )
    if _holds_lower_sides(text):  # 'two lines with rt and lt?': the sides
        seen_sides = {c.start for c in found} | taken_starts
        for m in _LOWER_SIDE_PAIR.finditer(text):
            for group in (1, 2):
                if m.start(group) not in seen_sides:
                    value = m.group(group).upper()
                    found.append(_Candidate(value, m.start(group), m.end(group), False, True,
                                            lower=True))
    if _holds_a_mixed_case_x(text):  # word-like, they need a cue
        seen_x = {c.start for c in found} | taken_starts
        found.extend(
            _Candidate(m.group().upper(), m.start(), m.end(), False, True)
            for m in _MIXED_CASE_X.finditer(text)
            if m.start() not in seen_x
        )
    if len(found) > in_order:
        found.sort(key=lambda c: c.start)
    return found


def _holds_lower_sides(text: str) -> bool:
    """Whether the text holds one of _LOWER_SIDES_TO_LT or _LOWER_SIDES_FROM_LT, found from each
    'lt' (one scan, not seven)."""
    at = text.find("lt")
    while at >= 0:
        if text.startswith(_LOWER_SIDES_FROM_LT, at) or text[max(0, at - 7) : at + 2].endswith(
            _LOWER_SIDES_TO_LT
        ):
            return True
        at = text.find("lt", at + 1)
    return False


def _holds_a_mixed_case_x(text: str) -> bool:
    """Whether 'X' or ' x' stands before s, e, p or u ('Xs', ' xu'): two scans, not eight."""
    for mark in ("X", " x"):
        at = text.find(mark)
        while at >= 0:
            if text[at + len(mark) : at + len(mark) + 1] in _ESPU:
                return True
            at = text.find(mark, at + 1)
    return False


def _heads_of_a_list(text: str, candidates: list[_Candidate]) -> None:
    """'- 25: only if the doctor ...', '• 51 — our PM system adds it' in a list whose items open
    with modifiers ('- 50: bilateral ...', '- RT / LT: when ...', '- 99: our old biller ...'):
    the item's head is one too. Two items must open with accepted modifiers."""
    heads = [c for c in candidates if _LIST_ITEM_BEFORE.search(text, max(0, c.start - 12), c.start)]
    if (
        sum(c.accepted and not c.rejected for c in heads) < 2
        and not _ruled_out_one_by_one(text, heads)
        and not _under_a_ruled_out_title(text, heads)
    ):
        for i, c in enumerate(heads):  # '• 27447-80-RT – ruled out; …⏎• 62 – ruled out',
            # '• 59 or XS on the second knee — no.⏎• 76 — no.': options compared
            if (
                not (c.accepted or c.rejected)
                and c.numeric
                and _HEAD_END.match(text, c.end) is not None
                and (
                    _after_an_attached_item(text, c)
                    or (i > 0 and _follows_a_head(text, heads[i - 1], c))
                )
            ):
                c.accepted = True
        return
    for i, c in enumerate(heads):
        if (
            not (c.accepted or c.rejected)
            and _HEAD_END.match(text, c.end) is not None
            and (c.value not in TITLE_PAIRS or (i and _follows_a_head(text, heads[i - 1], c)))
        ):
            c.accepted = True


def _after_an_attached_item(text: str, c: _Candidate) -> bool:
    """Whether a number heads a list item ('• 62 – ruled out') right after an item that opens
    with the same bullet and a code carrying modifiers ('• 27447-AS-RT – where I landed'); the
    caller has seen the head end."""
    start = text.rfind("\n", 0, c.start) + 1
    bullet = text[start : c.start].strip()
    above = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].lstrip()
    return (
        bullet != ""
        and above.startswith(bullet)
        and _CHAINED_CODE.match(above[len(bullet) :].lstrip()) is not None
    )


def _follows_a_head(text: str, before: _Candidate, c: _Candidate) -> bool:
    """Whether a title's letters head the item right after a modifier's, in one list: '- PN:
    non-excepted off-campus department⏎- ER: off-campus emergency department'."""
    return (
        before.accepted
        and not before.rejected
        and text.count("\n", before.end, c.start) == 1
    )


def _an_entry_of_a_glossary(text: str, c: _Candidate) -> bool:
    """'79 = new procedure in global': a number defined by words after '=', opening a text, a
    line, a quotation or a list's entry."""
    return text[c.end : c.end + 3].lstrip(" \t")[:1] == "=" and (
        _GLOSSARY_ENTRY_AFTER.match(text, c.end) is not None
        and _GLOSSARY_ENTRY_BEFORE.search(text, max(0, c.start - 3), c.start) is not None
    )


def _entries_of_a_glossary(text: str, candidates: list[_Candidate], attached: set[str]) -> None:
    """'a sticky note that says "79 = new procedure in global, 78 = back to OR, 24 = E/M in
    global"': numbers defined one after another are modifiers when one of them is named as a
    modifier elsewhere in the message."""
    entries = [c for c in candidates if c.numeric and _an_entry_of_a_glossary(text, c)]
    named = attached | {c.value for c in candidates if c.accepted and not c.rejected}
    if len(entries) < 2 or not any(c.value in named for c in entries):
        return
    for c in entries:
        if not c.rejected:
            c.accepted = True


def _under_a_ruled_out_title(text: str, heads: list[_Candidate]) -> bool:
    """'What I ruled out:⏎- SA: …⏎- AS: that's assistant at surgery, irrelevant.': items headed
    under a title that rules them out."""
    for c in heads:
        if c.rejected or _HEAD_END.match(text, c.end) is None:
            continue
        start = text.rfind("\n", 0, c.start) + 1
        bullet = text[start : c.start].strip()
        while start > 0:  # up the list's items to the line above them
            above = text.rfind("\n", 0, start - 1) + 1
            line = text[above : start - 1].strip()
            if not (bullet and line.startswith(bullet)):
                if _RULED_OUT_TITLE.search(line) is not None:
                    return True
                break
            start = above
    return False


def _ruled_out_one_by_one(text: str, heads: list[_Candidate]) -> bool:
    """'What I'm ruling out:⏎- 79: it's not unrelated.⏎- 76: it's not the same procedure': two or
    more items, each a number set aside on its own line ('• 62 — I had no co-surgeon')."""
    items = [c for c in heads if c.numeric and _HEAD_END.match(text, c.end) is not None]
    if len(items) < 2:
        return False
    for c in items:
        line_end = text.find("\n", c.end)
        if not _NEGATION.search(text, c.end, line_end if line_end >= 0 else len(text)) and not (
            _RULED_AFTER.match(text, c.end)  # '- 79 ruled in: unrelated procedure'
        ):
            return False
    return True


def _read_as_quarters(text: str, candidates: list[_Candidate]) -> None:
    """One reading for Q1-Q4: a message that writes one as a quarter of a year ('a Q3 2026
    review') means the quarter where else it writes it alone ('Q3 modifier audit findings')."""
    quarters = {
        c.value
        for c in candidates
        if c.value in _QUARTERS and c.rejected and _QUARTER_YEAR.match(text[c.end : c.end + 8])
    }
    for c in candidates:
        if c.value in quarters and c.accepted:
            c.accepted = c.firm = c.bare = False
            c.rejected = True


def _spelled_number(m: re.Match[str]) -> str:
    """A match of _SPELLED: 'twenty five' -> '25'; digit by digit, 'five nine' -> '59'."""
    tens, ones = m.group(1), m.group(2)
    if tens is None:
        return f"{_ONES.index(m.group(3).lower()) + 1}{_DIGITS.index(m.group(4).lower())}"
    value = _TENS.index(tens.lower()) * 10 + 20
    if ones:
        value += _ONES.index(ones.lower()) + 1
    return str(value)


def _quoted(text: str, c: _Candidate) -> bool:
    """Whether the pair stands alone in quotes: '"25"', '“TC”', '“AS.”'."""
    before = text[c.start - 1 : c.start]
    if not before or before not in _OPENING_QUOTES or c.value in _STATUS_INDICATORS:
        return False  # 'shows "Q1"': an OPPS status indicator as often as a modifier
    end = c.end + 1 if text[c.end : c.end + 1] == "." else c.end
    after = text[end : end + 1]
    if text[c.start - 2 : c.start - 1] == ",":
        return False  # '"HO","62","11"': a field of a quoted CSV line
    if c.value == "PO" and _GIVEN_BY_MOUTH.search(text):
        return False  # 'given PO, so …  The "PO" came from the order set': the route, by mouth
    if text[c.start - 3 : c.start - 1] in (": ", '":') and "modif" not in text[c.start - 24 : c.start]:
        return False  # '"code": "22"': a JSON value, a modifier only under a modifier key
    return after in _CLOSING_QUOTES and (before == '"') == (after == '"')


def _in_capitals(text: str, start: int) -> bool:
    """Whether the pair at `start` stands among words written in capitals ('HE SAID')."""
    around = text[max(0, start - 12) : start + 14]
    return around.isupper() and sum(ch.isalpha() for ch in around) > 8


def _us_in_capitals(text: str, c: _Candidate, left: str, right: str) -> bool:
    """Whether 'US' is the pronoun of a writer in capitals: after a word that is no article, and
    not named as a modifier ('THE US MODIFIER')."""
    words = left.split()
    return (
        _in_capitals(text, c.start)
        and bool(words)
        and words[-1].isalpha()
        and words[-1].lower() not in _DETERMINERS
        and not _may_name_modifier(right)
    )


def _place_withheld(
    text: str,
    withheld: list[tuple[int, str]],
    candidates: list[_Candidate],
    in_table: list[tuple[int, int]],
) -> bool:
    """Accept the pairs that count only attached ('HE', 'SH') where nothing but a modifier can
    stand: a cell under a 'Modifier(s)' column ('H2017    HE, U1'), or put by a verb on every
    line ('MCO #1 wants HE on every line'). Whether any was."""
    added = False
    for start, value in withheld:
        before = text[max(0, start - 20) : start].lower().split()
        placed = (
            any(s <= start < e for s, e in in_table)
            or (
                _ON_EVERY_LINE.match(text, start + 2) is not None
                and bool(before)
                and before[-1] in _PLACING_VERBS
            )
            or _an_origin_destination_pair(text, start, value)  # 'RH vs RN', 'SH as the origin'
            # 'Should the modifier be EH instead?'; not 'THE MODIFIER IS IN' in capitals
            or _after_a_cue_and_be(text, start)
            or _the_other_choice_after_a_chain(text, start)
            or _under_an_origin_destination_head(text, start, value)  # 'O/D' over 'NE'
        )
        if placed:
            candidates.append(
                _Candidate(value, start, start + 2, False, True, accepted=True, firm=True)
            )
            added = True
    return added


def _the_other_choice_after_a_chain(text: str, start: int) -> bool:
    """'J0882-JA-ED? Or is it EE since': a pair that counts only named, offered as the other
    choice after a modifier chain on its code."""
    window = text[max(0, start - 32) : start]
    if not ("or " in window or "Or " in window or "vs" in window):
        return False  # the cheap look first
    return _ATTACHED_OR_BEFORE.search(window) is not None


def _after_a_cue_and_be(text: str, start: int) -> bool:
    """'Should the modifier be EH instead?', 'modifier EH': a pair that counts only named, right
    after the cue; not 'THE MODIFIER IS IN' in capitals."""
    window = text[max(0, start - 32) : start]
    if not ("mod" in window or "Mod" in window or "MOD" in window):
        return False  # the cheap look first
    return _CUE_THEN_BE.search(window) is not None and not _in_capitals(text, start)


def _under_an_origin_destination_head(text: str, start: int, value: str) -> bool:
    """Whether an ambulance's origin and destination letters sit in a pasted table's column
    named for them ('O/D', 'Origin/Dest'), where a pair that is also a word or a state ('NE',
    'SH') is the modifier."""
    if value not in AMBULANCE_MODIFIERS or not (
        "/D" in text or "/d" in text or "Dest" in text or "dest" in text
    ):
        return False  # no column named for them: 'O/D', 'Orig/Dest', 'Origin/Destination'
    if text.rfind("\n", 0, start) < 0:
        return False
    head = column_head(text, start)
    return head is not None and _ORIGIN_DESTINATION_HEAD.fullmatch(head.strip()) is not None


def _an_origin_destination_pair(text: str, start: int, value: str) -> bool:
    """Whether a pair of an ambulance's origin and destination letters that is also a word, a
    title or a state ('RN', 'SH', 'NH') is named as one, in a message that speaks of origins and
    destinations: set against another ('RH vs RN'), given the role ('SH as the origin'), or
    named as a thing ('clears up the NH')."""
    if value not in AMBULANCE_MODIFIERS or value in TITLE_PAIRS:
        return False  # 'the ED', 'the ER': the department
    if not (
        _ORIGIN_PAIR_BEFORE.search(text, max(0, start - 12), start)
        or _ORIGIN_PAIR_AFTER.match(text, start + 2)
    ):
        return False
    # 'origin/dest mods', or an origin and a ground ambulance code; the cheap look first
    return (
        ("rigin" in text or "RIGIN" in text)  # 'ORIGIN/DESTINATION MODIFIER' in capitals
        and _ORIGIN_WORD.search(text) is not None
        and (_DESTINATION_WORD.search(text) or _GROUND_AMBULANCE_CODE.search(text)) is not None
    )


def _named_as_modifier(text: str, start: int) -> bool:
    """Whether a pair that counts only attached ('HE', 'ID') is named as a modifier: quoted or
    after an article, and followed by the word ('the \u201cHE\u201d modifier', 'an ID mod'); not
    'IS MOD 27' in a message written in capitals."""
    if not _MODIFIER_WORD_AFTER.match(text, start + 2):
        return False
    return (
        text[start - 1 : start] in _OPENING_QUOTES
        or text[max(0, start - 4) : start].lower() in _THE_BEFORE
        or text[max(0, start - 3) : start].lower() in (" a ", "\na ")
    )


def writes_in_lower_case(text: str) -> bool:
    """Whether the sender starts most sentences of the body in lower case: of the first five
    sentence starts after the subject (the first line, when a blank line follows it), more in
    lower case than in capitals, a tie going to the body's first letter ('they denied again
    ... we had the 59 on it and the gp⏎⏎Get Outlook for iOS'). Reading stops once the capitals
    have won."""
    start = text.find("\n") + 1
    start = start + 1 if start and text[start : start + 1] == "\n" else 0
    first = text[start : start + 1]
    lower = upper = 0
    if first.isalpha():
        lower, upper = (1, 0) if first.islower() else (0, 1)
    for m in _SENTENCE_START.finditer(text, start):
        if lower + upper == 5 or upper == 3:
            break
        if m.group(1).islower():
            lower += 1
        else:
            upper += 1
    return lower > upper or (lower == upper and first.islower())


def _quoted_lower_pairs(text: str, seen: set[int]) -> list[_Candidate]:
    """'it needs "qw" on it': a lower-case pair in quotes, as the writer was told it, from a
    writer who otherwise writes in capitals and lower case; no word or abbreviation ('"pt"')."""
    found = []
    for quote in _OPENING_PAIR_QUOTES:  # found with str.find: a pattern scan costs more
        at = text.find(quote)
        while at >= 0:
            token = text[at + 1 : at + 3]
            if (
                text[at + 3 : at + 4] in _CLOSING_PAIR_QUOTES
                and token.isascii()
                and token.islower()
                and token[:1].isalpha()
                and token.isalnum()
                and token not in LOWER_CASE_WORDS
                and not (token[0] == "x" and token[1].isdigit())  # '"x2"': a quantity
                and token.upper() in MODIFIERS
                and token.upper() not in NEVER_BARE_MODIFIERS
                and at + 1 not in seen
            ):
                value = token.upper()
                wordlike = value in WORDLIKE_MODIFIERS
                found.append(_Candidate(value, at + 1, at + 3, False, wordlike, lower=True))
            at = text.find(quote, at + 1)
    return found


def _lower_case_pairs(text: str) -> list[_Candidate]:
    """Lower-case modifiers that are no word or abbreviation ('kx', 'cq', 'rt'; not 'pt', 'go').
    They need the evidence a word-like pair needs; one that is no word-like modifier (kx) also
    counts after a verb ('puts kx on')."""
    found = []
    for m in _LOWER_TOKEN.finditer(text):
        token = m.group()
        value = token.upper()
        if value not in MODIFIERS or value in NEVER_BARE_MODIFIERS:
            continue
        if token in LOWER_CASE_WORDS and not (
            _changed_from_a_modifier(text, m.start())
            # 'do we add qs to both': a pair that is a word only in lower case, put on a line
            or (
                value not in WORDLIKE_MODIFIERS
                and (
                    _PLACED_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
                    or _GOES_ON.match(text, m.end()) is not None  # 'does qs go on anything?'
                )
            )
        ):
            continue
        if token[0] == "x" and token[1].isdigit():
            continue  # 'a7037 x1': a quantity
        # A pair that is no word in capitals either counts bare, as KX does: 'and jz since ...'
        wordlike = value in WORDLIKE_MODIFIERS
        found.append(_Candidate(value, m.start(), m.end(), False, wordlike, lower=True))
    return found


def _changed_from_a_modifier(text: str, start: int) -> bool:
    """Whether a lower-case word is what a modifier changes to: 'would it flip from qk to ad'."""
    changed = _FROM_A_PAIR_TO.search(text, max(0, start - 12), start)
    if changed is None:
        return False
    pair = changed.group(1)
    return pair.upper() in MODIFIERS and pair not in LOWER_CASE_WORDS


def modifier_spans(text: str, tokens: list[tuple[int, str]]) -> list[tuple[str, str, list[str]]]:
    """(first, last, the ones between) for each span of one family ('E1 through E4', 'F1–F9'),
    read off the two-character tokens already found: no scan of the text. Only the ends are
    mentions, as only a code range's ends are codes; the ones between go into a note."""
    spans: list[tuple[str, str, list[str]]] = []
    family = [(s, t) for s, t in tokens if t[0].isalpha() and t[1] in "123456789"]
    for (start, first), (end_start, last) in zip(family, family[1:], strict=False):
        if first[0] != last[0] or first[1] >= last[1]:
            continue
        if not _SPAN_SEP.fullmatch(text, start + 2, end_start):
            continue
        values = [f"{first[0]}{n}" for n in range(int(first[1]) + 1, int(last[1]))]
        if all(v in MODIFIERS for v in (first, last, *values)):
            spans.append((first, last, values))
    return spans

def _lower_pair_before(text: str, at: int) -> _Candidate | None:
    """'the rt modifier': a lower-case pair right before the cue word that starts at `at`."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end - 2
    if end == at or start < 0 or (start and text[start - 1].isalnum()):
        return None
    token = text[start:end]
    value = token.upper()
    if not (token.islower() or token.istitle()) or value not in MODIFIERS:
        return None  # 'the rt modifier'; autocorrect's 'the Sl modifier'
    if (
        token.lower() in LOWER_CASE_WORDS
        and text[max(0, start - 4) : start].lower() not in _THE_BEFORE
    ):
        return None  # 'go to modifier 25', 'finger fx modifiers'; not 'the at modifier'
    if value in NEVER_BARE_MODIFIERS or not _MODIFIER_WORD.match(text, at):
        return None
    if _names_the_next(text, at):
        return None  # 'q2 modifier 78 right?': the cue names what follows it
    return _Candidate(value, start, end, False, value in WORDLIKE_MODIFIERS, accepted=True)


def _names_the_next(text: str, at: int) -> bool:
    """Whether the cue word at `at` names the modifier after it ('modifier 78', 'mod XS')."""
    named = _NAMED_AFTER_THE_CUE.match(text, at)
    return named is not None and named.group(1) in MODIFIERS


def _cue_positions(lower: str) -> list[int]:
    """Where 'mod' starts a word (found with str.find, much cheaper than a regex scan)."""
    found, at = [], lower.find("mod")
    while at >= 0:
        if at == 0 or not lower[at - 1].isalpha():
            found.append(at)
        at = lower.find("mod", at + 3)
    return found


def _judge(text: str, c: _Candidate, in_table: list[tuple[int, int]]) -> None:
    left = text[max(0, c.start - 28) : c.start]
    right = text[c.end : c.end + 30]
    if _vetoed(text, c, left, right):
        c.rejected = True
        # 'condition code G0', 'SI J1', 'AF (I48.0)'
        c.labelled = _named_by_a_field(text, c) or _names_a_condition(c, right)
        return
    if c.accepted:
        return
    if left[-6:].lower() == " dash " and _SPOKEN_DASH.search(left):
        c.accepted = True  # dictated: '20610 dash LT', '99214 dash 25 period'
        return
    if not c.numeric and not c.wordlike:  # KX, GY, JW: upper-case, they count bare
        c.accepted = c.bare = True
        return
    words = left.lower().replace("\u2019", "'").split()[-2:]  # that\u2019s -> that's
    if words[-1:] == ["either"]:  # 'wants either 77 or "26 plus 76"': the verb before the choice
        words = left.lower().split()[-3:-1]
    elif len(words) == 2 and words[-1] in ("us", "me") and words[0] in _TELLING:
        words = ["use"]  # 'one payer told us FQ, another told us 93': what they were told to use
    elif words and "," in words[-1] and words[-1].rsplit(",", 1)[-1].isalpha():
        words = [words[-1].rsplit(",", 1)[-1]]  # a CSV field's first word: '…",add 59 to the'
    if "-" in left or "(" in left or "[" in left or '"' in left or "\u201c" in left:
        # read past an opening bracket or quote and a hyphenated prefix: '(or', 'auto-adds',
        # '"the 25 thing"'
        words = [w.rsplit("-", 1)[-1].lstrip('(["\u201c') for w in words]
        if len(words) == 2 and not words[-1] and words[0] in _DETERMINERS:
            words = left.lower().split()[-3:-1]  # 'of the "50"': the quote stood alone
    verb = bool(words) and (
        words[-1] in VERB_WORDS
        or (
            words[-1] in _DETERMINERS
            and len(words) == 2
            and (words[0] in VERB_WORDS or words[0] in _VERBS_BEFORE_AN_ARTICLE)
        )
    )
    if not verb and _quoted(text, c):
        verb = True  # 'with a little "25" printed beside it', 'the facility line says "TC"'
    if len(words) == 2 and words[-1] in ("to", "from") and words[0] in _CHANGE_VERBS:
        verb = True  # 'change to 91', 'switched to XU', 'switched from GT to 95'
    elif len(words) == 2 and words[-1] == "to" and words[0] in _OBJECT_PRONOUNS:
        verb_before = left.lower().split()[-3:-2]
        verb = bool(verb_before) and verb_before[0] in _CHANGE_VERBS  # 'changed it to 52'
    if c.numeric:
        # 'a 26', 'no 26', and 'is it 52 because ...' (a modifier named as the answer)
        article = bool(words) and (
            words[-1] in _DETERMINERS
            or (words[-1] == "it" and len(words) == 2 and words[0] in _IS)
            or (
                len(words) == 2
                and words[-1] == "just"
                and words[0] == "it"
                and left[-12:].lower().endswith(" is it just ")
            )
        )  # 'Do I put 59 or XS on the hernia or is it just 51?'
        c.soft = (
            ((article or verb) and bool(_FOLLOW_OK.match(right)))
            or _asked_about(words, right)
            or (bool(words) and words[-1] in _SEEN and bool(_SEEN_IN_USE.match(right)))
            or words[-2:] in (["exempt", "from"], ["subject", "to"])  # 'exempt from 51'
            # 'asked for 59 on the flap', 'Nobody wants to argue for 58 -- it obviously wasn't'
            or (
                len(words) == 2
                and words[-1] == "for"
                and words[0] in _ASKING_FOR
                and bool(_FOLLOW_OK.match(right))
            )
            or (bool(_SPACED_DASH_AFTER_A_CODE.search(left)) and bool(_FOLLOW_OK.match(right)))
            # 'All lines have 26 since it's the hospital': what claim lines carry
            or (
                bool(words)
                and words[-1] in _CARRYING
                and _LINES_HAVE.search(left) is not None
                and bool(_FOLLOW_OK.match(right))
            )
            # 'The office manager insists on 79 because': the choice someone holds to
            or (
                len(words) == 2
                and words[-1] == "on"
                and words[0] in _INSISTING
                and bool(_FOLLOW_OK.match(right) or _REASON_AFTER.match(right))
            )
            or (left[-3:] == " + " and bool(_CODE_PLUS_BEFORE.search(left)))  # '99285 + 25 legit?'
            or (
                bool(words)
                and words[-1] in _OPINION
                and (bool(_JUDGED.match(right)) or _stated(right))  # 'don't think 93 applies'
            )
            # 'also asked about 56.': what was asked about, not an amount ('about 25 min')
            # 'and the 55 claims from Dr. Lam's office': the claims carrying one side of a split
            or _claims_of_one_side(text, c, left, right)
            # 'For an E/M that's separate from a procedure the answer is 25, and'
            or (
                words == ["answer", "is"]
                and right[:1] in (",", ".", ";")
                and "modifier" in text[max(0, c.start - 200) : c.start].lower()
            )
            # 'someone asked about 58; I don't see why'
            or (words[-2:-1] == ["asked"] and words[-1] == "about" and right[:1] in "?.!;")
            or (right[:1] in " \t" and bool(_NEEDED_ASKED.match(right)))  # '- 59 NEEDED??'
            # '26 only or global for 71046?', 'so 26 only since the hosp owns the machine'
            or (right[:5] == " only" and bool(_ONLY_AFTER.match(right)))
            or _after_a_span_of_modifiers(left)  # 'covers modifiers 22 through 79'
            # 'the 59 our biller added'
            or (words[-1:] == ["the"] and bool(_PLACED_BY_SOMEONE.match(right)))
            # '- 52 obviously doesn't apply', '- 59 isn't relevant;': a choice set aside
            or _set_aside(text, c, right)
            # 'REPROG - 26 ON HOSP OPD?': the question after a spaced dash
            or (left[-3:-1] in _SPACED_DASHES and bool(_ASKED_AFTER_A_DASH.match(right)))
            # 'why not 76,', 'Why not 76: I was told', 'not 58 (nobody planned it)', '(not 73)'
            or (
                bool(words)
                and words[-1] == "not"
                and (
                    right[:1] in "?,;!):"
                    or right[:2] in _NOT_REASON_STARTS
                    or right[:8] in _EITHER_ENDS  # 'and not 77 either, since I did both'
                    # 'Not 79 since it's the same knee' (not 'Not 25 since Monday')
                    or (right[:7] in (" since ", " becaus") and bool(_A_REASON.match(right)))
                )
            )
        )
        c.accepted = (
            c.soft
            or _cued(c, left, right, in_table)
            or (
                right[:4] in (" on ", " off", " ont")  # '79 on the 20610', 'the 59 off the 96110'
                and bool(_ON_A_CODE.match(right) or _ON_A_CLAIM.match(right))
            )
            # a line wrapped before it: 'Answer: 25⏎on the E/M if it's supported'
            or (right[:4] == "\non " and _ON_A_CODE.match(" " + right[1:]) is not None)
            # 'ov has 25 on it': what a visit or a line has on it
            or (bool(words) and words[-1] in _HAVE and _ON_IT_END.match(right) is not None)
            or _called_by_its_name(c.value, left, right)
            # what a row was built with: 'The 25 hard-coded on the ED level (99284) row'
            or _PLACED_ON_A_ROW.match(text, c.end) is not None
            # 'some kind of 26-style split': a kind named by its modifier
            or (right[:1] in _DASH_SET and _A_KIND_OF.match(right) is not None)
            # 'bill for it ourselves, 90⏎goes on the line': a number that goes on something
            or (right[:1].isspace() and _NUMBER_GOES_ON.match(right) is not None)
            or (right[:1] == "?" and _asked_in_a_code_row(left, right))
            # 'a little box that says "RT LT 50"'
            or (('"' in left or "\u201c" in left) and _in_a_quoted_run(text, c))
            # '0450  99284  25' on a pasted claim line: the line's modifier, after its code
            or ((not right or right[:1] in "\r\n") and bool(_CLAIM_LINE_BEFORE.search(left)))
            or _called_a_modifier(text, c, right)
            # 'is 99 in the first position still the way to go': a modifier's place on a line
            or (right[:4] == " in " and _IN_A_POSITION.match(right) is not None)
            # a quiz key's answer columns: 'Key says | I say' over '| 58       | 58'
            or (_in_a_table(left) and _in_an_answer_column(text, c))
        )
        # 'or 59??', 'or just 50?', 'should that be 59?', 'I don't think 58 fits', 'XE rather than
        # 59': named as a choice
        if len(words) == 2 and words[-1] in _ADVERBS_BEFORE_A_CHOICE:
            words = words[:1]
        # 'Does the second block need a modifier … ? Maybe 76?'
        maybe = right[:1] == "?" and bool(words) and words[-1] in _MAYBE
        c.offered = maybe or (
            (bool(words) and words[-1] in _CHOICE_WORDS and bool(_FOLLOW_OK.match(right)))
            or _stated(right)
            or (right[:4] in _IS_THE_STARTS and bool(_JUDGED.match(right)))  # '80 is wrong'
        )
        if not c.offered and words and words[-1] in ("than", "of") and (
            _RATHER_THAN.search(left)
            or _COMPARED_BEFORE.search(left)
            or _MODIFIER_BEFORE_THAN.search(left)
        ):
            # 'rather than 59', 'better than 59', 'retired in favor of 95 plus the POS'
            c.offered = bool(_FOLLOW_OK.match(right)) or right[:6] == " plus "
        if not c.offered and right[:2] in _ASKED_OF_IT_STARTS and _ASKED_OF_IT.match(right):
            c.offered = True  # 'And 51 -- do we add it, or does the payer apply it?'
        if (
            not c.offered
            and right[:2] == " ("
            and left[-2:] == ": "
            and _A_VERDICT_LABEL.search(text, max(0, c.start - 16), c.start) is not None
        ):
            c.offered = True  # 'Out: 50 (not the same joint on both sides).'
        if not c.offered and right.startswith(_MARKED_WORDS) and _MARKED_AFTER.match(right):
            c.offered = True  # a quiz key's '51 wrong, 59 wrong'
        if not c.offered and right[:9] == " between " and _BETWEEN_TWO_CODES.match(right):
            c.offered = True  # '59 between 92134 and 67028: not needed'
        if (
            not c.offered
            and ("-" in left or "\u2013" in left)  # the cheap look first: a chain's hyphen
            and bool(words)
            and (words[-1] in _OFFER_WORDS_DOTTED or (words[-1] == "it" and words[0] == "is"))
        ):
            c.offered = _ATTACHED_OR_BEFORE.search(left) is not None
        if not c.offered and words and words[-1] == "not" and right[:1] == ".":
            c.offered = True  # 'goes to 53 as well, not 52.'
        if not c.offered and len(words) == 2 and words[-1] == "not" and words[0] in MODIFIERS:
            c.offered = bool(_FOLLOW_OK.match(right))  # 'its 79 not 78 since': set against 79
        if not c.offered and right[:9] in (" instead ", " instead,", " instead.", " instead?"):
            c.offered = not _INSTEAD_OF_AMOUNT.match(right)  # 'asked about 79 instead'
        if not c.offered and right[:6] == " seeme" and _SEEMED_JUDGED.match(right):
            c.offered = True  # '59 seemed wrong because it's the same service repeated'
        if not c.offered and right[:3] in _A_QUOTED_NAME_AFTER:
            c.offered = True  # 'pushing for 76 ("repeat procedure by ...")': its name quoted
        if (
            not c.offered
            and left.lower().endswith(_TALKED_ABOUT)
            and _TALKED_ABOUT_END.match(right)
        ):
            c.offered = True  # "We've heard conflicting things about 25.": what was talked of
        if not c.offered and words[-1:] == ["out"] and words[0] in _RULE_WORDS:
            c.offered = bool(_FOLLOW_OK.match(right))  # "I've ruled out 25 - that's for"
        if not c.offered and words[-1:] == ["become"] and _FOLLOW_OK.match(right):
            # 'is 76 still the right repeat modifier or does it become 77?'; not 'Does the POS
            # on our claim become 22 or 11?'
            sentence = text[_clause_start(text, c.start, 120, ".?!\n") : c.start].lower()
            c.offered = "pos" not in sentence and "place of service" not in sentence
        if not c.offered and words in (["set", "aside"], ["set", "aside:"]):
            # 'I set aside 73 because', 'Set aside: 57 (no surgery decision)'
            c.offered = bool(_REASON_AFTER.match(right))
        if not c.offered and words == ["ruled", "out"]:
            c.offered = True  # 'I ruled out 59 between 93306 and 78452 because'
        if not c.offered and words[-1:] in (["off"], ["and"], ["or"]) and _ruled_out(text, c):
            c.offered = bool(_REASON_AFTER.match(right) or _ON_A_LINE_FOR_A_REASON.match(right))
            # 'crossed off 24 (that's for', 'ruled out 91 since that is only for lab tests, and
            # 59 because', 'ruled out: 57 (…), and 59 on the injection (79 already covers it
        if not c.offered and words[-1:] == ["over"] and _PREFERRED_OVER.search(left):
            c.offered = bool(_FOLLOW_OK.match(right))  # 'would XU be the better pick over 59?'
        if not c.offered and words and (
            words[-1] in _NAMING_VERBS
            or words == ["brought", "up"]
            or (c.numeric and words[-1] in _OPINION_VERBS)
        ):
            c.offered = bool(_FOLLOW_OK.match(right))  # 'She also mentioned 58, but', 'brought
            # up 52 and then ruled it out'
        if not c.offered and words[-1:] in (["seen"], ["heard"]) and _NAMED_AFTER.match(right):
            c.offered = True  # 'need a modifier when billed by the EP? I've seen 26 mentioned.'
        if right[:2] == "?)" and _ANYTHING_BEFORE.search(left):
            c.accepted = True  # 'Does 96372 need anything (59?)': the example asked of a line
        if not c.offered and right[:4] == " if " and right[4:5].isalpha():
            c.offered = True  # 'Facility: 74 if after anesthesia induction, 73 if before.'
        if not c.offered and right[:4] == " on " and _PLACED_AS_A_SHARE.match(right):
            c.offered = True  # 'Modifier 24 on 2% of post-op visits; 79 on 0.4% of lines.'
        if not c.offered and words[-1:] and words[-1] in _WANTED and right[:4] == " on ":
            c.offered = bool(_ON_A_PART.match(right))  # 'wanted 58 on the second knee'
        if not c.offered and right[:1] in " \t" and _EXPLAINED_AFTER.match(right):
            c.offered = True  # '25 – that's for an E/M with a procedure'
        if not c.offered and left[-2:] == ", " and right[:1] in ".;" and _answers_a_case(text, c):
            c.offered = True  # 'If a different provider read the second one, 77.'
        if not c.offered and words[-1:] and words[-1] in _HAVE and right[:7] == " there.":
            c.offered = True  # '(The old system had 59 there.)'
        if not c.offered and words[-1:] and words[-1] in _HAVE and right[:1] == "?":
            c.offered = True  # 'or should the office visit have had 59?', beside a modifier
    else:  # 'need RT?', 'with GP.', 'should that be XS instead', not 'billed the MD line'
        c.soft = (
            (verb or (bool(words) and words[-1] in _BE_OR_BECOME))
            and bool(_FOLLOW_OK.match(right))
            # a title after an article is a person or place: 'DO WE BILL THE PT FOR 99397'
            and not (
                c.value in TITLE_PAIRS
                and words[-1] in _DETERMINERS
                # but about a colonoscopy: 'his screening colonoscopies get a PT but ours a 33'
                and not (c.value == "PT" and _about_a_colonoscopy(text))
            )
            and not (c.value in _GUIDANCE and words[-1] in _GUIDED_BY)
            and not _listed_with_a_word(right)  # 'a clinic with PT, OT and speech'
        ) or (  # 'Would XS be better than 59?'; not 'Can a PA be the assistant'
            _asked_about(words, right)
            and not (c.value in TITLE_PAIRS and bool(words) and words[-1] in _DETERMINERS)
        )
        if c.soft and c.value == "ME" and _in_capitals(text, c.start):
            c.soft = False  # 'THESE ONES STILL GET ME.': the pronoun, in capitals
        if not c.soft and words and words[-1] == "about" and _FOLLOW_OK.match(right):
            c.soft = True  # 'said something about XS but'
        if not c.soft and words[-1:] == ["out"] and words[0] in _RULE_WORDS:
            c.soft = bool(_FOLLOW_OK.match(right))  # 'I ruled out SA because that's a state'
        if not c.soft and words[-1:] == ["the"] and _PLACED_BY_SOMEONE.match(right):
            c.soft = True  # 'I agree the XS they appended to it was unnecessary'
        if not c.soft and right[:4] == " too" and _ELLIPTICAL_TOO.match(right):
            if not left.rstrip(" \t") or left.rstrip(" \t")[-1] in ".?!\n":
                c.soft = True  # 'KX goes on every line right? GP too obviously.'
        if not c.soft and left[-3:-1] in _SPACED_DASHES and _SPACED_DASH_AFTER_A_CODE.search(left):
            c.soft = bool(_FOLLOW_OK.match(right))  # '11042 + 97597 \u2013 XS?': asked of the code
        if not c.soft and c.value not in TITLE_PAIRS and _set_aside(text, c, right):
            c.soft = True  # '• FT doesn't apply – there's no global period'
        if not c.soft and words and words[-1] in _NAMING_VERBS and _FOLLOW_OK.match(right):
            c.soft = True  # 'the bulletin still mentions GT for telehealth'
        if not c.soft and words and words[-1] in _ASIDE_WORDS and right[:1] in _ASIDE_ENDS:
            c.soft = True  # 'claims: still GT?', 'G-zero, not GO, the OT one'
        if not c.soft and len(words) == 2 and words[-1] == "for" and words[0] in _FIELD_NOUNS:
            c.soft = bool(_FOLLOW_OK.match(right))  # 'our system has a field for SA.'
        if not c.soft and left[-3:] == " + " and right[:1] == "?":
            c.soft = True  # 'so KX on every line + GP?'
        if not c.soft and words[-1:] == ["not"] and right[:2] in _NOT_REASON_STARTS[1:]:
            c.soft = True  # 'Not AI — that's only for the admitting physician'
        if not c.soft and words in (["set", "aside"], ["set", "aside:"]):
            c.soft = bool(_REASON_AFTER.match(right))  # 'I set aside FT - that's for'
        c.accepted = (
            (c.soft and c.lower and c.value not in WORDLIKE_MODIFIERS)
            or _placed_on_a_line(c, words, right)
            or _cued(c, left, right, in_table)
            or (c.value not in TITLE_PAIRS and _in_a_code_row(text, c, left, right))
            or (not c.lower and _after_a_line_s_code(left, right))  # '45385 PT   COLONOSCOPY'
            or _PLACED_ON_A_ROW.match(text, c.end) is not None  # 'XS hard-coded on 96372'
            # a rental billed by the month: 'so RR every month, never KH/KI/KJ', 'after 13 months
            # of RR,'
            or (
                c.value == "RR"
                and (_MONTHLY_AFTER.match(right) is not None or left.endswith(" months of "))
            )
            # what claim lines carry: 'all lines already have gp.', 'their claims carry FY.'
            or (
                bool(words)
                and words[-1][:2] in ("ha", "ca")
                and c.value not in TITLE_PAIRS
                and _LINES_HAVE.search(left) is not None
                and bool(_FOLLOW_OK.match(right))
            )
            # put on a code: 'RT on 15275? The application codes don't require laterality'
            or (
                right[:4] == " on "
                and not c.lower
                and c.value not in TITLE_PAIRS
                and _ON_A_CODE.match(right) is not None
            )
            # 'a little box that says "RT LT 50"'
            or (('"' in left or "\u201c" in left) and _in_a_quoted_run(text, c))
            or (c.value in _MODIFIER_NAMES and _called_by_its_name(c.value, left, right))
            or _called_a_modifier(text, c, right)
            # a sentence of its own, kept whatever the answer: 'Is that right too? RT either way.'
            or (
                right[:8] in (" either ", " regardl")
                and c.value not in TITLE_PAIRS
                and text[c.start - 2 : c.start] in (". ", "? ", "! ")
                and _WHATEVER_THE_ANSWER.match(right) is not None
            )
            # what it is for: 'FT is for an unrelated E/M or critical care visit'
            or (
                right[:8] == " is for "
                and c.value not in TITLE_PAIRS
                and _DEFINED_FOR.match(text, c.end) is not None
            )
            or (c.value in _SIDE_WORDS and _side_in_brackets(text, c))
            # a ruling's head: 'Ruled out PT: for Medicare I understand PT only comes into play'
            or (
                right[:1] == ":"
                and words[-2:] in (["ruled", "out"], ["ruled", "in"])
                and (c.value not in TITLE_PAIRS or (c.value == "PT" and _about_a_colonoscopy(text)))
            )
            # set aside on the code it would go on: '12002 (no LT, I know a couple of payers'
            or (
                left[-4:] == "(no "
                and right[:1] in (",", ")", ";")
                and c.value not in TITLE_PAIRS
                and c.value != "CT"  # 'no CT, ultrasound only': the scan
                and _NONE_ON_THE_CODE_BEFORE.search(left) is not None
            )
            # a title set aside as a list's item, with no article as a department takes: '- ER
            # doesn't apply; it's a clinic'
            or (c.value in TITLE_PAIRS and _opens_an_item(left) and _set_aside(text, c, right))
            # asked whether to put it on: 'Should I add FT? My understanding is'; PT only about a
            # colonoscopy ('medicare so add PT? or 33 for commercial')
            or (
                c.soft
                and right[:1] == "?"
                and not c.lower
                and (c.value not in TITLE_PAIRS or (c.value == "PT" and _about_a_colonoscopy(text)))
                and bool(words)
                and words[-1] in _PLACING_VERBS
            )
        )
        # 'not XS, just LT if anything': set against the pair before
        instead = len(words) == 2 and words[-1] in ("just", "only") and _a_pair_before(left)
        if len(words) == 2 and words[-1] in _ADVERBS_BEFORE_A_CHOICE:
            words = words[:1]  # 'or just LT?'
        c.offered = c.value not in TITLE_PAIRS and (
            (  # '97140-59 on the 11102 or XS?'
                (instead or (bool(words) and words[-1] in _OFFER_WORDS))
                and bool(_FOLLOW_OK.match(right))
            )
            or _stated(right, _LETTERS_STATING)  # 'GT comes out of the charge master'
            # 'so maybe LT was more accurate'
            or (right[:4] in _IS_THE_STARTS and bool(_JUDGED_AS_A_CHOICE.match(right)))
        )
        if (
            c.value not in TITLE_PAIRS
            and words[-1:] in (["is"], ["was"])
            and _THE_BEST_CHOICE.match(right) is not None
        ):
            c.accepted = True  # weighed as a choice: 'is XS the best choice, or 59?'
            return
    if not c.offered and c.numeric and _IN_OR_OUT.match(right):
        c.offered = True  # 'so 25 is in. 57 is out: simple repairs', 'Agree with 25. 57 n/a,'
    if (
        not c.offered
        and c.numeric
        and left[-2:] in _BULLET_ENDS
        and _LIST_ITEM_BEFORE.search(left) is not None
        and _ruled_at_the_item_s_end(text, c.end)
    ):
        c.offered = True  # '* 59 to get around the denial when …⏎first: RULED OUT.'
    if not c.offered and right[:4] in _NO_LONGER_STARTS and _NO_LONGER.match(right):
        c.offered = True  # '"GT no longer accepted"', '59 is no longer valid there'


def _all_modifiers(slashed: str, value: str) -> bool:
    """Whether the numbers of a slashed run and the one after it are all modifiers ('25 / 59 /'
    before 79), so choices, not counts ('30 / 28 /' before 32)."""
    return value in MODIFIERS and all(
        n in MODIFIERS for n in slashed.replace("/", " ").split()
    )


def _ruled_at_the_item_s_end(text: str, end: int) -> bool:
    """Whether the list item that goes on from `end` (its line, and the next one when that opens
    no other item) is ruled in or out after its text: '… when the hospital's claim lands⏎first:
    RULED OUT. That denial …'"""
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    elif not _OPENS_AN_ITEM_OR_A_BLOCK.match(text, line_end):
        next_end = text.find("\n", line_end + 1)
        line_end = len(text) if next_end < 0 else next_end
    return _RULED_AT_THE_END.search(text, end, line_end) is not None


def _a_pair_before(left: str) -> bool:
    """Whether a modifier's pair in capitals and a comma end the words before ('not XS, just')."""
    words = left.rsplit(None, 1)
    head = words[0].rstrip() if len(words) == 2 else ""
    pair = head[-3:-1]
    return head[-1:] == "," and pair.isupper() and pair in MODIFIERS and not head[-4:-3].isalnum()


def _side_in_brackets(text: str, c: _Candidate) -> bool:
    """Whether a side stands in brackets after its word: 'sphenoidotomy, left only (LT)'."""
    if text[c.start - 1 : c.start] != "(" or text[c.end : c.end + 1] != ")":
        return False
    return _SIDE_WORDS[c.value] in text[max(0, c.start - 24) : c.start].lower()


def _ruled_out(text: str, c: _Candidate) -> bool:
    """Whether the sentence rules out what it lists, before c ('I ruled out 91 since …, and
    59', 'I also crossed off 24', 'Ruled out: 78/79 (…), and 24')."""
    start = _clause_start(text, c.start, 160, (".", "?", "!", "\n\n"))
    return _RULING_OUT.search(text, start, c.start) is not None


def _clause_start(text: str, at: int, reach: int, stops: Iterable[str]) -> int:
    """Where the sentence holding `at` starts: after the last of `stops` before it, at most
    `reach` characters back."""
    start = max(0, at - reach)
    for stop in stops:
        start = max(start, text.rfind(stop, start, at) + len(stop))
    return start


def _listed_with_a_word(right: str) -> bool:
    """Whether a list goes on with a pair of capitals that is no modifier ('PT, OT and
    speech', 'PT/OT'): the pair is an abbreviation among abbreviations."""
    listed = _LISTED_WITH_CAPITALS.match(right)
    return listed is not None and listed.group(1) not in MODIFIERS


def _in_a_code_row(text: str, c: _Candidate, left: str, right: str) -> bool:
    """Whether the pair is a cell of its own right after a code that opens a pasted claim line
    with no header ('67028  RT  1'), or that follows a CMS-1500's printed dates and place of
    service (read from the line's start: '09 15 26  09 15 26   11     29125        LT')."""
    if not _a_cell_of_its_own(left, right):
        return False
    line = text[max(0, c.start - 64, text.rfind("\n", 0, c.start) + 1) : c.start]
    return _CODE_CELL_BEFORE.search(line) is not None


def _after_a_line_s_code(left: str, right: str) -> bool:
    """Whether the pair follows, one blank apart, the code that opens a pasted line, with a wide
    gap or the line's end after it: a statement's '45385 PT   COLONOSCOPY W/ POLYPECTOMY'."""
    if left[-1:] != " " or not (right[:2] == "  " or right[:1] in ("\t", "\r", "\n", "")):
        return False
    head = left[left.rfind("\n") + 1 : -1].strip(" \t")
    return len(head) == 5 and _LINE_CODE.fullmatch(head) is not None


def _in_a_quoted_run(text: str, c: _Candidate) -> bool:
    """Whether the pair is one of a run of modifiers that a quotation holds alone: a form's
    label, 'a little box next to the procedures that says "RT LT 50"'."""
    opening = max(text.rfind('"', max(0, c.start - 24), c.start),
                  text.rfind("\u201c", max(0, c.start - 24), c.start))
    if opening < 0:
        return False
    run = _QUOTED_RUN.match(text, opening)
    return (
        run is not None
        and run.end() > c.end
        and all(
            link in MODIFIERS and link not in _NAMES_OF_OTHER_THINGS and link != "SI"
            for link in _CHAIN_LINK.findall(run.group(1))
        )  # not the remit's 'SI Q1', a status indicator
    )


def _asked_in_a_code_row(left: str, right: str) -> bool:
    """Whether a number asked about ends a pasted line after its code ('99214     25?'): the
    writer's question about the modifier, where a quantity would stand without one."""
    return right[1:].lstrip(" \t?")[:1] in ("\r", "\n", "") and bool(
        _CODE_CELL_BEFORE.search(left)
    )


def _called_by_its_name(value: str, left: str, right: str) -> bool:
    """Whether a number stands by the name of the modifier it is: 'multiple procedure 51',
    'team surgery (66)', '50 (bilateral)', '66 ("team surgery")'."""
    names = _MODIFIER_NAMES.get(value)
    if names is None:
        return False
    before = " ".join(left[-48:].lower().split()).rstrip(_AROUND_A_NAME)  # a name wrapped
    after = right.lower().lstrip(_AROUND_A_NAME)
    if after.startswith(("for ", "is ")):
        after = after[after.index(" ") + 1 :]  # 'UE for purchased used equipment', 'FX for film
        # x-rays', 'PB is wrong patient'
    return any(before.endswith(name) or after.startswith(name) for name in names)


def _placed_on_a_line(c: _Candidate, words: list[str], right: str) -> bool:
    """'Do we put CR on every claim', 'add an AS to anything', 'TennCare wants EP on the
    visit': a verb that places a modifier, the pair, then 'on' or 'to'; or 'the XS goes on the
    17000'. Not a title ('add a PA to the team', 'the PT goes on leave'), unless the pair is put
    on a claim line, which only a modifier is ('AS on every line', 'PT on the anesthesia line')."""
    if right[:4] in (" on ", " is ", " was", " goe", " sta", " are") and _ON_EVERY_LINE.match(right):
        return True  # 'PA assist: AS on every line', 'need PT on the anesthesia line'
    if not words or c.value in TITLE_PAIRS:
        return False
    if len(words) == 2 and words[-1] == "with" and words[0] in _BILLED_WITH:
        return bool(_FOLLOW_OK.match(right))  # "whether it'll be billed with LT?"
    if len(words) == 2 and words[-1] == "line" and words[0] in _ONE_LINE:
        return bool(_FOLLOW_OK.match(right))  # 'one line RT and one line LT', 'each line GP?'
    if _GOES_ON.match(right):
        return True  # 'the XS goes on the 17000', 'GT now only belongs on institutional claims'
    if words[-1] in _ADDING_WORDS and right[1:4] == "on " and _ON_IT.match(right):
        return True  # '11301-79? And XS on it too', "aren't VFC, so no SL on those?"
    if words[-1] == "no" and right[:4] == " on " and _ON_A_CODE.match(right):
        return True  # '25 on the office visit only, and no LT on 17110'
    if not _PLACED_ON.match(right):
        return False
    if words[-1] == "for" and words[0] in _ASKING:
        return True  # 'the payer asked for XS on the second and third shave lines'
    verb = words[0] if len(words) == 2 and words[-1] in _DETERMINERS else words[-1]
    if verb in _THERE_BE and words[-1] in _DETERMINERS:
        return bool(_ON_A_CODE.match(right))  # 'should there be an LT on the 49505?'
    return verb in _PLACING_VERBS


def _stated(right: str, verbs: frozenset[str] = _STATING_VERBS) -> bool:
    """'58 fits', '59 applies here', '58 certainly doesn't', '76 is a repeat by the same
    physician': a number named as the subject of a verb that only a thing takes (numbers of
    things take the plural: '25 fit', '25 don't')."""
    first = right.lstrip()[:1]
    if first not in _STATING_INITIALS:
        return False
    after = [w.lower().rstrip("?.,!;:") for w in right.split(None, 4)[:4]]
    while len(after) > 1 and (after[0] in _ADVERBS or after[0].endswith("ly")):
        after = after[1:]  # '58 certainly doesn't', 'GT now only belongs'
    if not after:
        return False
    if after[0] == "is":
        return len(after) > 1 and after[1] in _THING_AFTER_IS and verbs is _STATING_VERBS
    return after[0] in verbs


def _asked_about(words: list[str], right: str) -> bool:
    """'Is 59 needed?', 'does 25 apply', 'would 26 be correct', 'would a 59 fix it', or the
    statement '78 would apply': a number named as one thing, with an auxiliary verb and a
    predicate."""
    if len(words) == 2 and words[-1] in _ARTICLES and words[0] in AUXILIARY_WORDS:
        words = words[:1]
    if words and words[-1] in AUXILIARY_WORDS:  # 'Is 59 needed?'
        if right[:1] == "/" and right[1:3].isupper():
            right = right[3:]  # 'do RT/LT help': the predicate after the pair's partner
        after = [w.lower().rstrip("?.,!") for w in right.split(None, 3)[:3]]
        if after and after[0] in _ADVERBS:  # 'Would 59 ever be the better choice'
            after = after[1:]
            if after[:1] == ["for"]:
                return True  # 'is GM only for when there's more than one patient'
        if len(after) > 1 and after[0] in _ARTICLES:
            after = after[1:]  # 'is XS the right one'
        if len(after) > 1 and after[0] == "have":  # 'Would XS have made a difference?'
            return after[1] in PREDICATE_WORDS or after[1] in _PARTICIPLES
        if len(after) > 1 and after[0] in _BEARING_VERBS and after[1] not in ("to", "be"):
            return False  # 'does HB need the 25?': what bears a modifier, not one
        if after[:1] == ["enough"]:  # 'or is 51 enough?'; not 'is 25 enough time'
            return bool(_ENOUGH_END.match(right))
        if after[:1] == ["make"]:  # 'or would 76 make more sense?'
            return "sense" in after[1:3]
        return bool(after) and after[0] in PREDICATE_WORDS
    if right.lstrip()[:1].lower() not in _AUXILIARY_INITIALS:
        return False  # the common case, decided without splitting
    after = [w.lower().rstrip("?.,!") for w in right.split(None, 5)[:5]]  # '78 would apply'
    if after and "\u2019" in after[0]:
        after[0] = after[0].replace("\u2019", "'")  # '82 wouldn\u2019t apply'
    if len(after) < 2 or after[0] not in AUXILIARY_WORDS:
        return False
    after = [after[0], *(w for w in after[1:] if w not in _ADVERBS)]  # 'GP is always needed'
    if len(after) < 2:
        return False
    after = after[2:] if after[1] == "be" else after[1:]  # '78 would (be) apply/needed'
    if after and after[0] in _ARTICLES:
        after = after[1:]  # 'XS would be the better choice'
    if after[:1] in (["wrong"], ["right"]) and after[1:2] in (["for"], ["here"], ["because"]):
        return True  # '52 would be wrong for the physician here because'
    return bool(after) and after[0] in PREDICATE_WORDS and after[0] not in _WEAK_PREDICATES


def _cued(c: _Candidate, left: str, right: str, in_table: list[tuple[int, int]]) -> bool:
    """A cue word ('modifier 59', 'the TC portion'), a detached hyphen, or a table column.
    Cheap character tests first: the end-anchored searches are costly on every candidate."""
    if c.value in _PHYSICAL_STATUS and _PHYSICAL_STATUS_WORDS.search(left + right):
        return True  # 'the physical status was P2'; not 'the claim status category P3'
    if in_table and any(s <= c.start < e for s, e in in_table):
        return True
    if left[-1:] in D and (_DETACHED_HYPHEN.search(left) or _in_a_detached_chain(left, right)):
        return True
    if (
        ("od" in left or "OD" in left)
        and _cue_before(left)
        and not _column_heads(left, right)
        # not 'Modifiers: the MD line gets QY?': a title before a noun is the person's
        and (c.value not in TITLE_PAIRS or _FOLLOW_OK.match(right))
    ):
        return True
    if (
        right[:1] == " "
        and left.rsplit(None, 1)[-1:] in (["the"], ["a"], ["an"])
        and _A_KIND_OF_MODIFIER_AFTER.match(right)
    ):
        return True  # 'Do these need the 95 telehealth modifier'
    if not _may_name_modifier(right) or not _CUE_AFTER.match(right):
        return False
    if _names_the_next(right, len(right) - len(right.lstrip(_BEFORE_A_CUE_AFTER))):
        return False  # 'q2 modifier 78 right?', 'return to ED – modifier 27': it names the next
    if c.lower and not _MODIFIER_WORD_AFTER.match(right):
        return False  # 'lt side low back': the left side; 'lt mod' names one
    # A title or place before 'side' or 'portion' is the department: 'on the ED side', 'THE GI
    # SIDE IS BILLING'; and before a field for modifiers: 'Spaces in the ED modifier field'
    return (c.value not in TITLE_PAIRS and c.value != "GI") or (
        bool(_MODIFIER_WORD_AFTER.match(right)) and not _A_FIELD_AFTER.match(right)
    )


def _opens_an_item(left: str) -> bool:
    """Whether a list's bullet opens the line before a candidate: '- ER', '\u2022 PA'."""
    head = left.rstrip(" \t")
    return head[-2:] in _BULLETS and (len(head) < 2 or head[-2] == "\n")


def _in_a_detached_chain(left: str, right: str) -> bool:
    """'someone put “-KX-59” on 97530': modifiers chained with hyphens after a detached one,
    as on a claim line without its code; every link of the chain is a modifier."""
    m = _DETACHED_CHAIN_LEFT.search(left)
    if m is None or not all(link in MODIFIERS for link in _CHAIN_LINK.findall(m.group())):
        return False
    after = _DETACHED_CHAIN_RIGHT.match(right)
    return after is not None and all(
        link in MODIFIERS for link in _CHAIN_LINK.findall(after.group())
    )


def _a_cell_of_its_own(left: str, right: str) -> bool:
    """Whether '|', a tab or a wide gap stands on each side of the candidate (or the line ends)."""
    before = left.endswith("  ") or left.rstrip(" ")[-1:] in ("|", "\t")
    after = right[:2] == "  " or right.lstrip(" ")[:1] in ("|", "\t", "\r", "\n", "")
    return before and after


# 'DX POINTERS     ICD-10'
_HEADER_CELL_AFTER: Final = re.compile(r" [A-Z][A-Z#./]+(?:[ \t]{2,}|\t|$)")


def _column_heads(left: str, right: str) -> bool:
    """Whether the candidate sits between tabs or wide gaps, as a table's header row does
    ('DOS⇥CPT⇥Mod⇥DX⇥Units'): the 'Mod' before it heads a column, it names no modifier."""
    return (left[-1:] == "\t" or left.endswith("  ")) and (
        right[:1] == "\t" or right[:2] == "  " or bool(_HEADER_CELL_AFTER.match(right))
    )


def _cue_before(left: str) -> bool:
    """_CUE_BEFORE.search(left), tried only where 'mod' starts (every match starts there)."""
    low = left.lower()
    if len(low) != len(left):  # lower-casing moved the offsets
        return bool(_CUE_BEFORE.search(left))
    at = low.find("mod")
    while at >= 0:
        if _CUE_BEFORE.match(left, at):
            return True
        at = low.find("mod", at + 1)
    return False


def _may_name_modifier(right: str) -> bool:
    """False when _CUE_AFTER cannot match: its noun does not start where it would."""
    rest = right.lstrip()
    if rest[:1] in _CLOSING_QUOTES or rest[:1] == ")":  # '\u201cHE\u201d modifier', '(TC) portion'
        rest = rest[1:].lstrip()
    if rest[:1] in _DASH_SET:
        rest = rest[1:].lstrip()
    first = rest[:1]
    return bool(first) and (first in "mpcsMPCS" or not first.isascii())


def _vetoed(text: str, c: _Candidate, left: str, right: str) -> bool:
    if c.value == "US" and _us_in_capitals(text, c, left, right):
        return True  # 'HOSPITAL WANTS US ON 0391T-26': the writer and colleagues
    if not c.numeric and right[:2] in ("'s", "\u2019s") and not right[2:3].isalnum():
        return True  # 'needs the TP's presence': a person's, as the PA's or the GP's
    if (
        left[-1:] == "("
        and right[:1] == ")"
        and c.value[0].isalpha()  # not the code's own '(8P)'
        and _QUALITY_CODES_BEFORE.search(left)
    ):
        return True  # 'Quality codes 3074F/3075F (BP)': what the measures are of
    if c.value == "PT" and _A_PATIENT_S_KIND_BEFORE.search(left):
        return True  # 'EST PT LOW', 'New Pt visit': the patient
    if c.value == "II" and _NUMBERED_IN_ROMAN_BEFORE.search(left):
        return True  # 'a critical access hospital (Method II)', 'Category II codes'
    if (
        not c.numeric
        and right[:1] == ":"
        and left[-2:] == "  "
        and left.strip(" \t")
        and "\n" not in left[-3:]
        and _A_HEADER_S_VALUE_AFTER.match(right)
        and "mod" not in left.lower()  # not 'Mods used:  KX: YES'
    ):
        return True  # 'DOS 01/29/2026     FC: COMM': a report header's field (a financial class)
    if c.value == "BP" and not _CUE_AFTER.match(right) and _CATEGORY_II_CODE.search(text):
        return True  # 'Cat II codes for A1c and BP': a blood pressure where quality codes are
    if c.value in _MAC_JURISDICTIONS and "urisdiction" in left and _jurisdiction_named(c, left):
        return True  # 'our DME MAC (Jurisdiction B, (JB))': the jurisdiction, named twice
    if (
        left[-2:] in ("t ", "T ")  # the cheap look first: 'patient ', 'pt '
        and not c.numeric
        and left[left.rfind(" ", 0, len(left) - 1) + 1 : -1].lower() in _PATIENT_WORDS
        and c.value not in _PHYSICAL_STATUS  # 'pt P2': the patient's physical status
    ):
        return True  # '1. Patient AB: the registry put 3074F': a patient's initials
    if c.value in STATES and right[:1] == " " and _STATES_PLACES_AFTER.match(right):
        return True  # 'for our GA and SC clinics': the states of a practice's places
    if c.value == "CC" and "MCC" in text and not _CUE_AFTER.match(right):
        return True  # '(CC/MCC)', '292 (w CC)': a DRG's complication or comorbidity
    if c.value in STATES and right[:3] == " (J" and _JURISDICTION_IN_BRACKETS.match(right):
        return True  # 'Payer: Medicare Part B, GA (JJ)': the state its contractor serves
    if c.value[0] == "U" and c.value[1].isdigit() and _UNITS_AS_U.search(text) is not None:
        return True  # a scrubber's 'U2', 'U1' beside 'U10': units written after a U
    if c.value in _DIABETES_TYPES and right[:1] == " " and _DIABETES_AFTER.match(right):
        return True  # '"T2 diabetes" on the sheet': a type of diabetes, not the second toe's
    if not c.numeric and "ulse" in right and _PULSES_AFTER.match(right):
        return True  # 'absent DP and PT pulses': the dorsalis pedis and posterior tibial pulses
    if not c.numeric and right[:1] == "(" and _UNIT_IN_BRACKETS.match(right):
        return True  # 'GA(wk)  CPT    MOD': a column's measure and its unit (gestational age)
    if (
        c.numeric
        and left[-2:-1] in ("n", "r", "e", "z", "N", "R", "E", "Z")  # 'question ', 'chapter '
        and left[-1:] == " "
        and right[:4] not in (" or ", " vs ", " vs.")
        and left[left.rfind(" ", 0, len(left) - 1) + 1 : -1].lower() in _NUMBERED_ITEMS
    ):
        return True  # 'the answer key for Question 26': a numbered item; not 'question 25 or 59'
    if c.value in _NDC_UNITS and _AN_NDC_UNIT_BEFORE.search(left):
        return True  # 'the unit of measure was “UN” instead of “ML”': an NDC quantity's unit
    if right[:1] in _DASH_SET:
        if _DASH_DIGIT.match(right) and not _in_a_detached_chain(left, right):
            return True  # CO-16, 26-59 outside a code; not '-KX-59'
        compound = _COMPOUND_RIGHT.match(right)
        if compound and compound.group(1).upper() not in MODIFIERS and not _A_KIND_OF.match(right):
            return True  # T1-weighted, L5-S1; not 'FA or F1-type modifiers'
    compound = _COMPOUND_LEFT.search(left) if left[-1:] in D else None
    if (
        compound
        and compound.group(1).upper() not in MODIFIERS
        and not _MODIFIER_WORD.fullmatch(compound.group(1))
    ):
        return True  # 8637-40, Kenalog-40
    if identifier_before_at(text, c.start) and not (
        c.numeric and right[:4] == " if " and left.rstrip().endswith(("claim:", "Claim:"))
    ):  # not 'For our ASC claim: 73 if the procedure was stopped before'
        return True  # POS 22, level 25, Suite 12
    if c.numeric:
        if left[-1:] == " " and _CENTS_AFTER_DOLLARS.search(left) and _CELL_OR_END.match(right):
            return True  # '72 50     1', 'TOTAL 455 50': a print image's dollars and cents
        if left[-5:].lower() == "edit " or left[-6:].lower() == "edit #":
            return True  # 'OCE edit 92 (device-intensive procedure ...)': an edit's number
        if _in_a_table(left) and _in_a_status_column(text, c):
            return True  # '24' under 'POS'
        if (
            left[-1:] in _LIST_ENDS
            # a list first
            and (
                "," in left
                or "and" in left
                or "&" in left
                or "or" in left
                or "than" in left
                or "vs" in left  # 'POS 19 vs 22'
            )
            and _LISTED_AFTER_A_LABEL.search(text, max(0, c.start - 60), c.start)
        ):
            # 'boxes 21, 24, 25, 26 and 33', 'condition code 49 rather than 50': numbers a label
            # names, as 'box 24'
            return True
        if (left[-1:] == "," or right[:1] == ",") and a_csv_field(text, c.start, c.end):
            return False  # '88305,59,1': a field of its own, no decimal part
        if (right[:1] == "/" or left[-1:] == "/") and _a_split(c.value, left, right):
            return True  # 'split the payment 50/50', '80/20'
        if right[:6] == " total" or (
            left[-2:] == "/ "
            and (slashed := _NUMBERS_SLASHED.search(left)) is not None
            and not _all_modifiers(slashed.group(), c.value)
        ):
            return True  # 'minutes were 30 / 28 / 32, 90 total': counts; not '– 25 / 59 / 79?'
        if (left[-1:] == "(" and _PLUS_NUMBER_AFTER.match(right)) or (
            right[:1] == ")" and _NUMBER_PLUS_BEFORE.search(left)
        ):
            return True  # '48 sq cm (25 + 23)': a sum
        if right[:2] == " (" and _DECIMAL_IN_BRACKETS.match(right):
            return True  # 'bill 24 (23.75 rounded up)': an amount, told more exactly
        if (left[-5:].lower() in _LINE_WORDS or left[-6:].lower() == "lines ") and not (
            _LINE_NAMED_BEFORE.search(left)
        ):
            return True  # 'CMS-1500 line 24 - modifier field': a claim's line number
        tail = left[-4:]
        if tail[-1:] in D and tail[-3:-1].upper() in ADJUSTMENT_GROUPS:
            if len(tail) == 3 or not tail[0].isalnum():
                return True  # 'CO-50' in a denial column
        return bool(
            ((tail[-1:] in "$#.,:/" and tail) or "x" in tail or "×" in tail)
            and _NUMBER_GLUE_LEFT.search(left)
            and not (tail[-1:] == "/" and _MODIFIER_BEFORE_SLASH.search(left))
            or (
                (right[:1] in _DECIMAL_MARKS or "/" in right)
                and _NUMBER_GLUE_RIGHT.match(right)
                and not _MODIFIER_AFTER_SLASH.match(right)
            )
            or (
                _unit_after(right)
                and not _a_kind_of_visit(c, left, right)
                and not (left[-5:].lower() in _ONE_OF_A_KIND_BEFORE and _ONE_OF_A_KIND.match(right))
                and not (_CHOICE_QUESTION.match(right) and _CHOICE_BEFORE.search(left))
                and not _claims_of_one_side(text, c, left, right)
            )
            or (
                _range_word_before(left[-12:])
                and not _RATHER_THAN.search(left)
                and not _CHOSEN_AFTER.match(right)
                and not _COMPARED_BEFORE.search(left)
                and not _PREFERRED_OVER.search(left)  # 'would XU be the better pick over 59?'
                and not _MODIFIER_BEFORE_THAN.search(left)  # 'rather see XU than 59'
                and not _after_a_span_of_modifiers(left)  # 'modifiers 22 through 79'
                and not _LETTER_PAIR_AFTER.match(right)  # 'between 59 and XS'
                and not (left.lower().endswith(_TALKED_ABOUT) and _TALKED_ABOUT_END.match(right))
                and not left.lower().endswith("exempt from ")  # 'add-ons are exempt from 51'
            )
            or (left.endswith(("of the ", "of ")) and bool(_PARTITIVE.search(left)))
        )
    if c.value == "GA" and (
        left.lower().split()[-1:] == ["under"]
        or left.endswith(("MAC to ", "MAC or "))
        or _GESTATION_AFTER.match(right) is not None
        or (
            (left[-3:].lower() == "no " or left[-5:].lower() == "same ")
            and not _CUE_AFTER.match(right)
            and _SEDATION.search(text) is not None
            and "ABN" not in text
        )
    ):
        return True  # 'put him under GA', 'going from MAC to GA', 'the primary anesthetic (no
        # GA, just sedation)', 'under the same GA': general anaesthesia; 'at GA 28w4d':
        # gestational age
    if c.value in _STATUS_INDICATORS and "(" in left and _in_a_status_list(text, c.start):
        return True  # 'status indicators (J1, J2, Q1–Q4, N, S, T)'
    if right[:4] == " key" and not right[4:5].isalpha() or right[:5] == " keys":
        return True  # 'Q7 key: 45378-53', 'the F2 key': an answer key's item, a keyboard key
    if c.value in _SPINE_LEVELS and _a_spinal_level(text, c):
        return True  # 'kyphoplasty at T12 (22513) and L1 (22515 add-on)': a vertebra
    if right[:1] == ">" and _X12_COMPOSITE_AFTER.match(right):
        return True  # 'Proc HC>64490>RT': an X12 composite's qualifier, '>' its separator
    if c.value[1].isdigit() and _CLAIM_STATUS_BEFORE.search(left):
        return True  # 'Claim Status Category : F2 (Finalized/Denial)', 'Claim status F2/21'
    if c.value == "GS" and (left[-4:] == "ISA/" or right[:3] in ("/GE", "/ST")):
        return True  # '(ISA/GS stripped)': an X12 envelope's functional group header
    if c.value in _MRI_WEIGHTINGS and _MRI_WORD.search(text, max(0, c.start - 24), c.end + 24):
        return True  # 'after the sagittal T1 and T2 sequences': an MRI sequence's weighting
    if c.value == "UA" and _URINALYSIS_WORD.search(text, max(0, c.start - 16), c.end + 16):
        return True  # '81002 - dipstick UA, no QW': a urinalysis
    if c.value in _USED_AS_A_WORD and _USED_AS_A_WORD[c.value].search(text):
        return True  # 'together with PT? (I believe PT and SLP are combined)', 'Our QA lead
        # says': what the letters name in this message
    if c.value in _SPELLED_OUT and _SPELLED_OUT[c.value] in text.lower():
        return True  # 'a modifier fixes a CB problem' where 'consolidated billing' is written
    if _names_a_condition(c, right):
        return True  # 'paroxysmal AF (I48.0)': the condition the diagnosis codes
    if (
        c.value[0] not in "QP"
        and c.value[1].isdigit()
        and (c.value[0] + "2.") in text  # the cheap look first: a second item
        and _numbers_an_item(text, c)
    ):
        return True  # an audit's findings 'F1.', 'F2.', 'F3.' down its lines, and 'The F2
        # denials' after them: their numbers
    if c.value[0] == "Q" and right[:1] in ".):" and _numbers_a_question(text, c, left):
        return True  # 'Q4. Modifier 51 on G0289?⏎Q5. If the surgeon…': a quiz's questions
    if c.value[0] == "Q" and "\nQ" in text and _a_numbered_question_named(text, c):
        return True  # 'Is Q4 right, or does the second one need 59?' after a quiz's 'Q4.' line
    if c.value == "PA" and (right[:2] == "-C" or _THE_PA.search(left) and "assist" in text):
        return True  # 'A PA-C also assisted', 'AS for the PA': a physician assistant
    if c.value == "UB" and (_UB_FORM_AFTER.match(right) or "facility (" in left.lower()):
        return True  # 'UB lines attached', 'Facility (UB, TC side)': the UB-04 claim form
    if c.value == "TF" and _TRANSFORAMINAL_AFTER.match(right):
        return True  # 'did a tf esi rt l4-5': a transforaminal epidural
    if c.value == "AS" and right[:3] == " IS" and not right[3:4].isalnum():
        return True  # 'keep AS IS?': the phrase
    if c.value in _MODIFIER_FIELDS and (
        left.lower().endswith(_INTO_A_FIELD)
        or left[-3:-1] in _MODIFIER_FIELDS
        or right[1:3] in _MODIFIER_FIELDS
    ):
        return True  # 'with 59 in M2', 'M1 M2 M3 M4' over a claim's modifier fields
    if left[-1:] == "^" and _HL7_CODING_SYSTEM_BEFORE.search(left):
        return True  # 'J3301^^HC|JZ': an HL7 coded element's third part names its coding system
    if left[-1:] == "|" and _in_an_hl7_field(text, c, left):
        return True  # 'FT1|1|||20260814|20260814|CG|': an HL7 transaction type
    if c.value[1].isdigit() and (left[-5:].lower() in _LINE_WORDS or left[-6:].lower() == "lines "):
        return True  # 'on line L1': a claim's line number; not 'the CRNA lines QX?'
    if right[:6] in (" edit ", " edits") and _EDIT_NUMBER_AFTER.match(right):
        return True  # 'CB edit 44': a scrubber's edit, named by its letters
    if right[:1] == "*" and (not left or left[-1:] in "\n~"):
        return True  # 'HL*3*2*PT~': an X12 segment's name
    if c.value[0] == "L" and c.value[1].isdigit() and right[:1] in (" ", "\t"):
        if not left[left.rfind("\n") + 1 :].strip():
            return True  # 'L1  99214  Mod: 25': a claim's line number
    if c.value in _COMPASS and left[-1:] == " " and left[-2:-1].isdigit():
        return True  # '18750 SW BORLAND RD': a street's direction
    if c.value in _STATUS_INDICATORS and (
        _AN_INDICATOR_AFTER.match(right) or left.lower().endswith(_STATUS_BEFORE)
    ):
        return True  # 'the primary J1 procedure', 'shows 92928 as status J1': OPPS indicators
    if right[:1] in " =/" and _A_STATUS_AFTER.match(right):
        return True  # 'PD = paid, DN = denied', 'the PD/DN status': a claim line's status
    if c.value == "PI" and _A_PAYMENT_INDICATOR_AFTER.match(right):
        return True  # 'the LT/RT modifiers and PI J8': an ASC payment indicator and its value
    if (
        (_in_a_table(left) or (left[-1:] == "\n" and right[:1] in (",", "\t", "|")))
        and _in_a_status_column(text, c)
        and not _STATUS_MESSAGE.search(left)
    ):  # and a line's first cell: 'pt,mrn,dos' over 'AB,00413377'
        return True  # 'SI' over 'J1', 'Status' over 'F2': indicators, not modifiers
    if c.value.lower() in _STATUS_HEADS and _a_cell_of_its_own(left, right):
        return True  # the 'SI' or 'PI' header cell itself
    if _a_cell_of_its_own(left, right) and (
        _in_a_header_row(text, c) or _heads_other_values(text, c)
    ):
        # 'M1  M2  M3' or 'Base  TU' heading a pasted table's columns; 'GA' over '32w1d'
        return True
    if right[:1] in "\r\n" or not right:
        line = left[left.rfind("\n") + 1 :].strip(" \t-\u2013\u2014")
        if c.lower and (not line or line.lower().rstrip(",.!") in _CLOSINGS):
            return True  # 'thx⏎tw', 'thanks hv': a lower-case writer's initials
        if _sign_off(text, c):
            return True  # '-- HV' under the message: the sender's initials
    if c.value in STATES and _stated_place(c.value, left, right):
        return True  # Gainesville, GA 30501; Wichita, KS branch; here in GA
    if c.value in STATES and _ends_a_signature_place(text, c, left, right):
        return True  # 'Salina KS' closing a line of the signature
    if left[-1:] == "*" and (right[:1] in ("*", "~") or _X12_SEGMENT_NAME_BEFORE.search(left)):
        # 'CAS*CO*45*28.93~', 'REF*F8 = 2226150123456', 'BHT*…*0612*TH~': an X12 element
        # (modifiers sit in ':' composites)
        return True
    if right[:1] == "(" and _REGISTRY_AFTER.match(right):
        return True  # 'Nadia Farouk, RT(R)(M), CPC': a technologist's registry
    if _POINTER_LETTERS.match(c.value) and (
        _a_diagnosis_pointer(text, c, left, right)
        or "pointer" in text[max(0, c.start - 40) : c.start].lower()
    ):
        # 'GP KX      AB     88 00' under a CMS-1500's lettered diagnoses; 'The pointer on the
        # ECG line is “AB”'
        return True
    if c.value in _PC_TC and _PC_TC_INDICATOR.search(text, max(0, c.start - 3), c.end + 12):
        return True  # 'The MPFS PC/TC indicator is 1': a fee-schedule field's name
    if c.value == "PC" and right[:3] == "/TC":
        return True  # 'Global  PC/TC  Mult': the fee schedule's field, not the wrong-lens PC
    if c.value in _VITAL_SIGNS and _VITAL_VALUE_AFTER.match(right) and _VITALS.search(text):
        return True  # 'BP 88/50, HR 118, RR 24, SpO2 89%': vital signs
    if not c.numeric and _on_an_address_line(text, c):
        return True  # '7120 MANCHESTER RD, ST. LOUIS, MO 63143': a street and a city
    if left[-2:] == ", " and right[:1] in (",", "\n", "\r", "") and _a_credential(text, c):
        return True  # 'Evangeline Stroud-Matsuda, JD, CHC': letters after a name
    if (
        right.startswith(":")
        and (c.wordlike or right[1:2].isalnum())
        # '- AD: that's for', '4. GT: rejected', 'Ruled out PT: for Medicare'
        and not (
            right[1:2] == " "
            and (_BULLET_BEFORE.search(left) or _RULED_BEFORE.search(left[-10:]))
        )
        # 'all lines with GP: 97110 x 2'
        and not _PLACED_BEFORE_LINES.search(left + c.value + right[:3])
    ):
        joined = _MODIFIER_JOINED_BEFORE.search(left)
        if joined is None or joined.group(1) not in MODIFIERS:  # not '- 26 and TC: we own'
            return True  # RE: / PS: / a status 'A7:21' / an X12 qualifier 'HC:J1885'
    if (
        c.value in _MAC_JURISDICTIONS
        and right[:1] == ")"
        and _MEDICARE_BEFORE_A_BRACKET.search(left) is not None
    ):
        return True  # 'Ins: MEDICARE PART B (JD)': the contractor's jurisdiction
    if _may_end_jurisdiction(left):
        low = left.lower()
        if any(w in low for w in _JURISDICTION_WORDS) and _JURISDICTION.search(left):
            return True  # Noridian (JE)
    return bool(c.value[0] == "Q" and _QUARTER_YEAR.match(right))


def _jurisdiction_named(c: _Candidate, left: str) -> bool:
    """Whether 'Jurisdiction' and the pair's own letter stand right before the pair: 'our DME
    MAC (Jurisdiction B, (JB))'."""
    at = left.lower().rfind("jurisdiction ") + 13
    return at >= 13 and left[at : at + 1] == c.value[1] and not left[at + 1 : at + 2].isalpha()


def _a_numbered_question_named(text: str, c: _Candidate) -> bool:
    """Whether the message numbers its questions at lines' starts ('Q3. …', 'Q4. …') and one of
    them is c's value: a question named again in prose ('Is Q4 right?')."""
    numbers = [m.group(1) for m in _QUESTION_NUMBER.finditer(text)]
    return len(set(numbers)) >= 2 and c.value[1:] in numbers


def _numbers_a_question(text: str, c: _Candidate, left: str) -> bool:
    """Whether 'Q5.' starts a line, or follows its list number ('2. Q9. An office visit'), as
    one of several numbered questions ('Q4.', 'Q5.')."""
    line = left[left.rfind("\n") + 1 :]
    if _LIST_NUMBER.fullmatch(line) is None:
        return False
    return any(
        m.group(1) != c.value[1]
        for m in _QUESTION_NUMBER.finditer(text)
        if m.start(1) != c.start + 1
    )


def _numbers_an_item(text: str, c: _Candidate) -> bool:
    """Whether three or more lines start with items numbered with c's letter ('F1.', 'F2.',
    'F3.'), c's among them; not the physical statuses 'P1.', 'P2.' (_numbers_a_question and
    _a_numbered_question_named read 'Q')."""
    numbers = {m.group(2) for m in _ITEM_NUMBER.finditer(text) if m.group(1) == c.value[0]}
    return len(numbers) >= 3 and c.value[1] in numbers


def _in_a_status_list(text: str, start: int) -> bool:
    """Whether the candidate is in brackets opened right after 'status indicators' or 'SIs'."""
    left = text[max(0, start - 60) : start]
    opened = left.rfind("(")
    if ")" in left[opened:] or "\n" in left[opened:]:
        return False
    words = left[:opened].lower().split()
    return " ".join(words[-2:]) in _STATUS_LIST_HEADS or words[-1:] in _STATUS_LIST_WORDS


def _a_split(value: str, left: str, right: str) -> bool:
    """Whether a number and the one across a slash share a hundred ('50/50', '80/20')."""
    if right[:1] == "/" and right[1:3].isdigit() and not right[3:4].isdigit():
        return int(value) + int(right[1:3]) == 100
    if left[-1:] == "/" and left[-3:-1].isdigit() and not left[-4:-3].isalnum():
        return int(value) + int(left[-3:-1]) == 100
    return False


def _a_diagnosis_pointer(text: str, c: _Candidate, left: str, right: str) -> bool:
    """Whether two pointer letters ('AB') stand in a claim line's pointer cell: in a message
    that letters its diagnoses ('A. M17.12   B. M25.662'), after '24E' or right before the
    line's charge, where a CMS-1500 puts the pointer."""
    if not (left.endswith("24E ") or _CHARGE_AFTER.match(right)):
        return False
    return bool(_LETTERED_DIAGNOSIS.search(text)) and "B." in text


def _a_credential(text: str, c: _Candidate) -> bool:
    """Whether the pair is one of the credentials after a name that opens its line ('Jane
    Doe, JD, CHC', 'Ann Lee, RN, CPC')."""
    line_start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    return bool(_NAME_AND_CREDENTIALS.fullmatch(text, line_start, len(text) if end < 0 else end))


def _on_an_address_line(text: str, c: _Candidate) -> bool:
    """Whether the pair stands on a line that ends with a state and a ZIP code, as an address
    does ('7120 MANCHESTER RD, ST. LOUIS, MO 63143')."""
    end = text.find("\n", c.end)
    if end < 0:
        end = len(text)
    tail = text[max(c.end, end - 16) : end].rstrip()
    if not tail[-5:].isdigit() and not (tail[-4:].isdigit() and tail[-5:-4] == "-"):
        return False  # the common case: no ZIP at the line's end
    m = _STATE_ZIP_END.search(tail)
    return m is not None and m.group(1) in STATES


def _in_an_hl7_field(text: str, c: _Candidate, left: str) -> bool:
    """Whether the pair is a field of an HL7 segment ('FT1|…|CG|') other than the one after a
    procedure code ('11721^^CPT|Q8')."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if text.startswith("FT1|", line_start) and text.count("|", line_start, c.start) == 6:
        return True  # FT1-6, the transaction type ('CG' charge), even pasted without its header
    if not _HL7_SEGMENT.match(text, line_start) or "MSH|" not in text:
        return False  # a pasted HL7 message starts with its header segment
    return not left[:-1].upper().endswith(("CPT", "HCPCS", "HC", "C4"))


# a coded element's code and text before its third part: '|J3301^^', '~I10^Essential HTN^'
_HL7_CODING_SYSTEM_BEFORE: Final = re.compile(r"[|~][0-9A-Za-z.]+\^[^|^~\n]*\^$")
_SIGNED_AFTER_A_SENTENCE: Final = re.compile(r"[.!?][ \t]+[-\u2013\u2014]$")


def _sign_off(text: str, c: _Candidate) -> bool:
    """Whether a letter pair stands alone on one of the last five lines of the text (after an
    optional dash), as a sender signs with initials above a signature block, or ends a sentence
    after a dash as the initials of a name the text holds ('From: Vinh Pham ... Please make
    sure it's billed right. -VP')."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if text[line_start : c.start].strip(" \t-\u2013\u2014") and not (
        c.value.isalpha()
        and _SIGNED_AFTER_A_SENTENCE.search(text, line_start, c.start)
        and re.search(rf"\b{c.value[0]}[a-z]+[ \t]+(?:[A-Z]\.?[ \t]+)?{c.value[1]}[a-z]", text)
    ):
        return False
    lines_after = 0
    for line in text[c.end :].split("\n")[1:]:  # the candidate's own line first: skipped
        lines_after += bool(line.strip())
        if lines_after > 4:  # stop at the fifth line with text after it, unless the name
            return _initials_of_the_name_below(text, c)  # below has the pair's initials
    return True


def _initials_of_the_name_below(text: str, c: _Candidate) -> bool:
    """Whether the first line with words below the pair begins with a name whose initials the
    pair is: 'HV⏎—⏎Héctor Villaseñor, MD, FACC'."""
    for line in text[c.end :].split("\n")[1:4]:
        words = line.strip(" \t-\u2013\u2014\r").split()
        if words:
            return (
                len(words) >= 2
                and words[0][:1] == c.value[0]
                and words[1][:1] == c.value[1]
                and words[0][1:2].islower()
            )
    return False


def _stated_place(state: str, left: str, right: str) -> bool:
    """Whether a state code is written as a place: before one of its ZIP codes or its programs
    ('GA Medicaid'), after a place name and a comma unless a verb follows ('For Medicare, GA is
    required'), or after 'in' or 'of' ('here in GA?', 'bcbs of GA')."""
    zip_code = _ZIP_AFTER.match(right)
    if zip_code is not None:
        return may_be_zip(state, zip_code.group().strip())
    if right[:1] == " " and _STATE_PROGRAM_AFTER.match(right):
        return True  # 'GA Medicaid', 'TX Medicaid': the state's program
    if left[-1:] == "(" and left[:-1].rstrip().lower().endswith("state"):
        return True  # 'commercial payers in our state (GA) want it'
    if left[-1:] == "\n" and left.rstrip()[-1:] == ",":
        left = left.rstrip() + " "  # a line wrapped after the city: 'at our Savannah,⏎GA office'
    if left[-1:] not in ", \t":
        return False
    words = left.lower().split()[-3:]
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        words = words[:-1]  # 'in western KS'
    if words and words[-1] == "in":
        return True  # 'here in GA?'
    if words and words[-1] == "of" and (len(words) < 2 or words[-2] not in _OF_MODIFIER):
        return True  # 'bcbs of GA', not 'instead of GA' or 'use of GA'
    if words and words[-1] == "from" and not _CHANGED_TO.match(right):
        return True  # 'just moved up from GA and', not 'switched from GA to GZ'
    return bool(_CITY_BEFORE.search(left)) and not _VERB_AFTER.match(right)


def _ends_a_signature_place(text: str, c: _Candidate, left: str, right: str) -> bool:
    """Whether a state code ends a line after a capitalised word ('Prairie Sage Clinic | Salina
    KS', 'LEXINGTON KY') on one of the last five lines of the text, where signatures are."""
    if right[:1] not in ("\r", "\n", "") and right.lstrip(" \t")[:1] not in ("\r", "\n", ""):
        return False
    if not _CAPITALISED_BEFORE.search(left):
        return False
    return text.count("\n", c.end) - text.count("\n\n", c.end) <= 5


def _unit_after(right: str) -> bool:
    if right[:1] in _DASH_SET and _A_KIND_OF.match(right):
        return False  # 'some kind of 26-style split': a kind named by its modifier
    after = right.lstrip(" ") if not right.startswith(_D_CHARS) else right
    first = after[:1]
    if first.isspace():  # the pattern's optional blank: the unit starts after it
        first = after[1:2]
    # _UNIT_AFTER needs the first letter of a unit word (any case), '%' or a dash; a non-ASCII
    # character may fold to one (µ, K) and goes to the pattern.
    if not first or (first.isascii() and first.lower() not in _UNIT_INITIALS and first != "-"):
        return False
    if first in "iI" and _IN_A_MONTH.match(after):
        return True  # 'we sent 58 in October': a count over a month
    return bool(_UNIT_AFTER.match(after)) and not (
        first in "pP" and _PER_A_SOURCE.match(after.lstrip())
    )


def _range_word_before(tail: str) -> bool:
    if not tail[-1:].isspace():
        return False
    word_end = tail.rstrip()
    if word_end.isascii() and not word_end.lower().endswith(_RANGE_WORDS):
        return False
    return bool(_RANGE_WORDS_LEFT.search(tail))


def _may_end_jurisdiction(left: str) -> bool:
    """False when _JURISDICTION cannot match: before an optional final '(' and blanks, a name
    ends in c, n, s, o or t, 'is' in s, and the words that may follow a name in y, a, n or r."""
    if left.endswith("("):
        left = left[:-1]
    left = left.rstrip()
    if left[-2:-1] == " " and "A" <= left[-1:].upper() <= "L":
        return True  # 'Jurisdiction D (JD)', 'dme mac jurisdiction b (jb)'
    return left[-1:] in _JURISDICTION_LAST_LETTERS


def _spread(
    text: str,
    candidates: list[_Candidate],
    attached: set[str],
    taken: list[tuple[int, int]],
    code_starts: list[int],
) -> None:
    live = [c for c in candidates if not c.rejected]
    if not _may_spread(text, live, attached, taken):
        return
    groups = _groups(text, live)
    _cases_of_a_choice(text, live)
    conditions = {c.value for c in candidates if c.labelled and c.value in _CONDITION_PAIRS}
    bounds: list[int] = []
    # Up to three rounds; acceptance only grows, so a round that accepts nothing new ends it.
    for _ in range(3):
        accepted = sum(c.accepted for c in live)
        established = attached | {c.value for c in live if c.accepted}
        for group in groups:
            if len(group) < 2 or all(c.accepted for c in group):
                continue
            if (
                any(c.accepted for c in group)
                or not all(c.wordlike for c in group)
                or all(c.lower and c.value not in TITLE_PAIRS for c in group)  # 'rr and kx'
            ):
                for c in group:  # not a title before a name: 'GC/CT NAAT', nor a department
                    c.accepted = c.value not in TITLE_PAIRS or (  # 'off-campus ED - ER modifier'
                        _follow_ok(text, c)
                        and not _DEPARTMENT_BEFORE.search(text, max(0, c.start - 16), c.start)
                        # nor the one a modifier goes on: 'Is QK on the MD and QX on the CRNA'
                        and not _A_PERSON_BEFORE.search(text, max(0, c.start - 12), c.start)
                    )
                continue
            # word-like pairs joined to each other ('RT/LT', 'GO and GP') near a modifier or
            # a code; titles joined so ('MD/PA', 'ER or ED') are people and places
            if not any(c.value in TITLE_PAIRS or c.value in conditions for c in group):
                if not bounds:
                    bounds = _sentence_ends(text)
                if _near_a_modifier(text, group[0], live, bounds, taken, code_starts):
                    for c in group:
                        c.accepted = True
        for c in live:
            if c.accepted:
                continue
            if c.value in established and (not c.numeric or c.soft or _follow_ok(text, c)):
                c.accepted = c.firm = True  # named again: 'RH' in a Mod column, then 'not RH?'
            elif c.wordlike and c.value not in TITLE_PAIRS and _after_attached(text, c, taken):
                c.accepted = True  # '97140-59 or XS'
            elif (
                (c.value in _KIN and _joins_its_kin(text, c, live, taken))
                or (
                    c.value in _ANESTHESIA_WORDLIKE
                    and _anesthesia_claim(text, established, code_starts)
                )
                or (c.value in _ORIGIN_DESTINATION and _ambulance_claim(text, code_starts))
                # an ambulance's own situations, not a place: 'a neighboring service tells me
                # they use QL', 'I believe GM goes on both claims'
                or (c.value in _ON_BOARD and "ambulance" in text.lower())
                # a state-supplied vaccine's: 'Same SL on the VFC doses, I assume.'
                # 'go out at $0.00 with SL, or not at all?'
                or (
                    c.value == "SL"
                    and (c.soft or text.startswith(" on ", c.end))
                    and _vaccines(text)
                )
                or _an_origin_destination_pair(text, c.start, c.value)  # 'the NH'
                or (  # 'SH' under 'O/D'
                    c.value in _NO_WORD_IN_MIXED_CASE
                    and _under_an_origin_destination_head(text, c.start, c.value)
                )
                or (c.value == "TC" and "26" in established)  # 'the hospital bills the TC'
                # a digit's modifier named after its digit: 'Left 2nd toe is T1', 'thumb (FA)'
                or (_KIN.get(c.value) in ("T", "F") and _after_its_digit(text, c))
                # a state's letters said of a trip: 'Run 1 (nursing facility to hospital ED):
                # you said NH.'
                or (c.soft and c.value in _STATE_TRIPS and _ambulance_claim(text, code_starts))
            ):
                c.accepted = True
            elif c.numeric and _a_second_party_s(text, c, live):
                c.accepted = True  # 'Do we bill 54 and the optometrist 55?'
            elif c.numeric and _an_item_like_the_last(text, c, live):
                c.accepted = True  # 'QS for MAC, G8 or G9 when it qualifies, 23 for unusual'
            elif c.value in _SPLIT_BETWEEN_PARTIES and _on_each_party_s_side(text, c, live):
                c.accepted = True  # '55 ON THEIR SIDE AND 54 ON OURS'
            elif (
                c.numeric
                and text[c.start - 5 : c.start] == "with "
                and _after_a_parallel_clause(text, c, live, _WITH_ONE_THEN_WITH, reach=50)
            ):
                c.accepted = True  # 'Surgeon bills with 54, optometrist with 55'
            elif _placed_like_the_last(text, c, live):
                c.accepted = True  # 'appending the CT modifier to those scans, and FX on the'
            elif c.offered and c.numeric and _CODE_OR_BEFORE.search(text, max(0, c.start - 14), c.start):
                c.accepted = True  # 'G0289 or 59?': a code or a modifier, the choice asked
            elif (
                c.wordlike
                and not c.numeric
                and c.value in _MODIFIER_NAMES
                and not c.offered
                and _a_name_written(text, c.value)
            ):
                if not bounds:  # 'Or is FY the one for computed radiography?'
                    bounds = _sentence_ends(text)
                c.accepted = _named_beside(text, c, bounds) or (
                    c.soft and _near_a_modifier(text, c, live, bounds, taken, code_starts)
                )
            elif (c.wordlike and c.soft) or c.offered:
                if not bounds:
                    bounds = _sentence_ends(text)
                codes = code_starts if not c.offered else []  # a number needs a modifier
                c.accepted = _near_a_modifier(text, c, live, bounds, taken, codes) or (
                    c.offered and c.value in _MODIFIER_NAMES and _named_beside(text, c, bounds)
                )
        if sum(c.accepted for c in live) == accepted:
            return


def _a_name_written(text: str, value: str) -> bool:
    """Whether the message writes one of a word-like modifier's names anywhere."""
    low = text.lower()
    return any(name in low for name in _MODIFIER_NAMES[value])


def _named_beside(text: str, c: _Candidate, bounds: list[int]) -> bool:
    """Whether c's sentence calls a number offered as a choice by its modifier's name ('She was
    not a co-surgeon, so I don't think 62 applies'); a pronoun's letters only by the name beside
    them ('HE (mental health program) is also required', not 'HE said the … program')."""
    if c.value in _NO_WORD_IN_MIXED_CASE:
        left, right = text[max(0, c.start - 48) : c.start], text[c.end : c.end + 40]
        return _called_by_its_name(c.value, left, right)
    i = bisect.bisect_right(bounds, c.start)
    sentence = text[bounds[i - 1] if i else 0 : bounds[i] if i < len(bounds) else len(text)]
    return any(name in sentence.lower() for name in _MODIFIER_NAMES[c.value])


def _after_a_span_of_modifiers(left: str) -> bool:
    """'modifiers 22 through 79': the second end of a span of modifiers named by number (the
    word looked for first, as for every cue)."""
    return ("od" in left or "OD" in left) and bool(_MODIFIER_SPAN_BEFORE.search(left))


def _set_aside(text: str, c: _Candidate, right: str) -> bool:
    """'52 obviously doesn't apply', '59 isn't relevant', 'FT doesn't apply': a choice set aside
    (the negation looked for first: the pattern is rarely needed)."""
    end = c.end
    if right[:2] == " (":  # '90 (reference lab) doesn't apply': its name in brackets first
        close = text.find(")", end, end + 40)
        if close > 0:
            end = close + 1
            right = text[end : end + 30]
    return (
        right[:1] in " \t"
        and ("n't" in right or "n\u2019t" in right or " not " in right or " never " in right)
        and bool(_SET_ASIDE.match(text, end))
    )


def _called_a_modifier(text: str, c: _Candidate, right: str) -> bool:
    """'52 is the right physician modifier', 'CS was the COVID-era cost-sharing waiver
    modifier'."""
    if right[:4] == " as " and _AS_A_MODIFIER.match(right):
        return True  # 'ED as a modifier would mean residential': named as one
    if text[c.start - 1 : c.start] in _OPENING_PAIR_QUOTES and _QUOTED_AND_ASKED.match(text, c.end):
        return True  # 'a note "82 – no qualified resident available". Is that also a modifier?'
    if right[:8] == " in the " and _IN_A_MODIFIER_FIELD.match(text, c.end):
        return True  # 'it has RT in the first modifier position'
    if right[:4] in (" or ", " and") and _OTHER_MODIFIERS_AFTER.match(text, c.end):
        return True  # 'whether TA or any of the other toe modifiers go on 11721'
    if text[c.start - 1 : c.start] == " " and text[c.start - 2 : c.start - 1] in _BOX_ENDS:
        line_start = text.rfind("\n", 0, c.start) + 1  # a superbill's row of boxes to tick
        return _BOXES_OF_MODIFIERS.fullmatch(text, line_start, c.start) is not None
    return right[:4] in _IS_THE_STARTS and bool(_IS_THE_MODIFIER.match(text, c.end))


def _joins_its_kin(
    text: str, c: _Candidate, live: list[_Candidate], taken: list[tuple[int, int]]
) -> bool:
    """Whether c is a modifier because one of its family stands near: a telehealth number only
    where a modifier is put, a lower-case pair only where a modifier may stand (not 'separate lt
    great toe')."""
    if c.numeric and _KIN[c.value] in _PLACED_KIN and not _kin_number_placed(text, c):
        return False
    if c.lower and not _follow_ok(text, c):
        return False
    return _kin_nearby(text, c, live, taken)


def _claims_of_one_side(text: str, c: _Candidate, left: str, right: str) -> bool:
    """Whether 'the 55 claims' are the claims carrying one side of a split the message names
    the other side of ('Our coder put 54 on both eyes, and the 55 claims from Dr. Lam's
    office'), not a count of claims."""
    partner = _SPLIT_PARTNERS.get(c.value)
    return (
        partner is not None
        and left[-4:].lower() == "the "
        and right[:6] in (" claim", " bills", " bill ", " line ", " lines")
        and re.search(rf"(?<![0-9A-Za-z.,$]){partner}(?![0-9A-Za-z])", text) is not None
    )


def _kin_number_placed(text: str, c: _Candidate) -> bool:
    """Whether a number stands where a modifier is put ('90834 with 93 when it's audio only and
    95 when we're on video', 'POS 10 + 95', 'Audio-only = 93'), not where a count or a score is
    ('we saw 93 of them', 'the score was 93 on the PHQ')."""
    if text.startswith(" for ", c.end) and _FOR_A_MODE_AFTER.match(text, c.end):
        return True  # '95 for video, 93 for audio-only': each for how the visit was held
    before = _KIN_NUMBER_BEFORE.search(text, max(0, c.start - 12), c.start)
    if before is None:
        return _a_kind_of_visit(c, text[max(0, c.start - 4) : c.start], text[c.end : c.end + 12])
    return _follow_ok(text, c)


def _a_kind_of_visit(c: _Candidate, left: str, right: str) -> bool:
    """'does that make it a 93 visit': a telehealth number naming the kind of one visit."""
    return (
        _KIN.get(c.value) == "telehealth"
        and left.lower().endswith(" a ")
        and bool(_ONE_VISIT_AFTER.match(right))
    )


def _kin_nearby(
    text: str, c: _Candidate, live: list[_Candidate], taken: list[tuple[int, int]]
) -> bool:
    """Whether an accepted modifier of c's family stands within reach, on its own or attached
    to a code ('TA vs T5 ... T4', 'C9600-RC? ... it would be LC')."""
    family = _KIN[c.value]
    return any(
        o.accepted
        and o.value != c.value
        and _KIN.get(o.value) == family
        and abs(o.start - c.start) <= _KIN_REACH
        for o in live
    ) or any(
        abs(s - c.start) <= _KIN_REACH
        and _KIN.get(text[s:e].upper()) == family
        and text[s:e].upper() != c.value
        for s, e in taken
    )


_TRANSPORT_WORDS: Final = ("destination", "ambulance", "transport", "trip")


def _a_second_party_s(text: str, c: _Candidate, live: list[_Candidate]) -> bool:
    """Whether a number ends a clause that repeats the last one's verb for another party: 'Do
    we bill 54 and the optometrist 55?'"""
    if text[c.end : c.end + 1] not in ("?", ".", ","):
        return False
    return _after_a_parallel_clause(text, c, live, _A_SECOND_PARTY)


def _after_a_parallel_clause(
    text: str, c: _Candidate, live: list[_Candidate], clause: re.Pattern[str], reach: int = 40
) -> bool:
    """Whether the clause before a candidate (within `reach` characters), as `clause` reads it,
    holds (group 1) an accepted modifier."""
    before = clause.search(text, max(0, c.start - reach), c.start)
    return before is not None and _accepted_at(live, before.start(1))


def _on_each_party_s_side(text: str, c: _Candidate, live: list[_Candidate]) -> bool:
    """Whether two numbers joined by 'and' are each put on one party's side of a split: '55 ON
    THEIR SIDE AND 54 ON OURS', 'bill 54 on ours and 55 on the optometrist's'."""
    if _ON_A_PARTY.match(text, c.end) is None:
        return False
    return any(
        o is not c
        and o.value in _SPLIT_BETWEEN_PARTIES
        and _ON_A_PARTY.match(text, o.end) is not None
        and _A_PARTY_S_SIDE_AND.fullmatch(text, min(c.end, o.end), max(c.start, o.start))
        is not None
        for o in live
    )


def _placed_like_the_last(text: str, c: _Candidate, live: list[_Candidate]) -> bool:
    """Whether a pair is put on something ('FX on the x-rays') in a clause joined by 'and' to
    one that placed an accepted modifier ('appending the CT modifier to those scans, and') or
    put one on something else ('a 53 on the professional claim and 74 on the facility side')."""
    if text[c.end : c.end + 4] != " on " or text[c.start - 4 : c.start] != "and ":
        return False
    return _after_a_parallel_clause(
        text, c, live, _PLACED_IN_THE_CLAUSE_BEFORE, reach=90
    ) or _after_a_parallel_clause(text, c, live, _ON_ONE_THING_AND, reach=60)


def _after_its_digit(text: str, c: _Candidate) -> bool:
    """Whether a toe's or a finger's modifier stands right after the digit it names: 'the left
    second toe (T1)', 'Left 2nd toe is T1', 'thumb = FA'; not a spinal level ('T1 and T2')."""
    before = text[max(0, c.start - 24) : c.start]
    found = _DIGIT_NAMED_BEFORE.search(before)
    if found is None:
        return False
    return ("T" if found.group(1).lower().startswith(("toe", "hal")) else "F") == c.value[0]


def _vaccines(text: str) -> bool:
    """Whether the message is about vaccines, where SL (a state-supplied vaccine) is a modifier."""
    low = text.lower()
    return "vaccin" in low or "vfc" in low


def _accepted_at(live: list[_Candidate], start: int) -> bool:
    """Whether an accepted modifier candidate starts at `start`."""
    return any(o.start == start and o.accepted and not o.rejected for o in live)


def _cases_of_a_choice(text: str, live: list[_Candidate]) -> None:
    """Numbers offered case by case in one sentence are modifiers: '73 if the procedure was
    stopped before anesthesia, 74 if after.'"""
    cases = [c for c in live if c.offered and c.numeric and text.startswith(" if ", c.end)]
    for a, b in zip(cases, cases[1:], strict=False):
        if b.start - a.end < 120 and not _SENTENCE_END.search(text, a.end, b.start):
            a.accepted = b.accepted = True


def _an_item_like_the_last(text: str, c: _Candidate, live: list[_Candidate]) -> bool:
    """Whether a number says what it is for in a list whose last item opened with a modifier
    the same way: 'QS for monitored anesthesia care, G8 or G9 when the case qualifies, 23 for
    unusual anesthesia', 'IS IT MOD 55 FOR THEM AND 54 FOR US?'; '7. 76 is a repeat by the same
    physician, 77 by a different one'."""
    after = text[c.end : c.end + 5].lower()
    if after != " for " and not (after[:4] == " by " and text[c.start - 2 : c.start] == ", "):
        return False
    if text[c.start - 2 : c.start] != ", ":
        return _after_a_parallel_clause(text, c, live, _FOR_THEM_AND)
    item = max(text.rfind(ch, 0, c.start - 2) for ch in ",;:\n") + 1
    while text[item : item + 1] in (" ", "\t"):
        item += 1
    marker = _LIST_MARKER.match(text, item)  # '7. 76 is a repeat'
    return _accepted_at(live, item if marker is None else marker.end())


def _ambulance_claim(text: str, code_starts: list[int]) -> bool:
    """Whether the message is about an ambulance claim, where the origin/destination letters
    are modifiers ('That leg we billed HN', 'the pairs are NJ / JN'): it names a ground
    ambulance code (A0425-A0436), or an origin and a destination, an ambulance, a transport or a
    trip."""
    if any(text[s : s + 3] == "A04" for s in code_starts):
        return True
    low = text.lower()  # 'the origin is E and a trip to the ED is EH, never NH'
    return "origin" in low and any(word in low for word in _TRANSPORT_WORDS)


def _anesthesia_claim(text: str, established: set[str], code_starts: list[int]) -> bool:
    """Whether the message is about an anesthesia claim, where P1-P6, G8 and G9 are modifiers:
    it names an anesthesia modifier ('00142-QZ-QS ... and P3 on top?') or an anesthesia code
    (00100-01999)."""
    if not established.isdisjoint(_ANESTHESIA_MODIFIERS):
        return True
    return any(
        text[s : s + 1] == "0" and text[s + 1 : s + 2] in ("0", "1") and text[s : s + 5].isdigit()
        for s in code_starts
    )


def _after_attached(text: str, c: _Candidate, taken: list[tuple[int, int]]) -> bool:
    """Whether c is joined by a coordination to a modifier attached to a code just before it
    ('should it be 97140-59 or XS')."""
    return any(
        end <= c.start and c.start - end <= 16 and _coordinated(text, end, c.start)
        for _, end in taken
    )


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end; the dot of a list number ('2. Does it need RT?') ends none."""
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        at = m.start()
        if text[at] == ".":
            line_start = text.rfind("\n", 0, at) + 1
            if text[line_start:at].strip().isdigit():
                continue
            if text[max(0, at - 4) : at].lower().endswith(_TITLES_BEFORE_A_DOT):
                continue  # 'if Dr. Halvorsen had read both': a title, not a sentence's end
        elif ends and not text[ends[-1] : at].strip():
            ends[-1] = m.end()  # 'staged.⏎⏎If': one end, not an empty sentence after the dot
            continue
        ends.append(m.end())
    return ends or [len(text)]


def _may_spread(
    text: str, live: list[_Candidate], attached: set[str], taken: list[tuple[int, int]]
) -> bool:
    """False when no open candidate can be accepted in a first round, and so in any: none is a
    soft word-like pair or an offered one, none has the value of an established modifier, none
    is joined to a neighbour (the only groups it could belong to) or to an attached modifier."""
    established = None
    for i, c in enumerate(live):
        if c.accepted:
            continue
        if (c.wordlike and c.soft) or c.offered:
            return True
        if c.wordlike and taken and _after_attached(text, c, taken):
            return True
        if c.numeric and text[c.end : c.end + 5].lower() == " for ":
            return True  # an item like the last: '…, 23 for unusual', '… AND 54 FOR US'
        if text[c.end : c.end + 4] == " on " and text[c.start - 4 : c.start] == "and ":
            return True  # placed like the last: '… to those scans, and FX on the x-rays'
        if c.numeric and text[c.start - 5 : c.start] == "with ":
            return True  # the next party's: 'Surgeon bills with 54, optometrist with 55'
        if c.value in _SPLIT_BETWEEN_PARTIES and _ON_A_PARTY.match(text, c.end):
            return True  # on one party's side: '55 ON THEIR SIDE AND 54 ON OURS'
        if c.numeric and text[c.end : c.end + 1] in "?.,":
            if _A_SECOND_PARTY.search(text, max(0, c.start - 40), c.start):
                return True  # another party's: 'Do we bill 54 and the optometrist 55?'
        if c.wordlike and c.value in _MODIFIER_NAMES and _a_name_written(text, c.value):
            return True  # 'Or is FY the one for computed radiography?'
        if (
            c.value in _KIN
            or c.value in _ANESTHESIA_WORDLIKE
            or c.value in _ORIGIN_DESTINATION
            or c.value in _STATE_TRIPS  # 'that clears up the NH', 'you said NH.'
            or c.value == "SL"  # 'Same SL on the VFC doses'
            or c.value in _NO_WORD_IN_MIXED_CASE  # 'SH' under 'O/D'
        ):
            return True
        if established is None:
            established = attached | {o.value for o in live if o.accepted}
        if c.value in established or (c.value == "TC" and "26" in established):
            return True
        if (i and _joined(text, live[i - 1], c)) or (
            i + 1 < len(live) and _joined(text, c, live[i + 1])
        ):
            return True
    return False


def _joined(text: str, prev: _Candidate, c: _Candidate) -> bool:
    """Whether c goes in prev's group (see _groups)."""
    if (
        prev.value[0] == c.value[0]
        and prev.value[0].isalpha()
        and prev.value[1:] < c.value[1:]
        and _SPAN_SEP.fullmatch(text, prev.end, c.start)
    ):
        return True  # the ends of a span: 'T1 through T9', 'E1-E4'
    if prev.end <= c.start and _coordinated(text, prev.end, c.start):
        # in capitals an English word is a word: 'QK FOR ME AND QX FOR THE CRNA'
        return not (_a_word_in_capitals(text, prev) or _a_word_in_capitals(text, c))
    if text.startswith(" (", prev.end) and (
        text.startswith((" (", " on "), c.end) or text[c.end : c.end + 1] in _ITEM_ENDS
    ):
        # each with its reason in brackets: 'rule out 78 (there was no complication) and 76 (it
        # isn't the same procedure)'; the last without one: 'JW (no waste) and 76 on the second'
        close = text.find(")", prev.end, c.start)
        if close > 0 and text.count("\n", prev.end, close) <= 1:
            # a reason wrapped once at most: '77 (wrong – that’s a different⏎physician)'
            return _coordinated(text, close + 1, c.start)
    between = text[prev.end : c.start]
    if (
        (between == " to " or (between == " for " and _changed(text, prev)))
        and not (prev.numeric or c.numeric)
        and c.value not in TITLE_PAIRS
        and prev.value not in TITLE_PAIRS
    ):
        return True  # 'switch QK to AD', 'swap NJ for NG'
    if prev.end < c.start < prev.end + 30 and "mod" in text[prev.end : c.start].lower():
        # 'the GT modifier plus HO': the word after the first, then the coordination
        named = _MODIFIER_WORD_AFTER.match(text, prev.end)
        if named is not None and c.value not in TITLE_PAIRS:
            return _coordinated(text, named.end(), c.start)
    if (
        text[prev.end : c.start] in (" before ", " after ", " next to ", " beside ")
        and prev.value not in TITLE_PAIRS
        and c.value not in TITLE_PAIRS
    ):
        return True  # 'So 26 before 59, and 50 before LT/RT', 'add KX next to GP': their order
    if (
        not (prev.numeric and c.numeric)
        and prev.value not in TITLE_PAIRS
        and c.value not in TITLE_PAIRS
        and text[prev.end : prev.end + 1] == " "
        and _SAME_AS.fullmatch(text, prev.end, c.start)
    ):
        return True  # 'is XS the same thing as 59': one choice set beside the other
    if prev.lower and c.lower and text[prev.end : c.start] == " ":
        return True  # a lower-case writer's 'kx gp', 'ta t1'
    if text[prev.end : prev.end + 1] == "?" and text[c.end : c.end + 1] == "?":
        if text[prev.end + 1 : c.start] in (" ", "  "):
            return True  # 'XU? 59? Or should we let it bundle?': the choices asked one by one
    return prev.start == c.start  # X{EPSU} expansions


def _changed(text: str, c: _Candidate) -> bool:
    """Whether a verb of change stands right before the candidate ('swap NJ', 'change the GT')."""
    words = text[max(0, c.start - 20) : c.start].lower().split()[-2:]
    if len(words) == 2 and words[-1] in _DETERMINERS:
        words = words[:1]
    return bool(words) and words[-1] in _CHANGE_VERBS


def _a_word_in_capitals(text: str, c: _Candidate) -> bool:
    """Whether the pair is an English word ('ME', 'AS') in a stretch written in capitals; not
    one that ends a question ('- 80 OR AS??')."""
    return (
        c.value in _ENGLISH_UPPER
        and text[c.end : c.end + 1] != "?"
        and _in_capitals(text, c.start)
    )


def _a_spinal_level(text: str, c: _Candidate) -> bool:
    """Whether L1 or T1-T9 names a vertebra: another level that is no modifier beside it
    ('T12 + L1', 'T8-T10') or a word of the spine around it ('L1 kyphoplasty')."""
    around = text[max(0, c.start - 40) : c.end + 40]
    return bool(_OTHER_SPINAL_LEVEL.search(around) or _SPINE_WORD.search(around))


def _names_a_condition(c: _Candidate, right: str) -> bool:
    """Whether the pair is a condition's abbreviation, its diagnosis in brackets after it
    ('paroxysmal AF (I48.0)', 'severe AS (I35.0)'): what it names there it names in the whole
    message."""
    return c.value in _CONDITION_PAIRS and bool(_DIAGNOSIS_IN_BRACKETS.match(right))


def _named_by_a_field(text: str, c: _Candidate) -> bool:
    """Whether a claim field's label stands right before the pair ('condition code G0', 'value
    code FD', 'SI J1'): what it names there it names in the whole message. Not a unit or a
    suite ('1 unit JW'), which name no value."""
    words = tail_words(text, c.start, 20)
    return bool(words) and words[-1] in _FIELD_LABELS and identifier_before_at(text, c.start)


def _follow_ok(text: str, c: _Candidate) -> bool:
    return bool(_FOLLOW_OK.match(text[c.end : c.end + 30]))


def _groups(text: str, live: list[_Candidate]) -> list[list[_Candidate]]:
    groups: list[list[_Candidate]] = []
    for c in live:
        if groups and _joined(text, groups[-1][-1], c):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _coordinated(text: str, end: int, start: int) -> bool:
    """Whether only a coordination ('/', ' or ', ', and the ') stands between two candidates."""
    gap = text[end:start]
    if gap.isascii() and gap.strip(_COORD_CHARS):
        return False  # a character no coordination holds
    return bool(_COORD.fullmatch(text, end, start))  # in place: \b sees the candidates


def _near_a_modifier(
    text: str,
    c: _Candidate,
    live: list[_Candidate],
    bounds: list[int],
    taken: list[tuple[int, int]],
    code_starts: list[int],
) -> bool:
    """Whether c's sentence, or the one before or after it, names a modifier: the word, an
    accepted modifier that is not word-like, or one attached to a code ('we put the 95 in Mod1.
    Does it also need GT?'; 'Q4186-JZ? ... Does the application code need RT?'); or whether
    c's own sentence names a code ('97530 x 2 units, each with GP')."""
    i = bisect.bisect_right(bounds, c.start)
    own_lo = bounds[i - 1] if i else 0
    own_hi = bounds[i] if i < len(bounds) else len(text)
    lo = bounds[i - 2] if i >= 2 else 0
    hi = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    # a code in the sentence, or beside it for a pair that is no title, group or indicator
    near = (lo, hi) if c.value not in _NAMES_OF_OTHER_THINGS else (own_lo, own_hi)
    if any(near[0] <= s < near[1] for s in code_starts):
        return True
    if _MODIFIER_WORD.search(text, lo, hi):
        return True
    if c.value in _NCCI_BYPASS and "NCCI" in text[lo:hi]:
        return True  # 'bounced the line with an NCCI message. Would XS fix it': an edit's bypass
    if any(lo <= s < hi for s, _ in taken):
        return True
    return any(
        o is not c
        and o.accepted
        and (
            o.firm
            or not o.wordlike
            or (o.lower and o.value not in WORDLIKE_MODIFIERS)
            or _KIN.get(o.value) == "X"  # 'wouldn't XS be the better choice? Would RT ever …'
            # its own family: 'whether GT is still a thing. … retired in favor of 95'
            or (o.value in _KIN and _KIN[o.value] == _KIN.get(c.value))
        )
        and lo <= o.start < hi
        for o in live
    )


_RULE_LINE: Final = re.compile(r"[ \t]*[-=+|:]{3,}[-=+|: \t]*\r?")


def _a_modifier_head(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a header cell naming a modifier column, quoted or not ('"Mod"')."""
    if e - s > 2 and text[s] == '"' and text[e - 1] == '"':
        s, e = s + 1, e - 1  # a quoted CSV field: '"Line","DOS","Code","Mod"'
    return _MOD_HEADER.fullmatch(text, s, e) is not None


def _table_cells(text: str, cues: list[int]) -> list[tuple[int, int]]:
    """Spans of the cells under a 'Modifier(s)' column header."""
    spans: list[tuple[int, int]] = []
    if "M1" in text:  # 'DOS  CPT  M1  M2': modifier columns that no 'mod' names
        cues = sorted([*cues, *(m.start() for m in _M1_CELL.finditer(text))])
    for at in cues:
        line_start = text.rfind("\n", 0, at) + 1
        if spans and line_start <= spans[-1][1]:
            continue
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if _DIGITS_OF_A_ROW.search(line):
            continue  # a row of data: '03/02/2026  2   20610-RT  E214  MODIFIER INVALID FOR'
        split_at = cell_separator(line, line)
        if split_at is None and "  " not in line:
            continue  # no cell separator: a single cell, not a header
        # Lined up with blanks, an empty cell leaves no mark: a cell's column is the header
        # cell it starts under, not its number; and header words one blank apart head columns
        # of their own ('Mod1 Mod2 Units').
        aligned = split_at is None
        sep = CELL_SEP if split_at is None else split_at
        if aligned:
            header = [(m.start() + line_start, m.end() + line_start) for m in _WORD.finditer(line)]
        else:
            header = cells(line, line_start, sep)
        heads = [i for i, (s, e) in enumerate(header) if _a_modifier_head(text, s, e)]
        if len(header) < 2 or not heads:
            continue
        starts = [s - line_start for s, _ in header]
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if pos < end and _RULE_LINE.fullmatch(text, pos, end):
                pos = end + 1  # '---+-------+-----': the rule under a header
                continue
            row = cells(text[pos:end], pos, sep)
            if len(row) <= heads[0] and not (aligned and row):
                break
            if aligned:
                for s, e in row:
                    column = bisect.bisect_right(starts, s - pos + 1) - 1
                    if column in heads:
                        spans.append((s, e))
            else:
                spans.extend(row[i] for i in heads if i < len(row))
            pos = end + 1
    return spans


def _in_a_table(left: str) -> bool:
    """Whether a cell separator stands in the few characters before a candidate, or a comma
    right before it (a comma-separated line)."""
    return "  " in left or "\t" in left or "|" in left or left[-1:] == ","


def _in_an_answer_column(text: str, c: _Candidate) -> bool:
    """Whether the number sits in a pasted table's column of answers ('Key says', 'I say',
    'Answer', 'Correct') in a message that speaks of modifiers."""
    head = column_head(text, c.start)
    return (
        head is not None
        and _ANSWER_HEAD.fullmatch(head.lower().strip(" #:.")) is not None
        and _MODIFIER_WORD.search(text) is not None
    )


def _in_a_status_column(text: str, c: _Candidate) -> bool:
    """Whether the pair sits in a pasted table's column whose cells are no modifiers: headed by
    a status or payment indicator ('SI', 'Status', 'PI'), a diagnosis pointer, a billing area,
    the place of service or a description."""
    head = column_head(text, c.start)
    if head is None:
        return False
    cell = head.lower().strip(" #:.")
    # and a description: 'HC PEMBROLIZUMAB 1 MG' under a chargemaster's 'DESCRIPTION', 'Desc'
    return cell in _NOT_MODIFIER_HEADS or cell.startswith("desc") or cell.endswith(_DESCRIPTION)


def _heads_other_values(text: str, c: _Candidate) -> bool:
    """Whether the cell under the candidate, on the next line, holds something that is no
    modifier ('GA' over '32w1d': a gestational age), on a line without digits (a header)."""
    line_start = text.rfind("\n", 0, c.start) + 1
    below = text.find("\n", c.end) + 1
    if not below or any(ch.isdigit() for ch in text[line_start:below]):
        return False
    end = text.find("\n", below)
    line = text[below : len(text) if end < 0 else end]
    column = c.start - line_start
    for s, e in cells(line, 0, cell_separator(line, line) or CELL_SEP):
        if s <= column < e or column <= s < column + 2:
            value = line[s:e].split(None, 1)[0].strip(",;") if line[s:e].strip() else ""
            return value.upper() not in MODIFIERS and value.isalnum() and len(value) > 2
    return False


def _in_a_header_row(text: str, c: _Candidate) -> bool:
    """Whether the candidate's line is a pasted table's header row: another of its cells names
    a claim line's column ('CPT', 'Units', 'DOS')."""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    sep = cell_separator(line, line) or CELL_SEP
    return any(
        line[s:e].lower().strip(" #:.") in HEADER_CELLS or _MOD_HEADER.fullmatch(line, s, e)
        for s, e in cells(line, 0, sep)
    )
