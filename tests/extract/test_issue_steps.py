"""Steps, measures and action are read through to their infinitive, like a power or a plan: "agreed
to take steps to ease tensions" is a position on easing the tensions, "rejected measures to cut
pensions" one on cutting them (``infinitive_heads`` in lexicons/issues.toml)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "take steps to ease": ("Russia agreed to take steps to ease tensions.", ("Russia", "support", "easing of tensions")),
    "demanded steps to end": ("Washington demanded steps to end the blockade.", ("United States", "demand", "end of blockade")),
    "rejected measures to cut": ("The union rejected measures to cut pensions.", ("union", "oppose", "cut of pensions")),
    # a light verb whose object is a step or an action: its purpose ("in order to V")
    "take steps in order to": ("Russia agreed to take steps in order to de-escalate the tensions.",
                               ("Russia", "support", "de-escalation of tensions")),
    "take action in order to": ("Kyiv agreed to take action in order to protect civilians.",
                                ("Ukraine", "support", "protection of civilians")),
    "take measures in order to": ("Kyiv agreed to take measures in order to end the strike.",
                                  ("Ukraine", "support", "end of strike")),
    # calls, requests and appeals, the infinitive hung on the verb or on the noun
    "dismissed calls to halt": ("Israel dismissed calls to halt the offensive.", ("Israel", "oppose", "halt of offensive")),
    "rejected the request to suspend": ("The union rejected the government's request to suspend the strike.",
                                        ("union", "oppose", "suspension of strike")),
    "backed the appeal to release": ("The opposition backed the appeal to release the prisoners.",
                                     ("opposition", "support", "release of prisoners")),
    "accepted an invitation to join": ("Iran accepted an invitation to join the talks in Vienna.",
                                       ("Iran", "support", "joining of talks")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_steps_are_read_through_to_their_infinitive(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


@pytest.mark.parametrize("sentence", [
    "The two sides agreed to take steps in the course of the talks.",
    "Russia agreed to take steps in order to get the comprehensive agreement.",
])
def test_purposes_and_times_are_no_complement(base_nlp, lexicon, sentence):
    """"in order to V" is a purpose and "in the course of" a time: never "taking in order" or
    "taking in course of talks" (is_purpose; ``time_nouns``)."""
    found = stances_of(base_nlp, lexicon, sentence)
    assert not [label for *_, label in found if label.startswith("taking") or " order" in label], found

