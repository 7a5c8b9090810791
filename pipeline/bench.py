"""`make bench`: time a build of a corpus and print words per second.

Usage: python -m pipeline.bench [--corpus corpus] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from .build import build
from .config import load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    settings = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = build(args.corpus, Path(tmp), settings, jobs=args.jobs, use_cache=False)
        elapsed = time.perf_counter() - start
    words = result.report["counts"]["words"]
    print(json.dumps({"documents": result.documents, "words": words, "seconds": round(elapsed, 2),
                      "words_per_second": round(words / elapsed, 1), "timings_s": result.report["timings_s"]}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
