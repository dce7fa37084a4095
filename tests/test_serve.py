"""kg serve over real HTTP: the SPARQL 1.1 Protocol with SPARQLWrapper as the client, limits, CORS, pages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from xml.dom.minidom import Document

import pytest

from kg.errors import QueryError
from kg.serve import make_server

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PREFIX = """PREFIX kg: <https://w3id.org/kg-union/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PERSONS = PREFIX + "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n"
MAX_ROWS = 40
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def server(sample_build):
    srv = make_server(sample_build[1], port=0, workers=2, timeout=TIMEOUT, max_rows=MAX_ROWS,
                      queries=ROOT / "queries")
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def client(server, fmt=JSON, method="GET"):
    w = SPARQLWrapper.SPARQLWrapper(server.url + "sparql")
    w.setReturnFormat(fmt)
    if method == "POST":
        w.setMethod(POST)
    elif method == "POSTDIRECTLY":
        w.setMethod(POST)
        w.setRequestMethod(POSTDIRECTLY)
    return w


def request(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_serve_select_json_by_every_method(server, method):
    w = client(server, JSON, method)
    w.setQuery(PERSONS)
    data = w.query().convert()
    names = [b["n"]["value"] for b in data["results"]["bindings"]]
    assert "周福刚" in names and names == sorted(names)
    assert data["results"]["bindings"][0]["n"]["xml:lang"] == "zh"


def test_serve_select_xml(server):
    w = client(server, XML)
    w.setQuery(PERSONS)
    doc = w.query().convert()
    assert isinstance(doc, Document)
    assert "周福刚" in [n.firstChild.data for n in doc.getElementsByTagName("literal")]


@pytest.mark.parametrize(("fmt", "delimiter"), [(CSV, ","), (TSV, "\t")])
def test_serve_select_csv_tsv(server, fmt, delimiter):
    w = client(server, fmt)
    w.setQuery(PERSONS)
    text = w.query().convert().decode("utf-8")
    # TSV cells are N-Triples terms, quotes included
    rows = list(csv.reader(io.StringIO(text))) if fmt == CSV else [line.split(delimiter) for line in text.splitlines()]
    assert rows[0] == (["n"] if fmt == CSV else ["?n"])
    assert ("周福刚" if fmt == CSV else '"周福刚"@zh') in [r[0] for r in rows[1:]]


def test_serve_ask(server):
    w = client(server, JSON)
    w.setQuery(PREFIX + 'ASK { ?p rdfs:label "周福刚"@zh }')
    assert w.query().convert()["boolean"] is True


def test_serve_construct_is_turtle(server):
    from rdflib import Graph, Literal

    w = client(server, TURTLE)
    w.setQuery(PREFIX + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a kg:Person ; rdfs:label ?n }")
    g = Graph().parse(data=w.query().convert(), format="turtle")
    assert Literal("周福刚", lang="zh") in set(g.objects())


def test_serve_update_refused(server):
    w = client(server, JSON, "POST")
    w.setQuery(PREFIX + 'INSERT DATA { <http://e/a> rdfs:label "x" }')
    with pytest.raises(urllib.error.HTTPError) as exc:
        w.query()
    assert exc.value.code == 403
    status, _, body = request(server.url + "sparql", b"INSERT DATA { <http://e/a> <http://e/p> 1 }",
                              {"Content-Type": "application/sparql-update"})
    assert status == 403 and b"read-only" in body


def test_serve_bad_query_is_400(server):
    w = client(server, JSON)
    w.setQuery("SELECT ?x WHERE {")
    with pytest.raises(QueryBadFormed):
        w.query()


def test_serve_result_cap(server):
    q = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    status, headers, body = request(server.url + "sparql?" + q, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS


def test_serve_time_limit_stops_the_query_and_keeps_serving(server):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    status, _, body = request(server.url + "sparql?" + urllib.parse.urlencode({"query": endless}))
    assert status == 503 and b"time limit" in body
    w = client(server, JSON)
    w.setQuery(PERSONS)
    assert w.query().convert()["results"]["bindings"]


def test_serve_cors(server):
    status, headers, _ = request(server.url + "sparql", method="OPTIONS",
                                 headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    q = urllib.parse.urlencode({"query": PERSONS})
    _, headers, _ = request(server.url + "sparql?" + q, headers={"Origin": "http://example.org"})
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_serve_query_page_lists_saved_queries(server):
    status, headers, body = request(server.url)
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    for q in (ROOT / "queries").glob("*.rq"):
        assert f'<option value="{q.stem}">' in page
    status, _, body = request(server.url + "queries")
    assert status == 200 and "union_leaders" in json.loads(body)


def test_serve_network_page(server, sample_build):
    status, _, body = request(server.url + "graph.html")
    assert status == 200 and body == (sample_build[1] / "graph.html").read_bytes()


def test_serve_missing_graph_is_a_query_error(tmp_path):
    with pytest.raises(QueryError, match="run `kg build` first"):
        make_server(tmp_path / "nothing", port=0)


def test_serve_command_line(sample_build):
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(sample_build[1]), "--port", "0",
                             "--workers", "1"], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stderr.readline()
        assert "serving" in line
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        w = SPARQLWrapper.SPARQLWrapper(url + "sparql")
        w.setReturnFormat(JSON)
        w.setQuery(PERSONS)
        assert w.query().convert()["results"]["bindings"]
    finally:
        proc.terminate()
        proc.wait(30)


def test_serve_memory_copy_is_used_once_loaded_and_answers_alike(sample_build):
    from kg.serve import _Graph
    from kg.store.oxigraph import MemorySnapshot

    held = _Graph(Path(sample_build[1]), "on")
    on_disk = held.query(PERSONS, MAX_ROWS).values()  # answered at once, from disk if the copy is not ready
    held.copying.join(60)
    assert isinstance(held.store, MemorySnapshot)
    assert held.query(PERSONS, MAX_ROWS).values() == on_disk and on_disk
    # off: the store on disk only
    assert not isinstance(_Graph(Path(sample_build[1]), "off").store, MemorySnapshot)


def test_serve_memory_auto_keeps_a_large_graph_on_disk(sample_build, monkeypatch):
    import kg.serve
    from kg.serve import _Graph
    from kg.store.oxigraph import MemorySnapshot

    monkeypatch.setattr(kg.serve, "MEMORY_TRIPLES", 10)  # the sample graph has far more triples
    held = _Graph(Path(sample_build[1]), "auto")
    held.copying.join(60)
    assert not isinstance(held.store, MemorySnapshot)
