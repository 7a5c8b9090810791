"""The courtesies of remarks and briefings are no positions (issue #11, precision on
transcripts): "I want to say a few words", "I would like to thank X", "I want to welcome the
Vice Premier" state no demand; "we want a ceasefire" still does. One test per sentence, our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COURTESIES = [
    C("courtesy", "\u201cI want to say a few words about the talks,\u201d John Kerry said.", A("John Kerry")),
    C("courtesy", "\u201cI would like to thank the Egyptian hosts,\u201d John Kerry said.", A("John Kerry")),
    C("courtesy", "\u201cI want to welcome the Vice Premier,\u201d Donald Trump said.", A("Donald Trump")),
    C("courtesy", "\u201cI want to congratulate both delegations,\u201d Antony Blinken said.", A("Antony Blinken")),
    C("courtesy", "\u201cI want to stress how hard everyone worked,\u201d Antony Blinken said.", A("Antony Blinken")),
    C("courtesy", "\u201cI would like to add a word about the schedule,\u201d Ned Price said.", A("Ned Price")),
    C("courtesy", "\u201cI wish to express my gratitude to Norway,\u201d Juan Manuel Santos said.", A("Juan Manuel Santos")),
    C("courtesy", "\u201cI want to begin with the situation in Gaza,\u201d Ned Price said.", A("Ned Price")),
    C("courtesy", "\u201cI want to acknowledge the work of the mediators,\u201d Ned Price said.", A("Ned Price")),
    C("courtesy", "\u201cWe want to greet our guests from Seoul,\u201d Kim Yo Jong said.", A("Kim Yo Jong")),
    # contrast: wanting a thing is a demand
    C("wish for a thing", "\u201cWe want a ceasefire now,\u201d John Kerry said.", E("John Kerry", "demand", "ceasefire")),
    C("wish for a thing", "\u201cWe want to reach a settlement quickly,\u201d Patrick Craven said.",
      E("Patrick Craven", "support", "settlement")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(COURTESIES)))
def test_courtesies(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# "Neither X nor Y would ...", "None of ...": a negated subject negates the stance.
NEGATED_SUBJECTS = [
    C("neither nor", "Neither Kenya nor Uganda would sign the border deal.",
      E("Kenya", "oppose", "border deal"), E("Uganda", "oppose", "border deal")),
    C("neither nor", "Neither Serbia nor Kosovo accepted the proposal.",
      E("Serbia", "oppose", "proposal"), E("Kosovo", "oppose", "proposal")),
    C("neither nor", "Neither Hamas nor Israel has agreed to the truce.",
      E("Hamas", "oppose", "truce"), E("Israel", "oppose", "truce"),
      xfail="a negated 'agree' with two parties is read as a disagreement between them (no position)"),
    C("neither nor", "Neither the union nor the company would provide the figures.",
      A("union", "support")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(NEGATED_SUBJECTS)))
def test_negated_subjects(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
