"""Holders the rules gave to another party of the sentence (issue #11, round `holders9`: the
wrong-holder misses of the fresh sets, sorted by the relation of the predicted holder to the
gold one), in our own words.

- Who joins a joint undertaking ([forms] joining_verbs with joined_undertakings: a coalition, an
  alliance, a campaign, an effort) supports it, as who reaches a deal does: "Germany
  joined the coalition against ISIS"; in the passive, as a participle, or in a relative clause
  whose pronoun stands for the undertaking ("a naval coalition, which was later joined by
  Australia and Bahrain": Australia and Bahrain, not only the coalition's founder). Not a named
  body joined ("joined the European Union": a membership, read elsewhere), nor a company, a
  chamber or a meeting.
- A plural group word goes on with the parties named for it before, as "they" does: "The foreign
  ministers of Egypt, Greece and Cyprus met. The ministers denounced X" (each state), and a
  group word whose modifiers are lower-case words only ("the foreign ministers") after people
  named together is the collective of the gold README's "parties named together". Not a group
  word that names a side ("Republican senators"), nor one after a single party.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

JOINED = [
    C("joined the coalition", "Germany joined the US-led coalition against the Islamic State.",
      E("Germany", "support", "coalition")),
    C("joined the alliance", "Montenegro joined the alliance last year despite Russian objections.",
      E("Montenegro", "support", "alliance")),
    C("joined the campaign", "The Teamsters joined the campaign for a higher minimum wage.",
      E("Teamsters", "support", "campaign")),
    C("has joined the effort", "Japan has joined the international effort to rebuild the port.",
      E("Japan", "support", "rebuilding of port")),
    C("joined the lawsuit", "California and New York joined the lawsuit against the emergency declaration.",
      E("California", "oppose", "emergency declaration"), E("New York", "oppose", "emergency declaration"),
      xfail="a lawsuit joined is a legal step against its target ([forms] legal_nouns), not read for a joiner"),
    C("which was joined by", "Washington announced a naval coalition, which was later joined by Australia and Bahrain.",
      E("Australia", "support", "naval coalition"), E("Bahrain", "support", "naval coalition"),
      E("United States", "support", "naval coalition")),
    C("which was joined by, hung on a later noun",
      "Washington announced a naval coalition to patrol the Red Sea which was joined by Denmark and Norway.",
      E("Denmark", "support", "coalition"), E("Norway", "support", "coalition")),
    C("which was joined by, after a purpose clause of the verb",
      "Washington set up a coalition to guard the Red Sea which was joined by Denmark and Norway.",
      E("Denmark", "support", "coalition"), E("Norway", "support", "coalition"),
      xfail="the parser hangs 'to guard' on the verb, so no noun above the relative clause is the coalition"),
    C("a deal which was joined by", "Washington announced a trade deal which was later joined by Canada.",
      E("Canada", "support", "trade deal")),
    C("was joined by", "The coalition was joined by Australia, Bahrain and the United Kingdom.",
      E("Australia", "support", "coalition"), E("Bahrain", "support", "coalition"),
      E("United Kingdom", "support", "coalition")),
    C("a participle joined by", "A coalition joined by Saudi Arabia and the United Arab Emirates began patrols in the Gulf.",
      E("Saudi Arabia", "support", "coalition"), E("United Arab Emirates", "support", "coalition")),
    C("the campaign was joined by", "The campaign to ban landmines was joined by Canada in 1996.",
      E("Canada", "support", "campaign")),
    C("will join the partnership", "India said it would join the partnership on clean energy.",
      E("India", "support", "partnership")),
    C("joined the bloc", "Bolivia formally joined the trade bloc on Monday.",
      E("Bolivia", "support", "trade bloc")),
]

JOINED_CONTROLS = [
    C("a named body joined", "Croatia joined the European Union in 2013.", A("Croatia")),
    C("joined a company", "Smith joined the company in 2005 as a lawyer.", A("Smith")),
    C("joined a meeting", "Germany joined the meeting by video link.", A("Germany")),
    C("a coalition formed", "The coalition was formed by Australia in 2019.", A("Australia")),
    C("joined a session", "Iran joined the session late on Monday.", A("Iran")),
    C("joined the campaign staff", "Mr. Brown joined the campaign staff in May.", A("Brown")),
]

GROUP_WORDS = [
    C("the ministers after 'ministers of A, B and C'",
      "The foreign ministers of Egypt, Greece and Cyprus met in Cairo on Wednesday. The ministers denounced the "
      "maritime agreement.",
      E("Egypt", "oppose", "maritime agreement"), E("Greece", "oppose", "maritime agreement"),
      E("Cyprus", "oppose", "maritime agreement")),
    C("the three ministers after 'ministers of A, B and C'",
      "The foreign ministers of Egypt, Greece and Cyprus met in Cairo on Wednesday. The three ministers denounced "
      "the maritime agreement.",
      E("Egypt", "oppose", "maritime agreement"), E("Cyprus", "oppose", "maritime agreement")),
    C("the foreign ministers after two people",
      "Sameh Shoukry and Nikos Dendias met in Cairo on Wednesday. The foreign ministers denounced the maritime "
      "agreement.",
      E("Shoukry", "oppose", "maritime agreement"), E("Nikos Dendias", "oppose", "maritime agreement")),
    C("the foreign ministers after three people",
      "Sameh Shoukry, Nikos Dendias and Jean-Yves Le Drian met in Cairo on Wednesday. The foreign ministers "
      "denounced the maritime agreement.",
      E("Shoukry", "oppose", "maritime agreement"), E("Jean-Yves Le Drian", "oppose", "maritime agreement")),
    C("the negotiators after 'negotiators from A and B'",
      "Negotiators from Serbia and Kosovo met in Brussels on Monday. The negotiators rejected the draft.",
      E("Kosovo", "oppose", "draft"),
      xfail="the description is read as acting for the first party named before (represented_parties) "
            "before the group word is"),
    C("the leaders after 'leaders of A and B'",
      "The leaders of France and Germany met in Paris. The leaders backed the recovery fund.",
      E("France", "support", "recovery fund"), E("Germany", "support", "recovery fund")),
    C("the top diplomats after two people",
      "Antony Blinken and Sergei Lavrov met in Geneva. The top diplomats agreed to continue the talks.",
      E("Antony Blinken", "support", "talks"), E("Sergei Lavrov", "support", "talks")),
    C("the ministers after 'ministers from A and B'",
      "Trade ministers from Canada and Mexico met in Ottawa. The ministers rejected the new tariffs.",
      E("Canada", "oppose", "tariffs"), E("Mexico", "oppose", "tariffs")),
    C("the defence ministers after two people",
      "Lloyd Austin and Ben Wallace met in London. The defence ministers pledged support for the new fund.",
      E("Lloyd Austin", "support", "fund"), E("Ben Wallace", "support", "fund")),
    C("the foreign ministers after a set-off list of counterparts",
      "Egyptian foreign minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias and Jean-Yves "
      "Le Drian, gathered in Cairo on Wednesday. They said the border deal between Turkey and Libya was void. The "
      "foreign ministers agreed to a future meeting on Crete.",
      E("Nikos Dendias", "support", "meeting on Crete"), E("Jean-Yves Le Drian", "support", "meeting on Crete")),
    C("the first of a set-off list of counterparts",
      "Egyptian foreign minister Sameh Shoukry and his Greek and Cypriot counterparts, Nikos Dendias and Nikos "
      "Christodoulides, gathered in Cairo. The foreign ministers agreed to a future meeting on Crete.",
      E("Shoukry", "support", "meeting on Crete"),
      xfail="the parser makes the counterparts' names a second subject of the verb, so the coordination "
            "read is theirs only (as for 'they')"),
    C("an assembly of several ministers",
      "Sameh Shoukry, Nikos Dendias and Jean-Yves Le Drian met in Cairo. An assembly of several foreign ministers "
      "denounced the maritime agreement.",
      E("Shoukry", "oppose", "maritime agreement"),
      xfail="a partitive 'an assembly of several X' is no collective word with a party determiner"),
]

GROUP_WORD_CONTROLS = [
    C("a group word that names a side", "Obama and Biden met in Washington. Republican senators denounced the agreement.",
      A("Obama"), A("Biden")),
    C("after a single party", "Sameh Shoukry met reporters in Cairo. The foreign ministers denounced the maritime agreement.",
      A("Shoukry")),
    C("states named between before people", "The talks between Turkey and Libya ended on Monday. The foreign "
      "ministers agreed to a future meeting on Crete.",
      A("Turkey"), A("Libya"), E("foreign ministers", "support", "meeting")),
    C("a group word with no parties before", "The foreign ministers denounced the maritime agreement.",
      E("foreign ministers", "oppose", "maritime agreement")),
]

CASES = JOINED + JOINED_CONTROLS + GROUP_WORDS + GROUP_WORD_CONTROLS


def test_tables_have_enough_cases():
    assert len(JOINED) >= 10 and len(GROUP_WORDS) >= 10
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_joiner_and_group_word_holder(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
