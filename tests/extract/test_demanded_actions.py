"""A "that" clause of a demand names the action demanded, not only its object: "demanded that
the United States lift the sanctions" demands the lifting of sanctions (the object alone would
demand the sanctions); a light verb's object is the issue ("that the government hold early
elections"). "withdrew its troops from X" is a troop withdrawal, not the "withdraw from" of leaving
X (pipeline/extract/stance/cues.py, models/lexicons/stance.toml [forms] moved_forces)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

DEMANDED = [
    ("Iran demanded that the United States lift the sanctions.", ("Iran", "demand", "lifting of sanctions")),
    ("Russia demands that Ukraine withdraw its troops from the four regions.",
     ("Russia", "demand", "withdrawal of troops from four regions")),
    ("The union demanded that the company reinstate the fired workers.",
     ("union", "demand", "reinstatement of fired workers")),
    ("Hamas insisted that Israel release all Palestinian prisoners.",
     ("Hamas", "demand", "release of Palestinian prisoners")),
    ("The opposition demanded that the government hold early elections.", ("opposition", "demand", "early elections")),
    ("Israel insists that Hamas return all the hostages.", ("Israel", "demand", "return of hostages")),
    ("The rebels demand that the army end its offensive.", ("rebels", "demand", "end of offensive")),
    ("Ukraine demanded that Russia pay reparations.", ("Ukraine", "demand", "payment of reparations")),
    ("The teachers demanded that the ministry raise their salaries.", ("teachers", "demand", "increase of salaries")),
    ("China insisted that the United States remove the tariffs.", ("China", "demand", "removal of tariffs")),
]


@pytest.mark.parametrize("text,expected", DEMANDED, ids=[c[1][2] for c in DEMANDED])
def test_a_demanded_clause_names_its_action(base_nlp, lexicon, text, expected):
    assert expected in stances_of(base_nlp, lexicon, text)


WITHDRAWALS = [
    ("Russia demands that Ukraine withdraw its troops from the four regions.", None),
    ("Russia withdrew its troops from the four regions.", None),
    ("Israel agreed to pull its forces out of the city.", ("Israel", "support", "pulling of forces")),
    ("Ukraine withdrew from the talks.", ("Ukraine", "oppose", "talks")),
    ("The union withdrew its negotiators from the talks.", ("union", "oppose", "talks")),
]


@pytest.mark.parametrize("text,expected", WITHDRAWALS, ids=[c[0][:40] for c in WITHDRAWALS])
def test_moving_forces_is_not_leaving_a_place(base_nlp, lexicon, text, expected):
    found = stances_of(base_nlp, lexicon, text)
    assert not [s for s in found if s[1] == "oppose" and "regions" in s[2]]
    if expected is not None:
        assert expected in found
