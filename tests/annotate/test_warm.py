"""The warm-up of ``annotate(warm=...)``: run in a thread once the worker pool starts (never
without a pool), joined before the runner closes, a failure only logged."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from pipeline.annotate import runners
from pipeline.config import load_settings


class _Pool:
    """A stand-in for the process pool: each batch done at once (no worker processes)."""

    def __init__(self, *args, **kwargs) -> None:
        pass

    def submit(self, function, items):
        future: Future = Future()
        future.set_result((0.0, [("ok", "{}") for _ in items]))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def no_workers(monkeypatch):
    monkeypatch.setattr(runners, "ProcessPoolExecutor", _Pool)


@pytest.mark.parametrize(
    ("jobs", "inline", "called"),
    [
        pytest.param(2, 0, 1, id="pool-started-warms-once"),
        pytest.param(1, 0, 0, id="one-job-no-pool-no-warm"),
        pytest.param(2, 5, 0, id="parsed-inline-no-pool-no-warm"),
    ],
)
def test_warm_runs_with_the_pool_only(no_workers, monkeypatch, jobs, inline, called):
    calls: list[str] = []
    runner = runners.LocalRunner(load_settings(), jobs=jobs, inline=inline,
                                 warm=lambda: calls.append(threading.current_thread().name))
    monkeypatch.setattr(runner, "_here", lambda items: [("ok", "{}") for _ in items])
    runner.submit([("title", "text")])
    runner.submit([("title", "more text")])
    runner.close()
    assert len(calls) == called
    assert all(name == "ng-warm" for name in calls)  # in its own thread, not the caller's
    assert runner.warm_thread is None  # joined by close()


def test_a_failing_warm_up_is_only_logged(no_workers, caplog):
    def fails() -> None:
        raise ImportError("no matplotlib here")

    runner = runners.LocalRunner(load_settings(), jobs=2, warm=fails)
    batch = runner.submit([("title", "text")])
    runner.close()
    assert batch.result() == [("ok", "{}")]
    assert runner.warm_thread is None
