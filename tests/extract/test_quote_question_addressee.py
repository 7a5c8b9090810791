"""What a reporter's question reports the one asked said ("QUESTION: You said on Monday that the
talks would resume. Is that still the plan?"): in a transcript a question is a turn with no
speaker (the gold's null), and the "you" of its reporting verb is the one asked, who answers in the
next turn with a speaker (quotes._addressee). Outside a question turn "you" names nobody.

Each case is a short transcript written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speaker_case, speakers

def _indirect_speakers(nlp, text, words):
    return [q[0] for q in speakers(nlp, text, kinds=("indirect",)) if words in q[2]]


# (text, words of the indirect quote, its speaker); "|" is a paragraph break
ASKED = [
    speaker_case("MR. PRICE: Good afternoon.|QUESTION: You said on Monday that the talks would resume. Is that still "
                 "the plan?|MR. PRICE: It is.", "talks would resume", "Price"),
    speaker_case("SECRETARY KERRY: Thank you all.|QUESTION: Mr. Secretary, you said last week that Russia must stop "
                 "the bombing. Has it?|SECRETARY KERRY: Not yet.", "Russia must stop", "Kerry"),
    speaker_case("MS. PSAKI: Go ahead.|Q: You have said the sanctions will stay until the troops leave. Has anything "
                 "changed?|MS. PSAKI: No.", "sanctions will stay", "Psaki"),
    speaker_case("MR. KIRBY: Next question.|QUESTION: John, you told us yesterday that the convoy had been stopped. "
                 "Where is it now?|MR. KIRBY: Still at the border.", "convoy had been stopped", "Kirby"),
    speaker_case("MINISTER LAVROV: Please.|QUESTION: You've said the deal is dead. Why keep talking?|MINISTER "
                 "LAVROV: Because talking is our job.", "the deal is dead", "Lavrov"),
    speaker_case("MR. PRICE: Good afternoon.|QUESTION: Ned, on Iran. You argued last month that the window for a deal "
                 "was closing. Is it closed?|MR. PRICE: It is not.", "window for a deal", "Price"),
    speaker_case("MR. PRICE: Good afternoon.|QUESTION: You claimed that the aid would arrive within days. It has not. "
                 "Why?|MR. PRICE: The roads are closed.", "aid would arrive", "Price"),
    speaker_case("SECRETARY BLINKEN: Thank you.|QUESTION: You stated in Brussels that NATO would not send troops. "
                 "Does that hold?|SECRETARY BLINKEN: It does.", "NATO would not send troops", "Blinken"),
    speaker_case("MS. PSAKI: Hi, everyone.|QUESTION: Jen, you noted earlier that the bill has the votes. Does it?|"
                 "MS. PSAKI: We believe so.", "the bill has the votes", "Psaki"),
    speaker_case("MR. KIRBY: Go ahead.|QUESTION: You warned on Friday that an attack could come at any time. Has the "
                 "assessment changed?|MR. KIRBY: No.", "an attack could come", "Kirby"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ASKED)
def test_you_in_a_question_is_the_one_who_answers(nlp, text, words, speaker):
    assert _indirect_speakers(nlp, text, words) == [speaker]


# Controls: "you" outside a question turn, or with no answer after it, names nobody; the
# speaker's own "I" in a turn stays the speaker's.
CONTROLS = [
    speaker_case("In an interview, Hana Kovac was asked about the deal. You said last year that the deal was dead, the "
                 "interviewer noted.", "the deal was dead", None),
    speaker_case("MR. PRICE: Good afternoon.|QUESTION: You said on Monday that the talks would resume. Is that still "
                 "the plan?", "talks would resume", None),
    speaker_case("MR. PRICE: Good afternoon. I said yesterday that the talks would resume.|QUESTION: Thank you.|MR. "
                 "PRICE: Next.", "talks would resume", "Price"),
    speaker_case("MR. PRICE: As you said yesterday, the talks would resume.|QUESTION: Thank you.|MR. PRICE: Next.",
                 "talks would resume", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CONTROLS)
def test_you_outside_a_question_names_nobody(nlp, text, words, speaker):
    assert set(_indirect_speakers(nlp, text, words)) <= {speaker}  # no quote at all credits nobody either
