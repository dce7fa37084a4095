"""The ``kg`` command line: each subcommand parses its options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.errors import KgError

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: knowledge graphs from Chinese trade-union news.

    Build a graph from newspaper pages, query it with SPARQL, and explore it as a network page.
    """


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="Folder to write the graph, page and reports into.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="A TOML file of settings.")
@click.option("--disable", multiple=True, help="An extractor to skip (repeatable).")
@click.option("--store", "backend", default="oxigraph", show_default=True, type=click.Choice(["oxigraph", "rdflib"]),
              help="Graph store to build with.")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("--no-export", is_flag=True, help="Do not write graph.ttl and graph.trig (the store is the graph).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes  [default: all cores]")
@click.option("--full", is_flag=True, help="Extract every article again, even unchanged ones.")
@click.option("--progress/--no-progress", default=None, help="Draw a progress bar  [default: on a terminal]")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Run the extraction on this Dask cluster.")
@click.option("--endpoint", metavar="URL",
              help="Keep the graph in this SPARQL Graph Store (PUT per article) instead of OUT/store.")
def build(sources: tuple[Path, ...], out: Path, config_path: Path | None, disable: tuple[str, ...], backend: str,
          no_page: bool, no_export: bool, jobs: int | None, full: bool, progress: bool | None,
          dask_scheduler: str | None, endpoint: str | None) -> None:
    """Build the graph of SOURCES (files or folders; default: sources/), extracting only new or changed articles."""
    from kg.config import load_config
    from kg.corpus import build as build_corpus
    from kg.progress import Progress

    bars: list[Progress] = []

    def bar(total: int, chars: int):
        bars.append(Progress(total, enabled=progress if progress is not None else (None if total >= 50 else False)))
        return bars[-1].update

    config = load_config(config_path, disable=disable)
    try:
        report = build_corpus(sources or ("sources",), out, config, backend=backend, page=not no_page, jobs=jobs,
                              export=not no_export, full=full, progress=bar, dask_scheduler=dask_scheduler,
                              endpoint=endpoint)
    finally:
        for b in bars:
            b.close()
    click.echo(report.summary())


@cli.command()
@click.argument("targets", nargs=-1, required=True)
@click.option("--out", "out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="The build folder.")
@click.option("--endpoint", metavar="URL", help="Also delete the articles' graphs at this SPARQL Graph Store.")
def remove(targets: tuple[str, ...], out: Path, endpoint: str | None) -> None:
    """Remove articles (by id) or every article of a source file, and all only they supported."""
    from kg.corpus import remove as remove_articles

    click.echo(remove_articles(targets, out, endpoint=endpoint).summary())


@cli.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="SPARQL 1.1 Graph Store URL (Oxigraph: …/store, Fuseki: …/DATASET/data).")
@click.option("--out", "out", default="output", show_default=True, type=click.Path(path_type=Path),
              help="The build folder.")
@click.option("--all", "everything", is_flag=True, help="Send every graph, not only new and changed ones.")
def push(endpoint: str, out: Path, everything: bool) -> None:
    """Send each article's named graph to ENDPOINT (PUT per graph); delete there the articles removed here.

    Credentials, if the endpoint needs them, come from $KG_ENDPOINT_AUTH (user:password, or a token).
    """
    from kg.push import push as push_graphs

    click.echo(push_graphs(out, endpoint, everything=everything).summary())


@cli.command()
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run.")
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(min=1),
              help="Rows (or triples) at most in an answer.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Query processes.")
@click.option("--queries", default="queries", show_default=True, help="Folder of saved queries for the query page.")
@click.option("--memory", default="auto", show_default=True, type=click.Choice(["auto", "on", "off"]),
              help="Copy the graph into memory in each query process (4-10x faster queries); "
                   "auto: up to 5M triples.")
