"""Exports for other tools: GraphML and GEXF read back by networkx, node-link JSON, written by ``kg viz --export``."""

from __future__ import annotations

import io
import json
from collections import Counter

import networkx as nx
import pytest

from kg.cli import main
from kg.errors import KgError
from kg.export import export_files, export_network
from kg.network import layout, network_from_store
from kg.page import STYLE


@pytest.fixture(scope="module")
def net(sample_build):
    return network_from_store(sample_build[2])


def node_called(g, label: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d["label"] == label)


def relations(g) -> Counter:
    return Counter((s, o, d["label"]) for s, o, d in g.edges(data=True))


def test_export_graphml_reads_back(net):
    back = nx.read_graphml(io.BytesIO(export_network(net, "graphml")), force_multigraph=True)
    assert back.is_directed() and back.is_multigraph()
    assert set(back) == set(net)
    assert relations(back) == relations(net)
    person = node_called(net, "周福刚")
    d = back.nodes[person]
    assert (d["label"], d["type"], d["mentions"]) == ("周福刚", "Person", net.nodes[person]["mentions"])
    assert d["areas"].split("|") == net.nodes[person]["areas"]
    assert json.loads(d["provenance"]) == net.nodes[person]["provenance"]
    assert isinstance(d["x"], float) and isinstance(d["y"], float)


def test_export_gexf_reads_back_with_the_page_colours(net):
    data = export_network(net, "gexf")
    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>") and "周福刚".encode() in data
    back = nx.read_gexf(io.BytesIO(data))
    assert set(back) == set(net)
    assert back.number_of_edges() == net.number_of_edges()
    union = back.nodes[node_called(net, "怀柔区总工会")]
    assert union["label"] == "怀柔区总工会"
    colour = union["viz"]["color"]
    assert "#{:02x}{:02x}{:02x}".format(colour["r"], colour["g"], colour["b"]) == STYLE["TradeUnion"][0]


def test_export_json_is_node_link_with_everything(net):
    data = json.loads(export_network(net, "json"))
    assert data["directed"] and data["multigraph"]
    back = nx.node_link_graph(data, edges="edges")
    assert set(back) == set(net) and relations(back) == relations(net)
    person = node_called(net, "周福刚")
    assert back.nodes[person]["provenance"] == net.nodes[person]["provenance"]
    assert back.nodes[person]["alt"] == net.nodes[person]["alt"]


def test_export_positions_are_the_layout(net):
    pos = layout(net, seed=1)
    back = nx.read_graphml(io.BytesIO(export_network(net, "graphml", positions=pos)))
    n = node_called(net, "周福刚")
    assert (back.nodes[n]["x"], back.nodes[n]["y"]) == pytest.approx(pos[n])


def test_export_a_view_keeps_its_focus(net):
    from kg.network import neighbourhood

    view = neighbourhood(net, "周福刚")
    back = nx.read_graphml(io.BytesIO(export_network(view, "graphml")))
    assert back.graph["focus"] == node_called(net, "周福刚")
    assert json.loads(export_network(view, "json"))["graph"]["focus"] == [node_called(net, "周福刚")]


def test_export_of_an_empty_graph():
    for fmt in ("graphml", "gexf", "json"):
        assert export_network(nx.MultiDiGraph(), fmt)


def test_export_unknown_format():
    with pytest.raises(KgError, match="unknown export format 'dot'"):
        export_network(nx.MultiDiGraph(), "dot")
    with pytest.raises(KgError, match=r"net\.csv: cannot tell the export format"):
        export_files(nx.MultiDiGraph(), ["net.csv"])


def test_export_with_viz_writes_every_file(sample_build, tmp_path, capsys):
    files = [tmp_path / "net.graphml", tmp_path / "net.gexf", tmp_path / "net.json"]
    args = ["viz", "--graph", str(sample_build[1]), "--out", str(tmp_path / "page.html"), "--focus", "周福刚"]
    assert main([*args, *(x for f in files for x in ("--export", str(f)))]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net.gexf", "net.graphml", "net.json", "page.html"]
    view = nx.node_link_graph(json.loads(files[2].read_text(encoding="utf-8")), edges="edges")
    assert "周福刚" in {d["label"] for _, d in view.nodes(data=True)}
    assert set(nx.read_graphml(files[0])) == set(view) == set(nx.read_gexf(files[1]))
    assert "net.gexf" in capsys.readouterr().out
