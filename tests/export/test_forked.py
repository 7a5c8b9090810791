"""Work in a forked child: the child's result comes back, a failing child falls back to this
process, and a cancelled child is stopped and reaped."""

from __future__ import annotations

import os
import time

import pytest

from pipeline.export.forked import Forked, forked

PARENT = os.getpid()


def _pid_and(value):
    return os.getpid(), value


def _fails_in_a_child(value):
    if os.getpid() != PARENT:
        raise RuntimeError("only in the child")
    return value


def _sleeps():
    time.sleep(60)


@pytest.mark.parametrize("value", [0, "text", {"a": {1, 2}}, [("x", None)] * 3])
def test_the_child_computes_and_sends_back_the_result(value):
    pid, found = Forked(_pid_and, value).result()
    assert found == value
    assert pid != os.getpid()  # computed in the child


def test_a_failing_child_falls_back_to_this_process():
    assert Forked(_fails_in_a_child, 7).result() == 7


def test_a_cancelled_child_is_stopped_and_reaped():
    with pytest.raises(KeyboardInterrupt), forked(_sleeps) as job:
        pid = job.pid
        raise KeyboardInterrupt
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
