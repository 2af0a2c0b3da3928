"""Writes tests/guidance/scenarios/*.eml and expected.json: `python -m tests.guidance.make_scenarios tests/guidance/scenarios`."""
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
S, F = "starter", "fixture"
def f(kind, codes, mod, verdict, contains=None):
    d = {"kind": kind, "codes": codes, "modifier": mod, "verdict": verdict}
    if contains:
        d["reason_contains"] = contains
    return d
SC = [
 ("0417t-26-2026", S, "0417T-26 question", "Is 0417T-26 valid for DOS 03/10/2026?", [f("pctc",["0417T"],"26","ok")]),
 ("0417t-26-2023", S, "0417T-26 question", "Is 0417T-26 valid for DOS 03/10/2023?", [f("pctc",["0417T"],"26","invalid")]),
 ("0418t-tc-2026", S, "0418T TC", "Can we bill 0418T-TC? Date of service 02/02/2026.", [f("pctc",["0418T"],"TC","ok")]),
 ("0418t-tc-2023", S, "0418T TC", "Can we bill 0418T-TC? Date of service 02/02/2023.", [f("pctc",["0418T"],"TC","invalid","0418T")]),
 ("95990-tc-pctc5", S, "95990 TC", "Our hospital outpatient clinic wants to bill 95990-TC on 5/1/2026. Is that right?", [f("pctc",["95990"],"TC","invalid","incident-to")]),
 ("93294-26-pctc2", S, "93294 with 26", "Should 93294-26 be used for the remote review (DOS 4/15/2026)?", [f("pctc",["93294"],"26","invalid","professional component")]),
 ("93296-tc-pctc3", S, "93296 TC", "Is 93296-TC correct for DOS 4/15/2026?", [f("pctc",["93296"],"TC","invalid","technical component")]),
 ("99213-26-pctc0", S, "E/M with 26", "Can a provider bill 99213-26 on 4/15/2026?", [f("pctc",["99213"],"26","invalid")]),
 ("62367-82-asst1", S, "assistant on pump check", "Can we bill 62367-82 for the resident-less case on 4/20/2026?", [f("surgeon_role",["62367"],"82","invalid","Statutory")]),
 ("62370-80-asst1", S, "62370-80", "Is 62370-80 payable (DOS 4/20/2026)?", [f("surgeon_role",["62370"],"80","invalid")]),
 ("99212-59-em", S, "59 on E/M", "We billed 99212-59 with 93288 on 4/6/2026. Is that correct?", [f("distinct_modifier",["99212"],"59","warn","25")]),
 ("g2211-with-99213", S, "G2211", "Can G2211 be billed with 99213 on 5/12/2026?", [f("addon",["G2211","99213"],None,"ok")]),
 ("g2211-alone", S, "G2211 alone", "Can G2211 be billed by itself on 5/12/2026?", [f("addon",["G2211"],None,"invalid")]),
 ("g2211-with-99291", S, "G2211 with critical care", "Can G2211 go with 99291 on 5/12/2026?", [f("addon",["G2211","99291"],None,"invalid")]),
 ("g0506-type3", S, "G0506", "Can G0506 be reported with 93288 on 5/12/2026?", [f("addon",["G0506"],None,"warn","MAC")]),
 ("0054t-type2", S, "0054T", "Which primary codes go with 0054T (DOS 5/12/2026)?", [f("addon",["0054T"],None,"warn","MAC")]),
 ("0389t-not-found", S, "0389T", "Is 0389T still valid? DOS 5/12/2026", [f("code",["0389T"],None,"unknown","not found")]),
 ("icd-header", S, "Dx question", "Dx I50.2 with 93288 on 5/12/2026, is the diagnosis OK?", [f("icd",["I50.2"],None,"invalid","header")]),
 ("icd-billable", S, "Dx question", "Is I50.22 billable with 93279 (DOS 5/12/2026)?", [f("icd",["I50.22"],None,"ok")]),
 ("no-codes", S, "pacemaker check question", "Hello, what do we bill for a pacemaker check done in the office last week?", [], [], ["the date of service", "de-identified"]),
 ("coverage", S, "coverage of 0417T", "Will Medicare pay for 0417T? Is it covered? DOS 5/1/2026", [f("status",["0417T"],None,"ok")], [], ["payer's determination"]),
 ("ptp-not-loaded", S, "0417T and 93288", "Can 0417T and 93288 be billed together on 4/20/2026? Do we need modifier 59?", [f("ptp",["0417T","93288"],None,"unknown","No NCCI PTP"), f("distinct_modifier",["93288"],"59","unknown")]),
 ("mue-99213-3units", S, "units", "Can we bill 3 units of 99213 on 5/1/2026?", [f("mue",["99213"],None,"warn","MAI 3")]),
 ("mue-99202-2units", S, "units", "Can 99202 x2 be billed on 5/1/2026?", [f("mue",["99202"],None,"invalid","MAI 2")]),
 ("mue-93286-within", S, "units", "93286 x 2 units on 5/1/2026, ok?", [f("mue",["93286"],None,"ok")]),
 ("telehealth-no-list", S, "telehealth", "Telehealth visit 99213-95 on 5/1/2026, is the modifier right?", [f("telehealth",["99213"],"95","unknown","No CMS telehealth list")]),
 ("ga-info", S, "GA modifier", "When do we append 93288-GA (DOS 5/1/2026)?", [f("modifier_info",["93288"],"GA","ok","ABN")]),
 ("ga-gz-conflict", S, "GA and GZ", "Billing 93288-GA-GZ on 5/1/2026, ok?", [f("modifier_info",["93288"],"GA/GZ","invalid")]),
 ("kx-info", S, "KX", "Do we need 95991-KX on 5/1/2026?", [f("modifier_info",["95991"],"KX","ok")]),
 ("25-on-procedure", S, "25 on a device check", "Is 93288-25 right on 5/1/2026?", [f("em_modifier",["93288"],"25","invalid")]),
 ("99213-50", S, "50 on E/M", "Can we add 50 as in 99213-50 (DOS 5/1/2026)?", [f("bilateral",["99213"],"50","invalid")]),
 ("62368-51-mult0", S, "51", "62368-51 on 5/1/2026?", [f("multiple_procedure",["62368"],"51","invalid")]),
 ("93288-51-mult6", S, "51", "93288-51 with 93279 on 5/1/2026?", [f("multiple_procedure",["93288"],"51","warn")]),
 ("g2211-51", S, "51 on add-on", "99213 with G2211-51 on 5/1/2026?", [f("multiple_procedure",["G2211"],"51","invalid","add-on")]),
 ("62-66-not-permitted", S, "co-surgeon", "Can we bill 62368-62 and 62369-66 on 5/1/2026?", [f("surgeon_role",["62368"],"62","invalid"), f("surgeon_role",["62369"],"66","invalid")]),
 ("range", S, "range", "Which of 93279-93298 can take modifier 26 on 5/1/2026?", [f("range",["93279","93298"],None,"ok")]),
 ("phi-not-echoed", S, "93288-26", "Patient: Jane Q. Public, DOB 01/02/1950, MRN 12345678. Can we bill 93288-26 on 5/1/2026?", [f("pctc",["93288"],"26","ok")], ["Jane", "Public", "12345678", "1950"]),
 ("91-non-lab", S, "91", "93288-91 on 5/1/2026?", [f("mue",["93288"],"91","warn","laboratory")]),
 ("77-on-em", S, "77", "99213-77 on 5/1/2026?", [f("mue",["99213"],"77","invalid")]),
 ("xu-on-em", S, "XU", "99214-XU with 93288 on 5/1/2026?", [f("distinct_modifier",["99214"],"XU","warn","25")]),
 ("dos-assumed", S, "93288-26", "Is 93288-26 ok?", [f("pctc",["93288"],"26","ok")], [], ["No date of service was given"]),
 ("j1100-units", S, "dexamethasone units", "J1100 x 10 units on 5/1/2026, within the MUE?", [f("mue",["J1100"],None,"ok")]),
 ("ptp-ind1-59-col2", F, "0417T and 93288-59", "Can we bill 0417T with 93288-59 on 5/4/2026?", [f("ptp",["0417T","93288"],None,"warn"), f("distinct_modifier",["0417T","93288"],"59","ok","distinct")]),
 ("ptp-ind0", F, "93279 and 93288", "93279 and 93288-XU same day 5/4/2026, ok?", [f("ptp",["93279","93288"],None,"invalid","indicator 0"), f("distinct_modifier",["93279","93288"],"XU","invalid")]),
 ("ptp-reverse-order", F, "93288 then 0417T", "Can 93288 and 0417T be billed together on 6/1/2026?", [f("ptp",["0417T","93288"],None,"warn","column 1")]),
 ("ptp-no-edit", F, "93288 and 62370", "Can 93288 and 62370 be billed together on 5/5/2026?", [f("ptp",["93288","62370"],None,"ok","No PTP edit")]),
 ("ptp-deleted-window", F, "29881 and 29877", "Can 29881 and 29877 be billed together on 5/5/2026?", [f("ptp",["29881","29877"],None,"ok"), f("code",["29877"],None,"invalid","not found")]),
 ("ptp-before-window", F, "0417T and 93288", "Can 0417T and 93288 be billed together on 2/1/2026?", [f("ptp",["0417T","93288"],None,"unknown")]),
 ("ptp-ind9-never", F, "0418T and 93288", "Can 0418T and 93288 be billed together on 5/4/2026?", [f("ptp",["0418T","93288"],None,"ok")]),
 ("59-on-column1", F, "0417T-59", "0417T-59 with 93288 on 5/4/2026?", [f("distinct_modifier",["0417T","93288"],"59","warn","column 2")]),
 ("59-no-edit", F, "93288-59", "93288-59 with 62370 on 5/4/2026?", [f("distinct_modifier",["93288","62370"],"59","warn","not needed")]),
 ("59-and-xs", F, "59 and XS", "93288-59-XS with 0417T on 5/4/2026?", [f("distinct_modifier",["93288"],"59","warn","not both")]),
 ("em-25-minor", F, "E/M with injection", "99213-25 with 20610 on 5/4/2026, ok?", [f("em_modifier",["99213","20610"],"25","ok"), f("ptp",["20610","99213"],None,"warn","then 25 on 99213")]),
 ("em-without-25", F, "E/M with injection", "We billed 99213 and 20610 same day 5/4/2026.", [f("em_modifier",["99213","20610"],None,"warn","99213-25")]),
 ("em-57-major", F, "decision for surgery", "99223-57 with 27447 on 5/4/2026?", [f("em_modifier",["99223","27447"],"57","ok")]),
 ("em-25-major", F, "E/M before surgery", "99223-25 with 27447 on 5/4/2026?", [f("em_modifier",["99223","27447"],"25","warn","57")]),
 ("em-57-minor", F, "57 with minor", "99213-57 with 20610 on 5/4/2026?", [f("em_modifier",["99213","20610"],"57","warn","25")]),
 ("em-25-xxx", F, "E/M with device check", "99213-25 with 93288 on 5/4/2026?", [f("em_modifier",["99213","93288"],"25","warn","no global period")]),
 ("bilateral-1", F, "bilateral injection", "20610-50 for both knees on 5/4/2026?", [f("bilateral",["20610"],"50","ok","150%")]),
 ("bilateral-2", F, "bilateral photos", "92250-50 on 5/4/2026?", [f("bilateral",["92250"],"50","invalid","already bilateral")]),
 ("bilateral-3", F, "bilateral x-ray", "73030-50 on 5/4/2026?", [f("bilateral",["73030"],"50","warn")]),
 ("bilateral-with-rt", F, "50 and RT", "20610-50-RT on 5/4/2026?", [f("bilateral",["20610"],"50","invalid","conflict")]),
 ("lt-rt-one-line", F, "LT RT", "20610-LT-RT on 5/4/2026?", [f("bilateral",["20610"],"LT/RT","warn","50")]),
 ("51-mult2", F, "51", "27447 and 20610-51 on 5/4/2026?", [f("multiple_procedure",["20610"],"51","ok")]),
 ("co-team-surgeons", F, "62 and 66", "27447-62, 22633-62, 22633-66 and 27447-66 on 5/4/2026?", [f("surgeon_role",["27447"],"62","warn"), f("surgeon_role",["22633"],"62","ok"), f("surgeon_role",["22633"],"66","warn"), f("surgeon_role",["27447"],"66","invalid")]),
 ("assistants", F, "assistants", "27447-80, 29881-AS and 20610-80 on 5/4/2026?", [f("surgeon_role",["27447"],"80","ok"), f("surgeon_role",["29881"],"AS","warn","documentation"), f("surgeon_role",["20610"],"80","invalid")]),
 ("mue-mai1-line", F, "units", "20610 x 3 on 5/4/2026?", [f("mue",["20610"],None,"warn","MAI 1")]),
 ("mue-76-mai1", F, "76", "20610-76 on 5/4/2026 for the second injection?", [f("mue",["20610"],"76","ok","line edit")]),
 ("mue-76-mai2", F, "76", "27447-76 on 5/4/2026?", [f("mue",["27447"],"76","warn","date-of-service")]),
 ("mue-zero", F, "units", "99090 x 1 on 5/4/2026?", [f("mue",["99090"],None,"invalid","MUE of 0"), f("status",["99090"],None,"warn","bundled")]),
 ("status-n", F, "refraction", "Can we bill 92015 on 5/4/2026?", [f("status",["92015"],None,"warn","does not cover")]),
 ("status-x", F, "venipuncture", "Can we bill 36415 on 5/4/2026?", [f("status",["36415"],None,"warn","statutory")]),
 ("status-i", F, "old visit code", "Can we bill 99201 on 5/4/2026?", [f("status",["99201"],None,"invalid")]),
 ("pctc-6", F, "86077", "86077-TC and 86077-26 on 5/4/2026?", [f("pctc",["86077"],"TC","invalid"), f("pctc",["86077"],"26","ok")]),
 ("telehealth-listed", F, "telehealth", "99213-95 on 5/4/2026, ok?", [f("telehealth",["99213"],"95","ok","place of service")]),
 ("telehealth-not-listed", F, "telehealth", "93288-95 on 5/4/2026?", [f("telehealth",["93288"],"95","warn","not on")]),
 ("audio-only", F, "audio only", "99214-93 on 5/4/2026?", [f("telehealth",["99214"],"93","ok","audio-only")]),
 ("addon-zzz-no-aoc", F, "biopsy add-on", "11102 and 11103 on 5/4/2026?", [f("addon",["11103"],None,"unknown","ZZZ")]),
 ("not-found-full", F, "0389T", "Is 0389T payable on 5/4/2026?", [f("code",["0389T"],None,"invalid","not found")]),
 ("global-period", F, "global period", "What is the global period for 17110 (DOS 5/4/2026)?", [f("global",["17110"],None,"ok","010")]),
]
expected = {}
for item in SC:
    name, world, subject, body, finds = item[:5]
    phi = item[5] if len(item) > 5 else []
    contains = item[6] if len(item) > 6 else []
    eml = (f"From: Dana Coder <dana@clinic.example>\r\nTo: consult@example.test\r\n"
           f"Subject: {subject}\r\nDate: Mon, 4 May 2026 10:00:00 -0400\r\n"
           f"Message-ID: <{name}@clinic.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           f"Hi,\r\n\r\n{body}\r\n\r\nThanks,\r\nDana\r\n")
    (out / f"{name}.eml").write_text(eml)
    expected[name] = {"world": world, "template": "no_codes" if not finds and name == "no-codes" else "answer",
                      "findings": finds, "phi": phi, "text_contains": contains}
(out / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
print(len(SC))
