"""The cache's code fingerprint covers every code file of the per-document stages, wherever
it moves inside their package folders, and nothing else."""

import shutil
from pathlib import Path

import pytest

import pipeline
from pipeline.annotate import code_fingerprint

PACKAGE = Path(pipeline.__file__).parent


@pytest.fixture
def tree(tmp_path):
    """A copy of the package's code (no caches) to edit."""
    root = tmp_path / "pipeline"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_the_copy_has_the_fingerprint_of_the_package(tree):
    assert code_fingerprint(tree) == code_fingerprint()


@pytest.mark.parametrize("path", [
    "extract/new_rules.py",              # a module added to extract/
    "extract/stance/verbs.py",           # a module in a new sub-package of extract/
    "annotate/new_runner.py",
])
def test_a_new_module_of_a_per_document_stage_changes_it(tree, path):
    before = code_fingerprint(tree)
    (tree / path).parent.mkdir(parents=True, exist_ok=True)
    (tree / path).write_text("RULE = 1\n", encoding="utf-8")
    assert code_fingerprint(tree) != before


@pytest.mark.parametrize("path", ["extract/components.py", "annotate/chunks.py", "lexicon.py", "records.py"])
def test_an_edit_of_a_per_document_module_changes_it(tree, path):
    before = code_fingerprint(tree)
    with (tree / path).open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    assert code_fingerprint(tree) != before


@pytest.mark.parametrize("path", ["cli.py", "resolve/keys.py", "graph.py", "export/html.py", "extract/NOTES.txt"])
def test_the_cross_document_stages_keep_it(tree, path):
    """Resolve, graph and export run on every build anyway: editing them keeps the cache."""
    before = code_fingerprint(tree)
    with (tree / path).open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit\n")
    assert code_fingerprint(tree) == before


def test_a_module_moved_inside_extract_changes_it(tree):
    before = code_fingerprint(tree)
    (tree / "extract" / "moved").mkdir()
    shutil.move(tree / "extract" / "components.py", tree / "extract" / "moved" / "components.py")
    assert code_fingerprint(tree) != before
