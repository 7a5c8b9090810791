"""Acts done despite someone's objections (issue 11, holders): "the council adopted the resolution
despite Israel's objections" makes Israel oppose the resolution; "over the objections of X",
"despite opposition from X", "despite X's protests" the same (objection_nouns and
overriding_preps in stance.toml [forms]). One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OBJECTIONS = [
    C("despite X's objections", "The Security Council adopted the resolution despite Israel's objections.",
      E("Israel", "oppose", "resolution"), E("UN Security Council", "support", "resolution")),
    C("over the objections of X", "The EU approved the sanctions package over the objections of Hungary.",
      E("Hungary", "oppose", "sanctions package")),
    C("despite X's protests, on a noun", "Washington went ahead with the arms sale despite China's protests.",
      E("China", "oppose", "arms sale")),
    C("despite criticism from X", "Kenya deployed troops despite criticism from Somalia.",
      E("Somalia", "oppose", "troops")),
    C("despite X's objections, fronted", "Despite Hamas's objections, Israel expanded the military operation.",
      E("Hamas", "oppose", "operation")),
    C("despite opposition from X", "Congress passed the aid bill despite opposition from Japan.",
      E("Japan", "oppose", "aid bill")),
    C("despite X's resistance", "NATO approved Finland's membership despite Turkey's resistance.",
      E("Turkey", "oppose", "membership")),
    C("over X's objections", "The council renewed the mandate over Russia's objections.",
      E("Russia", "oppose", "mandate"),
      xfail="'over' hangs on the noun 'mandate': read there, the issue label would take in 'over objections'"),
    C("despite X's reservations", "The summit endorsed the climate fund despite India's reservations.",
      E("India", "oppose", "climate fund")),
    C("despite a veto by X", "The assembly adopted the ceasefire resolution despite the opposition of the United States.",
      E("United States", "oppose", "ceasefire")),
    # no objector named, or no objection
    C("no objector", "The talks continued despite the objections.", A("talks")),
    C("no objection", "The team won the match despite heavy rain.", A("team")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(OBJECTIONS)))
def test_overridden_objections(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
