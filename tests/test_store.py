"""Every store backend behaves the same: replace, remove, merge, query, serialise."""

from __future__ import annotations

import json

import pytest

from kg.errors import QueryError, StoreError
from kg.store import BACKENDS, open_store

G1, G2 = "http://e/g1", "http://e/g2"
Q1 = '<http://e/a> <http://e/p> "工会"@zh <http://e/g1> .\n<http://e/a> <http://e/q> <http://e/b> <http://e/g1> .\n'
Q2 = '<http://e/a> <http://e/p> "工会"@zh <http://e/g2> .\n<http://e/c> <http://e/p> "职工" <http://e/g2> .\n'


@pytest.fixture(params=sorted(BACKENDS))
def store(request):
    s = open_store(request.param)
    s.replace_graph(G1, Q1)
    s.replace_graph(G2, Q2)
    return s


def test_store_default_graph_is_the_merge_each_triple_once(store):
    assert store.query('SELECT ?s WHERE { ?s <http://e/p> "工会"@zh }').values() == [{"s": "http://e/a"}]
    assert len(store) == 4
    assert store.graphs() == [G1, G2]


def test_store_remove_keeps_what_another_graph_supports(store):
    store.remove_graph(G1)
    assert store.query('ASK { <http://e/a> <http://e/p> "工会"@zh }').boolean is True
    assert store.query("ASK { <http://e/a> <http://e/q> <http://e/b> }").boolean is False
    assert store.graphs() == [G2]


def test_store_replace_graph(store):
    store.replace_graph(G2, '<http://e/x> <http://e/p> "新" <http://e/g2> .\n')
    got = {r["s"] for r in store.query("SELECT ?s WHERE { ?s <http://e/p> ?o }").values()}
    assert got == {"http://e/a", "http://e/x"}


def test_store_named_graphs_queryable(store):
    q = "SELECT ?g WHERE { GRAPH ?g { <http://e/c> ?p ?o } }"
    assert store.query(q).values() == [{"g": G2}]


def test_store_results_json_is_w3c(store):
    data = json.loads(store.query("SELECT ?s ?o WHERE { ?s <http://e/p> ?o } ORDER BY ?o").to_json())
    assert data["head"]["vars"] == ["s", "o"]
    b = data["results"]["bindings"]
    assert {"type": "literal", "value": "工会", "xml:lang": "zh"} in [x["o"] for x in b]
    assert all(x["s"]["type"] == "uri" for x in b)


def test_store_serialisations_round_trip(store, tmp_path):
    for fmt, name in (("trig", "g.trig"), ("nquads", "g.nq"), ("turtle", "g.ttl")):
        path = tmp_path / name
        path.write_bytes(store.serialize(fmt))
        again = open_store("oxigraph")
        again.load(path)
        n = len(again.query("SELECT * WHERE { ?s ?p ?o }").rows)
        assert n == 3, fmt


def test_store_bad_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")


def test_store_unknown_backend():
    with pytest.raises(StoreError, match="unknown store backend"):
        open_store("mongodb")


G3 = "http://e/g3"
Q3 = '<http://e/a> <http://e/q> <http://e/b> <http://e/g3> .\n<http://e/d> <http://e/p> "新" <http://e/g3> .\n'


def test_store_replace_and_remove_several_graphs(store):
    store.replace_graphs([(G3, Q3), (G2, '<http://e/x> <http://e/p> "x" <http://e/g2> .\n')])
    assert store.graphs() == [G1, G2, G3]
    store.remove_graphs([G1, G3])
    assert store.graphs() == [G2]
    assert store.query("ASK { <http://e/a> <http://e/q> <http://e/b> }").boolean is False
    assert store.query('ASK { <http://e/a> <http://e/p> "工会"@zh }').boolean is False
    assert store.query('ASK { <http://e/x> <http://e/p> "x" }').boolean is True


def test_store_remove_several_keeps_what_a_remaining_graph_holds(store):
    store.replace_graph(G3, Q3)
    store.remove_graphs([G1])
    assert store.query("ASK { <http://e/a> <http://e/q> <http://e/b> }").boolean is True


def test_store_graph_ntriples(store):
    lines = sorted(store.graph_ntriples(G2).decode("utf-8").splitlines())
    assert lines == ['<http://e/a> <http://e/p> "工会"@zh .', '<http://e/c> <http://e/p> "职工" .']


def test_store_max_rows_truncates(store):
    res = store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=2)
    assert len(res.rows) == 2 and res.truncated
    res = store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=10)
    assert len(res.rows) == 3 and not res.truncated


def test_store_oxigraph_persists_and_opens_read_only(tmp_path):
    s = open_store("oxigraph", tmp_path / "store")
    s.replace_graphs([(G1, Q1), (G2, Q2)])
    s.flush()
    again = open_store("oxigraph", tmp_path / "store", read_only=True)
    assert again.graphs() == [G1, G2] and len(again) == 4
    assert again.query('SELECT ?s WHERE { ?s <http://e/p> "工会"@zh }').values() == [{"s": "http://e/a"}]


def test_store_oxigraph_compacted_keeps_the_graph(tmp_path):
    # a build compacts the store when done: the graph is the same, read-only opening answers as before
    s = open_store("oxigraph", tmp_path / "store")
    for i in range(5):
        s.replace_graphs([(f"http://e/h{i}", Q1.replace(G1, f"http://e/h{i}")), (G2, Q2)])
    s.flush()
    s.optimize()
    del s
    again = open_store("oxigraph", tmp_path / "store", read_only=True)
    assert len(again.graphs()) == 6 and again.default_size() == 3
    assert again.query('SELECT ?s WHERE { ?s <http://e/p> "职工" }').values() == [{"s": "http://e/c"}]


def test_store_dump_streams_to_a_file(store, tmp_path):
    with open(tmp_path / "g.nq", "wb") as f:
        store.dump(f, "nquads")
    assert (tmp_path / "g.nq").read_bytes() == store.serialize("nquads")


def test_store_memory_snapshot_answers_as_the_store_does(tmp_path):
    disk = open_store("oxigraph", tmp_path / "store")
    disk.replace_graphs([(G1, Q1), (G2, Q2)])
    snap = disk.snapshot()
    everything = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    assert snap.memory.on_disk is False and disk.default_size() == 3
    assert snap.query(everything).values() == disk.query(everything).values()
    # the copy holds the merged default graph only: a query naming graphs goes to the store on disk
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    assert snap.query(per_graph).values() == [{"g": G1, "n": "2"}, {"g": G2, "n": "2"}]
    assert snap.memory.query(per_graph).values() == []
