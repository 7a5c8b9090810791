"""The copula under a modal of obligation names no action (issue #11, stance precision on unseen
news, branch prec6): "we must be in deep trouble", "the focus should be on jobs", "you have to be
right on the issue of guns" were read as demands of 'being in deep trouble', 'being on jobs';
"be" under "must / should / have to / need to" asks nothing of anyone (an inference, or a
predicate read as such elsewhere). The sentences are our own. Controls: a predicate keeps its
reading ("the elections must be free and fair"), passives keep their action ("Hamas must be
disarmed", "the talks must be based on the 1967 borders"), other copulas keep theirs ("Britain
should remain in the EU"), and "must be part of any deal" is still a term demanded.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

COPULAS = [
    C("must be in deep trouble", '"We must be in deep trouble," Joe Biden said.', A("Joe Biden")),
    C("the focus should be on", '"The focus should be on the extent of federal influence," Ron DeSantis said.',
      A("Ron DeSantis")),
    C("have to be right on", '"You have to be right on the issue of guns," Barack Obama said.', A("Barack Obama")),
    C("the emphasis must be on", '"The emphasis must be on local control of schools," Jane Moss said.', A("Jane Moss")),
    C("have to be in the room", '"We have to be in the room when the deal is made," Tom Hale said.', A("Tom Hale")),
    C("the priority should be on", '"The priority should be on jobs," Paul Grant said.', A("Paul Grant")),
    C("must be on the side of", '"You must be on the side of the workers," Maria Lopez said.', A("Maria Lopez")),
    C("has to be in the Senate", '"The answer has to be in the Senate," Lisa Chen said.', A("Lisa Chen")),
    C("should be on their best behavior", '"Everyone should be on their best behavior," Nadia Karim said.',
      A("Nadia Karim")),
    C("must be out of their minds", '"They must be out of their minds," Omar Farouk said.', A("Omar Farouk")),
    C("must be in crisis", '"The government must be in crisis," Eva Berg said.', A("Eva Berg")),
]

CONTROLS = [
    C("must be free and fair", '"The elections must be free and fair," Kenya\'s president said.',
      E("Kenya", "support", "elections")),
    C("should remain in", '"Britain should remain in the EU," Barack Obama said.', E("Barack Obama", "demand", "remaining in EU")),
    C("must be disarmed", '"Hamas must be disarmed," Benjamin Netanyahu said.',
      E("Benjamin Netanyahu", "demand", "disarmament of Hamas")),
    C("must be built", '"The wall must be built," Donald Trump said.', E("Donald Trump", "demand", "construction of wall")),
    C("must be based on", '"The talks must be based on the 1967 borders," Mahmoud Abbas said.',
      E("Mahmoud Abbas", "demand", "1967 borders", red_line=True)),
    C("must stay in", '"We must stay in the talks," Ana Ruiz said.', E("Ana Ruiz", "demand", "staying in talks")),
    C("priority must be the release", '"Our priority must be the release of the hostages," Benjamin Netanyahu said.',
      E("Benjamin Netanyahu", "support", "release of hostages")),
    C("must be part of any deal", '"A customs union must be part of any deal," Jeremy Corbyn said.',
      E("Jeremy Corbyn", "demand", "customs union", red_line=True)),
    C("must withdraw its troops", '"Russia must withdraw its troops," Antony Blinken said.',
      E("Antony Blinken", "demand", "withdrawal of troops")),
    C("should lift the sanctions", '"The EU should lift the sanctions," Viktor Orban said.',
      E("Viktor Orban", "demand", "lifting of sanctions")),
    C("must be released", '"The prisoners must be released," Amnesty International said.',
      E("Amnesty International", "demand", "release of prisoners")),
]

CASES = COPULAS + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (COPULAS, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_obliged_copula(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
