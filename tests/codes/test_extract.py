"""Behaviour of the extractor API: mentions, ambiguity, ranges, dates, JSON shape."""

from __future__ import annotations

import dataclasses
import datetime
import inspect

import pytest

from consult.codes.extract import CodeMention, Extraction, expand_range, extract, question_text
from consult.codes.modifiers import _Candidate


def test_question_text_puts_subject_first_and_spans_point_into_it() -> None:
    text = question_text("62370-26?", "Is the 26 right for 62370?")
    found = extract(text)
    assert text.startswith("62370-26?\n\n")
    assert [text[m.span[0] : m.span[1]] for m in found.codes] == ["62370", "62370"]
    assert found.codes[0].modifiers == ("26",)
    assert found.codes[1].modifiers == ()
    assert found.modifiers == ("26",)


def test_mentions_carry_system_category_and_normal_form() -> None:
    found = extract("0389t, 3074F, 99213, j1100, i50.22, T82897A (dx)")
    got = [(m.code, m.system, m.category) for m in found.codes]
    assert got == [
        ("0389T", "CPT", "III"),
        ("3074F", "CPT", "II"),
        ("99213", "CPT", "I"),
        ("J1100", "HCPCS", "II"),
        ("I50.22", "ICD-10-CM", ""),
        ("T82.897A", "ICD-10-CM", ""),
    ]


def test_ambiguous_string_reports_reading_and_alternative() -> None:
    drug = extract("dexamethasone J1100 x 4 units; dx M54.16").codes[0]
    assert (drug.code, drug.system, drug.alternative) == ("J1100", "HCPCS", "ICD-10-CM J11.00")
    assert drug.notes and "J11.00" in drug.notes[0]
    diagnosis = extract("Diagnosis: J1100. Which E/M level?").codes[0]
    assert (diagnosis.code, diagnosis.system, diagnosis.alternative) == (
        "J11.00",
        "ICD-10-CM",
        "HCPCS J1100",
    )


def test_out_of_series_letter_code_is_read_as_icd_only() -> None:
    mention = extract("Our scrubber flags M5450 for low back pain dx.").codes[0]
    assert (mention.code, mention.system, mention.alternative) == ("M54.50", "ICD-10-CM", None)


def test_header_icd_code_is_kept_with_a_note() -> None:
    mention = extract("Is M54.5 still valid?").codes[0]
    assert mention.code == "M54.5"
    assert any("not a billable code" in n for n in mention.notes)


def test_range_ends_are_codes_and_range_is_kept_unexpanded() -> None:
    found = extract("CCM codes 0408T\u20130411T and 93279 through 93298")
    assert found.ranges == (("0408T", "0411T"), ("93279", "93298"))
    assert [m.code for m in found.codes] == ["0408T", "0411T", "93279", "93298"]


def test_expand_range_uses_only_loaded_codes_in_cms_order() -> None:
    loaded = ["0411T", "0408T", "0409T", "04090", "0410T", "0412T", "93279"]
    assert expand_range("0408T", "0411T", loaded) == ["0408T", "0409T", "0410T", "0411T"]
    assert expand_range("93279", "93298", ["93298", "93285", "93279", "93300"]) == [
        "93279",
        "93285",
        "93298",
    ]
    assert expand_range("93298", "93279", ["93285"]) == []
    assert expand_range("62367", "62370", []) == []


