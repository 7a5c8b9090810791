"""Holders named by a group word or a description that refers back to a party named earlier in
the article (issue #11, holders; gold README, "Unnamed speakers and holders"). Each table is one
construction in ten-odd wordings of our own, read by the full pipeline, with controls:

- a word for a state's government before a noun for its people ("Government officials said ...",
  "administration negotiators"): the state whose government was named before, else the state
  the text is about; with no state named, no holder;
- a word for an organisation in a description's phrase ("negotiators for the union", "the union's
  negotiators", "company executives"): the organisation named before whose name has the word,
  for a company's word the one company named before; two companies, no holder;
- "the union" after an organisation whose name has another head of its kind ("the International
  Association of Machinists": [descriptions] kinds), when exactly one does;
- "the company" as the agent of a passive ("the offer was rejected by the company");
- a second "she"/"he" after an unnamed official: the official's party;
- a group of officials that says it speaks for a government ("Government officials said ...")
  in a text that names no state holds no stance; a group of officials with no such word
  ("Officials said ...", "Negotiators rejected ...") stays a group that holds what it says, as
  the gold does, and so does one whose words name a side ("opposition negotiators").

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

# --- "Government officials", "administration negotiators" ---------------------------------------
GOVERNMENT_PEOPLE = [
    ("The government of Kenya met the teachers' union on Monday. Government officials said they would not "
     "accept the pay demand.", E("Kenya", "oppose", "pay"), A("Government officials")),
    ("The Syrian government and the opposition met in Geneva. Government negotiators rejected the demand for "
     "a transitional body.", E("Syria", "oppose", "transitional body")),
    ("Colombia's government resumed talks with the rebels in Havana. Government negotiators rejected the "
     "proposal for a bilateral ceasefire.", E("Colombia", "oppose", "ceasefire")),
    ("The Nepalese government invited the Maoists to new talks. Government officials said they would reject "
     "any demand for a new constitution.", E("Nepal", "oppose", "constitution")),
    ("The Sri Lankan government accused the Tamil Tigers of stalling. Government negotiators rejected the "
     "demand for a separate state.", E("Sri Lanka", "oppose", "separate state")),
    ("Zimbabwe's government offered civil servants a small raise. Government officials rejected the demand "
     "for a minimum wage of 500 dollars.", E("Zimbabwe", "oppose", "minimum wage")),
    ("Ethiopia and Egypt met again over the dam. Ethiopia's government said the talks were useful. "
     "Government officials rejected the demand for a binding deal.", E("Ethiopia", "oppose", "binding deal")),
    ("The Philippine government met the rebels in Kuala Lumpur. Government negotiators welcomed the "
     "proposal for a joint monitoring team.", E("Philippines", "support", "monitoring team")),
    ("The Sudanese government met the rebels in Doha on Sunday. Government negotiators rejected the "
     "demand for a share of oil revenue.", E("Sudan", "oppose", "oil revenue")),
    ("The Indonesian government resumed talks with the separatists in Helsinki. Government officials "
     "supported the plan for special autonomy.", E("Indonesia", "support", "special autonomy")),
    # controls: no state named, no holder; a state named in the description keeps it
    ("Government officials said on Monday they would not accept the pay demand.",
     A("Government officials"), A("officials")),
    ("Administration officials said on Friday they would reject any new tariffs.",
     A("Administration officials")),
    ("The United States met Iran in Vienna. Administration officials said they would not accept the demand "
     "for sanctions relief.", E("United States", "oppose", "sanctions relief")),
    # the government word with a name of its own is that body's ("Obama administration officials")
    ("The Obama administration met the governors on Monday. Obama administration officials said they would "
     "not accept the demand for a delay.", E("Obama administration", "oppose", "delay"), A("United States")),
    ("The Obama administration met the governors on Monday. Administration officials said they would not "
     "accept the demand for a delay.", E("Obama administration", "oppose", "delay"), A("United States")),
    ("Officials said on Monday they would not accept the pay demand.", E("Officials", "oppose", "pay")),
    ("Negotiators rejected the proposal for a land swap on Tuesday.", E("Negotiators", "oppose", "land swap")),
    # a mediator is a third party of its own: "the mediators" still hold what they do
    ("The mediators proposed a new round of talks in Doha.", E("mediators", "propose", "talks")),
    ("The Syrian government met the opposition in Geneva. Turkish officials rejected the demand for a "
     "buffer zone.", E("Turkey", "oppose", "buffer zone"), A("Syria", "oppose")),
    ("The Syrian government and the opposition met in Geneva. Opposition negotiators rejected the demand "
     "for a ceasefire.", E("Opposition negotiators", "oppose", "ceasefire")),
]
GOVERNMENT_PEOPLE_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(GOVERNMENT_PEOPLE, GOVERNMENT_PEOPLE_KNOWN)))
def test_government_people_are_the_state(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "negotiators for the union", "the union's negotiators", "company executives" ---------------
ORGANISATION_PEOPLE = [
    ("The Kenya National Union of Teachers met the government on Monday. Negotiators for the union rejected "
     "the latest pay offer.", E("Kenya National Union of Teachers", "oppose", "pay")),
    ("The Kenya National Union of Teachers met the government on Monday. The union's negotiators rejected "
     "the latest pay offer.", E("Kenya National Union of Teachers", "oppose", "pay")),
    ("The National Union of Mineworkers met the mine owners on Friday. Officials of the union rejected the "
     "proposal for a wage freeze.", E("National Union of Mineworkers", "oppose", "wage freeze")),
    ("Boeing met the machinists on Monday to discuss a new contract. Company executives rejected the demand "
     "for a pension increase.", E("Boeing", "oppose", "pension increase")),
    ("Lonmin, the world's third-largest platinum producer, met the strikers on Monday. Company executives "
     "rejected the demand for a pay rise.", E("Lonmin", "oppose", "pay rise")),
    ("Toyota opened wage talks with its workers on Monday. Company executives rejected the demand for a "
     "bonus.", E("Toyota", "oppose", "bonus")),
    ("Boeing executives rejected the demand for a pension increase.", E("Boeing", "oppose", "pension increase")),
    ("Microsoft and the Communications Workers of America opened talks on Monday. The company rejected the "
     "demand for a pension increase.", E("Microsoft", "oppose", "pension increase")),
    ("The Kenya National Union of Teachers met the ministry on Monday. Negotiators for the union said they "
     "would not accept the offer.", E("Kenya National Union of Teachers", "oppose", "offer")),
    ("Ryanair met the pilots on Tuesday. Company executives rejected the demand for a shorter week.",
     E("Ryanair", "oppose", "shorter week")),
    # a body word with a modifier of its own is no bare word for the one named before
    ("Marco Rubio's party held its caucus on Monday. Democratic party officials said they would not accept "
     "the demand for a recount.", A("Marco Rubio's party"), A("Rubio's party")),
    # controls: two companies, no company; a firm no one named, no holder
    ("Airbus and Boeing both met the unions on Monday. Company executives rejected the demand for a pension "
     "increase.", A("Airbus"), A("Boeing")),
    ("A senior executive said on Monday the firm would not accept the pay demand.", A("executive")),
    ("The company and the union met on Monday. The company rejected the demand for a pension increase.",
     A("company")),
]
ORGANISATION_PEOPLE_KNOWN = {
    "Ryanair met the pilots on Tuesday. Company executives rejected the demand for a shorter week.":
        "the small model reads 'Ryanair' as no organisation, so no company was named before",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ORGANISATION_PEOPLE, ORGANISATION_PEOPLE_KNOWN)))
def test_organisation_people_are_the_organisation(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "the company" as a passive's agent; a second "she" after an unnamed official ---------------
AGENTS_AND_PRONOUNS = [
    ("Boeing met the International Association of Machinists on Monday. The proposal for a pension increase "
     "was rejected by the company.", E("Boeing", "oppose", "pension increase")),
    ("The Kenya National Union of Teachers met the government on Monday. The pay offer was rejected by the "
     "union.", E("Kenya National Union of Teachers", "oppose", "pay")),
    ("A senior State Department official spoke to reporters on Friday. She said the United States would not "
     "accept a no-fly zone. She also rejected the demand for sanctions relief.",
     E("State Department", "oppose", "sanctions relief")),
    ("A senior Egyptian official met the envoys on Sunday. He said the plan was a good start. He also "
     "called for an immediate ceasefire.", E("Egypt", "demand", "ceasefire")),
    # control: a named person between keeps the second pronoun away from the official
    ("A senior Egyptian official met the envoys on Sunday. Foreign Minister Anna Berg of Sweden spoke next. "
     "She called for an immediate ceasefire.", E("Anna Berg", "demand", "ceasefire"), A("Egypt", "demand")),
]
AGENTS_AND_PRONOUNS_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(AGENTS_AND_PRONOUNS, AGENTS_AND_PRONOUNS_KNOWN)))
def test_agents_and_pronouns_after_descriptions(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "the union" after a name of its kind without the word ----------------------------------------
KIND_NAMES = [
    ("Boeing met the International Association of Machinists on Monday. The union rejected the company's "
     "offer of a pay rise.", E("International Association of Machinists", "oppose", "pay rise")),
    ("The Congress of South African Trade Unions met the ministry on Friday. The union rejected the proposal "
     "for a wage freeze.", E("Congress of South African Trade Unions", "oppose", "wage freeze")),
    ("The Communications Workers of America met Verizon on Monday. The union rejected the demand for longer "
     "shifts.", E("Communications Workers of America", "oppose", "longer shifts")),
    ("The Swaziland National Association of Teachers met the government on Tuesday. The union demanded a "
     "cost-of-living adjustment.", E("Swaziland National Association of Teachers", "demand", "cost-of-living")),
    ("The Nigeria Labour Congress met the government in Abuja. The union rejected the new minimum wage.",
     E("Nigeria Labour Congress", "oppose", "minimum wage")),
    ("The International Brotherhood of Teamsters met UPS on Monday. The union rejected the offer of a "
     "two percent raise.", E("Teamsters", "oppose", "raise")),
    ("The American Federation of Teachers met the school board. The union demanded smaller classes.",
     E("American Federation of Teachers", "demand", "smaller classes")),
    ("Ford met the United Auto Workers on Monday. The union rejected the proposal for a two-tier wage system.",
     E("United Auto Workers", "oppose", "two-tier")),
    ("The Writers Guild of America met the studios on Tuesday. The union rejected the offer on streaming "
     "residuals.", E("Writers Guild of America", "oppose", "residuals")),
    ("The Korean Confederation of Trade Unions met the ministry. The union called for a shorter working week.",
     E("Korean Confederation of Trade Unions", "demand", "shorter working week")),
    # control: two names of the kind, no referent
    ("The Nigeria Labour Congress and the American Federation of Teachers met in Abuja. The union rejected "
     "the new minimum wage.", A("Nigeria Labour Congress"), A("American Federation of Teachers")),
]
KIND_NAMES_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(KIND_NAMES, KIND_NAMES_KNOWN)))
def test_union_after_a_name_of_its_kind(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- pronouns after "the latter"/"the former"; known open cases -----------------------------------
ORDER_AND_OPEN = [
    # "the latter" picks one of the parties just named: the company named before is no antecedent
    ("Boeing said the talks had failed. Inquiries were opened by the ministry and the regulator, with the "
     "latter confirming that they would not accept the demand for a new audit.", A("Boeing")),
    # "former" as an adjective of a noun phrase ("the former envoy") picks no one
    ("Hamas met the former Egyptian envoy on Monday. It said it would not accept the proposal.",
     E("Hamas", "oppose", "proposal")),
    ("The union met the former chairman of the company. They rejected the wage offer.",
     E("union", "oppose", "wage")),
    ("Boeing met the union on Monday. It rejected the demand for a pension increase.",
     E("Boeing", "oppose", "pension increase")),
    ("The Kenya National Union of Teachers met the government on Monday. They rejected the offer of a "
     "three percent raise.", E("Kenya National Union of Teachers", "oppose", "raise")),
    ("The Sudanese government met the rebel Justice and Equality Movement in Doha. Rebel commanders rejected "
     "the ceasefire proposal.", E("Justice and Equality Movement", "oppose", "ceasefire")),
    ("Israel and the Palestinian Authority resumed talks in Washington. Palestinian negotiators rejected the "
     "proposal for a land swap.", E("Palestinian Authority", "oppose", "land swap")),
]
ORDER_AND_OPEN_KNOWN = {
    "Israel and the Palestinian Authority resumed talks in Washington. Palestinian negotiators rejected the "
    "proposal for a land swap.":
        "a demonym gives the state of the gazetteer (Palestine), not the institution of it named before",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ORDER_AND_OPEN, ORDER_AND_OPEN_KNOWN)))
def test_order_references_and_open_cases(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)
