"""What talks are to be about (issue #11): "the talks must focus on the release of prisoners",
said by X, is X's demand of the release (not of "focusing"); a general noun illustrated by items
("should focus on other issues, notably the return of refugees", "including", "such as", "namely",
"in particular") demands the items; what talks or a meeting will focus on, in someone's words ("the
process will focus on the withdrawal of militias", said by the envoy), is their proposed agenda.
Controls: verbs of tackling a problem ("must tackle illegal fishing") do not demand their object,
and are not read this way; what talks were about, what they will not be about, what a person or a
study will focus on, and an agenda nobody states are no position.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


FOCUS = [
    C("must focus on", "\"The talks must focus on the release of prisoners,\" Hamas said.",
      E("Hamas", "demand", "release of prisoners")),
    C("should concentrate on", "Negotiations should concentrate on a permanent ceasefire, Qatar said.",
      E("Qatar", "demand", "permanent ceasefire")),
    C("must center on", "\"The summit must center on climate finance,\" Guterres said.",
      E("Guterres", "demand", "climate finance")),
    C("should deal with", "\"The next round should deal with the exchange of prisoners,\" Zelensky said.",
      E("Zelensky", "demand", "exchange of prisoners")),
    C("reported: should focus on", "The union said talks should focus on pay.",
      E("union", "demand", "pay")),
    C("have to be centred on", "\"Discussions have to be centred on the withdrawal of foreign troops,\" Libya said.",
      E("Libya", "demand", "withdrawal")),
    C("should focus on, own", "\"Europe should focus on its own defence,\" Macron said.",
      E("Macron", "demand", "defence")),
    C("must prioritise", "\"The government must prioritise the hospitals,\" the nurses' union said.",
      E("nurses' union", "demand", "hospitals")),
    C("needs to focus on", "\"The summit needs to focus on debt relief,\" Ramaphosa said.",
      E("Ramaphosa", "demand", "debt relief")),
    C("passive, notably", "The talks should be focused on other issues, Abandi said, notably the return of Congolese refugees from Rwanda.",
      E("Abandi", "demand", "refugees")),
]

ILLUSTRATED = [
    C("such as", "Abandi said the talks should focus on other issues, such as the return of refugees.",
      E("Abandi", "demand", "return of refugees")),
    C("including", "\"The talks must focus on key issues, including the release of prisoners,\" Hamas said.",
      E("Hamas", "demand", "release of prisoners")),
    C("namely", "Qatar said negotiations must concentrate on the core questions, namely the exchange of prisoners.",
      E("Qatar", "demand", "exchange of prisoners")),
    C("in particular", "The summit must deal with urgent matters, in particular debt relief, Ramaphosa said.",
      E("Ramaphosa", "demand", "debt relief")),
    C("especially", "The talks should focus on practical issues, especially the reopening of the border, Egypt said.",
      E("Egypt", "demand", "reopening of border")),
    C("notably, reported after", "Negotiations should concentrate on the main points, notably a permanent ceasefire, Turkey said.",
      E("Turkey", "demand", "permanent ceasefire")),
    C("like", "The next round should deal with humanitarian matters like the evacuation of civilians, Ukraine said.",
      E("Ukraine", "demand", "evacuation of civilians")),
    C("above all", "\"Discussions have to be centred on several questions, above all the withdrawal of foreign troops,\" Libya said.",
      E("Libya", "demand", "withdrawal of foreign troops")),
    C("particularly", "The talks should focus on other topics, particularly the lifting of sanctions, Iran said.",
      E("Iran", "demand", "lifting of sanctions")),
    C("two items", "Abandi said the talks should focus on other issues, such as the return of refugees and the disarmament of armed groups.",
      E("Abandi", "demand", "return of refugees"), E("Abandi", "demand", "disarmament of armed groups")),
]

AGENDA = [
    C("reported: process will focus on", "Ismail Ould Cheikh Ahmed said the process will focus on the withdrawal of militias.",
      E("Ismail Ould Cheikh Ahmed", "propose", "withdrawal of militias")),
    C("reported: talks will focus on", "Qatar said the talks will focus on a prisoner exchange.",
      E("Qatar", "propose", "prisoner exchange")),
    C("reported after: round will concentrate on", "The next round will concentrate on security arrangements, Olusegun Obasanjo said.",
      E("Olusegun Obasanjo", "propose", "security arrangements")),
    C("quoted: summit will centre on", "\"The summit will centre on debt relief,\" Ramaphosa said.",
      E("Ramaphosa", "propose", "debt relief")),
    C("reported: meeting would focus on", "Egypt said the meeting would focus on the reopening of the Rafah crossing.",
      E("Egypt", "propose", "reopening of Rafah crossing")),
    C("reported: visit will focus on", "The White House said the visit will focus on the extension of the trade truce.",
      E("United States", "propose", "extension of trade truce")),
    C("reported: consultations will concentrate on", "Lavrov said the consultations will concentrate on the implementation of the Minsk agreements.",
      E("Lavrov", "propose", "implementation of Minsk agreements")),
    C("reported: session will deal with", "The African Union said the session will deal with the deployment of peacekeepers.",
      E("African Union", "propose", "deployment of peacekeepers")),
    C("reported after: negotiations will focus on", "The negotiations will focus on the release of hostages, Hamas said.",
      E("Hamas", "propose", "release of hostages")),
    C("reported: conference will focus on", "Guterres said the conference will focus on the funding of humanitarian aid.",
      E("Guterres", "propose", "funding of humanitarian aid")),
    C("will focus on other issues, including", "Qatar said the talks will focus on other issues, including the release of hostages.",
      E("Qatar", "propose", "release of hostages")),
]

CONTROLS = [
    C("a report of what talks were about", "The talks focused on trade, Chinese officials said.",
      A("China", "demand")),
    C("what talks were about, with items", "The talks focused on several issues, including trade, Chinese officials said.",
      A("China")),
    C("will not focus on", "The talks will not focus on the border, Serbia said.", A("Serbia", "propose")),
    C("a person's focus", "Macron said he will focus on the reform of pensions.", A("Macron", "propose")),
    C("a study's focus", "Germany said the study will focus on the reduction of emissions.", A("Germany", "propose")),
    C("items of a measure, not of a general noun", "The talks must focus on the release of prisoners, including women, Hamas said.",
      E("Hamas", "demand", "release of prisoners")),
]

CASES = FOCUS + ILLUSTRATED + AGENDA + CONTROLS


def test_table_has_enough_cases():
    assert len(FOCUS) >= 10
    assert len(ILLUSTRATED) >= 10
    assert len(AGENDA) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_focus(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
