"""Holders who speak for parties (issue 11; gold README, "unnamed speakers" and "parties named
together"): a plural of people or bodies ("negotiators", "representatives", "the governments",
"the foreign ministers") followed by of/from/for and the parties holds nothing of its own: each
party named there holds the stance. One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

REPRESENTED = [
    C("negotiators from X and Y", "Negotiators from Israel and Hamas agreed to a ceasefire.",
      E("Israel", "support", "ceasefire"), E("Hamas", "support", "ceasefire"), A("Negotiators")),
    C("governments of X and Y", "The governments of Serbia and Kosovo agreed to move forward on the normalization plan.",
      E("Serbia", "support", "normalization"), E("Kosovo", "support", "normalization")),
    C("representatives of X and Y", "Representatives of Armenia and Azerbaijan rejected the Russian plan.",
      E("Armenia", "oppose", "plan"), E("Azerbaijan", "oppose", "plan")),
    C("foreign ministers of X and Y", "The foreign ministers of Egypt and Jordan called for an immediate ceasefire.",
      E("Egypt", "demand", "ceasefire"), E("Jordan", "demand", "ceasefire")),
    C("envoys from X and Y", "Envoys from the United States and Russia backed the peace plan.",
      E("United States", "support", "peace plan"), E("Russia", "support", "peace plan")),
    C("delegates from X and Y", "Delegates from Sudan and South Sudan signed the oil agreement.",
      E("Sudan", "support", "oil agreement"), E("South Sudan", "support", "oil agreement")),
    C("officials from X and Y", "Officials from China and Japan agreed to resume talks.",
      E("China", "support", "talks"), E("Japan", "support", "talks")),
    C("leaders of X and Y", "The leaders of India and Pakistan rejected mediation.",
      E("India", "oppose", "mediation"), E("Pakistan", "oppose", "mediation")),
    C("members of X and Y", "Members of Hamas and Islamic Jihad rejected the truce.",
      E("Hamas", "oppose", "truce"), E("Palestinian Islamic Jihad", "oppose", "truce")),
    C("diplomats from X and Y", "Diplomats from France and Germany proposed new sanctions.",
      E("France", "propose", "sanctions"), E("Germany", "propose", "sanctions")),
    C("negotiators from one party", "Negotiators from Israel agreed to a ceasefire.",
      E("Israel", "support", "ceasefire"), A("Negotiators")),
    # not representatives: people of their own, or one named person
    C("supporters are no representatives", "Supporters of Israel and Hamas demanded a ceasefire.",
      A("Israel"), A("Hamas")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(REPRESENTED)))
def test_represented_parties(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
