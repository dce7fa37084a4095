"""Plain dataclasses passed between the pipeline's stages, and nothing else."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Article",
    "Doc",
    "Entity",
    "Mention",
    "Merge",
    "OffsetMap",
    "PageMeta",
    "Relation",
    "Sentence",
    "Source",
    "Token",
]


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What is known about a page or record besides its text.

    ``date`` is the publication date; ``date_inferred`` says it was guessed from the
    text (explicit years) rather than given, so relative dates resolved against it
    are marked as inferred too. ``city`` is the city a bare 市 refers to.
    """

    newspaper: str | None = None
    date: dt.date | None = None
    date_inferred: bool = False
    page: str | None = None
    url: str | None = None
    city: str | None = None
    banner: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One unit of input text: a page file, or one record of a JSONL file.

    Offsets everywhere in kg count Unicode code points in ``fields[name]``: for a
    page, the single field ``"file"`` is the whole decoded file; for a JSONL record,
    the fields are the record's decoded ``"title"`` and ``"text"`` values.
    ``line`` is the JSONL line number; ``content_start`` is where a page's text
    begins after its front matter.
    """

    path: Path
    id: str
    fields: dict[str, str]
    meta: PageMeta
    line: int | None = None
    title: str | None = None
    content_start: int = 0
    #: ids for the articles of a JSONL record whose text is a page of ``## `` articles
    article_ids: tuple[str, ...] = ()


class OffsetMap:
    """Map offsets in cleaned text back to (field, offset) in the source.

    Cleaning only deletes characters or replaces one character by one, so the map is
    piecewise: runs of cleaned text copied from contiguous source text.

    Parameters
    ----------
    runs : sequence of (clean_start, field, source_start)
        Sorted by ``clean_start``; each run extends to the next one.
    length : int
        Length of the cleaned text.

    Examples
    --------
    >>> m = OffsetMap([(0, "file", 10), (3, "file", 20)], 5)
    >>> m.to_source(1, 4)
    ('file', 11, 21)
    >>> m.to_source(3, 5)
    ('file', 20, 22)
    """

    __slots__ = ("_clean", "_field", "_src", "length")

    def __init__(self, runs: list[tuple[int, str, int]], length: int):
        self._clean = [r[0] for r in runs]
        self._field = [r[1] for r in runs]
        self._src = [r[2] for r in runs]
        self.length = length

    def _at(self, i: int) -> tuple[str, int]:
        k = bisect_right(self._clean, i) - 1
        return self._field[k], self._src[k] + (i - self._clean[k])

    def to_source(self, start: int, end: int) -> tuple[str, int, int]:
        """Return ``(field, source_start, source_end)`` of the half-open span.

        The end maps from the last character of the span, so a span never swallows
        a layout break that follows it. A span crossing fields maps to its start field.
        """
        field_, s = self._at(start)
        if end <= start:
            return field_, s, s
        _, e = self._at(end - 1)
        return field_, s, e + 1

    def runs(self) -> list[tuple[int, str, int]]:
        """The runs this map was built from."""
        return list(zip(self._clean, self._field, self._src, strict=True))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: half-open ``[start, end)`` in the cleaned text."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """A jieba token with its part-of-speech tag and cleaned-text offsets."""

    text: str
    start: int
    end: int
    pos: str


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its cleaned text (title, newline, body) and how to map it back.

    ``body_start`` is where the body begins in ``text``; the title occupies
    ``text[:title_end]``.
    """

    id: str
    index: int
    title: str
    text: str
    offsets: OffsetMap
    source: Source
    title_end: int
    body_start: int

    @property
    def meta(self) -> PageMeta:
        return self.source.meta

    @property
    def date(self) -> dt.date | None:
        return self.source.meta.date


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article that names something.

    ``label`` is an ontology class local name (``Person``, ``TradeUnion``, ...).
    ``name`` is the extractor's proposal for the canonical name (the resolver may
    still change it); ``attrs`` holds extractor-specific facts (a district code, the
    honour level, the kind of union).
    """

    label: str
    start: int
    end: int
    text: str
    extractor: str
    name: str | None = None
    score: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact linking mentions (or the article itself, when ``subject`` is None).

    ``kind`` names the relation (``reporter``, ``post``, ``organiser`` ...); the
    evidence span ``[start, end)`` is where the text states it.
    """

    kind: str
    subject: Mention | None
    object: Mention | None
    start: int
    end: int
    extractor: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(slots=True)
class Doc:
    """An article under analysis: the object every pipeline component reads.

    Components never change it; the pipeline files what they return:
    ``candidates[name]`` (mentions, overlaps allowed), ``mentions`` (the selected,
    non-overlapping ones), ``relations`` and ``context`` (article-level facts such as
    the district an article is about).
    """

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    candidates: dict[str, list[Mention]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)
    _index: Any = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    def token_index(self) -> Any:
        """The tokens indexed by offset (:class:`kg.extract.phrases.TokenIndex`), built once."""
        if self._index is None or self._index.tokens is not self.tokens:
            from kg.extract.phrases import TokenIndex

            self._index = TokenIndex(self.tokens)
        return self._index

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding the character at ``offset``."""
        starts = [s.start for s in self.sentences]
        k = max(bisect_right(starts, offset) - 1, 0)
        return self.sentences[k]

    def all_candidates(self) -> list[Mention]:
        return [m for ms in self.candidates.values() for m in ms]


@dataclass(slots=True)
class Entity:
    """A thing in the world, after resolution: one node of the graph."""

    key: str
    label: str
    name: str
    alt: set[str] = field(default_factory=set)
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Merge:
    """One decision of the resolver: ``surface`` in ``article`` is ``key``, because ``reason``."""

    key: str
    surface: str
    article: str
    reason: str
