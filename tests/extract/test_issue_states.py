"""A state demanded with a copula is the issue: "the island should be independent" is a position
on its independence (lexicons/issues.toml state_nouns; pipeline/extract/stance/issues.py,
state_label). The subject, when it is not a pronoun, says whose state it is."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "quoted, 'in his words' between": (
        'President Chen told a Taiwan pro-independence group, Formosan Association for Public Affairs, Sunday evening '
        'that the island, in his words, "should be independent".', "Chen", "demand", "independence of island"),
    "remain": ("Austria said it must remain neutral.", "Austria", "demand", "neutrality"),
    "subjunctive": ("The rebels demanded that Aceh be autonomous.", "rebels", "demand", "autonomy of Aceh"),
    "will remain": ("Ukraine insists it will remain sovereign.", "Ukraine", "demand", "sovereignty"),
    "a named subject": ("Moscow said Ukraine must be neutral.", "Russia", "demand", "neutrality of Ukraine"),
    "democratic": ("The opposition said Syria must be democratic.", "opposition", "demand", "democracy of Syria"),
    "become": ("The Kurds demanded that the region become autonomous.", "Kurds", "demand", "autonomy of region"),
    "united (a passive, read as an action)": ("Seoul said the peninsula must be united.", "South Korea", "demand",
                                              "unification of peninsula"),
    "must never be (a demand of the negated state opposes it)": (
        "Serbia insists that Kosovo must never be independent.", "Serbia", "oppose", "independence of Kosovo"),
    # a known failure until "denuclearize" became a commitment with its action noun (redline5)
    "a passive participle": ("North Korea refused to be denuclearized.", "North Korea", "oppose", "denuclearization"),
}


@pytest.mark.parametrize(("sentence", "holder", "polarity", "label"), CASES.values(), ids=CASES.keys())
def test_states_name_the_issue(base_nlp, lexicon, sentence, holder, polarity, label):
    assert (holder, polarity, label) in stances_of(base_nlp, lexicon, sentence)


# a state an action leaves its object in: "keep X safe", "make X independent" (state_of_object)
KEPT = {
    "keep safe": ('Nancy Pelosi, the Speaker of the House, said on Friday "We are committed to keeping our border safe."',
                  "Nancy Pelosi", "support", "security of border"),
    "keep open": ("Egypt promised to keep the Rafah crossing open.", "Egypt", "support", "opening of Rafah crossing"),
    "keep open, tagged a noun": ("The ministers agreed to keep the corridor open.", "ministers", "support",
                                 "opening of corridor"),
    "keep stable": ("Russia wants to keep the region stable.", "Russia", "support", "stability of region"),
    "make independent, a small clause": ("Belgrade refuses to make Kosovo independent.", "Serbia", "oppose",
                                         "independence of Kosovo"),
}


@pytest.mark.parametrize(("sentence", "holder", "polarity", "label"), KEPT.values(), ids=KEPT.keys())
def test_states_left_by_an_action_name_the_issue(base_nlp, lexicon, sentence, holder, polarity, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, polarity, label) in found, found


@pytest.mark.parametrize("sentence", [
    "The union said it was happy.",
    "Russia said the talks were useful.",
])
def test_other_adjectives_name_no_state(base_nlp, lexicon, sentence):
    assert stances_of(base_nlp, lexicon, sentence) == []


def test_open_to_something_is_no_state(base_nlp, lexicon):
    """"open to talks" is a position on the talks, not an "opening"."""
    found = stances_of(base_nlp, lexicon, "The Kremlin said it is open to talks.")
    assert not [label for *_, label in found if label.startswith("opening")], found


