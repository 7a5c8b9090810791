"""CSV tables (through pandas) and the run report.

CSV files are UTF-8 with a header row and "\\n" line ends; multi-valued cells join values with
``|``; booleans are ``true``/``false``.

Spreadsheet safety (CSV injection): a text cell that Excel, LibreOffice or Google Sheets would run
as a formula gets a leading apostrophe, so opening a table cannot execute article text. That is
a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a line break (after any leading
spaces), or with their full-width forms, unless the whole cell is a plain number such as
``-5`` or ``+3.5%``. Every text column is treated alike (ids too), so the tables still join on
``doc_id``; pandas users see the apostrophe and can strip it with
``df[col].str.removeprefix("'")``. Numbers and booleans are never changed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

import pandas as pd

from ..positions import prevailing_own
from ..records import (
    ACTOR_COLUMNS,
    DOCUMENT_COLUMNS,
    ISSUE_COLUMNS,
    NEGOTIATION_COLUMNS,
    QUOTE_COLUMNS,
    STANCE_COLUMNS,
    Resolved,
)
from .atomic import write_atomic, write_text_atomic

# a formula trigger after optional spaces (spreadsheets trim them), full-width forms included
_FORMULA = re.compile("^[ \u00a0]*[=+@\\-\t\r\n\uff1d\uff0b\uff0d\uff20]")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d[\d,]*(\.\d+)?|\.\d+)%?$")


def neutralise(value: Any) -> Any:
    """Make a text cell safe for spreadsheets (see module docstring), and for CSV readers: a lone
    carriage return, which the writer would not quote, becomes a line feed."""
    if not isinstance(value, str):
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _FORMULA.match(value) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The text :func:`neutralise` made safe, for showing it (``show``): the apostrophe it put
    before a formula trigger taken off. A cell that began with an apostrophe and a trigger in the
    article itself is shown without its apostrophe too: the table cannot tell them apart."""
    if value.startswith("'") and _FORMULA.match(value[1:]) and not _PLAIN_NUMBER.match(value[1:]):
        return value[1:]
    return value


# the characters a cell _FORMULA matches can start with: a text starting otherwise, without a
# carriage return, is written as it is (most cells; the regular expressions are not run on them)
_FORMULA_START = frozenset(" \u00a0=+@-\t\r\n\uff1d\uff0b\uff0d\uff20")


def _cell(value: Any) -> Any:
    if type(value) is str and (not value or value[0] not in _FORMULA_START) and "\r" not in value:
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "|".join(str(v) for v in value)
    if value is None:
        return ""
    return neutralise(value)


