""""They" and "their" for parties named together (issue 11; gold README, "parties named
together"): a plural pronoun whose antecedent is a coordination ("Armenia and Azerbaijan",
"negotiators from Serbia and Kosovo") stands for each party, and so does "their leaders". A
plural pronoun for one group stays that group. One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

TOGETHER = [
    C("they after X and Y", "Armenia and Azerbaijan met in Brussels. They agreed to a ceasefire.",
      E("Armenia", "support", "ceasefire"), E("Azerbaijan", "support", "ceasefire")),
    C("they after X and Y, later", "Israel and Hamas exchanged fire on Monday. They later rejected the truce proposal.",
      E("Israel", "oppose", "truce"), E("Hamas", "oppose", "truce")),
    C("they after negotiators from X and Y", "Negotiators from Serbia and Kosovo met in Brussels. They agreed to the EU plan.",
      E("Serbia", "support", "EU plan"), E("Kosovo", "support", "EU plan"), A("Negotiators")),
    C("they after the X and the Y", "The United States and the European Union imposed new sanctions. They also demanded a ceasefire.",
      E("United States", "demand", "ceasefire"), E("European Union", "demand", "ceasefire")),
    C("they after a list of three", "Ethiopia, Sudan and Egypt held talks on the dam. They agreed to resume negotiations next month.",
      E("Ethiopia", "support", "negotiations"), E("Sudan", "support", "negotiations"), E("Egypt", "support", "negotiations")),
    C("they after X and Y said", "Armenia and Azerbaijan said the talks were useful. They called for a prisoner exchange.",
      E("Armenia", "demand", "prisoner exchange"), E("Azerbaijan", "demand", "prisoner exchange")),
    C("their leaders", "India and Pakistan met in Delhi. Their leaders agreed to a ceasefire.",
      E("India", "support", "ceasefire"), E("Pakistan", "support", "ceasefire"), A("leaders")),
    C("their refusal", "Ukraine and Moldova held talks with the EU. Their refusal of the gas deal angered Moscow.",
      E("Ukraine", "oppose", "gas deal"), E("Moldova", "oppose", "gas deal")),
    C("they after X, Y with a verb between", "Egypt and Qatar brokered the talks. They proposed a three-phase truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("both after X and Y", "Russia and Ukraine traded accusations. Both rejected the Turkish proposal.",
      E("Russia", "oppose", "proposal"), E("Ukraine", "oppose", "proposal")),
    # one group stays one group; a single party is not split
    C("they after one group", "The union met the government on Monday. They rejected the pay offer.",
      E("union", "oppose", "pay"), A("Government")),
    C("they after one state", "Hamas said the talks were over. They rejected the Egyptian proposal.",
      E("Hamas", "oppose", "proposal")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(TOGETHER)))
def test_named_together(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# "both delegations", "the two leaders": a collective whose word is also a group noun of the
# lexicon ("delegations", "leaders") is no party of its own when parties were named before
COLLECTIVES = [
    C("both delegations", "Talks between Armenia and Azerbaijan resumed on Monday. Both delegations rejected the Russian proposal.",
      E("Armenia", "oppose", "Russian proposal"), E("Azerbaijan", "oppose", "Russian proposal"), A("delegations")),
    C("the two delegations", "Talks between Armenia and Azerbaijan resumed on Monday. The two delegations agreed to a prisoner exchange.",
      E("Armenia", "support", "prisoner exchange"), E("Azerbaijan", "support", "prisoner exchange"), A("delegations")),
    C("both governments", "Ethiopia and Egypt met in Cairo. Both governments rejected the Sudanese proposal.",
      E("Ethiopia", "oppose", "Sudanese proposal"), E("Egypt", "oppose", "Sudanese proposal")),
    C("the two governments", "Ethiopia and Egypt met in Cairo. The two governments agreed to a technical committee.",
      E("Ethiopia", "support", "technical committee"), E("Egypt", "support", "technical committee")),
    C("both countries", "India and Pakistan traded fire. Both countries rejected mediation.",
      E("India", "oppose", "mediation"), E("Pakistan", "oppose", "mediation")),
    C("the two countries", "India and Pakistan traded fire. The two countries agreed to a ceasefire.",
      E("India", "support", "ceasefire"), E("Pakistan", "support", "ceasefire")),
    C("the two leaders", "Serbia and Kosovo met in Brussels. The two leaders agreed to the EU plan.",
      E("Serbia", "support", "EU plan"), E("Kosovo", "support", "EU plan"), A("leaders")),
    C("both leaders", "Serbia and Kosovo met in Brussels. Both leaders rejected the proposal for a referendum.",
      E("Serbia", "oppose", "referendum"), E("Kosovo", "oppose", "referendum"), A("leaders")),
    C("all three countries", "Ethiopia, Sudan and Egypt met in Khartoum. All three countries agreed to resume talks.",
      E("Ethiopia", "support", "talks"), E("Sudan", "support", "talks"), E("Egypt", "support", "talks")),
    C("both parties", "Israel and Hamas exchanged fire. Both parties accepted the Egyptian truce.",
      E("Israel", "support", "truce"), E("Hamas", "support", "truce")),
    # no parties named: the group stays
    C("no parties named", "The workers walked out. The delegations rejected the offer.",
      E("delegations", "oppose", "offer")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(COLLECTIVES)))
def test_collective_after_parties(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
