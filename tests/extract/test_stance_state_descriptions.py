"""A person described by a state's demonym or name and a title ("the Syrian foreign minister",
"the Israeli prime minister", "the U.S. envoy") refers to the person of that state named just
before with that role, else to the state (gold README: an unnamed official speaks for the state
the text names); never to the subject of a nearby sentence who serves another state, and never to
another state's minister. One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

STATE_DESCRIPTIONS = [
    C("no one named", "The talks opened in Geneva. The Syrian foreign minister rejected the plan.",
      E("Syria", "oppose", "")),
    C("another state's subject before", "Antony Blinken arrived in Damascus on Sunday. The Syrian foreign minister rejected the plan.",
      E("Syria", "oppose", "plan"), A("Antony Blinken")),
    C("another state's minister before", "Russian Foreign Minister Sergei Lavrov arrived on Sunday. The Syrian foreign minister rejected the plan.",
      E("Syria", "oppose", "plan"), A("Sergei Lavrov")),
    C("prime minister, someone else met", "Secretary of State Antony Blinken met Netanyahu. The Israeli prime minister rejected the proposal.",
      E("Israel", "oppose", "proposal"), A("Antony Blinken")),
    C("president", "The talks resumed. The Russian president rejected the ceasefire proposal.",
      E("Russia", "oppose", "ceasefire")),
    C("the person of that state named before", "Israeli Prime Minister Benjamin Netanyahu arrived in Washington. The Israeli prime minister rejected the proposal.",
      E("Benjamin Netanyahu", "oppose", "proposal")),
    C("the person of that state among two", "Iranian Foreign Minister Abbas Araghchi met Russian Foreign Minister Sergei Lavrov. The Iranian foreign minister rejected the proposal.",
      E("Abbas Araghchi", "oppose", "proposal"), A("Sergei Lavrov")),
    C("state name as modifier", "The talks stalled. The U.S. envoy rejected the ceasefire proposal.",
      E("United States", "oppose", "ceasefire")),
    C("the Turkish president", "NATO leaders met in Madrid. The Turkish president demanded guarantees on Kurdish militants.",
      E("Turkey", "demand", "guarantees"), A("NATO")),
    C("the Ukrainian leader", "Talks were held in Jeddah. The Ukrainian leader rejected any territorial concessions.",
      E("Ukraine", "oppose", "territorial concessions")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(STATE_DESCRIPTIONS)))
def test_state_descriptions(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
