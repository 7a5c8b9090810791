"""Some of a group of people act for the group (issue #11, holders): "one of the unions rejected
the offer", "most of the hostage families back the deal", "two of the opposition parties
boycotted the vote". The group noun after "of" is the holder when a partitive word
([groups] partitive in groups.toml) is the subject, as the group is when it is the subject
itself; a group owned by a party ("several of Hungary's ministers") stays the owner's.
Controls: a group noun after "of" that no partitive subject governs is no holder ("the demands
of the workers were rejected"), nor is one whose partitive word is not the subject.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PARTS_OF_GROUPS = [
    C("one of", "One of the unions turned down the government's offer.",
      E("unions", "oppose", "offer")),
    C("most of", "Most of the hostage families support the truce.",
      E("hostage families", "support", "truce")),
    C("some of", "Some of the protesters demanded early elections.",
      E("protesters", "demand", "elections")),
    C("many of", "Many of the striking nurses rejected the pay deal.",
      E("nurses", "oppose", "pay deal")),
    C("several of", "Several of the rebels said they would lay down their arms.",
      E("rebels", "support", "arms")),
    C("two of", "Two of the opposition parties rejected the new constitution.",
      E("opposition parties", "oppose", "constitution")),
    C("three of", "Three of the teachers' unions called for a national strike.",
      E("teachers' unions", "demand", "national strike")),
    C("half of", "Half of the senators voted against the treaty.",
      E("senators", "oppose", "treaty")),
    C("all of", "All of the miners backed the wage agreement.",
      E("miners", "support", "wage agreement")),
    C("each of", "Each of the delegates endorsed the final communique.",
      E("delegates", "support", "communique")),
    C("one of, group named before",
      "Relatives of the kidnapped sailors met the minister. One of the relatives criticised the ransom plan.",
      E("Relatives of the kidnapped sailors", "oppose", "ransom plan")),
    C("members of a plural group", "Members of the opposition parties walked out over the budget cuts.",
      E("opposition parties", "oppose", "budget cuts")),
]

# the group named before with its head first: "Families of American hostages ... one of the hostage
# families" is the one group (fold_generic_groups in actors/merges.py)
NAMED_BEFORE = [
    C("hostage families after families of hostages",
      "Families of American Israeli hostages met Biden on Tuesday. One of the hostage families rejected the proposal.",
      E("Families of American Israeli hostages", "oppose", "proposal"), A("hostage families")),
    C("sailor relatives after relatives of sailors",
      "Relatives of the kidnapped sailors met the minister. The sailor relatives rejected the ransom plan.",
      E("Relatives of the kidnapped sailors", "oppose", "ransom plan")),
    C("victim families after families of victims",
      "Families of the victims met the minister. Some of the victim families rejected the compensation plan.",
      E("Families of the victims", "oppose", "compensation plan")),
]

OWNED = [
    C("owned by a state", "Several of Poland's ministers opposed the emissions quota.",
      E("Poland", "oppose", "emissions quota"), A("ministers")),
    C("owned by an organisation", "Some of Hamas's leaders welcomed the truce.",
      E("Hamas", "support", "truce"), A("leaders")),
]

CONTROLS = [
    C("group after of, no partitive subject", "The demands of the workers were rejected on Monday.",
      A("workers")),
    C("partitive as object", "The minister met one of the unions on Friday.",
      A("unions")),
    C("partitive in a prepositional phrase", "The talks with some of the rebels collapsed over the amnesty.",
      A("rebels")),
    C("a count of things", "One of the proposals would raise the pension age.",
      A("proposals")),
    C("the one named beside it", "One of the mediators, Samuel Okafor of the African Union, rejected the plan.",
      A("mediators")),
]

CASES = PARTS_OF_GROUPS + NAMED_BEFORE + OWNED + CONTROLS


def test_table_has_enough_cases():
    assert len(PARTS_OF_GROUPS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_some_of_a_group_hold_its_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
