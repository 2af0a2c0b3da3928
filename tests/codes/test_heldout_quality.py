"""The extractor on the emails written after the sample corpus (tests/codes/heldout).

The floors sit a little under what the extractor scores today (docs/extraction.md), so a rule
that costs accuracy on mail like this fails here even when the shared corpus still passes.
"""

from __future__ import annotations

from pathlib import Path

from consult.codes.evaluate import evaluate

HELDOUT = Path(__file__).parent / "heldout"


def test_heldout_mail_keeps_its_scores() -> None:
    score = evaluate(HELDOUT)
    report = "\n".join(score.lines() + score.problems)
    assert score.messages == 10730
    assert score.codes.precision >= 0.99 and score.codes.recall >= 0.99, report
    assert score.modifiers.precision >= 0.99 and score.modifiers.recall >= 0.98, report
    # Pair precision sits lowest: the labels of sets 14, 23, 154, 156, 160 and 172 leave forwarded text out (the
    # extractor reads a forward whole) and one labeller left '20610 -RT' unpaired.
    assert score.pairs.precision >= 0.96 and score.pairs.recall >= 0.99, report
    assert score.ranges.precision >= 0.99 and score.ranges.recall >= 0.99, report
    # Set 43's pasted billing data (remittances, UB-04 dumps, status columns) holds 6 of them, sets
    # 58-59 four more (an account number in capitals, a FISS reason, a carrier number), set 63 a
    # vaccine-eligibility value (V02), set 66 one more; round 35 read two of set 43's as
    # identifiers; set 92 adds one its labeller listed by mistake ('2nd G0482': the code G0482,
    # also labelled as a code, on a second line); set 95 one more (remark code M86, read blind);
    # set 105 one more slip ('indicator for 47563 is 2' listed as a trap, 47563 as a code); set
    # 147 one labelling slip ('Q9967 x 100' listed as a trap, Q9967 as a code). (Sets 135 and 159's
    # prose '"I10"', HL7's coding-system name, are read so since round 86.) Set 163 lists two
    # category families as traps ('I69.-', 'I63.-'), which the extractor reports as categories;
    # set 165 one slip like set 105's ('MUE for 82962 is 3' a trap, 82962 a code); set 183 a
    # patient control number ('PCN 45380-221'), left alone: 'PCN' also names a nephrostomy. (An
    # edit's number, 'payer edit 31887', 'Claim edit 10452:', is read so since round 102.) Set
    # 195 two, left alone: a visit number after an account number ('acct 4471022, visit 88310')
    # and a CSV's visit identifier whose prefix is itself a code ('V2027-11408'). Sets 204 and 207
    # six, left alone: a category named as a code ('the Z3A code'), a slip like set 105's ('MUE for
    # J1439 is 750'), a PCN ('PCN 88231-ACCT'), an encounter number whose prefix is code-shaped
    # ('E2027-55810'), a payer ID that is also a code the message names ('their payer ID really is
    # 97530') and a trading partner's ID ('Trading Partner:   99203'). Round 108 read one older
    # trap right (set 43's); sets 213-215 add six, left alone: a CMS change request ('Change
    # Request 13247'), a software rule ('rule E4021') and a scrubber log's message numbers after a
    # one-letter severity ('  W 10217  NCCI PTP …', four of them). Set 223 two more, left alone:
    # a JSON export's account number ('"accountNumber": "30512"') and a remark code after a wide
    # gap in a remittance row ('CO-97     N20'). Set 227 one, left alone: a FISS claim's status
    # and location ('S/LOC T B9997'). Round 112 read two older ones right (set 223's JSON account
    # number, a software rule); set 228 adds one, left alone: an account number named again
    # without its label ('confirm the account number stays 20553'). Set 235 one, left alone: an
    # outpatient code editor's edit number in a pasted report ('LN 07  E048 REVENUE CENTER').
    # Round 116 read two older ones right (a FISS status and location, 'T B9997'). Set 251 one,
    # left alone: a home health agency's CBSA named on a value code ('value code 61 is 24300').
    # Set 255 one labelling slip like set 147's ('99292 × 2' a trap, 99292 a code). Set 295 two,
    # left alone: a PM system's own batch-upload error numbers that are also HCPCS numbers
    # ('Batch upload errors E1031/E2207', named again in prose as 'E2207 says'). Set 313 one,
    # left alone: a part number after 'part' ('replacement frame part 63107'), where 'the E/M
    # part 99214' names a code. Round 145 read an older one right (a visit ID's tail under
    # 'visit_id', 'V2027-11408'); round 148 two more (a patient control number, 'PCN 45380-221').
    # Set 374 one, left alone: a foreign postal code after its city at a line's end ('Gulberg III,
    # Lahore 54660'), where 'Injection, Kenalog 20610' names a code. Set 387 one, left alone: an
    # MDS item of a SNF assessment ('J2100 was answered 0'), shaped as HCPCS J2100. Set 402 one,
    # left alone as the earlier 'the Z3A code': a category named for its family ('do I need Z3A
    # codes for the weeks (like Z3A.28)?'). Round 162 read an older one right (a catalog number,
    # 'cat. no. 20218'). Set 411 one, left alone: a JSON encounter ID whose prefix is longer than
    # the one '"batchId":"B-72140"' has ('"encounterId": "tele-7Q2M-48810"'). Round 165 read an
    # older one right (a payer ID named before 'is', 'their payer ID really is 97530'); set 417
    # adds one, left alone as 'the Z3A code': a category named for the code above it ('instead of
    # the T81 code', after T81.41XA).
    assert score.traps_reported <= 42, report
    # Dates agree least: labellers took the first of several dates and sometimes a scheduled one,
    # the extractor takes the latest encounter and no plan (docs/extraction.md).
    assert score.dates_agreed >= 0.87 * score.dates_scored, report
