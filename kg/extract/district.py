"""Administrative divisions: districts and counties (怀柔区, 怀柔), cities (杭州市) and provinces, with GB/T 2260 codes.

Full names are found anywhere, unless a longer dictionary word holds them (示范县 is no 范县, 黄浦江
no 黄浦). A district's short form (怀柔 for 怀柔区) counts on a page of its own city, after the city's
name (北京怀柔), or before words that only follow places (怀柔工会, 延庆职工); a county's short form
elsewhere only after its province or city (河北内丘, 黄冈武穴), once the article has named it in full
(临夏县 … 临夏将…), in a list counted as counties (石首、公安和华容三县), or alone when the dictionary knows it
as a rare place name only and the article names its province or city or speaks of counties (浙江 … 桐庐茶农), since
short county names are often plain words. A short name that several
divisions share is the one named in full in the article, else the one after its own province or city,
else the prefecture-level city (岳阳 is 岳阳市, not 岳阳县). A county-level city's short name counts as a
county's does (湖南韶山 → 韶山市). Development zones a city names after itself (成都高新区, 南昌经开区)
are Districts as written, zones governed at district level.
"""

from __future__ import annotations

import functools
import re

from kg.lexicon import Division, lexicon
from kg.registry import extractor
from kg.scan import Found, Wordlist
from kg.segment import segmenter
from kg.types import Doc, Mention

__all__ = ["LABELS", "district"]

#: Ontology class of each division level.
LABELS = {"county": "District", "zone": "District", "prefecture": "City", "province": "Province"}
#: Words after a short district name that show it is the place (怀柔工会, 延庆职工).
_PLACE_FOLLOWERS = ("区", "工会", "总工会", "职工", "县", "籍", "境内", "地区", "辖区", "全区", "当地")
#: Full county names that are also ordinary words (城区, 郊区 …): only after their city.
_WORDLIKE = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "新区", "市中区", "城中区", "城关区", "新城区",
             "老城区", "解放区"}
#: Dictionary frequency above which a short name is an ordinary word (资源, 公安), whatever the article named.
_COMMON_SHORT = 300
#: Places listed and then counted as counties (湖北石首、公安和湖南华容三县, 甲、乙等县): each is a county.
_COUNTY_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和与及]){1,8}[\u4e00-\u9fff]{2,6}?"
                          r"(?:[两二三四五六七八九十]+个?|等)(?:县区|县市|市县|县|区|旗)(?![域块间位段级城内舰])")
#: Levels from the most to the least specific, to choose among namesakes.
_LEVEL_ORDER = {"county": 0, "zone": 0, "prefecture": 1, "province": 2}


@functools.cache
def _names() -> Wordlist:
    return Wordlist(lexicon().by_name)


def _city_code(doc: Doc) -> str | None:
    city = doc.context.get("city")
    if not city:
        return None
    d = lexicon().division(city)
    return d.code[:4] if d else None


def _after_parent(text: str, start: int, d: Division) -> bool:
    """Is the name at ``start`` written right after the name of its city or province (河北内丘)?"""
    lx = lexicon()
    before = text[max(0, start - 6) : start]
    parents = [p for p in (lx.parent(d), lx.province_of(d)) if p is not None and p.code != d.code]
    return any(before.endswith((p.name, *p.short)) for p in parents)


def _accept(doc: Doc, d: Division, name: str, start: int, end: int, city: str | None, named: set[str]) -> bool:
    text = doc.text
    full = name == d.name
    after_parent = _after_parent(text, start, d)
    if name in _WORDLIKE:
        return after_parent
    if full and len(name) == 2 and not after_parent and (_slogan(doc, start) or _function_stem(doc, start)):
        return False  # 旅游兴县: a noun and a verb on the county; 镇上和县里: 和 joins 镇 and 县, no county 和县
    if full or (d.is_district and len(name) >= 3 and name.endswith(("县", "旗"))):
        return True  # 峨边县, 土左旗: a short form that keeps its 县 or 旗 is as plain as the full name
    if d.level in ("province", "prefecture"):
        return (len(name) >= 2 and not text.startswith(("区", "县"), end)) or d.level == "province"
    if after_parent:
        return True
    if d.code in named and not _common_word(name):
        return True  # 临夏县 … 临夏将: the article named the county in full
    in_city = city is not None and d.code.startswith(city)
    if in_city and len(name) >= 2:
        return True
    if _place_word(doc, d, name, start, end):
        return True  # 义乌外资经营主体, 汶川抗震救灾: a county's short name the dictionary knows as a place only
    return text.startswith(_PLACE_FOLLOWERS, end) and d.parent[:2] in ("11", "12", "31", "50")


