"""Red lines stated as forecasts, prospects and terms (issue #11, red lines on unseen news), from
the gold conventions ("no deal unless/without", "a precondition for any talks": the actor frames
the position as absolute) rather than from any article:

- existentials: "there will be no X" refuses X when X is a thing a party grants, negotiates or
  concedes; "there is no deal without X" (a present with its condition), "insisted that there
  be no X" (a subjunctive under a word of insisting) and a headline's "No deal without X, says
  Hamas" do too; "no X as long as C" opposes C (the denial lasts through it), as "X is
  impossible as long as C" does. A forecast of an event ("there will
  be no change under her", "no rain") is none, nor a report ("there is no agreement yet"), a
  guess ("there may be no deal") or a question ("will there be no deal ...?"). A condition told
  in reported speech ("there would be no deal if Israel kept bombing") is the speaker's threat,
  a red line as "there will be no deal if Israel keeps bombing" is.
- prospects: "there is no chance / possibility / prospect / hope of X unless (without, until) C"
  refuses X short of C and demands C; without a condition it is a forecast.
- "only if" terms the parser hangs above the stance or sets off as a clause of its own ("refused
  to rule out a truce, but only if C", "said he was willing to meet, only if C", "though only if
  C"): C is demanded as a red line, as "would negotiate only if C" is. A plain "if" is none.
- "will not sit down with X unless (until) C": C demanded as a red line, as "will not meet X
  unless C" does; "sit out", "sit idly by", "sit on its hands" commit to nothing.
- "ruled out any X": X refused as a red line; a plain "ruled out X" is a refusal, and "declined
  to rule out any", "has not ruled out any" open it.
- red lines called so ("called X a red line", "a deal-breaker", "a precondition"), and red lines
  of a state whose unnamed official speaks; "the bottom line is that ..." sums up, no line set,
  where "X's bottom line (red line) is that Y must never V" opposes the action as X's red line.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, NoRedLine, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


N = NoRedLine

EXISTENTIAL = [
    C("no deal that ..., quoted", "\u201cThere will be no deal that leaves our soldiers in Syria,\u201d Erdogan said.",
      E("Erdogan", "oppose", "deal", red_line=True)),
    C("present with without", "\u201cThere is no agreement without the return of the prisoners,\u201d the Houthi negotiator Mohammed Abdulsalam said.",
      E("Mohammed Abdulsalam", "oppose", "agreement", red_line=True),
      E("Mohammed Abdulsalam", "demand", "return of prisoners", red_line=True)),
    C("present with unless", "Abbas said there is no peace unless the settlements are removed.",
      E("Abbas", "oppose", "peace", red_line=True), E("Abbas", "demand", "removal of settlements", red_line=True)),
    C("can be no talks until", "\u201cThere can be no talks until the shelling of Kharkiv stops,\u201d Kuleba said.",
      E("Kuleba", "oppose", "talks", red_line=True)),
    C("insisted that there be no", "Lavrov insisted that there be no NATO bases in Ukraine.",
      E("Lavrov", "oppose", "NATO bases", red_line=True)),
    C("insisted that there be no, a measure", "The FARC insisted that there be no extradition of its commanders.",
      E("Revolutionary Armed Forces of Colombia", "oppose", "extradition", red_line=True)),
    C("insistence that there be no", "Hun Sen's insistence that there be no international monitors stalled the talks.",
      E("Hun Sen", "oppose", "monitors", red_line=True)),
    C("will never be a state of a people", "Netanyahu said there would never be a Palestinian state.",
      E("Netanyahu", "oppose", "Palestinian state", red_line=True)),
    C("no bases of a body, with a modal", "Putin said there would be no NATO bases in Ukraine.",
      E("Putin", "oppose", "NATO bases", red_line=True)),
    C("no return to work without", "Mathunjwa said there would be no return to work without a wage increase.",
      E("Mathunjwa", "oppose", "return to work", red_line=True), E("Mathunjwa", "demand", "wage increase", red_line=True)),
    C("no amnesty for, quoted", "\u201cThere will be no amnesty for those who committed war crimes,\u201d Kagame said.",
      E("Kagame", "oppose", "amnesty", red_line=True)),
    C("reported with its threat: would be no deal if", "Hamas said there would be no deal if Israel kept bombing Rafah.",
      E("Hamas", "oppose", "deal", red_line=True)),
    C("elliptical: no X without Y, says", "No deal without a ceasefire, says Hamas.",
      E("Hamas", "oppose", "deal", red_line=True), E("Hamas", "demand", "ceasefire", red_line=True)),
    C("elliptical, quoted", "“No agreement without Jerusalem,” Abbas said.",
      E("Abbas", "oppose", "agreement", red_line=True)),
    C("no X as long as C: C opposed", "Pyongyang says there can be no denuclearisation as long as U.S. troops remain in the South.",
      E("North Korea", "oppose", "denuclearisation", red_line=True), E("North Korea", "oppose", "U.S. troops", red_line=True)),
    C("no return to, a nominalisation", "Abbas said there would be no return to the old arrangements.",
      E("Abbas", "oppose", "return", red_line=True)),
]

EXISTENTIAL_CONTROLS = [
    C("a forecast of change", "\u201cThere will be no change under this president,\u201d Sanders said.", N("Sanders")),
    C("a forecast of weather", "There will be no rain in Geneva this week, the forecaster said.", A("forecaster")),
    C("a boast about a rally", "At our rally, there will be no violence, Trump said.", N("Trump"),
      xfail="'violence' is a word of the issue taxonomy, read as a thing refused; a pledge of conduct is not told from a refusal"),
    C("a report: no agreement yet", "Abbas said there is no agreement yet.", N("Abbas")),
    C("a report: there has been no deal", "There has been no deal since March, Lavrov said.", N("Lavrov")),
    C("a guess: there may be no deal", "There may be no deal at all, Lavrov said.", N("Lavrov")),
    C("a commentator's slogan", "Analysts say there is no peace without justice.", A("Analysts")),
    C("a question", "Will there be no deal without a withdrawal, Lavrov asked.", N("Lavrov")),
    C("insisted that there is: a claim", "Lavrov insisted that there is no deal on the table.", N("Lavrov")),
    C("present without a condition", "There is no deal, Trump said.", N("Trump")),
    C("elliptical, not a thing negotiated", "No problem without a solution, Guardiola said.", N("Guardiola")),
    C("no X as long as C: C not demanded", "The rebels said there would be no peace as long as foreign troops stayed.",
      A("rebels", "demand")),
]

PROSPECT = [
    C("no chance of X unless", "The union said there was no chance of a settlement unless the mine owners raised their offer.",
      E("union", "oppose", "settlement", red_line=True)),
    C("no chance of X without, quoted", "\u201cThere is no chance of a truce without a prisoner exchange,\u201d Haniyeh said.",
      E("Haniyeh", "oppose", "truce", red_line=True), E("Haniyeh", "demand", "prisoner exchange", red_line=True)),
    C("no possibility of X unless", "Rouhani said there was no possibility of negotiations unless Washington lifted the sanctions.",
      E("Rouhani", "oppose", "negotiations", red_line=True), E("Rouhani", "demand", "lifting of sanctions", red_line=True)),
    C("no prospect of X until", "The rebels said there was no prospect of peace talks until the army left the north.",
      E("rebels", "oppose", "peace talks", red_line=True)),
    C("no prospect of X without", "Kuleba said there was no prospect of a ceasefire without a full withdrawal of Russian forces.",
      E("Kuleba", "oppose", "ceasefire", red_line=True), E("Kuleba", "demand", "withdrawal", red_line=True)),
    C("no possibility of a deal unless", "Hamas said there was no possibility of a hostage deal unless Israel ended the war.",
      E("Hamas", "oppose", "hostage deal", red_line=True), E("Hamas", "demand", "end of war", red_line=True)),
    C("no hope of X until", "The unions said there was no hope of a deal until the government paid the arrears.",
      E("unions", "oppose", "deal", red_line=True), E("unions", "demand", "arrears", red_line=True)),
    C("there's no chance, quoted", "\u201cThere's no chance of an agreement unless the Serbs recognise Kosovo,\u201d Thaci said.",
      E("Thaci", "oppose", "agreement", red_line=True)),
    C("no possibility of talks with", "The Taliban said there was no possibility of talks with Kabul until foreign troops left.",
      E("Taliban", "oppose", "talks", red_line=True)),
    C("no prospect of a deal without", "The DUP said there was no prospect of a deal without changes to the backstop.",
      E("DUP", "oppose", "deal", red_line=True), E("DUP", "demand", "backstop", red_line=True)),
]

PROSPECT_CONTROLS = [
    C("no chance of rain", "Officials said there was no chance of rain on election day.", A("Officials")),
    C("no chance before a date", "The union said there was no chance of a deal before Christmas.", N("union")),
    C("no prospect, analysts", "There is no prospect of a breakthrough, analysts said.", A("analysts")),
    C("no hope of recovery", "Doctors said there was no hope of recovery.", A("Doctors")),
    C("a chance, not denied", "Haniyeh said there was a chance of a truce unless Israel attacked Rafah.", N("Haniyeh")),
]

ONLY_IF = [
    C("refused to rule out, but only if", "Netanyahu refused to rule out a truce, but only if Hamas freed all the hostages.",
      E("Netanyahu", "demand", "hostages", red_line=True), E("Netanyahu", "support", "truce", red_line=False)),
    C("did not rule out, but only if", "Abbas did not rule out a return to talks, but only if Israel froze settlement building.",
      E("Abbas", "demand", "settlement building", red_line=True)),
    C("declined to rule out, though only if", "Putin declined to rule out a meeting with Zelensky, though only if Kyiv accepted the new borders.",
      E("Putin", "demand", "borders", red_line=True)),
    C("open to, but only if", "Hamas said it was open to a deal, but only if it ended the war.",
      E("Hamas", "demand", "end of war", red_line=True)),
    C("willing, only if hung from the saying", "Kim said he was willing to meet Trump only if the sanctions were eased.",
      E("Kim", "demand", "easing of sanctions", red_line=True)),
    C("prepared to, but only if", "The miners said they were prepared to end the strike, but only if the company reinstated the fired workers.",
      E("miners", "demand", "reinstatement", red_line=True)),
    C("ready to, but only if", "Tehran said it was ready to resume talks, but only if Washington lifted the sanctions first.",
      E("Iran", "demand", "lifting of sanctions", red_line=True)),
    C("would, but only if", "The rebels said they would lay down their arms, but only if the army withdrew from the north.",
      E("rebels", "demand", "withdrawal", red_line=True)),
    C("open to, though only if", "Serbia said it was open to dialogue with Pristina, though only if Kosovo dropped its bid for UN membership.",
      E("Serbia", "demand", "bid for UN membership", red_line=True)),
    C("could accept only if", "The union signalled that it could accept the offer only if the company dropped the job cuts.",
      E("union", "demand", "job cuts", red_line=True)),
]

ONLY_IF_CONTROLS = [
    C("refused to rule out, plain if", "Netanyahu refused to rule out a truce if Hamas freed the hostages.", N("Netanyahu")),
    C("did not rule out, no terms", "Abbas did not rule out a return to talks.", N("Abbas")),
    C("open to, plain if", "Hamas said it was open to a deal if it ended the war.", N("Hamas")),
    C("another's only if, coordinated", "Kim said he was willing to meet Trump, and Moon said he would attend only if invited.",
      N("Kim")),
    C("ready to, no terms", "The union said it was ready to end the strike.", N("union")),
]

RULED_OUT_ANY = [
    C("ruled out any withdrawal", "Netanyahu ruled out any withdrawal from the Jordan Valley.",
      E("Netanyahu", "oppose", "withdrawal", red_line=True)),
    C("has ruled out any talks on", "Russia has ruled out any talks on the status of Crimea.",
      E("Russia", "oppose", "talks", red_line=True)),
    C("ruled out any compromise", "Seoul ruled out any compromise on the islands.",
      E("South Korea", "oppose", "compromise", red_line=True)),
    C("ruled out any return before", "The union ruled out any return to work before the arrears were paid.",
      E("union", "oppose", "return to work", red_line=True)),
    C("ruled out any negotiations", "Erdogan ruled out any negotiations with the Kurdish militia.",
      E("Erdogan", "oppose", "negotiations", red_line=True)),
    C("rules out any, present", "Beijing rules out any foreign role in the Taiwan question.",
      E("China", "oppose", "foreign role", red_line=True)),
    C("again ruled out any concessions", "Zelensky again ruled out any territorial concessions to Moscow.",
      E("Zelensky", "oppose", "territorial concessions", red_line=True)),
    C("ruled out any deal that, reported", "Lavrov said Moscow ruled out any deal that would freeze the conflict.",
      E("Russia", "oppose", "deal", red_line=True)),
    C("ruled out any arrangement that", "The DUP ruled out any arrangement that treated Northern Ireland differently.",
      E("DUP", "oppose", "arrangement", red_line=True)),
    C("ruling out any, participle", "Kyiv rejected the plan, ruling out any recognition of the annexation.",
      E("Ukraine", "oppose", "recognition", red_line=True)),
]

RULED_OUT_CONTROLS = [
    C("ruled out a ceasefire: a plain refusal", "Russia has ruled out a temporary ceasefire.",
      E("Russia", "oppose", "ceasefire", red_line=False)),
    C("did not rule out any option", "Netanyahu did not rule out any option.", N("Netanyahu")),
    C("declined to rule out any", "Trump declined to rule out any of the candidates.", N("Trump")),
    C("has not ruled out any compromise", "Merkel has not ruled out any compromise on the budget.", N("Merkel")),
    C("rejects alone", "Zelensky rejects the plan.", E("Zelensky", "oppose", "plan", red_line=False)),
    C("opposes alone", "Russia opposes the expansion of NATO.", E("Russia", "oppose", "expansion", red_line=False)),
]

CALLED = [
    C("called X a red line", "Tehran has called enrichment a red line.", E("Iran", "oppose", "enrichment", red_line=True)),
    C("calls X a red line for", "Moscow calls NATO expansion a red line for Russia.",
      E("Russia", "oppose", "NATO expansion", red_line=True)),
    C("declared X a red line", "Beijing has declared Taiwan's independence a red line.",
      E("China", "oppose", "independence", red_line=True)),
    C("called X non-negotiable", "The unions called the pension guarantee non-negotiable.",
      E("unions", "demand", "pension guarantee", red_line=True)),
    C("called X a deal-breaker", "Netanyahu called a Palestinian state a deal-breaker.",
      E("Netanyahu", "oppose", "Palestinian state", red_line=True)),
    C("called X a precondition for any talks", "Abbas called the release of prisoners a precondition for any talks.",
      E("Abbas", "demand", "release of prisoners", red_line=True)),
    C("X is the bottom line", "The withdrawal of troops is the bottom line, Putin said.",
      E("Putin", "demand", "withdrawal", red_line=True)),
    C("would cross a red line", "Moscow warned that Western troops in Ukraine would cross a red line.",
      E("Russia", "oppose", "troops", red_line=True)),
    C("drew a red line on", "Obama drew a red line on the use of chemical weapons.",
      E("Obama", "oppose", "chemical weapons", red_line=True)),
    C("would be a deal-breaker", "Russia said NATO membership for Ukraine would be a deal-breaker.",
      E("Russia", "oppose", "NATO membership", red_line=True)),
    C("called X a red line, parsed as a clause", "The union called the pay freeze a red line.",
      E("union", "oppose", "pay freeze", red_line=True),
      xfail="the parser reads 'freeze' as a verb (an xcomp) with 'a red line' its object: no thing is named"),
    C("X's bottom line is that there can be no", "Dublin's bottom line is that there can be no hard border.",
      E("Ireland", "oppose", "hard border", red_line=True)),
    C("X's position is that there will be no", "Turkey's position is that there will be no Kurdish state on its border.",
      E("Turkey", "oppose", "Kurdish state", red_line=True)),
    C("X's bottom line is that", "Israel's bottom line is that Iran must never get a nuclear weapon.",
      E("Israel", "oppose", "nuclear weapon", red_line=True)),
]

# A red line or bottom line stated as a clause that bars an action ("is that Y must never V"):
# its owner opposes the action, as a red line.
CLAUSE_LINE = [
    C("bottom line: must not V", "The union's bottom line is that the plant must not close.",
      E("union", "oppose", "closure", red_line=True)),
    C("red line: must never V", "Ankara's red line is that the Kurdish militias must never control the border.",
      E("Turkey", "oppose", "border", red_line=True)),
    C("red line: can never V", "Seoul's red line is that Pyongyang can never keep its missiles.",
      E("South Korea", "oppose", "missiles", red_line=True)),
    C("bottom line, past: must not V", "Kyiv's bottom line was that Russia must not keep the occupied territories.",
      E("Ukraine", "oppose", "territories", red_line=True)),
    C("red line: will not V", "The farmers' red line is that Brussels will not cut the subsidies.",
      E("farmers", "oppose", "cut", red_line=True)),
    C("bottom line: cannot V", "The miners' bottom line is that the company cannot sell the mine.",
      E("miners", "oppose", "mine", red_line=True)),
    C("red lines: must never V", "Athens' red lines are that Ankara must never drill in Greek waters.",
      E("Greece", "oppose", "drill", red_line=True)),
    C("bottom line: shall not V", "Tokyo's bottom line is that Beijing shall not station troops on the islands.",
      E("Japan", "oppose", "troops", red_line=True)),
    C("bottom line: an intransitive action", "Hamas's bottom line is that Israel must never return to Gaza.",
      E("Hamas", "oppose", "return", red_line=True),
      xfail="an action without object or nominalisation ('return to Gaza') names no issue yet"),
    C("the barred party's own refusal is not read", "Seoul's red line is that Pyongyang can never keep its missiles, officials said.",
      N("North Korea"),
      xfail="the clause's negated verb ('can never keep') is also read as a refusal of its own subject"),
]

# "X is impossible as long as C" (or "no X is possible as long as C"): whoever says so refuses X
# for as long as C lasts, a red line opposing C (where "impossible until C" demands C).
IMPOSSIBLE_WHILE = [
    C("impossible as long as, said before", "Iran said a deal is impossible as long as Washington keeps the sanctions.",
      E("Iran", "oppose", "sanctions", red_line=True)),
    C("impossible as long as, said after", "Peace is impossible as long as the settlements expand, Abbas said.",
      E("Abbas", "oppose", "expansion", red_line=True)),
    C("no X is possible as long as", "No agreement is possible as long as Russian troops occupy the region, Zelensky said.",
      E("Zelensky", "oppose", "occupation", red_line=True)),
    C("impossible so long as", "Hamas said a truce is impossible so long as Israel keeps bombing Gaza.",
      E("Hamas", "oppose", "bombing", red_line=True)),
    C("will be impossible as long as", "Reconciliation will be impossible as long as the junta stays in power, the opposition said.",
      E("opposition", "oppose", "power", red_line=True)),
    C("impossible as long as, present 'says'", "Kyiv says a ceasefire is impossible as long as Russian troops remain on its soil.",
      E("Ukraine", "oppose", "soil", red_line=True)),
    C("impossible as long as: a state of affairs", "Iran said a deal is impossible as long as the sanctions are in place.",
      E("Iran", "oppose", "sanctions", red_line=True),
      xfail="a copular clause ('the sanctions are in place') is labelled by its predicate ('being in place'), not its subject"),
    C("no X is possible as long as: a lasting thing", "No deal is possible as long as the blockade continues, the rebels said.",
      E("rebels", "oppose", "blockade", red_line=True),
      xfail="a clause of continuing ('the blockade continues') is labelled by its verb ('continuation'), not its subject"),
    C("unthinkable as long as", "The union said a compromise was unthinkable as long as the dismissals stand.",
      E("union", "oppose", "dismissals", red_line=True),
      xfail="an intransitive clause of lasting ('the dismissals stand') names no issue"),
    C("out of reach as long as", "Netanyahu said a Palestinian state is out of reach as long as Hamas rules Gaza.",
      E("Netanyahu", "oppose", "Hamas", red_line=True),
      xfail="'out of reach' is no adjective of impossibility: a prepositional predicate is not read"),
]

IMPOSSIBLE_WHILE_CONTROLS = [
    C("a commentator's forecast", "Analysts said a deal is impossible as long as the sanctions remain.", N("Analysts")),
    C("experts' belief", "Many experts believe peace is impossible as long as Netanyahu governs.", N("experts")),
    C("a question", "Is peace impossible as long as the settlements expand, Abbas asked?", N("Abbas")),
    C("a question reported", "Abbas asked whether peace is impossible as long as the settlements expand.", N("Abbas")),
    C("a hypothetical", "If a deal were impossible as long as the sanctions remain, Iran would walk away.", N("Iran")),
    C("possible as long as: a condition met, not refused", "A deal was possible as long as the sanctions were eased, Iran said.",
      N("Iran")),
    C("a plain rejection", "Iran rejects the deal.", E("Iran", "oppose", "deal", red_line=False)),
    C("a forecast of weather", "Travel is impossible as long as the snow lasts, the mayor said.", N("mayor")),
]

# "will not sit down with X unless (until) C": a meeting refused short of C, a red line demanding
# C ("sit" commits only with "down", "with" or "at": [forms] committing_senses).
SIT_DOWN = [
    C("would not sit down with X unless", "Zelensky said he would not sit down with Putin unless Russia withdrew its troops.",
      E("Zelensky", "demand", "withdrawal", red_line=True), E("Zelensky", "oppose", "sitting down", red_line=True)),
    C("will not sit down at the table until", "Hamas will not sit down at the table until Israel stops the bombing.",
      E("Hamas", "demand", "bombing", red_line=True)),
    C("will not sit down with until, passive", "The teachers will not sit down with the ministry until the layoffs are reversed.",
      E("teachers", "demand", "layoffs", red_line=True)),
    C("would not sit at the table with unless", "The opposition said it would not sit at the table with the junta unless political prisoners were freed.",
      E("opposition", "demand", "political prisoners", red_line=True)),
    C("will not sit down with until lifted", "The nurses will not sit down with the hospital until the wage freeze is lifted.",
      E("nurses", "demand", "wage freeze", red_line=True)),
    C("will never sit down with", "Zelensky said he would never sit down with Putin.",
      E("Zelensky", "oppose", "sitting down", red_line=True)),
    C("will not sit with as long as", "The farmers will not sit with the minister as long as the subsidies are cut.",
      E("farmers", "oppose", "cut of subsidies", red_line=True)),
    C("would sit down only if", "The FARC said they would sit down with the government only if the bombing stopped.",
      E("Revolutionary Armed Forces of Colombia", "demand", "bombing", red_line=True)),
    C("will not sit down before", "The pilots will not sit down with the airline before the pay cuts are withdrawn.",
      E("pilots", "demand", "pay cuts", red_line=True),
      xfail="a 'before' clause after a refused meeting yields no stance (nor the meeting refused)"),
    C("will not sit across the table from", "The rebels will not sit across the table from the army until the shelling stops.",
      E("rebels", "demand", "shelling", red_line=True)),
]

SIT_DOWN_CONTROLS = [
    C("sit idly by", "Iran will not sit idly by, Araghchi said.", N("Iran")),
    C("sit out: an abstention", "The Greens will sit out the vote.", A("Greens")),
    C("sit on its hands", "Moscow will not sit on its hands, Lavrov said.", A("Russia")),
    C("a court sitting", "The court will not sit until January.", A("court")),
    C("a commentator's doubt", "Analysts doubt that Hamas will sit down with Israel.", A("Hamas")),
    C("a question", "Will Putin sit down with Zelensky?", A("Putin")),
    C("a report of a meeting", "The delegates sat down at the table on Monday.", N("delegates")),
    C("a meeting called possible", "“We can sit down and settle our differences,” the rebel leader Kofi Mensah said.",
      A("Kofi Mensah")),
    C("a plan to meet: no red line", "The opposition will sit down with the government next week.",
      E("opposition", "support", "sitting down", red_line=False)),
]

CLAUSE_LINE_CONTROLS = [
    C("the bottom line, owned by none: a summing up", "The bottom line is that Iran must never get a nuclear weapon, the analyst said.",
      N("analyst")),
    C("a position, not a line", "Israel's position is that Iran must never get a nuclear weapon.", N("Israel")),
    C("a fact, not a bar", "Israel's bottom line is that Iran never got a nuclear weapon.", N("Israel")),
    C("a question", "Is Israel's bottom line that Iran must never get a nuclear weapon?", N("Israel")),
    C("an obligation, demanded", "The union's bottom line is that the plant must be saved.",
      E("union", "demand", "plant", red_line=True)),
    C("a hypothetical", "If the union's bottom line were that the plant could not close, talks would fail.", N("union")),
]

CALLED_CONTROLS = [
    C("the bottom line is that: a summing up", "“The bottom line is that we need more money,” Trump said.", N("Trump")),
    C("the bottom line is: a summing up", "“The bottom line is we will not accept the deal,” Johnson said.",
      E("Johnson", "oppose", "deal", red_line=False)),
    C("the bottom line here, with its own red line", "“Here's the bottom line: we will never accept this deal,” Rubio said.",
      E("Rubio", "oppose", "deal", red_line=True)),
    C("a position that reports", "Ireland's position is that there has been no progress.", A("Ireland")),
    C("not a red line", "Erdogan said the status of Cyprus was not a red line for Turkey.", N("Erdogan")),
    C("a red line crossed by another: an accusation", "Russia accused the West of crossing a red line by sending tanks.",
      N("Russia")),
]

UNNAMED_OFFICIAL = [
    C("an official, red line", "A senior Iranian official said the enrichment of uranium was a red line.",
      E("Iran", "oppose", "enrichment", red_line=True)),
    C("an official, non-negotiable", "An Iranian official said enrichment was non-negotiable.",
      E("Iran", "demand", "enrichment", red_line=True)),
    C("an official, no deal unless", "A senior Israeli official said there would be no deal unless Hamas freed all the hostages.",
      E("Israel", "oppose", "deal", red_line=True)),
    C("an official, not up for discussion", "A Russian official said the status of Crimea was not up for discussion.",
      E("Russia", "oppose", "status of Crimea", red_line=True)),
    C("an official, under any circumstances", "A Turkish official, speaking on condition of anonymity, said Ankara would not accept a Kurdish corridor under any circumstances.",
      E("Turkey", "oppose", "Kurdish corridor", red_line=True)),
    C("officials in a capital", "Officials in Beijing said Taiwan's independence was out of the question.",
      E("China", "oppose", "independence", red_line=True)),
    C("an official, the state's red line", "A senior US official said Washington's red line was the use of chemical weapons.",
      E("United States", "oppose", "chemical weapons", red_line=True)),
    C("an official, no chance of", "An Iranian diplomat said there was no chance of talks unless the sanctions were lifted.",
      E("Iran", "oppose", "talks", red_line=True)),
    C("an official, never give up", "A senior Iranian official said Tehran would never give up its right to enrich uranium.",
      E("Iran", "oppose", "enrich", red_line=True)),
    C("an official, the country", "An unnamed Pakistani official said the country would never hand over the suspects.",
      E("Pakistan", "oppose", "suspects", red_line=True)),
]

CASES = (EXISTENTIAL + EXISTENTIAL_CONTROLS + PROSPECT + PROSPECT_CONTROLS + ONLY_IF + ONLY_IF_CONTROLS
         + RULED_OUT_ANY + RULED_OUT_CONTROLS + CALLED + CALLED_CONTROLS + CLAUSE_LINE + CLAUSE_LINE_CONTROLS
         + IMPOSSIBLE_WHILE + IMPOSSIBLE_WHILE_CONTROLS + SIT_DOWN + SIT_DOWN_CONTROLS)


def test_table_has_enough_cases():
    for family in (EXISTENTIAL, PROSPECT, ONLY_IF, RULED_OUT_ANY, CALLED, UNNAMED_OFFICIAL, CLAUSE_LINE, IMPOSSIBLE_WHILE, SIT_DOWN):
        assert len(family) >= 10
    for controls in (EXISTENTIAL_CONTROLS, PROSPECT_CONTROLS, ONLY_IF_CONTROLS, RULED_OUT_CONTROLS, CALLED_CONTROLS,
                     CLAUSE_LINE_CONTROLS, IMPOSSIBLE_WHILE_CONTROLS,
                     SIT_DOWN_CONTROLS):
        assert len(controls) >= 5
    texts = [c.text for c in CASES + UNNAMED_OFFICIAL]
    assert len(set(texts)) == len(texts), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_red_line_forecast(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


@pytest.mark.parametrize(("text", "check"), list(strict_params(UNNAMED_OFFICIAL)))
def test_red_line_of_an_unnamed_officials_state(full_stances, text, check):
    """An official named only by a nationality speaks for the state (the full pipeline resolves
    the description to it)."""
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
