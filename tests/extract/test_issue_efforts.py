"""What a verb of effort is for is the issue: "committed to work with leaders in the region to stop
the conflict" is a position on stopping the conflict, not on "working with leaders"
(``effort_verbs`` in lexicons/issues.toml; pipeline/extract/stance/issues.py, purpose_of). With
no infinitive of purpose the effort itself stays the issue."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "commitment to work with X to stop": (
        "President Yuweri Museveni of Uganda reiterated his commitment to work with leaders in the region to stop "
        "the conflict.", ("Yuweri Museveni", "support", "halt of conflict")),
    "supports working with X to resolve": (
        "China said it supports working with the United States to resolve the trade dispute.",
        ("China", "support", "resolution of trade dispute")),
    "would work to secure": ("Kerry said Washington would work to secure the release of the hostages.",
                             ("United States", "support", "release of hostages")),
    "no purpose: the effort stays": ("The union supports working with the government.",
                                     ("union", "support", "working with government")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_an_effort_is_read_through_to_its_purpose(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found


XFAILS = {
    "pledged to work with X to end": ("Museveni pledged to work with regional leaders to end the war.",
                                      ("Museveni", "support", "end of war")),
    "agreed to cooperate to stop": ("The two sides agreed to cooperate to stop the flow of weapons.",
                                    ("sides", "support", "halt of flow of weapons")),
}


@pytest.mark.xfail(reason="no stance is read from 'pledged to work' / 'agreed to cooperate' (stance cues)", strict=True)
@pytest.mark.parametrize(("sentence", "expected"), XFAILS.values(), ids=XFAILS.keys())
def test_efforts_known_failures(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
