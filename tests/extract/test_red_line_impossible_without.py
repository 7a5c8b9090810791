"""Preconditions in other words (issue #11 item 3). "X is impossible / unthinkable / inconceivable
without Y" demands Y as a red line, held by whoever says so (impossible_without in
[red_line_forms] of stance.toml); "insists on Y as a precondition / a condition for X" is a
precondition as "made Y a precondition" is; "would only return to the talks once C" demands C as
"only after C" does (red_line_markers in [forms]); "non negotiable" without its hyphen is
"non-negotiable". Controls: "not impossible without", "impossible to say", a plain "once C" and a
plain "insisted on X" are no red lines.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


RED = [
    C("impossible without", "Japan says normalization of ties is impossible without a resolution of the abduction issue.",
      E("Japan", "demand", "resolution of abduction issue", red_line=True, condition="")),
    C("unthinkable without", "A peace deal is unthinkable without security guarantees, Zelensky said.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("quoted: impossible without", "“Any agreement is impossible without the lifting of sanctions,” Araghchi said.",
      E("Araghchi", "demand", "lifting of sanctions", red_line=True)),
    C("reported: inconceivable without",
      "Netanyahu said peace was inconceivable without recognition of Israel as a Jewish state.",
      E("Netanyahu", "demand", "recognition of Israel", red_line=True)),
    C("insists on X as a precondition", "Abbas insists on a settlement freeze as a precondition for resuming talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("insisted on X as a condition for",
      "The union insisted on the reinstatement of the fired workers as a condition for ending the strike.",
      E("union", "demand", "reinstatement of fired workers", red_line=True)),
    C("would only V once C", "The rebels said they would only return to the talks once the army withdrew.",
      E("rebels", "demand", "withdrawal of army", red_line=True)),
    C("would only accept if", "Hamas would only accept a deal if it ended the war, Haniyeh said.",
      E("Hamas", "demand", "end of war", red_line=True)),
    C("non negotiable, no hyphen", "The union said the 15 percent raise remained non negotiable.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("a non-negotiable condition", "Hamas called the withdrawal of Israeli troops a non-negotiable condition for any deal.",
      E("Hamas", "demand", "withdrawal of Israeli troops", red_line=True)),
]

CONTROLS = [
    C("not impossible without", "A deal is not impossible without guarantees, Peskov said.", A("Peskov", "demand")),
    C("impossible to say", "It is impossible to say when the talks will resume, Guterres said.", A("Guterres")),
    C("a plain once", "The rebels said they would return to the talks once the army withdrew.",
      E("rebels", "support", "return to talks", red_line=False), A("rebels", "demand")),
    C("a plain insist on", "The Teamsters insisted on a ten percent raise.",
      E("Teamsters", "demand", "ten percent raise", red_line=False)),
]

CASES = RED + CONTROLS


def test_table_has_enough_cases():
    assert len(RED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_preconditions_in_other_words(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
