"""Word lists the extractor reasons with: modifier whitelists, cue words, trap contexts.

Facts only (code numbers, abbreviations, ranges of code series); no descriptors. Kept apart from
the rules in extract.py so that a coder can review the lists without reading the logic.
"""

from __future__ import annotations

from typing import Final

# CPT modifiers (numbers only; AMA descriptors are not shipped): the numeric ones, and the
# Category II performance-measure exclusion modifiers 1P, 2P, 3P and 8P.
CPT_MODIFIERS: Final = frozenset(
    "22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 "
    "80 81 82 90 91 92 93 95 96 97 99 1P 2P 3P 8P".split()
)

# HCPCS Level II modifiers: the active records of the CMS annual file, plus later additions
# (FQ-FT 2021-22, JZ/JG/TB 2023, MA-MH appropriate-use criteria, AB audiology, FD device credit,
# L1 separately payable lab test, SZ habilitative services), and ZA, ZB, ZC, the biosimilar
# manufacturers' modifiers retired in 2018 that questions still name ('the old ZA/ZB/ZC thing').
HCPCS_MODIFIERS: Final = frozenset(
    """A1 A2 A3 A4 A5 A6 A7 A8 A9 AA AB AD AE AF AG AH AI AJ AK AM AO AP AQ AR AS AT AU AV AW AX
    AY AZ BA BL BO BP BR BU CA CB CC CD CE CF CG CH CI CJ CK CL CM CN CO CQ CR CS CT E1 E2 E3
    E4 EA EB EC ED EE EJ EM EP ER ET EX EY FD F1 F2 F3 F4 F5 F6 F7 F8 F9 FA FB FC FP FQ FR FS FT
    FX FY G0 G1 G2 G3 G4 G5 G6 G7 G8 G9 GA GB GC GD GE GF GG GH GJ GK GL GM GN GO GP GQ GR GS
    GT GU GV GW GX GY GZ H9 HA HB HC HD HE HF HG HH HI HJ HK HL HM HN HO HP HQ HR HS HT HU HV
    HW HX HY HZ J1 J2 J3 J4 JA JB JC JD JE JG JW JZ K0 K1 K2 K3 K4 KA KB KC KD KE KF KG KH KI
    KJ KK KL KM KN KO KP KQ KR KS KT KU KV KW KX KY KZ L1 LC LD LL LM LR LS LT M2 MA MB MC MD ME
    MF MG MH MS NB NR NU P1 P2 P3 P4 P5 P6 PA PB PC PD PI PL PM PN PO PS PT Q0 Q1 Q2 Q3 Q4 Q5
    Q6 Q7 Q8 Q9 QA QB QC QD QE QF QG QH QJ QK QL QM QN QP QQ QR QS QT QW QX QY QZ RA RB RC RD
    RE RI RR RT SA SB SC SD SE SF SG SH SJ SK SL SM SN SQ SS ST SU SV SW SY SZ T1 T2 T3 T4 T5 T6
    T7 T8 T9 TA TB TC TD TE TF TG TH TJ TK TL TM TN TP TQ TR TS TT TU TV TW U1 U2 U3 U4 U5 U6
    U7 U8 U9 UA UB UC UD UE UF UG UH UJ UK UN UP UQ UR US V1 V2 V3 V5 V6 V7 VM VP X1 X2 X3 X4
    X5 XE XP XS XU ZA ZB ZC""".split()
)

# Ambulance origin and destination modifiers: a letter for each end (D diagnostic site, E
# residential facility, G hospital-based dialysis, H hospital, I transfer site, J freestanding
# dialysis, N skilled nursing facility, P physician's office, R residence, S scene; X an
# intermediate stop, as destination only): RH, NH, HR, SH ...
AMBULANCE_MODIFIERS: Final = frozenset(a + b for a in "DEGHIJNPRS" for b in "DEGHIJNPRSX")

MODIFIERS: Final = CPT_MODIFIERS | HCPCS_MODIFIERS | AMBULANCE_MODIFIERS

# Modifiers that are also everyday words or titles (IS, IN, DR, RN, NP ...), or a clinician's
# shorthand (DX diagnosis, SX symptoms, PX procedure; ambulance trips to an
# intermediate stop otherwise): they count only attached to a code ('A0428-RN'), never written on
# their own, cue or not ('THE MODIFIER IS 59', a report's 'PROC  MOD DX  BILLED' header).
NEVER_BARE_MODIFIERS: Final = frozenset(
    "IN IS HE HI DE NE SE EH SH ND EE DR NP RN PE ID DX SX PX".split()
)

