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

from .test_speakers import check_speaker, speaker_case, stance_holders



SPEAKERS = [
    speaker_case("Nora Lindqvist is opening her campaign in Texas, where Karl Brenner leads the polls.|The Texas senator "
          "is telling reporters that she expects to win many delegates next week.", "many delegates", "Nora Lindqvist"),
    speaker_case('Karl Brenner said on Friday that it would have been nice had Nora Lindqvist called him. "I was hoping '
          'she would call me," the Republican nominee said at a rally.', "hoping she would call", "Karl Brenner"),
    speaker_case("Nora Lindqvist admitted that she had misspoken when she claimed that Director Karl Brenner had praised "
          "her. The Democratic nominee explained that the director had meant only her interviews.",
          "meant only her interviews", "Nora Lindqvist"),
    speaker_case("Paul Otieno toured the camp while Rosa Delgado stayed in the capital. The veteran politician said the "
          "refugees needed more food.", "needed more food", "Paul Otieno"),
    speaker_case("Rosa Delgado criticised the plan after Karl Brenner had presented it. The former minister said it would "
          "ruin the farmers.", "ruin the farmers", "Rosa Delgado"),
    speaker_case('Ilse Baumann welcomed the offer even though Paul Otieno called it weak. "It is a start," the candidate '
          'said.', "It is a start", "Ilse Baumann"),
    speaker_case("Nora Lindqvist warned that Karl Brenner would lose the vote. The Republican hopeful said the party "
          "needed new ideas.", "needed new ideas", "Nora Lindqvist"),
    speaker_case("Paul Otieno said he would sign the deal if Rosa Delgado agreed to the terms. The incumbent added that "
          "the vote would be held in June.", "held in June", "Paul Otieno"),
    speaker_case("As Karl Brenner looked on, Nora Lindqvist promised to cut taxes. The challenger said the budget would "
          "balance itself.", "balance itself", "Nora Lindqvist"),
    speaker_case("Ilse Baumann, whom Paul Otieno had attacked for weeks, spoke in Leeds on Monday. The businesswoman told "
          "supporters that the factory would stay open.", "stay open", "Ilse Baumann"),
    # controls: two subjects of main clauses, no one to choose
    speaker_case("Karl Brenner and Nora Lindqvist debated on Monday. The candidate said the debate was unfair.",
          "debate was unfair", None),
    speaker_case("Karl Brenner spoke first, and Nora Lindqvist answered him. The nominee said the debate was over.",
          "debate was over", None),
    speaker_case("Karl Brenner met Nora Lindqvist, and Paul Otieno joined them later. The candidate said the talks had "
          "gone well.", "gone well", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_description_goes_on_with_the_main_clause_subject(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


HOLDERS = [
    speaker_case("Nora Lindqvist is campaigning in Ohio, where Karl Brenner leads the polls.|The senator rejected the "
          "trade deal.", "trade deal", "Nora Lindqvist"),
    speaker_case("Karl Brenner spoke after Nora Lindqvist had left the hall. The nominee demanded a recount of the votes.",
          "recount", "Karl Brenner"),
    speaker_case("Rosa Delgado met the strikers while Paul Otieno stayed in Nairobi. The minister promised a pay rise for "
          "the nurses.", "pay rise", "Rosa Delgado"),
    # control: two main-clause subjects, no holder from the description
    speaker_case("Karl Brenner and Nora Lindqvist met the strikers. The minister promised a pay rise for the nurses.",
          "pay rise", None),
]


@pytest.mark.parametrize(("text", "words", "holder"), HOLDERS)
def test_stance_of_a_description_goes_on_with_the_main_clause_subject(full_stances, text, words, holder):
    holders = stance_holders(full_stances, text, words)
    assert holders == ({holder} if holder else set()), full_stances(text)
