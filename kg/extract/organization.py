"""Organisations: companies, hospitals, schools, Party and government bodies, found by their head word.

Besides names grown leftwards from a head word (:func:`kg.extract.phrases.named_phrases`):
national bodies of ``kg/data/organisations.tsv`` where a word begins and ends (not 司法部门),
with a foreign country before them as that country's body (泰国外交部); ministries named by
their minister (美国|财政部长, 某国|农林|部长) or by their fields joined with 、/和/与 before an officer's title
(某国旅游、艺术和文化部副秘书长); the CPPCC named with its term (政协第十四届全国委员会 → 全国政协); committees named
by their level alone (市委、市政府);
papers in title marks (《某某日报》); sports teams named by a country or division (某国女队,
某省女篮). Not a kind of company that jieba holds as one name (上市公司). Where a name starts:
after a dateline (…5日电|外交部), after a clause grown into it (某公司买下|某公司), after a
larger division (河南省|洛阳市某中学).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg.extract.phrases import GENERIC, ORG_VERBS, PROPER_TAGS, has_proper_part, named_phrases
from kg.lexicon import lexicon, read_tsv
from kg.registry import extractor
from kg.scan import Wordlist
from kg.types import Doc, Mention, Token

__all__ = ["organization"]

#: 党委/党组 before 书记 belongs to the title (党委书记), not to the organisation's name.
_PARTY_TITLE = re.compile(r"(?:常务)?(?:副)?书记|成员")
#: A unit named alone in a title chain (、宣传部部长, 、12345热线办公室主任): its parent is the organisation before.
_BARE_UNIT = re.compile(
    r"(?<=、)((?:[0-9A-Za-z]{2,8})?[\u4e00-\u9fff]{2,4}?(?:部|办公室|办|处|科|室|局))"
    r"(?=(?:常务)?(?:副)?[\u4e00-\u9fff]{0,3}(?:长|主任|书记))"
)


#: A head's title glued to a body's name in one word (财政部长 = 财政部 + 部长): the body ends inside the word.
_HEAD_TITLE = ("部长", "局长", "厅长", "署长")
#: A minister named by the ministry (财政部长, 农业部长): the ministry is the word less its last character.
_MINISTER = re.compile(r"[\u4e00-\u9fff]{2,8}部长")
#: Dateline and lead markers a name grown leftwards may take in (北京6月25日电外交部, 本报讯某公司).
_LEAD = re.compile(r"(?<=[0-9０-９一二三四五六七八九十])日专?电|本报讯")
#: Names of China before a national body: 中国外交部 is still 外交部.
_CHINA = ("中国", "中华人民共和国", "我国")


#: A newspaper or magazine named in title marks: 《某某日报》, 《某某时报》, 《某某新闻》, 《某某周刊》.
_PRESS = re.compile(r"(?<=《)([^《》，。、的\s]{1,12}?(?:报|新闻|周刊|杂志|画报))(?=》)")
#: Documents whose titles end like a newspaper's: 《统计公报》, 《情况通报》, 《工作简报》.
_NOT_PRESS = ("公报", "通报", "简报", "情报", "海报", "汇报", "年报", "季报", "举报", "警报", "电报", "预报")


@functools.cache
def _known() -> Wordlist:
    return Wordlist(lexicon().organisations)


@functools.cache
def _parties() -> frozenset[str]:
    """Labels of the parties of kg/data/organisations.tsv: 民革中央 is the party's central committee."""
    return frozenset(name for name, _aliases, kind in read_tsv("organisations.tsv") if kind == "party")


#: A session named before a body (第十四届全国人大, 六届人大常委会): part of the name as written.
_SESSION = re.compile(r"第?[一二三四五六七八九十百]+届$")
#: The national committee of the CPPCC named with its term (政协第十四届全国委员会): the body 全国政协 of
#: kg/data/organisations.tsv, as its appointment and removal notices name it.
_CPPCC_TERM = re.compile(r"(?:中国人民政治协商会议|政协)第[一二三四五六七八九十]+届全国委员会(?!第|常务委员会)")
#: Words ending in 处 that name a place, not an office (交界处, 深处, 入口处).
_PLACE_CHU = ("交界处", "深处", "远处", "近处", "高处", "低处", "结合处", "连接处", "交汇处", "入口处", "出口处",
              "接合处", "相接处", "尽头处", "拐弯处", "转弯处")


