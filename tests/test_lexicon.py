"""The language files: unknown tables and keys are refused with the file and key named, and every
key the loader reads is read by some rule."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipeline import lexicon as lex
from pipeline.config import DEFAULT_MODELS_DIR

LEXICONS = DEFAULT_MODELS_DIR / "lexicons"
FILES = ("cues", "stance", "roles", "issues", "groups")


def load(folder: Path) -> lex.Lexicon:
    lex.load_lexicon.cache_clear()
    paths = [folder / f"{name}.toml" for name in FILES]
    return lex.load_lexicon(*paths, None, folder / "names.toml")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    for path in LEXICONS.glob("*.toml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_the_shipped_files_load() -> None:
    lexicon = load(LEXICONS)
    assert "say" in lexicon.reporting_verbs and lexicon.condition_markers[0] == "only if"


@pytest.mark.parametrize("file, table, line, message", [
    ("stance", "participles", 'taboffered = "propose"', None),  # data table: a new participle is fine
    ("stance", "participles", 'offered = "proposed"', r"\[participles\]\.offered = 'proposed' is no polarity"),
    ("stance", "conditions", 'markerz = ["if"]', r"unknown key \[conditions\]\.markerz"),
    ("roles", "titles", 'head = ["king"]', r"unknown key \[titles\]\.head"),
    ("cues", "phrases", 'speaker_before = ["told reporters"]', r"unknown key \[phrases\]\.speaker_before"),
    ("groups", None, '[negators]\nwords = ["not"]', r"unknown table \[negators\]"),
], ids=["data-key", "bad-polarity", "typo-key", "typo-title-key", "removed-key", "unknown-table"])
def test_unknown_keys_are_refused(copy: Path, file: str, table: str | None, line: str, message: str | None) -> None:
    path = copy / f"{file}.toml"
    text = path.read_text(encoding="utf-8")
    if table is None:
        text += "\n" + line + "\n"
    else:
        text = text.replace(f"[{table}]\n", f"[{table}]\n{line}\n", 1)
    path.write_text(text, encoding="utf-8")
    if message is None:
        load(copy)
        return
    with pytest.raises(lex.LexiconError, match=message) as caught:
        load(copy)
    assert str(path) in str(caught.value)  # the message names the file
    lex.load_lexicon.cache_clear()


def test_every_lexicon_field_is_read_by_the_code() -> None:
    assert lex.unread_fields(Path(lex.__file__).parent) == []


def test_unread_fields_notices_a_field_nothing_reads(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text("def f(lexicon):\n    return lexicon.reporting_verbs\n")
    unread = lex.unread_fields(tmp_path)
    assert "reporting_verbs" not in unread and "stance_verbs" in unread


# tables the loader reads whole, whose keys the rules then look up by name
WHOLE_TABLES = {"predicates", "forms"}


@pytest.mark.parametrize("kind", sorted(lex.SCHEMA))
def test_every_schema_key_is_loaded(kind: str) -> None:
    """A key the schema allows but the loader never reads would be accepted and ignored."""
    source = Path(lex.__file__).read_text(encoding="utf-8")
    loader = source[source.index("def load_lexicon("):]
    for table, keys in lex.SCHEMA[kind].items():
        assert f'"{table}"' in loader, table
        for key in () if table in WHOLE_TABLES else keys or ():
            assert re.search(rf'"{key}"', loader), f"[{table}].{key}"


@pytest.mark.parametrize("old, new, message", [
    ('[negation]\nsupport = "oppose"', '[negation]\nsupport = "opose"', r"\[negation\]\.support = 'opose' is no polarity"),
    ('[negation]\n', '[negation]\nagree = "oppose"\n', r"\[negation\]\.agree is no polarity"),
], ids=["value", "key"])
def test_the_negation_table_maps_polarities_to_polarities(copy: Path, old: str, new: str, message: str) -> None:
    path = copy / "stance.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(lex.LexiconError, match=message):
        load(copy)
    lex.load_lexicon.cache_clear()
