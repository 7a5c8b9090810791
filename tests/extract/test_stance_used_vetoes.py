"""A position noun used as an instrument (issue #11, stance precision), read by the full pipeline:
"Russia used its veto to block the resolution" read the infinitive as the veto's content and gave
Russia's support of the resolution (a veto of blocking) beside its opposition. With a verb of
using ([forms] using_verbs), the infinitive is the purpose of the use, and the veto is on the
thing the purpose verb acts on ("used its veto to kill the resolution" opposes the resolution,
not its "killing").

Controls: a noun's own infinitive ("its refusal to negotiate", "its offer to mediate", "its right
to strike"), what is used that is no position ("used its influence", "used the talks").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_news_forms import NoIssue
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

USED = [
    C("used its veto to block", "Russia used its veto to block the resolution.",
      E("Russia", "oppose", "resolution"), A("Russia", "support")),
    C("used its veto to kill", "China used its veto to kill the resolution.",
      E("China", "oppose", "resolution"), NoIssue("China", "killing")),
    C("used its veto to stop", "Hungary used its veto to stop the sanctions package.",
      E("Hungary", "oppose", "sanctions package"), A("Hungary", "support")),
    C("cast its veto to block", "Russia cast its veto to block the ceasefire resolution.",
      E("Russia", "oppose", "ceasefire resolution"), A("Russia", "support")),
    C("exercised its veto to sink", "Britain exercised its veto to sink the treaty.",
      E("United Kingdom", "oppose", "treaty"), A("United Kingdom", "support")),
    C("wielded his veto to kill", "The president wielded his veto to kill the bill.",
      E("president", "oppose", "bill"),
      xfail="'the president' with no name is no actor of a one-sentence text"),
]

CONTROLS = [
    C("its refusal to negotiate", "Russia made its refusal to negotiate clear.",
      E("Russia", "oppose", "negotiation")),
    C("its offer to mediate", "Turkey repeated its offer to mediate.",
      E("Turkey", "propose", "mediation")),
    C("its right to strike", "The union used its right to strike.",
      E("union", "demand", "strike")),
    C("used its influence to block", "Israel used its influence to block the resolution.",
      E("Israel", "oppose", "resolution"), A("Israel", "support")),
    C("used the talks to buy time", "Iran used the talks to buy time.",
      A("Iran", "support")),
]

CASES = USED + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_used_veto(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
