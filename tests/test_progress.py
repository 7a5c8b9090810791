"""Progress of a build (issue 14, item 5): documents done / total, words per second and an ETA
while parsing, then one line per stage; nothing when quiet or when stderr is not a terminal."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from pipeline.build import build
from pipeline.cli import app
from pipeline.progress import BuildProgress, render_progress, render_stage

from .conftest import CORPUS


@pytest.mark.parametrize(
    ("done", "total", "words", "elapsed", "expected"),
    [
        (0, 400, 0, 0.0, "0/400 documents"),
        (100, 400, 80_000, 10.0, "100/400 documents · 8,000 words/s · ETA 0:30"),
        (1, 10_000, 500, 2.0, "1/10,000 documents · 250 words/s · ETA 5:33:18"),
        (400, 400, 320_000, 40.0, "400/400 documents · 8,000 words/s"),
        (7, None, 700, 1.0, "7 documents · 700 words/s"),
        (12, 10, 1_200, 1.0, "12 documents · 1,200 words/s"),  # a JSONL file holds many documents
    ],
)
def test_render_progress(done, total, words, elapsed, expected):
    assert render_progress(done, total, words, elapsed) == expected


@pytest.mark.parametrize(
    ("name", "seconds", "detail", "expected"),
    [
        ("resolve", 0.71, "", "  resolve       0.7 s"),
        ("graph", 12.0, "90 nodes, 120 edges", "  graph        12.0 s  90 nodes, 120 edges"),
    ],
)
def test_render_stage(name, seconds, detail, expected):
    assert render_stage(name, seconds, detail) == expected


def test_build_reports_documents_and_each_stage(settings, warm_cache, tmp_path):
    out = warm_cache(tmp_path / "out")
    stream = io.StringIO()
    with BuildProgress(10, stream=stream) as display:
        build(CORPUS, out, settings, jobs=1, progress=display.document, stage=display.stage)
    lines = [line for line in stream.getvalue().splitlines() if line.strip()]
    assert display.done == 10 and display.words > 1000
    assert [line.split()[0] for line in lines] == ["parse", "resolve", "graph", "export"]
    assert "10/10 documents" in lines[0] and "words/s" in lines[0]


@pytest.mark.parametrize("args", [[], ["--quiet"]], ids=["not-a-terminal", "quiet"])
def test_no_progress_when_quiet_or_not_a_terminal(args, warm_cache, tmp_path):
    out = warm_cache(tmp_path / "out")
    result = CliRunner().invoke(app, ["build", str(CORPUS), "--out", str(out), "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    assert "documents ·" not in result.output and "resolve" not in result.output
