"""The knowledge graph as a networkx graph: nodes, labelled edges, places and dates, views, communities, layout."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np

from kg.errors import KgError
from kg.rdf import PREFIXES
from kg.store import Store
from kg.vocab import LABELS

__all__ = ["AREA_CLASSES", "CLASS_ORDER", "areas", "communities", "dates", "find_nodes", "layout", "neighbourhood",
           "network_from_store", "of_types"]

#: Classes drawn, in order of precedence when a node has two (an organisation used as a venue).
CLASS_ORDER = ("TradeUnion", "Person", "Organization", "Venue", "Event", "Honour", "District", "City", "Province",
               "Article")
#: Classes of places a node can be filtered by (a union is in its district, and in the city holding that).
AREA_CLASSES = ("District", "City", "Province")

_PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

_NODES = _PREFIX + """
SELECT ?e ?type ?label WHERE {
  ?e a ?type ; rdfs:label ?label .
  FILTER(?type IN (kg:Person, kg:TradeUnion, kg:Organization, kg:Venue, kg:District, kg:City, kg:Province,
                   kg:Event, kg:Honour))
}"""
_ALT = _PREFIX + "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
# an event is named by the mention that is its evidence, not by kg:mentionOf
_NAMED = "{ ?m kg:mentionOf ?e } UNION { ?e a kg:Event ; kg:evidence ?m }"
_COUNTS = _PREFIX + f"SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE {{ {_NAMED} }} GROUP BY ?e"
_ARTICLES = _PREFIX + """
SELECT ?a ?title ?date WHERE { ?a a kg:Article . OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date } }"""
_EDGES = _PREFIX + """
SELECT ?s ?o ?label ?kind WHERE {
  { ?ms a org:Membership ; org:member ?s ; org:organization ?o ; org:role/rdfs:label ?label . BIND("post" AS ?kind) }
  UNION { ?c a kg:HonourConferral ; kg:recipient ?s ; kg:honour ?o . BIND("荣获" AS ?label) BIND("honour" AS ?kind) }
  UNION { ?s org:subOrganizationOf ?o . BIND("隶属" AS ?label) BIND("part" AS ?kind) }
  UNION { ?s kg:district ?o . BIND("所在区划" AS ?label) BIND("place" AS ?kind) }
  UNION { ?s schema:containedInPlace ?o . BIND("位于" AS ?label) BIND("place" AS ?kind) }
  UNION { ?o kg:organiser ?s . BIND("举办" AS ?label) BIND("organiser" AS ?kind) }
  UNION { ?o kg:coOrganiser ?s . BIND("协办" AS ?label) BIND("organiser" AS ?kind) }
  UNION { ?s schema:location ?o . ?s a kg:Event . BIND("地点" AS ?label) BIND("venue" AS ?kind) }
  UNION { ?o kg:reporter ?s . BIND("记者" AS ?label) BIND("byline" AS ?kind) }
  UNION { ?o kg:correspondent ?s . BIND("通讯员" AS ?label) BIND("byline" AS ?kind) }
  UNION { ?o kg:photographer ?s . BIND("摄影" AS ?label) BIND("byline" AS ?kind) }
  UNION { ?o kg:editor ?s . BIND("编辑" AS ?label) BIND("byline" AS ?kind) }
}"""
_MENTIONS = _PREFIX + "SELECT DISTINCT ?a ?e WHERE { ?a schema:mentions ?e }"
_PROVENANCE = _PREFIX + f"""
SELECT ?e ?a ?anchor ?sentence ?start ?end WHERE {{
  {_NAMED}
  ?m kg:inArticle ?a ; kg:anchor ?anchor ; kg:start ?start ; kg:end ?end ; kg:inSentence/kg:text ?sentence .
}}"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def network_from_store(store: Store, max_provenance: int = 5) -> nx.MultiDiGraph:
    """Read the graph's entities, articles and relations into a :class:`networkx.MultiDiGraph`.

    Node attributes: ``label``, ``type`` (a kg class name), ``types``, ``mentions``,
    ``alt`` (written forms), ``provenance`` (up to ``max_provenance`` of: article, its
    title, the sentence, the mention, where the mention starts in the sentence (``at``,
    -1 if it is written differently there) and its source offsets), ``articles``,
    ``areas`` (see :func:`areas`), ``dates`` (see :func:`dates`) and, for articles,
    ``date``. Edge attributes: ``label`` (主席, 举办, 位于 …) and ``kind``. An entity
    that no relation links is joined to the articles that mention it.

    Parameters
    ----------
    store : Store
        A built graph.
    max_provenance : int
        How many mentions of each entity to keep, in the order of the text.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are IRIs.

    See Also
    --------
    kg.page.render_page : draws this graph.
    kg.export.export_network : writes it for Gephi, Cytoscape or JavaScript.
    """
    g = nx.MultiDiGraph()
    for row in store.query(_NODES).values():
        e, t = row["e"], _local(row["type"])
        if e in g:
            g.nodes[e]["types"].add(t)
        else:
            g.add_node(e, label=row["label"], types={t}, mentions=0, alt=[], provenance=[])
    for node in g.nodes.values():
        node["type"] = next(c for c in CLASS_ORDER if c in node["types"])
        node["types"] = sorted(node["types"])
    for row in store.query(_ALT).values():
        if row["e"] in g:
            g.nodes[row["e"]]["alt"].append(row["alt"])
    for row in store.query(_COUNTS).values():
        if row["e"] in g:
            g.nodes[row["e"]]["mentions"] = int(row["n"])
    titles: dict[str, str] = {}
    for row in store.query(_ARTICLES).values():
        a = row["a"]
        titles[a] = row.get("title", "")
        g.add_node(a, label=row.get("title") or a.rsplit("/", 1)[-1], type="Article", types=["Article"],
                   mentions=0, alt=[], provenance=[], date=row.get("date", ""))
    for row in store.query(_EDGES).values():
        s, o = row["s"], row["o"]
        if s in g and o in g:
            g.add_edge(s, o, label=row["label"], kind=row["kind"])
    for row in store.query(_MENTIONS).values():
        a, e = row["a"], row["e"]
        if e in g and a in g:
            g.nodes[e].setdefault("articles", set()).add(a)
    for e, data in list(g.nodes(data=True)):
        arts = data.pop("articles", set())
        data["articles"] = sorted(arts)
        if data["type"] != "Article" and g.degree(e) == 0:
            for a in sorted(arts):
                g.add_edge(a, e, label="提及", kind="mentions")
    for row in sorted(store.query(_PROVENANCE).values(), key=lambda r: (r["a"], int(r["start"]))):
        node = g.nodes.get(row["e"])
        if node is not None and len(node["provenance"]) < max_provenance:
            node["provenance"].append({
                "article": row["a"], "title": titles.get(row["a"], ""), "sentence": row["sentence"],
                "anchor": row["anchor"], "at": row["sentence"].find(row["anchor"]),
                "start": int(row["start"]), "end": int(row["end"]),
            })
    for n, a in areas(g).items():
        g.nodes[n]["areas"] = a
    for n, d in dates(g).items():
        g.nodes[n]["dates"] = d
    return g


