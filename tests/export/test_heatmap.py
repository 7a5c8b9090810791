"""stance_matrix.png: the stance matrix drawn, deterministic, from the data of stance_matrix.csv."""

from __future__ import annotations

import io
import struct

import numpy as np
import pandas as pd
import pytest

from pipeline.export.heatmap import render_stance_heatmap, select
from pipeline.graph import EDGE_COLORS


def matrix(rows: list[dict[str, str]], issues: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["actor_id", "actor", *issues, "red_lines"]).fillna("")


def pixels(png: bytes) -> np.ndarray:
    from matplotlib.image import imread

    return (imread(io.BytesIO(png), format="png")[..., :3] * 255).round().astype(int)


def has_colour(image: np.ndarray, hex_colour: str) -> bool:
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return bool((np.abs(image - rgb).sum(axis=2) <= 3).sum() > 20)


def png_chunks(png: bytes) -> list[bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        chunks.append(png[at + 4:at + 8])
        at += 12 + length
    return chunks


SAMPLE = matrix([
    {"actor_id": "ua", "actor": "Ukraine", "territory": "oppose", "ceasefire": "support", "red_lines": "territory"},
    {"actor_id": "ru", "actor": "Russia $x^2$ \\alpha", "territory": "demand", "ceasefire": "consider", "red_lines": ""},
    {"actor_id": "us", "actor": "United States", "territory": "", "ceasefire": "propose", "red_lines": ""},
], ["ceasefire", "territory"])


def test_heatmap_colours_each_polarity_and_is_deterministic():
    png = render_stance_heatmap(SAMPLE, {"territory": "cession of territory", "ceasefire": "ceasefire"})
    assert png == render_stance_heatmap(SAMPLE, {"territory": "cession of territory", "ceasefire": "ceasefire"})
    # no Software entry, no timestamp: nothing that changes between runs
    assert b"tEXt" not in png_chunks(png) and b"tIME" not in png_chunks(png)
    image = pixels(png)
    for polarity in ("support", "oppose", "propose", "demand", "consider"):
        assert has_colour(image, EDGE_COLORS[polarity]), polarity


def test_red_lines_are_marked():
    without = SAMPLE.assign(red_lines="")
    assert render_stance_heatmap(SAMPLE) != render_stance_heatmap(without)


def test_large_matrices_keep_the_busiest_actors_and_issues():
    issues = [f"i{n:02d}" for n in range(50)]
    rows = [{"actor_id": f"a{r:03d}", "actor": f"Actor {r}", **{i: ("support" if (r + n) % (r + 2) == 0 else "")
             for n, i in enumerate(issues)}, "red_lines": ""} for r in range(120)]
    big = matrix(rows, issues)
    chosen_rows, chosen_issues = select(big, max_actors=10, max_issues=5)
    assert len(chosen_rows) == 10 and len(chosen_issues) == 5
    counts = big[issues].ne("").sum()
    assert sorted(counts[chosen_issues], reverse=True) == sorted(counts, reverse=True)[:5]
    assert render_stance_heatmap(big)[:8] == b"\x89PNG\r\n\x1a\n"


def test_empty_matrix_still_gives_a_picture():
    png = render_stance_heatmap(matrix([], []))
    assert png_chunks(png)[0] == b"IHDR"


@pytest.mark.slow
def test_corpus_heatmap_comes_from_the_stance_matrix(corpus_build):
    out, _ = corpus_build
    png = (out / "stance_matrix.png").read_bytes()
    table = pd.read_csv(out / "stance_matrix.csv", dtype=str, keep_default_na=False)
    issues = [c for c in table.columns if c not in ("actor_id", "actor", "red_lines")]
    rows, chosen = select(table)
    image = pixels(png)
    for polarity in set(rows[chosen].to_numpy().ravel()) - {""}:
        assert has_colour(image, EDGE_COLORS[polarity]), polarity
    assert issues and len(rows)


def test_background_heatmap_writes_the_same_bytes(corpus_build, tmp_path):
    """The picture drawn by a forked child is the one drawn in this process."""
    from pipeline.export.heatmap import heatmap_in_background, write_stance_heatmap

    resolved = corpus_build[1].resolved
    write_stance_heatmap(resolved, tmp_path / "here.png")
    with heatmap_in_background(resolved, tmp_path / "child.png") as heatmap:
        assert heatmap.pid is not None  # drawing in a child while this process goes on
        heatmap.write()
    assert (tmp_path / "child.png").read_bytes() == (tmp_path / "here.png").read_bytes()


def test_background_heatmap_child_stops_when_the_build_fails(corpus_build, tmp_path):
    import os

    from pipeline.export.heatmap import heatmap_in_background

    with pytest.raises(KeyboardInterrupt), heatmap_in_background(corpus_build[1].resolved, tmp_path / "x.png") as heatmap:
        pid = heatmap.pid
        raise KeyboardInterrupt
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no child left behind
    assert not (tmp_path / "x.png").exists()
