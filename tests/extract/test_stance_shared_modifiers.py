"""A modifier shared by coordinated parties (issue #11, wrong holders).

"Representatives of the Syrian government and opposition held talks": the bare second noun
shares the first one's modifier, so the second party is the Syrian opposition when the text names
that party; each party named holds the stance (gold README, parties named together). Without
such a party in the text, the bare noun names no one and only the first party holds it.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SHARED = [
    C("representatives of X government and opposition",
      "The Syrian opposition named its delegation on Friday. "
      "Representatives of the Syrian government and opposition held talks in Geneva.",
      E("Syria", "support", "talks"), E("Syrian opposition", "support", "talks")),
    C("delegates of X army and rebels",
      "The Sudanese rebels chose their negotiators. "
      "Delegates of the Sudanese army and rebels held talks in Jeddah.",
      E("Sudanese rebels", "support", "talks")),
    C("negotiators of X government and opposition: proposal",
      "The Venezuelan opposition sent a team to Oslo. "
      "Negotiators of the Venezuelan government and opposition proposed a joint electoral commission.",
      E("Venezuelan opposition", "propose", "electoral commission")),
    C("representatives of X government and unions: rejection",
      "The Nigerian unions threatened a strike. "
      "Representatives of the Nigerian government and unions rejected the wage plan.",
      E("Nigerian unions", "oppose", "wage")),
    C("delegations of X government and insurgents: agreement",
      "The Colombian insurgents issued a statement. "
      "Delegations of the Colombian government and insurgents signed a ceasefire.",
      E("Colombian insurgents", "support", "ceasefire")),
    C("envoys of X government and separatists",
      "The Cameroonian separatists named two envoys. "
      "Envoys of the Cameroonian government and separatists accepted the Swiss mediation.",
      E("Cameroonian separatists", "support", "mediation")),
    C("representatives of X government and opposition: demand",
      "The Bolivian opposition called for calm. "
      "Representatives of the Bolivian government and opposition demanded new elections.",
      E("Bolivian opposition", "demand", "elections")),
    C("officials of X government and opposition: backed",
      "The Malian opposition held a rally. "
      "Officials of the Malian government and opposition backed the transition charter.",
      E("Malian opposition", "support", "transition charter")),
    C("members of X government and rebels: resume",
      "The Yemeni rebels left Sanaa. "
      "Members of the Yemeni government and rebels agreed to resume talks in Kuwait.",
      E("Yemeni rebels", "support", "talks")),
    C("delegates of X government and opposition: welcomed",
      "The Zimbabwean opposition boycotted the vote. "
      "Delegates of the Zimbabwean government and opposition welcomed the mediation offer.",
      E("Zimbabwean opposition", "support", "mediation")),
]

# known failures, strict (a fix is noticed): the whole description ("Delegates of the Sudanese
# army and rebels") is read as one actor of its own, which then holds the stance
DESCRIPTION_ACTOR = "the description with both parties is taken as one actor (actor mentions), which holds the stance"
KNOWN = {
    "delegates of X army and rebels": DESCRIPTION_ACTOR,
    "negotiators of X government and opposition: proposal": DESCRIPTION_ACTOR,
    "delegations of X government and insurgents: agreement": DESCRIPTION_ACTOR,
    "envoys of X government and separatists": DESCRIPTION_ACTOR,
    "officials of X government and opposition: backed": DESCRIPTION_ACTOR,
    "delegates of X government and opposition: welcomed": DESCRIPTION_ACTOR,
}

CONTROLS = [
    C("no such party in the text: the first party only",
      "Representatives of the Syrian government and opposition held talks in Geneva.",
      E("Syria", "support", "talks")),
    C("a second noun with its own article is no shared modifier",
      "The Syrian opposition named its delegation on Friday. "
      "Representatives of the Syrian government and the army held talks in Geneva.",
      A("Syrian opposition")),
    C("plain coordination of subjects still holds",
      "The Syrian opposition named its delegation on Friday. The Syrian government and opposition held talks in Geneva.",
      E("Syria", "support", "talks"), E("Syrian opposition", "support", "talks")),
]

CASES = SHARED + CONTROLS


def test_table_cases_distinct():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


def _params():
    for param in case_params(CASES):
        family = param.id.split("|", 1)[0]
        if family in KNOWN:
            yield pytest.param(*param.values, id=param.id, marks=pytest.mark.xfail(reason=KNOWN[family], strict=True))
        else:
            yield param


def test_known_failures_are_cases():
    assert set(KNOWN) <= {c.family for c in CASES}


@pytest.mark.parametrize(("text", "check"), list(_params()))
def test_shared_modifier(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
