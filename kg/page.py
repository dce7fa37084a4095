"""The network page: a pyvis network in one self-contained HTML file that works offline.

pyvis's own template loads Bootstrap (and, in its default modes, vis-network) from
CDNs and writes files without an encoding; kg renders pyvis's network through its
own template (``kg/assets/page.html.j2``) that inlines vis-network from the pyvis
package, and is written as UTF-8, atomically. pyvis's ``add_node``/``add_edge``
scan lists (quadratic), so kg fills ``net.nodes`` and ``net.edges`` directly.

Positions are computed here (:func:`kg.network.layout`, then labels moved apart)
so the browser draws at once with physics off; a graph above ``overview_above``
nodes opens as an overview of its communities, each opened by a click.
vis-network's physics can settle graphs up to ``physics_max`` nodes, but off by
default: on the sample page it puts labels back on top of one another.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pyvis.network import Network

from kg.network import CLASS_ORDER, areas, communities, dates, layout
from kg.vocab import LABELS

__all__ = ["OVERVIEW_ABOVE", "PHYSICS_MAX", "STYLE", "fetchable_urls", "render_page"]

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
FONT_SIZE = 18
#: Graphs up to this many nodes settle with vis-network's physics (from the computed layout); larger ones are
#: drawn still. 0: the computed layout, whose labels are already apart, is better at every size.
PHYSICS_MAX = 0
#: Graphs above this many nodes open as an overview of their communities.
OVERVIEW_ABOVE = 3000
#: Graphs up to this many nodes have their labels moved apart (the pairwise pass is quadratic).
DECLUTTER_MAX = 300
#: Pixels per unit of :func:`kg.network.layout` (the ideal length of a relation).
SCALE = 90
#: Labels drawn on the canvas are cut to this many characters (the panel and tooltips show them whole).
LABEL_CHARS = 12
_SOURCE_MAP = re.compile(r"//# sourceMappingURL=[^\s<]+")
_PLACEHOLDER = re.compile(r"__KG_(TITLE|DATA)__")


def _environment() -> Environment:
    pyvis_templates = Path(__import__("pyvis").__file__).parent / "templates"
    assets = resources.files("kg").joinpath("assets")
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(assets)), FileSystemLoader(str(pyvis_templates))]),
                      autoescape=False)
    # Chinese as itself, not \uXXXX: the file is a third the size and stays readable
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def _options(physics: bool) -> dict:
    return {
        "autoResize": True,
        "nodes": {"font": {"face": FONT, "size": FONT_SIZE, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 8}}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "selectionWidth": 2,
                  "font": {"face": FONT, "size": 14, "align": "middle", "strokeWidth": 4},
                  "scaling": {"label": {"drawThreshold": 8}},
                  "color": {"color": "#b4b9bf", "highlight": "#444444", "hover": "#666666"}},
        "physics": {"enabled": physics, "solver": "repulsion",
                    "repulsion": {"nodeDistance": SCALE * 0.8, "centralGravity": 0, "springLength": SCALE,
                                  "springConstant": 0.04, "damping": 0.5},
                    "stabilization": {"enabled": physics, "iterations": 100, "fit": True}},
        "interaction": {"hover": True, "hoverConnectedEdges": False, "tooltipDelay": 120, "hideEdgesOnDrag": True,
                        "navigationButtons": False, "multiselect": False},
        "layout": {"improvedLayout": False},
    }


def _short(node: str, base: str) -> str:
    """A node's id on the page: its IRI without the base (``person/张三``), so no address appears in the file."""
    return node[len(base):] if base and isinstance(node, str) and node.startswith(base) else str(node)


