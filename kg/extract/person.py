"""Persons, found by context: a title or honour before the name, a verb of speech after it, a list with a known name.

No names are listed anywhere: a name is a surname followed by one or two given-name
characters (see :func:`kg.extract.names.is_name`), accepted only where the context
announces a person. Once a name is found, its other occurrences in the article are
mentions too.
"""

from __future__ import annotations

import functools
import re

from kg.extract.names import BEFORE_NAME, TITLE_MODIFIERS, best_name_at, is_name, trim_transliteration
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.segment import segmenter
from kg.types import Doc, Mention

__all__ = ["person"]

#: Verbs that follow a speaker's name (…表示, …说).
SPEECH = ("说", "表示", "指出", "强调", "介绍", "认为", "坦言", "感慨", "回忆", "告诉", "透露", "解释",
          "呼吁", "说道", "笑着说", "补充道", "主持", "出席", "宣读", "致辞", "讲话", "宣布", "表态",
          "代表", "同志", "等同志", "一行", "带领", "率领", "陪同", "会见", "看望", "考察", "调研")
_BOUNDARY = set("，。、；：“”‘’！？（）《》「」『』 \n")
_MIDDOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8})+")
_MIDDOT_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8})+$")
#: Titles that follow a name (习某总书记, 王某委员, 陈某副主席率队).
_AFTER_TITLES = ("总书记", "同志", "委员长", "总理", "副总理", "主席", "副主席", "委员", "院士", "教授", "书记", "部长",
                 "省长", "市长", "代表", "先生", "女士", "师傅", "大使", "局长", "董事长", "总经理", "所长", "院长")
#: A profile or interview opens with the name and a colon (【大国工匠】刘某：…).
_PROFILE = re.compile(r"(?:^|[】」』》\]：:\s])([\u4e00-\u9fff]{2,4})(?=[：:])")
_LIST_SEP = ("、", "和", "及", "与")


@functools.cache
def _title_regex() -> re.Pattern[str]:
    """Every title, honour or role word, at every position (overlapping: 老师傅 holds 老师 and 师傅)."""
    lx = lexicon()
    words = sorted({*lx.titles, *lx.honours, *BEFORE_NAME}, key=len, reverse=True)
    return re.compile("(?=(" + "|".join(map(re.escape, words)) + "))")


@functools.cache
def _strong_titles() -> frozenset[str]:
    """Titles after which a name is expected even without a verb of speech after it."""
    lx = lexicon()
    return frozenset({t for t, kind in lx.titles.items() if kind in ("post", "job", "media")} | set(lx.honours))


@functools.cache
def _after_title_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_AFTER_TITLES, key=len, reverse=True))))


@functools.cache
def _speech_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(SPEECH, key=len, reverse=True))))


#: One-character words after which a name may begin (以习某同志为核心, 与王某会谈).
_BEFORE_CHARS = set("的以与和及同向对为由被把给让请跟在从将")


def _boundary_before(doc: Doc, start: int, title_ends: set[int], floor: int) -> bool:
    if start <= floor:
        return True
    prev = doc.text[start - 1]
    return prev in _BOUNDARY or prev in _BEFORE_CHARS or start in title_ends or start in _org_ends(doc)


def _org_ends(doc: Doc) -> set[int]:
    """Where organisations end: a name may follow one directly (某集团公司党委宣传部侯某介绍)."""
    return {m.end for name in ("organization", "union") for m in doc.candidates.get(name, [])}


def _name_before(doc: Doc, end: int, title_ends: set[int], floor: int) -> int | None:
    """Start of a name ending at ``end`` (before a verb of speech), if one stands there."""
    text = doc.text
    best = None
    for length in (2, 3, 4):
        start = end - length
        if start < floor:
            break
        cand = text[start:end]
        if (is_name(cand, strict=length == 2) and _boundary_before(doc, start, title_ends, floor)
                and not _crossed(doc, start, end)):
            best = start
    return best


