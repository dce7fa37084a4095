"""Shared fixtures: the sample page, a build of it, and the shared data folder (skipped when absent)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sources" / "000_05f10b227ac319df.txt"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared")) / "data"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/data``; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not here")
    return SHARED


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The sample page built once: (report, output folder, store, resolved docs, resolver)."""
    from kg.config import load_config
    from kg.corpus import analyse, build, graph_store

    out = tmp_path_factory.mktemp("build")
    src = out / "sources"
    src.mkdir()
    shutil.copy(SAMPLE, src / SAMPLE.name)
    report = build([src], out / "output")
    resolved, resolver = analyse([src])
    store = graph_store(resolved, resolver, load_config())
    return report, out / "output", store, resolved, resolver


@pytest.fixture(scope="session")
def sample_docs(sample_build):
    return [rd.doc for rd in sample_build[3]]


def labels(store, cls: str) -> set[str]:
    """Canonical labels of every entity of class ``cls`` in a store."""
    q = f"""PREFIX kg: <https://w3id.org/kg-union/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?l WHERE {{ ?e a kg:{cls} ; rdfs:label ?l }}"""
    return {r["l"] for r in store.query(q).values()}
