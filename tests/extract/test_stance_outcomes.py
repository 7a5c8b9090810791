"""How things turn out is no position (issue #11, stance precision on unseen news, branch prec5):
a phrasal of [forms] outcome_phrasals ("end up", "wind up") on the cue's verb, or on the verb it
is an infinitive or conjunct of, tells a forecast or a result ("Congress will almost certainly end
up passing a different bill"), not what the party wants; "would end up better off" is no cue to
end anything. The sentences are our own. Controls: a plain forecast of a party's own act ("will
vote against"), "end" as a cue ("vowed to end the war"), and other particles of "end" and "wind"
("wind down the operation") keep their stances.

Likewise a clause that completes a copula whose subject is a hope or forecast nobody owns ([forms]
forecast_nouns: "the hope has been that employers would offer cheaper plans", "the expectation is
that Iran will accept the offer") states no position of the clause's party; a party that says or
hopes it itself keeps its stance.

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

FORESEEN = [
    C("the hope has been", "The hope has been that employers would respond by offering cheaper plans.",
      A("employers")),
    C("the expectation is", "The expectation is that Iran will accept the offer.", A("Iran")),
    C("the assumption was", "The assumption was that Hamas would agree to the truce.", A("Hamas")),
    C("the fear is", "The fear is that Russia will veto the resolution.", A("Russia")),
    C("the risk is", "The risk is that the union rejects the pay deal.", A("union")),
    C("the bet is", "The bet is that China will back the plan.", A("China")),
    C("the prediction was", "The prediction was that Congress would pass the budget.", A("Congress")),
    C("the worry is, a by-clause", "The worry is that Turkey would respond by blocking the pipeline.",
      A("Turkey")),
    C("the danger is", "The danger is that Serbia will reject the talks.", A("Serbia")),
    C("the hope had been, a conjunct", "The hope had been that Kenya would sign the accord and support the mission.",
      A("Kenya")),
    C("the concern remains", "The concern remains that Israel will oppose the ceasefire.", A("Israel")),
]

FORESEEN_CONTROLS = [
    C("said it will accept", "Iran said it will accept the offer.", E("Iran", "support", "offer")),
    C("hopes to sign", "Kenya hopes to sign the accord.", E("Kenya", "support", "accord")),
    C("will veto", "Russia will veto the resolution.", E("Russia", "oppose", "resolution")),
    C("rejected, a fear nearby", "Serbia rejected the talks, and the fear is growing.", E("Serbia", "oppose", "talks")),
    C("agreed to", "Hamas agreed to the truce.", E("Hamas", "support", "truce")),
    C("the position is", "Japan said the sanctions must be lifted.", E("Japan", "demand", "sanctions")),
    C("has backed", "China has backed the plan.", E("China", "support", "plan")),
    C("vowed to block", "Turkey vowed to block the pipeline.", E("Turkey", "oppose", "pipeline")),
    C("opposes", "Israel opposes the ceasefire.", E("Israel", "oppose", "ceasefire")),
    C("passed", "Congress passed the budget.", E("Congress", "support", "budget")),
]

CASES = ENDED_UP + CONTROLS + FORESEEN + FORESEEN_CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ENDED_UP, CONTROLS, FORESEEN, FORESEEN_CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_outcome_form(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
