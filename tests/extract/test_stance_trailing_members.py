"""Members named by example at the end of the clause (issue #11): "Several senators backed the
bill, including Elizabeth Warren and Cory Booker", "Republicans opposed the measure, including
Senator Ted Cruz". Set off by a comma after a singular object, the named people, states and
organisations are members of the plural subject and hold its stance (the parser hangs them on
the object); after a plural object, or when they are no actors ("including its provisions on
Iran"), they are the object's. Also: a participle on the owned noun of a preposition is the
owner's ("echoes of the past in Trump's comments appearing to praise X": Trump's, not the
clause subject's). The sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


TRAILING = [
    C("senators, two people", "Several senators backed the bill, including Elizabeth Warren and Cory Booker.",
      E("Elizabeth Warren", "support", "bill"), E("Cory Booker", "support", "bill")),
    C("party, titled person", "Republicans opposed the measure, including Senator Ted Cruz.",
      E("Ted Cruz", "oppose", "measure")),
    C("countries, two states", "Several countries rejected the plan, including France and Germany.",
      E("France", "oppose", "plan"), E("Germany", "oppose", "plan")),
    C("lawmakers, endorsed", "Key Democratic lawmakers have endorsed the deal, including Nancy Pelosi.",
      E("Nancy Pelosi", "support", "deal"), E("Key Democratic lawmakers", "support", "deal")),
    C("unions, an organisation", "Many unions welcomed the agreement, including the Communications Workers of America.",
      E("Communications Workers of America", "support", "agreement")),
    C("leaders, condemned", "European leaders condemned the attack, including Angela Merkel and Emmanuel Macron.",
      E("Angela Merkel", "oppose", "attack"), E("Emmanuel Macron", "oppose", "attack")),
    C("candidates, criticized", "Several candidates criticized the proposal, including Ted Cruz.",
      E("Ted Cruz", "oppose", "proposal")),
    C("counted lawmakers, signed", "Dozens of lawmakers signed the letter, including Senator Bernie Sanders.",
      E("Bernie Sanders", "support", "letter")),
    C("groups, an organisation", "Human rights groups denounced the law, including Amnesty International.",
      E("Amnesty International", "oppose", "law")),
    C("states, a bare group", "Arab states rejected the decision, including Egypt and Jordan.",
      E("Egypt", "oppose", "decision"), E("Jordan", "oppose", "decision"),
      xfail="'Arab states' is no group actor, and the stance has no holder to share"),
]

CONTROLS = [
    C("plural object: its own examples", "The union rejected several offers, including the latest one from Verizon.",
      E("union", "oppose", "offers"), A("Verizon")),
    C("a part of the object", "Senators rejected the bill, including its provisions on Iran.",
      A("Iran")),
    C("a term of the object", "The senators backed the plan, including its ban on imports from Iran.",
      A("Iran")),
    C("singular subject", "The union accepted the plan, including a clause on Verizon.",
      A("Verizon")),
]

OWNED_PARTICIPLES = [
    C("participle on an owned noun after 'in'",
      "Some say they hear echoes of the past in Trump's recent comments appearing to praise authoritarian figures such as Putin.",
      E("Trump", "support", "authoritarian figures")),
    C("the owner is the subject too", "Hamas said in its statement calling for a ceasefire that the talks had failed.",
      E("Hamas", "demand", "ceasefire")),
]

CASES = TRAILING + CONTROLS + OWNED_PARTICIPLES


def test_table_has_enough_cases():
    assert len([c for c in TRAILING if not c.xfail]) >= 9
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_trailing_member_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