def test_date_of_service_from_cue_and_encounter_not_from_other_dates() -> None:
    assert extract("Claim (DOS 10/14/2026) denied.").date_of_service == datetime.date(2026, 10, 14)
    assert extract("Patient came in on 11/04/2026 for a check.").date_of_service == datetime.date(
        2026, 11, 4
    )
    assert extract("The LCD changes effective 01/01/2026.").date_of_service is None
    assert extract("Implant is scheduled for 10/27/2026.").date_of_service is None
    two = "TKA on 09/15/2026. On 10/20/2026 the patient came in for a shoulder injection."
    assert extract(two).date_of_service == datetime.date(2026, 10, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On date of service 9 November 2026 one of our therapists", datetime.date(2026, 11, 9)),
        ("Date of service: 14 October 2026.", datetime.date(2026, 10, 14)),
        ("DOS 03-Mar-2026, billed 99213.", datetime.date(2026, 3, 3)),
        ("DOS was March 3 2026.", datetime.date(2026, 3, 3)),
        ("DOS for #1 was 04/14/2026. Questions:", datetime.date(2026, 4, 14)),
        ("Delivered by repeat C-section on 2026-07-30 at 39 weeks.", datetime.date(2026, 7, 30)),
        ("Please resubmit by 12/31/2026 for the visit.", None),
        ("We saw more of these in November 2026.", None),
        ("Study date 10/30/2026: 10 nerve conduction studies.", datetime.date(2026, 10, 30)),
        ("Shoes delivered 09/03/2026 with the inserts.", datetime.date(2026, 9, 3)),
        ("Service Dates: 05/18/2026 - 05/18/2026", datetime.date(2026, 5, 18)),
        ("Two joint cases from 03/02/2026 started an argument.", datetime.date(2026, 3, 2)),
        # day first where the month cannot be first, and in dotted European dates
        ("Case: DOS 15.04.2026, excision of a BCC on the back.", datetime.date(2026, 4, 15)),
        ("Patient seen on 14/03/2026 by Dr. Rao.", datetime.date(2026, 3, 14)),
        ("DOS 07.04.2026 (Tuesday).", datetime.date(2026, 4, 7)),
        ("DOS 4.15.2026 per the op note.", datetime.date(2026, 4, 15)),
        ("Date of service 2026/05/06, claim denied.", datetime.date(2026, 5, 6)),
        ("Software version 1.2.2026 was installed.", None),
        # a pasted table's column of service dates; its header is the cue
        ("Lines:\n\nAcct\tDOS\tCode\tMod1\n448120\t10/19/2026\t99213\t25\n",
         datetime.date(2026, 10, 19)),
        ("Ln  Svc Date    CPT    Mod\n1   06/02/2026  99204  25\n", datetime.date(2026, 6, 2)),
        ("acct,line,rev,cpt,mod,svc_dt\nCLM1,1,0360,27447,RT,2026-11-10\n",
         datetime.date(2026, 11, 10)),
        ("Lines:\n\nAcct\tPaid\tCode\n448120\t10/19/2026\t99213\n", None),
        # an encounter word nearer the date than a word announcing another date
        ("New pt, DOB 06/12/1966, seen 02/03/2026 for HTN.", datetime.date(2026, 2, 3)),
        ("This is the line we sent for the 3/20/2026 visit:", datetime.date(2026, 3, 20)),
        ("Inpatient question, admission 01/26/2026, 84-year-old.", datetime.date(2026, 1, 26)),
        ("Same patient, same calendar day (06/07/2026), two ED visits.",
         datetime.date(2026, 6, 7)),
        ("Patient came in twice on\n12/05/2026:\n", datetime.date(2026, 12, 5)),
        ("Our LCD is effective on 01/01/2026 for these.", None),
        ("I think we stopped using JG on 01/01/2025 for the 340B drugs.", None),
        ("We had two discontinued scopes on 12/03/2026.", datetime.date(2026, 12, 3)),
        # a plural written with '(s)', a note in brackets after the cue
        ("Member ID W27741960\nDate(s) of Service: 03/04/2026\n", datetime.date(2026, 3, 4)),
        ("Needle biopsies, DOS (collection) 05/22/2026, dx R97.20:", datetime.date(2026, 5, 22)),
        # a label lined up with blanks; a session; a UB-04 form locator over the column
        ("Trip Date:   06/22/26\nPickup:      Residence\n", datetime.date(2026, 6, 22)),
        ("Three releases on the same hand, same\nsession, 6/1/2026.", datetime.date(2026, 6, 1)),
        ("FL44 HCPCS | FL45 Serv Date | FL46 Units\n99284 | 03/02/2026 | 1\n",
         datetime.date(2026, 3, 2)),
        # an exam date column, a FROM column, a UB-04's statement period, Spanish
        ("ACC#|MRN|EXAM DT|CPT\nRM26-77310|00418822|10/06/2026|77067\n", datetime.date(2026, 10, 6)),
        ("HCPCS  MODS      FROM        TO          UNITS\nE0601  RR KH KX  09/01/2026  09/30/2026  1\n",
         datetime.date(2026, 9, 1)),
        ("TOB 0131   Stmt From/Thru 06/21/2026 – 06/21/2026   Pt Ctl 4002217785",
         datetime.date(2026, 6, 21)),
        ("Fecha de servicio: 14/04/2026. Patient had EGD.", datetime.date(2026, 4, 14)),
        # an exam date named in prose; the superbill of a day
        ("Outpatient CT (POS 22), exam date 11/02/2026:", datetime.date(2026, 11, 2)),
        ("Superbill from our EHR for 03/16/2026:\n99214  95", datetime.date(2026, 3, 16)),
        # 'Svc', dot leaders, a note in brackets with capitals and a digit
        ("Total Charge: $312.00    Svc Dates: 03/11/2026 - 03/11/2026", datetime.date(2026, 3, 11)),
        ("Claim ID ........ SBPT-0804-2291\nDOS ............. 2026-08-04\n",
         datetime.date(2026, 8, 4)),
        ("Delivery date (our DOS for month 1) was 09/14/2026.", datetime.date(2026, 9, 14)),
        # JSON keys
        ('{"claimId": "CWC-26-0907-3381",\n"dos": "2026-09-08",\n"status": "HOLD"}',
         datetime.date(2026, 9, 8)),
        ('"servicedDate": "2026-07-14",', datetime.date(2026, 7, 14)),
        ("Claim No     : 7720145563\nDOS          : 14/03/2026\n", datetime.date(2026, 3, 14)),
        ("Our daily charge recon for the 09/28/2026 schedule shows contrast lines.",
         datetime.date(2026, 9, 28)),
        # the desk's answer is no visit
        ("Our coders sent it over on 02/03/2027 and heard back on 02/08/2027, which is fine.",
         None),
        # the start of coverage is no visit
        ("Her Part B started February 1, 2026. She came in for her welcome visit.", None),
        # a UB-04 header's statement period without 'Stmt'
        ("Claim 260611-004471   TOB 0131   From/Thru 06/09/2026\n", datetime.date(2026, 6, 9)),
        # a skin substitute applied, a device placed
        ("Graft to the heel ulcer (L97.422). Applied 3/3/2026.", datetime.date(2026, 3, 3)),
        # the date a claim or its lines are for; a rental month
        ("Our biller already sent the claim for 12/21/2026 (claim 2026122100417) with 59.",
         datetime.date(2026, 12, 21)),
        ("Corrected lines for\n01/05/2027:\n\n97110-GP-CQ x 1\n", datetime.date(2027, 1, 5)),
        ("The re-evaluation was on 12/08/2026. Our claim for the 12/14/2026 rental month went out.",
         datetime.date(2026, 12, 14)),
        ("I built the charge lines below from the 01/04/2027 worklist.", datetime.date(2027, 1, 4)),
        # claims held from a day; an HL7 charge's transaction date
        ("The scrubber held three of her claims from 11/03/2026.", datetime.date(2026, 11, 3)),
        ("MSH|^~\\&|EHR|VMC\nFT1|1|||20261109|20261109|CG|99204^NEW PT VISIT^C4|||1\n",
         datetime.date(2026, 11, 9)),
        # a visit's note; a CMS-1500's box 24A printed as 'MM DD YY'; a writer's correction
        ("Office note dated 04/14/2027 lists E11.22 and I10.", datetime.date(2027, 4, 14)),
        ("04 08 27  04 08 27    11     99213      25         B    128 00     1\n",
         datetime.date(2027, 4, 8)),
        ("dos 4.21.2027 wait no thats today, dos was 4.14.2027", datetime.date(2027, 4, 14)),
        # what a patient was given, not a letter received
        ("Patient received aflibercept in both eyes on 02/25/2026.", datetime.date(2026, 2, 25)),
        ("We received the denial on 02/25/2026 for the 99214.", None),
        # the day an example is taken from; a label naming the example
        ("Example from 03/03/2026:\n\n* New patient consult in the office for chest pain",
         datetime.date(2026, 3, 3)),
        ("DOS for the first example was 01/30/2026.", datetime.date(2026, 1, 30)),
        ("DOS for the example: 02/27/2026.", datetime.date(2026, 2, 27)),
        # a UB-04's statement period after 'Stmt' alone; a bill from a day
        ("TOB 0131   Stmt 10/02/2026\u201310/02/2026   Pt ctl 8810-552193\n",
         datetime.date(2026, 10, 2)),
        ("A mom called about her son\u2019s bill from 02/17/2026. The statement shows 99393.",
         datetime.date(2026, 2, 17)),
        # a JSON key written with underscores
        ('{\n"encounter_id": "WC-2026-004471",\n"date_of_service": "2026-04-09",\n}',
         datetime.date(2026, 4, 9)),
        # a camel-case JSON key; rows from a day; a day's list of cases
        ('{\n"encounterId": "E-2026-0730-00418",\n"dateOfService": "2026-07-30",\n}',
         datetime.date(2026, 7, 30)),
        ("Here are the MAR export rows from 2026-06-30 (hospital outpatient\ninfusion chairs):",
         datetime.date(2026, 6, 30)),
        ("Pasted from the anesthesia record export for the Sept 30, 2026 list:",
         datetime.date(2026, 9, 30)),
        # a one-day statement period with a hyphen; a quarter's period is no one day
        ("TOB 0131   PCN 7730041188   STMT 03/14/2026-03/14/2026\n", datetime.date(2026, 3, 14)),
        ("We sampled 30 lines, dates of service 10/01/2025-12/31/2025, for the review.", None),
        # a day written in full with its hour; not a forwarded message's header
        ("Saturday 03/14/2026 at 6:40 pm, POS 20. Established patient, lac repair.",
         datetime.date(2026, 3, 14)),
        ("Sent: Monday, August 10, 2026 4:18 PM\nTo: Pat Nwosu\nSubject: 99214-25", None),
        # a work queue's 'Svc'; the lines of an itemized statement, each opened by its date
        ("Enc 50119377   MRN 00482201   Svc 04/12/2027   Prov: Alvarez, Dana MD\n",
         datetime.date(2027, 4, 12)),
        ("These are the lines on it:\n\n10/02/2026   99396      $285.00\n"
         "10/02/2026   99214-25   $190.00\n", datetime.date(2026, 10, 2)),
        # an 837I's statement period of one day
        ("CLM*SLMC20261104A*6840.00***13:A:1~\nDTP*434*RD8*20261104-20261104~\n",
         datetime.date(2026, 11, 4)),
    ],
)
def test_date_of_service_forms_found_on_held_out_mail(
    text: str, expected: datetime.date | None
) -> None:
    assert extract(text).date_of_service == expected


