"""Exception families raised by kg; the command line prints them as one line."""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ConfigError",
    "ExtractorError",
    "KgError",
    "OntologyError",
    "QueryError",
    "SourceError",
    "StoreError",
]


class KgError(Exception):
    """Base class of every error kg reports to its user.

    Parameters
    ----------
    message : str
        What went wrong, in one line.
    path : str or Path, optional
        The file the error is about.
    line : int, optional
        The 1-based line in that file.

    Examples
    --------
    >>> str(SourceError("not UTF-8", path="a.txt", line=3))
    'a.txt:3: not UTF-8'
    >>> str(KgError("no sources"))
    'no sources'
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        message = " ".join(str(message).split())  # one line, whatever the library said
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class SourceError(KgError):
    """A source file is missing, unreadable, not UTF-8, malformed or empty."""


class ConfigError(KgError):
    """The pipeline configuration is wrong: unknown extractor, missing requirement, bad TOML."""


class ExtractorError(ConfigError):
    """An extractor registration is wrong: a name taken by another function, a bad signature."""


class OntologyError(KgError):
    """ontology.ttl and the generated vocabulary disagree, or a term is unknown."""


class StoreError(KgError):
    """The graph store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, missing, or the graph to query does not exist."""
