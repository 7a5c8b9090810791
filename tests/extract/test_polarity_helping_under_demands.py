"""An action asked for through a verb of trying or helping is read once, at the asking verb:
"Regional heads of state had asked the parties to try to reach a peace deal" demands the deal; the
inner "reach" is no second stance of the asker (before, it was also read on its own, and the asker
supported the deal: `_inside_outer_cue` now climbs through [forms] helping_verbs). Controls: the
helping verb with no asking verb above it ("Hamas will try to reach a deal") is the subject's own
stance.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ASKED = [
    C("asked X to try to reach", "Regional heads of state had asked the parties to the talks to try to reach a peace "
      "deal before the U.N. General Assembly session opens next week.",
      E("Regional heads of state", "demand", "peace deal"), A("Regional heads of state", "support")),
    C("urged X to try to reach", "The UN urged both sides to try to reach a ceasefire.",
      E("United Nations", "demand", "ceasefire"), A("United Nations", "support")),
    C("pressed X to try to conclude", "Washington pressed Israel to try to conclude a truce.",
      E("United States", "demand", "truce"), A("United States", "support")),
    C("called on X to try to finalize", "The EU called on Serbia and Kosovo to try to finalize the agreement.",
      E("European Union", "demand", "agreement"), A("European Union", "support")),
    C("encouraged X to try to accept", "Qatar encouraged Hamas to try to accept the proposal.",
      E("Qatar", "demand", "proposal"), A("Qatar", "support")),
    C("urged X to strive to reach", "Egypt urged the two sides to strive to reach a deal.",
      E("Egypt", "demand", "deal"), A("Egypt", "support")),
    C("asked X to help implement", "France asked Iran to help implement the agreement.",
      E("France", "demand", "agreement"), A("France", "support")),
    C("urged X to try to resume", "Germany urged Russia to try to resume the talks.",
      E("Germany", "demand", "talks"), A("Germany", "support")),
    C("called on X to try to sign", "The African Union called on the rebels to try to sign the accord.",
      E("African Union", "demand", "accord"), A("African Union", "support")),
    C("asked X to try to ratify", "Norway asked Colombia to try to ratify the peace agreement.",
      E("Norway", "demand", "peace agreement"), A("Norway", "support")),
]

CONTROLS = [
    C("will try to reach", "Hamas will try to reach a deal.", E("Hamas", "support", "deal")),
    C("tried to block", "Israel tried to block the resolution.", E("Israel", "oppose", "resolution")),
    C("asked X to reach", "Norway asked Colombia to reach a peace agreement.", E("Norway", "demand", "peace agreement")),
]

CASES = ASKED + CONTROLS


def test_table_has_enough_cases():
    assert len(ASKED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_helping_under_demand(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
