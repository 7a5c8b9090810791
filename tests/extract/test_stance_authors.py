"""Who authors a proposal named by a noun: a state's adjective ("the Egyptian proposal", "an
Egyptian-drafted plan"), a hyphenated participle ("an EU-produced proposal"), "an offer from X",
"the invitation of our Swedish hosts"; unnamed mediators and hosts speak for their state; groups
named beside a party ("the United Nations and regional heads of state have demanded")."""

from __future__ import annotations

import pytest

from .test_stances import stances_of

CASES = [
    ("demonym-adjective", "Kosovo welcomed the Egyptian proposal for a truce.", ("Egypt", "propose", "truce")),
    ("demonym-hyphen-drafted", "Hamas rejected an Egyptian-drafted proposal for a truce.", ("Egypt", "propose", "truce")),
    ("demonym-hyphen-authored", "Hamas studied a Qatari-authored plan for a truce.", ("Qatar", "propose", "truce")),
    ("demonym-hyphen-crafted", "Israel rejected a French-crafted draft resolution on a ceasefire.",
     ("France", "propose", "ceasefire")),
    ("demonym-support-noun", "American support for the deal has faded.", ("United States", "support", "deal")),
    ("hyphen-produced", "Kosovo and Serbia agreed to an EU-produced proposal for normalization between the two parties.",
     ("European Union", "propose", "normalization")),
    ("offer-from", "Hamas accepted an offer from Qatar to host the talks.", ("Qatar", "propose", "talks")),
    ("invitation-from", "Kosovo accepted an invitation from Sweden to hold talks in Stockholm.", ("Sweden", "propose", "talks")),
    ("invitation-of-hosts", "Kosovo accepted the invitation of the Swedish hosts to hold talks in Stockholm.",
     ("Sweden", "propose", "talks")),
    ("facilitators", "Norwegian facilitators proposed a new round of talks.", ("Norway", "propose", "talks")),
    ("mediators", "The Qatari mediators proposed a six-week truce.", ("Qatar", "propose", "truce")),
    ("heads-of-state-conjunct", "The United Nations and regional heads of state have demanded that the rebels lay down their arms.",
     ("regional heads of state", "demand", "arms")),
    ("heads-of-state-subject", "Regional heads of state had asked the parties to the talks to reach a peace deal.",
     ("Regional heads of state", "demand", "peace deal")),
    ("heads-of-government", "European heads of government rejected the plan.", ("European heads of government", "oppose", "plan")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_author_of_a_proposal(base_nlp, lexicon, text, expected):
    found = stances_of(base_nlp, lexicon, text)
    actor, polarity, word = expected
    assert any(a == actor and p == polarity and word in i for a, p, i, *_ in found), found


NOT_AUTHORS = [
    ("made-by-a-company", "The drug is now produced by the Florida company Ridgeback Biotherapeutics.", "Ridgeback Biotherapeutics"),
    ("release-of", "Hamas demanded the release of the prisoners of Israel.", "Israel"),
    ("support-from-group", "The plan won support from voters in the north.", "voters"),
]


@pytest.mark.parametrize(("text", "actor"), [c[1:] for c in NOT_AUTHORS], ids=[c[0] for c in NOT_AUTHORS])
def test_no_author(base_nlp, lexicon, text, actor):
    found = stances_of(base_nlp, lexicon, text)
    assert not any(a == actor for a, *_ in found), found


LEADERS = [
    ("delegation-led-by", "The Japanese delegation, led by Akitaka Saiki, demanded a ceasefire.",
     ("Japan", "demand", "ceasefire"), "Akitaka Saiki"),
    ("team-led-by", "The Montreal team, led by Björn Benneke, proposed a new method.", None, "Björn Benneke"),
    ("us-led-coalition", "The government was established in 2003 after a U.S.-led coalition ousted Saddam Hussein.",
     None, "United States"),
]


@pytest.mark.parametrize(("text", "expected", "leader"), [c[1:] for c in LEADERS], ids=[c[0] for c in LEADERS])
def test_who_leads_a_party_proposes_nothing(base_nlp, lexicon, text, expected, leader):
    """"X, led by Y": Y leads the party X; Y proposes no issue named X."""
    found = stances_of(base_nlp, lexicon, text)
    assert not any(a == leader and p == "propose" for a, p, *_ in found), found
    if expected is not None:
        actor, polarity, word = expected
        assert any(a == actor and p == polarity and word in i for a, p, i, *_ in found), found


OWN_BODIES = [
    ("appositive-leader", "Joseph Mathunjwa, the AMCU leader, said the union would accept the deal.", ("Association of Mineworkers and Construction Union", "support", "deal")),
    ("titled-leader", "AMCU leader Joseph Mathunjwa said the union would not accept the offer.", ("Association of Mineworkers and Construction Union", "oppose", "offer")),
    ("party-secretary", "Tendai Biti, the MDC secretary general, said the party would boycott the vote.", ("MDC", "support", "boycott")),
    ("no-affiliation", "Joseph Mathunjwa said the union would accept the deal.", ("union", "support", "deal")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OWN_BODIES], ids=[c[0] for c in OWN_BODIES])
def test_the_union_of_the_reporter(base_nlp, lexicon, text, expected):
    """"the union" in what a union's leader says is that union (gold conventions)."""
    found = stances_of(base_nlp, lexicon, text)
    actor, polarity, word = expected
    assert any(a == actor and p == polarity and word in i for a, p, i, *_ in found), found
