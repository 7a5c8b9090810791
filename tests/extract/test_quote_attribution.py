"""Attribution of quotes whose cue is not where the usual patterns look: one table per rule
(pipeline/extract/quotes.py).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_quotes import quotes_of


def _case(text, words, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, words, speaker, marks=marks, id=text[:70])


def _speaker_of(base_nlp, lexicon, text, words):
    found = [q for q in quotes_of(base_nlp, lexicon, text) if q[0] != "indirect" and q[1].startswith(words)]
    assert found, quotes_of(base_nlp, lexicon, text)
    return found[0][2]


# A quote that ends its sentence ('?', '!', '.') and the sentence after it opens with the
# attribution, however long that sentence runs.
NEXT_SENTENCE = [
    _case('“Who knows what will happen with the talks?” Maria Lopez told the union’s radio station in an interview '
          'broadcast on Monday evening when asked about the strike.', "Who knows", "Maria Lopez"),
    _case('“We will never accept this offer!” Jack Hartley told hundreds of dock workers gathered outside the port '
          'gates on Friday morning before the vote.', "We will never accept", "Jack Hartley"),
    _case('“Is this really the best they can do?” asked Samuel Okafor, the union negotiator, as he left the talks '
          'at the ministry late on Thursday night.', "Is this really", "Samuel Okafor"),
    _case('“The door is open. But not forever.” Carlos Mendes said the miners would vote on the offer next week '
          'at a meeting in the capital.', "The door is open", "Carlos Mendes"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NEXT_SENTENCE)
def test_attribution_opening_the_next_sentence(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# The next sentence is someone else's words when a cue of the quote's own sentence speaks.
OWN_SENTENCE_FIRST = [
    _case('Maria Lopez said: “We will not pay.” Jack Hartley told reporters on Friday that the union would meet '
          'again next week to discuss the offer.', "We will not pay", "Maria Lopez"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OWN_SENTENCE_FIRST)
def test_own_sentence_cue_comes_first(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# A quote that goes on from a quote attributed before it in its paragraph stays that speaker's,
# whoever opens the next sentence.
CONTINUED = [
    _case('“It is a sad day,” Maria Lopez told reporters. “This is what the strike has come to.” Jack Hartley said '
          'he would have settled weeks ago, according to local reports.', "This is what", "Maria Lopez"),
    _case('“We are nurses,” Farah Siddiqui said. “We are not criminals.” Tom Whitaker said the growers had no '
          'quarrel with the nurses.', "We are not criminals", "Farah Siddiqui"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CONTINUED)
def test_continued_quote_keeps_its_speaker(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker

