"""Preparations for an action (issue #11): "Israel has taken steps to ease the blockade", "the
government made arrangements to send aid by sea", "the commission is making preparations to hold
elections": taken with a light verb, they support the action prepared (`step`, `arrangement`,
`preparation` in [nouns] and [issue_nouns] complement, `preparation_nouns` in [forms]); "drew up
new sanctions" proposes them ("draw up" in [phrasal]). Controls: steps discussed or listed, not
taken ("discussed the required steps for X", "the first step is to V"), steps denied, steps with
no action ("took the first step in the talks")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PREPARATIONS = [
    C("has taken steps to", "Israel has taken steps to ease the blockade.", E("Israel", "support", "blockade")),
    C("took concrete steps to", "Egypt took concrete steps to reopen the Rafah crossing.",
      E("Egypt", "support", "Rafah crossing")),
    C("made arrangements to", "Sri Lanka has made arrangements to send humanitarian aid by sea.",
      E("Sri Lanka", "support", "humanitarian aid")),
    C("is making preparations to", "Kenya is making preparations to hold a referendum on the new constitution.",
      E("Kenya", "support", "referendum")),
    C("made preparations for", "Japan has made preparations for the summit.", E("Japan", "support", "summit")),
    C("take steps to (quoted)", "\"We will take steps to implement the agreement,\" Vucic said.",
      E("Vucic", "support", "implementation of agreement")),
    C("is taking steps towards", "Turkey is taking steps towards normalization with Armenia.",
      E("Turkey", "support", "normalization")),
    C("drew up plans to", "Kenya has drawn up plans to evacuate its citizens.", E("Kenya", "propose", "evacuation")),
    C("is drawing up sanctions", "The EU is drawing up new sanctions against Russia.",
      E("European Union", "propose", "sanctions against Russia")),
    C("drew up a list", "Germany drew up a list of goods exempt from the tariffs.", E("Germany", "propose", "list of goods")),
    C("made arrangements for X to V", "The UN made arrangements for the delegations to meet in Geneva.",
      E("United Nations", "support", "meet"),
      xfail="'for the delegations to meet' names the meeting only through a verb with no object: no label yet"),
]

CONTROLS = [
    C("steps discussed, in a quote", "\"We discussed the required steps for the opening of embassies,\" Jacobson said.",
      A("Jacobson", "support")),
    C("the first step is to V", "Erdogan said the first step is to agree on an agenda.", A("Erdogan", "support")),
    C("steps denied", "Serbia has not taken any steps to implement the agreement.", A("Serbia", "support")),
    C("steps with no action", "Turkey took the first step in the talks.", A("Turkey")),
]

CASES = PREPARATIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(PREPARATIONS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_preparations(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
