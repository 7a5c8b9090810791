"""Truces declared and actions proposed as gerunds (issue #11). "The rebels declared a unilateral
ceasefire" is a deliberate act for the truce (support; [agreement_verbs] declare, only with an
agreement as object: "declared a state of emergency" states none). "Iran proposed holding talks
in Geneva", "suggested postponing the vote" propose the action the gerund names (as "proposed to
hold another round"), where "suggested" with a clause of fact is speech."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

DECLARED = [
    C("declared a unilateral ceasefire", "The Maoists declared a unilateral ceasefire.", E("Maoists", "support", "ceasefire")),
    C("declared a truce", "The Taliban declared a three-day truce for the holiday.", E("Taliban", "support", "truce")),
    C("declared a cease-fire, reported", "Colombia said it had declared a truce.", E("Colombia", "support", "truce")),
    C("announced a ceasefire", "Hamas announced an indefinite ceasefire.", E("Hamas", "support", "ceasefire")),
]

GERUNDS = [
    C("proposed holding", "Tehran proposed holding talks in Geneva.", E("Iran", "propose", "talks")),
    C("suggested holding", "Tehran suggested holding talks in Geneva.", E("Iran", "propose", "talks")),
    C("proposed using", "Putin proposed using a radar in Azerbaijan instead.", E("Putin", "propose", "radar")),
    C("suggested postponing", "Erdogan suggested postponing the vote.", E("Erdogan", "propose", "postponement of vote")),
    C("recommended lifting", "Brussels recommended lifting the sanctions.", E("European Union", "propose", "lifting of sanctions")),
    C("proposed extending, reported", "Kerry said Washington had proposed extending the talks.",
      E("United States", "propose", "extension of talks")),
]

CONTROLS = [
    C("declared an emergency", "Ruto declared a state of emergency.", A("Ruto")),
    C("suggested, speech", "Analysts suggested the figures looked weak.", A("Analysts")),
]

CASES = DECLARED + GERUNDS + CONTROLS


def test_table_has_enough_cases():
    assert len(DECLARED + GERUNDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_declared_truce_or_gerund(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
