"""The network page in a real browser: headless Chromium, offline, driven by Playwright.

Every request that is not a file is blocked and recorded. Skipped without Playwright's
Python package or Debian's chromium (``scripts/install-browser.sh`` installs both, and a CJK font).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.network import areas, neighbourhood, network_from_store, of_types
from kg.page import FONT, render_page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is not installed")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        # Playwright's own launch gives Chromium a new temporary profile (--user-data-dir)
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A page opened from file://, with what it tried to fetch and the errors it threw."""

    def __init__(self, browser, path: Path):
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kg && window.kg.ready", timeout=30_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def at(self, node_id: str) -> tuple[float, float]:
        """Where on the screen the node is drawn."""
        box = self.page.locator("#mynetwork").bounding_box()
        p = self.js("id => kg.network.canvasToDOM(kg.network.getPositions([id])[id])", node_id)
        return box["x"] + p["x"], box["y"] + p["y"]

    def visible(self) -> set[str]:
        return set(self.js("kg.visibleNodes()"))

    def close(self):
        assert self.errors == []
        assert self.blocked == []
        self.page.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def _open(path: Path) -> Page:
        pages.append(Page(browser, path))
        return pages[-1]

    yield _open
    for p in pages:
        p.close()


@pytest.fixture(scope="module")
def sample(sample_build):
    """The page ``kg build`` wrote for the sample, and the network it draws."""
    return sample_build[1] / "graph.html", network_from_store(sample_build[2])


def short(node: str) -> str:
    return node.split("/id/", 1)[1]


def node_called(g, label: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d["label"] == label)


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """A build of the written Beijing pages, whose articles are dated, and its network."""
    from kg.corpus import build
    from kg.query import load_graph

    out = tmp_path_factory.mktemp("dated")
    shutil.copytree(Path(__file__).parent / "fixtures" / "synthetic", out / "sources",
                    ignore=shutil.ignore_patterns("*.json"))
    build([out / "sources"], out / "output")
    return out / "output" / "graph.html", network_from_store(load_graph(out / "output"))


def test_page_browser_offline_with_every_node_and_edge(open_page, sample):
    path, g = sample
    page = open_page(path)
    assert page.js("[kg.nodes.length, kg.edges.length]") == [g.number_of_nodes(), g.number_of_edges()]
    assert len(page.visible()) == g.number_of_nodes()
    assert page.js("kg.visibleEdges().length") == g.number_of_edges()
    drawn = page.js("""() => { const c = document.querySelector('#mynetwork canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < d.length; i += 4) { if (d[i + 3] && (d[i] < 200 || d[i + 2] < 200)) { n++; } }
        return n; }""")
    assert drawn > 2000  # the canvas is drawn on, not blank behind a loading bar
    assert page.js("document.querySelector('#stats').textContent").startswith(f"显示 shown {g.number_of_nodes()} /")


def test_page_browser_chinese_labels_are_not_boxes(open_page, sample):
    """With a CJK font, two different characters draw differently (missing glyphs all draw the same box)."""
    page = open_page(sample[0])
    glyphs = page.js("""font => ['周', '福', '\\u{10FFFD}'].map(ch => {
        const c = document.createElement('canvas'); c.width = c.height = 48;
        const x = c.getContext('2d'); x.font = '40px ' + font; x.fillText(ch, 2, 40);
        return Array.from(x.getImageData(0, 0, 48, 48).data).join(); })""", FONT)
    assert glyphs[0] != glyphs[1]
    assert glyphs[0] != glyphs[2] and glyphs[1] != glyphs[2]


