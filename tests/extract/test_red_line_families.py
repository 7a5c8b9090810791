"""Red lines in any wording (issue #11, item 3): for each family of the gold conventions ("the
actor frames the position as absolute or non-negotiable, in any wording"), ten ways news English
says it (direct quote, reported speech, nominal, passive ...), each its own test.

Polarity follows the conventions: what is excluded is opposed ("the status of Crimea is not up
for discussion", "Iranian enrichment is a red line"); what the speaker wants is demanded ("a 15
percent raise is our red line", "its weapons are not for discussion / not for negotiation": kept,
whichever predicate); a condition of a refusal or of a threat is demanded ("will not disarm
before the election", "refuses to sign unless the warrants are withdrawn", "warned it would
strike unless the offer was improved"); a "last chance" to do something demands it.

Known failures are listed in ``KNOWN_FAILURES`` and run as strict xfails: a fix makes them pass,
and the list must then lose them.
"""

from __future__ import annotations

import pytest

from .stance_cases import C
from .test_red_line_wordings import NoRedLine as N
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

NON_NEGOTIABLE = [
    C("non-negotiable, reported", "Abbas said the right of return was non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("non-negotiable, quoted", "\u201cThe right of return is non-negotiable,\u201d Abbas said.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("not negotiable, told", "The right of return is not negotiable, Abbas told reporters.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("non-negotiable, partial quote", "Abbas insisted the right of return was \"non-negotiable\".",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("called non-negotiable", "Abbas called the right of return non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("described as non-negotiable", "Abbas described the right of return as non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("considers non-negotiable", "Abbas considers the right of return non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("not subject to negotiation", "The unions said the wage floor was not subject to negotiation.",
      E("unions", "demand", "wage floor", red_line=True)),
    C("remained non-negotiable", "Abbas said the right of return remained non-negotiable.",
      E("Abbas", "demand", "right of return", red_line=True)),
    C("absolutely non-negotiable", "\u201cFor us the right of return is absolutely non-negotiable,\u201d Abbas said.",
      E("Abbas", "demand", "right of return", red_line=True)),
]

NOT_FOR_DISCUSSION = [
    C("not up for discussion", "Lavrov said the status of Crimea was not up for discussion.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not up for discussion, quoted", "\u201cThe status of Crimea is not up for discussion,\u201d Lavrov said.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not open to discussion", "Lavrov said the status of Crimea was not open to discussion.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not a subject for discussion", "Lavrov said the status of Crimea was not a subject for discussion.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("beyond discussion", "Lavrov said the status of Crimea was beyond discussion.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not on the table", "Lavrov said the status of Crimea was not on the table.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not up for debate", "Lavrov said the status of Crimea was not up for debate.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("called not up for discussion", "Lavrov called the status of Crimea \"not up for discussion\".",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("not open to debate, inverted", "The status of Crimea is not open to debate, Lavrov said.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
    C("off the table", "Lavrov said the status of Crimea was off the table.",
      E("Lavrov", "oppose", "status of Crimea", red_line=True)),
]

NEVER_ACCEPT = [
    C("would never accept", "Vucic said Serbia would never accept Kosovo's independence.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("will never accept, quoted", "\u201cWe will never accept Kosovo's independence,\u201d Vucic said.",
      E("Vucic", "oppose", "independence", red_line=True)),
    C("will never recognize", "Serbia will never recognize Kosovo's independence, Vucic said.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("would never agree to", "Vucic said Belgrade would never agree to Kosovo's independence.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("vowed never to accept", "Vucic vowed never to accept Kosovo's independence.",
      E("Vucic", "oppose", "independence", red_line=True)),
    C("under no circumstances accept", "Vucic said Serbia would under no circumstances accept Kosovo's independence.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("could never accept", "Vucic said Serbia could never accept Kosovo's independence.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("not under any circumstances", "Vucic said Serbia would not accept Kosovo's independence under any circumstances.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("never be accepted, passive", "Kosovo's independence will never be accepted by Serbia, Vucic said.",
      E("Serbia", "oppose", "independence", red_line=True)),
    C("swore never to recognize", "Vucic swore never to recognize Kosovo's independence.",
      E("Vucic", "oppose", "independence", red_line=True)),
]

NO_COMPROMISE = [
    C("would not compromise on", "The union said it would not compromise on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("will not compromise, quoted", "\u201cWe will not compromise on safety,\u201d the union's leader Joseph Mathunjwa said.",
      E("Joseph Mathunjwa", "oppose", "safety", red_line=True)),
    C("no compromise on", "Mathunjwa said there would be no compromise on safety.",
      E("Mathunjwa", "oppose", "safety", red_line=True)),
    C("make no compromise", "Mathunjwa said the union would make no compromise on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("no room for compromise", "Mathunjwa said there was no room for compromise on safety.",
      E("Mathunjwa", "oppose", "safety", red_line=True)),
    C("not back down on", "Mathunjwa said the union would not back down on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("not give an inch", "Mathunjwa said the union would not give an inch on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("not budge on", "Mathunjwa said the union would not budge on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("not prepared to compromise", "Mathunjwa said the union was not prepared to compromise on safety.",
      E("union", "oppose", "safety", red_line=True)),
    C("would never compromise", "Mathunjwa said the union would never compromise on safety.",
      E("union", "oppose", "safety", red_line=True)),
]

NO_DEAL_WITHOUT = [
    C("no deal without", "Abbas said there would be no deal without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True), E("Abbas", "oppose", "deal", red_line=True)),
    C("no agreement without, quoted", "\u201cThere will be no agreement without a settlement freeze,\u201d Abbas said.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("no peace without", "Abbas said there could be no peace without a Palestinian state.",
      E("Abbas", "demand", "Palestinian state", red_line=True)),
    C("no deal possible without", "Abbas said no deal was possible without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("not sign any deal without", "Abbas said he would not sign any deal without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("never sign without", "Abbas said he would never sign a deal without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("no talks unless", "Abbas said there would be no talks unless Israel froze settlements.",
      E("Abbas", "demand", "freeze of settlements", red_line=True), E("Abbas", "oppose", "talks", red_line=True)),
    C("no deal until", "Abbas said there would be no deal until Israel froze settlements.",
      E("Abbas", "demand", "freeze of settlements", red_line=True)),
    C("impossible without", "Abbas said a deal was impossible without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("unthinkable without", "Abbas said a deal was unthinkable without a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
]

PRECONDITION = [
    C("a precondition for", "Abbas said a settlement freeze was a precondition for talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("made a precondition", "Abbas made a settlement freeze a precondition for talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("set as a precondition", "Abbas set a settlement freeze as a precondition for talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("his precondition is", "Abbas's precondition for talks is a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("a prerequisite", "Abbas insisted that a settlement freeze was a prerequisite for talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("demanded as a precondition", "Abbas demanded a settlement freeze as a precondition for talks.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("conditioned on", "Abbas conditioned the resumption of talks on a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("only after, with a hedge", "Abbas said talks could resume only after a settlement freeze.",
      E("Abbas", "demand", "settlement freeze", red_line=True)),
    C("only if", "Abbas said he would return to talks only if Israel froze settlements.",
      E("Abbas", "demand", "freeze of settlements", red_line=True)),
    C("not before", "Prachanda said the Maoists would not lay down arms before the election.",
      E("Maoists", "demand", "election", red_line=True), E("Maoists", "oppose", "laying down of arms", red_line=True)),
]

CALLS_RED_LINE = [
    C("calls X its red line", "Britain calls the Irish backstop its red line.",
      E("United Kingdom", "oppose", "backstop", red_line=True)),
    C("called X a red line", "Theresa May called the end of free movement a red line.",
      E("Theresa May", "oppose", "end of free movement", red_line=True)),
    C("called X a red line, group", "The DUP called the backstop a red line.",
      E("DUP", "oppose", "backstop", red_line=True)),
    C("our red line, quoted", "\u201cThe backstop is our red line,\u201d Arlene Foster said.",
      E("Arlene Foster", "oppose", "backstop", red_line=True)),
    # the line's owner holds it; its reporter claims it for them
    C("the party's red line", "Foster said the backstop was the DUP's red line.",
      E("DUP", "oppose", "backstop", red_line=True, claimed_by="Foster")),
    C("described as a red line", "Foster described the backstop as a red line.",
      E("Foster", "oppose", "backstop", red_line=True)),
    C("a red line for", "Foster said the backstop was a red line for the DUP.",
      E("DUP", "oppose", "backstop", red_line=True)),
    C("regards as a red line", "The DUP regards the backstop as a red line.",
      E("DUP", "oppose", "backstop", red_line=True)),
    C("crossed a red line", "Foster said the backstop crossed the DUP's red line.",
      E("DUP", "oppose", "backstop", red_line=True)),
    C("made clear it was a red line", "Foster made clear the backstop was a red line.",
      E("Foster", "oppose", "backstop", red_line=True)),
]

DREW_RED_LINE = [
    C("drew a red line at", "Netanyahu drew a red line at Iranian enrichment.",
      E("Netanyahu", "oppose", "Iranian enrichment", red_line=True)),
    C("has drawn a red line over", "Turkey has drawn a red line over Kurdish autonomy.",
      E("Turkey", "oppose", "Kurdish autonomy", red_line=True)),
    C("had drawn a red line on, reported", "Erdogan said Turkey had drawn a red line on Kurdish autonomy.",
      E("Turkey", "oppose", "Kurdish autonomy", red_line=True)),
    C("set a red line on", "Netanyahu set a red line on Iranian enrichment.",
      E("Netanyahu", "oppose", "Iranian enrichment", red_line=True)),
    C("drew a red line against", "Obama drew a red line against chemical weapons.",
      E("Obama", "oppose", "chemical weapons", red_line=True)),
    C("a clear red line", "Netanyahu said Israel had drawn a clear red line on Iranian enrichment.",
      E("Israel", "oppose", "Iranian enrichment", red_line=True)),
    C("was a red line", "Netanyahu said Iranian enrichment was a red line.",
      E("Netanyahu", "oppose", "Iranian enrichment", red_line=True)),
    C("would cross its red line", "Netanyahu said Iranian enrichment would cross Israel's red line.",
      E("Israel", "oppose", "Iranian enrichment", red_line=True)),
    C("crossed a red line, warned", "Netanyahu warned that Iranian enrichment crossed a red line.",
      E("Netanyahu", "oppose", "Iranian enrichment", red_line=True)),
    C("its red line is", "Israel's red line is Iranian enrichment, Netanyahu said.",
      E("Israel", "oppose", "Iranian enrichment", red_line=True)),
]

ULTIMATUM = [
    C("gave N days to", "Washington gave Moscow 60 days to return to compliance with the treaty.",
      E("United States", "demand", "return to compliance")),
    C("final chance", "Pompeo said this was Russia's final chance to return to compliance.",
      E("Pompeo", "demand", "return to compliance", red_line=True)),
    C("one last chance", "Pompeo said Russia had one last chance to return to compliance.",
      E("Pompeo", "demand", "return to compliance", red_line=True)),
    C("a final opportunity", "Kerry said Iran had a final opportunity to accept the offer.",
      E("Kerry", "demand", "offer", red_line=True)),
    C("threatened to walk out if not", "Syria threatened to walk out of the talks if the opposition did not begin serious negotiations.",
      E("Syria", "demand", "serious negotiations", red_line=True)),
    C("threatened to pull out unless", "The Tigers threatened to pull out of the talks unless the highway was reopened.",
      E("Tigers", "demand", "reopening of highway", red_line=True)),
    C("threatened not to attend unless", "The rebels threatened not to attend the talks unless the army withdrew.",
      E("rebels", "demand", "withdrawal of army", red_line=True), E("rebels", "oppose", "talks", red_line=True)),
    C("warned it would strike unless", "The union warned it would strike unless Lonmin improved its offer.",
      E("union", "demand", "offer", red_line=True)),
    C("warned that it would V if not", "The union warned that it would call a national strike if the government did not raise wages.",
      E("union", "demand", "wages", red_line=True)),
    C("refuses to sign unless", "The LRA refuses to sign a final agreement unless the arrest warrants are withdrawn.",
      E("Lord's Resistance Army", "demand", "withdrawal of arrest warrants", red_line=True), E("Lord's Resistance Army", "oppose", "agreement", red_line=True)),
    C("refused to resume until", "Abbas refused to resume talks until Israel froze settlements.",
      E("Abbas", "demand", "freeze of settlements", red_line=True)),
]

# Preconditions and ultimatums in more wordings: an ultimatum said of what was just demanded, a
# span of time provided, "impossible until", "would not agree to any deal that ..."
MORE = [
    C("final chance said of the demand", "Washington gave Moscow 60 days to return to compliance. This, in reality, "
      "and as a matter of international law as well, is Moscow's final chance, Pompeo said.",
      E("United States", "demand", "return to compliance", red_line=True)),
    C("final chance, quoted after", "Pompeo said Moscow would be given 60 days to return to compliance with the treaty. "
      "\u201cThis is Moscow's final chance,\u201d he said.",
      E("Pompeo", "demand", "return to compliance", red_line=True)),
    C("provided N days", "Pompeo said Moscow would be provided 60 days to return to compliance with the treaty.",
      E("Pompeo", "demand", "return to compliance")),
    C("impossible until", "Koizumi said normalization was impossible until the abduction issue was resolved.",
      E("Koizumi", "demand", "resolution of abduction issue", red_line=True)),
    C("impossible unless", "Koizumi said normalization was impossible unless North Korea resolved the abduction issue.",
      E("Koizumi", "demand", "abduction issue", red_line=True)),
    C("not agree to any deal that", "Hamas has said it will not agree to any deal that does not end the war.",
      E("Hamas", "oppose", "deal", red_line=True)),
    C("a plain not agree to any deal", "Hamas said it would not agree to any deal.",
      E("Hamas", "oppose", "deal", red_line=False)),
    C("declined until", "The rebels declined to attend the talks until the army withdrew.",
      E("rebels", "demand", "withdrawal of army", red_line=True)),
    C("an ultimatum's last chance, no demand before", "Fans saw the band on Friday. It was their last chance.", A("Fans")),
]

NOTHING_LESS = [
    C("accept nothing less than", "The union said it would accept nothing less than a 15 percent raise.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("nothing less, quoted", "\u201cWe will accept nothing less than a 15 percent raise,\u201d Mathunjwa said.",
      E("Mathunjwa", "demand", "15 percent raise", red_line=True)),
    C("settle for nothing less", "The union said it would settle for nothing less than a 15 percent raise.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("insisted on nothing short of", "The rebels insisted on nothing short of full independence.",
      E("rebels", "demand", "full independence", red_line=True)),
    C("accept nothing short of", "Kosovo will accept nothing short of independence, Thaci said.",
      E("Kosovo", "demand", "independence", red_line=True)),
    C("no less than", "Thaci said Kosovo would accept no less than full independence.",
      E("Kosovo", "demand", "full independence", red_line=True)),
    C("not anything less than", "Thaci said Kosovo would not accept anything less than independence.",
      E("Kosovo", "demand", "independence", red_line=True)),
    C("reject anything less than", "The Kosovo Albanians reject anything less than independence.",
      E("Kosovo", "demand", "independence", red_line=True)),
    C("demanded nothing less than", "The union demanded nothing less than a full reversal of the cuts.",
      E("union", "demand", "reversal of cuts", red_line=True)),
    C("nothing less than a percent sign", "The union said it would accept nothing less than 15%.",
      E("union", "demand", "15%", red_line=True)),
]

A_MUST = [
    C("was a must", "NUMSA said a wage increase of 15 percent was a must.",
      E("National Union of Metalworkers of South Africa", "demand", "wage increase", red_line=True)),
    C("a must for any deal", "Kiev said security guarantees were a must for any deal.",
      E("Ukraine", "demand", "security guarantees", red_line=True)),
    C("an absolute must", "Zelensky said security guarantees were an absolute must.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("a must, quoted", "\u201cSecurity guarantees are a must,\u201d Zelensky said.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("called a must", "Zelensky called security guarantees a must.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("a sine qua non", "Zelensky said security guarantees were a sine qua non for any deal.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("any deal must include", "Zelensky said any deal must include security guarantees.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("the bottom line", "Zelensky said security guarantees were the bottom line.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("a condition for any deal", "Zelensky said security guarantees were a condition for any deal.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
    C("indispensable", "Zelensky said security guarantees were indispensable.",
      E("Zelensky", "demand", "security guarantees", red_line=True)),
]

NO_CIRCUMSTANCES = [
    C("under no circumstances", "Zelensky said Ukraine would under no circumstances recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("not ... under any circumstances", "Zelensky said Ukraine would not recognize the occupation under any circumstances.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("in no case", "Zelensky said Ukraine would in no case recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("on no account", "Zelensky said Ukraine would on no account recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("by no means", "Zelensky said Ukraine would by no means recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("inverted, quoted", "\u201cUnder no circumstances will we recognize the occupation,\u201d Zelensky said.",
      E("Zelensky", "oppose", "recognition of occupation", red_line=True)),
    C("in no way", "Zelensky said Ukraine would in no way recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("under no condition", "Zelensky said Ukraine would under no condition recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C(", period", "Zelensky said Ukraine would not recognize the occupation, period.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("there was no way", "Zelensky said there was no way Ukraine would recognize the occupation.",
      E("Ukraine", "oppose", "recognition of occupation", red_line=True)),
    C("in no case, not in the label", "Netanyahu said Israel would in no case withdraw to the 1967 lines.",
      E("Israel", "oppose", "withdrawal to 1967 lines", red_line=True)),
]

AT_ANY_COST = [
    C("at any cost", "Zelensky said Ukraine would defend its sovereignty at any cost.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("at all costs", "Zelensky said Ukraine would defend its sovereignty at all costs.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("whatever the cost", "Zelensky vowed to defend Ukraine's sovereignty whatever the cost.",
      E("Zelensky", "support", "sovereignty", red_line=True)),
    C("no matter what", "Zelensky said Ukraine would defend its sovereignty no matter what.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("whatever it takes", "Zelensky said Ukraine would do whatever it takes to defend its sovereignty.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("at any price", "Zelensky said Ukraine would defend its sovereignty at any price.",
      E("Ukraine", "support", "sovereignty", red_line=True)),
    C("fight to the death", "The rebels vowed to fight to the death for independence.",
      E("rebels", "demand", "independence", red_line=True)),
    C("fight to the end", "The rebels vowed to fight to the end for independence.",
      E("rebels", "support", "independence", red_line=True)),
    C("stand firm on its demand", "The union vowed to stand firm on its demand for a 10 percent increase.",
      E("union", "support", "10 percent increase", red_line=True)),
    C("hold firm on its opposition", "Greece said it would hold firm on its opposition to the name.",
      E("Greece", "oppose", "name", red_line=True)),
]

# A red line on what the speaker wants is a demand; the same held thing gets one polarity
# whichever predicate excludes bargaining over it.
WANTED = [
    C("an amount is our red line", "\u201cA 15 percent raise is our red line,\u201d Mathunjwa said.",
      E("Mathunjwa", "demand", "15 percent raise", red_line=True)),
    C("an amount is its red line, reported", "The union said a 15 percent raise was its red line.",
      E("union", "demand", "15 percent raise", red_line=True)),
    C("an immediate X is our red line", "\u201cThe immediate return of all hostages is our red line,\u201d Netanyahu said.",
      E("Netanyahu", "demand", "return of hostages", red_line=True)),
    C("its weapons not for discussion", "Hezbollah said its weapons were not for discussion.",
      E("Hezbollah", "demand", "weapons", red_line=True)),
    C("its weapons not for negotiation", "Hezbollah said its weapons were not for negotiation.",
      E("Hezbollah", "demand", "weapons", red_line=True)),
    C("its weapons not up for discussion", "Hezbollah said its weapons were not up for discussion.",
      E("Hezbollah", "demand", "weapons", red_line=True)),
    C("its weapons a red line", "Hezbollah said its weapons were a red line.",
      E("Hezbollah", "demand", "weapons", red_line=True)),
    C("a held value stays compromise opposed", "Kiev said its neutrality was not up for discussion.",
      E("Ukraine", "oppose", "compromise on neutrality", red_line=True)),
    C("an act of its own is excluded", "Hezbollah said its participation was out of the question.",
      E("Hezbollah", "oppose", "participation", red_line=True)),
    C("another's thing is excluded", "Moscow's red line is NATO membership for Ukraine.",
      E("Russia", "oppose", "NATO membership for Ukraine", red_line=True)),
    C("an excluded amount", "The union said a 15 percent raise was out of the question.",
      E("union", "oppose", "15 percent raise", red_line=True)),
    C("an excluded full withdrawal", "Netanyahu said a full withdrawal was out of the question.",
      E("Netanyahu", "oppose", "full withdrawal", red_line=True)),
]

LABELS = [
    C("no-deal keeps its no", "Theresa May said she wanted to avoid a no-deal outcome.",
      E("Theresa May", "oppose", "no-deal outcome")),
    C("wanting to avert opposes", "The union wants to avert a strike.", E("union", "oppose", "strike")),
    C("must avoid opposes", "Theresa May said Britain must avoid a no-deal outcome.",
      E("Theresa May", "oppose", "no-deal outcome")),
    C("must prevent, quoted", "\u201cWe must prevent a humanitarian catastrophe,\u201d Guterres said.",
      E("Guterres", "oppose", "humanitarian catastrophe")),
    C("an outcome averted is no position", "DeVita narrowly avoided being caught up in the accident.", A("DeVita")),
    C("an agent prevented is no issue", "Trump wanted to prevent Mazars from releasing his tax returns.",
      A("Trump", "oppose")),
    C("failing to agree is no position", "Britain and the EU failed to agree on fishing rights.",
      A("United Kingdom"), A("European Union")),
    C("failing to reach a deal is no position", "The two sides failed to reach a deal on fishing rights, Barnier said.",
      A("Barnier")),
]

CONTROLS = [
    C("not before a date", "The rebels will not disarm before December, a spokesman said.", N("rebels")),
    C("a last chance of fans", "Fans had a last chance to see the band on Friday.", A("Fans")),
    C("refused, no condition", "Abbas refused to resume talks last week.", N("Abbas")),
    C("refused on a plain if", "The rebels refused to attend the talks if the venue was changed.", N("rebels")),
    C("did not sign before", "Hamas did not sign the deal before the vote.", N("Hamas")),
    C("plain reject", "Zelensky rejected the plan.", N("Zelensky")),
    C("a past never", "Unite said the factory had never accepted a pay cut in its history.", N("Unite")),
    C("a commentator's never", "Analysts say Serbia will never accept Kosovo's independence.", N("Serbia")),
    C("past no concessions", "Iran made no concessions in the talks.", N("Iran")),
    C("a deal possible without", "Abbas said a deal was possible without a settlement freeze.", N("Abbas")),
    C("in no way of a meaning", "\u201cThis in no way means we accept the plan,\u201d Zelensky said.", N("Zelensky")),
    C("a deadline given, no red line", "The union gave Lonmin until Friday to improve its offer.", N("union")),
]

KNOWN_FAILURES = {
    "called not up for discussion": "the parser makes 'up' a particle of 'called' and 'not' its negation, no predicate",
    "swore never to recognize": "'swear' is no stance verb ('sworn in' would read as one)",
    "made a precondition": "the small model parses 'a settlement freeze a precondition' as a clause ('freeze' a verb)",
    "only after, with a hedge": "'talks could resume' has no holder; the reporter's demand of its 'only after' is not read",
    "made clear it was a red line": "'made clear' is no reporting cue, so the predicate has no holder",
    "called a must": "the small model tags 'guarantees' a verb in 'called security guarantees a must'",
    "indispensable": "'indispensable' is a need, no red-line predicate (a plain demand, as 'essential', 'vital')",
    "in no way": "'in no way' is no red-line phrase: 'this in no way means we accept' is no refusal",
}

CASES = (NON_NEGOTIABLE + NOT_FOR_DISCUSSION + NEVER_ACCEPT + NO_COMPROMISE + NO_DEAL_WITHOUT + PRECONDITION
         + CALLS_RED_LINE + DREW_RED_LINE + ULTIMATUM + NOTHING_LESS + A_MUST + NO_CIRCUMSTANCES + AT_ANY_COST
         + MORE + WANTED + LABELS + CONTROLS)


def _params():
    for case in CASES:
        reason = KNOWN_FAILURES.get(case.family)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        for k, check in enumerate(case.checks):
            yield pytest.param(case.text, check, id=f"{case.family}|{k}", marks=marks)


def test_families_have_ten_wordings():
    for family in (NON_NEGOTIABLE, NOT_FOR_DISCUSSION, NEVER_ACCEPT, NO_COMPROMISE, NO_DEAL_WITHOUT, PRECONDITION,
                   CALLS_RED_LINE, DREW_RED_LINE, ULTIMATUM, NOTHING_LESS, A_MUST, NO_CIRCUMSTANCES, AT_ANY_COST):
        assert len(family) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    assert len({c.family for c in CASES}) == len(CASES), "a family name appears twice"
    assert set(KNOWN_FAILURES) <= {c.family for c in CASES}, "a known failure names no case"


@pytest.mark.parametrize(("text", "check"), list(_params()))
def test_red_line_family(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
