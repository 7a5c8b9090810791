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
  position."""

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

CASES = SPEECH_AGENTS + SPEECH_AGENTS_CONTROLS + EVALUATED + EVALUATED_CONTROLS + ATTACKED + ATTACKED_CONTROLS


def test_tables_have_enough_cases():
    for table in (SPEECH_AGENTS, EVALUATED, ATTACKED):
        assert len(table) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_fresh_diplomacy_stance(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
