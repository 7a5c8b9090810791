"""Stances stated by an effort, a verb of praising or knocking a policy, "on board with", or a
call whose infinitive the parser hangs on the verb (issue #11, round `nostance7`: the "no stance
from its sentence" misses of the fresh and tune sets), in our own words.

- A verb of striving with the infinitive of what is striven for supports the action, read as a
  verb of decision is ([forms] striving_verbs: "the unions are campaigning to raise the minimum
  wage", "Democrats pushed to repeal the tax", "is battling to save the pact"; "fought to keep
  the plant open" through the contest verb "fight"). With an object the verb presses someone
  ("pushed Iran to return": pressing_verbs), without an infinitive it states nothing ("worked
  hard", "campaigned in Iowa", "fought the war"), nor for a race's aim ([forms] competing_verbs:
  "laboring to make inroads", "battled to overtake Obama", "fighting to win the war"). "work" is left out: "worked to V" added a row
  the check set does not hold (strict xfails).
- Knocking or panning a policy opposes it, promoting or extolling it supports it, on the same
  things a verb of attacking criticises ([forms] criticising_verbs, commending_verbs,
  criticised_nouns: a document, a decision, an agreement, a law, a rule, a tax): "Trump knocked
  the party's rules as undemocratic", "has been promoting trade deals"; "knocked on doors",
  "promoted the film", "was promoted to colonel" are none.
- "on board with X" is a stand for X ([forms] stand_for), refused when negated ("is not on board
  with the compromise").
- A call, a demand or a proposal whose "to" infinitive the parser hangs on the verb as an
  adverbial clause right after the noun: "joined the calls to repeal the tax" (`noun_object`; a
  capitalised "verb", a name misread as in "Trump needs to V", reads none)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

STRIVING = [
    C("campaigning to V", "The unions are campaigning to raise the minimum wage.", E("unions", "support", "minimum wage")),
    C("pushed to V", "Senate Democrats pushed to repeal the medical device tax.",
      E("Democrats", "support", "repeal of medical device tax")),
    C("has worked to V", "Governor Jay Inslee has worked to expand Medicaid.", E("Jay Inslee", "support", "Medicaid"),
      xfail="'work' is left out of striving_verbs: 'worked to V' added a row the check set does not hold"),
    C("fought to V", "Senator Sherrod Brown fought to keep the steel plant open.", E("Sherrod Brown", "support", "steel plant")),
    C("is battling to V", "The European Commission is battling to save the trade pact.", E("European Commission", "support", "trade pact")),
    C("labored to V", "Secretary of State John Kerry labored to revive the peace talks.", E("John Kerry", "support", "peace talks")),
    C("crusaded to V", "Senator Elizabeth Warren crusaded to break up the big banks.", E("Elizabeth Warren", "support", "banks")),
    C("agitated to V", "The teachers' union agitated to reduce class sizes.", E("teachers' union", "support", "class sizes")),
    C("working to V, progressive", "Mayor Bill de Blasio is working to lift the hiring freeze.", E("Bill de Blasio", "support", "hiring freeze"),
      xfail="'work' is left out of striving_verbs: 'worked to V' added a row the check set does not hold"),
    C("battled to V", "Chancellor Angela Merkel battled to save the bailout deal.", E("Angela Merkel", "support", "bailout deal")),
    C("pushing to V, progressive", "The Teamsters are pushing to unionize the warehouse workers.",
      E("Teamsters", "support", "warehouse workers")),
    C("campaigned hard to V", "The AFL-CIO campaigned hard to defeat the trade deal.", E("AFL-CIO", "support", "trade deal")),
    C("pushing to V in a relative clause", "Senator Tim Kaine, who is pushing to extend the tax credit, spoke on Monday.",
      E("Tim Kaine", "support", "tax credit")),
]

STRIVING_CONTROLS = [
    C("worked hard: no infinitive", "Senator Susan Collins worked hard all week.", A("Susan Collins")),
    C("worked at a place", "Governor Jay Inslee worked at a sawmill for ten years.", A("Jay Inslee")),
    C("campaigned in a state", "Senator Bernie Sanders campaigned in Iowa on Sunday.", A("Bernie Sanders")),
    C("pushed a thing", "Senator Susan Collins pushed the cart into the hall.", A("Susan Collins")),
    C("pushed a party to V: a demand", "France is pushing Iran to return to the nuclear deal.",
      E("France", "demand", "return"), A("France", "support")),
    C("fought a war", "Russia fought a war with Georgia in 2008.", A("Russia")),
    C("worked so that: a marker", "Mayor Bill de Blasio worked late so as to finish the budget.", A("Bill de Blasio", "support")),
    C("laboring to make inroads: a race", "Senator Bernie Sanders has been laboring to make inroads with black voters.",
      A("Bernie Sanders")),
    C("battled to overtake a rival", "Hillary Clinton battled to overtake Barack Obama in the primaries.", A("Hillary Clinton")),
    C("fought to retain an edge", "Jeb Bush fought to retain his fundraising edge.", A("Jeb Bush")),
    C("fighting to win the war", "General Mark Milley is fighting to win the war.", A("Mark Milley")),
    C("pushing to win a seat", "Governor Rick Scott is pushing to win the Senate seat.", A("Rick Scott")),
]

CRITICISED = [
    C("knocked X as", "Donald Trump knocked the Democrats' nominating rules as undemocratic.", E("Donald Trump", "oppose", "rules")),
    C("knocks the policy", "Senator Rand Paul knocks the administration's policy on drones.", E("Rand Paul", "oppose", "policy")),
    C("panned the budget", "Senate Democrats panned the governor's budget.", E("Democrats", "oppose", "budget")),
    C("bashed the agreement", "Donald Trump bashed the trade agreement during the debate.", E("Donald Trump", "oppose", "trade agreement")),
    C("excoriated the decision", "Senator Chuck Schumer excoriated the court's ruling.", E("Chuck Schumer", "oppose", "ruling")),
    C("knocked the tax", "The Chamber of Commerce knocked the new payroll tax.", E("Chamber of Commerce", "oppose", "payroll tax")),
    C("panned the proposal, passive", "The proposal was panned by Senator Lindsey Graham.", E("Lindsey Graham", "oppose", "proposal")),
    C("knocking the tariffs", "Canada has been knocking the steel tariffs for months.", E("Canada", "oppose", "steel tariffs")),
    C("bashing the law", "Governor Greg Abbott keeps bashing the federal health law.", E("Greg Abbott", "oppose", "health law")),
    C("excoriates the regulations", "The National Rifle Association excoriates the new regulations.",
      E("National Rifle Association", "oppose", "regulations")),
]

CRITICISED_CONTROLS = [
    C("knocked on doors", "Senator Bernie Sanders knocked on doors in New Hampshire.", A("Bernie Sanders")),
    C("knocked a person", "Donald Trump knocked Jeb Bush during the debate.", A("Donald Trump")),
    C("panned the crowd", "The camera of CNN panned the crowd.", A("CNN")),
    C("bashed a car", "Protesters bashed a police car in Paris.", A("Paris")),
]

PROMOTED = [
    C("promoting trade deals", "Donald Trump has been promoting trade deals that favor American workers.",
      E("Donald Trump", "support", "trade deals")),
    C("promoted the plan", "Senator Marco Rubio promoted the tax plan in Iowa.", E("Marco Rubio", "support", "tax plan")),
    C("promotes the bill", "Speaker Paul Ryan promotes the health care bill.", E("Paul Ryan", "support", "health care bill")),
    C("extolled the reform", "Chancellor Angela Merkel extolled the pension reform.", E("Angela Merkel", "support", "pension reform")),
    C("trumpeted the agreement", "President Barack Obama trumpeted the climate agreement.", E("Barack Obama", "support", "climate agreement")),
    C("promoting the initiative", "Japan is promoting the initiative at the summit.", E("Japan", "support", "initiative")),
    C("promoted the policy, passive", "The policy was promoted by Governor Jerry Brown.", E("Jerry Brown", "support", "policy")),
    C("extols the law", "Senator Elizabeth Warren extols the consumer protection law.", E("Elizabeth Warren", "support", "consumer protection law")),
    C("promoted the accord", "The European Union promoted the accord in Africa.", E("European Union", "support", "accord")),
    C("trumpets the tax cuts", "Speaker Paul Ryan trumpets the tax cuts.", E("Paul Ryan", "support", "tax cuts")),
]

PROMOTED_CONTROLS = [
    C("promoted the film", "Senator Al Franken promoted the film in Minnesota.", A("Al Franken")),
    C("was promoted to a rank", "General David Petraeus was promoted to colonel.", A("David Petraeus")),
    C("trumpeted a victory", "Senator Ted Cruz trumpeted his victory in Iowa.", A("Ted Cruz")),
    C("promoted a person", "Donald Trump promoted Mike Pence as his running mate.", A("Donald Trump")),
]

ON_BOARD = [
    C("on board with", "Senator Ben Cardin is on board with the compromise.", E("Ben Cardin", "support", "compromise")),
    C("not on board with", "Senator Ben Cardin is not on board with the compromise.", E("Ben Cardin", "oppose", "compromise")),
    C("fully on board with", "Germany is fully on board with the plan.", E("Germany", "support", "plan")),
    C("now on board with", "The White House is now on board with the bill.", E("United States", "support", "bill")),
    C("remains on board with", "Japan remains on board with the trade deal.", E("Japan", "support", "trade deal")),
    C("not yet on board with", "Senator Joe Manchin is not yet on board with the package.", E("Joe Manchin", "oppose", "package")),
    C("was on board with", "Speaker Paul Ryan was on board with the budget deal.", E("Paul Ryan", "support", "budget deal")),
    C("are on board with, plural", "France and Italy are on board with the sanctions.", E("France", "support", "sanctions"),
      E("Italy", "support", "sanctions")),
    C("said X is on board with", "Senator Chuck Schumer said he is on board with the proposal.",
      E("Chuck Schumer", "support", "proposal")),
    C("is not on board with, a treaty", "India is not on board with the treaty.", E("India", "oppose", "treaty")),
]

ON_BOARD_CONTROLS = [
    C("on board a ship", "Senator John McCain was on board the aircraft carrier.", A("John McCain")),
    C("on board with a person", "Senator John McCain was on board with his wife.", A("John McCain"),
      xfail="a kin noun after 'on board with' is read as the thing stood for (no person-noun check for that phrase)"),
    C("the passengers on board", "Japan said the passengers on board were safe.", A("Japan")),
]

CALLS_TO = [
    C("joined the calls to V", "The AFL-CIO joined the calls to repeal the tax.", E("AFL-CIO", "demand", "repeal of tax")),
    C("joined calls to V", "Senator Bernie Sanders joined calls to delay the vote.", E("Bernie Sanders", "demand", "vote")),
    C("renewed its calls to V", "Amnesty International renewed its calls to free the prisoners.",
      E("Amnesty International", "demand", "prisoners")),
    C("repeated demands to V", "The unions repeated demands to scrap the reform.", E("unions", "oppose", "reform")),
    C("echoed calls to V", "Germany echoed calls to suspend the talks.", E("Germany", "demand", "talks")),
    C("backed calls to V", "Canada backed calls to investigate the killing.", E("Canada", "support", "investigation of killing")),
    C("reiterated its demand to V", "Hamas reiterated its demand to lift the blockade.", E("Hamas", "demand", "blockade")),
    C("issued calls to V", "Pope Francis issued calls to end the fighting.", E("Francis", "demand", "fighting")),
    C("supported calls to V", "France supported calls to reopen the border.", E("France", "support", "reopening of border")),
    C("joined the calls to V, plural", "Senators Bernie Sanders and Elizabeth Warren joined the calls to cancel the debt.",
      E("Bernie Sanders", "demand", "debt"), E("Elizabeth Warren", "demand", "debt")),
]

CALLS_TO_CONTROLS = [
    C("a call, then a purpose clause after a comma", "Canada made the call, to avoid a delay.", A("Canada", "demand")),
    C("answered calls to the hotline", "Senator Susan Collins answered calls to the hotline.", A("Susan Collins", "demand")),
]

CASES = (STRIVING + STRIVING_CONTROLS + CRITICISED + CRITICISED_CONTROLS + PROMOTED + PROMOTED_CONTROLS
         + ON_BOARD + ON_BOARD_CONTROLS + CALLS_TO + CALLS_TO_CONTROLS)


def test_tables_have_enough_cases():
    for table in (STRIVING, CRITICISED, PROMOTED, ON_BOARD, CALLS_TO):
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_efforts_and_praise_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
