"""Build a corpus: read sources, extract the new and changed articles, keep the store, write the outputs.

A build folder holds the graph in a persistent Oxigraph store (``store/``), one named
graph per article, and a manifest (``manifest.sqlite``) of what each graph was built
from. A build re-extracts only the articles whose key changed (text, metadata, page
context, kg's code or settings), replaces exactly their graphs, drops the articles a
rebuilt file no longer holds, and keeps articles of files it was not given; ``remove``
deletes articles. The exports (``graph.ttl``, ``graph.trig``), ``resolution.json`` and
``graph.html`` are then written anew, together, through temporary files: the exports from each
article's part kept (compressed) in the manifest, so writing them never reads the store back.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kg.config import Config, load_config
from kg.errors import SourceError, StoreError
from kg.io import write_outputs
from kg.manifest import MANIFEST, Manifest
from kg.parallel import (
    ArticleResult,
    Task,
    default_jobs,
    page_hash,
    pipeline_fingerprint,
    run_dask,
    run_local,
    task_key,
)
from kg.pipeline import Pipeline
from kg.rdf import PREFIXES, article_iri, article_quads, content_hash, id_prefixes
from kg.readers import READERS, find_files
from kg.resolve import ResolvedDoc, Resolver
from kg.store import Store, open_store

__all__ = ["STORE_DIR", "BuildReport", "RemoveReport", "analyse", "build", "graph_store", "open_build", "plan",
           "remove"]

DEFAULT_SOURCES = ("sources",)
DEFAULT_OUT = "output"
#: The persistent store's folder in a build folder.
STORE_DIR = "store"
#: Below this many articles a build runs in this process: starting workers would cost more.
_SMALL = 16
#: Results loaded into the store at a time (articles, and bytes of N-Quads).
_BATCH_ARTICLES, _BATCH_BYTES = 1000, 48_000_000
#: The smallest batch towards the end of a build.
_LAST_BATCH = 50
#: A build that extracted at least this many articles compacts the store when done (see OxigraphStore.optimize).
_COMPACT_AFTER = 500
_EXPORTS = {"graph.ttl": "turtle", "graph.trig": "trig"}


@dataclass
class BuildReport:
    """What a build did: counts, where it wrote, and how long each stage took."""

    out: Path
    sources: int = 0
    articles: int = 0
    extracted: int = 0
    removed: int = 0
    mentions: int = 0
    quads: int = 0
    chars: int = 0
    jobs: int = 1
    entities: Counter = field(default_factory=Counter)
    files: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    endpoint: str | None = None
    in_memory: bool = False

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items(), key=lambda kv: -kv[1]))
        where = (f"at {self.endpoint}" if self.endpoint else "in memory (files only)" if self.in_memory
                 else f"in {self.out / STORE_DIR}")
        lines = [
            f"read {self.sources} source(s), {self.articles} article(s); {self.mentions} mentions",
            f"extracted {self.extracted} new or changed article(s) with {self.jobs} process(es), "
            f"{self.articles - self.extracted} unchanged, {self.removed} removed",
            f"entities: {kinds or 'none'}",
            f"graph: {self.quads} quads in named graphs {where}",
            "wrote: " + (", ".join(str(f) for f in self.files) or "nothing (outputs up to date)"),
            "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()),
        ]
        return "\n".join(lines)


@dataclass
class RemoveReport:
    """What ``remove`` deleted."""

    out: Path
    articles: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"removed {len(self.articles)} article(s): {', '.join(self.articles)}"]
        if self.remote:
            lines.append(f"deleted {len(self.remote)} graph(s) at the endpoint")
        lines.append("wrote: " + (", ".join(str(f) for f in self.files) or "nothing"))
        return "\n".join(lines)


# -- reading -------------------------------------------------------------------------------
def plan(sources: Iterable[str | Path], config: Config, pipeline: Pipeline | None = None,
         files: list[Path] | None = None, seen: dict[str, tuple[str, str]] | None = None,
         ) -> tuple[list[Task], list[Path]]:
    """Read every source and split it into articles: one task per source (all its articles to do), and the files.

    ``files`` replaces the files found under ``sources``; ``seen`` maps ids of articles
    already in the build to (where, content hash), so the same article given again
    is passed over.

    Raises
    ------
    SourceError
        For a missing, unreadable or empty source, an article id used for two texts,
        or no article at all.
    """
    pipeline = pipeline or Pipeline(config)
    fingerprint = pipeline_fingerprint(config)
    files = find_files(sources) if files is None else files
    tasks: list[Task] = []
    seen = dict(seen or {})
    for path in files:
        for source in READERS[path.suffix.lower()](path):
            articles = pipeline.articles(source)
            page = page_hash(articles)
            todo = []
            for i, art in enumerate(articles):
                where = str(art.source.path) + (f":{art.source.line}" if art.source.line else "")
                digest = content_hash(art)
                if art.id in seen:
                    first_where, first = seen[art.id]
                    if first == digest:
                        continue  # the same article given twice (a subset file and its corpus)
                    raise SourceError(f"article id {art.id!r} is also used by {first_where} for another text",
                                      art.source.path, art.source.line)
                seen[art.id] = (where, digest)
                todo.append(i)
            if todo:
                keys = tuple(task_key(a, page, fingerprint) for a in articles)
                tasks.append(Task(tuple(articles), keys, tuple(todo)))
    return tasks, files


def file_digest(path: Path, fingerprint: str) -> str:
    """A hash of a source file, its metadata sidecar and kg's extraction code: same digest, same articles."""
    h = hashlib.sha256(fingerprint.encode())
    for p in (path, path.with_name(path.name.split(".")[0] + ".meta.toml")):
        with contextlib.suppress(FileNotFoundError):
            h.update(str(p.resolve()).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def analyse(
    sources: Iterable[str | Path] = DEFAULT_SOURCES, config: Config | None = None
) -> tuple[list[ResolvedDoc], Resolver]:
    """Read, extract and resolve every article under ``sources`` in this process (no output written)."""
    config = config or load_config()
    pipeline = Pipeline(config)
    resolver = Resolver()
    tasks, _ = plan(sources, config, pipeline)
    if not tasks:
        raise SourceError("no article text found in the sources given")
    resolved = []
    for t in tasks:
        context = pipeline.context(t.articles[0].source, t.articles)
        resolved += [resolver.resolve(pipeline.analyse(art, context)) for art, _ in t.pending()]
    return resolved, resolver


def graph_store(resolved: list[ResolvedDoc], resolver: Resolver, config: Config, backend: str = "oxigraph") -> Store:
    """An in-memory store holding one named graph per resolved article, as a build writes them.

    Each article is resolved again on its own, so its graph is the one a build
    makes however many articles it was resolved with.
    """
    store = open_store(backend, prefixes={**PREFIXES, **id_prefixes(config.base)})
    graphs = []
    for rd in resolved:
        own = Resolver()
        graphs.append((article_iri(config.base, rd.doc.article.id),
                       article_quads(own.resolve(rd.doc), own.entities, config.base)))
    store.replace_graphs(graphs)
    return store


# -- building ------------------------------------------------------------------------------
def build(
    sources: Iterable[str | Path] = DEFAULT_SOURCES,
    out: str | Path = DEFAULT_OUT,
    config: Config | None = None,
    backend: str = "oxigraph",
    page: bool = True,
    jobs: int | None = None,
    export: bool = True,
    full: bool = False,
    progress: Callable[[int, int], Callable[[int, int], None]] | None = None,
    dask_scheduler: str | None = None,
    endpoint: str | None = None,
) -> BuildReport:
    """Build (or bring up to date) the knowledge graph of ``sources`` in the folder ``out``.

    Parameters
    ----------
    sources : files and folders
        What to read (pages, JSONL).
    out : Path
        The build folder: ``store/`` and ``manifest.sqlite``, then ``graph.ttl`` (all
        graphs merged), ``graph.trig`` (one named graph per article), ``graph.html``
        (the network page) and ``resolution.json`` (every merge the resolver made).
    backend : {'oxigraph', 'rdflib'}
        ``oxigraph`` keeps a persistent store and builds incrementally; ``rdflib``
        builds everything in memory and writes only the files.
    page, export : bool
        Write ``graph.html``; write ``graph.ttl`` and ``graph.trig`` (without, stale
        copies are deleted: the store is the graph).
    jobs : int, optional
        Worker processes (default: all cores; small builds run in this process).
    full : bool
        Extract every article again, even unchanged ones.
    progress : callable, optional
        ``progress(articles, chars)`` returns a function called with ``(articles, chars)``
        done as results arrive (the command line draws a bar with it).
    dask_scheduler : str, optional
        Run the extraction on the Dask cluster at this address.
    endpoint : str, optional
        Keep the graph in this SPARQL Graph Store instead of ``out/store`` (the build
        folder keeps the manifest and ``resolution.json``).

    Raises
    ------
    SourceError
        For a missing, unreadable or empty source, naming the file (and line). Sources
        are all read before anything is written, so such a failure changes nothing.
    """
    from kg.parallel import _pipeline

    config = config or load_config()
    out = Path(out)
    report = BuildReport(out=out, endpoint=endpoint)
    t0 = time.perf_counter()
    pipeline = _pipeline(config)
    if backend != "oxigraph":
        if endpoint or dask_scheduler:
            raise StoreError(f"the {backend} store builds in memory only; use the oxigraph store with an endpoint")
        tasks, _ = plan(sources, config, pipeline)
        if not tasks:
            raise SourceError("no article text found in the sources given")
        _count(report, [a for t in tasks for a, _ in t.pending()], [])
        report.seconds["read"] = time.perf_counter() - t0
        return _build_in_memory(tasks, out, config, backend, page, jobs, progress, report)
    target = endpoint or "local"
    fingerprint = pipeline_fingerprint(config)
    # reading first, writing nothing: a source that cannot be read leaves the build folder as it was
    rows, known, fresh = _earlier(out, target, config.base)
    files = find_files(sources)
    digests = {str(f.resolve()): file_digest(f, fingerprint) for f in files}
    by_file: dict[str, list] = {}
    for r in rows.values():
        by_file.setdefault(r.abs_file, []).append(r)
    # files an earlier build read, unchanged since: their articles are not read again
    kept = {f for f, d in digests.items() if known.get(f) == d and f in by_file and not full}
    tasks, _ = plan(sources, config, pipeline, files=[f for f in files if str(f.resolve()) not in kept],
                    seen={r.id: (r.file + (f":{r.line}" if r.line else ""), r.hash) for f in kept for r in by_file[f]})
    manifest = Manifest(out / MANIFEST)
    try:
        if fresh:
            _reset(out, manifest)  # another target or IRI base: nothing kept applies
        manifest.set_meta("target", target)
        manifest.set_meta("base", config.base)
        manifest.forget_files(digests)  # until this build has finished
        store = None if endpoint else open_store("oxigraph", out / STORE_DIR, prefixes=_prefixes(config))
        held = set(store.graphs()) if store is not None else {r.graph for r in rows.values()}
        lost = [Path(by_file[f][0].file) for f in kept if not all(r.graph in held for r in by_file[f])]
        if lost:  # graphs gone from the store (an interrupted build): read those files after all
            kept -= {str(p.resolve()) for p in lost}
            more, _ = plan(sources, config, pipeline, files=lost)
            tasks += more
        kept_rows = [r for f in kept for r in by_file[f]]
        articles = [a for t in tasks for a, _ in t.pending()]
        if not articles and not kept_rows:
            raise SourceError("no article text found in the sources given")
        _count(report, articles, kept_rows)
        report.seconds["read"] = time.perf_counter() - t0
        ids = {a.id for a in articles} | {r.id for r in kept_rows}
        stale = [r for r in rows.values() if r.abs_file in digests and r.id not in ids]
        known_graphs = {r.graph for r in rows.values()}
        orphans = [g for g in held if g not in known_graphs]  # left by an interrupted build
        todo = []
        for t in tasks:
            changed = tuple(i for i in t.todo if full or (r := rows.get(t.articles[i].id)) is None
                            or r.key != t.keys[i] or r.graph not in held)
            if changed:
                todo.append(Task(t.articles, t.keys, changed))
        todo_articles = [a for t in todo for a, _ in t.pending()]
        report.extracted, report.removed = len(todo_articles), len(stale)
        t1 = time.perf_counter()
        if stale or orphans:
            _drop(store, manifest, endpoint, [r.graph for r in stale] + orphans)
            manifest.delete(r.id for r in stale)
        n_jobs = 1 if not todo else (min(jobs, len(todo)) if jobs else (
            1 if len(todo_articles) < _SMALL else min(default_jobs(), len(todo))))
        report.jobs = n_jobs
        if dask_scheduler:
            results = run_dask(todo, config, dask_scheduler, endpoint=endpoint)
        else:
            results = run_local(todo, config, n_jobs)
        tick = progress(len(todo_articles), sum(len(a.text) for a in todo_articles)) if progress and todo else None
        _load(results, store, manifest, endpoint, tick, total=len(todo_articles), yield_cpu=n_jobs == 1)
        if store is not None and len(todo_articles) >= _COMPACT_AFTER and hasattr(store, "optimize"):
            store.optimize()
        manifest.set_file_digests(digests)
        report.seconds["extract"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        changed = bool(todo or stale or orphans)
        rows = manifest.rows()
        report.mentions = sum(rows[i].mentions for i in ids if i in rows)
        report.quads = sum(r.quads for r in rows.values())
        resolution, report.entities = _resolution(manifest)
        writers: dict[Path, Callable[[IO[bytes]], object]] = {}
        if changed or full or not (out / "resolution.json").is_file():
            writers[out / "resolution.json"] = _json_writer(resolution)
        if store is not None:
            for name, fmt in _EXPORTS.items():
                if export and (changed or full or not (out / name).is_file()):
                    writers[out / name] = _export_writer(store, manifest, fmt, config)
                elif not export and (out / name).exists():
                    (out / name).unlink()  # a stale export would disagree with the store
            if page and (changed or full or not (out / "graph.html").is_file()):
                writers[out / "graph.html"] = _page_writer(store, config)
        write_outputs(writers)
        report.files = sorted(writers)
        report.seconds["write"] = time.perf_counter() - t2
    finally:
        manifest.close()
    return report


def _earlier(out: Path, target: str, base: str) -> tuple[dict, dict[str, str], bool]:
    """What an earlier build in ``out`` recorded: its rows, its file digests, and whether to start afresh."""
    if not (out / MANIFEST).is_file():
        return {}, {}, False
    m = Manifest(out / MANIFEST, read_only=True)
    try:
        if m.meta("target") not in (None, target) or m.meta("base") not in (None, base):
            return {}, {}, True
        return m.rows(), m.file_digests(), False
    finally:
        m.close()


def _count(report: BuildReport, articles: list, kept: list) -> None:
    report.articles = len(articles) + len(kept)
    report.sources = len({a.source.path for a in articles} | {r.file for r in kept})
    report.chars = sum(len(a.text) for a in articles) + sum(r.chars for r in kept)


def _prefixes(config: Config) -> dict[str, str]:
    return {**PREFIXES, **id_prefixes(config.base)}


def _reset(out: Path, manifest: Manifest) -> None:
    """Forget every article: the store's folder goes, the manifest's records too."""
    shutil.rmtree(out / STORE_DIR, ignore_errors=True)
    manifest.delete(manifest.rows())


def _drop(store: Store | None, manifest: Manifest, endpoint: str | None, graphs: list[str]) -> None:
    if store is not None:
        store.remove_graphs(graphs)
    else:
        from kg.push import unpush

        unpush(manifest, endpoint or "", graphs)


def _load(results: Iterator[ArticleResult], store: Store | None, manifest: Manifest, endpoint: str | None,
          tick: Callable[[int, int], None] | None, total: int | None = None, yield_cpu: bool = False) -> None:
    """Put results into the store (or the endpoint) and the manifest, in batches.

    A batch is written to the store by a background thread while the next batch is extracted
    (Oxigraph releases the GIL while it loads), one batch at a time and in order; the manifest
    records a batch only once its graphs are in the store, so a failed write leaves those
    articles to be extracted again. With the ``total`` of results known, batches shrink
    towards the end (half of what is left), so the last load, which nothing overlaps, is small.
    With ``yield_cpu`` (extraction in this process), the loading thread runs at a lower priority.
    """
    client = None
    if store is None and endpoint:
        from kg.push import GraphStoreClient

        client = GraphStoreClient(endpoint)
    batch: list[ArticleResult] = []
    size = 0
    writer = (ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-store",
                                 initializer=_yield_to_extraction if yield_cpu else None)
              if store is not None else None)
    pending: tuple[Future, list[ArticleResult]] | None = None

    def record(done: list[ArticleResult]) -> None:
        if endpoint:
            manifest.set_pushed(endpoint, [(r.row.graph, r.row.key) for r in done])
        manifest.add((r.row, r.report) for r in done)
        manifest.add_blocks((r.row.id, r.block) for r in done if r.block is not None)

    def settle() -> None:
        """Wait for the batch being written, then record it."""
        nonlocal pending
        if pending is not None:
            future, done = pending
            pending = None
            future.result()
            record(done)

    def flush() -> None:
        nonlocal batch, size, pending
        if not batch:
            return
        settle()
        if store is not None and writer is not None:
            graphs = [(r.row.graph, r.nquads or "") for r in batch]
            pending = (writer.submit(store.replace_graphs, graphs), batch)
        else:
            if client is not None:
                from kg.push import ntriples_of

                for r in batch:
                    if r.nquads is not None:  # graphs a Dask worker did not already send
                        client.put(r.row.graph, ntriples_of(r.nquads, r.row.graph))
            record(batch)
        batch, size = [], 0

    done = 0
    try:
        for r in results:
            batch.append(r)
            done += 1
            size += len(r.nquads or "")
            if tick:
                tick(1, r.row.chars)
            left = total - done if total is not None else _BATCH_ARTICLES
            if len(batch) >= min(_BATCH_ARTICLES, max(_LAST_BATCH, left // 2)) or size >= _BATCH_BYTES:
                flush()
        flush()
        settle()
        if store is not None and hasattr(store, "flush"):
            store.flush()
    except BaseException:
        with contextlib.suppress(Exception):
            settle()  # a batch already written is recorded, so it is not extracted again
        raise
    finally:
        if writer is not None:
            writer.shutdown(wait=True)
        if client is not None:
            client.close()


def _yield_to_extraction() -> None:
    """Lower the priority of the thread that loads the store (and of the threads Oxigraph's loader starts
    from it), so that loading takes the CPU extraction leaves and never slows it down.

    Only on Linux, where a thread's nice value is its own (elsewhere it would be the whole process's).
    Measured on 2,000 articles, one process, two cores: the build takes 52.2 s instead of 54.4 s. Not
    with worker processes: there the loading thread would starve, and results would pile up in memory.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _resolution(manifest: Manifest) -> tuple[dict, Counter]:
    """resolution.json from every article's part, and the count of entities by class."""
    types: dict[str, set[str]] = {}
    merges: list[dict] = []
    unresolved: list[dict] = []
    for aid, part in manifest.reports():
        for key, ts in part["entities"].items():
            types.setdefault(key, set()).update(ts)
        merges += [{"entity": k, "surface": s, "article": aid, "reason": why} for k, s, why in part["merges"]]
        unresolved += part["unresolved"]
    counts: Counter = Counter(t for ts in types.values() for t in ts)
    return {"entities": len(types), "merges": merges, "unresolved": unresolved}, counts


def _build_in_memory(tasks: list[Task], out: Path, config: Config, backend: str, page: bool, jobs: int | None,
                     progress: Callable | None, report: BuildReport) -> BuildReport:
    """A whole build in a memory store (the rdflib backend): files only, no store kept."""
    t1 = time.perf_counter()
    report.in_memory = True
    n_jobs = jobs or (1 if report.articles < _SMALL else default_jobs())
    report.jobs = min(n_jobs, len(tasks))
    tick = progress(report.articles, report.chars) if progress else None
    store = open_store(backend, prefixes=_prefixes(config))
    results = []
    for r in run_local(tasks, config, n_jobs):
        results.append((r.row, r.report))
        store.replace_graph(r.row.graph, r.nquads or "")
        if tick:
            tick(1, r.row.chars)
    report.extracted = report.articles
    report.mentions = sum(row.mentions for row, _ in results)
    report.quads = len(store)
    report.seconds["extract"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Manifest(Path(tmp) / MANIFEST)
        manifest.add(results)
        resolution, report.entities = _resolution(manifest)
        manifest.close()
    writers = {out / "resolution.json": _json_writer(resolution)}
    writers.update({out / name: _dump_writer(store, fmt) for name, fmt in _EXPORTS.items()})
    if page:
        writers[out / "graph.html"] = _page_writer(store, config)
    write_outputs(writers)
    # a store and manifest left by an earlier Oxigraph build no longer describe these files
    shutil.rmtree(out / STORE_DIR, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        (out / MANIFEST).unlink()
    report.files = sorted(writers)
    report.seconds["write"] = time.perf_counter() - t2
    return report


# -- build folders -------------------------------------------------------------------------
def open_build(out: str | Path, read_only: bool = True) -> tuple[Store, Manifest]:
    """The store and manifest of the build folder ``out``.

    Raises
    ------
    StoreError
        If ``out`` holds no store (no build yet, or a build into an endpoint).
    """
    out = Path(out)
    if not (out / MANIFEST).is_file() or not (out / STORE_DIR).is_dir():
        raise StoreError("no kg store here: run `kg build` first", out)
    manifest = Manifest(out / MANIFEST, read_only=read_only)
    base = manifest.meta("base") or load_config().base
    store = open_store("oxigraph", out / STORE_DIR, prefixes={**PREFIXES, **id_prefixes(base)}, read_only=read_only)
    return store, manifest


def remove(targets: Iterable[str], out: str | Path = DEFAULT_OUT, endpoint: str | None = None,
           config: Config | None = None) -> RemoveReport:
    """Delete articles (by id, or every article of a source file) and everything only they supported.

    The rest of the graph stays as it was; the outputs present in ``out`` are written
    anew. With ``endpoint`` (or in a build kept at an endpoint) the articles' graphs
    are deleted there too.

    Raises
    ------
    StoreError
        If ``out`` holds no build, or a target is neither an article id nor a source
        file of the build.
    """
    out = Path(out)
    if not (out / MANIFEST).is_file():
        raise StoreError("no kg build here: run `kg build` first", out)
    config = config or load_config()
    manifest = Manifest(out / MANIFEST)
    report = RemoveReport(out)
    try:
        rows = manifest.rows()
        chosen: dict[str, str] = {}
        for target in targets:
            if target in rows:
                chosen[target] = rows[target].graph
                continue
            path = str(Path(target).resolve())
            found = {r.id: r.graph for r in rows.values() if r.abs_file == path}
            if not found:
                raise StoreError("neither an article id nor a source file of this build", target)
            chosen.update(found)
        remote = manifest.meta("target")
        store = None
        if remote == "local":
            store = open_store("oxigraph", out / STORE_DIR, prefixes=_prefixes(config))
            store.remove_graphs(chosen.values())
            store.flush()
        endpoints = {e for e in (endpoint, remote if remote != "local" else None) if e}
        for e in sorted(endpoints):
            from kg.push import unpush

            report.remote += unpush(manifest, e, chosen.values())
        manifest.delete(chosen)
        manifest.forget_files({rows[i].abs_file for i in chosen})  # a later build reads those files again
        report.articles = sorted(chosen)
        resolution, _ = _resolution(manifest)
        writers = {out / "resolution.json": _json_writer(resolution)}
        if store is not None:
            for name, fmt in _EXPORTS.items():
                if (out / name).is_file():
                    writers[out / name] = _export_writer(store, manifest, fmt, config)
            if (out / "graph.html").is_file():
                writers[out / "graph.html"] = _page_writer(store, config)
        write_outputs(writers)
        report.files = sorted(writers)
    finally:
        manifest.close()
    return report


# -- writing -------------------------------------------------------------------------------
def _json_writer(data: dict) -> Callable[[IO[bytes]], None]:
    return lambda f: f.write((json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def _dump_writer(store: Store, fmt: str) -> Callable[[IO[bytes]], None]:
    return lambda f: store.dump(f, fmt)


def _export_writer(store: Store, manifest: Manifest, fmt: str, config: Config) -> Callable[[IO[bytes]], None]:
    """Write an export from the articles' kept parts, in source order (the store when parts are missing)."""
    if not manifest.has_all_blocks():
        return _dump_writer(store, fmt)  # a build folder from before parts were kept

    def write(f: IO[bytes]) -> None:
        from kg.turtle import prefix_header, trig_block

        prefixes = _prefixes(config)
        f.write(prefix_header(prefixes))
        for graph, block in manifest.blocks():
            f.write(zlib.decompress(block) if fmt == "turtle" else trig_block(zlib.decompress(block), graph, prefixes))

    return write


def _page_writer(store: Store, config: Config) -> Callable[[IO[bytes]], None]:
    def write(f: IO[bytes]) -> None:
        from kg.network import network_from_store
        from kg.page import render_page

        f.write(render_page(network_from_store(store), title="kg: 工会新闻知识图谱", base=config.base).encode("utf-8"))

    return write
