"""Goals (issue #11): "Our priority is a ceasefire in Gaza", "Turkey's goal is to create a safe
zone": the owner of a goal supports what the goal is (the speaker for "our", whoever reports "the
goal is ..."). Controls: the aim of a thing ("the aim of the talks is ...") is no one's position,
and a goal that analysts read into a party is their view, not the party's.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


GOALS = [
    C("our priority is X", "\"Our priority is a ceasefire in Gaza,\" Blinken said.",
      E("Blinken", "support", "ceasefire")),
    C("the goal is to V", "\"The goal is to reach a deal by Friday,\" Lavrov said.",
      E("Lavrov", "support", "deal")),
    C("its aim was to V", "Egypt said its aim was to secure the release of the hostages.",
      E("Egypt", "support", "release")),
    C("our objective remains X", "\"Our objective remains the full withdrawal of Russian troops,\" Zelensky said.",
      E("Zelensky", "support", "withdrawal")),
    C("X's goal is to V", "Turkey's goal is to create a safe zone in northern Syria.",
      E("Turkey", "support", "safe zone")),
    C("our mission is to V", "\"Our mission is to protect civilians,\" the UN said.",
      E("United Nations", "support", "civilians")),
    C("our task is to V", "\"Our task is to restore the ceasefire,\" Guterres said.",
      E("Guterres", "support", "ceasefire")),
    C("the main target is X", "\"Our main target is a free trade agreement with Britain,\" Prime Minister Narendra Modi said.",
      E("Narendra Modi", "support", "free trade agreement")),
    C("our aspiration is X", "\"Our aspiration is membership of the European Union,\" President Maia Sandu said.",
      E("Maia Sandu", "support", "membership")),
    C("our most urgent task", "\"Our most urgent task is to de-escalate the situation in Ukraine,\" Kerry said.",
      E("Kerry", "support", "de-escalation")),
    C("a prefixed verb: re-open", "\"Our first priority is to re-open the Rafah crossing,\" Egypt's foreign minister said.",
      E("Egypt", "support", "reopening")),
    C("a prefixed verb: co-operate", "\"The priority is to co-operate with the inspectors,\" Iran said.",
      E("Iran", "support", "cooperation")),
]

CONTROLS = [
    C("aim of a thing", "The aim of the talks is to agree on a prisoner exchange, Qatar said.",
      A("Qatar")),
    C("a commentator's reading", "Analysts said Russia's goal was to seize the whole of Donbas.",
      A("Russia")),
    C("negated", "\"Our priority is not a new election,\" Orban said.",
      A("Orban", "support")),
]

CASES = GOALS + CONTROLS


def test_table_has_enough_cases():
    assert len(GOALS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_goal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
