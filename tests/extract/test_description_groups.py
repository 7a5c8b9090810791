"""Unnamed officials named as a group of a state (issue 11, holders): "Japanese delegates",
"U.S. negotiators", "Syrian government delegates" speak for their state (gold README: unnamed
speakers and holders), as "Chinese negotiators" and "Russian officials" already did. The words
are also a group noun, and the group the actor table made of them hid the state inside its own
phrase. A group with no state in it stays a group ("rebel delegates"); one whose affiliation the
text does not give has no holder ("union representatives"). Each case runs the whole pipeline on
a sentence written for the test."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc

CASES = [
    ("Japanese delegates rejected the proposal.", "Japan", "oppose"),
    ("North Korean delegates demanded the lifting of sanctions.", "North Korea", "demand"),
    ("U.S. negotiators proposed a ceasefire.", "United States", "propose"),
    ("Syrian government delegates refused to discuss a transition.", "Syria", "oppose"),
    ("Kenyan representatives called for a new round of talks.", "Kenya", "demand"),
    ("Russian delegates said they would not accept the plan.", "Russia", "oppose"),
    # controls: already the state's before
    ("Chinese negotiators rejected the proposal.", "China", "oppose"),
    ("Russian officials rejected the plan.", "Russia", "oppose"),
    # controls: no state in the group
    ("Rebel delegates rejected the plan.", "Rebel delegates", "oppose"),
    ("Striking teachers rejected the pay offer.", "teachers", "oppose"),
]


def _holders(nlp, text):
    actors, _, stances = records_from_doc(nlp(text))
    return [(actors[s.actor].name, s.polarity) for s in stances], [a.name for a in actors]


@pytest.mark.parametrize(("text", "holder", "polarity"), CASES, ids=[c[0][:40] for c in CASES])
def test_state_group_holds_for_the_state(nlp, text, holder, polarity):
    found, actors = _holders(nlp, text)
    assert (holder, polarity) in found, found
    assert not any(a.endswith(("delegates", "negotiators", "representatives")) and a != holder for a in actors), actors


def test_group_without_affiliation_has_no_holder(nlp):
    found, actors = _holders(nlp, "Union representatives rejected the pay offer.")
    assert not found and not actors, (found, actors)
