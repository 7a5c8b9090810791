"""Red lines framed as absolute, round 8 (issue #11, item 3): wordings the earlier tables did not
hold, ten or more each, in direct, partial and reported speech, with controls where the same
words frame nothing absolute. Sentences are written for these tests.

New in this round:
- an adverb of the absolute on a verb of refusing, wherever it stands ("rejected the proposal
  outright", "turned the offer down flatly", "refused categorically to V": [forms]
  categorical_adverbs; the phrases read only "flatly rejected", "rejected outright"); a denial of a
  report is no refusal ("flatly denied the report");
- "is / remains adamant that it will not V", "adamant on its demand for X" ([red_lines] phrases);
- a demand that will not be dropped ("will not drop / withdraw / shelve its demand for X", [forms]
  dropping_verbs with a demand noun) demands X as a red line, as "will not give up its demand"
  does; a reported "refused to drop its demand for X" demands X (a plain refusal, as "refused to
  give up");
- a demanded act set as a precondition on its own verb ("Israel must withdraw as a condition for
  a ceasefire", "demanded that Israel withdraw before any ceasefire"), before going into talks
  ("insisted on X before moving to / entering direct talks"), and "wants X as a condition for
  talks" ([forms] precondition_verbs);
- the writer's framing of a position noun by its relative clause ("Russia's key demand, which it
  says it will not drop, is X", "Hamas's demand for X, which it says is non-negotiable": a red
  line; "..., which Israel will never accept" is Israel's, not the owner's);
- a right called inalienable ("enrichment is our inalienable right", "have an inalienable right to
  self-determination": demanded as a red line);
- "will not be tolerated" refuses as "will not tolerate" does ([forms] refused_passives; "will not
  be accepted" stays a plain refusal);
- an ultimatum named as such ("gave the government a seven-day ultimatum to V"): the demand is a
  red line; a span of time alone ("gave X three days to V", "set a deadline") is a deadline, none;
- "no longer" negates as "not" does ("will no longer accept any delay" opposes the delay; no red
  line);
- "is not going to V" refuses as "will not V" does ("we are not going to lift the sanctions until
  X denuclearizes": a refusal lasting until a condition, a red line; without "not" it commits).

Known failures run as strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

N = NoRedLine

CATEGORICAL_ADVERBS = [
    C("outright after the object", "Russia rejected the proposal outright.",
      E("Russia", "oppose", "proposal", red_line=True)),
    C("flatly after the object", "The union rejected the offer flatly.",
      E("union", "oppose", "offer", red_line=True)),
    C("categorically before an infinitive", "Hamas refused categorically to disarm.",
      E("Hamas", "oppose", "disarmament", red_line=True)),
    C("outright, quoted", "\u201cWe reject this plan outright,\u201d Mathunjwa said.",
      E("Mathunjwa", "oppose", "plan", red_line=True)),
    C("dismissed outright", "The rebels dismissed the offer outright.",
      E("rebels", "oppose", "offer", red_line=True)),
    C("outright, reported", "Japan said it rejected the proposal outright.",
      E("Japan", "oppose", "proposal", red_line=True)),
    C("turned down flatly", "Iran turned down the offer flatly.",
      E("Iran", "oppose", "offer", red_line=True)),
    C("outright before a time", "The opposition rejected the election timetable outright on Monday.",
      E("opposition", "oppose", "election timetable", red_line=True)),
    C("unequivocally after the object", "Serbia rejected the Ahtisaari plan unequivocally.",
      E("Serbia", "oppose", "Ahtisaari plan", red_line=True)),
    C("outright, a demand rejected", "Netanyahu said Israel rejected the demand for a Palestinian state outright.",
      E("Israel", "oppose", "Palestinian state", red_line=True)),
    C("flatly, a surrender refused", "Pyongyang refused flatly to give up its nuclear weapons.",
      E("North Korea", "oppose", "nuclear weapons", red_line=True)),
    C("opposed unequivocally", "Beijing opposed the arms sale unequivocally.",
      E("China", "oppose", "arms sale", red_line=True)),
    C("outright, a measure in the label", "The teachers' union rejected the government's 5 percent offer outright.",
      E("teachers' union", "oppose", "offer", red_line=True),
      xfail="'5 percent offer' is read as a measure: the label is '5 percent' and the red line is lost"),
]

CATEGORICAL_CONTROLS = [
    C("strongly is no absolute", "Russia strongly rejected the proposal.", E("Russia", "oppose", "proposal")),
    C("advice, outright", "Israel should reject the proposal outright, Smith said.", N("Smith")),
    C("won outright", "Trump won the state outright.", N("Trump")),
    C("bought outright", "The company bought the mine outright.", N("company")),
    C("an outright ban, supported", "Congress passed an outright ban on the imports.", N("Congress")),
    C("a report flatly denied", "Iran flatly denied the report.", N("Iran")),
    C("supported unequivocally", "The union supports the deal unequivocally.", E("union", "support", "deal")),
    C("no adverb", "Russia rejected the proposal.", E("Russia", "oppose", "proposal")),
]

ADAMANT = [
    C("is adamant that it will not accept", "Serbia is adamant that it will not accept independence for Kosovo.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("remains adamant, no that", "Serbia remains adamant it will never recognize Kosovo.",
      E("Serbia", "oppose", "recognition of Kosovo", red_line=True)),
    C("adamant on its demand", "Serbia remained adamant on its demand for autonomy.",
      E("Serbia", "demand", "autonomy", red_line=True)),
    C("a leader adamant for his state", "Kostunica was adamant that Serbia would not accept an independent Kosovo.",
      E("Serbia", "oppose", "independent Kosovo", red_line=True)),
    C("a union adamant", "The union was adamant that it would not accept job cuts.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("adamant, quoted", "\u201cWe are adamant that we will not accept any cuts,\u201d Mathunjwa said.",
      E("Mathunjwa", "oppose", "cuts", red_line=True)),
    C("adamant, a surrender refused", "The Palestinians are adamant that they will not give up the right of return.",
      E("Palestine", "oppose", "right of return", red_line=True)),
    C("adamant, a speaker named after", "Iran remains adamant that it will not suspend enrichment, Larijani said.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("adamant, no talks while", "Abbas said he was adamant that there would be no talks while settlement building continues.",
      E("Abbas", "oppose", "talks", red_line=True)),
    C("adamant that X must go", "The rebels are adamant that Taylor must step down.",
      E("rebels", "demand", "Taylor", red_line=True),
      xfail="'adamant' is no verb of saying or insisting: the obligation under it is no stance"),
    C("adamant that X must be resolved", "Tokyo is adamant that the abduction issue must be resolved.",
      E("Japan", "demand", "abduction issue", red_line=True),
      xfail="'adamant' is no verb of saying or insisting: the obligation under it is no stance"),
]

ADAMANT_CONTROLS = [
    C("an adamant supporter", "Kostunica, an adamant supporter of the plan, spoke on Monday.", N("Kostunica")),
    C("critics adamant of a forecast", "Critics were adamant that the deal would fail.", N("Critics")),
    C("adamant of a fact", "Smith was adamant that he had not seen the letter.", N("Smith")),
    C("adamantly supports", "The union adamantly supports the deal.", E("union", "support", "deal")),
    C("adamant about a date", "The minister was adamant about the date of the vote.", N("minister")),
]

DROPPED_DEMANDS = [
    C("would not drop its demand", "The union said it would not drop its demand for a pay rise.",
      E("union", "demand", "pay rise", red_line=True), A("union", "oppose")),
    C("will not drop, a ceasefire", "Hamas will not drop its demand for a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("would never withdraw its demand", "The rebels said they would never withdraw their demand for independence.",
      E("rebels", "demand", "independence", red_line=True)),
    C("will never drop its claim", "Argentina will never drop its claim to the islands, the president said.",
      E("Argentina", "demand", "islands", red_line=True)),
    C("will not drop, quoted", "\u201cWe will not drop our demand for a 10 percent raise,\u201d Mathunjwa said.",
      E("Mathunjwa", "demand", "10 percent raise", red_line=True)),
    C("vowed not to drop", "The teachers vowed not to drop their demand for a housing allowance.",
      E("teachers", "demand", "housing allowance", red_line=True)),
    C("would not abandon its demand", "Iran said it would not abandon its demand for the lifting of sanctions.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("would not shelve its demand", "The union said it would not shelve its demand for a minimum wage.",
      E("union", "demand", "minimum wage", red_line=True)),
    C("will not withdraw, a union speaking", "The nurses will not withdraw their demand for a risk allowance, their union said.",
      E("nurses", "demand", "risk allowance", red_line=True)),
    C("refuses to drop: a plain refusal", "Hamas refuses to drop its demand for a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire"), A("Hamas", "oppose")),
    C("refused to drop: a plain refusal", "The teachers refused to drop their demand for a pay rise.",
      E("teachers", "demand", "pay rise"), A("teachers", "oppose")),
]

DROPPED_CONTROLS = [
    C("charges, no demand", "Prosecutors will not drop the charges.", N("Prosecutors")),
    C("dropped, the past", "The union dropped its demand for a pay rise.", N("union")),
    C("agreed to drop", "The union agreed to drop its demand for a pay rise.", N("union")),
    C("did not drop, the past", "The company did not drop its demand for job cuts last year.", N("company")),
    C("may drop, a hedge", "Russia may drop its demand for a summit.", N("Russia")),
]

PRECONDITIONS_ON_THE_ACT = [
    C("must V as a condition for", "Hamas said Israel must withdraw as a condition for a ceasefire.",
      E("Hamas", "demand", "withdrawal", red_line=True)),
    C("must V as a precondition for any", "Hamas said Israel must withdraw as a precondition for any ceasefire.",
      E("Hamas", "demand", "withdrawal", red_line=True)),
    C("demanded that X V before any", "Hamas demanded that Israel withdraw before any ceasefire.",
      E("Hamas", "demand", "withdrawal", red_line=True)),
    C("demanded that X V before talks", "Hamas demanded that Israel withdraw before talks.",
      E("Hamas", "demand", "withdrawal", red_line=True)),
    C("insisted on X before moving to talks", "Abbas has insisted on a full settlement freeze before moving to direct talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("wants X before agreeing to talks", "Abbas wants a settlement freeze before agreeing to direct talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("demanded X before entering talks", "Abbas demanded a settlement freeze before entering direct talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("wants X before resuming negotiations", "Abbas wants guarantees before resuming negotiations.",
      E("Abbas", "demand", "guarantees", red_line=True)),
    C("wants X as a condition for talks", "The Palestinians want a settlement freeze as a condition for direct talks.",
      E("Palestine", "demand", "settlement freeze", red_line=True)),
    C("wants X done before any talks", "Iran wants sanctions lifted before any talks.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("passive must, as a condition for any", "The union said the arrears must be paid as a condition for any return to work.",
      E("union", "demand", "arrears", red_line=True)),
    C("wants X as a condition for dialogue", "Moscow wants security guarantees as a condition for dialogue.",
      E("Russia", "demand", "security guarantees", red_line=True)),
    C("must V before any dialogue", "Seoul said Pyongyang must halt its missile tests before any dialogue.",
      E("South Korea", "demand", "missile tests", red_line=True)),
    C("quoted, a title for the speaker", "\u201cThe army must pull back as a precondition for negotiations,\u201d Hamas said.",
      E("Hamas", "demand", "army", red_line=True),
      xfail="'pull back' with an army as subject is read as no demand of the quote's speaker"),
]

PRECONDITION_CONTROLS = [
    C("before a day: a deadline", "Hamas demanded that Israel withdraw before Friday.",
      E("Hamas", "demand", "withdrawal", red_line=False)),
    C("as soon as possible", "Hamas said Israel must withdraw as soon as possible.",
      E("Hamas", "demand", "withdrawal", red_line=False)),
    C("as a gesture", "Hamas said Israel must release prisoners as a gesture of goodwill.",
      E("Hamas", "demand", "prisoners", red_line=False)),
    C("before signing, no demand", "The minister read the text before signing the agreement.", N("minister")),
    C("talks wanted before a summit", "Abbas wants talks before the summit.", E("Abbas", "demand", "talks", red_line=False)),
]

INALIENABLE = [
    C("have an inalienable right to", "The Palestinians have an inalienable right to self-determination, Abbas said.",
      E("Palestine", "demand", "self-determination", red_line=True)),
    C("X is an inalienable right", "Abbas said the right of return is an inalienable right.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("an inalienable right of a people", "Abbas said the right of return was an inalienable right of the Palestinian people.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("our inalienable right, quoted", "\u201cSelf-determination is our inalienable right,\u201d Abbas said.",
      E("Abbas", "demand", "self-determination", red_line=True)),
    C("its inalienable right, reported", "Iran said enrichment was its inalienable right.",
      E("Iran", "demand", "enrichment", red_line=True)),
    C("a value called inalienable", "Argentina said sovereignty over the islands was an inalienable right.",
      E("Argentina", "oppose", "sovereignty", red_line=True)),
    C("a union's inalienable right", "The union said collective bargaining was an inalienable right of workers.",
      E("union", "demand", "collective bargaining", red_line=True)),
    C("a deterrent as an inalienable right", "Pyongyang said its nuclear deterrent was an inalienable right.",
      E("North Korea", "demand", "nuclear deterrent", red_line=True)),
    C("their inalienable right", "The Kurds said self-rule was their inalienable right.",
      E("Kurds", "demand", "self-rule", red_line=True)),
    C("our inalienable right, a quote with a title", "\u201cEnrichment is our inalienable right,\u201d Rouhani said.",
      E("Rouhani", "demand", "enrichment", red_line=True)),
]

INALIENABLE_CONTROLS = [
    C("another's right supported", "The United States supports the inalienable right of peoples to self-determination, Blinken said.",
      N("United States")),
    C("analysts say", "The right of return is an inalienable right, analysts say.", N("analysts")),
    C("defended: support, no refusal", "Abbas said the Palestinians would defend their inalienable right of return.",
      N("Palestine")),
    C("a right, not inalienable", "The union said collective bargaining was a right.", N("union")),
    C("history", "Jefferson wrote of inalienable rights.", N("Jefferson")),
]

GOING_TO = [
    C("not going to V until", "\u201cWe are not going to lift the sanctions until North Korea denuclearizes,\u201d Pompeo said.",
      E("Pompeo", "oppose", "lifting of sanctions", red_line=True), E("Pompeo", "demand", "North Korea", red_line=True)),
    C("not going to V, reported", "Pompeo said the United States was not going to lift sanctions until North Korea denuclearized.",
      E("United States", "oppose", "lifting of sanctions", red_line=True)),
    C("not going to V, no condition", "\u201cWe're not going to lift the sanctions,\u201d Pompeo said.",
      E("Pompeo", "oppose", "lifting of sanctions"), A("Pompeo", "support")),
    C("not going to accept any", "\u201cWe are not going to accept any limits on our enrichment,\u201d Zarif said.",
      E("Zarif", "oppose", "limits on enrichment", red_line=True)),
    C("not going to call off until", "The union is not going to call off the strike until the raise is paid.",
      E("union", "oppose", "end of strike", red_line=True), E("union", "demand", "raise", red_line=True)),
    C("not going to pay", "\u201cWe're not going to pay the ransom,\u201d Trump said.",
      E("Trump", "oppose", "ransom"), A("Trump", "support")),
    C("not going to negotiate in public", "\u201cWe're not going to negotiate in public,\u201d Kerry said.",
      A("Kerry", "support")),
    C("going to V: a commitment", "\u201cWe're going to lift the sanctions,\u201d Trump said.",
      E("Trump", "support", "lifting of sanctions")),
    C("going to call off: a commitment", "The union is going to call off the strike.",
      E("union", "support", "end of strike")),
    C("not going to speculate: no stance", "Kerry said he was not going to speculate about the talks.", A("Kerry")),
    C("never going to accept", "\u201cWe are never going to accept a partition,\u201d Anastasiades said.",
      E("Anastasiades", "oppose", "partition", red_line=True),
      xfail="'never' before 'going' with a quote's 'we': no stance is read for the speaker"),
]

# "will not be tolerated" as "will not tolerate" ([forms] refused_passives)
REFUSED_PASSIVES = [
    C("would not be tolerated, reported", "China said foreign interference would not be tolerated.",
      E("China", "oppose", "foreign interference", red_line=True)),
    C("would never be tolerated", "Beijing said Taiwan independence would never be tolerated.",
      E("China", "oppose", "Taiwan independence", red_line=True)),
    C("a union, not tolerated", "The union said job cuts would not be tolerated.",
      E("union", "oppose", "job cuts", red_line=True)),
    C("any attack not tolerated", "Erdogan said any attack on Turkish territory would not be tolerated.",
      E("Erdogan", "oppose", "attack on Turkish territory", red_line=True)),
    C("a corridor not tolerated", "Erdogan said a terror corridor on Turkey's border would not be tolerated.",
      E("Erdogan", "oppose", "terror corridor", red_line=True)),
    C("strikes not tolerated", "Mugabe's government said strikes by civil servants would not be tolerated.",
      E("Mugabe government", "oppose", "strikes", red_line=True)),
    C("bases never tolerated", "Moscow said NATO bases in Ukraine would never be tolerated.",
      E("Russia", "oppose", "NATO bases", red_line=True)),
    C("rocket fire not tolerated", "Israel said rocket fire from Gaza would not be tolerated.",
      E("Israel", "oppose", "rocket fire", red_line=True)),
    C("not tolerated, quoted", "\u201cForeign bases on our soil will not be tolerated,\u201d Erdogan said.",
      E("Erdogan", "oppose", "foreign bases", red_line=True)),
    C("shelling not tolerated", "The rebels said the shelling of civilians would not be tolerated.",
      E("rebels", "oppose", "shelling of civilians", red_line=True)),
    C("acts not tolerated", "Lam said any acts that advocate Hong Kong's independence will not be tolerated.",
      E("Lam", "oppose", "acts", red_line=True)),
    C("not countenanced", "Beijing said any move toward independence would not be countenanced.",
      E("China", "oppose", "independence", red_line=True),
      xfail="'countenanced' after 'move toward' gives no stance: the passive's subject is read as no issue"),
]

REFUSED_PASSIVE_CONTROLS = [
    C("not accepted: a plain refusal", "The minister said the proposal would not be accepted.", N("minister")),
    C("not tolerated in the past", "Such behaviour was not tolerated in the past, the coach said.", N("coach")),
    C("may not be tolerated: a hedge", "Dissent may not be tolerated, analysts said.", N("analysts")),
    C("a police chief of no party", "\u201cViolence will not be tolerated,\u201d the police chief said.", N("police chief")),
    C("tolerated, no negation", "China said the protests would be tolerated.", N("China")),
]

# the writer's framing: a position noun whose relative clause says it will not be dropped
KEPT_POSITIONS = [
    C("key demand, which it will not drop", "Russia's key demand, which it says it will not drop, is a ban on NATO expansion.",
      E("Russia", "demand", "ban on NATO expansion", red_line=True)),
    C("which it vowed never to give up", "The union's key demand, which it has vowed never to give up, is a 15 percent raise.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("which it says is non-negotiable", "Hamas's demand for a permanent ceasefire, which it says is non-negotiable, has stalled the talks.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("which it will never abandon", "The union's demand for a 10 percent raise, which it says it will never abandon, has angered employers.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("which they vowed not to drop", "The rebels' demand for autonomy, which they have vowed not to drop, is the main obstacle.",
      E("rebels", "demand", "autonomy", red_line=True)),
    C("which he will not withdraw", "Abbas's demand for a settlement freeze, which he says he will not withdraw, has stalled the talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("which they will not give up", "The teachers' demand for a housing allowance, which they say they will not give up, remains unmet.",
      E("teachers", "demand", "housing allowance", red_line=True)),
    C("which we will never drop, quoted", "\u201cOur demand for a full withdrawal, which we will never drop, is clear,\u201d Hamas said.",
      E("Hamas", "demand", "full withdrawal", red_line=True)),
    C("non-negotiable before the noun", "The talks stalled over Hamas's non-negotiable demand for a permanent ceasefire.",
      E("Hamas", "demand", "permanent ceasefire", red_line=True)),
    C("sticking to a non-negotiable demand", "The union is sticking to its non-negotiable demand for a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=True)),
    C("a claim it will never relinquish", "Iran's claim to the islands, which it says it will never relinquish, strains ties with the Emirates.",
      E("Iran", "demand", "islands", red_line=True),
      xfail="a claim that is the subject of a verb of no stance ('strains') is read as no stance"),
    C("a position it will never give up", "Serbia's position, which it says it will never give up, is that Kosovo remains part of Serbia.",
      E("Serbia", "demand", "Kosovo", red_line=True),
      xfail="'X remains part of Y' in a position clause is no stance"),
]

KEPT_CONTROLS = [
    C("which another rejected", "The nurses' demand for a risk allowance, which the government rejected, remains unmet.",
      E("nurses", "demand", "risk allowance", red_line=False)),
    C("which it dropped, the past", "The union's demand, which it dropped last year, was a 10 percent raise.",
      E("union", "demand", "10 percent raise", red_line=False)),
    C("which it may drop", "The union's demand for a raise, which it may drop, has stalled the talks.",
      E("union", "demand", "raise", red_line=False)),
    C("which another will never accept", "Hamas's demand for a ceasefire, which Israel will never accept, has stalled the talks.",
      E("Hamas", "demand", "ceasefire", red_line=False), E("Israel", "oppose", "ceasefire", red_line=True)),
    C("a plain key demand", "Russia's key demand is a ban on NATO expansion.",
      E("Russia", "demand", "ban on NATO expansion", red_line=False)),
]

# "no longer" negates as "not" does (no red line: a change of position, not an absolute one)
NO_LONGER = [
    C("will no longer accept", "\u201cWe will no longer accept any delay,\u201d Mathunjwa said.",
      E("Mathunjwa", "oppose", "delay"), A("Mathunjwa", "support")),
    C("would no longer negotiate", "The union said it would no longer negotiate with the company.",
      E("union", "oppose", "negotiation", red_line=False), A("union", "support")),
    C("no longer supports", "Turkey no longer supports the pipeline, Erdogan said.",
      E("Turkey", "oppose", "pipeline"), A("Turkey", "support")),
    C("would no longer abide by", "Iran said it would no longer abide by the limits on enrichment.",
      E("Iran", "oppose", "limits"), A("Iran", "support")),
    C("no longer recognize", "The rebels said they no longer recognize the ceasefire.",
      E("rebels", "oppose", "ceasefire"), A("rebels", "support")),
    C("would no longer attend", "The rebels said they would no longer attend the talks.",
      E("rebels", "oppose", "talks"), A("rebels", "support")),
    C("would no longer insist: weighed", "Hamas said it would no longer insist on a full withdrawal.",
      E("Hamas", "consider", "full withdrawal"), A("Hamas", "demand")),
    C("no longer demands: weighed", "The union no longer demands a 20 percent raise.",
      E("union", "consider", "20 percent raise"), A("union", "demand")),
    C("would no longer block: weighed", "Greece said it would no longer block the accession talks.",
      E("Greece", "consider", "accession talks"), A("Greece", "oppose")),
    C("would no longer observe", "Moscow said it would no longer observe the treaty.", A("Russia", "support")),
]

NO_LONGER_CONTROLS = [
    C("last no longer than: a span", "The union said the strike would last no longer than a week.",
      E("union", "support", "strike")),
    C("no longer than, in a condition", "The union said it would accept the offer if talks took no longer than a week.",
      E("union", "support", "offer")),
    C("lasting no longer than", "Israel said it would support a truce lasting no longer than six weeks.",
      E("Israel", "support", "truce")),
    C("take no longer than", "Kerry said the talks would take no longer than two days.", A("Kerry", "oppose")),
    C("no longer bound: no stance", "North Korea said it will no longer be bound by the agreement.", A("North Korea", "support")),
]

# an ultimatum named as such: the demand is a red line; a span of time alone is a deadline
ULTIMATUM_NOUNS = [
    C("a seven-day ultimatum", "The unions gave the government a seven-day ultimatum to raise salaries.",
      E("unions", "demand", "salaries", red_line=True)),
    C("issued an ultimatum, a dative", "The unions issued the government a 48-hour ultimatum to reinstate the dismissed workers.",
      E("unions", "demand", "reinstatement", red_line=True)),
    C("an ultimatum by a day", "Israel gave Hamas an ultimatum to release the hostages by Saturday.",
      E("Israel", "demand", "hostages", red_line=True)),
    C("set an ultimatum", "The rebels set the army an ultimatum to withdraw from the town.",
      E("rebels", "demand", "withdrawal", red_line=True)),
    C("an ultimatum to the government to V", "The unions issued a 72-hour ultimatum to the government to raise salaries.",
      E("unions", "demand", "salaries", red_line=True)),
    C("an ultimatum, a league", "The Arab League gave Syria an ultimatum to end the crackdown.",
      E("Arab League", "demand", "crackdown", red_line=True)),
    C("a one-week ultimatum", "ECOWAS issued the junta a one-week ultimatum to restore constitutional order.",
      E("ECOWAS", "demand", "constitutional order", red_line=True)),
    C("a final ultimatum", "The unions gave the employers a final ultimatum to improve their offer.",
      E("unions", "demand", "offer", red_line=True)),
    C("an ultimatum, quoted", "\u201cWe have given them an ultimatum to pay the arrears by Friday,\u201d Dludlu said.",
      E("Dludlu", "demand", "arrears", red_line=True)),
    C("an ultimatum, reported", "The union said it had given the company an ultimatum to reinstate the workers.",
      E("union", "demand", "reinstatement", red_line=True)),
    C("an ultimatum demanding", "Russia issued an ultimatum demanding that NATO withdraw its troops.",
      E("Russia", "demand", "troops", red_line=True),
      xfail="the participle 'demanding' on 'ultimatum' is read as a plain demand of the subject"),
]

ULTIMATUM_CONTROLS = [
    C("until a day: a deadline alone", "The unions gave the government until Friday to raise salaries.",
      E("unions", "demand", "salaries", red_line=False)),
    C("a span of days: a deadline alone", "The Arab League gave Syria three days to end the crackdown.",
      E("Arab League", "demand", "crackdown", red_line=False)),
    C("set a deadline", "The EU set a deadline of Friday for Britain to present its proposals.",
      E("European Union", "demand", "proposals", red_line=False)),
    C("days off", "The company gave workers two days off.", N("company")),
    C("an ultimatum rejected", "The junta rejected the ultimatum to restore constitutional order.", N("junta")),
]

CASES = (CATEGORICAL_ADVERBS + CATEGORICAL_CONTROLS + ADAMANT + ADAMANT_CONTROLS + DROPPED_DEMANDS + DROPPED_CONTROLS
         + PRECONDITIONS_ON_THE_ACT + PRECONDITION_CONTROLS + INALIENABLE + INALIENABLE_CONTROLS + GOING_TO
         + REFUSED_PASSIVES + REFUSED_PASSIVE_CONTROLS + ULTIMATUM_NOUNS + ULTIMATUM_CONTROLS + KEPT_POSITIONS
         + KEPT_CONTROLS + NO_LONGER + NO_LONGER_CONTROLS)


def test_table_has_enough_cases():
    for family in (CATEGORICAL_ADVERBS, ADAMANT, DROPPED_DEMANDS, PRECONDITIONS_ON_THE_ACT, INALIENABLE, GOING_TO,
                   REFUSED_PASSIVES, ULTIMATUM_NOUNS, KEPT_POSITIONS, NO_LONGER):
        assert len(family) >= 10
    for controls in (CATEGORICAL_CONTROLS, ADAMANT_CONTROLS, DROPPED_CONTROLS, PRECONDITION_CONTROLS, INALIENABLE_CONTROLS,
                     REFUSED_PASSIVE_CONTROLS, ULTIMATUM_CONTROLS, KEPT_CONTROLS, NO_LONGER_CONTROLS):
        assert len(controls) >= 5
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_absolute_frame(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
