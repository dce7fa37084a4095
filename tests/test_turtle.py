"""The export parts: kg's own Turtle of each article's graph holds exactly the article's triples."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.config import load_config
from kg.corpus import analyse
from kg.rdf import PREFIXES, article_iri, article_quads, id_prefixes
from kg.resolve import Resolver
from kg.turtle import prefix_header, trig_block, turtle
from tests.helpers import analyse as analyse_text

ROOT = Path(__file__).resolve().parents[1]
BASE = load_config().base
PREFIXES_ALL = {**PREFIXES, **id_prefixes(BASE)}


def parts(doc) -> tuple[str, str]:
    """The article's graph name and N-Quads, its graph written on its own as a build does."""
    r = Resolver()
    rd = r.resolve(doc)
    return article_iri(BASE, doc.article.id), article_quads(rd, r.entities, BASE)


def same_triples(graph: str, nquads: str) -> None:
    text = prefix_header(PREFIXES_ALL) + turtle(nquads, graph, PREFIXES_ALL).encode("utf-8")
    mine = {q.triple for q in ox.parse(text, format=ox.RdfFormat.TURTLE)}
    theirs = {q.triple for q in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    assert mine == theirs and len(mine) > 20


@pytest.mark.parametrize("page", ["bj_page_01.md", "bj_page_02.md", "bj_page_03.md"])
def test_turtle_of_real_articles_holds_their_triples(page):
    resolved, _ = analyse([ROOT / "tests" / "fixtures" / "synthetic" / page])
    for rd in resolved:
        same_triples(*parts(rd.doc))


def test_turtle_writes_odd_names_and_literals_whole():
    # a transliterated name with a middle dot, brackets, quotes and a backslash in a title, and a line break
    doc = analyse_text('记者约翰·史密斯报道：北京市总工会（市总）举办"职工\\读书"节，王立新出席。\n他说，活动很好。',
                       title='"读书"节（第一届）')
    graph, nquads = parts(doc)
    same_triples(graph, nquads)
    assert "·" in nquads and "<" + BASE + "person/" in turtle(nquads, graph, PREFIXES_ALL)


def test_turtle_keeps_line_separators_inside_literals():
    # N-Quads escapes only \n and \r: U+2028 and NEL stay raw inside a literal, and are no line ends
    doc = analyse_text("北京市总工会举办职工读书节，王立新出席。", title="读书\u2028节\x85标题")
    graph, nquads = parts(doc)
    assert "\u2028" in nquads
    same_triples(graph, nquads)


def test_trig_block_is_the_named_graph():
    doc = analyse_text("北京市总工会举办职工读书节，王立新出席。")
    graph, nquads = parts(doc)
    block = trig_block(turtle(nquads, graph, PREFIXES_ALL).encode("utf-8"), graph, PREFIXES_ALL)
    quads = set(ox.parse(prefix_header(PREFIXES_ALL) + block, format=ox.RdfFormat.TRIG))
    assert quads == set(ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
