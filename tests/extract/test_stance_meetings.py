"""Meetings with a purpose (gold conventions, "what is a stance": a deliberate act aimed at the
issue): "X and Y met to discuss Z" gives each party support of Z, when Z is a measure (not "the
border dispute"); "Israeli and Palestinian negotiators" are both states. One test per sentence."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

MEETINGS = [
    C("met to discuss", "American and Cuban officials met in Havana to discuss the re-establishment of diplomatic relations.",
      E("United States", "support", "diplomatic relations"), E("Cuba", "support", "diplomatic relations")),
    C("met to discuss", "Kenya and Uganda met on Monday to discuss a joint border commission.",
      E("Kenya", "support", "border commission"), E("Uganda", "support", "border commission")),
    C("met to discuss", "Israeli and Palestinian negotiators will meet next week to discuss a prisoner exchange.",
      E("Israel", "support", "prisoner exchange"), E("Palestine", "support", "prisoner exchange")),
    C("met to discuss", "Serbia and Kosovo met in Brussels to negotiate the implementation of the agreement.",
      E("Serbia", "support", "implementation"), E("Kosovo", "support", "implementation")),
    C("met to discuss", "The union met the ministry to discuss a new wage agreement.",
      E("union", "support", "wage agreement")),
    C("met to discuss", "Greece and Turkey will meet to discuss the demarcation of their waters.",
      E("Greece", "support", "demarcation"), E("Turkey", "support", "demarcation")),
    C("met to discuss", "Armenia and Azerbaijan gathered in Washington to finalize a peace treaty.",
      E("Armenia", "support", "peace treaty"), E("Azerbaijan", "support", "peace treaty")),
    C("met to discuss", "The rebels met government envoys to discuss a ceasefire.",
      E("rebels", "support", "ceasefire")),
    C("met to discuss", "Japan and China met to discuss the resumption of flights.",
      E("Japan", "support", "resumption of flights"), E("China", "support", "resumption of flights")),
    C("met to discuss", "Sudan and South Sudan convened to discuss the demilitarization of the border.",
      E("Sudan", "support", "demilitarization"), E("South Sudan", "support", "demilitarization")),
    # no position: a problem discussed, or no meeting
    C("not a measure", "Kenya and Uganda met on Monday to discuss the border dispute.", A("Kenya"), A("Uganda")),
    C("not a measure", "Serbia and Kosovo did not meet to discuss the annex.", A("Serbia"), A("Kosovo")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(MEETINGS)))
def test_meetings(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
