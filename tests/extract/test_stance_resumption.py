"""Starting again what stopped (issue #11): "agreed to restart them" (the talks named before),
"Iran restarted uranium enrichment", "Egypt is trying to revive the stalled talks", "the EU wants
to relaunch the dialogue": "restart", "relaunch" and "revive" support what they start again, as
"resume" does ([verbs] in stance.toml), read through from the verb above them and, for a pronoun
object, to the talks or measure named before. Refused or denied, they oppose it. Controls: a
passive with no one named, and two sides no text names."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

RESUMPTION = [
    C("agreed to restart them (pronoun)", "The talks collapsed in February, but Trump and Kim agreed in June to restart them.",
      E("Trump", "support", "talks"), E("Kim", "support", "talks")),
    C("restarted a measure", "Iran restarted uranium enrichment at Fordow.", E("Iran", "support", "enrichment")),
    C("trying to revive", "Egypt is trying to revive the stalled talks.", E("Egypt", "support", "talks")),
    C("wants to relaunch", "The EU wants to relaunch the dialogue between Belgrade and Pristina.",
      E("European Union", "support", "dialogue")),  # wanting one's own action supports it
    C("ready to restart", "Hamas said it was ready to restart negotiations on a truce.",
      E("Hamas", "support", "negotiations")),
    C("hopes to relaunch", "Qatar hopes to relaunch the peace process.", E("Qatar", "support", "peace process")),
    C("parties agreed to restart", "Israel and Hamas agreed to restart indirect talks in Cairo.",
      E("Israel", "support", "talks"), E("Hamas", "support", "talks")),
    C("quoted: will restart", "\"We will restart the negotiations next week,\" Lavrov said.",
      E("Lavrov", "support", "negotiations")),
    C("revived talks", "Colombia and the ELN rebels revived peace talks in Havana.",
      E("Colombia", "support", "peace talks")),
    C("refused to restart", "Russia refused to restart the grain deal.", E("Russia", "oppose", "grain deal")),
    C("would not revive", "Moscow said it would not revive the treaty.", E("Russia", "oppose", "treaty")),
]

CONTROLS = [
    C("a passive with no one named", "The grain deal was restarted on Monday.", A("Russia")),
    C("two sides no text names", "The two sides agreed to revive the 2015 nuclear deal.", A("sides")),
]

CASES = RESUMPTION + CONTROLS


def test_table_has_enough_cases():
    assert len(RESUMPTION) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_resumption(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
