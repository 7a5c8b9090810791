"""Discarding a measure opposes it (issue #11, generalisation: read in news nobody had tuned on),
read by the full pipeline: "Obama the pragmatist discarded the idea of a grand bargain",
"the ministers jettisoned the tax plan" ([verbs] discard, jettison = oppose, like "ditch" and
"scrap"; the idea, option or notion is a container: the label is what it holds). Giving up one's
own position states none ([forms] dropping_verbs: "discarded its opposition to X").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

DISCARDED = [
    C("discarded the idea of", "Barack Obama discarded the idea of a grand bargain with uniform cuts in emissions.",
      E("Barack Obama", "oppose", "grand bargain")),
    C("jettisoned the plan", "The ministers jettisoned the tax plan.",
      E("ministers", "oppose", "tax plan")),
    C("jettisoned her deal", "Theresa May jettisoned her Brexit deal.",
      E("Theresa May", "oppose", "Brexit deal")),
    C("discarded the option of", "Spain discarded the option of a referendum.",
      E("Spain", "oppose", "referendum")),
    C("discarded the proposal", "Germany discarded the French proposal for joint debt.",
      E("Germany", "oppose", "joint debt")),
    C("has discarded the notion of", "Beijing has discarded the notion of a trade truce.",
      E("China", "oppose", "trade truce")),
    C("jettisoned the ceasefire", "Hamas jettisoned the ceasefire plan on Sunday.",
      E("Hamas", "oppose", "ceasefire")),
    C("discarded the compromise", "The opposition discarded the compromise on the budget.",
      E("opposition", "oppose", "compromise")),
    C("jettisoned the sanctions", "Italy jettisoned the sanctions on Russia.",
      E("Italy", "oppose", "sanctions")),
    C("discarded, reported", "Boris Johnson said Britain discarded the backstop.",
      E("United Kingdom", "oppose", "backstop")),
]

CONTROLS = [
    C("discarded its own opposition", "Canada jettisoned its opposition to the pipeline.",
      A("Canada", "support")),
    C("discarded evidence", "The police discarded the evidence.",
      A("police")),
    C("passive with no party", "The plan was discarded.",
      A("plan")),
    C("negated", "Spain has not discarded the option of a referendum.",
      A("Spain", "oppose")),
    C("discarded ballots", "The ministers discarded the old ballots.",
      A("ministers"),
      xfail="a thing that is no measure reads as opposed, as with 'ditched the ballots'"),
    C("a discard noun", "The discard pile grew.",
      A("discard")),
    C("jettisoned fuel", "The pilot jettisoned fuel before landing.",
      A("pilot")),
    C("discarded as a modifier", "The discarded plan is still popular.",
      A("plan")),
    C("someone else's plan discarded by a passive agent", "The plan was discarded by Germany.",
      E("Germany", "oppose", "plan")),
    C("discarded its demand: the position is dropped", "The union discarded its demand for a pay rise.",
      A("union", "demand")),
    C("people discarded", 'Donald Trump said: "I don\'t discard people."',
      A("Donald Trump"),
      xfail="a negated 'discard' of people reads as weighing them ('consider'), as 'abandon' does: no check that the object is a measure"),
]

CASES = DISCARDED + CONTROLS


def test_table_has_enough_cases():
    assert len(DISCARDED) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_discarded_ideas(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
