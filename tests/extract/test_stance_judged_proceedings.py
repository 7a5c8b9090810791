"""Proceedings, laws and deeds judged in the words news reports (issue #11, read in fresh
Wikinews articles on impeachment, courts and protests): "Trump called the inquiry a witch hunt",
"called the investigation a political vendetta", "the states say the declaration is
unconstitutional", "called the disruption anti-democratic", "called his conduct a breach of his
duties" ([predicates] oppose in stance.toml, read by the evaluation cues); "Republicans attacked
the impeachment inquiry" (an inquiry, an investigation, a probe, a bill among [forms]
criticised_nouns); "declared an emergency so he could fund the wall" (a modal in a clause of
purpose is the deed's aim, no guess: grammar.PURPOSE_MARKS).

Controls: a verb of attacking on a thing that is no proceeding, a quality of the weather, a
building, a person called a fraud, name none.

Known failures are strict xfails: when one starts passing, move it.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

JUDGED = [
    C("witch hunt", "Trump called the impeachment inquiry a witch hunt.", E("Trump", "oppose", "impeachment inquiry")),
    C("witch-hunt, modifier", "Netanyahu called the investigation a political witch-hunt.",
      E("Netanyahu", "oppose", "investigation")),
    C("smear campaign, described as", "Orban described the charges as a smear campaign.", E("Orban", "oppose", "charges")),
    C("power grab", "Bolsonaro called the probe a power grab.", E("Bolsonaro", "oppose", "probe")),
    C("kangaroo court", "Lula called the trial a kangaroo court.", E("Lula", "oppose", "trial")),
    C("vendetta", "Netanyahu called the charges against him a political vendetta.", E("Netanyahu", "oppose", "charges")),
    C("garbage", "Erdogan called the report garbage.", E("Erdogan", "oppose", "report")),
    C("hatchet job, copula", "Maduro said the election audit was a hatchet job.", E("Maduro", "oppose", "election audit")),
    C("breach", "Netanyahu called the raid a breach of the ceasefire.", E("Netanyahu", "oppose", "raid")),
    C("rubbish", "Erdogan called the inquiry rubbish.", E("Erdogan", "oppose", "inquiry")),
    C("whitewash", "Sanders said the inquiry was a whitewash.", E("Sanders", "oppose", "inquiry")),
    C("soviet-style", "Scalise called the investigation Soviet-style.", E("Scalise", "oppose", "investigation"),
      xfail="the small model parses 'Soviet - style' as an apposition of the object: no complement to read"),
    C("referred to as", "Trump referred to the vote as a hoax.", E("Trump", "oppose", "vote"),
      xfail="'refer to X as Y' hangs the thing on a preposition: the evaluation cues read a direct object only"),
    C("coup", "Spano called the process a coup to unseat the president.", E("Spano", "oppose", "process"),
      xfail="'a coup' is left out of the lexicon: news says 'a diplomatic coup' of a success"),
]

ATTACKED = [
    C("attacked the impeachment inquiry", "Republicans attacked the impeachment inquiry.",
      E("Republicans", "oppose", "impeachment inquiry")),
    C("attacked the investigation", "Netanyahu attacked the corruption investigation.",
      E("Netanyahu", "oppose", "corruption investigation")),
    C("attacked the bill", "Johnson attacked the bill.", E("Johnson", "oppose", "bill")),
    C("attacked the probe, as", "Netanyahu attacked the probe as a hoax.", E("Netanyahu", "oppose", "probe")),
]

UNLAWFUL = [
    C("unconstitutional, copula", "Macron said the ban was unconstitutional.", E("Macron", "oppose", "ban")),
    C("unconstitutional, called", "Newsom called the emergency declaration unconstitutional.",
      E("Newsom", "oppose", "emergency declaration")),
    C("undemocratic", "Netanyahu called the reform undemocratic.", E("Netanyahu", "oppose", "reform")),
    C("anti-democratic and oppressive", "Regina Ip said the disruption of the speech was anti-democratic and oppressive.",
      E("Regina Ip", "oppose", "disruption of speech")),
    C("discriminatory", "Amnesty International called the law discriminatory.", E("Amnesty International", "oppose", "law")),
    C("draconian", "Merkel said the new curfew was draconian.", E("Merkel", "oppose", "curfew")),
]

# "comply with X" as support of X: tried and left out (see the reason); a promise and a refusal are
# read as before, through [commitments] and the nominalisation ("would comply with the ceasefire",
# "refused to comply with the sanctions": oppose compliance with them).
COMPLY_LEFT_OUT = ("'comply with' is not read as support: tried as [phrasal] support, it added 4 wrong rows of 5 "
                   "on PolNeAR train ('instead of complying with X', a claim that a third party did not comply, "
                   "'called on X to comply' read as support, 'vetted to make sure they comply')")
COMPLIED = [
    C("complied with the terms", "Iran has complied with the terms of the deal.", E("Iran", "support", "deal"),
      xfail=COMPLY_LEFT_OUT),
    C("complied with the order", "Netanyahu complied with the court order.", E("Netanyahu", "support", "court order"),
      xfail=COMPLY_LEFT_OUT),
    C("would comply", "Hamas said it would comply with the ceasefire.", E("Hamas", "support", "ceasefire")),
    C("refused to comply", "North Korea refused to comply with the sanctions.", E("North Korea", "oppose", "sanctions")),
]

# A deed done "so (that) X could V": the modal of a clause of purpose states the aim
# (grammar.PURPOSE_MARKS), not a guess (`consider`): the action is supported.
PURPOSES = [
    C("so he could fund", "Netanyahu declared a state of emergency so he could fund the wall.",
      E("Netanyahu", "support", "funding of wall")),
    C("so he could build", "Netanyahu closed the parliament so he could build the settlement.", E("Netanyahu", "support", "settlement")),
    C("so that it could extend", "Russia massed troops so that it could extend the ceasefire on its terms.",
      E("Russia", "support", "ceasefire")),
    C("so they could resume", "The rebels released two hostages so they could resume the talks.",
      E("rebels", "support", "talks")),
]

CONTROLS = [
    C("attacked a building", "Militants attacked the inquiry headquarters.", A("Militants")),
    C("attacked a convoy", "Rebels attacked the convoy near the border.", A("Rebels")),
    C("weather", "Netanyahu said the humidity was oppressive.", A("Netanyahu")),
    C("a person called a fraud", "Clinton said the allegations were more evidence that Trump himself is a fraud.", A("Clinton")),
    C("a coup of success", "Macron called the deal a diplomatic coup.", A("Macron", "oppose")),
    C("may, no purpose", "Netanyahu said Hamas may accept the truce.", A("Hamas", "support")),
    C("could, reported guess", "Netanyahu said he could accept the deal.", A("Netanyahu", "support")),
]

CASES = JUDGED + ATTACKED + UNLAWFUL + COMPLIED + PURPOSES + CONTROLS


def test_table_has_enough_cases():
    assert len([c for c in JUDGED + ATTACKED + UNLAWFUL if not c.xfail]) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_judged_proceeding(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
