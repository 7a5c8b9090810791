"""Who speaks in reported (indirect) speech: the constructions that carry the speaker of an
unquoted report, run through the whole pipeline (quotes.py, speakers.py, and for the leaders of
a strike the group folds of actors/merges.py).

Each case is a short text written for the test; none is taken from an annotated article. The
speaker is the actor of every indirect quote found in the text.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:70])


CASES = [
    # "according to X", before or after the report
    _case("According to Prime Minister Mark Tallis, the dockers have agreed to resume talks next week.", "Mark Tallis"),
    _case("The dockers have agreed to resume talks, according to Prime Minister Mark Tallis.", "Mark Tallis"),
    # "X said in a statement that ..."
    _case("Foreign Minister Anna Kovac said in a statement that the ceasefire would hold.", "Anna Kovac"),
    _case("The strike must end, Mark Tallis said in a statement released on Monday.", "Mark Tallis"),
    # the speaker carried to a pronoun or a definite description in the next sentence
    _case("Foreign Minister Anna Kovac met the envoy on Monday. She added that the border would open.", "Anna Kovac"),
    _case("The Foreign Ministry said the talks were over. The ministry also said the ambassador would return.",
          "Foreign Ministry"),
    # "X told Y that ...": the teller, not the one told
    _case("Union leader Tom Brady told Prime Minister Mark Tallis that the strike would continue.", "Tom Brady"),
    _case("Mark Tallis met Tom Brady on Monday. Tallis told Brady that the strike must end.", "Mark Tallis"),
    # passive reports: the agent speaks
    _case("Tom Brady was told by Mark Tallis that the strike must end.", "Mark Tallis"),
    _case("It was announced by the Foreign Ministry that the talks would resume.", "Foreign Ministry"),
    # ... but the agent of a passive that a participle cue hangs from is not who speaks
    _case("Mayor Lena Ortiz was booed and heckled by Tom Brady supporters after saying that the budget was final.",
          "Lena Ortiz"),
    _case("Minister Anna Kovac was interrupted by protesters while saying that the budget was final.", "Anna Kovac"),
    # a spokesman speaks for whom he serves, a named one for himself
    _case("Mark Tallis's spokesman said the talks would resume on Monday.", "Mark Tallis"),
    _case("A spokesman for Mark Tallis said the talks would resume on Monday.", "Mark Tallis"),
    _case("The prime minister's spokesman, Ian Hart, said the talks would resume on Monday.", "Ian Hart"),
    # nested reports: the outer speaker
    _case("Tom Brady said Mark Tallis had told him that the strike would end.", "Tom Brady"),
    # "X issued a statement saying that ...": who issued the statement speaks
    _case("The union issued a statement saying that the strike would continue.", "union"),
    _case("Minister Anna Kovac posted a message on Twitter saying the border would stay closed.", "Anna Kovac"),
    _case("Anna Kovac released a statement on Sunday saying that the border would stay closed.", "Anna Kovac"),
    _case("The Foreign Ministry sent a letter to the union saying that the offer was final.", "Foreign Ministry"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_reported_speech_speaker(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found, "no indirect quote found"
    assert all(f[0] == speaker for f in found), found


# Unnamed people placed with a person ("close to X") or with a person's staff ("in his office",
# "on her campaign") speak for that person.
SERVED = [
    _case("Emmanuel Duval hosted the talks. Sources close to Duval said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. Officials in his office said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. Officials in Duval's office said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. A source in his office said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. Officials close to him said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. An official in his government said a deal was near.", "Emmanuel Duval",
          xfail="a government is no staff noun: its owner is read as a state, not a person"),
]


@pytest.mark.parametrize(("text", "speaker"), SERVED)
def test_unnamed_people_placed_with_a_person_speak_for_them(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found, "no indirect quote found"
    assert all(f[0] == speaker for f in found), found


# Placed with something that is no one's staff, they stay the description's own.
NOT_SERVED = [
    _case("Emmanuel Duval hosted the talks. Sources close to the talks said a deal was near.", "Emmanuel Duval"),
    _case("Emmanuel Duval hosted the talks. Officials at the Foreign Ministry said a deal was near.", "Emmanuel Duval"),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_SERVED)
def test_unnamed_people_placed_elsewhere_do_not_speak_for_the_person(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert all(f[0] != speaker for f in found), found


# A participle on a noun that is no speech ('a poll saying', 'a report saying') does not make the
# one who cites it the speaker.
NOT_ISSUERS = [
    _case("Anna Kovac cited a poll saying that most voters backed the deal.", None),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_ISSUERS)
def test_citing_a_document_is_not_speaking(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert all(f[0] != "Anna Kovac" for f in found), found


# The leaders of a strike speak for the one group of people at work the text names
# (groups.toml workforce_leaders); with no such group they stay a group of their own.
STRIKE_LEADERS = [
    _case("Hospital nurses went on strike on Monday. The strike leaders said no talks had been held since.",
          "Hospital nurses"),
    _case("Thousands of teachers walked out on Monday. Strike leaders said the walkout would go on until the "
          "ministry improved its offer.", "teachers"),
    _case("The strike leaders said the walkout would go on.", "strike leaders"),
]


@pytest.mark.parametrize(("text", "speaker"), STRIKE_LEADERS)
def test_strike_leaders_speak_for_the_strikers(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found, "no indirect quote found"
    assert all(f[0] == speaker for f in found), found
