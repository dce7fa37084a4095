"""Incremental builds: only new or changed articles are extracted, removal leaves the graph of the rest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.corpus import build, open_build, remove
from kg.errors import StoreError

ROOT = Path(__file__).resolve().parents[1]
PAGE_B = ROOT / "tests" / "fixtures" / "synthetic" / "bj_page_03.md"


def graph(out: Path) -> tuple[set[str], set[str]]:
    """The quads of the named graphs and the triples of the merged default graph of a build."""
    store, manifest = open_build(out)
    manifest.close()
    quads = set(store.serialize("nquads").decode("utf-8").splitlines())
    triples = set(store.serialize("ntriples").decode("utf-8").splitlines())
    return quads, triples


def resolution(out: Path) -> dict:
    data = json.loads((out / "resolution.json").read_text(encoding="utf-8"))
    data["merges"] = sorted(json.dumps(m, ensure_ascii=False, sort_keys=True) for m in data["merges"])
    data["unresolved"] = sorted(json.dumps(m, ensure_ascii=False, sort_keys=True) for m in data["unresolved"])
    return data


@pytest.fixture
def pages(tmp_path, sample_path) -> tuple[Path, Path]:
    """Two source files that name some of the same things (北京市总工会 …)."""
    src = tmp_path / "src"
    src.mkdir()
    a, b = src / "a.txt", src / "b.md"
    shutil.copy(sample_path, a)
    shutil.copy(PAGE_B, b)
    return a, b


def test_incremental_remove_file_equals_build_of_the_rest(pages, tmp_path):
    a, b = pages
    build([a, b], tmp_path / "ab", page=False)
    remove([str(a)], tmp_path / "ab")
    build([b], tmp_path / "b", page=False)
    assert graph(tmp_path / "ab") == graph(tmp_path / "b")
    assert resolution(tmp_path / "ab") == resolution(tmp_path / "b")
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_incremental_remove_keeps_shared_entity_loses_its_provenance(pages, tmp_path):
    a, b = pages
    build([a, b], tmp_path / "ab", page=False)
    store, m = open_build(tmp_path / "ab")
    m.close()
    shared = """PREFIX kg: <https://w3id.org/kg-union/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?e ?a WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a . ?e rdfs:label "北京市总工会"@zh }"""
    before = {r["a"].rsplit("/", 1)[-1].split("-")[0] for r in store.query(shared).values()}
    assert {"a", "b"} <= before
    del store
    remove([str(a)], tmp_path / "ab")
    store, m = open_build(tmp_path / "ab")
    m.close()
    after = {r["a"].rsplit("/", 1)[-1].split("-")[0] for r in store.query(shared).values()}
    assert after == {"b"}


def test_incremental_rebuild_extracts_only_the_changed_page(pages, tmp_path):
    a, b = pages
    out = tmp_path / "out"
    first = build([a, b], out, page=False)
    assert first.extracted == first.articles
    from_b = build([b], tmp_path / "b-alone", page=False).articles
    # an article of page b changes: b's articles are extracted again (their page context reads them all), not a's
    b.write_text(b.read_text(encoding="utf-8").rstrip("\n") + "北京市总工会近日举办职工技能竞赛。\n", encoding="utf-8")
    again = build([a, b], out, page=False)
    assert again.extracted == from_b < again.articles and again.removed == 0
    build([a, b], tmp_path / "fresh", page=False)
    assert graph(out) == graph(tmp_path / "fresh")
    assert resolution(out) == resolution(tmp_path / "fresh")


RECORDS = [
    {"id": "r1", "title": "区总工会举办培训班", "date": "2024-05-09", "source": "劳动午报", "city": "北京",
     "text": "本报讯（记者 王立新）近日，延庆区总工会举办工会干部培训班，区总工会主席贺常荣出席。"},
    {"id": "r2", "title": "劳模进校园", "date": "2024-05-10", "source": "劳动午报", "city": "北京",
     "text": "全国劳动模范何佳走进北京市工会干部学院，与学员交流。延庆区总工会有关负责人参加。"},
    {"id": "r3", "title": "职工运动会开幕", "date": "2024-05-11", "source": "劳动午报", "city": "北京",
     "text": "怀柔区总工会主席周福刚在开幕式上致辞。"},
]


