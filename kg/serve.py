"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build, with a query page and the network page.

Queries run in worker processes that open the store read-only, so a query over its
time limit is stopped for good (its process is killed and replaced) and the server
keeps answering. Results are capped at a number of rows (the answer says so in the
``X-KG-Truncated`` header). Updates are refused with 403. Every answer carries CORS
headers, so browser tools (Yasgui, a page on another port) can query it.

Routes: ``/sparql`` (GET ``?query=``, POST ``application/sparql-query`` or a form),
``/`` (the query page), ``/queries`` (the saved queries as JSON), ``/graph.html``
(the build's network page).
"""

from __future__ import annotations

import contextlib
import html
import json
import multiprocessing as mp
import os
import queue
import re
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, QueryError, StoreError

__all__ = ["QueryEngine", "Server", "is_update", "make_server", "negotiate"]

#: Result formats by media type, for SELECT and ASK.
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Graph formats by media type, for CONSTRUCT and DESCRIBE.
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
_SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
          "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
          "ntriples": "application/n-triples", "nt": "application/n-triples", "rdfxml": "application/rdf+xml",
          "jsonld": "application/ld+json"}
_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
          "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ntriples": "application/n-triples",
          "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}
_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_MAX_BODY = 1_000_000


def negotiate(accept: str, fmt: str | None = None) -> list[str]:
    """Media types the client accepts, best first: ``format``/``output`` parameter, then ``Accept``.

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+json")
    ['application/sparql-results+json', 'text/csv']
    >>> negotiate("*/*", "xml")
    ['application/sparql-results+xml', '*/*']
    """
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, bits[0].lower()))
    types = [t for _, _, t in sorted(ranked)]
    if fmt:
        types.insert(0, _SHORT.get(fmt.lower(), fmt.lower()))
    return types


def is_update(sparql: str) -> bool:
    """Is this a SPARQL Update rather than a query (its first keyword after the prologue)?

    Examples
    --------
    >>> is_update("PREFIX kg: <https://w3id.org/kg-union/ontology#> INSERT DATA { kg:a kg:b kg:c }")
    True
    >>> is_update("SELECT ?add WHERE { ?add ?p ?o }")
    False
    """
    return bool(_UPDATE.match(sparql, _PROLOGUE.match(sparql).end()))


def _render(result: Any, accepted: list[str], prefixes: dict[str, str]) -> tuple[str, bytes]:
    """The media type and body of a result, in the first accepted format its kind has."""
    if result.kind == "graph":
        fmt = next((_GRAPH_TYPES[t] for t in accepted if t in _GRAPH_TYPES), "turtle")
        import pyoxigraph as ox

        data = "".join(line + "\n" for line in result.triples).encode("utf-8")
        if fmt == "ntriples":
            return _MEDIA[fmt], data
        out = {"turtle": ox.RdfFormat.TURTLE, "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
        body = ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=out,
                            prefixes=prefixes if fmt == "turtle" else None) or b""
        return _MEDIA[fmt], body
    fmt = next((_RESULT_TYPES[t] for t in accepted if t in _RESULT_TYPES), "json")
    return _MEDIA[fmt], result.serialize(fmt).encode("utf-8")


# -- query workers -------------------------------------------------------------------------
def _stamp(graph: Path) -> int:
    """Changes whenever a build changes the graph (the manifest is written last)."""
    from kg.manifest import MANIFEST

    target = graph / MANIFEST if graph.is_dir() else graph
    try:
        return os.stat(target).st_mtime_ns
    except OSError:
        return 0


#: ``memory="auto"`` copies a graph into memory up to this many triples (about 0.4 GB per million, per query process).
MEMORY_TRIPLES = 5_000_000


class _Graph:
    """What a query process answers from: the build's store on disk at once, then its copy in memory.

    With ``memory`` ``"on"`` (or ``"auto"`` and at most :data:`MEMORY_TRIPLES` triples) the
    merged default graph is copied into memory by a background thread
    (:meth:`~kg.store.oxigraph.OxigraphStore.snapshot`); queries are answered from disk until
    the copy is ready, so the server starts at once. After a build changes the graph, the same
    happens again with the new store.
    """

    def __init__(self, path: Path, memory: str):
        self.path, self.memory = path, memory
        self.store: Any = None
        self.stamp = 0
        self.copying: threading.Thread | None = None
        self.reopen()

    def reopen(self) -> None:
        from kg.query import load_graph

        stamp, store = _stamp(self.path), load_graph(self.path)
        self.stamp, self.store = stamp, store
        if self.memory != "off" and getattr(store, "on_disk", False):
            self.copying = threading.Thread(target=self._copy, args=(store, stamp), daemon=True, name="kg-snapshot")
            self.copying.start()

    def _copy(self, store: Any, stamp: int) -> None:
        with contextlib.suppress(KgError):
            if self.memory == "auto" and store.default_size() > MEMORY_TRIPLES:
                return
            snapshot = store.snapshot()
            if self.stamp == stamp:  # not replaced by a newer build meanwhile
                self.store = snapshot

    def query(self, sparql: str, max_rows: int) -> Any:
        if _stamp(self.path) != self.stamp:  # a build changed the store: see its new state
            self.reopen()
        try:
            return self.store.query(sparql, max_rows=max_rows)
        except QueryError as exc:
            if "syntax" in str(exc).lower():
                raise
            self.reopen()  # files moved under a long-open reader: reopen once
            return self.store.query(sparql, max_rows=max_rows)


def _worker_main(conn: Any, graph: str, max_rows: int, memory: str = "auto") -> None:
    """A query process: open the graph read-only, then answer (sparql, accepted types) until told to stop."""
    try:
        held = _Graph(Path(graph), memory)
    except KgError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        sparql, accepted = msg
        try:
            result = held.query(sparql, max_rows)
            ctype, body = _render(result, accepted, getattr(held.store, "prefixes", {}))
            conn.send((200, ctype, body, result.truncated))
        except KgError as exc:
            conn.send((400, "text/plain; charset=utf-8", f"{exc}\n".encode(), False))
        except Exception as exc:  # keep serving whatever one query did
            conn.send((500, "text/plain; charset=utf-8", f"query failed: {exc}\n".encode(), False))


class _Worker:
    def __init__(self, ctx: Any, graph: str, max_rows: int, memory: str):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, graph, max_rows, memory), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise StoreError("a query process did not start in time")
        kind, message = self.conn.recv()
        if kind != "ready":
            raise StoreError(message)
        self.ready = True

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(0.5)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


@dataclass
class Answer:
    """An HTTP answer from the engine."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False


class QueryEngine:
    """Runs SPARQL queries over a graph in ``workers`` processes, each query within ``timeout`` seconds.

    Parameters
    ----------
    graph : Path
        A build folder (its store is opened read-only) or an RDF file.
    workers : int
        Query processes (queries beyond that many wait for a free one).
    timeout : float
        Seconds a query may run; then its process is killed and the answer is 503.
    max_rows : int
        Rows (or triples) at most in an answer.
    memory : {'auto', 'on', 'off'}
        Whether each query process copies the graph into memory (see :class:`_Graph`).

    Raises
    ------
    StoreError, QueryError
        If the graph cannot be opened.
    """

    def __init__(self, graph: str | Path, workers: int = 2, timeout: float = 10.0, max_rows: int = 10_000,
                 memory: str = "auto"):
        self.graph = str(graph)
        self.memory = memory
        self.timeout = timeout
        self.max_rows = max_rows
        self._ctx = mp.get_context("spawn")  # never fork a process that runs server threads
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        try:
            for _ in range(max(1, workers)):
                w = self._spawn()
                w.wait_ready(60)
                self._idle.put(w)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self.graph, self.max_rows, self.memory)
        with self._lock:
            self._all.append(w)
        return w

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            if w in self._all:
                self._all.remove(w)

    def run(self, sparql: str, accepted: list[str]) -> Answer:
        """Answer one query (``accepted``: media types, best first)."""
        try:
            w = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer(503, "text/plain; charset=utf-8", b"every query process is busy; try again\n")
        try:
            w.wait_ready(60)
            w.conn.send((sparql, accepted))
            if w.conn.poll(self.timeout):
                status, ctype, body, truncated = w.conn.recv()
                self._idle.put(w)
                return Answer(status, ctype, body, truncated)
            msg = f"the query ran over the time limit of {self.timeout:g} s and was stopped"
        except (OSError, EOFError, StoreError) as exc:
            msg = f"the query process failed ({exc}); try again"
        self._retire(w)  # over time (or dead): stop it for good, start a fresh one
        self._idle.put(self._spawn())
        return Answer(503, "text/plain; charset=utf-8", (msg + "\n").encode())

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), []
        for w in workers:
            w.stop()


