"""Holders named beside the subject (issue 11, holders): a companion ("Egypt, along with Qatar,
proposed a truce", "together with Qatar", "alongside Qatar") holds the stance too, and an
apposition that names the parties of a group ("The mediators, Egypt and Qatar, proposed ...")
gives them the stance instead of the bare group. A thing beside the object ("rejected the plan
along with Egypt's proposal") adds no one. One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COMPANIONS = [
    C("along with", "Egypt, along with Qatar, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("together with", "Egypt, together with Qatar, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("alongside", "Egypt, alongside Qatar, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("along with after the object", "Egypt proposed a new truce along with Qatar.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("along with, rejection", "Israel, along with the United States, rejected the plan.",
      E("Israel", "oppose", "plan"), E("United States", "oppose", "plan")),
]

APPOSITIONS = [
    C("group and its parties", "The mediators, Egypt and Qatar, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce"), A("mediators")),
    C("counted group and its parties", "The two mediators, Egypt and Qatar, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce"), A("mediators")),
    C("parties and their group", "Egypt and Qatar, the mediators, proposed a new truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
]

CONTROLS = [
    C("a thing beside the object", "Israel rejected the plan along with Egypt's proposal.",
      E("Israel", "oppose", "plan"), A("Egypt")),
    C("a thing together with the object", "Hamas rejected the truce together with the plan.",
      E("Hamas", "oppose", "truce")),
    C("a named apposition keeps its person", "Egypt's foreign minister, Sameh Shoukry, rejected the plan.",
      E("Sameh Shoukry", "oppose", "plan")),
    C("met with is no companion", "Egypt met with Qatar and proposed a new truce.",
      E("Egypt", "propose", "truce"), A("Qatar", "propose")),
]

CASES = COMPANIONS + APPOSITIONS + CONTROLS


def test_table_cases_distinct():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_companions_and_appositions(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
