"""``stance_matrix.png``: the stance matrix as a picture, for analysts who would rather look.

Actors down, issues across, each cell coloured by the actor's prevailing stance (the same
data as ``stance_matrix.csv``), red lines outlined in black and marked ``!``. Large corpora
are cut to the actors and issues with the most stances, and the caption says so.

Drawn with matplotlib's Agg canvas (no display, no pyplot state). Names are drawn as plain
text (``parse_math=False``: a ``$`` in an actor's name is not TeX) and the PNG carries no
``Software`` entry or timestamp, so the same corpus gives the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..graph import EDGE_COLORS
from ..records import POLARITIES, Resolved
from .atomic import write_atomic
from .forked import Forked
from .tables import StanceMatrix, stance_matrix

EMPTY = "#f2f2f2"
RED_LINE_EDGE = "#000000"
MAX_ACTORS = 60
MAX_ISSUES = 40
_LABEL_CHARS = 42


def write_stance_heatmap(resolved: Resolved, path: Path, matrix: StanceMatrix | None = None) -> None:
    """Write ``stance_matrix.png`` for ``resolved`` (the data of ``stance_matrix.csv``, given as
    ``matrix`` when the caller has it already).

    Only the part of the matrix that can be drawn becomes a DataFrame: the ``MAX_ISSUES``
    columns held by the most actors and the actors holding a position on one of them; the
    caption still counts the whole matrix.
    """
    png = _render(_drawing(resolved, matrix))
    write_atomic(Path(path), lambda handle: handle.write(png))


def _drawing(resolved: Resolved, matrix: StanceMatrix | None) -> tuple[pd.DataFrame, dict[str, str], tuple[int, int]]:
    """The arguments of ``render_stance_heatmap`` for ``resolved``: the part of the matrix drawn,
    the issues' labels and the whole matrix's size."""
    matrix = stance_matrix(resolved) if matrix is None else matrix
    columns = set(matrix.issues)
    held: dict[str, int] = {}
    for cells in matrix.cells.values():
        for issue in cells:
            if issue in columns:
                held[issue] = held.get(issue, 0) + 1
    chosen = set(sorted(held, key=lambda i: (-held[i], i))[:MAX_ISSUES])
    drawn = matrix._replace(actors=[a for a in matrix.actors if chosen.intersection(matrix.cells.get(a, ()))])
    labels = {issue.issue_id: issue.label for issue in resolved.issues}
    return drawn.frame(sorted(chosen)), labels, (len(matrix.actors), len(matrix.issues))


def preload() -> None:
    """Import what drawing the heatmap needs (about half a second): the build calls it in a
    thread while its worker processes parse, so the child that draws (:class:`BackgroundHeatmap`,
    forked later) finds matplotlib imported and only draws."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.colors  # noqa: F401
    import matplotlib.figure  # noqa: F401
    import matplotlib.patches  # noqa: F401


def _render(drawing: tuple[pd.DataFrame, dict[str, str], tuple[int, int]]) -> bytes:
    frame, labels, totals = drawing
    return render_stance_heatmap(frame, labels, totals=totals)


class BackgroundHeatmap:
    """``stance_matrix.png`` drawn by a forked child process while this one goes on.

    Importing matplotlib and drawing take about a second, as long as the rest of a small
    build's cross-document stages; the child draws on another core (:mod:`.forked`) and
    :meth:`write` writes its bytes (atomically, in this process, so the file joins the build's
    output set). The bytes are those ``write_stance_heatmap`` writes.
    """

    def __init__(self, resolved: Resolved, path: Path, matrix: StanceMatrix | None = None) -> None:
        self.path = Path(path)
        self.job = Forked(_render, _drawing(resolved, matrix))

    @property
    def pid(self) -> int | None:
        return self.job.pid

    def write(self) -> None:
        png = self.job.result()
        write_atomic(self.path, lambda handle: handle.write(png))

    def cancel(self) -> None:
        self.job.cancel()


@contextlib.contextmanager
def heatmap_in_background(resolved: Resolved, path: Path, matrix: StanceMatrix | None = None) -> Iterator[BackgroundHeatmap]:
    """A :class:`BackgroundHeatmap` whose child is stopped if the block raises before ``write``."""
    heatmap = BackgroundHeatmap(resolved, path, matrix)
    try:
        yield heatmap
    finally:
        heatmap.cancel()


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1].rstrip() + "…"


