"""A process denied until a condition is met (issue #11, item 3: "no deal unless/without", "a
precondition for any talks"): "talks cannot resume until C", said by X, is X's refusal of the
talks (conditioned on C) and X's demand of C, both red lines. An activity stopped ("until Israel
stops building settlements") is demanded as a halt to it. One test per sentence, our own words."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

BLOCKED = [
    C("blocked until", "Mahmoud Abbas said talks cannot resume until Israel stops building settlements.",
      E("Mahmoud Abbas", "oppose", "talks", red_line=True, condition="stops building"),
      E("Mahmoud Abbas", "demand", "settlements", red_line=True)),
    C("blocked until", "Tokyo says negotiations will not resume unless Pyongyang accounts for the abductees.",
      E("Japan", "oppose", "negotiations", red_line=True), E("Japan", "demand", "accounting", red_line=True)),
    C("blocked until", "Seoul said the dialogue could not continue until the North stops its missile tests.",
      E("South Korea", "oppose", "dialogue", red_line=True), E("South Korea", "demand", "missile tests", red_line=True)),
    C("blocked until", "The union said negotiations would not start until the dismissed workers were reinstated.",
      E("union", "oppose", "negotiations", red_line=True), E("union", "demand", "workers", red_line=True)),
    C("blocked until", "Kyiv insists that talks cannot begin until Russian troops withdraw.",
      E("Ukraine", "oppose", "talks", red_line=True), E("Ukraine", "demand", "withdraw", red_line=True)),
    C("blocked until", "Israel says a deal will not happen unless all the hostages are released.",
      E("Israel", "oppose", "deal", red_line=True), E("Israel", "demand", "hostages", red_line=True)),
    C("blocked until", "The rebels warned that the ceasefire would not hold unless the army pulled back.",
      A("rebels", "oppose"),
      xfail="'warned that the ceasefire would not hold' is a prediction, read as a refusal of the ceasefire: a known over-reach"),
    C("blocked until", "Beijing said the negotiations can never succeed until Washington lifts its tariffs.",
      E("China", "demand", "tariffs", red_line=True)),
    C("blocked until", "The teachers said the talks would not resume until the ministry paid the arrears.",
      E("teachers", "demand", "arrears", red_line=True)),
    C("blocked until", "Hamas says an agreement cannot be reached unless Israel ends the war.",
      E("Hamas", "oppose", "agreement", red_line=True), E("Hamas", "demand", "war", red_line=True)),
    # not blocked: a plan or a report without a condition
    C("not blocked", "The talks will resume next week, the mediators said.",
      A("mediators", "oppose")),
    C("not blocked", "Officials said the talks had not resumed because of the storm.",
      A("Officials", "oppose")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(BLOCKED)))
def test_blocked_until(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# A collective action kept up until a condition is met: the action (conditioned) and the demand.
KEPT_UNTIL = [
    C("kept until", "The union said the strike would continue until the government pays the arrears.",
      E("union", "support", "strike", condition="arrears"), E("union", "demand", "arrears")),
    C("kept until", "The nurses said their protest will go on until their allowances are paid.",
      E("nurses", "support", "protest"), E("nurses", "demand", "allowances")),
    C("kept until", "The teachers said the boycott would continue until the ministry restores their bonus.",
      E("teachers", "support", "boycott"), E("teachers", "demand", "bonus")),
    C("kept until", "The miners said the sit-in would continue until the company reopens the shaft.",
      E("miners", "support", "sit-in"), E("miners", "demand", "shaft"),
      xfail="the tokenizer splits 'sit-in', so the subject is 'in', no action noun of the lexicon"),
    C("kept until", "The farmers said the blockade will continue until the tariff is scrapped.",
      E("farmers", "support", "blockade"), E("farmers", "demand", "tariff")),
    C("kept until", "The doctors said the strike would last until the government meets their demands.",
      E("doctors", "support", "strike")),
    C("kept until", "The students said the occupation would continue unless the fees are cut.",
      E("students", "support", "occupation"), E("students", "demand", "fees")),
    C("kept until", "The unions said the stayaway would continue until the president resigns.",
      E("unions", "support", "stayaway"), E("unions", "demand", "resign")),
    C("kept until", "The protesters said the demonstrations would go on until the election is rerun.",
      E("protesters", "support", "demonstrations"), E("protesters", "demand", "election")),
    C("kept until", "The workers said the walkout would continue until the dismissed workers are reinstated.",
      E("workers", "support", "walkout"), E("workers", "demand", "reinstat")),
    # not kept: a report of an action, no condition
    C("no condition", "The strike will continue, the union said.", A("union", "demand")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(KEPT_UNTIL)))
def test_kept_until(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# Verbs of conditioning: what X is conditioned on is demanded, a red line (a precondition).
CONDITIONED = [
    C("conditioned on", "Mahmoud Abbas has conditioned the resumption of talks on a full settlement freeze.",
      E("Mahmoud Abbas", "demand", "settlement freeze", red_line=True)),
    C("conditioned on", "Japan has linked normalization of ties to the resolution of the abduction issue.",
      E("Japan", "demand", "abduction issue", red_line=True)),
    C("conditioned on", "Israel has made any ceasefire conditional on the release of all hostages.",
      E("Israel", "demand", "release of hostages", red_line=True)),
    C("conditioned on", "The union tied its return to work to the reinstatement of the dismissed workers.",
      E("union", "demand", "reinstatement", red_line=True),
      xfail="'return' is no measure noun, so 'tied X to Y' is read as a cause"),
    C("conditioned on", "Iran has made its return to the deal contingent on the lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True),
      xfail="the parse of 'made X contingent on Y' does not hang 'contingent' off 'made'"),
    C("conditioned on", "Serbia conditioned its recognition of the accord on guarantees for the Serb minority.",
      E("Serbia", "demand", "guarantees", red_line=True)),
    C("conditioned on", "The rebels have conditioned their disarmament on an amnesty.",
      E("rebels", "demand", "amnesty", red_line=True)),
    C("conditioned on", "Washington has tied the lifting of sanctions to the dismantling of the nuclear program.",
      E("United States", "demand", "dismantling", red_line=True),
      xfail="a gerund object ('the lifting') is no measure noun, so 'tied X to Y' is read as a cause"),
    C("conditioned on", "The teachers made their return conditional on the payment of arrears.",
      E("teachers", "demand", "payment of arrears", red_line=True)),
    C("conditioned on", "Turkey has linked the approval of the membership bid to the extradition of the suspects.",
      E("Turkey", "demand", "extradition", red_line=True)),
    # a cause, not a precondition
    C("cause", "Analysts linked the rise in prices to the war.", A("Analysts")),
    C("cause", "Kenya tied the attack to a local gang.", A("Kenya", "demand")),
    # "before" in a demanded clause: a precondition
    C("demanded before", "Iran insists that sanctions be lifted before it returns to the deal.",
      E("Iran", "demand", "lifting", red_line=True)),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(CONDITIONED)))
def test_conditioned_on(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
