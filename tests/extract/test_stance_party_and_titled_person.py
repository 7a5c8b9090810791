"""A party and a titled person named together (issue #11): in "Germany and Chancellor Angela
Merkel rejected the plan" the title is "Chancellor", not "Germany and Chancellor"; the title
path read the party and the "and" into the person's title, so the party lost its own stance
("the deal reached by the Obama administration and Speaker Paul Ryan" gave Ryan alone). The
sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Expect as E


TOGETHER = [
    C("state and chancellor", "Germany and Chancellor Angela Merkel rejected the plan.",
      E("Germany", "oppose", "plan"), E("Angela Merkel", "oppose", "plan")),
    C("administration and speaker, passive agent", "The deal was reached by the Obama administration and Speaker Paul Ryan.",
      E("Obama administration", "support", "deal"), E("Paul Ryan", "support", "deal")),
    C("White House and speaker", "The White House and Speaker Paul Ryan reached a deal on the debt.",
      E("United States", "support", "deal"), E("Paul Ryan", "support", "deal")),
    C("movement and president", "Hamas and President Mahmoud Abbas rejected the proposal.",
      E("Hamas", "oppose", "proposal"), E("Mahmoud Abbas", "oppose", "proposal")),
    C("state and prime minister", "Israel and Prime Minister Benjamin Netanyahu denounced the resolution.",
      E("Israel", "oppose", "resolution"), E("Benjamin Netanyahu", "oppose", "resolution")),
    C("organisation and secretary-general", "NATO and Secretary General Jens Stoltenberg welcomed the agreement.",
      E("NATO", "support", "agreement"), E("Jens Stoltenberg", "support", "agreement")),
    C("state and foreign minister", "Iran and Foreign Minister Mohammad Javad Zarif rejected the new sanctions.",
      E("Iran", "oppose", "sanctions"), E("Mohammad Javad Zarif", "oppose", "sanctions")),
    C("union and president", "The AFL-CIO and President Richard Trumka opposed the trade pact.",
      E("Richard Trumka", "oppose", "trade pact")),
    C("party and leader", "Labour and leader Jeremy Corbyn demanded a general election.",
      E("Jeremy Corbyn", "demand", "election")),
    C("state and president, passive", "The truce was backed by Turkey and President Recep Tayyip Erdogan.",
      E("Turkey", "support", "truce"), E("Recep Tayyip Erdogan", "support", "truce")),
]

# titles that hold an "and" of their own keep it
CONTROLS = [
    C("two titles of one person", "President and CEO John Smith rejected the union's offer.",
      E("John Smith", "oppose", "offer")),
    C("two titled people", "Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry agreed to a ceasefire.",
      E("Sergei Lavrov", "support", "ceasefire"), E("John Kerry", "support", "ceasefire")),
    C("a title with 'of'", "U.S. Secretary of State John Kerry rejected the plan.",
      E("John Kerry", "oppose", "plan")),
]

CASES = TOGETHER + CONTROLS


def test_table_has_enough_cases():
    assert len([c for c in TOGETHER if not c.xfail]) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_party_and_titled_person(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
