"""An amount with a conversion in brackets keeps its noun: "630 rand ($86.44) monthly housing
allowance" is the parser's apposition of the allowance to the amount; the label is the amount and
its noun, without the conversion (pipeline/extract/stance/issues.py: phrase_tokens,
bracketed_amount)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, the label expected)
CASES = {
    "rand, dollars in brackets": ("South Africa offered the workers a 7 percent increase and 630 rand ($86.44) monthly "
                                  "housing allowance.", "South Africa", "630 rand monthly housing allowance"),
    "the other item of the offer": ("South Africa offered the workers a 7 percent increase and 630 rand ($86.44) monthly "
                                    "housing allowance.", "South Africa", "7 percent increase"),
    "inside an offer": ("The union rejected the offer of 500 rand (about $68) monthly housing allowance.", "union",
                        "500 rand monthly housing allowance"),
    "euros the model does not tag as money": ("Nurses demanded $500 (450 euros) risk allowance.", "Nurses",
                                              "$500 risk allowance"),
    "shillings": ("Kenya offered teachers 2,000 shillings ($20) hardship allowance.", "Kenya",
                  "2,000 shillings hardship allowance"),
    "about, in brackets": ("The union demanded 12,500 naira (about $30) minimum wage.", "union", "12,500 naira minimum wage"),
    "inside a demand, an amount the model does not tag": (
        "Nigeria rejected the demand for 30,000 naira ($83) minimum wage.", "Nigeria", "demand for 30,000 naira minimum wage"),
    "pounds": ("The miners demanded 12,500 rand (£700) basic pay.", "miners", "12,500 rand basic pay"),
    "no brackets, nothing to mend": ("The workers demanded a 15 percent wage increase.", "workers", "15 percent wage increase"),
}


@pytest.mark.parametrize(("sentence", "holder", "label"), CASES.values(), ids=CASES.keys())
def test_amounts_keep_their_noun(base_nlp, lexicon, sentence, holder, label):
    found = stances_of(base_nlp, lexicon, sentence)
    assert (holder, label) in [(a, issue) for a, _, issue in found], found


XFAILS = {
    "a conversion the model reads as a name": ("Zimbabwe proposed $300 (R2,100) monthly salary.", "Zimbabwe",
                                               "$300 monthly salary",
                                               "'R2,100' is tagged as a proper noun, not an amount: the conversion stays"),
}


@pytest.mark.parametrize(("sentence", "holder", "label", "reason"), XFAILS.values(), ids=XFAILS.keys())
def test_amounts_known_failures(base_nlp, lexicon, sentence, holder, label, reason):
    found = stances_of(base_nlp, lexicon, sentence)
    if (holder, label) not in [(a, issue) for a, _, issue in found]:
        pytest.xfail(reason)
    pytest.fail(f"now passes, move it to CASES: {sentence}")
