"""Actions threatened on a condition (issue #11): "the union warned that it would call a national
strike unless the offer was improved" supports the action whatever its verb (not only the listed
committed actions) and demands the condition, a red line (an ultimatum, as "threatened to walk
out unless C" is). Not negated, not without a condition ("warned that
it would rain" states nothing)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

THREATENED = [
    C("would call a strike unless", "The union warned that it would call a national strike unless the offer was improved.",
      E("union", "support", "strike")),
    C("would call a strike unless, the demand", "The union warned that it would call a national strike unless the offer was improved.",
      E("union", "demand", "offer", red_line=True)),
    C("would organize if", "Union leaders warn that if the government refuses to release the report, they would organize nationwide demonstrations.",
      E("Union leaders", "support", "demonstrations")),
    C("would quit if", "Tehran threatened that it would quit the treaty if the sanctions stayed.", E("Iran", "support", "treaty")),
    C("would occupy unless", "The miners warned they would occupy the mine unless wages were paid.",
      E("miners", "support", "mine")),
    C("would occupy unless, the demand", "The miners warned they would occupy the mine unless wages were paid.",
      E("miners", "demand", "wages", red_line=True)),
    C("would expel if", "Ankara warned it would expel the ambassador if the vote went ahead.",
      E("Turkey", "support", "ambassador")),
    C("would escalate unless", "Hamas warned that it would escalate attacks unless the siege was lifted.",
      E("Hamas", "support", "attacks")),
    C("would block if", "Hungary warned it would block the aid package if the funds stayed frozen.",
      E("Hungary", "oppose", "aid package")),
    C("would seize unless", "The rebels warned they would seize the airport unless the talks resumed.",
      E("rebels", "support", "airport")),
    C("will shut down unless", "The truckers warned they will shut down the border unless the mandate is scrapped.",
      E("truckers", "support", "border"), xfail="'truckers' is no actor the table knows"),
    C("will go on strike if", "The teachers' union has warned that its members will go on strike if the pay deal is not honoured.",
      E("union", "support", "strike"), xfail="'its members' as holder of the union's threat is not resolved"),
]

CONTROLS = [
    C("no condition", "Forecasters warned that it would rain heavily.", A("Forecasters")),
    C("negated", "The union warned that it would not sign any deal if the cuts went ahead.", A("union", "support")),
]

CASES = THREATENED + CONTROLS


def test_table_has_enough_cases():
    assert len(THREATENED) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_threatened_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
