"""A pronoun that points forward (issue #11, generalisation: a holder family read in news nobody
had tuned on), read by the full pipeline. News English opens a sentence with a clause whose
subject is "he" or "she" and names the person right after it, as the main clause's subject:
"While he refused to release violent criminals, Mr. Obama deemed ... a fair trade-off". The "he"
is that person, not the last man named before (who would take the stance otherwise).

Only a clause that opens the sentence, before its main clause, and only a main-clause subject
named by a person's name of a fitting gender. Controls: the main subject is no person ("the
crowd"), is a pronoun too, is named before the clause, the clause comes after the main clause,
or the pronoun is no subject. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

FORWARD = [
    C("while he refused", "Saeed Abedini was freed on Sunday. While he refused to release violent criminals, Barack Obama accepted the swap.",
      E("Barack Obama", "oppose", "release of violent criminals"), A("Saeed Abedini", "oppose")),
    C("although he opposed", "John Kerry flew to Moscow. Although he opposed the deal at first, Sergey Lavrov signed it on Friday.",
      E("Sergey Lavrov", "oppose", "deal"), A("John Kerry", "oppose")),
    C("after he rejected", "Boris Johnson spoke first. After he rejected the offer, Jeremy Corbyn left the meeting.",
      E("Jeremy Corbyn", "oppose", "offer"), A("Boris Johnson", "oppose")),
    C("when she backed", "Theresa May was in Brussels. When she backed the customs union, Angela Merkel praised the plan.",
      E("Angela Merkel", "support", "customs union"), A("Theresa May", "support")),
    C("because he wants", "Mike Pompeo arrived late. Because he wants a ceasefire, Recep Tayyip Erdogan called the meeting.",
      E("Recep Tayyip Erdogan", "demand", "ceasefire"), A("Mike Pompeo", "demand")),
    C("though she criticized", "Nancy Pelosi spoke on Monday. Though she criticized the tariffs, Hillary Clinton stayed silent on trade.",
      E("Hillary Clinton", "oppose", "tariffs"), A("Nancy Pelosi", "oppose")),
    C("as he pushed for", "Benjamin Netanyahu met the press. As he pushed for new sanctions, Donald Trump praised Israel.",
      E("Donald Trump", "demand", "sanctions"), A("Benjamin Netanyahu", "demand")),
    C("since he backs", "Xi Jinping hosted the talks. Since he backs the trade pact, Narendra Modi signed the statement.",
      E("Narendra Modi", "support", "trade pact"), A("Xi Jinping", "support")),
    C("before he endorsed", "Emmanuel Macron was in Berlin. Before he endorsed the plan, Olaf Scholz consulted his cabinet.",
      E("Olaf Scholz", "support", "plan"), A("Emmanuel Macron", "support")),
    C("but, while he rejected", "Viktor Orban spoke in Brussels. But while he rejected the migrant quotas, Andrej Babis left early.",
      E("Andrej Babis", "oppose", "migrant quotas"), A("Viktor Orban", "oppose")),
]

CONTROLS = [
    C("the main subject is no person", "Donald Trump arrived in Paris. When he rejected the trade deal, the crowd cheered.",
      E("Donald Trump", "oppose", "trade deal")),
    C("the main subject is a pronoun", "Donald Trump arrived in Paris. When he rejected the trade deal, he was cheered.",
      E("Donald Trump", "oppose", "trade deal")),
    C("the clause comes after the main clause", "Donald Trump spoke first. Emmanuel Macron left after he rejected the trade deal.",
      E("Emmanuel Macron", "oppose", "trade deal")),
    C("the person is named before the clause", "Donald Trump spoke first. Emmanuel Macron, while he rejected the trade deal, stayed calm.",
      A("Donald Trump", "oppose")),
    C("gender does not fit", "Donald Trump spoke first. While he rejected the trade deal, Angela Merkel stayed calm.",
      E("Donald Trump", "oppose", "trade deal"), A("Angela Merkel", "oppose")),
    C("the pronoun is an object", "Donald Trump spoke first. When France rejected him, Emmanuel Macron stayed calm.",
      A("Donald Trump")),
    C("a main clause with its own stance", "Donald Trump spoke first. He rejected the trade deal, and Emmanuel Macron stayed calm.",
      E("Donald Trump", "oppose", "trade deal"), A("Emmanuel Macron", "oppose")),
    C("a main subject that is an organisation", "Donald Trump spoke first. When he rejected the trade deal, the European Union protested.",
      E("Donald Trump", "oppose", "trade deal")),
    C("a description as main subject", "Donald Trump spoke first. When he rejected the trade deal, the French president stayed calm.",
      E("Donald Trump", "oppose", "trade deal")),
    C("a plural pronoun is left alone", "France and Germany met first. While they rejected the tariffs, Donald Trump praised them.",
      A("Donald Trump", "oppose")),
]

CASES = FORWARD + CONTROLS


def test_table_has_enough_cases():
    assert len(FORWARD) >= 10 and len(CONTROLS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_cataphoric_pronoun_holders(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
