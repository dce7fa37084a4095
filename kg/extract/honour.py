"""Honours: 全国劳动模范, 首都劳动奖章, 北京大工匠 …, and regional forms (浙江省劳动模范, 上海工匠).

Besides the known names, an honour is what a verb of honours names (荣获/获评/被评为/被授予 …, 他是“…”),
above all what stands before 称号 (授予某某等十位…全国三八红旗手标兵荣誉称号: the recipients' span is kept
for the conferral), and a bare 省/市 in its name is the province or city of the article (省三八红旗手).
A prize or medal before 获得者/得主 is an honour whatever its name (2011年度诺贝尔化学奖获得者某某), as is one
given with 将…授予 (将诺贝尔经济学奖授予某某) and a posthumous 追认…为革命烈士 / 批准某某同志为革命烈士 /
追授某某为一级英模; a status approved or named (经国务院批准为国家自主创新示范区, 被命名为全国文明城市),
and a level with a word of praise (被评为全国优秀县委书记) after a verb of honours.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from kg.extract.names import best_name_at
from kg.extract.phrases import STOP_WORDS
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.scan import Wordlist
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


@functools.cache
def _honour_hints() -> Wordlist:
    """Every known honour and regional kind: no :func:`honour_regex` match without one of them."""
    return Wordlist([*lexicon().honours, *_REGIONAL])


def honour_matches(text: str) -> Iterator[re.Match[str]]:
    """``honour_regex().finditer(text)``, started near the first honour word or regional kind (a place's name
    before a kind is at most a dozen characters long), or skipped when the text holds none: the regex of
    every place name is slow to try at each character.

    >>> [m.group() for m in honour_matches("他是全国劳动模范，也是浙江省劳动模范。")]
    ['全国劳动模范', '浙江省劳动模范']
    """
    first = next(_honour_hints().finditer(text), None)
    if first is None:
        return iter(())
    return honour_regex().finditer(text, max(0, first.start - 12))


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
    r"(?:先后|曾|多次|分别|还|均|并|已)?(?:荣获|获得|获评|获授|获颁|获过|被授予|被追授为?|被评为|评为|被评定为|评定为|被表彰为|当选为|当选|入选|荣膺|喜获"
    r"|摘得|被?追认(?:其|[\u4e00-\u9fff]{2,8}?)?为"
    # 批准某某同志为革命烈士, 经国务院批准为国家自主创新示范区, 被命名为全国文明城市: a status conferred
    r"|(?:被|经[\u4e00-\u9fff]{2,12}?)?批准(?:其|他|她|[\u4e00-\u9fff]{2,8}?)?为|被?命名为"
    r"|追授(?:其|他|她|[\u4e00-\u9fff]{2,4}?(?:同志)?)为|被[\u4e00-\u9fff]{1,20}?(?:授予|追授|追认为)(?:为(?=[\u4e00-\u9fff“]))?|获(?![得奖悉批准取益救赠])(?=“|第[一二三四五六七八九十百\d]+届|[\u4e00-\u9fff“”]{2,16}?(?:奖章|勋章|奖状|称号)))(?!者)"
    r"|(?:所获荣誉|获得荣誉|主要荣誉|曾获荣誉|荣誉称号)[：:]"
    r"|(?P<copula>(?:自己|本人)?(?:也|还|曾|就)?是(?:一名|一位|名|位)?)"  # 他是“全国劳动模范”: the copula
    r"|作为(?=[^，。；]{2,24}?的?代表(?![性作团处”]))"  # 作为2019年度“最美退役军人”的代表
    # 这位“大国工匠”、2020年全国劳动模范，…: the one just named
    r"|(?:这位|这名)(?=“|(?:19|20)\d\d年|全国|首都|劳动模范|道德模范|时代楷模|最美)"
)
#: What honours end in (…奖章, …模范, …工匠, …年度人物): the heads of the honour grammar.
_HONOUR_HEADS = ("奖章", "勋章", "纪念章", "奖状", "大奖", "二等奖", "一等奖", "三等奖", "特等奖", "金奖", "奖", "模范",
                 "劳模", "英模", "工匠",
                 "能手", "标兵", "先锋号", "年度人物", "十大人物", "人物", "红旗手", "楷模", "先进工作者", "共产党员",
                 "科技工作者", "技师", "金牌工人", "先进个人", "先进集体", "烈士", "建设者",
                 # designations of places and bodies (被评为全国文明单位, 获评全国旅游标准化试点单位)
                 "先进单位", "文明单位", "示范单位", "试点单位", "示范县", "示范区", "示范市", "示范村", "示范点",
                 "示范基地", "示范项目", "文明村", "名村", "名镇",
                 # titles of cities, places and workplaces (被评为全国文明城市, 被授予全国青年文明号)
                 "文明城市", "卫生城市", "园林城市", "森林城市", "文明城区", "文明镇", "文明校园", "文明号", "文明岗",
                 "示范岗", "标兵岗", "之乡")
_ITEM = re.compile(
    r"“?((?:[\u4e00-\u9fff0-9]|“[\u4e00-\u9fff0-9+·]{2,12}”){2,30}?)”?(?:国家|省级|市级)?(?:荣誉称号|光荣称号|称号|荣誉)?"
    r"(?=[、，。；和及]|(?:(?<=称号)|(?<=奖章)|(?<=勋章)|(?<=奖状))的|(?<=”)的(?=(?:荣誉|光荣)?称号|殊荣)|等(?![奖劳功])|(?<=”)“|$"
    r"|(?:(?<=奖)|(?<=章)|(?<=号)|(?<=范))(?:后[，、]|之后|以来))"
)
#: What a title conferred by edition ends in (首届国医大师, 第二批全国名中医): the heads, and masters' titles.
_EDITION_HEADS = (*_HONOUR_HEADS, "大师", "名医", "名中医", "名师")
#: A medal or prize named by the quoted words before it: “…”纪念章, “…”奖章.
_HEAD_AFTER_QUOTE = re.compile(r"纪念章|奖章|勋章|奖状|奖杯|奖(?![励金品项])")
#: What may follow a quoted honour: 称号, 荣誉称号, 国家荣誉称号.
_TITLE_TAIL = re.compile(r"(?:的(?=(?:荣誉|光荣)?称号|殊荣))?(?:国家|省级|市级)?(?:荣誉称号|光荣称号|称号|荣誉|殊荣)?")
#: A year inside an honour's name (感动中国2023年度人物) is no part of the honour.
_INNER_YEAR = re.compile(r"(?<=[\u4e00-\u9fff”])(?:19|20)\d\d(?=年度)")
#: Nor is the edition it was conferred in (第七届全国道德模范): the honour is the same at every edition.
_EDITION = re.compile(r"^(?:第[一二三四五六七八九十百\d]+(?:届|批)|首届|首批)")


def honour_name(item: str) -> str:
    """An honour's name without quotes, without a year inside it and without its edition.

    >>> honour_name("感动中国2023年度人物")
    '感动中国年度人物'
    >>> honour_name("第七届全国道德模范")
    '全国道德模范'
    """
    name = _INNER_YEAR.sub("", item.replace("“", "").replace("”", ""))
    edition = _EDITION.match(name)
    return name[edition.end() :] if edition and len(name) - edition.end() >= 3 else name


#: A body and a year before an honour's name (全国总工会2018年…).
_BODY_YEAR = re.compile(r"[\u4e00-\u9fff]{1,12}?(?:总工会|委员会|政府|协会|学会|联合会|部|局|厅)(?:19|20)\d\d年度?")
#: The body that gave an honour, before it: 某某授予的, 某某颁发的.
_GIVEN_BY = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:授予|颁发|颁授|命名)的")
#: An edition inside an item, after the body that confers the title (某公司首届“石油名匠”).
_EDITION_INSIDE = re.compile(r"第[一二三四五六七八九十百\d]+(?:届|批)|首届|首批")
#: What no honour's name holds: a verb that confers one, a count of people; nor begins with: a demonstrative
#: or a count (这个勋章, 一枚奖章).
_NOT_A_NAME = re.compile(
    r"授予|颁发|颁授|荣获|获得(?!者)|表彰|\d+(?:位|名|人|项|次)|^(?:[这那该此其每]|[一两几多]+(?:枚|个|项|块|座))"
    r"|十差|黑榜|不合格|落后")  # 被评为“十差村”: a shame, no honour
#: What one is made a member of, not honoured with (追认其为共产党员).
_MEMBERSHIPS = ("共产党员", "中共党员", "中共正式党员", "正式党员", "预备党员")
#: An honour named by its level and a word of praise (全国优秀县委书记, 省级优秀教师, 全国十大杰出青年, 全国模范法官).
_LEVEL_PRAISE = re.compile(r"(?:全国|全军|全省|全市|首都|中国|国家级|省级|市级|[\u4e00-\u9fff]{2,6}?(?:省|市|自治区))"
                           r"(?:优秀|模范|杰出|最美|十佳|百佳|十大|三好)[\u4e00-\u9fff]{2,12}")
#: A list closed as honours: …等荣誉称号, …等多个称号, …等奖项.
_CLOSED = re.compile(r"”?等(?:多个|多项|\d+项|[一二两三四五六七八九十]+项)?(?:光荣|国家级|省部级|省级|市级|重要)?"
                     r"(?:荣誉称号|荣誉|称号|奖项|殊荣|奖励)")


def _listed_honours(text: str, start: int, end: int, loose: bool = False,
                    named: bool = False) -> list[tuple[int, int, str]]:
    """Honours listed after a conferral verb or label: 先后获得全国劳动模范、全国五一劳动奖章等荣誉.

    An item is an honour when it ends like one (…奖章, …模范) or is a known honour; in a list
    closed by 等…称号 (荣获甲、乙、丙等多个称号) every item is.
    """
    lx = lexicon()
    items = []
    pos = start + 1 if text.startswith(("了", "过", "为“"), start) else start  # 获得了…, 获得过…, 被追授为“…”
    closed = False
    while pos < end:
        m = _ITEM.match(text, pos, end)
        if not m:
            break
        a, b = m.span(1)
        item = m.group(1)
        next_pos = m.end()
        if text[a - 1 : a] == "“" and text[b : b + 1] != "”":
            # “江苏省和谐社区建设示范单位”: a quoted name runs to its closing quote, whatever 和 or 、 it holds
            close = text.find("”", b, min(end, a + 30))
            if close != -1 and not re.search("[，。；：“]", text[b:close]):
                b, item = close, text[a:close]
                next_pos = _TITLE_TAIL.match(text, close + 1, end).end()
                head = _HEAD_AFTER_QUOTE.match(text, close + 1, end)
                if head:  # “庆祝中华人民共和国成立70周年”纪念章: the medal the quoted words name
                    a, b, next_pos = a - 1, head.end(), head.end()
                    item = text[a + 1 : close] + head.group()
        dated = _BODY_YEAR.match(item)
        if dated and dated.end() < len(item) - 2:
            a += dated.end()  # 全国总工会2018年大国工匠年度人物: the body and the year before the honour
            item = item[dated.end() :]
        given = _GIVEN_BY.search(item)
        if given and given.end() < len(item) - 2:
            a += given.end()  # 荣获四川省委授予的优秀共产党员称号: the body that gave it, then the honour
            item = item[given.end() :]
        inside = _EDITION_INSIDE.search(item, 2)
        if inside and "的" not in item[: inside.start()] and "“" not in item[: inside.start()]:
            a += inside.start()  # 某公司首届“石油名匠”, 甘肃省第三届“…”: the body before the edition confers it
            item = item[inside.start() :]
        if item.startswith("的") or ("的" in re.sub("“[^”]*”", "", item) and text[a - 1 : a] != "“"):
            break  # 当选的10名…: who, not what; 是…干部的楷模: a description, not an honour's name
        if _NOT_A_NAME.search(item):
            break  # 还是不久前授予42位…国家勋章: a clause about a conferral, not an honour's name
        strong = item.endswith("获得者") and len(item) > 5
        if strong:
            item = item[:-3]  # 首都劳动奖章获得者: the honour, its holder the subject
        year = re.match(r"(?:19|20)\d\d年度?", item)
        if year:
            a += year.end()
            item = item[year.end():]
        # “海上英雄艇”荣誉称号: named a title, as is a quoted name after a verb of honours (被评为“首都最美劳动者”,
        # ``named``); 作为“最美退役军人”的代表 (``loose``): quoted after the verb
        quoted = (text[a - 1 : a] == "“" and text[b : b + 1] == "”") or (
            text[a : a + 1] != "“" and "“" in text[a:b] and text[b - 1 : b] == "”")  # 第三届“国医大师”称号
        if quoted and text.startswith(("的称号", "的荣誉称号", "的光荣称号", "的殊荣"), next_pos):
            next_pos = _TITLE_TAIL.match(text, next_pos, end).end()  # 获得了“爱婴医院”的称号
        titled = "称号" in text[b:next_pos] or (quoted and named) or (
            loose and "“" in text[a:b])
        # 首届国医大师, 第三批全国名中医: an edition names a title conferred again and again
        edition = _EDITION.match(item.replace("“", "")) is not None and (
            quoted or honour_name(item).endswith(_EDITION_HEADS))
        titled = titled or edition
        strong = strong or edition or honour_name(item) in lx.honours
        items.append((a, b, honour_name(item), titled, strong))
        pos = next_pos
        if _CLOSED.match(text, pos, end):
            closed = True
            break
        if pos < end and text[pos] in "、和及":
            pos += 1
        elif not (text.startswith("“", pos) and text[pos - 1] == "”"):  # “甲”“乙”等荣誉称号
            break
    out = []
    for i, (a, b, item, titled, _) in enumerate(items):
        if item in _MEMBERSHIPS or item in _HONOUR_HEADS:
            break  # 追认其为共产党员: membership of the Party, no honour; 获颁纪念章: no name, only a kind
        if len(item) < 3 or not (closed or titled or item.endswith(_HONOUR_HEADS) or item in lx.honours
                                 or _LEVEL_PRAISE.fullmatch(item)):
            if any(strong or later_titled for *_, later_titled, strong in items[i + 1 :]):
                continue  # 他曾是某报社首席记者、第七届某奖获得者: a description, then an honour; 某赛冠军、某某称号
            break
        out.append((a, b, item))
    return out


#: Verbs that only ever confer honours: what they name in quotes is one (not 获得“核心知识”).
_NAMING = ("评为", "获评", "当选", "当选为", "荣获", "荣膺", "授予", "追授", "入选")
#: Who the copula's subject may be: a name (its last character) or a pronoun, then 也/还/本人 …, or 叫某某，是.
_COPULA_AFTER = re.compile(r"[\u4e00-\u9fff](?:，|,)?(?:自己|本人)?(?:也|还|曾|就)?$")
#: 作为 [year] honour 的代表: the honour, up to 的代表 / 代表.
_REPRESENTS = re.compile(r"((?:(?:19|20)\d\d年度?)?“?[^，。；“”]{2,20}?”?)的?代表(?![性作团处”])")

#: Verbs whose object is the recipient and then the honour: 授予某某“全国劳动模范”称号, 追授某某同志…称号,
#: 给某某颁发“…奖章”.
_CONFER = re.compile(r"追授|授予|颁授|颁发")
#: Where the recipients end and the honour begins: 等十位杰出女性全国三八红旗手标兵, 某某同志“…”, 她“…”.
_RECIPIENTS_END = re.compile(r"等(?:\d+|[一二两三四五六七八九十百千万]+)(?:余|多)?(?:位|名|人|个|家|户|所|支|批)|同志")
_PRONOUN = re.compile(r"他们|她们|他|她|其")
#: Where an honour's name starts, after the recipients: its level (全国三八红旗手, 首都劳动奖章, 省三八红旗手).
_LEVEL = re.compile(r"全国|中国|中华|国家|首都|省|市|[\u4e00-\u9fff]{2,6}?(?:省|市|自治区)(?=[\u4e00-\u9fff]{3})")
_QUOTED = re.compile(r"“([^“”]{2,24})”")
_ANY = re.compile(r".+")
#: An honour's level or rank, where it starts after a name: 全国…, 首都…, 一级英雄模范, 某省…
_RANKED = re.compile(r"(?:全国|全军|首都|中国|国家|[一二三]级|特级|[\u4e00-\u9fff]{2,6}?(?:省|市|自治区))"
                     r"[\u4e00-\u9fff]{2,}")
#: 向某某授予…: the recipient named before the verb.
_TO = re.compile(r"(?<![作成认称因以行更视])(?:向|给|为)(?!被)([^，。；：“”向给为]{1,10}?)$")


#: 将2019年诺贝尔经济学奖授予甲、乙和丙三名经济学家: the prize first, its recipients after the verb.
_GIVEN_TO = re.compile(r"将(?:(?:19|20)\d\d年度?)?“?([\u4e00-\u9fff·]{2,20}?(?:奖章|奖状|勋章|奖))”?"
                       r"(?:授予|颁给|颁发给)([^，。；：]{2,40})")


#: A medal given to one named before the verb, up to the end of the clause (“玛纳斯”一级勋章, 友谊勋章).
_GIVEN_MEDAL = re.compile(r"了?((?:[\u4e00-\u9fff·“]|“[\u4e00-\u9fff·]{2,10}”){1,24}?(?:勋章|奖章|奖状)”?)")
#: A medal's name that ends the clause of 授予 (授予其达·芬奇荣誉金质奖章, 授予他“某某勋章”).
_MEDAL = re.compile(r"“?([\u4e00-\u9fff·]{2,16}?(?:勋章|奖章|奖状))”?")


def _medal(text: str, pos: int, clause_end: int,
           to: re.Match[str] | None = None) -> tuple[int, int, str, tuple[int, int]] | None:
    """The medal given by 授予 (ending at ``pos``) without 称号, when where its recipient ends is clear: a pronoun
    (授予其…奖章), a quoted name (授予甲“…勋章”), or the one named before the verb (``to``: 向甲授予“某某”一级勋章,
    向甲授予某国最高荣誉勋章“某某勋章”)."""
    if to is not None:
        m = _GIVEN_MEDAL.fullmatch(text, pos, clause_end)
        if m is not None:
            a, b = m.span(1)
            named = _QUOTED.search(text, a, b)
            if named is not None and named.end() == b and named.group(1).endswith(("勋章", "奖章", "奖状")):
                a, b = named.span(1)  # 某国最高荣誉勋章“某某勋章”: the name the medal is given
            return a, b, honour_name(text[a:b]), to.span(1)
        return None
    pronoun = _PRONOUN.match(text, pos, clause_end)
    if pronoun is not None:
        m = _MEDAL.fullmatch(text, pronoun.end(), clause_end)
        if m is not None and "的" not in m.group(1):
            return m.start(1), m.end(1), honour_name(m.group(1)), pronoun.span()
        return None
    quoted = [q for q in _QUOTED.finditer(text, pos, clause_end) if q.end() == clause_end]
    if quoted and quoted[0].start() > pos and quoted[0].group(1).endswith(("勋章", "奖章", "奖状")):
        q = quoted[0]
        return q.start(1), q.end(1), honour_name(q.group(1)), (pos, q.start())
    return None


def _conferred(text: str, start: int, end: int) -> list[tuple[int, int, str, tuple[int, int] | None]]:
    """Honours a sentence confers with 授予/追授/颁发, with the span where their recipients are named.

    授予阎锡蕴等十位杰出女性全国三八红旗手标兵荣誉称号 → (全国三八红旗手标兵, span of 阎锡蕴等十位杰出女性);
    给甲、乙同志颁发“二级航天功勋奖章” → the medal, span of 甲、乙同志; 并颁发“…” → the recipients before.
    The span is None where nobody stands between verb and honour (被国务院授予“…”称号: the subject before).
    """
    out: list[tuple[int, int, str, tuple[int, int] | None]] = [
        (g.start(1), g.end(1), honour_name(g.group(1)), g.span(2)) for g in _GIVEN_TO.finditer(text, start, end)]
    given = [(a, b) for a, b, _, _ in out]
    last: tuple[int, int] | None = None
    for v in _CONFER.finditer(text, start, end):
        if any(a <= v.start() <= b + 2 for a, b in given):
            continue  # 将…奖授予…: read above
        clause_end = min((i for i in (text.find(c, v.end(), end) for c in "，。；：！？") if i != -1), default=end)
        pos = v.end() + (1 if text.startswith(("了", "给"), v.end()) else 0)
        if v.group() == "颁发":
            giver = max(text.rfind(c, start, v.start()) for c in "给为向")
            if text[v.start() - 1 : v.start()] == "并" and last is not None:
                who = last  # 授予甲…称号并颁发…奖章: the same recipients
            elif giver != -1 and giver > max(text.rfind(c, start, v.start()) for c in "，；"):
                who = (giver + 1, v.start())  # 给甲、乙同志颁发…
            else:
                continue
            items: list[tuple[int, int]] = []
            for q in _QUOTED.finditer(text, pos, clause_end):  # “甲奖章”“乙奖章”: the quoted names right after
                if q.start() != (items[-1][1] + 1 if items else pos) and not (
                        items and text[items[-1][1] + 1 : q.start()] in ("、", "和")):
                    break
                items.append(q.span(1))
            if not items:  # 为某某颁发了首都劳动奖章
                items = [(a, b) for a, b, _ in _listed_honours(text, pos, clause_end)]
            out += [(a, b, honour_name(text[a:b]), who) for a, b in items if text[a:b].endswith(_HONOUR_HEADS)]
            continue
        title = text.find("称号", pos, clause_end)
        if title == -1:
            medal = _medal(text, pos, clause_end, _TO.search(text, max(start, v.start() - 12), v.start()))
            if medal is not None:
                out.append(medal)
                last = medal[3]
            continue
        to = _TO.search(text, max(start, v.start() - 8), v.start())
        if to is not None:  # 向某某授予…称号: the recipient before the verb
            seg_end = title - (2 if text.endswith("荣誉", pos, title) else 0)
            items = [q for q in _QUOTED.finditer(text, pos, seg_end) if q.end() == seg_end]
            out += [(q.start(1), q.end(1), honour_name(q.group(1)), to.span(1)) for q in items]
            continue
        seg_end = title
        for tail in ("荣誉", "光荣", "的", "国家", "等", "多个", "等"):  # 授予其抗日英烈的荣誉称号: not 英烈的
            if text.endswith(tail, pos, seg_end):
                seg_end -= len(tail)
        quoted = list(_QUOTED.finditer(text, pos, seg_end))
        if quoted and quoted[-1].end() == seg_end:
            # “甲”“乙”等称号: the quoted names that end the object
            first = len(quoted) - 1
            while first > 0 and text[quoted[first - 1].end() : quoted[first].start()] in ("", "、", "和"):
                first -= 1
            who = (pos, quoted[first].start()) if quoted[first].start() > pos else None
            out += [(q.start(1), q.end(1), honour_name(q.group(1)), who) for q in quoted[first:]]
            last = who
            continue
        marks = [*filter(None, [_PRONOUN.match(text, pos, seg_end)]), *_RECIPIENTS_END.finditer(text, pos, seg_end)]
        named = best_name_at(text, pos, need_after=False) if not marks else None
        if named is not None and _RANKED.match(text, named, seg_end):
            # 追授某某一级英雄模范称号: a name, then an honour that begins with its level or rank
            marks = [_ANY.match(text, pos, named)]
        if not marks:
            continue  # 授予张某优秀党员称号: where the name ends is not known
        level = _LEVEL.search(text, marks[-1].end(), seg_end)
        a = level.start() if level and not named else marks[-1].end()
        if seg_end - a < 3 or (level is None and marks[-1].group().startswith("等")):
            continue  # 等十位杰出女性…: where the honour starts is not known
        who = (pos, a)
        out.append((a, seg_end, honour_name(text[a:seg_end]), who))
        last = who
    return out


def _local_named(doc: Doc, pos: int, name: str) -> str:
    """An honour of a bare 省 or 市 (省三八红旗手, 市劳动模范) named by the province or city nearest before it.

    Without a place named before, the name stays as written.
    """
    local = name[:1]
    if local not in "省市" or name.startswith(("省级", "市级", "省部级", "市场")):
        return name
    lx = lexicon()
    places = [m for m in doc.candidates.get("district", []) if m.end <= pos and m.attrs.get("code")]
    if not places:
        city = doc.context.get("city")  # 市劳动模范 on a Beijing page: 北京市劳动模范
        return city + name[1:] if local == "市" and city and city.endswith("市") else name
    code = max(places, key=lambda m: m.end).attrs["code"]
    if local == "省" or (code[2:4] in ("00", "01") and code[:2] in ("11", "12", "31", "50")):
        d = lx.divisions.get(code[:2] + "0000")  # a municipality (北京市) is its own city
    else:
        d = lx.divisions.get(code[:4] + "00")
    if d is None or (local == "市" and not d.name.endswith("市")) or (local == "省" and not d.name.endswith("省")):
        return name
    return d.name + name[1:]


#: A prize or medal before 获得者/得主 (2011年度诺贝尔化学奖获得者某某, 茅盾文学奖得主某某): an honour held by the one
#: named next, whatever its name; “人民艺术家”国家荣誉称号获得者: the quoted title.
_HOLDER = re.compile(r"(?:“(?P<quoted>[^“”，。]{2,16})”(?:国家)?(?:荣誉)?称号|(?P<head>奖章|奖状|勋章|大奖|奖)”?)"
                     r"(?:获得者|得主|获奖者)")
#: Not one honour: a class of them (国家勋章和国家荣誉称号获得者, 功勋荣誉获得者) or one named before (该奖得主).
_NOT_ONE = re.compile(r"^(?:[该此本这其]|最高|各|历届|多位|两位)|荣誉$|和|与|及")


#: Tokens that end a prize's name grown leftwards: punctuation, prepositions, conjunctions, particles,
#: adverbs and verbs (对菲尔兹奖获得者 → 菲尔兹奖).
_PRIZE_STOP_TAGS = ("x", "p", "c", "u", "d", "v", "y", "e", "o", "w", "t")


#: Verbs that confer or hold prizes, never inside a prize's name.
_CONFERRING = ("表彰", "授予", "颁发", "颁授", "获得", "荣获", "获", "举行", "评选", "成为", "是", "为")


def _verb_inside(idx, k: int, floor: int) -> bool:
    """Is the verb at token ``k`` inside a prize's name: a verbal noun (攻坚, 创新), or a verb after a level
    (全国/国家/中国…) that begins the name (全国脱贫攻坚奖, 国家技术发明奖), not one that confers (表彰)?"""
    tok = idx.tokens[k]
    if tok.text == "或" and k > 0 and idx.tokens[k - 1].start >= floor and idx.tokens[k - 1].pos.startswith("n"):
        return True  # 诺贝尔生理学或医学奖: two fields of one prize
    if not tok.pos.startswith("v") or tok.text in _CONFERRING:
        return False
    if tok.pos == "vn":
        return True
    before = idx.tokens[k - 1] if k > 0 else None
    return before is not None and before.start >= floor and before.text in _LEVELS


#: The level a prize's name may begin with.
_LEVELS = ("全国", "国家", "中国", "中华", "世界", "国际", "亚洲", "全军", "全省", "全市")


def _prize_start(doc: Doc, head: int, floor: int) -> int:
    """Where the name of a prize whose head (奖, 奖章) starts at ``head`` begins: the tokens before it that can be
    part of a name (菲尔兹, 化学, 中国戏剧 …), up to ``floor``."""
    idx = doc.token_index()
    k = idx.at(head)
    pos = idx.tokens[k].start if k < len(idx.tokens) else head
    while pos > floor:
        k2 = idx.ending_at(pos)
        if k2 is None:
            break
        tok = idx.tokens[k2]
        if tok.start < floor or (tok.text in STOP_WORDS and tok.text != "或") or tok.text in (
                "他", "她", "其", "该", "这", "此", "我", "他们", "她们"):
            break
        if tok.pos.startswith(_PRIZE_STOP_TAGS) and not _verb_inside(idx, k2, floor):
            break
        pos = tok.start
    while pos < head and (k3 := idx.at(pos)) < len(idx.tokens) and idx.tokens[k3].pos.startswith("v"):
        pos = idx.tokens[k3].end  # a name begins with no verb (表彰脱贫攻坚奖: not 攻坚奖)
    return pos


def _holders(doc: Doc, sent_start: int, sent_end: int) -> list[tuple[int, int, str, int | None]]:
    """Honours named before 获得者/得主 in a sentence: (start, end with 获得者, name, year written before).

    2011年度诺贝尔化学奖获得者某某 gives 诺贝尔化学奖 of 2011; 国家勋章和国家荣誉称号获得者 (a class) gives none.
    """
    text = doc.text
    out = []
    for m in _HOLDER.finditer(text, sent_start, sent_end):
        if m.group("quoted"):
            a, b = m.start("quoted"), m.end("quoted")
        else:
            b = m.end("head")
            a = _prize_start(doc, m.start("head"), max(sent_start, m.start("head") - 16))
            if text[a - 1 : a] == "“":  # “茅奖”得主
                a -= 1
            elif text[a - 1 : a] == "”" and (q := text.rfind("“", max(sent_start, a - 12), a)) != -1:
                a = q  # “两弹一星”功勋奖章获得者: the quoted part is the name's
            if text.startswith("年", a) and re.fullmatch(r"(?:19|20)\d\d", text[a - 4 : a]):
                a -= 4  # 2011年度诺贝尔化学奖: the year before
        if not m.group("quoted") and text[a - 1 : a] in ("与", "和", "及"):
            continue  # 诺贝尔生理与医学奖得主: a name with a conjunction inside, not 医学奖
        name = text[a:b].strip("“”")
        y = re.match(r"((?:19|20)\d\d)年度?", name)
        year = int(y.group(1)) if y else None
        name = honour_name(name[y.end() :] if y else name)
        if len(name) < 3 or _NOT_ONE.search(name) or not re.fullmatch(r"[\u4e00-\u9fff·“”A-Za-z0-9]+", name):
            continue
        out.append((a - (1 if m.group("quoted") else 0), m.end(), name, year))
    return out


def _year_of(text: str, start: int, year: int | None) -> int | None:
    y = _YEAR_BEFORE.search(text, max(0, start - 10), start)
    if y and y.group(1):
        return int(y.group(1))
    if y and year:
        return year + {"今年": 0, "去年": -1, "前年": -2}[y.group(2)]
    return None


@functools.cache
def _workplace_heads() -> tuple[str, ...]:
    """Head words of organisations (公司, 集团, 车间 …) that no honour's name holds."""
    lx = lexicon()
    names = [h.name for h in lx.honours.values()]
    return tuple(h for h, (label, _) in lx.suffixes.items()
                 if label == "Organization" and len(h) >= 2 and not any(h in n for n in names))


