"""Unnamed groups that hold stances in news (issue #11; gold README, "Conventions for the hard
cases"): clergy ("a group of rabbis", "Catholic bishops"), wings of a party ("House
conservatives", "progressives in the party"), "world powers" and "Western powers", and the small
counts news puts before a group ("a handful of lawmakers", "a couple of senators", "a minority of
delegates"); capitalised, a party wing word names a party ("the Liberals"), no group; and, for precision, a group counted by "how many" in a reported question ("nobody
knows how many workers will join the strike") holds nothing. Words of `[groups]` in groups.toml: a group becomes an actor only when it acts or
owns a stance noun. The sentences are our own.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


GROUPS = [
    C("a group of clergy: called for", "A group of rabbis called for a boycott of the candidate's speech.",
      E("rabbis", "demand", "boycott")),
    C("a group of clergy: planning to", "A group of rabbis is planning to boycott the senator's speech.",
      E("rabbis", "support", "boycott")),
    C("counted clergy: participle", "Dozens of rabbis signed a letter opposing the visit.",
      E("rabbis", "oppose", "visit")),
    C("party wing with a determiner", "Some House conservatives have vehemently opposed the spending bill.",
      E("House conservatives", "oppose", "spending bill")),
    C("party wing with a place", "Several conservatives in the Senate rejected the immigration compromise.",
      E("Several conservatives", "oppose", "immigration compromise")),
    C("a handful of", "A handful of lawmakers backed the budget compromise.",
      E("lawmakers", "support", "budget compromise")),
    C("a couple of", "A couple of senators opposed the nomination.",
      E("senators", "oppose", "nomination")),
    C("world powers", "World powers agreed to lift sanctions on Tehran.",
      E("World powers", "support", "sanctions")),
    C("Western powers", "Western powers drafted a resolution to punish Damascus.",
      E("Western powers", "propose", "Damascus")),
    C("bishops", "Catholic bishops opposed the abortion measure.",
      E("Catholic bishops", "oppose", "abortion measure")),
    C("clerics", "Muslim clerics rejected the new family law.",
      E("Muslim clerics", "oppose", "family law")),
    C("progressives", "Many progressives in the party demanded a vote on the bill.",
      E("Many progressives", "demand", "vote")),
    C("pastors", "Evangelical pastors endorsed the candidate's tax plan.",
      E("Evangelical pastors", "support", "tax plan")),
    C("a minority of", "A minority of delegates rejected the platform.",
      E("delegates", "oppose", "platform")),
]

# near misses: the same words that act for nobody
CONTROLS = [
    C("powers of an office", "The president's emergency powers expire next year.",
      A("emergency powers"), A("powers")),
    C("a group that only gathers", "Rabbis from across the country gathered in Washington.",
      A("Rabbis")),
    C("a group owning no stance noun", "The bishops' meeting ended on Sunday.",
      A("bishops")),
    C("a group as a verb's object", "Critics said the deal gave too much to world powers.",
      A("world powers")),
    # capitalised, a party wing word names a party ([groups] party_wings): no group of that name
    C("a party, capitalised", "The Liberals opposed the budget in Ottawa.", A("Liberals")),
]

# a group counted by "how many" in a reported question holds nothing: the clause asks about it
HOW_MANY = [
    C("how many: knows", "Nobody knows how many workers will join the strike.",
      A("many workers"), A("workers")),
    C("how many: unclear", "It is unclear how many lawmakers will back the compromise.",
      A("many lawmakers"), A("lawmakers")),
    C("how many: would not say", "Officials would not say how many rebels had accepted the amnesty.",
      A("many rebels"), A("rebels")),
    C("how many: did not know", "The organizers said they did not know how many rabbis would take part in the boycott.",
      A("many rabbis"), A("rabbis")),
    C("how many: asked", "The union asked how many teachers had rejected the offer.",
      A("union", "oppose"),
      xfail="'asked how many ...': the asking union is read as holding the question's rejection"),
    # controls: a plain count states the group's act
    C("many: stated", "Many workers will join the strike.", E("Many workers", "support", "strike")),
    C("many: reported", "The union said many teachers had rejected the offer.", E("many teachers", "oppose", "offer")),
]

CASES = GROUPS + CONTROLS + HOW_MANY


def test_table_has_enough_cases():
    assert len(GROUPS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_unnamed_group_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
