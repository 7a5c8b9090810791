"""The spaCy components declare what they read and write, and the real pipeline satisfies it."""

from __future__ import annotations

import pytest

OURS = ("ng_paragraphs", "ng_actors", "ng_quotes", "ng_stances")


def test_analyze_pipes_reports_no_problems(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in nlp.pipe_names}


@pytest.mark.parametrize("name", OURS)
def test_each_component_declares_and_gets_what_it_needs(nlp, name):
    summary = nlp.analyze_pipes(pretty=False)["summary"]
    assert summary[name]["assigns"], f"{name} declares no assigns"
    before = nlp.pipe_names[: nlp.pipe_names.index(name)]
    assigned = {attr for pipe in before for attr in summary[pipe]["assigns"]}
    assert set(summary[name]["requires"]) <= assigned


def test_components_run_in_dependency_order(nlp):
    names = nlp.pipe_names
    assert names.index("ng_paragraphs") < names.index("parser") < names.index("ng_actors")
    assert names.index("ner") < names.index("ng_actors") < names.index("ng_quotes") < names.index("ng_stances")
