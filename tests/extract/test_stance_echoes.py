"""Positions stated by an "as" clause that echoes the main clause (issue #11): "the rebels must
lay down their arms, as the United Nations has demanded" is the UN's demand of the disarmament.

News English states whose wish a step fulfils this way ("as Washington has long insisted",
"as the unions had urged"); the "as" clause has a subject and a stance verb with no object of its
own, and its issue is the main clause, read as a demanded clause is (the action with the thing it
concerns; a refusal in the main clause is opposed; a negated main clause is opposed). Controls:
an "as" clause whose verb has its own object is an ordinary stance, and a temporal "as" clause
without a stance verb states none.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ECHOES = [
    C("as demanded", "The rebels must lay down their arms, as the United Nations has demanded.",
      E("United Nations", "demand", "arms")),
    C("as insisted", "Troops must leave the buffer zone, as Russia has long insisted.",
      E("Russia", "demand", "buffer zone")),
    C("as requested, passive", "The vote should be delayed, as the opposition had requested.",
      E("opposition", "demand", "vote")),
    C("as urged, passive, two holders", "Sanctions should be lifted, as China and Russia have urged.",
      E("China", "demand", "sanctions"), E("Russia", "demand", "sanctions")),
    C("as insisted, halt", "Iran must stop enrichment, as France has insisted.",
      E("France", "demand", "enrichment")),
    C("as requested, intransitive", "The border will reopen on Monday, as Turkey had requested.",
      E("Turkey", "demand", "border")),
    C("as demanded, measure", "Wages will rise by 8 percent, as the union demanded.",
      E("union", "demand", "wages")),
    C("as proposed, fronted", "As Egypt had proposed, Israel will pull its troops out of the corridor.",
      E("Egypt", "propose", "troops")),
    C("as urged, refusal", "The government rejected the pay offer, as the unions had urged.",
      E("unions", "oppose", "pay")),
    C("as demanded, negated", "The talks will not resume, as Israel had demanded.",
      E("Israel", "oppose", "talks")),
    C("as called for", "The ceasefire was extended by a week, as Qatar had called for.",
      E("Qatar", "demand", "ceasefire"),
      xfail="a stranded preposition ('had called for') leaves the phrasal cue without its object and the"
            " parser hangs it off the clause differently"),
]

CONTROLS = [
    C("as with its own object", "As Russia demanded a ceasefire, the talks stalled.",
      E("Russia", "demand", "ceasefire"), A("Russia", "oppose")),
    C("temporal as", "As the talks began, Russia rejected the plan.",
      A("Russia", "demand"), A("Russia", "propose")),
    C("as expected, no stance verb", "The strike ended on Monday, as the union had expected.",
      A("union")),
    C("as demanded, no holder", "The troops withdrew, as demanded.",
      A("troops")),
]

CASES = ECHOES + CONTROLS


def test_table_has_enough_cases():
    assert len(ECHOES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stance_echo(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
