"""A title with a "to"/"for"/"of" phrase before a name ("U.S. Ambassador to Germany Richard
Grenell said"): the parser often runs the phrase into the name, and the entity recogniser often
takes "Germany Richard Grenell" for one organisation; the person named at the end speaks, not the
state before the title (actors.table._titled_name, mentions._given_name_mentions).

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers

TITLED = [
    ("U.S. Ambassador to Germany Richard Grenell said the airline had carried weapons.", "Richard Grenell"),
    ("US Ambassador to Germany Richard Grenell alleged the airline had carried weapons to Syria.", "Richard Grenell"),
    ("U.N. Special Envoy for Syria Geir Pedersen said the committee would meet in Geneva.", "Geir Pedersen"),
    ("EU Commissioner for Trade Phil Hogan said the tariffs were unacceptable.", "Phil Hogan"),
    ("British Ambassador to the United Nations Karen Pierce said the council would vote on Friday.", "Karen Pierce"),
    ("Minister of Foreign Affairs Sergei Lavrov said Moscow would not attend.", "Sergei Lavrov"),
    ("U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the vote would go ahead.",
     "Linda Thomas-Greenfield"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED, ids=[t[0][:60] for t in TITLED])
def test_the_person_after_a_title_with_a_phrase_speaks(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found and found[0][0] == speaker, found


# Controls: no name after the title: the state it names speaks (an unnamed official), or no one.
UNNAMED = [
    ("A U.S. ambassador to Germany said the airline had carried weapons.", "United States"),
    ("The Russian ambassador to the United Nations said the council would vote on Friday.", "Russia"),
    ("The envoy to the talks who met Anna Berg said the ceasefire would hold.", None),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED, ids=[t[0][:60] for t in UNNAMED])
def test_a_title_with_no_name_after_it(nlp, text, speaker):
    found = speakers(nlp, text)
    assert found and found[0][0] == speaker, found
