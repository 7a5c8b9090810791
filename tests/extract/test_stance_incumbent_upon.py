""""It is incumbent upon X to V", found by annotating fresh news of bargaining inside parties by
hand (issue #11, branch freshg), read by the full pipeline; the sentences are our own: like "it
is important / imperative to V" ([predicates] extraposed_support), the expletive "it is
incumbent on / upon X to V" presses the action, as the stance of whoever says so; "the
incumbent" as a noun (a holder of an office) states nothing.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

INCUMBENT = [
    C("incumbent upon X to reach out", "Ben Jealous said it is incumbent upon Hillary Clinton to reach out to "
      "Bernie Sanders.", E("Ben Jealous", "support", "reaching out to Bernie Sanders")),
    C("incumbent on X, fronted", "It is incumbent on the government to resume the talks, the union said.",
      E("union", "support", "resumption of talks")),
    C("was incumbent on both sides", "The union said it was incumbent on both sides to respect the ceasefire.",
      E("union", "support", "ceasefire")),
    C("incumbent upon the party", "Senator Ann Lee said it is incumbent upon the party to adopt a new platform.",
      E("Ann Lee", "support", "platform")),
    C("incumbent on Israel", "Egypt said it was incumbent on Israel to lift the blockade.",
      E("Egypt", "support", "blockade")),
    C("incumbent upon Congress", "The White House said it is incumbent upon Congress to pass the budget.",
      E("United States", "support", "budget")),
    C("incumbent on both leaders", "The United Nations said it is incumbent on both leaders to return to the "
      "talks.", E("United Nations", "support", "talks")),
    C("incumbent on the employers", "The union said it was incumbent on the employers to raise wages.",
      E("union", "support", "wages")),
    C("incumbent on Russia", "France said it is incumbent on Russia to withdraw its troops.",
      E("France", "support", "troops")),
    C("incumbent upon us", "\u201cIt is incumbent upon us to end this strike,\u201d Mayor Tom Reed said.",
      E("Tom Reed", "support", "strike")),
]

CONTROLS = [
    C("the incumbent mayor", "The incumbent mayor, Tom Reed, rejected the plan.", E("Tom Reed", "oppose", "plan")),
    C("the incumbent, a noun", "Senator Ann Lee defeated the incumbent in the primary.", A("Ann Lee")),
    C("incumbent as a title", "Incumbent governor Ann Hale said the talks were over.", A("Ann Hale")),
    C("an incumbent's seat", "The party kept the incumbent's seat in Ohio.", A("party")),
    C("incumbents", "Senator Ann Lee said incumbents often win.", A("Ann Lee")),
    C("it is important, as before", "Germany said it is important to resume the talks.",
      E("Germany", "support", "resumption of talks")),
    C("no expletive", "Senator Ann Lee said the mayor is incumbent.", A("Ann Lee")),
    C("important of a thing", "France said the deal is important.", A("France", "support")),
    C("incumbent in a list", "Senator Ann Lee, the incumbent, won the primary.", A("Ann Lee")),
    C("an incumbent president", "The incumbent president, Joe Biden, spoke in Ohio.", A("Joe Biden")),
]

CASES = INCUMBENT + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (INCUMBENT, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_incumbent_upon(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
