"""Issue labels name the thing at stake, also when it sits deeper than the object's head (issue
#11 item 4, issue #13; gold README: "Issue labels name the thing at stake, never the verb"):

- a container, part, kind or outline ([normalise] containers in models/lexicons/issues.toml:
  "the terms of the truce", "the principle of a two-state solution", "a framework for talks on
  the border", "some form of autonomy") passes the label to its complement, keeping the
  complement's modifiers ("the terms of the 30-day ceasefire" -> "30-day ceasefire");
- a plural frame noun ("calls for a ceasefire", "proposals for a prisoner swap", [issue_nouns]
  generic read by lemma) is read as its singular: the thing called for;
- "moves to", "attempts to", "efforts to" + an action: that action
  ([normalise] infinitive_heads);
- an action's second complement, hung by the parser on the verb after the object ("raise
  tariffs on steel", "link the hostages to the truce", grammar.OBJECT_COMPLEMENT_PREPS), stays in
  the label;
- a nominalised action keeps its object ("the lifting of sanctions", not "lifting");
- another party's position, line, view or words ([normalise] attitudes, utterances: "the US
  position on enrichment", "the minister's comments on pay") say nothing of which side of the
  issue the holder takes: no stance, and never "position" or "comments" as a label; nor is the
  owner of vague words the issue ("the remarks of the NATO chief").

Each wording is its own test; known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .stance_cases import C, strict_params
from .test_issue_labels import stances_of


class Label:
    """Right when ``holder`` holds a stance of ``polarity`` whose label is exactly ``label``."""

    def __init__(self, holder: str, polarity: str, label: str):
        self.holder, self.polarity, self.label = holder, polarity, label

    def holds(self, found) -> bool:
        return (self.holder, self.polarity, self.label) in found

    def describe(self) -> str:
        return f"LABEL ({self.holder}, {self.polarity}, {self.label!r})"


class NoStance:
    """Right when ``holder`` holds no stance at all."""

    def __init__(self, holder: str):
        self.holder = holder

    def holds(self, found) -> bool:
        return not any(actor == self.holder for actor, *_ in found)

    def describe(self) -> str:
        return f"NO STANCE of {self.holder}"


# the words that are never an issue label by themselves or as a label's head
NON_ISSUES = {"position", "positions", "stance", "line", "view", "views", "statement", "comments", "remarks",
              "document", "matter", "issue", "thing", "way", "step", "terms", "principle", "framework", "form",
              "kind", "version", "calls", "proposals", "moves", "attempts", "efforts"}

CONTAINERS = [
    C("terms of", "Hamas signed on to the terms of the truce.", Label("Hamas", "support", "truce")),
    C("terms of, modifier kept", "The rebels rejected the terms of the 30-day ceasefire.",
      Label("rebels", "oppose", "30-day ceasefire")),
    C("principle of", "The Palestinians accepted the principle of a two-state solution.",
      Label("Palestine", "support", "two-state solution")),
    C("principle of, bare complement", "Serbia backed the principle of free movement.",
      Label("Serbia", "support", "free movement")),
    C("framework for", "Japan and China agreed to a framework for talks on the border.",
      Label("Japan", "support", "talks on border")),
    C("provision on, owned by a plan", "The union opposed the plan's provision on overtime pay.",
      Label("union", "oppose", "overtime pay")),
    C("form of", "Cyprus accepted some form of autonomy for the north.",
      Label("Cyprus", "support", "autonomy for north")),
    C("kind of", "Ukraine rejected the kind of deal that would cede territory.",
      Label("Ukraine", "oppose", "deal")),
    C("outlines of", "Israel accepted the outlines of a prisoner exchange.",
      Label("Israel", "support", "prisoner exchange")),
    C("broad outlines of", "Iran welcomed the broad outlines of a nuclear deal.",
      Label("Iran", "support", "nuclear deal")),
    C("clause on", "The employers rejected the clause on pension contributions.",
      Label("employers", "oppose", "pension contributions")),
    C("section of ... on", "Moscow rejected the section of the treaty on missile defence.",
      Label("Russia", "oppose", "missile defence"),
      xfail="the parser hangs 'on missile defence' on the treaty: the section's issue is read as the treaty's"),
    C("part of ... that", "The rebels rejected the part of the plan that required disarmament.",
      Label("rebels", "oppose", "disarmament"),
      xfail="the relative clause hangs on the plan: the part's content is not read ('plan')"),
    C("part of ... on", "Iran rejected the part of the deal on inspections.", Label("Iran", "oppose", "inspections"),
      xfail="the parser hangs 'on inspections' on the verb: the part is read as the deal's"),
    C("talk of", "Iran rejected talk of new sanctions.", Label("Iran", "oppose", "sanctions")),
    C("news of", "The union welcomed the news of the deal.", Label("union", "support", "deal")),
]

PLURAL_FRAMES = [
    C("calls for", "Russia rejected calls for a ceasefire.", Label("Russia", "oppose", "ceasefire")),
    C("calls for, modifier kept", "Moscow rejected calls for a 30-day ceasefire.",
      Label("Russia", "oppose", "30-day ceasefire")),
    C("proposals for", "Iran welcomed proposals for a prisoner swap.", Label("Iran", "support", "prisoner swap")),
    C("demands for", "The union rejected demands for wage cuts.", Label("union", "oppose", "wage cuts")),
    C("calls for, backed", "The miners backed calls for a national strike.",
      Label("miners", "support", "national strike")),
    C("requests for", "Israel dismissed requests for a humanitarian pause.",
      Label("Israel", "oppose", "humanitarian pause")),
    C("offers of", "Egypt welcomed offers of mediation.", Label("Egypt", "support", "mediation")),
    C("proposals for, place kept", "Turkey rejected proposals for a buffer zone in Syria.",
      Label("Turkey", "oppose", "buffer zone in Syria")),
    C("demands for, adjective kept", "The teachers backed demands for smaller classes.",
      Label("teachers", "support", "smaller classes")),
    C("calls for, beneficiary", "Germany opposed calls for debt relief for Greece.",
      Label("Germany", "oppose", "debt relief for Greece"),
      xfail="the parser hangs 'for Greece' on the calls, not on the relief"),
]

INTENT_NOUNS = [
    C("moves to", "China opposed moves to expand the alliance.", Label("China", "oppose", "expansion of alliance")),
    C("moves to, second complement", "The farmers' union opposed moves to raise tariffs on steel.",
      Label("farmers' union", "oppose", "increase of tariffs on steel")),
    C("moves to, welcomed", "Kenya welcomed moves to reopen the border.", Label("Kenya", "support", "reopening of border")),
    C("moves to, lift", "The EU welcomed moves to lift the blockade.",
      Label("European Union", "support", "lifting of blockade")),
    C("attempt to", "Israel rejected any attempt to link the hostages to the truce.",
      Label("Israel", "oppose", "linking of hostages to truce")),
    C("attempts to", "Hamas rejected attempts to disarm its fighters.", Label("Hamas", "oppose", "disarmament of fighters")),
    C("attempts to, expel", "Serbia opposed attempts to expel its diplomats.",
      Label("Serbia", "oppose", "expulsion of diplomats")),
    C("efforts to", "The union backed efforts to reach a deal on wages.", Label("union", "support", "deal on wages")),
    C("efforts to, end", "The opposition backed efforts to end the strike.", Label("opposition", "support", "end of strike")),
    C("attempts to, isolate", "Russia condemned attempts to isolate its banks.",
      Label("Russia", "oppose", "isolation of banks"),
      xfail="'isolate' has no noun in [normalise] nominalisations: its gerund is read ('isolating of banks')"),
]

SECOND_COMPLEMENTS = [
    C("withdraw from", "Russia refused to withdraw troops from the border.",
      Label("Russia", "oppose", "withdrawal of troops from border")),
    C("return to", "The union agreed to return the land to the farmers.",
      Label("union", "support", "return of land to farmers")),
    C("send to", "Israel agreed to send aid to Gaza.", Label("Israel", "support", "sending of aid to Gaza")),
    C("ship to", "Iran refused to ship its uranium to Russia.", Label("Iran", "oppose", "shipping of uranium to Russia")),
    C("raise on", "The EU agreed to raise duties on Chinese cars.",
      Label("European Union", "support", "increase of duties on Chinese cars")),
    C("extend to", "Greece refused to extend the loan to the banks.", Label("Greece", "oppose", "extension of loan to banks")),
    C("link to", "Israel refused to link the hostages to the truce.", Label("Israel", "oppose", "linking of hostages to truce")),
    C("control: a day is no complement", "The EU agreed to lift sanctions on Monday.",
      Label("European Union", "support", "lifting of sanctions")),
    C("control: a date is no complement", "Iran agreed to sign the deal on Tuesday.", Label("Iran", "support", "deal")),
    C("control: the words it was said in", "Turkey agreed to end the offensive in a statement.",
      Label("Turkey", "support", "end of offensive")),
    C("control: a manner is no complement", "Indonesia agreed to end the search on the basis of new evidence.",
      Label("Indonesia", "support", "end of search")),
    C("control: the terms it is done on", "Hamas will free the hostages on condition that its fighters are released.",
      Label("Hamas", "support", "release of hostages")),
    C("control: on one condition", "Israel will lift the blockade on one condition.",
      Label("Israel", "support", "lifting of blockade")),
]

NOMINALISED = [
    C("lifting of", "China welcomed the lifting of sanctions.", Label("China", "support", "lifting of sanctions")),
    C("release of", "The rebels demanded the release of prisoners.", Label("rebels", "demand", "release of prisoners")),
    C("reinstatement of", "The union demanded the reinstatement of the sacked workers.",
      Label("union", "demand", "reinstatement of sacked workers")),
    C("withdrawal of ... from", "The rebels called for the withdrawal of foreign troops from the region.",
      Label("rebels", "demand", "withdrawal of foreign troops from region")),
    C("deployment of ... in", "Russia opposed the deployment of missiles in Poland.",
      Label("Russia", "oppose", "deployment of missiles in Poland")),
    C("resumption of", "The EU welcomed the resumption of gas deliveries.",
      Label("European Union", "support", "resumption of gas deliveries")),
    C("return of", "Israel rejected the return of refugees.", Label("Israel", "oppose", "return of refugees")),
    C("easing of ... on", "Iran welcomed the easing of restrictions on trade.",
      Label("Iran", "support", "easing of restrictions on trade")),
    C("closure of", "The workers opposed the closure of the mine.", Label("workers", "oppose", "closure of mine")),
    C("reopening of", "The union welcomed the reopening of the schools.", Label("union", "support", "reopening of schools")),
]

OTHERS_ATTITUDES = [
    C("position of a state", "Iran rejected the US position on enrichment.", NoStance("Iran")),
    C("line of a state", "China rejected Japan's hard line on the islands.", NoStance("China")),
    C("position of a body", "The rebels rejected the government's position on disarmament.", NoStance("rebels")),
    C("stance of a capital", "Tehran rejected Washington's stance on sanctions.", NoStance("Iran")),
    C("view of a person", "The opposition rejected the president's view on the reform.", NoStance("opposition")),
    C("approach of a group", "The union rejected the employers' approach to the pay talks.", NoStance("union")),
    C("statement of a capital", "Kyiv dismissed the Kremlin's statement on the ceasefire.", NoStance("Ukraine")),
    C("views of an envoy", "Israel rejected the views of the UN envoy on settlements.", NoStance("Israel")),
    C("remarks of an official", "Russia criticised the remarks of the NATO chief.", NoStance("Russia")),
    C("comments by a minister", "The union welcomed the comments by the minister on pay.", NoStance("union")),
]

CASES = CONTAINERS + PLURAL_FRAMES + INTENT_NOUNS + SECOND_COMPLEMENTS + NOMINALISED + OTHERS_ATTITUDES


@pytest.mark.parametrize("text,check", list(strict_params(CASES)))
def test_label_names_the_thing_at_stake(base_nlp, lexicon, text, check):
    found = stances_of(base_nlp, lexicon, text)
    assert check.holds(found), f"{check.describe()} not in {found}"


@pytest.mark.parametrize("text", [c.text for c in CASES], ids=[c.text[:60] for c in CASES])
def test_no_label_is_a_non_issue_word(base_nlp, lexicon, text):
    labels = [label for *_, label in stances_of(base_nlp, lexicon, text)]
    assert not [label for label in labels if label.split()[0].lower() in NON_ISSUES], labels
