"""Requirements with an owner (issue #11): "Russia's demands include the neutrality of Ukraine"
is Russia's demand of each term listed (as "the necessary conditions include X", said by
someone, is the reporter's); "the union said its demands include X" leaves them to the
reporter. Findings or elements of something state no demand."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OWNED = [
    C("demands include", "Russia's demands include the neutrality of Ukraine.", E("Russia", "demand", "neutrality")),
    C("union's demands", "The union's demands include a 10 percent pay rise.", E("union", "demand", "pay rise")),
    C("conditions include", "Hamas's conditions include a full Israeli withdrawal from Gaza.",
      E("Hamas", "demand", "withdrawal")),
    C("plural possessive", "The protesters' demands include the withdrawal of the extradition bill.",
      E("protesters", "demand", "extradition bill")),
    C("lifting of sanctions", "Iran's conditions include the lifting of all sanctions.", E("Iran", "demand", "sanctions")),
    C("two terms, first", "The rebels' demands include an amnesty and the release of prisoners.",
      E("rebels", "demand", "amnesty")),
    C("two terms, second", "The rebels' demands include an amnesty and the release of prisoners.",
      E("rebels", "demand", "release of prisoners")),
    C("preconditions include", "Kyiv's preconditions include the withdrawal of Russian troops.",
      E("Ukraine", "demand", "troops", red_line=True)),  # a precondition named as such
    C("its demands, reported", "The union said its demands include a housing allowance.",
      E("union", "demand", "housing allowance")),
    C("terms include", "Moscow's terms include recognition of the annexed regions.", E("Russia", "demand", "recognition")),
    C("an end to", "North Korea's demands include an end to joint military drills.",
      E("North Korea", "demand", "military drills")),
    C("key demands", "The opposition's key demands include early elections.", E("opposition", "demand", "elections")),
    C("among X's demands is", "Among Kyiv's demands is the return of all prisoners.", E("Ukraine", "demand", "prisoners")),
]

CONTROLS = [
    C("findings include", "The IMF's findings include a rise in prices.", A("International Monetary Fund")),
    C("plan's elements", "Egypt's plan includes a new port.", A("Egypt", "demand")),
]

CASES = OWNED + CONTROLS


def test_table_has_enough_cases():
    assert len(OWNED) >= 10


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_owned_requirement(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
