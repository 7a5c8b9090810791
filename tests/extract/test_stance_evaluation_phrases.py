"""Evaluations with a noun phrase (issue #11): "the ceasefire was an opportunity for peace",
"called the agreement a positive development", "a good deal for America" support the thing
judged; "a blow to relations", "an affront", "a hoax", "a dead end" oppose it ([predicates],
with their article). "A win for X" is left out: "a big win for Iran" is said against a move."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("an opportunity", "Zelensky said the ceasefire was an opportunity for peace.", E("Zelensky", "support", "ceasefire")),
    C("a positive development", "Kerry called the agreement a positive development.", E("Kerry", "support", "agreement")),
    C("a good deal", "Trump said the pact was a good deal for America.", E("Trump", "support", "pact")),
    C("a good idea", "Merkel said the plan was a good idea.", E("Merkel", "support", "plan")),
    C("an achievement", "Guterres called the truce an achievement.", E("Guterres", "support", "truce")),
    C("a blow", "Lavrov called the sanctions a blow to relations.", E("Lavrov", "oppose", "sanctions")),
    C("an affront", "Erdogan said the embargo was an affront to Turkey.", E("Erdogan", "oppose", "embargo")),
    C("a hoax", "Trump called the inquiry a hoax.", E("Trump", "oppose", "inquiry")),
    C("a dead end", "Abbas called the settlement plan a dead end.", E("Abbas", "oppose", "settlement plan")),
    C("a bad deal", "Netanyahu said the accord was a bad deal.", E("Netanyahu", "oppose", "accord")),
]

CONTROLS = [
    C("a win for someone", "Graham said the withdrawal was a big win for Tehran.", A("Graham", "support")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES + CONTROLS)))
def test_evaluation_phrase(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
