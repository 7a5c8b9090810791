"""Stances found by reading fresh news of calls, demands and policy positions as a coder would
(issue #11, round `freshh`): the general constructions a fresh hand-annotated set showed, in our
own words, each with near misses that must stay as they are.

- An action with no object of its own is named by its noun when the verb has one ([normalise]
  nominalisations): "refused to intervene" opposes an intervention, "urged the king to abdicate"
  demands an abdication, "agreed to testify" supports a testimony, "refused to apologize"
  opposes an apology (a bare verb with no noun, "refused to comment", names nothing, as before).
  "resign" is left out: it found one more check stance but flagged one more red line there
  ("vowed not to resign"), and check red-line precision fell 0.625 -> 0.556.
- A call "for" a clause with its own subject is read with a time between the verb and "for" (a
  date, or an adverb of grammar.TIME_ADVERBS: "called on Monday for Israel to withdraw", "called
  last week for the talks to resume", "called again for X to V"); "called on Wednesday" is a day,
  not "call on". Manner adverbs are left out ("pressed privately for X to V" added two rows on
  the 57 fresh articles whose holders, "Obama administration" and "State Department", the gold
  does not list).
- Undoing a measure in court or in law opposes it ([verbs] overturn, invalidate, annul, nullify,
  quash, void; [phrasal] "strike down", "throw out"), only when the object names a measure, a
  law, a decision or a deal ([forms] undoing_verbs): "struck down the ban", "the rule was
  overturned by Judge X"; not "struck down the assertion", "the waves overturned the boat" (the
  unrestricted verbs, tried in an earlier round, read PolNeAR's "struck down assertions").
- A named law or pact the model took for an organisation is at stake, not a party, when its
  last word is a thing head ([things] heads: agreement, act, treaty, accord, protocol) and the
  actor table does not make it act: "supported the North American Free Trade Agreement".
- In a quotation, a proposal or a plan that is the object of the speaker's own stance verb is
  nobody's proposal: "I reject any proposal to intern people" opposes the interning and proposes
  nothing.
- More words of judgement and of throwing away: "X is intolerable / unconscionable /
  indefensible / inexcusable / unjustifiable" ([predicates] oppose), "vowed to trash bad trade
  deals" ([verbs] trash).
- A party that describes itself through a reflexive pronoun holds what the description says, as
  with a copula: "counts himself as a Trump supporter", "describes herself as a critic of the
  deal" (constructions._self_described); a person's run named after "of" or "for" is backed as
  the person: "a surrogate for Clinton's campaign" ([forms] candidacy_runs)."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

BARE_ACTIONS = [
    C("refused to intervene", "Dwight Eisenhower refused to intervene.",
      E("Dwight Eisenhower", "oppose", "intervention")),
    C("urged X to intervene in", "France urged the United Nations to intervene in the conflict.",
      E("France", "demand", "intervention in conflict")),
    C("called for X to intervene", "Angela Merkel called for NATO to intervene.",
      E("Angela Merkel", "demand", "intervention")),
    C("will not intervene", "Germany will not intervene, Olaf Scholz said.",
      E("Germany", "oppose", "intervention")),
    C("refused to apologize for", "Viktor Orban refused to apologize for the remarks.",
      E("Viktor Orban", "oppose", "apology")),
    C("agreed to testify", "Ursula Meyer agreed to testify before the committee.",
      E("Ursula Meyer", "support", "testimony")),
    C("refused to testify", "Mark Hill refused to testify.", E("Mark Hill", "oppose", "testimony")),
    C("refused to abdicate", "King Albert refused to abdicate.", E("Albert", "oppose", "abdication")),
    C("urged X to abdicate", "The opposition urged King Albert to abdicate.",
      E("opposition", "demand", "abdication")),
    C("vowed to secede", "Catalan separatists vowed to secede from Spain.",
      E("Catalan separatists", "support", "secession"),
      xfail="an adjective-led group of people ('Catalan separatists') is no actor of the table"),
    C("called for X to resign", "Senator Mark Hill called on the minister to resign.",
      E("Mark Hill", "demand", "resignation"),
      xfail="'resign' is kept out of the nominalisations: one more check red line, unmatched "
            "(check red-line precision 0.625 -> 0.556)"),
]

BARE_ACTIONS_CONTROLS = [
    C("a bare verb with no noun names nothing", "Dwight Eisenhower refused to comment.", A("Dwight Eisenhower")),
    C("leaving names nothing", "Viktor Orban refused to leave.", A("Viktor Orban")),
    C("a force of nature holds nothing", "The hurricane forced Mark Hill to evacuate.", A("Mark Hill")),
]

DATED_CALLS = [
    C("called on Monday for X to V", "The United Nations called on Monday for Israel to withdraw from Gaza.",
      E("United Nations", "demand", "withdrawal from Gaza")),
    C("called last week for X to V", "The union called last week for the talks to resume.",
      E("union", "demand", "resumption")),
    C("called again for X to be V-ed", "Amnesty International called again for the prisoners to be released.",
      E("Amnesty International", "demand", "release of prisoners")),
    C("called on Sunday for the sides to V", "Pope Francis called on Sunday for the two sides to negotiate.",
      E("Francis", "demand", "negotiation")),
    C("called yesterday for X to V", "The African Union called yesterday for the troops to withdraw.",
      E("African Union", "demand", "withdrawal")),
    C("called on Friday for a noun", "The European Union called on Friday for a ceasefire.",
      E("European Union", "demand", "ceasefire")),
    C("called Wednesday for X to V, the name misparsed", "Donald Trump called Wednesday for Justice Ruth Ginsburg to resign.",
      E("Donald Trump", "demand", "resign"),
      xfail="the parser makes 'Donald Trump called Wednesday' a name with a relative verb (no subject), "
            "and 'resign' has no noun of the lexicon"),
    C("called this week for X to be lifted", "Human Rights Watch called this week for the ban to be lifted.",
      E("Human Rights Watch", "demand", "ban"),
      xfail="a passive infinitive after a dated call is not read"),
    C("called on Tuesday for X to reopen", "The World Health Organization called on Tuesday for the borders to reopen.",
      E("World Health Organization", "demand", "reopening"),
      xfail="the subject of 'reopen' (intransitive) is not taken as what is reopened"),
    C("called on Wednesday for Congress to act", "Donald Trump called on Wednesday for Congress to act.",
      E("Donald Trump", "demand", "act"), xfail="'act' has no noun of the lexicon (an action of what?)"),
]

DATED_CALLS_CONTROLS = [
    C("a call on a day with no clause", "Mark Hill called on Tuesday and left a message.", A("Mark Hill")),
    C("a vote for a clause is no call", "The senators voted Tuesday for the bill to pass.", A("senators", "demand")),
    C("a call on a country for a thing stays a call for it", "Mark Hill called on the United States for help.",
      E("Mark Hill", "demand", "help")),
]

UNDONE_MEASURES = [
    C("struck down the ban", "Judge Carlton Reeves struck down the state's ban on same-sex marriage.",
      E("Carlton Reeves", "oppose", "ban on same-sex marriage")),
    C("struck down the law", "The Supreme Court struck down the law.", E("Supreme Court", "oppose", "law")),
    C("was struck down by", "The ban was struck down by Judge Carlton Reeves.", E("Carlton Reeves", "oppose", "ban")),
    C("voided the ban", "Judge Daniel Jordan voided the state's ban on adoption by gay couples.",
      E("Daniel Jordan", "oppose", "ban on adoption")),
    C("overturned the ban", "The Supreme Court overturned the ban on same-sex marriage.",
      E("Supreme Court", "oppose", "ban")),
    C("quashed the order", "Judge Sarah Lee quashed the order.", E("Sarah Lee", "oppose", "order")),
    C("annulled the decree", "The Constitutional Court annulled the decree.",
      E("Constitutional Court", "oppose", "decree")),
    C("invalidated the rule", "Judge Sarah Lee invalidated the rule.", E("Sarah Lee", "oppose", "rule")),
    C("overturned the decision to V", "The High Court overturned the decision to deport the refugees.",
      E("High Court", "oppose", "deporting of refugees")),
    C("threw out the tax", "Judge Sarah Lee threw out the tax.", E("Sarah Lee", "oppose", "tax")),
    C("struck down the tariffs", "The Supreme Court struck down the tariffs.", E("Supreme Court", "oppose", "tariffs")),
    C("was overturned by, a passive", "The new rule was overturned by Judge Sarah Lee.", E("Sarah Lee", "oppose", "rule")),
    C("voided the contract", "Judge Sarah Lee voided the contract.", E("Sarah Lee", "oppose", "contract"),
      xfail="'contract' is in no list of measures, decisions or deals"),
]

UNDONE_CONTROLS = [
    C("struck down an assertion: rebutted", "Judge Sarah Lee struck down the assertion that the rule was legal.",
      A("Sarah Lee")),
    C("overturned a boat", "The waves overturned the boat.", A("waves")),
    C("threw out a pitch", "The pitcher threw out the first pitch.", A("pitcher")),
    C("a named case is no measure", "Judges who would overturn Roe v. Wade.", A("Roe v. Wade")),
]

NAMED_PACTS = [
    C("supported the North American Free Trade Agreement",
      "Hillary Clinton supported the North American Free Trade Agreement.",
      E("Hillary Clinton", "support", "North American Free Trade Agreement")),
    C("opposed the Central American Free Trade Agreement",
      "Bernie Sanders opposed the Central American Free Trade Agreement.",
      E("Bernie Sanders", "oppose", "Central American Free Trade Agreement")),
    C("backed the ... Trade Agreement", "The Greens backed the Comprehensive Economic and Trade Agreement.",
      E("Greens", "support", "Comprehensive Economic and Trade Agreement")),
    C("welcomed the ... Treaty", "Moscow welcomed the New Start Treaty.", E("Russia", "support", "New Start Treaty")),
    C("voted against the ... Act", "Senator Rand Paul voted against the Affordable Care Act.",
      E("Rand Paul", "oppose", "Affordable Care Act")),
    C("rejected the ... Protocol", "Iran rejected the Additional Protocol.", E("Iran", "oppose", "Additional Protocol")),
    C("denounced the ... Accord", "Donald Trump denounced the Paris Climate Accord.",
      E("Donald Trump", "oppose", "Paris Climate Accord")),
    C("criticised the ... Partnership Agreement", "The farmers' union criticised the Trans-Pacific Partnership Agreement.",
      E("farmers' union", "oppose", "Trans-Pacific Partnership Agreement")),
    C("praised the ... Act, a list in the name", "Mitch McConnell praised the Tax Cuts and Jobs Act.",
      E("Mitch McConnell", "support", "Tax Cuts and Jobs Act"),
      xfail="the name is cut at its 'and': the label keeps 'Jobs Act' only"),
    C("signed the ... Act", "Barack Obama signed the Dodd-Frank Act.", E("Barack Obama", "support", "Dodd-Frank Act"),
      xfail="the hyphened name is not read as the object's name"),
    C("opposed the ... Partnership", "Bernie Sanders opposed the Trans-Pacific Partnership.",
      E("Bernie Sanders", "oppose", "Trans-Pacific Partnership"),
      xfail="'partnership' also heads names of organisations: no thing head"),
]

NAMED_PACTS_CONTROLS = [
    C("an organisation still holds", "The World Trade Organization criticised the tariffs.",
      E("World Trade Organization", "oppose", "tariffs")),
    C("a union of states still holds", "The African Union backed the plan.", E("African Union", "support", "plan")),
    C("a council still holds", "The United Nations Security Council approved the resolution.",
      E("UN Security Council", "support", "resolution")),
    C("an organisation named after a treaty is no issue", "Hillary Clinton met the North Atlantic Treaty Organization chief.",
      A("Hillary Clinton")),
]

QUOTED_REFUSALS = [
    C("reject any proposal to V", '"I reject any proposal to intern people because of their religion," Wesley Clark said.',
      E("Wesley Clark", "oppose", "interning of people"), A("Wesley Clark", "propose")),
    C("reject any plan to V", '"We reject any plan to cut wages," Mary Barra said.',
      E("Mary Barra", "oppose", "cut of wages"), A("Mary Barra", "propose")),
    C("oppose any attempt to V", '"We oppose any attempt to privatize the railways," Mick Lynch said.',
      E("Mick Lynch", "oppose", "privatization of railways")),
    C("welcome another's proposal", '"We welcome the proposal to extend the truce," Antonio Guterres said.',
      E("Antonio Guterres", "support", "extension of truce"), A("Antonio Guterres", "propose")),
]

QUOTED_REFUSALS_CONTROLS = [
    C("a proposal one has stays one's proposal", '"We have a proposal to extend the truce," Antonio Guterres said.',
      E("Antonio Guterres", "propose", "extension of truce")),
    C("our proposal is to V", '"Our proposal is to extend the truce," Antonio Guterres said.',
      E("Antonio Guterres", "propose", "extension of truce"),
      xfail="an owned proposal with a copula and an infinitive is not read"),
]

JUDGED_AND_THROWN = [
    C("X is intolerable, quoted", '"The persecution of Muslims is intolerable," Wesley Clark said.',
      E("Wesley Clark", "oppose", "persecution of Muslims")),
    C("said X was intolerable", "Wesley Clark said the persecution of Muslims was intolerable.",
      E("Wesley Clark", "oppose", "persecution of Muslims")),
    C("called X intolerable", "Angela Merkel called the blockade intolerable.", E("Angela Merkel", "oppose", "blockade")),
    C("X are unconscionable", '"These cuts are unconscionable," the union leader Mary Kay Henry said.',
      E("Mary Kay Henry", "oppose", "cuts")),
    C("said X was indefensible", "Mary Kay Henry said the pay freeze was indefensible.",
      E("Mary Kay Henry", "oppose", "pay freeze")),
    C("said X was inexcusable", "Jeremy Corbyn said the delay was inexcusable.", E("Jeremy Corbyn", "oppose", "delay")),
    C("vowed to trash X", "Donald Trump vowed to trash bad trade deals.", E("Donald Trump", "oppose", "bad trade deals"),
      A("Donald Trump", "support")),
    C("trashed X", "Bernie Sanders trashed the plan.", E("Bernie Sanders", "oppose", "plan")),
    C("promised to trash X", "Donald Trump promised to trash the Iran deal.", E("Donald Trump", "oppose", "Iran deal")),
    C("X are unjustifiable, quoted", '"The tariffs are unjustifiable," Xi Jinping said.',
      E("Xi Jinping", "oppose", "tariffs"), xfail="no stance is read from this quote (the speaker's name?)"),
    C("vowed to trash X and use Y", "Donald Trump vowed to trash bad trade deals and use tariffs as weapons.",
      E("Donald Trump", "support", "tariffs"),
      xfail="a conjunct with a light verb ('use') after a stance verb is not read through the vow (as with 'scrap')"),
]

JUDGED_AND_THROWN_CONTROLS = [
    C("a room trashed is no position", "Vandals trashed the hotel room.", A("Vandals")),
    C("the weather judged", "The heat was intolerable, Wesley Clark said.", A("Wesley Clark"),
      xfail="a predicate of judgement takes any subject as the issue, the weather too (as 'unacceptable' does)"),
]

SELF_DESCRIBED = [
    C("counts himself as a X supporter", "Joe Murray counts himself as a Donald Trump supporter.",
      E("Joe Murray", "support", "candidacy of Donald Trump")),
    C("counts himself a X supporter", "Joe Murray counts himself a Donald Trump supporter.",
      E("Joe Murray", "support", "candidacy of Donald Trump")),
    C("counts himself as a Y and X supporter", "Joe Murray counts himself as a devout Catholic and Donald Trump supporter.",
      E("Joe Murray", "support", "candidacy of Donald Trump")),
    C("describes himself as a X supporter", "Joe Murray describes himself as a Bernie Sanders supporter.",
      E("Joe Murray", "support", "candidacy of Bernie Sanders")),
    C("considers herself a supporter of X", "Joe Murray considers herself a strong supporter of Bernie Sanders.",
      E("Joe Murray", "support", "candidacy of Bernie Sanders")),
    # the parser makes the pronoun the object and the description an object predicate (oprd)
    C("calls himself a X supporter", "Tom Baker calls himself a Donald Trump supporter.",
      E("Tom Baker", "support", "candidacy of Donald Trump")),
    C("called herself a X backer", "Ann Ruiz called herself a Bernie Sanders backer.",
      E("Ann Ruiz", "support", "candidacy of Bernie Sanders")),
    C("sees herself as a X backer", "Jane Doe sees herself as a Hillary Clinton backer.",
      E("Jane Doe", "support", "candidacy of Hillary Clinton")),
    C("bills himself as a critic of X", "Mark Hill bills himself as a longtime critic of the trade deal.",
      E("Mark Hill", "oppose", "trade deal")),
    C("describes himself as a supporter of X", "Mark Hill describes himself as a supporter of the minimum wage increase.",
      E("Mark Hill", "support", "minimum wage increase")),
    C("a surrogate for X's campaign", "Wesley Clark is a surrogate for Clinton's campaign.",
      E("Wesley Clark", "support", "candidacy of Clinton")),
    C("calls herself a X superdelegate", "Jane Doe calls herself a Sanders superdelegate.",
      E("Jane Doe", "support", "candidacy of"), xfail="'superdelegate' is no backer noun: a role in the party, not support of a candidate by itself"),
    C("a surrogate for the X campaign, set off", "Wesley Clark, a surrogate for the Clinton campaign, spoke in Iowa.",
      E("Wesley Clark", "support", "candidacy of Clinton"),
      xfail="'Clinton' modifying 'campaign' in an apposition is not read as the runner"),
    C("a supporter of X's candidacy", "Jane Doe is a supporter of Donald Trump's candidacy.",
      E("Jane Doe", "support", "candidacy of Donald Trump"),
      xfail="the agent noun reads 'candidacy' alone; the owner's name is dropped from the label"),
]

SELF_DESCRIBED_CONTROLS = [
    C("taught herself: no description", "Jane Doe taught herself to be a Trump supporter.", A("Jane Doe")),
    C("a friend counted is no position", "Jane Doe told the reporter she counted Mark Hill a friend.", A("Jane Doe")),
    C("among the critics: no reflexive description read", "Jane Doe counts herself among the critics of the plan.",
      E("Jane Doe", "oppose", "plan"), xfail="'among' the critics is no description the rule reads"),
]

TABLES = (SELF_DESCRIBED, SELF_DESCRIBED_CONTROLS, BARE_ACTIONS, BARE_ACTIONS_CONTROLS, DATED_CALLS, DATED_CALLS_CONTROLS, UNDONE_MEASURES, UNDONE_CONTROLS,
          NAMED_PACTS, NAMED_PACTS_CONTROLS, QUOTED_REFUSALS, QUOTED_REFUSALS_CONTROLS, JUDGED_AND_THROWN,
          JUDGED_AND_THROWN_CONTROLS)
CASES = [c for table in TABLES for c in table]


def test_tables_have_enough_cases():
    for table in (SELF_DESCRIBED, BARE_ACTIONS, DATED_CALLS, UNDONE_MEASURES, NAMED_PACTS, JUDGED_AND_THROWN):
        assert len([c for c in table if not c.xfail]) >= 6
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_calls_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
