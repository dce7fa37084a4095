"""Per-article extraction as independent tasks: in this process, in worker processes, or on a Dask cluster.

An article's graph depends on that article alone (its text, metadata, the context of
its page and kg's code and settings): it is analysed, resolved with a resolver of its
own and written as N-Quads. A task is one source (a page, or a JSONL record): the
worker computes the page's context, then extracts the articles to do. So tasks can run
anywhere and in any order, a build in N processes equals a build in one, and an
unchanged article need not be redone: :func:`task_key` hashes everything it reads.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import multiprocessing as mp
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.config import Config
from kg.errors import ConfigError, KgError
from kg.manifest import Row
from kg.pipeline import Pipeline
from kg.rdf import article_iri, article_quads, content_hash
from kg.resolve import Resolver
from kg.types import Article

__all__ = ["ArticleResult", "Task", "default_jobs", "extract", "page_hash", "pipeline_fingerprint", "run_dask",
           "run_local", "task_key"]

_PACKAGE = Path(__file__).resolve().parent
#: Modules that do not change what an article's graph holds: editing them keeps earlier builds valid.
_NOT_EXTRACTION = {"cli.py", "serve.py", "push.py", "query.py", "stats.py", "page.py", "network.py", "corpus.py",
                   "parallel.py", "manifest.py", "progress.py", "io.py", "evaluate.py", "export.py", "__main__.py"}
_NOT_EXTRACTION_DIRS = {"store", "assets", "__pycache__"}


@dataclass(frozen=True, slots=True)
class Task:
    """The articles of one source (a page, a JSONL record) to analyse.

    ``articles`` are all the source's articles (its page context reads them all);
    ``todo`` the positions of those to extract; ``keys`` the key of each article.
    """

    articles: tuple[Article, ...]
    keys: tuple[str, ...]
    todo: tuple[int, ...]

    def pending(self) -> list[tuple[Article, str]]:
        """The articles to extract, with their keys."""
        return [(self.articles[i], self.keys[i]) for i in self.todo]


@dataclass(slots=True)
class ArticleResult:
    """What one task produced: the manifest row, the report part and the graph (N-Quads, unless pushed)."""

    row: Row
    report: dict
    nquads: str | None
    #: the article's part of graph.ttl and graph.trig (see :func:`kg.turtle.article_block`)
    block: bytes | None = None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@functools.cache
def _code_fingerprint() -> str:
    h = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        rel = path.relative_to(_PACKAGE)
        if (not path.is_file() or path.suffix in (".pyc", ".md") or path.name.startswith(".")
                or rel.parts[0] in _NOT_EXTRACTION_DIRS or (len(rel.parts) == 1 and rel.name in _NOT_EXTRACTION)):
            continue
        h.update(str(rel).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def pipeline_fingerprint(config: Config) -> str:
    """A hash of kg's extraction code and data, the extractors run and their settings."""
    from kg import registry

    extra = sorted(f"{name}:{getattr(e, 'func', e).__module__}" for name, e in registry.registered().items())
    h = hashlib.sha256()
    for part in (_code_fingerprint(), json.dumps(config.raw, sort_keys=True, default=str), repr(config.active),
                 config.default_city, config.base, repr(extra)):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def page_hash(articles: Sequence[Article]) -> str:
    """A hash of what a page's context is computed from: its articles' texts, its city and date."""
    h = hashlib.sha256()
    meta = articles[0].source.meta if articles else None
    for part in (*(a.text for a in articles), repr(meta and meta.city), repr(meta and meta.date)):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def task_key(article: Article, page: str, fingerprint: str) -> str:
    """A hash of everything extracting ``article`` reads (``page``: its :func:`page_hash`): same key, same graph."""
    src = article.source
    parts = (fingerprint, page, article.id, str(article.index), article.title, article.text,
             repr(article.offsets.runs()), str(article.title_end), str(article.body_start), str(src.path),
             str(src.line), repr(src.meta))
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def extract(task: Task, pipeline: Pipeline, base: str) -> list[ArticleResult]:
    """Analyse, resolve and write the graph of each article to do in ``task``.

    The page context is computed here, in the worker, from all the source's
    articles. Each article gets a resolver of its own, so its graph and report do
    not depend on which other articles share a process.
    """
    if not task.todo:
        return []
    context = pipeline.context(task.articles[0].source, task.articles)
    return [_extract_one(art, key, context, pipeline, base) for art, key in task.pending()]


