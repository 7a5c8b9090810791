"""Officials and sources no body is named for ("officials said ...", "senior sources said ..."):
the gold conventions give an unnamed official the state or organisation they speak for when the
text names it, and the speaker null (optional) when it names none. Such a quote has no speaker
(``speaker`` -1) and keeps who said it as its description (quotes._unaffiliated, groups.toml
`unaffiliated_speakers`); a name or a noun beside the head names the body and keeps a speaker.

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text, words, speaker, xfail=""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, words, speaker, marks=marks, id=text[:70])


def _speaker_of(nlp, text, words):
    found = [f for f in speakers(nlp, text) if words in f[2]]
    assert found, f"no quote holding {words!r} in {speakers(nlp, text)}"
    return found[0]


# (text, words of the quote, its description): no speaker
UNAFFILIATED = [
    _case("Officials said the talks would resume next week.", "talks would resume", "Officials"),
    _case("Local officials said they welcomed the attention the race had brought.", "welcomed the attention",
          "Local officials"),
    _case("Senior officials said the deal was close but not yet done.", "deal was close", "Senior officials"),
    _case('"We are very close," officials said on Tuesday.', "very close", "officials"),
    _case("Sources said the minister would step down before the summit.", "minister would step down", "Sources"),
    _case("The offer, officials said, would be withdrawn if it was not accepted by Friday.",
          "would be withdrawn", "officials"),
    _case("Whatever progress has been made could easily be undone, officials said.", "could easily be undone",
          "officials"),
    _case("Longtime officials say the program has never been funded so poorly.", "never been funded",
          "Longtime officials"),
    _case("Some officials warned that the ceasefire might not survive the weekend.", "might not survive",
          "Some officials"),
    _case("Two senior officials told reporters the vote had been postponed.", "vote had been postponed",
          "officials"),
    # a count names no body
    _case("Dozens of officials said the talks had stalled.", "talks had stalled", "officials"),
]


@pytest.mark.parametrize(("text", "words", "description"), UNAFFILIATED)
def test_officials_no_body_is_named_for_have_no_speaker(nlp, text, words, description):
    speaker, found_description, _ = _speaker_of(nlp, text, words)
    assert speaker is None
    assert description.lower().split()[-1] in found_description.lower()


# Controls: a body named beside the head, in the phrase, or by a person, keeps the speaker.
NAMED = [
    _case("White House officials said the plan would be sent to Congress.", "sent to Congress", "United States"),
    _case("Chinese officials said the proposal was unacceptable.", "proposal was unacceptable", "China"),
    _case("Officials in Beijing said the tariffs would be lifted once the deal is signed.", "tariffs would be lifted",
          "China"),
    _case("Union officials said the strike would go on until the offer improves.", "strike would go on",
          "Union officials"),
    _case("Industry sources said the strike had cost the mines billions.", "had cost the mines", "Industry sources"),
    _case("Maria Lopez, a senior official, said the strike would end on Monday.", "strike would end", "Maria Lopez"),
    _case("Democratic sources said the senator would run for governor.", "would run for governor",
          "Democratic sources"),
    _case("Republican officials said the vote would be close.", "vote would be close", "Republican officials"),
    _case("Diplomats said the two sides were close to an agreement.", "close to an agreement", "Diplomats"),
    _case("Residents said the shelling had stopped overnight.", "shelling had stopped", "Residents"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED)
def test_officials_of_a_named_body_keep_a_speaker(nlp, text, words, speaker):
    assert _speaker_of(nlp, text, words)[0] == speaker
