"""Quote attribution in constructions PolNeAR-style political news uses often: reported clauses
that open with a quoted fragment, speakers whose apposition the parse hangs on the quoted words.
One table per rule (pipeline/extract/quotes.py).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_quotes import quotes_of


def _case(text, *expected, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, *expected, marks=marks, id=text[:70])


def _found(base_nlp, lexicon, text, kind, words):
    quotes = quotes_of(base_nlp, lexicon, text)
    return [q for q in quotes if q[0] == kind and q[1].lstrip("“\"").startswith(words)], quotes


# A reported clause that opens with a quoted fragment and goes on in the writer's words is
# reported speech (an indirect quote beside the partial one).
FRAGMENT_FIRST = [
    _case('Maria Lopez said that “we need more time” before the union can vote on the offer.',
          "we need more time", "Maria Lopez"),
    _case('Jack Hartley said “it makes me angry” every time the company delays the payments.',
          "it makes me angry", "Jack Hartley"),
    _case('The minister issued a statement, saying that “reckless threats” do more harm than good in such '
          'talks.', "reckless threats", None),
    _case('Anna Berg told reporters “the door is open” to a deal if the growers raise their offer.',
          "the door is open", "Anna Berg"),
    _case('Omar Haddad argued that “nobody wins” a strike that lasts into the winter.',
          "nobody wins", "Omar Haddad"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FRAGMENT_FIRST)
def test_clause_opening_with_a_quoted_fragment_is_reported(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "indirect", words)
    assert found, quotes
    assert found[0][2] == speaker
    assert len(found[0][1].split()) > len(words.split()) + 2  # the writer's words go on


# A quoted utterance after the cue is a direct quote, not also reported speech: it ends on a
# comma or an end mark inside the marks, or it opens with a capital.
UTTERANCE_FIRST = [
    _case('Maria Lopez said "We will never accept this offer" before leaving the talks on Friday.',
          "We will never accept"),
    _case('Maria Lopez said, "we will never accept this offer," before leaving the talks on Friday.',
          "we will never accept"),
    _case('Jack Hartley told reporters "The strike goes on!" as he walked out of the ministry.',
          "The strike goes on"),
    _case('Anna Berg said "we are close to a deal" and left the room.', "we are close"),
]


@pytest.mark.parametrize(("text", "words"), UTTERANCE_FIRST)
def test_quoted_utterance_after_the_cue_is_not_reported_speech(base_nlp, lexicon, text, words):
    found, quotes = _found(base_nlp, lexicon, text, "indirect", words)
    assert not found, quotes


# '"...," NAME, APPOSITION, VERB': the actor named right after the quote speaks, whatever the
# parse hangs the name on, when only an apposition between commas separates it from the cue.
NAME_THEN_APPOSITION = [
    _case('“Yes, I support Anna Berg,” Grant Mosley III, founder of the Liberty Institute, tells the Daily Courier '
          'in an exclusive interview.', "Yes, I support", "Grant Mosley III"),
    _case('“Yes, I support Jack Hartley,” Dale Hutton III, founder of the Liberty Institute, tells the Morning '
          'Post in an exclusive interview.', "Yes, I support", "Dale Hutton III"),
    _case('“Yes, I support Maria Lopez,” Brent Colby III, founder of the Farm Policy Institute, tells the Morning '
          'Post in an exclusive interview.', "Yes, I support", "Brent Colby III"),
    _case('Jack Hartley praised the mediator on Monday. “Very good mediator, very good mediator this guy,” '
          'Hartley, the union’s candidate nationally and current leader in the northern region by a wide margin, '
          'said.', "Very good mediator", "Jack Hartley"),
    _case('“We will not sign this deal,” Maria Lopez, the head of the miners’ union, told reporters on Friday.',
          "We will not sign", "Maria Lopez"),
    _case('“Talks are over for now,” Omar Haddad, a spokesman for the nurses, said on Monday.',
          "Talks are over", "Omar Haddad"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAME_THEN_APPOSITION)
def test_name_with_apposition_before_the_cue_speaks(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# A name after the quote that is the subject of a verb of its own, or one in a new paragraph, is
# no speaker of the quote.
NOT_THE_NAME_AFTER = [
    _case('“We will not sign,” the union said. Maria Lopez, who leads it, left the talks and said nothing.',
          "We will not sign", "union"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_THE_NAME_AFTER)
def test_name_with_its_own_verb_is_not_the_speaker(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker
