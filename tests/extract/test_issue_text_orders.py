"""A text that orders, grants or lays something down is labelled by what it orders (labels6, issue
11 item 4). A generic text noun ("decree", "resolution", "proposal", "plan", "law") left as the
label where its participle or relative clause named the content was one class of the wrong-label
count (a generic noun with the wanted keyword in the clause under it): [normalise]
`content_verbs` now also hold ordering, directing, guaranteeing, ensuring, granting, offering,
promising, outlining and introducing ("a decree ordering the conversion of the museum" is on
the conversion, "a proposal guaranteeing autonomy for the region" on the autonomy), an infinitive
after the participle's object is the content even when the parser hangs it on the main verb ("a
decree instructing ministers to cut spending": the cut, never "ministers"), and outlawing is a
ban as banning is ([measures]: "China outlawed the movement"; not "prohibit", whose object is
often a party kept from acting). A text made or offered by someone else ("the proposal that
Turkey offered") and a clause restricting which text is meant ("any deal that would grant X")
keep their reading.

Read by the full pipeline; the sentences are our own. Known failures are strict xfails.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_stance_pairs import Absent as A
from .test_stance_pairs import Expect as E

ORDERS = [
    C("decree ordering", "Erdogan signed a decree ordering the conversion of the museum into a mosque.",
      E("Erdogan", "support", "conversion of museum")),
    C("bill granting", "Turkey backed a bill granting amnesty to the rebels.", E("Turkey", "support", "amnesty")),
    C("resolution ordering", "Russia opposed a resolution ordering an inquiry into the attack.",
      E("Russia", "oppose", "inquiry into attack")),
    C("decree instructing, infinitive on the main verb", "Macron signed a decree instructing ministers to cut "
      "spending.", E("Macron", "support", "cut of spending"), A("ministers")),
    C("decree ordering, infinitive on the main verb", "Putin signed a decree ordering troops to leave the border.",
      E("Putin", "support", "leaving of border")),
    C("decree directing, infinitive", "Putin signed a decree directing the army to leave the border.",
      E("Putin", "support", "leaving of border")),
    C("proposal promising", "Ukraine welcomed a proposal promising security guarantees.",
      E("Ukraine", "support", "security guarantees")),
    C("proposal guaranteeing", "The rebels rejected a proposal guaranteeing autonomy for the region.",
      E("rebels", "oppose", "autonomy for region")),
    C("law ensuring", "The union backed a law ensuring equal pay for women.", E("union", "support", "equal pay for women")),
    C("plan offering", "Hamas rejected a plan offering limited autonomy to Gaza.", E("Hamas", "oppose", "autonomy")),
    C("plan outlining", "The unions rejected a plan outlining job cuts at the plant.", E("unions", "oppose", "job cuts")),
    C("law prohibiting", "Congress passed a law prohibiting the sale of assault weapons.",
      E("Congress", "support", "ban on sale of assault weapons"),
      xfail="'prohibit' is no measure verb: 'would prohibit the president from waiving X' is no ban on the president"),
    C("outlawed", "China outlawed the Falun Gong movement.", E("China", "support", "ban on Falun Gong movement")),
    C("directive guaranteeing", "Germany supported a directive guaranteeing paid leave for workers.",
      E("Germany", "support", "paid leave"),
      xfail="the parser reads 'paid' as a participle of its own: the label keeps 'leave for workers'"),
    C("order introducing", "Biden signed an order introducing new sanctions on Russia.",
      E("Biden", "support", "sanctions on Russia"),
      xfail="'order' is no text noun of content_heads (it is also a command); the sanctions come as a proposal"),
]

CONTROLS = [
    C("a proposal someone else offered", "Greece rejected the proposal that Turkey offered last week.",
      E("Greece", "oppose", "proposal")),
    C("no clause", "Egypt praised the decree.", E("Egypt", "support", "decree")),
    C("ordering as the stance verb", "Trump ordered the withdrawal of troops from Syria.", A("troops")),
    C("a restricting clause after 'any'", "Iran rejected any deal that would grant inspectors access to military sites.",
      E("Iran", "oppose", "deal")),
    C("a refused deal that restricts", "Israel said it would not accept a deal that promises Hamas a role in Gaza.",
      E("Israel", "oppose", "deal", red_line=True)),
    C("an offer of X", "The union rejected the company's offer of a bonus.", E("union", "oppose", "bonus")),
    C("prohibiting a person from acting", "The bill would prohibit the president from waiving sanctions, Corker said.",
      A("Corker", "support")),
    C("a promise noun", "Japan rejected the promise of aid.", E("Japan", "oppose", "promise of aid")),
    C("a text with no content verb", "Turkey backed a bill named after the general.", A("Turkey", "oppose")),
    C("an infinitive of purpose, no object", "Putin signed a decree on Monday to calm the markets.",
      A("Putin", "oppose")),
]

CASES = ORDERS + CONTROLS


def test_table_has_enough_cases():
    assert len({c.text for c in CASES}) == len(CASES), "a sentence appears twice"
    for table in (ORDERS, CONTROLS):
        assert len(table) >= 10


@pytest.mark.parametrize(("text", "check"), list(strict_params(CASES)))
def test_text_orders(full_stances, text, check):
    found = full_stances(text)
    assert check.holds(found), f"{check.describe()}\n  in: {text}\n  got: {found}"
