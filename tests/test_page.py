"""The network page: one file, offline, every entity drawn at a computed place; views, places, dates, layout."""

from __future__ import annotations

import itertools
import json
import re

import networkx as nx
import numpy as np
import pytest

from kg.cli import main
from kg.errors import KgError
from kg.network import (
    EXACT_MAX,
    areas,
    communities,
    dates,
    find_nodes,
    layout,
    neighbourhood,
    network_from_store,
    of_types,
)
from kg.page import STYLE, fetchable_urls, render_page


def page_data(html: str) -> tuple[list, list, dict, dict]:
    """The nodes, edges, data and vis-network options written into a page."""

    script = html.index("const allNodes = ")  # the page's own script, after vis-network's

    def value(name: str):
        start = html.index(f"const {name} = ", script) + len(f"const {name} = ")
        return json.JSONDecoder().raw_decode(html, start)[0]

    return value("allNodes"), value("allEdges"), value("data"), value("options")


@pytest.fixture(scope="module")
def net(sample_build):
    return network_from_store(sample_build[2])


def node_called(g, label: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d["label"] == label)


def test_page_written_with_the_build(sample_build):
    html = (sample_build[1] / "graph.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html


def test_page_loads_nothing_from_the_network(sample_build):
    html = (sample_build[1] / "graph.html").read_text(encoding="utf-8")
    assert fetchable_urls(html) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    # the only addresses left are the vendored library's licence comments and the SVG namespace
    urls = set(re.findall(r"https?://[^\s\"')]+", html))
    assert urls <= {"http://almende.com", "http://opensource.org/licenses/MIT",
                    "http://www.apache.org/licenses/LICENSE-2.0", "http://www.w3.org/2000/svg",
                    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported", "https://github.com/visjs",
                    "https://github.com/zloirock/core-js", "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
                    "https://visjs.github.io/vis-network/"}


def test_page_pyvis_default_template_would_not_be_offline():
    """What kg avoids: pyvis's own in_line page still links Bootstrap from a CDN."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    net.add_node(1, label="工会")
    assert fetchable_urls(net.generate_html())


def test_page_every_entity_is_a_node(net):
    nodes, edges, data, _ = page_data(render_page(net))
    assert len(nodes) == len(data["details"]) == net.number_of_nodes()
    assert len(edges) == net.number_of_edges()
    people = {d["label"] for _, d in net.nodes(data=True) if d["type"] == "Person"}
    assert {"周福刚", "贺常荣", "晁怀新"} <= people


def test_page_nodes_have_positions_and_chinese_as_itself(net):
    html = render_page(net)
    nodes, edges, _, _ = page_data(html)
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)
    assert "周福刚" in html and "\\u5468" not in html  # not escaped: a third of the size
    assert {e["rel"] for e in edges} >= {"主席", "举办", "位于"}
    assert all("label" not in e for e in edges)  # relation names show on hover


def test_page_legend_colours_by_class(sample_build):
    _, _, data, _ = page_data((sample_build[1] / "graph.html").read_text(encoding="utf-8"))
    legend = {x["type"]: x for x in data["legend"]}
    for cls in ("TradeUnion", "Person", "Venue", "District"):
        assert legend[cls]["color"] == STYLE[cls][0] and legend[cls]["count"] > 0
    assert (legend["TradeUnion"]["zh"], legend["TradeUnion"]["en"]) == ("工会", "Trade union")


def test_page_node_size_grows_with_relations_and_mentions(net):
    nodes = page_data(render_page(net))[0]
    size = {n["id"]: n["size"] for n in nodes}
    deg = {n: net.degree(n) + net.nodes[n]["mentions"] for n in net}
    short = {n: n.split("/id/", 1)[1] for n in net}
    low, high = min(deg, key=deg.get), max(deg, key=deg.get)
    assert size[short[low]] < size[short[high]]


def test_page_physics_only_for_small_graphs(net):
    assert page_data(render_page(net, physics_max=1000))[3]["physics"]["enabled"] is True
    assert page_data(render_page(net, physics_max=10))[3]["physics"]["enabled"] is False


def test_page_overview_of_communities(net):
    nodes, _, data, _ = page_data(render_page(net, overview_above=20))
    assert data["overview"] and data["clusters"]
    assert sum(c["n"] for c in data["clusters"]) == len(nodes)
    ids = {c["c"] for c in data["clusters"]}
    assert {d["c"] for d in data["details"].values()} == ids
    assert not page_data(render_page(net))[2]["clusters"]


def test_page_provenance_marks_the_mention(net):
    _, _, data, _ = page_data(render_page(net))
    person = node_called(net, "周福刚").split("/id/", 1)[1]
    p = data["details"][person]["provenance"][0]
    assert p["sentence"][p["at"]:p["at"] + len(p["anchor"])] == "周福刚"
    assert p["title"] == "怀柔工会今年将组织25场主题参观活动" and p["article"].startswith("article/")


def test_page_events_have_provenance(net):
    events = [d for _, d in net.nodes(data=True) if d["type"] == "Event"]
    assert events and all(d["provenance"] and d["mentions"] >= 1 for d in events)


def test_page_places_of_a_chair(net):
    place = areas(net)
    assert {"怀柔区", "北京市"} <= set(place[node_called(net, "周福刚")])
    assert "怀柔区" not in place[node_called(net, "贺常荣")]
    assert place[node_called(net, "怀柔区")][0] in ("北京市", "怀柔区")
    assert net.nodes[node_called(net, "周福刚")]["areas"] == place[node_called(net, "周福刚")]


def test_page_dates_come_from_articles():
    g = nx.MultiDiGraph()
    g.add_node("a1", type="Article", date="2024-05-09")
    g.add_node("a2", type="Article", date="2024-04-26")
    g.add_node("p", type="Person", articles=["a1", "a2"])
    g.add_node("d", type="District")
    g.add_edge("p", "d", kind="place")
    assert dates(g) == {"a1": ["2024-05-09"], "a2": ["2024-04-26"], "p": ["2024-04-26", "2024-05-09"],
                        "d": ["2024-04-26", "2024-05-09"]}


@pytest.mark.parametrize(("name", "label"), [("周福刚", "周福刚"), ("怀柔工会", "怀柔区总工会"), ("福刚", "周福刚")])
def test_page_find_by_any_label(net, name, label):
    assert [net.nodes[n]["label"] for n in find_nodes(net, name)] == [label]


def test_page_neighbourhood_view(net):
    one = neighbourhood(net, "周福刚", hops=1)
    labels = {d["label"] for _, d in one.nodes(data=True)}
    assert {"周福刚", "怀柔区总工会"} <= labels and "贺常荣" not in labels
    assert one.graph["focus"] == [node_called(net, "周福刚")]
    two = neighbourhood(net, "周福刚", hops=2)
    assert set(one) < set(two) and "怀柔区" in {d["label"] for _, d in two.nodes(data=True)}
    assert set(neighbourhood(net, "周福刚", hops=0)) == {node_called(net, "周福刚")}


@pytest.mark.parametrize(("name", "message"), [("没有这个人", "no entity is called"), ("区", "give the whole name")])
def test_page_neighbourhood_of_an_unknown_or_vague_name(net, name, message):
    with pytest.raises(KgError, match=message):
        neighbourhood(net, name)


def test_page_type_view(net):
    sub = of_types(net, "TradeUnion,District")
    assert {d["type"] for _, d in sub.nodes(data=True)} == {"TradeUnion", "District"}
    assert "所在区划" in {d["label"] for *_, d in sub.edges(data=True)}
    assert all(sub.nodes[s]["type"] in ("TradeUnion", "District") for s, _ in sub.edges())
    assert set(of_types(net, ["工会", "district"])) == set(sub)
    with pytest.raises(KgError, match="unknown class 'Union'"):
        of_types(net, "Union")


# --- layout ---------------------------------------------------------------------------------------------------------

def edge_lengths(g, pos) -> np.ndarray:
    return np.array([np.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]) for a, b in g.edges() if a != b])


def test_page_layout_of_the_sample(net):
    pos = layout(net)
    assert set(pos) == set(net)
    p = np.array(list(pos.values()))
    assert np.isfinite(p).all()
    gaps = np.sqrt(((p[:, None] - p[None]) ** 2).sum(-1)) + np.eye(len(p)) * 1e9
    assert gaps.min() > 0.1  # no two nodes on one spot
    assert 0.9 < np.median(edge_lengths(net, pos)) < 1.1


def test_page_layout_is_reproducible(net):
    assert layout(net, seed=3) == layout(net, seed=3)


def test_page_layout_packs_components_apart():
    g = nx.disjoint_union_all([nx.cycle_graph(3)] * 40 + [nx.star_graph(12)])
    pos = layout(g)
    comp = {n: i for i, c in enumerate(nx.connected_components(g)) for n in c}
    close = [(a, b) for a, b in itertools.combinations(g, 2)
             if comp[a] != comp[b] and np.hypot(pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]) < 0.9]
    assert close == []
    p = np.array(list(pos.values()))
    width, height = p.max(0) - p.min(0)
    assert 1 < width / height < 3  # rows on a page, not one long line


def test_page_layout_of_a_large_component_keeps_communities_together():
    g = nx.planted_partition_graph(4, 150, 0.06, 0.002, seed=1)
    assert max(len(c) for c in nx.connected_components(g)) > EXACT_MAX  # the grid (particle-mesh) path
    pos = layout(g)
    p = np.array([pos[n] for n in g])
    block = np.array([n // 150 for n in g])
    d = np.sqrt(((p[:, None] - p[None]) ** 2).sum(-1))
    same = block[:, None] == block[None]
    assert d[same].mean() < 0.6 * d[~same].mean()
    assert np.median(edge_lengths(g, pos)) == pytest.approx(1, abs=0.1)


def test_page_layout_of_an_empty_graph():
    assert layout(nx.Graph()) == {}
    assert layout(nx.MultiDiGraph([("a", "a")])) == {"a": (0.0, 0.0)}


def test_page_communities_split_a_barbell():
    c = communities(nx.barbell_graph(6, 0))
    assert len(set(c.values())) == 2 and c[0] == c[5] != c[6]


# --- the command -----------------------------------------------------------------------------------------------------

def test_page_viz_writes_a_view(sample_build, tmp_path, capsys):
    out = tmp_path / "v.html"
    assert main(["viz", "--graph", str(sample_build[1]), "--out", str(out), "--type", "Person,TradeUnion"]) == 0
    _, _, data, _ = page_data(out.read_text(encoding="utf-8"))
    assert {d["type"] for d in data["details"].values()} == {"Person", "TradeUnion"}
    assert "nodes" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "没有这个人"], "no entity is called '没有这个人'"),
    (["--type", "Foo"], "unknown class 'Foo'"),
    (["--export", "net.txt"], "net.txt: cannot tell the export format"),
])
def test_page_viz_errors_are_one_line_and_write_nothing(sample_build, tmp_path, capsys, args, message):
    out = tmp_path / "v.html"
    assert main(["viz", "--graph", str(sample_build[1]), "--out", str(out), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
