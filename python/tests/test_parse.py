"""parse, parse_all, parse_bytes and the Decision they give, on fixtures."""

from __future__ import annotations

import datetime
import json

import pytest

import lgsco
from conftest import FIXTURES


def text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_header_is_typed() -> None:
    d = lgsco.parse(text("payment.txt"))
    h = d.header
    assert h.organisation == "Wrenford Borough Council"
    assert h.reference == "23 004 117"
    assert h.reference_year == 2023
    assert (h.area, h.subcategory) == ("Adult care services", "Charging")
    assert h.outcome is not None
    assert h.date == datetime.date(2024, 3, 14)
    start, end = h.spans["organisation"]
    assert d.text[start:end] == "Wrenford Borough Council"


def test_spans_count_characters_not_bytes() -> None:
    # `£` and `’` are several bytes in UTF-8 but one character in Python:
    # every span must still slice the text it names.
    source = text("payment.txt")
    assert "£" in source and not source.isascii()
    d = lgsco.parse(source)
    facts = d.facts()
    payment = next(r for r in facts.remedies if r.label == "payment")
    assert payment.amount == 300.0
    start, end = payment.span
    assert source[start:end] == payment.evidence
    assert "£300" in payment.evidence
    assert facts.complainant is not None
    start, end = facts.complainant.span
    assert source[start:end] == "Mr T"
    for p in d.paragraphs:
        start, end = p.text_span
        assert source[start:end] == p.text
    for c in d.citations():
        start, end = c.span
        assert source[start:end] == c.text
        for prov in c.provisions:
            assert source[prov.span[0] : prov.span[1]] == prov.text
    summary = d.summary
    assert summary is not None
    assert source[summary.text_span[0] : summary.text_span[1]] == summary.text


def test_tree() -> None:
    d = lgsco.parse(text("payment.txt"))
    kinds = [s.kind for s in d.sections]
    assert "final_decision" in kinds
    numbers = [p.number for p in d.paragraphs]
    assert numbers == list(range(1, len(numbers) + 1))
    assert sum(len(s.paragraphs) for s in d.sections) == len(numbers)
    assert all(d.sections[p.section].span[0] <= p.span[0] for p in d.paragraphs)
    assert d.is_complete


def test_facts_and_citations() -> None:
    d = lgsco.parse(text("tribunal.txt"))
    f = d.facts()
    assert f.result == "not_investigated"
    assert [b.body_kind for b in f.bodies] == ["tribunal"]
    assert all(b.fact == "body" for b in f.bodies)
    c = d.citations()[0]
    assert c.instrument == "Local Government Act 1974"
    assert c.location == "paragraph"
    assert c.provisions[0].uri is not None
    assert lgsco.parse(text("payment.txt")).facts().total_amount == 300.0


def test_validate() -> None:
    clean = lgsco.parse(text("payment.txt"))
    assert [x for x in clean.validate() if x.severity == "error"] == []
    cut = text("payment.txt")
    cut = cut[: cut.index("Final decision") - 30]
    found = lgsco.parse(cut).validate()
    truncated = [x for x in found if x.name == "truncated"]
    assert truncated and truncated[0].severity == "error"
    assert truncated[0].code.startswith("S") and truncated[0].line > 1
    assert not lgsco.parse(cut).is_complete


def test_json_akn_and_text() -> None:
    d = lgsco.parse(lgsco.SAMPLE)
    as_dict = d.to_dict()
    assert as_dict == json.loads(d.to_json())
    assert json.loads(d.to_json(indent=True)) == as_dict
    assert as_dict["header"]["reference"] == "24 012 345"
    assert "schema_version" in as_dict
    assert d.to_akn().startswith("<?xml")
    # The canonical text parses back to the same tree's header.
    again = lgsco.parse(str(d))
    assert again.header.reference == d.header.reference
    assert again.to_dict()["header"]["category"] == as_dict["header"]["category"]


def test_parse_error() -> None:
    with pytest.raises(lgsco.ParseError) as caught:
        lgsco.parse("nothing to see\nhere\n")
    err = caught.value
    assert isinstance(err, ValueError)
    assert (err.line, err.column) == (1, 1)
    assert "Summary" in err.expected
    assert err.kind == "no_statement"


def test_parse_all() -> None:
    both = text("payment.txt") + "\n" + text("tribunal.txt")
    ds = lgsco.parse_all(both)
    assert [d.header.reference for d in ds] == ["23 004 117", "24 009 832"]
    second = ds[1]
    # Spans index the whole text.
    start, end = second.header.spans["organisation"]
    assert both[start:end] == "Eastholm City Council"
    assert lgsco.parse(both).header.reference == "23 004 117"


def test_parse_bytes() -> None:
    source = text("payment.txt")
    assert lgsco.parse_bytes(source.encode("utf-8")).header.reference == "23 004 117"
    cp = source.replace("’", "'").encode("cp1252")
    assert b"\xa3" in cp  # `£` in Windows-1252
    d = lgsco.parse_bytes(cp)
    assert "£300" in d.facts().remedies[-1].evidence
    with pytest.raises(lgsco.ParseError) as caught:
        lgsco.parse_bytes(cp, encoding="utf-8")
    assert caught.value.kind == "invalid_utf8"
    with pytest.raises(ValueError):
        lgsco.parse_bytes(cp, encoding="latin-9")
