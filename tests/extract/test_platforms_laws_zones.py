"""Names that carry or frame what parties do, but are no parties (models/lexicons/roles.toml):
platforms a party speaks through ("wrote on Twitter", "in a video on YouTube"; `[outlets]`: they
act only as the subject of something other than carrying news), laws and agreements by the last
word of their name ("the X Protection Act", "the Y Accord"; `[things] heads`) and time zones
("(1200 UTC)"; `[non_actors] words`). The people beside them stay. Each case runs the whole
pipeline on a sentence written for the test; the laws' names are made up."""

from __future__ import annotations

import pytest

from pipeline.extract.components import records_from_doc

# (sentence, a name that must not be an actor)
NOT_ACTORS = [
    pytest.param("Senator Dana Whitlock wrote on Twitter that the shutdown must end.", "Twitter", id="wrote-on-twitter"),
    pytest.param("Governor Luis Parra said on Twitter that he would veto the bill.", "Twitter", id="said-on-twitter"),
    pytest.param("The activist Mara Jensen used Instagram to thank her supporters.", "Instagram", id="used-instagram"),
    pytest.param("Aides of Mayor Tomas Brandt sent the messages on Telegram, a messaging app.", "Telegram",
                 id="sent-on-telegram"),
    pytest.param("Prime Minister Alina Vos announced the deal in a video on YouTube.", "YouTube", id="video-on-youtube"),
    pytest.param("The talks will resume at 3 p.m. local time (1400 UTC), Minister Karl Dunst said.", "UTC",
                 id="utc-in-brackets"),
    pytest.param("Governor Ellen Marsh signed the Coastal Wetlands Protection Act into law on Friday.",
                 "Coastal Wetlands Protection Act", id="act-signed"),
    pytest.param("Judge Ray Holm ruled that the Tenancy Reform Act of 1998 was unconstitutional.",
                 "Tenancy Reform Act", id="act-of-year"),
    pytest.param("Opposition leader Nadia Rahal said the Kelmar Accord had failed.", "Kelmar Accord",
                 id="accord-subject-of-clause"),
    pytest.param("Foreign Minister Pavel Strand said his country would leave the Veloran Treaty.", "Veloran Treaty",
                 id="treaty-object"),
]


def _names(nlp, text):
    actors, _, _ = records_from_doc(nlp(text))
    return [a.name for a in actors]


@pytest.mark.parametrize("text, name", NOT_ACTORS)
def test_platforms_laws_and_zones_are_no_actors(nlp, text, name):
    names = _names(nlp, text)
    assert name not in names, names
    assert any(n.split()[-1] in text and n != name for n in names), names  # the person stays


# a platform that acts (not as the carrier of someone's words) stays an actor
ACTS = [
    pytest.param("Twitter suspended the account of the ministry.", "Twitter", id="twitter-suspends"),
]


@pytest.mark.parametrize("text, name", ACTS)
def test_a_platform_that_acts_stays(nlp, text, name):
    assert name in _names(nlp, text)
