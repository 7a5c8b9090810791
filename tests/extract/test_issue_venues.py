"""Venues are no part of an issue label: "in PLACE" after a meeting noun (talks, round, meeting,
summit, session, dialogue) says where it is held, and "in" a building is always a venue; a place
after any other noun is at stake and stays (pipeline/extract/stance/issues.py, is_venue)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, the label expected)
CASES = {
    "talks in a city, next week": ("The opposition agreed to join the talks in Geneva next week.", "opposition", "talks"),
    "round of peace talks": ("Indonesia welcomed a new round of peace talks in Helsinki.", "Indonesia", "round of peace talks"),
    "meeting in a capital": ("Russia proposed a meeting in Moscow.", "Russia", "meeting"),
    "session of negotiations, a day": ("The rebels agreed to a new session of negotiations in Kampala on Monday.", "rebels",
                                       "session of negotiations"),
    "a two-word city": ("Iran said it would attend the meeting in New York.", "Iran", "attending of meeting"),
    "dialogue in a city": ("Serbia backed the dialogue in Brussels.", "Serbia", "dialogue"),
    "place hung on the party": ("Russia proposed talks with Ukraine in Istanbul.", "Russia", "talks with Ukraine"),
    "place hung on the party, a day between": (
        "North Korea said it supports working-level nuclear talks Saturday with the U.S. in Stockholm.", "North Korea",
        "working-level nuclear talks with U.S."),
    "a cease-fire's place is at stake": ("Hamas demanded an immediate cease-fire in Gaza.", "Hamas",
                                         "immediate cease-fire in Gaza"),
    "a deployment's place is at stake": ("Turkey supports the deployment of Turkish troops in Libya.", "Turkey",
                                         "deployment of Turkish troops in Libya"),
    "a withdrawal's place is at stake": ("The EU demanded the withdrawal of Russian forces in Crimea.", "European Union",
                                         "withdrawal of Russian forces in Crimea"),
    "a building is a venue": ("Trump demanded an end of the war in the White House.", "Trump", "end of war"),
    "a building the model tags as an organisation": ("Trump demanded an end of the war in the Oval Office.", "Trump",
                                                     "end of war"),
    "a building the model calls an organisation": (
        "The envoy said Trump began the effort to end the war in the Oval Office.", "Trump", "end of war"),
    "a palace is a venue": ("Macron proposed a ceasefire in the Elysee Palace on Monday.", "Macron", "ceasefire"),
    "a body named like a building stays": ("Ukraine backed membership in the House of Lords.", "Ukraine",
                                           "membership in House of Lords"),
    "sanctions are not a meeting": ("The EU backed sanctions against Russia in Brussels.", "European Union",
                                    "sanctions against Russia in Brussels"),
}


@pytest.mark.parametrize(("sentence", "holder", "label"), CASES.values(), ids=CASES.keys())
def test_venues_leave_the_label(base_nlp, lexicon, sentence, holder, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, label) in [(a, issue) for a, _, issue in found], found