def test_a_date_after_the_message_is_a_plan_unless_named_the_date_of_service() -> None:
    sent = datetime.date(2026, 11, 20)
    plan = "We are moving the panel over to APCM on 01/01/2027, so is 99490 still right?"
    assert extract(plan, today=sent).date_of_service is None
    assert extract(plan).date_of_service == datetime.date(2027, 1, 1)  # no message date known
    cued = "DOS 12/02/2026 for the planned 27447: prior auth first?"
    assert extract(cued, today=sent).date_of_service == datetime.date(2026, 12, 2)


def test_a_date_without_its_year_takes_the_year_that_keeps_it_near_the_message() -> None:
    sent = datetime.date(2027, 1, 5)
    colonoscopy = "came in for a screening colonoscopy dos 12/29, dr snared a polyp: 45385?"
    assert extract(colonoscopy, today=sent).date_of_service == datetime.date(2026, 12, 29)
    soon = "same pt is coming back dos 1/20 for the lt knee, 20610-lt right?"
    assert extract(soon, today=sent).date_of_service == datetime.date(2027, 1, 20)
    # no date at all, nor a payment's
    assert extract("our ED is open 24/7, seen there for 99284", today=sent).date_of_service is None
    era = "Our 12/31 ERA from the payer had no claims on it, only a PLB line."
    assert extract(era, today=sent).date_of_service is None


