"""What the CMS indicator values mean, in plain words (PFS RVU file Attachment A, NCCI manual).

Pure data: no I/O. Used by the lookup card and by the guidance engine to explain a value.
"""

from __future__ import annotations

STATUS = {
    "A": "Active: paid separately under the PFS if covered",
    "B": "Bundled: never paid separately; RVUs shown are not used",
    "C": "Contractor priced: the MAC sets the payment case by case",
    "D": "Deleted code (historical)",
    "E": "Excluded from the PFS by regulation",
    "F": "Deleted, no grace period (historical)",
    "G": "Not valid for Medicare, 90-day grace period (historical)",
    "H": "Deleted 26/TC component (historical)",
    "I": "Not valid for Medicare: another code is used; no grace period",
    "J": "Anesthesia service (no RVUs)",
    "M": "Measurement code: reporting only, not paid",
    "N": "Non-covered service",
    "P": "Bundled or excluded: no RVUs, not paid separately",
    "R": "Restricted coverage: contractor priced if no RVUs",
    "T": "Injection: paid only if no other PFS service is billed that day by the same provider",
    "X": "Statutory exclusion: not a physician service under the PFS",
}

PCTC = {
    "0": "Physician service: modifiers 26 and TC cannot be used",
    "1": "Diagnostic test with professional and technical parts: 26 and TC can be used",
    "2": "Professional-component-only code: neither 26 nor TC",
    "3": "Technical-component-only code: neither 26 nor TC",
    "4": "Global-test-only code: neither 26 nor TC",
    "5": "Incident-to service: no 26/TC; not payable for hospital patients",
    "6": "Laboratory physician interpretation: TC cannot be used",
    "7": "Physical therapy service not payable in hospital settings from an independent PT/OT",
    "8": "Physician interpretation of an abnormal smear: no TC",
    "9": "PC/TC concept does not apply",
}

GLOBAL_DAYS = {
    "000": "Endoscopic or minor procedure: day of the procedure only",
    "010": "Minor procedure with a 10-day post-operative period",
    "090": "Major surgery: 1 day before plus 90 days after",
    "MMM": "Maternity code: the usual global concept does not apply",
    "XXX": "Global concept does not apply",
    "YYY": "The contractor sets the global period",
    "ZZZ": "Included in another service's global period (typical of add-on codes)",
}

MULT_PROC = {
    "0": "No multiple-procedure reduction (modifier 51 does not apply)",
    "1": "Pre-1996 multiple-procedure rules (historical)",
    "2": "Standard multiple-procedure reduction: 100/50/50/50/50%",
    "3": "Endoscopy family rules (uses the endoscopic base code)",
    "4": "Diagnostic imaging reduction (TC 50%, PC 5%)",
    "5": "Therapy reduction: 50% of practice expense",
    "6": "Diagnostic cardiovascular: 25% off the TC of the second and later services",
    "7": "Diagnostic ophthalmology: 20% off the TC of the second and later services",
    "9": "Multiple-procedure concept does not apply",
}

BILAT_SURG = {
    "0": "150% bilateral adjustment does not apply (modifier 50 not payable)",
    "1": "150% bilateral adjustment applies with modifier 50",
    "2": "RVUs are already bilateral: paid at 100%, modifier 50 not used",
    "3": "Each side paid at 100% (usually radiology/diagnostic)",
    "9": "Bilateral concept does not apply",
}

ASST_SURG = {
    "0": "Assistant at surgery paid only with documentation of medical necessity",
    "1": "Statutory restriction: assistant at surgery never paid",
    "2": "No restriction: assistant at surgery may be paid",
    "9": "Assistant-at-surgery concept does not apply",
}

CO_SURG = {
    "0": "Co-surgeons (modifier 62) not permitted",
    "1": "Co-surgeons permitted with supporting documentation",
    "2": "Co-surgeons permitted without documentation if the two-specialty rule is met",
    "9": "Co-surgeon concept does not apply",
}

TEAM_SURG = {
    "0": "Team surgeons (modifier 66) not permitted",
    "1": "Team surgeons permitted with documentation, paid by report",
    "2": "Team surgeons permitted, paid by report",
    "9": "Team-surgeon concept does not apply",
}

PHYS_SUPERVISION = {
    "01": "General supervision",
    "02": "Direct supervision",
    "03": "Personal supervision",
    "04": "General supervision, or none when done by a qualified psychologist",
    "05": "General supervision, or none when done by a qualified audiologist",
    "06": "Physician or ABPTS-certified electrophysiologic physical therapist",
    "09": "Supervision concept does not apply",
    "21": "Certified technician under general supervision, otherwise direct",
    "22": "Technician with real-time physician contact",
    "66": "Physician or ABPTS-certified PT with procedure certification",
    "6A": "As 66, or a PT supervising another PT",
    "77": "ABPTS PT, uncertified PT under direct, or certified technician under general",
    "7A": "As 77, or a PT supervising another PT",
}

DIAG_IMAGING_FAMILY = {
    "88": "Subject to the diagnostic imaging TC and PC reductions",
    "99": "Imaging family concept does not apply",
}

MAI = {
    1: "Line edit: units are counted per claim line; separate lines with an appropriate "
    "modifier may be paid",
    2: "Date-of-service edit based on policy: absolute, not bypassed on appeal",
    3: "Date-of-service edit based on clinical benchmarks: may be paid on appeal with records",
}

PTP_MODIFIER = {
    "0": "No modifier allows the pair to be paid together",
    "1": "A PTP-associated modifier may bypass the edit when the services are distinct",
    "9": "Not applicable (the edit was deleted on the day it took effect)",
}

AOC_TYPE = {
    1: "CPT/HCPCS lists every acceptable primary code; contractors allow no others",
    2: "No primary codes defined; each contractor builds its own list",
    3: "Some primary codes are defined; contractors may allow others",
}

# NCCI Policy Manual ch. I: modifiers that may bypass a PTP edit whose indicator is 1.
PTP_ASSOCIATED_MODIFIERS = frozenset(
    "E1 E2 E3 E4 FA F1 F2 F3 F4 F5 F6 F7 F8 F9 TA T1 T2 T3 T4 T5 T6 T7 T8 T9 LT RT LC LD RC LM RI "
    "24 25 57 58 78 79 27 59 91 XE XS XP XU".split()
)


def meaning(table: dict[str, str], value: str) -> str:
    """The plain-language meaning of `value`, or an honest 'unknown value' note."""
    if not value:
        return ""
    return table.get(value, f"Value {value!r} is not in the published value set")
