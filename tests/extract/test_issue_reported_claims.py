"""A demonstrative that rejects or accepts what was just reported is a position on that claim:
"X said the government cannot afford to pay. The workers have dismissed this." opposes the "claim
that government can not afford to pay" (it read the issue of an older stance), the reasons given
for it left out ([normalise] reported_claim in models/lexicons/issues.toml;
pipeline/extract/stance/issues.py, reported_claim)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("Minister John Moyo said the government cannot afford to raise salaries because it is broke. "
     "The nurses union dismissed this.", "oppose", "claim that government can not afford to raise salaries"),
    ("Ukrainian officials said Russia had shelled the plant. Moscow denied this.", "oppose",
     "claim that Russia had shelled plant"),
    ("Israeli officials said Hamas had rejected the offer. Hamas denied this.", "oppose",
     "claim that Hamas had rejected offer"),
    ("Western diplomats said Iran had enriched uranium to 90 percent. Tehran rejected this.", "oppose",
     "claim that Iran had enriched uranium to 90 percent"),
    ("Company managers said the mines were losing money. The union rejected this.", "oppose",
     "claim that mines were losing money"),
    ("Serbian officials said Kosovo had violated the agreement. Pristina denied that.", "oppose",
     "claim that Kosovo had violated agreement"),
    ("Turkish officials said the drilling was legal. Greece rejected this.", "oppose",
     "claim that drilling was legal"),
    ("Sudanese officials said the army controlled the capital. The rebels denied this.", "oppose",
     "claim that army controlled capital"),
    ("Chinese officials said the islands belonged to China. Manila rejected this.", "oppose",
     "claim that islands belonged to China"),
    ("Russian officials said the grain deal had expired. Kyiv rejected this.", "oppose",
     "claim that grain deal had expired"),
]


@pytest.mark.parametrize("text,polarity,label", CASES, ids=[c[0][:40] for c in CASES])
def test_demonstrative_takes_the_claim_reported_before(base_nlp, lexicon, text, polarity, label):
    found = [(p, x) for _, p, x in stances_of(base_nlp, lexicon, text)]
    assert (polarity, label) in found, found
    assert not [x for _, x in found if "because" in x.split()]


def test_a_negotiation_noun_in_its_own_sentence_comes_first(base_nlp, lexicon):
    text = "Russian officials said the grain deal had expired. Kyiv rejected the proposal and called this a trick."
    labels = [x for *_, x in stances_of(base_nlp, lexicon, text)]
    assert not [x for x in labels if x.startswith("claim that")]