@click.option("--verbose", is_flag=True, help="Log every request.")
def serve(graph: str, host: str, port: int, timeout: float, max_rows: int, workers: int, queries: str,
          memory: str, verbose: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint (/sparql), with a query page (/) and the network page."""
    from kg.serve import make_server

    server = make_server(graph, host, port, workers=workers, timeout=timeout, max_rows=max_rows, queries=queries,
                         quiet=not verbose, memory=memory)
    click.echo(f"kg: serving {graph} at {server.url} (SPARQL endpoint {server.url}sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("query")
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file (.ttl, .trig, .nq).")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml"]), help="Output format.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Fix a query variable first (repeatable): person=张三, date=2024-05-11, a=<IRI>, x='\"text\"@en'.")
def query(query: str, graph: str, fmt: str, binds: tuple[str, ...]) -> None:
    """Run QUERY: SPARQL text, a .rq file, or a saved query's name (see queries/).

    With --bind, a saved query that lists everything answers for one entity, e.g.
    `kg query provenance --bind person=张三`.
    """
    from kg.config import load_config
    from kg.query import parse_binding, run_query
    from kg.rdf import PREFIXES, id_prefixes

    bindings = dict(parse_binding(b) for b in binds)
    result = run_query(query, graph, bindings=bindings)
    prefixes = {**PREFIXES, **id_prefixes(load_config().base)}
    click.echo(result.serialize(fmt, prefixes=prefixes), nl=False)


@cli.command()
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file.")
def stats(graph: str) -> None:
    """Count what the graph holds: articles, entities by class, relations, quads."""
    from kg.query import load_graph
    from kg.stats import graph_stats

    click.echo(graph_stats(load_graph(graph)))


@cli.command()
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file.")
@click.option("--out", "out", default="output/graph.html", show_default=True, type=click.Path(path_type=Path),
              help="The page to write.")
@click.option("--focus", metavar="NAME", help="Draw only the neighbourhood of the entity NAME (any of its labels).")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0), help="How far from --focus to go.")
@click.option("--type", "types", metavar="CLASSES", help="Draw only these classes: TradeUnion,District …")
@click.option("--export", "exports", multiple=True, type=click.Path(path_type=Path), metavar="FILE",
              help="Also write the network drawn to FILE: .graphml, .gexf or .json (repeatable).")
def viz(graph: str, out: Path, focus: str | None, hops: int, types: str | None, exports: tuple[Path, ...]) -> None:
    """Write the network page of a built graph, or of a part of it, and exports for other tools."""
    from kg.config import load_config
    from kg.export import export_files
    from kg.io import write_outputs
    from kg.network import layout, neighbourhood, network_from_store, of_types
    from kg.page import render_page
    from kg.query import load_graph

    g = network_from_store(load_graph(graph))
    title = "kg: 工会新闻知识图谱"
    if types:
        g = of_types(g, types)
        title += f" · {types}"
    if focus:
        g = neighbourhood(g, focus, hops)
        title += f" · {focus}（{hops} 跳 hops）"
    pos = layout(g) if exports else None  # the page's positions, in the exports too
    files: dict[Path, str | bytes] = dict(export_files(g, list(exports), positions=pos))
    files[out] = render_page(g, title=title, base=load_config().base, positions=pos)
    write_outputs(files)
    click.echo(f"wrote {', '.join(str(p) for p in files)}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


#: Export formats by file suffix: what kg's stores call them.
EXPORT_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "ntriples", ".nq": "nquads", ".jsonld": "jsonld"}


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file.")
def export(files: tuple[Path, ...], graph: str) -> None:
    """Write the graph to FILES, in the format each suffix names.

    .ttl and .nt hold the merged graph; .trig, .nq and .jsonld the named graph of each article.
    """
    from kg.errors import StoreError
    from kg.io import write_outputs
    from kg.query import load_graph

    bad = [f for f in files if f.suffix not in EXPORT_FORMATS]
    if bad:
        raise StoreError(f"unknown export format (use {', '.join(EXPORT_FORMATS)})", bad[0])
    store = load_graph(graph)
    write_outputs({f: (lambda out, fmt=EXPORT_FORMATS[f.suffix]: store.dump(out, fmt)) for f in files})
    click.echo(f"wrote {', '.join(str(f) for f in files)}")


@cli.command()
def extractors() -> None:
    """List the registered extractors, in pipeline order, and what each assigns."""
    from kg.config import load_config
    from kg.registry import registered

    cfg = load_config()
    reg = registered()
    order = list(cfg.extractors) + [n for n in reg if n not in cfg.extractors and not n.startswith("doc_")]
    for name in order:
        e = reg.get(name)
        if e is None:
            continue
        state = "on " if name in cfg.active else "off"
        click.echo(f"{state} {name:13} {e.doc}")
        click.echo(f"{'':17}assigns: {', '.join(e.assigns) or '-'}")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the command line, turning kg's errors into one line and exit status 1."""
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except KgError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        return 1
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