def select(matrix: pd.DataFrame, max_actors: int = MAX_ACTORS, max_issues: int = MAX_ISSUES) -> tuple[pd.DataFrame, list[str]]:
    """The rows and issue columns to draw: those with the most stances, at most the limits.

    Returns the selected rows (in drawing order) and the issue columns (in drawing order).
    """
    issues = [c for c in matrix.columns if c not in ("actor_id", "actor", "red_lines")]
    if matrix.empty or not issues:
        return matrix.iloc[0:0], []
    filled = matrix[issues].astype(str).ne("")
    issue_counts = filled.sum(axis=0)
    chosen = sorted(issues, key=lambda i: (-int(issue_counts[i]), i))[:max_issues]
    row_counts = filled[chosen].sum(axis=1)
    counts, names, ids = row_counts.tolist(), matrix["actor"].tolist(), matrix["actor_id"].tolist()  # read once, not per row
    order = sorted(range(len(matrix)), key=lambda r: (-int(counts[r]), str(names[r]).lower(), str(ids[r])))
    rows = [r for r in order if counts[r] > 0][:max_actors]
    return matrix.iloc[rows], chosen


def render_stance_heatmap(matrix: pd.DataFrame, issue_labels: dict[str, str] | None = None,
                          max_actors: int = MAX_ACTORS, max_issues: int = MAX_ISSUES,
                          totals: tuple[int, int] | None = None) -> bytes:
    """The PNG bytes of the heatmap of ``matrix`` (a DataFrame of ``stance_matrix.csv``'s columns).

    ``totals`` (actors, issues) are the whole matrix's sizes for the caption when ``matrix`` is
    a part of it; by default they are counted in ``matrix``."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch, Rectangle

    issue_labels = issue_labels or {}
    rows, issues = select(matrix, max_actors, max_issues)
    n_rows, n_cols = len(rows), len(issues)
    if totals is not None:
        total_actors, total_issues = totals
    else:
        total_actors = int(matrix[[c for c in matrix.columns if c not in ("actor_id", "actor", "red_lines")]].astype(str).ne("").any(axis=1).sum()) if n_cols else 0
        total_issues = len([c for c in matrix.columns if c not in ("actor_id", "actor", "red_lines")])

    width = 4.0 + 0.34 * max(n_cols, 4)
    height = 3.2 + 0.3 * max(n_rows, 2)
    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    if not n_rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No stances found in this corpus", ha="center", va="center", fontsize=12)
    else:
        from matplotlib.colors import ListedColormap

        # one mesh for all cells (codes index the colour list; 0 is "no stance")
        palette = [EMPTY, *(EDGE_COLORS[p] for p in POLARITIES)]
        code = {p: i + 1 for i, p in enumerate(POLARITIES)}
        # each column read once as a list: a cell at a time through pandas cost a tenth of the drawing
        columns = [rows[issue].tolist() for issue in issues]
        cells = [[code.get(str(column[r]), 0) for column in columns] for r in range(n_rows)]
        ax.pcolormesh(range(n_cols + 1), range(n_rows + 1), cells, cmap=ListedColormap(palette), vmin=-0.5,
                      vmax=len(palette) - 0.5, edgecolors="white", linewidth=0.8)
        red_lines = rows["red_lines"].tolist() if "red_lines" in rows else None
        for r in range(n_rows):
            red = set(str(red_lines[r]).split("|")) if red_lines is not None else set()
            for c, issue in enumerate(issues):
                if issue in red:
                    ax.add_patch(Rectangle((c + 0.06, r + 0.06), 0.88, 0.88, facecolor="none", edgecolor=RED_LINE_EDGE,
                                           linewidth=2.4, zorder=3))
                    ax.text(c + 0.5, r + 0.55, "!", ha="center", va="center", fontsize=11, fontweight="bold",
                            color="white", zorder=4, parse_math=False)
        ax.set_xlim(0, n_cols)
        ax.set_ylim(n_rows, 0)
        ax.set_xticks([c + 0.5 for c in range(n_cols)])
        ax.set_xticklabels([_short(issue_labels.get(i, i)) for i in issues], rotation=55, ha="right",
                           rotation_mode="anchor", fontsize=8, parse_math=False)
        ax.set_yticks([r + 0.5 for r in range(n_rows)])
        ax.set_yticklabels([_short(a) for a in rows["actor"]], fontsize=8, parse_math=False)
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        ax.set_aspect("equal")
        handles = [Patch(facecolor=EDGE_COLORS[p], label=p) for p in POLARITIES]
        handles.append(Patch(facecolor="white", edgecolor=RED_LINE_EDGE, linewidth=2.4, label="red line (!)"))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False,
                  title="prevailing stance", title_fontsize=8)
    caption = "Stances: actors x issues"
    if n_rows and (n_rows < total_actors or n_cols < total_issues):
        caption += f" (the {n_rows} of {total_actors} actors and {n_cols} of {total_issues} issues with most stances)"
    ax.set_title(caption, fontsize=10, loc="left", parse_math=False)

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        # names in scripts DejaVu Sans lacks are drawn as boxes: not worth a warning per glyph
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight", facecolor="white",
                    metadata={"Software": None})
    return buffer.getvalue()
