"""The least a holder will take (issue #11 item 3): "will settle for nothing less than X", "will
not settle for anything less than X", "will accept no less than X", "nothing short of X", with a verb of
accepting "will accept nothing but X" and "would not accept anything other than X" demand X as a red
line, in reported and direct speech. "settle for" is a phrasal verb of support ([phrasal]
of stance.toml); the minimum turns it into a demand. Controls: "would settle for a 5 percent
raise" accepts less (support, no red line), "no less than 10,000 people" is a number, "want
nothing but peace" a wish.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


MINIMUM = [
    C("settle for nothing less than", "The union said it would settle for nothing less than a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("settle for nothing short of", "Kurdish leaders said they would settle for nothing short of autonomy.",
      E("Kurdish leaders", "demand", "autonomy", red_line=True)),
    C("not settle for anything less than",
      "The opposition will not settle for anything less than Assad's departure, its spokesman said.",
      E("opposition", "demand", "departure", red_line=True)),
    C("quoted: not settle for anything less",
      "“We will not settle for anything less than full independence,” GAM leader Malik Mahmud said.",
      E("Malik Mahmud", "demand", "full independence", red_line=True)),
    C("settle for no less than", "Teachers will settle for no less than a 20 percent increase, the union said.",
      E("Teachers", "demand", "20 percent increase", red_line=True)),
    C("accept no less than", "The teachers will accept no less than a 20 percent increase, the union said.",
      E("teachers", "demand", "20 percent increase", red_line=True)),
    C("accept nothing short of", "Iran will accept nothing short of the complete lifting of sanctions, Araghchi said.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("accept nothing less than",
      "Palestinians will accept nothing less than a state with East Jerusalem as its capital, Abbas said.",
      E("Palestine", "demand", "state with East Jerusalem", red_line=True)),
    C("reported: settle for nothing less", "The miners said they would settle for nothing less than a living wage.",
      E("miners", "demand", "living wage", red_line=True)),
    C("agree to nothing less than",
      "Hamas will agree to nothing less than a complete withdrawal of Israeli troops, Haniyeh said.",
      E("Hamas", "demand", "withdrawal of Israeli troops", red_line=True)),
    C("accept nothing but", "The rebels will accept nothing but full independence, their spokesman Bakhtiar Abdullah said.",
      E("rebels", "demand", "full independence", red_line=True)),
    C("not accept anything other than", "The union said it would not accept anything other than a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("demanded nothing less than", "Abbas said the Palestinians demanded nothing less than a full settlement freeze.",
      E("Palestine", "demand", "settlement freeze", red_line=True)),
]

CONTROLS = [
    C("settle for: accepts less", "The union said it would settle for a 5 percent raise.",
      E("union", "support", "5 percent raise", red_line=False), A("union", "demand")),
    C("settle for a partial lifting", "Pyongyang said it would settle for a partial lifting of sanctions.",
      E("North Korea", "support", "partial lifting of sanctions", red_line=False)),
    C("want nothing but: a wish", "The rebels want nothing but peace, their spokesman Bakhtiar Abdullah said.",
      A("rebels", "demand")),
    C("no less than a number", "No less than 10,000 people attended the rally, police said.", A("police")),
]

CASES = MINIMUM + CONTROLS


def test_table_has_enough_cases():
    assert len(MINIMUM) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_minimum_demanded(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
