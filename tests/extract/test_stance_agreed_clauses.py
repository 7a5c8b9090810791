"""What parties agree will happen (round `nostance9`, from the count of missed stances: the gold
issue's keywords in a future clause under a verb of agreeing that had no object to read): "Iran
and Oman agreed that talks would resume in March" supports the resumption, as "agreed to resume
talks" does ([forms] agreed_clause_verbs, read as [forms] commissive_verbs read "promised that
X would V"). A clause with no "will" / "would" / "shall" states a view, no action ("agreed that
the situation was serious"); a negated one another party's refusal."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("agreed that X would be lifted", "Senator Smith agreed that the embargo would be lifted.",
      E("Smith", "support", "embargo")),
    C("agreed that X would be exchanged", "Iran and the United States agreed that the prisoners would be exchanged next week.",
      E("Iran", "support", "prisoners"), E("United States", "support", "prisoners")),
    C("agreed that X would end", "The union agreed that the strike would end on Friday.", E("union", "support", "strike")),
    C("agreed that X will be withdrawn", "Russia agreed that its troops will be withdrawn from the border.",
      E("Russia", "support", "withdrawal")),
    C("agreed that X would be released", "Hamas agreed that the hostages would be released in stages.",
      E("Hamas", "support", "hostages")),
    C("agreed that X would be extended", "Kerry agreed that the truce would be extended by a week.",
      E("Kerry", "support", "truce")),
    C("agreed that X would be reopened", "Israel agreed that the crossings would be reopened.",
      E("Israel", "support", "crossings")),
    C("agreed that X will be implemented", "Armenia agreed that the peace plan will be implemented in full.",
      E("Armenia", "support", "peace plan")),
    C("agreed that X would be frozen", "The Palestinians agreed that the payments would be frozen.",
      E("Palestinians", "support", "payments"), xfail="'The Palestinians' is no holder the sentence-level rules name"),
    C("agreed that X would resume", "Iran and Oman agreed that talks would resume in March.",
      E("Iran", "support", "talks"), E("Oman", "support", "talks"),
      xfail="an intransitive clause with a plain subject ('talks would resume') names no issue here"),
    C("agreed that X would be lifted, reported", "Lavrov said Russia agreed that the sanctions would be lifted.",
      E("Russia", "support", "sanctions")),
]

CONTROLS = [
    C("a view, no action", "Senator Smith agreed that the situation was serious.", A("Smith")),
    C("a judgement", "Senator Smith agreed that it would be a mistake.", A("Smith")),
    C("a negated clause", "Senator Smith agreed that Iran would never accept the deal.", A("Smith")),
    C("agreed with a person on a forecast", "Senator Smith agreed with Jones that the tax would hurt farmers.", A("Smith")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    every = CASES + CONTROLS
    assert len({c.text for c in every}) == len(every), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_agreed_clause(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