def _on_words(doc: Doc, s: int, e: int) -> bool:
    """Does ``[s, e)`` begin where a word begins and end where one ends (or before a head's title)?

    司法部门 and 村民进行 hold 司法部 and 民进 but name neither; 财政部长 names 财政部, and
    全国政协委员 (one word to jieba) names 全国政协.
    """
    idx = doc.token_index()
    if not idx.tokens:
        return True
    first = idx.tokens[idx.at(s)]
    last = idx.tokens[idx.at(e - 1)]
    if first.start != s:
        return False
    if last.end == e or (last.end == e + 1 and doc.text[e - 1 : e + 1] in _HEAD_TITLE):
        return True
    return last.start < e and doc.text[e : last.end] in lexicon().titles  # 全国政协|委员 in one word


def _place_before(doc: Doc, s: int):
    """The place word right before ``s`` (美国|国防部, 俄|外交部), if any: a body of that place."""
    idx = doc.token_index()
    k = idx.ending_at(s)
    if k is None:
        return None
    tok = idx.tokens[k]
    if _LEAD.match(doc.text, tok.start):
        return None  # 25日电|外交部: a dateline, not a place
    if tok.pos.startswith(("ns", "j")) and tok.text not in GENERIC and tok.text not in ("全国", "国家", "中央"):
        return tok
    return None


def _ministries(doc: Doc) -> list[Mention]:
    """A ministry named by its minister's title after a place: 美国|财政部长 → 美国财政部.

    Without a place, the title names one body only after 兼 or at the start of a clause
    (副总理兼|农业部长, 。内政部长…), not in 全国|宣传部长会议; a ministry of the national
    list is found by :func:`_known` instead.
    """
    out = []
    idx = doc.token_index()
    known = lexicon().organisations
    for m in _MINISTER.finditer(doc.text):
        k = idx.at(m.end() - 1)
        tok = idx.tokens[k]
        if tok.text == "部长" and tok.end == m.end():
            out.extend(_split_ministry(doc, k))
            continue
        if tok.end != m.end() or len(tok.text) < 4 or tok.pos.startswith(("nr", "v")):
            continue
        body = tok.text[:-1]
        if body[:-1] in lexicon().titles or body.startswith(("副", "常务", "总")):
            continue
        if body in known:
            continue  # 美国|财政部长: the national list's 财政部 is found (with its place) by _known
        place = _place_before(doc, tok.start)
        prev = idx.tokens[k - 1] if k > 0 else None
        clause = prev is None or prev.end != tok.start or prev.text == "兼" or prev.pos.startswith("x")
        if place is None and not clause:
            continue
        start = place.start if place is not None else tok.start
        out.append(Mention("Organization", start, tok.end - 1, doc.text[start : tok.end - 1],
                           "organization", score=1.4, attrs={"head": "部", "minister": True}))
    return out


#: A foreign ministry named by its fields joined with 、, 和, 与 or 及 (某国旅游、艺术和文化部, 某国电力与能源部,
#: 某国联邦食品和农业部), before its officer's title: 2 to 4 fields of 1 to 10 characters each.
_FIELD = r"(?:(?![部局长、和与及的])[\u4e00-\u9fff]){1,10}"
_COORDINATED = re.compile(rf"(?![前原]){_FIELD}(?:(?:、|(?<!共)和|与|及){_FIELD}){{1,4}}[部局]")
#: Words no field of such a name holds: an office of its own (某国总统某某、某国某某部).
_NOT_IN_FIELD = re.compile(r"相|卿|总统|主席|大使|书记|委员|总理|外长|大臣|代表|特使|成员|领袖|牵头人|举行")
#: What follows such a ministry's name: its officer's title (部长, 副秘书长; 部长 may share the 部).
_MINISTRY_TITLE = re.compile(r"长|(?:前|原|代理|副|常务副)?(?:部长|局长|秘书长|常务秘书|国务秘书|官员|发言人)")
#: Or one of its units and that unit's title (某国某某和某某部|减贫处|处长).
_MINISTRY_UNIT = re.compile(r"[\u4e00-\u9fff]{1,6}?[处司局室]")


