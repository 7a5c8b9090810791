"""Talks named by their span or round, and talks with a partner the text names no party for
(issue #11, stances in the forms news uses):

- "Hamas and Fatah concluded three days of talks", "the rebels attended a second round of talks":
  the talks held, attended or concluded ([forms] time_spans and talk_units in stance.toml, read
  through "of" to an agreement object);
- "a delegation from the KNU is wrapping up a week of talks with government officials": the
  subject takes part in the talks though "government officials" is no actor (the named partner
  joins it when it is one).

Controls: a span of something that is no talks, and talks a stance verb already reads.
Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

UNITS = [
    C("concluded days of talks", "Hamas and Fatah concluded three days of talks in Cairo.",
      E("Hamas", "support", "talks"), E("Fatah", "support", "talks")),
    C("held days of negotiations", "Iran and the six powers held two days of negotiations in Vienna.",
      E("Iran", "support", "negotiations")),
    C("attended a round of talks", "The rebels attended a second round of talks in Arusha.",
      E("rebels", "support", "talks")),
    C("joined a session of talks", "Egypt joined a session of talks in Doha on Sunday.",
      E("Egypt", "support", "talks")),
    C("held a week of talks", "Serbia held a week of talks in Vienna.",
      E("Serbia", "support", "talks")),
    C("concluded rounds of negotiations", "Colombia concluded four rounds of negotiations in Havana.",
      E("Colombia", "support", "negotiations")),
    C("attended hours of talks", "The Houthis attended six hours of talks in Stockholm.",
      E("Houthis", "support", "talks")),
    C("held a series of talks", "Japan held a series of talks in Beijing.",
      E("Japan", "support", "talks")),
    C("convened a round of dialogue", "The African Union convened a new round of dialogue in Addis Ababa.",
      E("African Union", "support", "dialogue")),
    C("hold months of negotiations", "Britain will hold months of negotiations with Brussels.",
      E("United Kingdom", "support", "negotiations")),
]

UNNAMED_PARTNERS = [
    C("talks with officials", "A delegation from the Karen National Union is wrapping up a week of talks with government officials in Rangoon.",
      E("Karen National Union", "support", "talks")),
    C("held talks with officials", "Hamas held talks with intelligence officials in Cairo.",
      E("Hamas", "support", "talks")),
    C("began talks with mediators", "The Sudanese army began talks with the mediators on Monday.",
      E("Sudan", "support", "talks")),
]

CONTROLS = [
    C("days of something else", "The court held three days of hearings.",
      A("court")),
    C("refused talks with officials", "Hamas refused talks with Egyptian officials.",
      A("Hamas", "support")),
    C("called off talks", "Hamas called off two days of talks with the mediators.",
      A("Hamas", "support")),
]

CASES = UNITS + UNNAMED_PARTNERS + CONTROLS


def test_table_has_enough_cases():
    assert len(UNITS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_talk_units_and_partners(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
