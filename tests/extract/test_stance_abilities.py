"""What a party says it is able to do is no course it weighs (issue #11, stance precision on
unseen news, branch prec6): a commitment verb ([commitments] verbs) under a plain "can" ("we can
raise wages", "they can keep their members in the fold", "we can pay now or we can pay later") is
an ability claimed, not a weighing (`consider`), unless a condition clause hangs from it ("can lift
the sanctions if Iran complies" weighs the lifting on its terms). "may / might / could" still weigh
or guess, and "cannot" still refuses. The sentences are our own.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ABILITIES = [
    C("we can raise, a rally line", '"When we stand together, we can raise wages and protect our pensions," Ana Ruiz said.',
      A("Ana Ruiz")),
    C("we can pay now or later", '"We can pay now or we can pay later," Maria Lopez said.', A("Maria Lopez")),
    C("confident they can keep", "Union leaders remain confident that they can keep their members in line.",
      A("Union leaders")),
    C("we can build and fund", '"With this deal we can build more homes and fund our schools," Tom Hale said.',
      A("Tom Hale")),
    C("we can open within days", '"We can open the border crossings within days," Ahmed Saleh said.',
      A("Ahmed Saleh")),
    C("we can withdraw tomorrow", '"We can withdraw our troops tomorrow," General Omar Farouk said.',
      A("Omar Farouk")),
    C("we can cut taxes", '"We can cut taxes for working families," Senator Jane Moss said.', A("Jane Moss")),
    C("proves we can restore", '"This vote proves we can restore trust in the system," Paul Grant said.',
      A("Paul Grant")),
    C("we can release this week", '"We can release the funds this week," Finance Minister Tito Mboweni said.',
      A("Tito Mboweni")),
    C("we can return at any time", '"We can return to the table at any time," Nadia Karim said.', A("Nadia Karim")),
    C("we can keep, with an adverb", '"We can easily keep the plants running through the winter," Eva Berg said.',
      A("Eva Berg")),
]

CONTROLS = [
    C("can lift if", '"We can lift the sanctions if Iran complies," Antony Blinken said.',
      E("Antony Blinken", "consider", "lifting of sanctions")),
    C("can release once", "Serbia said it can release the prisoners once Kosovo signs the deal.",
      E("Serbia", "consider", "release of prisoners")),
    C("may end", "The union said it may end the strike next week.", E("union", "consider", "end of strike")),
    C("could send", "Germany could send troops to the region.", E("Germany", "consider", "sending of troops")),
    C("could release if", "Hamas said it could release the hostages if Israel halts the strikes.",
      E("Hamas", "consider", "release of hostages")),
    C("might resume", "Iran said it might resume the talks in Vienna.", E("Iran", "consider", "talks")),
    C("will release", "Iran will release the prisoners.", E("Iran", "support", "release of prisoners")),
    C("cannot lift", '"We cannot lift the sanctions," Antony Blinken said.', E("Antony Blinken", "oppose", "lifting of sanctions")),
    C("can accept, a stance verb", "Iran said it can accept the offer.", E("Iran", "support", "offer")),
    C("will not withdraw", "Russia will not withdraw its troops.", E("Russia", "oppose", "withdrawal of troops")),
    C("can not pay", "Kenya said it cannot pay the wage increase.", E("Kenya", "oppose", "wage increase")),
]

KNOWN = [
    C("can still pass, a stance verb of another party", "Congress can still pass a simple renewal of the law, he said.",
      A("Congress"), xfail="a stance verb under 'can' (not a commitment verb) stays a position: another party's ability told "
                           "by a speaker is not told apart from the party's own 'we can accept X'"),
]

CASES = ABILITIES + CONTROLS + KNOWN


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ABILITIES, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_ability_form(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
