"""Plain statements that are no red lines, beside true red lines in similar wording (issue #11,
red-line precision on unseen news).

- "there is no way X can/will V ... without Y" states what V needs (a claim of necessity) unless V
  is a verb of agreeing, signing or conceding ([red_line_forms] any_refusal_verbs,
  any_that_refusal_verbs, conceded_verbs): "there is no way the union will accept the offer
  without a pay rise" is a red line, "there is no way we can pass a budget without touching
  pensions" is none.
- a perfect modal ("should have V-ed", "must have V-ed", "ought to have V-ed") is a regret or an
  inference about the past: no demand; the plain modal is one.
- "refused to bow out" (of a race) is no "refused to bow"; "would consider anything short of X"
  demands nothing ("will not accept anything short of X" does); a "before" clause of a named
  third party's act is a deadline, no precondition; advice ("should reject it out of hand") is no
  line the speaker holds; a vocative ("my friends,") is not what a red-line predicate is said of.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


@dataclass(frozen=True)
class NoRed:
    """No row of ``holder`` is marked a red line."""

    holder: str

    def describe(self) -> str:
        return f"NO RED LINE for {self.holder}"

    def holds(self, found) -> bool:
        return not any(a == self.holder and red for a, _p, _i, red, *_ in found)


NO_WAY_PLAIN = [
    C("no way can pass without", "\u201cThere's no way we can pass a budget without touching pensions,\u201d Governor Lang said.",
      NoRed("Lang")),
    C("no way can protect without", "\u201cThere's no way we can protect the program without new revenue,\u201d Senator Warren said.",
      NoRed("Warren")),
    C("no way can keep, without in the object's clause",
      "\u201cThere's no way we can keep the promises we have made to retirees without a new revenue source,\u201d the economist Dana Reyes said.",
      NoRed("Dana Reyes")),
    C("no way can fix without", "There is no way the county can fix its roads without a new tax, the mayor said.", NoRed("mayor")),
    C("no chance will pass without", "There is no chance the treaty will pass without Republican votes, the majority leader said.",
      NoRed("majority leader")),
    C("no way grows without", "\u201cThere is no way this economy grows without cheaper energy,\u201d Trump said.", NoRed("Trump")),
]

NO_WAY_RED = [
    C("no way will accept without", "There is no way the union will accept the offer without a pay rise, its president said.",
      E("union", "oppose", "offer", red_line=True)),
    C("no way will sign without", "There is no way the union will sign the contract without a pay rise, its president said.",
      E("union", "oppose", "contract", red_line=True)),
    C("no way will recognize without", "There is no way Tehran will recognize Israel without a Palestinian state, Rouhani said.",
      E("Iran", "oppose", "recognition of Israel", red_line=True)),
    C("no way will cede without", "There's no way Ukraine will cede territory without a referendum, Zelensky said.",
      E("Ukraine", "oppose", "territory", red_line=True)),
    C("no way will pay, no condition", "\u201cThere's no way Mexico will pay for the wall,\u201d Fox said.",
      E("Mexico", "oppose", "payment", red_line=True)),
]

PERFECT_MODALS = [
    C("should have held", "The Senate should have held hearings on the nominee, Schumer said.", A("Schumer", "demand")),
    C("should have passed", "\u201cCongress should have passed the bill last year,\u201d Obama said.", A("Obama", "demand")),
    C("must have approved", "The committee must have approved the payments before the vote, the auditor said.",
      A("auditor", "demand")),
    C("ought to have accepted", "Clinton ought to have accepted the invitation, Trump said.", A("Trump", "demand")),
    C("should never have signed", "\u201cThe president should never have signed that agreement,\u201d McConnell said.",
      A("McConnell", "demand")),
    C("should have been rejected", "The deal should have been rejected, Warren said.", A("Warren", "demand")),
    # the plain modals still demand
    C("should hold", "The Senate should hold hearings on the nominee, Schumer said.",
      E("Schumer", "demand", "hearings on nominee")),
    C("must pass", "\u201cCongress must pass the bill this year,\u201d Obama said.", E("Obama", "demand", "bill")),
    C("ought to accept", "Clinton ought to accept the invitation, Trump said.", E("Trump", "demand", "invitation")),
]

OTHER_PLAIN = [
    C("refused to bow out", "The senators refused to bow out of the race, their aides said.",
      E("senators", "oppose", "bowing out of race", red_line=False)),
    C("consider anything short of", "The mayor said he would consider anything short of a tax increase to close the gap.",
      A("mayor", "demand")),
    C("not accept anything short of (a red line)", "The union will not accept anything short of a 5 percent raise, its leader said.",
      E("union", "demand", "5 percent raise", red_line=True)),
    C("before a named party acts: a deadline",
      "Republicans called for an audit of the agency before the Treasury Department releases the funds.",
      E("Republicans", "demand", "audit of agency", red_line=False)),
    C("before it returns: a precondition", "Iran demanded that the sanctions be lifted before it returns to the talks.",
      E("Iran", "demand", "lifting", red_line=True)),
    C("advice out of hand", "\u201cThe White House should reject the proposal out of hand,\u201d Cruz said.",
      E("Cruz", "demand", "rejecting of proposal", red_line=False)),
    C("own rejection out of hand", "\u201cWe reject the proposal out of hand,\u201d Cruz said.",
      E("Cruz", "oppose", "proposal", red_line=True)),
    C("vocative before the subject", "\u201cWell, my friends, the right to vote is non-negotiable,\u201d Sanders said.",
      E("Sanders", "demand", "right", red_line=True)),
]

EXISTENTIALS = [
    C("there will be no deal without (a red line)", "There will be no deal without a ceasefire, Hamas said.",
      E("Hamas", "demand", "ceasefire", red_line=True)),
    C("there will be no amnesty (a pledge)", "\u201cThere will be no amnesty,\u201d Trump said.",
      E("Trump", "oppose", "amnesty", red_line=True)),
    C("there will be no change under X (a forecast)", "\u201cThere will be no change under this administration,\u201d Trump said.",
      NoRed("Trump")),
    C("there will be no shutdown (a forecast)", "There will be no government shutdown, Ryan said.", NoRed("Ryan"),
      xfail="'shutdown' is a measure word of the issue taxonomy: the forecast of a measure is not told from its refusal"),
]

CASES = NO_WAY_PLAIN + NO_WAY_RED + PERFECT_MODALS + OTHER_PLAIN + EXISTENTIALS


def test_table_has_enough_cases():
    assert len(CASES) >= 25
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_plain_statement_or_red_line(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
