"""What every store offers, and SPARQL results in a store-neutral form with their W3C serialisations."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol
from xml.sax.saxutils import escape, quoteattr

__all__ = ["RESULT_FORMATS", "Result", "Store", "Term"]

#: Result formats kg can write: name → media type.
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term in a result: ``kind`` is uri, literal or bnode."""

    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None

    def json(self) -> dict:
        out: dict = {"type": self.kind, "value": self.value}
        if self.lang:
            out["xml:lang"] = self.lang
        elif self.datatype:
            out["datatype"] = self.datatype
        return out

    def ntriples(self) -> str:
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        esc = self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        if self.lang:
            return f'"{esc}"@{self.lang}'
        if self.datatype and not self.datatype.endswith("#string"):
            return f'"{esc}"^^<{self.datatype}>'
        return f'"{esc}"'


@dataclass
class Result:
    """The answer to a SPARQL query.

    ``kind`` is ``select`` (``variables`` and ``rows``), ``ask`` (``boolean``) or
    ``graph`` (CONSTRUCT/DESCRIBE: ``triples`` as N-Triples lines).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[str] = field(default_factory=list)
    #: True when a row cap cut the answer short (see :meth:`Store.query`).
    truncated: bool = False

    def values(self) -> list[dict[str, str]]:
        """Rows as plain dicts of variable → value (unbound variables left out)."""
        return [{v: t.value for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows]

    # -- W3C formats ------------------------------------------------------------------------
    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON Format."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = [
            {v: t.json() for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows
        ]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV Format (values only)."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        if self.kind == "ask":
            w.writerow(["boolean"])
            w.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        w.writerow(self.variables)
        for row in self.rows:
            w.writerow(["" if t is None else (f"_:{t.value}" if t.kind == "bnode" else t.value) for t in row])
        return buf.getvalue()

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV Format (terms in N-Triples syntax)."""
        if self.kind == "ask":
            return "?boolean\n" + ("true" if self.boolean else "false") + "\n"
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        lines += ["\t".join("" if t is None else t.ntriples() for t in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def to_xml(self) -> str:
        """SPARQL Query Results XML Format."""
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        if self.kind == "ask":
            out += ["</head>", f"<boolean>{'true' if self.boolean else 'false'}</boolean>", "</sparql>"]
            return "\n".join(out) + "\n"
        out += [f"<variable name={quoteattr(v)}/>" for v in self.variables]
        out += ["</head>", "<results>"]
        for row in self.rows:
            out.append("<result>")
            for v, t in zip(self.variables, row, strict=True):
                if t is None:
                    continue
                if t.kind == "uri":
                    inner = f"<uri>{escape(t.value)}</uri>"
                elif t.kind == "bnode":
                    inner = f"<bnode>{escape(t.value)}</bnode>"
                else:
                    attr = f" xml:lang={quoteattr(t.lang)}" if t.lang else (
                        f" datatype={quoteattr(t.datatype)}" if t.datatype else "")
                    inner = f"<literal{attr}>{escape(t.value)}</literal>"
                out.append(f"<binding name={quoteattr(v)}>{inner}</binding>")
            out.append("</result>")
        out += ["</results>", "</sparql>"]
        return "\n".join(out) + "\n"

    def to_table(self, prefixes: dict[str, str] | None = None) -> str:
        """A plain-text table for people, with IRIs shortened by ``prefixes``."""
        if self.kind == "ask":
            return "yes\n" if self.boolean else "no\n"
        if self.kind == "graph":
            return "".join(line + "\n" for line in self.triples)

        def show(t: Term | None) -> str:
            if t is None:
                return ""
            if t.kind == "uri" and prefixes:
                for p, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
                    if t.value.startswith(ns):
                        return f"{p}:{t.value[len(ns):]}"
            return t.value

        cells = [[show(t) for t in row] for row in self.rows]
        widths = [_width(v) for v in self.variables]
        for row in cells:
            widths = [max(w, _width(c)) for w, c in zip(widths, row, strict=True)]
        lines = ["  ".join(_pad(v, w) for v, w in zip(self.variables, widths, strict=True))]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)) for row in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines) + "\n"

    def serialize(self, fmt: str, prefixes: dict[str, str] | None = None) -> str:
        if self.kind == "graph":
            return "".join(line + "\n" for line in self.triples)
        return {"json": self.to_json, "csv": self.to_csv, "tsv": self.to_tsv, "xml": self.to_xml}.get(
            fmt, lambda: self.to_table(prefixes)
        )()


def _cap(max_rows: int | None) -> int | None:
    """How many rows to read to tell whether ``max_rows`` cut the answer: one more."""
    return None if max_rows is None else max_rows + 1


def _capped(result: Result, max_rows: int | None) -> Result:
    """Drop the rows beyond ``max_rows`` and mark the result truncated if there were any."""
    if max_rows is None:
        return result
    items = result.rows if result.kind == "select" else result.triples
    if len(items) > max_rows:
        del items[max_rows:]
        result.truncated = True
    return result


def _width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))


class Store(Protocol):
    """A quad store kg can build into and query (see :func:`kg.store.open_store`).

    Each article is one named graph; the default graph is the merge of all named
    graphs, each triple once, kept in step by :meth:`replace_graphs` and
    :meth:`remove_graphs`. Queries run over the default graph.
    """

    def replace_graph(self, graph: str, nquads: str) -> None:
        """Replace the named graph ``graph`` by the quads in ``nquads``."""

    def replace_graphs(self, graphs: Iterable[tuple[str, str]]) -> None:
        """Replace several named graphs (``(name, nquads)`` pairs) in one go."""

    def remove_graph(self, graph: str) -> None:
        """Delete the named graph ``graph``."""

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        """Delete several named graphs, keeping in the default graph what the others still hold."""

    def graphs(self) -> list[str]:
        """Names of the named graphs."""

    def graph_ntriples(self, graph: str) -> bytes:
        """The triples of one named graph, as N-Triples."""

    def query(self, sparql: str, max_rows: int | None = None) -> Result:
        """Run a SPARQL 1.1 query; its default graph is the merge of all named graphs (each triple once)."""

    def dump(self, path: Path | IO[bytes], fmt: str) -> None:
        """Write every graph: ``trig``/``nquads`` keep graphs apart, ``turtle``/``ntriples`` merge them."""

    def serialize(self, fmt: str) -> bytes:
        """What :meth:`dump` writes, as bytes."""

    def __len__(self) -> int:
        """Number of quads in the named graphs."""