def _coordinated_ministries(doc: Doc) -> list[Mention]:
    """Foreign ministries whose names join their fields (某国经济和财政部部长 → 某国经济和财政部).

    The country (``kg/data/countries.tsv``) starts a token, and a title follows the ministry (部长, 副秘书长)
    or one of its units does (某国某某和某某部|减贫处|处长): 和 and 、 join fields of one name only there,
    not in a list of bodies (某国外交部和国防部).

    >>> # 某国旅游、艺术和文化部副秘书长某某 → 某国旅游、艺术和文化部
    """
    text = doc.text
    out: list[Mention] = []
    lx = lexicon()
    idx = doc.token_index()
    if not idx.tokens:
        return out
    for country in {c for c in lx.countries if len(c) >= 2 and c in text and c not in ("外国", "该国")}:
        for cm in re.finditer(re.escape(country), text):
            s = cm.start()
            if idx.tokens[idx.at(s)].start != s:
                continue
            m = _COORDINATED.match(text, cm.end())
            if m is None or _NOT_IN_FIELD.search(text, m.start(), m.end()) or any(
                    c in text[m.start() : m.end()] for c in lx.countries if len(c) >= 2):
                continue  # 某国利雅得与某国外交部: two bodies, or a place and a body
            e = m.end()
            unit = _MINISTRY_UNIT.match(text, e)
            if not (_MINISTRY_TITLE.match(text, e) or (
                    unit is not None and _title_regex_at(text, unit.end()))):
                continue
            out.append(Mention("Organization", s, e, text[s:e], "organization", score=1.5,
                               attrs={"head": text[e - 1], "minister": True}))
    return out


def _title_regex_at(text: str, pos: int) -> bool:
    """Does a title of ``kg/data/titles.tsv`` start at ``pos`` (处长, 副局长)?"""
    titles = lexicon().titles
    return any(text.startswith(t, pos) or text.startswith("副" + t, pos) for t in titles if len(t) >= 2)


def _split_ministry(doc: Doc, k: int) -> list[Mention]:
    """A foreign ministry whose minister's title jieba cut off its field: 某国|农林|部长 → 某国农林部.

    The field is one or two nouns between a country of ``kg/data/countries.tsv`` and 部长.
    """
    idx = doc.token_index()
    j = k
    while j > 0 and k - j < 2:
        prev = idx.tokens[j - 1]
        if prev.end != idx.tokens[j].start or not prev.pos.startswith(("n", "vn")) or prev.pos.startswith(
                ("nr", "ns")) or prev.text in lexicon().titles or prev.text in GENERIC:
            break
        j -= 1
    if j == k or j == 0:
        return []
    place = idx.tokens[j - 1]
    if place.end != idx.tokens[j].start or place.text not in lexicon().countries:
        return []
    end = idx.tokens[k].start
    if not doc.text.endswith("部", 0, end):
        end += 1  # 某国财政|部长: the 部 is the ministry's and the title's (某国内政部|部长 names it whole)
    return [Mention("Organization", place.start, end, doc.text[place.start : end], "organization", score=1.4,
                    attrs={"head": "部", "minister": True})]


#: A team named by its place: 某国队, 某市女篮, 某国男子足球队, 某省代表队 (the place before it checked by token).
_TEAM = re.compile(
    r"(?:国家)?(?:男子|女子|男|女)?(?:青年|少年)?(?:足球|篮球|排球|沙滩排球|乒乓球|羽毛球|网球|棒球|垒球|手球|水球|冰球|"
    r"曲棍球|橄榄球|围棋|象棋|国际象棋|桥牌|田径|游泳|跳水|体操|举重|射击|射箭|击剑|柔道|摔跤|拳击|跆拳道|赛艇|皮划艇|帆船|"
    r"自行车|速滑|滑雪|冰壶|登山|武术)?(?:代表|集训)?队|[男女][篮足排]|国奥队"
)


