"""Holders named by where they sit or live (issue #11, holders):

- a state body "in" the state's capital or name: "the government in Khartoum rejected the
  deployment", "the regime in Damascus", "the authorities in Beijing" are the state seated there
  (as "the government of Sudan" was); only when the body acts, so "talks in Khartoum" stay a place;
- the people of a place named before their demonym: "the Kosovo Albanians reject ..." hold the
  place's stance, as "Kosovo Albanian negotiators" do, not the state the demonym names.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SEATED = [
    C("government in the capital", "The government in Khartoum has rejected the deployment of U.N. troops.",
      E("Sudan", "oppose", "deployment")),
    C("regime in the capital", "The regime in Damascus dismissed the Arab League plan.",
      E("Syria", "oppose", "plan")),
    C("authorities in the capital", "The authorities in Beijing banned the vigil.",
      E("China", "support", "ban on vigil")),
    C("administration in the capital", "The administration in Washington welcomed the truce.",
      E("United States", "support", "truce")),
    C("government in the country", "The government in Venezuela rejected the election audit.",
      E("Venezuela", "oppose", "election audit")),
    C("government in the capital, reported", "Diplomats said the government in Kabul opposed the prisoner release.",
      E("Afghanistan", "oppose", "prisoner release")),
    C("government in the capital, refusal", "The government in Tehran refused to suspend enrichment.",
      E("Iran", "oppose", "enrichment")),
    C("authorities in the capital, demand", "The authorities in Moscow demanded the expulsion of the diplomats.",
      E("Russia", "demand", "expulsion")),
    C("government in the capital, agreement", "The government in Bogota agreed to a bilateral ceasefire.",
      E("Colombia", "support", "bilateral ceasefire")),
    C("regime in the capital, proposal", "The regime in Pyongyang proposed military talks.",
      E("North Korea", "propose", "military talks")),
]

PEOPLE_OF_PLACES = [
    C("the X demonyms", "The Kosovo Albanians reject any plan that keeps the province in Serbia.",
      E("Kosovo", "oppose", "plan"), A("Albania")),
    C("X demonyms, want", "Kosovo Albanians want full independence.",
      E("Kosovo", "demand", "independence"), A("Albania")),
]

CONTROLS = [
    C("talks in the capital", "Talks were held in Khartoum on Monday.",
      A("Sudan")),
    C("met in the capital", "Rebel leaders met mediators in Khartoum on Monday.",
      A("Sudan")),
    C("government in a region, no state named", "The government in the north rejected the plan.",
      A("Sudan")),
    C("demonyms in a place", "Albanians in Kosovo celebrated the anniversary.",
      A("Kosovo")),
]

CASES = SEATED + PEOPLE_OF_PLACES + CONTROLS


def test_table_has_enough_cases():
    assert len(SEATED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_seated_holder(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
