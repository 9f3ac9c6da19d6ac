"""Atomic file writes: a crash leaves the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Callable, Iterator

from .errors import OutputError

_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temp file in the same folder, fsync it, then rename it over `path`."""
    with atomic_writer(path, binary=True) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def atomic_writer(path: Path, binary: bool = False) -> Iterator[IO]:
    """A file to write `path` through, streamed: renamed over `path` only when the block ends without error."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; the result should look like any other file
        os.replace(tmp, path)
    except BaseException as exc:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(f"{path}: cannot write it ({exc.strerror or exc})") from None
        raise


def write_all_atomic(files: dict[Path, bytes | str], then: Callable[[], None] = lambda: None) -> None:
    """Write every file to a temp file beside it (fsynced), call `then`, and only then rename them all into
    place: a failure in any write or in `then` (a database transaction) leaves every file as it was."""
    with contextlib.ExitStack() as stack:
        for path, data in files.items():
            fh = stack.enter_context(atomic_writer(path, binary=True))
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        then()
