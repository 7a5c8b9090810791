"""Collective holders without a name (issue #11; gold README, "Conventions for the hard cases"):
a group noun with its modifiers ("public sector workers", "the hostage families") holds the
stances of the clauses it is subject of, and of the stance nouns it owns ("the workers' demand
for X"). One test per sentence; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E

GROUP_HOLDERS = [
    # the whole modifier chain belongs to the group's name
    C("modifier chain", "Public sector workers will continue their strike on Monday.",
      E("Public sector workers", "support", "strike")),
    C("modifier chain", "Public service employees rejected the new pay offer.",
      E("Public service employees", "oppose", "pay")),
    C("modifier chain", "State hospital nurses demanded a risk allowance.",
      E("State hospital nurses", "demand", "risk allowance")),
    C("modifier chain", "Rural primary school teachers have rejected the new contract.",
      E("Rural primary school teachers", "oppose", "contract")),
    C("modifier chain", "Coal mine workers are demanding safer shafts.",
      E("Coal mine workers", "demand", "safer shafts"),
      xfail="the small model tags 'Coal' as an organisation, which takes the group's place"),
    C("modifier chain", "Public health workers welcomed the settlement.",
      E("Public health workers", "support", "settlement")),
    # a group noun owning a stance noun
    C("possessive", "The workers' demand for a housing allowance was ignored.",
      E("workers", "demand", "housing allowance")),
    C("possessive", "The teachers' rejection of the offer surprised the ministry.",
      E("teachers", "oppose", "offer")),
    C("possessive", "The nurses' call for a pay rise went unanswered.",
      E("nurses", "demand", "pay rise")),
    C("possessive", "The rebels' refusal to disarm stalled the talks.",
      E("rebels", "oppose", "disarm")),
    C("possessive", "The farmers' opposition to the trade pact is well known.",
      E("farmers", "oppose", "trade pact")),
    C("possessive", "The miners' acceptance of the deal ended the stoppage.",
      E("miners", "support", "deal")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(GROUP_HOLDERS)))
def test_group_holders(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


MORE_GROUPS = [
    # counted groups act: "thousands of workers walked out"
    C("counted group", "Thousands of workers walked off the job to protest against the new labour law.",
      E("workers", "oppose", "labour law")),
    C("counted group", "Hundreds of nurses marched to demand higher pay.", E("nurses", "demand", "higher pay")),
    C("counted group", "Thousands of teachers rejected the new contract.", E("teachers", "oppose", "contract")),
    C("counted group", "Dozens of farmers demanded compensation for the drought.", E("farmers", "demand", "compensation")),
    C("counted group", "Tens of thousands of protesters called for new elections.", E("protesters", "demand", "elections")),
    C("counted group", "Scores of students opposed the tuition increase.", E("students", "oppose", "tuition")),
    C("counted group", "Millions of voters backed the peace deal.", E("voters", "support", "peace deal")),
    C("counted group", "Hundreds of miners welcomed the wage agreement.", E("miners", "support", "wage agreement")),
    C("counted group", "Thousands of doctors have refused to accept the reform.", E("doctors", "oppose", "reform")),
    C("counted group", "Hundreds of residents protested against the new dam.", E("residents", "oppose", "dam")),
    # a members' union is one group
    C("members' union", "The teachers' union rejected the offer.", E("teachers' union", "oppose", "offer")),
    C("members' union", "The miners' union demanded a 10 percent raise.", E("miners' union", "demand", "raise")),
    C("members' union", "The farmers' union welcomed the subsidy.", E("farmers' union", "support", "subsidy")),
    C("members' union", "The doctors' union called for more staff.", E("doctors' union", "demand", "staff")),
    C("members' union", "The workers' unions backed the strike.", E("workers' unions", "support", "strike")),
]

INVITATIONS = [
    # invited to talks: the talks are the issue, not the party invited
    C("invite to talks", "Nepal invited the rebels to talks.", E("Nepal", "propose", "talks")),
    C("invite to talks", "Norway invited both sides to negotiations in Oslo.", E("Norway", "propose", "negotiations")),
    C("invite to talks", "Qatar has invited Hamas to a new round of talks.", E("Qatar", "propose", "talks"),
      xfail="'a new round of talks': the talk noun is inside the object of 'round'"),
    C("invite to talks", "The mediators invited the unions to a dialogue.", E("mediators", "propose", "dialogue")),
    C("invite to talks", "Kenya invited the two parties to peace talks in Nairobi.", E("Kenya", "propose", "peace talks")),
    # call on X, a description of X, to V: the action is the issue
    C("call on appos", "\u201cI call on GAM, the Aceh separatist movement to end the conflict,\u201d Yudhoyono said.",
      E("Yudhoyono", "demand", "conflict")),
    C("call on appos", "Annan called on Hezbollah, the Lebanese militia, to release the soldiers.",
      E("Annan", "demand", "soldiers"),
      xfail="'Annan' alone is not tagged as a person by the small model"),
    # ready to V, as a depictive after the main verb
    C("depictive", "Salva Kiir said he came to Khartoum ready to compromise.", E("Salva Kiir", "support", "compromise")),
    C("depictive", "The rebels arrived in Oslo willing to negotiate.", E("rebels", "support", "negotiat")),
    C("depictive", "The union returned to the table prepared to accept a smaller raise.", E("union", "support", "raise")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(MORE_GROUPS + INVITATIONS)))
def test_more_group_holders(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
