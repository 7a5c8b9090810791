"""Stances found by reading fresh international news as a coder would (issue #11, round `freshd`:
diplomacy, summits, pipelines, a strike and a withdrawal, annotated by hand before the pipeline
ran on them), in our own words.

- A passive stance verb whose agent is the speaker of a statement it names as its means: "the
  plan was rejected in a joint statement by Egypt and Greece", "welcomed in a statement issued by
  Iran" (`_speech_agent` in holders.py; the nouns are [cues] nouns). A statement with no one named
  after it names no holder, and "an interview with X" names the listener.
- An evaluation whose object the parser glued to the predicate or read as a small clause:
  "called the agreement null and void" (the agreement a compound of "null"), "found the air
  strike justified" (a bare participle read as a verb); "justified", "justifiable", "warranted"
  judge a thing well ([predicates] support) as "unjustified" judges it ill.
- "attack" opposes a thing criticised: a document, a decision, an agreement or a policy
  ([forms] criticising_verbs, criticised_nouns); rebels attacking a base or a convoy state no
  position.
- A right asserted as one's own, its owner or kind named, is supported: "Turkey underlined its
  rights in the eastern Mediterranean", "reaffirmed its sovereign rights" (`asserted_right` in
  cues.py; [forms] asserting_verbs, asserted_nouns); "the rights of minorities" or bare "rights"
  claim none, as before.
- A noun of position owned by its holder takes what it is "of" as its issue: "her support of
  coordinated EU economic policies" (`owned_complement` in cues.py; [forms] owned_of_nouns); "the
  support of the unions", with no owner, names who supports."""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

SPEECH_AGENTS = [
    C("in a joint statement by X and Y", "The plan was rejected in a joint statement by Egypt and Greece.",
      E("Egypt", "oppose", "plan"), E("Greece", "oppose", "plan")),
    C("in a communique by", "The ceasefire was welcomed in a communique by the African Union.",
      E("African Union", "support", "ceasefire")),
    C("in a speech by a titled person", "The sanctions were denounced in a speech by President Vladimir Putin.",
      E("Vladimir Putin", "oppose", "sanctions")),
    C("in a declaration by a group", "The proposal was endorsed in a declaration by the G7.",
      E("G7", "support", "proposal")),
    C("in a tweet by", "The strike was condemned in a tweet by Senator Marco Rubio.",
      E("Marco Rubio", "oppose", "strike")),
    C("in a joint declaration", "The annexation was rejected in a joint declaration by France and Germany.",
      E("France", "oppose", "annexation"), E("Germany", "oppose", "annexation")),
    C("in a statement issued by", "The deal was welcomed in a statement issued by Iran.", E("Iran", "support", "deal")),
    C("in a letter signed by", "The ban was criticized in a letter signed by Germany.", E("Germany", "oppose", "ban")),
    C("in a statement released by", "The truce was praised in a statement released by the United Nations.",
      E("United Nations", "support", "truce")),
    C("in a letter by two parties", "The tariffs were opposed in a letter by the European Union and Canada.",
      E("European Union", "oppose", "tariffs"), E("Canada", "oppose", "tariffs")),
    C("in an address by", "The settlement was backed in an address by Chancellor Olaf Scholz.",
      E("Olaf Scholz", "support", "settlement")),
    C("through a statement by", "The truce was rejected through a statement by Hamas.", E("Hamas", "oppose", "truce")),
]

SPEECH_AGENTS_CONTROLS = [
    C("a statement naming no one", "The budget was rejected in a statement.", A("budget")),
    C("an interview with a listener", "The plan was rejected in an interview with Egypt.", A("Egypt")),
    C("in the presence of: no speaker", "The accord was signed in the presence of Egypt.", A("Egypt")),
    C("a country condemned is no issue", "Turkey was condemned in a joint statement by Egypt and Greece.",
      A("Egypt"), A("Greece")),
]

