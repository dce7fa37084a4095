"""Venues: named places where things happen or that people visit (纪念馆, 文化宫, 学院（…校区）).

Sources:

- names with a place head word (…纪念馆, …广场, …职工之家) and a proper part, checked: a count
  before it (5家…基地) or an event's name in it (冬奥会场馆) makes a kind, a verb ends it;
- names with a place head word right after a place cue (在, 走进, 抵达, 参观甲、乙), whose words
  jieba may not know (在青禾街道户外劳动者服务站, 走进青石岭矿工纪念馆);
- known national venues (kg/data/venues.tsv);
- wells, vessels and stations named by number or place (某探1井, “某某2”号科考船, 峨眉山站);
- organisations the text uses as a place (在北京市政务服务中心开讲, 参观…研究院, 。在某某医院，…,
  某某分厂地处…);
- companies, schools, laboratories, farms, shops, offices and embassies named right after a verb of visiting
  or in a list after one (到甲集团、乙公司, 考察了甲、乙和丙实验室, 走进“某某”店), where the name ends its
  item (not 来到中国某某院院士…家中, 参观甲、乙等企业的展台), or after 在 that sets the scene or holds an
  event (。在某某机关，…, 在中国驻某国大使馆举行): also organisations;
- stations listed before N个站 or 等站 (北京南、天津西、廊坊等6个站: 北京南站 …);
- streets: a place word and 路/街 standing alone after a cue or a division (沿某某路、某某东街);
- organisations only the statistical recogniser found, ending in a head of grounds (来到某某战区总医院), by the
  same checks as the rules' organisations; a family's compound (某家大院);
- a paragraph that opens on a place, alone or after a time (清晨，某县某某小学。): where the scene is set;
- after a cue, halls, gardens and complexes whose head the head words list only in longer words (走进中国某某馆,
  在某某大学校史馆举行, 在某山某某园, 来到某某国际商贸城), names jieba knows as one word with their head
  (到|某某大学实地考察), registered companies whatever their words (前往某某带钢有限公司), names jieba reads
  as numbers (六叠堆博物馆), and two places joined by a dash (考察了甲—乙经济合作区);
- context first: X in 在 X 举行 (召开, 开幕 …) or after a verb of visiting (来到 X，, 参观甲、乙), ending in a place's
  head word (or, where an event is held, an organisation's), when X reads as a name though jieba joins the head into
  a longer word or cuts a verb into it (哈瓦那某某革命宫, 某某独立广场).

Museums, libraries and archives named only as the owners of pieces (来自某某博物馆的珍宝, 甲、乙博物馆收藏的…) make
none; set phrases (康庄大道) make none; a city before a street (北京|某某胡同) and a foreign country before a name the
text also writes alone only place it (the canonical name drops them); a short name after the full one
(某某国遗址 after 某某国上京某某府遗址) is the same place.

A place's name that begins a longer one (某某公园管理处, 某某花园社区, 某某寺店), sits inside a title (《某某古城》),
spans two places (某馆位于某寺) or is cut inside brackets makes none; nor does a word for a kind of place (清真寺),
nor a place named as what is to be built (加快某某合作区建设). A place named with the site of its building is the place
(某某大桥施工现场 → 某某大桥), a station after its line is named alone (某某城际铁路|某某站), and a country before its
city only places the name (某国|某城某某音乐厅).

A name starts after a phrase that places or classes it (伊朗南部城市|某某港, 项目|某某园, 丰台区建设|…,
民营高新技术企业|某某公司), after a province when it stands alone (河北|某某陵园), after a foreign city
when the text also writes the name alone (巴黎|某某宫 … 某某宫), and takes in a quoted word that begins it
(“某某湾”青创基地); a nickname in quotes, a kind (大型…基地, 全国…基地, 亚运场馆, 美军基地, 最大港口),
a function word (测控站, 建站, 办税大厅) and a body that speaks (某宫发言人) make none.

A visit in the past cues a place too (考察过的某某有限公司); a noun jieba hardly knows is a name's own word
before the head of a university or a registered company (抵达某某大学). A heading sets no scene (某某基地，激发…
as a subhead); a place that only says whom someone works for (是一名某某救助站巡护员) and common words jieba
tags as a person's name before a site (金银花种植基地, 高叶酸玉米基地) make none.
"""

from __future__ import annotations

import functools
import re

from kg.extract.names import is_name
from kg.extract.phrases import (
    GENERIC,
    NAME_STARTS,
    ORG_VERBS,
    PROPER_TAGS,
    STOP_WORDS,
    has_proper_part,
    head_matches,
    named_phrases,
    paren_after,
    trim_left,
)
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.scan import Wordlist
from kg.segment import segmenter
from kg.types import Doc, Mention, Relation

__all__ = ["venue"]

#: Verbs of visiting: what follows them in the clause (a list 甲、乙、丙 too) is a place.
_VISIT = re.compile(r"前往|来到|走进|参观|参访|走访|抵达|考察|调研|视察|探访")
#: 在/于 make a place only with an event verb after the name (在…举行, not 在…教授的引导下).
_AT = re.compile(r"(?:在|于)$")
_EVENT_VERBS = ("举行", "举办", "召开", "开幕", "开讲", "开班", "闭幕", "启动", "揭牌", "落幕", "进行", "开展", "隆重",
                "开赛", "开课", "开办", "上演", "展出", "拉开帷幕", "正式开", "考察", "调研", "视察", "参观", "察看",
                "走访", "会见", "会谈", "会晤", "接见", "签署")
#: Heads of organisations that are also buildings or grounds (医院, 学校, 公司, 中心 …).
_PLACE_ORG_HEADS = ("医院", "卫生院", "大学", "学院", "学校", "中学", "小学", "幼儿园", "党校", "研究院", "研究所",
                    "中心", "公司", "工厂", "厂", "矿", "煤矿", "油田", "电厂")
#: Words after a place that speak of its inside or grounds (在某某医院内, 在某某公司车间里).
_INSIDE = ("内", "里", "院内", "门口", "门前", "大门", "大厅", "车间", "厂区", "校园", "院区", "园区", "病房", "会议室",
           "报告厅", "礼堂", "操场", "考点", "考场")
#: The site or front line of what is done at a place (在某某医院抗疫一线, 在某某公司采矿现场).
_ON_SITE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:现场|一线)[，。里上中]")
#: Rooms and grounds of a place named after 的 (在某某大学的实验室, 在某某公司的车间): the place is where it happens.
_ROOMS = ("实验室", "车间", "教室", "病房", "会议室", "工地", "展厅", "操场", "校园", "厂区", "门口", "大厅", "食堂",
          "宿舍", "生产线", "办公室", "礼堂", "报告厅")
#: A room or ground of a place visited, named after 的 (走进某某公司的生产车间, 来到某某大学的实验室).
_ROOM_OF = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + "|".join(_ROOMS) + r"|厂房|展厅|陈列室)(?=[，。、；里内和])")
_CLAUSE_MARKS = "，。；：！？\n"
_CLAUSE_END = re.compile(r"[，。；！？\n]")
#: Verbs after a name that say it is a place (龙沼风电场位于…).
_PLACE_VERBS = ("位于", "坐落", "地处", "始建于", "建成于", "占地")


def _locative(doc: Doc, start: int, end: int, head: str = "") -> bool:
    """Is the name at ``[start, end)`` used as a place: 在…举行, or visited (参观甲、乙、丙)?

    A hospital, school, company or centre is a place too where the text sets a scene in it
    (。在某某医院，护士们…) or speaks of its inside (在某某公司车间里).
    """
    text = doc.text
    if _AT.search(text, max(0, start - 1), start):
        if text.startswith(_EVENT_VERBS, end):
            return True
        if head.endswith(_PLACE_ORG_HEADS) and (
            text.startswith(_INSIDE, end) or (text.startswith("的", end) and text.startswith(_ROOMS, end + 1))
            or _ON_SITE.match(text, end) is not None
            or (end < len(text) and text[end] == "，" and (start < 2 or text[start - 2] in _CLAUSE_MARKS))
        ):
            return True
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    before = text[clause:start]
    verbs = list(_VISIT.finditer(before))
    if not verbs:
        return False
    between = before[verbs[-1].end() :]
    return all(len(part) <= 24 for part in between.split("、")) and _ends_item(doc, end)


#: What may follow a place visited: a pause or list mark, its inside, or what is done there
#: (来到某某公司，, 走进某某医院看望…), not a noun it qualifies (来到中国某某院院士…家中).
_ITEM_END = "，。、；：！？\n）和及与等"
_LIST_OF_OWNERS = re.compile(r"(?:、[^，。；：！？、]{1,24})*(?:等|和|及)[^，。；：！？、]{0,10}的")
_AFTER_VISIT = ("看望", "慰问", "了解", "察看", "听取", "调研", "考察", "参观", "观看", "检查", "指导", "座谈", "交流",
                "视察", "走访", "实地", "时", "期间", "后", "居民", "村民", "住户")  # (来到某某小区居民某某家中)


def _ends_item(doc: Doc, end: int) -> bool:
    """Does a name visited end its item (来到甲，, 参观甲、乙, 前往甲接受治疗) rather than qualify a noun
    (来到中国某某院院士…家中, 来到某公司的前身…, 考察了某公司阿姆斯特丹总部)?"""
    text = doc.text
    if _LIST_OF_OWNERS.match(text, end):
        return False  # 参观甲、乙等企业的展台: the list says whose stands are visited
    if end >= len(text) or text[end] in _ITEM_END or text.startswith(_INSIDE, end) \
            or text.startswith(_AFTER_VISIT, end) or text.startswith(_EVENT_VERBS, end):
        return True
    if text.startswith("的", end) and _ROOM_OF.match(text, end + 1):
        return True  # 走进某某公司的生产车间: its rooms are where the visit goes
    idx = doc.token_index()
    k = idx.at(end)
    nxt = idx.tokens[k] if k < len(idx.tokens) and idx.tokens[k].start == end else None
    return nxt is not None and nxt.pos[:1] in ("v", "p", "d", "c", "f", "a", "t")


def _held_at(text: str, start: int, end: int) -> bool:
    """在…举行, or a place described as one (…位于, …坐落在)."""
    if text.startswith(_PLACE_VERBS, end) or text.startswith(("内，", "里，", "内的", "里的", "门口", "门前"), end):
        return True  # 位于…, …内: a place
    return bool(_AT.search(text, max(0, start - 1), start)) and text.startswith(_EVENT_VERBS, end)


def _rare_word_in(doc: Doc, start: int, end: int) -> bool:
    """Does the span hold a word jieba hardly knows: a sign of a proper name (桃源湾, 青石岭)?"""
    freq = segmenter().tokenizer.FREQ
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        if freq.get(idx.tokens[k].text, 0) < 50:
            return True
        k += 1
    return False


#: Words right before a place: 在/于 and the verbs of going to or visiting (走进青禾公园, 抵达某某机场).
_CUE = re.compile(r"(?:在|于|走进|来到|前往|参观|参访|抵达|到达|赶赴|奔赴|走访|考察|深入|回到|赶到|入驻|进入|步入|走入"
                  r"|落户)$")
#: jieba tags that cannot be inside a place's name (pronouns, prepositions, particles, time words …).
_NOT_IN_NAME = ("x", "p", "c", "u", "r", "t", "y", "e", "o", "w", "f")
_NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十两几多数百千万"
#: Verbs of building that jieba may tag as nouns (在某湖新建码头: what is built, not a name).
_BUILDING = frozenset(("新建", "扩建", "在建", "拟建", "改建", "重建", "续建", "兴建", "筹建"))
#: Words that place something near a place, not in it (在距浦东机场3公里).
_NOT_NAME_WORDS = frozenset(("距", "距离", "离", "临近", "靠近", "毗邻", "附近", "周边", "旁", "不远处", "远处", "对面",
                             "旁边", "隔壁"))
#: The longest name (before its head) taken after a cue.
_MAX_CUE_NAME = 14
#: Words of direction that begin names (东方红, 北方某某公司), though jieba tags them as localisers.
_DIRECTIONS = frozenset(("东方", "西方", "南方", "北方"))


#: One-character ends of place names (青石岭, 泓湾, 许家坪): a word before one of them makes a toponym.
_TOPONYM_ENDS = frozenset("山岭峰岗坡坪峪谷沟河湖江溪湾港岛洲滩塘泉村庄屯寨镇街巷路桥关堡营")


def _name_evidence(tok_text: str, pos: str, after_word: bool, rare_noun: bool = False) -> bool:
    """Is this token a sign of a proper name: a place or name tag, a known division, a word jieba
    hardly knows (青禾, 槐岭), or a one-character place end after a word (青石/岭)?"""
    if tok_text in GENERIC or tok_text in _MISTAGGED or tok_text in ORG_VERBS or tok_text.endswith("军"):
        return False  # (美军基地: an owner, not a name; 高水平: a common word jieba tags as a name)
    if pos.startswith(PROPER_TAGS) or tok_text in lexicon().by_name:
        return True
    if after_word and tok_text in _TOPONYM_ENDS:
        return True
    freq = segmenter().tokenizer.FREQ.get(tok_text, 0)
    # a new word, a rare character (泓), or (``rare_noun``) a noun jieba hardly knows (创价|大学)
    return freq == 0 or (len(tok_text) == 1 and freq < 100) or (rare_noun and len(tok_text) > 1 and freq < 50
                                                               and pos == "n")


#: Marks between the items of a list of places visited (参观甲、乙和丙).
_LIST_MARKS = ("、", "和", "及", "以及")
#: Words that make a list one of kinds of places (走进各地高校、科研院所、科创园区).
_GENERIC_LIST = ("各", "多", "一些", "部分", "有关", "相关", "全国", "全省", "全市", "全区", "当地", "基层", "一批")


def _visited_list(doc: Doc, pos: int) -> bool:
    """Is ``pos`` inside a list after a verb of visiting in the same clause (参观甲、乙, 到甲、乙)?"""
    text = doc.text
    clause = max(text.rfind(c, 0, pos) for c in _CLAUSE_MARKS) + 1
    idx = doc.token_index()
    k = idx.at(pos) - 1
    while k >= 0 and idx.tokens[k].start >= clause and not _visit_cue(idx, k):
        k -= 1
    if k < 0 or idx.tokens[k].start < clause:
        return False
    if idx.tokens[k].text == "到" and "从" in text[clause : idx.tokens[k].start]:
        return False  # 从甲到乙: a range, not a visit
    items = text[idx.tokens[k].end : pos].lstrip("了")
    if items[:1] in _NUMERALS:
        return False  # 发展到4处、…: an amount, not a place
    return not items.startswith(_GENERIC_LIST) and all(len(part) <= 24 for part in items.split("、"))


