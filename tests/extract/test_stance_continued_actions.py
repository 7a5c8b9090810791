"""Collective actions kept going through a preposition (issue #11, red-line round 7): "the
teachers will stay on strike until their pay is restored", "the miners carried on with the
strike", "the rebels pressed ahead with the offensive" support the action, as "continue the strike"
does ([forms] continuing_verbs, "verb:prep"), and the "until" clause is demanded. Following the
tune gold ("resolved to continue with their strike until the authorities come up with a better
offer" is no red line), neither is a red line. Sentences are written for these tests.

- controls: the verb with a noun that is no protest action ("stayed on the board", "carried on
  with the meeting"), negated ("will not stay on strike"), a time ("remained on duty").

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent
from .test_stance_pairs import Expect as E

# a protest action kept going: the action supported, the "until" clause demanded, no red line
CONTINUED = [
    C("stay on strike until", "The teachers said they will stay on strike until their pay is restored.",
      E("teachers", "support", "strike", red_line=False),
      E("teachers", "demand", "restoration of pay", red_line=False)),
    C("remain on strike until", "The nurses said they will remain on strike until the hospital hires more staff.",
      E("nurses", "support", "strike", red_line=False),
      E("nurses", "demand", "hiring of staff", red_line=False)),
    C("remained on strike: the past", "The nurses remained on strike for a third week.",
      E("nurses", "support", "strike")),
    C("carry on with the strike", "The miners said they would carry on with the strike until the mine reopens.",
      E("miners", "support", "strike", red_line=False)),
    C("press on with the offensive", "The rebels said they would press on with the offensive until the capital falls.",
      E("rebels", "support", "offensive")),
    C("press ahead with the protest", "The students pressed ahead with their protest despite the ban.",
      E("students", "support", "protest")),
    C("push ahead with the blockade", "The farmers vowed to push ahead with the blockade.",
      E("farmers", "support", "blockade")),
    C("go ahead with the walkout", "The pilots' union said it would go ahead with the walkout on Friday.",
      E("union", "support", "walkout")),
    C("continue with the boycott", "The opposition said it would continue with its boycott of parliament.",
      E("opposition", "support", "boycott")),
    C("persist with the hunger strike", "The nurses said they would persist with their hunger strike.",
      E("nurses", "support", "hunger strike")),
    C("quoted: stay on strike", "\u201cWe will stay on strike until the bonus is paid,\u201d the union said.",
      E("union", "support", "strike", red_line=False)),
    C("keep protesting until", "The protesters said they would keep protesting until the law is withdrawn.",
      E("protesters", "support", "protest"),
      xfail="a gerund kept up ('keep protesting') is read for its 'until' demand only, not as the protest"),
]

# the verbs with no protest action, negated, or of a post: nothing kept going
CONTINUED_CONTROLS = [
    C("stayed on the board", "The union leader Mary Kay Henry stayed on the board of the fund.", Absent("Mary Kay Henry", "support")),
    C("carried on with the meeting", "The ministers carried on with the meeting after the walkout.",
      Absent("ministers", "support")),
    C("will not stay on strike", "The drivers said they will not stay on strike next week.", Absent("drivers", "support")),
    C("remained on duty", "The guards remained on duty during the strike.", Absent("guards")),
    C("pressed ahead with the plan: no protest", "The government pressed ahead with the budget.",
      Absent("government", "oppose")),
]

CASES = CONTINUED + CONTINUED_CONTROLS


def test_table_has_enough_cases():
    assert len(CONTINUED) >= 10
    assert len(CONTINUED_CONTROLS) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_stance_continued_actions(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
