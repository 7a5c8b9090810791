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
    # (a fragment of three words or fewer with no cue and no speaker is a scare quote, dropped)
    found = quotes_of(base_nlp, lexicon, 'The banner read "No war, no hunger, no more lies" in red letters.')
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


@pytest.mark.parametrize(
    ("text", "kind", "words", "speaker"),
    [
        # according to X
        ('"The talks are over," according to Kremlin spokesman Dmitry Peskov.', "direct", "The talks are over", "Dmitry Peskov"),
        # X was quoted as saying
        ('Hamas leader Khalil al-Hayya was quoted as saying: "We will not disarm."', "direct", "We will not disarm.", "Khalil al-Hayya"),
        # in a statement, X ...
        ('In a statement, the European Union said: "This agreement is a positive step."', "direct", "This agreement is a positive step.", "European Union"),
        # dash attribution
        ('"We are ready for peace" — Ukrainian President Volodymyr Zelensky said on Monday.', "direct", "We are ready for peace", "Volodymyr Zelensky"),
        # an organisation speaking
        ('Hamas said in a statement that "the occupation bears full responsibility."', "partial", "the occupation bears full responsibility.", "Hamas"),
        # a role reference speaking
        ('Kremlin spokesman Dmitry Peskov spoke on Monday. "Russia is waiting," the spokesman said.', "direct", "Russia is waiting", "Dmitry Peskov"),
    ],
)
def test_more_attribution_patterns(base_nlp, lexicon, text, kind, words, speaker):
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] != "indirect"]
    assert (kind, words, speaker) in found, found


def test_floating_paragraph_continues_the_previous_speaker(base_nlp, lexicon):
    text = ('“We will sign the deal,” said Armenian Prime Minister Nikol Pashinyan.\n\n'
            '“It is the only way to peace.”\n\nThe talks resume on Monday.')
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert [q[2] for q in found] == ["Nikol Pashinyan", "Nikol Pashinyan"]


def test_multi_paragraph_quote_is_one_quote(base_nlp, lexicon):
    text = ('Senator Lindsey Graham said: "We will impose sanctions.\n\n'
            '"Russia must choose peace."\n\nHe left.')
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert found == [("direct", "We will impose sanctions. Russia must choose peace.", "Lindsey Graham")]


def test_nested_quotes_stay_inside(base_nlp, lexicon):
    text = '"They called our plan \'a farce\', and we reject that," Iranian Foreign Minister Abbas Araqchi said.'
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert found == [("direct", "They called our plan 'a farce', and we reject that", "Abbas Araqchi")]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Russian President Vladimir Putin told reporters that the offensive would continue.", "the offensive would continue", "Vladimir Putin"),
        ("U.S. Secretary of State Marco Rubio warned that sanctions would follow.", "sanctions would follow", "Marco Rubio"),
        ("The ceasefire will hold, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said.", "The ceasefire will hold", "Mohammed bin Abdulrahman Al Thani"),
        ("Chuck Schumer acknowledged the challenges, saying that the vote would be close.", "the vote would be close", "Chuck Schumer"),
    ],
)
def test_indirect_patterns(base_nlp, lexicon, text, words, speaker):
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "indirect"]
    assert ("indirect", words, speaker) in found, found


def test_seed_sentences(base_nlp, lexicon):
    text = ("Ukrainian President Volodymyr Zelensky has firmly rejected any recognition of Russian-occupied territories.\n\n"
            "He emphasized the sacrifices made by Ukrainians, stating, “Our people have fought for this, our heroes died.”")
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] == "direct"]
    assert found == [("direct", "Our people have fought for this, our heroes died.", "Volodymyr Zelensky")]


def test_commentators_are_not_quoted_parties(base_nlp, lexicon):
    # their words are reported speech of no actor (the gold's unnamed speaker): tests/extract/test_quote_commentators.py
    found = quotes_of(base_nlp, lexicon, "Analysts suggest that Moscow may accept the proposal.")
    assert found == [("indirect", "Moscow may accept the proposal", None)]
