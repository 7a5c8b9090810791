"""Hand-built parses for rule tests, as spaCy's own tests build them
(``Doc(vocab, words=..., heads=..., deps=..., pos=..., tags=..., lemmas=..., ents=...)``).

A parse is written one token a line, CoNLL-like: ``word lemma POS TAG dep head [ent]``, with
``head`` the absolute index of the head token (the root is its own head) and ``ent`` an IOB tag
(``B-GPE``, ``I-PERSON``; ``O`` when left out). The rules then see exactly the tree the test
states, whatever a statistical parser would make of the sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc

NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", "'s", "’s", "n't", "”", ")"}
NO_SPACE_AFTER = {"“", "("}


@lru_cache(maxsize=1)
def vocab():
    return spacy.blank("en").vocab


def parse(table: str) -> Doc:
    """A Doc from a token table (see the module docstring)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for n, row in enumerate(rows):
        if len(row) not in (6, 7):
            raise ValueError(f"row {n} needs word lemma POS TAG dep head [ent]: {row}")
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and words[i] not in NO_SPACE_AFTER
              for i in range(len(words))]
    return Doc(
        vocab(), words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows],
        ents=[r[6] if len(r) == 7 else "O" for r in rows],
    )
