"""Intents denied with "no" (issue #11, "stances in the forms news uses"): "X has no plans to V",
"has no wish to V", "has no interest in V-ing", "has no appetite for X" oppose the action or
thing, as "has no intention of V-ing" does; the singular "has no plan to V" is a lack of one, often
a critic's charge, and no refusal. A plan held ("has plans to V") is a proposal; the
other nouns state nothing without the "no" ("an interest in football").
Word list: [forms] refused_intents.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

INTENTS = [
    ("Russia has no plans to pull its troops out of Belarus.",
     E("Russia", "oppose", "troops"), A("Russia", "consider")),
    ("The White House said it had no plans to ease the sanctions.", E("United States", "oppose", "sanctions")),
    ("Germany has no immediate plans to deliver fighter jets to Kyiv.", E("Germany", "oppose", "fighter jets")),
    ("Hamas has no plans to lay down its weapons.", E("Hamas", "oppose", "weapons")),
    ("Tokyo has no plans for a snap election.", E("Japan", "oppose", "snap election")),
    ("Washington has no plans for talks with the Taliban.", E("United States", "oppose", "talks")),
    ("The teachers' union has no wish to prolong the strike.",
     E("teachers' union", "oppose", "strike"), A("teachers' union", "support")),
    ("Beijing has no interest in joining the arms control talks.", E("China", "oppose", "arms control talks")),
    ("Britain has shown no interest in a customs union with the EU.", E("United Kingdom", "oppose", "customs union")),
    ("North Korea has no appetite for new sanctions.", E("North Korea", "oppose", "sanctions")),
    ("Serbia had no inclination to recognise Kosovo.", E("Serbia", "oppose", "Kosovo")),
    ("Pyongyang has no appetite for negotiations.", E("North Korea", "oppose", "negotiations")),
    # controls: a plan held is proposed; interest without "no" is no stance
    ("Russia has plans to build a new pipeline to China.", E("Russia", "propose", "pipeline"), A("Russia", "oppose")),
    ("Brazil has an interest in football.", A("Brazil")),
    # a lack, not a refusal: the singular "no plan to V" (someone's criticism)
    ("Senator Warren said Governor Abbott had no plan to fight the pandemic.", A("Abbott", "oppose")),
    ("France showed great interest in the new fighter jet.", A("France", "oppose")),
]
INTENTS_KNOWN = {
    "Pyongyang has no appetite for negotiations.":
        "a bare 'negotiations' after 'for' is no issue of its own here (with 'talks with X' it is)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(INTENTS, INTENTS_KNOWN)))
def test_refused_intents(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(INTENTS) - len(INTENTS_KNOWN) >= 10
    texts = [t for t, *_ in INTENTS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