def _visit_cue(idx, k: int) -> bool:
    """Is token ``k`` a verb of visiting (来到, 考察, 到), not 深入 before a verb (深入实施: deeply)?"""
    t = idx.tokens[k].text
    if t not in _VISIT_CUES:
        return False
    return t != "深入" or k + 1 >= len(idx.tokens) or not idx.tokens[k + 1].pos.startswith("v")


def _visited_before(idx, j: int) -> bool:
    """Is token ``j`` the 的 of a verb of visiting in the past (考察过的, 参观过的 + a place)?"""
    return idx.tokens[j].text == "的" and j > 1 and idx.tokens[j - 1].text == "过" \
        and len(idx.tokens[j - 2].text) > 1 and _is_cue(idx.tokens[j - 2].text)


def _is_cue(word: str) -> bool:
    return word in ("在", "于", "到", "赴", "去") or (len(word) >= 2 and _CUE.fullmatch(word) is not None)


#: Ends of words that end a place's or a body's name: a 及 after one joins two names, not two nouns.
_NAME_ENDS = ("馆", "院", "园", "场", "站", "港", "宫", "厅", "堂", "中心", "基地", "校", "所", "会", "局", "部", "处",
              "公司", "厂", "矿", "室", "区", "市", "县", "省")


def _joins_within(left, right) -> bool:
    """Do 及/和 join two plain nouns inside one name (马术及游泳赛事场馆), not two names (甲馆及乙馆)?"""
    return (left.pos == "n" and right.pos == "n" and left.end <= right.start
            and not left.text.endswith(_NAME_ENDS) and left.text not in GENERIC)


#: Characters that count things after a numeral (三座, 五家, 十余处): a number, not a name.
_COUNTERS = frozenset("个家座所处批类名位条项只件张本次年月日天号届期余多几来万千百十")


def _misread_number(word: str, pos: str) -> bool:
    """Is a word jieba tags as a number a rare name that begins with a numeral (六叠堆 …): what follows
    the numerals is two or more characters, no counter, and a word jieba hardly knows?"""
    if pos != "m" or word[0] not in _NUMERALS:
        return False
    rest = word.lstrip(_NUMERALS)
    return len(rest) >= 2 and rest[0] not in _COUNTERS and segmenter().tokenizer.FREQ.get(rest, 0) < 50 \
        and segmenter().tokenizer.FREQ.get(word, 0) < 100


#: Heads of bodies that always have a name of their own (universities, registered companies).
_NAMED_HEADS = frozenset(("大学", "学院", "有限公司", "股份有限公司", "有限责任公司", "股份公司", "集团"))


def _cued_start(doc: Doc, head_start: int, anchors: frozenset[int] = frozenset()) -> int | None:
    """Start of a name ending in a venue head, when a place cue stands right before it.

    The words between the cue and the head make the name (在青禾街道户外劳动者服务站,
    走进青石岭矿工纪念馆) if they hold no punctuation, pronoun, particle, numeral,
    time word or verb, and one of them reads as a proper name (a place, or a word
    jieba hardly knows). Returns None when there is no such name. A position in
    ``anchors`` (where a paragraph sets its scene) acts as a cue.
    """
    idx = doc.token_index()
    k = idx.at(head_start)
    if k < len(idx.tokens) and idx.tokens[k].start < head_start:
        compound = idx.tokens[k]  # 市民|中心广场, 青禾|展示中心: a common word ending in the head acts as the head
        if compound.pos != "n" or compound.text in GENERIC or compound.text in _LOCATIVE or len(compound.text) > 4 \
                or compound.text in _SET_PHRASES or _function_word(compound.text, head_start - compound.start):
            return None  # the head is inside a longer word (a name, or no place's head)
        head_start = compound.start
    evidence = False
    # a rare noun is a name's own word before the head of a university or a registered company (某某|大学,
    # 某某|…|有限公司), which always has a name; before other heads it is mostly a rare compound that names a
    # kind (方舱|医院, 党群|活动中心, 重大项目|工地)
    rare_noun = k < len(idx.tokens) and idx.tokens[k].text in _NAMED_HEADS
    j = k - 1
    while j >= 0:
        tok = idx.tokens[j]
        if head_start - tok.start > _MAX_CUE_NAME:
            return None
        t = tok.text
        if idx.tokens[j + 1].start in anchors:
            return idx.tokens[j + 1].start if evidence and idx.tokens[j + 1].start < head_start else None
        if tok.end < idx.tokens[j + 1].start:
            return None  # a line break or space between the words
        after_verb = (t == "了" and j > 0 and len(idx.tokens[j - 1].text) > 1 and _is_cue(idx.tokens[j - 1].text)) \
            or _visited_before(idx, j)
        if _is_cue(t) or after_verb or (t in _LIST_MARKS and _visited_list(doc, tok.start)):
            first = idx.tokens[j + 1]  # a name does not begin with a verb (到建设某某水电站), unless a rare one
            verb = first.pos.startswith("v") and not (len(first.text) > 1 and _rare(first.text))
            return tok.end if evidence and tok.end < head_start and not verb else None
        if t == "及" and not evidence and j > 0 and _joins_within(idx.tokens[j - 1], idx.tokens[j + 1]):
            j -= 1  # 某某学院马术及游泳赛事场馆: two plain nouns joined inside one name
            continue
        if t == "”":  # a quoted word in the name (走进“某某礼物”店)
            o = j - 1
            while o >= 0 and idx.tokens[o].text != "“" and head_start - idx.tokens[o].start <= _MAX_CUE_NAME:
                o -= 1
            after = idx.tokens[k + 1] if k + 1 < len(idx.tokens) else None
            if o < 0 or idx.tokens[o].text != "“" or o == j - 1 or j + 2 < k \
                    or not (_rare_word_in(doc, idx.tokens[o].end, tok.start)
                            or has_proper_part(doc, idx.tokens[o].end, tok.start)) \
                    or (after is not None and after.pos.startswith("n") and after.text not in _INSIDE):
                return None  # (a rare word quoted right before a head that ends the name: not “家门口”服务站)
            evidence, j = True, o - 1
            continue
        if t in STOP_WORDS or t in _NOT_NAME_WORDS or t in _BUILDING:
            return None
        if _misread_number(t, tok.pos):
            evidence = True  # 走进六叠堆博物馆: a rare name jieba reads as a number (三 …)
        elif (tok.pos.startswith(_NOT_IN_NAME) and tok.pos != "yg" and t not in _DIRECTIONS) \
                or (t[0] in _NUMERALS and tok.pos == "m"):
            return None  # (yg: a morpheme of a rare name, 洺源; 东方, 北方 begin names)
        if tok.pos.startswith("v") and len(t) > 1 and t not in ORG_VERBS and tok.pos != "vn" and not _rare(t):
            return None  # (a word jieba guesses is a verb but hardly knows is a name: 遨海)
        if _name_evidence(t, tok.pos, j > 0 and not _is_cue(idx.tokens[j - 1].text), rare_noun):
            evidence = True
        elif len(t) == 1 and len(tok.pos) == 2 and tok.pos.endswith("g") and (
                len(idx.tokens[j - 1].text) == 1 or len(idx.tokens[j + 1].text) == 1):
            evidence = True  # lone morphemes jieba could make no word of (洺|源): a rare name
        j -= 1
    return None


#: A count before a name makes it a kind of place (建成5家职工疗休养基地, 新建4处广场).
_KIND_BEFORE = re.compile(r"(?:(?:[0-9０-９]+|[一二三四五六七八九十两几多数百千万余]+|一批|一些|若干)[家个座所处批类]"
                          r"(?:农村|乡村|城乡|城市|社区|村级|乡镇|基层|校园)?"
                          r"|大型|中型|小型|新型|大批|各类|各级|各个|重点|人均)$")  # (140个农村|某某服务站: a kind)
#: A rank and those above it inside a name (某市省级以上产业园区, 规模以上): a class of places, not one.
_AND_ABOVE = re.compile(r"(?:国家|省|市|县|区|部|规模)级?以上")
#: Ranks of a designation at the start of a name (国家重点美术馆, 全国重点文物保护单位): a class many places are in.
_RANKED = ("国家重点", "全国重点", "省级重点", "省重点", "市级重点", "市重点", "国家一级", "国家二级", "国家级重点")
#: Heads of designations given to many places (全国…教育基地, 国家级…示范区): with 全国 before, a kind.
_DESIGNATION = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:基地|示范区|示范点|园区|枢纽|公园|景区|港口)")
#: Heads that, after an event's name, mean the places of that event (冬奥会场馆).
_EVENT_VENUE_HEADS = ("场馆", "赛场")
_EVENT_WORDS = ("会", "赛", "赛事", "运")  # (亚运, 奥运, 全运: games)
#: Common words jieba tags as names (智慧港口, 阳光驿站): no sign of a proper name.
_MISTAGGED = frozenset(("智慧", "文明", "阳光", "明星", "荣誉", "光荣", "道德", "和谐", "幸福", "高水平", "高质量",
                        "新时代", "新建", "卫星", "智能化", "数字化", "信息化", "现代化", "登山", "古城",
                        # common words jieba tags as abbreviations (j): 研发基地 names no place
                        "研发", "通信", "房地产", "环保", "中医", "中小学", "存储", "工商业", "年产", "同比", "年均",
                        "人均", "通航", "通行", "深化", "中小企业", "中专", "五保", "石化", "自贸", "国防"))
#: A rank among places (十大危险机场, 四大遗址): a kind, not one place.
_RANK = re.compile(r"[一二三四五六七八九十百千0-9]+大$")
#: Verbs that end in 港 (治港, 离港, 抵港, 临港): no port's name.
_PORT_VERBS = "治离抵进出回在赴访开涉驻乱爱来留返临深沪京粤澳"
#: Provinces' one-character abbreviations: alone before 港 they pair a province with Hong Kong (琼港合作, 闽港), not
#: a port (天津港, 烟台港 have longer names).
_PROVINCE_ABBREVIATIONS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕甘陇青宁新蒙台"
#: Names that are a national word and a head alone (国家公园, 全国博物馆): a kind, unless a known venue.
_NATIONAL = ("国家", "全国")


#: Heads that after a province alone mean all such places in it (山东港口, 河北景区).
_MANY_HEADS = ("港口", "景区", "园区", "基地", "场馆", "码头", "胡同", "大街")
#: Municipalities are provinces with railway stations of their own name (北京站, 上海站).
_MUNICIPALITIES = ("110000", "120000", "310000", "500000")


#: Heads that after a country's name alone mean such places in it (某国机场, 某国港口, 某国军事基地).
_COUNTRY_KINDS = ("机场", "港口", "基地", "军事基地", "码头", "口岸", "油田", "核电站")


#: Words before 枢纽 that name a work on a river or canal (某某航电枢纽), not what a hub serves.
_WORKS_BEFORE_HUB = frozenset(("航电", "水利", "水电", "船闸", "工程", "水库"))


def _functional_hub(doc: Doc, start: int, head_start: int) -> bool:
    """Is …枢纽 a hub named by what it serves (国际航空枢纽, 综合交通枢纽, 双循环重要枢纽): a role a place plays or is
    to play, not a place's name (某某枢纽 after a place's name, 某某航电枢纽)? The word before 枢纽 must be a name (a
    place, a word jieba hardly knows) or a work on a river; a province before it alone makes a kind (某省枢纽)."""
    idx = doc.token_index()
    k = idx.at(head_start)
    if k < len(idx.tokens) and idx.tokens[k].start < head_start:  # 交通枢纽, 航空枢纽: jieba's word for a kind
        text = doc.text[idx.tokens[k].start : head_start]
        return text not in _WORKS_BEFORE_HUB and not idx.tokens[k].pos.startswith(("ns", "nr", "nz"))
    k -= 1
    if k < 0 or idx.tokens[k].end != head_start or idx.tokens[k].start < start:
        return False
    word = idx.tokens[k]
    if _province(text := word.text) and word.start == start:
        return True
    return not (word.pos.startswith(("ns", "nr", "nz")) or text in _WORKS_BEFORE_HUB
                or segmenter().tokenizer.FREQ.get(text, 0) == 0
                or text in lexicon().by_name or word.text[-1] in _TOPONYM_ENDS)


def _province(name: str) -> bool:
    """Is ``name`` a province (四川, 河南), not a municipality?"""
    divs = lexicon().by_name.get(name, ())
    return any(d.level == "province" for d in divs) and not any(d.code in _MUNICIPALITIES for d in divs)


def _a_kind(doc: Doc, start: int, head_start: int) -> bool:
    """Does the name at ``start`` name a kind of place: a count before it (建成5家…基地), or the
    places of an event (冬奥会场馆, 羽毛球比赛场馆) unless one owner's (某学院赛事场馆)?"""
    text = doc.text
    if _KIND_BEFORE.search(text, max(0, start - 8), start) or text.startswith((*_RANKED, "人均", "户均"), start) \
            or _AND_ABOVE.search(text, start, head_start):
        return True  # (某市省级以上产业园: all the parks of a rank and above; 人均公园绿地: a measure)
    if text.startswith("站", head_start) and _province(text[start:head_start]):
        return True  # 四川站, 河南站: the legs of a tour, not stations
    if text.startswith(_MANY_HEADS, head_start) and any(
            d.level == "province" for d in lexicon().by_name.get(text[start:head_start], ())):
        return True  # 山东港口, 云南景区: a province's ports or sights, not one place
    if text.startswith("港", head_start) and (text[head_start - 1 : head_start] in _PORT_VERBS or (
            head_start - start == 1 and text[start] in _PROVINCE_ABBREVIATIONS)):
        return True  # 港人治港, 琼港合作
    if text[start:head_start] in _NATIONAL:
        return True
    if text.startswith("枢纽", head_start) and _functional_hub(doc, start, head_start):
        return True
    stem = text[start:head_start]
    if stem != "中国" and stem in lexicon().countries and text[head_start:].startswith(_COUNTRY_KINDS):
        return True  # 打击以色列机场, 某国港口: the country's airports or ports, a kind
    if text.startswith(("全国", "全省", "全市", "国家"), start) and _DESIGNATION.match(text, head_start):
        return True  # 全国…教育基地: a title many places bear
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        if _RANK.match(idx.tokens[k].text):
            return True
        k += 1
    return (text.startswith(_EVENT_VENUE_HEADS, head_start) and text.endswith(_EVENT_WORDS, start, head_start)
            and not any(lexicon().suffixes[h][0] == "Organization" for _, _, h in head_matches(doc, start, head_start)))


