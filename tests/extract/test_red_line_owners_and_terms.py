"""Red lines, round 3 (issue #11): who holds a red line whose named owner is no actor, what a red
line is on when news names it indirectly, and what a refusal demands. Sentences written for these
tests, ten or so per family where news English has that many, with controls where the same words
frame no negotiating position (a red line on a map or a pitch, prices in a shop, a weather
minimum).

- an owner the table has no actor for ("a red line for Ankara", "for all Palestinians"): whoever
  says so holds it, as with no owner named;
- "one of X's red lines is Y", "what X calls its red lines on Y / including Y" (a deal that
  "respects what X calls its red lines" names none of them);
- a right or a claim held as a red line ("Iran's right to enrich uranium is a red line",
  [forms] held_nouns) is demanded, not excluded; so is what a red line includes with a wanted
  qualifier ("including a full withdrawal");
- "X is the bare / absolute minimum": demanded as a red line;
- a refusal "as long as C" opposes C, it does not demand it ("refused to negotiate as long as
  the blockade continues");
- a refusal of "any X that does not include / restore Y" demands Y.

Known failures are listed in ``KNOWN_FAILURES`` and run as strict xfails.
"""

from __future__ import annotations

import pytest

from .stance_cases import C
from .test_red_line_wordings import NoRedLine as N
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

