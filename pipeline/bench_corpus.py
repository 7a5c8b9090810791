"""The benchmark corpus: real articles replicated to N documents, each copy marked so it differs.

Sources: the bundled corpus (``corpus/*.txt``, the dev articles) and, when the shared data is
present beside the repository, the Wikinews CSVs (``../shared/wikinews/*.csv``, CC BY 2.5,
Wikinews contributors). Every copy ends with a marker paragraph naming its copy number, so no
two texts are equal: ingest flags equal texts as duplicates and skips them, and the cache would
serve them for free, which is not what a benchmark of N documents should measure.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .config import PACKAGE_ROOT
from .ingest import split_header

DEFAULT_WIKINEWS = PACKAGE_ROOT.parent / "shared" / "wikinews"


@dataclass(frozen=True)
class Article:
    """One source article: header values and body text."""

    name: str
    title: str
    source: str
    date: str
    licence: str
    body: str


def source_articles(corpus: Path, wikinews: Path | None) -> tuple[list[Article], list[str]]:
    """The articles to replicate, and a line naming each source used."""
    articles: list[Article] = []
    for path in sorted(Path(corpus).glob("*.txt")):
        meta, body = split_header(path.read_text(encoding="utf-8"))
        if body.strip():
            articles.append(Article(path.stem, meta.get("title", ""), meta.get("source", ""), meta.get("date", ""),
                                    meta.get("licence", ""), body.strip()))
    used = [f"{len(articles)} articles of {corpus}"]
    if wikinews is not None and wikinews.is_dir():
        csv.field_size_limit(sys.maxsize)
        for path in sorted(wikinews.glob("*.csv")):
            count = 0
            with path.open(encoding="utf-8", newline="") as handle:
                for i, row in enumerate(csv.DictReader(handle)):
                    body = (row.get("text") or "").strip()
                    if not body:
                        continue
                    articles.append(Article(f"{path.stem}_{i:04d}", (row.get("title") or "").strip(),
                                            (row.get("url") or "").strip(), (row.get("date") or "").strip(),
                                            "CC BY 2.5 (Wikinews contributors)", body))
                    count += 1
            used.append(f"{count} articles of {path}")
    return articles, used


def marker(article: Article, copy: int) -> str:
    """The paragraph that makes copy ``copy`` of an article a text of its own (the article's
    name is in it too: a source may hold the same text twice)."""
    return f"Benchmark copy {copy} of {article.name}."


def render(article: Article, copy: int) -> str:
    header = [f"title: {article.title}"] if article.title else []
    header += [f"{key}: {value}" for key, value in
               (("source", article.source), ("date", article.date), ("licence", article.licence)) if value]
    # after the first paragraph: a marker at the end would go with a "Sources:" trailer that
    # ingest drops, one at the start would stand in for a dateline or a title
    first, sep, rest = article.body.partition("\n\n" if "\n\n" in article.body else "\n")
    body = f"{first}\n\n{marker(article, copy)}\n\n{rest}" if sep else f"{first}\n\n{marker(article, copy)}"
    return "\n".join(header) + "\n\n" + body + "\n"


def relpath(article: Article, copy: int) -> str:
    return f"copy{copy:04d}/{article.name}.txt"


def make_corpus(target: Path, n_docs: int, corpus: Path, wikinews: Path | None) -> tuple[list[Path], list[str]]:
    """Write ``n_docs`` documents into ``target`` (reused when already complete).

    Returns:
        The files written, in corpus order, and a line per source used.
    """
    articles, used = source_articles(corpus, wikinews)
    if not articles:
        raise ValueError(f"no articles to replicate in {corpus}")
    plan = [(articles[i % len(articles)], i // len(articles)) for i in range(n_docs)]
    digest = hashlib.sha256()
    for article, copy in plan:
        digest.update(f"{relpath(article, copy)}\x00{hashlib.sha256(article.body.encode()).hexdigest()}\n".encode())
    manifest = {"documents": n_docs, "digest": digest.hexdigest(), "sources": used}
    stamp = target / ".manifest.json"
    files = [target / relpath(article, copy) for article, copy in plan]
    if stamp.exists() and json.loads(stamp.read_text()) == manifest:
        # reuse, but put back files a previous run revised (the 1%-changed step)
        for (article, copy), path in zip(plan, files):
            text = render(article, copy)
            if not path.exists() or path.stat().st_size != len(text.encode("utf-8")) or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        return files, used
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for (article, copy), path in zip(plan, files):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(article, copy), encoding="utf-8")
    stamp.write_text(json.dumps(manifest, indent=1))
    return files, used


def revise(files: list[Path], share: float) -> list[Path]:
    """Change the text of ``share`` of ``files`` (every k-th one, so the choice is stable)."""
    count = max(1, round(len(files) * share))
    step = max(1, len(files) // count)
    chosen = files[::step][:count]
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        start = text.index("\n\nBenchmark copy ") + 2
        end = text.index(".", start)
        path.write_text(f"{text[:end]}, revised{text[end:]}", encoding="utf-8")
    return chosen
