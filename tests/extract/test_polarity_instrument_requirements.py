"""What an instrument requires is in it, proposed by its owner: "Israel's plan would require
Hamas to disarm", "the government's draft bill would require any peace deal to be put to a popular
vote" (gold: propose) - not a demand the owner makes in its own words. A requirement verb
([forms] requirement) whose subject is one of [forms] instrument_nouns (plan, proposal, bill, law,
initiative, framework ...) proposes what it requires (`verb_polarity` in stance/cues.py).
Controls: a party that requires something demands it ("Israel requires guarantees"); a deal that
would require something, said by someone, is the sayer's demand; a demand that requires something
stays a demand.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

REQUIRED = [
    C("plan would require X to V", "Israel's plan would require Hamas to disarm.",
      E("Israel", "propose", "disarmament"), A("Israel", "demand")),
    C("proposal would require", "The U.S. proposal would require Russia to withdraw its troops.",
      E("United States", "propose", "withdrawal"), A("United States", "demand")),
    C("initiative requires", "Egypt's initiative requires both sides to release prisoners.",
      E("Egypt", "propose", "prisoners"), A("Egypt", "demand")),
    C("draft law would require", "The EU's draft law would require member states to accept refugees.",
      E("European Union", "propose", "refugees"), A("European Union", "demand")),
    C("bill would require a thing", "Britain's bill would require a referendum on the treaty.",
      E("United Kingdom", "propose", "referendum"), A("United Kingdom", "demand")),
    C("framework would require", "Kenya's framework would require an international force.",
      E("Kenya", "propose", "international force"), A("Kenya", "demand")),
    C("roadmap requires", "The African Union's roadmap requires elections within a year.",
      E("African Union", "propose", "elections"), A("African Union", "demand")),
    C("a relative clause", "France's plan, which would require a ceasefire, was welcomed in Kyiv.",
      E("France", "propose", "ceasefire"), A("France", "demand")),
    C("package requires", "Germany's reform package requires the states to cut spending.",
      E("Germany", "propose", "spending"), A("Germany", "demand")),
    C("policy requires", "Canada's new policy requires importers to label the goods.",
      E("Canada", "propose", "label"), A("Canada", "demand")),
    C("the Qatari proposal requires", "The Qatari proposal requires a six-week ceasefire.",
      E("Qatar", "propose", "ceasefire")),
]

CONTROLS = [
    C("a party requires", "Israel requires guarantees.", E("Israel", "demand", "guarantees")),
    C("a deal would require, reported", "Any truce would require trusted monitors on the ground, Rubio said.",
      E("Rubio", "demand", "monitors")),
    C("a demand requires", "Russia's demand would require Ukraine to give up territory.",
      E("Russia", "demand", "territory")),
]

CASES = REQUIRED + CONTROLS


def test_table_has_enough_cases():
    assert len(REQUIRED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_instrument_requirement(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
