"""Positions given up (issue #11, "stances in the forms news uses"): "the union dropped its demand
for a pay rise" no longer demands the rise, so the noun "demand" states no demand any more (it read
one); likewise "withdrew its proposal", "shelved its call for", "backed down on its demand",
"dropped its objection to", "backed away from its demand", "abandoned its demand" (nor an opposition to the thing once
asked for read from the verb or phrase; a proposal or plan discarded stays opposed, as a measure:
test_stance_discarded_ideas.py). What the shift means for the thing (a concession? acceptance of the
other side's terms?) the conventions do not say, so nothing new is read from it: only the stale
stance goes. Negated ("will not drop its demand") the demand stands, as a red line. Word list: [forms]
dropping_verbs.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

DROPPED = [
    ("The miners' union dropped its demand for a 20 percent pay rise.", A("miners' union", "demand")),
    ("The opposition withdrew its demand for early elections.", A("opposition", "demand")),
    ("Iran has dropped its insistence on an immediate lifting of sanctions.", A("Iran", "demand")),
    ("The rebels shelved their call for independence.", A("rebels", "demand")),
    ("The teachers' union backed down on its demand for a housing allowance.", A("teachers' union", "demand")),
    ("The nurses' union gave up its demand for a pay rise.", A("nurses' union", "demand")),
    ("Russia withdrew its proposal for a buffer zone.", A("Russia", "propose")),
    ("Israel dropped its objection to the resolution.", A("Israel", "oppose")),
    ("Germany quietly scrapped its plan to cap electricity prices.", A("Germany", "propose")),
    ("The demand for a new constitution was dropped by the opposition.", A("opposition", "demand")),
    ("Turkey has withdrawn its support for the pipeline.", A("Turkey", "support")),
    # the "from" the parser hangs on an adverb ("backed away from"), and no opposition read from the
    # phrase to the thing once asked for (the position is given up, nothing said of the thing)
    ("The teachers' union backed away from its demand for a pay rise.", A("teachers' union", "demand"),
     A("teachers' union", "oppose")),
    ("The senator backed away from his earlier endorsement of the governor.", A("senator", "oppose")),
    ("The ministry climbed down from its demand for a full audit.", A("ministry", "demand")),
    ("The pilots' union abandoned its demand for a shorter week.", A("pilots' union", "demand"),
     A("pilots' union", "oppose")),
    ("The government abandoned its plan to privatise the railways.", A("government", "propose")),
    ("The government retreated from its proposal to raise fuel taxes.", A("government", "propose")),
    # controls: a demand kept, or another party's demand dropped by someone else
    ("The rebels abandoned the ceasefire.", E("rebels", "oppose", "ceasefire")),
    ("The farmers' union backed away from the wage freeze.", E("farmers' union", "oppose", "wage freeze")),
    ("The teachers' union will not back away from its demand for a pay rise.", E("teachers' union", "demand", "pay rise", red_line=True)),
    # (a demand it will not drop is one it will not give up: a red line, test_red_line_absolute_frames.py)
    ("The nurses' union will not drop its demand for a pay rise.", E("nurses' union", "demand", "pay rise", red_line=True)),
    ("The union renewed its demand for a pay rise.", E("union", "demand", "pay rise")),
    ("The court dropped the charges against the union leaders.", A("court", "demand")),
]
DROPPED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(DROPPED, DROPPED_KNOWN)))
def test_dropped_positions(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(DROPPED) - len(DROPPED_KNOWN) >= 10
    texts = [t for t, *_ in DROPPED]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
