"""A pronoun with no negotiation noun in its own sentence stands for the issue of the last stance
stated before it, counted by where that stance was stated, not by where its issue was first
named: "Durbin questioned the President's power to do as he proposed" takes back the wall
proposed paragraphs before, and "Schiff called it a non-starter" right after is about that wall,
not the government's reopening demanded in between (pipeline/extract/stance/issues.py,
vague_antecedent with Context.recent_at; proposed_action keeps the taken-back issue's head,
Context.label_heads)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

MIDDLE = "Nancy Pelosi demanded the reopening of the government."

CASES = [
    ("President Trump proposed a border wall. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff called it a non-starter.", "Schiff", "border wall"),
    ("President Trump proposed a border wall. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff rejected it.", "Schiff", "border wall"),
    ("President Trump proposed a national emergency. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff called it unacceptable.", "Schiff", "national emergency"),
    ("President Trump proposed new tariffs. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff opposed it.", "Schiff", "tariffs"),
    ("President Trump proposed a travel ban. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff condemned it.", "Schiff", "travel ban"),
    ("President Trump proposed a border wall. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Warren denounced it.", "Warren", "border wall"),
    ("President Trump proposed a border wall. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff said he opposed it.", "Schiff", "border wall"),
    ("President Trump proposed a pay freeze. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff called it a non-starter.", "Schiff", "pay freeze"),
    ("President Trump proposed a troop withdrawal. {m} Senator Durbin questioned the President's power to "
     "do as he proposed. Senator Schiff called it reckless.", "Schiff", "troop withdrawal"),
    ("President Trump proposed a border wall. {m} Senator Durbin questioned the President's power to do as he "
     "proposed. Senator Schiff dismissed it.", "Schiff", "border wall"),
]


@pytest.mark.parametrize("text,holder,label", CASES, ids=[str(i) for i in range(len(CASES))])
def test_pronoun_takes_the_last_stated_issue(base_nlp, lexicon, text, holder, label):
    found = stances_of(base_nlp, lexicon, text.format(m=MIDDLE))
    theirs = [x for actor, _, x in found if actor.endswith(holder)]
    assert theirs, found
    assert all(label in x for x in theirs), found
