"""Support shown rather than stated (issue #11, found on a fresh set of unseen articles): an
interest voiced in something ("expressed favourable interest in term limits", "Italy voiced
interest in joining the project": [forms] interest_nouns, only with a light verb or an action),
and seconding ("Merkel seconded the call", "Poland seconded the proposal for a summit": [verbs]
second), with a recommendation read as the proposal it is ([nouns] recommendation,
[issue_nouns] generic: what it recommends is the issue).

Controls: "interests in the region" (a stake), "interest rates", "in the interest of peace" and
"no interest in joining" (a refusal) keep their readings.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SHOWN = [
    ("President Trump has expressed favorable interest in congressional term limits.",
     E("Trump", "support", "term limits")),
    ("Italy voiced interest in joining the pipeline project.", E("Italy", "support", "joining of pipeline project")),
    ("Japan showed strong interest in buying the fighter jets.", E("Japan", "support", "fighter jets")),
    ("Japan's interest in hosting the next round of talks is well known.", E("Japan", "support", "hosting")),
    ("Poland seconded the proposal for a summit.", E("Poland", "support", "summit")),
    ("The call for a ceasefire was quickly seconded by Angela Merkel.", E("Angela Merkel", "support", "ceasefire")),
    ("Germany seconded the French call for a humanitarian pause.", E("Germany", "support", "humanitarian pause")),
    ("Angela Merkel seconded Emmanuel Macron's recommendation that the fires be added to the agenda.",
     E("Angela Merkel", "support", "agenda"), E("Emmanuel Macron", "propose", "agenda")),
    ("The mediators issued a recommendation for a pay rise of 8 percent.", E("mediators", "propose", "pay rise")),
    ("Brazil seconded the motion to suspend Venezuela.", E("Brazil", "support", "suspension of Venezuela")),
    # a passive co-author split at its hyphen by the tokenizer
    ("The bill was co-sponsored by Senators Marco Rubio, Mike Lee and David Perdue.",
     E("Marco Rubio", "propose", "bill"), E("Mike Lee", "propose", "bill")),
]
SHOWN_KNOWN: dict[str, str] = {
    "The bill was co-sponsored by Senators Marco Rubio, Mike Lee and David Perdue.":
        "the tokenizer splits 'co-sponsored' into 'co' '-' 'sponsored' and the parser reads the parts as adjectives",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(SHOWN, SHOWN_KNOWN)))
def test_shown_interest_or_seconding(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("The United States has interests in the region.", A("United States")),
    ("The central bank of Kenya raised interest rates.", A("Kenya", "support")),
    ("Egypt acted in the interest of peace.", A("Egypt", "support")),
    ("Qatar has a keen interest in horse racing.", A("Qatar")),
    ("Greece has no interest in joining the talks.", E("Greece", "oppose", "talks"), A("Greece", "support")),
    # a weak interest shows no support ([forms] weak_quantifiers; review of the merged round)
    ("Investors showed little interest in the bond auction.", A("Investors", "support")),
    ("Japan showed scant interest in buying the jets.", A("Japan", "support")),
    ("Italy expressed only limited interest in joining the pipeline project.", A("Italy", "support")),
    ("France showed a lack of interest in hosting the talks.", A("France", "support")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_shown_interest_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(SHOWN) - len(SHOWN_KNOWN) >= 8
    texts = [t for t, *_ in SHOWN + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
