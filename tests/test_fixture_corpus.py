"""The suite builds a frozen fixture corpus, never the user's ``corpus/``: a corpus with one
more article builds, and the fixtures the other tests read stay as they were."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.build import build

from .conftest import CORPUS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# a short negotiation article written for the tests (not part of the fixture corpus)
EXTRA_ARTICLE = FIXTURES / "extra_article.txt"
# sha256 of every article of the fixture corpus, as `sha256sum *.txt` prints them
MANIFEST = FIXTURES / "corpus.sha256"


def manifest() -> dict[str, str]:
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split("  ", 1) for line in lines if line.strip())}


def fixture_files() -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(CORPUS.iterdir())}


def test_the_fixture_corpus_is_the_frozen_ten_articles():
    assert fixture_files() == manifest()
    assert len(manifest()) == 10


@pytest.fixture(scope="module")
def one_more(tmp_path_factory, settings, warm_cache, corpus_build):
    """The fixture corpus plus one new article, built with the session build's cache (so only the
    new article is parsed)."""
    root = tmp_path_factory.mktemp("one-more")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    shutil.copy(EXTRA_ARTICLE, corpus / "rotterdam_port_wage_talks.txt")
    out = warm_cache(root / "out")
    result = build(corpus, out, settings, jobs=1)
    return out, result


@pytest.mark.slow
def test_a_corpus_with_one_more_article_builds(one_more):
    out, result = one_more
    assert result.exit_code == 0
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert sorted(documents.doc_id) == sorted([*manifest(), "rotterdam_port_wage_talks.txt"])
    assert set(documents.status) == {"ok"}
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert report["cache"]["hits"] == 10 and report["cache"]["misses"] == 1
    quotes = pd.read_csv(out / "quotes.csv", dtype=str, keep_default_na=False)
    new = quotes[quotes.doc_id == "rotterdam_port_wage_talks.txt"]
    assert "Our members will not accept another year of wages that lag behind prices" in set(
        new[new.speaker_id == "niek-jansen"].text)
    stances = pd.read_csv(out / "stances.csv", dtype=str, keep_default_na=False)
    union = stances[(stances.doc_id == "rotterdam_port_wage_talks.txt") & (stances.polarity == "demand")]
    assert union.issue.str.contains("pay rise").any()


@pytest.mark.slow
def test_the_suite_fixtures_are_unaffected(one_more, corpus_build):
    """The new article went into a copy: the fixture corpus and the session build are unchanged."""
    out, _ = one_more
    assert fixture_files() == manifest()
    documents = pd.read_csv(corpus_build[0] / "documents.csv", dtype=str, keep_default_na=False)
    assert sorted(documents.doc_id) == sorted(manifest())
    actors = pd.read_csv(corpus_build[0] / "actors.csv", dtype=str, keep_default_na=False)
    assert "niek-jansen" not in set(actors.actor_id)
    assert (out / "actors.csv").read_bytes() != (corpus_build[0] / "actors.csv").read_bytes()
