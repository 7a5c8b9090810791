"""People named together, then "they" (issue #11): a plural pronoun whose antecedent is a
coordination of two people or more ("Ted Cruz and John Kasich spoke in Washington. They oppose
the nuclear deal") stands for each of them (gold README, parties named together), as it already
did for states and organisations. One person is no "they", and a coordination that another
subject reports ("The unions said X and Y had ignored them. They ...") leaves the reporter the
antecedent. The sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


THEY_PEOPLE = [
    C("they: oppose",
      "Ted Cruz and John Kasich spoke in Washington on Monday. They oppose the nuclear deal.",
      E("Ted Cruz", "oppose", "nuclear deal"), E("John Kasich", "oppose", "nuclear deal")),
    C("they: called for",
      "Senator Elizabeth Warren and Senator Bernie Sanders held a rally. They called for a higher minimum wage.",
      E("Elizabeth Warren", "demand", "minimum wage"), E("Bernie Sanders", "demand", "minimum wage")),
    C("they: rejected",
      "Angela Merkel and Emmanuel Macron met in Berlin. They rejected the American proposal.",
      E("Angela Merkel", "oppose", "proposal"), E("Emmanuel Macron", "oppose", "proposal")),
    C("they: demanded",
      "Nancy Pelosi and Chuck Schumer went to the White House. They demanded an end to the shutdown.",
      E("Nancy Pelosi", "demand", "shutdown"), E("Chuck Schumer", "demand", "shutdown")),
    C("they: defended",
      "Joe Manchin and Pat Toomey wrote the background checks bill. They defended the compromise on Tuesday.",
      E("Joe Manchin", "support", "compromise"), E("Pat Toomey", "support", "compromise")),
    C("they: backed",
      "Boris Johnson and Leo Varadkar met at a country house. They backed a new customs arrangement.",
      E("Boris Johnson", "support", "customs arrangement"), E("Leo Varadkar", "support", "customs arrangement")),
    C("their: stance noun",
      "Ted Cruz and John Kasich addressed the conference. Their opposition to the Iran deal was clear.",
      E("Ted Cruz", "oppose", "Iran deal"), E("John Kasich", "oppose", "Iran deal")),
    C("they said they would not",
      "Bernie Sanders and Elizabeth Warren spoke after the vote. They said they would not support the bill.",
      E("Bernie Sanders", "oppose", "bill"), E("Elizabeth Warren", "oppose", "bill")),
    C("they: have rejected",
      "Mitch McConnell and Paul Ryan left the meeting early. They have rejected any tax increase.",
      E("Mitch McConnell", "oppose", "tax increase"), E("Paul Ryan", "oppose", "tax increase")),
    C("they both vowed",
      "Ted Cruz and John Kasich addressed the conference. They have both vowed to tear up the Iran deal.",
      E("Ted Cruz", "oppose", "Iran deal"), E("John Kasich", "oppose", "Iran deal")),
    C("both made their opposition clear",
      "Ted Cruz and John Kasich addressed the conference. Both made their opposition to the Iran deal clear.",
      E("Ted Cruz", "oppose", "Iran deal"), E("John Kasich", "oppose", "Iran deal"),
      xfail="'made their opposition clear' after 'addressed the conference': the noun of 'made ... clear' "
            "is read only with the first sentence ending in another verb"),
    C("both candidates",
      "Hillary Clinton and Bernie Sanders debated in Brooklyn. Both candidates oppose the trade pact.",
      E("Hillary Clinton", "oppose", "trade pact"), E("Bernie Sanders", "oppose", "trade pact")),
]

CONTROLS = [
    C("one person is no they", "Ted Cruz spoke in Iowa on Monday. They oppose the deal.",
      A("Ted Cruz")),
    C("a person met another: no coordination", "Ted Cruz met John Kasich in Ohio. They oppose the deal.",
      A("Ted Cruz"), A("John Kasich")),
    C("a person and a plain noun", "Ted Cruz and his wife arrived in Iowa. They oppose the deal.",
      A("Ted Cruz")),
    C("reported people: the reporter goes on",
      "The unions said Ted Cruz and John Kasich had ignored them. They rejected the offer.",
      E("unions", "oppose", "offer"), A("Ted Cruz"), A("John Kasich")),
    C("reported states: the reporter goes on",
      "The unions said Germany and France had ignored them. They rejected the offer.",
      E("unions", "oppose", "offer"), A("Germany"), A("France")),
    C("a plural subject after the people",
      "Activists said Ted Cruz and John Kasich were wrong. They demanded a recount.",
      E("Activists", "demand", "recount"), A("Ted Cruz"), A("John Kasich")),
]

CASES = THEY_PEOPLE + CONTROLS


def test_table_has_enough_cases():
    assert len([c for c in THEY_PEOPLE if not c.xfail]) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_plural_people_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