def _function_word(word: str, head_at: int) -> bool:
    """Is ``word`` a word for a kind of place, that runs into the head and begins with what is done
    there (测控站, 加油站, 检查站: jieba tags 测控 a verb), not a name?"""
    if not 0 < head_at < len(word):
        return False
    return segmenter().pos.word_tag_tab.get(word[:head_at], "").startswith("v")


def _common_word(doc: Doc, start: int, end: int, head: str) -> bool:
    """Is the name one word jieba knows, a common word and its head (联络站: jieba tags it a body), not a
    place's name (上海站, 首都机场, 某某湾港)?"""
    idx = doc.token_index()
    tok = idx.tokens[idx.at(start)]
    if tok.start != start or tok.end != end or tok.pos.startswith(("ns", "nr", "nz")):
        return False  # (天坛公园: jieba knows it as a place)
    prefix = doc.text[start : end - len(head)]
    seg = segmenter()
    return not (prefix in lexicon().by_name or prefix.startswith(NAME_STARTS)
                or seg.pos.word_tag_tab.get(prefix, "").startswith(PROPER_TAGS)
                or seg.tokenizer.FREQ.get(prefix, 0) < 50)


def _bare_hall(doc: Doc, start: int, end: int, head: str) -> bool:
    """Is a 大厅 not in a named building or place (旅检大厅, 办税大厅: what is done there), unlike
    某某大会堂北大厅 or 某某区政务大厅?"""
    if head != "大厅":
        return False
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end - len(head):
        tok = idx.tokens[k]
        if tok.pos.startswith(("ns", "nr", "nz")) or tok.text in lexicon().by_name:
            return False  # 某某区政务大厅
        k += 1
    return not any(lexicon().suffixes[h][0] == "Venue" for _, _, h in head_matches(doc, start, end - len(head)))


def _verb_and_head(doc: Doc, head_start: int) -> bool:
    """Is a one-character head the end of a word of a verb and it (建站, 抵港, 开馆): no place's name ends there?"""
    idx = doc.token_index()
    tok = idx.tokens[idx.at(head_start)]
    lx = lexicon()
    proper = tok.pos.startswith(PROPER_TAGS) and (tok.text in lx.by_name or tok.text in lx.venues
                                                  or segmenter().tokenizer.FREQ.get(tok.text, 0) > 0)
    return (len(tok.text) == 2 and tok.end == head_start + 1 and not proper
            and segmenter().pos.word_tag_tab.get(tok.text[0], "").startswith("v"))  # (爱港: no word, though tagged ns)


def _as_body(text: str, end: int) -> bool:
    """Is the name followed by its spokesman or officials (某宫发言人, 某宫方面16日表示), or by what it does as an
    organiser (某某工作室承办): a body that speaks or acts, not a place?"""
    return text.startswith(("发言人", "官员", "新闻秘书", "方面", "承办", "协办", "主办", "联合主办"), end)


def _nickname(text: str, start: int, end: int) -> bool:
    """Is the name the whole of a quoted phrase (被称为“迎宾大道”)?"""
    return start > 0 and text[start - 1] == "“" and text.startswith("”", end)


def _quoted_part(text: str, start: int) -> int:
    """Take in a short quoted word that begins the name (广州南沙“创享湾”港澳青创基地)."""
    if start > 0 and text[start - 1] == "”":
        open_at = text.rfind("“", max(0, start - 8), start - 1)
        if open_at >= 0 and "”" not in text[open_at + 1 : start - 1] and open_at + 2 < start:
            return open_at
    return start


def _checked_start(doc: Doc, start: int, head_start: int) -> int | None:
    """Start of a head-word name once checked, or None when it names no single place.

    A count before it makes a kind (5家…基地); a verb inside it ends the name (…负责天安门广场
    → 天安门广场); common words jieba tags as names (智慧港口) make no name.
    """
    if _a_kind(doc, start, head_start):
        return None
    idx = doc.token_index()
    text = doc.text
    k = idx.at(start)
    proper = False
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        tok = idx.tokens[k]  # (the last may run into the head: 中国人民抗日战争纪念馆 is one word)
        if tok.pos.startswith("v") and len(tok.text) > 1 and tok.end <= head_start and _rare(tok.text):
            proper = True  # 传梭博物馆: a word jieba guesses is a verb, but hardly knows, is a name
        elif tok.pos.startswith("v") and tok.pos != "vn" and len(tok.text) > 1 and tok.text not in ORG_VERBS:
            start, proper = tok.end, False
        elif tok.start >= start and (tok.end < head_start or tok.text in _LOCATIVE or tok.text.startswith("最")) \
                and _ends_a_phrase(text, tok):
            start, proper = tok.end, False  # 伊朗南部城市|阿巴斯港, 吉隆坡市中心|某某大厦, 丰台区建设|…产业园
        elif tok.pos.startswith("v") and len(tok.text) > 1 and k + 1 < len(idx.tokens) and (
                idx.tokens[k + 1].end <= head_start and _names_a_place(idx.tokens[k + 1])):
            start, proper = tok.end, False  # 汇报|中国某某馆, 启动|某某基地: a verb before a name ends a clause
        elif tok.text in _BUILDING:
            start, proper = tok.end, False  # 在某湖新建|码头: what is built, not a name
        elif _military(tok.text[: head_start - tok.start]):
            start, proper = tok.end, False  # 乌克兰军用|机场, 美军|基地: a kind of base, not a name
        elif (tok.text in ORG_VERBS
              or _function_word(tok.text, head_start - tok.start)):
            pass  # 美军基地: an owner, not a name; 养老服务站: an activity, not a name
        elif not proper and tok.start > start and tok.text in lexicon().by_name and tok.end < head_start:
            start, proper = tok.start, True  # 车行|武汉某某大道: a place's name begins with its division
        elif tok.text not in _MISTAGGED and has_proper_part(doc, max(tok.start, start), min(tok.end, head_start)):
            proper = True
        k += 1
    if start >= head_start:
        return None
    start = trim_left(doc, start, head_start)
    if start > 0 and text[start - 1] in "—–-" and (k := idx.at(start - 1)) > 0:
        before = idx.tokens[k - 1]  # 中国—东盟博览会展馆: two places joined by a dash
        if before.end == start - 1 and before.pos.startswith(PROPER_TAGS) and before.text not in GENERIC:
            start = before.start
    if _KIND_BEFORE.search(text, max(0, start - 6), start):
        return None  # 建设大型|风电光伏基地: a kind
    if start > 0 and (text[start - 1].isdigit() or text.endswith("主题", start, head_start)):
        return None  # 120|师战史陈列馆: a name cut at a number; 劳模文化主题展馆: a theme, not a name
    return start if proper and start < head_start else None


#: Words of direction or part that end a phrase placing a name (伊朗南部, 吉隆坡市中心, 城区).
_LOCATIVE = frozenset(("东部", "西部", "南部", "北部", "中部", "东南部", "西南部", "东北部", "西北部", "市中心",
                       "中心城区", "城区", "郊区", "市郊", "境内", "附近", "周边", "一带", "沿岸", "沿线", "门外",
                       "门前", "不远处", "对面", "旁边"))
#: Common nouns standing before a name in apposition (港口青岛港, 城市某某港, 项目某某园, 第二大港某某港).
_APPOSITIVE = frozenset(("城市", "港口", "项目", "工程", "重镇", "名城", "古镇", "小镇", "首府", "首都", "省会",
                         "大港", "大城市", "海港", "口岸", "基地", "园区", "地标", "地标建筑", "标志性建筑"))
#: Verbs of building after a division: what is built follows (丰台区建设|某某产业园).
_BUILD_VERBS = frozenset(("建设", "新建", "打造", "兴建", "建成", "推进", "实施", "规划建设"))


def _known_tail(text: str, start: int, end: int) -> int:
    """Start of a known venue that a division precedes in the name (北京|天安门广场), else ``start``."""
    return next((x for x in range(start + 2, min(start + 5, end)) if text[x:end] in lexicon().venues
                 and text[start:x] in lexicon().by_name), start)


def _rare(word: str) -> bool:
    """Does jieba hardly know the word (传梭, 韬奋): a name rather than the verb it guesses?"""
    return segmenter().tokenizer.FREQ.get(word, 0) < 10


def _military(word: str) -> bool:
    """Does the word say whose army a place serves (美军, 俄军, 军用, 军事), not name it?"""
    return word.endswith(("军用", "军事")) or (len(word) == 2 and word.endswith("军"))


def _names_a_place(tok) -> bool:
    """Is the token a place or organisation name (中国, 浦东, 中科大)?"""
    return (tok.pos.startswith(("ns", "nt", "j")) or tok.text in lexicon().by_name) and tok.text not in GENERIC


def _ends_a_phrase(text: str, tok) -> bool:
    """Does the token end a phrase that places or classes the name after it, so the name starts
    after it: a direction (伊朗南部), a common noun in apposition (城市, 港口, 第二大港), or a verb
    of building (丰台区建设)? A kind of city is one too (港口城市|某某火车站, 边境城市|某某口岸)."""
    t = tok.text
    return t in _LOCATIVE or t in _APPOSITIVE or t in _BUILD_VERBS or (t.startswith("最") and len(t) > 1) \
        or (len(t) >= 3 and t.endswith("城市") and tok.pos.startswith("n") and t not in lexicon().by_name)


def _after_apposition(doc: Doc, start: int, head_start: int) -> int:
    """Start of a name after a phrase inside the span that places or classes it (某国最大城市|某某宫,
    伊朗南部|某某港), when what is left still reads as a name; else ``start``."""
    idx = doc.token_index()
    k = idx.at(start)
    cut = start
    while k < len(idx.tokens) and idx.tokens[k].end < head_start:
        tok = idx.tokens[k]
        if tok.start >= start and _ends_a_phrase(doc.text, tok):
            cut = tok.end
        k += 1
    if cut > start and (has_proper_part(doc, cut, head_start) or _rare_word_in(doc, cut, head_start)):
        return cut
    return start


def _after_foreign_place(doc: Doc, start: int, head_start: int, end: int) -> int:
    """Drop a foreign city before a name the text also writes alone (巴黎|某某宫 … 在某某宫举行): a place
    that says where the venue is, not its name. Chinese divisions stay (武汉军运村, 西安北站)."""
    idx = doc.token_index()
    k = idx.at(start)
    tok = idx.tokens[k]
    if tok.start != start or not tok.pos.startswith("ns") or tok.end >= head_start:
        return start
    lx = lexicon()
    if tok.text in lx.by_name or tok.text in lx.countries or tok.text.startswith(NAME_STARTS) \
            or tok.text[-1] in _TOPONYM_ENDS or any(tok.text.endswith(h) for h in lx.suffixes):
        return start  # (青岛港|某某码头: a place of its own, part of the name)
    rest = doc.text[tok.end : end]
    first = idx.tokens[k + 1]
    known_word = segmenter().tokenizer.FREQ.get(rest) and not first.pos.startswith(PROPER_TAGS)
    unknown = any(segmenter().tokenizer.FREQ.get(t.text, 0) == 0 and t.end <= head_start
                  for t in idx.tokens[k + 1 : idx.at(head_start) + 1])
    if not (unknown or has_proper_part(doc, tok.end, head_start)) or first.pos.startswith("v") or known_word:
        return start  # (香河园|口袋公园, 瑞博|变电站, 某镇|党群活动中心: the rest is a kind, the place its name)
    return tok.end if len(rest) >= 3 and doc.text.count(rest) > doc.text.count(doc.text[start:end]) else start


def _after_province(doc: Doc, start: int, head_start: int) -> int:
    """Drop a province before a name that stands without it (河北|冀中烈士陵园, 北京|香山革命纪念馆),
    but not before a head alone or ordinary words (浙江图书馆, 北京图书大厦, 上海中心大厦)."""
    idx = doc.token_index()
    k = idx.at(start)
    if k + 1 >= len(idx.tokens) or idx.tokens[k].start != start:
        return start
    tok = idx.tokens[k]
    divs = lexicon().by_name.get(tok.text, ())
    if not any(d.level == "province" for d in divs) or tok.end >= head_start:
        return start
    for _ in range(2):  # a province, then maybe a city (吉林|通化|某某纪念馆)
        rest = idx.tokens[k + 1]
        if rest.start != idx.tokens[k].end or rest.end >= head_start:
            return start
        if rest.text in lexicon().by_name:
            if not any(d.level == "prefecture" for d in lexicon().by_name[rest.text]):
                return start  # a county stays: 九江修水县图书馆
            k += 1
            continue
        if rest.pos.startswith(PROPER_TAGS) and rest.text not in GENERIC and rest.text not in _MISTAGGED:
            return rest.start
        return start
    return start


#: Drilled wells are named by a word and a number (某探1井, 某201井); vessels by a name, a number and
#: 号 (“某某2”号极地考察船, 某某5号测量船).
_NUMBERED = re.compile(
    r"(?<![第0-9])(?P<num>[0-9][0-9A-Za-z]*(?:[-—][0-9A-Za-z]+)?)(?:井(?![口下上架喷队])"
    r"|”?号(?P<kind>(?:极地)?考察船|科考船|测量船|破冰船|货轮|邮轮|游轮|渡轮|船|舰)(?![尾头身舱体上员长机]))"
)
#: What may follow a station's name (峨眉山站，  西安站出发): not a verb 站 (站在, 站起来).
_STATION_AFTER = re.compile(r"[，。、；）]|出发|发车|始发|到达|停靠|下车|上车|候车|驶出|驶入|驶离|开出|进站|出站"
                            r"|的|和|与")