# --- places and dates, for the page's filters ------------------------------------------------------------------

#: Relations whose subject takes the place of their object (lies in it, holds a post in it, is part of it, is held
#: at it), and those whose object takes the place of their subject (an event where its organiser is, a venue where
#: its events are). So a chair is where their union is, but a union is not where its chair's other posts are, and
#: 中华全国总工会 is not in Beijing because 北京市总工会 is part of it.
_TAKE_OBJECT_PLACE = frozenset({"place", "post", "part", "venue"})
_TAKE_SUBJECT_PLACE = frozenset({"organiser", "venue"})


def _takers(g: nx.MultiDiGraph, n) -> Iterable:
    """The nodes that take their place from ``n``."""
    for _, m, d in g.out_edges(n, data=True):
        if d.get("kind") in _TAKE_SUBJECT_PLACE:
            yield m
    for m, _, d in g.in_edges(n, data=True):
        if d.get("kind") in _TAKE_OBJECT_PLACE:
            yield m


def areas(g: nx.MultiDiGraph, reach: int = 2) -> dict:
    """The places (districts, cities, provinces) each node of ``g`` belongs to, by label.

    A place belongs to itself and to the places it lies in (位于); any other node to the
    places nearest to it, at most ``reach`` relations away, following relations that
    carry a place (a chair is where their union is, an event where its organiser or its
    venue is, a part where the whole is), and to the places holding those. An article
    belongs to the places of what it names, an honour to those of its holders.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        A graph from :func:`network_from_store`.
    reach : int
        How many relations away a place may be.

    Returns
    -------
    dict
        Node → sorted list of place labels (empty when none is near).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n, t in [("bj", "City"), ("hr", "District"), ("u", "TradeUnion"), ("p", "Person")]:
    ...     g.add_node(n, label={"bj": "北京市", "hr": "怀柔区", "u": "怀柔区总工会", "p": "王立新"}[n], type=t)
    >>> g.add_edge("hr", "bj", label="位于", kind="place")
    0
    >>> g.add_edge("u", "hr", label="所在区划", kind="place")
    0
    >>> g.add_edge("p", "u", label="主席", kind="post")
    0
    >>> areas(g)["p"]
    ['北京市', '怀柔区']
    """
    is_area = {n for n, d in g.nodes(data=True) if d.get("type") in AREA_CLASSES}
    within: dict = {a: {o for _, o, d in g.out_edges(a, data=True) if o in is_area and d.get("kind") == "place"}
                    for a in is_area}
    closure: dict = {}

    def holders(a, seen=()):
        if a not in closure:
            closure[a] = {a}.union(*(holders(b, (*seen, a)) for b in within[a] if b not in seen and b != a))
        return closure[a]

    nearest: dict = {a: {a} for a in is_area}
    frontier = dict(nearest)
    for _ in range(reach):
        reached: dict = defaultdict(set)
        for n, found in frontier.items():
            for m in _takers(g, n):
                if m not in nearest:
                    reached[m] |= found
        nearest.update(reached)
        frontier = reached
    named: dict = defaultdict(set)  # article → the entities it names
    for n, data in g.nodes(data=True):
        for a in data.get("articles", ()):
            named[a].add(n)
    result = {}
    for n, data in g.nodes(data=True):
        found = nearest.get(n, set())
        if not found and data.get("type") in ("Article", "Honour"):
            found = set().union(*(nearest.get(m, set()) for m in {*nx.all_neighbors(g, n), *named[n]}))
        result[n] = sorted({g.nodes[b]["label"] for a in found for b in holders(a)})
    return result


