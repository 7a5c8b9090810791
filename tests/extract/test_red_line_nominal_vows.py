"""Red lines named by a noun of commitment (issue #11, red lines in nominal forms): "its pledge
never to give up X", "a promise never to allow X", "its vow never to recognise X" state the same
absolute refusal as "vowed never to V" (a red line on X, opposed), whether the parser hangs the
infinitive from the noun as acl or relcl; a verb of surrender with a cue of its own ("vowed never
to abandon X") refuses the surrender as "vowed never to give up X" does. Controls: "a promise not to V" opposes without a red
line, "a pledge to V" supports, and "a decision not to V" is a plain refusal.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
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
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("vowed never to abandon, a verb of surrender with its own cue", "Tehran vowed never to abandon enrichment.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("vow never to accept, subject of a verb", "The union's vow never to accept pay cuts has hardened.",
      E("union", "oppose", "pay cuts", red_line=True)),
]

CONTROLS = [
    C("promise not to", "Iran's promise not to build a bomb was welcomed.",
      E("Iran", "oppose", "bomb", red_line=False)),
    C("pledge to", "Israel's pledge to withdraw from Gaza was welcomed.",
      E("Israel", "support", "withdrawal", red_line=False)),
    C("a vow to: support, no red line", "Hamas repeated its vow to fight on, its spokesman Abu Obeida said.",
      A("Hamas", "oppose")),
    C("did not abandon: no vow", "Iran did not abandon the talks.", E("Iran", "consider", "talks", red_line=False)),
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
