"""Evaluations of an action named after the expletive "it" (issue #11, found on a fresh set of
unseen articles): "it would be unacceptable to delay the vote", "it is wrong to impose tariffs",
"I do not think it can be right to use X", "considers it inappropriate for Y to do X", "it is out
of the question to recognise X". The infinitive after the predicate is what the predicate judges
([predicates] oppose / support, and extraposed_support for words that judge an action only in this
order: "right", "important"); the infinitive is no action of the speaker's own ("it was wrong to
impose tariffs" supports no tariffs). A negated verb of judgement above the clause negates it
("I do not think it can be right" = it is not right).

Controls: "it" that names a thing said before keeps its old reading, and "right" or "important"
of a person or a thing states no position.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

EXTRAPOSED = [
    ("Finance Minister Ali Hassan said it would be unacceptable to postpone the elections.",
     E("Ali Hassan", "oppose", "postponement of elections")),
    ("Germany said it was wrong to impose tariffs on European steel.",
     E("Germany", "oppose", "tariffs"), A("Germany", "support")),
    ("The union said it would be a mistake to accept the pay offer.",
     E("union", "oppose", "offer"), A("union", "support")),
    ('"I do not think it can be right to use the veto in this way," Prime Minister Mark Carney said.',
     E("Mark Carney", "oppose", "veto")),
    ('"It is important to resume the talks as soon as possible," Sergei Lavrov said.',
     E("Sergei Lavrov", "support", "resumption of talks")),
    ("Hamas said it was out of the question to recognise Israel.",
     E("Hamas", "oppose", "recognition of Israel", red_line=True)),
    ("King Abdullah considers it inappropriate for the army to join the cabinet.",
     E("Abdullah", "oppose", "joining of cabinet")),
    ("The European Union said it was unacceptable for Israel to expand the settlements.",
     E("European Union", "oppose", "expansion of settlements")),
    ("Japan believes it is right to lift the sanctions on Seoul.",
     E("Japan", "support", "lifting of sanctions")),
    ("The teachers' union said it would be unfair to freeze salaries again.",
     E("teachers' union", "oppose", "freeze")),
    ("Kenya said it was urgent to reopen the border crossings.",
     E("Kenya", "support", "reopening of border crossings")),
    # the action's own label is not formed from an intransitive "run for office"
    ("King Abdullah considered it inappropriate for royals to run for elected office.",
     E("Abdullah", "oppose", "office")),
]
EXTRAPOSED_KNOWN: dict[str, str] = {
    "King Abdullah considered it inappropriate for royals to run for elected office.":
        "no issue label is formed from 'run for elected office' (intransitive verb with a prepositional phrase)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(EXTRAPOSED, EXTRAPOSED_KNOWN)))
def test_extraposed_evaluation(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # "it" names the deal: the deal is judged, as before
    ("Iran studied the deal and said it was unacceptable.", A("Iran", "support")),
    # "right" of a person, "important" of a thing: no position
    ("Senator Lindsey Graham said Trump was right.", A("Lindsey Graham")),
    ("Sergei Lavrov said the meeting was important.", A("Sergei Lavrov", "support")),
    # the speaker's own action still read when no evaluation judges it
    ("Germany said it would impose tariffs on American steel.", E("Germany", "support", "tariffs")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_extraposed_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(EXTRAPOSED) - len(EXTRAPOSED_KNOWN) >= 8
    texts = [t for t, *_ in EXTRAPOSED + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
