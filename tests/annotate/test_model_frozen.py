"""``build_nlp`` leaves the model's and the lexicons' objects frozen out of the garbage
collector's sight: they live as long as the process, and a full collection during the parse
would otherwise walk them every time (``gc.freeze``)."""

from __future__ import annotations

import gc


def test_the_loaded_pipeline_is_frozen(nlp) -> None:
    assert gc.get_freeze_count() > 50_000


def test_a_frozen_pipeline_still_reads_a_sentence(nlp) -> None:
    doc = nlp("The union said it would never accept the pay cut.")
    assert [t.text for t in doc][:2] == ["The", "union"]
    assert doc.has_annotation("DEP")
