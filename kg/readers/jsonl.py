"""Read JSONL news records (``id, title, date, source, url, text``), one article each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kg.errors import SourceError
from kg.readers.meta import parse_date
from kg.readers.page import decode, read_bytes
from kg.types import PageMeta, Source

__all__ = ["read_jsonl"]


def _text(record: dict, key: str, path: Path, line: int) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SourceError(f"field {key!r} must be a string, not {type(value).__name__}", path, line)
    return value


def read_jsonl(path: Path) -> Iterator[Source]:
    """Yield one :class:`~kg.types.Source` per record of a JSONL file.

    Each line is a JSON object with ``text`` (a record with only a ``title``, as news feeds
    have when a story's text is missing, is an article of its title); ``id`` (else
    ``<stem>-<line>``), ``title``, ``date`` (YYYY-MM-DD), ``source`` (the newspaper),
    ``url``, ``page`` and ``city`` are used when present. Blank lines are skipped.
    A record whose text holds ``## `` titles is a page of articles (see
    :func:`kg.split.split_articles`); its ``article_ids``, if given, name them.

    Raises
    ------
    SourceError
        Naming the file and line of a record that is not valid JSON, not an object,
        has neither text nor title, or a bad date; or when the file holds no record.
    """
    text = decode(read_bytes(path), path)
    count = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SourceError(f"not valid JSON: {exc.msg} (column {exc.colno})", path, no) from None
        if not isinstance(record, dict):
            raise SourceError("a record must be a JSON object", path, no)
        body = _text(record, "text", path, no)
        if not body.strip() and not _text(record, "title", path, no).strip():
            raise SourceError("record has neither 'text' nor 'title'", path, no)
        date = record.get("date")
        page = record.get("page")
        meta = PageMeta(
            newspaper=_text(record, "source", path, no) or None,
            date=parse_date(str(date)[:10], path, no) if date else None,
            page=str(page) if page is not None else None,
            url=_text(record, "url", path, no) or None,
            city=_text(record, "city", path, no) or None,
        )
        rid = record.get("id")
        ids = record.get("article_ids")
        article_ids = tuple(str(i) for i in ids) if isinstance(ids, list) else ()
        count += 1
        yield Source(
            path=path,
            id=str(rid) if rid not in (None, "") else f"{path.stem}-{no}",
            fields={"title": _text(record, "title", path, no), "text": body},
            meta=meta,
            line=no,
            title=_text(record, "title", path, no),
            article_ids=article_ids,
        )
    if not count:
        raise SourceError("empty file: no JSON records", path)
