r"""Turtle and TriG text of an article's graph, written straight from its N-Quads: the parts of the exports.

A build keeps each article's part of ``graph.ttl`` (compressed) in its manifest, and writes the
exports as one :func:`prefix_header` and the parts in source order, so it never reads the store
back; ``graph.trig`` wraps each part in its graph's name (:func:`trig_block`). The parts are
written here rather than by an RDF library because kg's N-Quads have one known shape (IRIs and
literals as :class:`kg.rdf.Quads` writes them, one triple a line, every line in the article's
graph): reading them into objects and serialising them again costs twice as much.

Examples
--------
>>> nq = '<http://x/a> <http://x/p> "v" <http://x/g> .\n<http://x/a> <http://x/q> <http://x/b> <http://x/g> .\n'
>>> zlib.decompress(article_block(nq, "http://x/g", {"x": "http://x/"})).decode()
'x:a x:p "v" ;\n\tx:q x:b .\n'
"""

from __future__ import annotations

import re
import zlib

__all__ = ["article_block", "prefix_header", "trig_block", "turtle"]

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
#: A local name written after a prefix as it is: a conservative part of Turtle's PN_LOCAL (letters, digits,
#: ``_``, Chinese; ``-`` and ``.`` inside). Anything else is written as a whole IRI.
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_\u4e00-\u9fff](?:[A-Za-z0-9_.\-\u4e00-\u9fff]*[A-Za-z0-9_\-\u4e00-\u9fff])?")
#: For each set of prefixes, the names of IRIs already shortened (vocabulary terms and entities recur) and the
#: prefix of each namespace.
_NAMES: dict[tuple[tuple[str, str], ...], tuple[dict[str, str], dict[str, str]]] = {}
_MAX_NAMES = 200_000


def _namer(prefixes: dict[str, str]):
    """A function from an IRI term (``<…>``) to its Turtle name: ``a``, ``prefix:local`` or the IRI itself."""
    key = tuple(prefixes.items())
    if key not in _NAMES or len(_NAMES[key][0]) > _MAX_NAMES:
        _NAMES[key] = ({_RDF_TYPE: "a"}, {ns: p for p, ns in prefixes.items()})
    names, spaces = _NAMES[key]

    def name(term: str) -> str:
        found = names.get(term)
        if found is None:
            found, iri = term, term[1:-1]
            for sep in "/#":
                cut = iri.rfind(sep) + 1
                prefix = spaces.get(iri[:cut]) if cut else None
                if prefix is not None and _PLAIN_LOCAL.fullmatch(iri, cut):
                    found = f"{prefix}:{iri[cut:]}"
                    break
            names[term] = found
        return found

    return name


def turtle(nquads: str, graph: str, prefixes: dict[str, str]) -> str:
    r"""The triples of ``nquads`` (all in the named graph ``graph``) as Turtle, without prefix lines.

    Consecutive triples of one subject share it (``;``), of one subject and predicate share both
    (``,``). Literals stay as N-Quads writes them (valid Turtle), their datatypes shortened, integers bare.

    Examples
    --------
    >>> nq = ('<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C> <http://x/g> .\n'
    ...       '<http://x/a> <http://x/n> "1"^^<http://x/int> <http://x/g> .\n'
    ...       '<http://x/a> <http://x/n> "2"^^<http://www.w3.org/2001/XMLSchema#integer> <http://x/g> .\n')
    >>> turtle(nq, "http://x/g", {"x": "http://x/"})
    'x:a a x:C ;\n\tx:n "1"^^x:int ,\n\t\t2 .\n'
    """
    name = _namer(prefixes)
    cut = -len(f" <{graph}> .")
    out: list[str] = []
    last_s = last_p = None
    # one triple a line, split at \n only: a literal may hold U+2028 or NEL, which str.splitlines breaks at
    for line in filter(None, nquads.split("\n")):
        s, p, o = line.split(" ", 2)  # IRIs hold no space (kg.rdf quotes it): subject, predicate, the rest
        o = o[:cut]
        if o[0] == "<":
            o = name(o)
        elif o[-1] == ">":  # "…"^^<datatype>
            at = o.rfind("^^<")
            digits = o[1 : at - 1]
            bare = o.endswith(_INTEGER) and digits.isascii() and digits.isdigit()
            o = digits if bare else o[: at + 2] + name(o[at + 2 :])  # "12"^^xsd:integer is written 12
        if s != last_s:
            out.append(f"{' .' if last_s is not None else ''}\n{name(s)} {name(p)} {o}")
        elif p != last_p:
            out.append(f" ;\n\t{name(p)} {o}")
        else:
            out.append(f" ,\n\t\t{o}")
        last_s, last_p = s, p
    if last_s is None:
        return ""
    out.append(" .\n")
    return "".join(out)[1:]


def article_block(nquads: str, graph: str, prefixes: dict[str, str]) -> bytes:
    """One article's part of ``graph.ttl``: its named graph ``graph`` as :func:`turtle`, zlib-compressed."""
    return zlib.compress(turtle(nquads, graph, prefixes).encode("utf-8"), 1)


def trig_block(part: bytes, graph: str, prefixes: dict[str, str]) -> bytes:
    r"""A graph's block of TriG from its Turtle part (as :func:`article_block` makes it, decompressed).

    Examples
    --------
    >>> trig_block(b'x:a x:p "v" ;\n\tx:q "w" .\n', "http://x/g", {"x": "http://x/"}).decode()
    'x:g {\n\tx:a x:p "v" ;\n\t\tx:q "w" .\n}\n'
    """
    body = part.rstrip(b"\n")
    if not body:
        return b""
    name = _namer(prefixes)(f"<{graph}>")
    # a literal holds no raw line break (N-Quads writes \n), so indenting every line changes no value
    return name.encode("utf-8") + b" {\n\t" + body.replace(b"\n", b"\n\t") + b"\n}\n"


def prefix_header(prefixes: dict[str, str]) -> bytes:
    """The prefix lines the parts of :func:`article_block` need."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()).encode("utf-8") + b"\n"
