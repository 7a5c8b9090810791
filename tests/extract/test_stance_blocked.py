"""A process denied until a condition is met (issue #11, item 3: "no deal unless/without", "a
precondition for any talks"): "talks cannot resume until C", said by X, is X's refusal of the
talks (conditioned on C) and X's demand of C, both red lines. An activity stopped ("until Israel
stops building settlements") is demanded as a halt to it. One test per sentence, our own words."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

BLOCKED = [
    C("blocked until", "Mahmoud Abbas said talks cannot resume until Israel stops building settlements.",
      E("Mahmoud Abbas", "oppose", "talks", red_line=True, condition="stops building"),
      E("Mahmoud Abbas", "demand", "settlements", red_line=True)),
    C("blocked until", "Tokyo says negotiations will not resume unless Pyongyang accounts for the abductees.",
      E("Japan", "oppose", "negotiations", red_line=True), E("Japan", "demand", "accounting", red_line=True)),
    C("blocked until", "Seoul said the dialogue could not continue until the North stops its missile tests.",
      E("South Korea", "oppose", "dialogue", red_line=True), E("South Korea", "demand", "missile tests", red_line=True)),
    C("blocked until", "The union said negotiations would not start until the dismissed workers were reinstated.",
      E("union", "oppose", "negotiations", red_line=True), E("union", "demand", "workers", red_line=True)),
    C("blocked until", "Kyiv insists that talks cannot begin until Russian troops withdraw.",
      E("Ukraine", "oppose", "talks", red_line=True), E("Ukraine", "demand", "withdraw", red_line=True)),
    C("blocked until", "Israel says a deal will not happen unless all the hostages are released.",
      E("Israel", "oppose", "deal", red_line=True), E("Israel", "demand", "hostages", red_line=True)),
    C("blocked until", "The rebels warned that the ceasefire would not hold unless the army pulled back.",
      A("rebels", "oppose"),
      xfail="'warned that the ceasefire would not hold' is a prediction, read as a refusal of the ceasefire: a known over-reach"),
    C("blocked until", "Beijing said the negotiations can never succeed until Washington lifts its tariffs.",
      E("China", "demand", "tariffs", red_line=True)),
    C("blocked until", "The teachers said the talks would not resume until the ministry paid the arrears.",
      E("teachers", "demand", "arrears", red_line=True)),
    C("blocked until", "Hamas says an agreement cannot be reached unless Israel ends the war.",
      E("Hamas", "oppose", "agreement", red_line=True), E("Hamas", "demand", "war", red_line=True)),
    # not blocked: a plan or a report without a condition
    C("not blocked", "The talks will resume next week, the mediators said.",
      A("mediators", "oppose")),
    C("not blocked", "Officials said the talks had not resumed because of the storm.",
      A("Officials", "oppose")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(BLOCKED)))
def test_blocked_until(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
