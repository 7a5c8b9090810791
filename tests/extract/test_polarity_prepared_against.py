"""Preparations for an action not to be done oppose it: "the government of Sri Lanka is making
arrangements not to give assistance", "Israel has taken steps not to renew the contract" (before,
the "not" on the action was dropped and the preparation supported it: `preparation_cue`). Through
a stance verb the negation turns its polarity ("made arrangements not to accept the refugees"
opposes them, [negation] table). Controls: preparations for an action support it; preparations
not taken state nothing.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

AGAINST = [
    C("arrangements not to give, claimed", "Tamil rebels said the government of Sri Lanka is making arrangements not to "
      "give assistance to the people of Jaffna.", E("Sri Lanka", "oppose", "assistance", claimed_by="Tamil rebels"),
      A("Sri Lanka", "support")),
    C("steps not to renew", "Israel has taken steps not to renew the contract.",
      E("Israel", "oppose", "contract"), A("Israel", "support")),
    C("arrangements not to accept", "Egypt made arrangements not to accept the refugees.",
      E("Egypt", "oppose", "refugees"), A("Egypt", "support")),
    C("arrangements not to ratify", "Hungary made arrangements not to ratify the treaty.",
      E("Hungary", "oppose", "treaty"), A("Hungary", "support")),
    C("steps not to implement", "Poland has taken steps not to implement the EU migration pact.",
      E("Poland", "oppose", "migration pact"), A("Poland", "support")),
    C("arrangements not to join", "The union has made arrangements not to join the strike.",
      E("union", "oppose", "strike"), A("union", "support")),
    C("steps not to renew a deal", "Turkey has taken steps not to renew the grain deal.",
      E("Turkey", "oppose", "grain deal"), A("Turkey", "support")),
    C("arrangements not to deploy", "Kenya made arrangements not to deploy the troops.",
      E("Kenya", "oppose", "troops"), A("Kenya", "support")),
    C("steps not to extradite", "Greece has taken steps not to extradite the suspects.",
      E("Greece", "oppose", "extradition"), A("Greece", "support")),
    C("measures not to recognize", "Serbia has taken measures not to recognize the vote.",
      E("Serbia", "oppose", "vote"), A("Serbia", "support")),
    C("steps not to extend, unnamed government", "The government has taken steps not to extend the curfew.",
      E("government", "oppose", "curfew"), xfail="'the government' with no state named is no actor (holders)"),
]

CONTROLS = [
    C("steps to ease", "Israel has taken steps to ease the blockade.", E("Israel", "support", "blockade")),
    C("arrangements to accept", "Egypt made arrangements to accept the refugees.", E("Egypt", "support", "refugees")),
    C("no steps taken", "Israel has not taken steps to ease the blockade.", A("Israel", "support")),
]

CASES = AGAINST + CONTROLS


def test_table_has_enough_cases():
    assert len(AGAINST) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_prepared_against(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
