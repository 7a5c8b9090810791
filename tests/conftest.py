"""Shared fixtures: the real pipeline is loaded once per test session, and the frozen fixture
corpus (``tests/fixtures/corpus/``, never the user's ``corpus/``) is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# a frozen copy of the ten articles bundled in corpus/ (README excluded): what the tests build,
# whatever a user adds to or removes from corpus/
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
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


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, settings):
    """The fixture corpus built once (one process, cache on) into a temporary folder: its
    outputs and BuildResult. Other builds of these documents copy its cache (``warm_cache``)."""
    from pipeline.build import build

    out = tmp_path_factory.mktemp("corpus-outputs")
    result = build(CORPUS, out, settings, jobs=1)
    assert result.exit_code == 0
    return out, result


@pytest.fixture(scope="session")
def warm_cache(corpus_build):
    """Copy the session build's cache into ``OUT/.cache``: a build of the fixture documents there
    parses none of them (and a build with more documents only the new ones)."""
    import shutil

    def copy(out: Path) -> Path:
        shutil.copytree(corpus_build[0] / ".cache", Path(out) / ".cache")
        return Path(out)

    return copy