EVALUATED = [
    C("found X justified", "Netanyahu found the air strike justified.", E("Netanyahu", "support", "air strike")),
    C("called X justified", "Netanyahu called the strike justified.", E("Netanyahu", "support", "strike")),
    C("considers X fully justified", "Israel considers the raid fully justified.", E("Israel", "support", "raid")),
    C("called X null and void, unquoted", "Greece called the agreement null and void.", E("Greece", "oppose", "agreement")),
    C("declared X null and void", "Egypt declared the deal null and void.", E("Egypt", "oppose", "deal")),
    C("deemed X null and void", "Turkey deemed the accord null and void.", E("Turkey", "oppose", "accord")),
    C("called X unjustified", "Russia called the sanctions unjustified.", E("Russia", "oppose", "sanctions")),
    C("found X unwarranted", "Canada found the tariffs unwarranted.", E("Canada", "oppose", "tariffs")),
    C("described X as dangerous", "France described the plan as dangerous.", E("France", "oppose", "plan")),
    C("called X a good start", "The union called the pay offer a good start.", E("union", "support", "pay")),
    C("called X justifiable", "Ankara called the operation justifiable.", E("Turkey", "support", "operation")),
    C("considers X warranted", "Merkel considers the sanctions warranted.", E("Merkel", "support", "sanctions"),
      xfail="the small parser reads 'warranted' as the main verb of a clause with the sanctions as its object"),
]

EVALUATED_CONTROLS = [
    C("a judgement of no position", "Macron found the talks difficult.", A("Macron")),
    C("a finding of fact", "The court found the election rigged.", A("court")),
    C("a name, no judgement", "Greece called the agreement a memorandum.", A("Greece")),
    C("unjustified is not justified", "Russia found the sanctions unjustified.", A("Russia", "support")),
    C("a perception denied", "Prosecutor Maya Lin said the sentence would correct any false perception that hacking a "
      "computer is ever justified.", A("Maya Lin", "support"),
      xfail="a predicate inside the content of a perception the speaker calls false is read as the speaker's own "
            "judgement (PolNeAR train, found when 'justified' joined [predicates] support)"),
]

ATTACKED = [
    C("a proclamation", "Erdogan attacked the proclamation.", E("Erdogan", "oppose", "proclamation")),
    C("a budget", "The opposition attacked the budget.", E("opposition", "oppose", "budget")),
    C("a reform", "The unions attacked the government's pension reform.", E("unions", "oppose", "pension reform")),
    C("passive, with an agent", "The plan was attacked by Germany.", E("Germany", "oppose", "plan")),
    C("a trade deal", "Bernie Sanders attacked the trade deal.", E("Bernie Sanders", "oppose", "trade deal")),
    C("a decision with its content", "The unions attacked the decision to raise taxes.", E("unions", "oppose", "taxes")),
    C("a proposal", "Hamas attacked the ceasefire proposal.", E("Hamas", "oppose", "ceasefire")),
    C("a bailout", "Senator Warren attacked the bailout.", E("Warren", "oppose", "bailout")),
    C("a policy", "The Labour Party attacked the government's immigration policy.",
      E("Labour Party", "oppose", "immigration policy")),
    C("an agreement", "The senators attacked the Iran agreement.", E("senators", "oppose", "Iran agreement")),
]

ATTACKED_CONTROLS = [
    C("a base", "Rebels attacked the base.", A("Rebels")),
    C("an embassy", "Gunmen attacked the embassy.", A("Gunmen")),
    C("a person", "Trump attacked the senator.", A("Trump")),
    C("a convoy", "The army attacked the convoy on Monday.", A("army")),
    C("positions", "Israel attacked Hamas positions in Gaza.", A("Israel")),
]

