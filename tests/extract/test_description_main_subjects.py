"""A definite description that speaks or holds a stance ("the Texas senator said", "the nominee
demanded") after a sentence with several subjects: the subject of that sentence's main clause is
whom the description goes on with, not the subject of a clause set inside it ("..., where X leads
the polls", "after X had left", "when she claimed that X ...") (issue 11, from PolNeAR train
speaker misses: descriptions left with no speaker when the sentence before had two subjects).

Two subjects of main clauses (coordinated subjects, coordinated clauses) still give none. Each
case is written for this test (made-up people); none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text: str, words: str, speaker: str | None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text.replace("|", "\n\n"), words, speaker, marks=marks, id=text[:80])


SPEAKERS = [
    _case("Nora Lindqvist is opening her campaign in Texas, where Karl Brenner leads the polls.|The Texas senator "
          "is telling reporters that she expects to win many delegates next week.", "many delegates", "Nora Lindqvist"),
    _case('Karl Brenner said on Friday that it would have been nice had Nora Lindqvist called him. "I was hoping '
          'she would call me," the Republican nominee said at a rally.', "hoping she would call", "Karl Brenner"),
    _case("Nora Lindqvist admitted that she had misspoken when she claimed that Director Karl Brenner had praised "
          "her. The Democratic nominee explained that the director had meant only her interviews.",
          "meant only her interviews", "Nora Lindqvist"),
    _case("Paul Otieno toured the camp while Rosa Delgado stayed in the capital. The veteran politician said the "
          "refugees needed more food.", "needed more food", "Paul Otieno"),
    _case("Rosa Delgado criticised the plan after Karl Brenner had presented it. The former minister said it would "
          "ruin the farmers.", "ruin the farmers", "Rosa Delgado"),
    _case('Ilse Baumann welcomed the offer even though Paul Otieno called it weak. "It is a start," the candidate '
          'said.', "It is a start", "Ilse Baumann"),
    _case("Nora Lindqvist warned that Karl Brenner would lose the vote. The Republican hopeful said the party "
          "needed new ideas.", "needed new ideas", "Nora Lindqvist"),
    _case("Paul Otieno said he would sign the deal if Rosa Delgado agreed to the terms. The incumbent added that "
          "the vote would be held in June.", "held in June", "Paul Otieno"),
    _case("As Karl Brenner looked on, Nora Lindqvist promised to cut taxes. The challenger said the budget would "
          "balance itself.", "balance itself", "Nora Lindqvist"),
    _case("Ilse Baumann, whom Paul Otieno had attacked for weeks, spoke in Leeds on Monday. The businesswoman told "
          "supporters that the factory would stay open.", "stay open", "Ilse Baumann"),
    # controls: two subjects of main clauses, no one to choose
    _case("Karl Brenner and Nora Lindqvist debated on Monday. The candidate said the debate was unfair.",
          "debate was unfair", None),
    _case("Karl Brenner spoke first, and Nora Lindqvist answered him. The nominee said the debate was over.",
          "debate was over", None),
    _case("Karl Brenner met Nora Lindqvist, and Paul Otieno joined them later. The candidate said the talks had "
          "gone well.", "gone well", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_description_goes_on_with_the_main_clause_subject(nlp, text, words, speaker):
    found = [f for f in speakers(nlp, text) if words in f[2]]
    assert found, f"no quote holding {words!r} in {speakers(nlp, text)}"
    assert found[0][0] == speaker, found


HOLDERS = [
    _case("Nora Lindqvist is campaigning in Ohio, where Karl Brenner leads the polls.|The senator rejected the "
          "trade deal.", "trade deal", "Nora Lindqvist"),
    _case("Karl Brenner spoke after Nora Lindqvist had left the hall. The nominee demanded a recount of the votes.",
          "recount", "Karl Brenner"),
    _case("Rosa Delgado met the strikers while Paul Otieno stayed in Nairobi. The minister promised a pay rise for "
          "the nurses.", "pay rise", "Rosa Delgado"),
    # control: two main-clause subjects, no holder from the description
    _case("Karl Brenner and Nora Lindqvist met the strikers. The minister promised a pay rise for the nurses.",
          "pay rise", None),
]


@pytest.mark.parametrize(("text", "words", "holder"), HOLDERS)
def test_stance_of_a_description_goes_on_with_the_main_clause_subject(full_stances, text, words, holder):
    holders = {row[0] for row in full_stances(text) if words in row[2]}
    assert holders == ({holder} if holder else set()), full_stances(text)
