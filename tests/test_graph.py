"""Stage 5: the graph's derived relations on a small resolved corpus."""

from __future__ import annotations

import pytest

from pipeline.graph import build_graph
from pipeline.records import Document, DocResult, LocalActor, StanceRecord
from pipeline.resolve import resolve


def test_claims_contradicted_by_own_words_and_alignment(lexicon):
    actors = (
        LocalActor(name="Ukraine", type="GPE", gaz_id="ukraine", mentions=2),
        LocalActor(name="Marco Rubio", type="PERSON", role="Secretary of State", mentions=1),
        LocalActor(name="Volodymyr Zelensky", type="PERSON", role="President", affiliation=0, affiliation_gaz="ukraine", mentions=2),
        LocalActor(name="Russia", type="GPE", gaz_id="russia", mentions=1),
    )
    stances = (
        # Rubio says Ukraine is open to territorial concessions ...
        StanceRecord(actor=0, issue="territorial concessions", issue_text="territorial concessions", polarity="consider",
                     cue="open", evidence="Rubio suggested Ukraine was open to territorial concessions.", start=0, end=60, claimed_by=1),
        # ... Zelensky says Ukraine will not cede territory (a red line)
        StanceRecord(actor=2, issue="concession of territory", issue_text="cede any territory", polarity="oppose",
                     cue="will not cede", evidence="We will never cede territory.", start=61, end=90, red_line=True),
        StanceRecord(actor=3, issue="concession of territory", issue_text="cede territory", polarity="demand",
                     cue="insists", evidence="Russia insists on territorial concessions.", start=91, end=130),
    )
    doc = DocResult(document=Document(doc_id="a.txt", path="a.txt", text="x", date="2025-03-12"), actors=actors, stances=stances)
    g = build_graph(resolve([doc], lexicon))
    relations = {(u, v, d["relation"]) for u, v, d in g.edges(data=True)}
    assert ("actor:volodymyr-zelensky", "actor:marco-rubio", "contradicts") in relations
    assert ("actor:russia", "actor:volodymyr-zelensky", "opposed") in relations
    assert ("actor:volodymyr-zelensky", "actor:ukraine", "speaks_for") in relations
    red = [n for n, d in g.nodes(data=True) if d.get("kind") == "red_line"]
    assert red == ["redline:volodymyr-zelensky:territorial-concessions"]  # the shortest wording names the issue
    contradiction = next(d for u, v, d in g.edges(data=True) if d["relation"] == "contradicts")
    assert "open to territorial concessions" in contradiction["evidence"] and "never cede" in contradiction["evidence"]


# The refusal may be labelled by what is given up ("would not cede any territory" -> territory)
# or by the concession; the claim by the concession: one issue, so the claim is contradicted.
@pytest.mark.parametrize("own_label", [
    "territory", "territories", "concessions on territory", "territorial concession", "concession of territory",
    "territorial concessions", "concessions over territory",
])
def test_a_refusal_to_cede_contradicts_a_claimed_openness_to_concessions(lexicon, own_label):
    actors = (
        LocalActor(name="Ukraine", type="GPE", gaz_id="ukraine", mentions=2),
        LocalActor(name="Marco Rubio", type="PERSON", role="Secretary of State", mentions=1),
    )
    stances = (
        StanceRecord(actor=0, issue="territorial concessions", issue_text="territorial concessions", polarity="consider",
                     cue="open", evidence="Rubio said Kyiv was open to territorial concessions.", start=0, end=50, claimed_by=1),
        StanceRecord(actor=0, issue=own_label, issue_text=own_label, polarity="oppose",
                     cue="would not cede", evidence="Ukraine would not cede any territory.", start=51, end=90),
    )
    doc = DocResult(document=Document(doc_id="a.txt", path="a.txt", text="x", date="2025-03-12"), actors=actors, stances=stances)
    g = build_graph(resolve([doc], lexicon))
    assert ("actor:ukraine", "actor:marco-rubio", "contradicts") in {(u, v, d["relation"]) for u, v, d in g.edges(data=True)}