#: Parts of speech of a one-character county stem that may be a verb or adjective (兴, 富), and of the noun
#: before it in a slogan (旅游|兴县, 科技|兴县: "make the county prosper by tourism").
_STEM_VERB_TAGS, _SLOGAN_NOUN_TAGS = ("v", "a"), ("n", "vn", "nz", "an")


def _slogan(doc: Doc, start: int) -> bool:
    """Is a two-character county name (兴县) the end of a slogan: a noun, then its stem as a verb (旅游兴县)?"""
    if not doc.tokens or start == 0:
        return False
    seg = segmenter()
    if not seg.pos.word_tag_tab.get(doc.text[start], "").startswith(_STEM_VERB_TAGS):
        return False
    idx = doc.token_index()
    before = idx.tokens[idx.at(start - 1)]
    return before.end == start and len(before.text) >= 2 and before.pos.startswith(_SLOGAN_NOUN_TAGS)


def _function_stem(doc: Doc, start: int) -> bool:
    """Is the stem of a two-character county name (和县) a conjunction or preposition, after a word (镇上|和|县里)?"""
    tag = segmenter().pos.word_tag_tab.get(doc.text[start], "")
    return tag.startswith(("c", "p")) and start > 0 and doc.text[start - 1].isalpha()


#: Dictionary frequency of a county's short name below which a place name of the dictionary is that county alone
#: (义乌, 汶川); more frequent ones are also landmarks, regions or words (平原, 江南, 三峡, 庐山).
_RARE_PLACE = 300


def _place_word(doc: Doc, d: Division, name: str, start: int, end: int) -> bool:
    """Is ``name`` the short name of a county or county-level city (not a city's district), written alone, that no
    other division shares and the dictionary knows as a rare place name, in an article that names the county's
    city or province or speaks of counties in that sentence (四川 … 汶川地震; 义乌 … 全国县级市)? A city's districts
    (武昌, 江汉) are also its quarters or regions and need their city; a name before a village, town or street
    (灵山村, 紫阳街道) or after another place (某区鄱阳村) names that smaller place.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("浙江开放型经济发展迅速。今天，义乌外资经营主体突破1万户。", "District"))
    ['义乌市']
    """
    if len(name) < 2 or not d.name.endswith(("县", "旗", "市")) or len(lexicon().by_name.get(name, [])) != 1:
        return False
    seg = segmenter()
    if (not seg.pos.word_tag_tab.get(name, "").startswith(("ns", "nz"))
            or seg.tokenizer.FREQ.get(name, 0) >= _RARE_PLACE or not doc.tokens):
        return False
    text = doc.text
    if (name[-1] in _PLACE_ENDS or text[end : end + 1] in _SMALLER_PLACES or text[start - 1 : start] in _PLACE_ENDS
            or text[end : end + 1] in ("了", "着", "过")):
        return False  # (固镇: a town's name; 进一步淳化了: a verb)
    idx = doc.token_index()
    k = idx.at(start)
    tok = idx.tokens[k]
    if not (tok.start == start and tok.end == end) or (k > 0 and idx.tokens[k - 1].pos.startswith("d")):
        return False
    if k + 1 < len(idx.tokens) and idx.tokens[k + 1].text[-1] in _SMALLER_PLACES and idx.tokens[k + 1].start == end:
        return False  # 大田|洼村: the first word of a village's name
    listed = [t for t in (idx.tokens[k - 2] if k >= 2 and text[start - 1 : start] == "、" else None,
                          idx.tokens[k + 2] if k + 2 < len(idx.tokens) and text[end : end + 1] == "、" else None) if t]
    if listed and not any(t.text in lexicon().by_name for t in listed):
        return False  # 杨树、榆树、柳树: a list of things, not of places
    lx = lexicon()
    sent = doc.sentence_at(start)
    if any(w in text[sent.start : sent.end] for w in ("县", "旗", "县级市")):
        return True
    parents = [p for p in (lx.parent(d), lx.province_of(d)) if p is not None and p.code != d.code]
    return any(n in text for p in parents for n in (p.name, *p.short) if len(n) >= 2)


