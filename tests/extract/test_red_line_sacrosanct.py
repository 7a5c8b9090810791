"""Things held untouchable, offers not even considered, and whose red line a refusal is (issue #11
item 3). "X is sacrosanct / inviolable / untouchable" holds X as "X is non-negotiable" does (a
red-line demand, [predicates] red_line_demand; of a value the holder defends, "its territorial
integrity is inviolable", it opposes compromise on it: test_red_line_values.py); "will not even consider / discuss / negotiate X",
"refuses to even consider X" are red lines ([red_lines] phrases). A red-line phrase of one party
does not mark the stance of another named inside it: "Israel will never accept Hamas's demand for
a ceasefire" is Israel's red line, Hamas's demand is no red line; "its demand" stays the
refuser's own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


RED = [
    C("reported: sacrosanct", "The Palestinian Authority said the status of Jerusalem was sacrosanct.",
      E("Palestinian Authority", "demand", "status of Jerusalem", red_line=True)),
    C("reported: inviolable, a thing held", "The Palestinian Authority said the right of return was inviolable.",
      E("Palestinian Authority", "demand", "right of return", red_line=True)),
    C("quoted: sacrosanct", "“The one-China principle is sacrosanct,” Wang Yi said.",
      E("Wang Yi", "demand", "one-China principle", red_line=True)),
    C("inviolable borders", "Ukraine's borders are inviolable, Zelensky said.",
      E("Zelensky", "demand", "borders", red_line=True)),
    C("untouchable", "The right of return is untouchable, Abbas said.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("quoted: won't even consider", "“We won't even consider a freeze on enrichment,” Araghchi said.",
      E("Araghchi", "oppose", "freeze on enrichment", red_line=True)),
    C("refuses to even consider", "Hamas refuses to even consider disarmament, Haniyeh said.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("would not even consider", "The union said it would not even consider the offer.",
      E("union", "oppose", "offer", red_line=True)),
    C("its own demand kept", "Iran said it will never abandon its demand for the lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
]

OTHERS = [
    C("another's demand refused", "Israel will never accept Hamas's demand for a permanent ceasefire.",
      E("Israel", "oppose", "permanent ceasefire", red_line=True),
      E("Hamas", "demand", "permanent ceasefire", red_line=False)),
    C("another's demand not even discussed",
      "The government said it would not even discuss the union's demand for a 50 percent raise.",
      E("union", "demand", "50 percent raise", red_line=False)),
    C("a past: did not even discuss", "The minister did not even discuss the budget at the meeting, Prime Minister Imran Khan said.",
      A("Imran Khan")),
]

CASES = RED + OTHERS


def test_table_has_enough_cases():
    assert len(RED) >= 8
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_sacrosanct_and_not_even(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
