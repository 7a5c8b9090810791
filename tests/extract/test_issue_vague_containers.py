"""Nouns of a thought or a chance hold an issue, never are one: "rejected the notion of
disarmament" opposes the disarmament, "welcomed the prospect of a summit" supports the summit
([normalise] vague in models/lexicons/issues.toml, read through their "of" complement in
pipeline/extract/stance/issues.py, noun_issue)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

CASES = [
    ("The rebels rejected the notion of disarmament before elections.", ("oppose", "disarmament")),
    ("Seoul welcomed the prospect of a summit with Pyongyang.", ("support", "summit with Pyongyang")),
    ("Maduro rejected the prospect of early elections.", ("oppose", "early elections")),
    ("Hamas ruled out the possibility of a prisoner swap.", ("oppose", "prisoner swap")),
    ("Israel rejected the concept of a buffer zone.", ("oppose", "buffer zone")),
    ("The union welcomed the possibility of a pay rise.", ("support", "pay rise")),
    ("Turkey dismissed the notion of a federal Cyprus.", ("oppose", "federal Cyprus")),
    ("Kyiv rejected the concept of neutrality.", ("oppose", "neutrality")),
    ("Tehran welcomed the prospects of sanctions relief.", ("support", "sanctions relief")),
    ("The miners rejected the possibility of mine closures.", ("oppose", "mine closures")),
    ("Russia rejected the idea of peacekeepers in Ukraine.", ("oppose", "peacekeepers in Ukraine")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_container_of_a_thought_names_what_it_holds(base_nlp, lexicon, text, expected):
    found = [(polarity, label) for _, polarity, label in stances_of(base_nlp, lexicon, text)]
    assert expected in found
    assert not [label for _, label in found if label.split()[0] in {"notion", "prospect", "prospects",
                                                                     "possibility", "concept", "idea"}]
