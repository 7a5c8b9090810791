"""Holders named by their kind (issue #11, holders): each table is one family of wordings of our
own, read by the full pipeline, with controls that must keep their reading:

- a word for an organisation of a known kind ("the group", "the militia", "the union", "the
  bloc") with no name of its own having the word: the organisation the gazetteer tags as of that
  kind ([descriptions] tagged in roles.toml), when it is the one of that kind named before and the
  organisation named last ("According to Hamas, the group rejects ...", "Volkswagen met IG Metall.
  The union demanded ...");
- "the North" / "the South" in a text that names a half of a divided country ([descriptions]
  divided): that half's state;
- commanders ("Rebel commanders", "Russian commanders"): the one armed group named before, or
  the state their adjective names, as "rebel leaders" and "Russian negotiators" are;
- a lone name set off by a title or an age ("Kiir, South Sudan's president, rejected the deal",
  "Okafor, 52, rejected the offer"): a person, whatever its verb, also when the entity
  recogniser took it for a place;
- armed groups, unions and blocs of the gazetteer: "the rebels", "rebel leaders", "the union"
  fold into the one named (the gazetteer makes them known even when the model's entity tag is
  wrong or cut), and two named keep a bare word apart.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


# --- a word for a known kind: the one organisation of that kind named before -----------------
TAGGED_KINDS = [
    ("According to Hamas, the group rejects the plan for a truce.", E("Hamas", "oppose", "truce")),
    ("According to the Taliban, the group rejects any ceasefire before a withdrawal.",
     E("Taliban", "oppose", "ceasefire")),
    ("Hezbollah fired rockets on Sunday. The militia rejected the French proposal for a truce.",
     E("Hezbollah", "oppose", "truce")),
    ("Volkswagen met IG Metall on Friday. The union demanded a 7 percent raise.",
     E("IG Metall", "demand", "7 percent raise"), A("union")),
    ("The Teamsters met UPS on Monday. The union rejected the contract offer.",
     E("Teamsters", "oppose", "contract offer")),
    ("The employers met COSATU in Johannesburg. The federation rejected the wage offer.",
     E("Congress of South African Trade Unions", "oppose", "wage")),
    ("Brussels hosted Mercosur negotiators. According to Mercosur, the bloc backs the trade deal.",
     E("Mercosur", "support", "trade deal")),
    ("The Taliban met U.S. envoys in Doha. The group demanded the release of prisoners.",
     E("Taliban", "demand", "release of prisoners")),
    ("Al-Shabaab attacked a base near Mogadishu. According to al-Shabaab, the militia rejects talks with the government.",
     E("al-Shabaab", "oppose", "talks")),
    ("The Houthis met Saudi envoys in Muscat. The movement demanded the reopening of Sanaa airport.",
     E("Houthis", "demand", "reopening of Sanaa airport")),
    # controls: two of the kind named, or another organisation named since
    ("Hamas and Islamic Jihad met in Cairo. The group rejected the truce.",
     A("Hamas", "oppose"), A("Palestinian Islamic Jihad", "oppose")),
    ("The Teamsters and the UAW met in Detroit. The union rejected the contract offer.",
     A("Teamsters", "oppose"), A("United Auto Workers", "oppose")),
    ("IG Metall met Volkswagen on Friday. The union demanded a 7 percent raise.",
     A("Volkswagen", "demand")),
    ("The group rejected the plan for a truce.", A("group")),
]
TAGGED_KINDS_KNOWN = {
    "Brussels hosted Mercosur negotiators. According to Mercosur, the bloc backs the trade deal.":
        "'the bloc' goes to the European Union, named before by its seat, not to the bloc that "
        "'according to' names in its own sentence",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(TAGGED_KINDS, TAGGED_KINDS_KNOWN)))
def test_word_of_a_known_kind_is_the_one_named(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "the North" / "the South" of a divided country -------------------------------------------
DIVIDED_HALVES = [
    ("South Korea proposed family reunions. The North rejected the offer.",
     E("North Korea", "oppose", "family reunions")),
    ("North and South Korea held talks at Panmunjom. The North rejected the demand for inspections.",
     E("North Korea", "oppose", "inspections")),
    ("Pyongyang and Seoul held talks. The South proposed a joint liaison office.",
     E("South Korea", "propose", "joint liaison office")),
    ("North Korea fired two missiles on Monday. The South demanded an emergency meeting of the Security Council.",
     E("South Korea", "demand", "emergency meeting")),
    ("Sudan and South Sudan met in Addis Ababa. The South demanded a share of the oil revenue.",
     E("South Sudan", "demand", "share of oil revenue")),
    ("Khartoum sent a delegation to Juba. The North rejected the demand for a referendum in Abyei.",
     E("Sudan", "oppose", "referendum")),
    ("Seoul offered food aid on Tuesday. The North refused the aid.",
     E("North Korea", "oppose", "aid")),
    ("North Korean officials met their Southern counterparts. The North demanded an end to the drills.",
     E("North Korea", "demand", "end to drills")),
    ("Talks with North Korea resumed in Geneva. The North agreed to freeze its nuclear programme.",
     E("North Korea", "support", "freeze")),
    ("South Korea and the United States held drills. The North called for an end to the exercises.",
     E("North Korea", "demand", "end to exercises")),
    # controls: a name that goes on, a region of another country, no divided country named
    ("The North Atlantic Treaty Organization met in Brussels. The alliance rejected the demand for a halt.",
     A("North Korea"), A("Sudan")),
    ("South Korea held elections. Unions in the North of England rejected the pay offer.",
     A("North Korea", "oppose")),
    ("The North rejected the pay offer.", A("North Korea", "oppose")),
    ("Britain met the unions. The South rejected the proposal for a new airport.",
     A("South Korea", "oppose"), A("South Sudan", "oppose")),
]
DIVIDED_HALVES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(DIVIDED_HALVES, DIVIDED_HALVES_KNOWN)))
def test_half_of_a_divided_country(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- armed groups, unions and blocs the gazetteer knows ---------------------------------------
KNOWN_PARTIES = [
    ("The Liberation Tigers of Tamil Eelam met Sri Lankan officials in Geneva. The rebels demanded the "
     "reopening of the highway.", E("Liberation Tigers of Tamil Eelam", "demand", "reopening of highway")),
    ("The Karen National Union sent a delegation to Rangoon. Rebel leaders say they want a formal cease-fire.",
     E("Karen National Union", "demand", "cease-fire")),
    ("The Sudanese government met the Justice and Equality Movement in Doha. The rebels rejected the ceasefire proposal.",
     E("Justice and Equality Movement", "oppose", "ceasefire")),
    ("The Moro Islamic Liberation Front met government negotiators in Kuala Lumpur. The rebels demanded an autonomous region.",
     E("Moro Islamic Liberation Front", "demand", "autonomous region")),
    ("GAM sent its negotiators to Helsinki. The rebels dropped their demand for independence.",
     A("Free Aceh Movement", "demand")),
    ("The TPLF met federal envoys in Pretoria. The rebels agreed to disarm.",
     E("Tigray People's Liberation Front", "support", "disarm")),
    ("The National Union of Mineworkers met the mine owners. The union rejected the wage offer.",
     E("National Union of Mineworkers", "oppose", "wage")),
    ("The UAW met Ford negotiators in Detroit. The union demanded an end to the wage tiers.",
     E("United Auto Workers", "demand", "end to wage tiers")),
    ("ASUU met the education minister in Abuja. The union rejected the new salary scale.",
     E("Academic Staff Union of Universities", "oppose", "salary scale")),
    ("The Kenya National Union of Teachers called a strike. The union demanded a pay rise.",
     E("Kenya National Union of Teachers", "demand", "pay rise")),
    # controls: two armed groups named leave "the rebels" to neither; a union's words for the
    # other side stay the other side's
    ("The LTTE and the Karen National Union sent delegates to Oslo. The rebels want a share of power.",
     A("Liberation Tigers of Tamil Eelam", "demand"), A("Karen National Union", "demand")),
    ("The UAW met Ford on Monday. Ford rejected the union's demand for a raise.",
     E("Ford", "oppose", "raise"), A("United Auto Workers", "oppose")),
]
KNOWN_PARTIES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(KNOWN_PARTIES, KNOWN_PARTIES_KNOWN)))
def test_known_armed_groups_and_unions(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- commanders: of the armed group named before, or of the state their adjective names -------
COMMANDERS = [
    ("The Sudanese government met the rebel Justice and Equality Movement in Doha. Rebel commanders "
     "rejected the ceasefire proposal.", E("Justice and Equality Movement", "oppose", "ceasefire")),
    ("Colombia's government met FARC leaders in Havana. Guerrilla commanders demanded land reform.",
     E("Revolutionary Armed Forces of Colombia", "demand", "land reform")),
    ("The Taliban met U.S. envoys in Doha. Taliban commanders rejected the ceasefire.",
     E("Taliban", "oppose", "ceasefire")),
    ("Commanders of the Free Syrian Army rejected the ceasefire.", E("Free Syrian Army", "oppose", "ceasefire")),
    ("M23 met Congolese officials in Kampala. Rebel commanders demanded an amnesty.",
     E("M23", "demand", "amnesty")),
    ("Russian commanders rejected the proposal for a humanitarian corridor.",
     E("Russia", "oppose", "humanitarian corridor")),
    ("Ukrainian commanders rejected the demand to withdraw from the city.", E("Ukraine", "oppose", "withdraw")),
    ("Israeli commanders proposed a pause in the fighting.", E("Israel", "propose", "pause")),
    ("Houthi commanders demanded the reopening of the airport.", E("Houthis", "demand", "reopening")),
    ("Hamas and Israel traded fire. Hamas commanders rejected the proposal for a truce.",
     E("Hamas", "oppose", "truce"), A("Israel", "oppose")),
    # controls: two armed groups, and commanders of no party named
    ("The LTTE and the Karen National Union sent delegates to Oslo. Rebel commanders rejected the plan.",
     A("Liberation Tigers of Tamil Eelam", "oppose"), A("Karen National Union", "oppose")),
    ("Rebel commanders rejected the ceasefire proposal.", A("Sudan", "oppose")),
]
COMMANDERS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(COMMANDERS, COMMANDERS_KNOWN)))
def test_commanders_speak_for_their_side(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)



# --- a lone name set off by a title or an age: a person, whatever its verb or entity tag -----
TITLED_NAMES = [
    ("Kiir, South Sudan's president, rejected the deal.", E("Kiir", "oppose", "deal")),
    ("Machar, the former vice president, demanded a new transitional government.",
     E("Machar", "demand", "transitional government")),
    ("Okonjo, Nigeria's finance minister, rejected the demand for a fuel subsidy.",
     E("Okonjo", "oppose", "fuel subsidy")),
    ("Tshisekedi, Congo's president, called for a ceasefire in the east.", E("Tshisekedi", "demand", "ceasefire")),
    ("Abiy, Ethiopia's prime minister, agreed to a truce with the Tigrayan forces.", E("Abiy", "support", "truce")),
    ("Haftar, the eastern commander, rejected the ceasefire.", E("Haftar", "oppose", "ceasefire")),
    ("Ruto, Kenya's president, proposed a new round of talks.", E("Ruto", "propose", "talks")),
    ("Baerbock, Germany's foreign minister, demanded an end to the shelling.",
     E("Baerbock", "demand", "end to shelling")),
    ("Araghchi, Iran's deputy foreign minister, rejected the demand for snap inspections.",
     E("Araghchi", "oppose", "snap inspections")),
    ("Sall, Senegal's president, welcomed the agreement.", E("Sall", "support", "agreement")),
    ("Okafor, 52, rejected the offer of a 5 percent raise.", E("Okafor", "oppose", "raise")),
    # controls: a state or a day set off by a description is no person
    ("Britain, the former colonial power, rejected the demand for reparations.",
     E("United Kingdom", "oppose", "reparations"), A("Britain")),
    ("Monday, the deadline for the talks, passed without a deal.", A("Monday")),
    ("Kenya, the host of the talks, proposed a ceasefire.", E("Kenya", "propose", "ceasefire")),
]
TITLED_NAMES_KNOWN = {
    "Baerbock, Germany's foreign minister, demanded an end to the shelling.":
        "the small model tags 'Baerbock' an adverb and makes 'minister' the subject: the stance goes "
        "to Germany (also right by the gold conventions), no person is made",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(TITLED_NAMES, TITLED_NAMES_KNOWN)))
def test_name_set_off_by_a_title_is_a_person(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)
