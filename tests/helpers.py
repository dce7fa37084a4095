"""Run kg's pipeline on a short text, for extractor tests."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from kg.pipeline import Pipeline
from kg.resolve import ResolvedDoc, Resolver
from kg.types import Doc, PageMeta, Source


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline()


def analyse(text: str, title: str = "标题", date: str | None = None, city: str | None = None) -> Doc:
    """The Doc of one article with ``title`` and body ``text``."""
    meta = PageMeta(date=dt.date.fromisoformat(date) if date else None, city=city)
    src = Source(Path("t.txt"), "t", {"file": f"## {title}\n{text}\n"}, meta)
    return next(_pipeline().run(src))


def resolve(text: str, **kw) -> tuple[ResolvedDoc, Resolver]:
    r = Resolver()
    return r.resolve(analyse(text, **kw)), r


def names(text: str, label: str, **kw) -> set[str]:
    """Canonical names of the entities of class ``label`` found in ``text``."""
    rd, r = resolve(text, **kw)
    return {r.entities[k].name for (lab, _, _), k in rd.keys.items() if lab == label}


def relations(text: str, kind: str, **kw) -> set[tuple]:
    """(subject name, object name, role) of relations of ``kind``."""
    rd, r = resolve(text, **kw)
    out = set()
    for rel, s, o in rd.relations:
        if rel.kind != kind:
            continue
        sn = r.entities[s].name if s else None
        on = r.entities[o].name if o else None
        out.add((sn, on, rel.attrs.get("role")))
    return out
