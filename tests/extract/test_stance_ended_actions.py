"""Ending or keeping up one's collective action (issue #11): "the union called off the strike",
"the miners declared the strike over", "nurses ended their strike" support the end of the strike;
"the union will continue the strike", "kept up its protests", "extended its strike" support its
continuation. A deliberate act on the action (gold: "what counts as a stance"), in any tense.

The verb (alone or with its particle) is one of [forms] ending_verbs / keeping_verbs and its
object one of [forms] protest_actions. Controls: other objects ("ended his speech", "called off
the search"), a negated verb states no end ("did not call off the strike" is no stance of this
rule), and a passive names no party.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ENDED = [
    C("called off", "The teachers' union called off its strike on Friday.",
      E("teachers' union", "support", "end of strike")),
    C("ended, past", "The National Union of Mineworkers ended its five-month strike after the deal.",
      E("National Union of Mineworkers", "support", "end of five-month strike")),
    C("declared over", "AMCU declared the strike over on Monday.",
      E("Association of Mineworkers and Construction Union", "support", "end of strike")),
    C("ended, plural holder", "Nurses in Kenya ended their strike on Tuesday.",
      E("Nurses", "support", "end of strike")),
    C("would call off, reported", "Cosatu said it would call off the strike if the government improved its offer.",
      E("Congress of South African Trade Unions", "support", "end of strike")),
    C("called off a boycott", "The opposition called off its boycott of parliament.",
      E("opposition", "support", "end of boycott")),
    C("halted a sit-in", "Hong Kong students halted their sit-in outside the legislature.",
      E("Hong Kong students", "support", "sit-in")),
    C("wound down", "Greenpeace wound down its protest at the oil platform.",
      E("Greenpeace", "support", "end of protest")),
    C("lifted a blockade", "Israel lifted its blockade of the port.",
      E("Israel", "support", "blockade")),
    C("broke off", "Alexei Navalny broke off his hunger strike after 24 days.",
      E("Alexei Navalny", "support", "end of hunger strike")),
    C("declared officially over", "AMCU declared the strike officially over on Monday.",
      E("Association of Mineworkers and Construction Union", "support", "end of strike")),
]

KEPT = [
    C("will continue, object", "Cosatu will continue the strike next week.",
      E("Congress of South African Trade Unions", "support", "continuation of strike")),
    C("will keep up", "Hamas will keep up its protests at the border.",
      E("Hamas", "support", "continuation of protests")),
    C("extended", "The doctors' union extended its strike by another week.",
      E("doctors' union", "support", "extension of strike")),
    C("stepped up", "The farmers stepped up their protests against the new law.",
      E("farmers", "support", "protests")),
    C("continued, past", "Chilean teachers continued their strike for a third week.",
      E("Chilean teachers", "support", "continuation of strike")),
    C("maintained", "The Houthis maintained their blockade of the city.",
      E("Houthis", "support", "blockade")),
]

CONTROLS = [
    C("a speech ended", "President Macron ended his speech with a warning.",
      A("Emmanuel Macron"), A("Macron")),
    C("a search called off", "The Red Cross called off the search for survivors.",
      A("Red Cross")),
    C("not called off", "The teachers' union did not call off the strike.",
      A("teachers' union", "support")),
    C("a meeting extended", "NATO extended the meeting by a day.",
      A("NATO")),
]

CASES = ENDED + KEPT + CONTROLS


def test_table_has_enough_cases():
    assert len(ENDED) + len(KEPT) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_ended_or_kept_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
