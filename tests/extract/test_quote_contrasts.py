"""A second report set beside the first by a contrast ("Hamas said it accepted the proposal,
while Israel said it was studying it"): the first speaker's words stop before ", while", and the
second report is its own quote (quotes._before_contrast). Controls: a contrast with no cue of
its own, or one the speaker's words hold, stays in the words.

Each case is a sentence written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers

CONTRASTS = [
    pytest.param("Hamas said it had accepted the proposal, while Israel said it was studying it.",
                 [("Hamas", "it had accepted the proposal"), ("Israel", "it was studying it")], id="while"),
    pytest.param("The union said the offer was too low, whereas the company said it could not pay more.",
                 [("union", "the offer was too low"), (None, "it could not pay more")], id="whereas"),
    pytest.param("Moscow says the sanctions must go, while Kyiv insists that they stay until the troops leave.",
                 [("Russia", "the sanctions must go"), ("Ukraine", "they stay until the troops leave")],
                 id="while-insists"),
    pytest.param("Russia said the talks were productive, but Ukraine said no progress had been made.",
                 [("Russia", "the talks were productive"), ("Ukraine", "no progress had been made")], id="but"),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTS)
def test_contrasted_reports_are_two_quotes(nlp, text, expected):
    found = [(f[0], f[2]) for f in speakers(nlp, text, kinds=("indirect",))]
    assert found == expected


CONTROLS = [
    pytest.param("The minister said the talks went well, while officials in Kyiv were less upbeat.",
                 "the talks went well, while officials in Kyiv were less upbeat", id="no-second-cue"),
    pytest.param("Kerry said that while Iran claimed it wanted a deal, it had not moved.",
                 "while Iran claimed it wanted a deal, it had not moved", id="contrast-inside-the-words"),
]


@pytest.mark.parametrize(("text", "words"), CONTROLS)
def test_contrast_without_a_second_report_stays(nlp, text, words):
    found = [f[2] for f in speakers(nlp, text, kinds=("indirect",))]
    assert found and found[0] == words, found
