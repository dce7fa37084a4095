"""Summary counts of a built graph, for ``kg stats``."""

from __future__ import annotations

from kg.rdf import PREFIXES
from kg.store import Store

__all__ = ["graph_stats", "stats_dict"]

_PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_CLASSES = ("Article", "Person", "TradeUnion", "Organization", "Venue", "District", "City", "Province", "Event",
            "Honour", "Mention", "Sentence")


def stats_dict(store: Store) -> dict:
    """Counts: quads, named graphs, instances of each class, posts, honours conferred, bylines."""
    out: dict = {"quads": len(store), "graphs": len(store.graphs())}
    q = _PREFIX + "SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?t } GROUP BY ?t"
    counts = {r["t"].rsplit("#", 1)[-1]: int(r["n"]) for r in store.query(q).values()}
    out["classes"] = {c: counts.get(c, 0) for c in _CLASSES}
    out["posts"] = counts.get("Membership", 0)
    out["honours conferred"] = counts.get("HonourConferral", 0)
    q = _PREFIX + """SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?person .
        VALUES ?p { kg:reporter kg:correspondent kg:photographer kg:editor } }"""
    out["byline credits"] = int(store.query(q).values()[0]["n"])
    return out


def graph_stats(store: Store) -> str:
    """The counts as aligned text."""
    d = stats_dict(store)
    lines = [f"quads            {d['quads']}", f"named graphs     {d['graphs']}"]
    lines += [f"{c:16} {n}" for c, n in d["classes"].items()]
    lines += [f"{k:16} {d[k]}" for k in ("posts", "honours conferred", "byline credits")]
    return "\n".join(lines)
