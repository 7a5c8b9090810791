"""Refusals that last through a condition (issue #11): "will not V as long as / so long as C" is
"no V while C", a red line as "will not V unless / until C" is. The holder opposes the V-ing and
opposes C (what the refusal lasts through), where "unless C" and "until C" demand C. Controls: a
commitment "as long as C" without refusal ("will support the deal as long as ...") and a
forecast ("the market will keep rising as long as ...") are no red lines.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


REFUSALS = [
    C("as long as: the refused act", "Hamas said it will not release the hostages as long as the war continues.",
      E("Hamas", "oppose", "release of hostages", red_line=True, condition="the war continues")),
    C("as long as: the clause opposed", "Hamas said it will not release the hostages as long as the war continues.",
      E("Hamas", "oppose", "war", red_line=True)),
    C("as long as: not demanded", "Hamas said it will not release the hostages as long as the war continues.",
      A("Hamas", "demand")),
    C("as long as a person rules", "The opposition said it would not join the government as long as Maduro remains in power.",
      E("opposition", "oppose", "Maduro", red_line=True)),
    C("as long as: join", "The opposition said it would not join the government as long as Maduro remains in power.",
      E("opposition", "oppose", "government", red_line=True, condition="Maduro remains in power")),
    C("as long as: negotiate", "Zelensky said Ukraine will not negotiate with Russia as long as Putin is in power.",
      E("Ukraine", "oppose", "Putin", red_line=True)),
    C("as long as: sanctions", "Iran said it would not talk to Washington as long as sanctions remain in place.",
      E("Iran", "oppose", "sanctions", red_line=True)),
    C("as long as: disarm", "The Kurds will not disarm as long as Turkish troops occupy Afrin, the SDF said.",
      E("Kurds", "oppose", "disarmament", red_line=True)),
    C("unless: demanded", "Iran said it would not resume talks unless sanctions are lifted.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("until: demanded", "The union said it will not return to work until the government pays the arrears.",
      E("union", "demand", "payment of arrears", red_line=True)),
    C("until: refused", "The union said it will not return to work until the government pays the arrears.",
      E("union", "oppose", "return to work", red_line=True)),
    C("unless: the refused act", "North Korea said it would not return to the talks unless the United States drops its hostile policy.",
      E("North Korea", "oppose", "return to talks", red_line=True)),
]

CONTROLS = [
    C("forecast", "The market will keep rising as long as interest rates stay low, analysts said.", A("analysts")),
    C("commitment with a proviso", "The government said it would support the deal as long as the unions accept the wage freeze.",
      A("government", "oppose")),
]

CASES = REFUSALS + CONTROLS


def test_table_has_enough_cases():
    assert len(REFUSALS) >= 10
    assert len({(c.text, c.family) for c in CASES}) == len(CASES), "a case appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_refusal_while(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