# Two-character modifiers that are also English words, clinical or business abbreviations,
# quarter/vertebra/ECG-lead/pulley names, quantities (X2, times two), UR (utilization review),
# FB (foreign body), GH (glenohumeral), FT (full thickness), G1-G9 (device generations: Dexcom
# G7), KB (knowledge base), MH (mental health): written bare they mean something else more
# often than not, so they count only when attached to a code or backed by a cue.
WORDLIKE_MODIFIERS: Final = frozenset(
    """A1 A2 A3 A4 A5 A6 A7 A8 A9
    AD AE AF AG AI AK AM AO AP AR AS AT AV BA BL BO BP BR CA CC CD CE CF CH CK CL CM CN CO CR
    CS CT EA ED EM EP ER ET EX EY FA FP FX FY GB GE GL GM GO GP GT GU HA HD HE HF HH HI HM HN
    HO HP HR HS HT HX HZ KG KO LC LD LL LM LR LS LT MA MB MC MD ME MG MS NB NR P1 P2 P3 P4 P5
    P6 PA PC PD PI PL PM PO PS PT Q0 Q1 Q2 Q3 Q4 QA QC QD QT RA RC RD RE RI RR RT SA SB SC SE
    SH SL SM SN SQ SS ST SU SW TA TC TD TM TR TS TT TV UA UB UC UD UE UK UN UP US V1 V2 V3 V5
    V6 VM VP XS T1 T2 T3 T4 T5 T6 T7 T8 T9 SK X1 X2 X3 X4 X5 UR FB GH FT G1 G2 G3 G4 G5 G6
    G7 G8 G9 KB HB PB GI IR TB QL MH ZA ZB ZC""".split()
) | (AMBULANCE_MODIFIERS - HCPCS_MODIFIERS)  # IN, IS, HI, RE ... as words; RH, NH on a code

# Two letters that are words or everyday abbreviations in hurried lower-case mail ('pt', 'dx',
# 'tx', 'fx' fracture, 'po' by mouth): after a code with a space they are text, not a modifier
# ('99214 pt seen'); a modifier written so is upper-case or a pair that is no word ('20610 rt').
# Two-letter English words: never a modifier in lower case, even next to 'modifier'.
ENGLISH_PAIRS: Final = frozenset(
    """as at am an be by do go he if in is it me my no of on or so to up us we ad ah eh ha hi ho
    oh ok ox pa pi""".split()
)
# Titles, departments and times that are also modifiers: 'MD/PA', 'ER or ED', 'AM/PM' name people,
# places and times, so joining them to each other ('or', '/') is no evidence of a modifier. HB and
# PB are Epic's hospital and professional billing ('the HB side', 'HB/PB').
TITLE_PAIRS: Final = frozenset("MD PA PT CT ER ED AM PM US MA MS HB PB IR".split())

LOWER_CASE_WORDS: Final = ENGLISH_PAIRS | frozenset(
    "pt ot ed md dr np rn tx hx dx bx fx sx rx ct po er iv im sc pm ps re cm mm ml mg kg cc hr ea em"
    " qs"
    .split()
)

