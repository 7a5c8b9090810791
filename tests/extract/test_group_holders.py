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
      E("Public sector workers", "support", "strike"),
      xfail="'continue' with a noun object states no position yet (only 'continue to V' does)"),
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
