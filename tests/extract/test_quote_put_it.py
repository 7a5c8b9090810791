"""Words attributed by how a speaker put them: 'As X put it, "..."', 'X put it bluntly: "..."',
'"...," as X put it' (issue 11, from PolNeAR train speaker misses: quotes after "as X put it"
had no cue, so no speaker). The verb is a cue only with "it" as its object and no place or
addressee after it ("put it on the table", "put it to a vote" report nothing); ``it_phrasing``
in cues.toml.

Each case is written for this test (made-up people, real places); none is taken from an
annotated article. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import check_speaker, run, speaker_case, speakers



PUT_IT = [
    speaker_case('As Karl Brenner put it, "The strike is the only weapon we have left."', "only weapon", "Karl Brenner"),
    speaker_case('The talks collapsed. As the union\'s lawyer Nora Lindqvist puts it, "Nobody wanted to blink first."',
          "blink first", "Nora Lindqvist"),
    speaker_case('But at the time, as prosecutor Paul Otieno put it, "apart from a few speeding tickets, there was nothing '
          'to report."', "speeding tickets", "Paul Otieno"),
    speaker_case('Karl Brenner put it bluntly: "We will not sign."', "will not sign", "Karl Brenner"),
    speaker_case('Nora Lindqvist put it this way: "The union is finished with talking."', "finished with talking",
          "Nora Lindqvist"),
    speaker_case('Nora Lindqvist put it simply: "No pay rise, no deal."', "No pay rise", "Nora Lindqvist"),
    speaker_case('"Nobody wins a war like this," as Paul Otieno put it.', "Nobody wins a war", "Paul Otieno"),
    speaker_case('As one Kenyan diplomat put it, "The talks are a theatre."', "a theatre", "Kenya"),
    speaker_case('As one diplomat put it on Monday, the deal is "dead in the water."', "dead in the water", None),
    speaker_case('As Rosa Delgado once put it, "A strike is a conversation by other means."', "conversation by other means",
          "Rosa Delgado"),
    speaker_case('As Brenner later put it to reporters, "The deal is dead."', "deal is dead", "Brenner",
          xfail="an addressee after 'put it' is read like 'put it to a vote', which reports nothing"),
    speaker_case('"The door is open," is how Paul Otieno put it.', "door is open", "Paul Otieno",
          xfail="'is how X put it' after the quote: the cue sits in a clause the quote is the subject of"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PUT_IT)
def test_quote_put_by_its_speaker(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


NOT_PUT_IT = [
    # controls: "put it" with a place or an addressee reports no words
    speaker_case('The speaker put it to a vote, and "the bill passed easily," one aide said.', "passed easily", None),
    speaker_case('The minister put it on the table on Monday. "It is our last offer," Karl Brenner said.', "last offer",
          "Karl Brenner"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOT_PUT_IT)
def test_put_with_a_place_is_no_cue(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)
    assert all(q.cue != "put" for q in run(nlp, text)[1])  # no quote's cue is "put"


@pytest.mark.parametrize("text", [
    "As the company put it on the market, prices rose.",
    "The union put it to its members, who rejected the offer by a wide margin.",
    "She put it down and left the room.",
    "Karl Brenner put it in the drawer and locked it.",
], ids=lambda t: t[:60])
def test_put_it_with_no_words_gives_no_quote(nlp, text):
    assert speakers(nlp, text) == []
