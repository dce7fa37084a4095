"""kg push and endpoint builds against a real Oxigraph server (skipped when the `oxigraph` command is missing)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.corpus import build, open_build, remove
from kg.errors import KgError
from kg.push import push

ROOT = Path(__file__).resolve().parents[1]
PAGE_B = ROOT / "tests" / "fixtures" / "synthetic" / "bj_page_03.md"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def oxigraph_command() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path):
    """A fresh Oxigraph server: its base URL."""
    cmd = oxigraph_command()
    if cmd is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([cmd, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to 30 s to start
            if proc.poll() is not None:
                pytest.skip("the oxigraph server did not start")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.skip("the oxigraph server did not start in time")
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def remote(url: str) -> dict[str, int]:
    """Quads per named graph at the server."""
    q = urllib.parse.urlencode({"query": PER_GRAPH})
    req = urllib.request.Request(f"{url}/query?{q}", headers={"Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(req, timeout=60) as r:
        lines = r.read().decode("utf-8").splitlines()[1:]
    out = {}
    for line in lines:
        g, n = line.split("\t")
        out[g.strip("<>")] = int(n.split("^^")[0].strip('"'))
    return out


def local(out: Path) -> dict[str, int]:
    store, manifest = open_build(out)
    rows = manifest.rows()
    manifest.close()
    return {r.graph: len(store.graph_ntriples(r.graph).splitlines()) for r in rows.values()}


@pytest.fixture
def built(tmp_path, sample_path) -> tuple[Path, Path, Path]:
    src = tmp_path / "src"
    src.mkdir()
    a, b = src / "a.txt", src / "b.md"
    shutil.copy(sample_path, a)
    shutil.copy(PAGE_B, b)
    out = tmp_path / "out"
    build([a, b], out, page=False)
    return out, a, b


def test_push_sends_every_article_graph(oxigraph, built):
    out, _, _ = built
    report = push(out, f"{oxigraph}/store")
    assert remote(oxigraph) == local(out)
    assert len(report.sent) == len(local(out)) and not report.deleted


def test_push_again_is_idempotent(oxigraph, built):
    out, _, _ = built
    push(out, f"{oxigraph}/store")
    before = remote(oxigraph)
    again = push(out, f"{oxigraph}/store")
    assert again.sent == [] and again.unchanged == len(before)
    everything = push(out, f"{oxigraph}/store", everything=True)
    assert len(everything.sent) == len(before) and remote(oxigraph) == before


def test_push_after_remove_deletes_remotely(oxigraph, built):
    out, a, _ = built
    push(out, f"{oxigraph}/store")
    remove([str(a)], out)
    report = push(out, f"{oxigraph}/store")
    assert report.deleted and remote(oxigraph) == local(out)
    assert not any("/article/a-" in g for g in remote(oxigraph))


def test_remove_with_endpoint_deletes_remotely_at_once(oxigraph, built):
    out, a, _ = built
    push(out, f"{oxigraph}/store")
    report = remove([str(a)], out, endpoint=f"{oxigraph}/store")
    assert report.remote and remote(oxigraph) == local(out)
    assert push(out, f"{oxigraph}/store").deleted == []


def test_build_into_endpoint(oxigraph, built, tmp_path):
    out, a, b = built
    report = build([a, b], tmp_path / "remote-build", endpoint=f"{oxigraph}/store")
    assert report.extracted == report.articles
    assert remote(oxigraph) == local(out)
    assert not (tmp_path / "remote-build" / "store").exists()
    assert (tmp_path / "remote-build" / "resolution.json").is_file()
    remove([str(a)], tmp_path / "remote-build")
    remove([str(a)], out)
    assert remote(oxigraph) == local(out)


def test_build_on_dask_straight_into_endpoint(oxigraph, built, tmp_path):
    distributed = pytest.importorskip("distributed")
    out, a, b = built
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        build([a, b], tmp_path / "dask", endpoint=f"{oxigraph}/store", dask_scheduler=cluster.scheduler_address)
    assert remote(oxigraph) == local(out)


def test_push_unreachable_endpoint_is_one_line(built):
    out, _, _ = built
    with pytest.raises(KgError, match="cannot reach"):
        push(out, f"http://127.0.0.1:{free_port()}/store")
