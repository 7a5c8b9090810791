"""Wishes to see something happen (issue #11): "Russia would like to see sanctions lifted", "we
hope to see a ceasefire soon", "Washington wants to see the talks resume": the wish is on what is
to be seen, never on "seeing" (`wishing_verbs`, `seeing_verbs` in stance.toml [forms]). Controls:
curiosity ("want to see what happens", "wanted to see if the talks would resume"), a person to be
seen, "likes to see" without "would"."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

WISHES = [
    C("would like to see X V-ed", "Russia would like to see sanctions lifted.", E("Russia", "demand", "lifting of sanctions")),
    C("would like to see X", "Russia would like to see a ceasefire.", E("Russia", "demand", "ceasefire")),
    C("wants to see X V-ed", "Washington wants to see the sanctions lifted.",
      E("United States", "demand", "lifting of sanctions")),
    C("wants to see X (not 'seeing')", "Washington wants to see a ceasefire.", E("United States", "demand", "ceasefire")),
    C("quoted: hope to see", "\"We hope to see a ceasefire soon,\" Guterres said.", E("Guterres", "support", "ceasefire")),
    C("would love to see", "Britain would love to see a trade deal with the United States.",
      E("United Kingdom", "demand", "trade deal")),
    C("wishes to see X resolved", "Japan wishes to see the abduction issue resolved.",
      E("Japan", "demand", "resolution of abduction issue")),
    C("quoted: would like to see the release", "\"We would like to see the release of all hostages,\" Biden said.",
      E("Biden", "demand", "release of hostages")),
    C("hopes to see (lemma 'hop')", "Israel hopes to see a normalisation of relations with Saudi Arabia.",
      E("Israel", "support", "normalisation")),
    C("wants to see progress on", "\"We would like to see progress on the nuclear issue,\" Kerry said.",
      E("Kerry", "demand", "nuclear issue")),
    C("wants to see X V (bare infinitive)", "The EU wants to see the talks resume.",
      E("European Union", "demand", "resumption of talks"),
      xfail="a bare infinitive clause ('the talks resume') is labelled by its words, not as a nominalisation"),
]

CONTROLS = [
    C("curiosity: what happens", "\"We want to see what happens on shorter timescales,\" Stamenkovic said.",
      A("Stamenkovic")),
    C("curiosity: if", "Germany wanted to see if the talks would resume.", A("Germany")),
    C("likes to see, no would", "Erdogan likes to see his family on Sundays.", A("Erdogan")),
    C("a person to be seen", "Trump said he wants to see Kim again.", A("Trump")),
]

CASES = WISHES + CONTROLS


def test_table_has_enough_cases():
    assert len(WISHES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_wish_to_see(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
