"""Read ``.txt``/``.md`` newspaper pages: front matter, ``# `` banner, ``## `` articles."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import SourceError
from kg.readers.meta import page_meta, read_front_matter, read_sidecar
from kg.types import Source

__all__ = ["decode", "read_page"]

_BANNER = re.compile(r"^#[ \t]+(.+?)\s*$", re.M)


def decode(data: bytes, path: Path) -> str:
    """Decode UTF-8 (with or without BOM), naming the line of the first bad byte.

    Examples
    --------
    >>> decode("工会".encode(), Path("a.txt"))
    '工会'
    >>> decode(b"ok\\n\\xff", Path("a.txt"))
    Traceback (most recent call last):
    kg.errors.SourceError: a.txt:2: not UTF-8 text (byte 0xff at offset 3); save it as UTF-8
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
            path,
            line,
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file", path) from None
    except IsADirectoryError:
        raise SourceError("is a folder, not a file", path) from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path) from None


def read_page(path: Path) -> Iterator[Source]:
    """Read one page file as a single :class:`~kg.types.Source`.

    Metadata comes from front matter, else a ``<stem>.meta.toml`` sidecar, else a
    date in the file name. The ``# `` banner, if any, is kept in ``meta.banner``;
    splitting into articles happens later (:mod:`kg.split`).
    """
    text = decode(read_bytes(path), path)
    values, start = read_front_matter(text, path)
    if not values:
        values = read_sidecar(path)
    if not text[start:].strip():
        raise SourceError("empty page: no text to read", path)
    banner = None
    m = _BANNER.search(text, start)
    if m and not text[start : m.start()].strip():
        banner = m.group(1)
    yield Source(
        path=path,
        id=path.name.split(".")[0],
        fields={"file": text},
        meta=page_meta(values, banner, path),
        content_start=start,
    )
