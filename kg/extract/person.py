"""Persons, found by context: a title or honour before the name, a verb of speech after it, a list with a known name.

No names are listed anywhere: a name is a surname followed by one or two given-name
characters (see :func:`kg.extract.names.is_name`), accepted only where the context
announces a person. Once a name is found, its other occurrences in the article are
mentions too. Credit lines (作者：, 版式设计：) name authors, also spaced out (陈 某), and
a guess of the statistical recogniser cut short of a name (总统托|卡耶夫) is completed.

This module also says which person spans name no person (:func:`not_a_person_here`:
《某某元帅》, “某某号”, 某某主义) and which candidates read as organisations, places or
words (:func:`doubtful_persons`: 某某武装, 某某以北, 玉石); :mod:`kg.select` applies both.
"""

from __future__ import annotations

import functools
import re

from kg.clean import is_cjk
from kg.extract.names import (
    ADDRESS_WORDS,
    AFTER_NAME,
    BEFORE_NAME,
    NON_NAME_CHARS,
    NOT_TRANSLITERATION,
    TITLE_MODIFIERS,
    TRANSLITERATION,
    best_name_at,
    dictionary_compound,
    is_common_surname,
    is_name,
    japanese_name_end,
    joined_surnames_end,
    surname_len,
    title_before,
    transliterated,
    trim_transliteration,
)
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.segment import segmenter
from kg.types import Doc, Mention, Token

__all__ = ["doubtful_persons", "not_a_person_here", "person"]

#: An age before a name (77岁的某某现在…).
_AGE_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十]+岁的")
#: Verbs that follow a speaker's name (…表示, …说).
SPEECH = ("说", "表示", "指出", "强调", "介绍", "认为", "坦言", "感慨", "回忆", "告诉", "透露", "解释",
          "呼吁", "说道", "笑着说", "补充道", "主持", "出席", "宣读", "致辞", "讲话", "宣布", "表态",
          "代表", "同志", "等同志", "一行", "带领", "率领", "陪同", "会见", "看望", "考察", "调研")
_BOUNDARY = set("，。、；：“”‘’！？（）《》「」『』 \n")
_MIDDOT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8})+")
_MIDDOT_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8})+$")
#: Titles that follow a name (习某总书记, 王某委员, 陈某副主席率队).
_AFTER_TITLES = ("总书记", "同志", "委员长", "总理", "副总理", "主席", "副主席", "委员", "院士", "教授", "书记", "部长",
                 "省长", "市长", "代表", "先生", "女士", "师傅", "大使", "局长", "董事长", "总经理", "所长", "院长",
                 "元帅", "将军", "总统", "首相")
#: A profile or interview opens with the name and a colon (【大国工匠】刘某：…).
_PROFILE = re.compile(r"(?:^|[】」』》\]：:\s])([\u4e00-\u9fff]{2,4})(?=[：:])", re.M)
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


#: Dictionary frequency of a word that no verb of speech announces as a name (全世界, 大家; the dictionary's own
#: names stay names).
_PLAIN_WORD = 500


def _plain_word(cand: str, least: int = _PLAIN_WORD) -> bool:
    """Is ``cand`` a word of the dictionary, ``least`` times frequent or more, that it does not tag as a name
    (全世界, 朋友)?"""
    seg = segmenter()
    return seg.tokenizer.FREQ.get(cand, 0) >= least and seg.pos.word_tag_tab.get(cand, "") in _PLAIN_TAGS


#: Dictionary frequency of a noun before 中, 上 or 里 that makes them a place in it (讲话|中指出), not a given name.
_LOCUS_WORD = 100


def _locative_open(text: str, end: int, floor: int) -> bool:
    """Does a 在 open the clause that ends at ``end`` (在给某会的|贺信中指出: 在 … 中, a place in a text)?"""
    clause = text[max(floor, end - 20) : end]
    cut = max(clause.rfind(c) for c in "，。；：！？“”")
    return "在" in clause[cut + 1 :]


#: Parts of speech of plain words (common nouns, verbs, adjectives, adverbs, pronouns): not the dictionary's
#: names, places or idioms, whose tags are unreliable for famous names (some are tagged t or l).
_PLAIN_TAGS = frozenset(("n", "v", "vn", "a", "ad", "an", "d", "r", "m"))


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
        if cand[-1] in "中上里" and (text[start - 1 : start] == "在" or _plain_word(cand[:-1], _LOCUS_WORD)
                                     or (text[start - 1 : start] == "的" and _locative_open(text, start - 1, floor))):
            continue  # 在贺信中指出, 在给某会的贺信中指出: in a letter, not a name
        if cand in ADDRESS_WORDS or _plain_word(cand):
            continue  # 他向全世界介绍, 岳母说: a word of the dictionary or a kinship term, not a name
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
    japan = "日本" in text
    for sent in doc.sentences:
        for m in _title_regex().finditer(text, sent.start, sent.end):
            spans.append((m.start(), m.start() + len(m.group(1))))
    inside = {i for a, b in spans for i in range(a + 1, b)}  # offsets strictly inside some title word
    title_ends_all = {b for _, b in spans}
    starts = {a for a, _ in spans}
    for (a, b) in spans:
        title_ends.add(b)
        sent_end = doc.sentence_at(a).end
        if b in inside or b in starts:
            continue  # 老师|傅…, 董事|顾问…: the last title of a chain decides where the name starts
        if _word_across(doc, b, _CUT_WORD) and not _word_across(doc, a) and _word_holds(doc, a, b):
            continue  # 成员|国为: the title begins a longer word (成员国), no name follows it (焊|工程|某 does)
        if _word_across(doc, a, _CUT_WORD) and _word_across(doc, b, _CUT_WORD):
            continue  # 城|市长|江: words run across both ends, the title is no word here
        end = best_name_at(text, b, lenient=text[a:b] in strong)
        if end is not None and end - b >= 3 and _word_across(doc, end, _COMMON_WORD) and is_name(text[b : end - 1]):
            end -= 1  # 助理员汪泉|来说: a common word runs from the name's last character on
        elif end is not None and end - b == 2 and _word_across(doc, end, _COMMON_WORD):
            end = None  # 主席国|工作: a common word runs from a two-character "name"'s given name on
        if japan and (jp := japanese_name_end(text, b)) is not None and (end is None or jp > end):
            end = jp  # 编剧|某井某也: a Japanese surname and given name, in an article about Japan
        if end is None and (hk := joined_surnames_end(text, b)) is not None:
            end = hk  # 行政长官|某陈某某: two surnames and a given name (a married woman of Hong Kong)
        if end is not None and end <= sent_end:
            post = _title_kind(text[a:b]) in ("post", "media")
            found.setdefault((b, end), ("post" if post else "title", 1.5))
        elif end is None and text[a:b] in strong:
            _transliteration_after(doc, b, sent_end, found)
        mid = _MIDDOT_NAME.match(text, b)
        if mid and mid.end() <= sent_end:
            if any(b < t < text.index("·", b) for t in title_ends_all):
                continue  # 社长|兼总编辑某某·某某: the last title decides where the name starts
            for k, part in enumerate(_joined_names(text, *mid.span())):
                span = _middot_span(doc, *part, after_title=k == 0)
                if not _dotted_words(text, *span):
                    found.setdefault(span, ("title", 1.5))
    for sent in doc.sentences:
        for m in _speech_regex().finditer(text, sent.start, sent.end):
            end = _name_end(text, m)
            start = _name_before(doc, end, title_ends, sent.start)
            if start is not None:
                found.setdefault((start, end), ("speech", 1.4))
            else:
                _transliteration_after_role(doc, end, sent.start, found)
            dotted = _MIDDOT_BEFORE.search(text, sent.start, m.start())
            if dotted:
                parts = _joined_names(text, *dotted.span())
                for k, part in enumerate(parts):
                    ds, de = _middot_span(doc, *part)
                    cut = next((n for n in (1, 2) if (t := title_before(text, ds + n)) and t[0] < ds), 0)
                    if cut and not transliterated(text[ds + cut : text.index("·", ds)]):
                        cut = 0  # 董事|顾问某某·某某: no transliteration yet, the title rule finds the name
                    ds += cut  # 司法部|长某某·某某: the run began with a title's last characters
                    if ((k or cut or _boundary_before(doc, ds, title_ends, sent.start))
                            and not _dotted_words(text, ds, de)):
                        found.setdefault((ds, de), ("speech", 1.4))
        for m in _after_title_regex().finditer(text, sent.start, sent.end):
            if _word_across(doc, m.end()):
                continue  # 法官和书记|官: the title is part of a longer word
            end = _name_end(text, m)
            start = _name_before(doc, end, title_ends, sent.start)
            if start is not None:
                found.setdefault((start, end), ("title after", 1.4))
            elif m.group() in _PERSON_TITLES:
                _transliteration_before(doc, end, title_ends, sent.start, found)
        for m in _PROFILE.finditer(text, sent.start, sent.end):
            s_, e_ = m.span(1)
            if is_name(m.group(1)) and (s_ == sent.start or text[s_ - 1] in "】」』》]") and e_ < sent.end:
                found.setdefault((s_, e_), ("profile", 1.4))
    for m in _AGE_BEFORE.finditer(text):
        end = best_name_at(text, m.end(), lenient=True)
        if end is not None and not _crossed(doc, m.end(), end) and is_name(text[m.end() : end]):
            found.setdefault((m.end(), end), ("title", 1.4))  # 77岁的某某: an age, then a person
    # names from bylines count as known names for lists and repetition
    for m in doc.candidates.get("byline", []):
        found.setdefault((m.start, m.end), ("byline", 3.0))
    _foreign_office_holders(doc, found)
    _team_players(doc, found)
    _authors(doc, found)
    for m in _EDITED_BY.finditer(text):
        if is_name(m.group(1), lenient=True):
            found.setdefault(m.span(1), ("author", 3.0))  # （作者为某医院医生，某某整理）: a credit
    _drop_word_starts(doc, found)
    _drop_titles_of_others(doc, found)
    _list_names(doc, found)
    _extend_lists(doc, found)
    _completed_guesses(doc, found, title_ends)
    _transliteration_runs(doc, found)
    _drop_misreads(doc, found)
    names = {_SPACES.sub("", text[s:e]) for (s, e) in found}
    _repeat(doc, names, found)
    return [
        Mention("Person", s, e, text[s:e], "person", name=_SPACES.sub("", text[s:e]), score=score,
                attrs={"rule": rule})
        for (s, e), (rule, score) in sorted(found.items())
        if rule != "byline"
    ]


#: Spaces inside a name written spaced out (作者：陈 某, two-character names in print).
_SPACES = re.compile(r"[ \u3000]+")
#: Where authors are named: 作者：, 执笔：, 版式设计：… at a line's start, or ——名（单位） after a quotation.
_AUTHOR_LEAD = re.compile(r"(?:^|(?<=[\n】」』”]))(?:作者|撰文|执笔|口述|整理|版式设计|制图|绘图)[：:][ \u3000]*"
                          r"|——(?=[^\n]{2,8}[（(])", re.M)
#: A credit closing a bracket: the name of who wrote it down (（…，某某整理）, （某某采访整理）).
_EDITED_BY = re.compile(r"(?<=[，,（(、])([\u4e00-\u9fff]{2,4}?)(?:采访|采写)?整理(?=[）)])")
#: The names after such a lead: chunks up to a bracket, line end or sentence mark.
_AUTHOR_RUN = re.compile(r"[^（(\n。；，]{2,30}")


_JOINED = re.compile(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,8}?)+(?=[和与及、][\u4e00-\u9fff]{2,6}·)")


