"""Work done by a forked child process while this one goes on: the small build's fixed costs
(drawing the stance heatmap with matplotlib, Louvain communities) run on the second core, which
is idle once the parse is over, instead of on the build's critical path.

The child is a ``fork`` of this process, so it sees the arguments as they are (nothing is
pickled on the way in) and runs the very same function: the result is what calling the function
here gives. It sends the result back pickled through a pipe. Where there is no ``fork``
(Windows), when no child can be made, or when the child fails, :meth:`Forked.result` calls the
function here instead, so a failure shows its own traceback.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from typing import Any


class Forked:
    """``function(*args)`` computed by a forked child; :meth:`result` waits for it."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        self.function, self.args = function, args
        self.pid: int | None = None
        self.fd: int | None = None
        if hasattr(os, "fork"):
            self._fork()

    def _fork(self) -> None:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no memory or process left for a child: compute here instead
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, never return into the build
            code = 1
            try:
                # the parent's objects are shared copy-on-write: a garbage collection in the
                # child would write to every one of them (their GC headers) and so copy the
                # parent's whole heap, gigabytes on an archive; frozen, they are left alone
                gc.freeze()
                os.close(read)
                data = pickle.dumps(self.function(*self.args), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self.pid, self.fd = pid, read

    def result(self) -> Any:
        """The child's result, or the function's computed here if there was no child or it failed."""
        if self.fd is not None:
            with os.fdopen(self.fd, "rb") as handle:
                self.fd = None
                data = handle.read()
            _, status = os.waitpid(self.pid, 0)
            self.pid = None
            if status == 0 and data:
                return pickle.loads(data)
        return self.function(*self.args)

    def cancel(self) -> None:
        """Stop the child, if it still runs (the build failed or was interrupted)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = None


@contextlib.contextmanager
def forked(function: Callable[..., Any], *args: Any) -> Iterator[Forked]:
    """A :class:`Forked` whose child is stopped if the block ends before its result is read."""
    job = Forked(function, *args)
    try:
        yield job
    finally:
        job.cancel()