def _word_before(doc: Doc, pos: int, max_chars: int = 4) -> int:
    """Start of the short name right before ``pos`` (福深热 in 福深热1井), or ``pos`` when there is none."""
    idx = doc.token_index()
    k = idx.at(pos)
    start = pos
    while k > 0 and pos - idx.tokens[k - 1].start <= max_chars:
        tok = idx.tokens[k - 1]
        if (tok.end != start or tok.text in STOP_WORDS or tok.pos.startswith(_NOT_IN_NAME)
                or not "\u4e00" <= tok.text[0] <= "\u9fff"):
            break
        start = tok.start
        k -= 1
    return start


def _numbered(doc: Doc) -> list[Mention]:
    """Wells and vessels named by number (福某1井, “雪某2”号极地考察船), and stations 站 after a place."""
    text = doc.text
    idx = doc.token_index()
    out = []
    for m in _NUMBERED.finditer(text):
        start = _word_before(doc, m.start())
        if start < m.start():
            if m.group("kind") and "”" in m.group() and start > 0 and text[start - 1] == "“":
                start -= 1  # “雪某2”号: the name in quotes
            out.append(Mention("Venue", start, m.end(), text[start : m.end()], "venue", score=1.4,
                               attrs={"head": m.group("kind") or "井"}))
    for k in range(1, len(idx.tokens)):
        tok, prev = idx.tokens[k], idx.tokens[k - 1]
        if tok.text not in ("站", "车站") or prev.end != tok.start or prev.pos != "ns" or len(prev.text) < 2:
            continue
        if _province(prev.text) or _LEG_OF.search(text, max(0, prev.start - 6), prev.start):
            continue  # 湖北站, 四川站, 某某世界杯|喀山站: the legs of a tour or a series, not stations
        if (tok.text == "车站" or _STATION_AFTER.match(text, tok.end)) and text[prev.start - 1 : prev.start] != "（":
            # (车站 is a station whatever follows; 站 may be a verb: 北京站在…)
            out.append(Mention("Venue", prev.start, tok.end, text[prev.start : tok.end], "venue", score=1.4,
                               attrs={"head": "站"}))
    return out


#: Series whose legs are named by a city and 站 (花剑世界杯|某城站, 大奖赛|某城站, 巡回赛|某城站).
_LEG_OF = re.compile(r"(?:杯|赛|巡回赛|系列赛|大奖赛|巡演|巡展|联赛)$")
#: A list of stations closed by 等站 or N个(车)站 (荆门、天门南、汉川等8个站), the stations named without 站.
_STATION_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(?:等(?:[0-9一二三四五六七八九十两]+个)?"
                           r"|[0-9一二三四五六七八九十两]+个)车?站")
_STATION_ENDS = ("机场", "东", "西", "南", "北")


def _station_name(item: str) -> int | None:
    """Where a station's name begins in a list item (…段间|北京南, 正定机场, 廊坊), or None when it names
    no place: a division's name, then a direction or 机场 (新设站 and the like are no stations)."""
    lx = lexicon()
    for i in range(len(item) - 1):
        base = item[i:]
        for end in _STATION_ENDS:
            if base.endswith(end) and base[: -len(end)] in lx.by_name:
                return i
        if base in lx.by_name:
            return i
    return None


def _station_list(doc: Doc) -> list[Mention]:
    """Stations named in a list closed by 等站 or N个站 (北京南、天津西、廊坊等6个站): each is X站."""
    text = doc.text
    out = []
    for m in _STATION_LIST.finditer(text):
        items, pos, found = m.group(1).split("、"), m.start(1), []
        for n, item in enumerate(items):
            at = _station_name(item)
            if at is None or (at and n):  # (only the first item may hold words before the name)
                found = []
                break
            found.append((pos + at, pos + len(item)))
            pos += len(item) + 1
        for s, e in found:
            name = text[s:e] + "站"
            out.append(Mention("Venue", s, e, text[s:e], "venue", name=name, score=1.4,
                               attrs={"head": "站", "why": "a station listed before N个站 or 等站"}))
    return out


@functools.cache
def _known() -> Wordlist:
    return Wordlist(lexicon().venues)


@extractor("venue", requires=["tokens", "candidates:Organization"],
           assigns=["candidates:Venue", "relations:containedInPlace"])
def venue(doc: Doc) -> list[Mention]:
    """Places by head word, and organisations used as the place of an event or a visit."""
    text = doc.text
    out = []
    for s, e, h, _ in named_phrases(doc, ("Venue",)):
        start = _checked_start(doc, s, text.rfind(h, s, e))
        if start is not None and (_nickname(text, start, e) or _as_body(text, e) or _common_word(doc, start, e, h)
                                  or _verb_and_head(doc, text.rfind(h, s, e)) or _bare_hall(doc, start, e, h)):
            continue  # “迎宾大道”: a name in quotes is what a place is called; 某宫发言人: a body; 联络站: a word
        if start is not None:
            hs = text.rfind(h, s, e)
            start = _quoted_part(text, _after_foreign_place(doc, _after_province(doc, start, hs), hs, e))
            start = _known_tail(text, start, e)
            out.append(Mention("Venue", start, e, text[start:e], "venue", score=1.4, attrs={"head": h}))
    for s, e, name in _known().finditer(text):  # 人民大会堂, 中南海: known venues (kg/data/venues.tsv)
        out.append(Mention("Venue", s, e, name, "venue", name=lexicon().venues[name],
                           score=1.4, attrs={"known": True}))
    strict = {(m.start, m.end) for m in out}
    for s, e, h in [*head_matches(doc, 0, len(text)), *_hall_heads(doc)]:
        if h in lexicon().suffixes and lexicon().suffixes[h][0] != "Venue":
            continue
        start = _cued_start(doc, s)
        if start is not None:
            start = _after_apposition(doc, start, s)  # 在某国最大城市|某某宫
            start = _known_tail(text, _after_foreign_place(doc, _after_province(doc, start, s), s, e), e)
        if start is not None and not _a_kind(doc, start, s) and not _bare_hall(doc, start, e, h):
            end = paren_after(text, e)
            if (start, end) not in strict:
                out.append(Mention("Venue", start, end, text[start:end], "venue", score=1.4,
                                   attrs={"head": h, "cued": True}))
                strict.add((start, end))
    out += _visited(doc, strict)
    out += _scenes(doc, strict)
    out += _held_in(doc, out)
    # names of rare words (桃源湾公园) count where the text holds an event there
    for s, e, h, _ in named_phrases(doc, ("Venue",), relaxed=True):
        s = _after_apposition(doc, s, text.rfind(h, s, e))  # 在某国最大城市|某某宫举行
        if (s, e) not in strict and e - s > len(h) + 1 and _held_at(text, s, e) and _rare_word_in(doc, s, e - len(h)) \
                and not _a_kind(doc, s, text.rfind(h, s, e)) and not _bare_hall(doc, s, e, h):
            s = _known_tail(text, s, e)  # 北京|人民大会堂
            out.append(Mention("Venue", s, e, text[s:e], "venue", score=1.4, attrs={"head": h}))
    parents = {m.end: m.start for m in doc.candidates.get("organization", [])}
    for m in [*doc.candidates.get("organization", []), *_guessed_orgs(doc)]:
        head = m.attrs.get("head") or ""
        if m.attrs.get("known") or m.attrs.get("bare_unit") or (len(head) == 1 and head not in "厂矿") \
                or head.endswith(_PEOPLE_HEADS):
            continue  # 国务院, 宣传部, …局, …处: bodies, not places; 来到某某代表团: a group of people
        hs = text.rfind(head, m.start, m.end) if head else -1
        hs = hs if hs > m.start else m.end
        start = m.start
        within = m.attrs.get("within") or ""
        if within and text.endswith(within, 0, start):
            start -= len(within)  # 在中国浦东某某学院举办: the place is named in full, its parent too
        elif m.attrs.get("guess") and start in parents:
            start = parents[start]  # 在某某集团公司|某某造船厂举行: a unit written after its parent
        stop = _CLAUSE_END.search(text, m.end)
        placed = head.endswith(_PLACE_ORG_HEADS) and text.startswith(_PLACE_VERBS, m.end) \
            and "的" not in text[m.end : stop.start() if stop else len(text)]
        # (某某分厂地处某市。, not 某某公司位于某市的一个车间: where a part of it is)
        checked = _checked_start(doc, start, hs)
        if (placed or _locative(doc, start, m.end, head)) and (
                checked == start or (m.attrs.get("guess") and checked is None and _plain_name(doc, start, hs))):
            out.append(Mention("Venue", start, m.end, text[start : m.end], "venue", score=1.45,
                               attrs={"head": m.attrs.get("head"), "also": "Organization",
                                      **({"guessed": True} if m.attrs.get("guess") else {})}))
    out += _numbered(doc)
    out += _station_list(doc)
    out += _streets(doc)
    out += _family_compounds(doc, {(m.start, m.end) for m in out})
    out += _memorials(doc, {(m.start, m.end) for m in out})
    # 朱大楼|村: a head inside a village's name; 某某公园|管理处: inside the name of the body that runs it
    # 某某花园|社区, 某某公园|路, 某某寺|店: the start of a longer name; 甲位于乙, 甲站距乙: two places, no name
    out = [m for m in out if not text.startswith(_SETTLEMENTS, m.end) and not _runs_a_body(text, m.end)
           and not _starts_a_longer_name(doc, m.end) and not _two_places(doc, m.start, m.end)
           and not _in_a_title(text, m.start, m.end) and _balanced(m.text) and not _no_one_place(doc, m)
           and m.text not in _KIND_WORDS and not _built_object(text, m.start, m.end) and not _kind_pair(doc, m)
           and not _in_job_title(text, m.start, m.end) and not _mistagged_kind(doc, m)]
    out = [_with_direction(doc, m) for m in out]
    out = _short_names([_trimmed(doc, _station_of_line(doc, _site_of(doc, _dash_joined(doc, r))))
                        for m in _not_owners(doc, out) if (r := _repaired(doc, m)) is not None])
    out += _located(doc, out)
    return out


#: Heads that end names of kinds of sites as often as names (花卉苗木基地, 滑雪度假区, 生态光伏基地).
_KIND_PRONE_HEADS = ("基地", "度假区", "产业园", "园区", "示范区", "景区")


def _mistagged_kind(doc: Doc, m: Mention) -> bool:
    """Is a site's name only common words that jieba tags as a person's name or an abbreviation (金银花种植|基地,
    高叶酸玉米|基地, 农牧产品供给|基地): a kind of site, no name? A place, a body, a word jieba hardly knows, a quote
    or a word that has the shape of a person's name (雷锋) keeps it."""
    text = doc.text
    head = next((h for h in _KIND_PRONE_HEADS if text.endswith(h, m.start, m.end)), None)
    if head is None or m.attrs.get("known") or any(c in m.text for c in "“”《》（）()0123456789"):
        return False
    idx = doc.token_index()
    freq = segmenter().tokenizer.FREQ
    toks = idx.tokens[idx.at(m.start) : idx.at(m.end - len(head))]
    mistagged = False
    for t in toks:
        if t.start < m.start or t.end > m.end - len(head):
            return False  # the head or the start inside a word: not a plain compound
        if t.text in lexicon().by_name or t.pos.startswith(("ns", "nt", "nz")):
            return False
        if freq.get(t.text, 0) < 50:
            return False  # a word jieba hardly knows (亚布力, 南繁): a name's own word
        if t.pos.startswith("nr"):
            if is_name(t.text, strict=False) or t.text[:2] in lexicon().by_name or t.text[:3] in lexicon().by_name:
                return False  # 雷锋, 秦始皇: a person's name; 吉林长春: places jieba takes for a name
            mistagged = True
        elif t.pos == "j":
            if freq.get(t.text, 0) < 100:
                return False  # 川航: a body's abbreviation jieba hardly knows
            mistagged = True  # 农牧, 塔: a common word or abbreviation
    return mistagged


#: Someone introduced by a job at a place (是一名某某保护区救助站巡护员): the place is the employer, no scene.
_JOB_BEFORE = re.compile(r"(?:是|为|系|当了?|做了?|担任)(?:一名|一位|一个|名|位)$")
_JOB_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:员|师|工|手|者)[，。；、）]")


def _in_job_title(text: str, start: int, end: int) -> bool:
    """Does the place only qualify a person's job (是一名某某站巡护员, 是一位某某医院护师)?"""
    return _JOB_BEFORE.search(text, max(0, start - 5), start) is not None and _JOB_AFTER.match(text, end) is not None


#: Words for a kind of place that jieba tags as names (清真寺, 孔庙): no one place alone.
_KIND_WORDS = frozenset("""清真寺 寺庙 寺院 教堂 大教堂 礼拜堂 道观 宗祠 祠堂 文庙 孔庙 城隍庙 土地庙 关帝庙 王宫 皇宫
    行宫 海港 空港 陆港 自贸港 商港 渔港 军港""".split())
#: Verbs whose object is a place's building or development (加快某某合作区建设, 推进某某新区建设).
_DEVELOP_BEFORE = re.compile(r"(?:加快|推进|推动|支持|参与|服务|加强|助力|深化|统筹|着力|全力|扎实)(?:推进|推动)?$")


#: Abstract nouns before 大厦 or 大楼 that make a figure of speech (某民族大厦的基石, 知识大厦, 文明大厦).
_FIGURATIVE_BEFORE = ("民族", "中华民族", "文明", "知识", "理论", "科学", "精神", "事业", "思想", "信仰", "人类")


def _kind_pair(doc: Doc, m: Mention) -> bool:
    """Is the name two words for kinds of place and no name (港口|码头, 车间|厂房), or a figure of speech
    (中华民族|大厦的基石: 大厦 of an abstract noun)?"""
    head = m.attrs.get("head") or ""
    if m.name or m.attrs.get("known") or not head or not m.text.endswith(head):
        return False
    stem = m.text[: len(m.text) - len(head)]
    if head in ("大厦", "大楼") and stem.endswith(_FIGURATIVE_BEFORE):
        return True
    lx = lexicon().suffixes
    if len(stem) < 2 or stem not in lx or lx[stem][0] != "Venue":
        return False
    idx = doc.token_index()
    return not any(t.pos.startswith(PROPER_TAGS) for t in idx.tokens[idx.at(m.start) : idx.at(m.end - len(head))])


