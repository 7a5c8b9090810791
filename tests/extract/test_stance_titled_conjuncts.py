"""A title's organisation run into the holder's name (issue 11, holders): "the chair of the
House Intelligence Committee Representative Adam Schiff" is parsed with the person as the object
of "of"; no title is held "of" a person, so the person named there holds the stance. One test
per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

TITLED = [
    C("second of two coordinated holders",
      "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Representative Adam Schiff both questioned the plan.",
      E("Dick Durbin", "oppose", "plan"), E("Adam Schiff", "oppose", "plan")),
    C("chair of a committee, senator", "The chair of the Senate Foreign Relations Committee Senator Bob Menendez rejected the proposal.",
      E("Bob Menendez", "oppose", "proposal")),
    C("chairman of the joint chiefs", "The chairman of the Joint Chiefs of Staff General Mark Milley backed the plan.",
      E("Mark Milley", "support", "plan")),
    C("head of a committee", "Senator John Thune and the head of the Senate Finance Committee Senator Mike Crapo rejected the tariff plan.",
      E("Mike Crapo", "oppose", "tariff")),
    C("head of a committee, first holder", "Senator John Thune and the head of the Senate Finance Committee Senator Mike Crapo rejected the tariff plan.",
      E("John Thune", "oppose", "tariff"), xfail="the small model hangs 'John Thune' as an adverbial modifier, not a subject"),
    # a person's spokesman speaks for that person; no organisation run into the name
    C("no organisation in between", "The talks stalled. Senator Ron Wyden rejected the tariff plan.",
      E("Ron Wyden", "oppose", "tariff")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(TITLED)))
def test_titled_conjuncts(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