def _names_a_workplace(item: str) -> bool:
    """Does ``item`` name a workplace inside it (某公司首席技师): a job there, not an honour?"""
    return any(h in item for h in _workplace_heads())


@extractor("honour", requires=["candidates:Person"], assigns=["candidates:Honour"])
def honour(doc: Doc) -> list[Mention]:
    """Honour titles, canonicalised, with the year when written just before them (2023年, 今年)."""
    text = doc.text
    year = doc.context.get("year")
    out = []
    lx = lexicon()
    taken: set[tuple[int, int]] = set()
    for sent in doc.sentences:
        for a, b, item, who in _conferred(text, sent.start, sent.end):
            known = lx.honours.get(item)
            attrs = {"conferred_by": (known and "、".join(known.conferred_by)) or "", "year": _year_of(text, a, year)}
            if who is None:
                attrs["listed"] = True  # 被国务院授予“…”称号: the subject before is the recipient
            else:
                attrs["recipients"] = who
            taken.add((a, b))
            out.append(Mention("Honour", a, b, text[a:b], "honour", name=known.name if known else
                               _local_named(doc, a, item), score=1.4, attrs=attrs))
        for g in GOT.finditer(text, sent.start, sent.end):
            if g.group("copula") and not _COPULA_AFTER.search(text, max(sent.start, g.start() - 4), g.start()):
                continue  # 张某是…, 他是…: the copula right after its subject, not 这是…, 目的是…
            stop = sent.end
            if g.group().startswith("作为"):
                rep = _REPRESENTS.match(text, g.end(), sent.end)
                if rep is None:
                    continue
                stop = rep.end(1)
            if g.group().startswith(("这位", "这名")) and (k := honour_regex().match(text, g.end())):
                # 这位劳动模范…: the known honour of the one just named, whatever follows it
                name, body = canonical_honour(k)
                out.append(Mention("Honour", k.start(), k.end(), k.group(), "honour", name=name, score=1.3,
                                   attrs={"conferred_by": body, "listed": True, "year": None}))
                continue
            named = g.group().endswith(_NAMING)  # 被评为“首都最美劳动者”: a quoted title after a verb of honours
            for a, b, item in _listed_honours(text, g.end(), stop, loose=stop != sent.end, named=named):
                if any(s <= b and a <= e for s, e in taken):
                    continue  # conferred with its recipients above
                known = lx.honours.get(item)
                if g.group("copula") and known is None and _names_a_workplace(item):
                    break  # 某某是某公司某车间首席技师: a job at a workplace, not an honour
                attrs: dict = {"conferred_by": "", "listed": True, "year": _year_of(text, a, year)}
                if g.group("copula"):
                    attrs["copula"] = g.start()
                out.append(Mention("Honour", a, b, text[a:b], "honour", name=known.name if known else
                                   _local_named(doc, a, item), score=1.3, attrs=attrs))
    for sent in doc.sentences:
        for a, b, item, y in _holders(doc, sent.start, sent.end):
            if any(m.start < b and a < m.end for m in out):
                continue  # conferred above, or named after a verb of honours
            known = lx.honours.get(item)
            taken.add((a, b))
            out.append(Mention("Honour", a, b, text[a:b], "honour", name=known.name if known else item, score=1.3,
                               attrs={"conferred_by": (known and "、".join(known.conferred_by)) or "",
                                      "year": y or _year_of(text, a, year)}))
    for m in honour_matches(text):
        if any(s <= m.start() and m.end() <= e for s, e in taken):
            continue
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
    guessed = {n.start for n in doc.candidates.get("ner", ()) if n.label == "Person" and n.end - n.start >= 2}
    for m in _QUOTED_TITLE.finditer(text):  # “铁路工匠”某某: a quoted title of persons right before a name
        a, b = m.span(1)
        if any(x.start <= b and a <= x.end for x in out) or (
                m.end() not in guessed and best_name_at(text, m.end()) is None):
            continue
        out.append(Mention("Honour", a, b, m.group(1), "honour", name=m.group(1), score=1.2,
                           attrs={"conferred_by": "", "year": _year_of(text, a, year)}))
    for m in _LEVELLED.finditer(text):  # 全国教书育人楷模、教授、高级技师某某: an honour before the one it describes
        a, b = m.span()
        if any(x.start < b and a < x.end for x in out) or not _before_a_name(text, guessed, b):
            continue
        out.append(Mention("Honour", a, b, m.group(), "honour", name=m.group(), score=1.2,
                           attrs={"conferred_by": "", "year": _year_of(text, a, year)}))
    return [_quoted(text, m) for m in out]