def _teams(doc: Doc) -> list[Mention]:
    """Sports teams named by a country or division: 某国队, 某国男队, 某省女篮, 某市代表队.

    The place (a country of ``kg/data/countries.tsv`` or a division, two characters or more)
    is the token before the team word, or the front of one token with it (某国队).
    """
    text = doc.text
    idx = doc.token_index()
    if not idx.tokens:
        return []
    lx = lexicon()
    out = []

    def is_place(word: str) -> bool:
        return len(word) >= 2 and (word in lx.countries or word in lx.by_name or word in _CHINA)

    for m in _TEAM.finditer(text):
        ts, te = m.span()
        if ts == 0 or idx.tokens[idx.at(te - 1)].end != te:
            continue
        k = idx.ending_at(ts)
        tok = idx.tokens[k] if k is not None else idx.tokens[idx.at(ts)]
        if not (tok.start < ts and is_place(text[tok.start : ts])):
            continue
        out.append(Mention("Organization", tok.start, te, text[tok.start : te], "organization", score=1.4,
                           attrs={"head": "队", "team": True}))
    return out


#: Verbs of meeting that jieba may tag as nouns (周总理|会见/n|代表团): a clause, not part of a name.
_MEETINGS = frozenset(("会见", "会晤", "接见", "看望", "慰问", "会谈", "拜会"))


def _after_clause(doc: Doc, start: int, head_start: int) -> int | None:
    """Where a name begins after a clause grown into it: a person's or an organisation's name and a verb.

    某某贝尔公司|买下|某某公司, 某某|出任|某某银行: the verb's subject is no part of the object's name.
    """
    idx = doc.token_index()
    k = idx.at(start)
    cut = None
    org_heads = _org_heads()
    while k < len(idx.tokens) and idx.tokens[k].end <= head_start:
        tok = idx.tokens[k]
        if (k > 0 and tok.start > start and (tok.pos.startswith("v") or tok.text in _MEETINGS) and len(tok.text) > 1
                and tok.text not in ORG_VERBS):
            prev = idx.tokens[k - 1]
            person = prev.pos.startswith("nr") and lexicon().surnames.get(prev.text[0]) == "common"
            if person or (prev.text.endswith(org_heads) and _proper_between(idx, k + 1, head_start)):
                cut = tok.end
        k += 1
    if cut is not None:  # 宣布|收购|某某公司: no name begins with a verb
        k = idx.at(cut)
        while k < len(idx.tokens) and idx.tokens[k].start == cut and idx.tokens[k].end < head_start:
            tok = idx.tokens[k]
            if not (tok.pos.startswith("v") and tok.text not in ORG_VERBS):
                break
            cut = tok.end
            k += 1
    return cut


def _token_in(doc: Doc, start: int, end: int, test: Callable[[Token], bool]) -> bool:
    """Does ``test`` hold for one of the tokens that start inside ``[start, end)``?"""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        tok = idx.tokens[k]
        if tok.start >= start and test(tok):
            return True
        k += 1
    return False


#: A town's or township's last character, a word of its own when the segmenter broke the town's name up.
_TOWN_ENDS = "乡镇"


def _word_at(doc: Doc, start: int, end: int) -> bool:
    """Is ``[start, end)`` one token?"""
    idx = doc.token_index()
    tok = idx.tokens[idx.at(start)]
    return tok.start == start and tok.end == end


def _verb_in(doc: Doc, start: int, end: int) -> bool:
    """Is there a verb (not one of names, such as 控股) among the tokens of ``[start, end)``?"""
    return _token_in(doc, start, end, lambda t: t.end <= end and t.pos.startswith("v") and len(t.text) > 1
                     and t.text not in ORG_VERBS)


