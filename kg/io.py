"""File output that is never half-written: write to a temporary file, then rename."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO

from kg.errors import KgError

__all__ = ["atomic_open", "atomic_write", "write_outputs"]


@functools.cache
def _file_mode() -> int:
    """The mode a new file gets under the process's umask (mkstemp makes files 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Open ``path`` for writing so that it appears whole or not at all.

    The data goes to a temporary file in the same folder, which replaces ``path``
    only when the block ends without an exception.

    Parameters
    ----------
    path : str or Path
        The file to write.
    mode : {'w', 'wb'}
        Text (UTF-8) or binary.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_open(p) as f:
    ...     _ = f.write("工会")
    >>> p.read_text(encoding="utf-8")
    '工会'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        f = os.fdopen(fd, mode) if "b" in mode else os.fdopen(fd, mode, encoding="utf-8", newline="\n")
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` atomically (text is written as UTF-8)."""
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)


def write_outputs(files: Mapping[Path, str | bytes | Callable[[IO[bytes]], object]]) -> None:
    """Write several files so that a failure leaves none of them changed.

    Every file is first written beside its target; only when all are written are
    they renamed into place. A value is the text or bytes to write, or a function
    that writes into the binary file it is given (for outputs too large to hold).
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as f:
                if callable(data):
                    data(f)
                else:
                    f.write(data.encode("utf-8") if isinstance(data, str) else data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, _file_mode())
    except OSError as exc:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise KgError(f"cannot write output: {exc.strerror}", path=exc.filename) from exc
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    for tmp, path in staged:
        os.replace(tmp, path)
