"""The speaker's own side (issue 11): "our government", "our country", "our union" as the subject
of a stance inside a quotation is the state or organisation the speaker speaks for, else the
speaker (``own`` in roles.toml [state_bodies]). "Our people" is the population, no holder. One test
per check; the sentences are our own."""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

OWN_SIDE = [
    C("our country, a president of a state", '"Our country will never recognize the annexation," Ukrainian President Volodymyr Zelensky said.',
      E("Ukraine", "oppose", "annexation", red_line=True)),
    C("our country, speaker before", 'Ukrainian President Volodymyr Zelensky said: "Our country rejects any territorial concessions."',
      E("Ukraine", "oppose", "territorial concessions")),
    C("our government, prime minister", '"Our government is ready for talks," said Israeli Prime Minister Benjamin Netanyahu.',
      E("Israel", "support", "talks")),
    C("our government, no affiliation known", '"Our government will never accept this ceasefire proposal," Zelensky said.',
      E("Zelensky", "oppose", "ceasefire", red_line=True)),
    C("our delegation", '"Our delegation rejected the draft resolution," said Iran\'s ambassador Amir Saeid Iravani.',
      E("Iran", "oppose", "draft resolution")),
    C("our side", '"Our side is ready to sign the agreement," the Russian negotiator Vladimir Medinsky said.',
      E("Russia", "support", "agreement")),
    C("our union", '"Our union will not accept job cuts," said Joseph Mathunjwa, the leader of AMCU.',
      E("Association of Mineworkers and Construction Union", "oppose", "job cuts")),
    C("our administration", '"Our administration opposes the tariffs," said Canadian Prime Minister Mark Carney.',
      E("Canada", "oppose", "tariffs")),
    C("our nation", '"Our nation demands the return of the islands," Japanese Prime Minister Fumio Kishida said.',
      E("Japan", "demand", "return of islands")),
    C("our leadership", '"Our leadership has rejected the ultimatum," Hamas official Osama Hamdan said.',
      E("Hamas", "oppose", "ultimatum")),
    # someone else's side is not the speaker's
    C("their government", '"Their government rejected the proposal," Zelensky said.',
      A("Zelensky")),
]


@pytest.mark.parametrize(("text", "check"), list(case_params(OWN_SIDE)))
def test_own_side(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()} in {found}"
