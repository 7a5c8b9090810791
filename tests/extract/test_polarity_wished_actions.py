"""A wish for another party's action is a demand of it, and no position of that party. "The UN
wants Israel to allow aid into Gaza" gave Israel a support of the aid (the infinitive clause with
its own subject was read as Israel's stance) beside the UN's demand; now such a clause, when it
is what the outer cue is about, is read only at the outer cue (`_inside_outer_cue` in
stance/reading.py), as "urged Israel to allow aid" was. And a verb of motive that supports
(`prefer`, `intend`: [forms] motives) with another party's action ("Britain prefers the EU to back
the plan") demands it, as "wants the EU to back it" does (`verb_polarity` in stance/cues.py).
Controls: one's own action ("prefers to sign the deal", "would like to resume the talks") is
supported; a reported stance ("Israel said Hamas had agreed to the truce") stays the reported
party's; "prefer X not to V" opposes the action.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

WISHED = [
    C("wants X to allow", "The UN wants Israel to allow aid into Gaza.", E("United Nations", "demand", "aid"),
      A("Israel")),
    C("wants X to accept", "Washington wants Kyiv to accept the ceasefire.", E("United States", "demand", "ceasefire"),
      A("Ukraine")),
    C("needs X to accept", "The EU needs Turkey to accept the refugee deal.",
      E("European Union", "demand", "refugee deal"), A("Turkey")),
    C("wants X to lift", "Iran wants the United States to lift the sanctions.", E("Iran", "demand", "sanctions"),
      A("United States")),
    C("wants X to implement", "Germany wants Greece to implement the reforms.", E("Germany", "demand", "reforms"),
      A("Greece")),
    C("prefers X to back", "Britain prefers the EU to back the plan.", E("United Kingdom", "demand", "plan"),
      A("United Kingdom", "support"), A("European Union")),
    C("would prefer X to accept", "Hamas would prefer Israel to accept the truce.", E("Hamas", "demand", "truce"),
      A("Hamas", "support"), A("Israel")),
    C("would prefer X to sign", "France would prefer Germany to sign the treaty.", E("France", "demand", "treaty"),
      A("France", "support"), A("Germany")),
    C("intends X to accept", "Moscow intends Kyiv to accept the terms.", E("Russia", "demand", "terms"),
      A("Russia", "support"), A("Ukraine")),
    C("wants a body to approve", "The union wants the government to approve the pay deal.",
      E("union", "demand", "pay deal"), A("government")),
    C("wants X to honour", "Tokyo wants Seoul to honour the 2015 agreement.", E("Japan", "demand", "agreement")),
    C("wants X to pass", "The president wants Congress to pass the budget.", A("Congress")),
    C("prefers a common noun to V", "The union prefers the company to reopen the talks.",
      E("union", "demand", "talks"),
      xfail="'prefer' is no object-control verb: its object 'company' is read as the issue, not the action"),
]

CONTROLS = [
    C("prefers to V: one's own action", "Britain prefers to sign the deal.", E("United Kingdom", "support", "deal"),
      A("United Kingdom", "demand")),
    C("would like to V: one's own action", "Russia would like to resume the talks.", E("Russia", "support", "talks"),
      A("Russia", "demand")),
    C("reported stance", "Israel said Hamas had agreed to the truce.", E("Hamas", "support", "truce")),
    C("reported action", "The UN said Israel would allow aid into Gaza.", E("Israel", "support", "aid")),
    C("prefer X not to V", "The EU would prefer Serbia not to recognise the referendum.",
      E("European Union", "oppose", "referendum")),
]

CASES = WISHED + CONTROLS


def test_table_has_enough_cases():
    assert len(WISHED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_wished_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
