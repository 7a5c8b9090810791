"""An unnamed official or spokesman of a group that stands apart from its state ("a Syrian
opposition official", "a spokesman for the Syrian rebels") speaks for the group, never for the
state its demonym names (descriptions._owner_of, groups.toml `stateless`); "a Syrian diplomat",
"a Syrian government official" still speak for the state.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:70])


GROUP_SPOKESMEN = [
    _case("A Syrian opposition official said the talks in Geneva were pointless.", "Syrian opposition"),
    _case("A spokesman for the Syrian opposition said the talks in Geneva were pointless.", "Syrian opposition"),
    _case("A Venezuelan opposition spokesman said the election had been rigged.", "Venezuelan opposition"),
    _case("A spokesman for the Syrian rebels said the truce would not hold.", "Syrian rebels"),
    _case("A spokeswoman for the Kurdish separatists said the ceasefire was over.", "Kurdish separatists"),
    _case("A senior official of the Libyan opposition told reporters the offer was too small.", "Libyan opposition"),
    _case("A Georgian opposition spokesman said the vote would be boycotted.", "Georgian opposition"),
    _case("A spokesman for Iranian protesters said the marches would go on.", "Iranian protesters"),
    _case("A spokesman for the Belarusian opposition said the election was a sham.", "Belarusian opposition"),
    _case("A Sudanese rebel spokesman said the fighters would not disarm.", "Sudanese rebel"),
    # the official's own modifiers are not the group's name
    _case("A senior Syrian opposition official said the talks in Geneva were pointless.", "Syrian opposition"),
    _case("A top Venezuelan opposition spokesman said the election had been rigged.", "Venezuelan opposition"),
]


@pytest.mark.parametrize(("text", "speaker"), GROUP_SPOKESMEN)
def test_a_stateless_groups_spokesman_speaks_for_the_group(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found


# Controls: the state's own people speak for the state.
STATE_SPOKESMEN = [
    _case("A Syrian diplomat said the talks in Geneva were pointless.", "Syria"),
    _case("A Syrian government official said the talks in Geneva were pointless.", "Syria"),
    _case("Israeli officials said the ceasefire would hold.", "Israel"),
    _case("A Turkish official said the troops would stay in the north.", "Turkey"),
    _case("Russian diplomats said the talks had stalled.", "Russia"),
]


@pytest.mark.parametrize(("text", "speaker"), STATE_SPOKESMEN)
def test_a_states_people_still_speak_for_the_state(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found
