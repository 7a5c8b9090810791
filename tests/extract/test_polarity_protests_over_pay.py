"""A protest over what workers are owed or ask for demands it. "The nurses are striking over unpaid
allowances", "their strike over pay" (gold: demand of the pay) were read as oppositions to the
allowances, the pay, as "expelled the ambassador over the agreement" opposes the agreement; now
a protest "over" one of [forms] pay_nouns (pay, wages, salaries, allowances, bonuses, arrears,
overtime, working conditions), on a verb of protest or "in protest over", demands it
(`forms.protest_polarity`). Controls: a protest over a measure ("over pay cuts", "over the new
tax", "over the pension reform", "over the dismissal of a colleague") still opposes it, and
"over the weekend" names nothing.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OVER_PAY = [
    C("went on strike over", "The teachers went on strike over unpaid allowances.",
      E("teachers", "demand", "allowances"), A("teachers", "oppose")),
    C("on strike over, with a date", "Nurses have been on strike since Monday over pay and working conditions.",
      E("Nurses", "demand", "pay"), A("Nurses", "oppose")),
    C("walked out over", "Doctors walked out over late salaries.", E("Doctors", "demand", "salaries"),
      A("Doctors", "oppose")),
    C("struck over", "The union struck over wages.", E("union", "demand", "wages"), A("union", "oppose")),
    C("stopped work in protest over", "Dock workers stopped work in protest over unpaid wages.",
      E("Dock workers", "demand", "wages"), A("Dock workers", "oppose")),
    C("over, with a relative clause", "The nurses went on strike over bonuses that were never paid.",
      E("nurses", "demand", "bonuses"), A("nurses", "oppose")),
    C("walked off the job over", "Employees walked off the job over overtime.", E("Employees", "demand", "overtime"),
      A("Employees", "oppose")),
    C("went on strike over pay", "Miners went on strike over pay.", E("Miners", "demand", "pay"), A("Miners", "oppose")),
    C("working conditions", "Nurses went on strike over working conditions.",
      E("Nurses", "demand", "working conditions"), A("Nurses", "oppose")),
    C("in protest over, delayed", "Civil servants stopped work in protest over delayed salaries.",
      E("Civil servants", "demand", "salaries"), A("Civil servants", "oppose")),
    C("union's strike over", "The pilots' union went on strike over working conditions.",
      E("union", "demand", "working conditions")),
    C("called a strike over", "The union called a strike over unpaid salaries.", E("union", "demand", "salaries"),
      xfail="a strike noun with 'over' after a verb of calling it yields no stance at all (coverage, not polarity)"),
    C("on strike over arrears", "The drivers are on strike over salary arrears.", E("drivers", "demand", "arrears"),
      xfail="'The drivers' is no holder the rules know (holders, not polarity)"),
]

CONTROLS = [
    C("over pay cuts", "Workers protested over pay cuts.", E("Workers", "oppose", "pay cuts"),
      A("Workers", "demand")),
    C("over a tax", "Farmers protested over the new tax.", E("Farmers", "oppose", "tax"), A("Farmers", "demand")),
    C("expelled over", "Athens expelled the Libyan ambassador over the agreement.", E("Greece", "oppose", "agreement")),
    C("over a reform", "The union went on strike over the pension reform.", E("union", "oppose", "pension reform"),
      A("union", "demand")),
    C("over a dismissal", "Teachers went on strike over the dismissal of a colleague.",
      E("Teachers", "oppose", "dismissal"), A("Teachers", "demand")),
    C("over the weekend", "The government postponed the pay talks over the weekend.", A("government", "demand")),
]

CASES = OVER_PAY + CONTROLS


def test_table_has_enough_cases():
    assert len(OVER_PAY) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_protest_over_pay(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