def _built_object(text: str, start: int, end: int) -> bool:
    """Is the place named as what is built or developed (要加快某某合作区建设, 支持某某港建设): a plan's object,
    not a place where the story happens?"""
    return text.startswith("建设", end) and not text.startswith("建设者", end) \
        and _DEVELOP_BEFORE.search(text, max(0, start - 6), start) is not None


def _no_one_place(doc: Doc, m: Mention) -> bool:
    """Is the venue no one place: it ends inside a person's name the tagger reads (某科教授南宫|仁: 宫 ends no
    place there), or 某 hides its name (某某路某连锁超市)?"""
    return "某" in m.text or any(g.label == "Person" and g.start < m.end < g.end and g.end - g.start >= 2
                                for g in doc.candidates.get("ner", ()))


#: Heads of places that hold collections: named as the owners of pieces (来自某某博物馆的珍宝, 甲、乙博物馆收藏的…,
#: 某某图书馆等收藏单位) or of a show with no place cue (邂逅某某美术馆“某某”展), they are bodies that lend, not
#: places where the story happens.
_HOLDER_HEADS = ("博物馆", "博物院", "美术馆", "图书馆", "档案馆", "纪念馆", "陈列馆", "展览馆", "科技馆", "艺术馆",
                 "故宫")
_OWNER_BEFORE = re.compile(r"(?:来自|源自|借自|出自)$")
_OWNER_AFTER = re.compile(r"(?:[、和及与][^，。；：！？、“”]{2,16}?)*?"
                          r"(?:收藏|馆藏|珍藏|所藏|藏有|藏品|藏[，。）)]|(?:的|提供的|借出的)(?:珍宝|珍品|文物|藏品|展品|馆藏"
                          r"|精品|书画)|借展|出借|提供[。，；）)]|等[^，。；“”]{0,6}(?:单位|机构)"
                          r"|“[^”，。]{1,20}”(?:特展|大展|展览|展)"
                          r"|的?(?:老|原|前|首任|现任|副|常务副)?(?:馆长|院长|园长|主任|书记|研究员|讲解员)"
                          r"(?![^，。；：！？]{0,12}(?:在馆|在院|在园|馆内|院内|园内)))")
#: (某某博物馆的老馆长, 某某纪念馆副馆长: the museum named only as where someone holds a post, not the story's place)


def _owner_context(doc: Doc, m: Mention) -> bool:
    """Is a collection's holder named as the owner of pieces (来自某某博物馆的珍宝, 某某博物院、某某博物馆收藏的…),
    with no place cue before it (在某某博物馆收藏的…展厅 is a place)?"""
    text = doc.text
    if _CUE.search(text, max(0, m.start - 2), m.start):
        return False
    return _OWNER_BEFORE.search(text, max(0, m.start - 2), m.start) is not None \
        or _OWNER_AFTER.match(text, m.end) is not None


def _not_owners(doc: Doc, out: list[Mention]) -> list[Mention]:
    """Drop museums, libraries and archives every mention of which names them as the owners of pieces lent or
    shown elsewhere (辅以甲博物院、乙博物馆收藏的书画; 举办“来自某某博物馆的珍宝”展): not the place of the story."""
    by_name: dict[str, list[Mention]] = {}
    for m in out:
        by_name.setdefault(m.name or m.text, []).append(m)
    owners = {name for name, ms in by_name.items()
              if name.endswith(_HOLDER_HEADS) and all(_owner_context(doc, m) for m in ms)}
    return [m for m in out if (m.name or m.text) not in owners]


#: Heads of streets and lanes: a city before one only says where it is (北京|某某胡同, 武汉|某某大道).
_STREET_NAME_HEADS = ("路", "街", "大街", "大道", "胡同", "巷", "老街")
#: Words of a city's part that may follow its name before a street's (北京老城区|某某胡同).
_CITY_PARTS = frozenset(("老城区", "城区", "市区", "老城", "主城区", "市中心"))


def _short_names(out: list[Mention]) -> list[Mention]:
    """A place written short after its full name (某某国上京某某府遗址 … 某某国遗址): the same place, when exactly one
    longer name of the article begins with the short one's words (three or more, not a division's name alone) and
    ends in its head."""
    names = {m.name or m.text for m in out if m.label == "Venue"}
    lx = lexicon()
    res = []
    for m in out:
        name, head = m.name or m.text, m.attrs.get("head") or ""
        stem = name[: len(name) - len(head)] if head and name.endswith(head) else ""
        longer = [n for n in names if len(stem) >= 3 and stem not in lx.by_name and len(n) > len(name)
                  and n.startswith(stem) and n.endswith(head)]
        if len(longer) == 1:
            m = Mention(m.label, m.start, m.end, m.text, m.extractor, name=longer[0], score=m.score,
                        attrs={**m.attrs, "why": f"short for {longer[0]}, named in full in the article"})
        res.append(m)
    return res


#: Heads of groups of people, which a visit goes to but which are no place (来到某某代表团, 某某工作组).
_PEOPLE_HEADS = ("代表团", "工作组", "调研组", "考察团", "小组", "队")


def _divisions_only(text: str) -> bool:
    """Is ``text`` made of divisions' names alone (江苏镇江, 青岛)?"""
    lx = lexicon()
    while text:
        n = next((n for n in range(min(len(text), 8), 1, -1) if text[:n] in lx.by_name), 0)
        if not n:
            return False
        text = text[n:]
    return True


#: Set phrases that end in a place's head word but name no place (走在康庄大道上, 高楼大厦林立).
_SET_PHRASES = frozenset(("康庄大道", "阳关大道", "光明大道", "金光大道", "高楼大厦", "摩天大楼", "万丈高楼"))
#: Verbs of passing or going that jieba may join to a name after them (行经|北京站): never part of it.
_LEADING_VERBS = re.compile(r"(?:行经|途经|路经|经过|路过|驶经|来到|前往|抵达|到达|走进)")
#: A room or hall written right after a place, where something happens (某某博物院老茶馆里, 某某大剧院戏剧场内).
_ROOM_AFTER = re.compile(r"((?:[老新东西南北]|金色)?"
                         r"(?:茶馆|展厅|大厅|礼堂|会议室|报告厅|演播厅|音乐厅|戏剧场|剧场|宴会厅))(?=[里内中，]|举行|召开|举办)")
#: A station named by a direction alone (南站, 北火车站): its city is the word before, which jieba may mistag.
_DIRECTION_STATION = re.compile(r"[东南西北](?:站|火车站|客站|高铁站)")


#: 枢纽 after a place's own head (某某机场枢纽, 某某站枢纽): the transport hub there, which is the place.
_HUB_AFTER = re.compile(r"(?:机场|火车站|高铁站|车站|站|港|码头)(枢纽)$")


def _after_common_word(doc: Doc, m: Mention) -> Mention:
    """A place's name that jieba reads as one word, after a common word the name grew over (春运|某某站, 年度|某某机场):
    the name is that word, when it begins with a division (a city's station, airport or port)."""
    if m.name or m.attrs.get("known"):
        return m
    idx = doc.token_index()
    k = idx.at(m.end - 1)
    last = idx.tokens[k]
    if last.end != m.end or last.start <= m.start or len(last.text) < 3 or not last.pos.startswith(("ns", "nz", "nt")) \
            or not any(last.text[:n] in lexicon().by_name for n in (2, 3, 4) if n < len(last.text)):
        return m
    before = idx.tokens[idx.at(m.start) : k]
    if not before or any(t.pos.startswith(PROPER_TAGS) or t.text in lexicon().by_name or t.text.endswith(_NAME_ENDS)
                         or segmenter().tokenizer.FREQ.get(t.text, 0) < 50 for t in before):
        return m  # (青岛港|某某码头, or a word jieba hardly knows: part of the name)
    return Mention(m.label, last.start, m.end, last.text, m.extractor, score=m.score,
                   attrs={**m.attrs, "why": f"{m.text[: last.start - m.start]}: a common word before the name"})


def _repaired(doc: Doc, m: Mention) -> Mention | None:
    """The mention with its span repaired, or None when it names no place: a set phrase (康庄大道) is none; a
    verb of passing jieba joined to the name is dropped (行经|北京站); a station named by a direction alone takes
    in the city before it (大同|南站 → 大同南站); a room of the place where something happens is taken in
    (某某博物院|老茶馆里)."""
    text = doc.text
    if m.text in _SET_PHRASES:
        return None
    hub = _HUB_AFTER.search(m.text)
    if hub is not None and not m.name:  # 某某国际机场|枢纽: the hub of a place is the place
        m = Mention(m.label, m.start, m.start + hub.start(1), m.text[: hub.start(1)], m.extractor, score=m.score,
                    attrs={**m.attrs, "head": hub.group(0)[: hub.start(1) - hub.start()]})
    m = _after_common_word(doc, m)
    start = m.start
    idx = doc.token_index()
    k = idx.at(m.start)
    while k < len(idx.tokens) and idx.tokens[k].end < m.end:
        if idx.tokens[k].text in _VISIT_CUES or idx.tokens[k].text in ("步入", "进入", "走入", "向"):
            start = idx.tokens[k].end  # 领导人步入|大厅, 某某罗向|…纪念碑: a verb or preposition ends what is before
        k += 1
    if start > m.start:
        known = next((x for x in range(start, m.end) if text[x : m.end] in lexicon().venues), None)
        if known is None and (m.attrs.get("head") or "") == text[start : m.end]:
            return None  # 步入大厅: the head alone names no place
        if known is None and not has_proper_part(doc, start, m.end - len(m.attrs.get("head") or "")):
            return None
        start = start if known is None else known
    elif (m.attrs.get("head") or "") == "港口" and _divisions_only(text[m.start : m.end - 2]):
        return None  # 江苏镇江港口: the ports of a place, a kind
    elif not m.attrs.get("known"):
        known = next((x for x in range(m.start + 1, m.end - 1) if text[x : m.end] in lexicon().venues), None)
        before = text[m.start : known] if known is not None else ""
        if known is not None and not _divisions_only(before) and not any(
                before.endswith(v) for v in lexicon().venues):
            start = known  # 某某罗向|人民英雄纪念碑: a known venue after words that are not a place
    if text.startswith("的", start) and m.end - start >= 4:
        start += 1  # 承建的|某某港: a particle jieba joined to the name
    verb = _LEADING_VERBS.match(text, start, m.end)
    if verb and m.end - verb.end() >= 3:
        start = verb.end()
    elif _DIRECTION_STATION.fullmatch(m.text) and not m.name:
        start = next((m.start - n for n in (4, 3, 2) if text[max(0, m.start - n) : m.start] in lexicon().by_name),
                     m.start)
    room = _ROOM_AFTER.match(text, m.end)
    if room is not None and (not m.name or m.name == m.text):
        return Mention(m.label, start, room.end(1), text[start : room.end(1)], m.extractor, score=m.score,
                       attrs=m.attrs)  # 在某某博物院老茶馆，…: the room of the place where it happens
    if start == m.start:
        return m
    return Mention(m.label, start, m.end, text[start : m.end], m.extractor, score=m.score, attrs=m.attrs)


#: A cue right before the first of two places joined by a dash (考察了|甲—乙经济合作区, 在|甲—乙友谊大桥).
_CUE_BEFORE_DASH = re.compile(r"(?:在|于|来到|走进|前往|参观|考察|调研|视察|抵达|到达|走访)了?"
                              r"([\u4e00-\u9fff]{2,6})[—–]$")


def _dash_joined(doc: Doc, m: Mention) -> Mention:
    """A name that begins with two places joined by a dash, right after a cue (考察了中某某—某某经济合作区): jieba cuts
    the first place into pieces, so the name found starts after the dash; it starts after the cue."""
    if m.start < 3 or doc.text[m.start - 1] not in "—–" or m.name:
        return m
    cue = _CUE_BEFORE_DASH.search(doc.text, max(0, m.start - 12), m.start)
    if cue is None or any(w in cue.group(1) for w in ("的", "和", "与", "及", "在", "是")):
        return m
    start = cue.start(1)
    return Mention(m.label, start, m.end, doc.text[start : m.end], m.extractor, score=m.score, attrs=m.attrs)


#: Words for the site of a work: after a place's own head (某某站工地, 某某大桥施工现场) they name where it is built.
_SITE_WORDS = ("施工现场", "建设工地", "工地")


def _site_of(doc: Doc, m: Mention) -> Mention:
    """A place whose name ends in the site of its building (某某铁路某某站工地): the place itself (某某铁路某某站)."""
    text = m.text
    site = next((w for w in _SITE_WORDS if text.endswith(w)), None)
    if site is None or m.name:
        return m
    end = m.end - len(site)
    if not _venue_head_at_end().search(doc.text, m.start, end) or end - m.start < 3:
        return m
    return Mention(m.label, m.start, end, doc.text[m.start : end], m.extractor, score=m.score,
                   attrs={**m.attrs, "why": f"{site}: the site where it is built"})


#: Words for a railway or metro line before a station's name (某某城际铁路|某某站, 地铁1号线|某某站).
_LINE_BEFORE_STATION = re.compile(r"(?:铁路|城际|高铁|高速铁路|客运专线|客专|地铁[0-9一二三四五六七八九十]*号?线|号线)"
                                  r"(?=[\u4e00-\u9fff]{2,6}站$)")


def _station_of_line(doc: Doc, m: Mention) -> Mention:
    """A station written after its line (某某城际铁路|某某站): the station's name is its own."""
    if not m.text.endswith("站") or (m.name and m.name != m.text):
        return m
    cut = None
    for x in _LINE_BEFORE_STATION.finditer(m.text):
        cut = x.end()
    if cut is None:
        return m
    idx = doc.token_index()
    first = idx.tokens[idx.at(m.start + cut)]
    if first.start != m.start + cut or not (first.pos.startswith(("ns", "nr", "nz", "j"))
                                            or first.text in lexicon().by_name):
        return m  # 某某铁路|集装箱中心站: the line's own station, named by a kind
    return Mention(m.label, m.start, m.end, m.text, m.extractor, name=m.text[cut:], score=m.score,
                   attrs={**m.attrs, "why": f"{m.text[:cut]}: the line the station is on"})


