"""Pure parts of the web queue: sanitizing, highlighting, families, routing."""

from __future__ import annotations

from consult.web.families import families_of
from consult.web.routing import policy_for, route
from consult.web.sanitize import highlight, safe_html
from consult.web.tables import RoutingRule, SenderPolicy


def test_safe_html_keeps_text_and_drops_everything_that_runs_or_loads() -> None:
    hostile = (
        '<style>*{display:none}</style><p onclick="x()" style="color:red">Hi <b>there</b></p>'
        '<script>alert(1)</script><img src="http://evil/p.gif"><a href="javascript:alert(1)">link</a>'
        '<iframe src="http://evil"></iframe><svg><image href="http://evil/i"/></svg><!-- c -->'
    )
    clean = safe_html(hostile)
    assert "<p>Hi <b>there</b></p>" in clean and "<a>link</a>" in clean
    for bad in ("script", "style", "img", "iframe", "svg", "href", "src", "onclick", "alert", "<!--"):
        assert bad not in clean, bad


def test_highlight_follows_spans_and_ignores_bad_ones() -> None:
    text = "Bill 99213-25 with 20610?"
    segments = highlight(text, [
        {"code": "99213", "system": "CPT", "span": [5, 10], "modifiers": ["25"]},
        {"code": "20610", "system": "CPT", "span": [19, 24]},
        {"code": "X", "span": [7, 9]},  # overlaps the first: ignored
        {"code": "Y", "span": [20, 400]},  # past the end: ignored
    ])
    assert "".join(s.text for s in segments) == text
    assert [(s.text, s.code) for s in segments if s.code] == [("99213", "99213"), ("20610", "20610")]
    assert segments[1].modifiers == "25"


def test_families_of_codes() -> None:
    assert families_of("99213", "CPT", "I") == ["em"]
    assert families_of("20610", "CPT", "I") == ["surgery"]
    assert families_of("0418T", "CPT", "III") == ["cpt3"]
    assert families_of("J1100", "HCPCS", "II") == ["hcpcs"]
    assert families_of("E11.9", "ICD-10-CM", "") == ["icd"]


def test_first_matching_rule_wins_and_address_policy_beats_domain() -> None:
    rules = [
        RoutingRule(id=1, position=10, match_kind="tier", match_value="priority", reviewer_group="vip", priority=1),
        RoutingRule(id=2, position=20, match_kind="family", match_value="surgery", reviewer_group="surgery", priority=2),
        RoutingRule(id=3, position=5, match_kind="family", match_value="em", reviewer_group="em", priority=3, active=False),
    ]
    assert route(rules, {"surgery", "em"}, "priority").group == "vip"  # type: ignore[union-attr]
    assert route(rules, {"surgery", "em"}, "standard").group == "surgery"  # type: ignore[union-attr]
    assert route(rules, {"em"}, "standard") is None
    policies = [SenderPolicy(pattern="@clinic.example", tier="trial"), SenderPolicy(pattern="boss@clinic.example", tier="priority")]
    assert policy_for(policies, "Boss@Clinic.example").tier == "priority"  # type: ignore[union-attr]
    assert policy_for(policies, "pat@clinic.example").tier == "trial"  # type: ignore[union-attr]
    assert policy_for(policies, "pat@other.example") is None
