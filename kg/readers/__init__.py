"""Source readers, chosen by file suffix; folders are read recursively in name order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import SourceError
from kg.readers.jsonl import read_jsonl
from kg.readers.page import read_page
from kg.types import Source

__all__ = ["READERS", "find_files", "read_sources"]

#: Suffix → reader. A reader takes a path and yields Sources.
READERS: dict[str, Callable[[Path], Iterator[Source]]] = {
    ".txt": read_page,
    ".md": read_page,
    ".jsonl": read_jsonl,
}


def _readable(path: Path) -> bool:
    return path.suffix.lower() in READERS and not path.name.startswith(".")


def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the source files to read, in a stable order.

    A file named explicitly must have a known suffix; inside a folder, files with
    other suffixes (sidecars, READMEs in other formats) are passed over.

    Raises
    ------
    SourceError
        If a path does not exist, a named file has an unknown suffix, or nothing
        readable is found.
    """
    files: list[Path] = []
    given = [Path(p) for p in paths]
    for path in given:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in READERS:
                known = ", ".join(sorted(READERS))
                raise SourceError(f"unknown kind of source (readable: {known})", path)
            files.append(path)
        else:
            raise SourceError("no such file or folder", path)
    if not files:
        where = ", ".join(str(p) for p in given) or "(nothing given)"
        raise SourceError(f"no readable sources (.txt, .md, .jsonl) in {where}")
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_sources(paths: Iterable[str | Path]) -> Iterator[Source]:
    """Yield every :class:`~kg.types.Source` found under ``paths``."""
    for path in find_files(paths):
        yield from READERS[path.suffix.lower()](path)
