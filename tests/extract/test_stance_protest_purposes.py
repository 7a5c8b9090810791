"""Acts done in protest at an issue, in defiance of it or in retaliation for it (issue #11,
"stances in the forms news uses"): "the opposition walked out of parliament in protest at the
ruling", "China raised tariffs in retaliation for the US duties" oppose the ruling, the duties,
whatever the act; "doctors stopped work in protest over unpaid salaries" demands what is owed
(a deliberate act aimed at the issue: gold "what counts as a stance"). The phrase may hang on
the verb, on its object or on a place after it, and the parser may hang its "at" on the verb.
Word lists: [forms] purpose_nouns, purpose_preps in stance.toml.

Controls: "in protest" with no issue names none; the act's own reading stays.

Known failures are listed with ``xfail(strict=True)``: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import assert_checks, known_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

PROTESTS = [
    ("The opposition walked out of parliament in protest at the ruling.", E("opposition", "oppose", "ruling")),
    ("Doctors in Kenya stopped work in protest over unpaid salaries.", E("Doctors", "demand", "unpaid salaries")),
    ("Farmers blocked roads in protest against the new tax.", E("Farmers", "oppose", "tax")),
    ("The AMCU union downed tools in protest at the wage offer.", E("Association of Mineworkers and Construction Union", "oppose", "wage")),
    ("Greece vetoed the resolution in protest at Turkish drilling.", E("Greece", "oppose", "Turkish drilling")),
    ("Serbian lawmakers walked out in protest at the vote on Kosovo.", E("Serbian lawmakers", "oppose", "vote on Kosovo")),
    ("Israel recalled its ambassador to Spain in protest of the recognition of a Palestinian state.",
     E("Israel", "oppose", "recognition of Palestinian state")),
    ("Angry farmers in India dumped milk in the streets in protest at low prices.",
     E("Angry farmers", "oppose", "low prices")),
    # the act negated, the protest still stated
    ("President Erdogan did not attend the summit in protest at the invitation of Cyprus.",
     E("Erdogan", "oppose", "invitation of Cyprus")),
    ("China raised tariffs on soybeans in retaliation for the US duties.", E("China", "oppose", "US duties")),
    ("Hamas fired rockets at Israel in retaliation for the raid on Jenin.", E("Hamas", "oppose", "raid on Jenin")),
    ("The Kurdistan Workers' Party held the rally in defiance of the court order.",
     E("Kurdistan Workers' Party", "oppose", "court order")),
    ("Iranian women removed their headscarves in defiance of the law.", E("Iranian women", "oppose", "law")),
]
PROTESTS_KNOWN = {
    "Iranian women removed their headscarves in defiance of the law.":
        "'Iranian women' is no actor of the table (a description of people, no party)",
}


@pytest.mark.parametrize(("text", "checks"), list(known_params(PROTESTS, PROTESTS_KNOWN)))
def test_act_in_protest(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


CONTROLS = [
    ("Ukraine's delegation left the hall in protest.", A("Ukraine")),
    ("Poland voted in protest against the rules, Warsaw said.", E("Poland", "oppose", "rules")),
    ("Police arrested the man in protest.", A("Police")),
]


@pytest.mark.parametrize(("text", "checks"), list(known_params(CONTROLS, {})))
def test_protest_controls(full_stances, text, checks):
    assert_checks(full_stances(text), text, checks)


def test_table_has_enough_cases():
    assert len(PROTESTS) - len(PROTESTS_KNOWN) >= 10
    texts = [t for t, *_ in PROTESTS + CONTROLS]
    assert len(set(texts)) == len(texts), "a sentence appears twice"
