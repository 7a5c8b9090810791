"""Actions someone is blamed for neglecting (issue #11): "the government has done very little to
start negotiations", "Kyiv has not done enough to implement the agreements", said by X, demand
the action (X holds it, as an obligation); "the union accused Lonmin of failing to raise wages",
"criticised Kyiv for not implementing the agreements" make the blamer demand it
(`neglect_verbs`, `neglect_amounts`, `neglect_negated_amounts`, `blaming_verbs` in stance.toml
[forms]). A failure only reported ("the talks failed to produce a deal", "if the government
fails to pay") is no one's demand."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NEGLECTED = [
    C("done very little to, reported", "Craven said the cabinet has done very little to begin a new round of talks.",
      E("Craven", "demand", "talks")),
    C("done little to, quoted", "\"Pretoria has done little to open negotiations,\" Craven said.",
      E("Craven", "demand", "negotiations")),
    C("not done enough to", "\"Kyiv has not done enough to implement the agreements,\" Lavrov said.",
      E("Lavrov", "demand", "implementation of agreements")),
    C("not done much to", "Lavrov said Kyiv had not done much to implement the Minsk accords.",
      E("Lavrov", "demand", "implementation of Minsk accords")),
    C("done nothing to", "Guterres said the warring parties had done nothing to lift the siege.",
      E("Guterres", "demand", "lifting of siege")),
    C("accused of failing to", "The union accused Lonmin of failing to raise wages.",
      E("union", "demand", "increase of wages")),
    C("accusing of failing to, present", "The rebels are accusing Kampala of failing to release the prisoners.",
      E("rebels", "demand", "release of prisoners")),
    C("criticised for not", "Lavrov criticised Kyiv for not implementing the Minsk accords.",
      E("Lavrov", "demand", "implementation of Minsk accords")),
    C("criticised for failing to", "Borrell criticised Belgrade for failing to recognise Kosovo.",
      E("Borrell", "demand", "recognition of Kosovo")),
    C("faulted for not", "Ramaphosa faulted the mine owners for not paying the bonus.",
      E("Ramaphosa", "demand", "payment of bonus")),
]

CONTROLS = [
    C("a failure reported", "Lavrov said the talks had failed to produce a deal.", A("Lavrov", "demand")),
    C("a bare failure", "Ahtisaari said Belgrade and Pristina failed to narrow their differences.", A("Ahtisaari", "demand")),
    C("a conditional failure", "Craven warned of action if the cabinet fails to raise wages.", A("Craven", "demand")),
    C("did not fail", "Lavrov said Kyiv did not fail to implement the accords.", A("Lavrov", "demand")),
    C("not doing one's job", "Biden accused Pompeo of not doing his job.", A("Biden", "demand")),
    C("little done by a thing", "Lavrov said the meeting had done little to narrow the gaps.", A("Lavrov", "demand")),
]

CASES = NEGLECTED + CONTROLS


def test_table_has_enough_cases():
    assert len(NEGLECTED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_neglected_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
