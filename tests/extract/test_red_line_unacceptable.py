"""Unacceptable, intolerable, cannot accept (issue #11 item 3): where the line between a red line
and a plain refusal runs. "X would be unacceptable", "the offer was unacceptable", even "totally
unacceptable", is a plain opposition (the gold conventions: "a plain rejects or opposes is not a
red line"; "conditions to resume talks were unacceptable" is no red line in the gold); "would
never be acceptable", "unacceptable under any circumstances", "will not / will never tolerate X"
and "cannot accept any X" are red lines; "we cannot accept this proposal" is a plain refusal.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Expect as E


RED = [
    C("never be acceptable", "Beijing said Taiwan independence would never be acceptable.",
      E("China", "oppose", "Taiwan independence", red_line=True)),
    C("quoted: never be acceptable to us", "“Sanctions will never be acceptable to us,” Lavrov said.",
      E("Lavrov", "oppose", "sanctions", red_line=True)),
    C("unacceptable under any circumstances", "Israel said a nuclear Iran would be unacceptable under any circumstances.",
      E("Israel", "oppose", "nuclear Iran", red_line=True)),
    C("quoted: not tolerate any", "“We will not tolerate any violation of our airspace,” Erdogan said.",
      E("Erdogan", "oppose", "violation of airspace", red_line=True)),
    C("never tolerate", "Beijing will never tolerate Taiwan independence, the Chinese defence ministry said.",
      E("China", "oppose", "Taiwan independence", red_line=True)),
    C("not tolerate", "Turkey will not tolerate a terror state on its border, Erdogan said.",
      E("Turkey", "oppose", "terror state", red_line=True)),
    C("quoted: not tolerate strikes", "“We will not tolerate strikes in the public sector,” Finance Minister Tendai Biti said.",
      E("Tendai Biti", "oppose", "strikes in public sector", red_line=True)),
    C("cannot accept any", "Iran cannot accept any limits on its missile program, Rouhani said.",
      E("Iran", "oppose", "limits on missile program", red_line=True)),
]

PLAIN = [
    C("would be unacceptable", "Moscow said NATO membership for Ukraine would be unacceptable.",
      E("Russia", "oppose", "NATO membership", red_line=False)),
    C("any X would be unacceptable", "Beijing said any official contact with Taiwan would be unacceptable.",
      E("China", "oppose", "official contact", red_line=False)),
    C("was unacceptable", "The union said the pay offer was unacceptable.",
      E("union", "oppose", "pay", red_line=False)),
    C("quoted: totally unacceptable", "“This proposal is totally unacceptable,” Abbas said.",
      E("Abbas", "oppose", "proposal", red_line=False)),
    C("quoted: cannot accept this", "“We cannot accept this proposal,” union leader Joseph Mathunjwa said.",
      E("Joseph Mathunjwa", "oppose", "proposal", red_line=False)),
]

CASES = RED + PLAIN


def test_table_has_enough_cases():
    assert len(CASES) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_unacceptable_and_intolerable(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
