"""How things turn out is no position (issue #11, stance precision on unseen news, branch prec5):
a phrasal of [forms] outcome_phrasals ("end up", "wind up") on the cue's verb, or on the verb it
is an infinitive or conjunct of, tells a forecast or a result ("Congress will almost certainly end
up passing a different bill"), not what the party wants; "would end up better off" is no cue to
end anything. The sentences are our own. Controls: a plain forecast of a party's own act ("will
vote against"), "end" as a cue ("vowed to end the war"), and other particles of "end" and "wind"
("wind down the operation") keep their stances.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ENDED_UP = [
    C("will end up passing", "Congress will almost certainly end up passing a smaller spending bill.",
      A("Congress")),
    C("may end up accepting", "The union may end up accepting the pay offer after all.", A("union")),
    C("could end up backing", "Germany could end up backing the compromise.", A("Germany")),
    C("ended up signing", "In the end, Serbia ended up signing the agreement under pressure.", A("Serbia")),
    C("would wind up rejecting", "Analysts say the parliament would wind up rejecting the treaty.",
      A("parliament")),
    C("wound up supporting", "Several senators wound up supporting the tariff bill.", A("senators")),
    C("end up having to accept", "Kenya might end up having to accept the loan terms.", A("Kenya")),
    C("will end up opposing", "Critics predict that France will end up opposing the sanctions.", A("France")),
    C("end up better off", "Farmers would end up better off under the new trade rules.", A("Farmers")),
    C("ends up vetoing", "If the bill reaches her desk, the governor likely ends up vetoing it.",
      A("governor")),
    C("end up approving, a conjunct", "Lawmakers will debate the budget and end up approving it.",
      A("Lawmakers", "support")),
]

CONTROLS = [
    C("will vote against", "Japan will vote against the resolution.", E("Japan", "oppose", "resolution")),
    C("vowed to end", "Ukraine vowed to end the war.", E("Ukraine", "support", "end of war")),
    C("wants to end", "Hamas wants to end the blockade.", E("Hamas", "support", "end of blockade")),
    C("will support", "Senator Maria Lopez will support the bill.", E("Maria Lopez", "support", "bill")),
    C("wind down", "Russia called for NATO to wind down the exercises.", E("Russia", "demand", "exercises")),
    C("rejected, then end", "Iran rejected the offer, and the talks ended.", E("Iran", "oppose", "offer")),
    C("backed", "Germany backed the compromise.", E("Germany", "support", "compromise")),
    C("could back, hedged", "Germany could back the compromise.", E("Germany", "consider", "compromise")),
    C("agreed to sign", "Serbia agreed to sign the agreement.", E("Serbia", "support", "agreement")),
    C("end the strike", "The union voted to end the strike.", E("union", "support", "end of strike")),
]

CASES = ENDED_UP + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ENDED_UP, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_outcome_form(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
