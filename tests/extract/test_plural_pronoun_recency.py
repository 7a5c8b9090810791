""""They" after an organisation or a state that is the main subject of the sentence just before
(issue 11): that subject goes on, over a plural subject named earlier ("The foreign ministers
agreed ... The Turkish ministry denounced the conclusions. They invited ..."); a singular subject
of a reported clause ("say the government has not responded") leaves the plural subject in place
(test_plural_pronoun_holders.py). One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

RECENCY = [
    C("ministry after ministers", "The foreign ministers agreed to meet again. The Turkish Foreign Ministry denounced the conclusions. They invited the countries to open dialogue.",
      E("Turkish Foreign Ministry", "propose", "dialogue"), A("foreign ministers", "propose")),
    C("union after workers", "Thousands of miners marched on Monday. The National Union of Mineworkers rejected the offer. They demanded a 12 percent rise.",
      E("National Union of Mineworkers", "demand", "rise")),
    C("state after rebels", "The rebels withdrew from the town. Ethiopia welcomed the move. They called for talks in Nairobi.",
      E("Ethiopia", "demand", "talks")),
    C("union of states after lawmakers", "Opposition lawmakers protested in Kyiv. The European Union condemned the crackdown. They demanded a public inquiry.",
      E("European Union", "demand", "public inquiry")),
    C("council after delegates", "Delegates gathered in Vienna. The European Council backed the sanctions. They also demanded a ceasefire.",
      E("European Council", "demand", "ceasefire")),
    # the plural subject stays when the later singular subject is not a main clause's
    C("reported clause in between", "Striking civil servants say Zimbabwe has not responded to their demands. They have resolved to continue with their strike.",
      E("civil servants", "support", "strike"), A("Zimbabwe", "support")),
    C("two sentences between", "Kenyan nurses walked out on Monday. Hospitals closed wards. The Ministry of Health called the strike illegal. Later in the week they rejected the new contract.",
      A("Ministry of Health", "oppose"), xfail="the nurses are three sentences back, out of the plural pronoun's reach"),
    C("number agreement loses", "Kenyan nurses walked out on Monday. The Ministry of Health said the strike was illegal. They rejected the new contract.",
      E("Kenyan nurses", "oppose", "contract"),
      xfail="only meaning tells the nurses from the ministry: the subject of the sentence just before goes on"),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(RECENCY)))
def test_plural_pronoun_recency(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
