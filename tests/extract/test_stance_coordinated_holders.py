"""Two parties named together as the subject (issue #11): each holds the stance, however the
small parser hangs the coordination ("The Indonesian government and separatist rebels of GAM"
is often parsed with "government" as a modifier of "rebels", with its own "and").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


COORDINATED = [
    C("government and rebels of X, talks",
      "The Indonesian government and separatist rebels of the Free Aceh Movement began a new round of peace talks in Helsinki.",
      E("Indonesia", "support", "talks"), E("Free Aceh Movement", "support", "talks")),
    C("government and opposition delegates",
      "The Syrian government and opposition delegates agreed to a prisoner exchange.",
      E("Syria", "support", "prisoner exchange")),
    C("government and rebels, truce",
      "The Philippine government and Muslim rebels of the MILF agreed to a truce.",
      E("Philippines", "support", "truce")),
    C("government and militants, rejection",
      "The Turkish government and Kurdish militants of the PKK rejected the plan.",
      E("Turkey", "oppose", "plan")),
    C("government and workers",
      "The British government and striking rail workers rejected the pay offer.",
      E("United Kingdom", "oppose", "pay")),
    C("government and rebels, signed",
      "The Sudanese government and armed rebels of the SPLM signed a ceasefire.",
      E("Sudan", "support", "ceasefire")),
    C("two states",
      "The Ethiopian government and Eritrean officials signed a border agreement.",
      E("Ethiopia", "support", "border agreement")),
    C("government and movement, named",
      "The Colombian government and the National Liberation Army resumed peace talks in Havana.",
      E("Colombia", "support", "talks"), E("National Liberation Army", "support", "talks")),
    C("government and union, rejection",
      "The Kenyan government and the doctors' union rejected the mediation proposal.",
      E("Kenya", "oppose", "mediation")),
    C("government and rebels of X, FARC",
      "The Colombian government and leftist rebels of the FARC resumed peace talks in Havana.",
      E("Revolutionary Armed Forces of Colombia", "support", "talks")),
]

CONTROLS = [
    C("modifier without and", "The government delegation rejected the plan.",
      A("delegation", "support")),
]

CASES = COORDINATED + CONTROLS


def test_table_has_enough_cases():
    assert len(COORDINATED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_coordinated_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
