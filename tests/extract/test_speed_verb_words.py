"""Extraction speed, tenth round (issue 11): a verb is read by find_cue's verb path only when one
of its words is in a list that path reads (cues._may_be_verb_cue: the lemmas of the phrasal,
answering, measure, agreement, authoring, decision and stance verbs; a stative passive's form;
an inflected form giving a phrasal verb), and action_cue reads a verb past a threatened action
only when its lemma is an undertaking, facilitating, commitment verb or nominalisation, or opens
an ending, keeping or breaking verb (constructions._action_words). Every other verb is passed
over at once, which must never change a result: each gate is compared with its function run
ungated (each case its own test)."""

from __future__ import annotations

import pytest

# verbs that are cues of each list find_cue and action_cue read, and verbs that are none
SENTENCES = [
    "Kyiv rejected Russia's demand for a ceasefire.",  # a stance verb
    "The UN called for an immediate halt to the fighting.",  # a phrasal verb
    "Voters said no to the new constitution.",  # an answer
    "Germany banned the airline last year.",  # a measure
    "The two sides signed the agreement in Doha.",  # an agreement verb
    "Senator Collins sponsored the bill.",  # an authoring verb
    "Parliament voted to reject the deal.",  # a decision verb
    "Berlin is opposed to the pipeline.",  # a stative passive
    "The workers are hoping for a better offer.",  # an inflected form of a phrasal verb
    "The union called off the strike on Monday.",  # ending
    "Nurses will continue their strike.",  # keeping
    "Hamas broke off the talks.",  # breaking
    "Public sector workers went on a one-day strike.",  # undertaking
    "Qatar hosted the negotiations.",  # facilitating
    "Israel will not recognize the new government.",  # a commitment verb
    "Russia undertook to withdraw its troops.",  # a commissive verb with an infinitive
    "The union warned that it would call a national strike unless the offer was improved.",  # a threat
    "Quickly and quietly, the delegates left for home after they had eaten.",  # none
    "The minister arrived in Vienna and slept at the hotel.",  # none
]


class _Everything:
    """A word list holding every word: the gates let every verb through."""

    def __contains__(self, word: object) -> bool:
        return True


@pytest.fixture(scope="module")
def docs(base_nlp):
    return {text: base_nlp(text) for text in SENTENCES}


@pytest.mark.parametrize("text", SENTENCES)
def test_find_cue_gate_changes_nothing(lexicon, docs, text, monkeypatch):
    """find_cue answers the same at every token with the verb gate open to every word."""
    from pipeline.extract.stance import cues

    gated = [cues.find_cue(tok, lexicon) for tok in docs[text]]
    monkeypatch.setattr(cues, "_may_be_verb_cue", lambda *args: True)
    assert [cues.find_cue(tok, lexicon) for tok in docs[text]] == gated


@pytest.mark.parametrize("text", SENTENCES)
def test_action_cue_gate_changes_nothing(lexicon, docs, text, monkeypatch):
    """action_cue answers the same at every token with its lists' gate open to every word."""
    from pipeline.extract.stance import constructions

    for negating_phrase in (False, True):
        gated = [constructions.action_cue(tok, lexicon, negating_phrase) for tok in docs[text]]
        monkeypatch.setattr(constructions, "_action_words", lambda lexicon: (_Everything(), _Everything()))
        assert [constructions.action_cue(tok, lexicon, negating_phrase) for tok in docs[text]] == gated
        monkeypatch.undo()


@pytest.mark.parametrize("text, word, expected", [
    ("Kyiv rejected Russia's demand for a ceasefire.", "rejected", True),
    ("The UN called for an immediate halt to the fighting.", "called", True),
    ("Voters said no to the new constitution.", "said", True),
    ("Germany banned the airline last year.", "banned", True),
    ("The two sides signed the agreement in Doha.", "signed", True),
    ("Senator Collins sponsored the bill.", "sponsored", True),
    ("Parliament voted to reject the deal.", "voted", True),
    ("Berlin is opposed to the pipeline.", "opposed", True),
    ("Quickly and quietly, the delegates left for home after they had eaten.", "eaten", False),
    ("The minister arrived in Vienna and slept at the hotel.", "arrived", False),
    ("The minister arrived in Vienna and slept at the hotel.", "slept", False),
])
def test_may_be_verb_cue(lexicon, docs, text, word, expected):
    from pipeline.extract.stance.cues import _may_be_verb_cue

    tok = next(t for t in docs[text] if t.text == word)
    assert _may_be_verb_cue(tok, tok.lemma_.lower(), tok.pos_, lexicon) is expected


@pytest.mark.parametrize("text, word, expected", [
    ("The union called off the strike on Monday.", "called", True),
    ("Nurses will continue their strike.", "continue", True),
    ("Hamas broke off the talks.", "broke", True),
    ("Public sector workers went on a one-day strike.", "went", True),
    ("Qatar hosted the negotiations.", "hosted", True),
    ("Israel will not recognize the new government.", "recognize", True),
    ("The minister arrived in Vienna and slept at the hotel.", "arrived", False),
    ("The minister arrived in Vienna and slept at the hotel.", "slept", False),
])
def test_action_words(lexicon, docs, text, word, expected):
    from pipeline.extract.stance.constructions import _action_words

    tok = next(t for t in docs[text] if t.text == word)
    words, first_words = _action_words(lexicon)
    lemma = tok.lemma_.lower()
    assert (lemma in words or lemma.split(" ", 1)[0] in first_words) is expected
