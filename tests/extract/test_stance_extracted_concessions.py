"""Concessions another party is denied getting from the speaker (issue #11, found on a fresh set
of unseen articles): "they won't extract any concession from us", "Washington will get no
concessions from me", "you cannot force concessions from us with sanctions". The speaker refuses
to concede, a red line ([red_line_forms] concession_nouns, [forms] extracting_verbs, "from us" /
"from me"), as "we will make no concessions" is.

Controls: a past outcome ("they got no concessions from us in the last round") and concessions
from a third party ("from the workers") are no red line of the speaker's.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

DENIED = [
    ('"I strongly reject the new measure. They won\'t extract any concession from us," Foreign Minister Bruno '
     'Rodriguez said.', E("Bruno Rodriguez", "oppose", "concession", red_line=True)),
    ('"Washington will get no concessions from me," President Nicolas Maduro said.',
     E("Nicolas Maduro", "oppose", "concessions", red_line=True)),
    ('"They will never wring a single concession from us," said Hamas leader Ismail Haniyeh.',
     E("Ismail Haniyeh", "oppose", "concession", red_line=True)),
    ("Iran said the Americans would not win any concessions from us by pressure.",
     E("Iran", "oppose", "concessions", red_line=True)),
    ('"You cannot force concessions from us with sanctions," Sergei Lavrov said.',
     E("Sergei Lavrov", "oppose", "concessions", red_line=True)),
    ('"They won\'t get a single concession from us," Sergei Lavrov said.',
     E("Sergei Lavrov", "oppose", "concession", red_line=True)),
    ('"Brussels will not obtain any compromise from me on fishing," Prime Minister Boris Johnson said.',
     E("Boris Johnson", "oppose", "compromise", red_line=True)),
    ('"The employers will gain no concessions from us," said union leader Joseph Mathunjwa.',
     E("Joseph Mathunjwa", "oppose", "concessions", red_line=True)),
]
DENIED_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(DENIED, DENIED_KNOWN)))
def test_denied_concession(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ('"They got no concessions from us in the last round," President Nicolas Maduro said.',
     A("Nicolas Maduro", "oppose")),
    ("The union said the company would not extract any concessions from the workers.", A("union", "oppose")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_denied_concession_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(DENIED) - len(DENIED_KNOWN) >= 8
    texts = [t for t, *_ in DENIED + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