UNKNOWN_OWNERS = [
    C("for a capital, reported", "Erdogan said a Kurdish state on the border was a red line for Ankara.",
      E("Erdogan", "oppose", "Kurdish state", red_line=True)),
    C("for all of a people, reported after", "Jerusalem is a red line for all Palestinians, Abbas said.",
      E("Abbas", "oppose", "Jerusalem", red_line=True)),
    C("for a people, reported before", "Abbas said East Jerusalem was a red line for the Palestinians.",
      E("Abbas", "oppose", "East Jerusalem", red_line=True)),
    C("for a seat of power", "Lavrov said NATO bases in Ukraine were a red line for the Kremlin.",
      E("Lavrov", "oppose", "NATO bases", red_line=True)),
    C("for a city standing for a state", "Netanyahu said a nuclear Iran was a red line for Jerusalem.",
      E("Netanyahu", "oppose", "nuclear Iran", red_line=True)),
    C("for another capital", "Maduro said foreign troops were a red line for Caracas.",
      E("Maduro", "oppose", "foreign troops", red_line=True)),
    C("for Tehran", "Khamenei said the missile programme was a red line for Tehran.",
      E("Khamenei", "oppose", "missile programme", red_line=True)),
    C("for a named state still its own", "Erdogan said a Kurdish state on Turkey's border was a red line for Turkey.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
]

NAMED_INDIRECTLY = [
    C("one of X's red lines", "One of Israel's red lines is a nuclear-armed Iran.",
      E("Israel", "oppose", "nuclear-armed Iran", red_line=True)),
    C("one of X's red lines, a place", "One of Turkey's red lines is a Kurdish state in Syria.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
    C("another of X's red lines", "Another of Russia's red lines is NATO membership for Georgia.",
      E("Russia", "oppose", "NATO membership", red_line=True)),
    C("what X calls its red lines on Y", "The talks stalled over what the union calls its red lines on pensions.",
      E("union", "oppose", "pensions", red_line=True)),
    C("what X calls its red lines, including a right",
      "The deal respects what Iran calls its red lines, including the right to enrich uranium.",
      E("Iran", "demand", "enrichment of uranium", red_line=True), A("Iran", "oppose")),
    C("what X calls its red lines, including a wanted thing",
      "Negotiators are stuck on what Hamas calls its red lines, including a full withdrawal.",
      E("Hamas", "demand", "full withdrawal", red_line=True)),
]

NAMED_INDIRECTLY_CONTROLS = [
    C("a deal respecting the lines names none", "The deal respects what Iran calls its red lines.", A("Iran")),
]

HELD = [
    C("a right, reported", "Khamenei said Iran's right to enrich uranium was a red line.",
      E("Khamenei", "demand", "enrichment of uranium", red_line=True), A("Khamenei", "oppose")),
    C("red lines include a right", "Iran's red lines include the right to enrich uranium.",
      E("Iran", "demand", "enrichment of uranium", red_line=True)),
    C("a claim, not negotiable", "Spain said its claim to Gibraltar was not negotiable.",
      E("Spain", "demand", "claim to Gibraltar", red_line=True)),
    C("the right of return, a red line", "Abbas said the right of return was a red line.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("a claim, non-negotiable", "Argentina said its claim to the Falklands was non-negotiable.",
      E("Argentina", "demand", "claim to Falklands", red_line=True)),
    C("a right, sacrosanct", "The Palestinians say the right of return is sacrosanct.",
      E("Palestine", "demand", "right of return", red_line=True)),
    C("a right, not up for negotiation", "Rouhani said Iran's right to nuclear energy was not up for negotiation.",
      E("Rouhani", "demand", "nuclear energy", red_line=True)),
]

MINIMUM = [
    C("the bare minimum, an amount", "The NUM said a 10 percent raise was the bare minimum.",
      E("National Union of Mineworkers", "demand", "10 percent raise", red_line=True)),
    C("the absolute minimum", "The teachers said smaller classes were the absolute minimum.",
      E("teachers", "demand", "smaller classes", red_line=True)),
    C("the bare minimum for any deal", "Hamas said a full withdrawal was the bare minimum for any deal.",
      E("Hamas", "demand", "full withdrawal", red_line=True)),
    C("the bare minimum, money", "AMCU said 12,500 rand a month was the bare minimum.",
      E("Association of Mineworkers and Construction Union", "demand", "12,500 rand", red_line=True)),
    C("the absolute minimum they accept", "The nurses said a 5 percent raise was the absolute minimum they would accept.",
      E("nurses", "demand", "5 percent raise", red_line=True)),
]

MINIMUM_CONTROLS = [
    C("a weather minimum", "The minimum temperature was 5 degrees, the weather service said.", N("weather service")),
    C("doing the bare minimum", "Smith did the bare minimum, his coach said.", N("Smith")),
]

WHILE_REFUSED = [
    C("refused while a blockade lasts", "Hamas has refused to negotiate with Israel as long as the blockade continues.",
      E("Hamas", "oppose", "blockade", red_line=True), A("Hamas", "demand")),
    C("refuses while a leader stays", "The opposition refuses to join the government as long as Maduro remains in power.",
      E("opposition", "oppose", "joining of government", red_line=True), A("opposition", "demand")),
    C("refused while troops remain", "The rebels refused to disarm as long as government troops remained in the region.",
      E("rebels", "oppose", "disarmament", red_line=True), A("rebels", "demand")),
    C("refused while managers stay", "The union refused to return to work as long as the managers stayed.",
      E("union", "oppose", "return to work", red_line=True), A("union", "demand")),
    C("refuses while sanctions remain", "Iran refuses to talk as long as sanctions remain in place.",
      E("Iran", "oppose", "sanctions", red_line=True), A("Iran", "demand")),
]

WHILE_CONTROLS = [
    # an acceptance "as long as C" asks for C
    C("agreed as long as", "The union agreed to suspend the strike as long as talks continue.",
      E("union", "demand", "continuation of talks"), N("union")),
]

MISSING_TERMS = [
    C("not sign any bill that does not include", "Donald Trump said he would not sign any bill that did not include funding for the wall.",
      E("Donald Trump", "demand", "funding for wall", red_line=True), E("Donald Trump", "oppose", "bill", red_line=True)),
    C("not sign any deal that does not restore", "Ukraine will not sign any deal that does not restore its 1991 borders.",
      E("Ukraine", "demand", "1991 borders", red_line=True)),
    C("not accept any deal that does not return", "Israel would not accept any deal that does not return all the hostages.",
      E("Israel", "demand", "return of hostages", red_line=True)),
    C("not accept any offer that does not protect", "The union will not accept any offer that does not protect jobs.",
      E("union", "demand", "protection of jobs", red_line=True)),
    C("never accept an agreement that does not include", "Netanyahu said Israel would never accept an agreement that did not include the disarmament of Hamas.",
      E("Israel", "demand", "disarmament of Hamas", red_line=True)),
    C("not ratify any deal that does not include", "The EU will not ratify any deal that does not include the backstop.",
      E("European Union", "demand", "backstop", red_line=True)),
    C("not accept any agreement that does not lift", "Iran will not accept any agreement that does not lift all sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
]

MISSING_CONTROLS = [
    # what a refused offer includes is refused with it
    C("any offer that includes", "The union will not accept any offer that includes job cuts.",
      E("union", "oppose", "job cuts", red_line=True), A("union", "demand")),
]

PRECISION_CONTROLS = [
    C("a red line on a pitch", "The ball crossed the red line and the referee awarded a goal.", N("referee")),
    C("a red line on a map", "The red line on the map shows the route of the pipeline, Gazprom said.", N("Gazprom")),
    C("prices in a shop", "Prices in the shop are non-negotiable, the owner said.", N("owner")),
    C("a metro line", "The Metro's Red Line will be closed on Sunday, Washington officials said.", N("Washington")),
    C("a right as a matter for others", "Apple said the right to repair was a matter for Congress.", N("Apple")),
]

KNOWN_FAILURES: dict[str, str] = {}

FAMILIES = {
    "unknown owners": UNKNOWN_OWNERS,
    "named indirectly": NAMED_INDIRECTLY,
    "held": HELD,
    "minimum": MINIMUM,
    "while refused": WHILE_REFUSED,
    "missing terms": MISSING_TERMS,
}
CASES = [c for family in FAMILIES.values() for c in family] + NAMED_INDIRECTLY_CONTROLS + MINIMUM_CONTROLS \
    + WHILE_CONTROLS + MISSING_CONTROLS + PRECISION_CONTROLS


def _params():
    for case in CASES:
        reason = KNOWN_FAILURES.get(case.family)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for k, check in enumerate(case.checks):
            yield pytest.param(case.text, check, id=f"{case.family}|{k}", marks=marks)


def test_cases_are_distinct():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"
    assert set(KNOWN_FAILURES) <= {c.family for c in CASES}, "a known failure names no case"


@pytest.mark.parametrize(("text", "check"), list(_params()))
def test_red_line_owner_and_terms(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# preconditions stated with "first" or "before any talks", refusals "ruled out ... until",
# refusing to leave a place, and a manner idiom the parser takes for an object
PRECONDITIONS = [
    C("must first", "Washington said Pyongyang must first give up its nuclear weapons.",
      E("United States", "demand", "nuclear weapons", red_line=True)),
    C("demands that X first", "The US demands that North Korea first abandon its nuclear programme.",
      E("United States", "oppose", "nuclear programme", red_line=True)),
    C("demand before any talks", "The Palestinians demand a settlement freeze before any talks.",
      E("Palestine", "demand", "settlement freeze", red_line=True)),
    C("ruled out until", "Burma has ruled out talks with the rebels until they disarm.",
      E("Myanmar", "demand", "disarmament", red_line=True), E("Myanmar", "oppose", "talks", red_line=True)),
    C("never withdraw from a place", "Israel will never withdraw from the Jordan Valley, Netanyahu said.",
      E("Israel", "oppose", "withdrawal from Jordan Valley", red_line=True)),
    C("under no circumstances withdraw", "Under no circumstances will Israel withdraw from the Jordan Valley, Netanyahu said.",
      E("Israel", "oppose", "withdrawal from Jordan Valley", red_line=True)),
    C("refused point-blank", "The Taliban refused point-blank to talk to the Afghan government.",
      E("Taliban", "oppose", "talks", red_line=True), A("Taliban", "support")),
]

PRECONDITION_CONTROLS = [
    C("a demand before a date", "The union demands a pay rise before the holidays.",
      E("union", "demand", "pay rise"), N("union")),
    C("a plain ruling out", "Maduro ruled out a ceasefire.", E("Maduro", "oppose", "ceasefire"), N("Maduro")),
    C("will withdraw from a place", "Israel will withdraw from the Jordan Valley, Netanyahu said.",
      E("Israel", "support", "withdrawal from Jordan Valley")),
]

MORE = PRECONDITIONS + PRECONDITION_CONTROLS


def test_more_cases_are_distinct():
    assert len({c.text for c in MORE} | {c.text for c in CASES}) == len(MORE) + len(CASES)


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in MORE for k, check in enumerate(case.checks)])
def test_preconditions_and_refusals(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# a value named as the least accepted stays demanded ([forms] wanted_predicates); a matter
# insisted to be over ([forms] settled_words, insisted_closed_subjects, insisting_words)
VALUES_WANTED = [
    C("independence, the only acceptable solution", "Kosovo Albanians say independence is the only acceptable solution.",
      E("Kosovo", "demand", "independence", red_line=True)),
    C("independence, the bare minimum", "The Kosovo Albanians said independence was the bare minimum.",
      E("Kosovo", "demand", "independence", red_line=True)),
    C("independence, a precondition", "The rebels said independence was a precondition for any talks.",
      E("rebels", "demand", "independence", red_line=True)),
    C("unity, non-negotiable (still a value kept)", "Erdogan said the unity of Turkey was non-negotiable.",
      E("Erdogan", "oppose", "compromise on unity", red_line=True)),
]

INSISTED_OVER = [
    C("insists an issue settled", "North Korea insists that the abduction issue has been settled.",
      E("North Korea", "oppose", "abduction issue", red_line=True)),
    C("maintains an issue resolved", "Pyongyang maintains that the abduction issue has already been resolved.",
      E("North Korea", "oppose", "abduction issue", red_line=True)),
    C("insists a question settled", "Russia insists the question of the islands has been settled.",
      E("Russia", "oppose", "islands", red_line=True)),
]

INSISTED_CONTROLS = [
    C("a dispute reported settled", "The ministry said the border dispute had been settled.", N("ministry")),
    C("a police case closed", "Scotland Yard said the case was closed.", N("Scotland Yard")),
    C("an issue resolved, reported", "Japan said the visa issue had been resolved.", N("Japan")),
]

ROUND3 = VALUES_WANTED + INSISTED_OVER + INSISTED_CONTROLS


def test_round3_cases_are_distinct():
    texts = {c.text for c in ROUND3} | {c.text for c in MORE} | {c.text for c in CASES}
    assert len(texts) == len(ROUND3) + len(MORE) + len(CASES)


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in ROUND3 for k, check in enumerate(case.checks)])
def test_values_wanted_and_matters_insisted_over(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# "there is no question of X" rules X out; a schedule ("no talks on Sunday") and a negated
# hesitation ("would not hesitate to impose sanctions") are no refusals
NO_QUESTION = [
    C("no question of V-ing", "The Maoists said there was no question of surrendering their arms.",
      E("Maoists", "oppose", "arms", red_line=True)),
    C("no question of a noun", "There can be no question of a return to the old borders, Zelensky said.",
      E("Zelensky", "oppose", "return to old borders", red_line=True)),
    C("no question of X V-ing", "Lavrov said there was no question of Russia withdrawing from Crimea.",
      E("Lavrov", "oppose", "withdrawal from Crimea", red_line=True), A("Russia", "support")),
    C("no question of accepting", "The union said there was no question of accepting the offer.",
      E("union", "oppose", "offer", red_line=True)),
]

NO_QUESTION_CONTROLS = [
    C("no question that (a certainty)", "There is no question that the talks were useful, Kerry said.", N("Kerry")),
    C("no talks on a day", "There will be no talks on Sunday, Lavrov said.", N("Lavrov")),
    C("no talks this week", "There will be no talks this week, the Kremlin said.", N("Russia")),
    C("no talks with a party (a refusal)", "Lavrov said there would be no talks with the Taliban.",
      E("Lavrov", "oppose", "talks with Taliban", red_line=True)),
    C("not hesitate to", "Blinken said the United States would not hesitate to impose sanctions.",
      E("United States", "support", "sanctions"), A("United States", "oppose")),
    C("did not hesitate to", "The union did not hesitate to call a strike.", E("union", "support", "strike")),
]

ROUND4 = NO_QUESTION + NO_QUESTION_CONTROLS


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in ROUND4 for k, check in enumerate(case.checks)])
def test_no_question_and_schedules(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# a noun of stance given up under a refusal is read at the refusal only: "will not give up its
# right to enrichment" keeps the right (a red line), no "consider" of the right besides
KEPT_NOUNS = [
    C("not give up a right", "Iran says it will not give up its right to enrichment.",
      E("Iran", "oppose", "right to enrichment", red_line=True), A("Iran", "consider")),
    C("not give up a demand", "The union will not give up its demand for a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=True), A("union", "consider")),
]


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in KEPT_NOUNS for k, check in enumerate(case.checks)])
def test_kept_nouns_read_at_the_refusal(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# a refusal "while C" lasts through C, as "as long as" (C opposed, a red line); a contrast clause
# (", while / although Y ...") is another's position and takes none of the main clause's red line
WHILE_LASTING = [
    C("not negotiate while X builds", "Abbas said the Palestinians would not negotiate while Israel builds settlements.",
      E("Palestine", "oppose", "settlements", red_line=True), A("Palestine", "demand")),
    C("not return while X continues", "The opposition said it would not return to the talks while the bombing continues.",
      E("opposition", "oppose", "bombing", red_line=True), E("opposition", "oppose", "return to talks", red_line=True)),
]

CONTRAST_CONTROLS = [
    C("while, a contrast after a comma", "Israel will not negotiate, while Hamas says it wants talks.",
      E("Hamas", "demand", "talks", red_line=False)),
    C("although, another's wish", "Hamas will never disarm, although Israel wants the group to hand over its weapons.",
      E("Hamas", "oppose", "disarmament", red_line=True), N("Israel")),
    C("while, a refusal of the second party", "Israel rejected the plan, while Hamas said it would never accept a partial deal.",
      E("Hamas", "oppose", "partial deal", red_line=True), N("Israel")),
    C("while, a contrast with no red line", "The union said it would not sign the deal, while the company said talks would continue.",
      N("union")),
]


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in WHILE_LASTING + CONTRAST_CONTROLS for k, check in enumerate(case.checks)])
def test_while_lasting_and_contrasts(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


# a demand "before talks can begin / resume" is their precondition; "conditions" that name a
# state ("the conditions in the camp") list no terms
BEFORE_TALKS = [
    C("wants X before negotiations can begin", "Abbas wants a complete settlement freeze before direct negotiations can begin.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("demands X before talks resume", "Iran demands the lifting of sanctions before talks resume.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
]

BEFORE_CONTROLS = [
    C("before a strike ends", "The union wants a pay rise before the strike ends.", E("union", "demand", "pay rise"), N("union")),
    C("conditions in a camp", "The conditions in the camp include overcrowding, the UN said.", A("United Nations")),
    C("conditions for a ceasefire, plain demands", "The conditions for a ceasefire include the withdrawal of troops, Lavrov said.",
      E("Lavrov", "demand", "withdrawal of troops")),
]


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(case.text, check, id=f"{case.family}|{k}")
    for case in BEFORE_TALKS + BEFORE_CONTROLS for k, check in enumerate(case.checks)])
def test_before_talks(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
