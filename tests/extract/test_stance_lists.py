"""Terms given as lists (issue #11, item 5; the tune set's settlement terms), one test per
sentence, our own words: an issue noun "that includes" a list of terms gives each term the
stance the issue has ("proposed a plan that includes a truce, a prisoner exchange and ..."),
also after a counting noun and a colon ("three parts: a ceasefire, ..."); "the conditions for X
include A, B and C", said by someone, demands each term."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E

LISTS = [
    C("includes", "Egypt proposed a plan that includes a six-week truce, a prisoner exchange and the reconstruction of Gaza.",
      E("Egypt", "propose", "truce"), E("Egypt", "propose", "prisoner exchange"), E("Egypt", "propose", "reconstruction")),
    C("includes", "The union rejected an offer that included a wage freeze, longer hours and fewer holidays.",
      E("union", "oppose", "wage freeze"), E("union", "oppose", "longer hours")),
    C("includes", "Condoleezza Rice proposed a settlement that includes three parts: a cease fire, a buffer zone, and an international force.",
      E("Condoleezza Rice", "propose", "cease fire"), E("Condoleezza Rice", "propose", "international force")),
    C("includes", "Qatar backed a proposal that contains a phased withdrawal and the return of displaced families.",
      E("Qatar", "support", "withdrawal"), E("Qatar", "support", "return")),
    C("includes", "The teachers accepted a deal that includes a housing allowance and a ten percent raise.",
      E("teachers", "support", "housing allowance"), E("teachers", "support", "raise")),
    C("includes", "Serbia rejected a plan that would include the independence of Kosovo and a European mission.",
      E("Serbia", "oppose", "independence")),
    C("includes", "Norway put forward a framework that comprises a ceasefire, elections and a new constitution.",
      E("Norway", "propose", "elections"), E("Norway", "propose", "constitution")),
    C("includes", "The rebels welcomed an agreement that includes an amnesty and the integration of fighters into the army.",
      E("rebels", "support", "amnesty"), E("rebels", "support", "integration")),
    C("conditions include", "George Bush said the conditions for a settlement include the disarmament of militias, the deployment of a force and an end to arms shipments.",
      E("George Bush", "demand", "disarmament"), E("George Bush", "demand", "deployment"), E("George Bush", "demand", "end to arms shipments")),
    C("conditions include", "Kenya said its requirements include a ceasefire and the release of prisoners.",
      E("Kenya", "demand", "ceasefire"), E("Kenya", "demand", "release")),
    C("conditions include", "The unions said their demands include a housing allowance and an end to outsourcing.",
      E("unions", "demand", "housing allowance"), E("unions", "demand", "end to outsourcing")),
    C("conditions include", "Iran said the preconditions for talks include the lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),  # a precondition named as such
]


@pytest.mark.parametrize(("text", "check"), list(case_params(LISTS)))
def test_list_stances(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
