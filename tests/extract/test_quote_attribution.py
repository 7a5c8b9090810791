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


# '"...," X barked': a named speaker right after a quote that ends on a comma, '?' or '!', and a
# verb of theirs, is who spoke, whatever the verb (the cue lexicon lists reporting verbs, not
# every verb of manner).
VERB_OF_MANNER_AFTER = [
    _case('“Go back to your seat,” Maria Lopez barked and the guards led the man out.', "Go back", "Maria Lopez"),
    _case('“That is a lie,” Jack Hartley snapped back at the moderator.', "That is a lie", "Jack Hartley"),
    _case('“Are you serious?” Samuel Okafor fired back.', "Are you serious", "Samuel Okafor"),
    _case('“Never!” Nadia Petrova shouted from the balcony.', "Never", "Nadia Petrova"),
    _case('“Are you serious?” Carlos Mendes angrily retorted.', "Are you serious", "Carlos Mendes"),
    _case('“We will see,” Farah Siddiqui shrugged.', "We will see", "Farah Siddiqui"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), VERB_OF_MANNER_AFTER)
def test_verb_of_manner_after_the_quote(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# 'X shot back, "..."': a named speaker, a verb (and its particle) and a comma right before a
# quote that opens with a capital.
VERB_OF_MANNER_BEFORE = [
    _case('After the mayor criticised her, Maria Lopez shot back, “I suppose I could have stayed home.”',
          "I suppose", "Maria Lopez"),
    _case('Jack Hartley shrugged, “Nobody knows what the owners want.”', "Nobody knows", "Jack Hartley"),
    _case('Samuel Okafor fired back, “The offer is an insult to every worker here.”', "The offer", "Samuel Okafor"),
    _case('Nadia Petrova quickly snapped, “That is not what we agreed last week.”', "That is not", "Nadia Petrova"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), VERB_OF_MANNER_BEFORE)
def test_verb_of_manner_before_the_quote(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# The same with a short object of the verb before the comma ('X defended the deal, "..."'), or a
# phrase set off between the speaker and the verb ('X, also on the radio, defended ...'), when
# the quoted words are a sentence.
VERB_AND_OBJECT_BEFORE = [
    _case('Maria Lopez defended the deal, “It is the best we could get after six weeks.”', "It is the best",
          "Maria Lopez"),
    _case('Jack Hartley rejected the offer, “We will not sign this, not now and not later.”', "We will not",
          "Jack Hartley"),
    _case('Samuel Okafor, also on the radio, defended his decision, “As I have said before, the strike goes on.”',
          "As I have said", "Samuel Okafor"),
    _case('Nadia Petrova, speaking later, repeated her warning, “Nobody should test our patience.”', "Nobody should",
          "Nadia Petrova"),
    # controls: no sentence in the quote, or a clause of time before the comma
    _case('Maria Lopez left the room, “Tired and angry.”', "Tired and angry", None),
    _case('As Maria Lopez left the hall, “The talks collapsed within an hour.”', "The talks", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), VERB_AND_OBJECT_BEFORE)
def test_verb_and_object_before_the_quote(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# A clause of time or place before the comma is no speech act: the speaker stays unknown.
NOT_A_SPEECH_ACT = [
    _case('As Maria Lopez left the hall, “The talks collapsed within an hour.”', "The talks", None),
    _case('When Jack Hartley arrived, “Everyone in the room cheered for him.”', "Everyone", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_A_SPEECH_ACT)
def test_clause_before_the_quote_is_no_speech_act(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# A quote with no cue goes on from the last speaker before it, whether that speaker's words
# were quoted or reported: in its paragraph, or in the paragraph before when it opens its own.
AFTER_REPORTED_SPEECH = [
    _case('Maria Lopez said that for years the owners had promised a raise, but none had come.\n\n'
          '“That is why we are on strike, and we will stay out until they pay.”', "That is why", "Maria Lopez"),
    _case('Jack Hartley ended the meeting by saying he would put the offer to a vote. “I am going to support it, '
          'and support it openly.”', "I am going to", "Jack Hartley"),
    _case('“We will win,” Maria Lopez said. Jack Hartley said the vote would be close. “It always is here, in '
          'every ballot we have had.”', "It always is", "Jack Hartley"),
    _case('Samuel Okafor argued that the ministry had broken its word.\n\n“They signed it. Now they pretend they '
          'never did.”', "They signed it", "Samuel Okafor"),
    # a source named by "according to" gives figures, not speech to go on with
    _case('Judge Maria Lopez said the old rule no longer applies. Women make up 16% of the force, according to '
          'the research group Fairfield Institute. “Past restrictions may have made sense once.”',
          "Past restrictions", "Maria Lopez"),
    _case('Jack Hartley said the strike would go on. Wages fell by 3% last year, according to the Central '
          'Statistics Office. “We cannot live on promises.”', "We cannot live", "Jack Hartley"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), AFTER_REPORTED_SPEECH)
def test_quote_after_reported_speech_continues_its_speaker(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker


# A reported clause two paragraphs back gives no speaker.
NO_SPEAKER_TO_CONTINUE = [
    _case('Maria Lopez said the owners had promised a raise.\n\nThe strike began in May.\n\n'
          '“Nobody here remembers a longer one.”', "Nobody here", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NO_SPEAKER_TO_CONTINUE)
def test_no_speaker_to_continue(base_nlp, lexicon, text, words, speaker):
    assert _speaker_of(base_nlp, lexicon, text, words) == speaker