def dates(g: nx.MultiDiGraph) -> dict:
    """The dates (ISO ``YYYY-MM-DD``) of the articles each node of ``g`` is found in.

    An article has its own date; an entity the dates of the articles naming it, or, when no
    article names it (a district implied by its union), those of its neighbours.

    Returns
    -------
    dict
        Node → sorted list of dates (empty when no article is dated).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", type="Article", date="2024-05-09T00:00:00")
    >>> g.add_node("u", type="TradeUnion", articles=["a"])
    >>> g.add_node("d", type="District")
    >>> _ = g.add_edge("u", "d", kind="place")
    >>> dates(g)["d"]
    ['2024-05-09']
    """
    own = {}
    for n, d in g.nodes(data=True):
        arts = [n] if d.get("type") == "Article" else d.get("articles", ())
        own[n] = {g.nodes[a]["date"][:10] for a in arts if a in g and g.nodes[a].get("date")}
    return {n: sorted(found or set().union(*(own[m] for m in nx.all_neighbors(g, n))))
            for n, found in own.items()}


# --- views: a neighbourhood, a set of classes -------------------------------------------------------------------

def find_nodes(g: nx.MultiDiGraph, name: str) -> list:
    """The nodes of ``g`` a user means by ``name``.

    Those whose label or a written form (``alt``) is ``name``; failing that, those whose id is
    ``name`` or ends in ``/name``; failing that, those with a label or written form containing it.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("person/王立新", label="王立新", alt=[])
    >>> g.add_node("org/怀柔区总工会", label="怀柔区总工会", alt=["怀柔工会"])
    >>> find_nodes(g, "怀柔工会"), find_nodes(g, "立新")
    (['org/怀柔区总工会'], ['person/王立新'])
    """
    name = name.strip()

    def names(d):
        return [d.get("label", ""), *d.get("alt", ())]

    exact = [n for n, d in g.nodes(data=True) if name in names(d)]
    if exact:
        return exact
    by_id = [n for n in g if isinstance(n, str) and (n == name or n.endswith("/" + name))]
    if by_id:
        return by_id
    return [n for n, d in g.nodes(data=True) if name and any(name in x for x in names(d))]


