"""The knowledge graph as a networkx graph: entities and articles as nodes, relations as labelled edges."""

from __future__ import annotations

import networkx as nx

from kg.rdf import PREFIXES
from kg.store import Store

__all__ = ["CLASS_ORDER", "network_from_store"]

#: Classes drawn, in order of precedence when a node has two (an organisation used as a venue).
CLASS_ORDER = ("TradeUnion", "Person", "Organization", "Venue", "Event", "Honour", "District", "City", "Province",
               "Article")

_PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

_NODES = _PREFIX + """
SELECT ?e ?type ?label WHERE {
  ?e a ?type ; rdfs:label ?label .
  FILTER(?type IN (kg:Person, kg:TradeUnion, kg:Organization, kg:Venue, kg:District, kg:City, kg:Province,
                   kg:Event, kg:Honour))
}"""
_ALT = _PREFIX + "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt }"
_COUNTS = _PREFIX + "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:mentionOf ?e } GROUP BY ?e"
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
_PROVENANCE = _PREFIX + """
SELECT ?e ?a ?anchor ?sentence ?start ?end WHERE {
  ?m kg:mentionOf ?e ; kg:inArticle ?a ; kg:anchor ?anchor ; kg:start ?start ; kg:end ?end ;
     kg:inSentence/kg:text ?sentence .
}"""


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def network_from_store(store: Store, max_provenance: int = 5) -> nx.MultiDiGraph:
    """Read the graph's entities, articles and relations into a :class:`networkx.MultiDiGraph`.

    Node attributes: ``label``, ``type`` (a kg class name), ``types``, ``mentions``,
    ``alt`` (written forms), ``provenance`` (up to ``max_provenance`` of: article,
    sentence, the mention, its source offsets) and, for articles, ``date``. Edge
    attributes: ``label`` (主席, 举办, 位于 …) and ``kind``. An entity that no relation
    links is joined to the articles that mention it.
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
                "anchor": row["anchor"], "start": int(row["start"]), "end": int(row["end"]),
            })
    return g
