"""Red lines of not abandoning (issue #11): "would never abandon X", "will not sacrifice X",
"will never waive X" are refusals to give X up, read as "will not give up X" is (the issue is X,
the polarity oppose (giving it up), a red line; "would never abandon its demand for X" demands
X). Earlier the negated "abandon" was read as a negated oppose verb, i.e. `consider`. Controls:
an abandonment that happened ("abandoned the talks") or is guessed ("may abandon") is no red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


ABANDON = [
    C("would never abandon", "Abbas said the Palestinians would never abandon their right of return.",
      E("Palestine", "oppose", "right of return", red_line=True)),
    C("would never abandon its", "Tsai said Taiwan would never abandon its democracy.",
      E("Taiwan", "oppose", "democracy", red_line=True)),
    C("abandon a demand", "The union said it would never abandon its demand for a living wage.",
      E("union", "demand", "living wage", red_line=True)),
    C("will never abandon", "Iran will never abandon its nuclear program, Rouhani said.",
      E("Iran", "oppose", "nuclear program", red_line=True)),
    C("will not abandon", "Cuba will not abandon socialism, Castro said.",
      E("Cuba", "oppose", "socialism", red_line=True)),
    C("will not sacrifice", "Cuba will not sacrifice its independence, Castro said.",
      E("Cuba", "oppose", "independence", red_line=True)),
    C("would never sacrifice", "Modi said India would never sacrifice the interests of its farmers.",
      E("India", "oppose", "interests of farmers", red_line=True)),
    # a claim is a demand noun ([forms] demand_nouns): what it claims is demanded, also when the
    # parser hangs "to the land" on the verb
    C("will never waive", "The farmers will never waive their claim to the land, the union said.",
      E("farmers", "demand", "land", red_line=True)),
    C("cannot abandon", "Seoul cannot abandon its alliance with Washington, Moon said.",
      E("South Korea", "oppose", "alliance", red_line=True)),
    C("abandon in a quote", "“We will never abandon our brothers in Crimea,” Zelensky said.",
      E("Zelensky", "oppose", "brothers in Crimea", red_line=True)),
]

CONTROLS = [
    C("an abandonment that happened", "The United States abandoned the talks in June.",
      E("United States", "oppose", "talks", red_line=False)),
    C("a guess", "The company may abandon the project, analysts said.", A("company", "oppose")),
    C("agreed to abandon", "Iran agreed to abandon its enrichment program.",
      E("Iran", "oppose", "enrichment program", red_line=False)),
]

CASES = ABANDON + CONTROLS


def test_table_has_enough_cases():
    assert len(ABANDON) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_abandon_red_line(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
