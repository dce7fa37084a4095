"""Send a build's article graphs to an external triple store with the SPARQL 1.1 Graph Store Protocol.

Each article is one named graph, sent with ``PUT <endpoint>?graph=<article IRI>``:
a PUT replaces the whole graph, so pushing again is idempotent. The build's manifest
remembers what was sent to which endpoint, so a push sends only new and changed
articles and ``DELETE``\\ s the graphs of articles removed since (``--all`` sends
everything again, for an endpoint that lost its data).
"""

from __future__ import annotations

import base64
import http.client
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.errors import KgError, StoreError
from kg.manifest import MANIFEST, Manifest

__all__ = ["AUTH_ENV", "GraphStoreClient", "PushReport", "ntriples_of", "push", "unpush"]

#: Environment variable with credentials for the endpoint: ``user:password`` (Basic) or a bearer token.
AUTH_ENV = "KG_ENDPOINT_AUTH"


def ntriples_of(nquads: str, graph: str) -> bytes:
    """The N-Triples of one named graph's N-Quads lines (every line ends in ``graph``).

    Examples
    --------
    >>> ntriples_of('<http://e/a> <http://e/p> "工会" <http://e/g> .\\n', "http://e/g").decode()
    '<http://e/a> <http://e/p> "工会" .\\n'
    """
    return nquads.replace(f" <{graph}> .\n", " .\n").encode("utf-8")


class GraphStoreClient:
    """A small client of one SPARQL 1.1 Graph Store endpoint, on one kept-alive connection.

    Parameters
    ----------
    endpoint : str
        The Graph Store URL: ``http://host:7878/store`` (Oxigraph), ``http://host:3030/ds/data``
        (Fuseki), …
    auth : str, optional
        ``user:password`` for HTTP Basic, else a bearer token; read from
        ``$KG_ENDPOINT_AUTH`` when omitted.
    timeout : float
        Seconds to wait for each answer.
    """

    def __init__(self, endpoint: str, auth: str | None = None, timeout: float = 120.0):
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError(f"not an http(s) endpoint URL: {endpoint!r}")
        self.endpoint = endpoint
        self._parts = parts
        self._timeout = timeout
        self._conn: http.client.HTTPConnection | None = None
        auth = auth if auth is not None else os.environ.get(AUTH_ENV)
        self._headers: dict[str, str] = {}
        if auth:
            if ":" in auth:
                self._headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
            else:
                self._headers["Authorization"] = f"Bearer {auth}"

    def __enter__(self) -> GraphStoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            cls = http.client.HTTPSConnection if self._parts.scheme == "https" else http.client.HTTPConnection
            self._conn = cls(self._parts.hostname, self._parts.port, timeout=self._timeout)
        return self._conn

    def _target(self, graph: str) -> str:
        path = self._parts.path or "/"
        sep = "&" if self._parts.query else ""
        return f"{path}?{self._parts.query}{sep}graph={quote(graph, safe='')}"

    def _request(self, method: str, graph: str, body: bytes | None = None) -> int:
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/n-triples"
        for attempt in (1, 2):  # a kept-alive connection the server closed is opened again once
            conn = self._connection()
            try:
                conn.request(method, self._target(graph), body=body, headers=headers)
                resp = conn.getresponse()
                text = resp.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self.close()
                if attempt == 2:
                    raise KgError(f"{method} {graph} at {self.endpoint} failed: {exc}") from None
            except OSError as exc:
                self.close()
                raise KgError(f"cannot reach {self.endpoint}: {exc.strerror or exc}") from None
        if resp.status >= 400 and not (method == "DELETE" and resp.status == 404):
            detail = " ".join(text.decode("utf-8", "replace").split())[:200]
            raise KgError(f"{method} {graph} at {self.endpoint} answered {resp.status} {resp.reason}: {detail}")
        return resp.status

    def put(self, graph: str, ntriples: bytes) -> int:
        """Replace the named graph ``graph`` at the endpoint by these triples."""
        return self._request("PUT", graph, ntriples)

    def delete(self, graph: str) -> int:
        """Delete the named graph ``graph`` at the endpoint (a graph already gone is fine)."""
        return self._request("DELETE", graph)


@dataclass
class PushReport:
    """What a push did."""

    endpoint: str
    sent: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        return (f"pushed {len(self.sent)} graph(s) to {self.endpoint}, deleted {len(self.deleted)}, "
                f"{self.unchanged} unchanged")


def push(out: str | Path, endpoint: str, everything: bool = False, auth: str | None = None,
         progress: Callable[[int], None] | None = None) -> PushReport:
    """Send the graphs of the build in ``out`` to ``endpoint``; delete there what the build no longer has.

    Raises
    ------
    StoreError
        If ``out`` holds no build.
    KgError
        If the endpoint cannot be reached or refuses a request.
    """
    from kg.store import open_store

    out = Path(out)
    if not (out / MANIFEST).is_file() or not (out / "store").is_dir():
        raise StoreError("no kg store here: run `kg build` first", out)
    manifest = Manifest(out / MANIFEST)
    store = open_store("oxigraph", out / "store", read_only=True)
    report = PushReport(endpoint)
    try:
        current = {r.graph: r.key for r in manifest.rows().values()}
        sent = manifest.pushed(endpoint)
        todo = [g for g, k in sorted(current.items()) if everything or sent.get(g) != k]
        gone = sorted(g for g in sent if g not in current)
        report.unchanged = len(current) - len(todo)
        with GraphStoreClient(endpoint, auth) as client:
            for g in gone:
                client.delete(g)
                manifest.unset_pushed(endpoint, [g])
                report.deleted.append(g)
            batch: list[tuple[str, str]] = []
            for g in todo:
                client.put(g, store.graph_ntriples(g))
                batch.append((g, current[g]))
                report.sent.append(g)
                if progress:
                    progress(1)
                if len(batch) >= 200:
                    manifest.set_pushed(endpoint, batch)
                    batch = []
            manifest.set_pushed(endpoint, batch)
    finally:
        manifest.close()
    return report


def unpush(manifest: Manifest, endpoint: str, graphs: Iterable[str], auth: str | None = None) -> list[str]:
    """Delete ``graphs`` at ``endpoint`` and forget they were sent there."""
    done = []
    with GraphStoreClient(endpoint, auth) as client:
        for g in graphs:
            client.delete(g)
            manifest.unset_pushed(endpoint, [g])
            done.append(g)
    return done
