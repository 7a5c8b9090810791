"""Holders named as the agent of a passive (issue #11, wrong holders: "rejected by X"): "the offer
was rejected by the unions", "the deal, welcomed by the rebels, ...", "the plan was turned down
by Iran". The agent holds the stance on the passive's subject, also when it is a group noun with
no name (a group becomes an actor when it is the agent of a stance verb or noun, as it does as a
subject; not "killed by rebels") and when the verb is phrasal ("turned down", "shot down": the
particle's verb in the passive has no object, its subject is what is turned down).

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PASSIVE_AGENTS = [
    ("The pay offer was rejected by the unions on Tuesday.", E("unions", "oppose", "pay")),
    ("The new contract has been rejected by the teachers.", E("teachers", "oppose", "contract")),
    ("The peace plan was backed by the rebels.", E("rebels", "support", "peace plan")),
    ("The draft constitution was opposed by the opposition.", E("opposition", "oppose", "constitution")),
    ("The wage deal, welcomed by the miners, ends a five-month strike.", E("miners", "support", "wage deal")),
    ("The reform was denounced by the nurses as an attack on their pay.", E("nurses", "oppose", "reform")),
    ("A proposal by the farmers for cheaper fuel was debated in parliament.", E("farmers", "propose", "cheaper fuel")),
    ("The offer of a ceasefire was turned down by Hamas.", E("Hamas", "oppose", "ceasefire")),
    ("The new pension plan was turned down by the union.", E("union", "oppose", "pension")),
    ("The ceasefire proposal was shot down by the militants.", E("militants", "oppose", "ceasefire")),
    ("The border deal was turned down by Serbia last week.", E("Serbia", "oppose", "border deal")),
    ("The privatisation bill, turned down by the workers, returns to parliament next month.",
     E("workers", "oppose", "privatisation bill")),
    ("The idea was ruled out by Russia.", E("Russia", "oppose", "idea")),
]
PASSIVE_KNOWN = {
    "The privatisation bill, turned down by the workers, returns to parliament next month.":
        "the small model tags 'turned' as a past tense with its own clause, not a participle of the bill",
    "The idea was ruled out by Russia.":
        "'the idea' alone is a vague word and names no issue",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PASSIVE_AGENTS, PASSIVE_KNOWN)))
def test_passive_agent_holds(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # a group that suffers an act holds no stance
    ("Three soldiers were killed by rebels near the border.", A("rebels")),
    ("The town was shelled by militants overnight.", A("militants")),
    # a word for the parties named before is no group of its own
    ("Foreign Minister Anna Berg and Foreign Minister Paul Okoro met in Oslo. The border agreement was signed by the ministers.",
     E("Anna Berg", "support", "border agreement"), E("Paul Okoro", "support", "border agreement"), A("ministers")),
    # the active voice keeps its subject
    ("The unions rejected the pay offer.", E("unions", "oppose", "pay")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_passive_agent_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(PASSIVE_AGENTS) - len(PASSIVE_KNOWN) >= 10
    texts = [t for t, *_ in PASSIVE_AGENTS + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
