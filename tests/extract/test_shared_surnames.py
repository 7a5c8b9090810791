"""A bare surname two named people share ("Joe Biden" and, later, "Hunter Biden"; then "Biden
said"): the one the text already calls by the surname, else the one it named first; news names
the others in full or by the given name (issue 11, from Wikinews: "Biden said" after a mention
of the candidate's son was credited to the son, the most recent person of that surname).

Each case is written for this test (made-up people); none is taken from an annotated article.
"""

from __future__ import annotations

import pytest

from .test_speakers import check_speaker, speaker_case, stance_holders



SHARED = [
    speaker_case("Karl Brenner debated Paul Otieno on Tuesday. Otieno attacked Lukas Brenner, the candidate's son. Brenner "
          "said the attacks were unfair.", "attacks were unfair", "Karl Brenner"),
    speaker_case("Nora Lindqvist opened the congress. Her daughter, Sara Lindqvist, spoke after her. Lindqvist said the "
          "union would strike.", "union would strike", "Nora Lindqvist"),
    speaker_case("Karl Brenner met Ilse Brenner, his sister, in Bremen. Brenner said the strike would go on.",
          "strike would go on", "Karl Brenner"),
    speaker_case("Paul Otieno spoke in Nairobi. Otieno said the ceasefire would hold. His brother Samuel Otieno joined the "
          "talks later. Otieno added that the rebels had agreed.", "rebels had agreed", "Paul Otieno"),
    speaker_case("Rosa Delgado visited the camp with her husband, Marco Delgado. Delgado told reporters that aid was "
          "arriving.", "aid was arriving", "Rosa Delgado"),
    speaker_case("Mayor Ilse Baumann welcomed the plan. Her predecessor, Otto Baumann, criticised it. Baumann said the city "
          "could not wait.", "could not wait", "Ilse Baumann"),
    speaker_case("The minister, Karl Brenner, arrived late. Reporters asked about his cousin Jonas Brenner, who was "
          "arrested on Monday. Brenner said he had not spoken to him.", "not spoken to him", "Karl Brenner"),
    speaker_case("Paul Otieno signed the deal. Samuel Otieno, his son, witnessed it. \"This is a new start,\" Otieno said.",
          "new start", "Paul Otieno"),
    speaker_case("Lukas Brenner spoke first. Brenner said the plan was fair. His father, Karl Brenner, disagreed. Brenner "
          "added that the vote should wait.", "vote should wait", "Lukas Brenner"),
    speaker_case("Nora Lindqvist spoke in Oslo. Lindqvist said the deal was close. Sara Lindqvist, her niece, said "
          "nothing.|Lindqvist later added that the talks would resume.".replace("|", "\n\n"),
          "talks would resume", "Nora Lindqvist"),
    # controls: one person of the surname, and a full name, are read as before
    speaker_case("Karl Brenner met Paul Otieno. Brenner said the talks had failed.", "talks had failed", "Karl Brenner"),
    speaker_case("Karl Brenner spoke first. Lukas Brenner, his son, said the plan was unfair.", "plan was unfair",
          "Lukas Brenner"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SHARED)
def test_bare_shared_surname_is_the_person_first_named(nlp, text, words, speaker):
    check_speaker(nlp, text, words, speaker)


@pytest.mark.parametrize(("text", "words", "holder"), [
    pytest.param("Nora Lindqvist leads the party. Sara Lindqvist leads its youth wing. Lindqvist rejected the "
                 "coalition offer.", "coalition", "Nora Lindqvist", id="shared-surname-holder"),
])
def test_stance_of_a_bare_shared_surname(full_stances, text, words, holder):
    holders = stance_holders(full_stances, text, words)
    assert holders == {holder}, full_stances(text)
