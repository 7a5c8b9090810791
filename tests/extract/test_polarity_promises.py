"""A promise of what someone will do, in a clause of its own, is an offer: "Wen promised China would
promote direct transport links", "the minister's promise that the government would engage the
workers in dialogue", "Kenya pledged that it would send troops" propose the action (gold codes
these propose; `promised_action` in stance/demands.py, [forms] commissive_verbs). A promise "to V"
("Kiir promised to stop the war") stays the promiser's commitment (support), a promise not to V
opposes, and a plain "said it would V" is a commitment (support).
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OFFERED = [
    C("promised X would V", "Wen promised China would promote direct transport links across the Taiwan Strait.",
      E("Wen", "propose", "direct transport"), A("Wen", "support")),
    C("promised that X would V", "The minister promised that Zimbabwe would raise civil servants' salaries.",
      E("Zimbabwe", "propose", "salaries"), A("Zimbabwe", "support")),
    C("pledged that it would V", "Kenya pledged that it would send troops to Haiti.",
      E("Kenya", "propose", "troops"), A("Kenya", "support")),
    C("guaranteed that it would V", "Washington guaranteed that it would lift the sanctions.",
      E("United States", "propose", "sanctions"), A("United States", "support")),
    C("promised it would V", "Israel promised it would release the prisoners.",
      E("Israel", "propose", "release of prisoners"), A("Israel", "support")),
    C("pledged it would V", "Egypt pledged it would reopen the Rafah crossing.",
      E("Egypt", "propose", "Rafah crossing"), A("Egypt", "support")),
    C("promised that it would withdraw", "Turkey promised that it would withdraw its troops.",
      E("Turkey", "propose", "withdrawal of troops"), A("Turkey", "support")),
    C("guaranteed that it would extend", "Russia guaranteed that it would extend the grain deal.",
      E("Russia", "propose", "grain deal"), A("Russia", "support")),
    C("has promised it will V", "Iran has promised it will release the detained sailors.",
      E("Iran", "propose", "sailors"), A("Iran", "support")),
    C("the promise that X would V", "Colombia's promise that it would hold a referendum angered the rebels.",
      E("Colombia", "propose", "referendum")),
    C("promised the unions that", "The government promised the unions that it would resume the talks.",
      E("government", "propose", "talks"),
      xfail="'the government' with no state named is no actor (holders)"),
]

CONTROLS = [
    C("promised to V", "Kiir promised to stop the war.", E("Kiir", "support", "war"), A("Kiir", "propose")),
    C("pledged to V", "Kenya pledged to send troops to Haiti.", E("Kenya", "support", "troops"), A("Kenya", "propose")),
    C("promised to release", "Israel promised to release the prisoners.",
      E("Israel", "support", "release of prisoners"), A("Israel", "propose")),
    C("promised it would not V", "Iran promised it would not enrich uranium beyond 3.67 percent.",
      E("Iran", "oppose", "uranium"), A("Iran", "propose")),
    C("said it would V", "Israel said it would release the prisoners.",
      E("Israel", "support", "release of prisoners"), A("Israel", "propose")),
    C("promised it would accept", "Hamas promised it would accept the ceasefire.",
      E("Hamas", "support", "ceasefire"), A("Hamas", "propose")),
]

CASES = OFFERED + CONTROLS


def test_table_has_enough_cases():
    assert len(OFFERED) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_promised_action(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
