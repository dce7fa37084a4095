"""Build throughput, scaling, memory, query latency and incremental rebuild time on the 人民日报 corpus.

Usage: python benchmarks/build.py [--limit N] [--jobs 1,2] [--profile N] [--json FILE]

Reads ../shared/data/news_corpus/rmrb_*.jsonl (9,646 articles, 11.8M characters; exits with
a note when absent) and measures, in one run on the same text:

- bare ``jieba.posseg.cut`` over each article's text (characters per second);
- kg's language-analysis stage alone: ``Pipeline.analyse`` (segmentation and every
  recogniser) over the same articles, in this process;
- the whole build (``kg build --no-page``: read, analyse, resolve, write the graphs into the
  store, ``graph.ttl``, ``graph.trig``, ``resolution.json``) with 1 and 2 worker processes,
  each in a fresh process, with its peak memory (proportional set size of the process tree);
- the latency of every saved query in ``queries/`` on the built graph (p50, p95), in process
  and through ``kg serve`` over HTTP, and bound to one entity (``kg query NAME --bind``);
- an incremental rebuild after one article changed (with and without the exports);
- with ``--profile N``: the time of segmentation and of each extractor over N articles, and the
  functions costing most (cProfile).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def copy_corpus(files: list[Path], dest: Path, limit: int | None) -> None:
    """The corpus files (or their first ``limit`` records in all) in ``dest``."""
    dest.mkdir(parents=True)
    left = limit
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        if left is not None:
            lines, left = lines[:left], left - len(lines[:left])
        if lines:
            (dest / f.name).write_text("".join(lines), encoding="utf-8")


def tree_pss(pid: int) -> int:
    """Proportional set size of a process and its children, in bytes (shared pages counted once)."""
    import psutil

    try:
        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_full_info().pss
    return total


def run_kg(args: list[str], cwd: Path) -> tuple[float, int, str, float]:
    """Run the kg command line in a fresh process: (seconds, peak memory in bytes, output, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    peak = 0
    try:
        import psutil  # noqa: F401

        while proc.poll() is None:
            peak = max(peak, tree_pss(proc.pid))
            time.sleep(0.25)
    except ImportError:
        pass
    out = proc.communicate()[0]
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed:\n{out}")
    return seconds, peak, out, cpu


def bench_jieba(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of bare jieba.posseg.cut over ``texts``."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts:
        for _ in jieba.posseg.cut(t):
            pass
    return time.perf_counter() - t0, time.process_time() - c0


def bench_analyse(tasks) -> tuple[float, float, float]:
    """Wall and CPU seconds of the analysis stage over ``tasks`` (page contexts, then Pipeline.analyse of each
    article), and the CPU seconds of the page contexts alone."""
    from kg.config import load_config
    from kg.parallel import _pipeline

    pipeline = _pipeline(load_config())
    t0, c0 = time.perf_counter(), time.process_time()
    contexts = [pipeline.context(t.articles[0].source, t.articles) for t in tasks]
    ctx_cpu = time.process_time() - c0
    for t, ctx in zip(tasks, contexts, strict=True):
        for art, _ in t.pending():
            pipeline.analyse(art, ctx)
    return time.perf_counter() - t0, time.process_time() - c0, ctx_cpu


def profile(tasks, n: int) -> str:
    """Seconds of segmentation and of each extractor over ``n`` articles, then the costliest functions."""
    from kg.config import load_config
    from kg.parallel import _pipeline
    from kg.segment import segmenter
    from kg.split import split_sentences
    from kg.types import Doc

    pipeline = _pipeline(load_config())
    seg = segmenter()
    spent: dict[str, float] = {"sentences": 0.0, "segmentation": 0.0}
    prof = cProfile.Profile()
    prof.enable()
    todo = [(art, t) for t in tasks for art, _ in t.pending()][:n]
    for art, t in todo:
        # the steps of Pipeline.analyse, each timed
        c0 = time.perf_counter()
        context = pipeline.context(t.articles[0].source, t.articles)
        spent["page context"] = spent.get("page context", 0.0) + time.perf_counter() - c0
        doc = Doc(article=art)
        doc.context.update(context)
        t0 = time.perf_counter()
        doc.sentences = split_sentences(art)
        t1 = time.perf_counter()
        for s in doc.sentences:
            doc.tokens.extend(seg.tokens(s.text, s.start))
        t2 = time.perf_counter()
        spent["sentences"] += t1 - t0
        spent["segmentation"] += t2 - t1
        for comp in pipeline.components:
            t3 = time.perf_counter()
            res = comp(doc)
            spent[comp.name] = spent.get(comp.name, 0.0) + time.perf_counter() - t3
            pipeline.file(doc, comp, res)
    prof.disable()
    total = sum(spent.values())
    chars = sum(len(art.text) for art, _ in todo)
    lines = [f"analysis of {n} articles ({chars:,} chars): {total:.2f} s, {chars / total:,.0f} chars/s"]
    lines += [f"  {k:14} {v:7.2f} s  {100 * v / total:5.1f} %" for k, v in sorted(spent.items(), key=lambda kv: -kv[1])]
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
    lines.append(buf.getvalue())
    return "\n".join(lines)


def query_latency(out: Path, repeat: int) -> dict[str, dict]:
    """p50/p95 of each saved query as written (listing everything), and bound to one entity.

    The bound run fixes the query's first variable (``kg query NAME --bind VAR=VALUE``), as a
    user asking about one union or person does, to a typical value: of the values it takes in
    the full answer, the one with the median number of rows.
    """
    from kg.query import load_graph, saved_queries, with_bindings

    def timed(q: str) -> list[float]:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            store.query(q)
            times.append(time.perf_counter() - t0)
        return times

    store = load_graph(out)
    res: dict[str, dict] = {}
    for name, path in saved_queries(ROOT / "queries").items():
        q = path.read_text(encoding="utf-8")
        full = store.query(q)  # warm
        times = timed(q)
        res[name] = {"rows": len(full.rows), "p50_ms": 1000 * statistics.median(times), "p95_ms": 1000 * p95(times)}
        counts = Counter(row[0] for row in full.rows if row[0] is not None)
        if counts:
            by_count = sorted(counts, key=lambda t: (counts[t], t.value))
            var, value = full.variables[0], by_count[len(by_count) // 2]
            bound = with_bindings(q, {var: value})
            store.query(bound)
            times = timed(bound)
            res[name].update(bound_var=var, bound_p50_ms=1000 * statistics.median(times))
    # as kg serve answers: from the store's default graph copied into memory
    t0 = time.perf_counter()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    disk, store = store, store.snapshot()
    res["_memory"] = {"load_s": time.perf_counter() - t0, "triples": disk.default_size(),
                      "maxrss_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024}
    for name, path in saved_queries(ROOT / "queries").items():
        q = path.read_text(encoding="utf-8")
        store.query(q)
        res[name]["memory_p50_ms"] = 1000 * statistics.median(timed(q))
    return res


def http_latency(out: Path, repeat: int) -> dict[str, float]:
    """p50 of each saved query through kg serve from disk (JSON results), including HTTP and serialisation."""
    from kg.query import saved_queries
    from kg.serve import make_server

    server = make_server(out, port=0, workers=1, timeout=60, max_rows=1_000_000, queries=ROOT / "queries",
                         memory="off")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    res = {}
    try:
        for name, path in saved_queries(ROOT / "queries").items():
            data = urllib.parse.urlencode({"query": path.read_text(encoding="utf-8")}).encode()
            times = []
            for _ in range(repeat + 1):
                req = urllib.request.Request(server.url + "sparql", data=data,
                                             headers={"Accept": "application/sparql-results+json"})
                t0 = time.perf_counter()
                with urllib.request.urlopen(req) as r:
                    r.read()
                times.append(time.perf_counter() - t0)
            res[name] = 1000 * statistics.median(times[1:])
    finally:
        server.shutdown()
        server.server_close()
    return res


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def change_one_article(src: Path) -> str:
    """Append a sentence to the text of the first article of the first file; its id."""
    f = sorted(src.glob("*.jsonl"))[0]
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    rec = json.loads(lines[0])
    rec["text"] += "\n本报讯 北京市总工会近日举办职工技能竞赛。"
    lines[0] = json.dumps(rec, ensure_ascii=False) + "\n"
    f.write_text("".join(lines), encoding="utf-8")
    return rec["id"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--jobs", default="1,2", help="worker process counts to build with (comma-separated)")
    ap.add_argument("--repeat", type=int, default=20, help="runs of each saved query")
    ap.add_argument("--profile", type=int, default=0, help="profile the analysis of N articles")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args()
    files = sorted(CORPUS.glob("rmrb_*.jsonl"))
    if not files:
        print(f"skipped: no rmrb_*.jsonl in {CORPUS}")
        return 0
    sys.path.insert(0, str(ROOT))
    from kg.config import load_config
    from kg.corpus import plan

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    src = work / "sources"
    if src.exists():
        shutil.rmtree(src)
    copy_corpus(files, src, args.limit)
    figures: dict = {}
    t0 = time.perf_counter()
    tasks, _ = plan([src], load_config())
    figures["read_s"] = time.perf_counter() - t0
    texts = [a.text for t in tasks for a, _ in t.pending()]
    chars = sum(map(len, texts))
    figures.update(articles=len(texts), chars=chars)
    log(f"{len(texts)} articles, {chars:,} characters; read and split in {figures['read_s']:.1f} s")

    if args.profile:
        print(profile(tasks, args.profile))

    figures["jieba_s"], figures["jieba_cpu_s"] = bench_jieba(texts)
    log(f"bare jieba.posseg.cut: {figures['jieba_s']:.1f} s (CPU {figures['jieba_cpu_s']:.1f} s)")
    figures["analyse_s"], figures["analyse_cpu_s"], figures["context_cpu_s"] = bench_analyse(tasks)
    log(f"analysis stage (page context, segmentation, recognisers), 1 process: {figures['analyse_s']:.1f} s "
        f"(CPU {figures['analyse_cpu_s']:.1f} s, of which page context {figures['context_cpu_s']:.1f} s)")
    del tasks, texts

    builds = {}
    for n in [int(j) for j in args.jobs.split(",")]:
        out = work / f"out{n}"
        shutil.rmtree(out, ignore_errors=True)
        load = os.getloadavg()[0]
        seconds, peak, text, cpu = run_kg(["build", str(src), "--out", str(out), "--jobs", str(n), "--no-page",
                                           "--no-progress"], work)
        builds[n] = {"seconds": seconds, "cpu_s": cpu, "peak_mb": peak / 2**20, "load_before": load,
                     "report": text.strip().splitlines()[-1]}
        log(f"whole build, {n} process(es): {seconds:.1f} s (CPU {cpu:.1f} s), peak {peak / 2**20:,.0f} MB, "
            f"load average before {load:.2f}; {builds[n]['report']}")
    figures["builds"] = builds
    out = work / f"out{max(builds)}"

    figures["queries"] = query_latency(out, args.repeat)
    figures["queries_http_p50_ms"] = http_latency(out, min(args.repeat, 10))
    log("saved queries: " + ", ".join(f"{k} {v['p50_ms']:.1f} ms" for k, v in figures["queries"].items()
                                      if not k.startswith("_")))

    seconds, _, text, _ = run_kg(["build", str(src), "--out", str(out), "--no-page", "--no-progress"], work)
    figures["noop_rebuild_s"] = seconds
    changed = change_one_article(src)
    seconds, _, text, _ = run_kg(["build", str(src), "--out", str(out), "--no-page", "--no-progress"], work)
    figures["incremental_s"] = seconds
    figures["incremental_report"] = text.strip()
    change_one_article(src)
    seconds, _, text, _ = run_kg(["build", str(src), "--out", str(out), "--no-page", "--no-progress", "--no-export"],
                              work)
    figures["incremental_no_export_s"] = seconds
    log(f"incremental rebuild after changing {changed}: {figures['incremental_s']:.1f} s "
        f"({figures['incremental_no_export_s']:.1f} s without exports; no change: {figures['noop_rebuild_s']:.1f} s)")
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    sizes["store"] = sum(p.stat().st_size for p in (out / "store").rglob("*") if p.is_file())
    figures["sizes_mb"] = {k: v / 2**20 for k, v in sizes.items()}

    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def report(f: dict) -> str:
    c = f["chars"]
    b = f["builds"]
    one = b.get(1, next(iter(b.values())))
    lines = [
        f"{f['articles']} articles, {c:,} characters",
        "",
        "| measure | seconds | chars/s | target | got |",
        "|---|---:|---:|---|---|",
        f"| bare jieba.posseg.cut | {f['jieba_s']:.1f} | {c / f['jieba_s']:,.0f} | | |",
        f"| analysis stage, 1 process | {f['analyse_s']:.1f} | {c / f['analyse_s']:,.0f} | | "
        f"page context {f['context_cpu_s']:.0f} s CPU of it |",
    ]
    for n, r in sorted(b.items()):
        lines.append(f"| whole build, {n} process(es) | {r['seconds']:.1f} | {c / r['seconds']:,.0f} | | "
                     f"peak {r['peak_mb']:,.0f} MB, CPU {r['cpu_s']:.0f} s |")
    lines += [
        f"| build / analysis (1 process) | | | ≤ 1.25 | {one['seconds'] / f['analyse_s']:.2f} "
        f"(CPU time: {one['cpu_s'] / f['analyse_cpu_s']:.2f}) |",
        f"| build / bare jieba throughput (1 process) | | | ≥ 0.5 | {f['jieba_s'] / one['seconds']:.2f} "
        f"(CPU time: {f['jieba_cpu_s'] / one['cpu_s']:.2f}) |",
    ]
    if 1 in b and 2 in b:
        lines.append(f"| 2 processes / 1 process speed-up | | | ≥ 1.7 | {b[1]['seconds'] / b[2]['seconds']:.2f} |")
    fastest = min(r["seconds"] for r in b.values())
    peak = max(r["peak_mb"] for r in b.values())
    lines += [
        f"| whole build, fastest | {fastest:.1f} | | < 600 s, < 2048 MB | {fastest:.0f} s, {peak:,.0f} MB |",
        f"| incremental rebuild, one article changed | {f['incremental_s']:.1f} | | < 5 s | |",
        f"| same, without graph.ttl/graph.trig | {f['incremental_no_export_s']:.1f} | | | |",
        f"| rebuild, nothing changed | {f['noop_rebuild_s']:.1f} | | | |",
        "",
        "| saved query | rows | p50 ms on disk (kg query) | p95 ms | p50 ms over HTTP, disk | bound to one "
        "| p50 ms bound | p50 ms in memory (kg serve) |",
        "|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    for name, q in f["queries"].items():
        if name.startswith("_"):
            continue
        bound = f"| ?{q['bound_var']} | {q['bound_p50_ms']:.1f} |" if "bound_var" in q else "| | |"
        lines.append(f"| {name} | {q['rows']} | {q['p50_ms']:.1f} | {q['p95_ms']:.1f} | "
                     f"{f['queries_http_p50_ms'].get(name, float('nan')):.1f} {bound} {q['memory_p50_ms']:.1f} |")
    m = f["queries"]["_memory"]
    lines += ["", f"memory copy for kg serve: {m['triples']:,} triples in {m['load_s']:.1f} s, "
              f"peak memory +{m['maxrss_growth_mb']:,.0f} MB", ""]
    lines.append("sizes (MB): " + ", ".join(f"{k} {v:,.1f}" for k, v in f["sizes_mb"].items()))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
