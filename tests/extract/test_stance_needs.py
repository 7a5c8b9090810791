"""Needs stated as nouns (issue #11): who states a need demands what it is for.

News English words a demand as a need as often as with a verb: "there is a need for X", "stressed
the need to V", "sees no need for X" (which opposes X). The holder is the subject of the verb that
states the need, or whoever reports an existential "there is a need"; a need of someone ("the
needs of the refugees") and a commentator's need are no party's position.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


NEEDS = [
    C("stressed the need for", "Kerry stressed the need for a ceasefire.",
      E("Kerry", "demand", "ceasefire")),
    C("underlined the need to", "The union underlined the need to raise wages.",
      E("union", "demand", "wages")),
    C("there is a need, reported", "Craven also said that there is need for the government to present an urgent new offer.",
      E("Craven", "demand", "offer")),
    C("there is a need, quoted", "\"There is a need for the government to present a new offer,\" Craven said.",
      E("Craven", "demand", "offer")),
    C("urgent need, quoted", "\"There is an urgent need for a ceasefire,\" Guterres said.",
      E("Guterres", "demand", "ceasefire")),
    C("emphasised the need", "Germany emphasised the need for new elections in Venezuela.",
      E("Germany", "demand", "elections")),
    C("spoke of the need", "Antonio Guterres spoke of the need for a political solution in Libya.",
      E("Antonio Guterres", "demand", "political solution")),
    C("reiterated the necessity of", "The European Union reiterated the necessity of dialogue between Belgrade and Pristina.",
      E("European Union", "demand", "dialogue")),
    C("see no need", "\"We see no need for new sanctions,\" the Kremlin said.",
      E("Russia", "oppose", "sanctions")),
    C("there was no need", "Russia said there was no need for foreign monitors.",
      E("Russia", "oppose", "monitors")),
    C("acknowledged the need", "The FARC has acknowledged the need for reparations to victims.",
      E("Revolutionary Armed Forces of Colombia", "demand", "reparations")),
    C("coordinated need", "Serbia recognized the concerns of the minority and the need for new guarantees.",
      E("Serbia", "demand", "guarantees")),
]

CONTROLS = [
    C("commentator's need", "Analysts said there was a need for more investment.",
      A("Analysts")),
    C("needs of someone", "Officials said the needs of the refugees were growing.",
      A("Officials")),
    C("a need as a fact", "The IMF said Egypt's financing needs are large.",
      A("IMF"), A("Egypt")),
]

CASES = NEEDS + CONTROLS


def test_table_has_enough_cases():
    assert len(NEEDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stance_need(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