def _proper_between(idx, k: int, head_start: int) -> bool:
    """Is there a proper word from token ``k`` to the head (某某公司买下|纽新|公司, not 电力公司检修|公司)?"""
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        tok = idx.tokens[k]
        if tok.pos.startswith(PROPER_TAGS) and tok.text not in GENERIC:
            return True
        k += 1
    return False


@functools.cache
def _org_heads() -> tuple[str, ...]:
    return tuple(h for h, (label, _) in lexicon().suffixes.items() if label == "Organization" and len(h) >= 2)


def _region_before(doc: Doc, start: int, head_start: int) -> int | None:
    """Where the second of two places that begin a name starts: 长沙市|芙蓉区人民法院, 河南省|郑州市…学校.

    Names in news begin with one place; a larger one written before it is a place of its own
    (People's Daily's annotation never starts an organisation with two places).
    """
    idx = doc.token_index()
    k = idx.at(start)
    if k + 1 >= len(idx.tokens):
        return None
    first, second = idx.tokens[k], idx.tokens[k + 1]
    if first.start != start or second.end > head_start or second.end == first.end:
        return None
    if not (first.pos.startswith("ns") and second.pos.startswith("ns")):
        return None
    upper, lower = _rank(first.text), _rank(second.text)
    if upper is not None and lower is not None and lower > upper:
        return second.start  # (宁波|舟山港集团: two cities of one rank are one name; 北京|桃乡 is no division)
    return None


#: Ranks of administrative divisions, the province first (GB/T 2260 levels in kg/data).
_RANKS = {"province": 0, "prefecture": 1, "county": 2, "zone": 2}


def _rank(word: str) -> int | None:
    """The rank of the division ``word`` names (0 province … 3 town), or None."""
    divisions = lexicon().by_name.get(word)
    if divisions:
        return min(_RANKS.get(d.level, 3) for d in divisions)
    if len(word) >= 3 and word.endswith(("镇", "乡", "街道")):
        return 3
    return None


#: A Party committee named by its level alone (市委, 县委): the place is the one in context.
_BARE_COMMITTEES = frozenset(("市委", "县委", "省委", "区委", "地委", "州委"))


def _bare_committees(doc: Doc) -> list[Mention]:
    """市委、市政府决定…: a committee named by its level alone, as a word of its own after no name (合肥|市委)."""
    out = []
    toks = doc.token_index().tokens
    titles = lexicon().titles
    for k, tok in enumerate(toks):
        word = tok.text[:2] if tok.text[2:] in titles else tok.text  # 市委书记, 省委常委: one word to jieba
        if word in _BARE_COMMITTEES and not (k > 0 and toks[k - 1].end == tok.start
                                                 and toks[k - 1].pos.startswith(("n", "j"))):
            out.append(Mention("Organization", tok.start, tok.start + 2, word, "organization", score=1.4,
                               attrs={"head": word, "bare": True}))
    return out


#: Kinds of companies that jieba's dictionary holds as one name with their head (上市公司/nt).
_KINDS = frozenset(("上市", "跨国", "合资", "外资", "独资", "国有", "国营", "民营", "私营", "中外合资", "股份", "控股"))


#: Words that say what kind a body is, never which one (高水平|大学, 商业|银行, 专科|医院, 新建|医院): a name made of
#: them and a head alone is a kind. (国家, 中国, 中央, 全国 start names: 国家|图书馆, 中国|银行.)
_DESCRIPTIVE = frozenset("""高水平 一流 知名 著名 大型 中型 小型 中小 中小型 大中型 新建 新型 专科 综合 综合性 定点 收治
    公立 私立 民办 公办 普通 重点 商业 网上 外国 国外 境外 国内 外地 各级 各类 城镇 乡村 省级 市级 县级 区级
    高等 骨干 龙头 头部 优质 先进 优秀 相关 有关 其他 多家 部分 一批 这些 该 本 定点医疗 传染病 三甲 二甲
    地方性 区域性 全国性 国际性 综合类""".split())


