"""Writes tests/mail/fixtures/*.eml and expectations.json: the 44 odd-input cases of
../shared/reference/email-systems.md §2, each as real MIME with its expected outcome.

Run `python -m tests.mail.build_fixtures` after changing a case; the output is committed.
`@@CASE:<fixture>@@` in a fixture is replaced, in the pipeline test only, by the case number
the named seed fixture received (a subject token can only name a case that exists).

Expectation keys: kind (inbound classification), state (drafted | ignored | quarantined),
quarantine (kind), thread (new | same_as:<fixture> | linked:<fixture> | none), subject, sender,
text_has, new_has, new_lacks, flags, attachments, reply (draft | none), phase (1: seeds),
times (appended N times), imap_flags (flags set at APPEND), pipeline (overrides for the
IMAP run, where the server rewrites the bytes).
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "fixtures"
US = "consult@example.test"
CASES: list[tuple[str, bytes, dict[str, Any]]] = []


def case(name: str, raw: str | bytes, **expect: Any) -> None:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if not data.startswith(b"\x00"):
        data = data.lstrip(b"\n").replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    expect.setdefault("phase", 2)
    CASES.append((name, data, expect))


def question(**extra: Any) -> dict[str, Any]:
    return {"kind": "question", "state": "drafted", "thread": "new", "reply": "draft", **extra}


def ignored(kind: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "state": "ignored", "thread": "none", "reply": "none", **extra}


# 1 No Message-ID: a deterministic id from the raw bytes; a re-fetch is still one message.
case("01_no_message_id", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 01 no message id 99213
Date: Mon, 02 Mar 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Is 99213 with modifier 25 fine alongside 20610?
""", **question(times=2, flags=["no_message_id"], new_has=["99213"]))

# 2 Bogus Message-ID with brackets inside and no angle brackets on References.
case("02_bogus_message_id", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 02 bogus message id 20610
Message-ID: <[fixture02.bogus@clinic.example]>
References: fixture02.parent@clinic.example
Date: Mon, 02 Mar 2026 09:01:00 +0000
Content-Type: text/plain; charset=utf-8

Does 20610 need an RT or LT modifier?
""", **question(message_id="<fixture02.bogus@clinic.example>", references=["<fixture02.parent@clinic.example>"]))

# 3 The same message delivered to two of our addresses: one case, not two.
case("03_two_of_our_addresses", f"""
From: Pat Coder <pat@clinic.example>
To: {US}, coding-help@example.test
Subject: Fixture 03 sent to two addresses 96372
Message-ID: <fixture03.twice@clinic.example>
Delivered-To: coding-help@example.test
Date: Mon, 02 Mar 2026 09:02:00 +0000
Content-Type: text/plain; charset=utf-8

Can 96372 be billed with J1100 on the same claim?
""", **question(times=2))

# 4 STORE failed after the ticket was created: the re-fetch must not make a second case.
case("04_refetch_after_store_failure", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 04 refetched 93288
Message-ID: <fixture04.refetch@clinic.example>
Date: Mon, 02 Mar 2026 09:03:00 +0000
Content-Type: text/plain; charset=utf-8

Is 93288 billable with 26 when the device check is remote?
""", **question(times=2))

# 5 A human read the mail before the poller: \\Seen must not hide it.
case("05_already_seen", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 05 already read by a human 11042
Message-ID: <fixture05.seen@clinic.example>
Date: Mon, 02 Mar 2026 09:04:00 +0000
Content-Type: text/plain; charset=utf-8

Someone opened this in Outlook first. Is 11042 per wound or per session?
""", **question(imap_flags=["\\Seen"]))

# 6 Unparseable (the FETCH-level garbage case): quarantined, the rest keeps flowing.
case("06_unparseable_garbage", b"\x00\x01\x02 fixture 06 not an email at all \xff\xfe\r\n\r\n\x00\x00",
     kind="", state="quarantined", quarantine="unparseable", thread="none", reply="none")

# 7 MIME of death: nesting far past the depth limit -> quarantined as a limit breach.
_depth = 40
_nested = "".join(
    f"Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n" for i in range(_depth)
) + "Content-Type: text/plain\n\nFixture 07 deep inside 99214\n" + "".join(f"--b{i}--\n" for i in reversed(range(_depth)))
case("07_mime_of_death", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 07 deeply nested
Message-ID: <fixture07.deep@clinic.example>
MIME-Version: 1.0
{_nested}""", kind="", state="quarantined", quarantine="limit", thread="none", reply="none")

