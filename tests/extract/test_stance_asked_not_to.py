"""Asking that something not be done opposes it: "Germany urged Turkey not to launch the
offensive", "the EU called on Israel not to expand the settlements", and so does asking a party to
reject it ("urged Serbia to reject the plan"); asking it be done is still a demand, and asking it
be considered is consideration (`compose` in stance/polarity.py)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ASKED_NOT_TO = [
    C("urged X not to V", "Germany urged Turkey not to launch the offensive.", E("Germany", "oppose", "offensive")),
    C("called on X not to V", "The EU called on Israel not to expand the settlements.",
      E("European Union", "oppose", "settlements")),
    C("asked X not to V", "Washington asked Moscow not to deploy the missiles.", E("United States", "oppose", "missiles")),
    C("urged both sides not to V", "The UN urged both sides not to resume the fighting.",
      E("United Nations", "oppose", "fighting")),
    C("demanded that X not V", "Hamas demanded that Israel not expand the settlements.",
      E("Hamas", "oppose", "settlements")),
    C("pressed X never to V", "Paris pressed Rome never to close its ports to rescue ships.",
      E("France", "oppose", "closure")),
    C("appealed to X not to V", "Qatar appealed to Hamas not to walk away from the talks.",
      E("Qatar", "oppose", "walking away")),
    C("appealed to X not to V a place", "The Vatican appealed to the rebels not to attack the capital.",
      E("Holy See", "oppose", "attack"),
      xfail="an action on a place ('attack the capital') names no issue: the verb is no measure and its object no issue"),
    C("urged X to reject", "The EU urged Serbia to reject the plan.", E("European Union", "oppose", "plan")),
    C("called on X to refuse", "The union called on its members to refuse the offer.", E("union", "oppose", "offer")),
    C("urged X to oppose", "Kyiv urged its allies to oppose the sanctions relief.", E("Ukraine", "oppose", "sanctions")),
]

CONTROLS = [
    C("urged X to accept", "Kyiv urged its allies to accept the deal.", E("Ukraine", "demand", "deal")),
    C("urged X to consider", "Britain urged Iran to consider the offer.", E("United Kingdom", "consider", "offer")),
    C("urged X to V", "Germany urged Turkey to halt the offensive.", A("Germany", "oppose")),
]

CASES = ASKED_NOT_TO + CONTROLS


def test_table_has_enough_cases():
    assert len(ASKED_NOT_TO) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_asked_not_to(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
