"""A report that goes on into the next sentence (issue #11): "Rubio said deterrence would matter.
Moreover, any truce would require monitors on the ground." A sentence that opens with an adverb
adding to what was just reported (`continuation_adverbs` in stance.toml [forms]) and names no
reporter of its own has the reporter of the sentence before: its requirements and evaluations
(the constructions whose holder is whoever reports them) are that reporter's. Not after a
sentence that reports nothing, nor without the adverb."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CONTINUED = [
    C("moreover, would require", "Blinken said deterrence would matter. Moreover, any truce would require monitors on the ground.",
      E("Blinken", "demand", "monitors")),
    C("furthermore, would require", "Lavrov said the talks were useful. Furthermore, any settlement would require guarantees.",
      E("Lavrov", "demand", "guarantees")),
    C("additionally, requires", "Guterres said the fighting must stop. Additionally, a lasting peace requires elections.",
      E("Guterres", "demand", "elections")),
    C("also, would need", "Borrell said the plan was promising. Also, any deal would need the approval of parliament.",
      E("Borrell", "demand", "approval")),
    C("moreover, after saying", "Blinken praised the mediators, saying that deterrence would matter. Moreover, any truce would require monitors.",
      E("Blinken", "demand", "monitors")),
    C("moreover, an evaluation", "Lavrov said the talks were useful. Moreover, the sanctions were illegal.",
      E("Lavrov", "oppose", "sanctions")),
    C("likewise, an evaluation", "Lavrov said the blockade was illegal. Likewise, the new sanctions were unacceptable.",
      E("Lavrov", "oppose", "sanctions")),
    C("furthermore, priority", "Guterres said the fighting must stop. Furthermore, humanitarian access was the priority.",
      E("Guterres", "support", "humanitarian access")),
    C("moreover, time for", "Erdogan said the talks had gone well. Moreover, it was time to end the blockade.",
      E("Erdogan", "demand", "end of blockade"), xfail="obligations are read only under a reporting verb or in a quotation"),
    C("furthermore, must", "Guterres said the talks had gone well. Furthermore, the ceasefire must be verified.",
      E("Guterres", "demand", "ceasefire"), xfail="obligations are read only under a reporting verb or in a quotation "
      "(a writer's 'Additionally, the House must allocate money' is no one's demand)"),
]

CONTROLS = [
    C("no report before", "The storm hit on Monday. Moreover, any truce would require monitors on the ground.", A("Blinken")),
    C("no adverb", "Blinken said deterrence would matter. Any truce would require monitors on the ground.", A("Blinken", "demand")),
]

CASES = CONTINUED + CONTROLS


def test_table_has_enough_cases():
    assert len(CONTINUED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_continued_report(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
