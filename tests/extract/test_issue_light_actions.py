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


# verbs of presenting or staging are light: the thing presented or staged is at stake
PRESENTED = {
    "present an offer": ("The union demanded that the government present an urgent new offer.",
                         "union", "demand", "urgent offer"),
    "table a proposal": ("Serbia agreed to table a proposal on the status of Kosovo.",
                         "Serbia", "propose", "proposal on status of Kosovo"),
    "stage protests": ("The rebels vowed to stage protests against the deal.", "rebels", "support", "protests against deal"),
    "submit a plan": ("The EU urged the commission to submit a new plan for border control.",
                      "European Union", "demand", "border control"),
    "conduct elections": ("The opposition demanded that the government conduct new elections.",
                          "opposition", "demand", "elections"),
    "mount a challenge": ("The opposition plans to mount a legal challenge to the law.",
                          "opposition", "support", "legal challenge"),
}


@pytest.mark.parametrize(("sentence", "holder", "polarity", "label"), PRESENTED.values(), ids=PRESENTED.keys())
def test_what_is_presented_is_the_issue(base_nlp, lexicon, sentence, holder, polarity, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, polarity, label) in found, found


# a noun of quantity is read through to what it counts (``partitives`` in lexicons/issues.toml)
COUNTED = {
    "a series of": ("The unions threatened to organize a series of nationwide demonstrations.",
                    "unions", "support", "nationwide demonstrations"),
    "a number of": ("The opposition rejected a number of amendments to the bill.",
                    "opposition", "oppose", "amendments to bill"),
    "a string of": ("Hamas rejected a string of proposals from Egypt.", "Hamas", "oppose", "proposals from Egypt"),
}


@pytest.mark.parametrize(("sentence", "holder", "polarity", "label"), COUNTED.values(), ids=COUNTED.keys())
def test_what_a_quantity_counts_is_the_issue(base_nlp, lexicon, sentence, holder, polarity, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, polarity, label) in found, found


def test_a_definite_number_is_at_stake(base_nlp, lexicon):
    """"expand the number of justices" is about the number, not the justices."""
    found = stances_of(base_nlp, lexicon, "Buttigieg proposed a plan to expand the number of justices.")
    assert not [label for *_, label in found if label == "justices"], found
