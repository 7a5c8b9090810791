"""An embedded action is named by its noun, so that both wordings of it are one issue ("clarify its
autonomy offer" is the "clarification of autonomy offer", like "a clarification of the offer")
(``nominalisations`` in lexicons/issues.toml); a verb that only introduces what is said
("I want to clarify that ...") names no issue (pipeline/extract/stance/issues.py, action_label)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "protect": ("The UN urged measures to protect civilians.", ("United Nations", "demand", "protection of civilians")),
    "clarify": ("GAM will ask the government to clarify its autonomy offer.",
                ("Free Aceh Movement", "demand", "clarification of autonomy offer")),
    "promote": ("Wen promised China would promote direct transport links.",
                ("Wen", "propose", "promotion of direct transport links")),
    "normalize": ("Serbia agreed to normalize relations with Kosovo.",
                  ("Serbia", "support", "normalization of relations with Kosovo")),
    "dissolve": ("The opposition demanded that the government dissolve the national assembly.",
                 ("opposition", "demand", "dissolution of national assembly")),
    "privatize": ("The union rejected plans to privatize the mines.", ("union", "oppose", "privatization of mines")),
    "comply": ("Russia refused to comply with the ruling.", ("Russia", "oppose", "compliance with ruling")),
    "participate": ("The rebels refused to participate in the national convention.",
                    ("rebels", "oppose", "participation in national convention")),
    # the lemmatizer reads "lay" as the past of "lie": the phrasal verb is looked up as written
    "lay down, read as lie": ("Burma demanded that the rebels first lay down their arms.",
                              ("Myanmar", "demand", "laying down of arms")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_actions_are_named_by_their_noun(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


def test_a_verb_introducing_a_clause_names_no_issue(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "And I do want to clarify that while we are very, very supportive of it, "
                                          "we are not a part of it.")
    assert not [label for *_, label in found if label.startswith("clarif")], found
