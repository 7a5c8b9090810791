"""A clause credited with "according to X" is X's report (issue #11, holders in reported
speech): "According to Hamas, the plan is unacceptable" and "the sanctions are illegal,
according to Iran's foreign ministry" are evaluations X makes, as "X said the plan was
unacceptable" is. The one credited is the reporter wherever the clause needs one (an evaluation,
an obligation, a pronoun to resolve); a stance with its own subject keeps it ("according to
police, protesters demanded X" is the protesters').

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ACCORDING = [
    C("according to, before", "According to Hamas, the Israeli plan is unacceptable.",
      E("Hamas", "oppose", "plan")),
    C("according to, after", "The Israeli plan is unacceptable, according to Hamas.",
      E("Hamas", "oppose", "plan")),
    C("according to a ministry", "According to Iran's foreign ministry, the new sanctions are illegal.",
      E("Iran", "oppose", "sanctions")),
    C("according to a person", "The ceasefire proposal is a good basis for talks, according to Sergei Lavrov.",
      E("Sergei Lavrov", "support", "ceasefire")),
    C("according to, a red line", "According to Beijing, Taiwan is not negotiable.",
      E("China", "oppose", "Taiwan", red_line=True)),
    C("according to, counterproductive", "According to Moscow, the arms deliveries are counterproductive.",
      E("Russia", "oppose", "arms deliveries")),
    C("according to, a mistake", "The withdrawal was a mistake, according to NATO.",
      E("NATO", "oppose", "withdrawal")),
    C("according to, unrealistic", "According to the Kremlin, the peace plan is unrealistic.",
      E("Russia", "oppose", "peace plan")),
    C("according to, a positive step", "According to the African Union, the accord is a positive step.",
      E("African Union", "support", "accord")),
    C("according to, unacceptable, demonym statement", "According to the Greek government, the maritime deal is illegal.",
      E("Greece", "oppose", "maritime deal")),
    C("according to, essential", "According to Washington, a ceasefire is essential.",
      E("United States", "demand", "ceasefire")),  # a need ([predicates] demand)
]

CONTROLS = [
    C("the stance's own subject", "According to police, protesters demanded the release of the detainees.",
      E("protesters", "demand", "release of detainees"), A("police")),
    C("according to a document", "According to the agreement, Israel will withdraw its troops.",
      A("agreement")),
    C("according to, no evaluation", "According to Hamas, the talks took place in Cairo.",
      A("Hamas")),
]

CASES = ACCORDING + CONTROLS


def test_table_has_enough_cases():
    assert len(ACCORDING) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_according_to(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
