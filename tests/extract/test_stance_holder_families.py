"""How news English names who holds a position (issue #11, holder generalisation). Each table is
one family of wordings of our own, read by the full pipeline, with controls that must keep their
reading:

- a described state as a clause's subject ("Saudi Arabia hosted the talks. The kingdom proposed
  a truce", "The island nation demanded an end to the embargo"): the state named before
  ([descriptions] states in roles.toml);
- a word of an organisation's full name ("Hamas ... The movement rejected the plan": the
  Islamic Resistance Movement; "NATO ... the organisation"): the organisation the gazetteer
  gives that full name;
- two sides coordinated, each with its own determiner ("The unions and the employers rejected
  the proposal"): each side holds the stance; no one group named "unions and the employers";
- a noun of proposing or demanding as the passive subject of a light verb ("the demand for a
  referendum was made by the opposition", "a plan was presented by Turkey"): the agent holds it;
- pins of readings that already hold, one table per family: capitals and seats of government
  for their states, pronouns and group words across sentences, appositions, relative clauses,
  passive agents, coordinated subjects, the subject of a clause reported by someone else.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


# --- a described state as a subject: the state named before --------------------------------
STATE_DESCRIPTIONS = [
    ("Oman hosted the meeting on Sunday. The sultanate proposed a ceasefire along the border.",
     E("Oman", "propose", "ceasefire")),
    ("Iran met the European envoys in Vienna. The country rejected the demand for snap inspections.",
     E("Iran", "oppose", "inspections")),
    ("Cuba received the American delegation in Havana. The island nation demanded an end to the embargo.",
     E("Cuba", "demand", "embargo")),
    ("Taiwan held its vote on Saturday. The island rejected the unification proposal.",
     E("Taiwan", "oppose", "unification")),
    ("Jordan hosted the regional talks. The kingdom rejected the annexation plan.",
     E("Jordan", "oppose", "annexation")),
    ("Qatar received both delegations. The emirate proposed a truce in Gaza.",
     E("Qatar", "propose", "truce")),
    ("Kenya met the Somali envoys in Nairobi. The nation rejected the new maritime boundary.",
     E("Kenya", "oppose", "maritime boundary")),
    ("Cuba met U.S. diplomats in Havana. The communist island demanded the return of Guantanamo.",
     E("Cuba", "demand", "return of Guantanamo"), A("United States", "demand")),
    ("Sri Lanka opened talks with the rebels. The island nation rejected the demand for a separate state.",
     E("Sri Lanka", "oppose", "separate state")),
    # controls: a description with a name of its own, and one with no state before it
    ("The country rejected the demand for snap inspections.",
     A("country")),
    ("Russia and China met in Beijing. The country rejected the new sanctions.",
     A("Russia", "oppose"), A("China", "oppose")),
]
STATE_DESCRIPTIONS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(STATE_DESCRIPTIONS, STATE_DESCRIPTIONS_KNOWN)))
def test_described_state_is_the_state_named_before(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- a word of an organisation's full name --------------------------------------------------
FULL_NAME_WORDS = [
    ("Hamas sent a delegation to Cairo on Monday. The movement rejected the plan for a truce.",
     E("Hamas", "oppose", "truce")),
    ("Hamas leader Ali Baraka said the movement would never recognise the blockade.",
     E("Hamas", "oppose", "blockade", red_line=True)),
    ("The Houthis met Saudi envoys in Muscat. The movement demanded the reopening of Sanaa airport.",
     E("Houthis", "demand", "reopening of Sanaa airport")),
    ("M23 sent its negotiators to Kampala. The movement demanded an amnesty for its fighters.",
     E("M23", "demand", "amnesty")),
    ("NATO ministers met in Brussels. The organization rejected the demand for a halt to enlargement.",
     E("NATO", "oppose", "halt")),
    ("OPEC met in Vienna on Friday. The organization rejected the call for higher output.",
     E("OPEC", "oppose", "higher output")),
    ("Hamas met the mediators in Doha. The movement said it accepted the Egyptian proposal.",
     E("Hamas", "support", "proposal")),
    ("NATO held a summit in Madrid. The organization proposed a new security dialogue with Moscow.",
     E("NATO", "propose", "security dialogue")),
    # control: a description with a name of its own is that name's
    ("Hamas sent a delegation to Cairo on Monday. The Fatah movement rejected the plan for a truce.",
     A("Hamas", "oppose")),
]
FULL_NAME_WORDS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(FULL_NAME_WORDS, FULL_NAME_WORDS_KNOWN)))
def test_full_name_word_is_the_organisation(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- two sides coordinated, each with its own determiner -----------------------------------
COORDINATED_SIDES = [
    ("The unions and the employers rejected the arbitration proposal.",
     E("unions", "oppose", "arbitration"), E("employers", "oppose", "arbitration")),
    ("The opposition and the government agreed to resume the talks.",
     E("opposition", "support", "talks"), A("opposition and the government")),
    ("The rebels and the government signed a ceasefire.",
     E("rebels", "support", "ceasefire"), A("rebels and the government")),
    ("The teachers and the employers accepted the mediator's proposal.",
     E("teachers", "support", "proposal"), E("employers", "support", "proposal")),
    ("The nurses and the doctors rejected the new rota.",
     E("nurses", "oppose", "rota"), E("doctors", "oppose", "rota")),
    ("The protesters and the police agreed to a truce.",
     E("protesters", "support", "truce")),
    ("The miners and the producers signed the wage deal.",
     E("miners", "support", "wage deal"), E("producers", "support", "wage deal")),
    ("The opposition and the heads of government agreed to a timetable for elections.",
     E("opposition", "support", "timetable")),
    # controls: one group named with two words of people, no determiner of its own
    ("Nationalist voices and pro-war bloggers opposed the ceasefire.",
     E("Nationalist voices and pro-war bloggers", "oppose", "ceasefire")),
]
COORDINATED_SIDES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(COORDINATED_SIDES, COORDINATED_SIDES_KNOWN)))
def test_coordinated_sides_hold_each(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- pins: capitals and seats of government for their states -------------------------------
SEATS = [
    ("The Kremlin rejected the proposal for a ceasefire.", E("Russia", "oppose", "ceasefire")),
    ("The White House rejected the demand for a border wall.", E("United States", "oppose", "border wall")),
    ("Downing Street said it opposed a second referendum.", E("United Kingdom", "oppose", "referendum")),
    ("Moscow rejected the call for a ceasefire.", E("Russia", "oppose", "ceasefire")),
    ("Beijing opposed the new tariffs on steel.", E("China", "oppose", "tariffs")),
    ("Kyiv rejected any territorial concessions.", E("Ukraine", "oppose", "territorial concessions")),
    ("Washington demanded the release of the prisoners.", E("United States", "demand", "release of prisoners")),
    ("Tehran rejected the demand for inspections.", E("Iran", "oppose", "inspections")),
]
SEATS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(SEATS, SEATS_KNOWN)))
def test_seat_of_government_is_its_state(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- pins: pronouns and group words across sentences ---------------------------------------
ACROSS_SENTENCES = [
    ("Hamas met Egyptian mediators on Sunday. It rejected the plan for a truce.", E("Hamas", "oppose", "truce")),
    ("The union met the employers on Monday. It demanded a ten percent raise.", E("union", "demand", "raise")),
    ("The rebels walked out on Friday. They demanded an amnesty for their fighters.", E("rebels", "demand", "amnesty")),
    ("Prime Minister Tom Harper arrived in Brussels on Monday. He rejected the proposed tariffs.",
     E("Tom Harper", "oppose", "tariffs")),
    ("\"We will not sign,\" said Hamas official Ali Baraka. He rejected the plan for a truce.",
     E("Ali Baraka", "oppose", "truce")),
    ("The European Union met in Brussels. The bloc rejected the tariffs on steel.", E("European Union", "oppose", "tariffs")),
    ("Toyota met the union on Friday. The carmaker rejected the demand for higher wages.", E("Toyota", "oppose", "higher wages")),
    ("The Taliban attacked a base. The insurgents rejected the offer of talks.", E("Taliban", "oppose", "talks")),
    ("India and Pakistan held talks in Delhi. Both countries agreed to a ceasefire.",
     E("India", "support", "ceasefire"), E("Pakistan", "support", "ceasefire")),
    ("India and Pakistan held talks in Delhi. The two sides rejected a third-party mediation.",
     E("India", "oppose", "mediation"), E("Pakistan", "oppose", "mediation")),
    ("\"We reject this plan,\" Mousa Abu Marzouk said. He demanded a full withdrawal of the troops.",
     E("Mousa Abu Marzouk", "demand", "withdrawal")),
    ("Volkswagen met IG Metall on Friday. The union demanded a 7 percent raise.",
     E("IG Metall", "demand", "raise")),
]
ACROSS_SENTENCES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ACROSS_SENTENCES, ACROSS_SENTENCES_KNOWN)))
def test_reference_across_sentences(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- pins: appositions, relative clauses, passive agents, coordination, reported subjects ----
CLAUSE_HOLDERS = [
    ("Iran's chief negotiator, Abbas Araqchi, said Tehran rejected the proposal.", E("Iran", "oppose", "proposal")),
    ("Hamas, which rejected the plan, demanded a full withdrawal.",
     E("Hamas", "oppose", "plan"), E("Hamas", "demand", "withdrawal")),
    ("The proposal, which Hamas rejected on Monday, called for a truce.", E("Hamas", "oppose", "proposal")),
    ("Israel's demand for the release of the hostages was rejected.", E("Israel", "demand", "release of hostages")),
    ("The plan was rejected by Hamas.", E("Hamas", "oppose", "plan")),
    ("The agreement was signed by Israel and the United Arab Emirates.",
     E("Israel", "support", "agreement"), E("United Arab Emirates", "support", "agreement")),
    ("Russia, China and Iran opposed the sanctions.",
     E("Russia", "oppose", "sanctions"), E("China", "oppose", "sanctions"), E("Iran", "oppose", "sanctions")),
    ("Egypt said that Hamas rejected the plan.", E("Hamas", "oppose", "plan")),
    ("The mediator said that Israel would never accept a full withdrawal.", E("Israel", "oppose", "withdrawal", red_line=True)),
    ("Erdogan said Turkey would never allow a corridor on its border.", E("Turkey", "oppose", "corridor", red_line=True)),
    ("According to Hamas, the group rejects the plan for a truce.", E("Hamas", "oppose", "truce")),
    ("North Korea's chief negotiator Kim Myong Gil said the talks had failed and rejected the U.S. proposal.",
     E("Kim Myong Gil", "oppose", "proposal")),
]
CLAUSE_HOLDERS_KNOWN = {
    "North Korea's chief negotiator Kim Myong Gil said the talks had failed and rejected the U.S. proposal.":
        "the parser joins 'rejected' to the reported clause, whose subject is 'the talks'",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(CLAUSE_HOLDERS, CLAUSE_HOLDERS_KNOWN)))
def test_holder_in_clause_structures(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- a noun of proposing or demanding made, in the passive, by its agent --------------------
PASSIVE_LIGHT_VERBS = [
    ("The demand for a referendum was made by the opposition.", E("opposition", "demand", "referendum")),
    ("A proposal for a ceasefire was made by Egypt on Sunday.", E("Egypt", "propose", "ceasefire")),
    ("The offer of talks was made by Hamas through Qatari mediators.", E("Hamas", "propose", "talks")),
    ("A plan for a buffer zone was presented by Turkey at the summit.", E("Turkey", "propose", "buffer zone")),
    ("The demand for a pay rise was made by the teachers' union in March.",
     E("teachers' union", "demand", "pay rise")),
    ("An appeal for calm was issued by the United Nations.", E("United Nations", "demand", "calm")),
    ("The proposal for a truce was brought to the table by Qatar.", E("Qatar", "propose", "truce")),
    ("A demand for the release of the prisoners was made by the rebels.", E("rebels", "demand", "release")),
    ("The call for new elections was voiced by the opposition leaders.",
     E("opposition leaders", "demand", "elections")),
    ("A request for more time was made by the government of Swaziland.", E("Swaziland", "demand", "time")),
    # control: a noun that states no position, made by someone, is no stance of theirs
    ("A mistake was made by the negotiators.", A("negotiators")),
]
PASSIVE_LIGHT_VERBS_KNOWN = {
    "The call for new elections was voiced by the opposition leaders.":
        "a bare group of leaders as the agent of a light verb is no actor",
    "A request for more time was made by the government of Swaziland.":
        "'the government of X' as the agent of a light verb is not read as the state",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PASSIVE_LIGHT_VERBS, PASSIVE_LIGHT_VERBS_KNOWN)))
def test_passive_light_verb_agent_holds(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)
