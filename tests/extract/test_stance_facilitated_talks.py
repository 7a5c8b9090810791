"""Running talks for others (issue #11): "Qatar hosted the negotiations", "Egypt mediated the
talks", "Museveni will help mediate the talks", "Turkey is mediating between Moscow and Kyiv"
support the talks (their mediation, their hosting): a deliberate act aimed at them (gold: the
mediator supports the mediation of the talks).

The verb is one of [forms] facilitating_verbs and its object one of [forms] talk_nouns ("a new
round of talks" too), or "mediate" has a "between" phrase. Controls: other objects ("hosted the
World Cup"), a negated verb, a passive (its agent is read elsewhere, if at all).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

FACILITATED = [
    C("mediate, purpose clause", "Uganda's president Yoweri Museveni is in Khartoum to mediate the talks.",
      E("Yoweri Museveni", "support", "mediation of talks")),
    C("help mediate", "Museveni will help mediate the talks.",
      E("Museveni", "support", "mediation of talks")),
    C("sent a delegation to mediate", "Egypt sent a delegation to Doha to mediate the talks between Israel and Hamas.",
      E("Egypt", "support", "mediation of talks")),
    C("hosted negotiations", "Qatar hosted the negotiations between the Taliban and Washington.",
      E("Qatar", "support", "negotiations")),
    C("mediating between", "Turkey is mediating between Russia and Ukraine.",
      E("Turkey", "support", "mediation")),
    C("facilitated", "Norway facilitated the peace talks in Oslo.",
      E("Norway", "support", "peace talks")),
    C("will convene a round", "The African Union will convene a new round of talks next month.",
      E("African Union", "support", "talks")),
    C("relative clause, both mediators", "Egypt and Qatar, which mediated the talks, welcomed the deal.",
      E("Egypt", "support", "mediation of talks"), E("Qatar", "support", "mediation of talks")),
    C("chaired", "Kenya chaired the negotiations on the new constitution.",
      E("Kenya", "support", "negotiations")),
    C("will host dialogue", "Saudi Arabia will host the dialogue between the two factions.",
      E("Saudi Arabia", "support", "dialogue")),
]

CONTROLS = [
    C("hosted a tournament", "Sweden hosted the World Cup in 1958.", A("Sweden")),
    C("did not mediate", "The EU did not mediate the talks.", A("European Union", "support")),
    C("passive", "The talks were mediated by Qatar.", A("Qatar", "oppose")),
]

CASES = FACILITATED + CONTROLS


def test_table_has_enough_cases():
    assert len(FACILITATED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_facilitated_talks(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
