"""Each party's side of a deal or talks held "with" someone (issue 13, grouping): the party
named after "with" supports the agreement or talks too, and its label names the other party,
not itself ("the SDF entered into an agreement with the government of Syria" gives Syria an
"agreement with Syrian Democratic Forces"; "talks with Machar", held by Machar, are his "talks
with Salva Kiir"). An actor has no agreement with itself, and the gold labels each side so, as
two issues. A label whose "with" names no holder stays as written. One test per check; the
sentences are our own."""

from __future__ import annotations

import pytest

# (sentence, holder, polarity, the holder's exact label)
SIDES = [
    ("The Syrian Democratic Forces entered into an agreement with the government of Syria.",
     "Syria", "support", "agreement with Syrian Democratic Forces"),
    ("The Syrian Democratic Forces entered into an agreement with the government of Syria.",
     "Syrian Democratic Forces", "support", "agreement with government of Syria"),
    ("Armenia reached a peace deal with Azerbaijan on Friday.",
     "Azerbaijan", "support", "peace deal with Armenia"),
    ("Armenia reached a peace deal with Azerbaijan on Friday.",
     "Armenia", "support", "peace deal with Azerbaijan"),
    ("The Philippines signed a peace agreement with the Moro Islamic Liberation Front.",
     "Moro Islamic Liberation Front", "support", "peace agreement with Philippines"),
    ("Hamas said it had concluded a truce with Israel.", "Israel", "support", "truce with Hamas"),
    ("Hamas said it had concluded a truce with Israel.", "Hamas", "support", "truce with Israel"),
    ("Israel agreed to a truce with Hamas after Egyptian mediation.", "Hamas", "support", "truce with Israel"),
    ("Greece signed an accord with Egypt on maritime borders.", "Egypt", "support", "accord with Greece"),
    ("Ukraine agreed to a ceasefire with Russia.", "Russia", "support", "ceasefire with Ukraine"),
    ("Ethiopia signed a pact with Eritrea to end the border war.", "Eritrea", "support", "pact with Ethiopia"),
    # talks held with someone: each party supports them, from its side
    ("President Salva Kiir spoke at the start of talks with rebel leader Riek Machar in Khartoum.",
     "Riek Machar", "support", "talks with Salva Kiir"),
    ("President Salva Kiir spoke at the start of talks with rebel leader Riek Machar in Khartoum.",
     "Salva Kiir", "support", "talks with rebel leader Riek Machar"),
    ("The Taliban began direct talks with the United States in Doha.",
     "United States", "support", "direct talks with Taliban"),
    ("Japan held talks with North Korea on the abduction issue.",
     "North Korea", "support", "talks with Japan on abduction issue"),
    ("Japan held talks with North Korea on the abduction issue.",
     "Japan", "support", "talks with North Korea on abduction issue"),
    ("Israel held indirect talks with Hamas in Cairo on Sunday.", "Hamas", "support", "indirect talks with Israel"),
    # the partner's whole name goes, its apposition included ("..., or FARC")
    ("Colombia says it will resume peace talks with the Revolutionary Armed Forces of Colombia, or FARC.",
     "Revolutionary Armed Forces of Colombia", "support", "peace talks with Colombia"),
    # a unit of the talks ("a round of", "a session of"): its verb holds them
    ("Serbia held a round of negotiations with Kosovo in Brussels.", "Kosovo", "support", "negotiations with Serbia"),
    ("Serbia held a round of negotiations with Kosovo in Brussels.", "Serbia", "support", "negotiations with Kosovo"),
]

# a "with" that names no holder, or no "with" at all: the label stays as written
CONTROLS = [
    ("Kenya and Somalia signed an agreement on the border.", "Kenya", "support", "agreement on border"),
    ("Kenya and Somalia signed an agreement on the border.", "Somalia", "support", "agreement on border"),
    ("The miners' union accepted an agreement with the mine owners.",
     "miners' union", "support", "agreement with mine owners"),
    ("Egypt called for talks between Israel and Hamas.", "Egypt", "demand", "talks between Israel and Hamas"),
    ("Kosovo agreed to normalize relations with Serbia.", "Kosovo", "support", "normalization of relations with Serbia"),
]


def test_tables_distinct():
    rows = SIDES + CONTROLS
    assert len(set(rows)) == len(rows), "a check appears twice"


@pytest.mark.parametrize(("text", "holder", "polarity", "label"), SIDES + CONTROLS,
                         ids=[f"{h}|{t[:50]}" for t, h, _, _ in SIDES + CONTROLS])
def test_each_side_labelled_from_its_side(stances_of, text, holder, polarity, label):
    found = stances_of(text)
    labels = [issue for actor, pol, issue, *_ in found if actor == holder and pol == polarity]
    assert label in labels, f"{holder} {polarity} '{label}'\n  in: {text}\n  got: {found}"


@pytest.mark.parametrize(("text", "party"), [
    ("Israel rejected a truce with Hamas.", "Hamas"),
    ("Egypt called for talks between Israel and Hamas.", "Hamas"),
    # talks refused through a unit or an infinitive: the one named gets no support for them
    ("Serbia rejected a new round of talks with Kosovo.", "Kosovo"),
    ("Serbia refused to attend the second session of talks with Kosovo.", "Kosovo"),
])
def test_no_side_given_to_a_party_not_agreeing(stances_of, text, party):
    """A refused truce, talks refused or called for by a third party: the party named holds no
    support (it was given "talks with Kosovo", its own name as the partner)."""
    found = stances_of(text)
    assert not [row for row in found if row[0] == party], found
