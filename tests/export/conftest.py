"""Fixtures for the export tests: small graphs built by hand, a build of a hostile corpus, and a
headless Debian Chromium with the network cut off (the build of the fixture corpus,
``corpus_build``, is in ``tests/conftest.py``)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import networkx as nx
import pytest

from ..conftest import ROOT

# Debian's chromium tries Google hosts at start-up unless told not to (this network is closed)
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
    # no network at all: every host resolves to nothing and every proxy lookup to a dead port
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

HOSTILE_TITLE = 'Ceasefire talks <script>alert(1)</script> "><img src=x onerror=alert(1)>'
HOSTILE_ARTICLE = f"""title: {HOSTILE_TITLE}
source: https://example.org/news?id=<b>1</b>
date: 2024-05-01

Ukrainian President Volodymyr Zelensky rejected the proposal on Monday. "We will never accept the recognition of occupied territories <script>alert(1)</script> and "><img src=x onerror=alert(1)> is our answer," Zelensky said.

Russian President Vladimir Putin said Russia demands the recognition of occupied territories <script>alert(1)</script>.
"""


def small_graph() -> nx.MultiDiGraph:
    """A hand-made graph with every trap: parallel evidence, several relations on one pair, a red
    line, lists, missing values, mixed numbers and characters XML cannot carry."""
    g = nx.MultiDiGraph(name="negotiation-graph")
    g.add_node("actor:a", kind="actor", label="Alpha", actor_type="PERSON", role="envoy", aliases="Al|A.",
               mentions=3, doc_ids="d1|d2", doc_count=2, color="#1f77b4", date="2024-01-02")
    g.add_node("actor:b", kind="actor", label="Beta\x0b State", actor_type="GPE", role="", aliases="",
               mentions=2, doc_ids="d1", doc_count=1, color="#9467bd", date="")
    g.add_node("issue:x", kind="issue", label="Ex <territory> & co", category=None, aliases=["x", "ex"],
               doc_ids="d1", doc_count=1, color="#ff7f0e", date="2024-01-02", n_stances=2.5)
    g.add_node("redline:a:x", kind="red_line", label="Red line: Ex", actor="Alpha", doc_ids="d1", doc_count=1,
               color="#d62728", date="2024-01-02")
    g.add_node("doc:d1", kind="document", label="Talks, day one", source="https://example.org/1", date="2024-01-02",
               doc_ids="d1", doc_count=1, color="#bcbd22", n_stances=1)
    stance = dict(relation="stance", condition="", cue="reject", quote="", speaker="", claimed=False, hedged=False,
                  claimed_by="", quote_id="")
    g.add_edge("actor:a", "issue:x", key="stance:s1", polarity="oppose", red_line=True, evidence="Alpha will never cede Ex.",
               doc_ids="d1", date="2024-01-02", stance_id="s1", **stance)
    g.add_edge("actor:a", "issue:x", key="stance:s2", polarity="oppose", red_line=False, evidence="Alpha rejects Ex.",
               doc_ids="d2", date="2024-01-05", stance_id="s2", **stance)
    g.add_edge("actor:a", "issue:x", key="stance:s3", polarity="support", red_line=False, evidence="Alpha may accept Ex.",
               doc_ids="d2", date="2024-01-05", stance_id="s3", **stance)
    g.add_edge("actor:a", "redline:a:x", key="red_line:s1", relation="red_line", polarity="oppose", red_line=True,
               evidence="Alpha will never cede Ex.", doc_ids="d1", date="2024-01-02")
    g.add_edge("redline:a:x", "issue:x", key="red_line_on:s1", relation="red_line", polarity="oppose", red_line=True,
               evidence="Alpha will never cede Ex.", doc_ids="d1", date="2024-01-02")
    g.add_edge("actor:a", "actor:b", key="speaks_for:a", relation="speaks_for", doc_ids="d1|d2", evidence="envoy")
    g.add_edge("actor:a", "actor:b", key="aligned:a:b", relation="aligned", weight=2, issues="Ex|Why", evidence="Ex; Why")
    g.add_edge("actor:a", "actor:b", key="opposed:a:b", relation="opposed", weight=1, issues="Zed", evidence="Zed")
    g.add_edge("actor:b", "actor:a", key="opposed:b:a", relation="opposed", weight=1, issues="Zed", evidence="Zed")
    g.add_edge("issue:x", "doc:d1", key="mention", relation="reported_in", doc_ids="d1", date="2024-01-02")
    return g


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory, settings):
    """A one-article corpus whose title and quotations carry HTML and script."""
    from pipeline.build import build

    root = tmp_path_factory.mktemp("hostile")
    (root / "corpus").mkdir()
    (root / "corpus" / "hostile.txt").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    result = build(root / "corpus", root / "out", settings, jobs=1, use_cache=False)
    assert result.exit_code == 0
    return root / "out", result


def chromium_executable() -> str | None:
    """``$CHROMIUM`` when set (and only it), else Debian's chromium; None when not executable."""
    configured = os.environ.get("CHROMIUM")
    candidates = [configured] if configured else [shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def _missing(reason: str):
    # CI must prove the page works in a browser: a missing one fails the run instead of skipping
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests may not skip)", pytrace=False)
    pytest.skip(reason)


class Browser:
    """A Chromium context whose every non-local request is refused and recorded, with the
    console errors, uncaught exceptions and dialogs of its pages."""

    def __init__(self, context):
        self.context = context
        self.refused: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.refused.append(url)
            route.abort("internetdisconnected")

    def open(self, path: Path, width: int = 1400, height: int = 900):
        page = self.context.new_page()
        page.set_viewport_size({"width": width, "height": height})
        page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: self.requests.append(r.url))
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.ngDrawn === true", timeout=30_000)
        return page

    def network_requests(self) -> list[str]:
        """Every request that was not for a local file (refused ones included)."""
        return sorted({u for u in self.requests if not u.startswith(LOCAL_SCHEMES)} | set(self.refused))


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium, fresh profile, no network (see CHROMIUM_FLAGS)."""
    executable = chromium_executable()
    if executable is None:
        _missing(f"no Chromium at {os.environ.get('CHROMIUM') or 'chromium (PATH) or /usr/bin/chromium'}: Debian's chromium is not "
                 "installed (`make test` installs it with apt-get when it can, as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the python package playwright is not installed (pip install -e '.[test]')")
    profile = tempfile.mkdtemp(prefix="ng-chromium-")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_FLAGS, service_workers="block",
            viewport={"width": 1400, "height": 900}, locale="en-US", timezone_id="UTC",
        )
        try:
            yield Browser(context)
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """outputs/ of the checkout (git-ignored): where the page's screenshot lands for the README."""
    out = ROOT / "outputs"
    out.mkdir(exist_ok=True)
    return out
