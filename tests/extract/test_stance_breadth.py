"""Stances in the wider wordings of unseen news (issue #11, second pass), one test per check.

Written in our own words from the annotation conventions (../shared/gold/README.md): what a
stance is, parties named together, red lines, conditions. Each family is one way news English
words a position, gathered from a thesaurus of agreement, refusal, demand and proposal words
rather than from any article:

- cues: verbs, phrasal verbs, predicative adjectives and nouns missing from the first lexicon
  ("slammed", "voted against", "is amenable to", "a plea for");
- holders: possessors, appositions, relative clauses, coordinated subjects, pronoun possessors
  of a light verb's noun ("signaled its openness to");
- talks held with someone: each party supports the talks, unless another stance word governs
  them ("is open to talks with X" is the speaker's alone);
- reported speech: "said it would not", "made clear it would", requirements of things stated by
  the reporter ("any truce would require monitors, X said");
- red lines in reported speech: "vowed not to", "would not budge on", "would not cede",
  "nothing short of", "anything less than", "demanded that X first V";
- controls: a plain rejection, a ruling out, a hedge are not red lines; affirmation verbs are
  light verbs whose noun holds the stance.

Checks are those of the minimal-pair suite (``Expect``: holder, exact polarity, a word of the
issue label, red-line flag; ``Absent``: no stance of that holder, or of that holder and
polarity). Known failures are listed with ``xfail`` and why.
"""

from __future__ import annotations


import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


CUES = [
    C("slam", "The nurses' union slammed the hospital's pay offer.",
      E("nurses' union", "oppose", "pay")),
    C("denounce", "Venezuela denounced the oil embargo.",
      E("Venezuela", "oppose", "oil embargo")),
    C("decry", "Pakistan decried the suspension of the water treaty.",
      E("Pakistan", "oppose", "water treaty")),
    C("repudiate", "Bolivia repudiated the debt agreement.",
      E("Bolivia", "oppose", "debt agreement")),
    C("scrap", "Mexico scrapped the pipeline contract.",
      E("Mexico", "oppose", "pipeline contract")),
    C("champion", "Kenya has championed a regional peacekeeping force.",
      E("Kenya", "support", "peacekeeping force")),
    C("commend", "Norway commended the prisoner exchange.",
      E("Norway", "support", "prisoner exchange")),
    C("adopt", "Kenya adopted the electoral reform.",
      E("Kenya", "support", "electoral reform")),
    C("advocate", "Brazil advocates a negotiated settlement in Venezuela.",
      E("Brazil", "demand", "settlement")),
    C("lobby", "The farmers lobbied for higher grain subsidies.",
      E("farmers", "demand", "grain subsidies")),
    C("plead", "Haiti pleaded for emergency food aid.",
      E("Haiti", "demand", "food aid")),
    C("float", "Ankara floated a buffer zone along the border.",
      E("Turkey", "propose", "buffer zone")),
    C("recommend", "Norway recommended that the vote be postponed.",
      E("Norway", "propose", "vote")),  # the passive subject in the label: round nostance9
    C("vote against", "Hungary voted against the sanctions package.",
      E("Hungary", "oppose", "sanctions package")),
    C("vote for", "Ireland voted for the resolution on Gaza.",
      E("Ireland", "support", "resolution")),
    C("campaign for", "The teachers campaigned for smaller classes.",
      E("teachers", "demand", "smaller classes")),
    C("warn against", "Egypt warned against any ground offensive in Rafah.",
      E("Egypt", "oppose", "ground offensive")),
    C("argue for", "Finland argued for tougher border controls.",
      E("Finland", "demand", "border controls")),
    C("walk out over", "Teachers walked out over the new timetable.",
      E("Teachers", "oppose", "timetable")),
    C("protest against", "The students protested against the tuition increase.",
      E("students", "oppose", "tuition increase")),
    C("accede to", "Serbia acceded to the monitoring mission.",
      E("Serbia", "support", "monitoring mission")),
    C("opt for", "Sweden opted for a negotiated exit from the deal.",
      E("Sweden", "support", "exit")),
    C("amenable", "Tehran is amenable to a phased lifting of sanctions.",
      E("Iran", "support", "lifting of sanctions")),
    C("hostile", "Moscow is hostile to any enlargement of the alliance.",
      E("Russia", "oppose", "enlargement")),
    C("supportive", "Seoul remains supportive of the denuclearization talks.",
      E("South Korea", "support", "denuclearization")),
    C("no plea to a person", "Schumer made a plea to the president.",
      A("Chuck Schumer"), A("Schumer")),
    C("determination", "Kosovo's determination to join NATO is unshaken.",
      E("Kosovo", "support", "nato")),
    C("no phrasal across an object", "He will give it to you in French.",
      A("He", "support")),
    C("condemnation", "Jordan's condemnation of the settlement expansion was swift.",
      E("Jordan", "oppose", "settlement expansion")),
    C("counterproposal", "Chile's counterproposal on the fishing quotas surprised Peru.",
      E("Chile", "propose", "fishing quotas"),
      xfail="the small model tags 'counterproposal' as an adjective"),
]

