"""Speakers of reported speech in the constructions of US political news (issue 11, found on the
PolNeAR train split):

1. a reporting verb that is the second of two coordinated verbs speaks for the subject of the
   nearest clause before it, however the parser hangs the chain ("Rabbis protested, and the league
   denounced it and said ...");
2. subjects joined by a conjunction, the first naming no actor: the one that names an actor speaks;
3. an attribution the sentence splitter cut off after a quote's "?" or "!" (it opens in lower case:
   '"...?" the party's nominee, Jo Marsh, wrote on Sunday');
4. a few words on how a person took something ("Professor X agreed."), then in the same paragraph
   the quoted words that show it;
5. a person's verb and a short prepositional phrase, then a comma and a quoted sentence ("X
   reacted coolly to the offer, "...");
6. an aside between dashes whose verb belongs to a relative clause ("X - in a remark that seemed
   aimed at Y - declared that ...").

Each case is written for this test (made-up people); none is taken from an annotated article.
Controls pin what must stay as it was. Known failures are strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from .test_speakers import speakers


def _case(text: str, speaker: str | None, xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, speaker, marks=marks, id=text[:80])


def _speaker_of_quote(nlp, text: str, words: str):
    found = [f for f in speakers(nlp, text) if words in f[2]]
    assert found, f"no quote holding {words!r} in {speakers(nlp, text)}"
    return found[0][0]


# --- 1. The second of two coordinated verbs -----------------------------------------------

CONJUNCTS = [
    _case("A group of pastors called for a boycott, and the Harbor Tenants Union condemned the plan "
          "and said it would sue the city.", "Harbor Tenants Union"),
    _case("Residents marched to city hall, and Mayor Dana Whitcombe thanked them and said the budget "
          "would be rewritten.", "Dana Whitcombe"),
    _case("Several donors walked out, and Senator Hal Pruett apologized and said the remarks would be "
          "withdrawn.", "Hal Pruett"),
    # controls: one subject for the whole chain; a verb with its own subject
    _case("Senator Hal Pruett thanked the crowd and said the budget would be rewritten.", "Hal Pruett"),
    _case("Mayor Dana Whitcombe spoke first, and Senator Hal Pruett said the budget would be rewritten.",
          "Hal Pruett"),
]


@pytest.mark.parametrize("text, speaker", CONJUNCTS)
def test_coordinated_verb_speaks_for_nearest_subject(nlp, text, speaker):
    assert _speaker_of_quote(nlp, text, "would") == speaker


# --- 2. Coordinated subjects, the first naming nobody -------------------------------------

COORDINATED_SUBJECTS = [
    _case("In the days before the vote, a group of local pastors and the civil rights organization the "
          "Harbor Tenants Union condemned the plan and said it would hurt renters.", "Harbor Tenants Union"),
    # control: the first conjunct names someone, and speaks
    _case("Mayor Dana Whitcombe and the Harbor Tenants Union said the plan would hurt renters.",
          "Dana Whitcombe"),
]


@pytest.mark.parametrize("text, speaker", COORDINATED_SUBJECTS)
def test_coordinated_subject_named_one_speaks(nlp, text, speaker):
    assert _speaker_of_quote(nlp, text, "hurt renters") == speaker


# --- 3. An attribution cut off after "?" or "!" -------------------------------------------

CUT_OFF = [
    _case('"Is the governor ever going to answer the question? If not, he should step aside!" the '
          "party's likely nominee, Jo Marsh, wrote on Sunday after a debate in Dayton.", "Jo Marsh"),
    _case('"Where is the money? Who took it?" the county\'s longtime treasurer, Ray Abbott, asked at a '
          "hearing that ran late into the night.", "Ray Abbott"),
    _case('"Enough is enough!" the veteran organizer Tess Moreau shouted as the crowd moved toward the '
          "steps of the capitol building on Friday.", "Tess Moreau"),
    # controls: the next sentence opens in upper case and names someone else's act
    _case('"Is the governor ever going to answer? He should step aside!" Jo Marsh wrote on Sunday.',
          "Jo Marsh"),
]


@pytest.mark.parametrize("text, speaker", CUT_OFF)
def test_attribution_cut_off_after_question_or_exclamation(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("direct",))
    assert found and found[0][0] == speaker, found


def test_upper_case_sentence_after_quote_is_no_attribution(nlp):
    text = ('"Who took the money?" Nobody in the room answered. The treasurer, Ray Abbott, left the '
            "hearing early after a long and heated exchange with members of the county board.")
    found = speakers(nlp, text, kinds=("direct",))
    assert found and found[0][0] is None, found


# --- 4. A few words on how a person took it, then the quote -------------------------------

BRIEF = [
    _case('Professor Lena Ostrowski agreed. "Moderate voters are running out of patience with both '
          'parties."', "Lena Ostrowski"),
    _case('Senator Hal Pruett was blunt. "This budget will not pass the chamber in its current form."',
          "Hal Pruett"),
    _case('Mayor Dana Whitcombe disagreed sharply. "The plan protects renters and the city knows it."',
          "Dana Whitcombe"),
    # controls: no person as subject; the quote in the next paragraph; a longer sentence of events
    _case('The crowd cheered. "This budget will not pass the chamber in its current form."', None),
    _case('Senator Hal Pruett agreed.\n\n"This budget will not pass the chamber in its current form."',
          None),
    _case("Senator Hal Pruett arrived in Dayton on Monday for a fundraiser at the home of a longtime "
          'donor. "This budget will not pass the chamber in its current form."', None),
]


@pytest.mark.parametrize("text, speaker", BRIEF)
def test_brief_reaction_then_quote(nlp, text, speaker):
    assert _speaker_of_quote(nlp, text, "This budget" if "budget" in text else "") == speaker


# --- 5. A verb, a short prepositional phrase, a comma, a quoted sentence ------------------

COMMA_PHRASE = [
    _case('Senator Hal Pruett reacted coolly to the offer, "We will read it, but we are not '
          'impressed."', "Hal Pruett"),
    _case('Mayor Dana Whitcombe responded angrily to the ruling, "The court has ignored the '
          'tenants."', "Dana Whitcombe"),
    _case('The Harbor Tenants Union reacted quickly to the news, "We will appeal the decision at '
          'once."', "Harbor Tenants Union"),
    # controls: a clause of time; a subject that names no actor
    _case('As Senator Hal Pruett walked to the podium, "We will read it, but we are not impressed."',
          None),
    _case('The crowd reacted loudly to the offer, "We will read it, but we are not impressed."', None),
]


@pytest.mark.parametrize("text, speaker", COMMA_PHRASE)
def test_verb_and_phrase_before_comma_quote(nlp, text, speaker):
    found = speakers(nlp, text, kinds=("direct", "partial"))
    assert all(f[0] == speaker for f in found), found


# --- 6. An aside between dashes with a relative clause ------------------------------------

DASHED = [
    _case("On his way out of the race, Mr. Pruett - in a line that seemed aimed squarely at his rival - "
          "declared that a governor must serve every county.", "Hal Pruett"),
    _case("Mayor Dana Whitcombe - in a speech that drew loud applause - said the budget would protect "
          "renters.", "Dana Whitcombe"),
    _case("Senator Hal Pruett - who had been silent for weeks - said the budget would protect renters.",
          "Hal Pruett"),
    # control: no dash, plain subject
    _case("Mayor Dana Whitcombe said in a speech that drew loud applause that the budget would protect "
          "renters.", "Dana Whitcombe"),
]


@pytest.mark.parametrize("text, speaker", DASHED)
def test_dashed_aside_before_cue(nlp, text, speaker):
    if text.startswith("On his way"):
        text = "Senator Hal Pruett ended his campaign on Saturday. " + text
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and all(f[0] == speaker for f in found), found


# --- 7. "One aide", "another adviser": someone new, not the one the text named ------------

ONE_OF_SEVERAL = [
    _case('The campaign hired senior adviser Jake Ward in May. "This is eerily similar to the first '
          'debate," said one adviser.', None),
    _case('The campaign hired senior adviser Jake Ward in May. "This is eerily similar to the first '
          'debate," said one longtime adviser to the governor.', None),
    _case('The campaign hired senior adviser Jake Ward in May. "This is eerily similar to the first '
          'debate," said another adviser to the campaign.', None),
    _case('The campaign hired senior adviser Jake Ward in May. "This is eerily similar to the first '
          'debate," one senior adviser said.', None),
    # "one Clinton aide" speaks for the one it serves, not for an aide of someone else named before
    _case('The campaign leaned on top Obama aide Dan Pfeffer. "That does not mean no response," one '
          'Clinton aide said.', "Clinton"),
    # control: the definite description is the adviser named before
    _case('The campaign hired senior adviser Jake Ward in May. "This is eerily similar to the first '
          'debate," the adviser said.', "Jake Ward"),
]


@pytest.mark.parametrize("text, speaker", ONE_OF_SEVERAL)
def test_one_of_several_is_not_the_named_holder(nlp, text, speaker):
    assert _speaker_of_quote(nlp, text, "response" if "response" in text else "eerily") == speaker


# --- 8. A participle after a reporting clause set inside the sentence ---------------------

SET_OFF_PARTICIPLES = [
    _case('The director cannot promise that "in good faith," Mayor Dana Whitcombe added, saying it should '
          'be "left to the council."', "Dana Whitcombe"),
    _case("Ortega cannot decide that alone, Senator Hal Pruett added, saying the choice belonged to the "
          "voters.", "Hal Pruett"),
    # controls: the participle hangs on the main verb, whose subject speaks; the clause before the
    # comma is the reported one, not a reporting clause, and its subject does not speak
    _case("Senator Hal Pruett rejected the plan on Monday, saying the choice belonged to the voters.",
          "Hal Pruett"),
    _case("Senator Hal Pruett has said that both Kenya and Uganda will have to give ground on the "
          "council, calling the choice of the voters \"unrealistic.\"", "Hal Pruett"),
]


@pytest.mark.parametrize("text, speaker", SET_OFF_PARTICIPLES)
def test_participle_after_set_off_cue(nlp, text, speaker):
    found = [f for f in speakers(nlp, text) if "council" in f[2] or "voters" in f[2] or "unrealistic" in f[2]]
    assert found and all(f[0] == speaker for f in found), speakers(nlp, text)


def test_clause_joined_to_the_subject_names_no_speaker(nlp):
    """A control for section 2: 'The deal and how it came to be ...' joins a clause, not a second
    party, to the subject; nobody named in the clause speaks."""
    text = ("The deal and how it came to be provide telling insight into the workings of the Harbor "
            "Tenants Union, which is responsible for managing the $2 billion in debt that Ortega Holdings "
            "has amassed - and says it cannot hope to repay.")
    found = speakers(nlp, text, kinds=("indirect",))
    assert found and all(f[0] != "Ortega Holdings" for f in found), found
