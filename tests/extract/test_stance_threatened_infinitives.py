"""What a threat threatens (issue #11): "Trump has threatened to impose new tariffs" supports the
tariffs; "the rebels threatened to walk out of the talks" opposes the talks (read through the
action's own cue); with a condition the stance holds on it and the condition is demanded, a red
line, as before ("threatened to walk out unless Israel lifted the blockade")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E

THREATS = [
    C("threatened to impose", "Trump has threatened to impose new tariffs on Chinese goods.", E("Trump", "support", "tariffs")),
    C("threatened to walk out of", "The rebels threatened to walk out of the talks.", E("rebels", "oppose", "talks")),
    C("threatened to call", "The union threatened to call a general strike.", E("union", "support", "general strike")),
    C("threatened to close", "Tehran threatened to close the Strait of Hormuz.", E("Iran", "support", "Strait of Hormuz")),
    C("threatened to cut off", "Moscow threatened to cut off gas supplies to Europe.", E("Russia", "support", "gas supplies")),
    C("threatened to boycott", "The opposition threatened to boycott the elections.", E("opposition", "support", "boycott")),
    C("threatened to expel", "Ankara threatened to expel the Dutch ambassador.", E("Turkey", "support", "ambassador")),
    C("threatened to veto", "Washington threatened to veto the resolution.", E("United States", "oppose", "resolution")),
    C("threatened to pull out of", "Iran threatened to pull out of the nuclear deal.", E("Iran", "oppose", "nuclear deal")),
    C("threatened, with a condition: the demand", "Hamas threatened to walk out unless Israel lifted the blockade.",
      E("Hamas", "demand", "blockade", red_line=True)),
    C("threatened, with a condition: the action", "Iran threatened to resume enrichment if the sanctions were not lifted.",
      E("Iran", "support", "enrichment")),
    C("threatened to resign", "The nurses threatened to resign en masse.", E("nurses", "support", "resign"),
      xfail="an intransitive action with no object names no issue"),
]


def test_table_has_enough_cases():
    assert len(THREATS) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(THREATS)))
def test_threatened_infinitive(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