def _trimmed(doc: Doc, m: Mention) -> Mention:
    """The name without what only places it: a city or province before a street's name (北京老城区|某某胡同 →
    某某胡同), and a foreign country before a name the text also writes alone (泰国|某某大学 … 某某大学教授) or
    before a city that begins the name (某国|某城某某音乐厅: the city stays, as a Chinese city does).
    The mention keeps its span; only its canonical name is trimmed."""
    if m.name and m.name != m.text:
        return m
    text = doc.text
    idx = doc.token_index()
    k = idx.at(m.start)
    start = m.start
    lx = lexicon()
    if m.text.endswith(_STREET_NAME_HEADS):
        head = next(h for h in sorted(_STREET_NAME_HEADS, key=len, reverse=True) if m.text.endswith(h))
        while k < len(idx.tokens) and idx.tokens[k].start == start and (
                idx.tokens[k].text in lx.by_name or (start > m.start and idx.tokens[k].text in _CITY_PARTS)
                or (len(idx.tokens[k].text) > 2 and idx.tokens[k].text.endswith(("区", "市", "县")))):
            if m.end - len(head) - idx.tokens[k].end < 2:
                break  # 上海|南京路: the last place word is the street's name
            start, k = idx.tokens[k].end, k + 1
    elif k < len(idx.tokens) and idx.tokens[k].start == start and idx.tokens[k].text in lx.countries:
        rest = text[idx.tokens[k].end : m.end]
        city = idx.tokens[k + 1] if k + 1 < len(idx.tokens) else None
        if len(rest) >= 4 and text.count(rest) > text.count(m.text):
            start = idx.tokens[k].end
        elif city is not None and city.start == idx.tokens[k].end and city.pos.startswith(("ns", "nr", "nz")) \
                and m.end - city.end >= 3 \
                and city.text not in lx.by_name and city.text not in lx.countries \
                and not city.text.startswith(NAME_STARTS):
            start = city.start  # 某国|某城某某音乐厅: a country before its city only places the name
    if start == m.start:
        return m
    # the span stays whole (北京草厂胡同 is no 北京草厂 厂), the canonical name drops what only places it
    return Mention(m.label, m.start, m.end, m.text, m.extractor, name=text[start : m.end], score=m.score,
                   attrs={**m.attrs, "why": f"{text[m.start : start]}: only places it"})


def _with_direction(doc: Doc, m: Mention) -> Mention:
    """Take in a one-character direction that jieba split from the name, between a division and it
    (某某县前|南峪生态旅游区 → 前南峪生态旅游区: 前 is no direction after a county's name)."""
    idx = doc.token_index()
    k = idx.at(m.start) - 1
    if k < 1 or idx.tokens[k + 1].start != m.start:
        return m
    d, before = idx.tokens[k], idx.tokens[k - 1]
    if not (len(d.text) == 1 and d.text in "前后东西南北上下" and d.pos == "f" and d.end == m.start
            and before.end == d.start and before.pos.startswith("ns") and before.text.endswith(("县", "区", "旗"))):
        return m
    return Mention(m.label, d.start, m.end, doc.text[d.start : m.end], m.extractor, name=m.name, score=m.score,
                   attrs=m.attrs)


def _guessed_orgs(doc: Doc) -> list[Mention]:
    """Organisations only the statistical recogniser found (中部战区总医院, 火神山医院), whose name ends in a
    head of grounds (医院, 学校, 公司 …: kg/data/suffixes.tsv), with that head, for the checks of a place."""
    rules = {m.span for m in doc.candidates.get("organization", [])}
    out = []
    for m in doc.candidates.get("ner", []):
        if m.label != "Organization" or m.span in rules:
            continue
        head = next((m.text[i:] for i in range(1, len(m.text)) if m.text[i:] in lexicon().suffixes
                     and lexicon().suffixes[m.text[i:]][0] == "Organization"), "")
        if head.endswith(_PLACE_ORG_HEADS) and not any(c in m.text for c in "()（）“”《》"):
            out.append(Mention("Organization", m.start, m.end, m.text, m.extractor,
                               attrs={"head": head, "guess": True}))
    return out


def _plain_name(doc: Doc, start: int, head_start: int) -> bool:
    """Can a guessed organisation's words before its head be a name with no place or name token in them
    (火神山|医院, 中部战区总|医院): no count or rank before it, no verb, no generic or bare first word?"""
    if _a_kind(doc, start, head_start) or doc.text.startswith(_LEVELS, start):
        return False
    idx = doc.token_index()
    toks = idx.tokens[idx.at(start) : idx.at(head_start)]
    if len(toks) == 1 and toks[0].end == head_start and (toks[0].pos in ("n", "vn", "a") or not toks[0].pos) \
            and segmenter().tokenizer.FREQ.get(toks[0].text, 0) >= 10:
        return False  # 方舱|医院, 儿童|医院: a common noun jieba knows and the head make a kind, not a name
    if not toks or toks[0].start != start or toks[0].text in GENERIC or toks[0].text in _MISTAGGED \
            or toks[0].text in _BARE_PLACES or toks[0].text in STOP_WORDS:
        return False
    return not any((t.pos.startswith("v") and t.pos != "vn" and t.text not in ORG_VERBS)
                   or (t.pos.startswith(_NOT_IN_NAME) and not (t.pos == "f" and len(t.text) > 1 and t is toks[0]))
                   for t in toks)  # (东部战区总医院: a two-character localiser may begin the name)


#: What ends the names of villages and towns: a venue's name right before it is part of one.
_SETTLEMENTS = ("村", "镇", "乡", "屯", "寨", "嘎查")
#: Words that, as the next word, make a place's name the start of another's: a community, road, shop or line
#: named after it (某某花园社区, 某某公园路, 某某寺店, 某某机场线).
_LONGER_NAME = frozenset(("社区", "小区", "街道", "路", "街", "大街", "大道", "店", "分店", "线", "井", "支行", "分行",
                          "营业部", "组织", "新村", "北区", "南区", "东区", "西区"))
#: Words that put one place by another (甲位于乙, 甲站距乙): never inside a name.
_BETWEEN_PLACES = frozenset(("位于", "坐落", "坐落于", "地处", "设在", "距", "距离", "毗邻", "紧邻"))


