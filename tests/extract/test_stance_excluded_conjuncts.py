"""A thing that "but not" sets apart from what a stance is on (issue #11, stances in the forms
news uses): "Belgrade will offer broad autonomy but not independence" proposes the autonomy and
opposes the independence; read with the stance of the first, the second was a proposal too.
A supported, proposed or demanded thing sets its excluded one against ([forms]
excluded_polarities in stance.toml); an opposed one says nothing of it ("rejected the plan but
not the talks"). Controls: a "not" inside the first item, or before the verb, sets nothing apart.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

EXCLUDED = [
    C("offer ... but not", "Serbia will offer Kosovo broad autonomy but not independence.",
      E("Serbia", "propose", "autonomy"), E("Serbia", "oppose", "independence")),
    C("ready to grant ... but not", "Belgrade is ready to grant the province wide self-rule, but not statehood.",
      E("Serbia", "support", "self-rule"), E("Serbia", "oppose", "statehood")),
    C("supports ... but not", "Israel supports a temporary pause but not a permanent ceasefire.",
      E("Israel", "support", "temporary pause"), E("Israel", "oppose", "permanent ceasefire")),
    C("wants ... and not", "The union wants higher pay and not longer working hours.",
      E("union", "oppose", "longer working hours"),
      xfail="the small model reads 'working' as a verb coordinated with 'wants': no conjunct of 'pay'"),
    C("accepts ... but not", "Ukraine accepts a freeze of the front line but not the loss of Crimea.",
      E("Ukraine", "support", "freeze"), E("Ukraine", "oppose", "loss of Crimea")),
    C("demands ... but not", "The opposition demands early elections but not a transitional government.",
      E("opposition", "demand", "early elections"), E("opposition", "oppose", "transitional government")),
    C("agreed to ... but not", "Tehran agreed to limits on enrichment but not to the closure of Fordow.",
      E("Iran", "oppose", "closure of Fordow"),
      xfail="the conjunct is the preposition 'to', whose object no issue reading reaches"),
    C("backs ... but not, reported", "Germany said it backs new sanctions but not an oil embargo.",
      E("Germany", "support", "sanctions"), E("Germany", "oppose", "oil embargo")),
    C("called for ... but not", "The Arab League called for a ceasefire but not a foreign intervention.",
      E("Arab League", "demand", "ceasefire"), E("Arab League", "oppose", "foreign intervention")),
    C("proposed ... but not", "Washington proposed a prisoner exchange but not a full amnesty.",
      E("United States", "propose", "prisoner exchange"), E("United States", "oppose", "amnesty")),
    C("favours ... but not", "Paris favours a partial lifting of the embargo but not its end.",
      E("France", "support", "partial lifting"), E("France", "oppose", "end")),
]

CONTROLS = [
    C("an opposed thing sets nothing against", "Hamas rejected the plan but not the talks.",
      E("Hamas", "oppose", "plan"), A("Hamas", "support")),
    C("plain and", "Serbia will offer Kosovo broad autonomy and economic aid.",
      A("Serbia", "oppose")),
    C("negated verb, no conjunct set apart", "Israel does not support a ceasefire or a pause.",
      A("Israel", "support")),
    C("not only ... but also", "The union wants not only higher pay but also shorter hours.",
      A("union", "oppose")),
]

CASES = EXCLUDED + CONTROLS


def test_table_has_enough_cases():
    assert len(EXCLUDED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_excluded_conjunct(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
