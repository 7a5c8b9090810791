"""Phrasal stance verbs in the passive (issue #11, "stances in the forms news uses"): "the offer
was turned down by Hamas" opposes the offer as "Hamas turned down the offer" does, and as the
one-word passive "was rejected by Hamas" already did; the phrase's thing is the passive's subject,
its agent the holder ("was shot down by", "was brushed off by", "was signed off on by", "was put
forward by"). No word list: the phrases are [phrasal]'s.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PASSIVES = [
    ("The Egyptian offer was turned down by Hamas.", E("Hamas", "oppose", "offer")),
    ("The pay offer was turned down by the National Union of Mineworkers.",
     E("National Union of Mineworkers", "oppose", "pay")),
    ("Kyiv's peace formula was brushed off by the Kremlin.", E("Russia", "oppose", "peace formula")),
    ("The proposal for a buffer zone was shot down by Turkey.", E("Turkey", "oppose", "buffer zone")),
    ("The trade deal was signed off on by the European Parliament.",
     E("European Parliament", "support", "trade deal")),
    ("Beijing's invitation to talks was turned down by Taipei.", E("Taiwan", "oppose", "talks")),
    ("The Senate bill was turned down by House Democrats.", E("Democrats", "oppose", "Senate bill")),
    ("The EU's demand was pushed back against by Hungary.", E("Hungary", "oppose", "demand")),
    ("A new draft resolution has been turned down by Russia.", E("Russia", "oppose", "draft resolution")),
    ("The peace plan could be turned down by Ukraine.", E("Ukraine", "consider", "peace plan")),
    ("The ceasefire deal, turned down by Hamas on Monday, would have freed 30 hostages.",
     E("Hamas", "oppose", "ceasefire deal")),
    # controls: no party turns it down
    ("The motion was turned down by 310 votes to 290.", A("motion")),
    ("The volume was turned down.", A("volume")),
]
PASSIVES_KNOWN = {
    "The ceasefire deal, turned down by Hamas on Monday, would have freed 30 hostages.":
        "the parser makes 'turned' a conjunct of 'deal', not its participle ('rejected by' is read)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PASSIVES, PASSIVES_KNOWN)))
def test_passive_phrasal(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(PASSIVES) - len(PASSIVES_KNOWN) >= 10
    texts = [t for t, *_ in PASSIVES]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
