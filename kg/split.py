"""Split sources into articles (``## `` titles on a page, one per JSONL record) and articles into sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.clean import clean_region
from kg.types import Article, OffsetMap, Sentence, Source

__all__ = ["split_articles", "split_sentences"]

_TITLE = re.compile(r"^##[ \t]+(.*?)[ \t]*$", re.M)
#: The titles of the stories of a section (a ``## `` title with no text of its own before them).
_STORY = re.compile(r"^###[ \t]+(.*?)[ \t]*$", re.M)
_BANNER = re.compile(r"^#[ \t]+.*$", re.M)
#: A sentence ends after one of these, with any closing quotes or brackets that follow.
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|…{2,})[”’」』）)]*")


def _article(
    source: Source,
    index: int,
    aid: str,
    title: tuple[str, int, int] | None,
    body: tuple[str, int, int],
    crosses: Callable[[str, str], bool] | None,
) -> Article | None:
    """Clean a title and a body region into one article text ``title\\nbody``."""
    runs: list[tuple[int, str, int]] = []
    parts: list[str] = []
    title_text = ""
    if title is not None:
        field, a, b = title
        raw = source.fields[field]
        t, t_runs = clean_region(raw, a, b, field)
        t = t.replace("\n", " ")  # a title is one line
        title_text = t
        runs += t_runs
        parts.append(t)
    title_end = len(title_text)
    field, a, b = body
    # a page file is laid out for print; a JSONL record's text is digital, its lines paragraphs
    text, b_runs = clean_region(source.fields[field], a, b, field, crosses, printed=field == "file")
    if not text.strip() and not title_text.strip():
        return None
    if title_text:  # the newline joining title and body maps to where the body region starts
        runs.append((title_end, field, a))
        parts.append("\n")
    body_start = title_end + (1 if title_text else 0)
    runs += [(c + body_start, f, s) for c, f, s in b_runs]
    full = "".join(parts) + text
    return Article(
        id=aid,
        index=index,
        title=title_text,
        text=full,
        offsets=OffsetMap(runs, len(full)),
        source=source,
        title_end=title_end,
        body_start=body_start,
    )


def split_articles(source: Source, crosses: Callable[[str, str], bool] | None = None) -> Iterator[Article]:
    """Yield the articles of a source.

    A page's articles are the blocks under ``## `` titles; text before the first
    title (other than the ``# `` banner) is an article of its own; a page with no
    ``## `` is one article, titled by its banner. A ``## `` title with no text of its
    own before ``### `` titles is a section: its articles are the blocks under them.
    A JSONL record is one article with its ``title`` field as title.

    Examples
    --------
    >>> from pathlib import Path
    >>> from kg.types import PageMeta
    >>> page = "# 版面\\n\\n## 甲\\n\\n本报讯 一。\\n\\n## 乙\\n\\n二。"
    >>> src = Source(Path("p.txt"), "p", {"file": page}, PageMeta())
    >>> [(a.id, a.title, a.text) for a in split_articles(src)]
    [('p-01', '甲', '甲\\n本报讯 一。'), ('p-02', '乙', '乙\\n二。')]
    """
    if "file" not in source.fields and _TITLE.search(source.fields["text"]):
        yield from _page_articles(source, "text", 0, crosses)
        return
    if "file" not in source.fields:
        title = ("title", 0, len(source.fields.get("title", "")))
        has_title = bool(source.fields.get("title", "").strip())
        body = ("text", 0, len(source.fields["text"]))
        art = _article(source, 1, source.id, title if has_title else None, body, crosses)
        if art is not None:
            yield art
        return
    yield from _page_articles(source, "file", source.content_start, crosses)


def _page_articles(source: Source, field: str, start: int,
                   crosses: Callable[[str, str], bool] | None) -> Iterator[Article]:
    """The articles of a page held in ``source.fields[field]`` from ``start``."""
    text = source.fields[field]
    titles = list(_TITLE.finditer(text, start))
    banner = _BANNER.search(text, start)
    pre_start = start
    if banner and not text[start : banner.start()].strip() and (not titles or banner.start() < titles[0].start()):
        pre_start = banner.end()
    blocks: list[tuple[tuple[str, int, int] | None, tuple[str, int, int]]] = []
    first = titles[0].start() if titles else len(text)
    if text[pre_start:first].strip():
        head = None
        if banner and pre_start == banner.end():
            head = (field, banner.start() + 2, banner.end())
        blocks.append((head, (field, pre_start, first)))
    untitled = len(blocks)  # text before the first title: an article with no title of its own
    for i, m in enumerate(titles):
        end = titles[i + 1].start() if i + 1 < len(titles) else len(text)
        stories = list(_STORY.finditer(text, m.end(), end))
        if stories and not text[m.end() : stories[0].start()].strip():
            # a section (## 详细新闻) whose text is its ### stories: each story is an article
            for j, st in enumerate(stories):
                st_end = stories[j + 1].start() if j + 1 < len(stories) else end
                blocks.append(((field, st.start(1), st.end(1)), (field, st.end(), st_end)))
        else:
            blocks.append(((field, m.start(1), m.end(1)), (field, m.end(), end)))
    single = len(blocks) == 1 and not titles
    # a JSONL page may name its articles (article_ids), one per title
    named = source.article_ids if len(source.article_ids) == len(blocks) - untitled else ()
    for n, (title, body) in enumerate(blocks, start=1):
        k = n - 1 - untitled
        aid = source.id if single else (named[k] if named and k >= 0 else f"{source.id}-{n:02d}")
        art = _article(source, n, aid, title, body, crosses)
        if art is not None:
            yield art


def split_sentences(article: Article) -> list[Sentence]:
    """Split an article into sentences: the title, then each paragraph at 。！？ and ……

    Examples
    --------
    >>> from pathlib import Path
    >>> from kg.types import PageMeta
    >>> src = Source(Path("p.txt"), "p", {"file": "## 题\\n他说：“好。”我们走。\\n新段"}, PageMeta())
    >>> [s.text for s in split_sentences(next(split_articles(src)))]
    ['题', '他说：“好。”', '我们走。', '新段']
    """
    text = article.text
    out: list[Sentence] = []

    def add(a: int, b: int) -> None:
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if a < b:
            out.append(Sentence(len(out), a, b, text[a:b]))

    pos = 0
    for para in text.split("\n"):
        a, b = pos, pos + len(para)
        last = a
        for m in _SENTENCE_END.finditer(text, a, b):
            add(last, m.end())
            last = m.end()
        add(last, b)
        pos = b + 1
    return out

