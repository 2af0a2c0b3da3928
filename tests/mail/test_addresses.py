"""`address_list` reads the plainest address headers itself; it must agree with the standard
library's `getaddresses` on every value, plain or not."""

from __future__ import annotations

import itertools
from email.utils import getaddresses
from pathlib import Path

import pytest

from consult.mail.parse import ParseError, _parse_bytes, _raw_headers, address_list

ROOT = Path(__file__).resolve().parents[2]

_NAMES = ["", "Sam", "Sam Biller", "Sam  Biller", "Sam J. Biller", '"Biller, Sam"', '"Sam Biller"',
          "Sam (billing)", "Dr Sam O'Neil", "Sam_Biller", "=?utf-8?q?Sam?=", "Säm"]
_ADDRESSES = ["sam@clinic.example", "sam.biller@clinic.example", "sam+tag@mail.clinic.example",
              "sam..b@clinic.example", ".sam@clinic.example", "sam@localhost", "sam@clinic-1.example",
              "SAM@Clinic.Example", "sam@clinic.example.", "sam@[127.0.0.1]", "s@c.e"]
_SHAPES = ["{a}", "{n} <{a}>", "{n}<{a}>", " {n} <{a}> ", "<{a}>", "{n} <{a}>, other@x.example",
           "{a} ({n})", "{n} {a}", "{n} <{a}", "\t{n} <{a}>"]


def test_same_as_getaddresses_on_generated_values() -> None:
    for name, addr, shape in itertools.product(_NAMES, _ADDRESSES, _SHAPES):
        value = shape.format(n=name, a=addr)
        assert address_list(value) == getaddresses([value]), value


def test_same_as_getaddresses_on_every_sample_header() -> None:
    samples = sorted((ROOT.parent / "shared" / "corpus").rglob("*.eml")) + sorted(
        (ROOT / "tests").rglob("*.eml")
    )
    seen = 0
    for path in samples:
        try:
            headers = _raw_headers(_parse_bytes(path.read_bytes()))
        except ParseError:
            continue
        for name in ("from", "to", "cc", "reply-to", "sender", "delivered-to"):
            value = headers.get(name, "")
            assert address_list(value) == getaddresses([value]), (path.name, value)
            seen += bool(value)
    assert seen > 100


def test_the_plain_forms_take_the_short_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_parser(values: list[str]) -> list[tuple[str, str]]:
        raise AssertionError(f"the standard parser was used for {values}")

    monkeypatch.setattr("consult.mail.parse.getaddresses", slow_parser)
    assert address_list("Sam Biller <sam@clinic.example>") == [("Sam Biller", "sam@clinic.example")]
    assert address_list("sam@clinic.example") == [("", "sam@clinic.example")]
