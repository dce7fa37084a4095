"""Run the configured extractors over each article of a source, in order, filing what they return."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg import registry
from kg.config import Config, load_config
from kg.context import page_context
from kg.errors import ConfigError
from kg.segment import segmenter
from kg.split import split_articles, split_sentences
from kg.types import Article, Doc, Mention, Relation, Source

__all__ = ["Pipeline"]


def _satisfied(need: str, have: set[str]) -> bool:
    if need in have:
        return True
    return any(h.startswith(need + ":") for h in have)


class Pipeline:
    """The configured sequence of extractors.

    Parameters
    ----------
    config : Config, optional
        Which extractors run, in which order; kg's defaults when omitted.

    Raises
    ------
    ConfigError
        If an extractor is unknown, or needs something no earlier extractor assigns
        (for example ``post`` without ``select``).

    Examples
    --------
    >>> from pathlib import Path
    >>> from kg.types import PageMeta, Source
    >>> page = "## 区总工会举办培训班\\n本报讯（记者 王立新）近日，延庆区总工会举办培训班。"
    >>> src = Source(Path("p.txt"), "p", {"file": page}, PageMeta())
    >>> doc = next(Pipeline().run(src))
    >>> sorted({(m.label, m.text) for m in doc.mentions if m.label != "Date"})
    [('Person', '王立新'), ('TradeUnion', '区总工会'), ('TradeUnion', '延庆区总工会')]
    """

    def __init__(self, config: Config | None = None):
        self.config = config or load_config()
        for name in self.config.disabled:
            registry.get(name)  # an unknown name to disable is a mistake worth reporting
        self.components = [registry.get(n) for n in self.config.active]
        have = set(registry.PROVIDED)
        for comp in self.components:
            missing = [r for r in comp.requires if not _satisfied(r, have)]
            if missing:
                raise ConfigError(
                    f"extractor {comp.name!r} needs {', '.join(missing)}, which no earlier extractor provides"
                    " (is one disabled or out of order?)"
                )
            have.update(comp.assigns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def articles(self, source: Source) -> list[Article]:
        return list(split_articles(source, segmenter().crosses))

    def context(self, source: Source, articles: Iterable[Article]) -> dict:
        meta = source.meta
        return page_context((a.text for a in articles), meta.city, meta.date, self.config.default_city)

    def analyse(self, article: Article, context: dict | None = None) -> Doc:
        """Run every component over one article and return its :class:`~kg.types.Doc`."""
        doc = Doc(article=article)
        doc.context.update(context or {})
        doc.sentences = split_sentences(article)
        seg = segmenter()
        for s in doc.sentences:
            doc.tokens.extend(seg.tokens(s.text, s.start))
        for comp in self.components:
            self.file(doc, comp, comp(doc))
        return doc

    @staticmethod
    def file(doc: Doc, comp: registry.Extractor, out: dict | Iterable[object] | None) -> None:
        """File what component ``comp`` returned into ``doc``: context facts, its candidates or
        the final mentions, and relations."""
        if out is None:
            return
        if isinstance(out, dict):
            doc.context.update(out)
            return
        mentions = [x for x in out if isinstance(x, Mention)]
        relations = [x for x in out if isinstance(x, Relation)]
        if "mentions" in comp.assigns:
            doc.mentions = mentions
        elif mentions:
            doc.candidates[comp.name] = mentions
        doc.relations.extend(relations)

    def run(self, source: Source) -> Iterator[Doc]:
        """Analyse every article of ``source``."""
        articles = self.articles(source)
        ctx = self.context(source, articles)
        for article in articles:
            yield self.analyse(article, ctx)
