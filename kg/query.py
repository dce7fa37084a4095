"""Run SPARQL over a built graph: a query text, a ``.rq`` file, or the name of a saved query in ``queries/``."""

from __future__ import annotations

from pathlib import Path

from kg.config import load_config
from kg.errors import QueryError
from kg.rdf import PREFIXES, id_prefixes
from kg.store import Result, Store, open_store

__all__ = ["load_graph", "query_text", "run_query", "saved_queries"]

QUERIES_DIR = Path("queries")


def saved_queries(folder: Path = QUERIES_DIR) -> dict[str, Path]:
    """Saved queries by name (file stem)."""
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def query_text(query_or_file: str, folder: Path = QUERIES_DIR) -> str:
    """The SPARQL text of a query given inline, as a file, or as a saved query's name.

    Examples
    --------
    >>> query_text("SELECT * WHERE { ?s ?p ?o }")
    'SELECT * WHERE { ?s ?p ?o }'
    """
    q = query_or_file.strip()
    if not q:
        raise QueryError("empty query")
    looks_like_sparql = any(k in q.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")) and (
        "{" in q or "\n" in q
    )
    if looks_like_sparql:
        return q
    path = Path(q)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise QueryError("query file is not UTF-8", path) from None
    saved = saved_queries(folder)
    if q in saved:
        return saved[q].read_text(encoding="utf-8")
    known = ", ".join(saved) or "none found"
    raise QueryError(f"not a SPARQL query, a file, or a saved query name (saved queries: {known})", q)


def load_graph(graph: str | Path = "output", backend: str = "oxigraph") -> Store:
    """Open the graph to query: a build folder or an RDF file (``.ttl``, ``.trig``, ``.nt``, ``.nq``).

    A build folder's persistent store (``store/``) is opened read-only, so nothing is
    parsed and a running build or server is not disturbed; a folder without one (an
    rdflib build) is read from its ``graph.trig``.

    Raises
    ------
    QueryError
        If there is no graph there.
    """
    from kg.corpus import STORE_DIR, open_build
    from kg.manifest import MANIFEST

    path = Path(graph)
    if path.is_dir():
        if backend == "oxigraph" and (path / STORE_DIR).is_dir() and (path / MANIFEST).is_file():
            store, manifest = open_build(path)
            manifest.close()
            return store
        candidate = path / "graph.trig"
        if not candidate.is_file():
            raise QueryError("no graph here: run `kg build` first", path)
        path = candidate
    elif not path.is_file():
        raise QueryError("no such graph file or build folder (run `kg build` first)", path)
    store = open_store(backend, prefixes={**PREFIXES, **id_prefixes(load_config().base)})
    store.load(path)
    return store


def run_query(query_or_file: str, graph: str | Path | Store = "output", backend: str = "oxigraph") -> Result:
    """Run a query (text, file or saved name) over ``graph`` (a folder, an RDF file or a store)."""
    store = graph if hasattr(graph, "query") else load_graph(graph, backend)  # type: ignore[arg-type]
    return store.query(query_text(query_or_file))
