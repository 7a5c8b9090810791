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


# An actor after an inverted-looking cue that opens the reported clause ('..., alleged that the
# union "..."') is its subject, not the speaker.
NOT_THE_NAME_AFTER_CUE = [
    _case('The union denied the claims. The complaint, which was filed in the district court, alleged that the '
          'union “failed to pay the members,” which led to the strike.', "the union", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_THE_NAME_AFTER_CUE)
def test_actor_opening_the_reported_clause_is_not_the_speaker(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "indirect", words)
    assert found, quotes
    assert found[0][2] == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_THE_NAME_AFTER)
def test_name_with_its_own_verb_is_not_the_speaker(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# A name after the cue with a courtesy title the table does not hold as such ('recalled Mr.
# Rhodes', 'said Ms. Berg') is the person of that surname named before; words describing the
# name before it ('said retired surgeon Paul Ivers, asked about ...') do not hide it.
INVERTED_WITH_TITLE = [
    _case('Anna Berg led the talks. “We were close to a deal,” said Ms. Berg, who spoke after the meeting.',
          "We were close", "Anna Berg"),
    _case('Omar Haddad led the nurses. “We had to wait for the right moment,” recalled Mr. Haddad.',
          "We had to wait", "Omar Haddad"),
    _case('Clara Wood voted against it. “It was a bad bill,” explained Dr. Wood.', "It was a bad bill", "Clara Wood"),
    _case('“I am not going to say it is a mistake, so forget about it,” said retired surgeon Paul Ivers, asked '
          'about his claims.', "I am not going to say", "Paul Ivers"),
    _case('“We will not pay,” said former tech executive Maria Lopez, asked about the offer.', "We will not pay",
          "Maria Lopez"),
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


# Staff speak for the one they work for ('staff' nouns of roles.toml), named by a possessive or
# "to", "for", "of", when the table has no actor for the phrase itself.
STAFF = [
    _case("Maria Lopez is moving staff to the north. Lopez's campaign says it will open two offices there.",
          "it will open", "Maria Lopez"),
    _case("Jack Hartley spoke in the port. Aides to Hartley say he is shifting his tack toward the growers.",
          "he is shifting", "Jack Hartley"),
    _case("Omar Haddad was sued on Monday. Haddad's office said the lawsuit was without merit.",
          "the lawsuit was", "Omar Haddad"),
    _case("Anna Berg was charged last week. Lawyers for Berg said she would plead not guilty.",
          "she would plead", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STAFF)
def test_staff_speak_for_whom_they_work_for(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "indirect", words)
    assert found, quotes
    assert found[0][2] == speaker


# A possessive before a noun that is no staff ("the union's members", "Lopez's rivals") does not
# make its owner the speaker.
NOT_STAFF = [
    _case("Maria Lopez led the talks. Lopez's rivals say she gave away too much.", "she gave away", None,
          xfail="actors.actor_of takes the possessive's actor for any head noun of the subject phrase"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_STAFF)
def test_possessive_of_others_is_not_the_speaker(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "indirect", words)
    assert found, quotes
    assert found[0][2] == speaker


# 'X told Y that Z "...," adding, "..."': a participle after a quote that ends on a comma goes on
# with the main clause's subject, not with the subject of the reported clause.
PARTICIPLE_AFTER_QUOTE = [
    _case('Maria Lopez told the radio station that Jack Hartley “had a plan that was reckless,” adding, “He '
          'lost every vote in the port.”', "He lost every vote", "Maria Lopez"),
    _case('Anna Berg told reporters that Omar Haddad “made an offer nobody could accept,” saying, “The nurses '
          'deserve better.”', "The nurses deserve", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARTICIPLE_AFTER_QUOTE)
def test_participle_after_a_quote_keeps_the_main_subject(base_nlp, lexicon, text, words, speaker):
    found, quotes = _found(base_nlp, lexicon, text, "direct", words)
    assert found, quotes
    assert found[0][2] == speaker


# A title in quotation marks followed by a noun for a person or a work and a name ('"Broad City"
# star X') modifies the name: no quote, even with a verb inside ("Orange Is the New Black").
TITLE_BEFORE_NOUN = [
    _case('“Orange Is the New Black” star Dana Reyes opened up about her years on the show.', "Orange Is"),
    _case('“Broad City” star Tom Whitaker turned the tables on the casting directors.', "Broad City"),
    _case('“Daily Show” host Clara Wood on Thursday showed the clip to her audience.', "Daily Show"),
    _case('“The Long Road Home” author Paul Ivers signed books at the fair.', "The Long Road"),
]


@pytest.mark.parametrize(("text", "words"), TITLE_BEFORE_NOUN)
def test_title_before_a_person_noun_is_no_quote(base_nlp, lexicon, text, words):
    quotes = quotes_of(base_nlp, lexicon, text)
    assert not [q for q in quotes if q[1].startswith(words)], quotes


# Words quoted before a noun that opens the writer's clause stay a quote when they end on a
# comma or an end mark (an utterance), or when no name follows the noun.
NOT_A_TITLE = [
    _case('“We Will Win,” supporters chanted as Jack Hartley took the stage.', "We Will Win"),
    _case('“Never Again” campaign posters covered the walls of the union hall.', "Never Again"),
]


@pytest.mark.parametrize(("text", "words"), NOT_A_TITLE)
def test_quote_before_a_noun_without_a_name_stays(base_nlp, lexicon, text, words):
    quotes = quotes_of(base_nlp, lexicon, text)
    assert [q for q in quotes if q[1].startswith(words)], quotes