#: An honour of persons by its level and its head (全国教书育人楷模, 全军优秀共产党员, 首都劳动模范).
_LEVELLED = re.compile(r"(?<![\u4e00-\u9fff])(?:全国|全军|首都|中国)[\u4e00-\u9fff]{1,10}?"
                       r"(?:楷模|模范|劳模|标兵|能手|红旗手|先进工作者|先进个人|工匠|优秀共产党员)")
#: What may stand between such an honour and the name: 、, then what the person is (教授、高级技师).
_TO_NAME = re.compile(r"、[\u4e00-\u9fff、]{0,24}?")


def _before_a_name(text: str, guessed: set[int], end: int) -> bool:
    """Is the honour ending at ``end`` followed by a name, right after it or after 、 and what the person is?"""
    if end in guessed or best_name_at(text, end) is not None:
        return True
    if not text.startswith("、", end):
        return False
    stop = end + 1
    while stop < min(len(text), end + 26) and ("\u4e00" <= text[stop] <= "\u9fff" or text[stop] == "、"):
        stop += 1
    return any(end + 1 < g < stop and text[g - 1] not in "、" for g in guessed) or any(
        text[g - 1] in "师长员工手家者士" and best_name_at(text, g) is not None for g in range(end + 2, stop - 1))


#: A quoted honour of persons by its head (“某某工匠”, “某某能手”, “某某标兵”), right before a name.
_QUOTED_TITLE = re.compile(r"“([\u4e00-\u9fff]{1,10}(?:工匠|劳模|模范|能手|标兵|楷模|红旗手|状元))”")


def _quoted(text: str, m: Mention) -> Mention:
    """The honour with the quotes around it (“大国工匠”某公司钳工某某: the chain before the name goes on)."""
    if text[m.start - 1 : m.start] == "“" and text[m.end : m.end + 1] == "”":
        return Mention(m.label, m.start - 1, m.end + 1, text[m.start - 1 : m.end + 1], m.extractor, name=m.name,
                       score=m.score, attrs=m.attrs)
    return m