def neighbourhood(g: nx.MultiDiGraph, name: str, hops: int = 1) -> nx.MultiDiGraph:
    """The part of ``g`` within ``hops`` relations (either way) of the entity called ``name``.

    The centres (every node :func:`find_nodes` names, when their labels are the same) are in
    ``graph["focus"]`` of the result.

    Raises
    ------
    KgError
        When no node is called ``name``, or several different ones contain it.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> nx.set_node_attributes(g, {n: n for n in g}, "label")
    >>> sorted(neighbourhood(g, "b", hops=1))
    ['a', 'b', 'c']
    """
    centres = find_nodes(g, name)
    if not centres:
        raise KgError(f"no entity is called {name!r}")
    if len({g.nodes[c].get("label") for c in centres}) > 1:
        shown = "、".join(sorted({g.nodes[c].get("label", str(c)) for c in centres})[:10])
        raise KgError(f"{name!r} names {len(centres)} entities ({shown}); give the whole name")
    keep = set(centres)
    frontier = set(centres)
    for _ in range(max(0, hops)):
        frontier = {m for n in frontier for m in nx.all_neighbors(g, n)} - keep
        keep |= frontier
    sub = g.subgraph(keep).copy()
    sub.graph["focus"] = centres
    return sub


def _class_name(name: str) -> str:
    """A kg class from its name, in any case, or its Chinese or English label (工会, trade union)."""
    key = name.strip().lower().replace(" ", "")
    for c in CLASS_ORDER:
        zh, en = LABELS.get(c, (c, c))
        if key in (c.lower(), zh, en.lower().replace(" ", "")):
            return c
    raise KgError(f"unknown class {name!r}; choose from {', '.join(CLASS_ORDER)}")


def of_types(g: nx.MultiDiGraph, types: str | Iterable[str]) -> nx.MultiDiGraph:
    """The part of ``g`` made of the nodes of the classes ``types`` and the relations between them.

    Parameters
    ----------
    types : str or iterable of str
        Class names (``TradeUnion,District``), or their Chinese or English labels.

    Raises
    ------
    KgError
        For a name that is no class drawn on the page.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("u", type="TradeUnion"); g.add_node("d", type="District"); g.add_node("p", type="Person")
    >>> sorted(of_types(g, "TradeUnion,区县"))
    ['d', 'u']
    """
    names = types.split(",") if isinstance(types, str) else list(types)
    wanted = {_class_name(t) for t in names if t.strip()}
    return g.subgraph([n for n, d in g.nodes(data=True) if d.get("type") in wanted]).copy()


# --- communities and layout ---------------------------------------------------------------------------------------

#: Largest connected component laid out with exact forces between every pair of nodes.
EXACT_MAX = 300


def _simple(g: nx.Graph) -> tuple[list, np.ndarray, np.ndarray, np.ndarray]:
    """Nodes, and the edges as index arrays ``u < v`` with their multiplicity as weight (self-loops dropped)."""
    nodes = list(g)
    index = {n: i for i, n in enumerate(nodes)}
    pairs = np.array([(index[s], index[o]) for s, o in g.edges() if s != o], dtype=np.int64).reshape(-1, 2)
    pairs.sort(axis=1)
    keys, weight = np.unique(pairs[:, 0] * max(1, len(nodes)) + pairs[:, 1], return_counts=True)
    n = max(1, len(nodes))
    return nodes, keys // n, keys % n, weight.astype(float)


