"""Language knowledge is data: no module under ``pipeline/`` but ``grammar.py`` spells out a list
of English words. Content words (cue verbs, measure nouns, titles ...) belong in
``models/lexicons/*.toml``; grammar words (pronouns, determiners, auxiliaries, prepositions)
in ``pipeline/grammar.py``.

The check reads the code with ``ast``: any set, tuple, list or frozenset literal, module-level or
inline, of five or more English words fails, as does ``"a b c d e".split()``. Names that are not
language are not words here: spaCy's labels (dependencies, parts of speech, entity types), the
output schema (columns, record fields, polarities), the language files' own keys, and the few
names of the code listed in ``CODE_NAMES``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from pipeline import lexicon, records

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"
ALLOWED = {"grammar.py"}
MIN_WORDS = 5
WORD = re.compile(r"^[A-Za-z][a-z]*(?:[-' ][a-z]+)*$")

# Names the code gives its own things, which only look like English words.
CODE_NAMES = {
    # relations and edge/node attributes of the graph exports, the explorer page's fields
    "stance", "said", "aligned", "opposed", "contradicts", "relation", "label", "kind", "weight", "id",
    "start", "end", "x", "y", "size", "color", "community", "betweenness", "category", "claimed",
    "issues", "speaker", "quote", "date", "type", "degree", "pagerank", "evidence", "cue", "condition",
    # kinds of stance cue (see extract/stance/context.py)
    "verb", "phrasal", "adjective", "noun", "conditional", "measure", "predicate", "evaluation",
    "action", "deontic", "without", "participle", "redline", "precondition", "existential", "threat", "surrender",
    # HTML tags and document metadata keys (ingest), package names (build), language files
    "p", "li", "blockquote", "div", "tr", "section", "article", "head", "script", "style",
    "noscript", "nav", "footer", "header", "main", "pre", "dd", "dt", "figcaption", "table", "ul", "ol",
    "aside", "form", "svg", "template", "iframe", "object", "button", "select",
    "url", "published", "licence", "license", "author", "byline", "lang", "tags", "publisher", "outlet",
    "spacy",
    "networkx", "pandas", "pyvis", "typer", "gazetteer", "names",
}


def schema_names() -> set[str]:
    names = set(GLOSSARY) | CODE_NAMES | set(lexicon.POLARITIES)
    for table in lexicon.SCHEMA.values():
        names |= set(table)
        names |= {key for keys in table.values() if keys for key in keys}
    names |= set(lexicon.SCHEMA)
    for value in vars(records).values():
        if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            names |= set(value)
        names |= set(getattr(value, "_fields", ()))
    return names


NOT_WORDS = schema_names()


def word_lists(tree: ast.AST, not_words: set[str] = frozenset()) -> list[tuple[int, list[str]]]:
    """(line, words) of every literal collection of five or more English words in ``tree``."""
    found = []
    for node in ast.walk(tree):
        items: list[ast.expr] = []
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            items = list(node.elts)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            items = [ast.Constant(w) for w in node.func.value.value.split()]
        words = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)
                 and WORD.match(i.value) and i.value not in not_words]
        if len(words) >= MIN_WORDS:
            found.append((node.lineno, words))
    return found


def modules() -> list[Path]:
    return sorted(p for p in PIPELINE.rglob("*.py") if p.relative_to(PIPELINE).as_posix() not in ALLOWED)


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PIPELINE).as_posix())
def test_no_word_lists_in_code(path: Path) -> None:
    found = word_lists(ast.parse(path.read_text(encoding="utf-8")), NOT_WORDS)
    assert not found, "word lists belong in models/lexicons/*.toml or pipeline/grammar.py:\n" + "\n".join(
        f"{path.relative_to(PIPELINE)}:{line}: {words}" for line, words in found)


@pytest.mark.parametrize("code, lines", [
    ('X = frozenset("alpha beta gamma delta epsilon".split())', [1]),
    ('def f(t):\n    return t in {"say", "tell", "add", "warn", "claim"}', [2]),
    ('V = ["accept", "reject", "welcome", "endorse", "veto"]', [1]),
    ('T = ("accept", "reject", "oppose", "demand")', []),  # four words: below the threshold
    ('D = {"nsubj", "dobj", "pobj", "xcomp", "ccomp"}', []),  # dependency labels are grammar, not words
    ('C = ("actor", "issue", "polarity", "condition", "evidence")', []),  # output columns
], ids=["split", "inline", "list", "four", "labels", "columns"])
def test_the_check_itself(code: str, lines: list[int]) -> None:
    assert [line for line, _ in word_lists(ast.parse(code), NOT_WORDS)] == lines
