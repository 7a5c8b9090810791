"""What a passive verb of a basis rests on is the issue: "this path has to be based on the Lausanne
parameters" is a position on the Lausanne parameters, not on "basing" (``basis_verbs`` in
lexicons/issues.toml; pipeline/extract/stance/issues.py, action_label; the subject founded on it
is not added: demands.py, clause_issues)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "has to be based on": ("The United States said the deal has to be based on the Lausanne parameters.",
                           ("United States", "demand", "Lausanne parameters")),
    "be grounded in": ("China insisted that any settlement be grounded in the one-China principle.",
                       ("China", "demand", "one-China principle")),
    "must be founded on": ("Russia said the agreement must be founded on mutual respect.",
                           ("Russia", "demand", "mutual respect")),
    "must be premised on": ("The rebels said any accord must be premised on the withdrawal of troops.",
                            ("rebels", "demand", "withdrawal of troops")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_a_basis_is_the_issue(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
    assert not [label for *_, label in found if label.startswith(("basing", "grounding", "founding"))], found


@pytest.mark.parametrize("sentence", [
    "The deal was based on the 2015 accord, officials said.",
])
def test_a_past_basis_is_history(base_nlp, lexicon, sentence):
    assert stances_of(base_nlp, lexicon, sentence) == []
