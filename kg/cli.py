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
def build(sources: tuple[Path, ...], out: Path, config_path: Path | None, disable: tuple[str, ...], backend: str,
          no_page: bool) -> None:
    """Build the graph of SOURCES (files or folders; default: sources/)."""
    from kg.config import load_config
    from kg.corpus import build as build_corpus

    config = load_config(config_path, disable=disable)
    report = build_corpus(sources or ("sources",), out, config, backend=backend, page=not no_page)
    click.echo(report.summary())


@cli.command()
@click.argument("query")
@click.option("--graph", default="output", show_default=True, help="A build folder or an RDF file (.ttl, .trig, .nq).")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml"]), help="Output format.")
def query(query: str, graph: str, fmt: str) -> None:
    """Run QUERY: SPARQL text, a .rq file, or a saved query's name (see queries/)."""
    from kg.config import load_config
    from kg.query import run_query
    from kg.rdf import PREFIXES, id_prefixes

    result = run_query(query, graph)
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
@click.option("--out", "out", default="output/graph.html", show_default=True, type=click.Path(path_type=Path))
def viz(graph: str, out: Path) -> None:
    """Write the network page of a built graph."""
    from kg.io import atomic_write
    from kg.network import network_from_store
    from kg.page import render_page
    from kg.query import load_graph

    g = network_from_store(load_graph(graph))
    atomic_write(out, render_page(g, title="kg: 工会新闻知识图谱"))
    click.echo(f"wrote {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


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