#: Heads of places smaller than a county (灵山村, 紫阳街道, 双河镇, 莱阳路, 思南公馆, 嫩江流域, 某某口): a short name
#: before one names that place, or a river.
_SMALLER_PLACES = frozenset("村镇乡街路巷道社里湾港园窑庄屯寨公流江河湖山口")
#: Last characters of places before a short name that then names a smaller place (禅城区鄱阳村, 吉林市临江街道).
_PLACE_ENDS = frozenset("省市区县镇乡村")


def _common_word(name: str) -> bool:
    """Is a short name an ordinary word of the dictionary (资源, 公安), not a place name?"""
    seg = segmenter()
    return seg.tokenizer.FREQ.get(name, 0) >= _COMMON_SHORT and not seg.pos.word_tag_tab.get(name, "").startswith("ns")


def _inside_word(doc: Doc, start: int, end: int, full: bool) -> bool:
    """Does a dictionary word hold the name and more: 示范县 (范县), 黄浦江 (黄浦), 祁连山 (祁连)?

    A word that begins with a full name's last character is no bar (深泽县|城, 怀柔区|委).
    """
    if not doc.tokens:
        return False
    idx = doc.token_index()
    freq = segmenter().tokenizer.FREQ
    names = lexicon().by_name
    tok = idx.tokens[idx.at(start)]
    if tok.start < start < tok.end and freq.get(tok.text, 0) and doc.text[tok.start : start] not in names:
        return True  # (上海浦东 is one word: two places)
    tok = idx.tokens[idx.at(end - 1)]
    return (tok.start < end < tok.end and freq.get(tok.text, 0) > 0 and not (full and tok.start == end - 1)
            and doc.text[end : tok.end] not in names)


def _choose(doc: Doc, name: str, start: int, city: str | None, named: set[str]) -> Division | None:
    """The division a name means here, among its namesakes."""
    lx = lexicon()
    found = lx.by_name.get(name, [])
    if len(found) <= 1:
        return found[0] if found else None
    if any(d.name == name for d in found):  # a full name: the namesakes are other full names (朝阳区)
        after = [d for d in found if _after_parent(doc.text, start, d)]
        return after[0] if after else lx.division(name, near=city[:2] if city else None)
    for d in found:
        if d.code in named:
            return d
    if city is not None:
        for d in found:
            if d.code.startswith(city):
                return d
    pool = [d for d in found if _after_parent(doc.text, start, d)] or found
    higher = [d for d in pool if d.level in ("prefecture", "province")]
    if higher:
        return max(higher, key=lambda d: _LEVEL_ORDER[d.level])  # 湖南岳阳华容县: 岳阳 is the city
    return pool[0] if len(pool) < len(found) else lx.division(name, near=city[:2] if city else None)


