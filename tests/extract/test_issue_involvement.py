"""Verbs of taking part name no issue: what they take part in does ("would engage in indirect
talks" is a position on the indirect talks, not on "engagement in talks"), unless the "in" phrase
says how ("engage in good faith") ([normalise] involvement_phrases and manner_nouns in
models/lexicons/issues.toml; pipeline/extract/stance/issues.py, action_label)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("Hamas said it would engage in indirect talks with Israel.", ("support", "indirect talks with Israel")),
    ("Kerry urged the parties to engage in serious dialogue.", ("demand", "serious dialogue")),
    ("The union refused to engage in talks with management.", ("oppose", "talks with management")),
    ("Iran is ready to engage in negotiations over its nuclear program.", ("support", "negotiations over nuclear program")),
    ("The rebels said they would not engage in talks with the junta.", ("oppose", "talks with junta")),
    ("Moscow says it is willing to engage in talks on arms control.", ("support", "talks on arms control")),
    ("The opposition agreed to engage in a national dialogue.", ("support", "national dialogue")),
    ("Beijing refused to engage in discussions about Taiwan.", ("oppose", "discussions about Taiwan")),
    ("Ethiopia agreed to embark on a national dialogue.", ("support", "national dialogue")),
    ("Myanmar refused to enter into negotiations with the rebels.", ("oppose", "negotiations with rebels")),
    pytest.param("The two sides agreed to engage in direct negotiations.", ("support", "direct negotiations"),
                 marks=pytest.mark.xfail(reason="'the two sides' with no party named before holds no stance", strict=True)),
]

MANNER = [
    ("Kerry urged the parties to engage in good faith.", "engagement in good faith"),
    ("The mediator asked both delegations to engage in earnest.", "engagement in earnest"),
]


@pytest.mark.parametrize("text,expected", CASES,
                         ids=[(c.values if hasattr(c, "values") else c)[0][:40] for c in CASES])
def test_involvement_names_what_is_taken_part_in(base_nlp, lexicon, text, expected):
    found = [(polarity, label) for _, polarity, label in stances_of(base_nlp, lexicon, text)]
    assert expected in found
    assert not [label for _, label in found if label.startswith(("engagement in", "embarking on", "entering into"))]


@pytest.mark.parametrize("text,label", MANNER, ids=[c[0][:40] for c in MANNER])
def test_manner_is_no_issue(base_nlp, lexicon, text, label):
    labels = [label for *_, label in stances_of(base_nlp, lexicon, text)]
    assert not [x for x in labels if x in {"good faith", "earnest"}]
