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

import io
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..graph import own_positions, prevailing
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


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "|".join(str(v) for v in value)
    if value is None:
        return ""
    return neutralise(value)


def write_csv(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Write rows as CSV with exactly ``columns`` (in that order), atomically."""
    frame = pd.DataFrame([{c: _cell(r.get(c, "")) for c in columns} for r in rows], columns=list(columns))
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    write_text_atomic(path, buffer.getvalue())


def document_rows(resolved: Resolved) -> list[dict[str, Any]]:
    """documents.csv rows; a duplicate belongs to the negotiation of the text it repeats."""
    negotiation_of = resolved.negotiation_of()
    rows = []
    for d in resolved.documents:
        row = d._asdict()
        if d.duplicate_of and not row["error"]:
            row["error"] = f"duplicate of {d.duplicate_of}: evidence counted once"
        row["negotiation_id"] = negotiation_of.get(d.duplicate_of or d.doc_id, "")
        rows.append(row)
    return rows


def stance_matrix(resolved: Resolved) -> pd.DataFrame:
    """Actors x issues, each cell the actor's prevailing own stance (empty when none)."""
    positions = own_positions(resolved.stances)
    red = {(s.actor_id, s.issue_id) for s in resolved.stances if s.red_line and not s.claimed_by}
    actors = sorted({a for a, _ in positions})
    issues = sorted({i for _, i in positions})
    names = {a.actor_id: a.name for a in resolved.actors}
    data = []
    for actor in actors:
        row: dict[str, Any] = {"actor_id": actor, "actor": names.get(actor, actor)}
        for issue in issues:
            counter = positions.get((actor, issue))
            row[issue] = prevailing(counter) if counter else ""
        row["red_lines"] = "|".join(i for i in issues if (actor, i) in red)
        data.append(row)
    return pd.DataFrame(data, columns=["actor_id", "actor", *issues, "red_lines"])


def write_tables(resolved: Resolved, out: Path, matrix: pd.DataFrame | None = None) -> dict[str, int]:
    """Write documents, actors, quotes, stances, issues and the stance matrix; return row counts.

    ``matrix`` is ``stance_matrix(resolved)`` when the caller has it already (the heatmap needs it
    too): on a large corpus it is the costliest table to make."""
    out = Path(out)
    write_csv(out / "documents.csv", document_rows(resolved), DOCUMENT_COLUMNS)
    write_csv(out / "actors.csv", [a._asdict() for a in resolved.actors], ACTOR_COLUMNS)
    write_csv(out / "quotes.csv", [q._asdict() for q in resolved.quotes], QUOTE_COLUMNS)
    write_csv(out / "stances.csv", [s._asdict() for s in resolved.stances], STANCE_COLUMNS)
    write_csv(out / "issues.csv", [i._asdict() for i in (*resolved.issues, *resolved.categories)], ISSUE_COLUMNS)
    write_csv(out / "negotiations.csv", [n._asdict() for n in resolved.negotiations], NEGOTIATION_COLUMNS)
    matrix = stance_matrix(resolved) if matrix is None else matrix
    safe = matrix.rename(columns=neutralise)
    for column in safe.columns:
        safe[column] = safe[column].map(neutralise)
    buffer = io.StringIO()
    safe.to_csv(buffer, index=False, lineterminator="\n")
    write_text_atomic(out / "stance_matrix.csv", buffer.getvalue())
    return {
        "documents": len(resolved.documents), "actors": len(resolved.actors), "quotes": len(resolved.quotes),
        "stances": len(resolved.stances), "issues": len(resolved.issues), "matrix_actors": len(matrix),
        "negotiations": len(resolved.negotiations), "categories": len(resolved.categories),
    }


def write_report(path: Path, report: dict[str, Any]) -> None:
    """run_report.json: counts, timings, versions and skipped inputs (timings only here)."""
    write_atomic(path, lambda h: h.write((json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()))

