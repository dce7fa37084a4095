"""Bylines: reporters, correspondents, photographers and editors named at the head or foot of an article.

Shapes handled: 本报讯（记者 X 通讯员 Y）, 本报记者 X 摄, 本报记者 X 摄影报道, 文/图 X, 记者X (no
space), 工人日报-中工网记者X 通讯员Y, 本报北京…电（记者 X、Y）, 光明日报北京…电 记者 X,
（本报记者 X、Y）at the foot, [ 责编：X ].
"""

from __future__ import annotations

import re

from kg.clean import is_cjk
from kg.extract.names import best_name_at, is_name, surname_len
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["ROLES", "byline"]

#: Marker → roles of the names after it.
ROLES: dict[str, tuple[str, ...]] = {
    "本报记者": ("reporter",), "本报特约记者": ("reporter",), "本报通讯员": ("correspondent",),
    "新华社记者": ("reporter",), "中新社记者": ("reporter",), "央视记者": ("reporter",),
    "特约记者": ("reporter",), "见习记者": ("reporter",), "实习记者": ("reporter",),
    "摄影记者": ("photographer",), "记者": ("reporter",), "通讯员": ("correspondent",),
    "实习生": ("reporter",), "文/图": ("reporter", "photographer"), "图/文": ("reporter", "photographer"),
    "文／图": ("reporter", "photographer"), "图／文": ("reporter", "photographer"),
    "责编": ("editor",), "责任编辑": ("editor",), "编辑": ("editor",), "摄影": ("photographer",),
    "撰文": ("reporter",), "供图": ("photographer",), "文": ("reporter",), "图": ("photographer",),
    "参与采写": ("reporter",), "版式设计": ("editor",), "美术编辑": ("editor",),
}
#: Marker after names → the roles those names take instead.
AFTER: dict[str, tuple[str, ...]] = {
    "摄影报道": ("reporter", "photographer"), "摄影": ("photographer",), "摄": ("photographer",),
    "报道": ("reporter",), "供图": ("photographer",), "采访整理": ("reporter",), "整理": ("reporter",),
    "参与采写": ("reporter",),
}
_MARKER = re.compile("|".join(map(re.escape, sorted(ROLES, key=len, reverse=True))))
_LEAD = ("本报讯", "电", "消息", "网", "社", "报", "台", "（", "［", "[", "【", "：", " ")
_SEP = " 、，,和及"
_STOP = "）)］]】\n。；;|｜"
_SHORT_LINE = 40
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])"
                     r"(?:(?![\u4e00-\u9fff]{2})|(?=摄|采访整理|整理|报道|参与采写))")


def _in_byline_position(text: str, start: int, line_start: int, line_end: int, first: int) -> bool:
    if line_end - line_start <= _SHORT_LINE:
        return True
    if start - first <= 40:  # the lead: 本报讯（记者…）, …电 记者…
        return True
    before = text[max(line_start, start - 3) : start]
    # （记者 …）, 采访整理：本报记者 …: a credit opened by a bracket or a colon
    if before and before.rstrip(" ").endswith(("（", "(", "［", "[", "【", "：", ":")):
        return True
    if before.rstrip(" \u3000\xa0").endswith("电"):
        return True  # …10月16日电  记者甲、乙: the dateline's credit
    opened = text[max(line_start, start - 6) : start]  # （综合本报记者…报道）
    if "（" in opened and "）" not in opened[opened.index("（"):]:
        return True
    # （新华社北京…电  记者甲、乙  参与采写：丙）: inside a bracket that closes the line
    line = text[line_start:line_end].rstrip()
    head = text[line_start:start]
    return line.endswith(("）", ")")) and head.rfind("（") > head.rfind("）")


#: What stands around a one-character marker (文 / 图) that marks a credit: a separator, not a word.
_MARK_APART = " \u3000\xa0：:／/"


def _lone(text: str, start: int, end: int) -> bool:
    """Does the marker at ``[start, end)`` stand apart: after a line start or separator, before a separator?

    >>> _lone("文 张三", 0, 1), _lone("文明交流的当代枢纽", 0, 1)
    (True, False)
    """
    before_ok = start == 0 or text[start - 1] in "\n" + _MARK_APART + "）)】"
    return before_ok and end < len(text) and text[end] in _MARK_APART