HOLDERS = [
    C("possessive state", "Egypt's government rejected the Gaza proposal.",
      E("Egypt", "oppose", "gaza")),
    C("relative clause", "Hamas, which rejected the disarmament plan, wants guarantees.",
      E("Hamas", "oppose", "disarmament")),
    C("relative object", "Lonmin offered a 6 percent raise, which AMCU rejected.",
      E("Association of Mineworkers and Construction Union", "oppose", "6 percent raise")),
    C("coordinated subjects", "Armenia and Azerbaijan agreed to a border commission.",
      E("Armenia", "support", "border commission"), E("Azerbaijan", "support", "border commission")),
    C("apposition", "Iran's foreign minister, Abbas Araghchi, rejected the snapback of sanctions.",
      E("Abbas Araghchi", "oppose", "sanctions")),
    C("pronoun possessor", "Washington has signaled its openness to a prisoner swap.",
      E("United States", "consider", "prisoner swap")),
    C("pronoun possessor", "The Taliban voiced their support for the aid convoy.",
      E("Taliban", "support", "aid convoy")),
    C("in support of", "The North Atlantic Council issued a statement in support of the decision to suspend the treaty.",
      E("North Atlantic Council", "support", "suspension of treaty")),
    C("in support of", "Spain voted in support of the Palestinian membership bid.",
      E("Spain", "support", "membership")),
    C("imposed", "Washington has imposed economic sanctions on Moscow.",
      E("United States", "support", "economic sanctions")),
    C("affirmation as light verb", "Jordan reaffirmed its support for a two-state solution.",
      E("Jordan", "support", "two-state solution")),
]

TALKS = [
    C("talks with", "Salva Kiir flew to Khartoum for talks with Riek Machar.",
      E("Salva Kiir", "support", "talks"), E("Riek Machar", "support", "talks")),
    C("held talks with", "Iran held talks with the European Union in Geneva.",
      E("Iran", "support", "talks"), E("European Union", "support", "talks")),
    C("negotiations with", "Colombia opened negotiations with the ELN in Caracas.",
      E("Colombia", "support", "negotiations")),
    C("governed by a refusal", "Hamas rejected talks with Israel.",
      E("Hamas", "oppose", "talks"), A("Israel")),
    C("governed by a call", "The union called for talks with Lonmin.",
      E("union", "demand", "talks"), A("Lonmin")),
    C("governed by an adjective", "Pakistan is ready for talks with India.",
      E("Pakistan", "support", "talks"), A("India")),
    C("no talks", "Kyiv said there would be no talks with Moscow.",
      A("Russia", "support")),
]

