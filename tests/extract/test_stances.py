"""Stance triples on minimal pairs: polarity by table, holders, issues, conditions, red lines."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.stances import extract_stances


def stances_of(base_nlp, lexicon, text):
    doc = base_nlp(text)
    table = extract_actor_table(doc, lexicon)
    quotes = extract_quotes(doc, table, lexicon)
    return [(table.actors[s.actor].name, s.polarity, s.issue, s.red_line, s.condition,
             table.actors[s.claimed_by].name if s.claimed_by >= 0 else "")
            for s in extract_stances(doc, table, quotes, lexicon)]


@pytest.mark.parametrize(
    ("text", "actor", "polarity", "issue_word"),
    [
        ("Zelensky firmly rejects recognizing Russian-occupied territories.", "Zelensky", "oppose", "recognition"),
        ("Kyiv agreed to a 30-day ceasefire.", "Ukraine", "support", "ceasefire"),
        ("Senator Lindsey Graham called for sanctions against Russia.", "Lindsey Graham", "demand", "sanctions"),
        ("In the past, Russia has ruled out a temporary ceasefire.", "Russia", "oppose", "ceasefire"),
        ("Putin has previously rejected the idea of a temporary truce.", "Putin", "oppose", "truce"),
        ("Hamas will not accept the proposal.", "Hamas", "oppose", "proposal"),
        ("Hamas does not reject the proposal.", "Hamas", "consider", "proposal"),
        ("Russian President Vladimir Putin reportedly studies a 30-day ceasefire proposal.", "Vladimir Putin", "consider", "ceasefire"),
    ],
)
def test_polarity_and_issue(base_nlp, lexicon, text, actor, polarity, issue_word):
    found = stances_of(base_nlp, lexicon, text)
    assert any(a == actor and p == polarity and issue_word in i for a, p, i, *_ in found), found


def test_hedged_prediction_with_condition(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "The U.S. offered a truce, but Putin is unlikely to accept it without significant guarantees.")
    putin = [s for s in found if s[0] == "Putin"]
    assert putin and putin[0][1] == "consider" and putin[0][4] == "significant guarantees" and "truce" in putin[0][2]


def test_first_person_in_quote_belongs_to_speaker_with_red_line(base_nlp, lexicon):
    text = "“We will not recognize any occupied territories as Russia's. This is the most important red line,” Zelensky said."
    found = stances_of(base_nlp, lexicon, text)
    assert ("Zelensky", "oppose", "recognition of occupied territories", True, "", "") in found


def test_claim_about_another_actor(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "Marco Rubio suggested that Ukraine was open to territorial concessions.")
    assert ("Ukraine", "consider", "territorial concessions", False, "", "Marco Rubio") in found


def test_demand_from_not_without(base_nlp, lexicon):
    found = stances_of(base_nlp, lexicon, "Moscow would not rush into negotiations without guarantees.")
    assert any(a == "Russia" and p == "demand" and "guarantees" in i for a, p, i, *_ in found)
