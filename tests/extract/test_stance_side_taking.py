"""Taking a side in the words news uses for it (issue #11, "stances in the forms news uses"):
hesitating ("Germany is hesitant to send tanks" opposes sending them, as "reluctant" does; with
"not" only weighed), lining up behind or against a measure, working towards an outcome.
Word lists: [adjectives] hesitant, [phrasal] "line up behind / against", "work toward(s)".

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it. "blast"
is left out of [verbs]: its literal sense ("mining companies blasted the sites") is common news.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SIDES = [
    ("Germany is hesitant to send tanks to Ukraine.", E("Germany", "oppose", "sending of tanks")),
    ("Senator Manchin was hesitant to back the bill.", E("Manchin", "oppose", "bill"), A("Manchin", "support")),
    ("Japan was not hesitant to impose sanctions.", E("Japan", "consider", "sanctions")),
    ("The Kenya National Union of Teachers remains hesitant to sign the new deal.",
     E("Kenya National Union of Teachers", "oppose", "deal")),
    ("Ted Cruz lined up behind the border bill.", E("Ted Cruz", "support", "border bill")),
    ("Ten Republican senators lined up against the health bill.", E("Republican senators", "oppose", "health bill")),
    ("France and Germany have lined up behind the Commission's proposal.",
     E("France", "support", "proposal"), E("Germany", "support", "proposal")),
    ("Qatar is working towards a ceasefire in Gaza.", E("Qatar", "support", "ceasefire in Gaza")),
    ("Egypt and Qatar are working toward a new truce.", E("Egypt", "support", "truce"), E("Qatar", "support", "truce")),
    ("The two Koreas' ally, the United States, will work towards a peace treaty.",
     E("United States", "support", "peace treaty")),
    ("Senator Warren took aim at the merger.", E("Warren", "oppose", "merger")),
]
SIDES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(SIDES, SIDES_KNOWN)))
def test_side_taking(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(SIDES) - len(SIDES_KNOWN) >= 10
    texts = [t for t, *_ in SIDES]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
