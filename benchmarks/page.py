"""The network page at scale: time to write it, and time to first paint (layout done) in headless Chromium.

Usage: python benchmarks/page.py [--sizes 100,2000,10000] [--repeat 3] [--keep DIR]

Synthetic graphs shaped like kg's (districts with their unions, people holding posts, events at
venues, dated articles naming them; most relations inside a district) with 2.5 relations a node.
"Write" is ``render_page`` (layout, and communities for an overview, included) plus the atomic UTF-8
write; "layout" is :func:`kg.network.layout` alone. "Paint" is ``performance.now()`` in the page when vis-network
has drawn the first frame with every position final (``kg.readyAt``: from navigation start, so it
includes parsing the file), the median of ``--repeat`` fresh pages. Above
:data:`kg.page.OVERVIEW_ABOVE` nodes the page opens as an overview of communities; for those
sizes "whole" also times drawing every node (``overview_above`` raised).

Needs Playwright's Python package and Debian's chromium at /usr/bin/chromium; without them only
the write times are measured.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.io import atomic_write
from kg.network import areas, dates, layout
from kg.page import OVERVIEW_ABOVE, render_page

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯健俊帆帅旭宁龙林欣雪梅琳晨"
_DISTRICTS = ["东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区",
              "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"]
#: Share of nodes of each class (the rest of the page's classes are the 16 districts and the city).
_MIX = [("Person", 0.34), ("TradeUnion", 0.12), ("Organization", 0.16), ("Event", 0.14), ("Venue", 0.06),
        ("Honour", 0.02), ("Article", 0.16)]
#: Relations by the classes they join: (from, to, label, kind).
_RELATIONS = [("Person", "TradeUnion", "主席", "post"), ("Person", "Organization", "副主任", "post"),
              ("TradeUnion", "Event", "举办", "organiser"), ("Organization", "Event", "协办", "organiser"),
              ("Event", "Venue", "地点", "venue"), ("Person", "Honour", "荣获", "honour"),
              ("Person", "Article", "记者", "byline"), ("Article", "Person", "提及", "mentions"),
              ("Article", "TradeUnion", "提及", "mentions"), ("Organization", "TradeUnion", "隶属", "part")]


def synthetic_network(n_nodes: int, n_edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """A kg-shaped graph of ``n_nodes`` nodes and ``n_edges`` relations, with labels, provenance, places, dates."""
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    g.add_node("place/110000", label="北京市", type="City", types=["City"], mentions=0, alt=[], provenance=[],
               articles=[])
    for i, d in enumerate(_DISTRICTS):
        g.add_node(f"place/d{i}", label=d, type="District", types=["District"], mentions=1, alt=[d[:-1]],
                   provenance=[], articles=[])
        g.add_edge(f"place/d{i}", "place/110000", label="位于", kind="place")
    home: dict[str, int] = {}
    by_class: dict[tuple[str, int], list[str]] = {}
    rest = n_nodes - g.number_of_nodes()
    counts = [(t, int(rest * share)) for t, share in _MIX]
    counts[0] = ("Person", rest - sum(c for _, c in counts[1:]))
    for t, count in counts:
        for i in range(count):
            d = rnd.randrange(len(_DISTRICTS))
            district = _DISTRICTS[d]
            if t == "Person":
                label = rnd.choice(_SURNAMES) + "".join(rnd.choice(_GIVEN) for _ in range(rnd.choice((1, 2))))
            elif t == "TradeUnion":
                label = f"{district}第{i}工会"
            elif t == "Article":
                label = f"{district[:-1]}职工活动报道{i}"
            else:
                label = f"{district}{t.lower()}{i}"
            node = f"{t.lower()}/{i}"
            article = f"article/{rnd.randrange(max(1, counts[-1][1]))}"
            g.add_node(node, label=label, type=t, types=[t], alt=[], mentions=rnd.randint(1, 4), articles=[article],
                       provenance=[{"article": article, "title": f"{district[:-1]}职工活动报道", "anchor": label,
                                    "sentence": f"本报讯 近日，{label}在{district}参加活动。", "at": 6,
                                    "start": 100 + i, "end": 100 + i + len(label)}])
            if t == "Article":
                g.nodes[node].update(articles=[], date=f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
            home[node] = d
            by_class.setdefault((t, d), []).append(node)
            if t in ("TradeUnion", "Venue"):
                g.add_edge(node, f"place/d{d}", label="所在区划" if t == "TradeUnion" else "位于", kind="place")
    nodes = [n for n in g if n in home]
    for _ in range(g.number_of_edges(), n_edges):
        s, o_class, label, kind = rnd.choice(_RELATIONS)
        d = rnd.randrange(len(_DISTRICTS))
        sources = by_class.get((s, d)) or nodes
        source = rnd.choice(sources)
        d = home[source] if rnd.random() < 0.9 else rnd.randrange(len(_DISTRICTS))
        pool = by_class.get((o_class, d)) or nodes
        g.add_edge(source, rnd.choice(pool), label=label, kind=kind)
    for n, a in areas(g).items():
        g.nodes[n]["areas"] = a
    for n, a in dates(g).items():
        g.nodes[n]["dates"] = a
    return g


def write_page(g: nx.MultiDiGraph, path: Path, **kw) -> tuple[float, float]:
    """Seconds to render and write the page, and seconds the layout alone takes."""
    t0 = time.perf_counter()
    atomic_write(path, render_page(g, title=f"{g.number_of_nodes()} nodes", **kw))
    t1 = time.perf_counter()
    layout(g)
    return t1 - t0, time.perf_counter() - t1


def paint(browser, path: Path) -> tuple[float, int, int, float]:
    """Milliseconds from navigation to the first frame with the layout done, the nodes and edges drawn, and
    milliseconds to select a node (highlight its neighbourhood, fill the panel) and draw the next frame."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else (blocked.append(r.request.url), r.abort()))
    page.goto(path.as_uri())
    page.wait_for_function("window.kg && window.kg.ready", timeout=120_000, polling=50)
    ms, n, m = page.evaluate("[kg.readyAt, kg.nodes.length, kg.edges.length]")
    select = page.evaluate("""() => new Promise(done => {
        const t = performance.now(), id = kg.nodes.getIds()[0];
        kg.network.once("afterDrawing", () => done(performance.now() - t));
        if (kg.details[id]) { kg.select(id); } else { kg.network.redraw(); } })""")
    page.close()
    assert not blocked, blocked
    return ms, n, m, select


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,2000,10000", help="node counts (relations: 2.5 a node)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="keep the pages in this folder")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-page-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(CHROMIUM).exists():
        print(f"paint skipped: needs playwright and {CHROMIUM}")
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        g = synthetic_network(n, int(n * 2.5))
        writes = [write_page(g, folder / f"page-{n}.html") for _ in range(args.repeat)]
        write, lay = min(writes)
        whole = folder / f"page-{n}-whole.html"
        if n > OVERVIEW_ABOVE:
            write_page(g, whole, overview_above=n)
        size = (folder / f"page-{n}.html").stat().st_size / 1e6
        rows.append({"n": n, "m": g.number_of_edges(), "write": write, "layout": lay, "mb": size,
                     "paint": None, "whole": None, "drawn": "", "select": None})
    if sync_playwright is not None and Path(CHROMIUM).exists():
        with sync_playwright() as p:
            # Playwright's own launch starts Chromium with a new temporary profile
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            try:
                for row in rows:
                    n = row["n"]
                    runs = [paint(browser, folder / f"page-{n}.html") for _ in range(args.repeat)]
                    row["paint"] = statistics.median(r[0] for r in runs)
                    row["drawn"] = f"{runs[0][1]} / {runs[0][2]}"
                    row["select"] = statistics.median(r[3] for r in runs)
                    if n > OVERVIEW_ABOVE:
                        runs = [paint(browser, folder / f"page-{n}-whole.html") for _ in range(args.repeat)]
                        row["whole"] = statistics.median(r[0] for r in runs)
                        row["select"] = statistics.median(r[3] for r in runs)
            finally:
                browser.close()
    print("| nodes | edges | page written (s) | layout alone (s) | file (MB) | first paint, layout done (s) |"
          " drawn nodes / edges | every node drawn (s) | select a node, all drawn (s) |")
    print("|---:|---:|---:|---:|---:|---:|---|---:|---:|")

    def seconds(ms):
        return "–" if ms is None else f"{ms / 1000:.2f}"

    for r in rows:
        print(f"| {r['n']:,} | {r['m']:,} | {r['write']:.2f} | {r['layout']:.2f} | {r['mb']:.1f} |"
              f" {seconds(r['paint'])} | {r['drawn']} | {seconds(r['whole'])} | {seconds(r['select'])} |")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
