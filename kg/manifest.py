"""What a build folder's store holds, article by article: the record that makes builds incremental.

``manifest.sqlite`` beside the store keeps, for each article, the key its graph was
built from (a hash of everything extraction reads, see :func:`kg.parallel.task_key`),
its content hash, source file, named graph and its part of the resolution report
(merges, unresolved mentions, entities). ``resolution.json`` is rebuilt from these
parts, so it stays whole however many builds made the store. It also remembers what
``kg push`` sent to which endpoint, so a later push sends only what changed and
deletes what was removed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError

__all__ = ["MANIFEST", "Manifest", "Row"]

#: The manifest's file name in a build folder.
MANIFEST = "manifest.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, graph TEXT NOT NULL, key TEXT NOT NULL, hash TEXT NOT NULL,
    file TEXT NOT NULL, abs_file TEXT NOT NULL, line INTEGER, idx INTEGER NOT NULL,
    chars INTEGER NOT NULL, mentions INTEGER NOT NULL, quads INTEGER NOT NULL, report TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_file ON articles (abs_file);
CREATE TABLE IF NOT EXISTS files (abs_file TEXT PRIMARY KEY, digest TEXT NOT NULL);
DROP TABLE IF EXISTS exports;
CREATE TABLE IF NOT EXISTS parts (id TEXT PRIMARY KEY, turtle BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS pushed (
    endpoint TEXT NOT NULL, graph TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (endpoint, graph));
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One article of the build: where it came from and what its graph was built from."""

    id: str
    graph: str
    key: str
    hash: str
    file: str
    abs_file: str
    line: int | None
    index: int
    chars: int
    mentions: int
    quads: int


class Manifest:
    """The SQLite record of a build folder (created on first use).

    Parameters
    ----------
    path : Path
        The ``manifest.sqlite`` file.
    read_only : bool
        Open without creating or changing anything.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> m = Manifest(pathlib.Path(tempfile.mkdtemp()) / MANIFEST)
    >>> m.set_meta("base", "https://w3id.org/kg-union/id/")
    >>> m.meta("base"), len(m)
    ('https://w3id.org/kg-union/id/', 0)
    """

    def __init__(self, path: Path, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path)
                with self.db:
                    self.db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the build manifest: {exc}", self.path) from None

    def close(self) -> None:
        self.db.close()

    # -- settings ---------------------------------------------------------------------------
    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    # -- articles ---------------------------------------------------------------------------
    def rows(self) -> dict[str, Row]:
        """Every article, by id."""
        cur = self.db.execute("SELECT id, graph, key, hash, file, abs_file, line, idx, chars, mentions, quads "
                              "FROM articles")
        return {r[0]: Row(*r) for r in cur}

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def add(self, rows: Iterable[tuple[Row, dict]]) -> None:
        """Record articles (replacing earlier records of the same ids) with their report parts."""
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r.id, r.graph, r.key, r.hash, r.file, r.abs_file, r.line, r.index, r.chars, r.mentions, r.quads,
                  json.dumps(report, ensure_ascii=False, separators=(",", ":"))) for r, report in rows])

    def delete(self, ids: Iterable[str]) -> None:
        ids = [(i,) for i in ids]
        with self.db:
            self.db.executemany("DELETE FROM articles WHERE id = ?", ids)
            self.db.executemany("DELETE FROM parts WHERE id = ?", ids)

    # -- export blocks ----------------------------------------------------------------------
    def add_blocks(self, blocks: Iterable[tuple[str, bytes]]) -> None:
        """Record each article's part of the exports: its graph as Turtle (zlib-compressed, no prefixes)."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO parts VALUES (?, ?)", list(blocks))

    def has_all_blocks(self) -> bool:
        """Does every article have its export part (builds before parts were kept have none)?"""
        missing = self.db.execute("SELECT COUNT(*) FROM articles a LEFT JOIN parts e ON a.id = e.id "
                                  "WHERE e.id IS NULL").fetchone()[0]
        return missing == 0

    def blocks(self) -> Iterator[tuple[str, bytes]]:
        """Each article's graph and compressed export part, in source order."""
        cur = self.db.execute("SELECT a.graph, e.turtle FROM articles a JOIN parts e ON a.id = e.id "
                              "ORDER BY a.file, a.line, a.idx, a.id")
        yield from cur

    def reports(self) -> Iterator[tuple[str, dict]]:
        """Each article's report part, in source order (file, line, position)."""
        cur = self.db.execute("SELECT id, report FROM articles ORDER BY file, line, idx, id")
        for aid, report in cur:
            yield aid, json.loads(report)

    # -- source files -----------------------------------------------------------------------
    def file_digests(self) -> dict[str, str]:
        """Source files whose articles are all in the store, with the digest they were read with."""
        try:
            return dict(self.db.execute("SELECT abs_file, digest FROM files").fetchall())
        except sqlite3.OperationalError:  # a manifest from before files were recorded
            return {}

    def set_file_digests(self, digests: dict[str, str]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?)", list(digests.items()))

    def forget_files(self, files: Iterable[str]) -> None:
        with self.db:
            self.db.executemany("DELETE FROM files WHERE abs_file = ?", [(f,) for f in files])

    # -- pushes -----------------------------------------------------------------------------
    def pushed(self, endpoint: str) -> dict[str, str]:
        """Graphs sent to ``endpoint``, with the key of what was sent."""
        cur = self.db.execute("SELECT graph, key FROM pushed WHERE endpoint = ?", (endpoint,))
        return dict(cur.fetchall())

    def set_pushed(self, endpoint: str, graphs: Iterable[tuple[str, str]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO pushed VALUES (?, ?, ?)",
                                [(endpoint, g, k) for g, k in graphs])

    def unset_pushed(self, endpoint: str, graphs: Iterable[str]) -> None:
        with self.db:
            self.db.executemany("DELETE FROM pushed WHERE endpoint = ? AND graph = ?", [(endpoint, g) for g in graphs])
