"""A participle naming who backs, brokers or leads an issue is no part of its label, nor the hyphen
that ties its author to it: "the Egyptian-brokered truce" is the "Egyptian truce", never an
"Egyptian-truce" that folds with nothing (pipeline/extract/stance/issues.py, noun_issue)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "Western-backed, a modifier after it": ("Syria supports the Western-backed opposition plan.",
                                            ("Syria", "support", "Western opposition plan")),
    "Egyptian-brokered truce": ("Hamas rejected the Egyptian-brokered truce.", ("Hamas", "oppose", "Egyptian truce")),
    "Egyptian-brokered proposal": ("Hamas rejected the Egyptian-brokered proposal.",
                                   ("Hamas", "oppose", "Egyptian proposal")),
    "Turkish-mediated deal": ("Russia rejected the Turkish-mediated deal.", ("Russia", "oppose", "Turkish deal")),
    "U.S.-backed, one token": ("Ukraine accepted the U.S.-backed ceasefire.", ("Ukraine", "support", "ceasefire")),
    "U.S.-backed proposal of a ceasefire": ("Israel accepted the U.S.-backed 30-day ceasefire proposal.",
                                            ("Israel", "support", "30-day ceasefire")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_participles_of_authors_leave_the_label(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
    assert not [label for *_, label in found if "-" in label and not label[:1].isdigit() and "cease-fire" not in label]


# the adverb of a hyphenated participle goes with it ("long-held", "hard-won", "newly signed")
ADVERBS = {
    "long-awaited": ("The rebels rejected the long-awaited peace plan.", ("rebels", "oppose", "peace plan")),
    "hard-won": ("The union backed the hard-won wage agreement.", ("union", "support", "wage agreement")),
    "newly signed": ("Russia rejected the newly signed agreement.", ("Russia", "oppose", "agreement")),
    "long-held, a basis": ("Wen stressed that the talks must be based on the long-held principle that there is only one China.",
                           ("Wen", "demand", "principle")),
}


@pytest.mark.parametrize(("sentence", "expected"), ADVERBS.values(), ids=ADVERBS.keys())
def test_adverbs_of_participles_leave_the_label(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
