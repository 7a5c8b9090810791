"""Categorical refusals are red lines (issue #11): "firmly rejected any recognition", "flatly
refused", "categorically rules out", "rejected outright" frame the position as absolute, as the
gold conventions' "will never" does. Controls: a plain or a "strongly" worded rejection or demand
is no red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E


CATEGORICAL = [
    C("categorically rejected", "Russia categorically rejected the deployment of NATO troops in Ukraine.",
      E("Russia", "oppose", "nato troops", red_line=True)),
    C("flatly rejected", "Kyiv flatly rejected any territorial concessions.",
      E("Ukraine", "oppose", "territorial concessions", red_line=True)),
    C("firmly rejected", "Hamas firmly rejected the disarmament plan.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("rejected outright", "Israel rejected outright the bid for Palestinian statehood.",
      E("Israel", "oppose", "statehood", red_line=True)),
    C("flatly refused to accept", "The union flatly refused to accept the pay freeze.",
      E("union", "oppose", "pay freeze", red_line=True)),
    C("categorically rules out", "Beijing categorically rules out independence for Taiwan.",
      E("China", "oppose", "independence", red_line=True)),
    C("adamantly opposed", "Iran has adamantly opposed any limits on its missile programme.",
      E("Iran", "oppose", "missile", red_line=True)),
    C("unequivocally rejected", "The opposition unequivocally rejected the election results.",
      E("opposition", "oppose", "election results", red_line=True)),
    C("firmly ruled out", "Serbia firmly ruled out recognition of Kosovo.",
      E("Serbia", "oppose", "recognition", red_line=True)),
    C("flatly refused to give up", "Pyongyang flatly refused to give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
]

CONTROLS = [
    C("strongly demanded", "Japan strongly demanded that North Korea take sincere measures on the key issues.",
      E("Japan", "demand", "measures", red_line=False)),
    C("plain rejection", "Madrid rejected the independence referendum in Catalonia.",
      E("Spain", "oppose", "referendum", red_line=False)),
    C("strongly opposed", "Germany strongly opposed the tariffs.",
      E("Germany", "oppose", "tariffs", red_line=False)),
]

CASES = CATEGORICAL + CONTROLS


def test_table_has_enough_cases():
    assert len(CATEGORICAL) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_categorical_refusal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
