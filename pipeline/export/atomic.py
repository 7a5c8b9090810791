"""Atomic file writes: write to a temporary file in the same folder, then rename over the target,
so an interrupted build leaves the previous file intact.

``output_set()`` extends this to a group of files: inside it, every write goes to its temporary
file and the renames all happen when the block ends without error, so a build interrupted while
exporting (Ctrl-C, a crash) leaves the whole previous set of outputs, not a mix of old and new
files. A process killed outright (SIGKILL) cannot clean up its temporary files; they are named
``.NAME.PID.XXXX.tmp`` and the next write of NAME removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import IO

_PENDING: ContextVar[list[tuple[str, Path]] | None] = ContextVar("negotiation_graph_pending_writes", default=None)


def write_atomic(path: Path, writer: Callable[[IO[bytes]], None]) -> None:
    """Call ``writer`` with a binary handle on a temporary file, then rename it to ``path``
    (at the end of the enclosing :func:`output_set`, if any)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            writer(handle)
            handle.flush()
            os.fsync(handle.fileno())
        pending = _PENDING.get()
        if pending is None:
            os.replace(tmp, path)
        else:
            pending.append((tmp, path))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def output_set() -> Iterator[None]:
    """Group the atomic writes made inside the block: all of them replace their targets when
    the block ends normally, none of them when it raises (KeyboardInterrupt included).
    A nested ``output_set`` joins the outer one."""
    if _PENDING.get() is not None:
        yield
        return
    pending: list[tuple[str, Path]] = []
    token = _PENDING.set(pending)
    try:
        yield
    except BaseException:
        _discard(pending)
        raise
    finally:
        _PENDING.reset(token)
    done = 0
    try:
        for tmp, path in pending:
            os.replace(tmp, path)
            done += 1
    except BaseException:
        _discard(pending[done:])
        raise
    for folder in sorted({str(path.parent) for _, path in pending}):
        _fsync_dir(folder)


def _discard(pending: list[tuple[str, Path]]) -> None:
    for tmp, _ in pending:
        Path(tmp).unlink(missing_ok=True)


def _fsync_dir(folder: str) -> None:
    """Make the renames durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(path: Path) -> int:
    """Remove temporary files of ``path`` left by processes that no longer run; return how many."""
    path = Path(path)
    prefix = f".{path.name}."
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid = entry.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    write_atomic(path, lambda handle: handle.write(text.encode("utf-8")))
