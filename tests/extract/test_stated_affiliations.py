"""Affiliations stated by a title with the rest of the document (pipeline/extract/actors/roles.py:
stated_affiliations): a legislator's chamber, a deputy's principal, a bare "leader" after the one
organisation of the sentence. Text in our own words, with made-up people."""

from __future__ import annotations

import pytest

from pipeline.extract.actors import extract_actor_table


def affiliation_of(base_nlp, lexicon, text, person):
    table = extract_actor_table(base_nlp(text), lexicon)
    actor = next(a for a in table.actors if a.name == person)
    if actor.affiliation >= 0:
        return table.actors[actor.affiliation].name
    return actor.affiliation_gaz or None


CONGRESS = "Congress refused to pass the budget on Monday. "

CASES = [
    pytest.param(CONGRESS + "Mary Holloway, the Speaker of the House, said the wall was a waste.", "Mary Holloway",
                 "Congress", id="speaker-of-the-house"),
    pytest.param(CONGRESS + "The Senate Majority Leader, Tom Brackett, said talks would go on.", "Tom Brackett",
                 "Congress", id="senate-leader-apposition"),
    pytest.param(CONGRESS + "Senate Minority Whip Ralph Osgood questioned the plan.", "Ralph Osgood", "Congress",
                 id="senate-whip-title"),
    pytest.param(CONGRESS + "Senator Ellen Marsh called for a vote.", "Ellen Marsh", "Congress", id="senator"),
    pytest.param("The National Assembly rejected the deal. The Speaker of the National Assembly, Anton Velic, said "
                 "it was final.", "Anton Velic", "National Assembly", id="speaker-of-the-assembly"),
    pytest.param("Kenyan President Daniel Otieno signed the bill. The Vice President, Samuel Kibet, said it was fair.",
                 "Samuel Kibet", "Kenya", id="vice-president-follows-president"),
    pytest.param("Kenyan Prime Minister Daniel Otieno signed the bill. Deputy Prime Minister Samuel Kibet welcomed it.",
                 "Samuel Kibet", "Kenya", id="deputy-prime-minister"),
    pytest.param("The Farmworkers Union declared the strike over on Monday when leader Joseph Ndlovu addressed the crowd.",
                 "Joseph Ndlovu", "Farmworkers Union", id="bare-leader-after-its-union"),
    pytest.param("Oxfam warned of famine, and spokeswoman Hanna Berg said aid was blocked.", "Hanna Berg", "Oxfam",
                 id="bare-spokeswoman-after-its-charity"),
]


@pytest.mark.parametrize("text, person, expected", CASES)
def test_affiliation_stated_by_the_title(base_nlp, lexicon, text, person, expected):
    found = affiliation_of(base_nlp, lexicon, text, person)
    assert found == expected or (found or "").replace("-", " ") == expected.lower()


NONE = [
    # no legislature named: the title alone does not say which state's senate
    pytest.param("Senator Ellen Marsh called for sanctions against Russia.", "Ellen Marsh", id="senator-no-legislature"),
    # an envoy's title is no legislator's
    pytest.param("The National Assembly rejected the plan. Special Representative Ellen Marsh urged calm.", "Ellen Marsh",
                 id="special-representative"),
    # two presidents: whose vice president is not said
    pytest.param("Kenyan President Daniel Otieno met Ugandan President Paul Okello. The Vice President, Samuel Kibet, "
                 "was absent.", "Samuel Kibet", id="two-presidents"),
    # two organisations before a bare leader
    pytest.param("The Farmworkers Union and Oxfam met when leader Joseph Ndlovu arrived.", "Joseph Ndlovu",
                 id="two-organisations"),
    # a state before a bare leader is no organisation he leads
    pytest.param("Kenya declared the strike illegal when leader Joseph Ndlovu spoke.", "Joseph Ndlovu",
                 id="state-before-leader"),
]


@pytest.mark.parametrize("text, person", NONE)
def test_no_affiliation_when_the_text_does_not_say(base_nlp, lexicon, text, person):
    assert affiliation_of(base_nlp, lexicon, text, person) is None


def test_a_body_named_in_the_title_leaves_no_dangling_words_in_the_role(base_nlp, lexicon):
    text = "The National Assembly rejected the deal. The Speaker of the National Assembly, Anton Velic, said it was final."
    table = extract_actor_table(base_nlp(text), lexicon)
    actor = next(a for a in table.actors if a.name == "Anton Velic")
    assert actor.role == "Speaker"