def _joined_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Two transliterated names the pattern ran together across 和 (研究员甲·乙和丙·丁): each on its own."""
    m = _JOINED.match(text, start, end)
    if m is None:
        return [(start, end)]
    return [(start, m.end()), *_joined_names(text, m.end() + 1, end)]


def _authors(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Authors named after 作者：, 执笔：, 版式设计： … or —— before their affiliation, also when print spaces
    a two-character name out (作者：陈 某（某大学教授）, 作者：程 某 王某某（分别系…）).

    Every chunk of the run must read as a name (a surname and one character spaced from it, or a name of
    two to four characters), else nothing is taken: a title after 作者： is no list of names.
    """
    text = doc.text
    for lead in _AUTHOR_LEAD.finditer(text):
        run = _AUTHOR_RUN.match(text, lead.end())
        if run is None:
            continue
        chunks = [(c.start(), c.end()) for c in re.finditer(r"[^ \u3000、和]+", run.group())]
        names, k = [], 0
        while k < len(chunks):
            a, b = chunks[k]
            word = run.group()[a:b]
            if (len(word) == 1 and k + 1 < len(chunks) and chunks[k + 1][1] - chunks[k + 1][0] == 1
                    and surname_len(word) and chunks[k + 1][0] - b <= 2):
                names.append((a, chunks[k + 1][1]))
                k += 2
            elif 2 <= len(word) <= 4 and is_name(word, lenient=True):
                names.append((a, b))
                k += 1
            else:
                names = []
                break
        for a, b in names:
            found.setdefault((run.start() + a, run.start() + b), ("author", 3.0))  # a credit line, as bylines


#: Characters that stand between a title and a name without being part of it (劳模像某某, 主席和某某).
_NOT_NAME_START = frozenset(NON_NAME_CHARS | _BEFORE_CHARS | set("像如有叫请称"))


#: Verbs of speech after which a transliterated guess one character short is completed (院长阿维|杰特表示;
#: not 代表: 总统克林顿|派代表).
_SPEAKS = ("说", "表示", "指出", "强调", "介绍", "认为", "称", "告诉", "透露", "通电话", "会谈", "会见")


def _completed_guesses(doc: Doc, found: dict[tuple[int, int], tuple[str, float]], title_ends: set[int]) -> None:
    """A statistical guess cut short of a name: not a Chinese name's shape, it starts one or two characters
    after a title, the characters between standing alone (总统托|卡耶夫; of a Chinese name, one common
    surname: the husband's, as Hong Kong writes 主席叶|刘某某), or stops one character before
    punctuation or a date (总统拉赫|蒙、, 议长维斯|勒。); or two characters of a name in a list of names
    (陈某|慷、周某某). The whole name is the person, a guess still (``completed``: select checks it as one)."""
    text = doc.text
    idx = doc.token_index()
    guesses = [m for m in doc.candidates.get("ner", [])
               if m.label == "Person" and m.end - m.start >= 2 and not m.attrs.get("partial")]  # (俄|总统某某)
    parts = {p for f in (*(text[a:b] for a, b in found), *(g.text for g in guesses)) if "·" in f
             for p in (f.split("·")[0], f.split("·")[-1]) if len(p) >= 3}
    starts, ends = {m.start for m in guesses} | {a for a, _ in found}, {m.end for m in guesses} | {b for _, b in found}
    for m in guesses:
        if m.end - m.start < 2 or "·" in m.text or m.attrs.get("partial"):
            continue
        s, e = m.start, m.end
        chinese = is_name(m.text, strict=False)
        for j in (1, 2) if not chinese else (1,):
            between = text[s - j : s]
            if (s - j in title_ends and len(between) == j
                    and all(c.isalpha() and c not in _NOT_NAME_START for c in between)
                    and (not chinese or is_common_surname(between))  # 主席叶|刘某某: a husband's surname first
                    and all(idx.tokens[idx.at(i)].end - idx.tokens[idx.at(i)].start == 1 for i in range(s - j, s))):
                s -= j
                break
        if (e + 1 < len(text) and text[e].isalpha() and text[e] not in NON_NAME_CHARS
                and text[e] not in NOT_TRANSLITERATION and text[e] not in _FUNCTION_CHARS
                and not text.startswith(AFTER_NAME, e)):
            if not surname_len(m.text) and (text[e + 1] in "，。、；：！？）,.;:!?)\n" or text[e + 1].isdigit()
                                            or (text.startswith(_SPEAKS, e + 1) and s in title_ends)):
                e += 1  # 总统拉赫|蒙、, 院长阿维|杰特表示
            elif (e - s == 2 and text[e + 1] in "、，；" and is_name(text[s : e + 1], strict=False)
                  and (e + 2 in starts or (text[s - 1 : s] == "、" and s - 1 in ends))):
                e += 1  # 推选出陈某|慷、周某某: a two-character guess one character short in a list of names
        while e - s > 2 and text[e - 1].isdigit():
            e -= 1  # 部长王某4|日同…: a date's digit glued to the guess
        if (s, e) == (m.start, m.end) and e - s == 2 and joined_surnames_end(text, s) == s + 4:
            e = s + 4  # 某陈|某某4日: a guess of the two surnames of a name of Hong Kong style
        longer = next((p for p in parts if len(p) > e - s and text.startswith(p, s)), None)
        if longer is not None and (s, e) == (m.start, m.end):
            e = s + len(longer)  # 阿布来|提调入: the first part of a transliterated name the article writes in full
        if (s, e) == (m.start, m.end) and (chinese or s in title_ends):
            e = _cut_short(doc, s, e, chinese, starts)
        if (s, e) != (m.start, m.end):
            found.setdefault((s, e), ("completed", 1.3))


#: Longest transliterated name (one part) a run is extended to.
_RUN_MAX = 10
#: Tags of function words, no syllables of a name (…斯|因警察).
_FUNCTION_TAGS = ("c", "p", "u")
#: Particles that follow a verb, not a syllable of a name (买了, 看着, 去过).
_ASPECT = ("了", "着", "过")
#: Dashes that join the parts of a transliterated name (某某斯—某某尔).
_NAME_DASHES = "—－-"
#: Tags of the segmenter's words that may be syllables of a transliterated name (…|多夫, …|西亚): names, places,
#: proper nouns, and what it cannot tell.
_SYLLABLE_TAGS = ("nr", "ns", "nz", "x")


