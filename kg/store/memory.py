"""A pure-Python store on rdflib's in-memory Dataset, for users who work in rdflib.

Slower than Oxigraph on large graphs (see the README's figures) but with rdflib's
whole API at hand: ``store.dataset`` is an :class:`rdflib.Dataset`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import IO

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import QueryError, StoreError
from kg.store.base import Result, Term, _cap, _capped

__all__ = ["RdflibStore"]

_FORMATS = {"trig": "trig", "nquads": "nquads", "turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}


def _id(context: object) -> object:
    """A context's name: rdflib yields graphs from some calls and their identifiers from others."""
    return getattr(context, "identifier", context)


def _term(t: object) -> Term | None:
    if t is None:
        return None
    if isinstance(t, URIRef):
        return Term("uri", str(t))
    if isinstance(t, BNode):
        return Term("bnode", str(t))
    if isinstance(t, Literal):
        dt = str(t.datatype) if t.datatype else None
        if not t.language and dt is None:
            dt = "http://www.w3.org/2001/XMLSchema#string"
        return Term("literal", str(t), t.language, None if t.language else dt)
    return Term("literal", str(t))


class RdflibStore:
    """A :class:`~kg.store.base.Store` on :class:`rdflib.Dataset` (memory only)."""

    def __init__(self, path: Path | None = None, prefixes: dict[str, str] | None = None, read_only: bool = False):
        if path is not None:
            raise StoreError("the rdflib store lives in memory only; use the oxigraph store for a path", path)
        self.prefixes = dict(prefixes or {})
        self.dataset = Dataset(default_union=False)
        for p, ns in self.prefixes.items():
            self.dataset.bind(p, ns)

    def replace_graph(self, graph: str, nquads: str) -> None:
        self.remove_graph(graph)
        if nquads:
            # parse apart: rdflib's N-Quads parser empties a Dataset's default graph
            tmp = Dataset(default_union=False)
            tmp.parse(data=nquads, format="nquads")
            g = self.dataset.graph(URIRef(graph))
            default = self.dataset.default_graph
            for s, p, o, _ in tmp.quads((None, None, None, None)):
                g.add((s, p, o))
                default.add((s, p, o))

    def replace_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        for g, nq in graphs:
            self.replace_graph(g, nq)

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        for g in graphs:
            self.remove_graph(g)

    def graph_ntriples(self, graph: str) -> bytes:
        from rdflib import Graph

        g = Graph()
        for t in self.dataset.graph(URIRef(graph)):
            g.add(t)
        return g.serialize(format="nt", encoding="utf-8")

    def remove_graph(self, graph: str) -> None:
        g = URIRef(graph)
        named = self.dataset.graph(g)
        default = self.dataset.default_graph
        for t in list(named):
            if not any(_id(c) not in (g, DATASET_DEFAULT_GRAPH_ID) for c in self.dataset.graphs(t)):
                default.remove(t)
        self.dataset.remove_graph(g)

    def graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID
                      and len(g))

    def load(self, path: Path) -> None:
        fmt = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads"}.get(path.suffix)
        if fmt is None:
            raise StoreError("unknown RDF file kind (use .ttl, .trig, .nt or .nq)", path)
        tmp = Dataset(default_union=False)
        try:
            tmp.parse(str(path), format=fmt)
        except Exception as exc:  # rdflib's parsers raise many types
            raise StoreError(f"not valid {fmt}: {exc}", path) from None
        for s, p, o, c in tmp.quads((None, None, None, None)):
            name = _id(c)
            if name is not None and name != DATASET_DEFAULT_GRAPH_ID:
                self.dataset.graph(name).add((s, p, o))
            self.dataset.default_graph.add((s, p, o))

    def query(self, sparql: str, max_rows: int | None = None) -> Result:
        try:
            res = self.dataset.query(sparql, initNs=self.prefixes)
            if res.type == "ASK":
                return Result("ask", boolean=bool(res.askAnswer))
            if res.type == "SELECT":
                variables = [str(v) for v in res.vars]
                rows = [[_term(row[v]) for v in variables] for row in islice(res, _cap(max_rows))]
                return _capped(Result("select", variables=variables, rows=rows), max_rows)
            triples = [f"{_term(s).ntriples()} {_term(p).ntriples()} {_term(o).ntriples()} ."
                       for s, p, o in islice(res, _cap(max_rows))]
            return _capped(Result("graph", triples=triples), max_rows)
        except Exception as exc:  # pyparsing and rdflib raise several types for bad queries
            raise QueryError(f"SPARQL error: {exc}") from None

    def dump(self, path: Path | IO[bytes], fmt: str) -> None:
        if isinstance(path, (str, Path)):
            Path(path).write_bytes(self.serialize(fmt))
        else:
            path.write(self.serialize(fmt))

    def serialize(self, fmt: str) -> bytes:
        from rdflib import Graph

        if fmt in ("turtle", "ntriples"):
            g = Graph()
            for p, ns in self.prefixes.items():
                g.bind(p, ns)
            for t in self.dataset.default_graph:
                g.add(t)
            return g.serialize(format=_FORMATS[fmt], encoding="utf-8")
        named = Dataset()
        for p, ns in self.prefixes.items():
            named.bind(p, ns)
        for s, p, o, c in self.dataset.quads((None, None, None, None)):
            if c is not None and _id(c) != DATASET_DEFAULT_GRAPH_ID:
                named.add((s, p, o, _id(c)))
        return named.serialize(format=_FORMATS[fmt], encoding="utf-8")

    def flush(self) -> None:
        pass

    def __len__(self) -> int:
        """Quads in the named graphs (the merged default graph is not counted)."""
        return sum(1 for *_, c in self.dataset.quads((None, None, None, None))
                   if c is not None and _id(c) != DATASET_DEFAULT_GRAPH_ID)
