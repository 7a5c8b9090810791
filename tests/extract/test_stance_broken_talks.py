"""Breaking off talks (issue #11): "Hamas broke off the talks", "Russia called off the talks with
Ukraine", "Iran cancelled the negotiations" oppose the talks; and the partner named in "talks
with X" holds no support for talks that were called off ([forms] breaking_verbs over talk_nouns).

Controls: a negated verb ("did not break off the talks") and a passive state no such stance here.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

BROKEN = [
    C("broke off", "Hamas broke off the talks on Tuesday.",
      E("Hamas", "oppose", "talks")),
    C("called off, with a partner", "Russia called off the talks with Ukraine.",
      E("Russia", "oppose", "talks"), A("Ukraine", "support"), A("Russia", "support")),
    C("cancelled negotiations", "Iran cancelled the negotiations with the European Union.",
      E("Iran", "oppose", "negotiations"), A("European Union", "support")),
    C("halted", "Israel halted the talks after the attack.",
      E("Israel", "oppose", "talks")),
    C("stopped a dialogue", "The Taliban stopped the dialogue with Kabul.",
      E("Taliban", "oppose", "dialogue")),
    C("broke off, reported", "Pyongyang said it had broken off the negotiations with Washington.",
      E("North Korea", "oppose", "negotiations")),
    C("called off, plural", "The rebels called off the peace talks in Addis Ababa.",
      E("rebels", "oppose", "peace talks")),
    C("will break off", "The union will break off the negotiations if the offer is not improved.",
      E("union", "oppose", "negotiations")),
    C("abruptly cancelled", "Donald Trump abruptly cancelled the talks with the Taliban.",
      E("Donald Trump", "oppose", "talks"), A("Taliban", "support")),
    C("halted consultations", "Germany halted the consultations with Turkey.",
      E("Germany", "oppose", "consultations")),
]

CONTROLS = [
    C("not broken off", "Hamas did not break off the talks.", A("Hamas", "oppose")),
    C("passive", "The talks were called off by Russia.", A("Russia", "support")),
]

CASES = BROKEN + CONTROLS


def test_table_has_enough_cases():
    assert len(BROKEN) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_broken_talks(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
