"""Graph stores behind one interface; ``open_store`` imports the chosen backend lazily.

Backends: ``oxigraph`` (default: fast, in memory or on disk) and ``rdflib`` (in
memory, rdflib's API). See :class:`kg.store.base.Store` for what every store offers.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from kg.errors import StoreError
from kg.store.base import RESULT_FORMATS, Result, Store, Term

__all__ = ["BACKENDS", "RESULT_FORMATS", "Result", "Store", "Term", "open_store"]

#: Backend name → "module:class".
BACKENDS = {
    "oxigraph": "kg.store.oxigraph:OxigraphStore",
    "rdflib": "kg.store.memory:RdflibStore",
}


def open_store(
    backend: str = "oxigraph",
    path: str | Path | None = None,
    prefixes: dict[str, str] | None = None,
    read_only: bool = False,
) -> Store:
    """Open a store of the given backend.

    Examples
    --------
    >>> s = open_store("oxigraph")
    >>> s.replace_graph("http://e/g", '<http://e/a> <http://e/p> "工会" <http://e/g> .\\n')
    >>> s.query("SELECT ?o WHERE { ?s ?p ?o }").values()
    [{'o': '工会'}]
    """
    try:
        spec = BACKENDS[backend]
    except KeyError:
        raise StoreError(f"unknown store backend {backend!r} (known: {', '.join(BACKENDS)})") from None
    module, _, cls = spec.partition(":")
    store_cls = getattr(importlib.import_module(module), cls)
    return store_cls(Path(path) if path is not None else None, prefixes=prefixes, read_only=read_only)
