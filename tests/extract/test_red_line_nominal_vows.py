"""Red lines named by a noun of commitment (issue #11, red lines in nominal forms): "its pledge
never to give up X", "a promise never to allow X", "its vow never to recognise X" state the same
absolute refusal as "vowed never to V" (a red line on X, opposed), whether the parser hangs the
infinitive from the noun as acl or relcl. Controls: "a promise not to V" opposes without a red
line, "a pledge to V" supports, and "a decision not to V" is a plain refusal.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Expect as E

VOWS = [
    C("pledge never to give up", "Pyongyang's pledge never to give up its nuclear weapons complicates the talks.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
    C("pledge never to negotiate", "Israel's pledge never to negotiate with Hamas was repeated on Sunday.",
      E("Israel", "oppose", "negotiation", red_line=True)),
    C("promise never to allow", "Erdogan's promise never to allow a Kurdish state on Turkey's border was cheered in Ankara.",
      E("Erdogan", "oppose", "Kurdish state", red_line=True)),
    C("promise never to return", "Moscow's promise never to return Crimea to Ukraine was welcomed in Sevastopol.",
      E("Russia", "oppose", "Crimea", red_line=True)),
    C("pledge never to withdraw", "Netanyahu's pledge never to withdraw from the Jordan Valley alarmed the Palestinians.",
      E("Netanyahu", "oppose", "withdrawal", red_line=True)),
    C("repeated its vow never to", "Kyiv repeated its vow never to recognise the annexation.",
      E("Ukraine", "oppose", "recognition of annexation", red_line=True)),
    C("reiterated its pledge never to", "Hamas reiterated its pledge never to disarm.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("renewed their vow never to", "The Serbs renewed their vow never to recognise Kosovo's independence.",
      E("Serbia", "oppose", "recognition", red_line=True)),
    C("pledge never to abandon", "Tehran's pledge never to abandon enrichment has angered the West.",
      E("Iran", "demand", "enrichment", red_line=True),
      xfail="'never' before a verb of dropping ('abandon') is read as a negated opposition (consider), not as keeping X"),
    C("vow never to accept, subject of a verb", "The union's vow never to accept pay cuts has hardened.",
      E("union", "oppose", "pay cuts", red_line=True),
      xfail="'vow' as a noun is no stance cue of the lexicon"),
]

CONTROLS = [
    C("promise not to", "Iran's promise not to build a bomb was welcomed.",
      E("Iran", "oppose", "bomb", red_line=False)),
    C("pledge to", "Israel's pledge to withdraw from Gaza was welcomed.",
      E("Israel", "support", "withdrawal", red_line=False)),
    C("decision not to", "The union's decision not to accept the offer surprised the company.",
      E("union", "oppose", "offer", red_line=False)),
]

CASES = VOWS + CONTROLS


def test_table_has_enough_cases():
    assert len(VOWS) >= 10 and len(CONTROLS) >= 3
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_nominal_vow(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