def test_page_browser_search_click_and_provenance(open_page, sample):
    path, g = sample
    person = node_called(g, "周福刚")
    pid = short(person)
    page = open_page(path)
    page.page.fill("#search", "周福")
    assert page.page.locator("#results li").first.get_attribute("data-id") == pid
    page.page.press("#search", "Enter")
    page.page.wait_for_function("kg.selected !== null && !kg.animating")
    assert page.js("kg.selected") == pid
    assert page.js("kg.network.getSelectedNodes()") == [pid]

    # clicking the node, not the search, fills the panel
    page.js("kg.clearSelection(); document.querySelector('#panel').innerHTML = ''")
    page.page.mouse.click(*page.at(pid))
    assert page.js("kg.selected") == pid
    panel = page.page.locator("#panel")
    assert panel.locator("h2").inner_text() == "周福刚"
    assert "人物 Person" in panel.locator(".type").first.inner_text()
    relations = panel.locator("ul.relations").inner_text()
    assert "主席 → 怀柔区总工会" in relations
    prov = panel.locator(".prov").first
    assert prov.locator(".title").inner_text() == "怀柔工会今年将组织25场主题参观活动"
    assert prov.locator("mark").inner_text() == "周福刚"
    sentence = prov.locator(".sentence").inner_text()
    assert "区总工会主席周福刚" in sentence
    assert sentence == g.nodes[person]["provenance"][0]["sentence"]

    # its neighbourhood keeps its colours, the rest fades
    union = short(node_called(g, "怀柔区总工会"))
    far = short(node_called(g, "贺常荣"))
    colours = page.js("ids => ids.map(id => kg.nodes.get(id).color)", [union, far])
    assert colours[0] == "#e15759" and colours[1]["background"] == "#dedede"


def test_page_browser_relation_name_on_hover(open_page, sample):
    path, g = sample
    page = open_page(path)
    a, b = short(node_called(g, "周福刚")), short(node_called(g, "怀柔区总工会"))
    eid = page.js("([a, b]) => kg.edges.get({filter: e => e.from === a && e.to === b && e.rel === '主席'})[0].id",
                  [a, b])
    assert page.js("id => kg.edges.get(id).label || ''", eid) == ""
    page.js("id => kg.network.focus(id, {scale: 2})", a)
    (xa, ya), (xb, yb) = page.at(a), page.at(b)
    page.page.mouse.move(10, 10)
    page.page.mouse.move((xa + xb) / 2, (ya + yb) / 2, steps=4)
    page.page.wait_for_function("id => kg.edges.get(id).label === '主席'", arg=eid, timeout=5000)
    page.page.mouse.move(10, 10, steps=2)
    page.page.wait_for_function("id => !kg.edges.get(id).label", arg=eid, timeout=5000)


def test_page_browser_filter_by_class(open_page, sample):
    path, g = sample
    page = open_page(path)
    people = {short(n) for n, d in g.nodes(data=True) if d["type"] == "Person"}
    page.page.locator("#legend input[data-type=Person]").uncheck()
    shown = page.visible()
    assert shown and not shown & people
    assert len(shown) == g.number_of_nodes() - len(people)
    hidden_edges = page.js("kg.edges.get().filter(e => !e.hidden).filter(e => kg.nodes.get(e.from).hidden"
                           " || kg.nodes.get(e.to).hidden).length")
    assert hidden_edges == 0
    page.page.locator("#legend input[data-type=Person]").check()
    assert len(page.visible()) == g.number_of_nodes()


def test_page_browser_filter_by_place(open_page, sample):
    path, g = sample
    page = open_page(path)
    page.page.select_option("#area", "怀柔区")
    in_huairou = {short(n) for n, a in areas(g).items() if "怀柔区" in a}
    assert page.visible() == in_huairou
    assert short(node_called(g, "周福刚")) in in_huairou
    assert short(node_called(g, "贺常荣")) not in in_huairou
    page.page.click("#reset")
    assert len(page.visible()) == g.number_of_nodes()


def test_page_browser_filter_by_date(open_page, dated):
    path, g = dated
    page = open_page(path)
    assert page.js("[document.querySelector('#from').min, document.querySelector('#to').max]") == \
        ["2024-04-26", "2024-05-11"]
    page.page.fill("#from", "2024-04-26")
    page.page.fill("#to", "2024-04-26")
    that_day = {short(n) for n, d in g.nodes(data=True) if "2024-04-26" in d["dates"]}
    shown = page.visible()
    assert shown == that_day
    articles = [d for n, d in g.nodes(data=True) if short(n) in shown and d["type"] == "Article"]
    assert articles and {d["date"][:10] for d in articles} == {"2024-04-26"}
    assert len(shown) < g.number_of_nodes() / 2