def _transliteration_runs(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A transliterated name cut inside its run of transliteration characters (外长梅列|多夫等, 议长格雷|恰尼赞赏,
    向拉赫|蒙总统) goes on to where the run ends before punctuation, a title, a word that follows names or a
    verb; two transliterations joined by a dash are one name (某某斯—某某尔). Rule spans and the recogniser's
    guesses are read so; the longer name is a guess (``completed``: select checks it as one)."""
    text = doc.text
    spans = {*found, *(m.span for m in doc.candidates.get("ner", [])
                       if m.label == "Person" and m.end - m.start >= 2 and not m.attrs.get("partial"))}
    starts = {a for a, _ in spans}
    by_start: dict[int, list[int]] = {}
    for a, b in spans:
        by_start.setdefault(a, []).append(b)
    for s, e in sorted(spans):
        last = text.rfind("·", s, e) + 1 or s  # (of a name with a middle dot, its last part: 某某·赫里斯|托某某)
        if not transliterated(text[last:e]):
            continue
        end = _run_end(doc, last, e, starts - {s})
        if end != e:
            found.setdefault((s, end), ("completed", 1.3))
        if text[end : end + 1] in _NAME_DASHES:
            for b in ([] if last != s else by_start.get(end + 1, [])):
                far = _run_end(doc, end + 1, b, starts)
                if transliterated(text[end + 1 : far]) and far - end - 1 >= 2 and _follows_name(doc, far):
                    found.setdefault((s, far), ("completed", 1.3))


#: Titles after a name that follow persons only, not places (某某斯克|市长).
_PERSON_TITLES = frozenset(("总统", "首相", "总理", "副总理", "主席", "副主席", "委员", "教授", "先生", "女士", "大使",
                            "将军", "元帅", "院士"))


def _transliteration_before(doc: Doc, end: int, title_ends: set[int], floor: int,
                            found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A transliterated name too long for a Chinese name's shape before a title (同某某穆哈梅多夫总统): the run of
    transliteration characters before ``end``, from a word's start after a boundary, of syllables of names only,
    and no country or place (塔吉克斯坦总统); a guess (``completed``: select checks it as one)."""
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens or end <= floor:
        return
    lx = lexicon()
    start = end
    while start > floor and text[start - 1] in TRANSLITERATION and end - start < _RUN_MAX:
        start -= 1
    for s in range(start, end - 4):  # five characters or more: no Chinese name (a shorter one is ner's)
        tok = idx.tokens[idx.at(s)]
        glued = tok.start == s - 1 and text[s - 1] in _BEFORE_CHARS  # 同|别…: jieba joins the preposition
        if (tok.start != s and not glued) or not _boundary_before(doc, s, title_ends, floor):
            continue
        k, ok = idx.at(s) + glued, True
        while k < len(idx.tokens) and idx.tokens[k].start < end:
            t = idx.tokens[k]
            if t.end > end or t.text in lx.countries or t.text in lx.by_name or t.text in lx.titles or not (
                    t.pos.startswith(_SYLLABLE_TAGS) or (len(t.text) == 1 and not t.pos.startswith(_FUNCTION_TAGS))
                    or segmenter().tokenizer.FREQ.get(t.text, 0) < _REST_WORD):
                ok = False
                break
            k += 1
        if ok and not any(text[a:end] in lx.countries or text[a:end] in lx.by_name for a in range(s, end - 1)):
            found.setdefault((s, end), ("completed", 1.3))
        return


#: Last characters of nouns for people by their role or trade (外交官, 议员, 专家, 发言人, 学者, 分析师, 院长, 学生,
#: 选手).
_ROLE_ENDS = frozenset("官员家人者师长生手")


def _transliteration_after_role(doc: Doc, end: int, floor: int,
                                found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A transliterated name of three characters or more between a noun for a person's role and a verb of speech
    (资深外交官某某某某表示, 中央委员会成员某某某说): the role announces a person as a title does, though the title list
    holds no such word. The run of transliteration characters before ``end`` starts where the role word ends, of
    syllables of names only; a guess (``completed``: select checks it as one)."""
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens or end <= floor:
        return
    lx = lexicon()
    if text[end - 1] in NOT_TRANSLITERATION:
        end -= 1  # 某某某曾|说: an adverb before the verb, not the name's last syllable
    start = end
    while start > floor and text[start - 1] in TRANSLITERATION and end - start < _RUN_MAX:
        start -= 1
    for s in range(start, end - 2):
        tok = idx.tokens[idx.at(s)]
        before = idx.tokens[idx.at(s - 1)] if s > 0 else None
        if tok.start != s or before is None or before.end != s:
            continue
        if not (len(before.text) >= 2 and before.text[-1] in _ROLE_ENDS and before.pos.startswith("n")
                and not before.pos.startswith(("nr", "ns"))):
            return
        k = idx.at(s)
        while k < len(idx.tokens) and idx.tokens[k].start < end:
            t = idx.tokens[k]
            if t.end > end or t.text in lx.countries or t.text in lx.titles or not (
                    t.pos.startswith(_SYLLABLE_TAGS) or (len(t.text) == 1 and not t.pos.startswith(_FUNCTION_TAGS))
                    or segmenter().tokenizer.FREQ.get(t.text, 0) < _REST_WORD):
                return
            k += 1
        if text[s:end] not in lx.by_name:  # (a place's name, whose syllables are a county's: 兰|加查|里 is none)
            found.setdefault((s, end), ("completed", 1.3))
        return


def _transliteration_after(doc: Doc, start: int, limit: int,
                           found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A transliterated name without a Chinese surname's shape right after a title (主席因凡蒂诺在…, 大使西索达代表…,
    主席尼昂、): the run of transliteration characters from ``start`` up to punctuation or a word that follows
    names, of syllables of names only (no word of the dictionary, country, place or title); three characters or
    more, or two without a surname. A guess (``completed``: select checks it as one)."""
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens or idx.tokens[idx.at(start)].start != start:
        return
    lx = lexicon()
    end = start
    while end < limit and text[end] in TRANSLITERATION and end - start < _RUN_MAX:
        end += 1
    while end - start >= 2:
        if (text[end : end + 1] in _BOUNDARY or text.startswith((*AFTER_NAME, *SPEECH), end)) and (
                end >= len(text) or idx.tokens[idx.at(end)].start == end):
            break
        end -= 1
    if end - start < 2 or (end - start == 2 and surname_len(text[start:end])):
        return
    name = text[start:end]
    if name in lx.countries or name in lx.by_name or any(name.startswith(c) for c in lx.countries if len(c) >= 2):
        return
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        t = idx.tokens[k]
        if t.text in lx.titles or t.text in lx.countries or t.text in lx.by_name or not (
                t.pos.startswith(_SYLLABLE_TAGS) or len(t.text) == 1  # (主席因|凡|蒂诺: 因 a syllable here)
                or segmenter().tokenizer.FREQ.get(t.text, 0) < _REST_WORD):
            return
        k += 1
    found.setdefault((start, end), ("completed", 1.3))


#: A team's name, then a player's name and a mark (北京某某队王某，, 某某女篮李某某、): team sheets name players so.
_TEAM_PLAYER = re.compile(r"(?<=[\u4e00-\u9fff])队(?=[\u4e00-\u9fff]{2,3}[，、。；0-9０-９])")


def _team_players(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A name right after a team's name, before a mark (上海某某队张某、李某, 浙江队王某某，): the team stands where a
    title would, as sports news lists players by their clubs. The team is a word of two or more characters that
    ends in 队 (not 队员, 队长, 队伍), the name a Chinese name's shape.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("其他球员为：北京某控队王晓焱，上海队张馨宁。", "Person"))
    ['张馨宁', '王晓焱']
    """
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens:
        return
    for m in _TEAM_PLAYER.finditer(text):
        b = m.end()
        team = idx.tokens[idx.at(b - 1)]
        if team.end != b or idx.tokens[idx.at(b)].start != b:
            continue  # (队员, 队长: the team's member, a title's rule)
        if len(team.text) == 1 and (team.start == 0 or idx.tokens[idx.at(team.start - 1)].pos.startswith(_WORD_TAGS)):
            continue  # (北控|队 is a team; 又|队… is none)
        end = best_name_at(text, b)
        if end is None and (end := best_name_at(text, b, need_after=False)) is not None and not text[end].isdigit():
            end = None
        if end is not None and (text[end] in "，、。；" or text[end].isdigit()) and is_name(text[b:end]):
            found.setdefault((b, end), ("title", 1.4))  # (七队某某某2袋: a villager of a team and his order)


#: Offices of foreign states that the title list does not hold, as the Ministry of Foreign Affairs renders them
#: before a name: a sultan, a supreme head of state (文莱苏丹某某, 马来西亚最高元首某某).
_FOREIGN_OFFICES = ("苏丹", "最高元首", "国家元首", "元首")
#: Words between a country and its office (某国新任总理, 某国时任总统, 某国副总统).
_OFFICE_MODIFIERS = (*TITLE_MODIFIERS, "新任", "时任", "候任", "现任", "前任", "临时")
#: One-character words that end a name written after a foreign office (某某在…, 某某和…, 某某曾…).
_NAME_STOPS = frozenset(w for w in AFTER_NAME if len(w) == 1) | set("称于之")
#: Characters the segmenter glues to the end of a name, as one "name" (某某致|慰问电, 某某斯称, 某某之女).
_GLUED_CHARS = frozenset(NOT_TRANSLITERATION | set("乘致赴抵之"))
#: Tags of words that are no syllables of a name after an office: verbs, adverbs, times, numbers, idioms and set
#: phrases (某某|举行会谈, 某某|通电话, 某某|当天).
_NOT_SYLLABLE_TAGS = ("v", "d", "t", "m", "q", "r", "i", "l")
#: A monarch's number after the name (某某六世, 某某二世).
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
#: Longest name without a middle dot written after a foreign office (a Thai king's name has five).
_OFFICE_NAME_MAX = 8


@functools.cache
def _office_regex() -> re.Pattern[str]:
    """A country, a modifier or none, and a post or seat (泰国国王, 蒙古国总统, 文莱苏丹, 马来西亚最高元首)."""
    lx = lexicon()
    countries = sorted(lx.countries, key=len, reverse=True)
    offices = sorted({t for t, kind in lx.titles.items() if kind in ("post", "seat")} | set(_FOREIGN_OFFICES),
                     key=len, reverse=True)
    mods = sorted(_OFFICE_MODIFIERS, key=len, reverse=True)
    return re.compile("(?:{})(?:{})?(?:{})".format(*("|".join(map(re.escape, w)) for w in (countries, mods, offices))))


def _foreign_office_holders(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """A name right after a country and its office (泰国国王某某某某某表示, 蒙古国总统某某某某某表示,
    俄罗斯总统某某14日): foreign names follow no Chinese name's shape and not always the transliteration
    alphabet (Thai, Mongolian and Malay names), but the country and office announce one. The name is the run of
    words after the office that are syllables of names (names, places, proper nouns, single characters, rare
    words), up to what follows a name (punctuation, a date, a verb, a word that follows names); two characters
    or more, no middle dot (that rule is :data:`_MIDDOT_NAME`'s), no country, place or title.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("泰国国王哇吉拉达功表示，愿同中方合作。", "Person"))
    ['哇吉拉达功']
    """
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens:
        return
    lx = lexicon()
    freq = segmenter().tokenizer.FREQ
    for m in _office_regex().finditer(text):
        a, b = m.span()
        k = idx.at(b)
        if (idx.tokens[idx.at(a)].start != a or k >= len(idx.tokens) or idx.tokens[k].start != b
                or idx.tokens[k - 1].end != b):
            continue  # 某国总统|府, 中|美国…: the country and office are no words of their own here
        end = b
        while k < len(idx.tokens) and end - b < _OFFICE_NAME_MAX:
            t = idx.tokens[k]
            glued = next((i for i in range(t.start + 1, t.end) if text[i] in _GLUED_CHARS), None)
            glued = glued if t.pos.startswith(_SYLLABLE_TAGS) else None
            if glued is not None and glued - b >= 2:
                end = glued  # 某某致|慰问电, 某某斯称: a verb the segmenter glued to the name
                break
            if t.start > b and len(t.text) >= 2 and (
                    text.startswith(tuple(w for w in (*SPEECH, *AFTER_NAME) if len(w) >= 2), t.start)
                    or (freq.get(t.text, 0) >= _REST_WORD and t.pos != "nrt" and not transliterated(t.text))):
                break  # 某某|主持会议, 某某|盛赞, 某某|汇报: a word after the name, whatever the segmenter's tag
            if (t.text in lx.titles or t.text in lx.countries or t.text in lx.by_name or not is_cjk(t.text[0])
                    or t.text == "中国"
                    or (len(t.text) == 1 and (t.text in _NAME_STOPS or t.pos.startswith(_FUNCTION_TAGS)
                                              or (t.pos.startswith(_WORD_TAGS) and t.text not in TRANSLITERATION)))
                    or (len(t.text) >= 2 and not t.pos.startswith(_SYLLABLE_TAGS)
                        and (freq.get(t.text, 0) >= _REST_WORD or t.pos.startswith(_NOT_SYLLABLE_TAGS)))):
                break
            end = t.end
            k += 1
        honorific = next((h for h in _HONORIFICS if text.endswith(h, b, end) and end - len(h) - b >= 2), None)
        if honorific:
            end -= len(honorific)  # 某某|隆夫人: the segmenter glued a form of address to the name
        if end - b < 2 or end - b > _OFFICE_NAME_MAX or text[b:end] in lx.by_name or text[end] in "·-－—":
            continue  # (某某·某某: a name with a middle dot or a dash is another rule's)
        m_regnal = _REGNAL.match(text, end)
        if m_regnal:
            end = m_regnal.end()  # 某某六世: a monarch's number
        nxt = idx.tokens[idx.at(end)] if end < len(text) else None
        if nxt is not None and nxt.start == end and nxt.text in lx.titles:
            continue  # 秘书长某某合作|特使: a body or field, then an office of its own
        if (nxt is None or text[end] in _BOUNDARY or text[end].isdigit() or text[end] in _NAME_STOPS
                or text[end] in _GLUED_CHARS):
            pass
        elif len(nxt.text) == 1 and not nxt.pos.startswith(("d", "p", "c")):
            continue  # 某某|佑表示: a character the segmenter left alone may still be the name's
        elif not (_follows_name(doc, end) or nxt.pos.startswith((*_NOT_SYLLABLE_TAGS, "p", "c"))):
            continue
        found.setdefault((b, end), ("post", 1.5))


def _follows_name(doc: Doc, end: int) -> bool:
    """Does what stands at ``end`` follow a name: punctuation, the text's end, a title, a word that follows
    names, a verb of two or more characters (…|赞赏)?"""
    text = doc.text
    if end >= len(text) or text[end] in _BOUNDARY or text[end] in _NAME_DASHES or text[end] == "·":
        return True
    if text.startswith((*AFTER_NAME, *_AFTER_TITLES, *SPEECH), end):
        return True
    lx = lexicon()
    if any(text.startswith(t, end) for t in (text[end : end + k] for k in (2, 3, 4)) if t in lx.titles):
        return True
    idx = doc.token_index()
    tok = idx.tokens[idx.at(end)] if idx.tokens else None
    return tok is not None and tok.start == end and len(tok.text) >= 2 and tok.pos.startswith("v")


def _run_end(doc: Doc, s: int, e: int, starts: set[int]) -> int:
    """Where a transliterated name ``[s, e)`` ends when its run of transliteration characters goes on: the
    farthest end within the run at a word's end before something that follows names, with only syllables of
    names between (…|多夫, …|恰尼, …|蒙), and no other name beginning there; else ``e``."""
    text = doc.text
    idx = doc.token_index()
    lx = lexicon()
    if (not idx.tokens or e >= len(text) or text[e] not in TRANSLITERATION or text[s:e] in lx.countries
            or text.startswith((*AFTER_NAME, *SPEECH, *_AFTER_TITLES), e)):
        return e
    run = e
    while run < len(text) and text[run] in TRANSLITERATION and run - s < _RUN_MAX:
        run += 1
    best = e
    for end in range(e + 1, run + 1):
        if any(e <= a < end for a in starts if a != s):
            break  # another name begins here
        tok = idx.tokens[idx.at(end - 1)]
        if not (tok.pos.startswith(_SYLLABLE_TAGS) or len(tok.text) == 1
                or segmenter().tokenizer.FREQ.get(tok.text, 0) < _REST_WORD):
            break  # a word of its own, no syllable of a name
        if len(tok.text) >= 2 and tok.pos.startswith("v") and (
                segmenter().tokenizer.FREQ.get(tok.text, 0) >= _TAIL_WORD or tok.text[-1] == "道"):
            break  # …坎特米|赞道: a verb (not the segmenter's chance join of two syllables: …恩肯|加松的)
        if len(tok.text) == 1 and (tok.pos.startswith(_FUNCTION_TAGS) or (
                tok.pos.startswith("v") and text[tok.end : tok.end + 1] in _ASPECT)):
            break  # 某某斯|因…, 某某|买了: a function word, or a verb with its aspect particle
        if tok.text in lx.titles or tok.text in lx.countries:
            break  # 卡塔尔|埃米尔…: a title or a country, no syllable of a name
        if tok.end == end and (end >= len(text) or idx.tokens[idx.at(end)].start == end) and _follows_name(doc, end):
            best = end
    return best


#: What follows a complete name, so that characters between a guess and it belong to the name (总统恩库伦|齐扎表示).
_NAME_FOLLOWERS = (*_SPEAKS, "将", "在", "的", "和", "与", "等", "也", "还", "是", "出席", "参加", "主持")
_NAME_END_PUNCT = "，。、；：！？）《”\n"
#: Dictionary frequency of the characters after a guess that make them a word, not the rest of a name.
_REST_WORD = 50


def _cut_short(doc: Doc, s: int, e: int, chinese: bool, starts: set[int]) -> int:
    """The end of a name the recogniser cut short: one to three characters more (a Chinese name: one) up to
    punctuation or a word that follows names, when they are no word themselves and a word of the segmenter
    ends with them (总统恩库伦|齐扎表示, 营员斯仁|道力玛说, 刘海|栖《…》), and no other name begins among them;
    else ``e``."""
    text = doc.text
    idx = doc.token_index() if doc.tokens else None
    freq = segmenter().tokenizer.FREQ
    if idx is None or text.startswith((*AFTER_NAME, *_AFTER_TITLES, *SPEECH), e):
        return e
    for j in ((1,) if chinese else (1, 2, 3)):
        nxt = e + j
        rest = text[e:nxt]
        if any(e <= a < nxt for a in starts):
            return e  # 埃米尔|萨巴赫: another name begins here
        if nxt >= len(text) or not all(is_cjk(c) for c in rest) or any(
                c in NON_NAME_CHARS or c in NOT_TRANSLITERATION for c in rest):
            return e
        if j >= 2 and freq.get(rest, 0) >= _REST_WORD:
            return e
        tok = idx.tokens[idx.at(nxt - 1)]
        if tok.end != nxt:
            continue  # a word runs on: not yet the name's end
        if chinese and not (text[nxt] in "《（“" or text.startswith(_SPEAKS, nxt) or _verb_at(doc, nxt)):
            return e
        if chinese and segmenter().pos.word_tag_tab.get(rest, "")[:1] in ("d", "p", "c", "b"):
            return e  # 刘某|总|喜欢, 刘某|按|流程: an adverb or preposition before the verb, not a given name's end
        if text[nxt] in _NAME_END_PUNCT or text.startswith(_NAME_FOLLOWERS, nxt) or (chinese and _verb_at(doc, nxt)):
            return nxt if not chinese or is_name(text[s:nxt], strict=False) else e
    return e


def _verb_at(doc: Doc, pos: int) -> bool:
    """Does a verb of two or more characters begin at ``pos`` (吴某|高|插嘴说, 梁某|之|提及)?"""
    idx = doc.token_index()
    tok = idx.tokens[idx.at(pos)] if idx.tokens and pos < len(doc.text) else None
    return tok is not None and tok.start == pos and len(tok.text) >= 2 and tok.pos.startswith("v")


def _name_end(text: str, m: re.Match[str]) -> int:
    """Where a name before a verb or title ends: before 为 in 以某某为代表 (a name is their representative)."""
    end = m.start()
    return end - 1 if m.group() == "代表" and text[end - 1 : end] == "为" else end


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
        if found[(s, e)][0] == "completed" and e - s >= 3 and transliterated(doc.text[s:e]):
            continue  # 主席因|凡|蒂诺: the first syllable of a transliteration, not the preposition
        if found[(s, e)][0] == "profile" and is_common_surname(doc.text[s]):
            continue  # 于某某：…: a profile's heading, where a line opens with a name and a colon
        tok = idx.tokens[idx.at(s)]
        tags = _POST_WORD_TAGS if found[(s, e)][0] == "post" else _WORD_TAGS
        if found[(s, e)][0] == "post" and not is_common_surname(doc.text[s]):
            tags = (*tags, "d")  # 成员|都参与: a rare surname that is an adverb here (主任常某: 常 is common)
        if tok.start == s and tok.end == s + 1 and tok.pos.startswith(tags):
            del found[(s, e)]



def _drop_titles_of_others(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Drop names after a title that follows another name the recogniser reads (某某主席|车队离机场): the title is
    that person's, written after his name, and what follows it is no name unless the recogniser reads one too.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("欢迎仪式结束后，韩立新主席车队离机场。", "Person"))
    ['韩立新']
    """
    guesses = [m for m in doc.candidates.get("ner", [])
               if m.label == "Person" and m.end - m.start >= 2 and not m.attrs.get("partial")]  # (俄|总统某某)
    ends = {m.end for m in guesses} | {e for (_, e), (rule, _) in found.items() if rule == "title after"}
    starts = {m.start for m in guesses}
    for s, e in list(found):
        if found[(s, e)][0] not in ("post", "title") or s in starts:
            continue
        title = title_before(doc.text, s)
        if title is not None and title[0] in ends:
            del found[(s, e)]


_LIST = re.compile(
    r"(?:[\u4e00-\u9fff·]{2,8}、){2,}[\u4e00-\u9fff·]{2,8}?"  # the last item ends at the first word after it
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
                if (first_e - n >= first_s and is_name(text[first_e - n : first_e])
                        and not _word_across(doc, first_e - n)):  # 作家|肖某: 家 ends a word, no surname
                    items[0] = (first_e - n, first_e)
                    break
            last_s, last_e = items[-1]
            if (last_e - last_s == 3 and _word_across(doc, last_e, _CUT_WORD) and is_name(text[last_s : last_e - 1])
                    and not _word_across(doc, last_e - 1)):
                items[-1] = (last_s, last_e - 1)  # …、刘某、闻某|参与采写: a word runs from the last character on
            if all(is_name(text[a:b]) for a, b in items) and not any(_place_name(text[a:b]) for a, b in items):
                for a, b in items:
                    found.setdefault((a, b), ("list", 1.3))
        for m in _AND_OTHERS.finditer(text, sent.start, sent.end):
            for n in (3, 2):
                a = m.start() - n
                if a >= sent.start and is_name(text[a : m.start()]) and not _word_across(doc, a):
                    found.setdefault((a, m.start()), ("list", 1.3))
                    break


#: The recogniser's probability above which its guess at a name anchors a list (某某某、某某参加).
_SURE_GUESS = 0.6


_LIST_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+")


def _in_place_list(doc: Doc, s: int, e: int, things: bool = False) -> bool:
    """Is ``[s, e)`` an item of a 、-list (or the last one, joined by 和, 及 or 与) another item of which is a
    division of China or a country, or (with ``things``) an ordinary word of the dictionary (微信、微博, 冠心病、帕金森,
    苹果、某某和某某某: a list of things)?"""
    text = doc.text
    sent = doc.sentence_at(s)
    if text[e : e + 1] != "、" and text[s - 1 : s] != "、":
        if text[s - 1 : s] not in ("和", "及", "与"):
            return False
        for m in _LIST_RUN.finditer(text, sent.start, s - 1):  # 微软、苹果和某某: the last item joined by 和
            if m.end() == s - 1:
                items = m.group().split("、")[1:]  # (the first chunk may hold words before the list)
                return any(_place_name(it) or (things and _thing_word(it)) for it in items)
        return False
    for m in _LIST_RUN.finditer(text, sent.start, sent.end):
        if m.start() <= s and e <= m.end():
            items, pos = [], m.start()
            for it in m.group().split("、"):
                if not pos <= s < pos + len(it):  # (not the item the span is in)
                    items.append(it.removesuffix("等"))
                pos += len(it) + 1
            return any(_place_name(it) or (things and _thing_word(it)) for it in items)
    return False


def _two_words(item: str) -> bool:
    """Is ``item`` four characters that make two dictionary words, neither a name (挖坑种树)?"""
    tags = segmenter().pos.word_tag_tab
    return len(item) == 4 and all(tags.get(h, "nr")[:2] not in ("nr", "ns", "nt", "nz") for h in (item[:2], item[2:]))


def _phrase_list(doc: Doc, s: int, e: int, names: set[str]) -> bool:
    """Is the guess ``[s, e)`` in a 、-list of phrases or things, not of names: two other items or more, none a
    name a rule found in the article (``names``) and not all of a name's shape (春赏花、夏某某、冬暖阳; 调结构、
    惠某|生、防风险; 吊兰、狼尾蕨、南某某、矾根)?"""
    text = doc.text
    sent = doc.sentence_at(s)
    for m in _LIST_RUN.finditer(text, sent.start, sent.end):
        if not (m.start() <= s and e <= m.end()):
            continue
        items, pos, own = [], m.start(), None
        for it in m.group().split("、"):
            if pos <= s < pos + len(it):
                own = (pos, pos + len(it))
            else:  # (the first chunk may hold words before a name: 中国队的|某某某)
                items.append(it.removesuffix("等") if pos > m.start() else it[-3:])
            pos += len(it) + 1
        if own is not None and own[1] - 4 < s and e == own[1] and items and all(map(_two_words, items)):
            return True  # 推某某田、挖坑种树: parallel phrases of two words each, the guess ends one of them
        if own is None or own[0] != s or len(items) < 2:
            return False  # (a guess inside the list's first chunk may follow words: 推选出陈某)
        return not any(it in names for it in items) and not all(is_name(it) or is_name(it[-2:]) for it in items)
    return False


#: Dictionary frequency of a list item that makes it a thing, not a person (微信, 糖尿病, 寿星).
_THING_ITEM = 50


def _thing_word(text: str) -> bool:
    """Is a list item an ordinary word of the dictionary, no name (微信, 糖尿病; not 李克强)?"""
    seg = segmenter()
    return (seg.tokenizer.FREQ.get(text, 0) >= _THING_ITEM and not seg.pos.word_tag_tab.get(text, "").startswith("nr")
            and not is_name(text, strict=False))


#: Least dictionary frequency of a word of three or more characters the dictionary tags as a place (腾格里,
#: 库布其沙漠) for a list holding it to list places.
_PLACE_WORD = 5


def _place_name(text: str) -> bool:
    """Is ``text`` a division of China, a country, or a longer word the dictionary knows as a place and no name's
    shape (孟津, 法国, 库布其沙漠; the dictionary tags some names so): a list holding one lists places?"""
    lx = lexicon()
    if text in lx.by_name or text in lx.countries:
        return True
    seg = segmenter()
    return (len(text) >= 3 and seg.pos.word_tag_tab.get(text, "").startswith("ns")
            and seg.tokenizer.FREQ.get(text, 0) >= _PLACE_WORD and not is_name(text, strict=False))


def _extend_lists(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Names listed with a known name (赵某、钱某、孙某等) are names too; a confident guess of the recogniser
    with a name's shape is known enough to anchor a list."""
    text = doc.text
    anchors = {m.span for m in doc.candidates.get("ner", []) if m.label == "Person" and m.end - m.start >= 2
               and m.attrs.get("prob", 0) >= _SURE_GUESS and is_name(m.text, strict=False)}
    changed = True
    while changed:
        changed = False
        for s, e in [*found, *(a for a in anchors if a not in found)]:
            if _in_place_list(doc, s, e):
                continue  # 某某渡、某某津、孟津: places, not names
            # right neighbour
            if e < len(text) and text.startswith(_LIST_SEP, e):
                sep = 1
                dotted = _MIDDOT_NAME.match(text, e + sep)
                if dotted:  # 某某、艾某更·依某某: a transliterated name, not a Chinese one cut from it
                    span = _middot_span(doc, *dotted.span())
                    if span[0] == e + sep and span not in found and not _dotted_words(text, *span):
                        found[span] = ("list", 1.2)
                        changed = True
                    continue
                nxt = best_name_at(text, e + sep)
                if (nxt is not None and nxt - e - sep == 3 and _word_across(doc, nxt, _COMMON_WORD)
                        and is_name(text[e + sep : nxt - 1])):
                    nxt -= 1  # 刘某、闻某|参与采写: a common word runs from the third character on
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
                    bounded = a == 0 or text[a - 1] in _BOUNDARY or text[a - 1] in "、的"  # (出生的|某某某、)
                    if is_name(cand, strict=length == 2) and bounded:
                        if (a, s - 1) not in found:
                            found[(a, s - 1)] = ("list", 1.2)
                            changed = True
                        break


#: Words that qualify a title, no names (荣休教授, 客座研究员, 名誉主席, 退休职工).
_QUALIFIERS = frozenset(("荣休", "退休", "离休", "客座", "名誉", "荣誉", "特聘", "终身", "资深", "首席", "兼职",
                         "特约", "访问", "常务", "执行", "高级", "助理", "特邀", "在读", "在职"))
#: Forms of address after a craft or trade (某厂的烧窑师傅): with 的 before, the word before them is no name.
_ADDRESS_AFTER = ("师傅", "师父", "老师傅")
#: The end of a list of bodies, not of people: 等14家跨国公司, 等多个企业, 等十所高校.
_BODY_LIST_END = re.compile(r"等(?:[0-9０-９一二三四五六七八九十百千两几多]+(?:家|所|个|种|款)"
                            r"|[\u4e00-\u9fff]{0,4}?(?:品种|产品|品牌|企业|公司|机构|高校|院校|项目|城市|地区)"
                            r"(?!领导|负责|代表|官员|人))")
#: One-character verbs that the segmenter glues to the end of a name (某某乘包机抵达, 某某致贺信, 某某赴京).
_GLUED_VERBS = frozenset("乘致赴抵")
#: Verbs after 在/从 X that make X a place where someone does something (某某在X会见, 从X乘坐游艇): a person
#: there would carry a title or a verb of speech of his own.
_PLACE_VERBS = ("会见", "会晤", "会谈", "出席", "乘坐", "乘", "前往", "出发", "举行", "召开", "访问", "考察", "抵达",
                "飞往", "启程", "转机", "登上")


def _drop_misreads(doc: Doc, found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Drop or cut spans the rules misread: a word that qualifies a title (荣休|教授),
    a craft before a form of address (瓷厂的|某某|师傅), items of a list of bodies
    (某某、某某等14家公司) or of parallel phrases (有某、有某、有某), a place after 在/从
    that follows a person and precedes a verb (某某在|X|会见), and a one-character
    verb glued to a name (某某|乘包机)."""
    text = doc.text
    idx = doc.token_index()
    for (s, e), (rule, score) in list(found.items()):
        if rule in ("byline", "author"):
            continue
        name = text[s:e]
        drop = name in _QUALIFIERS
        if not drop and text.startswith(_ADDRESS_AFTER, e) and text[s - 1 : s] == "的":
            drop = True  # 瓷厂的利某师傅: a trade and a form of address
        if not drop and rule == "list":
            drop = _listed_bodies_or_phrases(doc, s, e)
        if not drop and _place_before_verb(text, s, e) and s >= 2:
            at = s - 1
            when = _TIME_BEFORE.search(text, max(0, at - 8), at)
            if when:
                at = when.start()  # 某某11日|在X会见, 某某上午|在X出席: a time between the person and 在
            before = text[max(0, at - 5) : at]
            drop = any(pe == at for _, pe in found) or before.endswith(("他", "她", "他们", "她们"))
        if drop:
            del found[(s, e)]
            continue
        if "·" not in name and e - s >= 3:
            for i in range(s + 2, e):
                if text[i] in _GLUED_VERBS and doc.tokens:
                    tok = idx.tokens[idx.at(i)]
                    if tok.start == i and tok.pos.startswith("v") and (is_name(text[s:i]) or i - s >= 3):
                        del found[(s, e)]
                        found.setdefault((s, i), (rule, score))  # 李某乘|包机, 古某某致|贺信
                        break


#: A time written between a person and 在 (某某11日在…, 某某当天上午在…).
_TIME_BEFORE = re.compile(r"(?:[0-9０-９]{1,2}日|今天|昨天|当天|当日|近日|日前)?(?:上午|下午|晚上|晚间|凌晨|中午)?$")


def _place_before_verb(text: str, s: int, e: int) -> bool:
    """Does ``[s, e)`` stand between 在/从 and a verb of meeting or travelling (在某地会见, 从某地乘坐)?"""
    return text[s - 1 : s] in ("在", "从") and text.startswith(_PLACE_VERBS, e)


def _listed_bodies_or_phrases(doc: Doc, s: int, e: int) -> bool:
    """Is ``[s, e)`` an item of a 、-list that ends in 等 and a count of bodies (等14家跨国公司), or whose items
    all begin with the same character that is no common surname (有某、有某、有某: parallel phrases)?"""
    text = doc.text
    sent = doc.sentence_at(s)
    for m in _LIST_RUN.finditer(text, sent.start, sent.end):
        if not (m.start() <= s and e <= m.end()):
            continue
        last = m.start() + m.group().rfind("、") + 1
        end = text.find("等", last, m.end() + 1)
        if end != -1 and _BODY_LIST_END.match(text, end):
            return True
        items = [it.removesuffix("等") for it in m.group().split("、")]
        items[0] = items[0][-(e - s):] if m.start() < s else items[0]
        heads = {it[0] for it in items if it}
        return (len(items) >= 3 and len(heads) == 1 and len({len(it) for it in items}) == 1
                and not is_common_surname(next(iter(heads))))
    return False


#: Words after a repeated name that end it even when the segmenter joins them to its last character (某某顺|和).
_AFTER_REPEAT = ("和", "与", "及", "、", "等", "的", "在", "是", "说", "也", "还", "则", "就", "又", "却", "率")


def _repeat(doc: Doc, names: set[str], found: dict[tuple[int, int], tuple[str, float]]) -> None:
    """Every other occurrence of a found name, unless a dictionary word runs across it (提高明显 holds 高明);
    a word across its end is no bar when a word that follows names comes right after it (某某顺|和某某), or
    when it is a rare word, the segmenter's chance join (某某同|到)."""
    text = doc.text
    for name in names:
        if len(name) < 2:
            continue
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (pos, end) not in found and not _word_across(doc, pos) and (
                    not _word_across(doc, end, _CUT_WORD) or text.startswith(_AFTER_REPEAT, end)):
                dotted = _dotted_start(text, pos) if _follows_name(doc, end) else pos  # (某某·盖某|基金会: a body)
                found.setdefault((dotted, end), ("repeat", 1.3))
            pos = text.find(name, end)


def _dotted_start(text: str, pos: int) -> int:
    """Where a name repeated at ``pos`` starts: before its first part when it is the last part of a
    transliterated name written with a middle dot (某某夫·|某某维奇), else at ``pos``."""
    if text[pos - 1 : pos] != "·":
        return pos
    a = pos - 1
    while a > 0 and text[a - 1] in TRANSLITERATION and pos - 1 - a < 6:
        a -= 1
    return a if pos - 1 - a >= 2 else pos


#: Dictionary frequency of a word common enough to take a name's last character (来说, 正在; not 文说).
_COMMON_WORD = 1000


#: Titles and verbs that may follow a one-character last part of a transliterated name (…·汗总理, …·巴通电话).
_ONE_CHAR_LAST_TAIL = frozenset((*_AFTER_TITLES, *(w for w in SPEECH if len(w) >= 2), "通电话", "会谈", "通话",
                                 "举行", "出席", "访问", "抵达"))
#: Parts of speech that begin no part of a transliterated name (verbs, adverbs, conjunctions …).
_NOT_NAME_TAGS = ("v", "d", "c", "p", "u", "r")


#: Parts of speech of words that follow a transliterated name, not end it (verbs, adverbs, numbers, times …).
_TAIL_TAGS = (*_NOT_NAME_TAGS, "m", "t")
#: Dictionary frequency of such a word: rarer "words" are the segmenter's chance joins (施塔|登说).
_TAIL_WORD = 50
#: One-character verbs that follow a transliterated name (…史密斯|来华); other single characters may end one
#: of its syllables (艾合买|提, 马木|提).
_ONE_CHAR_TAIL = frozenset("说称来到去在对向将和与及")
#: Tags of phrases and of words that follow a name, not a syllable of it (…弗洛雷斯|兴趣十足, …罗尔杜金|抒情).
_PHRASE_TAGS = ("i", "l")
_PHRASE_WORD = 300


#: Dictionary frequency of a word before a verb of speech that makes it a word of its own (…加藤|撰文指出).
_SPEECH_LEAD_WORD = 100


def _before_speech(text: str, tok: Token) -> bool:
    """Is ``tok`` a common word, no name's syllable, right before a verb of speech (…|撰文指出, …|发文称)?"""
    return (len(tok.text) >= 2 and not tok.pos.startswith(("nr", "ns", "nz"))
            and segmenter().tokenizer.FREQ.get(tok.text, 0) >= _SPEECH_LEAD_WORD
            and text.startswith((*SPEECH, "称"), tok.end))


def _phrase_after(tok: Token) -> bool:
    """Is ``tok`` an idiom or set phrase, a four-character word, or a common two-character noun or adjective
    (…|迫不及待, …|高度评价, …|连续): no syllable of a transliterated name?"""
    if len(tok.text) < 2 or tok.pos.startswith(("nr", "ns", "nz")):
        return False
    if tok.pos.startswith(_PHRASE_TAGS) or len(tok.text) >= 4:
        return True
    return tok.pos in ("n", "a", "ad", "an", "vn") and segmenter().tokenizer.FREQ.get(tok.text, 0) >= _PHRASE_WORD


#: Dictionary frequency above any transliterated given name's (安娜, 阿里 stay below 1,000): a word this
#: frequent before the first middle dot is a word, whatever its tag (顾问).
_LEAD_WORD = 1500


def _dotted_words(text: str, start: int, end: int) -> bool:
    """Are words joined by the middle dot, not a transliterated name: a common word, then a place of China
    (“世界市长对话·敦煌”), a frequent verb or adverb (相连·美美), or a country's name on either side (逐梦巴西·中巴…,
    中国·某某)?"""
    seg = segmenter()
    first, last = text[start : text.find("·", start, end)], text[text.rfind("·", start, end) + 1 : end]
    countries = lexicon().countries
    if any(len(p) >= 2 and seg.tokenizer.FREQ.get(p, 0) >= _PLAIN_WORD
           and seg.pos.word_tag_tab.get(p, "") in ("v", "d", "a", "ad") for p in text[start:end].split("·")):
        return True  # 路路相连·美美与共: a slogan's verb or adverb, no syllables of a name
    return (seg.tokenizer.FREQ.get(first, 0) >= 100 and not seg.pos.word_tag_tab.get(first, "").startswith("nr")
            and last in lexicon().by_name) or first in countries or (
        last in countries and not (transliterated(first) and not seg.tokenizer.FREQ.get(first)))
    # (某某·某国: syllables of no word before a country's name make a person's name, not a slogan's place)


def _middot_span(doc: Doc, start: int, end: int, after_title: bool = False) -> tuple[int, int]:
    """A transliterated name (奥古斯丁·里奇) without the words the pattern took in around it:
    a verb after it (…里奇|指出), a phrase (…弗洛雷斯|兴趣十足, …哈雷|高度评价) and a common noun before it
    (市民|万达·兰迪), as the segmenter reads them; right ``after_title``, only a frequent word is cut from the
    front (瓜|达卢佩·安赫尔 stays whole).

    The first and last parts keep at least two characters.
    """
    text = doc.text
    first_dot, last_dot = text.index("·", start, end), text.rindex("·", start, end)
    idx = doc.token_index()
    freq = segmenter().tokenizer.FREQ
    k = idx.at(last_dot + 1)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        tok = idx.tokens[k]
        one = len(tok.text) == 1  # 艾合买|提, 沙瓦本|米: one character may end a syllable, unless a function word
        if tok.start >= last_dot + 3 and (
                (tok.pos.startswith(_TAIL_TAGS) and freq.get(tok.text, 0) >= _TAIL_WORD
                 and (not one or tok.pos.startswith(_NOT_NAME_TAGS[1:]) or tok.text in _ONE_CHAR_TAIL))
                or tok.text in _AFTER_TITLES or _phrase_after(tok) or _before_speech(text, tok)
                or (len(tok.text) == 2 and tok.text[1] == "道" and tok.pos.startswith("v"))):  # …|赞道, …|问道
            end = tok.start  # …里奇|指出, …鲍姆|多次, …杜尔|总统 (not a rare chance word: …施塔|登说)
            break
        if tok.start == last_dot + 2 and len(tok.text) >= 2 and tok.text in _ONE_CHAR_LAST_TAIL:
            end = tok.start  # 伊姆兰·汗|总理, 阿马杜·巴|通电话: a one-character last part, then a title or verb
            break
        k += 1
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].end <= first_dot - 2:
        tok = idx.tokens[k]
        f = freq.get(tok.text, 0)
        if after_title:  # 妻子|原名|叫某某·某某, but 市民|瓜达卢佩 and 秘书长|祖拉布 stay whole
            cut = (f >= _LEAD_WORD or (f >= _PHRASE_WORD and tok.pos in ("n", "a"))
                   or tok.pos.startswith(_NOT_NAME_TAGS)) if len(tok.text) >= 2 else (
                tok.pos.startswith(_NOT_NAME_TAGS) and f >= _LEAD_WORD)
        else:
            cut = f >= _LEAD_WORD or tok.pos in ("n", "a") or tok.pos.startswith(_NOT_NAME_TAGS)
        if tok.start == start and cut:
            start = tok.end  # 市民|万达·兰迪, 协调员|梅利莎·加兰蒂, 顾问|安德鲁·罗布 (顾问 tagged a name)
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


def _word_holds(doc: Doc, start: int, end: int) -> bool:
    """Does the word running across ``end`` begin at or before ``start`` (成员国 holds the title 成员; 焊|工程
    runs into 焊工 only by its last character)?"""
    idx = doc.token_index()
    return bool(idx.tokens) and idx.tokens[idx.at(end)].start <= start


def _crossed(doc: Doc, start: int, end: int) -> bool:
    """Does a dictionary word (not a name) run across either end of ``[start, end)``?"""
    return _word_across(doc, start) or _word_across(doc, end)


# -- what a person span cannot be -------------------------------------------------------------------

#: After a name, what makes it the name of a thing: a ship, train, crew or satellite (“雷锋号”, 某某一号), a doctrine
#: (…主义, …思想, …理论, …新时代中国特色社会主义思想), a laboratory or workshop named after its head (某某院士实验室,
#: 某某劳模创新工作室, 某某技能大师工作室).
_THING_AFTER = re.compile(r"[”」』]?[一二三四五六七八九十]{0,3}号(?![召称令])|主义|新时代中国特色社会主义"
                          r"|思想(?![上中])|理论(?![上])"
                          r"|(?:院士|教授|专家|博士|技能大师|大师|劳模创新|劳模|职工创新|创新)?(?:实验室|工作站|工作室)")
#: Words that follow an organisation, armed group or country, not a person (X官员, X下属, X武装).
_GROUP_AFTER = ("官员", "下属", "武装", "方面", "当局", "政府", "部队", "军队", "组织", "成员", "领导人",
                "发言人", "分子", "势力")
#: Heads of the names of firms after their short names (某米科技, 某某集团, 某某股份): a name written so twice is a
#: firm's.
_FIRM_AFTER = ("科技", "集团", "公司", "股份", "控股", "电器", "电子", "药业", "实业", "有限", "银行")


#: Nouns for firms that a country's name qualifies before a firm's name (瑞典企业某某, 美国车企某某, 日本公司某某).
_FIRM_NOUNS = ("企业", "公司", "集团", "车企", "药企", "厂商", "品牌", "巨头", "银行", "航企", "船企")


def _foreign_firm_before(text: str, pos: int) -> bool:
    """Do a country's name and a noun for firms stand right before ``pos`` (瑞典企业|某某, 美国科技巨头|某某)? People
    are written after their own firm's name or their title, not after a country's kind of firm."""
    for noun in _FIRM_NOUNS:
        if text.endswith(noun, 0, pos):
            head = text[max(0, pos - len(noun) - 6) : pos - len(noun)]
            return any(head.endswith(c) or head.endswith(c + "科技") or head.endswith(c + "电信")
                       for c in lexicon().countries if len(c) >= 2)
    return False


def _occurrences(text: str, name: str) -> list[int]:
    """Offsets of every occurrence of ``name`` in ``text``."""
    out, pos = [], text.find(name)
    while pos != -1:
        out.append(pos)
        pos = text.find(name, pos + 1)
    return out


#: Heads of the names of movements, parties and armed groups, whose short names follow them in brackets.
_GROUP_HEADS = ("运动", "组织", "阵线", "联盟", "党", "武装", "集团", "公司", "协会", "联合会", "委员会")
#: Words that follow a place (X以北, X附近, X一带), as whole tokens.
_PLACE_AFTER = frozenset(("以北", "以南", "以东", "以西", "附近", "境内", "一带", "地区", "方向", "沿线",
                          "工业区", "路", "街", "大街", "大道", "港", "南郊", "北郊", "东郊", "西郊", "郊区", "市区",
                          "城区", "两地", "三地", "各地", "街道", "社区", "小区"))
#: A list of places ends in 等 and a word for places (哈某、顿某等地区, 等多个方向, 等中心城市); 等国家 would be
#: 等|国家领导人.
_PLACE_LIST_END = re.compile(r"(?:、[\u4e00-\u9fff·]{2,8}?)*等"
                             r"(?:(?:多个|多)?(?:地(?![方区])|方向)|(?:多个|多|[\u4e00-\u9fff]{1,3}?)?(?:地区|城市|省份)|国(?!家))")


def not_a_person_here(doc: Doc, start: int, end: int) -> bool:
    """Is ``[start, end)`` a name used for something else: inside a work's title (《某某元帅》), or the name of
    a ship, crew or doctrine (“某某号”, 某某主义)? The guidelines count no person there.

    Examples
    --------
    >>> from tests.helpers import analyse
    >>> d = analyse("《彭德怀元帅》热播。")
    >>> s = d.text.index("彭德怀")
    >>> not_a_person_here(d, s, s + 3)
    True
    """
    text = doc.text
    if _THING_AFTER.match(text, end):
        return True
    sent = doc.sentence_at(start)
    opened = text.rfind("《", sent.start, start)
    return opened > text.rfind("》", sent.start, start) and text.find("》", end, sent.end) != -1


#: Conjunctions that are surnames too (和, 与): a guess that begins with one right after a word joins two things.
_CONJUNCTIONS = frozenset("和与及跟")


#: Rules too weak to stand against a sign that the name is an organisation's or a place's (某某称 vs 某某武装).
_WEAK_RULES = ("speech", "repeat", "list", "title after", "profile")


def doubtful_persons(doc: Doc, persons: list[Mention], guesses: set[int]) -> set[int]:
    """Indices of person candidates to drop; ``guesses`` are the indices of the statistical guesses (``ner``).

    A name some occurrence of which is an organisation, armed group, place or country (see
    :func:`_names_group_or_place`) goes everywhere in the article (胡某武装 … 胡某称), as a guess or from a weak rule.
    A guess goes too when it is part of a longer name written at that place (扎|某某 where 扎某某 is a
    name); when a dictionary word runs across either end of it (冬小|麦田管); or when it is an ordinary word
    (玉石, 胡同, 幸福感) that no title, verb of speech or list announces as a name.
    """
    places = {name for name in {m.text for m in persons} if _names_group_or_place(doc, name)}
    spans = {m.span for m in persons}
    names = {m.text for m in persons if m.end - m.start >= 2 and not any(c.isdigit() for c in m.text)}
    names |= {p for n in names if "·" in n for p in (n.split("·")[0], n.split("·")[-1]) if len(p) >= 3}
    place_ends = {m.end for m in doc.candidates.get("district", [])}
    orgs = [m for ms in doc.candidates.values() for m in ms if m.label in ("Organization", "TradeUnion")]
    places |= {m.text for m in persons if _abbreviates(m, orgs)}
    ruled = {m.text for i, m in enumerate(persons) if i not in guesses}
    ruled_spans = frozenset(m.span for i, m in enumerate(persons) if i not in guesses and m.text not in places)
    out = set()
    for i, m in enumerate(persons):
        weak = i in guesses or m.attrs.get("rule") in _WEAK_RULES
        if (m.text in places and weak) or (i in guesses and (_doubtful(doc, m, spans, names, place_ends, ruled_spans)
                                                              or _org_short_name(doc.text, m, orgs)
                                                              or (_phrase_list(doc, m.start, m.end, ruled)
                                                                  and not _announced(doc, m.start, m.end, set())))):
            out.add(i)
    return out


def _abbreviates(m: Mention, orgs: list[Mention]) -> bool:
    """Is ``m`` the abbreviation of an organisation named before it: three characters or more taken in order from
    its name and not written together there, the last the first of its head word (某某民生联盟 … 某民联呼吁)?"""
    if len(m.text) < 3 or "·" in m.text:
        return False
    for o in orgs:
        head = o.attrs.get("head")
        if o.end > m.start or not head or m.text in o.text or not o.text.endswith(head) or m.text[-1] != head[0]:
            continue
        at = 0
        for c in m.text[:-1]:
            at = o.text.find(c, at) + 1
            if not at or at > len(o.text) - len(head):
                break
        else:
            return True
    return False


def _org_short_name(text: str, m: Mention, orgs: list[Mention]) -> bool:
    """Is a guess the head of an organisation's name the article writes elsewhere, with the two characters after
    it here too (某某能源 in 新疆某某能源工程股份有限公司 … “某某能源经验丰富”)?"""
    head = text[m.start : m.end + 2]
    if (len(head) < m.end - m.start + 2 or not all(c.isalpha() for c in head)
            or text.startswith((*SPEECH, *AFTER_NAME), m.end)):
        return False  # (某某|会见…: a verb follows, whatever organisation a guess of the recogniser read there)
    return any(head in o.text and not (o.start <= m.start < o.end) for o in orgs)


def _names_group_or_place(doc: Doc, name: str) -> bool:
    """Is ``name``, somewhere in the article, an organisation or place (某某官员, 某某）下属, 某某以北,
    某某、某某等地区), or a country's name, or a transliteration ending like a place or group (某某旅, 某军)?"""
    if name in lexicon().countries or (not surname_len(name) and "·" not in name and name[-1] in _PLACE_ENDINGS):
        return True
    text = doc.text
    idx = doc.token_index()
    if sum(text.startswith(_FIRM_AFTER, p + len(name)) for p in _occurrences(text, name)) >= 2:
        return True  # 某米科技 … 某米科技 … 某米认为: a firm's short name, written twice with its head at least
    if any(_foreign_firm_before(text, p) for p in _occurrences(text, name)):
        return True  # 瑞典企业某某: a country's firm, named after the kind of body it is
    pos = text.find(name)
    while pos != -1:
        e = pos + len(name)
        after = e + 1 if text[e : e + 1] in ("）", ")") else e  # 某某运动（某某）下属
        if text.startswith(_GROUP_AFTER, after) or _PLACE_LIST_END.match(text, e) or _DATELINE_AFTER.match(text, e):
            return True  # (本报某国某地10月11日电: the place of a dateline)
        if text[pos - 1 : pos] in ("（", "(") and text[e : e + 1] in ("）", ")") and (
                text.endswith(_GROUP_HEADS, 0, pos - 1)
                or any(o.end == pos - 1 for ms in doc.candidates.values() for o in ms
                       if o.label in ("Organization", "TradeUnion"))):
            return True  # 某某抵抗运动（某某）: the short name of the body named before the brackets
        k = idx.at(e) if doc.tokens else -1
        if 0 <= k < len(idx.tokens) and idx.tokens[k].start == e and idx.tokens[k].text in _PLACE_AFTER:
            return True
        pos = text.find(name, e)
    return False


#: The date of a dateline right after a place (本报某地10月11日电, 新华社某地5日电).
_DATELINE_AFTER = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[电讯](?![贺唁告复])")
#: Last characters of places and groups, not of transliterated names (某某旅, 某军, 某某堡).
_PLACE_ENDINGS = frozenset("省市区县镇乡村街路局厅处院校委组队团室馆宫场园厂矿司社报网店业军旅党派国州岛湾城堡舰艇")
#: Last characters of a guess that make it a place, body or clan (郭村, 易某社, 维修班, 郑氏, 普惠型; villages, bridges,
#: tombs, mansions, lakes and temples: 某庄, 某某桥, 某某陵, 某某府, 某某湖, 某某庙) unless a title
#: announces it (总理欧尔班); 路, 业, 科, 园 … end given names too (张某路, 刘某业, 俞某园).
_BODY_ENDINGS = frozenset("省市区县镇乡村局厅处院校委组队团班室馆宫场厂矿司会社报台网店氏舰艇式型段话庄桥陵府湖庙寺")
#: Words before a place in a country (以色列南部某地, 某国境内某地).
_REGION_BEFORE = ("南部", "北部", "东部", "西部", "中部", "东南部", "西南部", "东北部", "西北部", "境内", "首都")


def _doubtful(doc: Doc, m: Mention, spans: set[tuple[int, int]], names: set[str], place_ends: set[int],
              ruled: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Is a guess no person here: part of a longer name, no name's shape, right after a place, a body's
    name, named after, cut by a word, a unit after an amount, or an unannounced word?"""
    text = doc.text
    s, e = m.start, m.end
    if e - s < 2 or m.attrs.get("partial"):
        return False  # a surname alone, a doctrine's name: mentions without nodes, ner decides
    if any(c.isdigit() for c in m.text):
        return True  # 王某4|日: a date's digit glued to the name (the name alone is completed, see person)
    for name in names:
        if len(name) > e - s and m.text in name:
            at = name.find(m.text)
            while at != -1:
                if text.startswith(name, s - at):
                    return True  # 扎|某某: the guess is part of a longer name written here
                at = name.find(m.text, at + 1)
    if (_not_a_name(doc, m.text, s) or ("·" in m.text and _dotted_words(text, s, e))
            or ("·" not in m.text and dictionary_compound(m.text, _GUESS_COMPOUND))):  # 宿舍|楼, 芦苇|荡, listed or not
        return True
    title = title_before(text, s)
    if (title is not None and any(pe == title[0] and pe - ps >= 2 for ps, pe in ruled)
            and not _announced(doc, s, e, spans) and not _repeated_alone(text, m.text, s)):
        return True  # 习某主席|访尼: the title is that of the name before it (``ruled``), nothing announces the guess
    if s in place_ends and not _announced(doc, s, e, spans):
        return True  # 浙江|某某山: right after a place, a place's name (a person would have a title)
    if ("·" not in m.text and m.text[-1] in _BODY_ENDINGS and not _known_name(m.text)
            and not _announced(doc, s, e, set())):  # (a list is no announcement here: 陈列室、某某诗碑墙)
        return True  # 郭村, 易某社, 维修班: a place, body or clan, unless a title announces a name (副主任李镇)
    idx = doc.token_index()
    k = idx.at(e) if doc.tokens else -1
    if ((0 <= k < len(idx.tokens) and idx.tokens[k].start == e and idx.tokens[k].text in _named_after_heads())
            or text.startswith(_ZONE_HEADS, e)):
        return True  # 某某楼, 某某机场, 某某工业城: a building or place named after a person or a place
    if _word_across_guess(idx, s, e, s) and text[s - 1] not in _BEFORE_CHARS and title_before(text, s) is None:
        return True  # (对王|某 may be one token, and 乡长|葛某: 对 and a title still stand before a name)
    if _word_across_guess(idx, s, e, e) and not text.startswith(AFTER_NAME, e):
        return True  # (王某|某和: 和 still follows the name)
    if (any(_THING_COUNT.search(text, max(0, p - 6), p) for p in _occurrences(text, m.text))
            and not _announced(doc, s, e, spans)):
        return True  # 有一座|某某山, 一辆红色|某某车: counted as a thing or place (persons: 位, 名, 个)
    if _ERA_YEAR.match(text, e) and not _announced(doc, s, e, spans):
        return True  # 宋某某元年: a dynasty and an era's name, then its year
    if text[s - 1 : s].isdigit() or text[s - 1 : s] in _AMOUNT_CHARS:
        return True  # 26.8某某, 2.6万某某: a currency or unit after a number
    if _QUANTITY.match(text, e):
        return True  # 江砂6000吨: a thing and its quantity (a name is followed by a date: 王某3日)
    if "·" not in m.text and any(text.startswith(h, e) and (len(h) >= 2 or not surname_len(m.text))
                                 for h in _THING_HEADS):
        return True  # 埃博拉病毒, 某某啤酒, 某某世锦赛: a disease, product or contest (李某|病 may be ill)
    if _in_place_list(doc, s, e, things=True) and not _announced(doc, s, e, set()):
        return True  # 某某渡、孟津等: a list holding a county or country lists places; 微信、某某: things
    if "·" not in m.text and transliterated(m.text) and title_before(text, s) is None and any(
            transliterated(text[s - k : s]) and title_before(text, s - k) is not None for k in (1, 2, 3) if s > k):
        return True  # 发言人扎|某某娃: the tail of a transliterated name that a title announces
    if "·" not in m.text and transliterated(m.text) and _cut_before_tail(text, e):
        return True  # 阿某杜拉|希扬15日表示: more syllables follow the guess before a date or a verb of speech
    if (_tail_of_quoted(text, s, e) and not segmenter().tokenizer.FREQ.get(m.text)
            and not _announced(doc, s, e, set())):
        return True  # “老年某某某”: the tail of a quoted term
    if ((text[e : e + 1] in ("-", "－") and is_cjk(text[e + 1 : e + 2]))
            or (text[s - 1 : s] in ("-", "－") and is_cjk(text[s - 2 : s - 1]))):
        return True  # 某某-某某: a part of a hyphenated name (of a person or a place), not the whole
    if m.text.endswith("方言"):
        return True  # 康方言: a dialect
    if (m.text[0] in _CONJUNCTIONS and is_cjk(text[s - 1 : s] or "，") and "·" not in m.text
            and not _announced(doc, s, e, set())):
        return True  # 网站和|某博: a conjunction joins the guess to the word before it, no surname
    if "·" in m.text and all(p in lexicon().by_name or p in lexicon().countries for p in m.text.split("·")):
        return True  # （龙岩·上杭）: two places joined by a middle dot
    if "·" in m.text and _dotted_name_of_thing(doc, m.text, spans):
        return True  # 某某·某某太阳望远镜: a telescope, ship or fund named after a person, never the person here
    if (text.endswith(_REGION_BEFORE, 0, s) or text.endswith(tuple(r + "的" for r in _REGION_BEFORE), 0, s)
            or any(text.endswith(c, 0, s) for c in lexicon().countries if len(c) >= 2)
            or _place_before_verb(text, s, e)) and not _announced(doc, s, e, set()):
        return True  # 以色列|某地, 南部|某地, 从|某地|乘坐: a place where a person would carry a title
    if _listed_bodies_or_phrases(doc, s, e):
        return True  # 某某、某某等台湾高优品种: a list of things
    if _opens_quoted_name(text, s, e):
        return True  # “某某米行”: the head of a quoted name of a shop, brand or thing
    if text.endswith(_CHARACTER_OF, 0, s) and not _announced(doc, s, e, set()):
        return True  # 《某某》中的某某: a character of a play or novel, no person
    return (_ordinary_word(m.text) or _quoted(text, s, e) or _unlikely(m)) and not _announced(doc, s, e, spans)


def _repeated_alone(text: str, name: str, s: int) -> bool:
    """Is ``name`` written again elsewhere in ``text``, after punctuation or a line's start (…。某某说)?"""
    return any(p != s and (p == 0 or text[p - 1] in _BOUNDARY) for p in _occurrences(text, name))


#: A number or demonstrative and a classifier of things and places right before a guess (一座, 这辆, 两部): no person.
_THING_COUNT = re.compile(r"[一两二三四五六七八九十几数每这那该][座条家所辆台件艘架栋幢株棵本部首块间]"
                          r"(?:[\u4e00-\u9fff]{1,2}色的?)?$")
#: The first year of an era after a guess (某某元年): the guess is an era's name (with its dynasty), no person.
_ERA_YEAR = re.compile(r"元年")


#: What stands before a character of a work: 《某某》中的某某, 《某某》里的某某.
_CHARACTER_OF = ("》中的", "》里的", "》中", "》里")
#: An amount with a unit of weight, length, area, money or count, right after a guess: the guess is a thing.
_QUANTITY = re.compile(r"[0-9０-９.]+(?:万|亿)?(?:吨|公斤|千克|斤|米|公里|平方米|亩|公顷|元|美元|件|台|辆|头|只|株"
                       r"|棵|箱|袋|立方米|升)")
#: Heads of the names of towns and zones built by a place (某某工业城, 某某新城, 某某工业园).
_ZONE_HEADS = ("工业城", "经济城", "科技城", "科学城", "新城", "工业园", "产业园", "经济区", "自贸区", "开发区")
#: Words after a transliteration that make it the name of a disease, drink or contest, not of a person
#: (埃博拉病毒, 兰比克啤酒, 惠斯勒世锦赛); people's names are followed by titles or verbs instead.
_THING_HEADS = ("病毒", "病", "啤酒", "葡萄酒", "酒庄", "世锦赛", "锦标赛", "公开赛", "大奖赛", "大师赛",
                "分站赛", "站比赛", "综合征", "效应", "定律", "疫苗", "牌", "品牌", "风格", "王朝", "高铁", "铁路",
                "高速", "城际", "空军基地", "海军基地", "军事基地", "基地")


#: Parts of speech of a word that makes a dotted name the modifier of a thing's name (某某·某某|太阳|望远镜).
_THING_NOUN_TAGS = ("n", "nz", "ng", "vn")


def _dotted_name_of_thing(doc: Doc, name: str, spans: set[tuple[int, int]]) -> bool:
    """Is a dotted guess (a foreign full name) written only as the first part of a thing's name: every time
    directly before a noun that is no title nor a word that follows persons, and never announced by a title or a
    verb of speech or a list with other persons (``spans``) (某某·某某太阳望远镜 three times; 巴尔扎克、某某·某某作品
    is a list)? A person's full name is introduced once at least, by a title or as a speaker; things named after
    people (telescopes, ships, funds, prizes) are not.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("公告称，约翰·格雷夫太阳望远镜拍到首批照片。据介绍，约翰·格雷夫太阳望远镜坐落于山顶。",
    ...              "Person"))
    []
    """
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens:
        return False
    lx = lexicon()
    pos = text.find(name)
    seen = False
    while pos != -1:
        e = pos + len(name)
        if _announced(doc, pos, e, spans) or e >= len(text):
            return False
        k = idx.at(e)
        tok = idx.tokens[k]
        if (tok.start != e or len(tok.text) < 2 or not tok.pos.startswith(_THING_NOUN_TAGS) or tok.text[0] == "所"
                or tok.text in lx.titles or tok.text in ADDRESS_WORDS or text.startswith(_GROUP_AFTER, e)):
            return False  # (某某·某某所称的: 所称 is no noun of a thing)
        nxt = idx.tokens[k + 1] if k + 1 < len(idx.tokens) else None
        if tok.text not in _named_after_heads() and not (
                nxt is not None and nxt.start == tok.end and nxt.pos.startswith(_THING_NOUN_TAGS)):
            return False  # a thing's name: a compound of nouns (某某·某某|太阳|望远镜) or a head (某某·某某|大学)
        seen = True
        pos = text.find(name, e)
    return seen


def _cut_before_tail(text: str, e: int) -> bool:
    """Do one to three more syllables of a transliteration follow ``e`` and then a date's digit or a verb of
    speech (某某|希扬15日表示, 某某|菲思12日): the name goes on past ``e``."""
    k = e
    while k < e + 3 and text[k : k + 1] and text[k] in TRANSLITERATION:
        k += 1
    return e < k and (text[k : k + 1].isdigit() or text.startswith(SPEECH, k))


def _tail_of_quoted(text: str, s: int, e: int) -> bool:
    """Does the guess end a short quoted term that begins with other words (“老年某某某”, “数字某某”)? (Only
    guesses the dictionary does not know: “明星某某某” may quote a known name.)"""
    if text[e : e + 1] not in ("”", "」", "’"):
        return False
    q = max(text.rfind(o, max(0, s - 5), s) for o in ("“", "「", "‘"))
    return q != -1 and 0 < s - q - 1 <= 4 and all(is_cjk(c) for c in text[q + 1 : s])


def _opens_quoted_name(text: str, s: int, e: int) -> bool:
    """Does the guess open a quoted name that goes on after it, within a few characters and without
    punctuation (“某某米行”, “某某号”)?"""
    if text[s - 1 : s] not in ("“", "「", "‘"):
        return False
    close = {"“": "”", "「": "」", "‘": "’"}[text[s - 1]]
    rest = text[e : e + 6]
    end = rest.find(close)
    return end > 0 and not any(c in _BOUNDARY for c in rest[:end])


#: Least dictionary frequency of a three-character guess that is a compound (芦苇|荡, 安居|房: rare words, still
#: words; names the dictionary knows are as rare, 严家淦, but seldom split into a word and a character).
_GUESS_COMPOUND = 3
#: Characters of amounts that a unit, not a name, follows (亿, 万, 元).
_AMOUNT_CHARS = frozenset("亿万千百元")
#: The recogniser's probability below which a guess that is a dictionary word needs a title, a verb of speech
#: or a list to stand (家属安抚, 黎明在风中, 帮着张罗: words the dictionary knows, not names). Higher, more such
#: words go, and more names that lone sentences (MSRA) write without a title (0.50: MSRA persons F1 0.872).
_WEAK_GUESS = 0.45


def _quoted(text: str, s: int, e: int) -> bool:
    """Does the guess stand alone in quotation marks (“某某”反导系统, 台风“某某”): a thing's name?"""
    return text[s - 1 : s] in ("“", "‘", "「") and text[e : e + 1] in ("”", "’", "」")


def _unlikely(m: Mention) -> bool:
    """Is a guess a dictionary word that the recogniser itself is unsure of (安抚, 胡萝卜)?"""
    return ("·" not in m.text and m.attrs.get("prob", 1.0) < _WEAK_GUESS
            and segmenter().tokenizer.FREQ.get(m.text, 0) >= 5)


#: Words a guess may be that are no names: a title of royalty or address (安德鲁王子 holds 王子).
_HONORIFICS = frozenset(("王子", "公主", "国王", "王后", "女王", "亲王", "夫人", "太太", "小姐", "女士", "先生"))
#: Words that make the last character of a two-character guess a side or force of a country (莫方, 乌军).
_SIDE = ("方", "军", "媒")


#: Function words and verbs of speech that no given name holds (a guess holding one reads across a word:
#: 周某说, 朱在尼); fewer than :data:`NON_NAME_CHARS`, which also refuses characters some given names have (会, 本; and
#: 其, 从, 向, 更 as in 何其芳, 沈从文).
_FUNCTION_GIVEN = frozenset("的了在是及等对把被说也都就还而但并所这那们着该此每各某即虽且或"
                            "啊吗呢吧呀嘛哦哈没很最让给跟到去")


def _not_a_name(doc: Doc, name: str, start: int) -> bool:
    """Is a guess's text no personal name: a form of address (张女士, 老某, 王子), a slogan (常学常新), a
    function word glued to a name (和某某), or a country's side (莫方 where 莫桑比克 is named)?"""
    text = doc.text
    if name in _HONORIFICS or name in ADDRESS_WORDS or (len(name) in (3, 4) and name[0] == name[2]):
        return True  # 常思常明, 常悟常: a slogan's repeated character, not a name
    if "·" not in name and len(name) >= 2 and name[-1] == "氏" and surname_len(name[-2]):
        return True  # 考刘氏: a married woman named by her husband's and her own surnames, no full name
    if len(name) == 2 and name[0] == name[1]:
        return True  # 殷殷, 默默: a doubled adverb (a pet name, 丹丹, has no full name either)
    k = surname_len(name)
    if k and (name[k:] in ADDRESS_WORDS or name[k:] in lexicon().titles or set(name[k:]) == {"某"}):
        return True  # 李校长, 刘某: a surname and a title, or a name withheld (no full name)
    if k and len(name) <= 4 and not transliterated(name) and any(c in _FUNCTION_GIVEN for c in name[k:]):
        return True  # 周某说, 朱在尼: a function word or verb where a given name stands (not in 阿布都拉 …)
    if len(name) == 2 and ((name[0] in "老小" and surname_len(name[1:])) or (surname_len(name) and name[1] in "氏老")):
        return True  # 老彭, 小窦, 蔡氏, 董老: a surname and a form of address (小林 alone is a Japanese surname only)
    if len(name) == 2 and name[0] == "小" and not surname_len(name[1]):
        return True  # 小芳: a pet name or a pseudonym, no full name (小叶丹, 阿东 are names as written)
    if (len(name) >= 3 and name[0] in _FUNCTION_CHARS and text[start - 1 : start].isalpha()
            and (is_name(name[1:], strict=False) or _written_alone(text, name[1:], name[0]))):
        return True  # 国家主席和某某总书记: after a word, 和 joins (a sentence may begin with the surname 和)
    side = len(name) == 2 or (len(name) == 3 and _function_char(name[2]))  # 马方|愿: a side, then a verb
    if side and name[1] in _SIDE:  # 莫方, 乌军: a country named in the article, by its first character
        return (any(c[0] == name[0] and len(c) >= 2 and c in text for c in lexicon().countries)
                or any(t.text[0] == name[0] and len(t.text) >= 3 and t.pos == "ns" for t in doc.tokens))
    return False


def _function_char(ch: str) -> bool:
    """Is ``ch`` on its own a verb, adverb, preposition or conjunction (愿, 将, 对, 同)?"""
    return segmenter().pos.word_tag_tab.get(ch, "")[:1] in ("v", "d", "p", "c")


def _known_name(name: str) -> bool:
    """Does the dictionary know ``name`` as a person's name (鲁班, whatever its last character)?"""
    seg = segmenter()
    if len(name) == 3 and seg.tokenizer.FREQ.get(name[:2], 0) >= 100:
        return False  # 陈列|室: a word and a head, whatever the dictionary's tag
    return seg.pos.word_tag_tab.get(name, "").startswith("nr") and seg.tokenizer.FREQ.get(name, 0) >= 20


def _written_alone(text: str, name: str, before: str) -> bool:
    """Is ``name`` written somewhere in ``text`` without ``before`` right in front of it?"""
    pos = text.find(name)
    while pos != -1:
        if text[pos - 1 : pos] != before:
            return True
        pos = text.find(name, pos + 1)
    return False


#: Function words that are also surnames (和, 与, 同): before a name they are the word, not the surname.
_FUNCTION_CHARS = frozenset("和与及同从对把被将让给为以跟向在")


@functools.cache
def _named_after_heads() -> frozenset[str]:
    """Head words of the names of places and bodies that may be named after a person (某某机场, 某某楼,
    某某纪念馆, 某某中学): a guess right before one is part of that name."""
    heads = {h for h, (cls, _) in lexicon().suffixes.items() if cls == "Venue" or len(h) >= 2}
    return frozenset(heads | {"楼", "大楼", "号楼", "记", "街", "路", "大道", "杯", "奖", "号"})


#: Dictionary frequency of a word that a guess may not cut (冬小麦, 连斯基; not jieba's chance joins such as 睿和).
_CUT_WORD = 10


def _word_across_guess(idx, s: int, e: int, offset: int) -> bool:
    """Does a dictionary word run across ``offset`` (an end of the guess ``[s, e)``), other than one holding the
    whole guess (学雷锋 holds 雷锋)?"""
    if not idx.tokens:
        return False
    tok = idx.tokens[idx.at(offset)]
    if not tok.start < offset < tok.end or (tok.start <= s and e <= tok.end):
        return False
    return segmenter().tokenizer.FREQ.get(tok.text, 0) >= _CUT_WORD


#: Dictionary frequency above which a two-character word the dictionary tags as a name is still a word
#: (玉石, 胡同; names as frequent as 李某 stay below it).
_FREQUENT_WORD = 1000


def _ordinary_word(name: str) -> bool:
    """Is a would-be name an ordinary word: a very frequent two-character word (玉石, 胡同), one the
    dictionary tags as no name, or three characters that split into words (幸福|感)?"""
    seg = segmenter()
    freq = seg.tokenizer.FREQ.get(name, 0)
    tag = seg.pos.word_tag_tab.get(name, "")
    if len(name) == 2:
        return freq >= _FREQUENT_WORD or (freq >= 3 and not tag.startswith("nr"))
    if len(name) != 3 or surname_len(name) != 1:
        return False
    if dictionary_compound(name):
        return True  # 陈列|室, 古|建筑: a compound of the dictionary
    head = name[:2]  # 幸福|感, 安全|法: the "surname" and first given character are a word of their own
    return seg.tokenizer.FREQ.get(head, 0) >= _FREQUENT_WORD and not seg.pos.word_tag_tab.get(head, "").startswith("nr")


#: Verbs that follow a person (besides verbs of speech), and titles after a name (某某总理).
_AFTER_WORDS = ("参加", "获得", "荣获", "当选", "担任", *_AFTER_TITLES)


def _announced(doc: Doc, s: int, e: int, persons: set[tuple[int, int]]) -> bool:
    """Is the span announced as a name: a title or role word before it, a verb of speech after it,
    or another person next to it in a list (郑某、常青等)?"""
    text = doc.text
    title = title_before(text, s)
    if title is not None and any(pe == title[0] for _, pe in persons):
        title = None  # 习某主席|访尼: the title follows another person, it is his
    if title is not None or text.startswith(SPEECH, e) or text.startswith(_AFTER_WORDS, e):
        return True
    if s > 0 and text[s - 1] in "、和与及" and any(pe == s - 1 for _, pe in persons):
        return True
    return e < len(text) and text[e] in "、和与及" and any(ps == e + 1 for ps, _ in persons)
