"""A position set off after the holder is not what the holder's verb takes (issue #11, holders
across a clause boundary): in "Hamas, insisting on a full withdrawal, rejected the plan" or
"Russia, which wants a neutral Ukraine, rejected the proposal", the set-off clause is the
subject's own stance (its holder the subject, through the relative or the participle), and "the
plan" / "the proposal" / "it" of the main verb is no antecedent inside it: the bare generic head
stays itself or names the issue put forward before the sentence.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Expect as E


def _not(holder: str, polarity: str, issue: str):
    """No row of this holder and polarity has ``issue`` in its label."""

    class _Not:
        def describe(self) -> str:
            return f"NOT ({holder}, {polarity}, issue~{issue!r})"

        def holds(self, found) -> bool:
            return not any(a == holder and p == polarity and issue.lower() in (i or "").lower()
                           for a, p, i, *_ in found)

    return _Not()


ASIDES = [
    ("Hamas, insisting on a full withdrawal, rejected the plan.",
     E("Hamas", "demand", "withdrawal"), E("Hamas", "oppose", "plan"), _not("Hamas", "oppose", "withdrawal")),
    ("Russia, which wants a neutral Ukraine, rejected the proposal.",
     E("Russia", "demand", "neutral Ukraine"), E("Russia", "oppose", "proposal"), _not("Russia", "oppose", "Ukraine")),
    ("The opposition, who have called for new elections, rejected the offer.",
     E("opposition", "demand", "elections"), _not("opposition", "oppose", "elections")),
    ("Iran, which demands sanctions relief, turned down the offer.",
     E("Iran", "demand", "sanctions relief"), _not("Iran", "oppose", "sanctions")),
    ("The union, seeking a 10 percent raise, rejected the offer.",
     E("union", "oppose", "offer"), _not("union", "oppose", "raise")),
    ("The rebels, who want an amnesty, accepted the proposal.",
     E("rebels", "demand", "amnesty"), _not("rebels", "support", "amnesty")),
    ("The nurses, demanding a risk allowance, turned down the plan.",
     _not("nurses", "oppose", "allowance")),
    ("Serbia, which has long opposed independence for Kosovo, welcomed the proposal.",
     _not("Serbia", "support", "independence")),
    ("The farmers, calling for cheaper diesel, rejected the government's offer.",
     _not("farmers", "oppose", "diesel")),
    ("Turkey, a firm backer of the rebels, dismissed the plan.",
     _not("Turkey", "oppose", "rebels")),
    # the issue named before the sentence is still what "the plan" or "it" stands for
    ("Egypt proposed a six-week truce. Hamas, insisting on a full withdrawal, rejected the plan.",
     E("Hamas", "oppose", "truce"), E("Egypt", "propose", "truce")),
    ("Mediators put forward a ceasefire plan. The rebels, seeking an amnesty, rejected it.",
     E("rebels", "oppose", "ceasefire"), E("rebels", "support", "amnesty")),
]
ASIDES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ASIDES, ASIDES_KNOWN)))
def test_subject_aside_is_no_antecedent(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    # no aside: the generic head still finds the issue named earlier in its sentence
    ("Egypt put forward a truce plan, and Hamas accepted the proposal on Monday.", E("Hamas", "support", "truce")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_subject_aside_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(ASIDES) - len(ASIDES_KNOWN) >= 10
    texts = [t for t, *_ in ASIDES + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
