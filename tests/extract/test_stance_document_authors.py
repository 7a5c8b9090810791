"""A proposal, plan or draft that states a position is its author's (issue #11, stances in the
forms news uses): "the Egyptian proposal calls for a six-week truce", "Egypt presented a plan
that calls for a truce", "the draft resolution, written by France, demands a ceasefire". The
document nouns are [forms] document_nouns in stance.toml; the author is the one named before or
owning it, the agent of its writing, or who presents it. Controls: a document with no author
named, and an agreement (its parties, read elsewhere).

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

AUTHORS = [
    C("demonym before", "The Egyptian proposal calls for a six-week truce.",
      E("Egypt", "demand", "six-week truce")),
    C("presented ... that calls for", "Qatar presented a plan that calls for a phased prisoner exchange.",
      E("Qatar", "demand", "prisoner exchange")),
    C("written by", "The draft resolution, written by France, demands an immediate ceasefire.",
      E("France", "demand", "immediate ceasefire")),
    C("owner", "Hamas's new offer calls for a permanent end to the fighting.",
      E("Hamas", "demand", "permanent end")),
    C("name before, infinitive", "The U.S. plan calls for Israel to withdraw from the Philadelphi corridor.",
      E("United States", "demand", "withdrawal")),
    C("organisation's initiative", "The Arab League's initiative calls for full normalisation of ties.",
      E("Arab League", "demand", "normalisation")),
    C("statement by two", "A joint statement by Russia and China called for restraint on the peninsula.",
      E("Russia", "demand", "restraint"), E("China", "demand", "restraint")),
    C("union's letter", "The union's letter demands the publication of the salary review.",
      E("union", "demand", "publication of salary review")),
    C("would require", "The British proposal would require Iran to ship out its enriched uranium.",
      E("United Kingdom", "propose", "enriched uranium")),
    C("roadmap urges", "The African Union roadmap urges both sides to disarm within six months.",
      E("African Union", "demand", "disarm")),
    C("bill bans", "The Republican bill calls for a ban on abortion after 20 weeks.",
      E("Republican Party", "demand", "ban on abortion"),
      xfail="'Republican' before a noun is read as a demonym of no actor here"),
    C("ultimatum demands", "Moscow's ultimatum demands the withdrawal of Ukrainian troops from the region.",
      E("Russia", "demand", "withdrawal")),
]

CONTROLS = [
    C("no author named", "The plan calls for a ceasefire within 72 hours.",
      A("Egypt"), A("Israel")),
    C("an agreement's terms", "Israel and Hamas met. The agreement calls for a ceasefire within 72 hours.",
      A("Israel", "demand"), A("Hamas", "demand")),
    C("a document that names no position", "The Egyptian proposal was delivered on Monday.",
      A("Egypt", "demand")),
    C("a person who calls for", "Egyptian President Abdel Fattah el-Sisi called for calm.",
      A("Egypt", "propose")),
]

CASES = AUTHORS + CONTROLS


def test_table_has_enough_cases():
    assert len(AUTHORS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_document_author_holds(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
