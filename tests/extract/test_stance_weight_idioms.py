"""Idioms of taking a side whose object noun is a word of the phrase (issue #11, "stances in the
forms news uses"): "threw its weight behind the plan", "put its weight behind", "threw its support
behind" support the thing; "took aim at", "pulled the plug on", "turned its back on" oppose it;
"gave the green light to", "gave the go-ahead for" support it. [phrasal] entries match a direct-object noun as they match
a particle ("throw weight behind"); "came out in favour of / against" were already entries.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

IDIOMS = [
    ("Germany threw its weight behind the Commission's proposal.", E("Germany", "support", "proposal")),
    ("Ireland and Spain have thrown their weight behind a two-state solution.",
     E("Ireland", "support", "two-state solution"), E("Spain", "support", "two-state solution")),
    ("Senator Sanders put his weight behind the nurses' strike.", E("Sanders", "support", "strike")),
    ("Prime Minister Rutte is putting his full weight behind the pension reform.",
     E("Rutte", "support", "pension reform")),
    ("The Teamsters union threw its support behind the rail strike.", E("Teamsters", "support", "rail strike")),
    ("Japan took aim at the new steel tariffs.", E("Japan", "oppose", "steel tariffs")),
    ("The Obama administration pulled the plug on the Keystone pipeline.",
     E("Obama administration", "oppose", "pipeline")),
    ("Brazil turned its back on the climate accord.", E("Brazil", "oppose", "climate accord")),
    ("Ghana's parliament gave the green light to the IMF deal.", E("parliament", "support", "IMF deal")),
    ("The Labour Party came out in favour of a second referendum.", E("Labour Party", "support", "referendum")),
    ("Senator Collins came out against the tax bill.", E("Collins", "oppose", "tax bill")),
    ("Parliament gave the go-ahead for the referendum.", E("Parliament", "support", "referendum")),
    # "go-ahead" is cut into "go" + "ahead" by the tokenizer: [phrasal] "give ahead for / to"
    ("Russia gave the go-ahead for the deal.", E("Russia", "support", "deal")),
    ("Germany gave the go-ahead to the tank deliveries.", E("Germany", "support", "tank deliveries")),
    ("The union gave the go-ahead for the strike.", E("union", "support", "strike")),
    ("Egypt has given the go-ahead for the aid convoys.", E("Egypt", "support", "aid convoys")),
    ("Kenya gave its go-ahead to the plan.", E("Kenya", "support", "plan")),
    ("The coach gave the team a go-ahead.", A("coach")),
    # controls: the literal sense names no issue held by a party
    ("Microsoft threw its weight around in the talks.", A("Microsoft", "support")),
    ("The weightlifter put his weight behind the bar.", A("weightlifter")),
]
IDIOMS_KNOWN = {
    "Ghana's parliament gave the green light to the IMF deal.":
        "a possessed 'parliament' is no actor of its own here (the holder is not found)",
    "Parliament gave the go-ahead for the referendum.":
        "a bare 'Parliament' is no actor of a one-sentence text (the go-ahead itself is read)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(IDIOMS, IDIOMS_KNOWN)))
def test_weight_idioms(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(IDIOMS) - len(IDIOMS_KNOWN) >= 10
    texts = [t for t, *_ in IDIOMS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