# US states and territories (USPS). A state code right before a ZIP is an address, never a
# modifier, and a five-digit number right after one is a ZIP, never a code.
STATES: Final = frozenset(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI""".split()
)

# The first three digits of each state's ZIP codes (USPS), so that only a number that can be a
# ZIP of that state is read as one: 'Spokane, WA 99205' is an address, 'SENT AS 64483-RT' or
# '99213 OR 99214' in a message written in capitals is not.
ZIP_PREFIXES: Final[dict[str, tuple[tuple[int, int], ...]]] = {
    "AL": ((350, 369),),
    "AK": ((995, 999),),
    "AZ": ((850, 865),),
    "AR": ((716, 729), (755, 755)),
    "CA": ((900, 961),),
    "CO": ((800, 816),),
    "CT": ((60, 69),),
    "DE": ((197, 199),),
    "DC": ((200, 205), (569, 569)),
    "FL": ((320, 349),),
    "GA": ((300, 319), (398, 399)),
    "HI": ((967, 968),),
    "ID": ((832, 838),),
    "IL": ((600, 629),),
    "IN": ((460, 479),),
    "IA": ((500, 528),),
    "KS": ((660, 679),),
    "KY": ((400, 427),),
    "LA": ((700, 714),),
    "ME": ((39, 49),),
    "MD": ((206, 219),),
    "MA": ((10, 27), (55, 55)),
    "MI": ((480, 499),),
    "MN": ((550, 567),),
    "MS": ((386, 397),),
    "MO": ((630, 658),),
    "MT": ((590, 599),),
    "NE": ((680, 693),),
    "NV": ((889, 898),),
    "NH": ((30, 38),),
    "NJ": ((70, 89),),
    "NM": ((870, 884),),
    "NY": ((100, 149), (5, 5), (63, 63)),
    "NC": ((270, 289),),
    "ND": ((580, 588),),
    "OH": ((430, 459),),
    "OK": ((730, 749),),
    "OR": ((970, 979),),
    "PA": ((150, 196),),
    "RI": ((28, 29),),
    "SC": ((290, 299),),
    "SD": ((570, 577),),
    "TN": ((370, 385),),
    "TX": ((750, 799), (733, 733), (885, 885)),
    "UT": ((840, 847),),
    "VT": ((50, 59),),
    "VA": ((201, 201), (220, 246)),
    "WA": ((980, 994),),
    "WV": ((247, 268),),
    "WI": ((530, 549),),
    "WY": ((820, 831),),
    "AS": ((967, 967),),
    "GU": ((969, 969),),
    "MP": ((969, 969),),
    "PR": ((6, 9),),
    "VI": ((8, 8),),
}


_ZIP_PREFIX_SETS: Final = {
    state: frozenset(p for lo, hi in spans for p in range(lo, hi + 1))
    for state, spans in ZIP_PREFIXES.items()
}


def may_be_zip(state: str, number: str) -> bool:
    """Whether `number` (five digits) can be a ZIP code of `state` (a USPS code)."""
    prefixes = _ZIP_PREFIX_SETS.get(state)
    return prefixes is None or int(number[:3]) in prefixes


STATE_NAMES: Final = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
    "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
    "west virginia|wisconsin|wyoming|puerto rico"
)

STATE_CODES_BY_NAME: Final = dict(
    zip(
        STATE_NAMES.split("|"),
        """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
        NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR""".split(),
        strict=True,
    )
)

# HCPCS Level II series: first letter -> (lowest, highest) four-digit number in use. A string
# outside its series (M5450) cannot be HCPCS, so only its ICD-10-CM reading remains.
HCPCS_SERIES: Final[dict[str, tuple[int, int]]] = {
    "A": (21, 9999),
    "B": (4034, 9999),
    "C": (1052, 9999),
    "E": (100, 8002),
    "G": (8, 9999),
    "H": (1, 2041),
    "J": (120, 9999),
    "K": (1, 1999),
    "L": (112, 9999),
    "M": (1, 1999),
    "P": (2028, 9999),
    "Q": (35, 9999),
    "R": (70, 76),
    "S": (12, 9999),
    "T": (1000, 5999),
    "U": (1, 5),
    "V": (2020, 5364),
}

# CPT Category I number ranges (anesthesia through medicine); 02000-09999 is unused.
CPT_I_RANGES: Final = ((100, 1999), (10004, 99607))

# Words after a number that make it a quantity, not a code or modifier.
UNIT_WORDS: Final = (
    r"units?|u|mg|mcg|µg|ug|g|gm|grams?|kg|lbs?|pounds?|ml|cc|l|liters?|mm|cm|inch(?:es)?|"
    r"ft|feet|sq|square|%|percent|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|mos?|"
    r"years?|yrs?|y/o|yo|seconds?|secs?|doses?|vials?|tablets?|tabs?|caps?|capsules?|"
    r"patients?|pts?|people|persons?|visits?|claims?|denials?|refills?|providers?|physicians?|"
    r"doctors?|nurses?|staff|employees?|members?|beneficiaries|lines?|times?|sessions?|rooms?|"
    r"beds?|dollars?|cents?|miles?|mi|meters?|degrees?|mmhg|bpm|calories|questions?|codes?|"
    r"pages?|steps?|strips?|boxes?|each|per|x|wound|gauge|french|fr"
)

# Words after a bare two-digit number that leave it free to be a modifier ("a 26 on", "the 25
# supported", "a 59?"). Anything else after "a/the NN" is read as a quantity.
FUNCTION_WORDS: Final = frozenset(
    """on or and to for with when if ever not instead as at in only also too still is was be against
    been are were all by vs versus then modifier modifiers mod mods appended added needed
    required applies apply go goes get gets here there would should could can will does do did
    has have had since because so but rather alone anymore again supported needs need make
    makes pay paid allowed valid correct appropriate necessary work works mean means cover
    covers apply on this that it here either neither nor both really actually the same
    anywhere somewhere better first separately now today thing most mostly usually often
    sometimes always anyway under from even unless like later though off out involved once until
    stays onto
    just alongside besides""".split()
)

# A number asked about as a singular thing is a modifier: "Is 59 needed?", "does 25 apply",
# "would 26 be correct" reads as (auxiliary) NN (predicate). Quantities take plural verbs.
AUXILIARY_WORDS: Final = frozenset(
    """is isn't was wasn't does doesn't did didn't would wouldn't will won't should shouldn't
    can can't could couldn't must""".split()
)
PREDICATE_WORDS: Final = frozenset(
    """needed required necessary appropriate allowed valid correct supported payable applicable
    acceptable warranted preferred better right wrong apply applied go be used reasonable proper
    justified billable reportable ok okay fine need mean matter fit work count fix help
    solve safe come out retired dead deleted discontinued obsolete gone belong thing
    relevant""".split()
)

# Words right before a modifier, or before "a/an/the" and a modifier, that introduce it
# ("need 25?", "append P3", "add G9", "bill the TC", "w/ 26").
VERB_WORDS: Final = frozenset(
    """w/ with need needs needed append appends appended appending add adds added adding use
    leave leaves leaving left keep keeps keeping kept
    used using attach attached report reported require requires required bill bills billed
    want wants get gets take send sends sent sending put puts uses w suggest suggests suggested
    recommend recommends recommended say says said expect expects expected suggesting
    recommending choose chooses chose choosing pick picks picked prefer prefers
    preferred consider considering considered drop drops dropped dropping skip skips skipped remove
    removes removed removing omit omits omitted keep keeps kept retire retires retired retiring
    coded leave taking wrote typed keyed entered stick slap tack carry carries missing
    without putting w/o apply applies applied applying select selects selected selecting
    try tries tried trying force forces forced forcing mean meant mentioned""".split()
)

# The word "modifier" as senders write it: "mod", "mods", "modifier(s)" and its usual misspellings
# ("modifer", "modifeir", "modfier", "modifyer"): "mod", an optional "i", "f", up to three letters
# and "r". No other English word has that shape.
MODIFIER_STEM: Final = r"mod(?:i?f[a-z]{0,3}r|ificadore?)?"  # and Spanish 'modificador(es)'
MODIFIER_WORD: Final = MODIFIER_STEM + "s?"

# Nouns that follow a modifier and name it as one ("the TC portion", "the 26 component", "the P3
# physical status").
MODIFIER_NOUNS: Final = rf"{MODIFIER_WORD}|portion|component|part(?!-)|side|split|physical\s+status"

# Words right before a number that make it an identifier, an address part or a measure label
# ("invoice 20610", "Suite 700", "ext. 62370", "POS 22", "level 4"); see context.identifier_before.
ID_WORDS: Final = frozenset(
    """invoice inv acct account claim clm icn dcn ccn ticket order ref reference member policy grp
    subscriber mrn chart record id npi tin ein ssn tax lot serial sn model catalog item box suite
    ste room rm unit bldg building floor apt zip postal ext extension phone tel telephone fax
    cell mobile page pg p pp section sec § measure version ver batch eft confirmation conf auth
    accession iop bp bmi acuity pulse temp spo2 sats
    authorization tracking trace pin supplier ptan clia license lic dea contract routing ndc level
    class stage grade tier pos remark rarc carc reason denial adjustment lcd ncd article quarter
    fy cy age aged ages dob build release software firmware patch po indicator cbsa condition
    occurrence group kit si addendum value cdm error rej category payer carrier locality wq msg
    acnt rule span cr transmittal err access passcode participant pcn iso rtp rsn vendor cert
    certificate
    """.split()
)

MONTHS: Final = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}


# Medicare administrative contractors and the words that name their jurisdictions: 'Medicare
# (CGS, J15)', 'Noridian (JE)' name a jurisdiction, never a code or a modifier.
MAC_NAMES: Final = r"MAC|jurisdiction|Noridian|Novitas|Palmetto|NGS|WPS|CGS|First Coast"
# The shape of a five-character CPT or HCPCS code in a pattern: '99213', '0417T', 'J3301'
CODE_SHAPE: Final = r"(?:\d{4}[0-9A-Z]|[A-Z]\d{4})"
# Claim adjustment group codes: before '-' and a number they begin a reason code (CO-97, PR-1).
ADJUSTMENT_GROUPS: Final = frozenset(("CO", "PR", "OA", "PI"))