@extractor("district", assigns=["candidates:District", "candidates:City", "candidates:Province"])
def district(doc: Doc) -> list[Mention]:
    """Districts, counties, cities and provinces, full names and checked short forms."""
    lx = lexicon()
    city = _city_code(doc)
    out = []
    text = doc.text
    matches: list[Found] = [f for f in _names().finditer(text)
                            if not _inside_word(doc, f.start, f.end, any(d.name == f.word for d in lx.by_name[f.word]))]
    named = {d.code for f in matches for d in lx.by_name[f.word] if d.name == f.word and f.word not in _WORDLIKE}
    listed = [m.span() for m in _COUNTY_LIST.finditer(text)]
    for start, end, name in matches:
        d = _choose(doc, name, start, city, named)
        in_list = any(a <= start and end <= b for a, b in listed)
        if in_list and d is not None and not d.is_district:
            d = next((c for c in lx.by_name[name] if c.is_district), d)  # 石首、公安和华容三县: counties
        if d is None or not (_accept(doc, d, name, start, end, city, named) or (in_list and d.is_district)):
            continue
        parent = lx.parent(d)
        municipality = parent is not None and d.level == "prefecture" and parent.name == d.name
        if municipality:
            d = parent  # 北京市 the city is 北京市 the province (GB/T 2260 lists both): one place, 110000
        # 杭州 in 杭州市 is the city; a short name glued to 区/县 is part of a longer full name
        attrs = {"code": d.code, "level": d.level, "short": name != d.name}
        if d.is_district and _organ_after(doc, end):
            attrs["organ"] = True  # 某县环境保护和林业局: the county names an organ, not a place (see select)
        out.append(Mention("City" if municipality else LABELS[d.level], start, end, name, "district", name=d.name,
                           score=1.2, attrs=attrs))
    out += _city_zones(doc, {(m.start, m.end) for m in out})
    return out


#: The development zones a city names after itself (成都高新区, 南昌经开区, 武汉经济技术开发区): national or
#: city-run high-tech and economic-technological development zones, governed at district level under the city.
_CITY_ZONE = re.compile(r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区)")


def _city_zones(doc: Doc, taken: set[tuple[int, int]]) -> list[Mention]:
    """Development zones named by their prefecture-level city or municipality (成都高新区, 苏州市高新区): Districts
    as written (a zone in ``kg/data/zones.tsv``, 北京经济技术开发区, is found by name), unless the name stands
    before one of the zone's organs only (某某高新区管委会)."""
    lx = lexicon()
    text = doc.text
    out = []
    for m in _CITY_ZONE.finditer(text):
        for n in (5, 4, 3, 2):
            a = m.start() - n
            city = text[a : m.start()].removesuffix("市")
            found = lx.by_name.get(city, []) if a >= 0 else []
            if any(d.level == "prefecture" or d.code in ("110000", "120000", "310000", "500000") for d in found):
                name = city + m.group()
                if name in lx.by_name or any(a <= s < m.end() for s, _ in taken if s > a):
                    break  # (北京经开区: a zone of zones.tsv, found by name)
                attrs = {"level": "city-zone", "short": False, "organ": True} if _organ_after(doc, m.end()) else {
                    "level": "city-zone", "short": False}
                out.append(Mention("District", a, m.end(), text[a : m.end()], "district", name=name, score=1.25,
                                   attrs=attrs))
                break
    return out


#: Parts of speech of the words between a place and the head of an organisation it names (某县|环境保护|和|林业局;
#: set phrases too: 某区|规划|和|自然资源|局).
_ORGAN_INNER = ("n", "nz", "vn", "j", "b", "c", "nt", "l")


def _organ_after(doc: Doc, end: int) -> bool:
    """Does the name of a Party or state organ follow a place directly: a word ending in an organ's head (局,
    检察院, 人民政府 …) within three nouns (某县|检察院, 某县|环境保护|和|林业局)?"""
    if not doc.tokens:
        return False
    heads = _ORGAN_HEADS
    idx = doc.token_index()
    k = idx.at(end)
    for tok in idx.tokens[k : k + 4]:
        if tok.start < end:
            return False
        if tok.text.endswith(heads):
            return True
        if not tok.pos.startswith(_ORGAN_INNER):
            return False
    return False


#: Heads of the names of Party and state organs (kg/data/suffixes.tsv has them among other heads): a county
#: written before one names the organ's level, not a place (某县检察院, 某县林业局); a company, school or
#: hospital named after its county still places it there.
_ORGAN_HEADS = ("人民政府", "政府", "党委", "党组", "党工委", "纪委", "监委", "区委", "市委", "县委", "旗委", "政协",
                "人民法院", "人民检察院", "法院", "检察院", "公安局", "派出所", "宣传部", "组织部", "统战部",
                "办公厅", "办公室", "人大常委会", "常务委员会", "委员会", "局", "厅", "署", "委")
