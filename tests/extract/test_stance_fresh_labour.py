"""Stances found by reading fresh labour, union, business and domestic-bargaining news as a coder
would (issue #11, round `freshe`): the general constructions a fresh hand-annotated set showed,
in our own words, each with near misses that must stay as they are.

- A wish denied opposes its thing: "Russia does not want a NATO base in Ukraine", "would not
  like to see the sanctions lifted", "does not want Hamas to rearm" (a denied demand, "did not
  demand a pay rise", only leaves it open; a denied own act, "does not want to reject the
  plan", weighs it) (`reading._polarity_in_context`, `wish_lemma`).
- A plan owned by a possessive pronoun is its owner's, not the name it is about: "My Social
  Security plan would lift the cap", "Our Ukraine peace plan calls for a ceasefire"
  (`holders._document_author`).
- A person who owns the subject is what the sentence is about, for a later "he" or "she":
  "Trump's role is more complicated. Union leaders never trusted him, because he favors X"
  (`references._antecedent`).
- Words of judgement the lexicon lacked ("disgusting", "unpatriotic", "despicable", "an
  outrage", "a scandal" ...), and under "would" the "if" clause an extraposed judgement is of:
  "it would be a mistake if Germany lifted the sanctions"; "the fact that X" names no issue.
- Approval handed over with the receiver first: "gave the plan the green light", "gave Clinton
  the nod" (the person's candidacy) (`conferred_approval_cue`; [forms] conferring_verbs,
  approval_nouns).
- Support offered or pledged is the noun's stance: "offered qualified support for charter
  schools", "pledged its support for the plan" (not a proposal of "support"); "both
  candidates" are the candidates named before.
- A stance verb after "refrain / desist from" is denied: "refrained from endorsing the plan"
  endorses nothing ([forms] refraining_verbs)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


@dataclass(frozen=True)
class Label:
    """Right when ``holder`` has a ``polarity`` row whose issue is exactly ``issue``."""

    holder: str
    polarity: str
    issue: str

    def describe(self) -> str:
        return f"LABEL ({self.holder}, {self.polarity}, issue=={self.issue!r})"

    def holds(self, found) -> bool:
        return any(a == self.holder and p == self.polarity and (i or "") == self.issue for a, p, i, *_ in found)


WISHES_DENIED = [
    C("does not want a thing", "Russia does not want a NATO base in Ukraine.",
      E("Russia", "oppose", "NATO base"), A("Russia", "consider")),
    C("does not want a state", "Israel does not want a Palestinian state.", E("Israel", "oppose", "Palestinian state")),
    C("would not want", "Washington would not want a war with Iran.", E("United States", "oppose", "war")),
    C("would not like to see", "Turkey would not like to see a Kurdish state in Syria.",
      E("Turkey", "oppose", "Kurdish state")),
    C("does not wish to see", "Germany does not wish to see the sanctions lifted.",
      E("Germany", "oppose", "lifting of sanctions")),
    C("does not want X to V", "Israel does not want Hamas to rearm.", E("Israel", "oppose", "rearmament")),
    C("did not want", "China did not want a trade war.", E("China", "oppose", "trade war")),
    C("does not want troops", "Egypt does not want foreign troops in Sinai.", E("Egypt", "oppose", "troops")),
    C("does not want a border", "The EU does not want a hard border in Ireland.",
      E("European Union", "oppose", "hard border")),
    C("did not want a bailout", "Greece did not want a third bailout.", E("Greece", "oppose", "bailout")),
]

WISHES_CONTROLS = [
    C("a wish", "Iran wants a deal.", E("Iran", "demand", "deal")),
    C("a denied own act is weighed", "Serbia does not want to reject the plan.", E("Serbia", "consider", "plan")),
    C("a denied demand leaves it open", "The union did not demand a pay rise.", E("union", "consider", "pay rise")),
    C("a denied need leaves it open", "Poland does not need a new pipeline.", E("Poland", "consider", "pipeline")),
]

OWNED_PLANS = [
    C("my plan, in a quote", 'Sanders said: "My Social Security plan would lift the cap."',
      E("Sanders", "support", "cap"), A("Social Security")),
    C("our plan, in a quote", '"Our Gaza plan calls for a ceasefire," Netanyahu said.',
      E("Netanyahu", "demand", "ceasefire")),
    C("his plan, named before", "Netanyahu presented his Gaza plan. His plan calls for a ceasefire.",
      E("Netanyahu", "demand", "ceasefire")),
    C("my proposal about a programme", '"My Medicare proposal would cut drug prices," Elizabeth Warren said.',
      E("Elizabeth Warren", "support", "drug prices"), A("Medicare")),
    C("our plan about a country", '"Our Ukraine peace plan calls for a ceasefire," Donald Trump said.',
      E("Donald Trump", "demand", "ceasefire"), A("Ukraine")),
    C("our proposal about a country", '"Our Iran proposal calls for new talks," Emmanuel Macron said.',
      E("Emmanuel Macron", "demand", "talks"), A("Iran")),
    C("my plan about an alliance", '"My NATO plan calls for higher defence spending," Mark Rutte said.',
      E("Mark Rutte", "demand", "defence spending"), A("NATO")),
    C("our plan keeping a thing", '"Our Brexit plan would keep Britain in the customs union," Theresa May said.',
      E("Theresa May", "support", "customs union"),
      xfail="'keep Britain in the customs union' names no issue (a state kept in a thing)"),
    C("my budget", '"My budget would raise the minimum wage," Jerry Brown said.',
      E("Jerry Brown", "support", "minimum wage"),
      xfail="'budget' is no document noun of proposing, and the verb's subject gives no holder"),
]

OWNED_PLANS_CONTROLS = [
    C("an unresolved pronoun gives no holder", '"Their Syria plan calls for elections," Sergei Lavrov said of the Americans.',
      A("Syria")),
    C("a state's adjective", "The Iranian plan would lift the sanctions.", E("Iran", "support", "sanctions")),
    C("its proposal, reported", "Egypt said its proposal calls for a six-week truce.", E("Egypt", "demand", "truce")),
]

OWNERS_IN_FOCUS = [
    C("his role: a speaker before", '"We had a big issue," said Gary Casteel. Donald Trump\'s role is more complicated. '
      "Union leaders never trusted him, because he favors right-to-work laws.",
      E("Donald Trump", "support", "right-to-work"), A("Gary Casteel")),
    C("his coalition", "Joe Biden called Benjamin Netanyahu. Netanyahu's coalition is fragile, and he rejects the "
      "ceasefire plan.", E("Benjamin Netanyahu", "oppose", "ceasefire"), A("Joe Biden")),
    C("his party", "Boris Johnson met Keir Starmer. Starmer's party is ahead in the polls, and he wants an early "
      "election.", E("Keir Starmer", "demand", "election"), A("Boris Johnson")),
    C("his army", "Vladimir Putin spoke with Recep Tayyip Erdogan. Erdogan's army is in Syria, and he rejects a "
      "Kurdish state.", E("Recep Tayyip Erdogan", "oppose", "Kurdish state"), A("Vladimir Putin")),
    C("his veto", "Emmanuel Macron hosted Viktor Orban. Orban's veto is still in place, and he opposes the aid "
      "package.", E("Viktor Orban", "oppose", "aid package"), A("Emmanuel Macron")),
    C("his ministry", "Antony Blinken met Sergei Lavrov. Lavrov's ministry issued a statement, and he denounced the "
      "sanctions.", E("Sergei Lavrov", "oppose", "sanctions"), A("Antony Blinken")),
    C("his forces", "Rishi Sunak phoned Volodymyr Zelensky. Zelensky's forces are advancing, and he demands more "
      "weapons.", E("Volodymyr Zelensky", "demand", "weapons"), A("Rishi Sunak")),
    C("his government", "Xi Jinping met Narendra Modi. Modi's government faces elections, so he backs the trade deal.",
      E("Narendra Modi", "support", "trade deal")),
    C("his government, a bare surname", "Olaf Scholz met Emmanuel Macron on Monday. Macron's government is divided, "
      "but he supports the tariffs.", E("Emmanuel Macron", "support", "tariffs"),
      xfail="the small model tags no entity on \"Macron's\" here, so no mention owns the subject"),
    C("his cabinet, a bare surname", "Donald Trump criticized Justin Trudeau. Trudeau's cabinet met on Monday, and he "
      "rejected the tariffs.", E("Justin Trudeau", "oppose", "tariffs"),
      xfail="the small model tags no entity on \"Trudeau's\" here, so no mention owns the subject"),
]

OWNERS_CONTROLS = [
    C("the reporter goes on", "Joe Biden called Benjamin Netanyahu. Biden said he supports a ceasefire.",
      E("Joe Biden", "support", "ceasefire"), A("Benjamin Netanyahu")),
    C("the reporter goes on (2)", "Olaf Scholz met Emmanuel Macron. Scholz said he opposes the tariffs.",
      E("Olaf Scholz", "oppose", "tariffs"), A("Emmanuel Macron")),
    C("an owner inside what is said", "Olaf Scholz said Donald Trump's tariffs were a mistake. He then called for "
      "new talks.", E("Olaf Scholz", "demand", "talks"), A("Donald Trump", "demand")),
    C("an owner inside what is said (2)", "Newt Gingrich said Donald Trump's use of Twitter helps the campaign. He "
      "backs the tax plan.", E("Newt Gingrich", "support", "tax plan"), A("Donald Trump")),
    C("an owner beside a person who speaks", 'Like his remarks, Olaf Scholz said, Donald Trump\'s tariffs were a '
      'mistake. "We want new talks," he said.', E("Olaf Scholz", "demand", "talks"), A("Donald Trump", "demand")),
]

JUDGED = [
    C("called X 'unpatriotic'", 'Barack Obama has called inversions "unpatriotic."', E("Barack Obama", "oppose", "inversions")),
    C("X is disgusting", '"The merger is disgusting," Donald Trump said.', E("Donald Trump", "oppose", "merger")),
    C("called X a scandal", "Angela Merkel called the new tariffs a scandal.", E("Angela Merkel", "oppose", "tariffs")),
    C("X was an outrage", "Angela Merkel said the tariffs were an outrage.", E("Angela Merkel", "oppose", "tariffs")),
    C("called X unpatriotic", "Joe Biden called the tax inversions unpatriotic.", E("Joe Biden", "oppose", "inversions")),
    C("X was deplorable", "The EU said the settlement plan was deplorable.",
      E("European Union", "oppose", "settlement plan")),
    C("X is despicable", '"The embargo is despicable," Nicolas Maduro said.', E("Nicolas Maduro", "oppose", "embargo")),
    C("called X scandalous", "Justin Trudeau called the tariffs scandalous.", E("Justin Trudeau", "oppose", "tariffs")),
    C("it would be wrong if", '"It would be wrong if Britain left the customs union," Angela Merkel said.',
      E("Angela Merkel", "oppose", "customs union")),
    C("it would be a mistake if", '"It would be a mistake if Germany lifted the sanctions," Olaf Scholz said.',
      E("Olaf Scholz", "oppose", "lifting of sanctions")),
    C("it would be good if", '"It would be good if Iran returned to the talks," Emmanuel Macron said.',
      E("Emmanuel Macron", "support", "return to talks")),
    C("it would be a disaster if, intransitive", '"It would be a disaster if the talks collapsed," Angela Merkel said.',
      E("Angela Merkel", "oppose", "collapse"),
      xfail="an intransitive 'if' clause ('the talks collapsed') gives no label (its subject is no object)"),
    C("it would be an outrage if, passive", '"It would be a constitutional outrage if Parliament were prevented from '
      'sitting," Philip Hammond said.', E("Philip Hammond", "oppose", "prevent"),
      xfail="a passive 'if' clause gives no label"),
]

JUDGED_CONTROLS = [
    C("a tragedy called appalling judges no issue", 'Andrzej Duda said the victims were "young people" in an '
      '"appalling tragedy."', A("Andrzej Duda")),
    C("the fact that X: no issue 'fact'", '"The fact that Pfizer is leaving our country is disgusting," Donald Trump said.',
      A("Donald Trump")),
    C("a plain criticism", "Germany criticized the deal.", E("Germany", "oppose", "deal")),
]

APPROVED = [
    C("the green light", "Germany gave the plan the green light.", E("Germany", "support", "plan")),
    C("the nod to a person", "The United Steelworkers gave Hillary Clinton the nod.",
      E("United Steelworkers", "support", "candidacy of Hillary Clinton")),
    C("its full backing", "The union gave the deal its full backing.", E("union", "support", "deal")),
    C("its blessing", "France gave the proposal its blessing.", E("France", "support", "proposal")),
    C("the go-ahead", "Italy gave the budget the go-ahead.", E("Italy", "support", "budget")),
    C("their endorsement to a person", "The Teamsters gave Joe Biden their endorsement.",
      E("Teamsters", "support", "candidacy of Joe Biden")),
    C("its approval", "Japan gave the trade pact its approval.", E("Japan", "support", "trade pact")),
    C("its support", "Spain gave the treaty its support.", E("Spain", "support", "treaty")),
    C("the thumbs-up", "NATO gave the mission the thumbs-up.", E("NATO", "support", "mission")),
    C("denied", "Poland did not give the plan its blessing.", E("Poland", "oppose", "plan")),
    C("granted the go-ahead", "The European Commission granted the merger the go-ahead.",
      E("European Commission", "support", "merger"),
      xfail="the small parser makes 'the merger' the object and 'ahead' an adverb: no receiver"),
    C("the nod, in a clause the parser joins", "It comes two days after two unions, the United Steelworkers and the "
      "Teamsters, gave Hillary Clinton the nod.", E("United Steelworkers", "support", "candidacy of Hillary Clinton"),
      xfail="the small parser joins 'gave' to 'comes' as a conjunct, so its subject is 'It'"),
]

APPROVED_CONTROLS = [
    C("a loan is no approval", "Germany gave Athens a loan.", A("Germany")),
    C("a pronoun receiver names nothing", "Germany gave it the green light.", A("Germany")),
    C("an ovation is no approval", "The crowd gave Donald Trump a standing ovation.", A("crowd")),
    C("a cool reception", "Italy gave the plan a cool reception.", A("Italy", "support")),
]

OFFERED = [
    C("offered qualified support", "Hillary Clinton offered qualified support for charter schools.",
      Label("Hillary Clinton", "support", "charter schools"), A("Hillary Clinton", "propose")),
    C("offered its support", "Germany offered its support for the plan.",
      Label("Germany", "support", "plan"), A("Germany", "propose")),
    C("pledged support", "Germany pledged support for the plan.", Label("Germany", "support", "plan")),
    C("pledged its full support", "Japan pledged its full support for the treaty.", Label("Japan", "support", "treaty")),
    C("offered strong support", "France offered strong support for the ceasefire.",
      Label("France", "support", "ceasefire"), A("France", "propose")),
    C("pledged its backing", "The union pledged its backing for the strike.", Label("union", "support", "strike")),
    C("offered firm opposition", "Italy offered firm opposition to the plan.",
      Label("Italy", "oppose", "plan"), A("Italy", "propose")),
    C("pledged its support to", "Canada pledged its support to the mission.", Label("Canada", "support", "mission")),
    C("denied", "Germany did not offer support for the plan.", Label("Germany", "oppose", "plan")),
    C("both candidates", "Hillary Clinton and Bernie Sanders spoke. Both candidates offered qualified support for "
      "charter schools.", Label("Hillary Clinton", "support", "charter schools"),
      Label("Bernie Sanders", "support", "charter schools")),
]

OFFERED_CONTROLS = [
    C("an offer of a thing", "Germany offered a ceasefire.", E("Germany", "propose", "ceasefire")),
    C("help offered", "Germany offered help to Greece.", E("Germany", "propose", "help")),
    C("a proposal offered", "Germany offered a proposal for a truce.", E("Germany", "propose", "truce")),
]

REFRAINED = [
    C("refrained from criticizing", "Germany refrained from criticizing the deal.", A("Germany", "oppose")),
    C("refrain from endorsing", "Germany decided to refrain from endorsing the plan.", A("Germany", "support")),
    C("refrained from supporting", "Spain refrained from supporting the resolution.", A("Spain", "support")),
    C("refrained from condemning", "Italy refrained from condemning the strikes.", A("Italy", "oppose")),
    C("refrained from backing", "Japan refrained from backing the sanctions.", A("Japan", "support")),
    C("refrained from rejecting", "India refrained from rejecting the proposal.", A("India", "oppose")),
    C("will refrain from recognizing", "Brazil will refrain from recognizing the new government.",
      A("Brazil", "support")),
    C("desisted from opposing", "Mexico desisted from opposing the treaty.", A("Mexico", "oppose")),
    C("refrained from endorsing", "Turkey refrained from endorsing the plan.", A("Turkey", "support")),
    C("refrained from welcoming", "Canada refrained from welcoming the deal.", A("Canada", "support")),
]

REFRAINED_CONTROLS = [
    C("urged to refrain: the refraining demanded", "The UN urged Israel to refrain from military action.",
      E("United Nations", "demand", "military action")),
    C("a plain stance", "Egypt criticized the blockade.", E("Egypt", "oppose", "blockade")),
]

TABLES = (WISHES_DENIED, OWNED_PLANS, OWNERS_IN_FOCUS, JUDGED, APPROVED, OFFERED, REFRAINED)
CASES = [c for table in (WISHES_DENIED, WISHES_CONTROLS, OWNED_PLANS, OWNED_PLANS_CONTROLS, OWNERS_IN_FOCUS,
                         OWNERS_CONTROLS, JUDGED, JUDGED_CONTROLS, APPROVED, APPROVED_CONTROLS, OFFERED,
                         OFFERED_CONTROLS, REFRAINED, REFRAINED_CONTROLS) for c in table]


def test_tables_have_enough_cases():
    for table in TABLES:
        assert len([c for c in table if not c.xfail]) >= 7
        assert len(table) >= 9
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_labour_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