def _extract_one(art: Article, key: str, context: dict, pipeline: Pipeline, base: str) -> ArticleResult:
    doc = pipeline.analyse(art, context)
    resolver = Resolver()
    rd = resolver.resolve(doc)
    nquads = article_quads(rd, resolver.entities, base)
    report = {
        "merges": [[m.key, m.surface, m.reason] for m in resolver.merges],
        "unresolved": resolver.unresolved,
        "entities": {k: sorted(e.attrs.get("types", ())) for k, e in resolver.entities.items()},
    }
    path = art.source.path
    row = Row(id=art.id, graph=article_iri(base, art.id), key=key, hash=content_hash(art), file=str(path),
              abs_file=str(Path(path).resolve()), line=art.source.line, index=art.index, chars=len(art.text),
              mentions=len(doc.mentions), quads=nquads.count("\n"))
    from kg.turtle import article_block

    return ArticleResult(row, report, nquads, article_block(nquads, row.graph, _export_prefixes(base)))


@functools.cache
def _export_prefixes(base: str) -> dict[str, str]:
    from kg.rdf import PREFIXES, id_prefixes

    return {**PREFIXES, **id_prefixes(base)}


# -- worker processes ---------------------------------------------------------------------
_STATE: dict[str, Any] = {}


def _pipeline(config: Config) -> Pipeline:
    """This process's pipeline for ``config``, built once (forked workers inherit the parent's)."""
    fp = pipeline_fingerprint(config)
    if _STATE.get("fingerprint") != fp:
        from kg.segment import segmenter

        _STATE["pipeline"] = Pipeline(config)
        segmenter()  # load jieba's dictionary now, before any fork, so workers share it
        # the pipeline's tables live as long as the process: the cyclic collector need not scan them
        # again and again, and forked workers then do not copy the pages that scanning would touch
        gc.freeze()
        _STATE["fingerprint"], _STATE["config"] = fp, config
    return _STATE["pipeline"]


def _init(config: Config) -> None:
    _pipeline(config)


def _work(task: Task) -> list[ArticleResult]:
    return extract(task, _STATE["pipeline"], _STATE["config"].base)


def run_local(tasks: Sequence[Task], config: Config, jobs: int = 1, chunksize: int = 4) -> Iterator[ArticleResult]:
    """Results of the articles of ``tasks`` in order, from ``jobs`` worker processes (this process when 1).

    Examples
    --------
    >>> from kg.config import load_config
    >>> list(run_local([], load_config(), jobs=2))
    []
    """
    pipeline = _pipeline(config)
    jobs = max(1, min(jobs, len(tasks)))
    if jobs == 1:
        for t in tasks:
            yield from extract(t, pipeline, config.base)
        return
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(jobs, initializer=_init, initargs=(config,)) as pool:
        for results in pool.imap(_work, tasks, chunksize):
            yield from results


# -- Dask ---------------------------------------------------------------------------------
def _dask_batch(tasks: list[Task], config: Config, endpoint: str | None = None) -> list[ArticleResult]:
    """Run on a Dask worker: extract a batch; with ``endpoint``, store each graph there straight away."""
    pipeline = _pipeline(config)
    out = [r for t in tasks for r in extract(t, pipeline, config.base)]
    if endpoint:
        from kg.push import GraphStoreClient, ntriples_of

        with GraphStoreClient(endpoint) as client:
            for r in out:
                client.put(r.row.graph, ntriples_of(r.nquads or "", r.row.graph))
                r.nquads = None
    return out


def run_dask(tasks: Sequence[Task], config: Config, scheduler: str, endpoint: str | None = None,
             batch: int = 16) -> Iterator[ArticleResult]:
    """Results of ``tasks`` in order, computed on the Dask cluster at ``scheduler``.

    With ``endpoint``, the workers put each article's graph into that SPARQL Graph
    Store themselves and send back only the manifest rows and reports.

    Raises
    ------
    ConfigError
        If Dask's ``distributed`` package is not installed.
    KgError
        If the scheduler cannot be reached.
    """
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("a Dask build needs the 'distributed' package: pip install 'dask[distributed]'") from None
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        batches = [list(tasks[i:i + batch]) for i in range(0, len(tasks), batch)]
        futures = client.map(_dask_batch, batches, config=config, endpoint=endpoint, pure=False)
        for f in futures:
            yield from f.result()
            f.release()
    finally:
        client.close()
