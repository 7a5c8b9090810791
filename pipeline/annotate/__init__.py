"""Stage 2, annotate (+ stage 3, extract, which runs inside it as spaCy components): one spaCy
pipeline, the base model plus this package's components, run with ``nlp.pipe`` over documents,
with a per-document cache so unchanged documents are never parsed twice.

- :mod:`.model`: which spaCy model to load, and the pipeline built on it.
- :mod:`.cache`: the per-document cache and the fingerprint that keys it.
- :mod:`.chunks`: long texts cut in chunks, and their records joined again.
- :mod:`.stream`: the engine shared by the backends: cache lookups, batches, results in order.
- :mod:`.runners`: parsing batches here or in worker processes; :func:`annotate`, the local
  backend (the Dask one is :mod:`pipeline.distributed`).
"""

# the names build.py, bench.py, distributed.py and the tests use, re-exported
from .cache import CACHE_FORMAT, CODE_GLOBS, Cache, code_fingerprint, pipeline_fingerprint  # noqa: F401
from .chunks import merge_chunks, split_chunks  # noqa: F401
from .model import OUR_PIPES, ModelError, build_nlp, choose_model, model_meta  # noqa: F401
from .runners import LocalRunner, annotate, annotate_items, count_words, release_memory  # noqa: F401
from .stream import Batch, Item, Outcome, stream_annotations  # noqa: F401
