"""Red lines in any wording, round 2 (issue #11, items 3 and 4): wordings news English uses for a
position held absolutely that the first round (``test_red_line_families.py``) left out, ten or
more each, written for these tests; with controls where the same words frame no absolute
position. Labels name the thing at stake, never the verb.

Known failures are listed in ``KNOWN_FAILURES`` and run as strict xfails: a fix makes them pass,
and the list must then lose them.
"""

from __future__ import annotations

import pytest

from .stance_cases import C
from .test_red_line_wordings import NoRedLine as N
from .test_stance_pairs import Expect as E

# land given up: the small model tags many places as organisations ("Crimea", "the Falklands");
# a thing ceded that no gazetteer organisation is, is land, and the issue
GIVEN_UP_LAND = [
    C("never give up, a place tagged ORG", "Ukraine will never give up Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never give up, reported", "Zelensky said Ukraine would never give up Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never give up, plural islands", "Argentina will never give up the Falklands, its foreign minister said.",
      E("Argentina", "oppose", "Falklands", red_line=True)),
    C("will not cede", "Ukraine will not cede Crimea, Zelensky said.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("vowed never to surrender", "Zelensky vowed that Ukraine would never surrender Crimea.",
      E("Ukraine", "oppose", "Crimea", red_line=True)),
    C("never hand over", "Israel will never hand over the Golan Heights, Netanyahu said.",
      E("Israel", "oppose", "Golan Heights", red_line=True)),
    C("never give up a claim", "Spain said it would never give up its claim to Gibraltar.",
      E("Spain", "oppose", "claim to Gibraltar", red_line=True)),
    C("never give up, told", "Serbia will never give up Kosovo, Vucic told parliament.",
      E("Serbia", "oppose", "Kosovo", red_line=True)),
    C("never cede, a one-word place", "Armenia said it would never cede Karabakh.",
      E("Armenia", "oppose", "Karabakh", red_line=True)),
    C("never give away", "China will never give away the Spratly Islands, the foreign ministry said.",
      E("China", "oppose", "Spratly Islands", red_line=True)),
    C("not give up", "Morocco said it would not give up Western Sahara.",
      E("Morocco", "oppose", "Western Sahara", red_line=True)),
    C("never abandon", "Azerbaijan said it would never abandon Nagorno-Karabakh.",
      E("Azerbaijan", "oppose", "Nagorno-Karabakh", red_line=True)),
]

GIVEN_UP_CONTROLS = [
    C("gave up, the past", "Ukraine gave up its nuclear arsenal in 1994.", N("Ukraine")),
    C("a hedge, no red line", "Analysts say Ukraine may give up Crimea.", N("Ukraine")),
]

KNOWN_FAILURES = {
    "never give up a claim": "'claim' is a generic head: the label drops 'to Gibraltar'",
    "never cede, a one-word place": "the small model tags 'Karabakh' a person: no issue",
}

FAMILIES = {
    "given up land": GIVEN_UP_LAND,
}
CASES = [c for family in FAMILIES.values() for c in family] + GIVEN_UP_CONTROLS


def _params():
    for case in CASES:
        reason = KNOWN_FAILURES.get(case.family)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for k, check in enumerate(case.checks):
            yield pytest.param(case.text, check, id=f"{case.family}|{k}", marks=marks)


def test_families_have_ten_wordings():
    for name, family in FAMILIES.items():
        assert len(family) >= 10, name
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"
    assert set(KNOWN_FAILURES) <= {c.family for c in CASES}, "a known failure names no case"


@pytest.mark.parametrize(("text", "check"), list(_params()))
def test_red_line_wording(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
