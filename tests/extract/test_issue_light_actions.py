"""A light action with nothing named is no issue: "he would hold", "it would give" name nothing
at stake (the label was the bare gerund, "holding", "giving"); a light action with an object,
a particle or an action of its own still names one (pipeline/extract/stance/issues.py,
action_label; light_actions in lexicons/stance.toml)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

NOTHING_NAMED = [
    "Kerry said he would hold.",
    "Russia said it would give.",
    "The union said it would not take.",
    "The rebels refused to make.",
    "Russia said it would reach.",
]


@pytest.mark.parametrize("sentence", NOTHING_NAMED)
def test_a_bare_light_action_names_no_issue(base_nlp, lexicon, sentence):
    assert stances_of(base_nlp, lexicon, sentence) == []


# sentence -> (holder, polarity, label)
STILL_NAMED = {
    "a particle": ("Putin refused to give up.", "Putin", "oppose", "surrender"),
    "an object": ("Hamas agreed to hold talks.", "Hamas", "support", "talks"),
    "light action, object the issue": ("Iran refused to make concessions.", "Iran", "oppose", "concessions"),
    "a phrasal verb's noun": ("The union said it would walk out.", "union", "support", "walkout"),
    "an action of its own": ("Israel agreed to withdraw.", "Israel", "support", "withdrawal"),
    "a strike": ("The workers said they would strike.", "workers", "support", "strike"),
}


@pytest.mark.parametrize(("sentence", "holder", "polarity", "label"), STILL_NAMED.values(), ids=STILL_NAMED.keys())
def test_other_actions_still_name_their_issue(base_nlp, lexicon, sentence, holder, polarity, label):
    assert (holder, polarity, label) in stances_of(base_nlp, lexicon, sentence)