def _balanced(name: str) -> bool:
    """Does every closing bracket in the name close one opened in it (not 州）泰（州）长江大桥, cut inside
    常（州）泰（州）长江大桥)?"""
    depth = 0
    for c in name:
        depth += c in "（("
        depth -= c in "）)"
        if depth < 0:
            return False
    return True


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Is the name inside the title of a work (《某某古城》) or of a quoted project or slogan that goes on
    past it (“某某窟161窟起甲壁画修复”): words about the place, not the place?"""
    line_start = max(text.rfind(c, 0, start) for c in "。\n") + 1
    before = text[line_start:start]
    if before.rfind("《") > before.rfind("》"):
        return text.find("》", end) >= 0
    if before.rfind("“") > before.rfind("”"):
        close = text.find("”", end)
        return close >= 0 and close - end >= 4 and not any(c in text[end:close] for c in "，。“")
    return False


def _starts_a_longer_name(doc: Doc, end: int) -> bool:
    """Is the word after the name one that makes it part of a longer name (某某花园|社区, not 某某公园|路过)?"""
    idx = doc.token_index()
    k = idx.at(end)
    return k < len(idx.tokens) and idx.tokens[k].start == end and idx.tokens[k].text in _LONGER_NAME


def _two_places(doc: Doc, start: int, end: int) -> bool:
    """Does the span hold a word that puts one place by another (某某馆位于某某寺, 某站距某某滑雪场)?"""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        if idx.tokens[k].text in _BETWEEN_PLACES:
            return True
        k += 1
    return False
#: Heads of the bodies that run a place (某某国家公园管理局, 某某园区管委会, 某某景区管理处): a place's name right
#: before one is part of the body's name, not a mention of the place.
_BODY_HEADS = ("管委会", "管理委员会", "管理处", "管理局", "管理中心", "管理所", "管理站", "党委", "党工委", "党组",
               "工委", "工会", "中队", "大队", "支队", "分队")


def _runs_a_body(text: str, end: int) -> bool:
    """Does the name ending at ``end`` begin the name of the body that runs it (某某公园管理处,
    某某遗址公园管委会: a place's name, then more place heads, then a body's)?"""
    return _body_after().match(text, end) is not None


@functools.cache
def _body_after() -> re.Pattern[str]:
    heads = sorted((h for h, (cls, _) in lexicon().suffixes.items() if cls == "Venue"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, heads))})*(?:{'|'.join(_BODY_HEADS)})")


#: 某家大院: a family's compound, named by its surname (a sight, a farm stay, a museum of old houses).
_FAMILY_COMPOUND = re.compile(r"([\u4e00-\u9fff])家大院")


def _family_compounds(doc: Doc, seen: set[tuple[int, int]]) -> list[Mention]:
    """Compounds named by a family's surname and 家大院 (徐家大院, 乔家大院): named places, unlike 文化大院.

    The surname must be a common one (kg/data/surnames.tsv: not 国家大院, 农家大院) and begin a word.
    """
    text = doc.text
    idx = doc.token_index()
    out = []
    for m in _FAMILY_COMPOUND.finditer(text):
        s, e = m.start(), m.end()
        if (s, e) in seen or lexicon().surnames.get(m.group(1)) != "common":
            continue  # (国家, 农家, 管家: words, and 国, 农, 管 rare surnames)
        if idx.tokens[idx.at(s)].start < s:
            continue  # 一家|大院: 家 ends a longer word
        out.append(Mention("Venue", s, e, text[s:e], "venue", score=1.4, attrs={"head": "大院"}))
    return out


#: Memorials named by a person, with an honorific or not (某某将军纪念馆, 某某烈士陵园, 某某故居, 某某纪念室): the name
#: is a person's, which jieba may tag as a common word, so the head-word rules find no proper part.
_MEMORIAL = re.compile(r"(?P<hon>将军|烈士|元帅|大将|上将|同志|先生|女士|总理)?"
                       r"(?P<head>纪念馆|纪念堂|纪念亭|纪念碑|纪念园|纪念室|纪念广场|纪念林|陵园|烈士墓|之墓|墓|故居|旧居"
                       r"|(?:革命|先进|英雄|生平)?事迹(?:陈列馆|陈列室|展览馆|馆)|生平展览馆|殉国地|殉难地|就义地|牺牲地)")
#: Ends of divisions' names: a division before a memorial only places it (某某自治县|某某纪念馆).
_DIVISION_ENDS = frozenset("省市县区州旗乡镇盟")
#: Heads that end a memorial only after a person's name with an honorific (某某将军墓, not 某某墓: 古墓, 汉墓).
_HONORIFIC_ONLY = ("墓", "之墓", "殉国地", "殉难地", "就义地", "牺牲地", "纪念亭", "纪念林")


def _place_before(doc: Doc, start: int) -> int:
    """Start of a place word written right before a memorial's person (十字|岭|某某将军殉国地): a word tagged a place,
    or such a word and a one-character end of a toponym, up to four characters; not a division, which only places
    the memorial (某某自治县|某某纪念馆)."""
    idx = doc.token_index()
    k = idx.at(start)
    if k > 1 and idx.tokens[k - 1].text in _TOPONYM_ENDS and idx.tokens[k - 1].end == start:
        k -= 1  # (十字|岭: the word before the end must be a place's)
    j = k - 1
    if j < 0 or idx.tokens[j].end != idx.tokens[k].start or start - idx.tokens[j].start > 4:
        return start
    word = idx.tokens[j].text
    if not idx.tokens[j].pos.startswith(("ns", "nz")) or word in lexicon().by_name or word[-1] in _DIVISION_ENDS:
        return start
    return idx.tokens[j].start


def _memorials(doc: Doc, seen: set[tuple[int, int]]) -> list[Mention]:
    """Memorials named by a person (某某将军纪念馆, 某某烈士陵园, 某某纪念室, 某某故居): a person's name (two to four
    characters, by kg.extract.names, or a person the statistical recogniser found) right before the head, or
    before an honorific and the head; an honorific lets a name jieba reads as a common word or a county through
    (a general named after a county). A place word attached before the name is part of it (某岭|某某将军殉国地).
    """
    text = doc.text
    idx = doc.token_index()
    persons = {(m.start, m.end) for m in doc.candidates.get("ner", ()) if m.label == "Person"}
    ends: dict[int, int] = {}
    for s, e in seen:
        ends[e] = min(s, ends.get(e, s))
    out = []
    for m in _MEMORIAL.finditer(text):
        hon, at = m.group("hon"), m.start()
        if not hon and m.group("head") in _HONORIFIC_ONLY:
            continue
        start = None
        for n in (3, 2, 4):
            s = at - n
            if s < 0 or idx.tokens[idx.at(s)].start != s or not all("\u4e00" <= c <= "\u9fff" for c in text[s:at]):
                continue
            tok = idx.tokens[idx.at(s)]
            if (tok.end == at and tok.pos.startswith(("v", "a", "d", "m"))) or tok.pos.startswith(_NOT_IN_NAME):
                continue  # 管护|烈士陵园: a verb, not a name; 于|某城烈士陵园: a preposition
            if (s, at) in persons or (is_name(text[s:at], strict=not hon, lenient=bool(hon))
                                      and text[s:at] not in GENERIC and text[s:at] not in STOP_WORDS):
                start = s
                break
        if start is None or (not hon and (start, at) not in persons and at - start < 3):
            continue  # (two characters alone and no honorific: 南湖纪念馆 is no person's)
        start = _place_before(doc, start)
        if (start, m.end()) in seen or ends.get(m.end(), len(text)) <= start:
            continue  # (a name the other rules found, as long or longer, stands; not one cut inside the person's)
        seen.add((start, m.end()))
        out.append(Mention("Venue", start, m.end(), text[start : m.end()], "venue", score=1.4,
                           attrs={"head": m.group("head"), "memorial": True}))
    return out


#: Heads of places visited that name no venue elsewhere (某某实验室, 某某小区, 某某机关): they make one after a
#: verb of visiting, or after 在 that sets the scene (。在某某机关，…).
_VISITED_HEADS = ("实验室", "小区", "机关", "店", "商店", "门店", "餐厅", "食堂", "商场", "超市", "农场", "牧场",
                  "林场", "茶园", "果园", "合作社", "大使馆", "使馆", "总领事馆", "领事馆")
_VISITED_RE = re.compile("|".join(sorted(_VISITED_HEADS, key=len, reverse=True)))
#: Verbs of living before 在 (住在, 居住在, 安置在): the place after them is where people stay.
_LIVING = re.compile(r"(?:住|居住|生活|定居|安家|安置|入住)$")
#: Words before 到 that make it the end of a range or of a sending (从甲到乙, 报送材料到甲), not a visit.
_SENT = re.compile(r"从|送|寄|递交|提交|上报|转交|运往")
#: Words of ownership before a company's name, not part of it (考察了民营某某公司).
_OWNERSHIP = frozenset(("民营", "国有", "国营", "私营", "外资", "合资", "独资", "央企", "国企", "港资", "台资"))
#: Nouns that say what kind of body follows (高新技术企业|某某公司), not part of its name.
_KIND_NOUNS = ("企业", "单位", "机构", "院校", "高校", "公司")
#: Tiers of bodies (县三级人大机关, 各级): no one place.
_TIERS = re.compile(r"[一二三四五六七八九十两各]级")
#: Ranks that make a kind of place (省级…基地).
_LEVELS = ("国家级", "省级", "市级", "区级", "县级", "部级", "世界级")
#: Localities written bare, which name no place (村党群服务中心: the village's, unnamed).
_BARE_PLACES = frozenset(("村", "镇", "乡", "街道", "社区", "小区"))
#: Verbs of visiting an organisation's grounds (来到某某公司, 考察了甲、乙和丙, 到某某集团).
_VISIT_CUES = frozenset(("来到", "走进", "前往", "参观", "参访", "走访", "抵达", "考察", "调研", "视察", "探访", "到",
                         "赴", "去", "深入", "到达", "赶赴", "步入", "走入"))


def _visited(doc: Doc, strict: set[tuple[int, int]]) -> list[Mention]:
    """Companies, schools, laboratories, shops … named as the places of a visit or a scene.

    A name ending in such a head counts right after a verb of visiting, or in a list after
    one (到甲集团、乙公司, 考察了甲、乙和丙), when it ends its item (来到某某公司，…, not 来到某某院院士…
    家中); after 在 it counts where the text sets a scene there (。在某某机关，…) or holds an event
    (在某某公司举行).
    """
    text = doc.text
    idx = doc.token_index()
    heads = [(s, e, h) for s, e, h in head_matches(doc, 0, len(text))
             if lexicon().suffixes[h][0] == "Organization" and h.endswith((*_PLACE_ORG_HEADS, "集团")) and len(h) > 1]
    for m in _VISITED_RE.finditer(text):
        tok = idx.tokens[idx.at(m.end() - 1)]
        if tok.end == m.end() and (len(m.group()) > 1 or tok.start == m.start()):
            heads.append((m.start(), m.end(), m.group()))
    out = []
    for s, e, h in heads:
        start = _cued_start(doc, s)
        if start is None:
            start = _whole_word_start(doc, s, e)  # 到|某某大学: jieba knows the name with its head as one word
        if start is None or (start, e) in strict:
            continue
        k = idx.ending_at(start)
        cue = idx.tokens[k] if k is not None else None
        if cue is not None and cue.text == "了" and k > 0:
            cue = idx.tokens[k - 1]
        elif cue is not None and _visited_before(idx, k):
            cue = idx.tokens[k - 2]  # 考察过的某某公司
        if cue is None:
            continue
        clause = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
        if cue.text in ("在", "于"):  # (在某某集团，…: a company's ways, not its grounds)
            scene = text.startswith("，", e) and cue.start == clause and h != "集团"
            living = _LIVING.search(text, max(0, cue.start - 2), cue.start) is not None and (
                _ends_item(doc, e) or text.startswith("的", e))
            if not (scene or living or text.startswith(_EVENT_VERBS, e) or text.startswith(_INSIDE, e)):
                continue  # (住在某某小区的…: where people live is a place they stay at)
        elif cue.text in _LIST_MARKS:
            if not _ends_item(doc, e):
                continue
        elif cue.text not in _VISIT_CUES or not _ends_item(doc, e) or (
                cue.text == "到" and _SENT.search(text, clause, start)):
            continue  # (从甲到乙: a range; 报送…到甲: where a thing is sent)
        if any(t.pos == "v" and len(t.text) == 1 and t.text != "驻" for t in idx.tokens[idx.at(start) : idx.at(s)]):
            continue  # 到中国读大学: a verb, not a name (but 中国驻某国大使馆)
        first = idx.tokens[idx.at(start)].text
        if _TIERS.search(text, start, e):
            continue  # 省、市、县三级…机关: bodies at each level, no one place
        if first in GENERIC or first in _MISTAGGED or first in _BARE_PLACES or text.startswith(_LEVELS, start) \
                or text.endswith(("副中心", "城市中心"), start, e):
            continue  # 企业集控中心, 村党群服务中心: no name; 省级…: a kind; 城市副中心: a part of a city
        for k in range(idx.at(s) - 1, idx.at(start) - 1, -1):  # 民营高新技术企业|某某公司: the kind, then the name
            t = idx.tokens[k]
            if (t.text in _OWNERSHIP or t.text.endswith(_KIND_NOUNS)) and t.end < s and (
                    _rare_word_in(doc, t.end, s) or has_proper_part(doc, t.end, s)):
                start = t.end
                break
        if _a_kind(doc, start, s):
            continue
        start = _after_province(doc, start, s)  # 黑龙江|某某农场
        strict.add((start, e))
        out.append(Mention("Venue", start, e, text[start:e], "venue", score=1.45,
                           attrs={"head": h, "cued": True, "also": "Organization"}))
    return out


#: Words ending in 馆 or 园 that are no head of a named hall or garden: eating and lodging places, parts of one,
#: homes, plots, and verbs (开馆, 入园).
_NOT_HALLS = frozenset("""餐馆 饭馆 面馆 茶馆 酒馆 旅馆 咖啡馆 菜馆 照相馆 场馆 开馆 闭馆 本馆 该馆 全馆 新馆 分馆
    老馆 入馆 进馆 到馆 在馆 出馆 离馆 建馆 办馆 使馆 大使馆 领事馆 总领事馆 公馆 此馆 校园 家园 田园 菜园 果园 茶园
    桃园 梨园 花园 入园 进园 出园 建园 该园 全园 本园 此园 开园 闭园 游园 逛园 巡馆 逛馆 参馆 访馆 巡园""".split())
#: One-character heads of halls and gardens (某某版本馆, 某某园) that the head words list only in longer words.
_HALL_ENDS = ("馆", "园")


def _hall_heads(doc: Doc) -> list[tuple[int, int, str]]:
    """Heads of halls and gardens that the head words do not list (某某版本馆, 某某校史馆, 某某档案馆, 某某园): a word
    ending in 馆 or 园, or 馆/园 alone after a noun, for the cued names only (走进中国某某馆, 在某某大学校史馆举行,
    在上海某园); known heads are left to :func:`kg.extract.phrases.head_matches`."""
    heads = lexicon().suffixes
    toks = doc.token_index().tokens
    out = []
    for k, tok in enumerate(toks):
        t = tok.text
        if t.endswith("城") and tok.pos == "n" and _market_town(t, toks[k - 1] if k else None):
            out.append((tok.start, tok.end, t))
            continue
        if not t.endswith(_HALL_ENDS) or t in _NOT_HALLS or t.endswith(("使馆", "领事馆")) \
                or not "\u4e00" <= t[0] <= "\u9fff" or any(t.endswith(h) for h in heads if h.endswith(_HALL_ENDS)):
            continue
        if (len(t) == 1 and not tok.pos.startswith(("n", "zg"))) or (len(t) == 2 and (
                tok.pos.startswith("v") or segmenter().pos.word_tag_tab.get(t[0], "").startswith("v"))):
            continue  # (开园, 闭馆: a verb and the head)
        out.append((tok.start, tok.end, t))
    return out


#: Words ending in 城 that name a town, a city's part or a city's nickname, not a built complex (县城, 老城, 江城).
_NOT_COMPLEXES = frozenset("""县城 省城 京城 全城 老城 主城 古城 新城 进城 出城 满城 山城 内城 外城 皇城 边城 名城
    小城 江城 春城 都城 卫城 长城 鹏城 羊城 蓉城 榕城 星城 冰城 泉城 石城 空城 围城 攻城 守城 筑城""".split())


def _market_town(word: str, before) -> bool:
    """Is a word ending in 城 (tagged a common noun) the head of a built complex's name (某某国际商贸城, 某某水产|城,
    某某航天城), not a town or a city (县城, 盐城, 某某|凤凰|城)?"""
    if word in _NOT_COMPLEXES or word[:-1] in lexicon().by_name or _military(word[:-1]):
        return False  # (红军城: a town named after an army)
    if len(word) >= 3:
        return True
    return word == "城" and before is not None and before.end > 0 and before.pos in ("n", "vn") \
        and len(before.text) >= 2 and before.text not in GENERIC and before.text not in lexicon().by_name \
        and not _military(before.text)


def _whole_word_start(doc: Doc, head_start: int, end: int) -> int | None:
    """Start of a name that jieba reads as one proper word with its head (某某大学, tagged nt), right after a cue
    (到|某某大学, 考察了|某某研究院, 、|某某公司 in a list visited), else None."""
    idx = doc.token_index()
    k = idx.at(head_start)
    tok = idx.tokens[k]
    if k == 0 or tok.start >= head_start or tok.end != end or not tok.pos.startswith(PROPER_TAGS) \
            or tok.text in lexicon().by_name:
        return None
    stem = tok.text[: head_start - tok.start]
    seg = segmenter()
    if not (stem in lexicon().by_name or seg.pos.word_tag_tab.get(stem, "").startswith(PROPER_TAGS)
            or (len(stem) >= 2 and seg.tokenizer.FREQ.get(stem, 0) == 0)):
        return None  # 加工厂, 中医院: a kind jieba tags as a body, no name before the head
    prev = idx.tokens[k - 1]
    if prev.end != tok.start:
        return None
    if prev.text in ("到", "赴", "去", "在", "于"):  # 到某某大学实地考察, not 到某某大学任教: a visit, not a career
        return tok.start if doc.text.startswith(_VISIT_AFTER, end) else None
    if _is_cue(prev.text) or (prev.text == "了" and k > 1 and _is_cue(idx.tokens[k - 2].text)) \
            or (prev.text in _LIST_MARKS and _visited_list(doc, prev.start)):
        return tok.start
    return None


#: What is done on a visit, right after the place (到某某大学实地考察, 在某某公司调研).
_VISIT_AFTER = ("看望", "慰问", "了解", "察看", "听取", "调研", "考察", "参观", "视察", "走访", "实地", "检查", "指导")


#: A paragraph that opens on a place, alone or after a time (清晨，某县某某小学。 / “五一”假期，某某旅游区，游客…):
#: the place is where the scene is set.
_SCENE_OPEN = re.compile(r"(?:^|\n)[ \u3000]*(?:[^\n，。；：！？]{0,10}(?:清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上"
                         r"|夜晚|深夜|凌晨"
                         r"|近日|日前|当天|当日|此时|眼下|如今|假期|期间|时分|时许|日|前夕)，)?")
#: Words after a name and its comma that make it the topic of a sentence, not a scene (某某医院，是…, 作为…).
_TOPIC_AFTER = ("是", "作为", "成立", "始建", "创建", "创办", "由", "将", "已", "也", "还", "都", "共", "一")


#: Marks that end a sentence: a line without one at its end is a heading (研学基地，激发乡亲潜能).
_SENTENCE_ENDS = ("。", "！", "？", "…", "”", "）", "」", "；", "：")


def _heading(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` a heading (no sentence mark at its end), which sets no scene?"""
    end = text.find("\n", pos)
    return not text[pos : len(text) if end < 0 else end].rstrip().endswith(_SENTENCE_ENDS)


def _scenes(doc: Doc, strict: set[tuple[int, int]]) -> list[Mention]:
    """Places a paragraph opens on, followed by a pause (清晨，某县某某小学。, 某某集团某某车间，几百台…):
    a school, hospital, mine or works (kg/data/suffixes.tsv) named there is where the scene is set."""
    text = doc.text
    anchors = frozenset(m.end() for m in _SCENE_OPEN.finditer(text))
    idx = doc.token_index()
    ends = {e for _, e in strict}  # (a name found otherwise keeps its start: 车行|武汉某某大道)
    out = []
    for s, e, h in head_matches(doc, 0, len(text)):
        cls = lexicon().suffixes[h][0]
        if not (cls == "Venue" or (cls == "Organization" and h.endswith(_PLACE_ORG_HEADS) and not h.endswith(_ACTORS))):
            continue
        if e in ends or not text.startswith(("，", "。"), e) or text.startswith(_TOPIC_AFTER, e + 1):
            continue
        start = _cued_start(doc, s, anchors)
        if start is None or start not in anchors or (start, e) in strict or _a_kind(doc, start, s) \
                or _heading(text, e):
            continue
        toks = idx.tokens[idx.at(start) : idx.at(s)]
        if any((t.pos.startswith("v") and not _rare(t.text)
                and (t is toks[0] or (t.pos != "vn" and t.text not in ORG_VERBS))) or t.text in _BUILD_VERBS
               for t in toks):
            continue  # 建设某某医院，…, 漫步某某公园，…: a clause about the place, not the place alone
        start = _after_province(doc, start, s)
        strict.add((start, e))
        out.append(Mention("Venue", start, e, text[start:e], "venue", score=1.4,
                           attrs={"head": h, "scene": True, **({"also": "Organization"} if cls != "Venue" else {})}))
    return out


#: 在/于 X 举行 (召开, 开幕 …): X, up to the event verb, is where an event is held.
_HELD_IN = re.compile(r"(?:在|于)([^，。、；：！？“”《》（）()\s在于的和与及、]{2,16}?)"
                      r"(?=(?:隆重)?(?:举行|召开|举办|开幕|开讲|揭牌|落幕|闭幕|拉开帷幕))")
#: 在甲和乙 举行 (展开 …): two places where one event is held (a surgery in two hospitals, a meeting in two halls).
_HELD_IN_TWO = re.compile(r"(?:在|于)([^，。、；：！？“”《》（）()\s在于的和与及、]{2,16}?)(?:和|与|及|、)"
                          r"([^，。、；：！？“”《》（）()\s在于的和与及、]{2,16}?)"
                          r"(?=(?:同时|同步|分别)?(?:举行|召开|举办|开幕|展开|揭牌|落幕|闭幕))")
