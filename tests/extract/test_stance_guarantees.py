"""Guarantees wanted (issue #11): "Ukraine wants guarantees that Russia will not attack again"
is Ukraine's demand; the clause is what is wanted, not a commitment of Russia's. A guarantee
given ("Russia gave assurances that it would not attack") stays the giver's position."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

WANTED = [
    C("wants guarantees", "Ukraine wants guarantees that Russia will not attack again.",
      E("Ukraine", "demand", "guarantees"), A("Russia")),
    C("seeks guarantees", "Israel seeks guarantees that Hamas will disarm.", E("Israel", "support", "guarantees"), A("Hamas")),
    C("demanded guarantees", "The rebels demanded guarantees that they would not be prosecuted.",
      E("rebels", "demand", "guarantees")),
    C("wants assurances", "Pyongyang wants assurances that Washington will not seek regime change.",
      E("North Korea", "demand", "assurances"), A("United States")),
    C("is seeking guarantees", "Kyiv is seeking guarantees that Moscow will respect the ceasefire.",
      E("Ukraine", "support", "guarantees"), A("Russia")),
    C("asked for assurances", "The union asked for assurances that no jobs would be cut.", E("union", "demand", "assurances")),
    C("wants a guarantee", "Tehran wants a guarantee that Washington will not quit the deal again.",
      E("Iran", "demand", "guarantee"), A("United States")),
    C("written guarantees", "Moscow wants written guarantees that NATO will not expand eastward.",
      E("Russia", "demand", "guarantees"), A("North Atlantic Treaty Organization")),
    C("assurances, passive clause", "The Palestinians want assurances that the settlements will be frozen.",
      E("Palestine", "demand", "assurances")),
    C("demands guarantees (verb tag)", "Hamas demands guarantees that Israel will not resume the war.", A("Israel")),
    C("demands guarantees, the demand", "Hamas demands guarantees that Israel will not resume the war.",
      E("Hamas", "demand", "guarantees"),
      xfail="the small model tags 'guarantees' after 'demands' as a verb, so no issue is read"),
]

GIVEN = [
    C("gave assurances", "Russia gave assurances that it would not attack Ukraine.", E("Russia", "oppose", "attack")),
    C("offered guarantees", "Washington offered guarantees that it would lift the sanctions.",
      E("United States", "propose", "sanctions")),  # a guarantee of an action: offered
]

CASES = WANTED + GIVEN


def test_table_has_enough_cases():
    assert len(WANTED) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_guarantee(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
