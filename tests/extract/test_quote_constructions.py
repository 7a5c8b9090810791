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


# A name after the cue with a courtesy title the table does not hold as such ('recalled Mr.
# Rhodes', 'said Ms. Berg') is the person of that surname named before.
INVERTED_WITH_TITLE = [
    _case('Anna Berg led the talks. “We were close to a deal,” said Ms. Berg, who spoke after the meeting.',
          "We were close", "Anna Berg"),
    _case('Omar Haddad led the nurses. “We had to wait for the right moment,” recalled Mr. Haddad.',
          "We had to wait", "Omar Haddad"),
    _case('Clara Wood voted against it. “It was a bad bill,” explained Dr. Wood.', "It was a bad bill", "Clara Wood"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INVERTED_WITH_TITLE)
def test_name_with_courtesy_title_after_the_cue_speaks(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# Of several people sharing a surname, a bare surname that the table does not resolve is the
# one named last before it.
SHARED_SURNAME = [
    _case('Glenn Hartley Slams Rivals Over Report.\n\nGlenn Hartley on Wednesday attacked the website. Hartley '
          'called the adviser “a horrible, despicable human being.”', "a horrible", "Glenn Hartley"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SHARED_SURNAME)
def test_shared_surname_is_the_person_named_last(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "partial", words)
    assert found, quotes
    assert found[0][2] == speaker


# A quote after a colon: an actor's name alone before the colon labels it; a wh-clause ending
# at the colon ('apologized for what happened:') belongs to the clause around it.
COLON_LABELS = [
    _case('Anna Berg and Omar Haddad disagree on the offer.\n\nBerg: “Our goal is a fair wage, not a bonus.” '
          'Haddad: “The offer is the best the growers can make.”', "Our goal is", "Anna Berg"),
    _case('Anna Berg and Omar Haddad disagree on the offer.\n\nBerg: “Our goal is a fair wage, not a bonus.” '
          'Haddad: “The offer is the best the growers can make.”', "The offer is the best", "Omar Haddad"),
    _case('Maria Lopez was criticized. Lopez has since apologized for what happened: “I should have told the '
          'members first. Not doing so was a mistake.”', "I should have told", "Maria Lopez"),
    _case('Jack Hartley was asked about the strike. He explained what he wanted: “A fair deal for every '
          'worker in the port.”', "A fair deal", "Jack Hartley"),
    # a relative "who" stands for its antecedent: the speaker is the person it follows
    _case('Two men stopped the attacker. Another was tour manager Thomas Gray, 24, who cited only his '
          'experience with rugby: "One in, all in. I did what anyone would do."', "One in, all in", "Thomas Gray"),
    _case('The talks stalled on Monday. The union was led by Anna Berg, who gave a short answer: “We will not '
          'sign this offer.”', "We will not sign", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLON_LABELS)
def test_quote_after_a_colon_label(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# 'X issued a statement, "..."': the words of a statement are its issuer's.
STATEMENT_THEN_QUOTE = [
    _case('Jack Hartley spoke on Sunday. After the vote, Hartley issued a statement, “Last night, the members '
          'rejected the offer. It was the worst offer in years.”', "Last night", "Jack Hartley"),
    _case('The union released a statement on Monday, “We will not return to work until the company pays.”',
          "We will not return", "union"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STATEMENT_THEN_QUOTE)
def test_statement_then_quote_is_the_issuers(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# A verb that attributes only with a clause ("continue", "expect", "add") is no cue when it
# takes an infinitive: the quote is the words of the cue that reports the clause.
INFINITIVE_NOT_CUE = [
    _case('Anna Berg said she is certain Omar Haddad will continue to be “a champion for every nurse.”',
          "a champion", "Anna Berg"),
    _case('Maria Lopez said the growers expect to sign “a fair and lasting deal” by the end of the week.',
          "a fair and lasting deal", "Maria Lopez"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INFINITIVE_NOT_CUE)
def test_infinitive_verb_is_no_cue(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "partial", words)
    assert found, quotes
    assert found[0][2] == speaker