def test_several_claims_on_several_days_give_no_one_date_of_service() -> None:
    report = (
        "Claim         DOS         Codes\n"
        "C2701198440   01/19/2027  G0438, 99203-25\n"
        "C2701228011   01/22/2027  G0439, G0444\n"
        "C2702020055   02/02/2027  99395, 99214-25\n"
    )
    found = extract(report)
    assert found.date_of_service is None
    assert any("2027-01-19, 2027-01-22, 2027-02-02" in note for note in found.notes)
    two_days = report.rsplit("C2702020055", 1)[0]  # an admission and its next day: the first
    assert extract(two_days).date_of_service == datetime.date(2027, 1, 19)
    told = "Our patient delivered with us on 01/22/2027. Her visits:\n\n" + report
    assert extract(told).date_of_service == datetime.date(2027, 1, 22)  # the prose tells which


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr did both knees today w/ US guidance, 20610-50?", datetime.date(2026, 11, 20)),
        ("Lap chole yesterday (K80.20), QK/QX?", datetime.date(2026, 11, 19)),
        # the question, the mail or the office's habits, not a service
        ("Call me back pls, left a vm yesterday re our plan.", None),
        ("99397 w/ GY? need answer today, cutoff is 3pm.", None),
        ("Thanks for yesterday's answer. One more on 94640.", None),
        ("Here is what we append today:\n97110  GP", None),
        ("Taking the 59 off fixed it, the claim paid yesterday.", None),
        ("The reconsideration came back today, still denied on line 2.", None),
    ],
)
def test_today_and_yesterday_only_of_a_service(
    text: str, expected: datetime.date | None
) -> None:
    assert extract(text, today=datetime.date(2026, 11, 20)).date_of_service == expected


