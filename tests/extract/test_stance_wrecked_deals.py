"""Wrecking a deal or leaving talks (issue #11, stance recall: deliberate acts), read by the full
pipeline:

- verbs of wrecking ([verbs] torpedo, scuttle, sabotage, derail: oppose): "Poland torpedoed the
  deal", "the senators scuttled the agreement", "Hungary derailed the summit accord" oppose it;
  accused of it, the accused opposes it as the accuser claims;
- quitting, freezing or cutting off talks ([forms] breaking_verbs "quit", "freeze", "cut off": talks
  only, [forms] talk_nouns) and storming out of them ([phrasal] "storm out of", as "walk out of"):
  "Iran quit the talks", "Israel froze the negotiations with Hamas" oppose them, and the partner
  named with "with" no longer supports them (it was read as both supporting the talks).

Controls: what is no deal or talks ("the scandal torpedoed his campaign", "the crew scuttled the
ship", "quit the government", "quit smoking"), a train that derails, a subject that is no party
("the rains derailed the harvest").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

WRECKED = [
    C("torpedoed", "Poland torpedoed the deal.",
      E("Poland", "oppose", "deal")),
    C("scuttled", "The senators scuttled the agreement.",
      E("senators", "oppose", "agreement")),
    C("sabotaged", "Russia sabotaged the negotiations.",
      E("Russia", "oppose", "negotiations")),
    C("derailed", "Hungary derailed the summit agreement.",
      E("Hungary", "oppose", "summit agreement")),
    C("accused of sabotaging", "Ukraine accused Russia of sabotaging the talks.",
      E("Russia", "oppose", "talks", claimed_by="Ukraine"), A("Ukraine", "oppose")),
    C("threatened to torpedo", "Hamas threatened to torpedo the truce.",
      E("Hamas", "oppose", "truce")),
    C("helped scuttle", "Italy helped scuttle the budget deal.",
      E("Italy", "oppose", "budget deal")),
    C("tried to derail", "Greece tried to derail the accession talks.",
      E("Greece", "oppose", "accession talks")),
    C("said had sabotaged", "Israel said Hamas had sabotaged the ceasefire.",
      E("Hamas", "oppose", "ceasefire")),
    C("accused, a capital for its state", "Washington accused Moscow of sabotaging the talks.",
      E("Russia", "oppose", "talks"),
      xfail="a capital as the subject of an attributing verb gives no holder (also 'accused Moscow of rejecting')"),
]

LEFT = [
    C("quit the talks", "Iran quit the talks.",
      E("Iran", "oppose", "talks")),
    C("quit the negotiations", "The union quit the negotiations.",
      E("union", "oppose", "negotiations")),
    C("quit, with place and time", "The rebels quit the peace talks in Doha on Monday.",
      E("rebels", "oppose", "peace talks")),
    C("stormed out of", "The Houthis stormed out of the talks.",
      E("Houthis", "oppose", "talks")),
    C("stormed out of, over", "The opposition stormed out of the negotiations over the budget.",
      E("opposition", "oppose", "negotiations")),
    C("quit unless", "Hamas quit the talks unless Israel withdrew.",
      E("Hamas", "oppose", "talks")),
    C("froze the talks", "Israel froze the talks.",
      E("Israel", "oppose", "talks")),
    C("froze the negotiations with: the partner holds nothing", "Israel froze the negotiations with Hamas.",
      E("Israel", "oppose", "negotiations"), A("Israel", "support"), A("Hamas")),
    C("cut off talks with", "China cut off talks with Taiwan.",
      E("China", "oppose", "talks"), A("China", "support"), A("Taiwan")),
    C("cut off the dialogue", "Beijing cut off the dialogue.",
      E("China", "oppose", "dialogue")),
    C("put on hold", "Israel put the talks on hold.",
      E("Israel", "oppose", "talks"),
      xfail="'on hold' is a prepositional phrase, not a particle of [forms] breaking_verbs"),
]

CONTROLS = [
    C("the rains derailed", "The rains derailed the harvest.",
      A("rains")),
    C("torpedoed a campaign", "The scandal torpedoed his campaign.",
      A("scandal")),
    C("quit the government", "The minister quit the government.",
      A("minister", "oppose")),
    C("quit smoking", "Iran quit smoking.",
      A("Iran")),
    C("a train derailed", "A train derailed near Paris.",
      A("Paris")),
    C("scuttled the ship", "The crew scuttled the ship.",
      A("crew")),
    C("did not quit the talks", "Iran did not quit the talks.",
      A("Iran", "oppose")),
    C("the talks were quit", "The talks were quit by nobody.",
      A("nobody")),
    C("refused to sabotage", "Turkey refused to sabotage the ceasefire.",
      A("Turkey", "oppose")),
    C("quit the party", "Kenya's finance minister quit the party.",
      A("Kenya", "oppose")),
    C("froze the assets", "Britain froze the assets of the oligarchs.",
      A("Britain", "oppose")),
    C("cut off the supply", "Russia cut off the gas supply to Ukraine.",
      A("Russia", "oppose")),
]

CASES = WRECKED + LEFT + CONTROLS


def test_table_has_enough_cases():
    assert len(WRECKED) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_wrecked_deal(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
