"""An item added with "as well as" after an apposition is an issue of its own: "an 8.6 percent pay
rise, about double the inflation rate, as well as a housing allowance" demands the rise and the
allowance (the apposition only renames the rise) (pipeline/extract/stance/issues.py, listed_items)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> the (holder, polarity, label) stances expected
CASES = {
    "pay rise, a rate, as well as an allowance": (
        "The workers want an 8.6 percent pay rise, about double the current inflation rate of 4.2 per cent, as well as "
        "a 1,000 rand ($137.22) monthly housing allowance.",
        [("workers", "demand", "8.6 percent pay rise"), ("workers", "demand", "1,000 rand monthly housing allowance")]),
    "wage increase, twice the rate, as well as conditions": (
        "The union demanded a 10 percent wage increase, twice the inflation rate, as well as better working conditions.",
        [("union", "demand", "10 percent wage increase"), ("union", "demand", "better working conditions")]),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_as_well_as_adds_an_issue(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    for stance in expected:
        assert stance in found, found


def test_an_apposition_alone_renames(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "The union demanded a 10 percent wage increase, twice the inflation rate.")
    assert [label for *_, label in found] == ["10 percent wage increase"], found


@pytest.mark.xfail(reason="the parser hangs the apposition on 'prisoners', inside the issue, not on 'release'", strict=True)
def test_as_well_as_after_an_inner_apposition(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "Hamas wants the release of prisoners, its main demand, as well as a permanent ceasefire.")
    assert ("Hamas", "demand", "permanent ceasefire") in found, found
