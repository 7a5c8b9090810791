"""A state's ministry named by a demonym and a lower-case modifier speaks for the state ("the
Chinese commerce ministry said ..." is China's), whatever part of speech the tagger gives the
modifier ("commerce" after "Chinese" is a proper noun to it). Issue 11: speakers of reported
speech in negotiation news.

Each case is written for this test; none is taken from an annotated article. Controls pin what
must stay as it was.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers

MINISTRIES = [
    ("The Chinese commerce ministry said the tariffs broke the trade rules.", "China"),
    ("The Chinese foreign ministry said the tariffs broke the trade rules.", "China"),
    ("The South Korean trade ministry said the tariffs broke the trade rules.", "South Korea"),
    ("The Japanese finance ministry said the tariffs broke the trade rules.", "Japan"),
    ("The German economy ministry said the tariffs broke the trade rules.", "Germany"),
    ("The Turkish interior ministry said the tariffs broke the trade rules.", "Turkey"),
    ("The Israeli defense ministry said the tariffs broke the trade rules.", "Israel"),
    ("The Russian energy ministry said the tariffs broke the trade rules.", "Russia"),
    ("The Ukrainian health ministry said the tariffs broke the trade rules.", "Ukraine"),
    ("The Indian commerce ministry said the tariffs broke the trade rules.", "India"),
    # control: a ministry of no state named
    ("The commerce ministry said the tariffs broke the trade rules.", None),
]


@pytest.mark.parametrize("text, speaker", MINISTRIES, ids=[m[0][:50] for m in MINISTRIES])
def test_state_ministry_with_a_modifier_speaks_for_the_state(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found