# 8 Unknown Content-Transfer-Encoding: the body is read as raw bytes, not an error.
case("08_unknown_transfer_encoding", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 08 unknown transfer encoding 97110
Message-ID: <fixture08.cte@clinic.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: x-vendor-magic

How many units of 97110 for 38 minutes?
""", **question(new_has=["97110 for 38 minutes"]))

# 9 No From at all: kept, never answered, the reason logged.
case("09_no_from", f"""
To: {US}
Subject: Fixture 09 nobody sent this 99215
Message-ID: <fixture09.nofrom@clinic.example>
Content-Type: text/plain; charset=utf-8

Who do we answer? 99215.
""", **ignored("no_sender"))

# 10 An invalid From list: the first valid address wins.
case("10_invalid_from_list", f"""
From: Billing Office, Sam Biller sam@clinic.example
To: {US}
Subject: Fixture 10 invalid from list 36415
Message-ID: <fixture10.fromlist@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 36415 separately billable with a lab panel?
""", **question(sender="sam@clinic.example"))

# 11 No Subject: a default subject, no crash.
case("11_no_subject", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Message-ID: <fixture11.nosubject@clinic.example>
Content-Type: text/plain; charset=utf-8

Fixture 11: no subject line. Is G0439 allowed on the same day as 99397?
""", **question(subject="(no subject)", flags=["no_subject"]))

# 12 The question is only in the Subject; the body is empty.
case("12_subject_only", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 12 can 99291 and 99292 be billed together for 95 minutes?
Message-ID: <fixture12.subjectonly@clinic.example>
Content-Type: text/plain; charset=utf-8

""", **question(flags=["subject_only"]))

# 13 iCloud returns nothing for FETCH RFC822: the poller fetches BODY.PEEK[] (proven here).
case("13_fetched_with_body_peek", f"""
From: Pat Coder <pat@icloud.example>
To: {US}
Subject: Fixture 13 from an iCloud mailbox 99202
Message-ID: <fixture13.icloud@icloud.example>
Content-Type: text/plain; charset=utf-8

New patient 99202 with a 25 on the E/M?
""", **question())

# 14 Exchange rejects SEARCH CHARSET: a non-ASCII subject must not need one (UID search only).
case("14_non_ascii_subject_search", f"""
From: =?utf-8?q?Ren=C3=A9e_Coder?= <renee@clinic.example>
To: {US}
Subject: =?utf-8?q?Fixture_14_Pr=C3=BCfung_99203?=
Message-ID: <fixture14.search@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 99203 right for this visit?
""", **question(subject="Fixture 14 Prüfung 99203"))

# 15 A folder name that is not ASCII: the pipeline test reads every fixture from one.
case("15_non_ascii_folder", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 15 read from a non-ASCII folder 99204
Message-ID: <fixture15.folder@clinic.example>
Content-Type: text/plain; charset=utf-8

Read from the folder "Eingang Ärzte". 99204 for a 60 minute visit?
""", **question())

# 16 ISO-2022-JP with a vendor label Python does not know.
_jp = "保険請求の質問です。99213 に 25 を付けますか。"
case("16_iso2022jp_vendor_label", (f"""
From: Tanaka <tanaka@clinic.example>
To: {US}
Subject: =?ISO-2022-JP?B?{base64.b64encode("質問 99213".encode("iso2022_jp")).decode()}?=
Message-ID: <fixture16.jp@clinic.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-2022-JP-MS"
Content-Transfer-Encoding: 7bit

""").encode() + _jp.encode("iso2022_jp") + b"\n",
     **question(subject="質問 99213", text_has=["保険請求の質問です"]))