def test_incremental_jsonl_record_changed(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    out = tmp_path / "out"
    assert build([src], out, page=False).extracted == 3
    changed = [dict(r) for r in RECORDS]
    changed[1]["text"] += "北京市总工会有关负责人出席。"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in changed), encoding="utf-8")
    again = build([src], out, page=False)
    assert again.extracted == 1
    build([src], tmp_path / "fresh", page=False)
    assert graph(out) == graph(tmp_path / "fresh")


def test_incremental_nothing_changed_writes_nothing(pages, tmp_path):
    a, b = pages
    out = tmp_path / "out"
    build([a, b], out, page=False)
    stamp = (out / "graph.ttl").stat().st_mtime_ns
    again = build([a, b], out, page=False)
    assert again.extracted == 0 and again.files == []
    assert (out / "graph.ttl").stat().st_mtime_ns == stamp


def test_incremental_article_gone_from_a_file_is_removed(pages, tmp_path):
    a, b = pages
    out = tmp_path / "out"
    build([a, b], out, page=False)
    text = a.read_text(encoding="utf-8")
    a.write_text(text[: text.rindex("\n## ")] + "\n", encoding="utf-8")  # drop the page's last article
    again = build([a, b], out, page=False)
    # the rest of page a is extracted again (its page context changed), page b is not
    assert again.removed == 1 and again.extracted == build([a], tmp_path / "a-alone", page=False).articles
    build([a, b], tmp_path / "fresh", page=False)
    assert graph(out) == graph(tmp_path / "fresh")


def test_incremental_files_not_given_are_kept(pages, tmp_path):
    a, b = pages
    out = tmp_path / "out"
    build([a], out, page=False)
    report = build([b], out, page=False)
    assert report.removed == 0
    build([a, b], tmp_path / "fresh", page=False)
    assert graph(out) == graph(tmp_path / "fresh")
    assert resolution(out) == resolution(tmp_path / "fresh")


def test_incremental_remove_by_article_id(pages, tmp_path):
    a, _ = pages
    out = tmp_path / "out"
    build([a], out, page=False)
    store, m = open_build(out)
    ids = sorted(m.rows())
    m.close()
    del store
    report = remove([ids[0]], out)
    assert report.articles == [ids[0]]
    store, m = open_build(out)
    assert sorted(m.rows()) == ids[1:]
    m.close()
    assert f"/article/{ids[0]}" not in "".join(store.graphs())


def test_incremental_remove_unknown_is_a_store_error(pages, tmp_path):
    a, _ = pages
    build([a], tmp_path / "out", page=False)
    with pytest.raises(StoreError, match="neither an article id nor a source file"):
        remove(["no-such-article"], tmp_path / "out")


def test_incremental_full_extracts_everything(pages, tmp_path):
    a, _ = pages
    out = tmp_path / "out"
    first = build([a], out, page=False)
    again = build([a], out, page=False, full=True)
    assert again.extracted == first.articles


def test_incremental_graph_lost_from_the_store_is_rebuilt(pages, tmp_path):
    a, b = pages
    out = tmp_path / "out"
    build([a, b], out, page=False)
    store, m = open_build(out, read_only=False)
    lost = next(iter(m.rows().values()))
    m.close()
    store.remove_graph(lost.graph)  # as an interrupted build may leave it
    store.flush()
    del store
    again = build([a, b], out, page=False)
    assert again.extracted >= 1
    build([a, b], tmp_path / "fresh", page=False)
    assert graph(out) == graph(tmp_path / "fresh")


def test_incremental_exports_without_kept_parts_come_from_the_store(pages, tmp_path):
    """A build folder whose manifest lacks some articles' export parts (an older kg kept none, or kept them in
    a table since dropped) still gets whole exports: they are written from the store."""
    import sqlite3

    a, b = pages
    out = tmp_path / "out"
    build([a, b], out, page=False)
    db = sqlite3.connect(out / "manifest.sqlite")
    with db:
        db.execute("DELETE FROM parts WHERE id IN (SELECT id FROM parts LIMIT 1)")
    db.close()
    b.write_text(b.read_text(encoding="utf-8").rstrip("\n") + "北京市总工会近日举办职工技能竞赛。\n", encoding="utf-8")
    build([a, b], out, page=False)
    import rdflib

    ttl = rdflib.Graph().parse(out / "graph.ttl")
    quads, triples = graph(out)
    assert len(ttl) == len(triples) and len(ttl) > 1000
    trig = rdflib.Dataset().parse(out / "graph.trig", format="trig")
    assert sum(1 for q in trig.quads((None, None, None, None)) if q[3] is not None) == len(quads)
