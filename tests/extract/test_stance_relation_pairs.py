"""Two wrong stances of issue #11 read from coordination.

"between X and Y" names one relation, not two issues: "opposes the gap between the two payments
and the minimum wage" is no stance on the minimum wage alone (``RELATION_PREPS``); a list of issues
after another preposition stays a list ("the release of all prisoners and an immediate ceasefire").

A threat noun with no owner ("after days of mutual threats to withdraw from the talks") names an
act only threatened, by parties it does not name: no stance of the clause's subject on the talks
(``threat_nouns``); the verb "threatened to walk out of the talks" still opposes them."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent
from .test_stance_pairs import Expect as E


class NoIssue:
    """No row of ``holder`` whose issue is exactly ``issue`` (the second end of a relation read as
    an issue of its own)."""

    def __init__(self, holder: str, issue: str):
        self.holder, self.issue = holder, issue

    def describe(self) -> str:
        return f"NO ROW ({self.holder}, issue == {self.issue!r})"

    def holds(self, found) -> bool:
        return not any(a == self.holder and (i or "").lower() == self.issue.lower() for a, _p, i, *_ in found)


RELATIONS = [
    C("gap between two payments",
      "The union opposes the gap between the jobless payments and the minimum wage.",
      E("union", "oppose", "gap between jobless payments and minimum wage"), NoIssue("union", "minimum wage")),
    C("link between sanctions and talks",
      "Moscow condemned the link between the sanctions and the peace talks.",
      E("Russia", "oppose", "link between sanctions and peace talks"), NoIssue("Russia", "peace talks")),
    C("talks between two parties",
      "The union called for talks between the company and the workers.",
      E("union", "demand", "talks between company and workers"), NoIssue("union", "workers")),
    C("difference between two groups",
      "The nurses reject any difference between public staff and private employees.",
      E("nurses", "oppose", "difference between public staff and private employees")),
    # controls: a list after another preposition is still two issues; a pair already named
    # ("the two countries") is followed by a further item
    C("control: a pair, then a further item",
      "Hamas demanded talks between the two sides and the release of the prisoners.",
      E("Hamas", "demand", "talks between two sides"), E("Hamas", "demand", "release of prisoners")),
    C("control: release of prisoners and a ceasefire",
      "Hamas demanded the release of all prisoners and an immediate ceasefire.",
      E("Hamas", "demand", "release of prisoners"), E("Hamas", "demand", "ceasefire")),
    C("control: sanctions against two countries",
      "Senator Lindsey Graham called for sanctions against Russia and Iran.",
      E("Lindsey Graham", "demand", "sanctions against Russia and Iran")),
    C("relation noun with 'of'",
      "The union opposes the ratio of the bonus and the base pay.",
      E("union", "oppose", "ratio of bonus and base pay"),
      xfail="only a relating preposition joins the ends; a relation noun with 'of' is not in a lexicon yet"),
]

THREATS = [
    C("mutual threats, nameless",
      "The delegates met after days of mutual threats to withdraw from the talks.",
      Absent("delegates", "oppose")),
    C("mutual threats, parties named",
      "Envoys of the government and the rebels met after a week of mutual threats to pull out of the talks.",
      Absent("rebels", "oppose"), Absent("government", "oppose")),
    C("threat of another party welcomed",
      "Iran welcomed the threat to impose sanctions.",
      NoIssue("Iran", "sanctions")),
    C("despite threats",
      "Despite threats to pull out of the deal, Iran stayed in the agreement.",
      Absent("Iran", "oppose")),
    # controls: the threatening verb still gives its subject's stance
    C("control: threatened to walk out",
      "The rebels threatened to walk out of the talks.",
      E("rebels", "oppose", "talks")),
    C("control: threatened to pull out",
      "Tehran threatened to pull out of the nuclear deal.",
      E("Iran", "oppose", "nuclear deal")),
    C("owned threat",
      "The union's threat to walk out of the talks angered the company.",
      E("union", "oppose", "talks")),
    C("both sides issued threats",
      "Both sides issued threats to quit the negotiations.",
      E("sides", "oppose", "negotiations"),
      xfail="threats issued by a subject are not read as that subject's threatened act"),
]


def test_tables_have_enough_cases():
    assert len(RELATIONS) >= 5 and len(THREATS) >= 5


@pytest.mark.parametrize(("text", "check"), list(strict_params(RELATIONS)))
def test_relation_is_one_issue(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


@pytest.mark.parametrize(("text", "check"), list(strict_params(THREATS)))
def test_ownerless_threat_is_no_stance(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
