"""Positions stated with a preposition (issue #11): "Germany is against the proposal", "France is
in favour of the plan", "Italy came out in favour of the plan" state the subject's stance on the
preposition's object; "Berlin is opposed to the deal", parsed as a passive, is the adjective's
stance. An adjunct ("his term was to end, in favour of his successor") or a difficulty ("up
against") states none."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

STANDS = [
    C("is against", "Germany is against the proposal.", E("Germany", "oppose", "proposal")),
    C("is in favour of", "France is in favour of the plan.", E("France", "support", "plan")),
    C("firmly against", "Prime Minister Theresa May is firmly against a second referendum.",
      E("Theresa May", "oppose", "referendum")),
    C("are in favor of", "The unions are in favor of the new pay deal.", E("unions", "support", "pay deal")),
    C("is opposed to (passive parse)", "Berlin is opposed to the deal.", E("Germany", "oppose", "deal")),
    C("strongly in favour of", "Seoul is strongly in favour of dialogue with the North.",
      E("South Korea", "support", "dialogue")),
    C("in favour of a gerund", "Most EU members are in favour of extending the sanctions.",
      E("European Union", "support", "sanctions")),
    C("against a gerund", "Hungary is against extending the sanctions.", E("Hungary", "oppose", "sanctions")),
    C("are against funding", "The Democrats are against funding the wall.", E("Democrats", "oppose", "wall")),
    C("not against", "Turkey is not against the talks.", E("Turkey", "consider", "talks"), A("Turkey", "oppose")),
    C("was against, a spokesman said", "Germany was against the proposal, a spokesman said.",
      E("Germany", "oppose", "proposal")),
    C("reported: was against", "Merkel said Germany was against a price cap.", E("Germany", "oppose", "price cap")),
    C("reported: he was in favour", "Macron said he was in favour of a ceasefire.", E("Macron", "support", "ceasefire")),
    C("reported: was in favor of", "The Kremlin said Putin was in favor of talks.", E("Putin", "support", "talks")),
    C("came out in favour of", "Italy came out in favour of the plan.", E("Italy", "support", "plan")),
    C("voted in favour of", "Greek lawmakers voted in favour of the Prespa agreement.",
      E("Greek lawmakers", "support", "Prespa agreement")),
    C("remains against", "Poland remains against the migration pact.", E("Poland", "oppose", "migration pact")),
    C("reported: she was against", "Pelosi said she was against the wall.", E("Pelosi", "oppose", "wall"),
      xfail="the small model tags no entity on 'Pelosi' alone, so 'she' has no holder"),
]

CONTROLS = [
    C("adjunct after a comma", "His presidential term was to end in August, in favor of his elected successor.",
      A("His")),
    C("up against", "Germany is up against rising energy prices.", A("Germany")),
    C("against a person", "Germany was against him from the start.", A("Germany")),
    C("passive with an agent", "Berlin was opposed by Paris.", A("Germany")),
]

CASES = STANDS + CONTROLS


def test_table_has_enough_cases():
    assert len(STANDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stand(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
