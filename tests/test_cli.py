"""The command line: build, query, stats, viz, extractors; errors as one line and a non-zero exit."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from kg.cli import main


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def workdir(tmp_path_factory, sample_path):
    d = tmp_path_factory.mktemp("cli")
    (d / "sources").mkdir()
    shutil.copy(sample_path, d / "sources" / sample_path.name)
    return d


def test_cli_build_writes_outputs(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    code, out, _ = run(["build"], capsys)
    assert code == 0
    assert "8 article(s)" in out
    for name in ("graph.ttl", "graph.trig", "graph.html", "resolution.json"):
        assert (workdir / "output" / name).stat().st_size > 0


def test_cli_query_formats(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    q = "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n"
    code, out, _ = run(["query", q, "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"] == ["n"]
    assert {"type": "literal", "value": "周福刚", "xml:lang": "zh"} in [b["n"] for b in data["results"]["bindings"]]
    code, out, _ = run(["query", q, "--format", "csv"], capsys)
    assert out.splitlines()[0] == "n" and "周福刚" in out
    code, out, _ = run(["query", q], capsys)
    assert "周福刚" in out and "rows)" in out


def test_cli_stats(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    code, out, _ = run(["stats"], capsys)
    assert code == 0 and "Article          8" in out


def test_cli_viz(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    code, _, _ = run(["viz", "--out", "v.html"], capsys)
    assert code == 0 and (workdir / "v.html").exists()


def test_cli_export_writes_each_format_from_the_store(workdir, capsys, monkeypatch):
    import rdflib

    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    code, _, _ = run(["export", "x.ttl", "x.nt", "x.trig", "x.nq", "x.jsonld"], capsys)
    assert code == 0
    merged = [rdflib.Graph().parse(workdir / f) for f in ("x.ttl", "x.nt")]
    named = [rdflib.Dataset().parse(workdir / f, format=fmt) for f, fmt in
             (("x.trig", "trig"), ("x.nq", "nquads"), ("x.jsonld", "json-ld"))]
    assert len(merged[0]) == len(merged[1]) > 1000
    quads = [sum(1 for q in d.quads((None, None, None, None)) if q[3] is not None) for d in named]
    assert quads[0] == quads[1] == quads[2] >= len(merged[0])
    # the build's exports, written from each article's kept parts, hold the store's graph
    built = rdflib.Graph().parse(workdir / "output" / "graph.ttl")
    assert set(built) == set(merged[1])
    built_named = rdflib.Dataset().parse(workdir / "output" / "graph.trig", format="trig")
    assert set(built_named.quads((None, None, None, None))) == set(named[1].quads((None, None, None, None)))
    code, _, err = run(["export", "x.xml"], capsys)
    assert code == 1 and "unknown export format" in err and not (workdir / "x.xml").exists()


def test_cli_extractors_lists_pipeline(capsys):
    code, out, _ = run(["extractors"], capsys)
    assert code == 0
    for name in ("byline", "district", "union", "person", "select", "post"):
        assert name in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "nope.txt"], "nope.txt: no such file or folder"),
        (["build", "bad.txt"], "bad.txt:2: not UTF-8"),
        (["build", "empty.txt"], "empty.txt: empty page"),
        (["query", "SELECT ?x WHERE {", "--graph", "output"], "SPARQL syntax error"),
        (["query", "posts", "--graph", "missing"], "run `kg build` first"),
        (["query", "posts", "--bind", "person"], "a binding is NAME=VALUE"),
        (["build", "--disable", "select"], "needs mentions"),
        (["remove", "no-such-article"], "neither an article id nor a source file"),
        (["remove", "x", "--out", "missing"], "run `kg build` first"),
        (["push", "--endpoint", "http://127.0.0.1:9/store", "--out", "missing"], "run `kg build` first"),
        (["push", "--endpoint", "ftp://example.org/store"], "not an http(s) endpoint URL"),
        (["serve", "--graph", "missing"], "run `kg build` first"),
    ],
)
def test_cli_errors_are_one_line(workdir, capsys, monkeypatch, args, message):
    monkeypatch.chdir(workdir)
    (workdir / "bad.txt").write_bytes(b"ok\n\xff")
    (workdir / "empty.txt").write_text("  \n", encoding="utf-8")
    run(["build"], capsys)
    code, _, err = run(args, capsys)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_build_again_extracts_nothing(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    code, out, _ = run(["build", "--jobs", "2"], capsys)
    assert code == 0 and "extracted 0 new or changed" in out and "8 unchanged" in out
    assert (workdir / "output" / "store").is_dir()


def test_cli_remove_then_build_restores(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    page = next((workdir / "sources").iterdir())
    article = page.name.split(".")[0] + "-01"
    code, out, _ = run(["remove", article], capsys)
    assert code == 0 and f"removed 1 article(s): {article}" in out
    code, out, _ = run(["stats"], capsys)
    assert "Article          7" in out
    code, out, _ = run(["build"], capsys)
    assert "extracted 1 new or changed" in out
    code, out, _ = run(["stats"], capsys)
    assert "Article          8" in out


def test_cli_failed_build_leaves_previous_outputs(workdir, capsys, monkeypatch):
    monkeypatch.chdir(workdir)
    run(["build"], capsys)
    before = {p: p.read_bytes() for p in (workdir / "output").rglob("*") if p.is_file()}
    (workdir / "bad.txt").write_bytes(b"ok\n\xff")
    code, _, _ = run(["build", "sources", "bad.txt"], capsys)
    assert code == 1
    after = {p: p.read_bytes() for p in (workdir / "output").rglob("*") if p.is_file()}
    assert after == before


def test_cli_console_script_runs(workdir):
    res = subprocess.run([sys.executable, "-m", "kg.cli", "query", "ASK { ?s ?p ?o }", "--graph", "/nonexistent"],
                         capture_output=True, text=True, cwd=workdir)
    assert res.returncode == 1 and res.stderr.startswith("kg: error:")
