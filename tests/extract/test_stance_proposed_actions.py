"""Proposals with an infinitive (issue #11): "the United States proposed to hold another round"
proposes the action, as "offered to host the talks" does; "propose", "suggest" and "recommend"
still need a subjunctive clause when they take a that-clause ("analysts suggest that the rise
may stem from the war" is no proposal)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PROPOSED = [
    C("proposed to hold", "The United States proposed to hold a new round of talks in two weeks.",
      E("United States", "propose", "talks")),
    C("proposed to extend", "Mediators proposed to extend the ceasefire by a week.",
      E("Mediators", "propose", "extension of ceasefire")),
    C("proposed to lift", "The EU proposed to lift some sanctions.",
      E("European Union", "propose", "sanctions")),
    C("proposed to host", "Norway proposed to host the next round of talks.",
      E("Norway", "propose", "hosting")),
    C("proposed to postpone", "The opposition proposed to postpone the election until June.",
      E("opposition", "propose", "election")),
    C("has proposed to set up", "Pakistan has proposed to set up a joint investigation into the attack.",
      E("Pakistan", "propose", "investigation")),
    C("suggested to hold", "Egypt suggested to hold the talks in Cairo.",
      E("Egypt", "propose", "talks")),
    C("proposed to exchange", "The rebels proposed to exchange prisoners before the talks.",
      E("rebels", "propose", "prisoners")),
    C("recommended to extend", "Turkey recommended to extend the grain deal.",
      E("Turkey", "propose", "grain deal")),
    C("proposed to freeze", "Moscow proposed to freeze the conflict along the current front line.",
      E("Russia", "propose", "conflict")),
    C("proposed to raise", "Biden proposed to raise the debt ceiling.",
      E("Biden", "propose", "debt ceiling")),
]

CONTROLS = [
    C("suggest that, a claim", "Analysts suggest that the rise in prices may stem from the war.",
      A("Analysts")),
    C("suggest with no clause", "Reports suggest a deliberate criminal act.", A("Reports")),
]

CASES = PROPOSED + CONTROLS


def test_table_has_enough_cases():
    assert len(PROPOSED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_proposed_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
