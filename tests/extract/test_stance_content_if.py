"""A wished outcome after a content adjective and "if" (issue #11, stance recall: tune miss "he
would be okay if the impasse over the shutdown went on"), read by the full pipeline:
"Egypt would be happy if the truce held" supports the truce, as "Egypt hopes the truce will hold"
does; "would be unhappy / disappointed if the talks failed" supports the talks (the opposite of
the outcome wished away). Only under the hypothetical "would" ("is happy if" states a habit), only
the outcome of a thing lasting, succeeding, resuming or failing ([forms] succeeding_verbs, with a
particle: "went on", "dragged on"; failing_verbs), never a party's act ("would be happy if Israel
agreed"), and the clause is the issue, not its condition (`constructions._content_if`,
`constructions.wished_outcome`, `reading._wished_clause`).

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

WISHED = [
    C("okay if ... went on", "President Trump said he would be okay if the shutdown went on for years.",
      E("Trump", "support", "shutdown", condition="")),
    C("happy if ... held", "Egypt would be happy if the truce held.",
      E("Egypt", "support", "truce", condition="")),
    C("happy if ... resumed", "Iran would be happy if the talks resumed.",
      E("Iran", "support", "talks")),
    C("unhappy if ... collapsed", "The union would be unhappy if the strike collapsed.",
      E("union", "support", "strike"), A("union", "oppose")),
    C("pleased if ... lasted", "Israel would be pleased if the ceasefire lasted.",
      E("Israel", "support", "ceasefire")),
    C("content if ... dragged on", "Russia would be content if the war dragged on.",
      E("Russia", "support", "war")),
    C("glad if ... succeeded", "Qatar would be glad if the negotiations succeeded.",
      E("Qatar", "support", "negotiations")),
    C("disappointed if ... failed", "Japan would be disappointed if the talks failed.",
      E("Japan", "support", "talks"), A("Japan", "oppose")),
    C("fine if ... continued", "Germany would be fine if the sanctions continued.",
      E("Germany", "support", "sanctions")),
    C("reported: said it would be happy if", "Hamas said it would be happy if the ceasefire held.",
      E("Hamas", "support", "ceasefire")),
    C("delighted if ... survived", "Britain would be delighted if the agreement survived.",
      E("United Kingdom", "support", "agreement")),
    C("satisfied if ... held until", "Turkey would be satisfied if the truce held until spring.",
      E("Turkey", "support", "truce"),
      xfail="the model reads 'the truce held' as a noun with a participle, not a clause"),
]

CONTROLS = [
    C("a party's act", "Hamas would be happy if Israel agreed.",
      A("Hamas")),
    C("a habit: is happy if", "Egypt is happy if the truce holds.",
      A("Egypt")),
    C("a meeting ending", "The minister would be fine if the meeting ended early.",
      A("minister")),
    C("weather", "Spain would be happy if it rained.",
      A("Spain")),
    C("prices", "Kenya would be happy if prices fell.",
      A("Kenya")),
    C("a negated outcome", "France would be happy if the truce did not hold.",
      A("France")),
    C("negated adjective", "Egypt would not be happy if the truce held.",
      A("Egypt", "support")),
]

CASES = WISHED + CONTROLS


def test_table_has_enough_cases():
    assert len(WISHED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_content_if(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
