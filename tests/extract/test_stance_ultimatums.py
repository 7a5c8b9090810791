"""Ultimatums (issue #11): "Washington gave Moscow 60 days to return to compliance" is
Washington's demand of the return; "Russia would be given 60 days to ...", said by X, is X's.

An ultimatum gives a span of time or a limit ("until Friday") and an infinitive of what to do in
it; the "until" of the limit is no condition of the stance. Controls: time given with nothing to
do in it states no demand.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ULTIMATUMS = [
    C("gave N days", "Washington gave Moscow 60 days to return to full compliance with the treaty.",
      E("United States", "demand", "compliance")),
    C("would be given, reported", "The United States said Russia would be given 60 days to return to compliance with the treaty.",
      E("United States", "demand", "compliance")),
    C("gave until", "The union gave the government until Friday to release the report.",
      E("union", "demand", "report", condition="")),
    C("quoted, given until", "\"We have only given them until next week to release the report,\" Dludlu said.",
      E("Dludlu", "demand", "report")),
    C("gave three days", "The Arab League gave Syria three days to end the crackdown on protesters.",
      E("Arab League", "demand", "crackdown")),
    C("gave a week", "ECOWAS gave the junta a week to restore constitutional order.",
      E("ECOWAS", "demand", "constitutional order")),
    C("set a deadline", "The EU set a deadline of Friday for Britain to present its proposals.",
      E("European Union", "demand", "proposals")),
    C("gave until, hostages", "Israel gave Hamas until Saturday to release the hostages.",
      E("Israel", "demand", "hostages")),
    C("gave 48 hours", "President Tshisekedi gave the rebels 48 hours to lay down their arms.",
      E("Tshisekedi", "demand", "arms")),
    C("granted a month", "The IMF granted Argentina a month to present a new budget.",
      E("International Monetary Fund", "demand", "budget")),
]

CONTROLS = [
    C("days off", "The company gave workers two days off.",
      A("company")),
    C("time without a task", "Germany gave Greece more time.",
      A("Germany", "demand")),
]

CASES = ULTIMATUMS + CONTROLS


def test_table_has_enough_cases():
    assert len(ULTIMATUMS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_ultimatum(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
