"""Honours: 全国劳动模范, 首都劳动奖章, 北京大工匠 …, and regional forms (浙江省劳动模范, 上海工匠)."""

from __future__ import annotations

import functools
import re

from kg.extract.names import best_name_at
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["honour", "honour_regex"]

#: Regional honours: a province or city name, then one of these.
_REGIONAL = ("劳动模范", "劳模", "先进工作者", "五一劳动奖章", "五一劳动奖状", "五一劳动奖", "大工匠", "工匠")
_GENERIC_OK = re.compile(r"(?:荣获|获得|获评|被授予|授予|被评为|评为|当选|荣膺|年度?)“?$")
_YEAR_BEFORE = re.compile(
    r"(?:((?:19|20)\d\d)年度?|(今年|去年|前年)度?)(?:荣获|获得|获评|被授予|被评为|当选|的)?“?$"
)
#: An honour's name used as a modifier (北京工匠宣言, 劳模精神) is no honour held.
_MODIFIER_AFTER = ("宣言", "倡议", "精神", "论坛", "学院", "培训", "评选", "选树", "大赛", "文化", "风采", "事迹")


@functools.cache
def honour_regex() -> re.Pattern[str]:
    lx = lexicon()
    places = sorted(
        {n for n, divs in lx.by_name.items() if divs[0].level in ("province", "prefecture") and len(n) >= 2},
        key=len,
        reverse=True,
    )
    regional = f"(?P<place>{'|'.join(map(re.escape, places))})(?P<kind>{'|'.join(_REGIONAL)})"
    known = "|".join(map(re.escape, sorted(lx.honours, key=len, reverse=True)))
    return re.compile(f"(?P<known>{known})|{regional}")


def canonical_honour(m: re.Match[str]) -> tuple[str, str]:
    """Canonical name and usual conferring body of a matched honour."""
    lx = lexicon()
    if m.group("known"):
        h = lx.honours[m.group("known")]
        return h.name, "、".join(h.conferred_by)
    place, kind = m.group("place"), m.group("kind")
    d = lx.division(place)
    full = d.name if d else place
    if kind == "劳模":
        kind = "劳动模范"
    if full == "北京市" and kind in ("五一劳动奖章", "五一劳动奖状"):
        return "首都劳动奖章" if kind.endswith("章") else "首都劳动奖状", "北京市总工会"
    return full + kind, ""


#: Verbs and labels that confer honours; what follows them is a list of honours.
GOT = re.compile(
    r"(?:先后|曾|多次|分别|还|均|并|已)?(?:荣获|获得|获评|获授|被授予|授予|被评为|评为|当选为|当选|入选|荣膺|喜获|摘得)"
    r"|(?:所获荣誉|获得荣誉|主要荣誉|曾获荣誉|荣誉称号)[：:]"
)
#: What honours end in (…奖章, …模范, …工匠, …年度人物): the heads of the honour grammar.
_HONOUR_HEADS = ("奖章", "奖状", "大奖", "二等奖", "一等奖", "三等奖", "特等奖", "金奖", "奖", "模范", "劳模", "工匠",
                 "能手", "标兵", "先锋号", "年度人物", "十大人物", "人物", "红旗手", "楷模", "先进工作者", "共产党员",
                 "科技工作者", "技师", "金牌工人", "先进个人", "先进集体")
_ITEM = re.compile(
    r"“?((?:[\u4e00-\u9fff0-9]|“[\u4e00-\u9fff]{2,8}”){2,18}?)”?(?:荣誉称号|称号|荣誉)?(?=[、，。；和及]|等(?![奖劳功])|(?<=”)“|$)"
)
#: A year inside an honour's name (感动中国2023年度人物) is no part of the honour.
_INNER_YEAR = re.compile(r"(?<=[\u4e00-\u9fff”])(?:19|20)\d\d(?=年度)")


