"""Needs stated as nouns (issue #11): who states a need demands what it is for.

News English words a demand as a need as often as with a verb: "there is a need for X", "stressed
the need to V", "sees no need for X" (which opposes X); a need conceded ("acknowledged the need for
reparations") supports it (test_polarity_conceded_needs.py). The holder is the subject of the verb that
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
      E("Revolutionary Armed Forces of Colombia", "support", "reparations")),
    C("coordinated need", "Serbia recognized the concerns of the minority and the need for new guarantees.",
      E("Serbia", "support", "guarantees")),
    C("a need after a clause-like object", "The FARC has acknowledged the pain suffered by their victims and the need for reparations.",
      E("Revolutionary Armed Forces of Colombia", "support", "reparations")),
    C("a need after a participle object", "Iran stressed the sanctions imposed by the West and the need for their removal.",
      E("Iran", "demand", "removal")),
]

CONTROLS = [
    C("a participle object and no need", "Israel acknowledged the damage caused by the strike.", A("Israel")),
    C("commentator's need", "Analysts said there was a need for more investment.",
      A("Analysts")),
    C("needs of someone", "Officials said the needs of the refugees were growing.",
      A("Officials")),
    C("a need as a fact", "The IMF said Egypt's financing needs are large.",
      A("IMF"), A("Egypt")),
]

# "stressed the importance of X" is read as "stressed the need for X" (issue #11, coverage).
IMPORTANCE = [
    C("stressed the importance of", "Kerry stressed the importance of dialogue between Kyiv and Moscow.",
      E("Kerry", "demand", "dialogue")),
    C("underscored the importance of", "Lavrov underscored the importance of the Minsk agreements.",
      E("Lavrov", "demand", "Minsk agreements")),
    C("highlighted the importance of", "The EU highlighted the importance of free and fair elections.",
      E("European Union", "demand", "elections")),
    C("reiterated the importance of", "Obama reiterated the importance of a two-state solution.",
      E("Obama", "demand", "two-state solution")),
    C("importance of a ceasefire", "Guterres stressed the importance of an immediate ceasefire.",
      E("Guterres", "demand", "ceasefire")),
    C("noted the importance of", "Japan noted the importance of denuclearization.", E("Japan", "demand", "denuclearization")),
    C("spoke of the importance of", "Xi spoke of the importance of stable relations with Washington.",
      E("Xi", "demand", "relations")),
    C("emphasized the importance of", "Ban Ki-moon emphasized the importance of a political solution.",
      E("Ban Ki-moon", "demand", "political solution"),
      xfail="the small model tags no entity on 'Ban Ki-moon' at the start of a sentence"),
    C("importance of a gerund", "Merkel underlined the importance of implementing the Minsk agreements.",
      E("Merkel", "demand", "implementation"),
      xfail="the small model tags no entity on 'Merkel' alone before 'underlined'"),
    C("stressed the importance of, named", "German Chancellor Angela Merkel stressed the importance of a lasting truce.",
      E("Angela Merkel", "demand", "truce")),
    C("importance, no holder", "The importance of the vote cannot be overstated.", A("vote")),
]

CASES = NEEDS + CONTROLS + IMPORTANCE


def test_table_has_enough_cases():
    assert len(NEEDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stance_need(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
