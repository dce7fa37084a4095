"""Build a corpus: read sources, run the pipeline, resolve entities, write the graph, the page and the reports."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import Config, load_config
from kg.errors import SourceError
from kg.io import write_outputs
from kg.pipeline import Pipeline
from kg.rdf import PREFIXES, article_iri, article_quads, id_prefixes
from kg.readers import read_sources
from kg.resolve import ResolvedDoc, Resolver
from kg.store import Store, open_store

__all__ = ["BuildReport", "analyse", "build"]

DEFAULT_SOURCES = ("sources",)
DEFAULT_OUT = "output"


@dataclass
class BuildReport:
    """What a build did: counts, where it wrote, and how long each stage took."""

    out: Path
    sources: int = 0
    articles: int = 0
    mentions: int = 0
    quads: int = 0
    entities: Counter = field(default_factory=Counter)
    files: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items(), key=lambda kv: -kv[1]))
        lines = [
            f"read {self.sources} source(s), {self.articles} article(s); {self.mentions} mentions",
            f"entities: {kinds or 'none'}",
            f"graph: {self.quads} quads in {self.articles} named graphs",
            "wrote: " + ", ".join(str(f) for f in self.files),
            "time: " + ", ".join(f"{k} {v:.2f}s" for k, v in self.seconds.items()),
        ]
        return "\n".join(lines)


def analyse(
    sources: Iterable[str | Path] = DEFAULT_SOURCES, config: Config | None = None
) -> tuple[list[ResolvedDoc], Resolver]:
    """Read, extract and resolve every article under ``sources`` (no output written)."""
    pipeline = Pipeline(config)
    resolver = Resolver()
    resolved: list[ResolvedDoc] = []
    seen: dict[str, tuple[str, str]] = {}
    for source in read_sources(sources):
        for doc in pipeline.run(source):
            art = doc.article
            where = str(art.source.path) + (f":{art.source.line}" if art.source.line else "")
            if art.id in seen:
                first_where, first_text = seen[art.id]
                if first_text == art.text:
                    continue  # the same article given twice (a subset file and its corpus)
                raise SourceError(f"article id {art.id!r} is also used by {first_where} for another text",
                                  art.source.path, art.source.line)
            seen[art.id] = (where, art.text)
            resolved.append(resolver.resolve(doc))
    if not resolved:
        raise SourceError("no article text found in the sources given")
    return resolved, resolver


def build(
    sources: Iterable[str | Path] = DEFAULT_SOURCES,
    out: str | Path = DEFAULT_OUT,
    config: Config | None = None,
    backend: str = "oxigraph",
    page: bool = True,
) -> BuildReport:
    """Build the knowledge graph of ``sources`` into the folder ``out``.

    Writes ``graph.ttl`` (all graphs merged), ``graph.trig`` (one named graph per
    article), ``graph.html`` (the network page) and ``resolution.json`` (every
    merge the resolver made, with its reason). Nothing is written unless all of it
    can be: a failure leaves earlier outputs as they were.

    Raises
    ------
    SourceError
        For a missing, unreadable or empty source, naming the file (and line).
    """
    config = config or load_config()
    out = Path(out)
    report = BuildReport(out=out)
    t0 = time.perf_counter()
    resolved, resolver = analyse(sources, config)
    report.seconds["extract"] = time.perf_counter() - t0
    report.articles = len(resolved)
    report.sources = len({rd.doc.article.source.path for rd in resolved})
    report.mentions = sum(len(rd.doc.mentions) for rd in resolved)
    t1 = time.perf_counter()
    store = graph_store(resolved, resolver, config, backend)
    report.quads = len(store)
    for e in resolver.entities.values():
        for t in e.attrs.get("types", ()):
            report.entities[t] += 1
    report.seconds["graph"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    files: dict[Path, str | bytes] = {
        out / "graph.ttl": store.serialize("turtle"),
        out / "graph.trig": store.serialize("trig"),
        out / "resolution.json": json.dumps(resolver.report(), ensure_ascii=False, indent=1) + "\n",
    }
    if page:
        from kg.network import network_from_store
        from kg.page import render_page

        g = network_from_store(store)
        files[out / "graph.html"] = render_page(g, title="kg: 工会新闻知识图谱", base=config.base)
    write_outputs(files)
    report.files = sorted(files)
    report.seconds["write"] = time.perf_counter() - t2
    return report


def graph_store(resolved: list[ResolvedDoc], resolver: Resolver, config: Config, backend: str = "oxigraph") -> Store:
    """A store holding one named graph per resolved article."""
    store = open_store(backend, prefixes={**PREFIXES, **id_prefixes(config.base)})
    for rd in resolved:
        nq = article_quads(rd, resolver.entities, config.base)
        store.replace_graph(article_iri(config.base, rd.doc.article.id), nq)
    return store
