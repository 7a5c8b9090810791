"""A question or a charge answered, or left unanswered, is no position on what it asks (issue #11,
stance precision on unseen news, branch prec6): a noun of [forms] inquiry_nouns (requests,
questions, accusations, attacks, reports, pressure ...) that a verb of [forms] remark_verbs
("respond", "reply", "answer", "comment") takes as its object or after "to" names no issue,
however the cue reads through to it ("declined to respond to questions about the program", "did
not respond to requests for comment"); "refused to answer" names none either. The sentences are
our own. Controls: answering a proposal, an offer or demands ("has not responded to their
demands", "responded to the offer") stays a position on them, and the stances beside a refusal to
comment are kept.

Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

INQUIRIES = [
    C("did not respond to requests for comment", "A spokesman for Kenya Airways did not respond to requests for comment.",
      A("Kenya Airways")),
    C("did not immediately respond to a request", "An FBI spokesman did not immediately respond to a request for comment.",
      A("FBI")),
    C("responded to accusations", "Ben Carson responded on Sunday to accusations that he had exaggerated his record.",
      A("Ben Carson")),
    C("declined to respond to questions", "The Clinton campaign declined to respond to questions about the ethanol program.",
      A("Clinton campaign")),
    C("chose not to respond to attacks", "Senator Maria Lopez has mostly chosen not to respond to his attacks.",
      A("Maria Lopez")),
    C("refused to answer", "Reporters asked whether she backed the merger, but Ann Wells refused to answer.",
      A("Ann Wells")),
    C("responding to pressure", "Toyota, responding to pressure from the unions, delayed the plant closure.",
      A("Toyota", "consider")),
    C("did not reply to emails", "The Serbian embassy did not reply to emails seeking comment on the arrests.",
      A("Serbia")),
    C("would not answer questions", "Tom Hale would not answer questions about the tariff plan.", A("Tom Hale")),
    C("replied to critics", "Angela Merkel replied to critics of the refugee policy in a speech on Monday.",
      A("Angela Merkel")),
    C("responded to reports", "Paul Nehlen responded to reports of a new poll on Friday.", A("Paul Nehlen")),
    C("has not responded to a request for an interview", "The Trump campaign has not responded to a request for an interview.",
      A("Trump campaign")),
]

CONTROLS = [
    C("has not responded to their demands", "Striking nurses say Zimbabwe has not responded to their demands.",
      E("Zimbabwe", "oppose", "demands")),
    C("responded to the offer", "Iran responded to the offer on Monday.", E("Iran", "consider", "offer")),
    C("has yet to respond to the proposal", "Hamas has yet to respond to the Egyptian proposal.",
      E("Hamas", "consider", "Egyptian proposal")),
    C("rejected, no comment nearby", "Russia rejected the plan and declined to comment further.", E("Russia", "oppose", "plan")),
    C("responded positively to", "Kenya responded positively to the peace plan.", E("Kenya", "support", "peace plan")),
    C("has not responded to the proposal", "Hamas has not responded to the ceasefire proposal.",
      E("Hamas", "oppose", "ceasefire")),
    C("did not respond, then opposed", "The mayor did not respond to questions, but Hamas opposed the truce.",
      E("Hamas", "oppose", "truce")),
    C("question about, a stance verb", "Japan questioned the deal on Monday.", E("Japan", "oppose", "deal")),
    C("demanded answers", "Kenya demanded a ceasefire in the region.", E("Kenya", "demand", "ceasefire")),
    C("called for an inquiry", "Amnesty International called for an inquiry into the shootings.",
      E("Amnesty International", "demand", "inquiry")),
    C("rejected the accusations", "Iran rejected the accusations of spying.", E("Iran", "oppose", "accusations")),
]

KNOWN = [
    C("a how-much clause under the question", "The Trump Organization did not respond to questions about how much leave "
      "it offers employees.", A("Trump Organization"),
      xfail="the clause the question is about ('how much leave it offers') is read as an offer of its own"),
]

CASES = INQUIRIES + CONTROLS + KNOWN


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (INQUIRIES, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_inquiry_form(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
