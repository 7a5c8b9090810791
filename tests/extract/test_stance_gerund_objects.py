"""A gerund that is the object of a stance verb but that the parser hangs as an adverbial clause
("ruled out banning the airline": "banning" an advcl of "ruled"): the stance is read at the
outer verb only, never a second, opposite stance from the gerund's own measure or action
("Serbia ruled out recognising Kosovo" opposes recognition and does not support it).

Controls: a participle set off after a verb that has its own object or a comma keeps its own
stance ("backed the plan, rejecting the alternative"; "objected, calling for a ban").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("ruled out, measure", "Serbia ruled out recognising Kosovo.",
      E("Serbia", "oppose", "recognition"), A("Serbia", "support")),
    C("ruled out, ban", "Germany ruled out banning the airline.",
      E("Germany", "oppose", "ban"), A("Germany", "support")),
    C("has ruled out, measure", "Spain has ruled out recognizing the breakaway region.",
      E("Spain", "oppose", "recognition"), A("Spain", "support")),
    C("rules out, sanctions", "France rules out sanctioning Russia.",
      E("France", "oppose", "sanctions"), A("France", "support")),
    C("rejected, gerund", "Serbia rejected recognising Kosovo.",
      E("Serbia", "oppose", "recognition"), A("Serbia", "support")),
    C("ruled out, end", "The union ruled out ending the strike.",
      E("union", "oppose", "strike"), A("union", "support")),
]

CONTROLS = [
    C("participle after object", "Germany backed the plan, rejecting the alternative.",
      E("Germany", "support", "plan"), E("Germany", "oppose", "alternative")),
    C("participle after comma", "Germany objected, calling for a ban on the airline.",
      E("Germany", "demand", "ban")),
    C("by + gerund", "Germany rejected the deal by signing a rival pact.",
      E("Germany", "oppose", "deal")),
]


def test_table_has_enough_cases():
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_gerund_object(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