# 17 An RFC 2047 word split in the middle of a multibyte character.
_s17 = "Fixture 17 café résumé 99212".encode()
_cut = _s17.index("é".encode()) + 1  # between the two bytes of é
case("17_encoded_word_split_character", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: =?UTF-8?B?{base64.b64encode(_s17[:_cut]).decode()}?=
 =?UTF-8?B?{base64.b64encode(_s17[_cut:]).decode()}?=
Message-ID: <fixture17.split@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 99212 enough here?
""", **question(subject="Fixture 17 café résumé 99212"))

# 18 An encoded word glued to text (not decoded by the RFC rules): the fallback decodes it.
case("18_encoded_word_left_undecoded", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture18=?utf-8?B?{base64.b64encode(" Überweisung 99242".encode()).decode()}?=
Message-ID: <fixture18.undecoded@clinic.example>
Content-Type: text/plain; charset=utf-8

Consult code 99242 is retired; what now?
""", **question(subject="Fixture18 Überweisung 99242"))

# 19 Raw 8-bit bytes in the Subject, in windows-1252.
case("19_raw_8bit_subject", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Message-ID: <fixture19.8bit@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 99213 fine?
""".encode().replace(b"To: ", "Subject: Fixture 19 caf\xe9 question 99213\nTo: ".encode("latin-1"), 1),
     **question(subject="Fixture 19 café question 99213"))

# 20 8bit transfer encoding, labelled latin-1, but the bytes are UTF-8.
case("20_8bit_wrong_label", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 20 wrong label 97140
Message-ID: <fixture20.label@clinic.example>
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Manipulation 97140 — is modifier 59 needed with 98940? Danke schön.
""", **question(text_has=["97140 — is modifier", "Danke schön"]))

# 21 Labelled ISO-2022-JP, but the bytes are UTF-8.
case("21_iso2022jp_label_utf8_bytes", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 21 label mismatch 99214
Message-ID: <fixture21.mismatch@clinic.example>
Content-Type: text/plain; charset=ISO-2022-JP

医療コーディング: 99214 に 25 は必要ですか？
""", **question(text_has=["医療コーディング"]))

# 22 NUL bytes in the subject and body (PostgreSQL rejects them in text columns).
case("22_nul_bytes", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 22 nul\x00 bytes 99395
Message-ID: <fixture22.nul@clinic.example>
Content-Type: text/plain; charset=utf-8

Preventive 99395\x00 with a problem visit 99213-25?
""", **question(subject="Fixture 22 nul bytes 99395", new_has=["Preventive 99395 with"],
               # Dovecot turns NUL into 0x80 on APPEND, which the cascade reads as windows-1252.
               pipeline={"subject": "Fixture 22 nul€ bytes 99395", "new_has": ["Preventive 99395"]}))

# 23 Attachment names as RFC 2231, RFC 2047, and none at all (Content-ID / type based).
case("23_attachment_filenames", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 23 attachment names 27447
Message-ID: <fixture23.names@clinic.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x23"

--x23
Content-Type: text/plain; charset=utf-8

Op note attached: 27447 with 20610 the same day?
--x23
Content-Type: application/pdf
Content-Disposition: attachment; filename*=utf-8''Op%C3%A9ration%20note.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--x23
Content-Type: application/pdf
Content-Disposition: attachment; filename="=?utf-8?q?R=C3=B6ntgen.pdf?="
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--x23
Content-Type: image/png
Content-ID: <scan1@clinic.example>
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--x23--
""", **question(attachments=["Opération note.pdf", "Röntgen.pdf", "scan1.png"]))

# 24 Outlook winmail.dat (TNEF): flagged for the reviewer.
case("24_winmail_dat", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 24 winmail 64483
Message-ID: <fixture24.tnef@clinic.example>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x24"

--x24
Content-Type: text/plain; charset=utf-8

Please see the attached note about 64483.
--x24
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Disposition: attachment; filename="winmail.dat"
Content-Transfer-Encoding: base64

eJ8+IgEAAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADoAAEIgAcAGAAAAElQTS5NaWNy
--x24--
""", **question(flags=["winmail_dat"], attachments=["winmail.dat"]))

# 25 S/MIME opaque-signed: the signed content is unwrapped without verification.
_p7m = (HERE / ".smime_blob.b64").read_text()
case("25_smime_opaque_signed", f"""
From: Dr Signer <dr.signer@hospital.example>
To: {US}
Subject: Fixture 25 signed 64483
Message-ID: <fixture25.smime@hospital.example>
MIME-Version: 1.0
Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"
Content-Disposition: attachment; filename="smime.p7m"
Content-Transfer-Encoding: base64

{_p7m}""", **question(flags=["smime_unverified"], new_has=["64483 and 64484"]))