def write_rows(path: Path, header: Iterable[Any], rows: Iterable[Iterable[Any]]) -> None:
    """Stream a header and rows of finished cells into a CSV file, atomically: one row in memory
    at a time. The bytes are those of ``pandas.DataFrame.to_csv(index=False, lineterminator="\\n")``
    (minimal quoting, doubled quotes, UTF-8)."""

    def writer(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=False)
        out = csv.writer(text, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        out.writerow(header)
        out.writerows(rows)
        text.flush()
        text.detach()

    write_atomic(path, writer)


def write_csv(path: Path, rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Write rows as CSV with exactly ``columns`` (in that order), atomically and streamed."""
    write_rows(path, columns, ([_cell(r.get(c, "")) for c in columns] for r in rows))


def document_rows(resolved: Resolved) -> Iterator[dict[str, Any]]:
    """documents.csv rows, one at a time (an archive's as a list were a dict per document at
    once); a duplicate belongs to the negotiation of the text it repeats."""
    negotiation_of = resolved.negotiation_of()
    for d in resolved.documents:
        row = d._asdict()
        if d.duplicate_of:  # after any warning of its own (an invalid date)
            row["error"] = "; ".join(filter(None, (row["error"], f"duplicate of {d.duplicate_of}: evidence counted once")))
        row["negotiation_id"] = negotiation_of.get(d.duplicate_of or d.doc_id, "")
        yield row


class StanceMatrix(NamedTuple):
    """The stance matrix, kept sparse: only the cells that hold a stance.

    ``issues`` are the matrix's columns: every issue some actor holds a position on, or, when
    ``actors x issues`` would exceed the cell limit, the issues held by the most actors (as many
    as fit; ``total_issues`` counts them all), and ``cells`` then the kept columns' cells only. ``red`` lists each actor's own red-line issues
    among all the issues with positions, whether their column is kept or not.
    """

    actors: list[str]
    names: dict[str, str]
    issues: list[str]
    cells: dict[str, dict[str, str]]
    red: dict[str, list[str]]
    total_issues: int

    def dense_rows(self) -> Iterable[list[str]]:
        """The CSV rows, one at a time: actor_id, actor, a cell per issue column, red_lines."""
        column = {issue: k for k, issue in enumerate(self.issues)}
        for actor in self.actors:
            row = [""] * len(self.issues)
            for issue, polarity in self.cells.get(actor, {}).items():
                k = column.get(issue)
                if k is not None:
                    row[k] = polarity
            yield [actor, self.names.get(actor, actor), *row, "|".join(self.red.get(actor, ()))]

    def frame(self, issues: list[str] | None = None) -> pd.DataFrame:
        """A DataFrame of the matrix (``issues``: only those columns, default all kept ones)."""
        keep = self.issues if issues is None else issues
        narrow = self._replace(issues=keep)
        return pd.DataFrame(list(narrow.dense_rows()), columns=["actor_id", "actor", *keep, "red_lines"])


def stance_matrix(resolved: Resolved, max_cells: int = 0) -> StanceMatrix:
    """Actors x issues, each cell the actor's prevailing own stance (empty when none).

    ``max_cells`` (0: no limit) bounds ``actors x issues``: above it only the issues held by
    the most actors are columns (ties by id), so the table grows with the actors, not with the
    square of the corpus.
    """
    cells = prevailing_own(resolved.stances)
    holders: dict[str, int] = {}
    for held in cells.values():
        for issue in held:
            holders[issue] = holders.get(issue, 0) + 1
    actors = sorted(cells)
    issues = sorted(holders)
    red_pairs = {(s.actor_id, s.issue_id) for s in resolved.stances if s.red_line and not s.claimed_by}
    red: dict[str, list[str]] = {}
    for actor, issue in red_pairs:
        if issue in holders and actor in cells:
            red.setdefault(actor, []).append(issue)
    for listed in red.values():
        listed.sort()
    kept = issues
    if max_cells and actors and len(actors) * len(issues) > max_cells:
        room = max(1, max_cells // len(actors))
        kept = sorted(sorted(issues, key=lambda i: (-holders[i], i))[:room])
        # only the kept columns' cells are read (the table, the heatmap): an archive's others,
        # every actor's position on each of tens of thousands of issues, are let go
        columns = set(kept)
        for actor in actors:
            held = cells[actor]
            cells[actor] = {issue: polarity for issue, polarity in held.items() if issue in columns}
    names = {a.actor_id: a.name for a in resolved.actors}
    return StanceMatrix(actors, names, kept, cells, red, len(issues))


def write_tables(resolved: Resolved, out: Path, matrix: StanceMatrix | None = None) -> dict[str, int]:
    """Write documents, actors, quotes, stances, issues and the stance matrix; return row counts.

    ``matrix`` is ``stance_matrix(resolved, ...)`` when the caller has it already (the heatmap
    needs it too)."""
    out = Path(out)
    write_csv(out / "documents.csv", document_rows(resolved), DOCUMENT_COLUMNS)
    write_csv(out / "actors.csv", (a._asdict() for a in resolved.actors), ACTOR_COLUMNS)
    write_csv(out / "quotes.csv", (q._asdict() for q in resolved.quotes), QUOTE_COLUMNS)
    write_csv(out / "stances.csv", (s._asdict() for s in resolved.stances), STANCE_COLUMNS)
    write_csv(out / "issues.csv", (i._asdict() for i in (*resolved.issues, *resolved.categories)), ISSUE_COLUMNS)
    write_csv(out / "negotiations.csv", (n._asdict() for n in resolved.negotiations), NEGOTIATION_COLUMNS)
    matrix = stance_matrix(resolved) if matrix is None else matrix
    header = [neutralise(c) for c in ("actor_id", "actor", *matrix.issues, "red_lines")]
    # the cells between are polarity words, which never need neutralising
    rows = ([neutralise(row[0]), neutralise(row[1]), *row[2:-1], neutralise(row[-1])] for row in matrix.dense_rows())
    write_rows(out / "stance_matrix.csv", header, rows)
    return {
        "documents": len(resolved.documents), "actors": len(resolved.actors), "quotes": len(resolved.quotes),
        "stances": len(resolved.stances), "issues": len(resolved.issues), "matrix_actors": len(matrix.actors),
        "matrix_issues": len(matrix.issues), "negotiations": len(resolved.negotiations),
        "categories": len(resolved.categories),
    }


def write_report(path: Path, report: dict[str, Any]) -> None:
    """run_report.json: counts, timings, versions and skipped inputs (timings only here)."""
    write_atomic(path, lambda h: h.write((json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()))

