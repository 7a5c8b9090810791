"""Words after the cue of a direct quote that tell how, where or when it was said ('"...," the
spokesman said cheerfully as the results came in'): the cue's own circumstances, set in an
adverbial or relative clause, are no reported clause, so no indirect quote. The controls keep a
clause the parse lost after the cue ("said frankly the deal is dead") and a reported clause
that has an adverbial clause of its own.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, marks=marks, id=text[:60])


def _indirect(nlp, text):
    return [q[2] for q in speakers(nlp, text, kinds=("indirect",))]


CIRCUMSTANCES = [
    _case('"We will win this," the spokesman said cheerfully on CNN as the results came in.'),
    _case('"It is a good deal," Jones said loudly as reporters gathered outside.'),
    _case('"We will not sign," the minister said Tuesday night as the delegates left the hall.'),
    _case('"There is no deal yet," Brown said quietly while the cameras rolled.'),
    _case('"Nothing has changed," she said again when reporters pressed her.'),
    _case('"The strike goes on," the union leader said angrily after the meeting broke up.'),
    _case('"We need more time," the envoy said wearily before he boarded his plane.'),
    _case('"This is a historic day," the president said proudly as the treaty was signed.'),
    _case('"The offer stands," Garcia said calmly as protesters chanted outside.'),
    _case('"Let us be clear," Ahmed said firmly when the session resumed.'),
    _case('"We are not leaving," the minister said in an interview that was aired on Sunday night.'),
    _case('"The talks are over," Smith said loudly at a rally in the capital, which thousands attended.'),
]


@pytest.mark.parametrize("text", CIRCUMSTANCES)
def test_circumstances_of_a_quote_are_no_quote(nlp, text):
    assert _indirect(nlp, text) == []


KEPT = [
    ("The minister said frankly the deal is dead.", "the deal is dead"),
    ("Jones said Monday the talks would resume next week.", "the talks would resume next week"),
    ("He said the rebels had withdrawn as the army advanced.", "the rebels had withdrawn as the army advanced"),
    ("The spokesman said cheerfully that the deal was done.", "the deal was done"),
    ("She told reporters the strike would go on until wages rise.", "the strike would go on until wages rise"),
    ("The envoy said on Friday that talks would resume when the fighting stops.",
     "talks would resume when the fighting stops"),
    ("Brown said quietly the offer, which was made in May, still stands.", "the offer, which was made in May, still stands"),
    ("The mayor said again the city would not pay.", "the city would not pay"),
    ("Officials said privately the plan had failed.", "the plan had failed"),
    ("Garcia said later the vote had been rigged.", "the vote had been rigged"),
    ("The senator said earlier on Friday during a news conference that he may wait until spring to decide.",
     "he may wait until spring to decide"),
    ("Donors must declare publicly if they give more than a thousand dollars to a candidate.",
     "they give more than a thousand dollars to a candidate"),
    ("The agency reported finding another 300 files on the server, which brings the total to nearly 1,000.",
     "finding another 300 files on the server"),
]


@pytest.mark.parametrize(("text", "words"), KEPT, ids=[k[0][:50] for k in KEPT])
def test_reported_clause_after_the_cue_stays(nlp, text, words):
    assert any(words in q for q in _indirect(nlp, text))