# 26 A forward as a message/rfc822 part with an empty wrapper: kept as an attachment, and its
# text is what the reviewer reads.
case("26_wrapped_forward_rfc822", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fwd: Fixture 26 question from our surgeon
Message-ID: <fixture26.wrapped@clinic.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x26"

--x26
Content-Type: text/plain; charset=utf-8

--x26
Content-Type: message/rfc822

From: Surgeon <surgeon@clinic.example>
To: pat@clinic.example
Subject: Fixture 26 knee question
Message-ID: <fixture26.inner@clinic.example>
Content-Type: text/plain; charset=utf-8

Can 27447 and 27570 go on the same claim?
--x26--
""", **question(flags=["attached_message", "wrapped_message"], attachments=["Fixture 26 knee question.eml"],
               new_has=["27447 and 27570"]))

# 27 HTML with thousands of links and pathological whitespace: converted under a limit, fast.
_links = "".join(f'<a href="https://x.example/{i}">l{i}</a> ' for i in range(6000))
case("27_thousands_of_links", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 27 many links 99213
Message-ID: <fixture27.links@clinic.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Is 99213 right for this?</p>{" " * 20000}{_links}</body></html>
""", **question(new_has=["Is 99213 right"]))

# 28 Word/MSO conditional comments: the real content survives.
case("28_mso_conditionals", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 28 word html 43239
Message-ID: <fixture28.mso@clinic.example>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
<body><div class=WordSection1><p class=MsoNormal>Upper endoscopy 43239 with biopsy<o:p></o:p></p>
<![if !supportLists]><p class=MsoNormal>and 43251 in the same session?</p><![endif]>
</div></body></html>
""", **question(new_has=["43239 with biopsy", "43251 in the same session"]))

# 29 format=flowed with DelSp: soft breaks joined, hard breaks kept.
case("29_format_flowed", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 29 flowed 20552
Message-ID: <fixture29.flowed@clinic.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes

Trigger point injections 20552 for three muscles and 20553 for six mus 
cles on the same day: which one do we bill?
 From the clinic
Thanks
""", **question(new_has=["20553 for six muscles on the same day", "From the clinic"]))

# 30 Outlook plain text with every newline doubled: normalised (only for Outlook).
case("30_outlook_doubled_newlines", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 30 doubled newlines 99283
Message-ID: <fixture30.doubled@clinic.example>
X-Mailer: Microsoft Outlook 16.0
Content-Type: text/plain; charset=utf-8

Hello,

ED visit 99283 with laceration repair 12002.

Do we need modifier 25?

Thanks,

Pat
""", **question(flags=["outlook_doubled_newlines"], new_has=["12002.\nDo we need"]))

# 31 A forward whose quoted part is the question: not trimmed.
case("31_forward_not_trimmed", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fwd: Fixture 31 from the doctor
Message-ID: <fixture31.fwd@clinic.example>
Content-Type: text/plain; charset=utf-8

See below.

---------- Forwarded message ---------
From: Dr Lee <lee@clinic.example>
Date: Mon, 2 Mar 2026 at 08:00
Subject: coding question
To: Pat Coder <pat@clinic.example>

> Can we bill 29881 with 29877 on the same knee?
""", **question(flags=["forward"], new_has=["29881 with 29877"]))

# 32 An inline "From:" line mid-body must not cut the question off.
case("32_inline_from_line", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Fixture 32 inline from line 93306
Message-ID: <fixture32.inline@clinic.example>
Content-Type: text/plain; charset=utf-8

We got this echo report today.
From: the cardiology department, signed by Dr Ray.
The report shows 93306 with 93356 strain imaging.
Is 93356 payable as an add-on here, and which diagnosis supports it?
""", **question(new_has=["93356 strain imaging", "which diagnosis supports it"]))

# 33 Answers written inline between quoted lines: all of them kept.
case("33_inline_answers", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: Re: Fixture 33 inline answers
Message-ID: <fixture33.inline@clinic.example>
Content-Type: text/plain; charset=utf-8

On Mon, 2 Mar 2026, Consult <{US}> wrote:
> What was the date of service?
The date of service was 03/01/2026.
> Which side?
Left side, 64483-LT.
""", **question(new_has=["03/01/2026", "64483-LT"], new_lacks=["Which side?"]))

