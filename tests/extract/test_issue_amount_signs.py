"""Amounts are what pay and trade disputes are about: a percent sign or a currency sign stays on its
number in an issue label ("10% pay rise", "$300 bonus", "€5 billion aid package"), never dropped
("10 pay rise") nor split ("$ 300 bonus") (pipeline/extract/stance/issues.py: glued_amount).
Folding joins one amount said two ways and keeps different amounts apart; an issue id spells the
sign out ("10-percent-pay-rise", "dollar-300-bonus": pipeline/ids.py spell_signs)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.ids import slugify, spell_signs
from pipeline.issues import fold_issues, resolve_issues

from .test_issue_labels import stances_of

# sentence -> (holder, the label expected)
LABELS = {
    "percent in a demand rejected": ("The ministry rejected the union's demand for a 10% pay rise.", "union",
                                     "10% pay rise"),
    "percent after the noun": ("The union demanded a pay rise of 10%.", "union", "pay rise of 10%"),
    "decimal percent": ("The union rejected a 3.5% raise.", "union", "3.5% raise"),
    "percent tariff": ("Washington proposed a 25% tariff on steel imports.", "United States", "25% tariff on steel imports"),
    "percent in an offer refused": ("The teachers rejected the offer of a 4% increase.", "teachers", "4% increase"),
    "dollars": ("The union demanded a $300 bonus.", "union", "$300 bonus"),
    "dollars with thousands": ("The miners demanded a $12,000 signing payment.", "miners", "$12,000 signing payment"),
    "euros in billions": ("The European Union proposed a €5 billion aid package.", "European Union",
                          "€5 billion aid package"),
    "euros refused": ("Greece rejected the €86 billion bailout.", "Greece", "€86 billion bailout"),
    "pounds": ("The nurses demanded a £2,000 payment.", "nurses", "£2,000 payment"),
    "percent spelled out": ("The workers demanded a 15 percent wage increase.", "workers", "15 percent wage increase"),
    "per cent spelled out": ("The workers demanded a 12 per cent wage increase.", "workers", "12 per cent wage increase"),
}


@pytest.mark.parametrize(("sentence", "holder", "label"), LABELS.values(), ids=LABELS.keys())
def test_amount_signs_stay_on_their_number(base_nlp, lexicon, sentence, holder, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, label) in [(a, issue) for a, _, issue in found], found


# labels of one article -> whether folding puts them on one issue
FOLDS = {
    "one percent, two word orders": (("10% pay rise", "pay rise of 10%"), True),
    "sign and word": (("10% pay rise", "10 percent pay rise"), True),
    "two percentages": (("10% pay rise", "5% pay rise"), False),
    "two sums of dollars": (("$300 bonus", "$500 bonus"), False),
    "two sums of euros": (("€5 billion aid package", "€6 billion aid package"), False),
    "one sum, two currencies": (("$5 billion aid package", "€5 billion aid package"), False),
    "one sum of dollars, two word orders": (("$300 bonus", "bonus of $300"), True),
}


@pytest.mark.parametrize(("labels", "joined"), FOLDS.values(), ids=FOLDS.keys())
def test_folding_joins_one_amount_only(issue_model, labels, joined):
    folded = fold_issues(Counter(labels), issue_model)
    assert (len({folded[label] for label in labels}) == 1) == joined, folded


# label -> its issue id
SLUGS = {
    "percent": ("10% pay rise", "10-percent-pay-rise"),
    "dollars": ("$300 bonus", "dollar-300-bonus"),
    "euros": ("€5 billion aid package", "euro-5-billion-aid-package"),
    "pounds with thousands": ("£2,000 payment", "pound-2-000-payment"),
    "no sign": ("30-day ceasefire", "30-day-ceasefire"),
}


@pytest.mark.parametrize(("label", "slug"), SLUGS.values(), ids=SLUGS.keys())
def test_issue_ids_spell_the_signs(label, slug):
    assert slugify(spell_signs(label)) == slug


def test_two_currencies_stay_two_issues(issue_model):
    issues, _ = resolve_issues([("n1", "$5 billion aid package"), ("n1", "€5 billion aid package")], issue_model)
    assert sorted(i.issue_id for i in issues) == ["dollar-5-billion-aid-package", "euro-5-billion-aid-package"]