def honour_name(item: str) -> str:
    """An honour's name without quotes and without a year inside it.

    >>> honour_name("感动中国2023年度人物")
    '感动中国年度人物'
    """
    return _INNER_YEAR.sub("", item.replace("“", "").replace("”", ""))


#: A list closed as honours: …等荣誉称号, …等多个称号, …等奖项.
_CLOSED = re.compile(r"”?等(?:多个|多项|\d+项|[一二两三四五六七八九十]+项)?(?:荣誉称号|荣誉|称号|奖项|殊荣)")


def _listed_honours(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Honours listed after a conferral verb or label: 先后获得全国劳动模范、全国五一劳动奖章等荣誉.

    An item is an honour when it ends like one (…奖章, …模范) or is a known honour; in a list
    closed by 等…称号 (荣获甲、乙、丙等多个称号) every item is.
    """
    lx = lexicon()
    items = []
    pos = start + 1 if text.startswith("了", start) else start  # 获得了…
    closed = False
    while pos < end:
        m = _ITEM.match(text, pos, end)
        if not m:
            break
        a, b = m.span(1)
        item = m.group(1)
        if item.startswith("的"):
            break  # 当选的10名…: who, not what
        year = re.match(r"(?:19|20)\d\d年度?", item)
        if year:
            a += year.end()
            item = item[year.end():]
        items.append((a, b, honour_name(item)))
        pos = m.end()
        if _CLOSED.match(text, pos, end):
            closed = True
            break
        if pos < end and text[pos] in "、和及":
            pos += 1
        elif not (text.startswith("“", pos) and text[pos - 1] == "”"):  # “甲”“乙”等荣誉称号
            break
    out = []
    for a, b, item in items:
        if len(item) < 3 or not (closed or item.endswith(_HONOUR_HEADS) or item in lx.honours):
            break
        out.append((a, b, item))
    return out


def _year_of(text: str, start: int, year: int | None) -> int | None:
    y = _YEAR_BEFORE.search(text, max(0, start - 10), start)
    if y and y.group(1):
        return int(y.group(1))
    if y and year:
        return year + {"今年": 0, "去年": -1, "前年": -2}[y.group(2)]
    return None


@extractor("honour", assigns=["candidates:Honour"])
def honour(doc: Doc) -> list[Mention]:
    """Honour titles, canonicalised, with the year when written just before them (2023年, 今年)."""
    text = doc.text
    year = doc.context.get("year")
    out = []
    lx = lexicon()
    for sent in doc.sentences:
        for g in GOT.finditer(text, sent.start, sent.end):
            for a, b, item in _listed_honours(text, g.end(), sent.end):
                known = lx.honours.get(item)
                attrs: dict = {"conferred_by": "", "listed": True, "year": _year_of(text, a, year)}
                out.append(Mention("Honour", a, b, text[a:b], "honour", name=known.name if known else item,
                                   score=1.3, attrs=attrs))
    for m in honour_regex().finditer(text):
        name, body = canonical_honour(m)
        known = lx.honours.get(m.group("known") or "")
        generic = known is not None and not known.conferred_by
        if generic and not _GENERIC_OK.search(text, max(0, m.start() - 6), m.start()):
            # 劳模, 五一劳动奖章 without a level: an honour only where someone holds it
            held = best_name_at(text, m.end()) is not None or text.startswith(("获得者", "称号"), m.end())
            if not held:
                continue
        attrs: dict = {"conferred_by": body}
        if text.startswith(_MODIFIER_AFTER, m.end()):
            continue
        y = _YEAR_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if y:
            if y.group(1):
                attrs["year"] = int(y.group(1))
            elif year:
                attrs["year"] = year + {"今年": 0, "去年": -1, "前年": -2}[y.group(2)]
        end = m.end() + 3 if text.startswith("获得者", m.end()) else m.end()  # 首都劳动奖章获得者、某: a title
        out.append(Mention("Honour", m.start(), end, text[m.start() : end], "honour", name=name, score=1.3,
                           attrs=attrs))
    return out
