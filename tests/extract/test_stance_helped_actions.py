"""Actions helped (issue #11): "the EU stands ready to help implement the agreement", "Norway
pledged to help end the war": the stance is on the action helped, read through "help" (and
"assist", "strive", "try"; `helping_verbs` in stance.toml)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E

HELPED = [
    C("stands ready to help", "The EU stands ready to help implement the agreement.",
      E("European Union", "support", "implementation of agreement")),
    C("is ready to help", "The EU is ready to help implement the agreement.", E("European Union", "support", "implementation")),
    C("pledged to help end", "Norway pledged to help end the war.", E("Norway", "support", "end of war")),
    C("offered to help broker", "China offered to help broker a ceasefire.", E("China", "propose", "ceasefire")),
    C("agreed to help mediate", "Qatar agreed to help mediate the talks.", E("Qatar", "support", "mediation")),
    C("vowed to help rebuild", "Egypt vowed to help rebuild Gaza.", E("Egypt", "support", "rebuilding of Gaza")),
    C("promised to try to revive", "Turkey promised to try to revive the grain deal.", E("Turkey", "support", "grain deal")),
    C("wants to help resolve", "Japan wants to help resolve the dispute.", E("Japan", "support", "resolution of dispute")),
    C("refused to help fund", "The UN refused to help fund the wall.", E("United Nations", "oppose", "funding of wall")),
    C("offered to assist in", "Kenya has offered to assist in the negotiations.", E("Kenya", "propose", "negotiations")),
    C("committed to helping end", "The US is committed to helping end the conflict.", E("United States", "support", "conflict")),
]


def test_table_has_enough_cases():
    assert len(HELPED) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(HELPED)))
def test_helped_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
