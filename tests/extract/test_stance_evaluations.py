"""Evaluations that state a position (issue #11, item 5), one test per sentence, our own words:
an actor calling a proposal an insult, a sham or a step in the right direction opposes or
supports it; a state-to-be named with an adjective ("an independent Kosovo") is an issue, not an
actor; an obligation "before any talks" is a precondition (a red line)."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

EVALUATIONS = [
    C("evaluation", "The opposition said the proposal was a sham.", E("opposition", "oppose", "proposal")),
    C("evaluation", "The nurses said the offer was an insult.", E("nurses", "oppose", "offer")),
    C("evaluation", "Kenya called the agreement a step in the right direction.", E("Kenya", "support", "agreement")),
    C("evaluation", "The union called the pay offer paltry.", E("union", "oppose", "pay")),
    C("evaluation", "Hamas said the Israeli plan was a ploy.", E("Hamas", "oppose", "plan")),
    C("evaluation", "The teachers said the government's proposal was derisory.", E("teachers", "oppose", "proposal")),
    C("evaluation", "Seoul called the accord a breakthrough.", E("South Korea", "support", "accord")),
    C("evaluation", "Moscow called the sanctions a betrayal.", E("Russia", "oppose", "sanctions")),
    C("evaluation", "The rebels said the ceasefire terms were humiliating.", E("rebels", "oppose", "ceasefire")),
    C("evaluation", "Tehran said the inspection regime was a farce.", E("Iran", "oppose", "inspection")),
    C("evaluation", "The miners said the new offer was encouraging.", E("miners", "support", "offer")),
    C("evaluation", "Athens called the maritime deal outrageous.", E("Greece", "oppose", "maritime deal")),
]

# Evaluations of whether an offer or plan can work (issue #11, coverage): "the offer was
# disappointing", "the draft was one-sided"; how talks went ("productive") is no position.
WORKING_EVALUATIONS = [
    C("evaluation", "Japan said the answers North Korea has given were disappointing.", E("Japan", "oppose", "answers")),
    C("evaluation", "The union said the offer was disappointing.", E("union", "oppose", "offer")),
    C("evaluation", "Lavrov said the proposal was unworkable.", E("Lavrov", "oppose", "proposal")),
    C("evaluation", "Netanyahu said the draft was one-sided.", E("Netanyahu", "oppose", "draft")),
    C("evaluation", "The nurses said the new offer was a step backward.", E("nurses", "oppose", "offer")),
    C("evaluation", "Beijing said the US measures were unhelpful.", E("China", "oppose", "measures")),
    C("evaluation", "Hamas said the ceasefire plan was workable.", E("Hamas", "support", "ceasefire")),
    C("evaluation", "Senate Republicans said the bill was dead on arrival.", E("Republicans", "oppose", "bill")),
    C("evaluation", "The Palestinians said the plan was lopsided.", E("Palestinians", "oppose", "plan"),
      xfail="the small model parses 'lopsided' as a verb ('lopside'), not a predicate adjective"),
    C("evaluation", "The Palestinians said the new plan was one-sided.", E("Palestine", "oppose", "plan")),
    C("evaluation", "Moscow said the proposal was unbalanced.", E("Russia", "oppose", "proposal")),
    C("evaluation, commentator", "Analysts said the plan was workable.", A("Analysts")),
    # how talks went is no position on them (as tests/extract/test_issue_states.py holds)
    C("how talks went", "Kerry said the talks were productive.", A("Kerry")),
    C("how talks went", "Seoul said the meeting was fruitful.", A("South Korea")),
]

STATES_TO_BE = [
    C("state to be", "Belgrade said it would never accept an independent Kosovo.",
      E("Serbia", "oppose", "independent Kosovo", red_line=True)),
    C("state to be", "Ankara will not accept an independent Kurdistan on its border.",
      E("Turkey", "oppose", "independent Kurdistan")),
    C("state to be", "The Palestinians demand a sovereign Palestine with Jerusalem as its capital.",
      E("Palestine", "demand", "sovereign Palestine")),
    C("state to be", "Nicosia wants a united Cyprus.", E("Cyprus", "demand", "united Cyprus")),
    C("state to be", "Moscow backs a neutral Ukraine.", E("Russia", "support", "neutral Ukraine")),
    C("state to be", "Washington supports a democratic Venezuela.", E("United States", "support", "democratic Venezuela")),
]

BEFORE_TALKS = [
    C("before talks", "Washington insists that Iran must suspend enrichment before any talks.",
      E("United States", "demand", "suspension of enrichment", red_line=True)),
    C("before talks", "Kyiv says Russian troops must withdraw before any negotiations.",
      E("Ukraine", "demand", "withdraw", red_line=True)),
    C("before talks", "The union said the sacked workers must be reinstated before any talks.",
      E("union", "demand", "workers", red_line=True)),
    C("before talks", "Israel says the hostages must be freed before any dialogue.",
      E("Israel", "demand", "hostages", red_line=True)),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(EVALUATIONS + WORKING_EVALUATIONS + STATES_TO_BE + BEFORE_TALKS)))
def test_evaluations(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# A demand called non-negotiable is held, not refused: "our pay demand is not negotiable".
DEMANDS_HELD = [
    C("demand held", "The workers said the pay demand was not subject to negotiation.",
      E("workers", "demand", "pay", red_line=True)),
    C("demand held", "The union said its demand for a 10 percent raise was non-negotiable.",
      E("union", "demand", "raise", red_line=True)),
    C("demand held", "Hamas said its demand for a permanent ceasefire was not negotiable.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("demand held", "The teachers said their call for back pay was not up for discussion.",
      E("teachers", "demand", "back pay", red_line=True)),
    C("demand held", "Kyiv said its demand for a full withdrawal was not up for negotiation.",
      E("Ukraine", "demand", "withdrawal", red_line=True)),
    C("demand held", "The rebels said their demand for autonomy was a red line.",
      E("rebels", "demand", "autonomy", red_line=True)),
    C("demand held", "The nurses said their demands for safe staffing were not negotiable.",
      E("nurses", "demand", "safe staffing", red_line=True)),
    C("demand held", "Seoul said its request for an apology was non-negotiable.",
      E("South Korea", "demand", "apology", red_line=True)),
    C("demand held", "The miners said the housing demand was not open to negotiation.",
      E("miners", "demand", "housing", red_line=True)),
    # contrast: a thing (not a demand) called non-negotiable stays opposed to compromise
    C("thing kept", "Kyiv says its sovereignty is not negotiable.", E("Ukraine", "oppose", "sovereignty", red_line=True)),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(DEMANDS_HELD)))
def test_demands_held(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