# -- HTTP ----------------------------------------------------------------------------------
class Server(ThreadingHTTPServer):
    """The HTTP server: ``engine`` answers queries; ``page`` is the build's network page, if any."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], engine: QueryEngine, queries: dict[str, str], page: Path | None,
                 quiet: bool = True):
        super().__init__(address, _Handler)
        self.engine = engine
        self.queries = queries
        self.page = page
        self.quiet = quiet

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.engine.close()


def make_server(graph: str | Path = "output", host: str = "127.0.0.1", port: int = 8000, workers: int = 2,
                timeout: float = 10.0, max_rows: int = 10_000, queries: str | Path = "queries",
                quiet: bool = True, memory: str = "auto") -> Server:
    """A server for ``graph`` (a build folder or an RDF file), ready for ``serve_forever()``.

    Raises
    ------
    QueryError
        If there is no graph there.
    KgError
        If the address cannot be bound.
    """
    from kg.query import saved_queries

    graph = Path(graph)
    if not graph.exists():
        raise QueryError("no such graph file or build folder (run `kg build` first)", graph)
    saved = {name: p.read_text(encoding="utf-8") for name, p in saved_queries(Path(queries)).items()}
    page = graph / "graph.html" if graph.is_dir() else None
    engine = QueryEngine(graph, workers=workers, timeout=timeout, max_rows=max_rows, memory=memory)
    try:
        return Server((host, port), engine, saved, page, quiet)
    except OSError as exc:
        engine.close()
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


class _Handler(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)

    # -- answers ------------------------------------------------------------------------
    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated, X-KG-Max-Rows")
        self.send_header("Vary", "Accept")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), extra)

    def _read_only(self) -> None:
        self._text(HTTPStatus.FORBIDDEN, "kg serve is read-only: SPARQL updates are refused "
                   "(change the graph with kg build or kg remove)")

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        if url.path in ("/sparql", "/query"):
            if "update" in params:
                return self._read_only()
            if "query" not in params:
                return self._text(HTTPStatus.BAD_REQUEST, "give a SPARQL query: /sparql?query=…")
            return self._query(params["query"][0], params)
        if url.path in ("/", "/index.html"):
            return self._send(200, "text/html; charset=utf-8", _query_page(self.server.queries).encode("utf-8"))
        if url.path == "/queries":
            body = json.dumps(self.server.queries, ensure_ascii=False, indent=1).encode("utf-8")
            return self._send(200, "application/json", body)
        if url.path == "/graph.html":
            page = self.server.page
            if page is None or not page.is_file():
                return self._text(HTTPStatus.NOT_FOUND, "no network page: build with kg build (without --no-page)")
            return self._send(200, "text/html; charset=utf-8", page.read_bytes())
        self._text(HTTPStatus.NOT_FOUND, f"nothing at {url.path}: try / or /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            return self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a request body may hold {_MAX_BODY} bytes")
        body = self.rfile.read(length).decode("utf-8", "replace")
        if url.path == "/update":
            return self._read_only()
        if url.path not in ("/sparql", "/query"):
            return self._text(HTTPStatus.NOT_FOUND, f"nothing at {url.path}: POST queries to /sparql")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if ctype == "application/sparql-update":
            return self._read_only()
        if ctype == "application/sparql-query":
            return self._query(body, params)
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                return self._read_only()
            if "query" in form:
                return self._query(form["query"][0], {**params, **form})
            return self._text(HTTPStatus.BAD_REQUEST, "the form holds no 'query'")
        self._text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                   "POST a query as application/sparql-query or application/x-www-form-urlencoded")

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if not sparql.strip():
            return self._text(HTTPStatus.BAD_REQUEST, "empty query")
        if is_update(sparql):
            return self._read_only()
        fmt = (params.get("format") or params.get("output") or [None])[0]
        accepted = negotiate(self.headers.get("Accept") or "", fmt)
        answer = self.server.engine.run(sparql, accepted)
        extra = {}
        if answer.truncated:
            extra = {"X-KG-Truncated": "true", "X-KG-Max-Rows": str(self.server.engine.max_rows)}
        self._send(answer.status, answer.content_type, answer.body, extra)


def _query_page(queries: dict[str, str]) -> str:
    """The query page: a text box, the saved queries, results as a table."""
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in queries)
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    first = html.escape(next(iter(queries.values()), "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20"))
    return _PAGE.replace("{{options}}", options).replace("{{queries}}", data).replace("{{first}}", first)


_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:72em;padding:0 1em;color:#222}
textarea{width:100%;height:16em;font:13px/1.4 ui-monospace,monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
th{background:#f3f3f3}#status{color:#555;margin-left:1em}pre{background:#f7f7f7;padding:1em;overflow:auto}
</style></head><body>
<h1>kg: 工会新闻知识图谱 · SPARQL</h1>
<p>Endpoint: <code id="endpoint"></code> (SPARQL 1.1 Protocol, read-only) ·
<a href="graph.html">network page</a> · <a href="queries">saved queries (JSON)</a></p>
<p><label>Saved query <select id="saved"><option value="">—</option>{{options}}</select></label>
<label>Format <select id="format"><option value="application/sparql-results+json">table</option>
<option value="text/csv">CSV</option><option value="text/tab-separated-values">TSV</option>
<option value="application/sparql-results+xml">XML</option></select></label></p>
<textarea id="query" spellcheck="false">{{first}}</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="out"></div>
<script>
const QUERIES = {{queries}};
const endpoint = new URL("sparql", location.href).href;
document.getElementById("endpoint").textContent = endpoint;
document.getElementById("saved").onchange = e => {
  if (QUERIES[e.target.value]) document.getElementById("query").value = QUERIES[e.target.value];
};
function cell(b) { return b === undefined ? "" : b.value; }
document.getElementById("run").onclick = async () => {
  const out = document.getElementById("out"), status = document.getElementById("status");
  const accept = document.getElementById("format").value;
  out.textContent = ""; status.textContent = "running…";
  const t0 = performance.now();
  try {
    const r = await fetch(endpoint, {method: "POST", body: document.getElementById("query").value,
      headers: {"Content-Type": "application/sparql-query", "Accept": accept + ", text/turtle;q=0.5"}});
    const type = r.headers.get("Content-Type") || "";
    const ms = Math.round(performance.now() - t0);
    if (!r.ok) { status.textContent = r.status + " " + (await r.text()); return; }
    const cut = r.headers.get("X-KG-Truncated") ? " (cut at " + r.headers.get("X-KG-Max-Rows") + " rows)" : "";
    if (type.includes("sparql-results+json")) {
      const data = await r.json();
      if ("boolean" in data) { out.textContent = data.boolean ? "yes" : "no"; status.textContent = ms + " ms"; return; }
      const table = document.createElement("table"), head = table.insertRow();
      for (const v of data.head.vars) {
        const th = document.createElement("th"); th.textContent = v; head.appendChild(th);
      }
      for (const b of data.results.bindings) {
        const row = table.insertRow();
        for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]);
      }
      out.appendChild(table);
      status.textContent = data.results.bindings.length + " rows, " + ms + " ms" + cut;
    } else {
      const pre = document.createElement("pre"); pre.textContent = await r.text(); out.appendChild(pre);
      status.textContent = ms + " ms" + cut;
    }
  } catch (e) { status.textContent = String(e); }
};
</script></body></html>
"""
