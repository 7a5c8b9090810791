"""A party that does an embedded action towards a complement of its own is a side, not the issue:
"the union said workers will return to work" is a position on the return to work, not on the
"return of workers"; a thing at stake that does it stays ("the Israeli troops must withdraw" is
the withdrawal of the troops), and so does a party with no complement ("we needed the government
open" is the opening of the government) (pipeline/extract/stance/issues.py, party_going_somewhere)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "workers return to work": ("The union said workers will return to work on Wednesday.",
                               ("workers", "support", "return to work")),
    "miners return to work": ("The union said the miners will return to work.", ("miners", "support", "return to work")),
    "employees return to work": ("Lonmin said employees will return to work.", ("employees", "support", "return to work")),
    "troops at stake": ("Hezbollah said the Israeli troops must withdraw from Lebanon.",
                        ("Hezbollah", "demand", "withdrawal of Israeli troops")),
    "soldiers at stake": ("The rebels said government soldiers must withdraw from the region.",
                          ("rebels", "demand", "withdrawal of government soldiers")),
    "the displaced are at stake": ("Hamas said the displaced must return to their homes.",
                                   ("Hamas", "demand", "return of displaced")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_party_subject_is_no_issue(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
