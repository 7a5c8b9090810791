"""Stance nouns that belong to someone else than the quotation's speaker (issue #11, holders).

In a quotation, a stance noun with no owner ("the proposal for a ceasefire stands") is given to
the speaker. A third-person owner says it is someone else's: "their readiness", "his proposal",
"they have not come forward with proposals". "Their" after parties named together in the
sentence ("thank Minister X and Minister Y for their readiness to engage") is each of them; an
owner the sentence does not name gets no holder rather than the speaker.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


OTHERS = [
    C("their after two parties: readiness",
      '"I want to thank Minister Ayodele and Minister Kamau for their readiness to engage in dialogue," Lopez said.',
      E("Ayodele", "support", "dialogue"), E("Kamau", "support", "dialogue"), A("Lopez")),
    C("their after two states: commitment",
      '"I welcome Serbia and Kosovo and their commitment to the normalization agreement," Borrell said.',
      E("Serbia", "support", "normalization agreement", claimed_by="Borrell"),
      E("Kosovo", "support", "normalization agreement", claimed_by="Borrell"), A("Borrell")),
    C("their after two states: support",
      '"We appreciate Japan and South Korea for their support for the sanctions," Kirby said.',
      E("Japan", "support", "sanctions"), E("South Korea", "support", "sanctions"), A("Kirby")),
    C("they: proposals for meetings",
      '"They say they want a settlement, but they have not come forward with proposals for meetings," Craven said.',
      A("Craven", "propose")),
    C("they: put forward no proposals",
      '"They have put forward no proposals for talks," union leader Patrick Craven said.',
      A("Patrick Craven")),
    C("they: came with a proposal",
      '"They came with a proposal for a ceasefire, which we rejected," Hamas official Osama Hamdan said.',
      A("Osama Hamdan", "propose"), E("Osama Hamdan", "oppose", "ceasefire")),
    C("their offer",
      '"We welcome their offer of talks," Hamas official Osama Hamdan said.',
      A("Osama Hamdan", "propose"), E("Osama Hamdan", "support", "talks")),
    C("his proposal",
      '"His proposal for a ceasefire is a trap," Hamas official Osama Hamdan said.',
      A("Osama Hamdan", "propose")),
    C("their after two presidents: willingness",
      '"We thank President Ruto and President Museveni for their willingness to mediate the talks," the minister Abdi Farah said.',
      E("Ruto", "consider", "mediation"), E("Museveni", "consider", "mediation")),
]

CONTROLS = [
    C("we made a proposal", '"We have made a proposal for a ceasefire," Hamas official Osama Hamdan said.',
      E("Osama Hamdan", "propose", "ceasefire")),
    C("our proposal", '"Our proposal for a ceasefire stands," Hamas official Osama Hamdan said.',
      E("Osama Hamdan", "propose", "ceasefire")),
    C("ownerless proposal: the speaker's",
      '"The proposal for a ceasefire stands," Hamas official Osama Hamdan said.',
      E("Osama Hamdan", "propose", "ceasefire")),
]

# "talks with X" held in a participle's clause: who made the remarks (the subject of the verb
# above) is a party to the talks, beside X
TALKS = [
    C("remarks made at talks",
      "Kenyan President William Ruto spoke in remarks made at the opening of talks with opposition leader Raila Odinga in Nairobi.",
      E("William Ruto", "support", "talks"), E("Raila Odinga", "support", "talks")),
    C("speech delivered at talks",
      "Colombian President Gustavo Petro gave a speech delivered at the start of peace talks with the ELN in Caracas.",
      E("Gustavo Petro", "support", "peace talks"), E("ELN", "support", "peace talks")),
    C("statement released after talks",
      "Israeli Prime Minister Benjamin Netanyahu issued a statement released after talks with Egyptian President Abdel Fattah el-Sisi.",
      E("Benjamin Netanyahu", "support", "talks"), E("Abdel Fattah el-Sisi", "support", "talks")),
    C("news conference held after talks",
      "Ukrainian President Volodymyr Zelensky spoke at a news conference held after talks with Polish President Andrzej Duda in Warsaw.",
      E("Volodymyr Zelensky", "support", "talks"), E("Andrzej Duda", "support", "talks")),
]

TALKS_CONTROLS = [
    C("talks rejected", "Iran rejected talks with the United States.",
      E("Iran", "oppose", "talks"), A("Iran", "support")),
    C("report published after talks: no speaker",
      "A report published after talks with the Taliban in Doha was leaked to reporters.",
      E("Taliban", "support", "talks")),
]

CASES = OTHERS + CONTROLS + TALKS + TALKS_CONTROLS


def test_table_cases_distinct():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_other_owner(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
