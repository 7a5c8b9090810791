"""The words a position was stated in are no part of its issue: "in remarks", "in a statement",
"in an interview", "in a post" (``utterances`` in lexicons/issues.toml) say where it was said,
whatever noun the parser hangs them on; "in" a place or a text of any other kind stays
(pipeline/extract/stance/issues.py, phrase_tokens)."""

from __future__ import annotations

import pytest

from .test_issue_labels import stances_of

# sentence -> (holder, polarity, the label expected)
CASES = {
    "in remarks made at the talks": (
        "South Sudan President Salva Kiir promised to stop the suffering of the South Sudanese people in remarks made "
        "at the start of the talks.", ("Salva Kiir", "support", "halt of suffering of South Sudanese people")),
    "in the statement": ("The EU backed the sanctions in the statement.", ("European Union", "support", "sanctions")),
    "in a post": ("Trump demanded the release of the hostages in a post on Truth Social.",
                  ("Trump", "demand", "release of hostages")),
    "in a statement, attached to the verb": ("Hamas demanded an end to the war in a statement on Sunday.",
                                             ("Hamas", "demand", "end to war")),
    "in an interview": ("Putin rejected the ceasefire in an interview with state television.",
                        ("Putin", "oppose", "ceasefire")),
    "a place stays": ("Turkey supports the deployment of Turkish troops in Libya.",
                      ("Turkey", "support", "deployment of Turkish troops in Libya")),
    "a cease-fire's place stays": ("Hamas demanded an immediate cease-fire in Gaza.",
                                   ("Hamas", "demand", "immediate cease-fire in Gaza")),
}


@pytest.mark.parametrize(("sentence", "expected"), CASES.values(), ids=CASES.keys())
def test_utterances_leave_the_label(base_nlp, lexicon, sentence, expected):
    found = stances_of(base_nlp, lexicon, sentence)
    assert expected in found, found
