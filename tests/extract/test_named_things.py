"""Names of taxes, rules, pacts, rivers and faiths are no parties (models/lexicons/roles.toml
`[things]` nouns and heads, `[non_actors]` words): "the Cadillac tax", "Common Core standards",
"the Veloran Trade Agreement", "the Tessin River", "converted to Judaism". The people and bodies
beside them stay. Each case runs the whole pipeline on a sentence written for the test; the
names are made up where they can be."""

from __future__ import annotations

import pytest

from .test_platforms_laws_zones import _names

# (sentence, a name that must not be an actor)
NOT_ACTORS = [
    pytest.param("Senator Lena Broyhill said the Marlow tax on generous health plans should be delayed.",
                 "Marlow", id="tax-after-name"),
    pytest.param("Governor Ada Kern said the Brightwell levy would hurt small farms.", "Brightwell", id="levy"),
    pytest.param("Parents led by Tom Hadley pushed against the Keystone Learning standards.", "Keystone Learning",
                 id="standards"),
    pytest.param("The union's president, Rosa Vidal, vowed to keep the Title IX Civil Service protections.",
                 "Title IX Civil Service", id="protections"),
    pytest.param("Minister Karl Dunst said the Veloran Trade Agreement would cut tariffs.", "Veloran Trade Agreement",
                 id="agreement-holds-stance",
                 marks=pytest.mark.xfail(strict=True, reason="a named thing as the subject of a stance still holds it "
                                         "(no holder: check stances 0.602 -> 0.591, not kept)")),
    pytest.param("Minister Karl Dunst said the Veloran Trade Agreement was signed in 2019.", "Veloran Trade Agreement",
                 id="agreement-head"),
    pytest.param("Prime Minister Ilse Moor said the Baltic Energy Pact would survive the election.",
                 "Baltic Energy Pact", id="pact-head"),
    pytest.param("Foreign Minister Omar Haddad said the troops would stay east of the Tessin River.", "Tessin River",
                 id="river-head"),
    pytest.param("President Ana Ruiz called for help to save the Orinoco rainforest from the fires.", "Orinoco",
                 id="rainforest"),
    pytest.param("Senator Mark Fell, who converted to Judaism in 2010, said the bill was unfair.", "Judaism",
                 id="faith-converted"),
    pytest.param("Bishop Paul Marek said the cathedral was a great temple of Christendom.", "Christendom",
                 id="christendom"),
]


@pytest.mark.parametrize("text, name", NOT_ACTORS)
def test_named_things_are_no_actors(nlp, text, name):
    names = _names(nlp, text)
    assert name not in names, names
    assert any(n != name for n in names), names  # the person stays


# near misses: an organisation or a state that owns the thing, or acts beside it, stays an actor
STAYS = [
    pytest.param("The IMF said the tax on fuel must rise.", "International Monetary Fund", id="imf-tax"),
    pytest.param("The Veloran Farmers Union said the levy would ruin its members.", "Veloran Farmers Union",
                 id="union-levy"),
    pytest.param("Hamas rejected the agreement on Tuesday.", "Hamas", id="rejects-agreement"),
    pytest.param("The Tessin River Authority said the dam would be closed.", "Tessin River Authority",
                 id="river-authority"),
]


@pytest.mark.parametrize("text, name", STAYS)
def test_an_owner_beside_a_thing_stays(nlp, text, name):
    assert name in _names(nlp, text)
