"""Quotation extraction and attribution, one small case per pattern."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes


def quotes_of(base_nlp, lexicon, text):
    doc = base_nlp(text)
    table = extract_actor_table(doc, lexicon)
    quotes = extract_quotes(doc, table, lexicon)
    return [(q.kind, q.text, table.actors[q.speaker].name if q.speaker >= 0 else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "...," X said
        ('“We are fighting for our independence. This is a fact,” Zelensky declared.',
         ("direct", "We are fighting for our independence. This is a fact", "Zelensky")),
        # X said, "..."
        ('Donald Trump said, "I never threaten anybody."', ("direct", "I never threaten anybody.", "Donald Trump")),
        # "...," said X
        ('"The strike is officially over," said Joseph Mathunjwa.', ("direct", "The strike is officially over", "Joseph Mathunjwa")),
        # X said: "..."
        ('Erdoğan said: "They need to stand by us."', ("direct", "They need to stand by us.", "Erdoğan")),
        # participle cue follows the subject of the main clause
        ('Zelensky emphasized the sacrifices, stating, “Our heroes died.”', ("direct", "Our heroes died.", "Zelensky")),
        # partial quote in the writer's sentence
        ('Adam Schiff called it "a non-starter".', ("partial", "a non-starter", "Adam Schiff")),
    ],
)
def test_direct_attribution(base_nlp, lexicon, text, expected):
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] != "indirect"]
    assert found and found[0] == expected


def test_the_president_added(base_nlp, lexicon):
    text = ('President Volodymyr Zelensky told journalists on March 12 that Ukraine will not give up. '
            '"If they are not ready, we do hope that the American side will act," the president added.')
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert found[0][2] == "Volodymyr Zelensky"


def test_two_pieces_one_speaker_and_continuation(base_nlp, lexicon):
    text = '“We would have a difficult job,” Abbas Araqchi said. “I think what we need is goodwill.”'
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert [q[2] for q in found] == ["Abbas Araqchi", "Abbas Araqchi"]


def test_indirect_speech(base_nlp, lexicon):
    text = "Kremlin spokesman Dmitry Peskov stated that Russia is awaiting detailed information from the U.S."
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "indirect"]
    assert found == [("indirect", "Russia is awaiting detailed information from the U.S.", "Dmitry Peskov")]


def test_unknown_speaker_is_kept_not_guessed(base_nlp, lexicon):
    found = quotes_of(base_nlp, lexicon, 'The banner read "No war" in red letters.')
    assert found and all(q[2] is None for q in found)


def test_unbalanced_marks_do_not_crash(base_nlp, lexicon):
    found = quotes_of(base_nlp, lexicon, 'He said "this never closes.\n\nAnd then “another')
    assert [q for q in found if q[0] != "indirect"] == []


def test_transcript_turns(base_nlp, lexicon):
    text = ("SECRETARY KERRY: We are making progress on the framework.\n\n"
            "It will take more time.\n\n"
            "Q: Will there be a deal this week?\n\n"
            "SECRETARY KERRY: I am not going to predict that.")
    found = quotes_of(base_nlp, lexicon, text)
    direct = [q for q in found if q[0] == "direct"]
    assert [q[2] for q in direct] == ["Kerry", "Kerry", None, "Kerry"]
    assert direct[1][1] == "It will take more time."
