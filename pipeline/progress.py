"""What the build shows while it runs: documents done / total, words per second, an ETA, then
one line per stage after the parse (resolve, graph, export, with their times).

The text is made by pure functions (``render_progress``, ``render_stage``), tested without a
terminal; ``BuildProgress`` only draws it with rich on stderr. The CLI creates one only when
stderr is a terminal and ``--quiet`` is not given, so logs and pipes stay clean.
"""

from __future__ import annotations

import time
from typing import Any, TextIO

from .records import Document


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def render_progress(done: int, total: int | None, words: int, elapsed: float) -> str:
    """``"120/400 documents · 8,210 words/s · ETA 0:35"``: the ETA from the documents' rate
    so far; neither rate nor ETA before the first document is done."""
    if total and done > total:
        total = None  # the total counted files, and a JSONL file holds many documents
    count = f"{done:,}/{total:,} documents" if total else f"{done:,} documents"
    if done == 0 or elapsed <= 0:
        return count
    parts = [count, f"{words / elapsed:,.0f} words/s"]
    if total and total > done:
        parts.append(f"ETA {_clock(elapsed / done * (total - done))}")
    return " · ".join(parts)


def render_stage(name: str, seconds: float, detail: str = "") -> str:
    """One stage's line: ``"  resolve      0.7 s"``, with an optional detail after it."""
    line = f"  {name:<8} {seconds:8.1f} s"
    return f"{line}  {detail}" if detail else line


class BuildProgress:
    """The live display of one build: a bar over the documents while they are parsed, then a
    line per stage. ``document`` and ``stage`` are the callbacks that ``build`` takes."""

    def __init__(self, total: int | None, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn

        self.total = total
        self.done = 0
        self.words = 0
        self.start = time.perf_counter()
        self.console = Console(file=stream, stderr=stream is None)
        self.bar: Any = Progress(TextColumn("parse"), BarColumn(), TextColumn("{task.description}"),
                                 console=self.console, transient=True)
        self.task = self.bar.add_task(render_progress(0, total, 0, 0.0), total=total)
        self.live = False

    def __enter__(self) -> BuildProgress:
        self.bar.start()
        self.live = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self.live:
            self.bar.stop()
            self.live = False

    def document(self, doc: Document) -> None:
        self.done += 1
        self.words += doc.words
        text = render_progress(self.done, self.total, self.words, time.perf_counter() - self.start)
        self.bar.update(self.task, completed=self.done, description=text)

    def stage(self, name: str, seconds: float, detail: str = "") -> None:
        """A stage has ended: the first one (the parse) takes the bar's place."""
        self.stop()
        if name == "parse":
            detail = detail or render_progress(self.done, self.total, self.words, seconds)
        self.console.print(render_stage(name, seconds, detail), highlight=False, soft_wrap=True)
