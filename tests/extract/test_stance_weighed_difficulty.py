"""An act judged hard or easy for a party (issue #11, precision): "it will be difficult for the
unions to accept the offer", "that could make it hard for progressives to accept a half-measure"
weigh the act's chances; the party named after "for" states no position on it
(`difficulty_adjectives` in stance.toml). Seen on the fresh hand-annotated set, where a new group
word ("progressives") held such an act. The sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


WEIGHED = [
    C("make it hard for", "That could make it hard for progressives to accept a half-measure.",
      A("progressives")),
    C("difficult for", "It will be difficult for the unions to accept the offer.", A("unions")),
    C("hard for: walk away", "It would be hard for Iran to walk away from the deal.", A("Iran")),
    C("easy for", "It will be easy for Congress to pass the bill.", A("Congress")),
    C("impossible for", "It is impossible for the rebels to accept the plan.", A("rebels")),
    C("tough for", "It will be tough for the company to reject the offer.", A("company")),
    C("reported: difficult for", "Analysts said it would be difficult for Hamas to agree to the truce.",
      A("Hamas")),
    C("makes it harder for", "The vote makes it harder for the senators to oppose the nomination.",
      A("senators")),
    C("tricky for", "It may be tricky for the government to withdraw the reform.", A("government")),
    C("not easy for", "It will not be easy for the union to call off the strike.", A("union")),
    C("reason clause: hard for its members",
      "The union accepted the offer because it was hard for its members to continue the strike.",
      E("union", "support", "offer"), A("union", "oppose")),
    C("hard to V, said by the party", "The union said it would be hard to accept the offer.",
      A("union", "support"),
      xfail="'it would be hard to accept' with no 'for X' is read as the union's acceptance"),
]

CONTROLS = [
    C("tough as a modifier", "The company made a tough offer, and the union rejected it.",
      E("union", "oppose", "offer")),
    C("a difficult noun", "The rebels accepted the difficult compromise.",
      E("rebels", "support", "compromise")),
    C("hard after the act", "The unions accepted the offer after hard bargaining.",
      E("unions", "support", "offer")),
]

CASES = WEIGHED + CONTROLS


def test_table_has_enough_cases():
    assert len([c for c in WEIGHED if not c.xfail]) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_weighed_difficulty(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
