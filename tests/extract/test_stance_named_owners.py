"""Stance nouns a quotation names another owner for (issue #11, wrong holders).

In a quotation, a stance noun with no owner is given to the speaker ("the proposal for a
ceasefire stands"). A noun owner that is not the speaker's own side ("the government's refusal",
"the ministry's proposal", "propose", "the army's insistence") says the stance is someone else's: when that
owner is no actor of the text, the stance gets no holder rather than the speaker. "Our
government's proposal" stays the speaker's; an owner that is an actor holds the stance itself.
A refusal named with "the" and no owner ("no explanation was given for the refusal to open the
road") is not the speaker's either: their own is "our refusal".
"""

from __future__ import annotations

import pytest

from .stance_cases import C, case_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E


def _not_speaker(text: str, family: str, polarity: str, *names: str) -> C:
    """The speaker (full name or surname) does not hold the owned noun's stance (they may still
    weigh it: "the ministry's proposal is an insult" opposes the proposal)."""
    return C(family, text, *(A(name, polarity) for name in names))


NAMED_OWNERS = [
    _not_speaker('"The ministry\'s proposal for a pay rise of five percent is an insult," union leader Grace Moyo said.',
                 "the ministry's proposal", "Grace Moyo", "Moyo"),
    _not_speaker('"The army\'s insistence on a buffer zone has stalled the talks," mediator Hans Berg said.',
                 "the army's insistence", "demand", "Hans Berg", "Berg"),
    _not_speaker('"The president\'s plan for a ceasefire is a trap," rebel commander Ali Mansour said.',
                 "the president's plan", "propose", "Ali Mansour", "Mansour"),
    _not_speaker('"The government\'s refusal to reopen the crossing hurts civilians," aid official Lena Vogt said.',
                 "the government's refusal", "oppose", "Lena Vogt", "Vogt"),
    _not_speaker('"The employers\' demand for longer shifts will not pass," union leader Grace Moyo said.',
                 "the employers' demand", "demand", "Grace Moyo", "Moyo"),
    _not_speaker('"The junta\'s offer of an amnesty came too late," opposition leader Tomas Ruiz said.',
                 "the junta's offer", "propose", "Tomas Ruiz", "Ruiz"),
    _not_speaker('"The council\'s call for new elections surprised everyone," analyst-turned-envoy Pia Lund told reporters.',
                 "the council's call", "demand", "Pia Lund", "Lund"),
    _not_speaker('"The committee\'s recommendation of a wage freeze is still being studied," labour minister Ade Okafor said.',
                 "the committee's recommendation", "propose", "Ade Okafor", "Okafor"),
    _not_speaker('"The cabinet\'s rejection of the accord was a surprise," opposition spokesman Karl Weiss said.',
                 "the cabinet's rejection", "oppose", "Karl Weiss", "Weiss"),
    _not_speaker('"The militia\'s proposal for a truce deserves a hearing," church leader Samuel Otieno said.',
                 "the militia's proposal", "propose", "Samuel Otieno", "Otieno"),
]

CONTROLS = [
    C("our proposal: the speaker's", '"Our proposal for a ceasefire remains on the table," rebel commander Ali Mansour said.',
      E("Ali Mansour", "propose", "ceasefire")),
    C("our government's proposal: the speaker's",
      '"Our government\'s proposal for a ceasefire remains on the table," foreign minister Ali Mansour said.',
      E("Ali Mansour", "propose", "ceasefire")),
    C("ownerless proposal: the speaker's",
      '"The proposal for a ceasefire remains on the table," rebel commander Ali Mansour said.',
      E("Ali Mansour", "propose", "ceasefire")),
    C("my demand: the speaker's", '"My demand for a ceasefire stands," rebel commander Ali Mansour said.',
      E("Ali Mansour", "demand", "ceasefire")),
    C("owner that is an actor: its stance, reported by the speaker",
      '"Washington\'s demand for inspections cannot be met," the Iranian envoy Reza Karimi said.',
      E("United States", "demand", "inspections", claimed_by="Reza Karimi")),
]

# "the refusal", "the rejection" with no owner: a speaker calls a refusal of their own "our
# refusal"; the one they name with "the" is someone else's
OWNERLESS_REFUSALS = [
    C("the refusal, explained by no one",
      '"Nobody explained the refusal to reopen the crossing," rebel spokesman Ali Mansour said.',
      A("Ali Mansour", "oppose")),
    C("no reason for the rejection",
      '"There was no reason for the rejection of the ceasefire," rebel spokesman Ali Mansour said.',
      A("Ali Mansour", "oppose")),
    C("the refusal behind a delay",
      '"The talks stalled over the refusal to release the prisoners," mediator Hans Berg said.',
      A("Hans Berg", "oppose")),
    C("control: our refusal is the speaker's",
      '"Our refusal to disarm is final," rebel commander Ali Mansour said.',
      E("Ali Mansour", "oppose", "disarm")),
]

# known failures, strict (a fix is noticed)
KNOWN = {
    # a stance verb on a refusal noun negates it twice: rejecting the refusal to reopen supports
    # the reopening; the verb reads through to "reopen" as if the noun were a wish
    "rejecting the refusal": "a stance verb on a refusal noun reads through it as if it were a wish (polarity)",
}
KNOWN_CASES = [
    C("rejecting the refusal",
      '"We reject the refusal to reopen the crossing," rebel spokesman Ali Mansour said.',
      A("Ali Mansour", "oppose")),
]

CASES = NAMED_OWNERS + CONTROLS + OWNERLESS_REFUSALS


def test_table_cases_distinct():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), [
    pytest.param(*p.values, id=p.id, marks=pytest.mark.xfail(reason=KNOWN[p.id.split("|", 1)[0]], strict=True))
    for p in case_params(KNOWN_CASES)])
def test_named_owner_known_failures(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"


@pytest.mark.parametrize(("text", "check"), list(case_params(CASES)))
def test_named_owner(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
