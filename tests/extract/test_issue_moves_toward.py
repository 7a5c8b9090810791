"""A move or a step toward something is a position on where it leads: "warned against any move
toward independence" opposes the independence (it read no issue: "move" is vague and only its
"of", "on", "for" complement was read) (grammar.VAGUE_COMPLEMENT_PREPS;
pipeline/extract/stance/issues.py, noun_issue)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("Beijing warned against any move toward independence.", ("oppose", "independence")),
    ("China opposes any move towards Taiwanese independence.", ("oppose", "Taiwanese independence")),
    ("The EU welcomed the steps toward a settlement.", ("support", "settlement")),
    ("Russia rejected any step towards NATO membership for Ukraine.", ("oppose", "NATO membership for Ukraine")),
    ("Seoul welcomed the move toward denuclearization.", ("support", "denuclearization")),
    ("Washington welcomed the moves towards a ceasefire.", ("support", "ceasefire")),
    ("Serbia rejected any step toward recognition of Kosovo.", ("oppose", "recognition of Kosovo")),
    ("The union welcomed the step towards a pay deal.", ("support", "pay deal")),
    ("Athens opposed any move towards partition.", ("oppose", "partition")),
    ("Rwanda welcomed the steps toward disarmament of the militias.", ("support", "disarmament of militias")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_move_toward_names_where_it_leads(base_nlp, lexicon, text, expected):
    found = [(polarity, label) for _, polarity, label in stances_of(base_nlp, lexicon, text)]
    assert expected in found
