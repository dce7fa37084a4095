"""Rejoin lines that page layout broke, unify punctuation, and keep an OffsetMap back to the source.

Print layout breaks lines inside words (坚韧不|屈, 常|务副主席) and sentences. A break is
rejoined when the line before it cannot end a paragraph: it ends in a comma-like mark,
or a dictionary word runs across the break, or it ends mid-text in a line that reads
as prose (has sentence punctuation or is long). A short line without punctuation is
a heading, byline or caption and keeps its break. Cleaning only deletes characters or
replaces one by one, so every cleaned offset maps back to a source offset.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["clean_region", "is_cjk", "normalize"]

WHITESPACE = " \t\r\f\v\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
#: Marks after which a paragraph may end.
TERMINAL = "。！？!?…"
#: Closing marks that end a paragraph only right after a terminal mark.
CLOSERS = "”’」』）)】》"
#: Marks after which a sentence clearly goes on.
CONTINUING = "，,、；;：:（(《“‘「『—-·"
#: Marks that make a line read as prose rather than as a heading or byline.
SENTENCE_MARKS = "，。、；：！？,;:!?"
HEADING_MAX = 30

_ASCII_TO_WIDE = {",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "?": "？", "!": "！"}
_TABLE = {c: " " for c in map(ord, WHITESPACE)}
_TABLE.update({o: o - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for o in range(r[0], r[1] + 1)})
_TABLE.update({ord(c): "·" for c in "・•‧･"})
_ASCII_PUNCT = re.compile(r"[,():;?!]")
#: A short line of a credit's label, a colon and names or a source (版式设计：某某, 资料来源：某报).
_CREDIT_LINE = re.compile(
    r"[\[［【（(]?[ ]*(?:本版)?(?:版式设计|美术编辑|责任编辑|责编|编辑|制图|绘图|摄影|供图|作者|撰文|执笔|整理|"
    r"参与采写|数据来源|资料来源|来源|图片来源|文|图)[ ]*[：:][^，。、；：！？,;:!?]{1,24}")


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs (the characters Chinese words are written in).

    Examples
    --------
    >>> is_cjk("工"), is_cjk("a"), is_cjk("，")
    (True, False, False)
    """
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F or 0xF900 <= o <= 0xFAFF


def _cjk_near(text: str, i: int, reach: int = 12) -> bool:
    """Is there a CJK character within ``reach`` of ``i``?"""
    return any(is_cjk(c) for c in text[max(0, i - reach) : i + reach])


def _widen(m: re.Match[str]) -> str:
    text, i, ch = m.string, m.start(), m.group()
    j = i - 1
    while j >= 0 and text[j] in "() ":  # look through brackets: 吕某),2023 is Chinese text
        j -= 1
    before = text[j] if j >= 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == ":" and after == "/":
        return ch
    if is_cjk(before or "a") or is_cjk(after or "a") or (ch in "()" and _cjk_near(text, i)):
        return _ASCII_TO_WIDE[ch]
    return ch


def normalize(line: str) -> str:
    """The cleaned form of one line: one character for one character.

    Full-width letters and digits become ASCII; odd spaces become a space; ASCII
    punctuation next to Chinese becomes its full-width form, so (记者 吕某) and
    （记者 吕某） read alike.

    Examples
    --------
    >>> normalize("本报讯(记者 吕某),２０２３年, 1,300人 http://a.cn")
    '本报讯（记者 吕某），2023年， 1,300人 http://a.cn'
    """
    line = line.translate(_TABLE)
    if _ASCII_PUNCT.search(line):
        line = _ASCII_PUNCT.sub(_widen, line)
    return line


def _ends_paragraph(line: str) -> bool:
    last = line[-1]
    if last in TERMINAL:
        return True
    if last in CLOSERS:
        core = line.rstrip(CLOSERS)
        return bool(core) and core[-1] in TERMINAL
    return False


def _joins(prev: str, nxt: str, crosses: Callable[[str, str], bool] | None, printed: bool = True) -> bool:
    """Is the break between the lines ``prev`` and ``nxt`` a layout break?

    Only in ``printed`` text does a long line that stops mid-text go on in the next: in
    digital text (JSONL records) such a line is a headline or subhead.
    """
    if _ends_paragraph(prev):
        return False
    last = prev[-1]
    if last in CONTINUING:
        return True
    if not (is_cjk(last) or last.isalnum()):
        return False
    if crosses is not None and crosses(prev[-4:], nxt[:4]):
        return True
    if not printed or (len(prev) <= HEADING_MAX and not any(c in SENTENCE_MARKS for c in prev)):
        return False
    if _CREDIT_LINE.fullmatch(prev):
        return False  # 版式设计：某某, 数据来源：本报: a credit line, whose colon makes it no prose
    return bool(nxt) and (is_cjk(nxt[0]) or nxt[0] in "，。、；：！？”’）」")


