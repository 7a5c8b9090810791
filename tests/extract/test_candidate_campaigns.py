"""A candidate's campaign is the candidate (models/lexicons/roles.toml `[state_bodies]`
`person_led`; the gold conventions make "the Clinton campaign" an alias of Hillary Clinton): its
words are the candidate's and it is no organisation of its own. An administration or a
government named after its leader stays an organisation ("the Trump administration"). Each case
runs the whole pipeline on a sentence written for the test; the names are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc

# (sentence, the candidate, the speaker of the sentence's quote or "" when it has none)
CAMPAIGNS = [
    pytest.param("Senator Dana Whitlock spoke in Iowa. The Whitlock campaign said the debate rules were unfair.",
                 "Dana Whitlock", "Dana Whitlock", id="the-x-campaign-said"),
    pytest.param("The Whitlock campaign rejected the party's claims about the donors.", "Whitlock", "",
                 id="campaign-rejected"),
    pytest.param("Governor Luis Parra's campaign said he would not take part in the debate.", "Luis Parra",
                 "Luis Parra", id="possessive-campaign"),
    pytest.param("Mara Jensen leads the polls. The Jensen campaign says the vote count must go on.", "Mara Jensen",
                 "Mara Jensen", id="campaign-says"),
    pytest.param("Officials in the Parra camp said the nominee would accept the result.", "Parra", "Parra",
                 id="camp-officials"),
    pytest.param("Tom Hadley is running for mayor. The Hadley campaign announced that it would sue the city.",
                 "Tom Hadley", "Tom Hadley", id="campaign-announced"),
    pytest.param("The Brandt campaign dismissed the report as a smear, according to a statement.", "Brandt", "",
                 id="campaign-dismissed"),
    pytest.param("Rosa Vidal lost the primary, and the Vidal campaign conceded on Wednesday.", "Rosa Vidal", "",
                 id="campaign-conceded"),
    pytest.param("A spokesman for the Whitlock campaign said Dana Whitlock would debate twice.", "Dana Whitlock",
                 "Dana Whitlock", id="spokesman-for-campaign",
                 marks=pytest.mark.xfail(strict=True, reason="the NER tags no person in an unknown surname after "
                                         "'for the' ('the Clinton campaign' works): no speaker")),
    pytest.param("The Kern campaign has asked for a recount, Kern's lawyers said.", "Kern", "Kern",
                 id="campaign-asked"),
]


@pytest.mark.parametrize("text, candidate, speaker", CAMPAIGNS)
def test_a_campaign_is_its_candidate(nlp, text, candidate, speaker):
    actors, quotes, _ = records_from_doc(nlp(text))
    names = [a.name for a in actors]
    assert candidate in names, names
    assert not [n for n in names if "campaign" in n.lower() or n.lower().endswith(" camp")], names
    if speaker:
        assert any(q.speaker >= 0 and actors[q.speaker].name == speaker for q in quotes), \
            [(q.text, q.speaker) for q in quotes]


# near misses: a body named after its leader stays an organisation; a campaign for a cause names
# no person
STAYS = [
    pytest.param("The Whitlock administration said the tariffs would stay.", "Whitlock administration",
                 id="administration"),
    pytest.param("The Dunst government rejected the union's demands.", "Dunst government", id="government"),
]


@pytest.mark.parametrize("text, name", STAYS)
def test_a_led_body_stays_an_organisation(nlp, text, name):
    actors, _, _ = records_from_doc(nlp(text))
    assert name in [a.name for a in actors]


def test_a_campaign_for_a_cause_names_no_person(nlp):
    actors, _, _ = records_from_doc(nlp("The Clean Rivers campaign said the dam must be stopped."))
    assert not [a for a in actors if a.type == "PERSON"], [a.name for a in actors]