def _louvain(n: int, u: np.ndarray, v: np.ndarray, w: np.ndarray, seed: int) -> np.ndarray:
    h = nx.Graph()
    h.add_nodes_from(range(n))
    h.add_weighted_edges_from(zip(u.tolist(), v.tolist(), w.tolist(), strict=True))
    groups = sorted(nx.community.louvain_communities(h, seed=seed), key=lambda c: (-len(c), min(c)))
    label = np.empty(n, dtype=np.int64)
    for i, c in enumerate(groups):
        label[list(c)] = i
    return label


def communities(g: nx.Graph, seed: int = 0) -> dict:
    """Communities of ``g`` (Louvain, relations taken both ways), numbered from the largest.

    Examples
    --------
    >>> g = nx.MultiDiGraph(nx.barbell_graph(5, 0))
    >>> c = communities(g)
    >>> c[0] == c[4] != c[9]
    True
    """
    nodes, u, v, w = _simple(g)
    return dict(zip(nodes, _louvain(len(nodes), u, v, w, seed).tolist(), strict=True)) if nodes else {}


def layout(g: nx.Graph, seed: int = 0, groups: dict | None = None) -> dict:
    """Positions of the nodes of ``g`` for drawing, in units of the ideal length of a relation.

    Force-directed (Fruchterman–Reingold) and fast enough for tens of thousands of nodes:
    each connected component is laid out on its own and the components are packed in
    rows, largest first. Components of up to :data:`EXACT_MAX` nodes get exact forces,
    many at once; a larger one is first laid out as the graph of its communities, then
    refined with repulsion computed on a grid by FFT (particle-mesh), O(n + G² log G) a step.

    Parameters
    ----------
    g : networkx.Graph
        Any graph (directions and parallel edges count as one relation).
    seed : int
        Seed of the starting positions (the result is reproducible).
    groups : dict, optional
        Node → community, as from :func:`communities`; computed when needed and not given.

    Returns
    -------
    dict
        Node → ``(x, y)``.

    Examples
    --------
    >>> pos = layout(nx.path_graph(3))
    >>> 0.5 < abs(pos[0][0] - pos[1][0]) + abs(pos[0][1] - pos[1][1]) < 3
    True
    """
    nodes, u, v, w = _simple(g)
    n = len(nodes)
    if not n:
        return {}
    rng = np.random.default_rng(seed)
    h = nx.Graph()
    h.add_nodes_from(range(n))
    h.add_edges_from(zip(u.tolist(), v.tolist(), strict=True))
    comps = sorted((np.array(sorted(c)) for c in nx.connected_components(h)), key=lambda c: (-len(c), c[0]))
    group = None if groups is None else np.array([groups.get(x, -1) for x in nodes])
    pos = np.zeros((n, 2))
    small = [c for c in comps if len(c) <= EXACT_MAX]
    for c, p in zip(small, _exact_components(small, u, v, w, n, rng), strict=True):
        pos[c] = p
    for c in (c for c in comps if len(c) > EXACT_MAX):
        inside = np.zeros(n, dtype=bool)
        inside[c] = True
        keep = inside[u] & inside[v]
        local = np.full(n, -1)
        local[c] = np.arange(len(c))
        cg = None if group is None else group[c]
        pos[c] = _large_component(len(c), local[u[keep]], local[v[keep]], w[keep], rng, cg, seed)
    for c in comps:
        _unit_edges(pos, c, u, v)
    _pack(comps, pos)
    return {x: (float(p[0]), float(p[1])) for x, p in zip(nodes, pos, strict=True)}


