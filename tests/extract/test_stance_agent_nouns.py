"""A party's side on an issue named by a noun of the party (issue #11, "stances in the forms news
uses"): "Germany has been a strong supporter of the deal", "Hungary is the main opponent of the
plan", "Poland, a vocal critic of the pipeline, said ...", "Senator Graham is a co-sponsor of the
sanctions bill". After a copula the subject holds the stance, set off after a party the party
([forms] agent_nouns in stance.toml: "noun:polarity"); a negated copula turns it ("was never a
supporter of the blockade" opposes it).

Controls: a party after "of" is no issue ("a critic of the president", "of the government",
"of Trump"), nor is a noun of membership ("a member of the federation").

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

AGENTS = [
    ("Poland has been a vocal critic of the pipeline.", E("Poland", "oppose", "pipeline")),
    ("Hungary is the main opponent of the plan.", E("Hungary", "oppose", "plan")),
    ("Germany has been a strong supporter of the deal.", E("Germany", "support", "deal")),
    ("Japan is a staunch backer of the treaty.", E("Japan", "support", "treaty")),
    ("Poland, a vocal critic of the Nord Stream pipeline, said it would sue.",
     E("Poland", "oppose", "Nord Stream pipeline")),
    ("France remains the chief architect of the Paris climate agreement.",
     E("France", "propose", "Paris climate agreement")),
    ("Senator Bernie Sanders, a longtime opponent of free trade deals, voted no.",
     E("Bernie Sanders", "oppose", "free trade deals")),
    ("Senator Lindsey Graham is a co-sponsor of the sanctions bill.", E("Lindsey Graham", "propose", "sanctions bill")),
    ("The AFL-CIO has long been an advocate of a higher minimum wage.", E("AFL-CIO", "support", "minimum wage")),
    ("Qatar was never a supporter of the blockade.", E("Qatar", "oppose", "blockade")),
    ("The Kenya National Union of Teachers is an opponent of the new curriculum.",
     E("Kenya National Union of Teachers", "oppose", "curriculum")),
    ("Both unions are opponents of the reform.", E("unions", "oppose", "reform")),
]
AGENTS_KNOWN = {
    "Both unions are opponents of the reform.":
        "a plural noun of many is read as naming no party of the clause (it would take 'supporters of the "
        "deal' in any sentence as the subject's)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(AGENTS, AGENTS_KNOWN)))
def test_agent_noun(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("Senator Rand Paul is a critic of the president.", A("Rand Paul")),
    ("Senator Rand Paul is a critic of the government.", A("Rand Paul")),
    ("Pelosi is a critic of Trump.", A("Pelosi")),
    ("The union is a member of the federation.", A("union")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_agent_noun_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(AGENTS) - len(AGENTS_KNOWN) >= 10
    texts = [t for t, *_ in AGENTS + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
