"""Refusals without a precondition (issue #11 item 3): "will not sign any deal without the lifting
of sanctions", "would not release the hostages without a permanent ceasefire" make X a
precondition, a red line (as "there will be no deal without X"), on both the refusal and the
demand. Controls: a refusal of haste ("would not rush into negotiations without guarantees", the
gold's own sentence: hasty_verbs in [forms] of stance.toml) is caution, and a past ("did not sign
the agreement without changes") reports what happened: neither is a red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E


WITHOUT = [
    C("not sign any deal without", "Iran will not sign any deal without the lifting of all sanctions, Araghchi said.",
      E("Iran", "demand", "lifting of sanctions", red_line=True),
      E("Iran", "oppose", "deal", red_line=True)),
    C("not release without", "Hamas said it would not release the hostages without a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("not end the strike without", "The union said it would not end the strike without a pay rise.",
      E("union", "demand", "pay rise", red_line=True)),
    C("not hold elections without", "Kiev will not hold elections without a ceasefire, Zelensky said.",
      E("Ukraine", "demand", "ceasefire", red_line=True)),
    C("quoted: not return without",
      "“We will not return to the talks without guarantees,” Taliban spokesman Zabihullah Mujahid said.",
      E("Zabihullah Mujahid", "demand", "guarantees", red_line=True)),
    C("not join without", "The opposition said it would not join the government without a new constitution.",
      E("opposition", "demand", "constitution", red_line=True)),
    C("not give up without", "Pyongyang will not give up its weapons without security guarantees, Kim Yong Chol said.",
      E("North Korea", "oppose", "weapons", red_line=True)),
    C("not withdraw without", "Israel will not withdraw from Gaza without the return of all hostages, Netanyahu said.",
      E("Israel", "demand", "return of hostages", red_line=True)),
    C("cannot accept without",
      "The rebels cannot accept a ceasefire without a political settlement, their spokesman Adam Bin said.",
      E("rebels", "demand", "political settlement", red_line=True),
      E("rebels", "oppose", "ceasefire", red_line=True)),
    C("not recognize without", "Serbia will not recognize Kosovo without a deal on the Serb municipalities, Vucic said.",
      E("Serbia", "oppose", "recognition of Kosovo", red_line=True),
      E("Serbia", "demand", "deal on Serb municipalities", red_line=True)),
]

CONTROLS = [
    C("rush: caution", "Moscow would not rush into negotiations without guarantees.",
      E("Russia", "demand", "guarantees", red_line=False)),
    C("hurry: caution", "The Kremlin would not hurry into a deal without guarantees, Peskov said.",
      E("Russia", "demand", "guarantees", red_line=False)),
    C("a past", "The opposition did not sign the agreement without changes to the text.",
      E("opposition", "demand", "changes to text", red_line=False)),
]

CASES = WITHOUT + CONTROLS


def test_table_has_enough_cases():
    assert len(WITHOUT) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_refusal_without(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
