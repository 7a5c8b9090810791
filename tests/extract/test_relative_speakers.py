"""Reporting cues in a relative clause: "X, which said ...", "X, who said ...", "X, whose envoy
said ..." report X's words (speakers.relative_antecedent, speakers.staff_antecedent); a relative
pronoun that belongs to the reported clause ("the ministry, which she said held the letters") is
not the speaker.

Each case is a short text written for the test; none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers

RELATIVES = [
    ("Egypt handed the proposal to Hamas, which said it would study it carefully.", "Hamas"),
    ("The talks were hosted by Qatar, which said the two sides had made progress.", "Qatar"),
    ("The plan was welcomed by the European Union, which said it would send monitors.", "European Union"),
    ("The proposal came from Turkey, which insisted that the border must stay open.", "Turkey"),
    ("The ceasefire was brokered by the United States, whose envoy said both sides had agreed.", "United States"),
    ("The deal was signed in Doha with Qatar, whose officials said talks would go on.", "Qatar"),
    ("The offer was turned down by Anna Berg, who said it was too low.", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "speaker"), RELATIVES, ids=[r[0][:60] for r in RELATIVES])
def test_the_antecedent_of_a_relative_cue_speaks(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found


# Controls: the relative pronoun belongs to the reported words; the speaker is the clause's own.
OWN_SUBJECT = [
    ("Anna Berg gave the papers to the ministry, which she said held all her letters.", "Anna Berg"),
    ("Omar Haddad criticised the department, which he argued seeks to restore equity.", "Omar Haddad"),
]


@pytest.mark.parametrize(("text", "speaker"), OWN_SUBJECT, ids=[r[0][:60] for r in OWN_SUBJECT])
def test_a_relative_pronoun_of_the_reported_words_is_not_the_speaker(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and found[0][0] == speaker, found
