"""Shared fixtures: the real pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def settings():
    from pipeline.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def lexicon(settings):
    from pipeline.lexicon import lexicon_for

    return lexicon_for(settings)


@pytest.fixture(scope="session")
def issue_model(settings):
    from pipeline.issues import load_issue_model

    return load_issue_model(settings.taxonomy)


@pytest.fixture(scope="session")
def nlp(settings):
    """The full pipeline (base model + our components)."""
    from pipeline.annotate import build_nlp

    return build_nlp(settings)


@pytest.fixture(scope="session")
def base_nlp(nlp):
    """The same pipeline without our extraction components (for the pure rule functions)."""
    import spacy

    model = nlp.meta["lang"] + "_" + nlp.meta["name"]
    base = spacy.load(model)
    base.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", before="parser")
    return base
