"""Places, programmes and infrastructure are no actors (pipeline/extract/actors/names.py:
is_place_list, names_a_thing): towns and regions the model took for people, islands, pipelines,
public programmes and facilities it took for organisations. Actors beside them stay."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc

# (sentence, a name that must not be an actor); the names are made up or common place words
NOT_ACTORS = [
    pytest.param("Velmora, Dastrovo, Kirenko and Pelagrad oblasts remain under the control of the army.", "Kirenko",
                 id="listed-before-oblasts"),
    pytest.param("The rebels failed to take two provincial capitals, Dastrovo and Pelagrad.", "Pelagrad",
                 id="capitals-in-apposition"),
    pytest.param("Government troops entered Kasim Tabur and Ain Belhout on Monday, the ministry said.", "Ain Belhout",
                 id="entered-towns"),
    pytest.param("Government troops entered Kasim Tabur and Ain Belhout on Monday, the ministry said.", "Kasim Tabur",
                 id="entered-first-town"),
    pytest.param("Army units shelled Tal Dovan overnight, residents said.", "Tal Dovan", id="shelled-town"),
    pytest.param("The militia overran Beit Saran and Kafr Moussa within hours.", "Kafr Moussa", id="overran-towns"),
    pytest.param("The deal ignores our largest island Tavrenia, he said.", "Tavrenia", id="island-in-apposition"),
    pytest.param("He spoke at the launch of the BalkanFlow gas pipeline on Tuesday.", "BalkanFlow",
                 id="pipeline-modifier"),
    pytest.param("Some offices stay open, including health programmes Carelink and Medibridge.", "Medibridge",
                 id="programmes-listed"),
    pytest.param("The Grand Harbour Museum and the National Aquarium Zoo have closed their doors.",
                 "National Aquarium Zoo", id="zoo-by-its-last-word"),
    pytest.param("The Western Ring Bridge was closed after the protesters blocked it.", "Western Ring Bridge",
                 id="bridge-by-its-last-word"),
]


@pytest.mark.parametrize("text, name", NOT_ACTORS)
def test_places_and_things_are_no_actors(nlp, text, name):
    actors, _, _ = records_from_doc(nlp(text))
    assert name not in {a.name for a in actors}


ACTORS = [
    pytest.param("The IMF programme was approved after the IMF said the reforms were enough.", "International Monetary Fund",
                 id="acronym-owns-its-programme"),
    pytest.param("The Trump plan was rejected by the Palestinian leadership.", "Trump", id="person-owns-a-plan"),
    pytest.param("Lonmin said its mine would reopen once the union signed the deal.", "Lonmin", id="company-speaks"),
    pytest.param("Kyiv and Moscow exchanged prisoners on Friday.", "Ukraine", id="capital-as-metonym"),
    pytest.param("Russian troops entered the town, and Ukraine said it would respond.", "Ukraine", id="state-acts"),
    pytest.param("During the Macron state visit, Emmanuel Macron said France backed the deal.", "Emmanuel Macron",
                 id="person-before-state-visit"),
]


@pytest.mark.parametrize("text, name", ACTORS)
def test_parties_beside_places_and_things_stay_actors(nlp, text, name):
    actors, _, _ = records_from_doc(nlp(text))
    assert name in {a.name for a in actors}