def _descriptive(doc: Doc, start: int, head_start: int) -> bool:
    """Are all the words before the head words of kinds (高水平|大学, 城镇|义务教育|学校 is not: 义务教育 names
    no kind here but is no name either; only the listed words and :data:`GENERIC` count)?"""
    idx = doc.token_index()
    k = idx.at(start)
    seen = False
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        tok = idx.tokens[k]
        if tok.end > head_start:
            return False  # a word running into the head (商业银行 is one word: judged by _generic_word)
        if tok.text not in _DESCRIPTIVE and tok.text not in GENERIC and tok.text not in _KINDS:
            return False
        seen = True
        k += 1
    return seen


def _generic_word(doc: Doc, start: int, end: int, head: str) -> bool:
    """Is the name one dictionary word that jieba tags a name but that names a kind (上市公司, 跨国公司)?

    Its part before the head is a kind of company (:data:`_KINDS`) or a generic word. (The tags
    of the dictionary do not tell: it tags 微软 and 联想 as common words, 上市 as a place.)
    """
    idx = doc.token_index()
    if not idx.tokens:
        return False
    tok = idx.tokens[idx.at(start)]
    if tok.start != start or tok.end != end or len(head) >= end - start:
        return False
    prefix = doc.text[start : end - len(head)]
    return prefix in GENERIC or prefix in _KINDS or prefix in _DESCRIPTIVE


def _a_kind(doc: Doc, start: int, end: int, head: str) -> bool:
    """Does ``[start, end)``, ending in ``head``, name a kind of body, not one (上市公司, 高水平大学)?"""
    return _generic_word(doc, start, end, head) or _descriptive(doc, start, end - len(head))


def generic_name(doc: Doc, start: int, end: int) -> bool:
    """:func:`_a_kind` for a span whose head is not known yet (the model's guesses)."""
    name = doc.text[start:end]
    heads = [h for h in _org_heads() if name.endswith(h)]
    return bool(heads) and _a_kind(doc, start, end, max(heads, key=len))


def _person_in(doc: Doc, start: int, end: int) -> bool:
    """Is a person's name (a token tagged nr, two characters or more) among the tokens of ``[start, end)``?"""
    return _token_in(doc, start, end, lambda t: t.pos.startswith("nr") and len(t.text) >= 2)


def _person_before_unit(doc: Doc, start: int, head_start: int, head: str) -> bool:
    """Is a one-character head (科) the last syllable of a person's name (基里延科, 某某斯坚科)?"""
    if len(head) != 1 or start >= head_start:
        return False
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        if not idx.tokens[k].pos.startswith("nr"):
            return False
        k += 1
    tok = idx.tokens[idx.at(head_start)]
    return tok.pos.startswith("nr") or tok.start == head_start


@extractor("organization", requires=["tokens", "candidates:TradeUnion", "candidates:Organization"],
           assigns=["candidates:Organization"])
