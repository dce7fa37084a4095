"""The default store: Oxigraph (pyoxigraph), in memory or on disk.

Chosen because it parses and queries an order of magnitude faster than rdflib's
in-memory graph at a third of the memory (measured: 1M triples load in 6 s at 0.37 GB
against 43–56 s at 1.2 GB), and speaks full SPARQL 1.1.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.base import Result, Term

__all__ = ["OxigraphStore"]

_FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def _term(t: object) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        dt = t.datatype.value if t.datatype is not None else None
        return Term("literal", t.value, t.language, None if t.language else dt)
    return Term("literal", str(t))


class OxigraphStore:
    """A :class:`~kg.store.base.Store` on pyoxigraph.

    Parameters
    ----------
    path : Path, optional
        A folder for a persistent store; in memory when omitted.
    prefixes : dict, optional
        Prefixes offered to queries and used when writing Turtle and TriG.
    """

    def __init__(self, path: Path | None = None, prefixes: dict[str, str] | None = None, read_only: bool = False):
        self.prefixes = dict(prefixes or {})
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store: {exc}", path) from None

    def replace_graph(self, graph: str, nquads: str) -> None:
        self.remove_graph(graph)
        if nquads:
            self._store.bulk_load(nquads.encode("utf-8"), ox.RdfFormat.N_QUADS)
            # the default graph is the merge of all named graphs, each triple once
            self._store.bulk_load(_triples_of(nquads, graph).encode("utf-8"), ox.RdfFormat.N_TRIPLES)

    def remove_graph(self, graph: str) -> None:
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            return
        default = ox.DefaultGraph()
        gone = []
        for q in self._store.quads_for_pattern(None, None, None, g):
            others = self._store.quads_for_pattern(q.subject, q.predicate, q.object, None)
            if not any(o.graph_name != g and o.graph_name != default for o in others):
                gone.append(ox.Quad(q.subject, q.predicate, q.object, default))
        self._store.remove_graph(g)
        for q in gone:
            self._store.remove(q)

    def merge_default(self) -> None:
        """Rebuild the default graph as the merge of the named graphs (after loading TriG)."""
        default = ox.DefaultGraph()
        self._store.clear_graph(default)
        self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default)
                                for q in self._store.quads_for_pattern(None, None, None, None)
                                if q.graph_name != default)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def load(self, path: Path) -> None:
        """Load a Turtle, TriG, N-Triples or N-Quads file."""
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
        if fmt is None:
            raise StoreError("unknown RDF file kind (use .ttl, .trig, .nt or .nq)", path)
        try:
            self._store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise StoreError(f"not valid {path.suffix.lstrip('.')}: {exc}", path) from None
        except OSError as exc:
            raise StoreError(f"cannot read: {exc}", path) from None
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            self.merge_default()

    def query(self, sparql: str) -> Result:
        try:
            res = self._store.query(sparql, prefixes=self.prefixes)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows = [[_term(sol[v]) for v in variables] for sol in res]
            return Result("select", variables=variables, rows=rows)
        triples = [f"{_term(t.subject).ntriples()} {_term(t.predicate).ntriples()} {_term(t.object).ntriples()} ."
                   for t in res]
        return Result("graph", triples=triples)

    def dump(self, path: Path, fmt: str) -> None:
        Path(path).write_bytes(self.serialize(fmt))

    def serialize(self, fmt: str) -> bytes:
        """The store in ``fmt``: the named graphs for TriG/N-Quads/JSON-LD, their merge for Turtle/N-Triples."""
        out = _FORMATS[fmt]
        prefixes = self.prefixes if fmt in ("trig", "turtle") else None
        if fmt in ("trig", "nquads", "jsonld"):
            default = ox.DefaultGraph()
            quads = (q for q in self._store.quads_for_pattern(None, None, None, None) if q.graph_name != default)
            return ox.serialize(quads, format=out, prefixes=prefixes)
        return self._store.dump(format=out, from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def flush(self) -> None:
        self._store.flush()

    def __len__(self) -> int:
        """Quads in the named graphs (the merged default graph is not counted)."""
        return len(self._store) - sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def _triples_of(nquads: str, graph: str) -> str:
    """The N-Triples of N-Quads lines that all end in the named graph ``graph``."""
    return nquads.replace(f" <{graph}> .\n", " .\n")
