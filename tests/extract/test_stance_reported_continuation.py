"""A collective action that someone says will go on (issue #11, stances in the forms news uses):
"the union said the strike would continue", "Hamas said the protests would go on", "doctors said
their strike would go ahead" keep the action up (the reporter supports it), as "the strike will
continue until the government pays" already did with its condition. Only a reported future: a
past ("police said the strike continued on Tuesday") tells what happened, and a negated one
("would not continue") keeps nothing up.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CONTINUED = [
    C("would continue", "The Kenya National Union of Teachers said the strike would continue.",
      E("Kenya National Union of Teachers", "support", "strike")),
    C("will go on", "The nurses' union said the stoppage will go on.",
      E("nurses' union", "support", "stoppage")),
    C("would continue, time", "Junior doctors said their strike would continue next week.",
      E("Junior doctors", "support", "strike")),
    C("would continue, protests", "Hamas said the protests along the border would continue.",
      E("Hamas", "support", "protests")),
    C("would go ahead", "The teachers' union said the walkout would go ahead on Friday.",
      E("teachers' union", "support", "walkout")),
    C("will continue, boycott", "The opposition said its boycott of parliament will continue.",
      E("opposition", "support", "boycott")),
    C("would last", "Farmers said the blockade would last through the harvest.",
      E("Farmers", "support", "blockade")),
    C("will continue, sit-in", "Students said the sit-in will continue over the weekend.",
      E("Students", "support", "sit-in"),
      xfail="the tokenizer cuts 'sit-in' into 'sit', '-', 'in': the subject read is 'in'"),
    C("would continue, hunger strike", "Lawyers for the prisoners said the hunger strike would continue.",
      E("prisoners", "support", "hunger strike"),
      xfail="'lawyers for the prisoners' names no actor: the prisoners are no group noun"),
    C("vowed ... would continue", "The civil servants' union vowed that the strike would continue.",
      E("civil servants' union", "support", "strike")),
    C("warned ... would go on", "The miners' union warned that the strike would go on.",
      E("miners' union", "support", "strike")),
]

CONTROLS = [
    C("a past told", "Police said the strike continued on Tuesday.",
      A("Police"), A("police")),
    C("negated", "The union said the strike would not continue.",
      A("union", "support")),
    C("not a protest action", "The union said the talks would continue.",
      A("union", "support")),
    C("going somewhere", "The union said the strike leaders would go to court.",
      A("union", "support")),
]

CASES = CONTINUED + CONTROLS


def test_table_has_enough_cases():
    assert len(CONTINUED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_reported_continuation(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