def test_page_browser_focus_view(open_page, sample, tmp_path, capsys):
    out_dir, g = sample[0].parent, sample[1]
    page_path = tmp_path / "focus.html"
    assert main(["viz", "--graph", str(out_dir), "--out", str(page_path), "--focus", "周福刚", "--hops", "2"]) == 0
    want = neighbourhood(g, "周福刚", 2)
    page = open_page(page_path)
    assert page.js("[kg.nodes.length, kg.edges.length]") == [want.number_of_nodes(), want.number_of_edges()]
    assert set(page.js("kg.nodes.getIds()")) == {short(n) for n in want}
    assert page.js("kg.selected") == short(node_called(g, "周福刚"))
    assert page.page.locator("#panel h2").inner_text() == "周福刚"
    assert "周福刚" in page.page.title()


def test_page_browser_type_view(open_page, sample, tmp_path, capsys):
    out_dir, g = sample[0].parent, sample[1]
    page_path = tmp_path / "types.html"
    assert main(["viz", "--graph", str(out_dir), "--out", str(page_path), "--type", "TradeUnion,District"]) == 0
    want = of_types(g, ["TradeUnion", "District"])
    page = open_page(page_path)
    assert page.js("[kg.nodes.length, kg.edges.length]") == [want.number_of_nodes(), want.number_of_edges()]
    assert set(page.js("Object.values(kg.details).map(d => d.type)")) == {"TradeUnion", "District"}
    labels = page.page.locator("#legend label").all_inner_texts()
    assert [x.split()[0] for x in labels] == ["工会", "区县"]


def test_page_browser_overview_of_a_large_graph(open_page, sample, tmp_path):
    _, g = sample
    path = tmp_path / "overview.html"
    path.write_text(render_page(g, overview_above=20), encoding="utf-8")
    page = open_page(path)
    clusters = page.js("kg.data.clusters.length")
    assert page.js("[kg.allNodes.length, kg.allEdges.length]") == [g.number_of_nodes(), g.number_of_edges()]
    assert page.js("kg.nodes.length") == clusters < g.number_of_nodes()
    assert page.page.locator("#overview-tools").is_visible()

    # a click on a community opens it in place
    big = page.js("kg.data.clusters.reduce((a, c) => (c.n > a.n ? c : a)).id")
    page.page.mouse.click(*page.at(big))
    page.page.wait_for_function("id => !kg.nodes.get(id)", arg=big)
    assert page.js("kg.nodes.length") == clusters - 1 + page.js("id => kg.data.clusters.find(c => c.id === id).n",
                                                                 big)
    assert page.page.locator("#panel h2").inner_text().startswith("社区 Community")

    # searching finds a node in a closed community, opens it and selects the node
    person = short(node_called(g, "贺常荣"))
    page.js("kg.collapseAll()")
    page.page.fill("#search", "贺常荣")
    page.page.press("#search", "Enter")
    page.page.wait_for_function("kg.selected !== null")
    assert page.js("kg.selected") == person and page.js("id => !!kg.nodes.get(id)", person)

    page.page.click("#expand-all")
    assert page.js("[kg.nodes.length, kg.edges.length]") == [g.number_of_nodes(), g.number_of_edges()]


def test_page_browser_empty_graph(open_page, tmp_path):
    import networkx as nx

    path = tmp_path / "empty.html"
    path.write_text(render_page(nx.MultiDiGraph()), encoding="utf-8")
    page = open_page(path)
    assert page.js("[kg.nodes.length, kg.edges.length]") == [0, 0]
    assert "no nodes" in page.page.locator("#panel").inner_text()
