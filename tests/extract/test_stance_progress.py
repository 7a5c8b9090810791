"""Progress towards an agreement (issue #11): "the two sides made progress towards a ceasefire",
"progress has been made on a deal", said by X: progress towards an agreement supports it
(`progress_nouns`, `progress_preps`, `progress_verbs` in stance.toml [forms]). Who makes the
progress holds it; progress in the passive or after "there has been" is whoever reports it.
Not when negated ("no progress", "did not make progress"), nor progress in anything else."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PROGRESS = [
    C("made progress towards", "Armenia and Azerbaijan made progress towards a peace treaty.",
      E("Armenia", "support", "peace treaty")),
    C("made progress, second party", "Armenia and Azerbaijan made progress towards a peace treaty.",
      E("Azerbaijan", "support", "peace treaty")),
    C("passive, reported", "Rebel leaders said progress had been made toward a lasting truce.",
      E("Rebel leaders", "support", "truce")),
    C("passive, reported, present", "Mediators say real progress has been made on a ceasefire.",
      E("Mediators", "support", "ceasefire")),
    C("there has been progress", "Blinken said there had been progress toward a deal on the hostages.",
      E("Blinken", "support", "deal")),
    C("headway on", "Brussels and London made headway on a trade agreement.",
      E("European Union", "support", "trade agreement")),
    C("quoted, we", "\"We have made good progress towards an accord,\" Lavrov said.",
      E("Lavrov", "support", "accord")),
    C("achieved progress", "Seoul achieved some progress towards a settlement with Tokyo.",
      E("South Korea", "support", "settlement")),
    C("significant progress, reported", "Tehran said significant progress had been made on a nuclear deal.",
      E("Iran", "support", "nuclear deal")),
    C("progress towards reaching", "The unions have made progress towards reaching an agreement with Lonmin.",
      E("unions", "support", "agreement")),
    C("strides towards", "Colombia has made great strides towards peace with the rebels.",
      E("Colombia", "support", "peace")),
]

CONTROLS = [
    C("no progress", "No progress has been made toward a deal, Blinken said.", A("Blinken")),
    C("not made progress", "Brussels and London have not made progress on a trade agreement.",
      A("European Union"), A("United Kingdom")),
    C("little progress", "Tehran said little progress had been made on a nuclear deal.", A("Iran")),
    C("progress in something else", "Firefighters made progress in the search for survivors.", A("Firefighters")),
    C("progress in the talks", "Armenia reported progress in the talks.", A("Armenia", "support")),
]

CASES = PROGRESS + CONTROLS


def test_table_has_enough_cases():
    assert len(PROGRESS) >= 10
    assert len({c.text for c in CASES}) == len(CASES) - 1  # one sentence checked for both parties


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_progress(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
