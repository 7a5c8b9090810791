"""Deeds ascribed to someone (issue 11): a verb of accusing, blaming or praising ascribes the
deed in its of/for/with/on phrase to its object ("Iran accused the United States of rejecting
the plan"): the object holds the stance, the subject only claims it (claimed_by). The verbs are
``attributing_verbs`` in stance.toml [forms]. One test per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ATTRIBUTED = [
    C("accused of rejecting", "Iran accused the United States of rejecting the plan.",
      E("United States", "oppose", "plan", claimed_by="Iran"), A("Iran", "oppose")),
    C("accused of refusing to", "Israel accused Hamas of refusing to release the hostages.",
      E("Hamas", "oppose", "release", claimed_by="Israel"), A("Israel")),
    C("accused of seeking", "China accused Taiwan of seeking independence.",
      E("Taiwan", "support", "independence", claimed_by="China"), A("China")),
    C("blamed for rejecting", "The army blamed Hamas for rejecting the ceasefire.",
      E("Hamas", "oppose", "ceasefire")),
    C("praised for brokering", "Blinken praised Egypt and Qatar for brokering the truce.",
      E("Egypt", "propose", "truce"), E("Qatar", "propose", "truce")),
    C("thanked for his readiness", "Kerry thanked Lavrov for his readiness to engage in dialogue.",
      E("Lavrov", "support", "dialogue", claimed_by="Kerry"), A("Kerry")),
    C("criticised for refusing", "Germany criticised Hungary for blocking the sanctions package.",
      E("Hungary", "oppose", "sanctions", claimed_by="Germany"), A("Germany", "oppose")),
    C("congratulated on signing", "French President Emmanuel Macron congratulated Armenia on signing the peace agreement.",
      E("Armenia", "support", "peace agreement", claimed_by="Emmanuel Macron")),
    C("commended for accepting", "The United Nations commended Ethiopia for accepting the ceasefire.",
      E("Ethiopia", "support", "ceasefire", claimed_by="United Nations")),
    C("charged with violating, reported", "Seoul said Pyongyang was accused of rejecting the talks offer.",
      A("South Korea", "oppose")),
    # the subject's own stance stays its own
    C("no deed phrase", "Iran rejected the plan proposed by the United States.",
      E("Iran", "oppose", "plan"), A("United States", "oppose")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(ATTRIBUTED)))
def test_attributed_deeds(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
