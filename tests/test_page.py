"""The network page: one file, offline, every entity drawn, coloured by class with a legend."""

from __future__ import annotations

import re

from kg.network import network_from_store
from kg.page import STYLE, fetchable_urls, render_page


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


def test_page_every_entity_is_a_node(sample_build):
    store = sample_build[2]
    g = network_from_store(store)
    html = render_page(g)
    n_nodes = len(re.findall(r'"shape": "', html.split("var edges")[0]))
    assert n_nodes == g.number_of_nodes()
    people = {d["label"] for _, d in g.nodes(data=True) if d["type"] == "Person"}
    assert {"周福刚", "贺常荣", "晁怀新"} <= people


def test_page_legend_colours_by_class(sample_build):
    html = (sample_build[1] / "graph.html").read_text(encoding="utf-8")
    for cls in ("TradeUnion", "Person", "Venue", "District"):
        assert STYLE[cls][0] in html
    assert '"zh": "工会"' in html and '"en": "Trade union"' in html
