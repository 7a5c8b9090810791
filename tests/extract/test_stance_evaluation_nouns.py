"""Evaluations named by a noun with the words news adds to it (issue #11, "stances in the forms
news uses"): "Netanyahu called the deal a historic mistake", "Russia said the deal was a
mistake", "Serbia said the agreement was a major breakthrough", "Hungary called the pact a
disaster", "Colombia said the plan was a good basis for talks". The noun's evaluation ([predicates]
oppose / support in stance.toml, the phrases with their article) holds with the modifiers between
article and noun dropped ("a historic mistake" is "a mistake", "an outright capitulation" "a
capitulation"), after "call / describe as" and after a copula (whoever says so holds it).

Controls: a noun that is no evaluation ("a good day for diplomacy") names none.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

EVALUATIONS = [
    ("Netanyahu called the deal a historic mistake.", E("Netanyahu", "oppose", "deal")),
    ("Erdogan called the ruling a serious mistake.", E("Erdogan", "oppose", "ruling")),
    ("Russia said the deal was a mistake.", E("Russia", "oppose", "deal")),
    ("Russia said the nuclear deal was a historic mistake.", E("Russia", "oppose", "nuclear deal")),
    ("Hungary called the migration pact a disaster.", E("Hungary", "oppose", "migration pact")),
    ("Zelensky said the peace plan was an outright capitulation.", E("Zelensky", "oppose", "peace plan")),
    ("Serbia said the agreement was a major breakthrough.", E("Serbia", "support", "agreement")),
    ("Colombia said the plan was a good basis for talks.", E("Colombia", "support", "plan")),
    ("Macron called the talks a success.", E("Macron", "support", "talks")),
    ("The AMCU union said the wage deal was a great success.", E("Association of Mineworkers and Construction Union", "support", "wage deal")),
    ("The Kenya National Union of Teachers said the offer was a victory for teachers.",
     E("Kenya National Union of Teachers", "support", "offer")),
    ("Kerry called the agreement a huge step forward.", E("Kerry", "support", "agreement")),
]
EVALUATIONS_KNOWN = {
    "Kerry called the agreement a huge step forward.":
        "the small model parses 'a huge step' as an adverbial of the verb and 'forward' as its adverb: "
        "no complement to read",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(EVALUATIONS, EVALUATIONS_KNOWN)))
def test_evaluation_noun(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("Norway said the talks were a good day for diplomacy.", A("Norway")),
    ("Chile said the summit was a big event.", A("Chile")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_evaluation_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(EVALUATIONS) - len(EVALUATIONS_KNOWN) >= 10
    texts = [t for t, *_ in EVALUATIONS + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
