"""Measures judged unjustified (issue #11): "the tariffs are unjustified", "called the demands
unreasonable", "said the sanctions were unwarranted": whoever judges so opposes them
([predicates] oppose: unreasonable, excessive, exorbitant, unjustified, unwarranted, baseless,
groundless); retaliating against something opposes it ([phrasal] retaliate against)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("called unreasonable", "Pyongyang called the Japanese demands unreasonable.", E("North Korea", "oppose", "demands")),
    C("were excessive", "Mathunjwa said the demands of the companies were excessive.", E("Mathunjwa", "oppose", "demands")),
    C("unjustified", "Beijing said the tariffs were unjustified.", E("China", "oppose", "tariffs")),
    C("baseless", "Moscow said the accusations were baseless.", E("Russia", "oppose", "accusations")),
    C("unwarranted", "Moscow said the sanctions were unwarranted.", E("Russia", "oppose", "sanctions")),
    C("groundless", "Beijing called the charges groundless.", E("China", "oppose", "charges")),
    C("exorbitant, quoted", "\"These wage demands are exorbitant,\" Lonmin said.", E("Lonmin", "oppose", "wage demands")),
    C("unwarranted, quoted", "\"His emergency declaration is unwarranted,\" Becerra said.",
      E("Becerra", "oppose", "emergency declaration")),
    C("retaliate against", "Moscow vowed to retaliate against the sanctions.", E("Russia", "oppose", "sanctions")),
    C("retaliated against", "Tehran retaliated against the embargo.", E("Iran", "oppose", "embargo")),
    C("called the exorbitant", "Lonmin called the union's wage demands exorbitant.", E("Lonmin", "oppose", "wage demands"),
      xfail="the small model parses 'demands exorbitant' as one noun phrase after 'called'"),
]

CONTROLS = [
    C("not unjustified", "Beijing said the tariffs were not unjustified.", A("China", "oppose")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES + CONTROLS}) == len(CASES + CONTROLS), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_unjustified_measure(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