# 34 Outlook HTML reply with the x_ id prefix on the quote header: cut there.
case("34_outlook_x_divrplyfwdmsg", f"""
From: Pat Coder <pat@clinic.example>
To: {US}
Subject: RE: Fixture 34 outlook reply 99214
Message-ID: <fixture34.outlook@clinic.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><div>Thanks. Is 99214 still right when the visit ran 45 minutes?</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="x_divRplyFwdMsg" dir="ltr"><b>From:</b> Consult &lt;{US}&gt;<br><b>Sent:</b> Monday<br>
<b>Subject:</b> Re: visit</div><div>Old quoted answer about 99205 that must not be read.</div>
</body></html>
""", **question(new_has=["99214 still right"], new_lacks=["99205"], text_has=["99205"]))

# 35 A colleague in Cc replies to the original before our reply: same case.
case("35a_cc_original", f"""
From: Alex Asker <alex@clinic.example>
To: {US}
Cc: Casey Colleague <casey@clinic.example>
Subject: Fixture 35 original 45378
Message-ID: <fixture35.original@clinic.example>
Content-Type: text/plain; charset=utf-8

Screening colonoscopy 45378 converted to 45385: which modifier?
""", **question(phase=1))
case("35b_cc_reply", f"""
From: Casey Colleague <casey@clinic.example>
To: {US}, Alex Asker <alex@clinic.example>
Subject: Re: Fixture 35 original 45378
Message-ID: <fixture35.reply@clinic.example>
In-Reply-To: <fixture35.original@clinic.example>
References: <fixture35.original@clinic.example>
Content-Type: text/plain; charset=utf-8

Adding: the payer is Medicare, so PT as well?

> Screening colonoscopy 45378 converted to 45385: which modifier?
""", **question(kind="follow_up", thread="same_as:35a_cc_original"))

# 36 A reply through a third system that dropped References: subject token + owner check.
case("36a_owner_original", f"""
From: Olive Owner <olive@clinic.example>
To: {US}
Subject: Fixture 36 original 0446T
Message-ID: <fixture36.original@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 0446T billable with 0447T?
""", **question(phase=1))
case("36b_owner_via_ticket_system", f"""
From: Olive Owner <olive@clinic.example>
To: {US}
Subject: RE: [EXTERNAL] Fixture 36 original 0446T [Consult #@@CASE:36a_owner_original@@]
Message-ID: <JIRA.123456.fixture36@tickets.clinic.example>
Content-Type: text/plain; charset=utf-8

Our ticket system rewrote the headers. One more: what about 0448T?
""", **question(kind="follow_up", thread="same_as:36a_owner_original"))

# 37 Reply pressed, but the subject changed to a new topic: a new case.
case("37a_topic_original", f"""
From: Tom Topic <tom@clinic.example>
To: {US}
Subject: Fixture 37 original 99232
Message-ID: <fixture37.original@clinic.example>
Content-Type: text/plain; charset=utf-8

Subsequent hospital care 99232 twice a day?
""", **question(phase=1))
case("37b_new_topic_same_thread", f"""
From: Tom Topic <tom@clinic.example>
To: {US}
Subject: Different thing entirely: bilateral 64490
Message-ID: <fixture37.newtopic@clinic.example>
In-Reply-To: <fixture37.original@clinic.example>
References: <fixture37.original@clinic.example>
Content-Type: text/plain; charset=utf-8

New question: how do we report bilateral 64490?
""", **question())

# 38 A stranger replying to someone else's message (bulk mail, same In-Reply-To): new case.
case("38a_bulk_original", f"""
From: Bea Bulk <bea@hospital.example>
To: {US}
Subject: Fixture 38 bulk original 99497
Message-ID: <fixture38.bulk@hospital.example>
Content-Type: text/plain; charset=utf-8

Advance care planning 99497 with an AWV?
""", **question(phase=1))
case("38b_other_recipient_replies", f"""
From: Xavier Other <xavier@other-clinic.example>
To: {US}
Subject: Re: Fixture 38 bulk original 99497
Message-ID: <fixture38.other@other-clinic.example>
In-Reply-To: <fixture38.bulk@hospital.example>
References: <fixture38.bulk@hospital.example>
Content-Type: text/plain; charset=utf-8

We have the same question, but for 99498.
""", **question())

