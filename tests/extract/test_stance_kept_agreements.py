"""Keeping, leaving and judging an agreement (issue #11): news English says an actor will keep
to an agreement in many verbs ("abide by", "adhere to", "live up to" beside "comply with",
"honour", "uphold"), leaves one with others ("tear up", "ditch" beside "withdraw from", "pull
out of"), and judges one with predicates ("bad for Israel", "harmful", "deeply flawed" beside
"unacceptable"): [phrasal], [verbs] and [predicates] in stance.toml."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

KEPT = [
    C("abide by", "Tehran said it would abide by the accord.", E("Iran", "support", "accord")),
    C("adhere to", "Tehran said it would adhere to the truce.", E("Iran", "support", "truce")),
    C("comply with", "Tehran said it would comply with the accord.", E("Iran", "support", "accord")),
    C("honour", "Tehran would honour the truce, Araghchi said.", E("Iran", "support", "truce")),
    C("uphold", "Tehran said it would uphold the accord.", E("Iran", "support", "accord")),
    C("live up to", "Tehran vowed to live up to the accord.", E("Iran", "support", "accord")),
    C("remain committed to", "Tehran said it remained committed to the accord.", E("Iran", "support", "accord")),
    C("respect", "Tehran said it would respect the truce.", E("Iran", "support", "truce")),
    C("implement", "Tehran said it would implement the accord.", E("Iran", "support", "accord")),
    C("stand by", "Tehran pledged to stand by the accord.", E("Iran", "support", "accord")),
]

LEFT = [
    C("tear up", "Washington vowed to tear up the accord.", E("United States", "oppose", "accord")),
    C("tore up", "Bolsonaro tore up the accord.", E("Bolsonaro", "oppose", "accord")),
    C("scrap", "Washington vowed to scrap the accord.", E("United States", "oppose", "accord")),
    C("ditch", "Washington vowed to ditch the accord.", E("United States", "oppose", "accord")),
    C("withdraw from", "Biden withdrew from the deal.", E("Biden", "oppose", "deal")),
    C("pull out of", "Washington pulled out of the accord.", E("United States", "oppose", "accord")),
    C("walk away from", "Washington walked away from the accord.", E("United States", "oppose", "accord")),
    C("threatened to walk out of", "Tehran threatened to walk out of the talks.", E("Iran", "oppose", "talks")),
]

JUDGED = [
    C("bad for", "Netanyahu said the accord was bad for Israel.", E("Netanyahu", "oppose", "accord")),
    C("harmful", "Erdogan said the sanctions were harmful to both countries.", E("Erdogan", "oppose", "sanctions")),
    C("damaging", "Lavrov said the sanctions were damaging.", E("Lavrov", "oppose", "sanctions")),
    C("deeply flawed", "Barnier said the plan was deeply flawed.", E("Barnier", "oppose", "plan")),
    C("unwise", "Scholz said the embargo was unwise.", E("Scholz", "oppose", "embargo")),
    C("premature, copula", "Scholz said an embargo was premature.", E("Scholz", "oppose", "embargo")),
]

CONTROLS = [
    C("stick to one's guns", "Biden stuck to his guns.", A("Biden")),
    C("quit a job", "Biden quit his job in 1972.", A("Biden")),
    C("leave a place", "Washington said its troops would leave the base.", A("United States", "oppose")),
]

CASES = KEPT + LEFT + JUDGED + CONTROLS


def test_table_has_enough_cases():
    assert len(KEPT) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_kept_agreements(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