REPORTED = [
    C("made clear it would not", "Russia has made clear it would not accept Western troops in Ukraine.",
      E("Russia", "oppose", "western troops")),
    C("said it was ready", "The union said it was ready to return to the bargaining table.",
      E("union", "support", "bargaining table")),
    C("requirement of a thing", "Any truce would require international monitors, Rubio said.",
      E("Rubio", "demand", "international monitors")),
    C("requirement of a thing", "Rubio said a lasting peace would need security guarantees for Kyiv.",
      E("Rubio", "demand", "security guarantees")),
    C("gerund object", "The Palestinian Authority has ruled out returning to negotiations.",
      E("Palestinian Authority", "oppose", "negotiations")),
    C("gerund object", "Caracas rejected holding new elections this year.",
      E("Venezuela", "oppose", "elections")),
    C("relative on a date", "Ottawa froze the talks in March, which Delhi criticized.",
      A("India", "oppose")),
    C("relative object", "Athens proposed a maritime border, which Ankara dismissed.",
      E("Turkey", "oppose", "maritime border")),
]

RED_LINES = [
    C("vowed not to", "The rebels vowed not to lay down their weapons.",
      E("rebels", "oppose", "weapons", red_line=True)),
    C("vowed never to", "Tbilisi vowed never to recognize the breakaway regions.",
      E("Georgia", "oppose", "breakaway regions", red_line=True)),
    C("would not budge", "Tehran said it would not budge on uranium enrichment.",
      E("Iran", "oppose", "uranium enrichment", red_line=True)),
    C("would not cede", "Ukraine would not cede any territory to Russia, Zelensky said.",
      E("Ukraine", "oppose", "territory", red_line=True)),
    C("will not hand over", "Hezbollah says it will not hand over its rockets.",
      E("Hezbollah", "oppose", "rockets", red_line=True)),
    C("nothing short of", "The separatists insist on nothing short of full independence.",
      E("separatists", "demand", "full independence", red_line=True)),
    C("nothing less than", "The nurses will accept nothing less than full pay restoration.",
      E("nurses", "demand", "pay restoration", red_line=True)),
    C("anything less than", "The union said it would not accept anything less than a 9 percent raise.",
      E("union", "demand", "9 percent raise", red_line=True), A("union", "oppose")),
    C("first", "Burma demanded that the rebels first lay down their arms.",
      E("Myanmar", "demand", "arms", red_line=True)),
    C("would not tolerate", "Beijing said it would not tolerate foreign warships in the strait.",
      E("China", "oppose", "foreign warships", red_line=True)),
    C("at all costs", "Israel said it would defend the Golan at all costs.",
      E("Israel", "support", "golan", red_line=True)),
    C("not a bargaining chip", "Seoul said the alliance was not a bargaining chip.",
      E("South Korea", "oppose", "alliance", red_line=True)),
    C("no room for compromise", "Minsk said there was no room for compromise on the elections.",
      E("Belarus", "oppose", "elections", red_line=True)),
]

CONTROLS = [
    C("plain rejection", "Madrid rejected the independence referendum.",
      E("Spain", "oppose", "independence referendum", red_line=False)),
    C("ruling out is plain", "Kyiv ruled out territorial concessions.",
      E("Ukraine", "oppose", "territorial concessions", red_line=False)),
    C("vowed to", "The opposition pledged to boycott the election.",
      E("opposition", "support", "boycott", red_line=False)),
    C("hedge", "Moscow may accept observers at the plant.",
      E("Russia", "consider", "observers"), A("Russia", "support")),
    C("said, adding", "Qatar rejected the plan, saying it favoured Israel.",
      A("Qatar", "support")),
    C("talks of others", "Analysts said talks with the rebels had stalled.",
      A("rebels")),
]

CASES = CUES + HOLDERS + TALKS + REPORTED + RED_LINES + CONTROLS


def test_table_has_enough_cases():
    assert len(CASES) >= 50
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_stance_breadth(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
