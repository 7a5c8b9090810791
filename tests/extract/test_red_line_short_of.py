"""Refusing "any" thing short of X demands X as a red line (issue #11, red lines in the forms news
uses): "the Kosovo Albanians reject any solution short of independence", "Hamas will not accept
any deal short of a permanent ceasefire" (the parser hangs "short" on the thing or on the verb).
Only a refusal: "would accept any deal short of war" accepts all but war and demands nothing.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SHORT_OF = [
    C("reject any ... short of", "Montenegro rejects any solution short of independence.",
      E("Montenegro", "demand", "independence", red_line=True)),
    C("will not accept any ... short of", "Hamas will not accept any deal short of a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("rejected any offer short of", "The union rejected any offer short of a 15 percent raise.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("refuses any ... short of", "Kyiv refuses any settlement short of a full Russian withdrawal.",
      E("Ukraine", "demand", "full Russian withdrawal", red_line=True)),
    C("will not agree to any ... short of", "The teachers will not agree to any deal short of the full raise ordered by the court.",
      E("teachers", "demand", "full raise", red_line=True)),
    C("opposes any ... short of", "Washington opposes any agreement short of complete denuclearization.",
      E("United States", "demand", "complete denuclearization", red_line=True)),
    C("would reject any ... short of", "The Palestinians would reject any state short of the 1967 borders.",
      E("Palestine", "demand", "1967 borders", red_line=True)),
    C("ruled out any ... short of", "Tehran ruled out any arrangement short of a full lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("said it would reject any ... short of", "The opposition said it would reject any transition short of Maduro's resignation.",
      E("opposition", "demand", "resignation", red_line=True)),
    C("cannot accept any ... short of", "Seoul cannot accept any outcome short of the return of the abductees.",
      E("South Korea", "demand", "return of abductees", red_line=True)),
]

CONTROLS = [
    C("accepting all but", "Iran would accept any deal short of giving up enrichment.",
      A("Iran", "demand")),
    C("short of a thing not refused", "The union is short of funds for the strike.",
      A("union", "demand")),
    C("fell short of", "The offer fell short of the union's demands, Cosatu said.",
      A("Cosatu", "demand")),
]

CASES = SHORT_OF + CONTROLS


def test_table_has_enough_cases():
    assert len(SHORT_OF) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_refused_short_of(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