def clean_region(
    text: str,
    start: int,
    end: int,
    field: str,
    crosses: Callable[[str, str], bool] | None = None,
    printed: bool = True,
) -> tuple[str, list[tuple[int, str, int]]]:
    """Clean ``text[start:end]`` into running text with paragraph breaks.

    Parameters
    ----------
    text : str
        The whole source field.
    start, end : int
        The region to clean.
    field : str
        The field name recorded in the offset runs.
    crosses : callable, optional
        ``crosses(tail, head)`` says whether a dictionary word runs from the end of
        one line into the next; without it only punctuation and line shape decide.
    printed : bool
        Text laid out for print (a page file), whose long lines break anywhere. In digital
        text (``False``: JSONL records) a line that stops without a mark is a headline and
        keeps its break; only a comma-like mark or a word across the break rejoins.

    Returns
    -------
    cleaned : str
        Lines rejoined; kept breaks become one ``\\n`` (mapped to the source newline).
    runs : list of (clean_start, field, source_start)
        For :class:`~kg.types.OffsetMap`.

    Examples
    --------
    >>> src = "党组书记、常\\n\\n务副主席出席。\\n\\n第二段"
    >>> out, runs = clean_region(src, 0, len(src), "file")
    >>> out
    '党组书记、常务副主席出席。\\n第二段'
    >>> from kg.types import OffsetMap
    >>> OffsetMap(runs, len(out)).to_source(5, 10)
    ('file', 5, 12)
    """
    out: list[str] = []
    runs: list[tuple[int, str, int]] = []
    length = 0
    prev: tuple[str, int, bool] | None = None
    for pieces, stop, heading in _lines(text, start, end):
        raw = "".join(text[a:b] if r is None else r for a, b, r in pieces)
        if prev is not None and (prev[2] or heading or not _joins(prev[0], raw, crosses, printed)):
            runs.append((length, field, prev[1]))
            out.append("\n")
            length += 1
        line = normalize(raw)
        k = 0
        for a, b, r in pieces:
            n = b - a if r is None else len(r)
            runs.append((length, field, a))
            out.append(line[k : k + n])
            length += n
            k += n
        prev = (raw, stop, heading)
    return "".join(out), runs


#: Markup of pages saved from the web: HTML tags (a block tag breaks the line, an inline tag goes),
#: character entities (one character for the entity), and Markdown links (their text stays).
_MARKUP = re.compile(
    r"<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>\n]{0,200}?/?>"
    r"|&(?:#(?P<dec>\d{1,7})|#[xX](?P<hex>[0-9a-fA-F]{1,6})|(?P<name>[a-zA-Z]{2,8}));"
    r"|\[(?P<link>[^\[\]\n]{0,80})\]\((?:https?://|/)[^()\s]{0,300}\)")
_BLOCK_TAGS = frozenset("p br div li ul ol tr td table h1 h2 h3 h4 h5 h6 section article blockquote hr".split())
_ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "ldquo": "“", "rdquo": "”",
             "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "middot": "·"}
_MARKUP_HINTS = ("<", "&", "](")
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")

#: A line of the region: its pieces ``(source start, source end, replacement or None)``, where the
#: break after it stands in the source (a newline, or a block tag such as ``</p>``), and whether it
#: is a Markdown heading (which keeps its breaks).
Line = tuple[list[tuple[int, int, str | None]], int, bool]


def _lines(text: str, start: int, end: int) -> list[Line]:
    r"""The non-empty lines of ``text[start:end]``, trimmed, with web markup taken out.

    Examples
    --------
    >>> src = "<p><strong>某台消息</strong>：甲&nbsp;乙。</p><p>第二段</p>\n[查看原文](https://a.cn/x)"
    >>> ["".join(src[a:b] if r is None else r for a, b, r in p) for p, _, _ in _lines(src, 0, len(src))]
    ['某台消息：甲 乙。', '第二段', '查看原文']
    """
    lines: list[Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if any(h in text[pos:stop] for h in _MARKUP_HINTS):
            _markup_lines(text, pos, stop, lines)
        else:
            _add_line(text, [(pos, stop, None)], stop, lines)
        pos = stop + 1
    return lines


def _markup_lines(text: str, a: int, b: int, lines: list[Line]) -> None:
    pieces: list[tuple[int, int, str | None]] = []
    pos = a
    for m in _MARKUP.finditer(text, a, b):
        if m.start() > pos:
            pieces.append((pos, m.start(), None))
        if m.group("tag") is not None:
            if m.group("tag").lower() in _BLOCK_TAGS:  # </p>, <br>: the paragraph ends here
                _add_line(text, pieces, m.start(), lines)
                pieces = []
        elif m.group("link") is not None:
            if m.group("link"):
                pieces.append((m.start("link"), m.end("link"), None))
        else:
            char = _entity(m)
            if char is None:
                pieces.append((m.start(), m.end(), None))  # no entity kg knows: kept as written
            else:
                pieces.append((m.start(), m.end(), char))
        pos = m.end()
    if pos < b:
        pieces.append((pos, b, None))
    _add_line(text, pieces, b, lines)


def _entity(m: re.Match[str]) -> str | None:
    try:
        if m.group("dec"):
            return chr(int(m.group("dec")))
        if m.group("hex"):
            return chr(int(m.group("hex"), 16))
    except (ValueError, OverflowError):
        return None
    return _ENTITIES.get(m.group("name").lower()) if m.group("name") else None


def _add_line(text: str, pieces: list[tuple[int, int, str | None]], stop: int, lines: list[Line]) -> None:
    """Trim the line's spaces at both ends and keep it if anything is left."""
    def blank(p: tuple[int, int, str | None]) -> bool:
        return all(c in WHITESPACE for c in (text[p[0] : p[1]] if p[2] is None else p[2]))

    pieces = [p for p in pieces if p[1] > p[0]]
    while pieces and blank(pieces[0]):
        pieces.pop(0)
    while pieces and blank(pieces[-1]):
        pieces.pop()
    if not pieces:
        return
    a, b, r = pieces[0]
    heading = None
    if r is None:
        while a < b and text[a] in WHITESPACE:
            a += 1
        heading = _HEADING_MARK.match(text, a, b)
        if heading and heading.end() < b:
            a = heading.end()  # ### 一、背景: a subheading's Markdown mark is no text
        pieces[0] = (a, b, r)
    a, b, r = pieces[-1]
    if r is None:
        while b > a and text[b - 1] in WHITESPACE:
            b -= 1
        pieces[-1] = (a, b, r)
    lines.append((pieces, stop, heading is not None))