def _column_heading(text: str, end: int) -> bool:
    """Is the marker ending at ``end`` glued to a word that closes a 【】 heading (【记者连线】, not 【记者 某某】)?"""
    from kg.segment import segmenter

    close = text.find("】", end, end + 6)
    return close > end and text.rfind("【", max(0, end - 8), end) >= 0 and bool(
        segmenter().tokenizer.FREQ.get(text[end:close]))


def _unknown_word(run: str, names: bool = False) -> bool:
    """Two or three characters that jieba's dictionary does not hold (or, with ``names``, holds as a person's
    name: it lists many, 蒋某科 among them), none a function word."""
    from kg.segment import segmenter

    seg = segmenter()
    return (2 <= len(run) <= 3 and not any(c in _FUNCTION_CHARS for c in run)
            and (not seg.tokenizer.FREQ.get(run) or (names and seg.pos.word_tag_tab.get(run) == "nr")))


#: Characters that no name holds in a credit (of, and, at …).
_FUNCTION_CHARS = frozenset("的了和与及在是为等")


def _parse_names(text: str, pos: int, limit: int, dotted: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """Names from ``pos``: separated by spaces or 、, ending at a bracket, a stop or a non-name.

    ``dotted`` maps the start of a transliterated name the tagger read (某某·某某) to its end: a
    run of characters after it (某某·某某撰文指出) is no part of the name.
    """
    out: list[tuple[int, int]] = []
    while pos < limit:
        while pos < limit and text[pos] in _SEP + "：:":
            pos += 1
        if pos >= limit or text[pos] in _STOP:
            break
        if _MARKER.match(text, pos) or text.startswith(tuple(AFTER), pos):
            break
        end = pos
        while end < limit and (is_cjk(text[end]) or text[end] == "·"):
            end += 1
        run = text[pos:end]
        if not run:
            break
        if "·" in run and dotted and pos in dotted and dotted[pos] < end:
            out.append((pos, dotted[pos]))  # 某某·某某|撰文指出: the name the tagger read, not the verbs after it
            pos = dotted[pos]
            continue
        spaced = _SPACED.match(text, pos, limit)
        if len(run) == 1 and spaced and is_name(spaced.group(1) + spaced.group(2), lenient=True):
            out.append((pos, spaced.end(2)))  # 程 敏: a two-character name spaced out by the typesetter
            pos = spaced.end(2)
            continue
        if run.endswith("摄") and len(run) >= 3 and is_name(run[:-1], lenient=True):
            out.append((pos, end - 1))  # 记者李某摄: the name, then the photo credit
            pos = end
            continue
        nxt = end
        while nxt < limit and text[nxt] in " \u3000\xa0":
            nxt += 1
        # the run ends the credit or its part: a bracket or stop, the end, or the next role (…科 通讯员…)
        closed = surname_len(run) > 0 and (nxt >= limit or text[nxt] in _STOP or bool(_MARKER.match(text, nxt)))
        if is_name(run, lenient=True) or (end == limit and _unknown_word(run)) or (closed and _unknown_word(run, True)):
            # (the last run of a credit, no word: a name of a rarer surname, 苑某某, or of a given name a place
            # or body may end with, closed by the credit's bracket: （记者蒋某科）)
            out.append((pos, end))
            pos = end
            continue
        # a name glued to what follows: 韩立通讯员…, 姜岚摄, 邵杰报道
        cut = None
        for k in range(min(len(run), 6), 1, -1):
            rest = run[k:]
            marker = _MARKER.match(rest)
            if marker and len(marker.group()) == 1:
                marker = None  # 文 and 图 split bylines only on their own (李泽文 is a name)
            if (rest.startswith(tuple(AFTER)) or marker or rest.startswith(("电", "报道", "整理"))) and is_name(
                run[:k], lenient=True
            ):
                cut = k
                break
        if cut is None:
            e = best_name_at(text, pos)
            if e is None or e > end:
                break
            cut = e - pos
        out.append((pos, pos + cut))
        pos += cut
    return out


#: A credit with no marker before its names: a caption's 甲摄（人民视觉）, a foot's （甲参与采写）.
_CREDIT_AFTER = re.compile(
    r"^[ \u3000（(]*(?P<names>[\u4e00-\u9fff·][\u4e00-\u9fff· \u3000、]{1,30}?)"
    r"(?P<after>摄影报道|摄|参与采写|采访整理|整理)(?:[ \u3000]*[（(][^）)\n]{1,12}[）)])?[ \u3000）)]*$",
    re.MULTILINE)
#: Names in brackets right after a dateline, with no marker: 本报郑州2月11日电  （甲、乙）.
_DATELINE_NAMES = re.compile(r"电[ \u3000\xa0]*[（(](?P<names>[^）)\n]{2,24})[）)]")


def _whole_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of ``[start, end)`` when names (and separators) are all it holds, else none."""
    names = _parse_names(text, start, end)
    if not names or text[names[-1][1] : end].strip(" \u3000、") or text[start : names[0][0]].strip(" \u3000"):
        return []
    return names


def _bare_credits(text: str, first: int) -> list[tuple[list[tuple[int, int]], tuple[str, ...], int, int]]:
    """Credits with no marker before the names: (names, roles, span start, span end)."""
    out = []
    for m in _CREDIT_AFTER.finditer(text, first):
        names = _whole_names(text, m.start("names"), m.start("after"))
        if names:
            out.append((names, AFTER[m.group("after")], m.start("names"), m.end("after")))
    lead = _DATELINE_NAMES.search(text, first, first + 60)
    if lead is not None:
        names = _whole_names(text, lead.start("names"), lead.end("names"))
        if names:
            out.append((names, ("reporter",), lead.start("names"), lead.end("names")))
    return out


@extractor("byline", assigns=["candidates:Person", "relations:reporter", "relations:correspondent",
                               "relations:photographer", "relations:editor"])
def byline(doc: Doc) -> list[Mention | Relation]:
    """Persons named in bylines, with their role for the article."""
    text = doc.text
    first = doc.article.body_start
    out: list[Mention | Relation] = []
    seen: set[tuple[int, int, str]] = set()
    dotted = {g.start: g.end for g in doc.candidates.get("ner", []) if g.label == "Person" and "·" in g.text}
    for m in _MARKER.finditer(text, first):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if not _in_byline_position(text, m.start(), line_start, line_end, first):
            continue
        if _column_heading(text, m.end()):
            continue  # 【记者连线】, 【记者观察】: a column's heading, no credit
        roles = ROLES[m.group()]
        if len(m.group()) == 1 and not (line_end - line_start <= _SHORT_LINE and _lone(text, m.start(), m.end())):
            continue  # 文 / 图 alone mark bylines only on a byline line, standing apart (文明交流的…: a word)
        names = _parse_names(text, m.end(), line_end, dotted)
        if not names:
            continue
        last = names[-1][1]
        tail = text[last : last + 6].lstrip(" ")
        after = next((a for a in AFTER if tail.startswith(a)), None)
        if after:
            roles = AFTER[after]
        end = last + (text[last:].index(after) + len(after) if after else 0)
        _credit(text, names, roles, m.start(), end, out, seen)
    for names, roles, start, end in _bare_credits(text, first):
        _credit(text, names, roles, start, end, out, seen)
    for m in _AUTHOR.finditer(text, first):  # 作者：某 某（某大学教授）: persons, but no byline (GUIDELINES)
        line_end = text.find("\n", m.end())
        for s, e in _parse_names(text, m.end(), len(text) if line_end == -1 else line_end):
            out.append(Mention("Person", s, e, text[s:e], "byline", name=re.sub(r"[ \u3000]", "", text[s:e]),
                               score=3.0, attrs={"author": True}))
    return out


#: The authors of a signed article or a book, at a line's start or after spaces (书名：… 作者：某某).
_AUTHOR = re.compile(r"(?:^|(?<=[ \u3000]))[ \u3000]*(?:作者|讲述人|口述)[：:][ \u3000]*", re.MULTILINE)


def _credit(text: str, names: list[tuple[int, int]], roles: tuple[str, ...], start: int, end: int,
            out: list[Mention | Relation], seen: set[tuple[int, int, str]]) -> None:
    """Each name a person of the byline, with each of ``roles`` stated by ``[start, end)``."""
    for s, e in names:
        person = Mention("Person", s, e, text[s:e], "byline", name=re.sub(r"[ \u3000]", "", text[s:e]),
                         score=3.0, attrs={"byline": True})
        out.append(person)
        for role in roles:
            key = (s, e, role)
            if key not in seen:
                seen.add(key)
                out.append(Relation(role, None, person, start, end, "byline"))
