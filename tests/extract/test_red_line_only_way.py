"""The one way (issue #11 item 3): "the only way to end this war is a full withdrawal", "the only
acceptable outcome is X", "the only solution is X", "the only basis for talks is X" demand X as a
red line, held by whoever says so (only_way_nouns in [red_line_forms] of stance.toml). Controls:
"the only option left for residents was evacuation" tells a circumstance, "the only way to reach
the island is a ferry" a route (travel_verbs), "the way forward" and "the best solution" are no
"only".
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ONLY = [
    C("quoted: the only way to end", "“The only way to end this war is a full Russian withdrawal,” Zelensky said.",
      E("Zelensky", "demand", "Russian withdrawal", red_line=True)),
    C("reported: the only way forward", "Abbas said the only way forward was a return to the 1967 borders.",
      E("Abbas", "demand", "1967 borders", red_line=True)),
    C("the only acceptable outcome",
      "The only acceptable outcome is the complete denuclearization of the peninsula, Pompeo said.",
      E("Pompeo", "demand", "denuclearization", red_line=True)),
    C("the only solution", "“The only solution is a two-state solution,” King Abdullah said.",
      E("Abdullah", "demand", "two-state solution", red_line=True)),
    C("the only basis for talks", "Rebel leaders said the only basis for talks is the withdrawal of government troops.",
      E("Rebel leaders", "demand", "withdrawal of government troops", red_line=True)),
    C("the only answer", "The union said the only answer to the crisis was a 15 percent pay rise.",
      E("union", "demand", "pay rise", red_line=True)),
    C("the only path", "Lavrov said the only path to peace was the neutrality of Ukraine.",
      E("Lavrov", "demand", "neutrality", red_line=True)),
    C("the only route", "The only route to a deal is the lifting of all sanctions, Araghchi said.",
      E("Araghchi", "demand", "lifting of sanctions", red_line=True)),
    C("the only settlement we will accept",
      "“The only settlement we will accept is independence,” GAM spokesman Bakhtiar Abdullah said.",
      E("Bakhtiar Abdullah", "demand", "independence", red_line=True)),
]

CONTROLS = [
    C("the only option left", "The only option left for residents was evacuation, Governor Jay Inslee said.",
      A("Jay Inslee", "demand")),
    C("a route", "The only way to reach the island is a ferry, Mayor Anne Hidalgo said.", A("Anne Hidalgo")),
    C("the way forward", "The way forward is a return to talks, Guterres said.",
      A("Guterres", "demand")),
    C("the best solution", "“The best solution is a negotiated settlement,” Guterres told reporters.",
      A("Guterres", "demand")),
]

CASES = ONLY + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_only_way(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