ASSERTED_RIGHTS = [
    C("its rights in a region", "Turkey underlined its rights in the eastern Mediterranean.", E("Turkey", "support", "rights")),
    C("a kind of rights", "Turkey underlined Turkish mining rights in the region.", E("Turkey", "support", "mining rights")),
    C("reaffirmed sovereign rights over", "China reaffirmed its sovereign rights over the islands.",
      E("China", "support", "sovereign rights")),
    C("stressed sovereign rights", "Greece stressed its sovereign rights.", E("Greece", "support", "sovereign rights")),
    C("nuclear rights", "Iran reaffirmed its nuclear rights.", E("Iran", "support", "nuclear rights")),
    C("emphasized historic rights", "Serbia emphasized its historic rights in Kosovo.", E("Serbia", "support", "historic rights")),
    C("asserted, plural owner", "The fishermen's union asserted their fishing rights in the bay.",
      E("union", "support", "fishing rights")),
    C("highlighted drilling rights", "Cyprus highlighted its drilling rights off the coast.", E("Cyprus", "support", "drilling rights")),
    C("reiterated political rights", "The Kurds reiterated their political rights.", E("Kurds", "support", "political rights")),
    C("underscored water rights", "Egypt underscored its water rights on the Nile.", E("Egypt", "support", "water rights"),
      xfail="the small parser hangs 'on the Nile' on the verb, and the Nile is read as what is demanded"),
    C("another people's right", "Hamas stressed the Palestinian right of return.", E("Hamas", "support", "right of return"),
      xfail="the demonym before the noun is taken for its owner (Palestine), not the subject who stresses it"),
]

ASSERTED_RIGHTS_CONTROLS = [
    C("others' rights", "The minister stressed the rights of minorities.", A("minister")),
    C("bare rights", "Turkey underlined rights.", A("Turkey")),
    C("not a verb of asserting", "The court reviewed its rights in the case.", A("court")),
    C("a right to act: the action demanded", "Iran stressed its right to enrich uranium.",
      E("Iran", "demand", "enrichment"), A("Iran", "support")),
]

OWNED_SUPPORT = [
    C("punished for her support of", "Voters punished Merkel for her support of the bailout.", E("Merkel", "support", "bailout")),
    C("X's support of, as subject", "Merkel's support of coordinated EU economic policies angered the party.",
      E("Merkel", "support", "coordinated EU economic policies")),
    C("criticized X's support of", "Labour criticized Blair's support of the Iraq war.", E("Blair", "support", "Iraq war")),
    C("a state's support of", "Canada's support of the sanctions was welcomed.", E("Canada", "support", "sanctions")),
    C("angered by X's support of", "Unions were angered by Clinton's support of the trade agreement.",
      E("Clinton", "support", "trade agreement")),
    C("surprised", "France's support of the resolution surprised diplomats.", E("France", "support", "resolution")),
    C("thanked for its support of", "The minister thanked Japan for its support of the reconstruction plan.",
      E("Japan", "support", "reconstruction plan")),
    C("defended his support of", "Senator Joe Manchin defended his support of the trade deal.", E("Joe Manchin", "support", "trade deal")),
    C("attacked for his support of", "The unions attacked Chancellor Olaf Scholz for his support of the arms deliveries.",
      E("Olaf Scholz", "support", "arms deliveries")),
    C("campaigned against X's support of", "The AfD campaigned against the chancellor's support of the euro bailout.",
      E("AfD", "oppose", "euro bailout")),
]

OWNED_SUPPORT_CONTROLS = [
    C("no owner: who supports", "The support of the unions was decisive.", A("unions")),
    C("thanked for the support of others", "Merkel thanked Obama for the support of his administration.", A("Merkel"), A("Obama")),
    C("enjoys the support of", "Merkel enjoys the support of the parliament.", A("Merkel"), A("parliament")),
    C("a doubted support", "Republicans questioned Obama's support of the climate accord.", A("Obama")),
]

CASES = OWNED_SUPPORT + OWNED_SUPPORT_CONTROLS + ASSERTED_RIGHTS + ASSERTED_RIGHTS_CONTROLS + SPEECH_AGENTS + SPEECH_AGENTS_CONTROLS + EVALUATED + EVALUATED_CONTROLS + ATTACKED + ATTACKED_CONTROLS


def test_tables_have_enough_cases():
    for table in (SPEECH_AGENTS, EVALUATED, ATTACKED, ASSERTED_RIGHTS, OWNED_SUPPORT):
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_diplomacy_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