# 39 A stranger quotes another customer's case token in the Subject: a new case.
case("39_stranger_with_case_token", f"""
From: Sid Stranger <sid@elsewhere.example>
To: {US}
Subject: Re: Fixture 39 [Consult #@@CASE:36a_owner_original@@] my own question 99406
Message-ID: <fixture39.stranger@elsewhere.example>
Content-Type: text/plain; charset=utf-8

Smoking cessation 99406 with a 99213?
""", **question())

# 40 An out-of-office answering our mail: stored quietly on the case, no answer, no reopen.
case("40a_ooo_original", f"""
From: Oona Away <oona@clinic.example>
To: {US}
Subject: Fixture 40 original 99214
Message-ID: <fixture40.original@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 99214 supported by moderate MDM alone?
""", **question(phase=1))
case("40b_out_of_office", f"""
From: Oona Away <oona@clinic.example>
To: {US}
Subject: Automatic reply: Fixture 40 original 99214
Message-ID: <fixture40.ooo@clinic.example>
In-Reply-To: <fixture40.original@clinic.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8

I am out of the office until Monday.
""", **ignored("auto_reply", thread="linked:40a_ooo_original"))

# 41 A bounce from mailer-daemon for one of our replies: matched to it, never answered.
case("41_bounce_of_our_reply", f"""
From: Mail Delivery System <MAILER-DAEMON@mx.clinic.example>
To: {US}
Subject: Undelivered Mail Returned to Sender
Message-ID: <fixture41.bounce@mx.clinic.example>
Return-Path: <>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="x41"

--x41
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.clinic.example. The message could not be delivered.
--x41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.clinic.example

Final-Recipient: rfc822; gone@clinic.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
--x41
Content-Type: text/rfc822-headers

From: Consult <{US}>
To: gone@clinic.example
Subject: Re: a question [Consult #1]
Message-ID: <consult.fixture41sent@example.test>
--x41--
""", **ignored("bounce", thread="linked:outbound", report_message_id="<consult.fixture41sent@example.test>"))

# 42 Our own reply comes back into the mailbox (alias, Cc, forwarding): a loop, dropped.
case("42_our_own_mail_back", f"""
From: Consult <{US}>
To: someone@clinic.example
Cc: {US}
Subject: Re: Fixture 42 question [Consult #1]
Message-ID: <consult.fixture42loop@example.test>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Consult-Case: 1
Content-Type: text/plain; charset=utf-8

Our answer about 99213.
""", **ignored("loop"))

# 43 Our address only in Bcc or via an alias: Delivered-To/X-Original-To are read.
case("43_bcc_or_alias", f"""
From: Pat Coder <pat@clinic.example>
To: Team <team@clinic.example>
Subject: Fixture 43 bcc to consult 96365
Message-ID: <fixture43.bcc@clinic.example>
Delivered-To: {US}
X-Original-To: coding@example.test
Content-Type: text/plain; charset=utf-8

Infusion 96365 and 96366: how do we count the hours?
""", **question(delivered_to=[US, "coding@example.test"]))

# 44 A stray blank line inside the header block: tolerated and flagged.
case("44_stray_blank_line_in_headers", f"""
From: Pat Coder <pat@clinic.example>
Subject: Fixture 44 stray blank line 99215

To: {US}
Message-ID: <fixture44.blank@clinic.example>
Content-Type: text/plain; charset=utf-8

Is 99215 justified with high MDM?
""", **question(flags=["stray_blank_line_in_headers"], message_id="<fixture44.blank@clinic.example>",
               new_lacks=["Message-ID"]))


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    expectations = {}
    for name, data, expect in CASES:
        (HERE / f"{name}.eml").write_bytes(data)
        expectations[name] = expect
    (HERE / "expectations.json").write_text(json.dumps(expectations, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} fixtures to {HERE}")


if __name__ == "__main__":
    main()
