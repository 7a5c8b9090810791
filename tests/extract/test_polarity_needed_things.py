"""A thing said to be needed is demanded by whoever says so. "Iran said sanctions relief was
essential for any deal" (gold: demand, as "there is a need for X" and "X is a necessity") was read
as support, because "essential", "necessary", "vital" and "crucial" were evaluations; now a need
word heading a copula's predicate ([predicates] demand: essential, necessary, vital,
indispensable, crucial, imperative) demands its subject (`predicate_cue` in
stance/constructions.py). Controls: a negated need ("is not necessary") and a free relative ("do
what is necessary") and a pronoun ("this is crucial") demand nothing; "it is vital to resume the talks" still judges the action
(support); "a crucial part of X" or "an essential step" is no need.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NEEDS = [
    C("essential for", "Iran said sanctions relief was essential for any deal.",
      E("Iran", "demand", "sanctions relief"), A("Iran", "support")),
    C("necessary before", "Lavrov said a ceasefire is necessary before talks can begin.",
      E("Lavrov", "demand", "ceasefire"), A("Lavrov", "support")),
    C("vital", "Lavrov said a ceasefire was vital.", E("Lavrov", "demand", "ceasefire"), A("Lavrov", "support")),
    C("crucial for", "Zelensky said security guarantees were crucial for any agreement.",
      E("Zelensky", "demand", "security guarantees"), A("Zelensky", "support")),
    C("crucial, a group", "The union said a pay rise was crucial.", E("union", "demand", "pay rise")),
    C("indispensable, trailing attribution", "A withdrawal of foreign troops is indispensable, the Taliban said.",
      E("Taliban", "demand", "withdrawal of foreign troops")),
    C("imperative", "Erdogan said a safe zone in northern Syria was imperative.",
      E("Erdogan", "demand", "safe zone")),
    C("absolutely essential", "Kenya said that the release of the funds was absolutely essential.",
      E("Kenya", "demand", "release of funds")),
    C("essential, a body", "The EU said a ceasefire was essential.", E("European Union", "demand", "ceasefire")),
    C("believes necessary", "Washington believes that international monitors are necessary.",
      E("United States", "demand", "international monitors")),
    C("indispensable", "Zelensky said security guarantees were indispensable.",
      E("Zelensky", "demand", "security guarantees")),
]

CONTROLS = [
    C("not necessary", "Russia said a ceasefire was not necessary.", A("Russia", "demand"), A("Russia", "support")),
    C("what is necessary", "The union said it would do what is necessary to win the pay rise.",
      A("union", "demand")),
    C("it is vital to V: the action judged", "Lavrov said it was vital to resume the talks.",
      E("Lavrov", "support", "talks"), A("Lavrov", "demand")),
    C("a pronoun: no thing named", "Macron said this was crucial for both sides.", A("Macron", "demand")),
    C("an essential step", "Merkel said the agreement was an essential step.", A("Merkel", "demand")),
    C("a crucial part", "Macron said the treaty was a crucial part of European security.", A("Macron", "demand")),
]

CASES = NEEDS + CONTROLS


def test_table_has_enough_cases():
    assert len(NEEDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_needed_thing(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
