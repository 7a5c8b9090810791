"""Parties near an agreement (issue #11): "Washington and Beijing are close to a trade deal",
"we're getting very close to making a deal", "Israel and Hamas are nearing a ceasefire deal":
each party supports the agreement (`nearness` in stance.toml). Not when negated, and not
nearness to anything else ("close to the border")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NEAR = [
    C("are close to", "Washington and Beijing are close to a trade deal.", E("United States", "support", "trade deal")),
    C("are close to, second party", "Washington and Beijing are close to a trade deal.", E("China", "support", "trade deal")),
    C("reported: were close to", "Kerry said Iran and the P5+1 were close to an agreement.", E("Iran", "support", "agreement")),
    C("nearing", "Israel and Hamas are nearing a ceasefire deal.", E("Hamas", "support", "ceasefire")),
    C("closer to", "Armenia and Azerbaijan are closer to a peace treaty than ever.", E("Armenia", "support", "peace treaty")),
    C("close to reaching", "The unions are close to reaching an agreement with the government.",
      E("unions", "support", "agreement")),
    C("came close to", "Britain and the EU came close to a deal on Northern Ireland.",
      E("European Union", "support", "deal")),
    C("moved closer to", "Serbia and Kosovo moved closer to an agreement on normalization.",
      E("Kosovo", "support", "agreement")),
    C("getting close to making", "\"We're getting very close to making a deal,\" Trump said.", E("Trump", "support", "deal")),
    C("close to a ceasefire", "Kyiv said it was close to a ceasefire with Moscow.", E("Ukraine", "support", "ceasefire")),
    C("near a deal (preposition)", "Greece and Turkey are near a deal on the maritime border.",
      E("Greece", "support", "deal"), xfail="'near' as a preposition after the copula is not read"),
]

CONTROLS = [
    C("negated", "Moscow and Kyiv are not close to a ceasefire.", A("Russia"), A("Ukraine")),
    C("close to a place", "Turkey is close to the border with Syria.", A("Turkey")),
    C("close to collapse", "Italy came close to collapse.", A("Italy")),
]

CASES = NEAR + CONTROLS


def test_table_has_enough_cases():
    assert len(NEAR) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_nearness(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
