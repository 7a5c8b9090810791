"""Obligations in a speaker's quotation that no reporting verb of its own frames (issue #11): a
transcript's turn, the second sentence of a quoted paragraph. "X must V" there is the speaker's
demand, as "X must V, he said" is.

Controls: the courtesies and errands of remarks ("I have to say", "we must thank our hosts",
"tomorrow I have to get up") and a generic "you" state no position; a sentence outside any
quotation is the reporter's, not a speaker's.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


OBLIGATIONS = [
    C("must, after a colon", "Kerry told reporters: \"We made progress. Iran must stop enrichment.\"",
      E("Kerry", "demand", "enrichment")),
    C("has to, period", "\"We made progress,\" Kerry said. \"This deal has to be based on the Lausanne parameters, period.\"",
      E("Kerry", "demand", "lausanne parameters", red_line=True)),
    C("should, second sentence", "\"We met for three hours,\" Borrell said. \"Both sides should return to the table.\"",
      E("Borrell", "demand", "table")),
    C("must, passive", "\"The talks went well,\" Lavrov said. \"The sanctions must be lifted.\"",
      E("Lavrov", "demand", "sanctions")),
    C("need to", "\"The offer was too low,\" Craven said. \"The employers need to raise wages.\"",
      E("Craven", "demand", "wages")),
    C("must, third party", "\"It was a long day,\" Guterres said. \"Israel must allow aid into Gaza.\"",
      E("Guterres", "demand", "aid")),
    C("must, negated", "\"We listened,\" Blinken said. \"Hamas must not hold the hostages any longer.\"",
      A("Blinken", "demand")),
    C("has to, agreement", "\"We are close,\" Trump said. \"China has to sign the agreement.\"",
      E("Trump", "demand", "agreement")),
    C("must, all sides", "\"We worked hard today,\" Kerry said. \"All sides must refrain from violence.\"",
      E("Kerry", "demand", "violence")),
    C("should, first person plural", "\"This is our position,\" Mathunjwa said. \"We should end the strike.\"",
      E("Mathunjwa", "demand", "strike")),
]

CONTROLS = [
    C("I have to say", "\"We met today,\" Kerry said. \"I have to say the talks were useful.\"",
      A("Kerry")),
    C("errand", "\"It was a good race,\" Warholm said. \"Tomorrow I have to get up and work again.\"",
      A("Warholm")),
    C("generic you", "\"The colony is shrinking,\" Gownaris said. \"You have to protect the waters where they feed.\"",
      A("Gownaris")),
    C("thanks", "\"We are grateful,\" Lavrov said. \"We must thank our Swedish hosts.\"",
      A("Lavrov")),
    C("outside the quote", "\"We are grateful,\" Lavrov said. Russia must still pay the fine, the court ruled.",
      A("Lavrov")),
]

CASES = OBLIGATIONS + CONTROLS


def test_table_has_enough_cases():
    assert len(OBLIGATIONS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_quoted_obligation(stances_of, text, check):
    found = stances_of(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
