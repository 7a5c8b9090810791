"""What one party asks another to do (issue #11, item 5: stances in the forms news uses):

- "called for Israel to withdraw", "pushed for the talks to resume": the parser makes "for" the
  marker of a clause with its own subject; the clause is what is called for, the caller's demand;
- "demanded that Israel accept the truce": a subjunctive clause under a demand is the demand, no
  acceptance of the addressee's (nor is the clause under "called for");
- "petitioned the government to release the report": the action asked for, also when the parser
  hangs it on the verb as an adverbial clause;
- "Kerry and Lavrov agreed that the ceasefire must hold": the obligation in a clause the parties
  agree to is theirs, as a reporter's is;
- leaving a place ("urged Russia to withdraw from Ukraine", "refused to pull out of the region"):
  the withdrawal is at stake, supported by who does it, demanded or refused by others; leaving
  talks still opposes the talks.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


# --- "called for X to V": the caller demands the action, X takes no position -------------------
CALLED_FOR = [
    ("The UN called for Israel to withdraw from Gaza.",
     E("United Nations", "demand", "withdrawal"), A("Israel")),
    ("The union pushed for the talks to resume.", E("union", "demand", "resumption")),
    ("Washington pressed for the sanctions to be lifted.", E("United States", "demand", "lifting of sanctions")),
    ("The EU called for both sides to return to the table.", E("European Union", "demand", "return")),
    ("Egypt appealed for Hamas to release the hostages.", E("Egypt", "demand", "release of hostages"), A("Hamas")),
    ("The opposition called for Maduro to step down.", E("opposition", "demand", "stepping down")),
    ("Kenya's teachers lobbied for parliament to pass the pay bill.", E("teachers", "demand", "bill")),
    ("Qatar called for Israel to allow aid into Gaza.", E("Qatar", "demand", "aid"), A("Israel")),
    ("The Kenya National Union of Nurses pressed for the ministry to hire more staff.",
     E("Kenya National Union of Nurses", "demand", "staff")),
    ("China called for the United States to lift the tariffs.",
     E("China", "demand", "tariffs"), A("United States")),
    ("The House voted for Pelosi to serve as Speaker.", A("House", "demand")),
]
CALLED_FOR_KNOWN = {
    "Kenya's teachers lobbied for parliament to pass the pay bill.":
        "the parser reads 'for parliament' as the prepositional object of 'lobbied', not a clause's marker",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(CALLED_FOR, CALLED_FOR_KNOWN)))
def test_called_for_another_to_act(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "demanded that X V": the demand, no position of X ------------------------------------------
DEMANDED_THAT = [
    ("Hamas demanded that Israel accept the truce.", E("Hamas", "demand", "truce"), A("Israel")),
    ("Hamas demanded that Israel withdraw from Gaza.", E("Hamas", "demand", "withdrawal from Gaza"), A("Israel")),
    ("Hamas insisted that Israel pull out of Gaza.", E("Hamas", "demand", "withdrawal from Gaza"), A("Israel")),
    ("The union insisted that the company should accept the offer.", E("union", "demand", "offer"), A("company")),
    ("Serbia demanded that Kosovo recognise the Serb municipalities.",
     E("Serbia", "demand", "municipalities"), A("Kosovo")),
    ("Kyiv demanded that Moscow return the deported children.", E("Ukraine", "demand", "children"), A("Russia")),
    ("The EU asked that Hungary lift its veto.", E("European Union", "demand", "veto"), A("Hungary")),
    ("The unions demanded that Lonmin reopen the mine.", E("unions", "demand", "mine"), A("Lonmin")),
    ("Japan insisted that North Korea return the abductees.", E("Japan", "demand", "abductees"), A("North Korea")),
    ("Iran requested that the IAEA withdraw its report.",
     E("Iran", "demand", "report"), A("International Atomic Energy Agency")),
    ("Hamas's demand that Israel withdraw from Gaza stalled the talks.",
     E("Hamas", "demand", "withdrawal from Gaza"), A("Israel")),
    ("Israel rejected Hamas's demand that it release all prisoners.", E("Hamas", "demand", "prisoners")),
    # a report of what the other did is no demand: it stays the other's stance
    ("Hamas said that Israel had accepted the truce.", E("Israel", "support", "truce")),
]
DEMANDED_THAT_KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("text", "checks"), list(known_params(DEMANDED_THAT, DEMANDED_THAT_KNOWN)))
def test_demanded_that_another_act(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "petitioned X to V": the action asked for ---------------------------------------------------
ASKED_TO = [
    ("Swaziland's unions petitioned the government of Eswatini to release the salary report.",
     E("unions", "demand", "release of salary report")),
    ("The teachers petitioned Kenya to pay the arrears.", E("teachers", "demand", "arrears")),
    ("The unions asked the government of Zimbabwe to raise salaries.", E("unions", "demand", "salaries")),
    ("Kenya's nurses pressed the ministry to hire more staff.", E("nurses", "demand", "staff")),
    ("The EU encouraged Serbia to recognise Kosovo.", E("European Union", "demand", "recognition")),
    ("Lonmin asked the court to end the strike.", E("Lonmin", "demand", "strike")),
    ("Hamas urged the mediators to pressure Israel.", E("Hamas", "demand", "Israel")),
    ("The union petitioned parliament to scrap the new mining law.", E("union", "demand", "law")),
    ("The farmers petitioned the European Commission to ban the imports.", E("farmers", "demand", "imports")),
    ("Ukraine implored NATO to send more air defence systems.", E("Ukraine", "demand", "air defence")),
    ("The union begged the company to reopen the mine.", E("union", "demand", "mine")),
]
ASKED_TO_KNOWN = {
    "The union petitioned parliament to scrap the new mining law.":
        "the small parser reads 'petitioned parliament' as a name, subject of 'to scrap'",
    "The union begged the company to reopen the mine.": "'beg' is an object-control verb but no stance verb",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(ASKED_TO, ASKED_TO_KNOWN)))
def test_asked_another_to_act(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- leaving a place ---------------------------------------------------------------------------
LEAVING = [
    ("Washington urged Russia to withdraw from Ukraine.", E("United States", "demand", "withdrawal from Ukraine")),
    ("Russia refused to withdraw from Ukraine.", E("Russia", "oppose", "withdrawal from Ukraine")),
    ("Russia has refused to pull out of Ukraine.", E("Russia", "oppose", "withdrawal from Ukraine")),
    ("Armenia vowed never to withdraw from Karabakh.",
     E("Armenia", "oppose", "withdrawal from Karabakh", red_line=True)),
    ("Russia refused to withdraw from the region.", E("Russia", "oppose", "withdrawal from region"),
     A("Russia", "support")),
    ("The rebels agreed to pull out of the town.", E("rebels", "support", "withdrawal from town")),
    ("Israel pulled out of Gaza in 2005.", E("Israel", "support", "withdrawal from Gaza")),
    ("Hamas demanded that Israel withdraw from Gaza.", E("Hamas", "demand", "withdrawal from Gaza")),
    ("The M23 rebels agreed to withdraw from Goma.", E("M23", "support", "withdrawal from Goma")),
    ("Moscow said it would not withdraw from Crimea.", E("Russia", "oppose", "withdrawal from Crimea")),
    # leaving talks or a treaty opposes them
    ("The EU urged Russia to withdraw from the treaty.", E("European Union", "oppose", "treaty")),
    ("Hamas refused to withdraw from the talks.", E("Hamas", "support", "talks")),
]
LEAVING_KNOWN = {
    "The M23 rebels agreed to withdraw from Goma.": "'Goma' is tagged a person by the small model, not a place",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(LEAVING, LEAVING_KNOWN)))
def test_leaving_a_place(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


# --- "X and Y agreed that Z must V" -------------------------------------------------------------
AGREED_THAT = [
    ("Kerry and Lavrov agreed that the ceasefire must hold.",
     E("Kerry", "demand", "ceasefire"), E("Lavrov", "demand", "ceasefire")),
    ("Serbia and Kosovo agreed that the talks should resume.",
     E("Serbia", "demand", "talks"), E("Kosovo", "demand", "talks")),
    ("Hamas agreed that the hostages must be released in stages.", E("Hamas", "demand", "release")),
    ("Egypt and Qatar agreed that the border crossing must be reopened.",
     E("Egypt", "demand", "reopening"), E("Qatar", "demand", "reopening")),
    ("Armenia acknowledged that the peace treaty must be signed this year.", E("Armenia", "demand", "treaty")),
    ("Israel and Hamas agreed that aid convoys should enter Gaza daily.",
     E("Israel", "demand", "aid"), E("Hamas", "demand", "aid")),
    ("Kosovo agreed that Serbia should not join the talks.", A("Kosovo", "demand")),
]
AGREED_THAT_KNOWN = {
    "Israel and Hamas agreed that aid convoys should enter Gaza daily.":
        "'enter Gaza' names a place, which is no issue: the action has no label",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(AGREED_THAT, AGREED_THAT_KNOWN)))
def test_agreed_that_an_obligation(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)
