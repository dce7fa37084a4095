"""A build in worker processes, or on a Dask cluster, equals a build in one process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.config import load_config
from kg.corpus import build, open_build, plan
from kg.parallel import run_local

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "tests" / "fixtures" / "synthetic" / f"bj_page_0{i}.md" for i in (1, 2, 3)]


def contents(out: Path) -> tuple[set[str], set[str], str]:
    store, manifest = open_build(out)
    manifest.close()
    return (set(store.serialize("nquads").decode("utf-8").splitlines()),
            set(store.serialize("ntriples").decode("utf-8").splitlines()),
            (out / "resolution.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory, sample_path) -> Path:
    src = tmp_path_factory.mktemp("parallel") / "sources"
    src.mkdir()
    for p in [sample_path, *PAGES]:
        shutil.copy(p, src / p.name)
    return src


@pytest.fixture(scope="module")
def single(sources, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single") / "out"
    build([sources], out, jobs=1, page=False)
    return out


def test_parallel_two_processes_equal_one(sources, single, tmp_path):
    report = build([sources], tmp_path / "out", jobs=2, page=False)
    assert report.jobs == 2
    assert contents(tmp_path / "out") == contents(single)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "out" / name).read_bytes() == (single / name).read_bytes()


def test_parallel_results_keep_task_order(sources):
    config = load_config()
    tasks, _ = plan([sources], config)
    assert [r.row.id for r in run_local(tasks, config, jobs=2)] == [a.id for t in tasks for a, _ in t.pending()]


def test_parallel_progress_counts_every_article(sources, tmp_path):
    seen = []

    def progress(total, chars):
        seen.append((total, chars))
        return lambda n, c: seen.append((n, c))

    report = build([sources], tmp_path / "out", jobs=2, page=False, progress=progress)
    total, chars = seen[0]
    assert total == report.articles and sum(n for n, _ in seen[1:]) == total and sum(c for _, c in seen[1:]) == chars


def test_parallel_dask_local_cluster_equals_one_process(sources, single, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        report = build([sources], tmp_path / "out", page=False, dask_scheduler=cluster.scheduler_address)
    assert report.extracted == report.articles
    assert contents(tmp_path / "out") == contents(single)
    assert json.loads((tmp_path / "out" / "resolution.json").read_text(encoding="utf-8"))["merges"]