def organization(doc: Doc) -> list[Mention]:
    """Organisations named by a head word (…有限公司, …医院, …区委, …宣传部) and a proper name before it.

    A union named inside an organisation's name (北京市总工会职工服务部) is recorded as
    its ``parent``.
    """
    text = doc.text
    unions = doc.candidates.get("union", [])
    out = []
    lx = lexicon()
    model_orgs: dict[int, list[Mention]] = {}
    for n in doc.candidates.get("ner", []):
        if n.label == "Organization":
            model_orgs.setdefault(n.end, []).append(n)
    known = list(_known().finditer(text))  # 国务院, 全国人大常委会, 教育部 (kg/data/organisations.tsv)
    known_starts = {e: s for s, e, _ in known}
    cppcc = list(_CPPCC_TERM.finditer(text))
    known_starts.update((m.end(), m.start()) for m in cppcc)  # 撤销某某|政协第十四届全国委员会: not one name
    for start, end, head, label in named_phrases(doc, ("Organization",)):
        if head in ("党委", "党组") and _PARTY_TITLE.match(text, end):
            continue
        if start < known_starts.get(end, start) and _person_in(doc, start, known_starts[end]):
            continue  # 某国总统某某会见|中共中央政治局: a person before a national body is no part of its name
        if _person_before_unit(doc, start, end - len(head), head):
            continue
        if head == "处" and text[start:end].endswith(_PLACE_CHU):
            continue  # 两省交界处: a place, not an office
        leads = list(_LEAD.finditer(text, start, end - len(head)))
        if leads:
            start = leads[-1].end()  # 新华社北京6月25日电|外交部: the dateline is no part of the name
            if end - start <= len(head):
                continue
        cut = _after_clause(doc, start, end - len(head))
        for n in model_orgs.get(end, ()):
            if start < n.start < end - len(head) and _verb_in(doc, start, n.start):
                cut = max(cut or 0, n.start)  # 某人出任|某某银行: the model's shorter name, past the verb
        if cut is not None:
            start = cut  # 某某公司买下|某某公司: the first name and the verb are a clause before it
            if start >= end - len(head) or (lx.suffixes[head][1] and not has_proper_part(doc, start, end)):
                continue
        if text[start] in _TOWN_ENDS and _word_at(doc, start, start + 1) and end - start > len(head) + 3:
            start += 1  # 某某乡|某某村村委: the 乡 ends a town the segmenter broke up, not the name's first word
        if _a_kind(doc, start, end, head):
            continue  # 上市公司, 高水平大学: a kind of body, no name
        attrs: dict = {"head": head}
        within = _region_before(doc, start, end - len(head))
        if within is not None:
            # 长沙市|芙蓉区人民法院: the larger place is a place of its own before the name
            attrs["within"] = text[start:within]
            start = within
        for u in unions:
            if start <= u.start and u.end < end and u.start == start:
                attrs["parent"] = u
        out.append(Mention(label, start, end, text[start:end], "organization", score=1.4, attrs=attrs))
    for s, e, name in known:
        label = lx.organisations[name]
        if label in _parties() and text.startswith("中央", e) and not text.startswith("中央委员会", e):
            e, label = e + 2, None  # 民革中央, 致公党中央: the party's central committee
        idx = doc.token_index()
        word = idx.tokens[idx.at(s)] if idx.tokens else None
        china = word is not None and word.start < s and text[word.start : s] in _CHINA
        if not _on_words(doc, word.start if china else s, e):
            continue
        place = None if china else _place_before(doc, s)
        if place is not None and place.text not in _CHINA:
            # 美国国务院, 俄罗斯外交部: a foreign body of the same name, not China's
            out.append(Mention("Organization", place.start, e, text[place.start : e], "organization", score=1.45,
                               attrs={"head": name}))
            continue
        if china or place is not None:
            s = word.start if china else place.start  # 中国外交部: China's own body, its country written
        session = _SESSION.search(text, max(0, s - 6), s)
        if session is not None:
            s = session.start()  # 第二届|全国人民代表大会
        out.append(Mention("Organization", s, e, text[s:e], "organization", name=label, score=1.45,
                           attrs={"known": True} if label else {"head": name}))
    out.extend(Mention("Organization", m.start(), m.end(), m.group(), "organization", name="全国政协", score=1.5,
                       attrs={"known": True}) for m in cppcc)
    out.extend(_ministries(doc))
    out.extend(_coordinated_ministries(doc))
    out.extend(_teams(doc))
    out.extend(_bare_committees(doc))
    for m in _PRESS.finditer(text):  # 《某某日报》: the paper, a body of its own (媒体)
        if not m.group(1).endswith(_NOT_PRESS):
            out.append(Mention("Organization", m.start(1), m.end(1), m.group(1), "organization", score=1.4,
                               attrs={"head": "报", "press": True}))
    for m in _BARE_UNIT.finditer(text):
        if m.group(1) not in lx.titles:
            out.append(Mention("Organization", m.start(1), m.end(1), m.group(1), "organization", score=1.4,
                               attrs={"head": m.group(1)[-1], "bare_unit": True}))
    return out