def test_relative_date_needs_the_message_date() -> None:
    text = "At yesterday's visit we refilled the pump (62370)."
    assert extract(text).date_of_service is None
    assert extract(text).notes
    found = extract(text, today=datetime.date(2026, 11, 3))
    assert found.date_of_service == datetime.date(2026, 11, 2)


def test_to_json_has_the_cli_shape() -> None:
    found = extract("62370-26-59 on DOS 11/02/2026; XS or 59?")
    assert isinstance(found, Extraction)
    data = found.to_json("q.eml")
    assert list(data) == ["source", "codes", "modifiers", "ranges", "date_of_service", "notes"]
    assert data["codes"] == [
        {
            "code": "62370",
            "system": "CPT",
            "category": "I",
            "span": [0, 5],
            "modifiers": ["26", "59"],
        }
    ]
    assert data["modifiers"] == ["26", "59", "XS"]
    assert data["date_of_service"] == "2026-11-02"


def test_no_codes_is_an_empty_extraction() -> None:
    found = extract("How do I sign up? We are at 415 W. 3rd St, Hastings, NE 68901.")
    assert found.codes == () and found.modifiers == () and found.ranges == ()


def test_extract_is_pure() -> None:
    text = "99214-25 and 20610-RT, dx M17.11"
    assert extract(text) == extract(text)


@pytest.mark.parametrize("cls", [CodeMention, Extraction, _Candidate])
def test_a_written_out_init_takes_every_field_in_order(cls: type) -> None:
    # The three write their __init__ out for mypyc (see CodeMention): a field added to the class
    # but not to its __init__, or a default that differs, fails here.
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_code_mention_and_extraction_round_trip_and_stay_frozen() -> None:
    found = extract("dexamethasone J1100 x 4 units; dx M54.16")
    assert Extraction(**{f.name: getattr(found, f.name) for f in dataclasses.fields(found)}) == found
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.notes = ()  # type: ignore[misc]
    mention = extract("dexamethasone J1100 x 4 units; dx M54.16").codes[0]
    assert CodeMention(**dataclasses.asdict(mention)) == mention
    assert dataclasses.replace(mention, code="J1101").code == "J1101"
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.code = "J1101"  # type: ignore[misc]


def test_unit_words_each_start_with_a_literal_character() -> None:
    # modifiers._unit_after rules a unit out from the first character alone.
    from consult.codes.vocabulary import UNIT_WORDS

    for word in UNIT_WORDS.split("|"):
        assert word[0] not in "()[]\\.?*+", word
