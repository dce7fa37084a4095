"""The extractor registry: ``@extractor`` registers a component by name; lookups load built-ins and plugins."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from kg.errors import ConfigError, ExtractorError
from kg.types import Doc

__all__ = ["BUILTIN", "PROVIDED", "Extractor", "extractor", "get", "registered"]

#: Modules of kg's own extractors, imported on first lookup.
BUILTIN = (
    "kg.extract.dates",
    "kg.extract.ner",
    "kg.extract.byline",
    "kg.extract.district",
    "kg.extract.union",
    "kg.extract.organization",
    "kg.extract.venue",
    "kg.extract.honour",
    "kg.extract.person",
    "kg.select",
    "kg.extract.post",
    "kg.extract.conferral",
    "kg.extract.event",
)

#: What the pipeline itself provides before any extractor runs.
PROVIDED = ("text", "sentences", "tokens")

#: Entry-point group through which other packages add extractors.
ENTRY_POINT_GROUP = "kg.extractors"


@dataclass(frozen=True, slots=True)
class Extractor:
    """A registered pipeline component.

    ``requires`` and ``assigns`` name what the component reads and writes:
    ``candidates:<Class>`` (mentions proposed), ``mentions`` (the final selection),
    ``relations:<kind>`` and ``context:<key>``. The pipeline checks at build time
    that every requirement is assigned by an earlier component.
    """

    name: str
    func: Callable[[Doc], Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str
    module: str

    def __call__(self, doc: Doc) -> Any:
        return self.func(doc)


_REGISTRY: dict[str, Extractor] = {}


def extractor(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[Callable[[Doc], Any]], Callable[[Doc], Any]]:
    """Register ``func`` as the extractor ``name``.

    The function takes a :class:`~kg.types.Doc` and returns mentions, relations, or
    (for ``context:`` components) a dict; it must not change the Doc.

    Raises
    ------
    ExtractorError
        If ``name`` is already taken by a different function.

    Examples
    --------
    >>> @extractor("doc_example", assigns=["context:length"])
    ... def length(doc):
    ...     return {"length": len(doc.text)}
    >>> get("doc_example").assigns
    ('context:length',)
    """

    def wrap(func: Callable[[Doc], Any]) -> Callable[[Doc], Any]:
        spec = Extractor(
            name=name,
            func=func,
            requires=tuple(requires),
            assigns=tuple(assigns),
            doc=(func.__doc__ or "").strip().split("\n")[0],
            module=func.__module__,
        )
        old = _REGISTRY.get(name)
        if old is not None and (old.module, old.func.__qualname__) != (spec.module, func.__qualname__):
            raise ExtractorError(
                f"extractor name {name!r} is taken by {old.module}.{old.func.__qualname__}"
            )
        _REGISTRY[name] = spec
        return func

    return wrap


@functools.cache
def _load() -> None:
    for module in BUILTIN:
        importlib.import_module(module)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            ep.load()
        except Exception as exc:  # a broken plugin must not stop kg; say which
            raise ConfigError(f"cannot load extractor plugin {ep.name!r} ({ep.value}): {exc}") from exc


def registered() -> dict[str, Extractor]:
    """Every known extractor, by name: built-ins in pipeline-module order, then plugins."""
    _load()
    order = {m: i for i, m in enumerate(BUILTIN)}
    return dict(sorted(_REGISTRY.items(), key=lambda kv: order.get(kv[1].module, len(order))))


def get(name: str) -> Extractor:
    """The extractor called ``name``.

    Raises
    ------
    ConfigError
        If no extractor has that name.
    """
    _load()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ConfigError(f"unknown extractor {name!r} (known: {known})") from None
