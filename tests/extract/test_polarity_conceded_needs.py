"""A need conceded is accepted, not pressed on others: "FARC has acknowledged the need for
reparations", "Israel recognized the need for a ceasefire", "the rebels acknowledged the need to
disarm" support what the need is for ([forms] conceding_verbs in stance.toml; `need_cue`), where
"stressed / emphasized the need for X" demands X and "sees no need for X" opposes it. Before, the
verbs of conceding were among the verbs that state a need, and the stance read as a demand.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CONCEDED = [
    C("acknowledged the need for", "FARC has acknowledged the need for reparations.",
      E("Revolutionary Armed Forces of Colombia", "support", "reparations"),
      A("Revolutionary Armed Forces of Colombia", "demand")),
    C("after a clause", "He said however, that FARC has acknowledged the pain suffered by their victims and the need "
      "for reparations.", E("Revolutionary Armed Forces of Colombia", "support", "reparations"),
      A("Revolutionary Armed Forces of Colombia", "demand")),
    C("recognized the need for", "Israel recognized the need for a ceasefire.",
      E("Israel", "support", "ceasefire"), A("Israel", "demand")),
    C("acknowledged the need for a freeze", "The union acknowledged the need for a wage freeze.",
      E("union", "support", "wage freeze"), A("union", "demand")),
    C("admitted the need for", "Hamas admitted the need for new elections.",
      E("Hamas", "support", "elections"), A("Hamas", "demand")),
    C("recognised the need to V", "Britain recognised the need to reform the treaty.",
      E("United Kingdom", "support", "treaty"), A("United Kingdom", "demand")),
    C("acknowledged the need to V", "The rebels acknowledged the need to disarm.",
      E("rebels", "support", "disarmament"), A("rebels", "demand")),
    C("acknowledged the need for dialogue", "Pakistan acknowledged the need for dialogue with India.",
      E("Pakistan", "support", "dialogue"), A("Pakistan", "demand")),
    C("recognizes the need for", "Turkey recognizes the need for a political solution in Syria.",
      E("Turkey", "support", "political solution"), A("Turkey", "demand")),
    C("accepted the need for", "Ukraine accepted the need for talks with Russia.",
      E("Ukraine", "support", "talks"), A("Ukraine", "demand")),
]

CONTROLS = [
    C("stressed the need for", "Israel stressed the need for a ceasefire.", E("Israel", "demand", "ceasefire")),
    C("emphasized the need to V", "Egypt emphasized the need to reopen the crossing.",
      E("Egypt", "demand", "crossing")),
    C("sees no need for", "Israel sees no need for a ceasefire.", E("Israel", "oppose", "ceasefire")),
]

CASES = CONCEDED + CONTROLS


def test_table_has_enough_cases():
    assert len(CONCEDED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_conceded_need(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