#: Words that make the place of an event no name (在当地文化宫, 在其官邸, 在该市体育馆).
_DETERMINERS = ("当地", "其", "该", "本", "各", "这", "那", "此", "某", "我", "新", "一", "市", "区", "县", "村", "镇",
                "乡", "集镇")


@functools.cache
def _grounds_head_at_end() -> re.Pattern[str]:
    """Heads of organisations whose grounds hold events (某某大学, 某某实验室, 某某公司), at the end of a name."""
    heads = sorted({*(h for h, (cls, _) in lexicon().suffixes.items() if cls == "Organization"
                      and h.endswith((*_PLACE_ORG_HEADS, "集团")) and len(h) > 1), *_VISITED_HEADS},
                   key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, heads))})$")


@functools.cache
def _venue_head_at_end() -> re.Pattern[str]:
    heads = sorted((h for h, (cls, _) in lexicon().suffixes.items() if cls == "Venue"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, heads))})$")


def _held_in(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Places read from their context first: where the text holds an event (在 X 举行, 召开, 开幕 …) or that
    people visit, work at or are taken to (来到 X，, 参观甲、乙, 进驻 X，, 送到 X 救治), X ending in a place's head
    word or an organisation's whose grounds are a place (医院, 学校, 公司 …), though jieba joins the head into a
    longer word or cuts a verb into the name (哈瓦那革命宫, 某某独立广场, 某某站), which the head-word rules do not
    read as names. See :func:`_context_place` for what X must be."""
    text = doc.text
    taken = [(m.start, m.end) for m in found]
    out = []
    spans = [m.span(1) for m in _HELD_IN.finditer(text)]
    spans += [m.span(g) for m in _HELD_IN_TWO.finditer(text) for g in (1, 2)]
    for v in _VISIT_AT.finditer(text):
        pos, items = v.end(), []
        while (end := _item_end(text, pos)) is not None:
            items.append((pos, end))
            if _LIST_OF_OWNERS.match(text, end):
                items = []  # 参观甲、乙等企业的展台: the list says whose stands are visited
                break
            if not text.startswith(("、", "和", "及"), end):
                break
            pos = end + 1  # 参观甲、乙和丙: each item is visited
        spans += items
    for start, end in spans:
        m = _context_place(doc, start, end)
        if m is not None and not any(s < m.end and m.start < e and not (m.start <= s and e < m.end)
                                     for s, e in taken):  # (a longer name may begin with one found: 某某体育馆方舱医院)
            taken.append(m.span)
            out.append(m)
    return out


#: Verbs of visiting, working at, staying at or being taken to a place, or of being kept, buried or held there, then
#: the places: items up to a pause, a list mark or what is done there (来到甲、乙, 进驻某某医院，, 送到某某医院救治,
#: 收藏于某某博物馆，, 关押在某某集中营).
_VISIT_AT = re.compile(r"(?:来到|走进|参观|参访|考察|前往|抵达|到达|探访|走访|视察|瞻仰|游览|驰援|支援|奋战在|坚守在"
                       r"|战斗在|工作在|入驻|进驻|住进|(?<![报寄发传输运递])送(?:往|到|至)|转运至|转运到|转至|赶赴|奔赴|派驻|派往"
                       r"|下沉到|值守在|收藏于|陈列于|珍藏于|存放于|安放于|安葬于|安葬在|长眠于|长眠在|关押在|关押于|关押进"
                       r"|囚禁于|押送到|押往|就义于|牺牲于|病逝于|逝世于)了?")  # (not 报送到某某中心: what is sent)
#: Characters that no visited place's name holds, and what may follow one.
_ITEM_STOPS = frozenset("，。、；：！？“”《》（）() \n\u3000在于的等")
_ITEM_AFTER = re.compile(r"[，。、；]|和|及|等|参观|考察|调研|看望|慰问|了解|察看|实地|时[，。]|期间|后[，。]|工作|救治"
                         r"|治疗|抢救|急救|抗疫|支援|开展|参与|接受|就诊")
#: Words that end phrases elsewhere (kg.extract.phrases.STOP_WORDS) but occur inside places' names
#: (某某推进实验室, 某某联合训练基地, 某某人大代表之家).
_NAME_WORDS = frozenset(("推进", "联合", "代表", "推动", "支持", "帮助"))
#: A count or a distributive inside a place's words (35家医院, 各级医院, 等地医院): many places, a kind.
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十两几多数百千万]+[家所个座处批类名位]|各级|各大|各地|各类|等地")
#: Words right before a head that make a kind of place, not a name (某市定点医院, 受援医院, 一线医院).
_KIND_MODIFIERS = ("定点", "受援", "一线", "基层", "集中收治", "指定", "隔离", "各级", "互联网")
#: Common nouns that stand before a place's name in apposition (终点站|某某站, 首站|某某馆).
_BEFORE_NAME = ("终点站", "终点", "起点", "首站", "始发站")


def _item_end(text: str, pos: int) -> int | None:
    """End of the place named at ``pos`` after a verb of visiting: the first end, within the clause, that a pause,
    a list mark or what is done there follows and a head word precedes (a 和 inside a name, 某某协和医院, is no end);
    else the first end such words follow."""
    first = None
    for e in range(pos + 2, min(len(text), pos + 17) + 1):
        if text[e - 1] in _ITEM_STOPS:
            break
        if _ITEM_AFTER.match(text, e) is None:
            continue
        if first is None:
            first = e
        if _venue_head_at_end().search(text, pos, e) or _grounds_head_at_end().search(text, pos, e):
            return e
    return first


def _context_place(doc: Doc, start: int, end: int) -> Mention | None:
    """The place at ``[start, end)`` that its context says is one (held there, visited), if it reads as a name.

    X must end in a place's head word and hold a sign of a proper name before it (a word jieba tags as a place
    or name, a division or country, or a head jieba joined into a name: 卢浮宫), and must not begin with a
    determiner, a count or a bare locality (在当地文化宫, 在其官邸, 来到一家书店, 在村文化广场): those name no
    place; nor be a city (在香港举办). 首都 or 终点站 before it only places or classes it (在首都|某某宫,
    到达终点站|某某站). An organisation's grounds count too (在某某实验室举行, 进驻某某医院: also an organisation).
    """
    text = doc.text
    idx = doc.token_index()
    lx = lexicon()
    head = _venue_head_at_end().search(text, start, end)
    also = {}
    if head is None:
        head = _grounds_head_at_end().search(text, start, end)
        also = {"also": "Organization"}
    if any(text.endswith(w, start, end) for w in _LOCATIVE):
        return None  # 在某国首都某某市中心举行: a part of a city, not a place in it
    if head is None or head.start() == start or "某" in text[start:end]:
        return None
    for word in ("首都", *_BEFORE_NAME):
        if text.startswith(word, start) and start + len(word) < head.start():
            start += len(word)  # (在首都|某某革命宫)
            break
    k = idx.at(start)
    if k >= len(idx.tokens) or idx.tokens[k].start != start or text[start:end] in lx.by_name \
            or (idx.tokens[k].end == end and idx.tokens[k].pos.startswith("ns")):
        return None  # 在香港举办, 在张家港召开: a city, not a place in it
    first = idx.tokens[k].text
    if first in GENERIC or first in STOP_WORDS or first in _BARE_PLACES \
            or (first.startswith(_DETERMINERS) and first not in lx.by_name) \
            or idx.tokens[k].pos.startswith(("m", "r", "t", "d", "p", "v", "c", "u")):
        return None
    stem = text[start : head.start()]
    if _COUNTED.search(stem) or stem.endswith(_KIND_MODIFIERS) or _VISIT_AT.search(text, start + 1, end):
        return None  # 青海35家医院, 西藏各级医院, 某地定点医院, 某某队进驻该医院: kinds, or a clause
    evidence = False
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        tok = idx.tokens[k]
        if tok.start > start and (tok.text in "了在从向被把给对将是有" if len(tok.text) == 1
                                  else tok.text in STOP_WORDS and tok.text not in _NAME_WORDS):
            return None  # 某某研究院成立了某某中心: a clause, not a name (but 某某推进实验室)
        if tok.end <= head.start() and ((tok.text in _APPOSITIVE and tok.end < head.start()) or tok.text in _LOCATIVE
                                        or tok.text in _OWNERSHIP
                                        or (tok.text.endswith(_KIND_NOUNS) and tok.end < head.start())):
            start, evidence = tok.end, False  # 石油重镇|某某港, 某国南部|某某港: what places or classes the name
            k += 1
            continue
        part = tok.text if tok.end <= head.start() else tok.text[: max(0, head.start() - tok.start)]
        if tok.end > head.start() and tok.start < head.start() and not tok.pos.startswith(PROPER_TAGS):
            part = ""  # (a head joined to a common word: 首相官邸 is one word of no name)
        if part and part not in GENERIC and part not in _MISTAGGED and (
                tok.pos.startswith(PROPER_TAGS) or part in lx.by_name or part in lx.countries):
            evidence = True  # (not a rare common word: 科创园区, 革命烈士纪念馆 name no place)
        k += 1
    if head.group().endswith(_REGISTERED) and head.start() - start >= 2:
        evidence = True  # 前往某钢某某带钢有限公司: a registered company's name, whatever its words
    if not evidence or start >= head.start() or _a_kind(doc, start, head.start()) \
            or _bare_hall(doc, start, end, head.group()):
        return None
    k = idx.at(start)
    stem = text[start : head.start()]
    if idx.tokens[k].end == end and segmenter().tokenizer.FREQ.get(idx.tokens[k].text, 0) >= 10 and len(stem) < 3:
        return None  # 王宫, 国宾馆, 加油站: one common word, no name (not 武汉协和医院, one word too)
    return Mention("Venue", start, end, text[start:end], "venue", score=1.4 if not also else 1.45,
                   attrs={"head": head.group(), "held": True, **also})


#: Registered forms of companies (《企业名称登记管理规定》): the words before one are a name, not a kind.
_REGISTERED = ("有限公司", "有限责任公司", "股份公司")
#: Heads of bodies that act more than they are visited (某某公司，…: the company's deeds, not its grounds).
_ACTORS = ("公司", "中心", "研究院", "研究所", "集团")


#: Street words that end a street's name (天坛路, 永定门东街, 崇文门外大街).
_STREET_HEADS = frozenset(("路", "街", "大街", "东路", "西路", "南路", "北路", "中路", "东街", "西街", "南街", "北街",
                           "前街", "后街"))
#: What may stand before a street's name: a cue of place or route, or a list mark.
_STREET_BEFORE = frozenset(("在", "沿", "沿着", "位于", "途经", "经过", "经", "至", "到", "从", "、", "和", "及",
                            "走进", "来到", "穿过", "地处", "坐落于"))
#: What may follow a street: a pause, a list mark, or words of place (路上, 路口, 路边).
_STREET_AFTER = re.compile(r"[，。、；）]|和|及|与|上|口|边|旁|两侧|沿线|一带|的|附近|东侧|西侧|南侧|北侧|交叉|一路")


#: Verbs that give an address (位于某某路…, 地处某某街…): what follows is a place, whatever comes after the street.
_ADDRESS_BEFORE = re.compile(r"(?:位于|地处|坐落于|坐落在)[\u4e00-\u9fff]{1,10}$")


def _street_word(tok_text: str, pos: str) -> bool:
    """Can the token be (part of) a street's name: a place or name, or a word jieba hardly knows?"""
    if tok_text in GENERIC or tok_text in STOP_WORDS:
        return False
    if pos.startswith(("ns", "nr")):
        return True
    return pos.startswith(("n", "j")) and segmenter().tokenizer.FREQ.get(tok_text, 0) < 500


def _streets(doc: Doc) -> list[Mention]:
    """Streets named by a place word and 路/街 after a cue or a division (在天坛路, 沿某某东街、某某大街,
    位于某某区某某路): the street word stands alone, so 铁路, 道路, 思路 are never heads."""
    text = doc.text
    toks = doc.token_index().tokens
    lx = lexicon()
    out = []
    for k in range(1, len(toks)):
        tok = toks[k]
        if tok.text in _STREET_HEADS:
            head_start, j = tok.start, k - 1
        elif len(tok.text) >= 3 and tok.pos.startswith("ns") and tok.text.endswith(("路", "街")) \
                and tok.text[-2:] not in ("道路", "铁路", "公路", "线路", "大路", "马路"):
            head_start, j = tok.end - 1, k - 1  # 淮海路 as one word
        else:
            continue
        if not _STREET_AFTER.match(text, tok.end) \
                and not _ADDRESS_BEFORE.search(text, max(0, tok.start - 12), tok.start):
            continue  # (位于某某路某某小区: after 位于 an address goes on)
        start = head_start if tok.end - 1 == head_start and tok.text not in _STREET_HEADS else tok.start
        if tok.text in _STREET_HEADS:
            if j >= 0 and toks[j].text in ("外", "内") and toks[j].end == tok.start:
                j -= 1  # 崇文门外大街
            first = j
            while first >= 0 and k - first <= 3 and toks[first].end == toks[first + 1].start \
                    and _street_word(toks[first].text, toks[first].pos) and toks[first].text not in lx.by_name:
                first -= 1
            if first == j:
                continue
            start, j = toks[first + 1].start, first
        else:
            start = tok.start
        if tok.end - start > 7 or j < 0:
            continue
        prev = toks[j]
        if prev.end != start and prev.text not in _STREET_BEFORE:
            continue
        if prev.text in _STREET_BEFORE or prev.text in lx.by_name:  # 在某某路, 上海|某某路, 江岸区|某某路
            out.append(Mention("Venue", start, tok.end, text[start : tok.end], "venue", score=1.4,
                               attrs={"head": "路", "street": True}))
    return out


def _located(doc: Doc, venues: list[Mention]) -> list[Relation]:
    """某馆位于某区…: a venue in the division the text places it in."""
    text = doc.text
    places = [m for m in doc.candidates.get("district", []) if m.label in ("District", "City")]
    out = []
    for v in venues:
        verb = re.match(r"(?:位于|坐落于|坐落在|地处)", text[v.end : v.end + 3])
        if not verb:
            continue
        after = v.end + verb.end()
        for p in places:
            if after <= p.start <= after + 6:
                out.append(Relation("containedInPlace", v, p, v.start, p.end, "venue"))
                break
    return out
