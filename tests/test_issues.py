"""Canonical issues inside a negotiation: folding, non-issues and categories (pipeline/issues.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.issues import category_of, fold_issues, is_stop_label, issue_key

# ten wordings of one issue, as articles and extraction write it
CEASEFIRE_WORDINGS = [
    "30-day ceasefire",
    "immediate interim 30-day ceasefire",
    "enacting of immediate interim 30-day ceasefire",
    "30-day truce",
    "30-day cease-fire",
    "30-day cessation of hostilities",
    "full 30-day ceasefire",
    "acceptance of the 30-day ceasefire",
    "call for a 30-day ceasefire",
    "temporary 30-day ceasefire",
]


@pytest.mark.parametrize("wording", CEASEFIRE_WORDINGS)
def test_wordings_of_one_issue_fold(issue_model, wording):
    folded = fold_issues(Counter({wording: 1, "30-day ceasefire": 1}), issue_model)
    assert folded[wording] == "30-day ceasefire"  # labelled with the shortest full form


def test_all_ten_wordings_are_one_issue(issue_model):
    folded = fold_issues(Counter(CEASEFIRE_WORDINGS), issue_model)
    assert set(folded.values()) == {"30-day ceasefire"}


@pytest.mark.parametrize("a, b", [
    ("30-day ceasefire", "energy ceasefire"),
    ("ceasefire", "prisoner exchange"),
    ("recognition of occupied territories", "territorial concessions"),
    ("withdrawal of troops", "deployment of troops"),
    ("wage increase", "pension increase"),
    ("lifting of sanctions", "imposition of sanctions"),
    ("sanctions relief", "sanctions"),
    ("talks", "ceasefire"),
    ("uranium enrichment", "nuclear inspections"),
    ("release of hostages", "release of prisoners"),
])
def test_different_issues_stay_apart(issue_model, a, b):
    folded = fold_issues(Counter({a: 1, b: 1}), issue_model)
    assert folded[a] != folded[b]


@pytest.mark.parametrize("a, b", [
    ("putting to popular vote", "referendum"),
    ("negotiating table", "talks"),
    ("memoranda of understanding between Turkey", "November 27 maritime border agreement between Turkey and Libya"),
    ("border agreement", "November 27 maritime border agreement between Turkey and Libya"),
    ("goal of restoring pre-2014 borders", "restoring pre-2014 borders"),
])
def test_wordings_that_fold_together(issue_model, a, b):
    folded = fold_issues(Counter({a: 1, b: 1}), issue_model)
    assert folded[a] == folded[b]


def test_names_do_not_count_against_a_join_but_other_words_do(issue_model):
    named = fold_issues(Counter({"agreement": 1, "agreement between Turkey and Libya on Crete": 1}), issue_model)
    assert named["agreement"] == "agreement between Turkey and Libya on Crete"
    worded = fold_issues(Counter({"agreement": 1, "agreement on sending soldiers to northern ports": 1}), issue_model)
    assert worded["agreement"] == "agreement"


def test_a_bare_head_joins_the_one_specific_issue_it_can_mean(issue_model):
    assert fold_issues(Counter({"ceasefire": 2, "30-day ceasefire": 1}), issue_model)["ceasefire"] == "30-day ceasefire"
    ambiguous = fold_issues(Counter({"ceasefire": 1, "30-day ceasefire": 1, "energy ceasefire": 1}), issue_model)
    assert ambiguous["ceasefire"] == "ceasefire"


def test_keys_ignore_order_and_number(issue_model):
    assert issue_key("territorial concessions", issue_model) == issue_key("concession of territory", issue_model)
    assert issue_key("sanctions against Russia", issue_model) == issue_key("sanction against russia", issue_model)


@pytest.mark.parametrize("label, stop", [
    ("position", True), ("the documents", True), ("line", True), ("its position", True), ("talks", False),
    ("ceasefire", False), ("salary review report", False), ("front line", False),
    ("saying of words", True), ("words about meetings", False), ("saying of the ceasefire terms", False),
])
def test_non_issues(issue_model, label, stop):
    assert is_stop_label(label, issue_model) is stop


@pytest.mark.parametrize("label, category", [
    ("30-day ceasefire", "ceasefire"),
    ("withdrawal of troops", "withdrawal"),
    ("maritime borders in Eastern Mediterranean", "territory"),
    ("autonomy for the region", "status"),
    ("power-sharing government", "government"),
    ("early elections", "elections"),
    ("disarmament of rebels", "disarmament"),
    ("prisoner exchange", "prisoners"),
    ("humanitarian access", "humanitarian"),
    ("lifting of sanctions", "sanctions"),
    ("security guarantees", "security"),
    ("uranium enrichment", "nuclear"),
    ("international monitors", "monitoring"),
    ("amnesty for fighters", "justice"),
    ("tariffs on steel", "trade"),
    ("50 percent pay rise", "labour"),
    ("venue of the talks", "talks"),
    ("bing in words", ""),
])
def test_categories(issue_model, label, category):
    assert category_of(label, issue_model) == category


@pytest.mark.parametrize("label, category", [
    # a short keyword is a whole word: "pay" is no "payment", "inf" no "information"
    ("electronic payment system", "trade"),
    ("single African currency", "trade"),
    ("information sharing", ""),
    ("infrastructure projects", ""),
    ("back pay", "labour"),
    ("pay rises for nurses", "labour"),
    ("food aid", "humanitarian"),
    ("aids for the disabled", "humanitarian"),
    # a keyword phrase names the category before any of its words
    ("security assistance", "security"),
    ("US military aid", "security"),
    ("more military assistance to Kyiv", "security"),
    ("humanitarian assistance", "humanitarian"),
    # a vehicle of the talks is about its object when that names a concrete category
    ("resumption of security assistance", "security"),
    ("resumption of arms deliveries", "disarmament"),
    ("talks on the border", "territory"),
    ("agreement over the release of hostages", "prisoners"),
    ("resumption of talks", "talks"),
    ("agreement with government of Syria", "talks"),
    ("conclusions of the summit", "talks"),
    ("maritime border agreement between the two states", "territory"),
    ("free trade agreement", "trade"),
    ("nuclear deal", "nuclear"),
    ("ceasefire talks", "ceasefire"),
    ("regional cooperation in the Mediterranean", "talks"),
    ("peace talks with the rebels", "talks"),
    # fighting is no withdrawal, and drilling is no fighting
    ("military offensive with airstrikes", "hostilities"),
    ("ground invasion of the north", "hostilities"),
    ("attacks on shipping", "hostilities"),
    ("halt of drilling operations", "trade"),
    ("gas drilling off the island", "trade"),
    ("withdrawal of troops from the region", "withdrawal"),
    ("deployment of soldiers", "withdrawal"),
])
def test_categories_of_hard_labels(issue_model, label, category):
    assert category_of(label, issue_model) == category