def _cut(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _class_label(t: str) -> str:
    zh, en = LABELS.get(t, (t, t))
    return f"{zh} {en}"


def _size(degree: int, mentions: int) -> float:
    """Node size: grows with the square root of relations plus mentions, so hubs stand out without swamping."""
    return round(min(40.0, 9 + 4.5 * math.sqrt(degree + mentions)), 1)


def render_page(g: nx.MultiDiGraph, title: str = "kg", base: str = "https://w3id.org/kg-union/id/",
                overview_above: int = OVERVIEW_ABOVE, physics_max: int = PHYSICS_MAX, seed: int = 0,
                positions: dict | None = None) -> str:
    """The HTML of the network page for the graph ``g`` (from :func:`kg.network.network_from_store`).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        Nodes with ``label``, ``type`` and, when known, ``alt``, ``mentions``, ``provenance``,
        ``articles``, ``areas``, ``dates``; edges with ``label`` and ``kind``. ``graph["focus"]``
        (from :func:`kg.network.neighbourhood`) is selected when the page opens.
    title : str
        The page's title.
    base : str
        The IRI base, cut from node ids on the page.
    overview_above : int
        Above this many nodes the page opens as an overview of communities.
    physics_max : int
        Up to this many nodes vis-network's physics settles the layout; above, it is off.
    seed : int
        Seed of the layout and of the communities.
    positions : dict, optional
        Node → ``(x, y)`` from :func:`kg.network.layout` (computed when not given).

    Returns
    -------
    str
        One self-contained HTML document.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("u", label="北京市总工会", type="TradeUnion", mentions=2, alt=[], provenance=[])
    >>> html = render_page(g)
    >>> "北京市总工会" in html and "https://" not in html.split("<script>")[0]
    True
    """
    n = g.number_of_nodes()
    overview = n > overview_above
    group = communities(g, seed) if overview else {}
    pos = positions if positions is not None else layout(g, seed=seed, groups=group or None)
    if overview:  # nodes without relations are each a community of one: the overview holds them as one
        alone = [v for v in g if g.degree(v) == 0]
        if len(alone) > 1:
            group.update(dict.fromkeys(alone, max(group.values()) + 1))
    place = areas(g) if any("areas" not in d for _, d in g.nodes(data=True)) else None
    when = dates(g) if any("dates" not in d for _, d in g.nodes(data=True)) else None
    ids = {v: _short(v, base) for v in g}
    degree = dict(g.degree())

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    details = {}
    for v, d in g.nodes(data=True):
        t = d.get("type", "Organization")
        color, shape = STYLE.get(t, ("#888888", "dot"))
        label = str(d.get("label", ids[v]))
        x, y = pos[v]
        net.nodes.append({
            "id": ids[v], "label": _cut(label), "x": round(x * SCALE, 1), "y": round(y * SCALE, 1), "color": color,
            "shape": shape, "size": _size(degree[v], d.get("mentions", 0)), "group": t,
            "title": f"{label}（{_class_label(t)}）",
        })
        details[ids[v]] = {
            "label": label, "type": t, "types": list(d.get("types", [t])), "alt": list(d.get("alt", [])),
            "mentions": d.get("mentions", 0), "date": d.get("date", ""),
            "areas": place[v] if place is not None else d.get("areas", []),
            "dates": when[v] if when is not None else d.get("dates", []),
            "provenance": [{**p, "article": _short(p["article"], base)} for p in d.get("provenance", [])],
            "c": group.get(v, 0),
        }
    if n <= DECLUTTER_MAX:
        _declutter(net.nodes)
    for i, (s, o, d) in enumerate(g.edges(data=True)):
        rel = str(d.get("label", ""))
        net.edges.append({"id": f"e{i}", "from": ids[s], "to": ids[o], "rel": rel, "kind": d.get("kind", ""),
                          "title": f"{g.nodes[s].get('label', ids[s])} —{rel}→ {g.nodes[o].get('label', ids[o])}"})
    physics = 0 < n <= physics_max
    net.options = _options(physics)

    counts = Counter(d["type"] for d in details.values())
    data = {
        "details": details,
        "legend": [{"type": t, "zh": LABELS.get(t, (t, t))[0], "en": LABELS.get(t, (t, t))[1], "color": c,
                    "shape": s, "count": counts.get(t, 0)} for t, (c, s) in STYLE.items()],
        "areas": sorted({a for d in details.values() for a in d["areas"]}),
        "dates": sorted({x for d in details.values() for x in d["dates"]}),
        "focus": [ids[c] for c in g.graph.get("focus", ()) if c in ids],
        "overview": overview,
        "clusters": _clusters(g, group, pos, ids, degree) if overview else [],
        "physics": physics,
    }
    net.templateEnv = _environment()
    net.path = "page.html.j2"
    html = net.generate_html()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    html = _PLACEHOLDER.sub(lambda m: _escape(title) if m.group(1) == "TITLE" else payload, html)
    return _SOURCE_MAP.sub("", html)


def _box(node: dict) -> tuple[float, float, float]:
    """How far down the middle of a node's drawing is from its centre, and half its width and height, label
    included (a CJK character is 1 em; sizes as vis-network draws them: a box is its label and a margin, an
    ellipse 1.5 times as wide and twice as high as its label, other shapes have the label below)."""
    em = FONT_SIZE
    text = sum(em if ord(ch) > 0x2E80 else 0.6 * em for ch in node["label"])
    if node["shape"] == "box":
        return 0.0, text / 2 + 5, em / 2 + 5
    if node["shape"] == "ellipse":
        return 0.0, max(0.75 * text, em), em
    size = node["size"]
    return (em + 4) / 2, max(size, text / 2), size + (em + 4) / 2


def _declutter(nodes: list[dict], rounds: int = 40, steps: int = 10) -> None:
    """Move nodes whose boxes (shape and label) overlap apart, along the axis where they overlap least.

    Each round finds the pairs that are close (all pairs compared at once), then moves only
    those for a few steps, so a round costs one n×n comparison.
    """
    if len(nodes) < 2:
        return
    boxes = np.array([_box(v) for v in nodes])
    down, half = boxes[:, 0], boxes[:, 1:] + 5
    pos = np.array([(v["x"], v["y"]) for v in nodes])
    pos[:, 1] += down
    pos += np.random.default_rng(0).uniform(-0.5, 0.5, pos.shape)  # nodes on one spot need a direction
    for _ in range(rounds):
        near = (half[:, None, :] + half[None, :, :] + 30 - np.abs(pos[:, None, :] - pos[None, :, :]) > 0).all(-1)
        i, j = np.nonzero(np.triu(near, 1))
        moved = False
        for _ in range(steps):
            d = pos[i] - pos[j]
            over = half[i] + half[j] - np.abs(d)
            hit = (over > 0).all(1)
            if not hit.any():
                break
            moved = True
            push = np.where((over[:, 0] < over[:, 1])[:, None], [1.0, 0.0], [0.0, 1.0]) * over * np.sign(d)
            push *= 0.3 * hit[:, None]
            delta = np.zeros_like(pos)
            np.add.at(delta, i, push)
            np.add.at(delta, j, -push)
            pos += delta
        if not moved:
            break
    pos[:, 1] -= down
    for v, (x, y) in zip(nodes, pos, strict=True):
        v["x"], v["y"] = round(float(x), 1), round(float(y), 1)


def _clusters(g: nx.MultiDiGraph, group: dict, pos: dict, ids: dict, degree: dict) -> list[dict]:
    """One overview node per community: where its members are, named after its best-linked member."""
    members: dict[int, list] = {}
    for v in g:
        members.setdefault(group[v], []).append(v)
    out = []
    for c, vs in sorted(members.items()):
        vs.sort(key=lambda v: (-degree[v], ids[v]))
        kinds = Counter(g.nodes[v].get("type") for v in vs)
        main = min(kinds, key=lambda t: (-kinds[t], CLASS_ORDER.index(t) if t in CLASS_ORDER else 99))
        head = str(g.nodes[vs[0]].get("label", ids[vs[0]]))
        if len(vs) == 1:
            label = _cut(head)
        elif degree[vs[0]] == 0:
            label = f"无关系的\n{len(vs)} 个 unlinked"
        else:
            label = f"{_cut(head, 10)}\n等{len(vs)}个"
        size = min(50.0, 10 + 1.6 * math.sqrt(len(vs)))
        out.append({
            "id": f"c:{c}", "c": c, "n": len(vs), "label": label,
            "title": f"社区 community {c}: {len(vs)} 节点 nodes — "
                     + "、".join(str(g.nodes[v].get("label", ids[v])) for v in vs[:8]),
            "x": round(sum(pos[v][0] for v in vs) / len(vs) * SCALE, 1),
            "y": round(sum(pos[v][1] for v in vs) / len(vs) * SCALE, 1),
            "color": STYLE.get(main, ("#888888", "dot"))[0],
            "size": round(size, 1), "font": {"size": round(max(16.0, size * 0.7), 1)},
        })
    return out


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
