"""One home for the issue categories: models/taxonomy.toml [categories] is read by extraction
(negotiation nouns, concrete proposals) and by resolve (issue categories); the parse cache
changes with the categories, not with the folding tables."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.extract.text import fold
from pipeline.issues import load_issue_model
from pipeline.lexicon import load_lexicon, lexicon_for


def test_extraction_reads_the_categories_resolve_reads(settings, lexicon, issue_model):
    read = {key: tuple(fold(k) for k in keywords) for key, keywords in lexicon.taxonomy.items()}
    assert {c.key: c.keywords for c in issue_model.categories} == read


def test_the_language_file_holds_no_second_taxonomy(settings):
    tables = [line for line in Path(settings.issues).read_text(encoding="utf-8").splitlines() if line.startswith("[")]
    assert tables == ["[normalise]"]


@pytest.mark.parametrize("category, concrete", [
    ("ceasefire", True), ("sanctions", True), ("labour", True), ("budget", True), ("talks", False),
])
def test_concrete_categories(lexicon, category, concrete):
    assert (category in lexicon.strong_categories) is concrete


@pytest.mark.parametrize("word", ["union", "strike", "work"])
def test_words_of_a_concrete_category_that_name_no_concrete_issue(lexicon, word):
    assert word in lexicon.weak_issue_words


def _copy(settings, tmp_path: Path):
    taxonomy = tmp_path / "taxonomy.toml"
    shutil.copy(settings.taxonomy, taxonomy)
    return replace(settings, taxonomy=taxonomy), taxonomy


def test_editing_the_folding_tables_keeps_the_parse_cache(settings, tmp_path):
    copy, taxonomy = _copy(settings, tmp_path)
    before = copy.language_fingerprint()
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace('"truce" = "ceasefire", ', ""), encoding="utf-8")
    assert copy.language_fingerprint() == before


def test_editing_the_categories_invalidates_the_parse_cache(settings, tmp_path):
    copy, taxonomy = _copy(settings, tmp_path)
    before = copy.language_fingerprint()
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8").replace('"truce", ', "", 1), encoding="utf-8")
    assert copy.language_fingerprint() != before
    load_lexicon.cache_clear()
    load_issue_model.cache_clear()
    assert "truce" not in lexicon_for(copy).taxonomy["ceasefire"]
    load_lexicon.cache_clear()
