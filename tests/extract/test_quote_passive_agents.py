"""A reporting cue in the passive with its agent ("was told by X that ...", "was warned by X
that ...") reports the agent's words: the passive subject is who was told, not who spoke. A cue
that relays someone else's words ("was quoted by Reuters as saying") keeps its subject
(quotes._telling_agent).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:70])


AGENTS = [
    _case("Sergei Lavrov met the president. The president was told by Lavrov that the troops would be ready by "
          "Friday.", "Sergei Lavrov"),
    _case('President Vladimir Putin flew to the city. In a meeting that day he was told by Emergencies Minister '
          'Yevgeny Zinichev of "up to 40 people under the rubble".', "Yevgeny Zinichev"),
    _case("Anna Berg chairs the board. The strikers were told by Anna Berg that the plant would stay open.",
          "Anna Berg"),
    _case("Omar Haddad leads the delegation. The mediators were warned by Haddad that his side would walk out.",
          "Omar Haddad"),
    _case('Anna Berg chairs the board. The workers were told by Berg, "Nobody will lose their job."', "Anna Berg"),
    _case("Putin was informed by Foreign Minister Sergei Lavrov that the talks had failed.", "Sergei Lavrov",
          xfail="'inform' is no reporting cue of cues.toml"),
]


@pytest.mark.parametrize(("text", "speaker"), AGENTS)
def test_the_agent_of_a_passive_cue_speaks(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found, "no quote found"
    assert found[-1][0] == speaker, found


# Controls: relayed words keep their speaker; a passive with no agent reports nothing.
RELAYED = [
    _case("Anna Berg was quoted by Reuters as saying that the strike would end.", "Anna Berg"),
    _case('"We will not sign," Anna Berg was quoted as saying by the news agency.', "Anna Berg"),
]


@pytest.mark.parametrize(("text", "speaker"), RELAYED)
def test_relayed_words_keep_their_speaker(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found and found[-1][0] == speaker, found


def test_a_passive_cue_without_agent_reports_nothing(nlp):
    assert speakers(nlp, "The workers were told that the plant would stay open.", kinds=("indirect",)) == []
