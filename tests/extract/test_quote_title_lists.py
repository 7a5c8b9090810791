"""Titles of works listed together ('starred in "Lost Harbours" and "The Glass Road"') and titles
whose words hold a verb, set where only a work fits (after a possessive or after "in"/"on":
'a part in "How the West Was Won"'): names in quotation marks, no quotation. The controls keep a
quoted utterance after a cue, and a list of quoted words someone said.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _texts(nlp, text):
    return [q[2].rstrip(".,") for q in speakers(nlp, text, kinds=("direct", "partial"))]


def _case(text, title, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, title, marks=marks, id=title)


TITLES = [
    _case('The actor, who starred in "Lost Harbours" and "The Glass Road," endorsed the senator.', "The Glass Road"),
    _case('She had roles in "Night Train," "Apollo Rising," and "Summer in Paris" before entering politics.',
          "Apollo Rising"),
    _case('She had roles in "Night Train," "Apollo Rising," and "Summer in Paris" before entering politics.',
          "Summer in Paris"),
    _case('He has appeared on "Face the Nation" and "Meet the Voters" this month.', "Meet the Voters"),
    _case('The network airs "Morning Brief" and "Evening Wrap" from the same studio.', "Evening Wrap"),
    _case('The writer of "Cold Harvest" and "Broken Bridges" joined the campaign.', "Broken Bridges"),
    _case('His books include "The Long March", "Red Dawn" and "The Last Treaty".', "The Last Treaty",
          xfail="a list that opens as a verb's object stays quotes: the first may be words someone uses "
                "('chanted \"Law and Order\"')"),
    _case('She played a senator in "How the West Was Won" and a judge in another film.', "How the West Was Won"),
    _case('The governor told Fox\'s "Who Runs the Country" that he would run again.', "Who Runs the Country"),
    _case('He had a small part in "The Spy Who Came Home," a film about the Cold War.', "The Spy Who Came Home"),
    _case('Fans of "Parks and Trails" and "The Office Party" filled the hall.', "The Office Party"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_listed_title_is_no_quote(nlp, text, title):
    assert title not in _texts(nlp, text)


KEPT = [
    ('He said, "We Will Win."', "We Will Win"),
    ('"We Are Not Leaving," the union leader said, and "We Will Not Back Down."', "We Will Not Back Down"),
    ('The crowd chanted "Lock Her Up!" and "Build The Wall!"', "Build The Wall!"),
    ('The minister called the plan "reckless" and "dangerous."', "dangerous"),
    ('She described the talks as "frank" and "useful".', "useful"),
    ('He said the deal was "dead," "buried" and "gone."', "gone"),
    ('The senator called it "a disgrace" and "a betrayal."', "a betrayal"),
    ('The mayor said in a statement: "We Will Rebuild."', "We Will Rebuild"),
    ('"No Deal," the minister said, "No Surrender."', "No Surrender"),
    ("Senator Says Mayor's \"Judgment Is In Question\"", "Judgment Is In Question"),
    ('The debate recalled the governor\'s "You\'re no Abraham Lincoln" retort of 1988.', "You're no Abraham Lincoln"),
    ('She wrote on Twitter, "Shame On You," and "Resign Now."', "Resign Now"),
]


@pytest.mark.parametrize(("text", "quote"), KEPT, ids=[k[1] for k in KEPT])
def test_listed_utterances_stay_quotes(nlp, text, quote):
    assert quote.rstrip(".,") in _texts(nlp, text)
