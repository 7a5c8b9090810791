"""An adverb that says which kind of action is at stake stays in the label as its adjective:
refusing to "negotiate directly" with a party is a position on direct negotiations with it, which
the issue folding keeps apart from talks of another format ([normalise] manner_adverbs in
models/lexicons/issues.toml; pipeline/extract/stance/issues.py, action_label)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

KINDS = [
    ("The rebels said they will not negotiate directly with the junta.", ("oppose", "direct negotiation with junta")),
    ("The union agreed to negotiate directly with management.", ("support", "direct negotiation with management")),
    ("The insurgents are ready to negotiate indirectly with the army.", ("support", "indirect negotiation with army")),
    ("Iran refused to talk directly with the rebels.", ("oppose", "direct talks with rebels")),
    ("The ministers want to negotiate bilaterally with the unions.", ("support", "bilateral negotiation with unions")),
]

# no adverb of kind, or an adverb of something else: the label is the action alone
PLAIN = [
    ("The union agreed to negotiate with management.", ("support", "negotiation with management")),
    ("The rebels said they will not negotiate with the junta.", ("oppose", "negotiation with junta")),
    ("The union agreed to negotiate seriously with management.", ("support", "negotiation with management")),
]


def _found(base_nlp, lexicon, text):
    return [(polarity, label) for _, polarity, label in stances_of(base_nlp, lexicon, text)]


@pytest.mark.parametrize("text, expected", KINDS, ids=[c[0][:50] for c in KINDS])
def test_the_kind_of_action_stays_in_the_label(base_nlp, lexicon, text, expected):
    assert expected in _found(base_nlp, lexicon, text)


@pytest.mark.parametrize("text, expected", PLAIN, ids=[c[0][:50] for c in PLAIN])
def test_other_adverbs_leave_the_label_as_it_was(base_nlp, lexicon, text, expected):
    assert expected in _found(base_nlp, lexicon, text)
