"""Demands named as a copula's subject, and protest actions over or against an issue (issue #11,
item 5: stances in the forms news uses):

- "Hamas's main demand is a permanent ceasefire", "one of Iran's demands is the lifting of
  sanctions", "among the union's demands is a housing allowance": the owner demands what the
  copula names ("its" is whom it stands for; "our" the speaker);
- "went on strike against the new pay scheme": the strikers oppose the thing struck against (as
  "went on strike over" a measure does); "have been on strike for five weeks over unpaid
  allowances", "are on strike over unpaid salaries": they demand what they are owed ([forms]
  pay_nouns, test_polarity_protests_over_pay.py); "against the wishes of the union" is no issue.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


STATED = [
    ("Hamas's main demand is a permanent ceasefire.", E("Hamas", "demand", "permanent ceasefire")),
    ("The union's key demand is a 15 percent raise.", E("union", "demand", "15 percent raise")),
    ("One of Iran's demands is the lifting of sanctions.", E("Iran", "demand", "lifting of sanctions")),
    ("Among Iran's demands is the lifting of sanctions.", E("Iran", "demand", "lifting of sanctions")),
    ("Hamas met the mediators. Its central demand remains a full Israeli withdrawal.",
     E("Hamas", "demand", "withdrawal")),
    ("The union's demands are a housing allowance and a 10 percent raise.",
     E("union", "demand", "housing allowance"), E("union", "demand", "10 percent raise")),
    ("The workers' main request is an end to night shifts.", E("workers", "demand", "night shifts")),
    ('"Our main demand is a 10 percent raise," the Kenya National Union of Teachers said.',
     E("Kenya National Union of Teachers", "demand", "raise")),
    ("Serbia's chief demand was the creation of the association of Serb municipalities.",
     E("Serbia", "demand", "association")),
    ("The first demand of the Kenya National Union of Teachers is a 50 percent pay rise.",
     E("Kenya National Union of Teachers", "demand", "pay rise")),
    # firm demands stay red lines (read first); a negated copula names none
    ("Hamas's non-negotiable demand is a permanent ceasefire.",
     E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    ("Hamas's demand is not a ceasefire.", A("Hamas")),
]
STATED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(STATED, STATED_KNOWN)))
def test_demand_named_as_subject(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


PROTESTS = [
    ("Kenyan teachers have been on strike for five weeks over unpaid allowances.",
     E("Kenyan teachers", "demand", "unpaid allowances")),
    ("Kenyan doctors are on strike over unpaid salaries.", E("Kenyan doctors", "demand", "unpaid salaries")),
    ("The Kenya National Union of Teachers went on strike against the new pay scheme.",
     E("Kenya National Union of Teachers", "oppose", "pay scheme")),
    ("Farmers in India protested against the new farm laws.", E("Farmers", "oppose", "farm laws")),
    ("Liberian health workers demonstrated against the new shift rules.",
     E("Liberian health workers", "oppose", "shift rules")),
    ("Nigerien unions went on a general strike against the new tax.", E("Nigerien unions", "oppose", "tax")),
    ("The Kenya Medical Practitioners Union remained on strike over the stalled pay deal.",
     E("Kenya Medical Practitioners Union", "oppose", "pay deal")),
    ("The Panhellenic Seamen's Federation was on strike against the privatisation of the ports.",
     E("Panhellenic Seamen's Federation", "oppose", "privatisation")),
    ("The miners went on strike against the wishes of the union.", A("miners")),
    ("Nigerien unions held a general strike against the new tax.", E("Nigerien unions", "oppose", "tax")),
]
PROTESTS_KNOWN = {
    "Nigerien unions held a general strike against the new tax.":
        "a strike as the object of a light verb ('held', 'staged', 'organised') is not read as a protest "
        "action: allowing objects lowered precision on the check set",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PROTESTS, PROTESTS_KNOWN)))
def test_strike_over_or_against(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)