def _exact_components(comps: list, u, v, w, n: int, rng, mass=None) -> list:
    """Exact Fruchterman–Reingold for each of ``comps`` (index arrays), batched by size, padded."""
    out: list = [None] * len(comps)
    comp_of = np.full(n, -1)
    local = np.zeros(n, dtype=np.int64)
    for i, c in enumerate(comps):
        comp_of[c] = i
        local[c] = np.arange(len(c))
    by_size: dict = defaultdict(list)
    for i, c in enumerate(comps):
        by_size[1 << max(0, len(c) - 1).bit_length()].append(i)
    for size, members in by_size.items():
        step = max(1, 2_000_000 // (size * size))
        for start in range(0, len(members), step):
            batch = members[start:start + step]
            slot = np.full(len(comps), -1)
            slot[batch] = np.arange(len(batch))
            b = len(batch)
            mask = np.zeros((b, size), dtype=bool)
            m = np.ones((b, size))
            for j, i in enumerate(batch):
                mask[j, :len(comps[i])] = True
                if mass is not None:
                    m[j, :len(comps[i])] = mass[comps[i]]
            adj = np.zeros((b, size, size))
            sel = slot[comp_of[u]] >= 0
            bs, lu, lv = slot[comp_of[u[sel]]], local[u[sel]], local[v[sel]]
            np.add.at(adj, (bs, lu, lv), w[sel])
            np.add.at(adj, (bs, lv, lu), w[sel])
            p = _fr_exact(adj, mask, m, rng.uniform(-1, 1, (b, size, 2)) * np.sqrt(size))
            for j, i in enumerate(batch):
                out[i] = p[j, :len(comps[i])]
    return out


def _fr_exact(adj: np.ndarray, mask: np.ndarray, mass: np.ndarray, pos: np.ndarray, iterations: int = 150):
    """Fruchterman–Reingold with every pair's repulsion, on a batch of padded graphs (ideal length 1)."""
    pair = (mask[:, :, None] & mask[:, None, :]) * mass[:, :, None] * mass[:, None, :]
    t0 = 0.2 * np.sqrt(mask.sum(1).max())
    for it in range(iterations):
        delta = pos[:, :, None, :] - pos[:, None, :, :]
        d2 = np.maximum(np.einsum("bijk,bijk->bij", delta, delta), 1e-4)
        coef = pair / d2 - adj * np.sqrt(d2)
        disp = np.einsum("bij,bijk->bik", coef, delta) / mass[:, :, None]
        length = np.maximum(np.sqrt(np.einsum("bik,bik->bi", disp, disp)), 1e-9)[:, :, None]
        t = t0 * (1 - it / iterations) + 0.01
        pos += disp * (np.minimum(length, t) / length)
    return pos


def _large_component(n: int, u, v, w, rng, group, seed: int) -> np.ndarray:
    """A connected component too large for exact forces: its communities first, then every node on a grid."""
    if group is None or (group < 0).any():
        group = _louvain(n, u, v, w, seed)
    _, group = np.unique(group, return_inverse=True)
    k = int(group.max()) + 1
    size = np.bincount(group, minlength=k).astype(float)
    if k > n / 1.5:  # too few communities to help: start from random positions
        pos = rng.uniform(-1, 1, (n, 2)) * np.sqrt(n)
        return _fr_grid(pos, u, v, w, iterations=120, t0=0.1 * np.sqrt(n))
    gu, gv = group[u], group[v]
    cross = gu != gv
    cg = nx.Graph()
    cg.add_nodes_from(range(k))
    for a, b, x in zip(gu[cross].tolist(), gv[cross].tolist(), w[cross].tolist(), strict=True):
        cg.add_edge(a, b, weight=cg.get_edge_data(a, b, {"weight": 0})["weight"] + x)
    cu = np.array([a for a, _ in cg.edges()], dtype=np.int64)
    cv = np.array([b for _, b in cg.edges()], dtype=np.int64)
    cw = np.log1p(np.array([d["weight"] for *_, d in cg.edges(data=True)], dtype=float))
    if k <= EXACT_MAX:
        centre = _exact_components([np.arange(k)], cu, cv, cw, k, rng, mass=np.sqrt(size))[0]
    else:
        centre = _large_component(k, cu, cv, cw, rng, None, seed)
    # spread the centres so that each community has room for its members (radius ~ sqrt(size))
    radius = 0.6 * np.sqrt(size)
    if k > 1:
        d = np.sqrt(((centre[:, None] - centre[None]) ** 2).sum(-1))
        need = (radius[:, None] + radius[None]) / np.maximum(d, 1e-9)
        np.fill_diagonal(need, 0)
        centre = centre * float(np.quantile(need.max(1), 0.5))
    angle = rng.uniform(0, 2 * np.pi, n)
    r = radius[group] * np.sqrt(rng.uniform(0, 1, n))
    pos = centre[group] + np.stack([np.cos(angle), np.sin(angle)], 1) * r[:, None]
    return _fr_grid(pos, u, v, w, iterations=60, t0=1.0)


def _kernel(size: int) -> tuple[np.ndarray, np.ndarray]:
    """FFT of the repulsion field of a unit mass, (dx, dy) / (dx² + dy²) in grid units, on a 2size grid."""
    off = np.fft.fftfreq(2 * size, 1 / (2 * size))
    dx, dy = np.meshgrid(off, off, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0
    kx, ky = dx / r2, dy / r2
    kx[0, 0] = ky[0, 0] = 0.0
    return np.fft.rfft2(kx), np.fft.rfft2(ky)


def _fr_grid(pos: np.ndarray, u, v, w, iterations: int, t0: float) -> np.ndarray:
    """Fruchterman–Reingold (ideal length 1) with repulsion from a particle-mesh: masses spread on a grid
    (cloud in cell), the field convolved by FFT and read back at each node with the same weights, so a node
    does not push itself."""
    n = len(pos)
    size = int(np.clip(2.6 * np.sqrt(n), 32, 256)) // 2 * 2
    kx, ky = _kernel(size)
    shape = (2 * size, 2 * size)
    for it in range(iterations):
        lo = pos.min(0)
        h = float((pos.max(0) - lo).max()) / (size - 2) + 1e-9
        grid = (pos - lo) / h
        cell = np.minimum(grid.astype(np.int64), size - 2)
        f = grid - cell
        flat = cell[:, 0] * size + cell[:, 1]
        corners = ((0, (1 - f[:, 0]) * (1 - f[:, 1])), (size, f[:, 0] * (1 - f[:, 1])),
                   (1, (1 - f[:, 0]) * f[:, 1]), (size + 1, f[:, 0] * f[:, 1]))
        rho = sum(np.bincount(flat + o, weights=c, minlength=size * size) for o, c in corners)
        spectrum = np.fft.rfft2(rho.reshape(size, size), s=shape)
        fx = np.fft.irfft2(spectrum * kx, s=shape)[:size, :size].ravel()
        fy = np.fft.irfft2(spectrum * ky, s=shape)[:size, :size].ravel()
        disp = np.stack([sum(fx[flat + o] * c for o, c in corners), sum(fy[flat + o] * c for o, c in corners)], 1) / h
        delta = pos[v] - pos[u]
        pull = delta * (w * np.sqrt((delta * delta).sum(1)))[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(u, pull[:, axis], n) - np.bincount(v, pull[:, axis], n)
        disp -= 0.02 * (pos - pos.mean(0))  # a little gravity keeps stragglers from stretching the grid
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)[:, None]
        t = t0 * (1 - it / iterations) + 0.01
        pos = pos + disp * (np.minimum(length, t) / length)
    return pos


def _unit_edges(pos: np.ndarray, comp: np.ndarray, u, v) -> None:
    """Scale one component so that its median relation is 1 long (forces between all pairs stretch trees)."""
    if len(comp) < 3:
        return
    inside = np.zeros(len(pos), dtype=bool)
    inside[comp] = True
    keep = inside[u]
    length = np.sqrt(((pos[u[keep]] - pos[v[keep]]) ** 2).sum(1))
    median = float(np.median(length)) if len(length) else 0.0
    if median > 1e-6:
        centre = pos[comp].mean(0)
        pos[comp] = centre + (pos[comp] - centre) / median


def _pack(comps: list, pos: np.ndarray, gap: float = 1.0, aspect: float = 1.6) -> None:
    """Move each component (index arrays, largest first) into rows of a page about ``aspect`` wide as high."""
    boxes = []
    for c in comps:
        p = pos[c] - pos[c].min(0)
        pos[c] = p
        boxes.append(p.max(0))
    area = sum((b[0] + gap) * (b[1] + gap) for b in boxes)
    width = max(max(b[0] for b in boxes) + gap, np.sqrt(area * aspect))
    x = y = row = 0.0
    for c, b in sorted(zip(comps, boxes, strict=True), key=lambda cb: -cb[1][1]):
        if x > 0 and x + b[0] > width:
            x, y, row = 0.0, y + row + gap, 0.0
        pos[c] += (x, y)
        x += b[0] + gap
        row = max(row, b[1])
    pos -= pos.mean(0)
