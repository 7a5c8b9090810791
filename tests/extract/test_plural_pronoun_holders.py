"""Holders named by "they" (issue #11): a plural pronoun agrees with a plural subject named
before it rather than the singular one named last ("Striking civil servants say the government
has not responded. They have resolved to continue their strike": the civil servants). Without a
plural subject, "they" goes on with the most recent organisation or state subject, as before.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


PLURAL = [
    C("they after a plural subject: resolved",
      "Striking civil servants say Zimbabwe has not responded to their demands. They have resolved to continue with their strike.",
      E("civil servants", "support", "strike"), A("Zimbabwe", "support")),
    C("they after a plural subject: rejected",
      "Kenyan nurses say the Ministry of Health ignored their letter. They have rejected the new contract.",
      E("Kenyan nurses", "oppose", "contract"), A("Ministry of Health", "oppose")),
    C("they after a plural subject: demanded",
      "The rebels say Sudan broke the truce. They demanded the release of prisoners.",
      E("rebels", "demand", "prisoners"), A("Sudan", "demand")),
    C("they after a plural subject: ignored them",
      "Farmers in India say New Delhi has ignored them. They rejected the new farm laws.",
      E("Farmers", "oppose", "farm laws"), A("India", "oppose")),
    C("they after a plural subject: called for",
      "Teachers in Chile said the Education Ministry had cut their pay. They called for a national strike.",
      E("Teachers", "demand", "strike"), A("Education Ministry", "demand")),
    C("they after a plural subject: demanded ceasefire",
      "The hostage families said Israel had not done enough. They demanded an immediate ceasefire.",
      E("hostage families", "demand", "ceasefire"), A("Israel", "demand")),
    C("they after a plural subject: negotiators",
      "Palestinian negotiators said Washington had ignored them. They rejected the peace plan.",
      E("Palestine", "oppose", "peace plan"), A("United States", "oppose")),
    C("they after a plural subject: vowed",
      "Doctors in Nigeria said the federal government had broken its promises. They vowed to continue the strike.",
      E("Doctors", "support", "strike")),
    C("they after a plural subject: miners",
      "Miners at Marikana said Lonmin had refused to meet them. They demanded a wage of 12,500 rand.",
      E("Miners", "demand", "wage"), A("Lonmin", "demand")),
    C("they after a plural subject: lawmakers",
      "Opposition lawmakers said Hungary had silenced them. They called for new elections.",
      E("Opposition lawmakers", "demand", "elections"), A("Hungary", "demand")),
]

CONTROLS = [
    C("no plural subject", "Hamas said the talks were over. They rejected the Egyptian proposal.",
      E("Hamas", "oppose", "proposal")),
    C("coordinated subject", "Armenia and Azerbaijan said the talks were useful. They agreed to a prisoner exchange.",
      E("Armenia", "support", "prisoner exchange"), E("Azerbaijan", "support", "prisoner exchange")),
]

CASES = PLURAL + CONTROLS


def test_table_has_enough_cases():
    assert len(PLURAL) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_plural_pronoun_holder(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
