"""Preconditions are red-line demands (issue #11): "X is a condition for ending the strike",
"Tehran's precondition for talks is X", "its bottom line was X", "the talks must be based on the
principle of X", "insisted that any settlement be based on X", "its non-negotiable demand is X". Controls: a condition that is a
state ("the condition of the patient is stable"), a basis that was ("the deal was based on"), and
a basis refused ("should not be based on") are no red-line demands.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PRECONDITIONS = [
    C("a condition for", "The union said a 10 percent raise was a condition for ending the strike.",
      E("union", "demand", "raise", red_line=True)),
    C("owner's precondition is", "Tehran's precondition for talks is the lifting of all sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("owner's main condition is", "The opposition's main condition is the release of political prisoners.",
      E("opposition", "demand", "release of political prisoners", red_line=True)),
    C("its bottom line was", "The union said its bottom line was a 10 percent increase.",
      E("union", "demand", "increase", red_line=True)),
    C("owner's bottom line is", "Hamas's bottom line is a permanent ceasefire.",
      E("Hamas", "demand", "ceasefire", red_line=True)),
    C("must be based on", "China said the talks must be based on the one-China principle.",
      E("China", "demand", "one-China principle", red_line=True)),
    C("would be based on the principle", "Wen stressed that the talks would be based on the principle that there is only one China.",
      E("Wen", "demand", "principle", red_line=True)),
    C("settlement must be based on", "Russia insisted that any settlement must be based on the Minsk agreements.",
      E("Russia", "demand", "Minsk agreements", red_line=True)),
    C("subjunctive be based on", "The Palestinians insist that any agreement be based on the 1967 borders.",
      E("Palestine", "demand", "1967 borders", red_line=True)),
    C("should be based on", "Serbia said a solution should be based on UN Security Council Resolution 1244.",
      E("Serbia", "demand", "Security Council Resolution", red_line=True)),
    C("set as a condition", "Iran set the lifting of sanctions as a condition for returning to the deal.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("is a precondition for", "Iran said the lifting of sanctions is a precondition for any talks.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("non-negotiable demand is", "The union's non-negotiable demand is a 15 percent raise.",
      E("union", "demand", "raise", red_line=True)),
    C("owner's non-negotiable demand is", "Hamas's non-negotiable demand is a permanent ceasefire, Haniyeh said.",
      E("Hamas", "demand", "ceasefire", red_line=True)),
]

CONTROLS = [
    C("a state, no condition", "The condition of the patient is stable, the hospital said.", A("hospital")),
    C("a basis that was", "The deal was based on the Minsk agreements, Russia said.", A("Russia", "demand")),
    C("a basis refused", "Kyiv said the talks should not be based on Russian demands.", A("Ukraine", "demand")),
    C("a demand not called a red line", "The union's main demand is a 15 percent raise.",
      A("union", "oppose")),
]

CASES = PRECONDITIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(PRECONDITIONS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_precondition_red_line(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
