"""Exports of the network for other tools: GraphML and GEXF (Gephi, Cytoscape, yEd) and node-link JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.network import layout

__all__ = ["FORMATS", "export_files", "export_network"]

#: File suffix → format.
FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}

#: Node attributes every exported node has, with their default (GraphML wants one type per attribute).
_NODE_FIELDS = {"label": "", "type": "", "types": [], "alt": [], "mentions": 0, "date": "", "areas": [], "dates": [],
                "articles": [], "provenance": []}


def _style(t: str) -> tuple[str, str]:
    from kg.page import STYLE  # the page's colours, so Gephi shows what the page shows

    return STYLE.get(t, ("#888888", "dot"))


def _flat(value) -> str | int | float | bool:
    """A value XML formats can hold: lists of text joined by ``|``, anything else structured as JSON text."""
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple | set) and all(isinstance(x, str) for x in value):
        return "|".join(value)
    return json.dumps(value, ensure_ascii=False, default=list)


def _for_xml(g: nx.MultiDiGraph, positions: dict, viz: bool) -> nx.MultiDiGraph:
    """A copy of ``g`` whose every attribute is a scalar, with positions (and, for GEXF, colour and size)."""
    out = nx.MultiDiGraph()
    out.graph.update({k: _flat(v) for k, v in g.graph.items()})
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        attrs = {k: _flat(d.get(k, default)) for k, default in _NODE_FIELDS.items()}
        attrs.update({k: _flat(v) for k, v in d.items() if k not in _NODE_FIELDS and k != "viz"})
        attrs["label"] = attrs["label"] or str(n)
        x, y = positions[n]
        attrs["x"], attrs["y"], attrs["degree"] = float(x), float(y), degree[n]
        if viz:
            color = _style(d.get("type", ""))[0]
            r, gr, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
            attrs["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": 5.0 + degree[n],
                            "position": {"x": float(x) * 50, "y": -float(y) * 50, "z": 0.0}}
        out.add_node(str(n), **attrs)
    for s, o, k, d in g.edges(keys=True, data=True):
        out.add_edge(str(s), str(o), key=k, **{a: _flat(v) for a, v in d.items()})
    return out


def export_network(g: nx.MultiDiGraph, fmt: str, positions: dict | None = None) -> bytes:
    """The network ``g`` (from :func:`kg.network.network_from_store`) in the format ``fmt``, as UTF-8 bytes.

    Every node keeps its label, class, written forms, mention count, places, dates and
    provenance, and gets its position on the page (``x``, ``y``, in units of the ideal length
    of a relation); every edge its relation (``label``) and ``kind``.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        The network.
    fmt : {'graphml', 'gexf', 'json'}
        GraphML (Cytoscape, yEd, Gephi; lists are joined with ``|``, provenance is JSON
        text); GEXF 1.2 (Gephi, with the page's colours, sizes and positions); or
        networkx's node-link JSON (``nodes`` and ``edges``, lists and provenance as they are).
    positions : dict, optional
        Node → ``(x, y)``; :func:`kg.network.layout` when not given.

    Returns
    -------
    bytes

    Raises
    ------
    KgError
        For an unknown format.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("u", label="怀柔区总工会", type="TradeUnion", alt=["怀柔工会"])
    >>> g.add_node("p", label="王立新", type="Person")
    >>> _ = g.add_edge("p", "u", label="主席", kind="post")
    >>> data = json.loads(export_network(g, "json"))
    >>> [e["label"] for e in data["edges"]], data["nodes"][0]["alt"]
    (['主席'], ['怀柔工会'])
    >>> b"<data key=" in export_network(g, "graphml") and "主席".encode() in export_network(g, "gexf")
    True
    """
    if fmt not in FORMATS.values():
        raise KgError(f"unknown export format {fmt!r}; choose from {', '.join(sorted(FORMATS.values()))}")
    positions = positions if positions is not None else layout(g)
    if fmt == "json":
        data = nx.node_link_data(g, edges="edges")
        data["graph"] = {k: v for k, v in g.graph.items()}
        for node in data["nodes"]:
            x, y = positions[node["id"]]
            node["x"], node["y"] = round(float(x), 3), round(float(y), 3)
        return (json.dumps(data, ensure_ascii=False, indent=1, default=list) + "\n").encode("utf-8")
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_for_xml(g, positions, viz=False), buf, encoding="utf-8")
    else:
        nx.write_gexf(_for_xml(g, positions, viz=True), buf, encoding="utf-8")
    return buf.getvalue()


def export_files(g: nx.MultiDiGraph, paths: list[str | Path], positions: dict | None = None) -> dict[Path, bytes]:
    """The exports of ``g`` to ``paths``, each in the format its suffix names, ready for :func:`kg.io.write_outputs`.

    Raises
    ------
    KgError
        For a suffix that is not ``.graphml``, ``.gexf`` or ``.json``, naming the file.

    Examples
    --------
    >>> sorted(p.suffix for p in export_files(nx.MultiDiGraph([("a", "b")]), ["g.gexf", "g.json"]))
    ['.gexf', '.json']
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if p.suffix.lower() not in FORMATS:
            raise KgError("cannot tell the export format; name the file .graphml, .gexf or .json", path=p)
    if paths and positions is None:
        positions = layout(g)
    return {p: export_network(g, FORMATS[p.suffix.lower()], positions) for p in paths}
