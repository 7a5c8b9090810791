"""Who speaks when a report names its reporter once and the words of several (issue 11, speakers
round 8, from the fresh sets' wrong speakers).

A reporting verb joined to another verb shares that verb's subject ("He said he was tired and
noted that Senator Wolfe had conceded ..."): the clause it reports is about someone else, so the
person inside it is no antecedent of a later "he said" (actors.references.reported_subject); an
intensifying pronoun after that person ("Wolfe himself had conceded") is read as the person it
stresses, a subject inside the report (actors.references._antecedent). A source phrase ("according
to X") hung on a reporting verb whose own subject names its speaker tells who passed the words on,
not who spoke them ('"He can win," he told aides, according to Tom Brand': he spoke;
quotes._cue_speaks_over); with no such subject the source is the speaker, as before. Further
tables below: a person an outlet reports about, a relative clause's own cue, a quote after an
owned noun of speech, a colon inside a clause, a sentence presenting or judging something before
a quote.

Each case is a short passage written for this test (made-up people); none is taken from an
annotated article. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import check_speaker, speaker_case

# (text, words of the quote, its speaker)
JOINED_REPORTERS = [
    speaker_case("Tom Baker, who worked for a senator in 2008, said tensions were high. He said that he was more "
                 "focused on the platform and noted that Senator Carl Wolfe himself has conceded he won't be the "
                 'nominee.|"What most voters want is fair," he said.', "most voters want", "Tom Baker"),
    speaker_case("Mayor Luis Ortega spoke first. He said he was tired and added that Governor Tim Cole had lost the "
                 'vote.|"We move on now," he said.', "We move on", "Luis Ortega"),
    speaker_case("Senator Anna Reyes took the floor. She said she was ready and insisted that Governor Ruth Blake "
                 'herself had asked for the meeting. "We will be there," she said.', "We will be there",
                 "Anna Reyes"),
    speaker_case("Minister Wang Tao met reporters. He smiled and argued that Senator Mark Hill had misread the "
                 'deal. "The text is clear," he said.', "text is clear", "Wang Tao"),
    speaker_case("Ambassador Hans Weber spoke briefly and said that Minister Ali Karimi would stay in Geneva. "
                 '"Nobody is leaving," he added.', "Nobody is leaving", "Hans Weber"),
    speaker_case("Union leader Omar Haddad sat down and told reporters that Minister Ivan Petrov had walked out. "
                 '"We are still here," he said.', "still here", "Omar Haddad"),
    speaker_case("Governor Ruth Blake said the budget was fair and warned that Senator Anna Reyes would block "
                 'it. "That would hurt schools," she said.', "hurt schools", "Ruth Blake"),
    speaker_case("Senator Paul Grant praised the plan and noted that President Sam Fox himself had drafted it. "
                 '"It is a good start," he said.', "good start", "Paul Grant"),
    speaker_case("Senator Joe Kent said that Governor Tim Roe himself had signed the order. "
                 '"Nobody forced him," he said.', "Nobody forced him", "Joe Kent"),
    speaker_case("Chancellor Olaf Berger said he had read the letter and that Minister Luc Martin himself had "
                 'written it. "I was surprised," he said.', "I was surprised", "Olaf Berger"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), JOINED_REPORTERS)
def test_the_reporter_goes_on_after_a_joined_report(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


JOINED_REPORTER_CONTROLS = [
    # the joined verb has a subject of its own: a new person speaks
    speaker_case("Mayor Luis Ortega said he was tired, and Governor Tim Cole said he was not. "
                 '"We move on now," he said.', "We move on", "Tim Cole"),
    # the stressed person is the main clause's subject: that person goes on
    speaker_case("Senator Carl Wolfe himself conceded the race on Monday. "
                 '"It was a good fight," he said.', "good fight", "Carl Wolfe"),
    # a woman reports about a man: "he" is the man
    speaker_case("Ms. Anna Ortiz smiled and said that Mr. Paul Bell himself had left early. "
                 '"I had a flight to catch," he said.', "flight to catch", "Paul Bell"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), JOINED_REPORTER_CONTROLS)
def test_joined_report_controls(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


SOURCES_OF_REPORTED_WORDS = [
    speaker_case('Mr. Ross was impressed. "He can win," he told advisers afterward, according to Tom Brand, a '
                 "former aide to Mr. Ross.", "He can win", "Ross"),
    speaker_case('"We are ready," Minister Ali Karimi told the cabinet, according to Tom Brand.', "We are ready",
                 "Ali Karimi"),
    speaker_case('Senator Anna Reyes was asked about the bill. "Never," she replied, according to her former aide '
                 "Ana Ruiz.", "Never", "Anna Reyes"),
    speaker_case('Senator Mark Hill told donors that the bill was "dead on arrival," according to Tom Brand, who '
                 "attended the dinner.", "dead on arrival", "Mark Hill"),
    speaker_case('"We will not sign," Minister Ali Karimi said on Monday, according to the state news agency.',
                 "not sign", "Ali Karimi"),
    speaker_case('Governor Tim Cole called the plan "a disaster," according to Senator Paul Grant.', "a disaster",
                 "Tim Cole"),
    speaker_case('"Nothing has been agreed," Mr. Petrov said at the dinner, according to Ms. Lena Novak, who sat '
                 "beside him.", "Nothing has been agreed", "Petrov"),
    speaker_case('Mr. Ross met the envoy. According to Tom Brand, he said: "We will not sign this."',
                 "not sign this", "Ross"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SOURCES_OF_REPORTED_WORDS)
def test_the_cues_subject_speaks_over_its_source(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


SOURCE_CONTROLS = [
    # no cue of its own: the source speaks
    speaker_case('"The talks are over," according to Tom Brand, a former aide.', "talks are over", "Tom Brand"),
    speaker_case('The deal is "dead on arrival," according to Senator Mark Hill.', "dead on arrival", "Mark Hill"),
    speaker_case('According to Governor Tim Cole, "the budget is fair."', "budget is fair", "Tim Cole"),
    # the cue's subject is nobody the text names: the source speaks
    speaker_case('"We will strike," a union official said, according to Tom Brand.', "We will strike", "Tom Brand"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SOURCE_CONTROLS)
def test_a_source_with_no_named_speaker_speaks(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


# A clause an outlet, a report or a campaign reports is about a person who may speak next: with no
# person of the pronoun's gender as the main subject of that sentence, "he" goes on with the person
# inside it (actors.references._reported_by_no_one); a candidate's campaign ("the Reyes campaign",
# a mention of the candidate) is no "he" or "she" (roles.toml person_led).
REPORTED_BY_NO_ONE = [
    speaker_case("The broadcaster NBC revealed on Monday that Prince Omar Khalid accepted the blame but did not say "
                 'he had ordered the raid. Speaking to a reporter, he said, "It happened under my watch."',
                 "under my watch", "Omar Khalid"),
    speaker_case("Leila Haddad traveled to Geneva. She is a lawyer now living in Paris.|The day before, a newspaper "
                 'reported that Prince Omar Khalid accepted the blame. Speaking to a reporter, he said, "It happened '
                 'under my watch."', "under my watch", "Omar Khalid"),
    speaker_case("A report released on Friday found that Senator Mark Hill had misused campaign funds. "
                 '"I did nothing wrong," he said.', "nothing wrong", "Mark Hill"),
    speaker_case("Mary Jones, a nurse from Ohio, is among those who say they will not back Lisa Green. The Reyes "
                 "campaign was the first time she had been involved, and she doesn't think Green can win.|"
                 'Choosing between the two is a "false choice," she said.', "false choice", "Mary Jones"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REPORTED_BY_NO_ONE)
def test_a_person_an_outlet_reports_about_goes_on(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


# A partial quote in a relative clause is the relative clause's, even when another relative clause's
# cue stands nearer to it (quotes._governing_first).
RELATIVE_CUES = [
    speaker_case('Contrast that with Stone, who has called the 12-nation trade pact "insanity," and Fox, who says '
                 'it\'s "disastrous."', "insanity", "Stone"),
    speaker_case('Compare that with Governor Mark Stone, who called the plan "a fraud," and Senator Paul Fox, who '
                 'says it is "a gift."', "a fraud", "Mark Stone"),
    speaker_case('Compare that with Governor Mark Stone, who called the plan "a fraud," and Senator Paul Fox, who '
                 'says it is "a gift."', "a gift", "Paul Fox"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELATIVE_CUES)
def test_a_relative_clauses_cue_that_governs_the_quote_comes_first(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


# A quote opened right after a noun of speech that a possessive owns ("her comment that, '...'",
# "His statement: '...'") is the owner's words (quotes._owned_speech; cues.toml [phrases] nouns).
OWNED_SPEECH = [
    speaker_case('The miners\' union is unlikely to back Ann Lee after her March comment that, "We are going to '
                 'close the mines."', "close the mines", "Ann Lee"),
    speaker_case('Senator Carl Wolfe criticised the plan. His statement: "This plan will fail."', "plan will fail",
                 "Carl Wolfe"),
    speaker_case('Voters remember Governor Tim Cole\'s remark that "taxes are theft."', "taxes are theft",
                 "Tim Cole"),
    speaker_case('Critics seized on Mayor Luis Ortega\'s comments that "the city is broke."', "city is broke",
                 "Luis Ortega"),
    speaker_case('The union welcomed President Sam Fox\'s pledge that "no plant will close."', "no plant will close",
                 "Sam Fox"),
    speaker_case('Senator Anna Reyes made headlines with her promise: "I will block this bill."',
                 "block this bill", "Anna Reyes"),
    speaker_case('Minister Ali Karimi repeated his warning: "We will not wait forever."', "not wait forever",
                 "Ali Karimi"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OWNED_SPEECH)
def test_a_quote_after_an_owned_noun_of_speech_is_the_owners(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


OWNED_SPEECH_CONTROLS = [
    # no one owns the statement
    speaker_case('The statement that "the talks are over" surprised everyone.', "talks are over", None),
    # a colon after the noun gives the words to the clause's subject
    speaker_case('President Jair Costa opposed Mr. Durand\'s statement: "The suggestion evokes a colonial '
                 'mentality."', "colonial mentality", "Jair Costa"),
    # the noun ends the sentence before the quote
    speaker_case('"Positions will soften," Joe Kasper, an aide, told reporters before Ryan\'s interview. '
                 '"That is inevitable."', "That is inevitable", "Joe Kasper"),
    # an owned noun that is no speech, in a clause with no subject before the quote
    speaker_case('Governor Tim Cole\'s budget: "a plan that nobody in the city has read."', "nobody in the city",
                 None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OWNED_SPEECH_CONTROLS)
def test_owned_speech_controls(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


# A colon that ends a clause set inside the main clause ("he seems content that the bill he pushed
# passed:") opens the words of the main clause's subject when the inner clause's subject is nobody
# (quotes._colon_speaker).
COLON_MAIN_SUBJECTS = [
    speaker_case('Senator Carl Wolfe has pushed the bill for years.|As for Wolfe, he seems content that the bill he '
                 'pushed for a decade finally passed: "There is no perfect law. But this one is good."',
                 "no perfect law", "Carl Wolfe"),
    speaker_case('Governor Ann Lee believes the plan her team wrote will work: "It is the best plan we have."',
                 "best plan we have", "Ann Lee"),
    speaker_case('Minister Ali Karimi is sure that the deal will hold: "Nobody wants another war."',
                 "Nobody wants another war", "Ali Karimi"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLON_MAIN_SUBJECTS)
def test_a_colon_inside_a_clause_opens_the_main_subjects_words(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


COLON_CONTROLS = [
    # the main clause's subject is nobody either
    speaker_case('The report that the ministry released was clear: "Prices will rise."', "Prices will rise", None),
    # the inner clause's subject speaks ('When X suggested ..., Y fired back:')
    speaker_case('When Senator Mark Hill suggested a delay, Governor Ann Lee fired back: "Not a chance."',
                 "Not a chance", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLON_CONTROLS)
def test_colon_controls(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


# A sentence in which someone presents or judges something ([phrases] presenting: "touted her
# record", "praised the deal", "blasted the ruling") announces the quote that opens the next
# sentence of its paragraph, which has no attribution of its own (quotes._announced).
PRESENTED = [
    speaker_case('Governor Ann Lee touted her record as a co-sponsor of the bill. "We need to protect workers who '
                 'want a union."', "protect workers", "Ann Lee"),
    speaker_case('Senator Carl Wolfe praised the deal on Monday. "It is a historic step for both countries."',
                 "historic step", "Carl Wolfe"),
    speaker_case('Minister Ali Karimi defended the budget. "Nobody will pay more tax next year."',
                 "Nobody will pay more", "Ali Karimi"),
    speaker_case('Mayor Luis Ortega blasted the ruling. "This is a sad day for the city."', "sad day",
                 "Luis Ortega"),
    speaker_case('President Sam Fox hailed the agreement as a breakthrough. "We have waited ten years for this."',
                 "waited ten years", "Sam Fox"),
    speaker_case('Senator Anna Reyes dismissed the report. "It is full of errors and nobody believes it."',
                 "full of errors", "Anna Reyes"),
    speaker_case('Governor Tim Cole criticized the plan in strong terms. "It will hurt the people it claims to '
                 'help."', "hurt the people", "Tim Cole"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRESENTED)
def test_a_sentence_presenting_something_announces_the_next_quote(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


PRESENTED_CONTROLS = [
    # an act, not words
    speaker_case('Senator Carl Wolfe signed the bill on Monday. "It is a historic step for both countries."',
                 "historic step", None),
    speaker_case('Governor Ann Lee visited the plant. "We need to protect workers who want a union."',
                 "protect workers", None),
    # the quote opens the next paragraph
    speaker_case('Senator Carl Wolfe praised the deal on Monday.|"It is a historic step for both countries."',
                 "historic step", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRESENTED_CONTROLS)
def test_presenting_controls(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)
