"""Who speaks when a report names its reporter once and the words of several (issue 11, speakers
round 8, from the fresh sets' wrong speakers).

A reporting verb joined to another verb shares that verb's subject ("He said he was tired and
noted that Senator Wolfe had conceded ..."): the clause it reports is about someone else, so the
person inside it is no antecedent of a later "he said" (actors.references.reported_subject); an
intensifying pronoun after that person ("Wolfe himself had conceded") is read as the person it
stresses, a subject inside the report (actors.references._antecedent). A source phrase ("according
to X") hung on a reporting verb whose own subject names its speaker tells who passed the words on,
not who spoke them ('"He can win," he told aides, according to Tom Brand': he spoke;
quotes._cue_speaks_over); with no such subject the source is the speaker, as before.

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
    # nobody is the main clause's subject: the person inside the report goes on
    speaker_case("The report that Senator Mark Hill had raised the issue angered the ministry. "
                 '"They are under pressure," he said.', "under pressure", "Mark Hill"),
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
