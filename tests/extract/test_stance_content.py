"""Content and discontent with a measure (issue #11): "Hamas said it was satisfied with the deal",
"Trump would be fine with a long shutdown" support it; "unhappy with the wage offer",
"disappointed with the ceasefire proposal" oppose it (`content_adjectives`,
`discontent_adjectives`, `content_preps` in stance.toml [forms]). Controls: an infinitive ("happy
to be in Brussels", a courtesy), an object that is no measure ("pleased with the result")."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

CONTENT = [
    C("satisfied with", "Hamas said it was satisfied with the deal.", E("Hamas", "support", "deal")),
    C("would be fine with", "President Donald Trump said he would be fine with a long shutdown.",
      E("Donald Trump", "support", "shutdown")),
    C("comfortable with", "Germany is comfortable with the new sanctions.", E("Germany", "support", "sanctions")),
    C("glad about", "Macron said he was glad about the agreement.", E("Macron", "support", "agreement")),
    C("content with (parsed as a noun)", "Beijing is content with the trade deal.", E("China", "support", "trade deal")),
    C("okay with", "House Speaker Nancy Pelosi said she was okay with a short-term funding bill.",
      E("Nancy Pelosi", "support", "funding bill")),
    C("not happy with", "Erdogan said he was not happy with the agreement.", E("Erdogan", "oppose", "agreement")),
    C("disappointed with (parsed as a passive)", "Netanyahu said he was disappointed with the ceasefire proposal.",
      E("Netanyahu", "oppose", "ceasefire")),
    C("angry about", "Kyiv is angry about the grain deal.", E("Ukraine", "oppose", "grain deal")),
    C("unhappy with an offer", "The National Union of Mineworkers is unhappy with the wage offer.",
      E("National Union of Mineworkers", "oppose", "wage")),
    C("okay if C", "President Donald Trump said he would be okay if the shutdown went on for years.",
      E("Donald Trump", "support", "shutdown")),  # (test_stance_content_if.py: the family)
]

CONTROLS = [
    C("an infinitive: a courtesy", "Erdogan said he was happy to be in Brussels.", A("Erdogan")),
    C("no measure", "Zelensky said he was pleased with the result.", A("Zelensky")),
    C("a feeling about a person", "Erdogan said he was angry with Macron.", A("Erdogan")),
]

CASES = CONTENT + CONTROLS


def test_table_has_enough_cases():
    assert len(CONTENT) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_content(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
