"""Issue labels as extraction writes them, then folded as resolve folds them: wordings of one issue
in one article end on one issue, different issues stay apart, pronouns and generic nouns take the
specific issue named earlier (pipeline/extract/stance/issues.py with pipeline/issues.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.extract.actors import extract_actor_table
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.stance import extract_stances
from pipeline.issues import fold_issues

LEAD = "The United States proposed a 30-day ceasefire on Tuesday. "


def stances_of(base_nlp, lexicon, text):
    doc = base_nlp(text)
    table = extract_actor_table(doc, lexicon)
    quotes = extract_quotes(doc, table, lexicon)
    return [(table.actors[s.actor].name, s.polarity, s.issue) for s in extract_stances(doc, table, quotes, lexicon)]


def folded_issues(base_nlp, lexicon, issue_model, text):
    """(actor, polarity, raw label, issue display label) of each stance of one article."""
    found = stances_of(base_nlp, lexicon, text)
    folded = fold_issues(Counter(label for *_, label in found), issue_model)
    return [(actor, polarity, label, folded[label]) for actor, polarity, label in found]


# ten wordings of the proposed ceasefire, each in the article after the proposal
WORDINGS = [
    ("Ukraine accepted the ceasefire.", "Ukraine"),
    ("Ukraine said it supports the truce.", "Ukraine"),
    ("Kyiv agreed to an immediate, interim 30-day ceasefire.", "Ukraine"),
    ("Ukraine backed the 30-day truce.", "Ukraine"),
    ("Ukraine called for a 30-day cessation of hostilities.", "Ukraine"),
    ("Russia rejected the U.S. proposal for a 30-day ceasefire.", "Russia"),
    ("Ukraine said it would accept the 30-day cease-fire.", "Ukraine"),
    ("Russia said it would not accept the idea of a 30-day truce.", "Russia"),
    ("Ukraine supported the full 30-day ceasefire.", "Ukraine"),
    ("Ukraine welcomed the proposal.", "Ukraine"),
]


@pytest.mark.parametrize(("sentence", "actor"), WORDINGS)
def test_wordings_in_one_article_end_on_one_issue(base_nlp, lexicon, issue_model, sentence, actor):
    found = folded_issues(base_nlp, lexicon, issue_model, LEAD + sentence)
    proposal = next(issue for a, _, _, issue in found if a == "United States")
    assert proposal == "30-day ceasefire"  # the date is no part of the issue
    assert any(a == actor and issue == proposal for a, _, _, issue in found), found


# pronouns and generic nouns after the specific issue: the raw label is already that issue
REFERENCES = [
    "Russia rejected it.",
    "Moscow said it would study the plan.",
    "Ukraine accepted the offer.",
    "Ukraine accepted the ceasefire.",
]


@pytest.mark.parametrize("sentence", REFERENCES)
def test_pronoun_or_generic_reference_takes_the_earlier_issue(base_nlp, lexicon, sentence):
    found = stances_of(base_nlp, lexicon, LEAD + sentence)
    assert [label for actor, _, label in found if actor != "United States"] == ["30-day ceasefire"], found


@pytest.mark.parametrize(("text", "actor", "label"), [
    ("The United States urged Ukraine to recognize the occupied territories. Zelensky rejected it.",
     "Zelensky", "recognition of occupied territories"),
    ("The United States proposed a ceasefire. Russia rejected it.", "Russia", "ceasefire"),
])
def test_a_pronoun_takes_the_action_done_to_its_antecedent(base_nlp, lexicon, text, actor, label):
    found = stances_of(base_nlp, lexicon, text)
    assert (actor, "oppose", label) in found, found


def test_a_definite_bare_head_takes_the_latest_modified_one(base_nlp, lexicon):
    text = ("The United States proposed a 30-day ceasefire. Russia proposed an energy ceasefire. "
            "Ukraine said it would study the ceasefire.")
    found = stances_of(base_nlp, lexicon, text)
    assert ("Ukraine", "consider", "energy ceasefire") in found, found


# different issues of one article stay on different issues
APART = [
    ("The United States proposed a 30-day ceasefire. Russia proposed an energy ceasefire.",
     "30-day ceasefire", "energy ceasefire"),
    ("The United States proposed a 30-day ceasefire. Russia demanded the lifting of sanctions.",
     "30-day ceasefire", "lifting of sanctions"),
    ("The unions demanded a wage increase. The employers offered a pension increase.",
     "wage increase", "pension increase"),
    ("The White House backed efforts to secure the release of all hostages and an immediate ceasefire in Gaza.",
     "release of hostages", "immediate ceasefire in Gaza"),
]


@pytest.mark.parametrize(("text", "first", "second"), APART)
def test_different_issues_stay_apart(base_nlp, lexicon, issue_model, text, first, second):
    found = folded_issues(base_nlp, lexicon, issue_model, text)
    labels = {label: issue for _, _, label, issue in found}
    a = next(issue for label, issue in labels.items() if first in label)
    b = next(issue for label, issue in labels.items() if second in label)
    assert a != b, found


@pytest.mark.parametrize(("text", "label"), [
    # a time complement is not what the action is about
    ("The rebels agreed to return on Monday in the morning to the negotiating table.", "return to negotiating table"),
    # nor is a time or a round of talks part of an issue's label
    ("The United States wants to conclude a comprehensive agreement in this negotiating round.",
     "comprehensive agreement"),
    ("The mediators called for a breakthrough in the next session.", "breakthrough"),
    ("Iran wants a deal in this round.", "deal"),
    # a noun of power or intent: its infinitive names the issue
    ("Senator Schiff questioned the President's power to declare a national emergency.",
     "declaration of national emergency"),
    # a bill or law: what its relative clause requires or does
    ("The FARC said it would study the government's draft bill that would require any peace deal "
     "to be put to a popular vote.", "putting to popular vote"),
    ("The unions rejected the law that would ban strikes.", "ban on strikes"),
    ("The unions rejected the new labour law.", "labour law"),
    # a hyphened word keeps its first part even when that is a quantifier
    ("Indonesia backed an all-out offensive against the rebels.", "all-out offensive against rebels"),
    # a hyphen the parser hangs on the head still joins its two words
    ("The families demanded an immediate cease-fire in Gaza.", "immediate cease-fire in Gaza"),
    ("The families demanded a cease-fire.", "cease-fire"),
    ("The opposition demanded the departure of President Bashar al-Assad.", "departure of President Bashar al-Assad"),
])
def test_labels_of_constructions(base_nlp, lexicon, text, label):
    found = stances_of(base_nlp, lexicon, text)
    assert label in [lab for *_, lab in found], found


def test_names_do_not_count_against_a_join(base_nlp, lexicon, issue_model):
    text = ("The government signed the November 27 maritime border agreement between Turkey and Libya. "
            "Greece rejected the border agreement.")
    found = folded_issues(base_nlp, lexicon, issue_model, text)
    assert len({issue for *_, issue in found}) == 1, found


def test_a_reflexive_object_is_no_issue(base_nlp, lexicon):
    text = "The union said the government must prepare itself for a crippling strike, Chikowore warned."
    assert not [label for *_, label in stances_of(base_nlp, lexicon, text) if "itself" in label]


@pytest.mark.parametrize(("text", "label"), [
    # what is recognised is a pronoun with no issue: the head alone; a relative pronoun is the
    # noun it stands for (test_issue_stated_contents.py)
    ("Ankara offered dialogue to every coastal state except Cyprus, which Ankara does not recognize.",
     "recognition of Cyprus"),
    ("Greece refused to recognize it.", "recognition"),
    # a complement that names people is dropped, not left dangling
    ("Washington pledged to bring home the remains of those killed.", "bringing of remains"),
    # short verbs take their whole lemma before -ing ("be" -> "being", not "bing")
    pytest.param("The union said a wage deal must be in place before the strike ends.", "wage deal", marks=pytest.mark.xfail(
        reason="'X must be in place': the subject of the copula is the issue, read as 'being in place'", strict=True)),
])
def test_labels_never_end_in_a_dangling_of(base_nlp, lexicon, text, label):
    labels = [lab for *_, lab in stances_of(base_nlp, lexicon, text)]
    assert not [lab for lab in labels if lab.endswith(" of") or lab.startswith("bing ")], labels
    assert label in labels, labels


@pytest.mark.parametrize(("first", "second"), [
    ("Ukraine vowed to restore its pre-2014 borders.",
     "Washington called Ukraine's goal of restoring its pre-2014 borders unrealistic."),
    ("The unions demanded that the government raise the minimum wage.",
     "The employers rejected the idea of raising the minimum wage."),
    ("Israel agreed to release the prisoners.", "Hamas welcomed the plan of releasing the prisoners."),
])
def test_a_gerund_and_its_verb_are_one_issue(base_nlp, lexicon, issue_model, first, second):
    found = folded_issues(base_nlp, lexicon, issue_model, f"{first} {second}")
    assert len(found) >= 2 and len({issue for *_, issue in found}) == 1, found
