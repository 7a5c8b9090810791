"""Stance triples on minimal pairs: polarity by table, holders, issues, conditions, red lines."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.stance import extract_stances


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leader stating his state's position is not a claim about it; "until" is a condition, and
        # "will not V until C" is "no V unless C": a red line (gold conventions, issue #11)
        ("Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel would not end the war until Hamas is destroyed.",
         ("Israel", "oppose", "end of war", True, "Hamas is destroyed", "")),
        ("Israeli Prime Minister Benjamin Netanyahu said on Sunday that Israel would not end the war until Hamas is destroyed.",
         ("Israel", "demand", "destruction of Hamas", True, "", "")),
        # a ministry speaks for its state
        ("China's commerce ministry said it firmly opposes the new U.S. tariffs.",
         ("China", "oppose", "U.S. tariffs", False, "", "")),
        # passive participle with agents: each proposer
        ("Hamas has agreed to a ceasefire proposal put forward by Egypt and Qatar.",
         ("Qatar", "propose", "ceasefire", False, "", "")),
        # the issue of "give up" is what is given up (gold conventions); "will never" is a red line
        ("“We will never give up our right to enrichment,” Iranian President Masoud Pezeshkian said.",
         ("Masoud Pezeshkian", "oppose", "right to enrichment", True, "", "")),
        # signatures of an agreement by coordinated parties
        ("Armenia and Azerbaijan signed a peace agreement at the White House on Friday.",
         ("Azerbaijan", "support", "peace agreement", False, "", "")),
        # measures against someone are supported measures, not opposed actors
        ("Germany on Monday banned Iranian airline Mahan Air from flying in the country.",
         ("Germany", "support", "ban on Iranian airline Mahan Air", False, "", "")),
        ("The European Union sanctioned Iran earlier in the month.",
         ("European Union", "support", "sanctions on Iran", False, "", "")),
        # leaving a country is a supported withdrawal; leaving a deal is opposition to it
        ("Deutsche Bahn pulled out of Iran last year.",
         ("Deutsche Bahn", "support", "withdrawal from Iran", False, "", "")),
        ("U.S. President Donald Trump withdrew the United States from the nuclear deal.",
         ("Donald Trump", "oppose", "nuclear deal", False, "", "")),
        # condition in "but only if"
        ("Iran's foreign minister Abbas Araghchi said Tehran was ready to resume nuclear talks, but only if sanctions were lifted first.",
         ("Iran", "support", "nuclear talks", False, "sanctions were lifted first", "")),
    ],
)
def test_news_sentences(base_nlp, lexicon, text, expected):
    assert expected in stances_of(base_nlp, lexicon, text)
