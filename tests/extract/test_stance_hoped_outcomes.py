"""Wishes for an outcome (issue #11, "stances in the forms news uses"): "Egypt hopes the truce will
hold", "Washington wants the talks to succeed", "Qatar hoped the ceasefire would last" support the
thing whose success is wished; "hopes the talks will fail / collapse" opposes it; "hopes the strike
will end" supports its end. The thing is the clause's subject, a common noun: "hopes Hamas will
agree" and "hopes it will rain" are not read here. Word lists: [forms] succeeding_verbs,
failing_verbs (ending_verbs and protest_actions for the end of a collective action).

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OUTCOMES = [
    ("Egypt hopes the Gaza truce will hold.", E("Egypt", "support", "truce")),
    ("Washington wants the nuclear talks to succeed.", E("United States", "support", "nuclear talks")),
    ("Qatar said it hoped the ceasefire would last.", E("Qatar", "support", "ceasefire")),
    ("Japan would like the trade negotiations to succeed.", E("Japan", "support", "trade negotiations")),
    ("Russia wants the Minsk agreements to work.", E("Russia", "support", "Minsk agreements")),
    ("Britain hopes that the peace deal will stick.", E("United Kingdom", "support", "peace deal")),
    ("Colombia hopes the accord with the rebels will endure.", E("Colombia", "support", "accord")),
    ("The nurses' union hopes the strike will end next week.", E("nurses' union", "support", "end of strike")),
    ("Iran hopes the Vienna talks will fail.", E("Iran", "oppose", "Vienna talks")),
    ("Hardliners in Tehran want the nuclear deal to collapse.", E("Hardliners", "oppose", "nuclear deal")),
    ("Germany does not want the talks to collapse.", E("Germany", "support", "talks")),
    # controls: no thing wished for, or a party's act, or a question
    ("The minister hopes it will rain.", A("minister")),
    ("Egypt wants to know whether the truce will hold.", A("Egypt")),
    ("Paris hopes Berlin will succeed.", A("France")),
]
OUTCOMES_KNOWN = {
    "Germany does not want the talks to collapse.":
        "a negated wish is turned as any negated verb's: oppose -> consider, not support",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(OUTCOMES, OUTCOMES_KNOWN)))
def test_hoped_outcomes(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(OUTCOMES) - len(OUTCOMES_KNOWN) >= 10
    texts = [t for t, *_ in OUTCOMES]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
