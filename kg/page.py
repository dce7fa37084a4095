"""The network page: a pyvis network in one self-contained HTML file that works offline.

pyvis's own template loads Bootstrap (and, in its default modes, vis-network) from
CDNs and writes files without an encoding; kg renders pyvis's network through its
own template (``kg/assets/page.html.j2``) that inlines vis-network from the pyvis
package, and writes UTF-8 atomically.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network

from kg.vocab import LABELS

__all__ = ["STYLE", "fetchable_urls", "render_page"]

#: Colour and shape of each class on the page.
STYLE = {
    "TradeUnion": ("#e15759", "diamond"),
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Venue": ("#59a14f", "triangle"),
    "Event": ("#edc948", "star"),
    "Honour": ("#b07aa1", "hexagon"),
    "District": ("#76b7b2", "ellipse"),
    "City": ("#9c755f", "ellipse"),
    "Province": ("#bab0ac", "ellipse"),
    "Article": ("#c7c7c7", "box"),
}
FONT = ("'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei','Source Han Sans SC','PingFang SC',"
        "'Microsoft YaHei',sans-serif")
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=[^\s<]+")


def _environment() -> Environment:
    pyvis_templates = Path(__import__("pyvis").__file__).parent / "templates"
    assets = resources.files("kg").joinpath("assets")
    return Environment(loader=ChoiceLoader([FileSystemLoader(str(assets)), FileSystemLoader(str(pyvis_templates))]),
                       autoescape=False)


def _options(n_nodes: int) -> dict:
    return {
        "nodes": {"font": {"face": FONT, "size": 14}, "borderWidth": 1},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 11, "align": "middle"}, "color": {"color": "#9aa0a6"}},
        "physics": {"enabled": True, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 120, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 200, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    }


def _short(node: str, base: str) -> str:
    """A node's id on the page: its IRI without the base (``person/张三``), so no address appears in the file."""
    return node[len(base):] if base and node.startswith(base) else node


def render_page(g: nx.MultiDiGraph, title: str = "kg", base: str = "https://w3id.org/kg-union/id/") -> str:
    """The HTML of the network page for the graph ``g`` (from :func:`kg.network.network_from_store`).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("u", label="北京市总工会", type="TradeUnion", mentions=2, alt=[], provenance=[])
    >>> html = render_page(g)
    >>> "北京市总工会" in html and "https://" not in html.split("<script>")[0]
    True
    """
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        t = d.get("type", "Organization")
        color, shape = STYLE.get(t, ("#888888", "dot"))
        size = 10 + min(30, 3 * (degree.get(n, 0) + d.get("mentions", 0)))
        net.nodes.append({
            "id": _short(n, base), "label": d.get("label", n), "color": color, "shape": shape, "size": size,
            "group": t, "title": f"{d.get('label', n)}（{LABELS.get(t, (t, t))[0]}）",
        })
    for s, o, d in g.edges(data=True):
        label = d.get("label", "")
        net.edges.append({"from": _short(s, base), "to": _short(o, base), "label": label, "title": label,
                          "kind": d.get("kind", "")})
    net.options = _options(len(net.nodes))
    details = {
        _short(n, base): {
            "label": d.get("label", n), "type": d.get("type"), "types": list(d.get("types", [])),
            "alt": d.get("alt", []), "mentions": d.get("mentions", 0),
            "provenance": [{**p, "article": _short(p["article"], base)} for p in d.get("provenance", [])],
            "articles": [_short(a, base) for a in d.get("articles", [])], "date": d.get("date", ""),
        }
        for n, d in g.nodes(data=True)
    }
    legend = [
        {"type": t, "zh": LABELS.get(t, (t, t))[0], "en": LABELS.get(t, (t, t))[1], "color": c, "shape": s,
         "count": sum(1 for _, d in g.nodes(data=True) if d.get("type") == t)}
        for t, (c, s) in STYLE.items()
    ]
    net.templateEnv = _environment()
    net.path = "page.html.j2"
    html = net.generate_html()
    html = html.replace("__KG_TITLE__", _escape(title))
    html = html.replace("__KG_DETAILS__", json.dumps(details, ensure_ascii=False).replace("</", "<\\/"))
    html = html.replace("__KG_LEGEND__", json.dumps(legend, ensure_ascii=False))
    return _SOURCE_MAP.sub("", html)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: Addresses a browser would fetch: script and link sources, CSS url() and @import, fetch/XHR calls.
_FETCHED = re.compile(
    r"""(?:\bsrc\s*=\s*|\bhref\s*=\s*|url\(\s*|@import\s+|\bfetch\(\s*|\.open\(\s*["'][A-Z]+["']\s*,\s*)"""
    r"""["']?((?:https?:)?//[^"'\s)>]+)""",
    re.I,
)


def fetchable_urls(html: str) -> list[str]:
    """External addresses in ``html`` that a browser would load (should be none).

    Examples
    --------
    >>> fetchable_urls('<script src="https://cdn.example/vis.js"></script><a href="#x">')
    ['https://cdn.example/vis.js']
    """
    return _FETCHED.findall(html)
