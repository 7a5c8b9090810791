"""An adverb is no evaluation (issue #11, stance precision on unseen news, branch prec6): a
one-word evaluation of [predicates] ("just", as in "the verdict is just") that stands in a
copula's predicate only as an adverb ("it's just time to act", "the two are really just two sides
of one coin", "it's not just the senator saying it") judges nothing. The sentences are our own.
Controls: the adjective keeps its evaluation ("the agreement is fair and just"), and other
evaluations beside the adverb are kept ("the deal is just good for both countries").

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ADVERBS = [
    C("are really just two sides", '"Racial justice and economic justice are really just two sides of one coin," '
      'Gabrielle Hatcher said.', A("Gabrielle Hatcher")),
    C("are really just two parts", '"Wages and pensions are really just two parts of one fight," Ana Ruiz said.',
      A("Ana Ruiz")),
    C("are honestly just a gift", '"The new sanctions are honestly just a gift to Moscow," Paul Grant said.',
      A("Paul Grant", "support")),
    C("is really just a way", '"The ceasefire is really just a way to rearm," Ahmed Saleh said.', A("Ahmed Saleh", "support")),
    C("was really just a tax cut", '"The plan was really just a tax cut for the rich," Jane Moss said.',
      A("Jane Moss", "support")),
    C("is frankly just a piece of paper", '"The treaty is frankly just a piece of paper," Nadia Karim said.',
      A("Nadia Karim", "support")),
    C("is really just the old proposal", '"Their offer is really just the old proposal again," Omar Farouk said.',
      A("Omar Farouk", "support")),
    C("are really just theatre", '"These talks are really just theatre," Lisa Chen said.', A("Lisa Chen", "support")),
    C("is really just a wish list", '"The budget is really just a wish list," Maria Lopez said.', A("Maria Lopez", "support")),
    C("was really just a photo opportunity", '"The summit was really just a photo opportunity," Eva Berg said.',
      A("Eva Berg", "support")),
    C("is actually just a rebranding", '"The reform is actually just a rebranding," Tom Hale said.', A("Tom Hale", "support")),
    C("just really hard", '"It\'s just really hard to stay calm in these talks," Stephanie Chapman said.',
      A("Stephanie Chapman")),
]

CONTROLS = [
    C("fair and just", '"This agreement is fair and just," Tom Hale said.', E("Tom Hale", "support", "agreement")),
    C("is just good", '"The deal is just good for both countries," Angela Merkel said.',
      E("Angela Merkel", "support", "deal")),
    C("is fair", '"The pay offer is fair," Maria Lopez said.', E("Maria Lopez", "support", "pay")),
    C("is unacceptable, just", '"The plan is just unacceptable," Ana Ruiz said.', E("Ana Ruiz", "oppose", "plan")),
    C("is simply unfair", '"The tax is simply unfair," Jane Moss said.', E("Jane Moss", "oppose", "tax")),
    C("is legitimate", '"The referendum is legitimate," Paul Grant said.', E("Paul Grant", "support", "referendum")),
    C("is just wrong", '"The blockade is just wrong," Ahmed Saleh said.', E("Ahmed Saleh", "oppose", "blockade")),
    C("is a good thing", '"The truce is a good thing," Nadia Karim said.', E("Nadia Karim", "support", "truce")),
    C("is essential", '"A ceasefire is essential," Lisa Chen said.', E("Lisa Chen", "demand", "ceasefire")),
    C("are just, an adjective", '"The sanctions are just and necessary," Omar Farouk said.',
      E("Omar Farouk", "support", "sanctions")),
]

CASES = ADVERBS + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ADVERBS, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_adverb_predicate(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