@extractor("person", requires=["tokens", "candidates:Person"], assigns=["candidates:Person"])
def person(doc: Doc) -> list[Mention]:
    """Persons announced by titles, honours, verbs of speech and lists, and their repetitions."""
    text = doc.text
    found: dict[tuple[int, int], tuple[str, float]] = {}
    title_ends: set[int] = set()
    spans: list[tuple[int, int]] = []
    strong = _strong_titles()
    for sent in doc.sentences:
        for m in _title_regex().finditer(text, sent.start, sent.end):
            spans.append((m.start(), m.start() + len(m.group(1))))
    inside = {i for a, b in spans for i in range(a + 1, b)}  # offsets strictly inside some title word
    for (a, b) in spans:
        title_ends.add(b)
        sent_end = doc.sentence_at(a).end
        if b in inside:
            continue  # 老师|傅…: the longer title 师傅 decides where the name starts
        end = best_name_at(text, b, lenient=text[a:b] in strong)
        if end is not None and end - b >= 3 and _word_across(doc, end, _COMMON_WORD) and is_name(text[b : end - 1]):
            end -= 1  # 助理员汪泉|来说: a common word runs from the name's last character on
        if end is not None and end <= sent_end:
            post = _title_kind(text[a:b]) in ("post", "media")
            found.setdefault((b, end), ("post" if post else "title", 1.5))
        mid = _MIDDOT_NAME.match(text, b)
        if mid and mid.end() <= sent_end:
            found.setdefault(_middot_span(doc, *mid.span()), ("title", 1.5))
    for sent in doc.sentences:
        for m in _speech_regex().finditer(text, sent.start, sent.end):
            start = _name_before(doc, m.start(), title_ends, sent.start)
            if start is not None:
                found.setdefault((start, m.start()), ("speech", 1.4))
            dotted = _MIDDOT_BEFORE.search(text, sent.start, m.start())
            if dotted:
                ds, de = _middot_span(doc, *dotted.span())
                if _boundary_before(doc, ds, title_ends, sent.start):
                    found.setdefault((ds, de), ("speech", 1.4))
        for m in _after_title_regex().finditer(text, sent.start, sent.end):
            start = _name_before(doc, m.start(), title_ends, sent.start)
            if start is not None:
                found.setdefault((start, m.start()), ("title after", 1.4))
        for m in _PROFILE.finditer(text, sent.start, sent.end):
            s_, e_ = m.span(1)
            if is_name(m.group(1)) and (s_ == sent.start or text[s_ - 1] in "】」』》]") and e_ < sent.end:
                found.setdefault((s_, e_), ("profile", 1.4))
    # names from bylines count as known names for lists and repetition
    for m in doc.candidates.get("byline", []):
        found.setdefault((m.start, m.end), ("byline", 3.0))
    _drop_word_starts(doc, found)
    _list_names(doc, found)
    _extend_lists(doc, found)
    names = {text[s:e] for (s, e) in found}
    _repeat(doc, names, found)
    return [
        Mention("Person", s, e, text[s:e], "person", name=text[s:e], score=score, attrs={"rule": rule})
        for (s, e), (rule, score) in sorted(found.items())
        if rule != "byline"
    ]


def _title_kind(word: str) -> str | None:
    """The kind of a title as written, modifiers aside (常务副主席 → post)."""
    titles = lexicon().titles
    while word and word not in titles:
        mod = next((m for m in TITLE_MODIFIERS if word.startswith(m) and len(word) > len(m)), None)
        if mod is None:
            return None
        word = word[len(mod):]
    return titles.get(word)


#: Tags of one-character words that read as words, not surnames (常|挂, 能|赢得, 和|总包).
_WORD_TAGS = ("d", "v", "c", "p", "u", "r")
#: After a post title (主席谈某, 部长任某) only these still read as words (经理和总包).
_POST_WORD_TAGS = ("c", "p", "u")


