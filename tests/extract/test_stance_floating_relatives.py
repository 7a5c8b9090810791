"""A relative clause with "both", "all" or "each" after the pronoun (issue #11): "Ted Cruz and
John Kasich, who both oppose the deal", "Egypt and Qatar, which each proposed a truce" are about
every party of the coordination before it, though the parser hangs the clause on the last one
(and may make "both" the subject, "which" an object). The sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


FLOATING = [
    C("who both: people", "Ted Cruz and John Kasich, who both oppose the deal, spoke in Iowa.",
      E("Ted Cruz", "oppose", "deal"), E("John Kasich", "oppose", "deal")),
    C("which each: states", "Egypt and Qatar, which each proposed a truce, hosted the talks.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("which both: states, back", "Britain and France, which both back the resolution, called a vote.",
      E("United Kingdom", "support", "resolution"), E("France", "support", "resolution")),
    C("which both: rejected", "Germany and Italy, which both rejected the plan, abstained.",
      E("Germany", "oppose", "plan"), E("Italy", "oppose", "plan")),
    C("which all: one group", "The unions, which all rejected the offer, met on Monday.",
      E("unions", "oppose", "offer")),
    C("who both: a group", "The two senators, who both opposed the bill, spoke on Monday.",
      E("senators", "oppose", "bill")),
    C("who both: object position", "The senator met Nancy Pelosi and Chuck Schumer, who both demanded a vote.",
      E("Nancy Pelosi", "demand", "vote"), E("Chuck Schumer", "demand", "vote")),
    C("who each: people", "Bernie Sanders and Elizabeth Warren, who each backed the strike, spoke to the workers.",
      E("Bernie Sanders", "support", "strike"), E("Elizabeth Warren", "support", "strike")),
    C("which all: three states", "Japan, South Korea and Australia, which all support the sanctions, met in Tokyo.",
      E("Japan", "support", "sanctions"), E("South Korea", "support", "sanctions"),
      E("Australia", "support", "sanctions")),
    C("who both: rejected the offer", "Angela Merkel and Emmanuel Macron, who both rejected the offer, left early.",
      E("Angela Merkel", "oppose", "offer"), E("Emmanuel Macron", "oppose", "offer")),
    C("which both: object misparse", "Turkey and Iran, which both oppose Kurdish statehood, sent troops.",
      E("Turkey", "oppose", "statehood"), E("Iran", "oppose", "statehood"),
      xfail="the parser makes 'which' the object of 'oppose': the issue is read as the antecedent"),
]

CONTROLS = [
    C("the object is relative", "The offer, which both sides rejected, was withdrawn.",
      A("offer")),
    C("no quantifier: the last noun only", "Ted Cruz met John Kasich, who opposes the deal.",
      E("John Kasich", "oppose", "deal"), A("Ted Cruz", "oppose")),
    C("a quantifier in the main clause", "Ted Cruz and John Kasich both spoke to Hillary Clinton, who opposes the deal.",
      E("Hillary Clinton", "oppose", "deal"), A("Ted Cruz", "oppose"), A("John Kasich", "oppose")),
]

CASES = FLOATING + CONTROLS


def test_table_has_enough_cases():
    assert len([c for c in FLOATING if not c.xfail]) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_floating_relative_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
