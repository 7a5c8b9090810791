"""A passive clause's subject in the issue of the action (round `nostance9`, from the count of
missed stances: a gold issue's keywords the passive subject of a reported clause): "demanded
that the embargo be lifted" demands the lifting of the embargo, "promised that the troops would
be withdrawn" the withdrawal of the troops; the label held the action alone ("lifting",
"withdrawal"), which names no issue. A pronoun subject names nothing ("demanded that he be
freed": the release), nor does a light verb's ("these decisions should be made": the making)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CASES = [
    C("demanded that X be lifted", "Senator Smith demanded that the embargo be lifted.", E("Smith", "demand", "embargo")),
    C("insisted that X be removed", "Lavrov insisted that the sanctions be removed.", E("Lavrov", "demand", "sanctions")),
    C("urged that X be dismantled", "Abbas urged that the settlements be dismantled.", E("Abbas", "demand", "settlements")),
    C("promised that X would be withdrawn", "Obama promised that the troops would be withdrawn by May.",
      E("Obama", "propose", "troops")),
    C("pledged that X will be released", "Putin pledged that the prisoners will be released.",
      E("Putin", "propose", "prisoners")),
    C("proposed that X be resumed", "Kerry proposed that the talks be resumed in Geneva.", E("Kerry", "propose", "talks")),
    C("need to be removed", '"The sanctions need to be removed," Lavrov said.', E("Lavrov", "demand", "sanctions")),
    C("have to be repealed", '"These tariffs have to be repealed," Trudeau said.', E("Trudeau", "demand", "tariffs")),
    C("demanded that X be returned", "Zelensky demanded that the occupied territories be returned.",
      E("Zelensky", "demand", "territories")),
    C("called for X to be extended", "Obama called for the tax cuts to be extended.", E("Obama", "demand", "tax cuts")),
    C("insisted that X be frozen", "Abbas insisted that settlement construction be frozen.",
      E("Abbas", "demand", "settlement construction"), xfail="no stance: the parser makes the clause's subject a compound of nothing it reads"),
]

CONTROLS = [
    C("a journey reported", "Kerry said the talks were held in Vienna.", A("Kerry")),
    C("a passive of the past reported", "Lavrov said the sanctions were imposed in 2014.", A("Lavrov")),
    # a light verb's passive subject is read as its object would be, not as the action's
    C("a light verb's passive", "Senator Smith said these decisions should be made locally.",
      E("Smith", "demand", "making")),
]


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    every = CASES + CONTROLS
    assert len({c.text for c in every}) == len(every), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES + CONTROLS)))
def test_passive_subject_issue(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
