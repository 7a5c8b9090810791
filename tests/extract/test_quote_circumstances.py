"""Words after the cue of a direct quote that tell how, where or when it was said ('"...," the
spokesman said cheerfully as the results came in'): the cue's own circumstances, set in an
adverbial or relative clause, are no reported clause, so no indirect quote. The controls keep a
clause the parse lost after the cue ("said frankly the deal is dead") and a reported clause
that has an adverbial clause of its own.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import indirect_texts, sentence_param


CIRCUMSTANCES = [
    sentence_param('"We will win this," the spokesman said cheerfully on CNN as the results came in.'),
    sentence_param('"It is a good deal," Jones said loudly as reporters gathered outside.'),
    sentence_param('"We will not sign," the minister said Tuesday night as the delegates left the hall.'),
    sentence_param('"There is no deal yet," Brown said quietly while the cameras rolled.'),
    sentence_param('"Nothing has changed," she said again when reporters pressed her.'),
    sentence_param('"The strike goes on," the union leader said angrily after the meeting broke up.'),
    sentence_param('"We need more time," the envoy said wearily before he boarded his plane.'),
    sentence_param('"This is a historic day," the president said proudly as the treaty was signed.'),
    sentence_param('"The offer stands," Garcia said calmly as protesters chanted outside.'),
    sentence_param('"Let us be clear," Ahmed said firmly when the session resumed.'),
    sentence_param('"We are not leaving," the minister said in an interview that was aired on Sunday night.'),
    sentence_param('"The talks are over," Smith said loudly at a rally in the capital, which thousands attended.'),
]


@pytest.mark.parametrize("text", CIRCUMSTANCES)
def test_circumstances_of_a_quote_are_no_quote(nlp, text):
    assert indirect_texts(nlp, text) == []


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
    assert any(words in q for q in indirect_texts(nlp, text))