def _drop_word_starts(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Drop names whose "surname" jieba reads as an adverb, verb or conjunction, unless the
    statistical recogniser (``ner``) also reads a name there (工人常挂在嘴边 is no 常挂)."""
    idx = doc.token_index()
    guessed = {m.start for m in doc.candidates.get("ner", []) if m.label == "Person"}
    for s, e in list(found):
        if found[(s, e)][0] == "byline" or s in guessed or not doc.tokens:
            continue
        tok = idx.tokens[idx.at(s)]
        tags = _POST_WORD_TAGS if found[(s, e)][0] == "post" else _WORD_TAGS
        if tok.start == s and tok.end == s + 1 and tok.pos.startswith(tags):
            del found[(s, e)]


_LIST = re.compile(
    r"(?:[\u4e00-\u9fff·]{2,8}、){2,}[\u4e00-\u9fff·]{2,8}"
    r"(?=等|[，。；：）\n]|参加|出席|作了|分别|先后|当选|获得|荣获|为|是)"
)
_AND_OTHERS = re.compile(r"等(?:[0-9０-９一二三四五六七八九十百千两几]+)(?:位|名|人)")


def _list_names(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Three or more names in a 、-list (甲、乙、丙等), each of a name's shape, are names.

    One name before 等 and a count of people (高某等50位) is a name too.
    """
    text = doc.text
    for sent in doc.sentences:
        for m in _LIST.finditer(text, sent.start, sent.end):
            items, pos = [], m.start()
            for part in m.group().split("、"):
                items.append((pos, pos + len(part)))
                pos += len(part) + 1
            # the first item may carry words before the name (推选出陈某): keep its last 2–3 characters
            first_s, first_e = items[0]
            for n in (3, 2):
                if first_e - n >= first_s and is_name(text[first_e - n : first_e]):
                    items[0] = (first_e - n, first_e)
                    break
            if all(is_name(text[a:b]) for a, b in items):
                for a, b in items:
                    found.setdefault((a, b), ("list", 1.3))
        for m in _AND_OTHERS.finditer(text, sent.start, sent.end):
            for n in (3, 2):
                a = m.start() - n
                if a >= sent.start and is_name(text[a : m.start()]):
                    found.setdefault((a, m.start()), ("list", 1.3))
                    break


def _extend_lists(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Names listed with a known name (赵某、钱某、孙某等) are names too."""
    text = doc.text
    changed = True
    while changed:
        changed = False
        for s, e in list(found):
            # right neighbour
            if e < len(text) and text.startswith(_LIST_SEP, e):
                sep = 1
                nxt = best_name_at(text, e + sep)
                if nxt is not None and (e + sep, nxt) not in found:
                    found[(e + sep, nxt)] = ("list", 1.2)
                    changed = True
            # left neighbour
            if s > 1 and text[s - 1] in "、和及与":
                for length in (3, 2, 4):
                    a = s - 1 - length
                    if a < 0:
                        continue
                    cand = text[a : s - 1]
                    bounded = a == 0 or text[a - 1] in _BOUNDARY or text[a - 1] == "、"
                    if is_name(cand, strict=length == 2) and bounded:
                        if (a, s - 1) not in found:
                            found[(a, s - 1)] = ("list", 1.2)
                            changed = True
                        break


def _repeat(doc: Doc, names: set[str], found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Every other occurrence of a found name, unless a dictionary word runs across it (提高明显 holds 高明)."""
    text = doc.text
    for name in names:
        if len(name) < 2:
            continue
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (pos, end) not in found and not _crossed(doc, pos, end):
                found[(pos, end)] = ("repeat", 1.3)
            pos = text.find(name, end)


#: Dictionary frequency of a word common enough to take a name's last character (来说, 正在; not 文说).
_COMMON_WORD = 1000


#: Parts of speech that begin no part of a transliterated name (verbs, adverbs, conjunctions …).
_NOT_NAME_TAGS = ("v", "d", "c", "p", "u", "r")


def _middot_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A transliterated name (奥古斯丁·里奇) without the words the pattern took in around it:
    a verb after it (…里奇|指出) and a common noun before it (市民|万达·兰迪), as the segmenter reads them.

    The first and last parts keep at least two characters.
    """
    text = doc.text
    first_dot, last_dot = text.index("·", start, end), text.rindex("·", start, end)
    idx = doc.token_index()
    k = idx.at(last_dot + 1)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        tok = idx.tokens[k]
        if tok.start >= last_dot + 3 and tok.pos.startswith(_NOT_NAME_TAGS):
            end = tok.start
            break
        k += 1
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].end <= first_dot - 2:
        tok = idx.tokens[k]
        if tok.start == start and (tok.pos in ("n", "a") or tok.pos.startswith(_NOT_NAME_TAGS)):
            start = tok.end  # 市民|万达·兰迪, 协调员|梅利莎·加兰蒂
        k += 1
    return start, trim_transliteration(text, start, end)


def _word_across(doc: Doc, offset: int, min_freq: int = 1) -> bool:
    """Does a dictionary word (not a name) of two or more characters, at least ``min_freq``
    frequent, run across ``offset``?"""
    if not 0 < offset < len(doc.text):
        return False
    idx = doc.token_index()
    tok = idx.tokens[idx.at(offset)]
    return (tok.start < offset < tok.end and len(tok.text) >= 2 and not tok.pos.startswith("nr")
            and segmenter().tokenizer.FREQ.get(tok.text, 0) >= min_freq)


def _crossed(doc: Doc, start: int, end: int) -> bool:
    """Does a dictionary word (not a name) run across either end of ``[start, end)``?"""
    return _word_across(doc, start) or _word_across(doc, end)
