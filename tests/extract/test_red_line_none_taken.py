"""Refusals by a denied object (issue #11, red-line round 7): "would accept no deal without
guarantees", "will sign no agreement that leaves Hamas in power". The object's "no" denies the
verb as "will not accept any deal" does, so the stance opposes the thing (it had been read as
support); under a modal of refusal it is the same categorical refusal, a red line with a verb of
accepting ([red_line_forms] any_refusal_verbs) or, with a verb of backing or signing, when a
clause says which X (any_that_refusal_verbs), as "any" is. Sentences are written for these tests.

- controls: a past fact ("had signed no agreement": no refusal, no red line), light verbs and
  nouns that are no cue ("had no objection", "received no proposal", "showed no interest"), a
  floor ("would accept no less than X", read elsewhere as a demand and a red line), a plain
  verb of backing with no clause saying which X ("will sign no deal" stays a plain refusal).

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent
from .test_stance_pairs import Expect as E

N = NoRedLine

# a modal refusal of "no X": the thing opposed, a red line
NONE_TAKEN = [
    C("would accept no deal without", "Zelensky said Ukraine would accept no deal without security guarantees.",
      E("Ukraine", "oppose", "deal", red_line=True)),
    C("will accept no ceasefire unless", "Zelensky said Ukraine will accept no ceasefire unless Russian troops withdraw.",
      E("Ukraine", "oppose", "ceasefire", red_line=True),
      E("Ukraine", "demand", "withdrawal", red_line=True)),
    C("would accept no agreement that", "Hamas said it would accept no agreement that leaves Israeli troops in Gaza.",
      E("Hamas", "oppose", "agreement", red_line=True)),
    C("will accept no cuts", "The union said it will accept no pay cuts.",
      E("union", "oppose", "pay cuts", red_line=True)),
    C("will accept no settlement short of", "The union said it will accept no settlement short of a full restoration of pensions.",
      E("union", "oppose", "settlement", red_line=True)),
    C("would sign no deal that", "Netanyahu said Israel would sign no deal that leaves Hamas in power.",
      E("Israel", "oppose", "deal", red_line=True)),
    C("will accept no compromise on", "Greece said it will accept no compromise on its sovereign rights.",
      E("Greece", "oppose", "compromise on sovereign rights", red_line=True)),
    C("would accept no solution that", "Serbia said it would accept no solution that recognizes Kosovo as a state.",
      E("Serbia", "oppose", "solution", red_line=True)),
    C("will tolerate no", "Russia will tolerate no NATO troops in Ukraine, the Kremlin said.",
      E("Russia", "oppose", "NATO troops", red_line=True)),
    C("will recognise no", "Kyiv said it will recognise no annexation of its territory.",
      E("Ukraine", "oppose", "annexation", red_line=True)),
    C("quoted: we will accept no", "\u201cWe will accept no deal that leaves our members without pensions,\u201d the union said.",
      E("union", "oppose", "deal", red_line=True)),
    C("would accept no deal without: the term demanded", "Zelensky said Ukraine would accept no deal without security guarantees.",
      E("Ukraine", "demand", "security guarantees", red_line=True)),
    C("would agree to no truce without", "Israel said it would agree to no truce without the return of the hostages.",
      E("Israel", "oppose", "truce", red_line=True),
      E("Israel", "demand", "return of hostages", red_line=True)),
]

# a denied object with no refusal: an opposition at most, no red line
NONE_TAKEN_CONTROLS = [
    C("will sign no deal: plain", "Netanyahu said Israel will sign no deal.",
      E("Israel", "oppose", "deal", red_line=False)),
    C("had signed no agreement: the past", "Iran said it had signed no agreement with Russia.",
      E("Iran", "oppose", "agreement", red_line=False)),
    C("allow no, a plain refusal", "The Kremlin said it would allow no NATO troops in Ukraine.",
      E("Russia", "oppose", "NATO troops", red_line=False)),
    C("had no objection", "The senator said he had no objection to the bill.", N("senator")),
    C("received no proposal", "The minister said he had received no proposal from the union.", N("minister")),
    C("showed no interest", "Trump showed no interest in the deal.", N("Trump")),
    C("accept no less than: a floor", "The union said it would accept no less than a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("accepted a deal: no 'no'", "Zelensky said Ukraine would accept a deal with security guarantees.",
      N("Ukraine")),
    C("came back with no deal", "Zelensky said the delegation came back from Geneva with no deal.",
      N("Ukraine")),
    C("no party accepted", "No party accepted the proposal, the mediator said.", Absent("mediator")),
]

CASES = NONE_TAKEN + NONE_TAKEN_CONTROLS


def test_table_has_enough_cases():
    assert len(NONE_TAKEN) >= 10
    assert len(NONE_TAKEN_CONTROLS) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_none_taken(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
