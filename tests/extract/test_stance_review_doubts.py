"""Doubtful stances a demanding reader rejects (the bundled-corpus review of 2026-12-05):
an aside the writer sets beside a report ("X made it clear that ..., even as Y agreed to Z") is
the writer's fact, not claimed by X; "the agency quoted X as saying ..." is claimed by X, not by
the agency that reports it. The sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ASIDES = [
    C("even as, beside a report", "Rahimi made it clear that Iran would not give up enrichment, even as France and "
      "Germany agreed to a new inspection plan.",
      E("France", "support", "inspection", claimed_by=""), E("Iran", "oppose", "enrichment", red_line=True)),
    C("while, beside a report", "The minister said Kenya would not sign the treaty, while Uganda accepted the deal.",
      E("Uganda", "support", "deal", claimed_by="")),
    C("although, beside a report", "Moreno insisted that the union must accept the offer, although the nurses rejected "
      "the proposal.",
      E("nurses", "oppose", "offer", claimed_by="")),
    C("whereas, beside a report", "Officials in Ankara said Turkey would keep its troops, whereas Russia backed the "
      "withdrawal.",
      E("Russia", "support", "withdrawal", claimed_by="")),
    # a clause inside the report stays claimed
    C("reported clause stays claimed", "Rahimi said that France had agreed to the inspection plan.",
      E("France", "support", "inspection", claimed_by="Rahimi")),
]


QUOTED_AS_SAYING = [
    C("quoted as saying", "The Kenya News Agency quoted union leader Joseph Odhiambo as saying the teachers will return to work on Monday.",
      E("teachers", "support", "return to work", claimed_by="Joseph Odhiambo")),
    C("cited as saying", "The Daily Nation cited Mwangi Kamau as saying the nurses would accept the offer.",
      E("nurses", "support", "offer", claimed_by="Mwangi Kamau")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(QUOTED_AS_SAYING)))
def test_the_one_quoted_claims_not_the_outlet(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


@pytest.mark.parametrize(("text", "check"), list(case_params(ASIDES)))
def test_asides_are_the_writers(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# "unlikely to ever V" predicts a refusal (oppose); "unlikely to V" only weighs it (consider)
PREDICTIONS = [
    C("unlikely to ever", "Serbia is unlikely to ever recognize Kosovo's independence.",
      E("Serbia", "oppose", "independence"), A("Serbia", "consider")),
    C("unlikely ever to", "Hamas is unlikely ever to accept disarmament.",
      E("Hamas", "oppose", "disarmament"), A("Hamas", "consider")),
    C("unlikely to ever, agree to", "Israel is unlikely to ever agree to a Palestinian state.",
      E("Israel", "oppose", "Palestinian state")),
    C("unlikely to, no ever", "Iran is unlikely to accept the offer without guarantees.",
      E("Iran", "consider", "offer"), A("Iran", "oppose")),
    C("likely to ever", "Kenya is likely to accept the offer.",
      E("Kenya", "consider", "offer"), A("Kenya", "oppose")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(PREDICTIONS)))
def test_unlikely_ever_is_a_refusal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# what something depends on is the writer's weighing, no position of the party named there
DEPENDED_ON = [
    C("hinges on willingness", "The truce's success hinges on Moscow's willingness to compromise.", A("Russia")),
    C("depends on readiness", "Any deal depends on Iran's readiness to limit enrichment.", A("Iran")),
    C("rests on acceptance", "The plan rests on Hamas's acceptance of the ceasefire.", A("Hamas")),
    C("contingent on agreeing", "Aid is contingent on Kenya agreeing to the reforms.", A("Kenya")),
    # the party's own insistence on something stays its position
    C("insisted on", "Iran insisted on its right to enrichment.", E("Iran", "demand", "enrichment")),
    C("agreed on", "Hamas and Israel agreed on the ceasefire plan.", E("Hamas", "support", "ceasefire")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(DEPENDED_ON)))
def test_what_something_depends_on_is_no_position(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


# "do as X proposed" is what X proposed or weighed before, not a bare "power"
DONE_AS_PROPOSED = [
    C("power to do as he proposed", "President Daniel Otieno said he may dissolve parliament. Two senators questioned "
      "the President's power to do as he proposed.",
      E("Daniel Otieno", "consider", "dissolution of parliament"), A("senators", "propose")),
    C("agreed to do as proposed", "Kenya proposed a referendum on the border, and the rebels agreed to do as Kenya "
      "proposed.",
      E("rebels", "support", "referendum")),
    C("right to do as it planned", "Serbia proposed new elections in the north. Kosovo questioned Serbia's right to "
      "do as it planned.",
      E("Kosovo", "oppose", "elections")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(DONE_AS_PROPOSED)))
def test_doing_as_proposed_is_the_proposal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"


def test_the_as_clause_of_doing_is_no_new_proposal(stances_of):
    found = stances_of("President Daniel Otieno said he may dissolve parliament. Senator Ruth Wanjiku questioned the "
                       "President's power to do as he proposed.")
    assert not any(a == "Ruth Wanjiku" and p == "propose" for a, p, *_ in found), found
    assert any(a == "Ruth Wanjiku" and p == "oppose" and "parliament" in i for a, p, i, *_ in found), found
