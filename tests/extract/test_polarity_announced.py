"""Announcing an instrument puts it forward: "the AU announced an electronic pan-African payment
system", "the new regulations announced by the Treasury", "Germany announced a defence fund"
propose it, as "unveiled a plan" does (gold codes these propose; [forms] announcing_verbs and
instrument_nouns, `verb_polarity` in stance/cues.py). Controls: announcing an act is a
decision, supported ("announced a complete withdrawal", "announced a ceasefire", "announced new
sanctions"); announcing news is no position ("announced his death").
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PUT_FORWARD = [
    C("announced a system", "While many transactions in Africa occur using U.S. dollars or euros, the AU announced an "
      "electronic pan-African payment system.", E("African Union", "propose", "payment system"),
      A("African Union", "support")),
    C("regulations announced by", "The new regulations announced by the United States Treasury and Commerce Departments "
      "last week eased the embargo.", E("Commerce Departments", "propose", "regulations"),
      A("Commerce Departments", "support")),
    C("announced a fund", "Germany announced a 100 billion euro defence fund.",
      E("Germany", "propose", "defence fund"), A("Germany", "support")),
    C("announced a package", "The EU announced a new sanctions package against Russia.",
      E("European Union", "propose", "sanctions package"), A("European Union", "support")),
    C("announced a reform package", "Japan announced a reform package for its farm sector.",
      E("Japan", "propose", "reform package"), A("Japan", "support")),
    C("announced an initiative", "Kenya announced an initiative to mediate between the parties.",
      E("Kenya", "propose", "mediation"), A("Kenya", "support")),
    C("announced a plan", "Egypt announced a plan for the reconstruction of Gaza.",
      E("Egypt", "propose", "reconstruction"), A("Egypt", "support")),
    C("announced a roadmap", "The African Union announced a roadmap for the transition in Sudan.",
      E("African Union", "propose", "roadmap"),
      xfail="'roadmap' is no measure (is_measure), so 'announced a roadmap' is read as news"),
    C("announced a programme", "Britain announced a programme to resettle Afghan refugees.",
      E("United Kingdom", "propose", "programme"), A("United Kingdom", "support")),
    C("the plan announced by", "The peace plan announced by China calls for a ceasefire.",
      E("China", "propose", "peace plan"), A("China", "support")),
    C("announced a policy", "Brazil announced a new policy on deforestation.",
      E("Brazil", "propose", "policy"), A("Brazil", "support")),
    C("announced a framework", "The UN announced a new framework for the talks.",
      E("United Nations", "propose", "talks"), A("United Nations", "support")),  # a framework holds the talks
    C("announced new rules", "The White House announced new rules on asylum.",
      E("White House", "propose", "rules"),
      xfail="'rules' alone is no measure (is_measure), so 'announced new rules' is read as news"),
]

CONTROLS = [
    C("announced a withdrawal", "The United States announced a complete withdrawal from the region.",
      E("United States", "support", "withdrawal")),
    C("announced a ceasefire", "Hamas announced a ceasefire.", E("Hamas", "support", "ceasefire")),
    C("announced sanctions", "Israel announced new sanctions on Iran.", E("Israel", "support", "sanctions")),
    C("announced news", "The ministry announced his death.", A("ministry")),
    C("unveiled a plan", "Egypt unveiled a plan for Gaza.", E("Egypt", "propose", "plan")),
]

CASES = PUT_FORWARD + CONTROLS


def test_table_has_enough_cases():
    assert len(PUT_FORWARD) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_announced(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
