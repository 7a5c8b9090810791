"""Parties taken one by one (issue #11, collective holders; gold README: parties named together
hold the stance each): "neither side accepted the plan", "each party rejected it", "neither
government", "neither of them", "each of the delegations" after two parties were named: every
party named before holds the stance, and "neither" negates it (grammar.DISTRIBUTIVE_DETERMINERS
with the singular of a [forms] collective word, or "of them" / "of the parties").

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

MET = "Serbia and Kosovo met in Brussels on Monday. "

EACH = [
    (MET + "Neither side accepted the border plan.", E("Serbia", "oppose", "border"), E("Kosovo", "oppose", "border")),
    (MET + "Neither side backed the EU proposal for a joint commission.",
     E("Serbia", "oppose", "joint commission"), E("Kosovo", "oppose", "joint commission")),
    (MET + "Neither party would accept the border plan.", E("Serbia", "oppose", "border"), E("Kosovo", "oppose", "border")),
    (MET + "Neither government has endorsed the draft agreement.",
     E("Serbia", "oppose", "agreement"), E("Kosovo", "oppose", "agreement")),
    (MET + "Neither of them accepted the border plan.", E("Serbia", "oppose", "border"), E("Kosovo", "oppose", "border")),
    (MET + "Each side rejected the other's proposal for a land swap.",
     E("Serbia", "oppose", "land swap"), E("Kosovo", "oppose", "land swap")),
    (MET + "Each delegation called for a new round of talks in March.",
     E("Serbia", "demand", "talks"), E("Kosovo", "demand", "talks")),
    (MET + "Each of the delegations demanded guarantees for minorities.",
     E("Serbia", "demand", "guarantees"), E("Kosovo", "demand", "guarantees")),
    ("Israel and Hamas held indirect talks in Cairo. Neither side has accepted the plan for a permanent truce.",
     E("Israel", "oppose", "permanent truce"), E("Hamas", "oppose", "permanent truce")),
    ("Armenia and Azerbaijan resumed talks on Friday. Neither country is ready to sign a peace treaty.",
     E("Armenia", "oppose", "peace treaty"), E("Azerbaijan", "oppose", "peace treaty")),
    ("The union and the employers met again on Tuesday. Neither side would accept the mediator's offer.",
     E("union", "oppose", "offer"), E("employers", "oppose", "offer")),
]
EACH_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(EACH, EACH_KNOWN)))
def test_each_party_holds(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # a single party with "each" is no set of parties
    ("Serbia rejected each proposal for a land swap.", E("Serbia", "oppose", "land swap"), A("Kosovo")),
    # no parties named before: no holder
    ("Neither side accepted the border plan.", A("Serbia"), A("Kosovo")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_each_party_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(EACH) - len(EACH_KNOWN) >= 10
    texts = [t for t, *_ in EACH + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
