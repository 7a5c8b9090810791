"""What a threat is for (issue #11): "China has threatened military force to achieve
reunification" is China's demand of the reunification, and a red line (the actor is ready to use
force for it); "threatened war to stop the attacks" opposes the attacks.

The aim is an infinitive of purpose after the threatened action ("to use force to prevent X",
"a strike to win X", "sanctions to force X to hold elections"): aims that are achieved (achieve,
secure, win, force ...) are demanded, aims that are stopped (prevent, stop, block ...) opposed.
Controls: an addressee told what to do ("warned Kyiv to stop") is no aim of a threat, and a
threat without a purpose states none.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


AIMS = [
    C("force to achieve", "China has threatened military force if necessary to achieve eventual reunification.",
      E("China", "demand", "reunification", red_line=True, condition="")),
    C("use force to prevent", "Russia threatened to use force to prevent the referendum.",
      E("Russia", "oppose", "referendum", red_line=True)),
    C("offensive to stop", "Turkey threatened a military offensive to stop the formation of a Kurdish state.",
      E("Turkey", "oppose", "kurdish state", red_line=True)),
    C("warned it would use force", "Beijing warned it would use force to prevent Taiwan's independence.",
      E("China", "oppose", "independence", red_line=True)),
    C("strike to win", "The union threatened a nationwide strike to win a 10 percent raise.",
      E("union", "demand", "raise", red_line=True)),
    C("sanctions to force", "Washington threatened sanctions to force Venezuela to hold elections.",
      E("United States", "demand", "elections", red_line=True)),
    C("offensive to secure", "Israel threatened a ground offensive to secure the release of the hostages.",
      E("Israel", "demand", "release", red_line=True)),
    C("resume fighting to block", "The rebels threatened to resume fighting to block the election.",
      E("rebels", "oppose", "election", red_line=True)),
    C("cut ties to prevent", "Serbia threatened to cut ties with any country to prevent recognition of Kosovo.",
      E("Serbia", "oppose", "recognition", red_line=True)),
    C("war to stop", "India has threatened war to stop cross-border attacks.",
      E("India", "oppose", "attacks", red_line=True)),
]

CONTROLS = [
    C("addressee told", "Russia warned Kyiv to stop shelling the plant.",
      A("Russia", "oppose")),
    C("no purpose", "Hackers threatened to publish the stolen data.",
      A("Hackers")),
    C("no actor", "The storm threatened to delay the vote.",
      A("storm")),
]

CASES = AIMS + CONTROLS


def test_table_has_enough_cases():
    assert len(AIMS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_threat_aim(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
