"""Posts: who holds which title in which organisation, read from the title chain before a name.

怀柔区人大常委会副主任、区总工会主席周某 gives two posts in two organisations; 密云区总工会
党组书记、常务副主席晁某 two titles in one (a title without its own organisation takes
the one before it); 延庆区委常委、宣传部部长马某 makes 宣传部 a unit of 延庆区委, and 某公司党委
副书记、工会主席某 the company's union. Titles are also read after the name (某是/当选/现任…, 某委员（…）),
with their former marks (原, 前, 时任); a foreign office-holder's state office is held in the country
written before it (泰国总理某 → 泰国); a village before its Party branch's title is the branch's
(某县某村党支部书记); and a body the recogniser missed is read from the place or organisation
before it (某区|发展改革局|局长).

Further shapes: a seat after a name (某委员说, a 代表 heading); 时任…的某某; a later clause of the sentence
(某某，…，曾任某会副主席); a village's 村委会 or 第一书记; a bare 省/市 in a chain (某省委副书记、省人大常委会
副主任) and a place's head after its Party committee (某区委副书记、区长 → the district); a leading group
named in full (中央某某工作领导小组组长) and then bare (领导小组成员甲、乙); 该院院长 (the hospital named
before); a title after a name with no body of its own (董事长甲，总经理乙); 原 or a term number a recogniser
took into a body's name (某公司原|党委书记, 十三届|全国人大代表); the head of state (中华人民共和国主席某,
某主席 in a report on two heads of state or beside a foreign one).

Bodies given elsewhere in the article: a bare 镇, 乡 or 村 (镇党委书记某, 村支书某) is the town or village named
last after its county; a bare head of a place's government (县长某) heads the place named before; a bare head
(校长某, 院长某, 董事长某) at a clause's start heads the body of its kind named in the paragraph. Diplomats hold
their office for the sending state (美国驻华大使某 → 美国); a minister's title may name the ministry (公共卫生部长);
a periodical in 《》 is its editor's body. Verbs: 担任/曾任…的某某, 某某同志任, 被任命为, 撤销…资格 (former).

Life stories and appointment lists: a career after the name (某某调某地工作，后担任甲班秘书、队长，乙校指导员等职, the
groups set apart by ，); sentences with no subject of their own or with 他/她 (1962年起，历任…等职) give the posts of
the paragraph's person; 某职由某某担任, 第一副总理为某某, 作为某公司董事长，某某…; 任命某某为中华人民共和国驻某国
特命全权大使. Long chains: groups set apart by ，(中央纪委委员，某省纪委书记、省监委主任某); a unit whose name ends
in its head's first character (治安处处长, 治安科长, 驻某部纪检监察组组长); 某研究所某某院士 (the body before the
name, the title after it); a firm the recogniser missed at the start of the link (某某公交集团第一客运分公司驾驶员);
a studio in quotes (“某某劳模创新工作室”领衔人). Abroad: 中国驻某国大使 holds the office for 中国; 俄 is 俄罗斯,
越共 the party of 越南; in a report on one foreign country, a foreign name's bare state office or ministry is that
country's (外交部长某某 → 俄罗斯外交部), and a transliterated name (某某韦杰夫) never holds 国务院's 总理.

Bodies the recognisers miss, read with the title's help: a firm named without a head word before an office only
firms have (某某电器董事长, 中国某某副总经理); a unit named after a place (某区某某市场管理所所长); a town abroad before
its mayor (某某市市长); a place's own assembly (某市人大代表 → 某市人民代表大会, 某省政协委员 → 某省政协); the firm a
story walks into (走进某某公司车间…公司总经理某); a bare ministry after a foreign minister in a list (某国宣传部长甲、
国际合作部部长乙 → 某国国际合作部). A firm's reach is no part of the role (全球首席执行官 → 首席执行官); a time after a
title a verb gives ends the chain (担任某公司总经理以来); 他是/她现任 give the paragraph's person's posts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.extract.phrases import GENERIC, TokenIndex
from kg.lexicon import lexicon, read_tsv
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["ChainItem", "chain_before", "post"]

_MODIFIERS = ("(?:原|前|时任|现任)?(?:党组|党委|党工委|党总支|党支部)?"
              "(?:常务副|执行副|常务|执行|副|名誉|代理|第一|首席|驻会|专职|助理|高级)*")
#: Party branches, named in a title after their organisation (西坪村党支部书记).
_BRANCHES = ("党支部", "党总支")
#: Mentions that can hold posts.
ORG_LABELS = ("TradeUnion", "Organization", "Venue", "District", "City", "Province")
_PLACES = ("District", "City", "Province")
#: A company's board, whose chairman is its 董事局主席.
_BOARDS = ("董事局", "董事会")
#: Marks of a former post before a title (原, 前, 时任) and of a present one (现任).
_FORMER = ("原", "前", "时任", "原任", "前任", "现任")
#: Units that are only named within a parent (宣传部 of a 区委, 提案委员会 of 全国政协); not the national
#: bodies a 中央/国家 name stands alone for (中央网信办, 国家网信办).
_BARE_UNIT = re.compile(
    r"^(?!中央|国家|全国|中共|国务院)(?:[0-9A-Za-z]{2,8})?(?:[\u4e00-\u9fff]{2,4})(?:部|办|办公室|处|科|室|局|中心|委员会)$"
    r"|^[\u4e00-\u9fff]{2,6}分局$")  # 某市公安局党委委员、经济开发区分局局长: a branch of the bureau
#: Bodies every organisation has, named bare in a chain after it (某公司党委副书记、工会主席: the company's
#: union); a 主席团 is a congress's, not the organisation's before it.
_GENERIC_BODY = re.compile(r"(?:大会)?(?:工会|团委|纪委|董事会|监事会|主席团)$|(?:政府|议会|国会|内阁|参议院|众议院)$")
#: Where a link of a chain may start: the start of the clause, or after 、 or 兼 (or a verb's object).
_LINK_START = "、兼及，,：:（(是任为"
#: A village or an urban community named after its town or county, before its Party branch or committee
#: (某县朱湾村党支部书记, 某街道金汇社区党总支书记); not a word for villages in general (农村, 全村, 该村).
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}(?:村|社区)")
_NOT_VILLAGE = "农乡全本该各每这那此邻"
#: The elected committee of a village or a community, named after it (某村村委会主任, 某社区居委会副主任).
_COMMITTEES = ("村民委员会", "居民委员会", "村委会", "居委会", "村委")


@dataclass(frozen=True, slots=True)
class ChainItem:
    """One link of a title chain: an organisation (or None), a title, and where they are."""

    start: int
    end: int
    title: str
    org: Mention | None
    honour: Mention | None = None
    head: str = ""  # the known title in a compound one (总监 in 项目安全总监)


#: The secretariat of a Party or League committee or a union federation, whose secretaries' titles name it
#: (书记处第一书记, 书记处书记).
_SECRETARIAT = "书记处"
#: An assistant to an office, written after its title (总经理助理, 部长助理, 院长助理): a post of its own.
_ASSISTANT = "助理"


@functools.cache
def _title_regex() -> re.Pattern[str]:
    titles = sorted(lexicon().titles, key=len, reverse=True)
    return re.compile(f"{_MODIFIERS}(?:{'|'.join(map(re.escape, titles))})(?:{_ASSISTANT})?$")


def _mention_ending(doc: Doc, end: int, labels: tuple[str, ...]) -> Mention | None:
    best = None
    for m in doc.mentions:
        if m.end == end and m.label in labels and (best is None or m.start < best.start):
            best = m
    return best


#: A job named by a compound noun that ends in one of these (纺丝工, 核燃料修复师, 助理员).
_JOB_END = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:工|工人|师|员|长|手)$")
#: Words between an organisation and its member's title: 某公司的一名部门经理, 某集团的技师.
_LINK = re.compile(r"(?:的一名|的一位|的|一名|一位)$")
#: Work units named between an organisation and a title (工务段钳工, 带电班副班长, 一号工厂机修钳工).
_UNIT_END = ("班", "段", "车间", "队", "组", "工厂", "分厂", "厂", "站", "科", "室", "中心", "系", "处", "所", "部",
             "司")
#: Words ending like a unit that name none (全部, 内部).
_NOT_UNIT = ("全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "干部", "场所", "住所", "处处")
#: Last characters of words that name a body, not a kind of work (局, 公司, 协会): a compound title
#: without an organisation before it does not take them in (草原局|党组书记 is not one title).
_BODY_END = (*"局会部委厅司处科院所校团班站厂党乡镇村州市县区省国社馆店网报台室办段", "中心", "公司", "集团",
             "大学", "中学", "小学", "银行", "分行", "支行", "海关", "机关", "政府", "联盟", "署")
#: Units a title is the head of (班长 of a 班, 工序长 of a 工序): 采煤班班长 names its unit twice.
_HEAD_UNITS = ("工序", "车间", "班", "组", "队", "段", "站")
#: Parts of speech a compound title is made of (项目|安全|总监, 高级|焊接|技师, 网约|车|驾驶员).
_COMPOUND_POS = ("n", "vn", "b", "v", "an")


@dataclass(frozen=True, slots=True)
class _Title:
    """A title found before ``pos``: where its chain item starts, where the title starts, its body."""

    start: int
    title_start: int
    org: Mention | None
    head: str


@functools.cache
def _regions() -> tuple[str, ...]:
    """The autonomous regions by their full names (内蒙古自治区, 广西壮族自治区)."""
    return tuple(n for n in lexicon().by_name if n.endswith("自治区"))


#: Verbs of meeting that stand before the title of the person met (会见总理某某), never inside a title.
_MEETING_VERBS = frozenset(("会见", "会晤", "接见", "拜会", "看望", "慰问", "陪同"))


#: A bare kind of body jieba glues to the 党委 of a title (校党委|副书记, 院党委|书记): the body of that kind
#: named before, as 校 in 校党委书记.
_BARE_BODY = re.compile(r"[校院厂局所]")


def _title_at(doc: Doc, floor: int, pos: int) -> _Title | None:
    """The title ending at ``pos`` and the organisation right before it.

    A title may be a compound (项目经理, 机修钳工, 高级焊接技师): the nouns before a known
    title are taken into it, up to an organisation, a link word (某公司的技师) or a word
    that is not part of a noun compound. A work unit between the organisation and the
    title (工务段钳工) is a unit of that organisation, not part of the title.
    """
    text = doc.text
    idx = doc.token_index()
    m = _title_regex().search(text, max(floor, pos - 12), pos)
    if (m is not None and idx.tokens[idx.at(m.start())].start != m.start() and not m.group().startswith(_SECRETARIAT)
            and not (m.group().startswith("副") and text[m.start() - 1 : m.start()] == m.group()[1:2])  # 工程部副|部长
            and not (m.group().startswith(("党委", "党组")) and _BARE_BODY.fullmatch(
                text[idx.tokens[idx.at(m.start())].start : m.start()]))  # 校|党委副书记: 校党委 is one word
            and not (m.group().startswith(("原", "前"))
                     and text[idx.tokens[idx.at(m.start())].start : m.start()].endswith(_BODY_END))):
        # 值班|主任 holds 班主任: a shorter title that starts a word is the one written (but in 某局原|党组书记
        # the former mark glued to the body's last word starts the title)
        later = _title_regex().search(text, m.start() + 1, pos)
        if later is not None and idx.tokens[idx.at(later.start())].start == later.start():
            m = later
    core = m.start() if m else None
    if m is not None:
        # 云溪乡党委|副书记: an organisation that took in the 党委 the title pattern would start with
        inner = [o for o in doc.mentions if o.start < m.start() < o.end < pos and o.label in ORG_LABELS]
        if inner:
            body = max(inner, key=lambda o: o.end)
            rest = _title_regex().search(text, body.end, pos)
            if rest is None or rest.start() != body.end:
                # 外交部长: the body's last character is the title's first (外交部 + 部长)
                return _Title(body.start, m.start(), body, m.group())
            if m.group().startswith(_SECRETARIAT) and m.start() - body.start >= 2:
                # 共青团中央书记处|第一书记: 书记处第一书记 of 共青团中央, the title as the charters name it
                cut = Mention("Organization", body.start, m.start(), text[body.start : m.start()], "post")
                return _Title(body.start, m.start(), cut, m.group())
            m, core = rest, body.end
    if m is not None and core == m.start():
        unit = _unit_of_head(doc, floor, m.start(), m.group())
        if unit is not None:  # 某局|治安科长, 某部|纪检监察组组长: the unit whose head the title is
            return _Title(unit.attrs["unit_of"].start if unit.attrs.get("unit_of") else unit.start, m.start(), unit,
                          m.group())
    if core is not None:
        tok = idx.tokens[idx.at(core)]
        if (tok.start < core and _mention_ending(doc, core, ORG_LABELS) is None
                and not text[tok.start : core].endswith(_BODY_END)
                and text[tok.start : core] not in lexicon().countries):  # 俄|总统: the country is no part of it
            core = max(tok.start, floor)  # 项目经理 is one word: the title is all of it (协会|会长 is not)
    if core is None:
        job = _JOB_END.search(text, max(floor, pos - 8), pos)
        if job is None or job.group().endswith(_MEMBERSHIPS) or not _nominal(doc, job.start(), pos):
            return None
        inner = [o.end for o in doc.mentions if job.start() < o.end < pos and o.label in ORG_LABELS]
        core = max(inner, default=job.start())  # 某有限公司|电缆工: the job starts after the organisation
        while core < pos - 1 and _mention_ending(doc, core, ORG_LABELS) is None and not _nominal(doc, core, pos):
            core += 1
        k = idx.at(core)
        while k < len(idx.tokens) and idx.tokens[k].end < pos:
            if idx.tokens[k].start >= core and idx.tokens[k].text.endswith(_BODY_END):
                core = idx.tokens[k].end  # 管理科|工作人员: the job follows the body's name
            k += 1
    head = text[m.start() if m else core : pos]
    org = _mention_ending(doc, core, ORG_LABELS)
    if org is None:
        org = _known_body(doc, floor, core)  # 交通运输|部党组|书记: a national body the words ran into
    if org is None and text[core - 1 : core] == "”":
        org = _quoted_body(doc, floor, core)  # “某某劳模创新工作室”领衔人: the body in quotes
    this = _this_body(doc, floor, core) if org is None else None
    if this is not None:
        return _Title(this[0], core, this[1], head)  # 该院院长某: the hospital named before
    if org is not None and org.text in _COMMITTEES:
        org = _village(doc, floor, core, head) or org  # 某村|村委会: the committee of the village before it
    if org is not None:
        parent = _mention_ending(doc, org.start, ("Organization", "TradeUnion"))
        if parent is not None and org.label == "Organization" and parent.start >= floor and "unit_of" not in org.attrs:
            # 国家统计局|辽宁调查总队|一级巡视员: two organisations written together, the second in the first
            org = Mention(org.label, org.start, org.end, org.text, org.extractor, name=org.name, score=org.score,
                          attrs={**org.attrs, "unit_of": parent})
            return _Title(parent.start, core, org, head)
        return _Title(org.start, core, org, head)
    place = _mention_ending(doc, core - 1, _PLACES) if text[core - 1 : core] == "委" else None
    if place is not None:  # 武汉市委书记: the Party committee of a place named just before
        return _Title(place.start, core, Mention("Organization", place.start, core, text[place.start : core], "post"),
                      head)
    region = _BARE_REGION.search(text, max(floor, core - 10), core)
    if region is not None and region.start() > floor and text[region.start() - 1] in "、兼":
        # 某自治区党委副书记、自治区(政府)主席: the region named bare in the chain, named from the body before it
        sent = doc.sentence_at(region.start())
        before = text.rfind("自治区", sent.start, region.start() - 1) + 3  # the end of the region named before
        full = next((n for n in _regions() if text.endswith(n, sent.start, before)), None) if before > 2 else None
        name = full + region.group()[3:] if full else region.group()
        return _Title(region.start(), core, Mention("Organization", region.start(), core, region.group(), "post",
                                                    name=name), head)
    body = (_generic_body(doc, floor, core) or _village(doc, floor, core, head) or _place_body(doc, floor, core, head)
            or _local_body(doc, floor, core, head) or _group_body(doc, floor, core)
            or _media_body(doc, floor, core, head))
    if body is not None:
        # a body named before in the article (县长某: the county) leaves the link starting at the title
        return _Title(body.start if body.end >= core - 1 else core, core, body, head)
    body = _workplace_named(doc, floor, core)
    if body is not None:
        return _Title(body.start, core, body, head)  # 某某公交集团第一客运分公司|驾驶员: a firm the recogniser missed
    body = _headed_before(doc, floor, core, head)
    if body is not None:
        return _Title(core, core, body, head)  # 校长某 after the school named before
    start = core
    bounded = False  # did the compound stop at a word that cannot be part of it?
    for _ in range(3):  # 项目|经理, 机修|钳工, 特种熔融|焊接|工
        k = idx.ending_at(start)
        if k is None:
            bounded = True
            break
        tok = idx.tokens[k]
        if start - tok.start + (pos - start) > 10:
            break
        if (tok.pos == "m" and start < core and text[start:core].endswith(_UNIT_END)
                and tok.text[-1] not in "家个名位些"):
            pass  # 一号|工厂: a numbered unit (not 一家|律师事务所, some firm)
        elif (tok.text in ("兼", "代表", *_FORMER) or not tok.pos.startswith(_COMPOUND_POS)  # 代表|国王: on behalf of
              or tok.text in _MEETING_VERBS  # 会见|总理: jieba's dictionary tags 会见 a noun
              or (tok.text.endswith(_BODIES) and _heads_bodies(head))
              or tok.pos.startswith(("nr", "ns", "nt")) or (m is not None and m.group().startswith(_FORMER))):
            # 分行|原副巡视员: a mark of a former post starts the title
            bounded = tok.pos[0] not in "mq"  # 780|路|驾驶员: a number names a route or a unit, not a job
            break
        start = tok.start
        org = _mention_ending(doc, start, ORG_LABELS)
        if org is not None:
            return _Title(org.start, start, org, head)
        this = _this_body(doc, floor, start)
        if this is not None:
            return _Title(this[0], start, this[1], head)  # 该院|重症医学科|主任
    else:
        bounded = idx.ending_at(start) is None or not idx.tokens[idx.ending_at(start)].pos.startswith(_COMPOUND_POS)
    for s in (start, core) if start < core else (core,):
        link = _LINK.search(text, max(floor, s - 3), s)
        org = _mention_ending(doc, link.start(), ORG_LABELS) if link else None
        if org is not None and (s == core or bounded or text[start - 1] == "的"):
            return _Title(org.start, s, org, head)
    if start < core and not _names_body(doc, start, core) and (
            m is None or (bounded and idx.tokens[idx.at(start)].pos[0] != "v")):
        return _Title(start, start, None, head)
    return _Title(core, core, None, head)


#: Heads of units whose name ends in the head's first character: written twice (治安处处长, 纪检监察组组长) or
#: once, shared by the unit and the title (治安科长 = 治安科 + 科长, 人事股长).
_UNIT_HEAD_TWICE = ("组长", "处长", "科长", "股长", "室主任", "队长", "所长", "站长", "局长", "司长", "部长")
_UNIT_HEAD_ONCE = ("处长", "科长", "股长")
#: A unit head's title inside the words before another one (某部部长兼律政部部长): a chain, not a unit's name.
_HEAD_IN = re.compile(r"[部局处厅司科股所室组队站]长")


def _unit_of_head(doc: Doc, floor: int, at: int, title: str) -> Mention | None:
    """The unit a unit head's title at ``at`` heads, named right before it: 某局治安处处长 → 治安处 (a unit of
    某局), 某局治安科长 → 治安科, 、人事股长 → 人事股 (bare, at the start of a link).

    The unit's name is two to eight characters of nouns after an organisation (its parent) or at the start of
    a link; not a title's modifier (副处长) nor a rank (正处长).
    """
    text = doc.text
    head = _present(title).lstrip("副")
    vice = title == "副" + head and text[at - 1 : at] == head[:1]  # 工程部|副部长: the deputy of the unit
    if (text[at : at + len(head)] != head or title != head) and not vice:
        return None
    if head in _UNIT_HEAD_TWICE and text[at - 1 : at] == head[0]:
        end = at  # 治安处|处长
    elif head in _UNIT_HEAD_ONCE and not vice and text[at - 1 : at] not in ("副", "正", head[0]):
        end = at + 1  # 治安|科长: the 科 is the unit's and the title's
    else:
        return None
    if text.endswith(_GROUP_END, max(floor, end - 6), end) and _group_body(doc, floor, end) is not None:
        return None  # 中央第六巡回督导组|组长: a leading group named whole
    idx = doc.token_index()
    for start in range(max(floor, end - 9), end - 2):
        if not _is_cjk(text[start:end]) or any(m.start < end and m.end > start for m in doc.mentions):
            continue
        if idx.tokens[idx.at(start)].start != start or text[start] in "副正兼任是为":
            continue
        parent = _mention_ending(doc, start, ("Organization", "TradeUnion"))
        if parent is None and start - floor >= 3:
            parent = _place_body(doc, floor, start, "局长")  # 江苏省|生态环境厅|某处处长: a body the recogniser missed
        place = _mention_ending(doc, start, _PLACES) if parent is None else None
        if parent is None and place is None and not (start > floor and text[start - 1] in "、兼"):
            continue  # 、人事股长: a unit named bare inside a chain (医疗队队长 alone may be any team's)
        words = text[start : end - 1]
        if "兼" in words or _HEAD_IN.search(words):
            continue  # 某部部长兼|律政部|部长: a title and 兼 before the unit's name, which starts later
        if any(t in words for t in ("主任", "书记", "委员", "主席")) or not 1 <= len(words) <= 7:
            return None
        if place is not None and place.start >= floor:
            # 某区|某某市场管理所|所长: a body of the place, named with it
            return Mention("Organization", place.start, end, text[place.start : end], "post")
        if parent is not None and text[parent.start - 1 : parent.start] == "驻":
            sender = _mention_ending(doc, parent.start - 1, ("Organization",))
            if sender is not None and sender.start >= floor:
                # 中央纪委国家监委驻|某部|纪检监察组: the group the first body posts to the second, named whole
                return Mention("Organization", sender.start, end, text[sender.start : end], "post")
        attrs = {"unit_of": parent} if parent is not None else {}
        return Mention("Organization", start, end, text[start:end], "post", attrs=attrs)
    return None


#: The last words of the names of firms and institutions a title may follow (某某公交集团, 某某第一分公司).
_FIRM_END = ("分公司", "子公司", "公司", "集团", "分厂", "工厂", "医院", "大学", "学院", "银行", "研究院", "研究所")
#: Tags of the words of such a name: nouns, places, abbreviations, distinguishing words, and ordinals (第一).
_FIRM_POS = ("n", "ns", "nt", "nz", "j", "b", "vn")


def _workplace_named(doc: Doc, floor: int, core: int) -> Mention | None:
    """A firm or institution the recogniser missed, named from the start of the link to the title: 北京公交集团第一
    客运分公司驾驶员 → 北京公交集团第一客运分公司. The name ends in a firm's last word, is five to twenty
    characters of nouns and places (an ordinal 第一 inside), no personal name, and starts the link."""
    text = doc.text
    end = core - 1 if text[core - 1 : core] == "的" else core  # 来自某某公交集团的驾驶员
    if not text.endswith(_FIRM_END, max(floor, end - 3), end):
        return None
    idx = doc.token_index()
    pos = core = end
    while pos > floor and text[pos - 1] not in _LINK_START and not (pos < core and _verb_before_firm(doc, pos)):
        k = idx.ending_at(pos)
        if k is None:
            return None
        tok = idx.tokens[k]
        ordinal = tok.pos == "m" and tok.text.startswith("第") and pos < core
        if (not (tok.pos.startswith(_FIRM_POS) or ordinal) or tok.pos.startswith("nr")
                or any(m.start < tok.end and m.end > tok.start and m.label not in _PLACES for m in doc.mentions)):
            return None
        pos = tok.start
    if not 5 <= core - pos <= 20 or (pos > floor and text[pos - 1] not in _LINK_START
                                     and not _verb_before_firm(doc, pos)):
        return None
    if text[pos:core] in _FIRM_END or text[pos:core].startswith(("该", "本", "这", "各")):
        return None
    return Mention("Organization", pos, core, text[pos:core], "post", attrs={"missed": True})


#: Verbs a workplace's name follows (来自某某集团的驾驶员, 是某某公司的司机).
_BEFORE_FIRM = ("来自", "在", "是", "系", "任", "担任", "作为", "身为")


def _verb_before_firm(doc: Doc, pos: int) -> bool:
    """Does one of the verbs a workplace's name follows end at ``pos``?"""
    k = doc.token_index().ending_at(pos)
    return k is not None and doc.token_index().tokens[k].text in _BEFORE_FIRM


def _school_of(org: Mention, before: Mention) -> bool:
    """Is ``org``, a school or institute named bare after a university in a chain, one of its units (某大学思政课
    教师、马克思主义学院教授 → 某大学马克思主义学院)?"""
    text = org.text
    return (text.endswith(("学院", "研究所", "研究院")) and (before.name or before.text).endswith(("大学", "科学院"))
            and org.name in (None, text) and not text.startswith(("中国", "中央", "国家")) and "大学" not in text
            and not any(text[:n] in lexicon().by_name for n in range(2, min(len(text) - 1, 6))))


def _known_body(doc: Doc, floor: int, core: int) -> Mention | None:
    """A national body of ``organisations.tsv`` written right before ``core`` (with its 党组 or 党委) whose words
    the segmenter ran into the title's (交通运输|部党组|书记): the recogniser, reading whole words, missed it."""
    text = doc.text
    for party in ("", "党组", "党委"):
        end = core - len(party)
        if party and not text.endswith(party, 0, core):
            continue
        for n in range(min(10, end - floor), 2, -1):
            name = text[end - n : end]
            if name in lexicon().organisations and (end - n == floor or text[end - n - 1] in _LINK_START):
                return Mention("Organization", end - n, core, text[end - n : core], "post")
    return None


#: Last words of the names of teams and studios news writes in quotes (“某某劳模创新工作室”, “某某突击队”).
_QUOTED_END = ("工作室", "班组", "突击队", "服务队", "志愿服务队", "工作站", "服务站", "小组")


def _quoted_body(doc: Doc, floor: int, end: int) -> Mention | None:
    """The body named in quotes right before a title: “某某劳模创新工作室”领衔人 → 某某劳模创新工作室 (the
    recogniser's mention inside the quotes, or the quoted name when it ends like a team's or a studio's)."""
    text = doc.text
    start = text.rfind("“", max(floor, end - 32), end - 1)
    if start < 0 or "”" in text[start + 1 : end - 1]:
        return None
    inner = _mention_ending(doc, end - 1, ORG_LABELS)
    if inner is not None and inner.start == start + 1:
        return inner
    name = text[start + 1 : end - 1]
    if len(name) < 4 or not name.endswith(_QUOTED_END) or not _is_cjk(name):
        return None
    return Mention("Organization", start + 1, end - 1, name, "post")


#: An autonomous region or its organs named bare in a chain (自治区, 自治区政府, 自治区人大常委会).
_BARE_REGION = re.compile(r"自治区(?:人民政府|政府|人大常委会|政协|纪委|监委)?$")


#: 该 + the kind of a body named before (该公司, 该院), and the endings of the bodies of each kind.
_THIS = re.compile(r"该(公司|集团|医院|院|学校|校|厂|局|中心|研究所|所|协会|银行|合作社|县|区|市)$")
#: The kinds a body may be named by alone, at the start of a link (公司总经理某说).
_BARE_KIND = re.compile(r"(公司|集团|总队|支队|合作社|医院|校|厂)$")
_THIS_KINDS = {"校": ("学校", "大学", "学院", "中学", "小学", "校"), "学校": ("学校", "中学", "小学"),
               "医院": ("医院",), "所": ("所",), "研究所": ("研究所",)}
#: How far before 该 its body may be named (a paragraph or two).
_THIS_REACH = 250
_THIS_LABELS = {"县": ("District",), "区": ("District",), "市": ("City", "District")}


def _this_body(doc: Doc, floor: int, end: int) -> tuple[int, Mention] | None:
    """A body written as 该 + its kind right before ``end`` (该公司, 该院), and the one it refers to: the
    last organisation of that kind named in the paragraphs before it (or place: 该县, 该市).

    >>> # 某某医院 … 该院院长某某 → the post is in 某某医院
    """
    m = _THIS.search(doc.text, max(floor, end - 4), end)
    if m is None:
        # 公司总经理某说, 、总队参谋长: the kind alone at the start of a link is the one named before too
        m = _BARE_KIND.search(doc.text, max(floor, end - 3), end)
        if m is None or not (m.start() == floor or doc.text[m.start() - 1] in "，,、。：:“\n"):
            return None
    kind = m.group(1)
    endings = _THIS_KINDS.get(kind, (kind,))
    labels = _THIS_LABELS.get(kind, ("Organization", "TradeUnion"))
    before = []
    for o in doc.mentions:
        if not (m.start() - _THIS_REACH <= o.end <= m.start() and o.label in (*labels, "Venue")):
            continue
        if o.label in labels and o.text.endswith(endings) and len(o.text) > len(kind):
            before.append(o)
        elif o.label in labels or kind in ("公司", "集团", "厂"):
            # 走进某某公司车间: the firm, named with the unit (车间, 分厂) the story walks into
            unit = next((u for u in _UNIT_END if o.text.endswith(u)), None)
            body = o.text[: -len(unit)] if unit else ""
            if body.endswith(endings) and len(body) > len(kind) + 1:
                before.append(Mention("Organization", o.start, o.start + len(body), body, "post"))
    if not before:
        return None
    return m.start(), max(before, key=lambda o: o.end)


def _place_body(doc: Doc, floor: int, core: int, head: str) -> Mention | None:
    """A body the recogniser did not take in, named by the words between a place (or an organisation) and the title.

    惠阳区|发展|改革|局|党组成员 → 惠阳区发展改革局; 上海|开放|大学校长 → 上海开放大学; 某集团|发展|计划部|
    副部长 → 某集团发展计划部. The words are nouns or verbs of a name (at most five, twelve characters) and end
    in a body's last word (局, 大学).
    """
    text = doc.text
    ends = (*_BODY_END, *_BODIES) if _heads_bodies(head) else _BODY_END  # 组织科|科长 names a 科, not a 组织
    if not text[max(floor, core - 10) : core].endswith(ends) or any(
            text.endswith(u, 0, core) and head.startswith(u) for u in _HEAD_UNITS):
        return None  # 采煤班|班长: the unit its head's title names (see _split_unit)
    idx = doc.token_index()
    pos = core
    joined = False  # was the word after this one 与 or 和 (呼吸|与|危重症医学科)?
    for i in range(7):
        k = idx.at(pos - 1)
        tok = idx.tokens[k]
        whole = i == 0 and tok.pos.startswith(("ns", "nt")) and _whole_body(text[tok.start : core])
        # 推广局|局长 in one token; a unit's last character tagged alone (公共服务|司|司长)
        glued = i == 0 and ((tok.end > core and text[tok.start : core].endswith(ends))
                            or (len(tok.text) == 1 and tok.text in _BODY_END))
        # 对外|推广局, 立法|二局, 应急减灾|与|公共服务司: words a unit's name holds that no title does
        inner = i > 0 and (tok.pos == "s" or (tok.pos == "d" and len(tok.text) > 1) or tok.text in ("与", "和")
                           or (joined and tok.pos.startswith("v")))
        joined = tok.text in ("与", "和")
        if not glued and not inner and (
                tok.start < floor or core - tok.start > 12 or not tok.pos.startswith((*_COMPOUND_POS, "l"))
                or tok.pos.startswith("nr") or (tok.pos.startswith("nt") and not whole)
                or (i == 0 and tok.pos.startswith("ns") and not whole)
                or (tok.pos == "v" and i != 1 and not tok.text.endswith(ends)) or tok.text in _MEETS):
            return None  # a name's words: 上海|开放|大学, not 北京|会见|泰国
        if tok.start < floor or core - tok.start > 12 or (i > 0 and (tok.text == "兼" or tok.text in lexicon().titles)):
            return None  # 村委会主任兼|合作社: another title before, not a body's name
        pos = tok.start
        if whole and (pos == floor or text[pos - 1] in _LINK_START) and _mention_ending(doc, pos, ORG_LABELS) is None:
            return Mention("Organization", pos, core, text[pos:core], "post")  # 上海海关|关长: one word names the body
        place = _mention_ending(doc, pos, (*_PLACES, "Organization"))
        if place is not None and place.start >= floor:
            # 中国农业银行|湖南省|分行: the body of an organisation in the place
            owner = _mention_ending(doc, place.start, ("Organization",))
            start = owner.start if owner is not None and owner.start >= floor else place.start
            return Mention("Organization", start, core, text[start:core], "post")
    return None


#: Words that end the names of bodies but also begin the names of their units (组织|部, 机构|改革办).
_BODIES = ("组织", "机构")
#: First characters of the titles of a unit's head, which may share the unit's last character (组织科|科长).
_UNIT_HEADS = tuple("科处部局司室所站厂院校")


#: A periodical named in 《》 before its editor's or publisher's title (《某某周刊》总编辑, 《某某报》主编).
_MEDIA = re.compile(r"《([^《》\n]{1,20})》(杂志社|杂志|报社|编辑部)?$")
#: The titles of a periodical's editors and publishers.
_MEDIA_HEADS = ("总编辑", "总编", "主编", "执行主编", "社长")


def _media_body(doc: Doc, floor: int, core: int, head: str) -> Mention | None:
    """The periodical named in 《》 right before an editor's title: 菲律宾《亚洲某某周刊》总编辑某 → 亚洲某某周刊."""
    if _present(head).lstrip("副") not in _MEDIA_HEADS:
        return None
    m = _MEDIA.search(doc.text, max(floor, core - 30), core)
    if m is None:
        return None
    name = m.group(1) + (m.group(2) or "")
    return Mention("Organization", m.start(), core, doc.text[m.start() : core], "post", name=name)


def _heads_bodies(head: str) -> bool:
    """May ``head`` follow a body named with 组织 or 机构: not a unit's head sharing its last character (组织科|科长)
    nor a committee member named by a portfolio (组织委员, 宣传委员)?"""
    return head[:1] not in _UNIT_HEADS and _present(head).lstrip("副") != "委员"


def _whole_body(word: str) -> bool:
    """Is ``word`` (one token) the whole name of a body: longer than its last word, which is not a place's
    (上海海关, 统战部; not 五华区, 长沙县)?"""
    end = next((e for e in _BODY_END if word.endswith(e)), None)
    return end is not None and end not in _PLACE_ENDS and len(word) > max(2, len(end))


#: Last characters of the names of places, not of bodies.
_PLACE_ENDS = tuple("乡镇村州市县区省国")
#: Last words of the name of a leading group or a command (中央某某工作领导小组, 某某防控指挥部).
_GROUP_END = ("领导小组", "工作小组", "指挥部", "工作组", "工作专班", "督导组", "巡视组", "指导组", "调查组", "专家组",
              "工作队")
#: Tags of the words such a name is made of (中央|应对|新冠|肺炎|疫情|工作|领导小组).
_GROUP_POS = ("n", "v", "j", "b", "a", "l", "i")


def _group_body(doc: Doc, floor: int, core: int) -> Mention | None:
    """A leading group or a command the recogniser did not take in, named from the start of its link to the title.

    某某常委、国务院总理、中央应对某某工作领导小组组长某某 → 中央应对某某工作领导小组; the name is words of a
    name (nouns, verbs, no function word, number or personal name), four to thirty characters, and starts the
    link (after 、 or 兼, or the clause).
    """
    text = doc.text
    if not text.endswith(_GROUP_END, max(floor, core - 6), core):
        return None
    idx = doc.token_index()
    pos = core
    while pos > floor and core - pos < 30 and text[pos - 1] not in _LINK_START:
        k = idx.ending_at(pos)
        if k is None:
            return None
        tok = idx.tokens[k]
        ordinal = tok.pos == "m" and tok.text.startswith("第")  # 中央第六巡回督导组
        if (not tok.pos.startswith(_GROUP_POS) and not ordinal) or tok.pos.startswith("nr") or tok.text in _MEETS:
            return None
        pos = tok.start
    if pos > floor and text[pos - 1] not in _LINK_START:
        return None
    if text[pos:core] in _GROUP_END:
        # 领导小组成员某、某: the group the article named before (中央某某工作领导小组组长某主持召开领导小组会议)
        named = [g for e in _ends_of(text, text[pos:core], pos)
                 if (g := _group_body(doc, doc.sentence_at(e - 1).start, e)) is not None and g.text != text[pos:core]]
        if not named:
            return None
        return Mention("Organization", pos, core, text[pos:core], "post", name=named[-1].text,
                       attrs={"why": f"bare {text[pos:core]}: the one named before ({named[-1].text})"})
    if core - pos < 2 + next((len(e) for e in _GROUP_END if text.endswith(e, pos, core)), 0):
        return None  # a name before the group's kind (中央|指导组), not the kind alone
    return Mention("Organization", pos, core, text[pos:core], "post")


def _ends_of(text: str, word: str, before: int) -> list[int]:
    """Where the occurrences of ``word`` before ``before`` end, in order."""
    out, i = [], text.find(word)
    while i >= 0 and i + len(word) <= before:
        out.append(i + len(word))
        i = text.find(word, i + 1)
    return out


def _generic_body(doc: Doc, floor: int, core: int) -> Mention | None:
    """A body every organisation has, written bare at the start of a link (、工会主席, 、大会主席团常务主席)."""
    m = _GENERIC_BODY.search(doc.text, max(floor, core - 6), core)
    if m is None or not (m.start() == floor or doc.text[m.start() - 1] in _LINK_START):
        return None
    label = "TradeUnion" if m.group() == "工会" else "Organization"
    return Mention(label, m.start(), core, m.group(), "post", attrs={"generic": True})


def _village(doc: Doc, floor: int, core: int, head: str) -> Mention | None:
    """A village (or community) before the title of its Party branch: 某县朱湾村党支部书记, 某镇新安村原党总支书记,
    某镇黄汰村支书, 某街道金汇社区党总支书记.

    The village's name starts right after a place (a county, a town, a street) or at the start of the link.
    """
    text = doc.text
    committee = next((c for c in _COMMITTEES if text.endswith(c, floor, core)), None)
    if committee is not None:
        # 某村村委会主任, 某村委会副主任 (the 村 of 村委会 ends the village's name), 某社区居委会主任
        end = core - len(committee)
        if committee[0] == "村" and not text.endswith(("村", "社区"), 0, end):
            end += 1
        start = _village_start(doc, floor, end)
        return None if start is None else Mention("Organization", start, core, text[start:core], "post")
    if not _present(head).startswith((*_BRANCHES, "支书", "村支书", "党委", "第一书记", "驻村第一书记")):
        return None
    # 黄土岭|村支书: the 村 of the title ends the village's name
    end = core + 1 if _present(head).startswith("村支书") and not text.endswith("村", 0, core) else core
    start = _village_start(doc, floor, end)
    if start is None and text[core - 1 : core] == "的" and text.endswith(("村", "社区"), 0, core - 1):
        end = core - 1  # 某村的党总支书记: the village, then 的
        start = _village_start(doc, floor, end)
    return None if start is None else Mention("Organization", start, end, text[start:end], "post",
                                              attrs={"village": True})


#: A town or township named right after its county or city (崇阳县|天城镇), and a village after its town
#: (稍岗镇|李举人村): the places a bare 镇, 乡 or 村 later refers to.
_TOWN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,5}?[镇乡]")
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?村")
#: Words ending in 镇 or 乡 that name no town (城乡, 城镇, 乡镇).
_NOT_TOWN = ("城乡", "城镇", "乡镇", "市镇", "村镇", "家乡", "老乡", "故乡", "下乡", "返乡", "回乡", "同乡", "他乡",
             "异乡")
#: Function words that start no town's or village's name (河南|对|村（社区）).
_FUNCTION_CHARS = "对在向从与和及为把被给到于"
#: How far back a bare 镇, 乡 or 村 refers (a few paragraphs).
_LOCAL_REACH = 600
#: Titles a town's name is written before without a mention of the town (田铺乡党委书记, 天城镇镇长).
_TOWN_TITLES = ("党委", "党工委", "镇长", "乡长", "副镇长", "副乡长")


def _local_names(doc: Doc, end: int) -> list[tuple[int, str]]:
    """The towns and villages named after a place before ``end`` (where each ends, its name), in order.

    湖北省崇阳县天城镇防控工作会 → 天城镇; 河南省虞城县稍岗镇李举人村 → 稍岗镇, 李举人村.
    """
    text = doc.text
    idx = doc.token_index()
    out: list[tuple[int, str]] = []
    places = [m for m in doc.mentions if m.label in _PLACES and end - _LOCAL_REACH <= m.end < end]
    starts = {m.start for m in places}
    for place in sorted(places, key=lambda m: m.end):
        if place.end in starts:
            continue  # 河南省|虞城县: the place named after it
        town = _TOWN_AFTER.match(text, place.end)
        if town is None or town.end() > end or not _local_words(doc, idx, town.start(), town.end()):
            village = _VILLAGE_AFTER.match(text, place.end)  # 无极县|柳见村: a village named after its county
            if village is not None and village.end() <= end and _local_words(doc, idx, village.start(), village.end()):
                out.append((village.end(), village.group()))
            continue
        out.append((town.end(), town.group()))
        village = _VILLAGE_AFTER.match(text, town.end())
        if village is not None and village.end() <= end and _local_words(doc, idx, village.start(), village.end()):
            out.append((village.end(), village.group()))
    return out


def _local_words(doc: Doc, idx: TokenIndex, start: int, end: int) -> bool:
    """Is ``[start, end)`` a name at word boundaries, with no verb or function word of two characters or more
    (传来|村支书, 下乡), not a word for places (城乡)? jieba cuts place names anyhow (天|城镇, 稍|岗|镇)."""
    text = doc.text
    if text[start] in _NOT_VILLAGE + _FUNCTION_CHARS + "村镇" or text[start:end] in _NOT_TOWN:
        return False
    k, last = idx.at(start), idx.at(end - 1)
    if idx.tokens[k].start != start or idx.tokens[last].end != end:
        return False
    return all(len(t.text) < 2 or not t.pos.startswith(("v", "d", "p", "c", "r", "u", "f"))
               for t in idx.tokens[k : last + 1])


def _local_body(doc: Doc, floor: int, core: int, head: str) -> Mention | None:
    """A town or village written bare before a title, the one the article named last (镇党委书记某, 村第一书记某,
    村支书某); or a town's name before its Party committee's title (田铺乡党委书记某).
    """
    text = doc.text
    bare = _present(head)
    at_link = core - 1 == floor or text[core - 2 : core - 1] in tuple(_LINK_START)
    place_head = bare.removeprefix("代理").removeprefix("常务").removeprefix("副")
    if place_head in _PLACE_HEADS and (core == floor or text[core - 1] in "，,：:（(“的"):
        # (负责农业的)副县长某: the county the article is about (after 、 or 兼 the chain's own body decides)
        return _place_in_context(doc, core, place_head)
    if text[core - 1 : core] in ("镇", "乡", "村") and core > floor and at_link:
        kind, start = text[core - 1], core - 1  # 镇|党委书记, 村|第一书记
    elif (bare.startswith(("村支书", "村长", "副村长"))
          and (core == floor or text[core - 1] in _LINK_START or _after_verb(doc, core))):
        kind, start = "村", core  # (传来)村支书, 村长某: the title names its village
    elif (text.endswith("社区", floor, core) and bare.startswith((*_BRANCHES, "党委", "党总支", "居委会"))
          and (core - 2 == floor or text[core - 3] in _LINK_START)):
        # 某某社区…。社区党支部书记某: the community the paragraph named last
        named = _communities_before(doc, core - 2)
        if not named:
            return None
        return Mention("Organization", core - 2, core, "社区", "post", name=named[-1],
                       attrs={"village": True, "why": f"bare 社区: the one named before ({named[-1]})"})
    else:
        if bare.startswith(_TOWN_TITLES):
            for start in range(max(floor, core - 6), core - 1):
                if (text[core - 1] in "镇乡" and _TOWN_AFTER.fullmatch(text, start, core)
                        and (start == floor or text[start - 1] in _LINK_START
                             or _mention_ending(doc, start, _PLACES) is not None)
                        and _local_words(doc, doc.token_index(), start, core)):
                    return Mention("Organization", start, core, text[start:core], "post")
        return None
    named = [name for e, name in _local_names(doc, start) if name.endswith(kind)]
    if not named:
        return None
    if kind == "村" and bare.lstrip("副") == "主任":
        named.append(named[-1] + "村委会")  # 村主任: the chair of the village's committee (某村村委会主任)
    return Mention("Organization", start, core, text[start:core], "post", name=named[-1],
                   attrs={"village": True, "why": f"bare {kind}: the one named before ({named[-1]})"})


#: Words before 社区 that name no community (城乡社区, 农村社区, 所在社区).
_NOT_COMMUNITY = ("城乡", "农村", "城市", "所在", "基层", "全市", "全区", "各个", "居住", "和谐", "智慧", "国际")


def _communities_before(doc: Doc, end: int) -> list[str]:
    """The urban communities named in the paragraph before ``end``, in order: a name word and 社区 (某某街|社区),
    or one word ending in it."""
    text = doc.text
    idx = doc.token_index()
    para = max(text.rfind("\n", 0, end) + 1, end - _LOCAL_REACH)
    out = []
    for m in re.finditer("社区", text[para:end]):
        e = para + m.end()
        k = idx.at(e - 1)
        tok = idx.tokens[k]
        if tok.end != e:
            continue
        name_start = tok.start if tok.start < e - 2 else e - 2
        j = k if tok.start < e - 2 else k - 1
        clean = False  # does the name start at a clear edge (a mark, a place, a preposition)?
        while j >= 0 and name_start > para:
            prev = idx.tokens[j]
            if prev.end != name_start or not prev.pos.startswith(("ns", "nz", "nr", "n", "j")):
                clean = (prev.end != name_start or prev.pos.startswith(("x", "p"))
                         or (prev.pos.startswith("v") and len(prev.text) > 1)) and prev.text[0] not in "镇乡村区县市街"
                break  # (走进|某某社区, not 旭阳|镇望|景楼社区: a word jieba glued across the town's name)
            if name_start < e - 2 and (prev.text.endswith(("镇", "乡", "街道", "街", "区", "县", "市", "路"))
                                       or any(m.end == prev.end and m.label in _PLACES for m in doc.mentions)):
                clean = True  # 龙阳街|芳草社区: the street the community is in
                break
            if e - prev.start > 8:
                break
            name_start = prev.start
            j -= 1
        else:
            clean = True
        if not clean or not 4 <= e - name_start <= 8 or text[name_start : e - 2] in _NOT_COMMUNITY:
            continue  # 旭阳|镇望|景楼社区: jieba cut the name across its town, not sure where it starts
        if text[name_start] in _NOT_VILLAGE:
            continue
        out.append(text[name_start:e])
    return out


def _after_verb(doc: Doc, pos: int) -> bool:
    """Does a verb or a preposition end right at ``pos`` (传来|村支书某, 找到|村支书某)?"""
    k = doc.token_index().ending_at(pos)
    return k is not None and doc.token_index().tokens[k].pos.startswith(("v", "p"))


#: Heads named by the kind of body they head, and the last words of bodies of that kind (校长 of a 学校).
_HEADS_OF = {"校长": ("学校", "小学", "中学", "大学", "学院", "职校", "技校"),
             "院长": ("医院", "学院", "研究院", "卫生院", "法院"), "厂长": ("厂",), "站长": ("站",), "所长": ("所",),
             "馆长": ("馆",), "行长": ("银行", "分行", "支行"), "园长": ("幼儿园",), "董事长": ("公司", "集团"),
             "总经理": ("公司", "集团"), "理事长": ("合作社", "协会", "基金会"), "会长": ("协会", "商会")}
#: How far back, in the same paragraph, the body of a bare head may be named.
_HEAD_REACH = 200


def _headed_before(doc: Doc, floor: int, core: int, head: str) -> Mention | None:
    """The body a bare head's title names by its kind, at a clause's start: the last one of that kind named in the
    paragraph before. 在某某小学。…校长某某介绍 → 某某小学; 某医院……院长某某说 → 某医院; 这是所长某某….

    Not after 、 or 兼 (the chain's own body decides), and only offices that head one kind of body.
    """
    text = doc.text
    kinds = _HEADS_OF.get(_present(head).removeprefix("常务").removeprefix("副"))
    if kinds is None or not (core == floor or text[core - 1] in "，,：:“\n" or text.endswith("这是", 0, core)):
        return None
    para = text.rfind("\n", 0, core) + 1
    before = [m for m in doc.mentions if max(para, core - _HEAD_REACH) <= m.start and m.end <= core
              and m.label in ("Organization", "Venue", "TradeUnion") and (m.name or m.text).endswith(kinds)
              and len(m.name or m.text) > 3]
    return max(before, key=lambda m: m.end) if before else None


def _place_in_context(doc: Doc, core: int, head: str) -> Mention | None:
    """The place a bare head of its government heads (县长, 市长, 镇长): the last one of its kind named before.

    某县的企业复工了。县长某说 → 某县; 镇长 → the town named last after its county (see :func:`_local_names`).
    """
    kind = head[0]
    if head in ("镇长", "乡长"):
        named = [name for _, name in _local_names(doc, core) if name.endswith(kind)]
        return None if not named else Mention("Organization", core, core, "", "post", name=named[-1],
                                              attrs={"why": f"bare {head}: the town named before ({named[-1]})"})
    places = [m for m in doc.mentions if m.label == _PLACE_HEADS[head] and core - _LOCAL_REACH <= m.end <= core
              and (m.name or m.text).endswith(kind)]
    return max(places, key=lambda m: m.end) if places else None


def _village_start(doc: Doc, floor: int, end: int) -> int | None:
    """Where the name of a village (or community) ending at ``end`` starts: right after a place (a county, a
    town, a street) or at the start of the link."""
    text = doc.text
    for start in range(max(floor, end - 5), end - 1):
        if not _VILLAGE.fullmatch(text, start, end) or text[start] in _NOT_VILLAGE:
            continue
        first = doc.token_index().tokens[doc.token_index().at(start)]
        if first.start == start and len(first.text) > 1 and first.pos.startswith(("v", "d", "p", "c", "r")):
            continue  # 传来|村支书: a verb, not a village's name
        before = doc.token_index().ending_at(start)
        if (start == floor or text[start - 1] in _LINK_START or _mention_ending(doc, start, _PLACES) is not None
                or (before is not None and doc.token_index().tokens[before].text.endswith(("镇", "乡", "街道", "街")))):
            return start
    return None


def _names_body(doc: Doc, start: int, end: int) -> bool:
    """Does a word in ``[start, end)`` name a body (外交部, 协会), not a kind of work (项目, 网约车)?"""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].end <= end:
        if idx.tokens[k].text.endswith(_BODY_END):
            return True
        k += 1
    return False


def _split_unit(doc: Doc, org: Mention, start: int, head_start: int) -> tuple[Mention | None, int]:
    """A work unit at the front of a compound title, and where the title proper starts.

    采煤班班长 names the unit by its head's title: the unit is dropped (role 班长);
    工务段钳工, 带电班副班长 name a unit of the organisation before them.
    """
    prefix = doc.text[start:head_start]
    if not prefix:
        return None, start
    head = doc.text[head_start:]
    if any(head.startswith(u) and prefix.endswith(u) and len(head) > len(u) for u in _HEAD_UNITS):
        return None, head_start
    idx = doc.token_index()
    best = None
    for k in range(idx.at(start), len(idx.tokens)):
        tok = idx.tokens[k]
        if tok.end > head_start:
            break
        if (tok.end - start >= 2 and doc.text[start : tok.end].endswith(_UNIT_END)
                and not doc.text[start : tok.end].endswith(_NOT_UNIT)):
            best = tok.end
    if best is None:
        return None, start
    unit = Mention("Organization", start, best, doc.text[start:best], "post", attrs={"unit_of": org})
    return unit, best


def _nominal(doc: Doc, start: int, end: int) -> bool:
    """Do tokens cover ``[start, end)`` exactly, all of them nouns (a job name, not a phrase)?"""
    idx = doc.token_index()
    k = idx.at(start)
    if idx.tokens[k].start != start:
        return False
    while k < len(idx.tokens) and idx.tokens[k].end <= end:
        if not idx.tokens[k].pos.startswith(("n", "vn", "v", "b")) or idx.tokens[k].pos.startswith("nr"):
            return False
        if idx.tokens[k].end == end:
            return True
        k += 1
    return False


def _org_with_title(doc: Doc, pos: int) -> _Title | None:
    """An organisation mention that took the title in (中共中央政治局常委): the body and where the title starts.

    >>> # 中共中央政治局常委 → (中共中央政治局, 常委)
    """
    org = _mention_ending(doc, pos, ("Organization",))
    if org is None:
        return None
    m = _title_regex().search(org.text, 2)
    if m is None:
        return None
    start = org.start + m.start()
    body = Mention(org.label, org.start, start, org.text[: m.start()], "post")
    return _Title(org.start, start, body, m.group())


def chain_before(doc: Doc, person: Mention) -> list[ChainItem]:
    """The chain of titles and honours right before ``person``, left to right."""
    return _chain(doc, person.start, doc.sentence_at(person.start).start)


def _chain(doc: Doc, pos: int, floor: int) -> list[ChainItem]:
    """The chain of titles and honours ending at ``pos``, not before ``floor``, left to right."""
    text = doc.text
    items: list[ChainItem] = []
    while pos > floor:
        hon = _mention_ending(doc, pos, ("Honour",))
        if hon is not None:
            items.append(ChainItem(hon.start, pos, hon.name or hon.text, None, hon))
            pos = hon.start
        else:
            found = _org_with_title(doc, pos) or _title_at(doc, floor, pos)
            if found is None:
                break
            org = found.org
            title_start = found.title_start
            if lexicon().titles.get(text[title_start : pos - len(found.head)]) == "job":
                title_start = pos - len(found.head)  # 电工班长: the head of the electricians' team, 班长
            if org is not None and title_start < pos - len(found.head):
                unit, title_start = _split_unit(doc, org, title_start, pos - len(found.head))
                org = unit or org
            title = text[title_start:pos]
            bare = _present(title)
            mark = title[: len(title) - len(bare)]  # 原 (新安村原党总支书记)
            if org is None and found.start == title_start:
                org = _unmarked_place(doc, floor, title_start, bare)
                if org is not None:
                    found = _Title(org.start, title_start, org, found.head)
            if org is not None and bare.startswith(_BRANCHES) and bare[3:] in ("书记", "副书记"):
                # 西坪村党支部书记: the Party branch of the village is the body, 书记 the post
                at = title_start + len(mark)
                org = Mention("Organization", at, at + 3, bare[:3], "post", attrs={"unit_of": org, "branch": True})
                title = mark + bare[3:]
            elif org is not None and org.text.endswith(_BOARDS) and bare in ("主席", "副主席") and len(org.text) > 4:
                # 某集团董事局|主席: the chairman of the group's board
                title = mark + org.text[-3:] + bare
                org = Mention(org.label, org.start, org.end - 3, org.text[:-3], "post")
            elif org is not None and org.attrs.get("village") and bare in ("支书", "村支书"):
                # 黄汰村支书: the secretary of the village's Party branch
                org = Mention("Organization", org.start, pos, text[org.start : pos], "post",
                              name=(org.name or org.text) + "党支部", attrs={"implied": True})
                title = mark + "书记"
            start = found.start
            mark = next((w for w in _FORMER if text.endswith(w, floor, start) and _starts_word(doc, start - len(w))),
                        None)
            if mark is not None and not title.startswith(_FORMER):
                # 时任|红军总参谋长: the mark before the organisation is the title's
                start -= len(mark)
                title = mark + title
            bare = _present(found.head or title)
            if org is None and bare in _FIRM_TITLES and _present(title) != bare:
                # 格力电器|董事长: a firm's name, not a compound title (项目|经理)
                body = _firm_before(doc, floor, pos - len(bare), bare)
                if body is not None and (body.start == start or (body.start < start and (
                        _firm_attested(doc, body.text) or body.text.endswith(_TRADES)))):
                    # 某尚|家具总经理, 某帆|科技副总裁: the compound title took in the end of a firm's name, one the
                    # article names in full (佛山某尚家具制造有限公司) or that ends in its trade
                    org, title, start = body, title[: len(title) - len(_present(title))] + bare, body.start
            if (org is None and _kind(bare) == "post" and not _of_state(bare)
                    and _title_regex().fullmatch(_present(title))
                    and lexicon().implied.get(bare.lstrip("副")) is None):
                body = _unknown_body(doc, floor, start) or _firm_before(doc, floor, start, bare)
                if body is not None:  # 某集团董事局主席、中国某某|总裁某: a body the recogniser missed, inside a chain
                    org, start = body, body.start
            items.append(ChainItem(start, pos, title, org, head=found.head))
            pos = start
        lead = pos
        while (place := _mention_ending(doc, lead, _PLACES)) is not None and place.start > floor:
            lead = place.start  # 、江苏省|徐州市某局局长: the places the body is written with
        # 某代表团团长、俄|总统助理: a country's one-character short form, the office held there (a full name
        # before an office ends the chain: the office is read as held abroad from it)
        abroad = (lead == pos and lead - 2 >= floor and text[lead - 2] == "、"
                  and text[lead - 1] in lexicon().countries and _of_state(items[-1].title))
        if abroad:
            lead -= 1
        if lead > floor and text[lead - 1] in "、兼及，," and (lead == pos or abroad or items[-1].org is not None):
            pos = lead
        if pos > floor and text[pos - 1] in "、兼及" and (text[pos - 1] != "及" or items[-1].honour is None):
            pos -= 1  # 某公司经理及某厂厂长: 及 joins two titles as 、 does
            continue
        if pos > floor and text[pos - 1] in "，," and items and items[-1].honour is None:
            items += reversed(_chain_group_before(doc, floor, pos - 1))
        break
    items.reverse()
    return items


#: Marks that end the clause before a group of titles.
_GROUP_START = "，,。；;：:“”\n（(）)"


def _chain_group_before(doc: Doc, floor: int, comma: int) -> list[ChainItem]:
    """A group of titles before a ，that is a whole clause: 中央纪委委员，某省纪委书记、省监委主任某 (the groups of
    a long chain, each listed with 、, are set apart by ，). Not a clause of other words (会上，主任某)."""
    text = doc.text
    start = max((text.rfind(c, floor, comma) for c in _GROUP_START), default=-1) + 1
    start = max(start, floor)
    if comma - start < 2:
        return []
    chain = _chain(doc, comma, start)
    if not chain or chain[0].start != start or any(item.honour is not None for item in chain):
        return []
    return chain


#: Tags of the words of a body's name the recogniser missed (中国|巨石, 某某|控股).
_NAME_POS = ("n", "ns", "nr", "nz", "nt", "j")


def _unknown_body(doc: Doc, floor: int, start: int) -> Mention | None:
    """Words of a name between a 、 and a title, when a title chain goes on before the 、.

    某集团董事局主席、中国某某总裁某 → 中国某某 (two to eight characters, nouns and names, no mention among them).
    Only inside a chain: alone, 中国某某总裁 may be anything.
    """
    text = doc.text
    idx = doc.token_index()
    pos = start
    for _ in range(4):
        k = idx.ending_at(pos)
        if k is None or not idx.tokens[k].pos.startswith(_NAME_POS) or idx.tokens[k].start < floor:
            return None
        pos = idx.tokens[k].start
        if pos > floor and text[pos - 1] == "、":
            break
    else:
        return None
    if not 4 <= start - pos <= 8 or any(m.start < start and m.end > pos for m in doc.mentions):
        return None  # 监委, 宣传司: a unit named bare, not a body's name
    k = idx.at(pos)
    if all(t.pos.startswith("ns") for t in idx.tokens[k : idx.at(start - 1) + 1]):
        return None  # 中国|国家主席, 亚洲|事务负责人: a place, not a body
    if text.startswith(("自治区", "省", "市", "区", "县", "州"), pos):
        return None  # 自治区政府: a bare locality, whose place only the context gives
    before = _chain(doc, pos - 1, floor)
    if not before or before[-1].org is None:
        return None
    return Mention("Organization", pos, start, text[pos:start], "post", attrs={"missed": True})


#: Offices only a firm has: the words before them at the start of a clause are a firm's name (某某电器|董事长).
_FIRM_TITLES = frozenset(("董事长", "副董事长", "总裁", "副总裁", "执行总裁", "总经理", "副总经理", "首席执行官", "CEO",
                          "董事局主席", "创始人", "联合创始人"))
#: Words a firm's name may follow: a clause's marks and the verbs of holding or saying (是某某电器董事长, 据某某…).
_BEFORE_NAME = ("，", ",", "、", "。", "；", "：", ":", "“", "”", "（", "(", "\n",
                "是", "系", "任", "担任", "作为", "据", "由", "和", "与", "及", "同")
#: Tags of a firm's name's words (三一|重工, 宁德|时代, 中国|商飞); adjectives and verbs only before a firm's
#: head word (新|希望|集团).
_FIRM_NAME_POS = (*_NAME_POS, "vn", "m", "nrt")
#: Trades a firm's name ends in (《企业名称登记管理规定》: a name is its own words, its trade and its form).
_TRADES = ("电器", "电气", "重工", "科技", "药业", "制药", "股份", "控股", "汽车", "电子", "实业", "物流", "地产",
           "置业", "传媒", "食品", "乳业", "钢铁", "化工", "能源", "机械", "航空", "证券", "保险", "通信", "网络",
           "软件")
#: Tags of proper words: a name among the words before a firm's office (中国|商飞, 美团).
_PROPER_POS = ("nz", "nt", "nr", "ns", "j", "m")
_KIND_WORDS = ("公司", "集团", "企业", "单位", "银行", "工厂", "厂家", "商家", "平台", "品牌")


def _firm_before(doc: Doc, floor: int, start: int, title: str) -> Mention | None:
    """The firm named by the words before a firm's office at the start of a clause, which no recogniser took in:
    某某电器董事长某 → 某某电器, 某某|重工总裁某 (two to eight characters, at most four words, no mention among them).

    >>> # 格力电器董事长某某 → (某某, 董事长, 格力电器)
    """
    if title not in _FIRM_TITLES:
        return None
    text = doc.text
    idx = doc.token_index()
    pos = start
    words: list = []
    while len(words) < 4:
        k = idx.ending_at(pos)
        if k is None or idx.tokens[k].start < floor:
            return None
        tok = idx.tokens[k]
        if tok.text in _BEFORE_NAME or (tok.pos.startswith(("c", "p")) and words):
            break  # 而是|某某康副总裁: a conjunction or a preposition starts the name after it
        words.append(tok)
        pos = tok.start
        if pos == floor:
            break
    else:
        k = idx.ending_at(pos)
        if pos != floor and (k is None or idx.tokens[k].text not in _BEFORE_NAME):
            return None
    name = text[pos:start]
    attested = _firm_attested(doc, name)
    if not words or not 2 <= start - pos <= 8 or any(m.start < start and m.end > pos and not (
            attested and m.label == "Person") for m in doc.mentions):
        return None
    if "兼" in name or any(t in name for t in _FIRM_TITLES):
        return None  # 某某中国总裁兼|首席执行官: another title before, whose body the chain reads
    if attested and text[pos] not in "该本我其这那各每某":
        return Mention("Organization", pos, start, name, "post", attrs={"missed": True})
    headed = words[0].text.endswith(_KIND_WORDS) and len(words) > 1  # 新|希望|集团
    trade = words[0].text.endswith(_TRADES) and len(words) > 1  # 星河|电器: a name and its trade
    if not (headed or trade or any(t.pos.startswith(_PROPER_POS) for t in words)):
        return None  # 项目|总经理, 销售|总经理: a compound title, no firm's name
    for tok in words:
        if not (tok.pos.startswith(_FIRM_NAME_POS) or (headed and tok.pos.startswith(("a", "v")))):
            return None
        if (tok.pos.startswith("v") and tok.text in _MEETING_VERBS) or tok.text in lexicon().titles:
            return None
    if all(t.pos.startswith("ns") for t in words) or all(t.text in GENERIC or t.text in _KIND_WORDS for t in words):
        return None  # 北京|总经理, 公司|总经理: a place or a kind, not a firm
    if text[pos] in "该本我其这那各每某" or text[start - 1] in "区部":
        return None  # 中国区|总裁, 销售部|总经理: a firm's region or department, whose firm is not named
    return Mention("Organization", pos, start, text[pos:start], "post", attrs={"missed": True})


#: A firm's legal form, written after its name where the article names it in full (某某公司, 某某集团).
_FIRM_FORM = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:股份)?有限(?:责任)?公司|公司|集团)")


def _firm_attested(doc: Doc, name: str) -> bool:
    """Does the article name the firm ``name`` in full elsewhere: as the name of a firm it recognised
    (某市|某某家具|制造有限公司 → 某某家具) or followed by a legal form (某某选|公司)?"""
    if len(name) < 2 or not _is_cjk(name) or name in GENERIC or name in _KIND_WORDS:
        return False  # 公司|副总裁: a kind, not a name
    text = doc.text
    for m in doc.mentions:
        if m.label == "Organization" and m.text != name and name in m.text and m.text.endswith(("公司", "集团")):
            return True
    at = text.find(name)
    while at >= 0:
        if _FIRM_FORM.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _starts_word(doc: Doc, pos: int) -> bool:
    """Does a token start at ``pos``?"""
    idx = doc.token_index()
    return idx.tokens[idx.at(pos)].start == pos


def _present(title: str) -> str:
    """A title without the mark of a former post: 原县委书记 → 县委书记, 时任国家副主席 → 国家副主席."""
    for mark in ("现任", "新任", "时任", "原任", "前任"):
        if title.startswith(mark):
            return title[len(mark) :]
    return title.lstrip("原前")


@functools.cache
def _roles() -> dict[str, str]:
    """The title alone of written forms that hold their body (全国人大代表 → 代表), from titles.tsv."""
    return {row[0]: row[3] for row in read_tsv("titles.tsv") if len(row) > 3 and row[3]}


#: Words for belonging to a body, not for a trade (成员, 会员; 党员, 团员: a member of the Party, of the League).
_MEMBERSHIPS = ("成员", "会员", "党员", "团员")


def _kind(head: str) -> str | None:
    """The kind of a title (post, job, seat, media); a compound one ending in 工, 师 or 员 is a job."""
    kind = lexicon().titles.get(head.lstrip("副"))
    if kind is None and head.endswith(_ASSISTANT) and len(head) > len(_ASSISTANT):
        kind = lexicon().titles.get(head.removesuffix(_ASSISTANT).lstrip("副"))  # 总经理助理: as 总经理
    if (kind is None and _JOB_END.fullmatch(head) and head.endswith(("工", "工人", "师", "员"))
            and not head.endswith(_MEMBERSHIPS)):  # 领导小组成员: a member, not a trade
        return "job"
    return kind


#: The reach of a firm's office written before its title, no part of the role (全球首席执行官 → 首席执行官).
_SCOPE = ("全球",)


def _role(title: str) -> str:
    """The role a written title states: 全国人大代表 → 代表, 主席 → 主席, 全球首席执行官 → 首席执行官."""
    for scope in _SCOPE:
        if title.startswith(scope) and _kind(title[len(scope) :]) is not None:
            title = title[len(scope) :]
    return _roles().get(title, title)


def _implied(title: str, start: int, end: int) -> Mention | None:
    """The body a title belongs to when the text names none (国家主席 → 中华人民共和国)."""
    body = lexicon().implied.get(title.lstrip("副").lstrip("常务"))
    if body is None and title.startswith("副"):
        body = lexicon().implied.get(title[1:])
    if body is None:
        return None
    return Mention("Organization", start, end, title, "post", name=body, attrs={"implied": True})


@functools.cache
def _foreign_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a country (``kg/data/countries.tsv``), with its party, government or parliament,
    ending right before a title; and of a country starting a chain."""
    names = "|".join(sorted(lexicon().countries, key=len, reverse=True))
    end = re.compile(f"(?:{names})(?:[\u4e00-\u9fff]{{0,8}}?(?:党|党中央|中央|政府|议会|国会|委员会)|共和国|王国)?$")
    return end, re.compile(f"(?:{names})")


def _foreign(doc: Doc, person: Mention, chain: list[ChainItem]) -> bool:
    """Is ``person`` written as holding office abroad (泰国总理某, 老挝人民革命党中央总书记某)?

    The country (or its party, government or parliament) ends right before the title chain or
    starts it: 访问泰国的李某总理 is not.
    """
    start = chain[0].start if chain else person.start
    text = doc.text
    foreign_end, foreign_start = _foreign_res()
    return bool(foreign_end.search(text, max(0, start - 20), start)
                or foreign_start.match(text, start, person.start))


@dataclass(frozen=True, slots=True)
class _Abroad:
    """Where a foreign office-holder holds office: the country, and the body written from it on when no
    organisation mention covers it (斯里兰卡人民解放阵线总书记: the front, of 斯里兰卡)."""

    country: Mention | None  # None for 外国, 该国
    body: Mention | None
    context: bool = False  # the country is the one the article is about, not written with the title


#: A country's own long form (厄瓜多尔共和国): the country itself, not a body in it.
_STATE_FORM = re.compile(
    r"(?:联邦|民主|人民|社会主义|伊斯兰|玻利瓦尔|多民族)*(?:共和国|王国|联邦|合众国|联合王国|苏丹国|大公国)?"
    r"(?:新任|首任|候任|现任)?")
#: Where a diplomat is posted, between the sending country and the title (驻华, 新任驻武汉, 常驻联合国).
_POSTED = re.compile(r"(?:新任|前任|首任|候任)?(?:常驻|驻)[\u4e00-\u9fff]{1,10}")
#: Words that mark a title (代理, 副, 常务), not a body's name.
_TITLE_MARK = re.compile(r"(?:原|前|时任|现任|新任|首任|候任|常务|执行|副|名誉|代理|第一|首席|驻会|专职|助理|高级)+")
#: Verbs of meeting before a country's office-holder, whatever their tag (会见|柬埔寨国王某).
_MEETS = ("会见", "会晤", "会谈", "接见", "看望", "致电", "致函", "通电话")
#: Countries that name no country (外国总统), and bodies above states, which hold their offices themselves.
_ANY_COUNTRY = ("外国", "该国")
_UNIONS_OF_STATES = ("欧盟", "东盟", "非盟", "联合国")


def _abroad(doc: Doc, person: Mention, chain: list[ChainItem]) -> _Abroad | None:
    """The country (and body) of an office-holder abroad, written at the start of the chain or right before it.

    泰国总理某 → 泰国; 厄瓜多尔共和国总统某 → 厄瓜多尔; 匈牙利工人党主席某 (the party not recognised) →
    匈牙利, body 匈牙利工人党; 老挝人民革命党中央总书记某 (recognised) → 老挝. The country starts the clause
    or follows a mark or a verb (会见泰国总理), and only nouns stand between it and the title: 中国驻泰国大使某,
    访问泰国的某总理 are not abroad.
    """
    text = doc.text
    first = next((item for item in chain if item.honour is None), None)
    if first is None:
        return None
    _, country_re = _foreign_res()
    if first.org is not None:
        m = country_re.match(text, first.org.start)
        if m is not None:  # 老挝人民革命党中央, 欧盟委员会: the organisation recognised holds the office
            return _Abroad(None if m.group() in _ANY_COUNTRY else Mention("Organization", m.start(), m.end(),
                                                                           m.group(), "post",
                                                                           name=_country_full().get(m.group())),
                           None)
    idx = doc.token_index()
    start = first.start if first.org is None else first.org.start  # 吉布提争取进步|人民联盟: the body cut short
    if (first.org is None and first.head and first.title != first.head and _kind(_present(first.head)) == "post"
            and not _of_state(first.head)):
        start = first.end - len(first.head)  # 乌拉圭广泛|阵线主席: the body's last word taken into the title
    floor = max(doc.sentence_at(person.start).start, start - 16)
    for m in reversed(list(country_re.finditer(text, floor, start))):
        k = idx.ending_at(m.start())
        if m.start() != floor and text[m.start() - 1] not in "，,。：:；;、（(“\"\n" and (
                k is None or idx.tokens[k].text.endswith("驻")  # 中国驻泰国大使: China's ambassador
                or not (idx.tokens[k].pos.startswith(("v", "p", "c")) or idx.tokens[k].text in (*_MEETS, "的"))):
            continue  # (来华访问)的|西班牙首相: the country starts the phrase
        if _posted(doc, first) and _POSTED.fullmatch(text, m.end(), first.end - len(first.head or first.title)):
            # 韩国新任驻武汉总领事, 美国驻华大使: a diplomat posted abroad holds the office for the sending state
            return _abroad_of(m, None)
        if _STATE_FORM.fullmatch(text, m.end(), start):
            return _abroad_of(m, None) if first.org is None else None
        if not _body_words(doc, m.end(), start):
            return None
        end = start if first.org is None else first.org.end
        return _abroad_of(m, Mention("Organization", m.start(), end, text[m.start() : end], "post"))
    return None


def _article_country(doc: Doc) -> Mention | None:
    """The one foreign country an article names (by any of its names: 俄罗斯, 俄), else None."""
    _, country_re = _foreign_res()
    found: dict[str, re.Match[str]] = {}
    for m in country_re.finditer(doc.text):
        if m.group() not in (*_ANY_COUNTRY, *_UNIONS_OF_STATES):
            found.setdefault(_country_full().get(m.group(), m.group()), m)
    if len(found) != 1:
        return None
    name, m = next(iter(found.items()))
    return Mention("Organization", m.start(), m.end(), m.group(), "post", name=name)


def _ministry_country(posts: list[Relation]) -> Mention | None:
    """The country of the foreign ministry a person's last post is in (缅甸宣传部 → 缅甸), else None."""
    last = next((r.object for r in reversed(posts) if r.kind == "post" and r.object is not None), None)
    if last is None:
        return None
    name = last.name or last.text
    if not name.endswith("部"):
        return None
    country = next((c for c in lexicon().countries if len(c) >= 2 and name.startswith(c)
                    and c not in _ANY_COUNTRY), None)
    if country is None or not _BARE_MINISTRY.fullmatch(name[len(country) :]):
        return None
    return Mention("Organization", last.start, last.start + len(country), country, "post")


#: A bare ministry (外交部, 国防部), which in a report on a foreign state is that state's.
_BARE_MINISTRY = re.compile(r"[\u4e00-\u9fff]{1,6}部")


def _posted(doc: Doc, item: ChainItem) -> bool:
    """Is ``item`` a diplomat's office with the place of posting written before it (驻华大使, 驻武汉|总领事)?"""
    head = _present(item.head or item.title)
    if not _of_state(head):
        return False
    at = item.end - len(head)
    return bool(re.search(r"(?:常驻|驻)[\u4e00-\u9fff]{1,10}$", doc.text[max(0, at - 11) : at]))


@functools.cache
def _country_full() -> dict[str, str]:
    """The usual names of countries written by a one-character short form (俄 → 俄罗斯), from countries.tsv."""
    return {row[0]: row[1] for row in read_tsv("countries.tsv") if len(row) > 1 and row[1]}


def _abroad_of(country: re.Match[str], body: Mention | None) -> _Abroad:
    """The place of office of a country match (外国 names none; 联合国 is the body itself; 俄 is 俄罗斯)."""
    name = country.group()
    mention = Mention("Organization", country.start(), country.end(), name, "post",
                      name=_country_full().get(name))
    if name in _ANY_COUNTRY:
        return _Abroad(None, body)
    if name in _UNIONS_OF_STATES and body is None:
        return _Abroad(mention, mention)
    full = _country_full().get(name)
    if full is not None and len(name) == 1 and body is not None and body.text.startswith(name):
        body = Mention(body.label, body.start, body.end, body.text, "post", name=full + body.text[len(name) :])
    return _Abroad(mention, body)


def _body_words(doc: Doc, start: int, end: int) -> bool:
    """Are the words in ``[start, end)`` the rest of a body's name (人民解放阵线, 工人党): nouns at word
    boundaries, no name, title or mention among them?"""
    idx = doc.token_index()
    k = idx.at(start)
    if idx.tokens[k].start != start or any(m.start < end and m.end > start for m in doc.mentions):
        return False
    titles = lexicon().titles
    loose = False  # a word no noun: then the name must end in a body's word (热切|期待|中国 is no name)
    while k < len(idx.tokens) and idx.tokens[k].end <= end:
        tok = idx.tokens[k]
        # 争取|进步|人民联盟, 广泛|阵线: a verb, an adjective or a (mistagged) adverb inside a name, not at its end
        inner = (tok.pos in ("v", "a") or (tok.pos == "d" and len(tok.text) > 1) or tok.text in ("与", "和")
                 ) and tok.end < end  # 安全|与|发展|政策研究所
        if ((not tok.pos.startswith(("n", "j", "b", "vn", "l", "an")) and not inner) or tok.pos.startswith("nr")
                or tok.text in _MEETS or _TITLE_MARK.fullmatch(tok.text)
                or any(tok.text.endswith(t) for t in titles if len(t) > 1)):
            return False  # 美国|代理|副|国防部长: the marks of a title, not a body's name
        loose = loose or inner
        if tok.end == end:
            return not loose or (tok.text.endswith((*_BODY_END, "阵线", "运动", "同盟"))
                                 and not tok.pos.startswith("ns"))
        k += 1
    return False


@functools.cache
def _state_offices() -> frozenset[str]:
    """Titles of the offices of a state (总统, 首相, 议长), from the 5th column of titles.tsv."""
    return frozenset(row[0] for row in read_tsv("titles.tsv") if len(row) > 4 and row[4] == "country")


#: Marks before an office of a state that leave it one (第一副总理, 代理总统, 常务副总理).
_STATE_MARKS = re.compile(r"^(?:第一|常务|代理|执行|新任|首任|候任|助理)+")


def _of_state(title: str) -> bool:
    """Is ``title`` an office of a state (副总统, 前总理, 外长, 第一副总理)?"""
    bare = _STATE_MARKS.sub("", _present(title)).removesuffix(_ASSISTANT)  # 总统助理: an office of the state
    return bare in _state_offices() or bare.removeprefix("副") in _state_offices()


def _glued(doc: Doc, pos: int) -> bool:
    """Do words no mention covers end right at ``pos``, the rest of a body not recognised (某人民联合阵线|总书记)?

    Not a mark, a verb or function word (会见|总书记), a place (中国|国务委员 is China's) or a name.
    """
    idx = doc.token_index()
    k = idx.ending_at(pos)
    if k is None or pos == 0:
        return False
    tok = idx.tokens[k]
    return (_is_cjk(tok.text) and not tok.pos.startswith(_NOT_BODY_POS) and tok.text not in _MEETS
            and not any(m.end == pos and m.label != "Person" for m in doc.mentions))


#: Tags of words that are not part of a body's name: verbs, prepositions, conjunctions, particles, adverbs,
#: pronouns, numbers, measure words, positions, times, places and personal names.
_NOT_BODY_POS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "ns", "nr", "x", "e", "y", "o")


def _is_cjk(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _shared_chain(doc: Doc, person: Mention, persons: dict[int, Mention]) -> list[ChainItem]:
    """The titles a list of names shares: 全国总工会副主席甲、乙、丙 gives 乙 and 丙 the post of 甲.

    Not when the name with the titles is itself in a list of titled names (甲公司电缆工A、乙公司主任B、C).

    Honours are left out (who was honoured is the conferral extractor's business).
    """
    text = doc.text
    prev = person
    for _ in range(40):  # a meeting's list of vice chairs may run to twenty names
        if text[prev.start - 1 : prev.start] != "、" or (prev := persons.get(prev.start - 1)) is None:
            return []
        chain = chain_before(doc, prev)
        if any(item.honour is None for item in chain):
            # 甲公司电缆工A、乙公司主任B、C: a list of people with their own titles shares none
            head = chain[0].start
            if text[head - 1 : head] == "、" and head - 1 in persons:
                return []
            return [item for item in chain if item.honour is None]
    return []


@functools.cache
def _after_regex() -> re.Pattern[str]:
    titles = sorted((t for t, k in lexicon().titles.items() if k == "post"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})")


#: A later clause of a sentence that gives its subject's posts: ，曾任某局局长, ，现任某公司董事长.
_CLAUSE_POST = re.compile(r"[，,](?:后|又|还|并|再)?"
                          r"(曾任|曾担任|先后任|先后担任|现任|现担任|历任|任|担任|兼任|调任|升任|改任)"
                          r"(?!务|何|意|性|期|命|用|职)")
#: A term number before a body (第八、九、十届全国政协副主席) and the end of a list of posts (等职).
_TERMS = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:届)?(?:、[一二三四五六七八九十]{1,3}(?:届)?)*届")
_POSTS_END = re.compile(r"等(?:职务|职)?$")


#: The posts a person is removed from: 免去某某的某局局长、某委员会委员职务.
_REMOVED = re.compile(r"的?([^，。；、]{2,40}?(?:、[^，。；、]{2,40}?)*)(?:的)?(?:职务|资格)")


def _removed_from(doc: Doc, person: Mention, persons: dict[int, Mention]) -> list[ChainItem]:
    """The former posts of a name after 免去 (an appointment report): 免去某某的某院副检察长、检察员职务;
    免去甲、乙的某部副部长职务 (a list of names shares them); a seat lost: 撤销甲、乙的全国政协委员资格."""
    text = doc.text
    first = person
    while text[first.start - 1 : first.start] == "、" and first.start - 1 in persons:
        first = persons[first.start - 1]
    if not text.endswith(("免去", "免除", "撤销", "罢免", "终止"), 0, first.start):
        return []
    last = person
    while text[last.end : last.end + 1] == "、" and (nxt := _person_at(persons, last.end + 1)) is not None:
        last = nxt
    m = _REMOVED.match(text, last.end)
    if m is None:
        return []
    chain = _chain(doc, m.end(1), m.start(1))
    if chain and chain[0].start != m.start(1) and _posted_from(doc, m.start(1), chain[0]):
        chain = [ChainItem(m.start(1), *astuple_rest(chain[0])), *chain[1:]]  # 免去某某的中华人民共和国驻某国大使职务
    if not chain or chain[0].start != m.start(1) or any(item.honour is not None for item in chain):
        return []
    return [ChainItem(i.start, i.end, i.title if i.title.startswith(_FORMER) else "原" + i.title, i.org,
                      i.honour, i.head) for i in chain]


def _person_at(persons: dict[int, Mention], start: int) -> Mention | None:
    """The name that starts at ``start`` (``persons`` is keyed by where names end)."""
    return next((p for p in persons.values() if p.start == start), None)


def _clause_chain(doc: Doc, person: Mention) -> list[ChainItem]:
    """The posts a later clause of the sentence gives the name the sentence opens with.

    某某先生是著名的爱国人士，曾任第八、九届全国政协副主席 → a former 副主席 of 全国政协; 某某，1968年出生于
    某地，现任某剧院院长; 某某调某地工作，后担任某班秘书、队长，某校总务科指导员等职 (groups set apart by ，).
    The name is the first of the sentence, no other name stands before the clause, and the clause is all a
    title chain (after a term number, before 等职).
    """
    text = doc.text
    sent = doc.sentence_at(person.start)
    if any(p.label == "Person" and sent.start <= p.start < person.start for p in doc.mentions):
        return []
    for m in _CLAUSE_POST.finditer(text, person.end, sent.end):
        if any(p.label == "Person" and person.end <= p.start < m.start() for p in doc.mentions):
            return []
        chain = _career(doc, m.end(), sent.end, m.group(1))
        if chain:
            return chain
    return []


def _career(doc: Doc, start: int, end: int, verb: str) -> list[ChainItem]:
    """The title chains a verb of holding (任, 历任, 曾任) gives from ``start``: one clause, or several set apart by
    ，when they end in 等职 (历任某校副院长，某院党组组长等职). 曾任, 历任 and 先后任 give former posts."""
    text = doc.text
    terms = _TERMS.match(text, start)
    at = start if terms is None else terms.end()
    items: list[ChainItem] = []
    while at < end:
        stop_m = _CLAUSE_END.search(text, at, end)
        stop = stop_m.start() if stop_m is not None else end
        tail = _POSTS_END.search(text, at, stop)
        last = tail is not None
        if tail is not None:
            stop = tail.start()
        if any(p.label == "Person" and at <= p.start < stop for p in doc.mentions):
            break
        chain = _chain(doc, stop, at if items else start)
        first_ok = chain and (start <= chain[0].start <= at if not items else chain[0].start == at)
        if not first_ok or any(item.honour is not None for item in chain):
            break
        items += chain
        if last or text[stop : stop + 1] not in "，," or not _POSTS_END_LATER.match(text, stop + 1, end):
            break
        at = stop + 1
    if not items:
        return []
    if verb.startswith(("现", "任", "担任", "兼任", "调任", "升任", "改任")):
        return items
    return [ChainItem(i.start, i.end, i.title if i.title.startswith(_FORMER) else "原" + i.title, i.org,
                      i.honour, i.head) for i in items]


#: A list of title groups set apart by ，that ends in 等职 within its sentence.
_POSTS_END_LATER = re.compile(r"[^。；！？]{0,120}?等(?:职务|职)")
#: A sentence with no subject of its own that gives posts (1962年起，历任某院副院长…): the subject is the person
#: the paragraph is about.
_ZERO_SUBJECT = re.compile(r"(?:[^，。；“”]{1,14}[，,]|\d{4}年(?:\d{1,2}月)?[春夏秋冬底初]?)?(?:后|又|还|并|再)?"
                           r"(曾任|曾担任|先后任|先后担任|历任|任|担任|兼任|调任"
                           r"|升任)(?!务|何|意|性|期|命|用|职)")


#: A sentence whose subject is 他 or 她 (after a clause of time), and the verb of holding right after it.
_PRONOUN_SUBJECT = re.compile(r"(?:[^，。；“”]{1,14}(?:后|起|年|月|时|期间|以来)[，,])?(?:他|她)(?![们人])")
_BY_PRONOUN = re.compile(r"由(?:他|她)(担任|兼任|出任)")
_PRONOUN_VERB = re.compile(r"(?:又|还|也|后|先后|曾|现在|目前|如今|现)?(曾任|历任|先后任|任|担任|兼任|调任|升任|是|系)"
                           r"(?!务|何|意|性|期|命|用|职)")


def _zero_subject_posts(doc: Doc) -> list[tuple[Mention, list[ChainItem]]]:
    """Posts of sentences with no subject of their own in a person's life story: 林某，原名某。…全面抗战爆发后，
    任某办事处机要秘书。1962年起，历任某学院副院长、某厅厅长等职.

    The sentence opens with the verb (after a clause of time: 后, 起, 年, 月, 期间) and names nobody; the
    subject is the first person of the nearest sentence before it in the paragraph that names one.
    """
    text = doc.text
    persons = sorted((m for m in doc.mentions if m.label == "Person"), key=lambda m: m.start)
    if not persons:
        return []
    out = []
    for sent in doc.sentences:
        m = _ZERO_SUBJECT.match(text, sent.start, sent.end)
        lead = text[sent.start : m.start(1)] if m is not None else ""
        if m is None or (lead and not re.search(r"(?:后|起|年|月|时|期间|以来|之初)[，,]|^\d{4}年", lead)):
            # 1949年，他又南下广东，任某厅某处处长: a pronoun the subject, the posts in a later clause
            he = _PRONOUN_SUBJECT.match(text, sent.start, sent.end)
            m = None if he is None else (_PRONOUN_VERB.match(text, he.end(), sent.end)
                                         or _CLAUSE_POST.search(text, he.end(), sent.end))
            m = m or _BY_PRONOUN.search(text, sent.start, sent.end)  # 组织决定由她兼任某区区长
            if m is None:
                continue
        if any(sent.start <= p.start < sent.end for p in persons):
            continue
        para = text.rfind("\n", 0, sent.start) + 1
        before = [p for p in persons if para <= p.start < sent.start]
        if not before:
            continue
        subject_sent = doc.sentence_at(before[-1].start)
        subject = next(p for p in before if p.start >= subject_sent.start)
        chain = _career(doc, m.end(), sent.end, m.group(1))
        if chain:
            out.append((subject, chain))
    return out


#: A name, then the verb that gives its post: 某是某公司的一名部门经理, 某当选为某工会主席, 某，某公司董事长.
_VERB_AFTER = re.compile(
    r"(?:同志)?[，,]?(?:(?:\d{4}年|去年|今年)?(?:首次|再次|又|连续[两三四五六]届|新)?(?:当选为|当选|担任|出任"
    r"|被任命为|被选举为|被推选为|被选为|被聘为|获任|接任)"
    r"|(?:还|也)(?:是|任|担任|出任|兼任|当选为|当选|成为)"
    r"|(?:现在|目前|如今|现|曾|先后|已|仍然|仍|继续|一直)?(?:是|系|为|任|担任|出任|兼任|当选为|当选|成为|升任)?)"
    r"(?:了)?(?:一名|一位)?")
#: A delegate to a Party congress, named by its number: 党的十九大代表, 中国共产党第二十次全国代表大会代表.
_CONGRESS = re.compile(r"(?:党的|中共|中国共产党第)[一二三四五六七八九十]{1,3}(?:大|次全国代表大会)(?=代表)")
_CLAUSE_END = re.compile(r"[，。；！？,;!?]|$")
#: Words of time after a title a verb gives (担任某公司总经理以来, 任某校校长已有十年): the title chain ends there.
_TAIL = re.compile(r"以来|期间|至今|已有|已经|已近|多年|[一二三四五六七八九十两几多]+年")


def _chain_after(doc: Doc, person: Mention) -> list[ChainItem]:
    """The titles a clause right after ``person`` gives it, when the whole clause is a title chain.

    张某是某公司的一名部门经理, 王某当选为某总工会主席, 李某，某公司董事长 (the apposition must
    name an organisation: 李某，工程师 may be anything).
    """
    text = doc.text
    verb = _VERB_AFTER.match(text, person.end)
    if verb is None or verb.end() == person.end:
        return []
    has_verb = verb.group().lstrip("，,") != ""
    sent = doc.sentence_at(person.start)
    end = _CLAUSE_END.search(text, verb.end(), min(sent.end, verb.end() + 40))
    if end is None or end.start() == verb.end():
        return []
    congress = _CONGRESS.match(text, verb.end(), end.start())
    if congress is not None and congress.end() + 2 == end.start() and verb.group().lstrip("，,"):
        # 某当选党的十九大代表: the congress is the body, 代表 the seat
        body = Mention("Organization", congress.start(), congress.end(), congress.group(), "post")
        return [ChainItem(congress.start(), end.start(), "代表", body)]
    chain = _chain(doc, end.start(), verb.end())
    if not chain and has_verb and (tail := _TAIL.search(text, verb.end() + 2, end.start())) is not None:
        chain = _chain(doc, tail.start(), verb.end())  # 某某担任某公司总经理|以来: the time the post is held
    start = verb.end()
    starts = {start}  # where the chain may start: after each of the places before it
    while (place := next((p for p in doc.mentions if p.start == start and p.label in _PLACES), None)) is not None:
        start = place.end  # 是湖北孝感大悟县|朱湾村党支部书记: the places a village or body is in
        starts.add(start)
    idx = doc.token_index()
    k = idx.at(start)
    for tok in idx.tokens[k : k + 2]:
        if (idx.tokens[k].start == start and tok.end - start >= 2
                and text[start : tok.end].endswith(("镇", "乡", "街道"))):
            start = tok.end  # 现任无为市无城镇|黄汰村支书, 阜平县城|南庄镇|黄土岭村支书
            break
    if chain and chain[0].start not in (*starts, start) and _posted_from(doc, start, chain[0]):
        chain = [ChainItem(start, *astuple_rest(chain[0])), *chain[1:]]  # 任命某某为中华人民共和国驻某国大使
    if not chain or chain[0].start not in (*starts, start) or any(item.honour is not None for item in chain):
        return []
    if not has_verb and all(item.org is None for item in chain):
        return []
    if "曾" in verb.group():  # 某某曾任某局局长: a former post
        return [ChainItem(i.start, i.end, i.title if i.title.startswith(_FORMER) else "原" + i.title, i.org,
                          i.honour, i.head) for i in chain]
    return chain


#: The end of a list of names: 甲、乙等技能人才, 甲等同志.
_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff]{0,6}?(?:人才|人|同志|工人|职工|劳模|工匠|代表|专家))?")


def _list_chain_after(doc: Doc, person: Mention, starts: dict[int, Mention]) -> list[ChainItem]:
    """The titles a verb after a list of names gives each of them: 甲、乙当选…代表, 甲和乙先后兼任….

    A name in the list may have its organisation before it (某公司甲、某集团乙等技能人才当选…).
    Only with a verb (甲、乙，某公司经理 may name the last one alone).
    """
    text = doc.text
    last = person
    for _ in range(8):
        sep = text[last.end : last.end + 1]
        if sep not in ("、", "和", "与", "及"):
            break
        nxt = starts.get(last.end + 1)
        if nxt is None:
            org = next((o for o in doc.mentions if o.start == last.end + 1 and o.label in ORG_LABELS
                        and o.end in starts), None)
            nxt = starts.get(org.end) if org is not None else None
        if nxt is None:
            break
        last = nxt
    tail = _LIST_END.match(text, last.end)
    if tail is not None:
        last = Mention(last.label, last.start, tail.end(), text[last.start : tail.end()], last.extractor)
    if last is person or text[last.end : last.end + 1] in ("，", ","):
        return []
    return _chain_after(doc, last)


#: A sentence that opens at a workplace: 在某公司的车间里，车间主任某正….
_CJK = re.compile(r"[\u4e00-\u9fff]*")
_AT_PLACE = re.compile(r"在([^，。；]{2,40}?)(?:的[^，。；的]{1,10})?(?:里|内|中)?，")


def _workplace(doc: Doc, chain: list[ChainItem]) -> Mention | None:
    """The organisation a sentence opens at, when the chain starts the clause right after it.

    在某公司的精密加工车间，数控车间主任某 → the foreman works at 某公司.
    """
    if not chain:
        return None
    first = chain[0].start
    sent = doc.sentence_at(first)
    m = next(reversed(list(_AT_PLACE.finditer(doc.text, max(sent.start, first - 60), first))), None)
    if m is None or first - m.end() > 4 or not _CJK.fullmatch(doc.text, m.end(), first):
        return None  # 在某公司的车间，(数控)车间主任某: the clause opens with the title
    org = _mention_ending(doc, m.end(1), ("Organization", "TradeUnion"))
    if org is None:
        # 在某医院|急诊科护士站，护士长某: the organisation, then its unit (a ward, a station, a workshop)
        inner = [o for o in doc.mentions if o.label in ("Organization", "TradeUnion")
                 and m.start(1) <= o.start and o.end < m.end(1)]
        org = max(inner, key=lambda o: o.end) if inner else None
        rest = doc.text[org.end : m.end(1)] if org is not None else ""
        if org is None or len(rest) > 8 or not _is_cjk(rest) or not rest.endswith((*_UNIT_END, "护士站")):
            return None
    if org.start < m.start(1):
        return None
    # 在某市|某县某村合作社的厂房里: the places the organisation is in may stand before its name
    places = sorted((p for p in doc.mentions if p.label in _PLACES and m.start(1) <= p.start < org.start),
                    key=lambda p: p.start)
    at = m.start(1)
    for p in places:
        if p.start == at:
            at = p.end
    return org if at >= org.start else None


def _without_party(org: Mention) -> Mention:
    """The organisation whose Party committee ``org`` is (某学院党委 → 某学院), else ``org`` itself."""
    for party in ("党委", "党组", "党工委", "党总支", "党支部"):
        if org.text.endswith(party) and len(org.text) > len(party) + 1 and org.label == "Organization":
            return Mention(org.label, org.start, org.end - len(party), org.text[: -len(party)], "post")
    return org


def _chain_posts(doc: Doc, person: Mention, chain: list[ChainItem], workplace: Mention | None = None,
                 foreign: bool = False, abroad: _Abroad | None = None, glued: bool = False) -> list[Relation]:
    """One post per title of a chain; a unit named in it is made a unit of its parent.

    ``workplace`` is the body of titles the chain gives none (the place the sentence opens at);
    a ``foreign`` office-holder's title implies no Chinese body (某国总理 is not of 国务院): written
    with its country (``abroad``), an office of the state is held in the country (意大利前总理 →
    意大利) and the first title in the body written from the country on. A chain ``glued`` to a
    noun no mention covers takes no implied body for its first title (某阵线总书记 is not of 中共中央).
    """
    out: list[Relation] = []
    last_org: Mention | None = workplace
    first = next((item for item in chain if item.honour is None), None)
    body_former = False
    last_party: Mention | None = None  # the Party committee the chain named last (某自治区党委)
    for item in chain:
        if item.honour is not None:
            continue
        org, marked = _without_mark(item.org)
        written = (org.text + _present(item.title)) if org is not None and org is not item.org else ""
        if written in _roles():
            # 十三届全国人大|代表: the written title 全国人大代表, whose body the seat names
            org = _implied(written, org.start, item.end)
        implied = None
        if _posted(doc, item):
            # 韩国驻武汉总领事, 阿盟驻华大使: the place of posting is neither the body nor part of the title
            org = None if abroad is not None and abroad.body is None else org
            item = ChainItem(item.start, item.end, _mark(item.title) + _present(item.head or item.title), org,
                             None, item.head)
            china = _SENT_BY_CHINA.search(doc.text, max(0, item.start - 16), item.end - len(_present(item.title)))
            if org is None and abroad is None and china is not None:
                # 中国驻某国大使某: China's ambassador, the office held for the sending state
                written = "中华人民共和国" if china.group().startswith("中华人民共和国") else "中国"
                org = Mention("Organization", china.start(), china.start() + len(written), written, "post")
        kind = _kind(_present(item.head or item.title))
        if abroad is not None and item is first and abroad.body is not None and (
                kind == "post" or (kind == "job" and abroad.body.text.endswith(_BODY_END))):
            # 缅甸某某研究所高级研究员: a job in a body named from its country (美国调查|记者 names none)
            org = abroad.body  # 斯里兰卡人民解放阵线总书记: the body written from the country on (美国调查记者 is none)
            if item.head and abroad.body.end > item.start:  # 乌拉圭广泛|阵线主席: the title is its head
                item = ChainItem(item.start, item.end, _mark(item.title) + _present(item.head), org, None, item.head)
        elif org is None and abroad is not None:
            if _of_state(item.title) or _of_state(item.head):  # 外务大臣: a compound office of the state
                org = abroad.country  # 意大利前总理: an office of the state
            elif (ministry := _ministry(item)) is not None and abroad.country is not None:
                # 泰国副总理兼公共卫生部长: the minister of the country's ministry, written in the title
                org = Mention("Organization", item.start, item.end - 1, ministry, "post",
                              name=(abroad.country.name or abroad.country.text) + ministry)
                item = ChainItem(item.start, item.end, _mark(item.title) + item.head, org, None, item.head)
        elif org is None and not foreign and not (glued and item is first):
            implied = _implied(_present(item.title), item.start, item.end)
        if implied is not None:
            org = implied  # 中共中央总书记、国家主席: 国家主席 belongs to the state, not to 中共中央
        if org is not None and org.attrs.get("generic") and org.text.endswith("主席团"):
            # 大会主席团常务主席: the presidium of the congress the article reports, not of the body before it
            org = _congress_presidium(doc, org)
            last_org = None
            if org is None:
                continue
        elif org is not None and org.attrs.get("generic") and org.text in _STATE_ORGANS:
            # 阿富汗某联盟领袖、政府首席执行官: the government of the country the chain is written in
            if abroad is None or abroad.country is None:
                continue
            org = Mention(org.label, org.start, org.end, org.text, "post",
                          name=(abroad.country.name or abroad.country.text) + org.text)
        elif org is not None and org.attrs.get("generic"):
            if last_org is None:
                continue
            org = Mention(org.label, org.start, org.end, org.text, "post", attrs={"unit_of": last_org})
        if (org is not None and abroad is not None and abroad.country is not None and abroad.country.name
                and len(abroad.country.text) == 1 and org.text.startswith(abroad.country.text)
                and org.name in (None, org.text)):
            # 俄外交部: the ministry of 俄罗斯, named by the country's usual name (a span of its own, so that it
            # is not taken for the recogniser's mention)
            org = Mention(org.label, org.start + len(abroad.country.text), org.end, org.text, "post",
                          name=abroad.country.name + org.text[len(abroad.country.text) :])
        if (org is not None and abroad is not None and abroad.context and abroad.country is not None
                and org.label == "Organization" and _BARE_MINISTRY.fullmatch(org.text)
                and org.name in (None, org.text)):
            # 外交部长某某 in a report on Russia: the country's ministry (a span of its own)
            org = Mention(org.label, org.start + 1, org.end, org.text, "post",
                          name=(abroad.country.name or abroad.country.text) + org.text)
        if org is not None and implied is None and last_org is not None:
            org = _local_of(org, last_org)  # 中共某省委副书记、省人大常委会副主任: 省 is that province
        if org is not None and implied is None:
            if org.attrs.get("unit_of") is not None:  # 工务段 of the company before it
                parent = org.attrs["unit_of"]
                out.append(Relation("subOrganizationOf", org, parent, parent.start, org.end, "post",
                                    attrs={"unit": True}))
            elif (abroad is not None and abroad.country is not None and last_org is not None
                  and last_org is not abroad.country and org.text in _STATE_ORGANS):
                # 朝鲜劳动党委员长、国务委员会委员长: an organ of the state, not of the party before it
                out.append(Relation("subOrganizationOf", org, abroad.country, abroad.country.start, org.end, "post",
                                    attrs={"unit": True}))
            elif (last_org is not None and (_BARE_UNIT.match(org.text) or _school_of(org, last_org))
                  and not org.attrs.get("local")
                  and not (org.text.endswith("部") and (last_org.name or last_org.text).endswith("部"))  # 兼|律政部
                  and not (abroad is not None and last_org is abroad.country)):  # 意大利前总理、欧盟委员会前主席
                out.append(Relation("subOrganizationOf", org, last_org, last_org.start, org.end, "post",
                                    attrs={"unit": True}))
            # a Party branch or committee leaves the chain with its organisation (X中心党支部书记、应用研发部部长)
            last_org = org.attrs["unit_of"] if org.attrs.get("branch") else _without_party(org)
            last_party = org if last_org is not org else None
        elif org is None and not _present(item.title).startswith("驻村"):  # 某部干部、驻村第一书记: of a village
            if last_party is not None and _present(item.title) in _COMMITTEE_TITLES:
                org = last_party  # 任某自治区党委委员、常委、书记: the committee's own offices
            else:
                org = _place_headed(last_org, item.title) or last_org
            if org is not None and org is last_org and not _may_head(org, item.title):
                continue  # 某县委组织部部长、县长: the county's head, not the department's
        if _present(item.title) == "成员" and (org is None or not org.text.endswith(_MEMBERS_OF)):
            continue  # 联合国成员, 团队成员: a member state or a team's; a leading group's or a committee's is a post
        title = item.title.removeprefix("现任").removeprefix("新任")
        if item.org is not None:  # 某局原党组书记、局长: a former mark before the first title covers its body's others
            body_former = title.startswith(("原", "前", "时任"))
        former = title != _present(title) or marked or (item.org is None and title == item.title and body_former)
        title = _present(title)
        head = _present(item.head or title)
        if org is None and _kind(head) != "job":
            continue  # an office (校长, 代表) without the body it is held in says nothing sure; a job (教授) does
        party = next((p for p in ("党工委", "党委") if title.startswith(p)), None)
        own_place = item.org is not None and item.org.label in _PLACES  # not one the chain named before
        if (org is not None and org.label in _PLACES and party is not None and own_place
                and _place_office(org, title) and doc.text.startswith(party, org.end)):
            # 某自治区|党委书记: the Party committee of the place (a body of its own), 书记 the post
            org = Mention("Organization", org.start, org.end + len(party), doc.text[org.start : org.end + len(party)],
                          "post", name=(org.name or org.text) + party)
            title = head = title[len(party) :]
        if org is not None and org.label in _PLACES and own_place and head in _LOCAL_SEATS:
            # 某市人大代表 → 代表 of 某市人民代表大会, 某省政协委员 → 委员 of 某省政协 (the place's own assembly)
            body, seat = _LOCAL_SEATS[head]
            org = Mention("Organization", org.start, org.end, org.text, "post", name=(org.name or org.text) + body)
            title = head = seat
        if org is not None and org.label in _PLACES and (_kind(head) == "job" or head.startswith("驻村")):
            org = None  # 武汉公交司机: a job in a city, whose employer the text does not name; 某县驻村第一书记
        elif (org is not None and org.label in _PLACES
              and head.removeprefix("代理").removeprefix("常务").removeprefix("副") not in _PLACE_HEADS
              and not (own_place and _place_office(org, title))):
            continue  # 辽宁省|作协副主席, 上海市|副主委: a body in the place that the recogniser did not take in
        out.append(Relation("post", person, org, min(item.start, person.start), max(item.end, person.end), "post",
                            attrs={"role": _role(title), "former": former}))
    return out


def astuple_rest(item: ChainItem) -> tuple:
    """The fields of a chain item after its start."""
    return item.end, item.title, item.org, item.honour, item.head


def _posted_from(doc: Doc, start: int, item: ChainItem) -> bool:
    """Is the text from ``start`` to a diplomat's title the sending state and the place of posting
    (中华人民共和国驻某国|特命全权大使), which no mention covers?"""
    at = item.end - len(_present(item.head or item.title))
    return item.org is None and _of_state(item.head or item.title) and bool(
        _POSTED_FROM.fullmatch(doc.text, start, at))


#: The sending state and the place of posting before a diplomat's title.
_POSTED_FROM = re.compile(r"(?:中华人民共和国|中国)?(?:新任|前任|首任|候任)?(?:常驻|驻)[\u4e00-\u9fff]{1,10}")
#: China (or 我国) before the place a diplomat is posted to: 中国驻某国大使, 我国常驻联合国代表.
_SENT_BY_CHINA = re.compile(r"(?:中华人民共和国|中国|我国)(?:新任|前任|首任|候任)?(?:常驻|驻)[\u4e00-\u9fff]{1,10}$")


def _mark(title: str) -> str:
    """The mark of a former post a title starts with (原, 时任), or ''."""
    return title[: len(title) - len(_present(title))]


def _ministry(item: ChainItem) -> str | None:
    """The ministry a minister's title names by sharing its 部 (公共卫生部长 → 公共卫生部), else None.

    Not when the ministry is written whole (外交部部长) or the title is 部长 alone.
    """
    title = _present(item.title)
    head = _present(item.head)
    if head.lstrip("副") != "部长" or not title.endswith(head):
        return None
    name = title[: -len(head)]
    if not 2 <= len(name) <= 6 or not _is_cjk(name) or name.endswith("部"):
        return None
    return name + "部"


#: The offices of a Party committee itself, which a chain after it holds in the committee (委员、常委、书记).
_COMMITTEE_TITLES = ("委员", "常委", "常务委员", "书记", "副书记", "常务副书记")


#: Organs of a state, written bare after a foreign party's title (朝鲜劳动党委员长、国务委员会委员长).
_STATE_ORGANS = ("国务委员会", "部长会议", "国民议会", "国会", "议会", "内阁", "政府", "国民大会", "参议院", "众议院")
#: The mark of a former post taken into an organisation's name: 某有限公司原|党委书记, 某市原市委|书记.
_MARK_IN_NAME = re.compile(r"原$|原(?=[省市区县州]委$)")
#: The formal name of a national body by its term (政协第十三届全国委员会, 第十三届全国人民代表大会), the body of
#: every term.
_FORMAL_TERM = re.compile(r"(?:中国人民政治协商会议|政协)第[一二三四五六七八九十]{1,3}届全国委员会"
                          r"|第[一二三四五六七八九十]{1,3}届全国人民代表大会")
#: A term number a recogniser took into a body's name (十届全国政协): the body is the same in every term.
_TERM_IN_NAME = re.compile(r"^第?[一二三四五六七八九十]{1,3}届")


def _without_mark(org: Mention | None) -> tuple[Mention | None, bool]:
    """An organisation without the 原 a recogniser took into it, and whether it had one (a former post).

    No body's name ends in 原 or has it before its committee's (某市原市委 is 某市委, formerly).
    """
    if org is None or org.label != "Organization" or len(org.text) < 4:
        return org, False
    formal = _FORMAL_TERM.fullmatch(org.text)
    if formal is not None:
        name = "全国政协" if org.text.endswith("全国委员会") else "全国人民代表大会"
        # a span of its own, so that it is not taken for the recogniser's mention
        return Mention(org.label, org.start, org.end - 1, org.text, "post", name=name,
                       attrs={"why": f"{org.text}: the national body's formal name by its term"}), False
    term = _TERM_IN_NAME.match(org.text)
    if term is not None and len(org.text) - term.end() >= 2:
        name = org.text[term.end() :]
        return Mention(org.label, org.start + term.end(), org.end, name, "post", name=name,
                       attrs={"why": f"{org.text}: the body without its term number"}), False
    m = _MARK_IN_NAME.search(org.text)
    if m is None:
        return org, False
    rest = org.text[m.end() :]
    head = org.text[: m.start()]
    name = head + (rest[1:] if rest and head.endswith(rest[0]) else rest)  # 某市原市委 → 某市委
    # a span of its own, so that it is not taken for the recogniser's mention
    return Mention(org.label, org.start, org.end - 1, name, "post", name=name,
                   attrs={"why": f"{org.text}: 原 marks a former post"}), True


#: Bodies whose 成员 is a post (领导小组成员, 某委员会成员, 党组成员).
_MEMBERS_OF = ("小组", "委员会", "党组", "指挥部", "工作组")
#: Heads of a place's government, and the label of the place they head.
#: Seats in a place's own assembly, written after the place (某市人大代表, 某县政协委员): the assembly's
#: name after the place's, and the seat (《地方各级人民代表大会和地方各级人民政府组织法》; the CPPCC's charter).
_LOCAL_SEATS = {"人大代表": ("人民代表大会", "代表"), "政协委员": ("政协", "委员")}
_PLACE_HEADS = {"省长": "Province", "市长": "City", "区长": "District", "县长": "District", "州长": "City",
                "镇长": "Organization", "乡长": "Organization"}


def _place_headed(party: Mention | None, title: str) -> Mention | None:
    """The place whose government a head's title after its Party committee's names: 某区委副书记、区长 → 某区.

    The 区长 heads the district, not the 区委 the chain named before it.
    """
    head = _present(title).removeprefix("代理").removeprefix("常务").removeprefix("副")
    if party is None or head not in _PLACE_HEADS:
        return None
    text = (party.name or party.text).removeprefix("中共")
    if not text.endswith(head[0] + "委") or len(text) < 4:
        return None
    place = text[:-1]
    if place.endswith(head[0] * 2):
        place = place[:-1]  # 某县县委: the county's committee, 某县 the county
    short = next((place[i:] for i in range(len(place) - 1) if place[i:] in lexicon().by_name), None)
    if short is None and not place.endswith(("镇", "乡")):
        return None  # not a place we know: the committee's name is not that of its place
    return Mention(_PLACE_HEADS[head], party.start, party.end - 1, place, "post", name=short or place)


#: The kind of place a place's head heads, by the head's first character (某某市|市长, 某某州|州长).
_HEAD_PLACE = {"市": "City", "州": "Province", "省": "Province", "县": "District"}


def _unmarked_place(doc: Doc, floor: int, at: int, title: str) -> Mention | None:
    """A place the recognisers missed (a town abroad), named right before its head's title: 某某市|市长 → 某某市,
    某某|市长 → 某某 (a place word and, if written, its kind; no mention among them).

    >>> # 某某市市长某某 → (某某, 市长, 某某市)
    """
    head = title.removeprefix("代理").removeprefix("常务").removeprefix("副")
    if head not in _PLACE_HEADS or head[0] not in _HEAD_PLACE:
        return None
    idx = doc.token_index()
    end = at
    tags: tuple[str, ...] = ("ns",)
    if doc.text[at - 1 : at] == head[0]:
        k = idx.ending_at(at)
        if k is None:
            return None
        if idx.tokens[k].text == head[0]:
            end = at - 1
            tags = ("ns", "nr", "nz", "j")  # 某某|市|市长: the kind written, even a name jieba took for a person's
        # else 加州|州长: a place word ending in its kind (城市|市长 is no 城市's: not a place word)
    k = idx.ending_at(end)
    if k is None:
        return None
    tok = idx.tokens[k]
    if (not tok.pos.startswith(tags) or len(tok.text) < 2 or tok.start < floor or tok.text in GENERIC
            or any(m.start < at and m.end > tok.start for m in doc.mentions)):
        return None
    return Mention(_HEAD_PLACE[head[0]], tok.start, at, doc.text[tok.start : at], "post")


def _place_office(place: Mention, title: str) -> bool:
    """Is ``title`` after a place an office of the place itself: of its Party committee (某自治区|党委书记, the
    post (某自治区党委, 书记)) or the chairman of an autonomous region's government (某自治区|主席)?"""
    bare = _present(title)
    if bare.startswith(("党委", "党工委")) and bare.removeprefix("党工委").removeprefix("党委") in _COMMITTEE_TITLES:
        return True
    return place.label == "Province" and (place.name or place.text).endswith("自治区") and bare in ("主席", "副主席")


def _may_head(org: Mention, title: str) -> bool:
    """Can a place's head (县长, 市长) be the head of ``org``: the place itself or its government, not a department?"""
    head = _present(title).removeprefix("代理").removeprefix("常务").removeprefix("副")
    if head not in _PLACE_HEADS:
        return True
    return org.label in _PLACES or (org.name or org.text).endswith((head[0], "政府", head[0] + "委"))


def _local_of(org: Mention, before: Mention) -> Mention:
    """A body named with a bare 省, 市, 区 or 县 in a chain, named from the place of the body before it.

    中共某省委原副书记、省人大常委会原副主任 → 某省人大常委会; 某市委教育工委副书记、市教委新闻发言人 → 某市教委.
    """
    local = "自治区" if org.text.startswith("自治区") else org.text[:1]
    if (org.label != "Organization" or local not in ("省", "市", "区", "县", "自治区")
            or len(org.text) < min(3, len(local) + 1) or org.name not in (None, org.text)):
        return org
    m = re.match(f"(?:中共)?([\u4e00-\u9fff]{{1,10}}?{local})", before.name or before.text)
    if m is None or m.group(1) not in lexicon().by_name or len(m.group(1)) < 2:
        return org
    name = m.group(1) + org.text[len(local) :]
    # spanning from the body before it, so that it is not taken for the mention of the bare form
    return Mention(org.label, before.start, org.end, org.text, "post", name=name,
                   attrs={**{k: v for k, v in org.attrs.items() if k != "local"},
                          "why": f"bare {local} in {org.text}: the {local} of {before.text} before it"})


#: A congress by its number (中国工会第十八次全国代表大会, 某市总工会第十五次代表大会).
_CONGRESS_NO = re.compile(r"第[一二三四五六七八九十]{1,3}次(?:全国)?(?:会员)?代表大会")


def _congress_presidium(doc: Doc, body: Mention) -> Mention | None:
    """The presidium a bare 大会主席团 is: of the first congress the article names by its number.

    中国妇女第十三次全国代表大会在京开幕 … 大会主席团常务主席某 → 中国妇女第十三次全国代表大会主席团. The
    congress's name is the nouns before its number (中国|妇女|第十三次…), at most four words.
    """
    if body.text != "大会主席团":
        return None
    text = doc.text
    m = _CONGRESS_NO.search(text)
    if m is None:
        return None
    idx = doc.token_index()
    start = m.start()
    for _ in range(4):
        k = idx.ending_at(start)
        if k is None or not idx.tokens[k].pos.startswith(("n", "j")) or idx.tokens[k].pos.startswith("nr"):
            break
        start = idx.tokens[k].start
    if start == m.start():
        return None
    name = text[start : m.end()] + "主席团"
    return Mention("Organization", body.start, body.end, body.text, "post", name=name, attrs={"implied": True})


#: A bracket right after a name (and its seat) that holds its titles: 某委员（某部副部长、某局局长）.
_BRACKET = re.compile(r"(?:委员|代表)?[（(]([^（）()]{2,60})[）)]")
_SEGMENT = re.compile(r"[^，,；;]+")


def _chain_in_brackets(doc: Doc, person: Mention) -> list[ChainItem]:
    """The titles in brackets after a name, from each part of it (split at ，) that is all a title chain.

    ——某委员（国务院副秘书长、某局局长）, 某某（某公司董事长）; not 某某（左）, 某某（化名）.
    """
    m = _BRACKET.match(doc.text, person.end)
    if m is None:
        return []
    items: list[ChainItem] = []
    for seg in _SEGMENT.finditer(doc.text, m.start(1), m.end(1)):
        chain = _chain(doc, seg.end(), seg.start())
        if chain and chain[0].start == seg.start() and all(item.honour is None for item in chain):
            items += chain  # a part that is all a title chain (左, 化名, 新华社发 are none)
    return items


#: A report on the meeting of two heads of state, where 某主席 is the head of state.
_STATE_VISIT = re.compile(r"两国元首|国事访问|元首外交|两国元首会晤")


@functools.cache
def _head_of_state_re() -> re.Pattern[str]:
    """A foreign head of state or government written with the country (美国总统, 柬埔寨首相, 泰国国王)."""
    names = "|".join(sorted(lexicon().countries, key=len, reverse=True))
    return re.compile(f"(?:{names})[\u4e00-\u9fff]{{0,3}}?(?:总统|首相|国王|女王|总理|元首)")


def _with_head_of_state(doc: Doc, person: Mention) -> bool:
    """Does the sentence of ``person`` name a foreign head of state or government (某主席同美国总统通电话)?

    Then 某主席 is China's head of state, as in a report on two heads of state.
    """
    sent = doc.sentence_at(person.start)
    if _head_of_state_re().search(doc.text, sent.start, sent.end) is not None:
        return True
    # 去年在某国举行的峰会上，某主席倡导…: a sentence on another country or on the world, in an article that
    # names no union or council whose chairman 某主席 could be
    if any(m.label == "TradeUnion" or (m.label == "Organization" and m.text.endswith(_CHAIRED))
           for m in doc.mentions):
        return False
    _, country_re = _foreign_res()
    return (_WORLD.search(doc.text, sent.start, sent.end) is not None
            or any(m.group() not in _ANY_COUNTRY for m in country_re.finditer(doc.text, sent.start, sent.end)))


#: Bodies headed by a 主席 (a union, a council, a federation, a party): 某主席 in an article naming one may be
#: its chairman.
_CHAIRED = ("会", "政协", "联合会", "协会", "委员会", "党", "团", "联盟", "理事会")
#: Words of a sentence on the world, where a Chinese leader's 主席 is his state office (世界各国, 国际社会).
_WORLD = re.compile(r"世界各国|各国人民|国际社会|国际关系|国际合作|多边主义")


def _body_of_previous(doc: Doc, first: ChainItem | None, bodies: dict[int, Mention]) -> Mention | None:
    """The body of the name right before a title that names none: 某公司董事长甲，总经理乙; 全国人大常委会
    副委员长甲、乙，秘书长丙; 某公司董事长甲和总经理乙. The name before must have held its titles in one body."""
    if first is None or first.org is not None or first.honour is not None or first.start < 1:
        return None
    if doc.text[first.start - 1] not in "，,、和与及" or _kind(_present(first.head or first.title)) != "post":
        return None
    return bodies.get(first.start - 1)


def _chinese_name(name: str) -> bool:
    """Is ``name`` written like a Chinese name (a known surname, two to four characters), not a foreign one?"""
    surnames = lexicon().surnames
    return 2 <= len(name) <= 4 and (name[0] in surnames or name[:2] in surnames) and "·" not in name


def _foreign_name(name: str) -> bool:
    """Is ``name`` written like a foreign one: not a Chinese name's shape (a known surname and two or three
    characters, four with a two-character surname), and no · (which Chinese names of the Uyghur and other
    peoples have)? A two- or three-character transliteration (某克龙) still looks Chinese: a report must write
    such a name with its country."""
    if "·" in name:
        return False
    surnames = lexicon().surnames
    if len(name) == 4:
        return name[:2] not in surnames
    return not _chinese_name(name)


def _transliterated(name: str) -> bool:
    """Is ``name`` a foreign name written in characters: five or more of them, no Chinese name is (某某韦杰夫)?

    Not a name with ·, which may be a Chinese one of the Uyghur or other peoples (迪丽娜尔·阿布拉)."""
    return len(name) >= 5 and "·" not in name


#: Verbs of holding a post before a chain joined to the name by 的 (担任某县委副部长的某某, 作为公司董事长的某某).
_HOLDING = re.compile(r"(?:曾担任|曾任|担任|出任|兼任|身为|作为)$")


def _chain_then_de(doc: Doc, person: Mention) -> list[ChainItem]:
    """A chain of former or present titles joined to the name by 的: 时任某市委书记的某某, 现任某公司董事长的某某,
    担任某县委统战部副部长的某某 (曾任: former).

    Only with the mark (时任, 现任) or a verb of holding: 某公司董事长的儿子某某 is not the chairman.
    """
    if doc.text[person.start - 1 : person.start] != "的":
        return []
    chain = _chain(doc, person.start - 1, doc.sentence_at(person.start).start)
    if not chain or any(i.honour is not None for i in chain):
        return []
    if chain[0].title.startswith(("时任", "现任")):
        return chain
    verb = _HOLDING.search(doc.text, max(0, chain[0].start - 3), chain[0].start)
    if verb is None:
        return []
    if verb.group().startswith("曾"):  # 曾任某局局长的某某: a former post
        return [ChainItem(i.start, i.end, i.title if i.title.startswith(_FORMER) else "原" + i.title, i.org,
                          i.honour, i.head) for i in chain]
    return chain


@extractor("post", requires=["mentions"], assigns=["relations:post", "relations:subOrganizationOf"])
def post(doc: Doc) -> list[Relation]:
    """Posts from title chains before each person; units named inside a chain get their parent."""
    out: list[Relation] = []
    text = doc.text
    persons = {p.end: p for p in doc.mentions if p.label == "Person"}
    starts = {p.start: p for p in persons.values()}
    chains = {p.end: chain_before(doc, p) or _chain_then_de(doc, p) for p in persons.values()}
    state_visit = _STATE_VISIT.search(text) is not None
    abroad = {p.end: _abroad(doc, p, chains[p.end]) for p in persons.values()}
    here = _article_country(doc) if persons else None
    # a name written once as a foreign office-holder (泰国总理某) is foreign wherever else it stands (某总理)
    foreign = {p.name or p.text for p in persons.values() if abroad[p.end] or _foreign(doc, p, chains[p.end])}
    national = _national_seats(doc, list(persons.values()))
    bodies: dict[int, Mention] = {}  # where a name ends → the one body its titles were held in
    ministry_of: dict[int, Mention] = {}  # where a name ends → the country whose ministry he or she heads
    for person in sorted(persons.values(), key=lambda p: p.start):
        pname = person.name or person.text
        # a name of five characters or more is a transliteration (某某韦杰夫): 总理 before it is not of 国务院
        is_foreign = any(pname.startswith(f) or f.startswith(pname) for f in foreign) or _transliterated(pname)
        after = _after_regex().match(text, person.end)
        implied_after = after is not None and lexicon().implied.get(after.group().lstrip("副")) is not None
        while after and lexicon().implied.get(after.group().lstrip("副")) and not is_foreign:
            # 习某总书记, 李某总理, 某总书记、国家主席: titles after the name, whose bodies are implied
            body = _implied(after.group(), after.start(), after.end())
            if body is not None:
                out.append(Relation("post", person, body, person.start, after.end(), "post",
                                    attrs={"role": after.group(), "former": False}))
            after = _after_regex().match(text, after.end() + 1) if text[after.end() : after.end() + 1] == "、" else None
        if (after is not None and after.group() == "主席" and (state_visit or _with_head_of_state(doc, person))
                and not is_foreign and _chinese_name(pname)):
            # 某主席 in a report on two heads of state (两国元首, 国事访问): China's head of state
            body = Mention("Organization", after.start(), after.end(), "主席", "post", name="中华人民共和国",
                           attrs={"implied": True})
            out.append(Relation("post", person, body, person.start, after.end(), "post",
                                attrs={"role": "国家主席", "former": False}))
            implied_after = True
        if not implied_after and not chain_has_titles(chains[person.end]):
            titled = _org_name_title(doc, person)
            if titled is not None:
                out.append(titled)  # 某研究所某某院士, 某大学某某教授: the body before the name, the title after it
        office = _state_office_after(doc, person, here, pname)
        if office is not None:
            out.append(office)  # 习近平主席同温敏总统会谈 in a report on 缅甸: the country's president
        seat = _seat_after(doc, person, national) if not is_foreign and not implied_after else None
        if seat is not None:
            out.append(seat)
        chain = chains[person.end]
        if all(item.honour is not None for item in chain):
            # 全国劳动模范马某，是某村党支部书记: honours before the name, the post after it
            chain = chain + (_shared_chain(doc, person, persons) or _chain_after(doc, person)
                             or _chain_then_name(doc, person) or _as_title(doc, person)
                             or _list_chain_after(doc, person, starts) or _clause_chain(doc, person)
                             or _removed_from(doc, person, persons))
        first = next((item for item in chain if item.honour is None), None)
        glued = first is not None and first.org is None and _glued(doc, first.start)
        workplace = _workplace(doc, chain) or _body_of_previous(doc, first, bodies)
        where = abroad[person.end]
        if (where is None and chain_has_titles(chain) and _foreign_name(pname)
                and (country := here) is not None):
            # 外交部长某某 in a report from Russia: a foreign name's office in the one country the article names
            where, is_foreign = _Abroad(country, None, context=True), True
        if (where is None and first is not None and first.org is not None and first.start > 0
                and text[first.start - 1] == "、" and (prev := persons.get(first.start - 1)) is not None
                and (country := ministry_of.get(prev.end)) is not None and not _chinese_name(pname)):
            # 某国宣传部长甲、国际合作部部长乙: a bare ministry after the country's minister is that country's
            where, is_foreign = _Abroad(country, None, context=True), True
        posts = _chain_posts(doc, person, chain, workplace, is_foreign, where, glued)
        country = _ministry_country(posts)
        if country is not None:
            ministry_of[person.end] = country
        held = {r.object.name or r.object.text: r.object for r in posts
                if r.kind == "post" and r.object is not None and not r.object.attrs.get("implied")}
        last = [r.object for r in posts if r.kind == "post" and r.object is not None
                and not r.object.attrs.get("implied")]
        if len(held) == 1 or (last and chain and chain[-1].org is not None):
            # 北京市委书记甲和市长乙: a title after the name takes the body of the title right before it
            bodies[person.end] = next(iter(held.values())) if len(held) == 1 else last[-1]
        out += posts
        out += _chain_posts(doc, person, _chain_in_brackets(doc, person), None, is_foreign)
    for subject, chain in _zero_subject_posts(doc):
        sname = subject.name or subject.text
        is_foreign = any(sname.startswith(f) or f.startswith(sname) for f in foreign) or _foreign_name(sname)
        where = _Abroad(here, None, context=True) if is_foreign and here is not None else None
        out += _chain_posts(doc, subject, chain, None, is_foreign, where)
    return _with_employers(out)


#: A clause of titles, then the name: 某职由某某担任, 某职一职由某某担任, 第一副总理为某某.
_BY_NAME = re.compile(r"(由)$|(为|是)$")
_TAKES = re.compile(r"(?:担任|出任|兼任|接任)")


def _chain_then_name(doc: Doc, person: Mention) -> list[ChainItem]:
    """Titles a clause names before its holder: 副总理兼政府办公厅主任由某某担任, 第一副总理为某某 (an
    appointment list). The clause is all a title chain from its start; after 为 or 是 the name ends the clause."""
    text = doc.text
    m = _BY_NAME.search(text, max(0, person.start - 1), person.start)
    if m is None:
        return []
    if m.group(1) and not _TAKES.match(text, person.end):
        return []
    if m.group(2) and text[person.end : person.end + 1] not in ("，", ",", "。", "；", ";", "、"):
        return []
    sent = doc.sentence_at(person.start)
    start = max((text.rfind(c, sent.start, m.start()) for c in "，,；;：:"), default=-1) + 1
    start = max(start, sent.start)
    end = m.start()
    if m.group(1) and text.endswith(("一职", "职务"), 0, end):
        end -= 2  # 某公司总经理一职由某某担任
    chain = _chain(doc, end, start)
    if not chain or chain[0].start != start or any(item.honour is not None for item in chain):
        return []
    return chain


def _state_office_after(doc: Doc, person: Mention, here: Mention | None, pname: str) -> Relation | None:
    """An office of a state written after a foreign name (某某总统, 某某首相) in a report that names one foreign
    country: the office is held there. Not a Chinese name (李克强总理 is 国务院's) nor a name with ·."""
    if here is None or not _foreign_name(pname):
        return None
    m = re.compile(r"(?:副|代理)?(?:总统|首相|总理|国王|女王|外长|议长)").match(doc.text, person.end)
    idx = doc.token_index()
    if m is None or (m.end() < len(doc.text) and idx.tokens[idx.at(m.end())].start != m.end()):
        return None
    country = Mention("Organization", here.start, here.end, here.text, "post", name=here.name)
    return Relation("post", person, country, person.start, m.end(), "post", attrs={"role": m.group(), "former": False})


#: A clause that gives the subject of the next one a title: 身为高级农艺师，某某…; 作为某公司董事长，某某….
_AS_TITLE = re.compile(r"(?:身为|作为)(?:一名|一位)?")


def _as_title(doc: Doc, person: Mention) -> list[ChainItem]:
    """The titles of a clause 身为… or 作为… right before the name that starts the next clause."""
    text = doc.text
    if text[person.start - 1 : person.start] not in ("，", ","):
        return []
    sent = doc.sentence_at(person.start)
    start = max((text.rfind(c, sent.start, person.start - 1) for c in "，,；;：:“"), default=-1) + 1
    start = max(start, sent.start)
    m = _AS_TITLE.match(text, start, person.start - 1)
    if m is None:
        return []
    chain = _chain(doc, person.start - 1, m.end())
    if not chain or chain[0].start != m.end() or any(item.honour is not None for item in chain):
        return []
    return chain


def chain_has_titles(chain: list[ChainItem]) -> bool:
    """Does a chain hold a title (not only honours)?"""
    return any(item.honour is None for item in chain)


@functools.cache
def _title_after_regex() -> re.Pattern[str]:
    titles = sorted((t for t, k in lexicon().titles.items() if k in ("post", "job") and len(t) > 1),
                    key=len, reverse=True)
    return re.compile(f"副?(?:{'|'.join(map(re.escape, titles))})")


def _org_name_title(doc: Doc, person: Mention) -> Relation | None:
    """A title written after a name with its body right before it: 某研究所某某院士, 某大学某某教授, 某公司某某经理.

    The body is an organisation (not a place) ending where the name starts, and the title ends the phrase.
    """
    org = _mention_ending(doc, person.start, ("Organization", "TradeUnion"))
    if org is None or len(person.text) < 2:
        return None
    m = _title_after_regex().match(doc.text, person.end)
    idx = doc.token_index()
    if m is None or (m.end() < len(doc.text) and idx.tokens[idx.at(m.end())].start != m.end()):
        return None  # 某某主任医师: the title must end a word
    return Relation("post", person, org, org.start, m.end(), "post", attrs={"role": m.group(), "former": False})


#: A seat written after a name as it is addressed in session reports (某委员说, 某代表认为).
#: 委员 is never a verb: any word may follow it (某委员心潮澎湃), but not 会 or 长 (委员会, 委员长); 代表 may be
#: one (某代表全体职工发言), so only the words of speech and the marks that follow an addressed name do.
_SEAT_AFTER = re.compile(r"委员(?![会长])|代表(?=[说表认建介指提告坦谈呼：:，,、。是也还在对深（(和与及的率\n]|$)")
#: Words of a report on the national sessions, whose deputies and members are 代表委员 (全国两会).
_SESSION = re.compile(r"代表委员|全国两会")
#: The national body of each seat, as the article names it, and its canonical name.
_SEAT_BODY = {"委员": (("全国政协",), "全国政协"), "代表": (("全国人大", "全国人民代表大会"), "全国人民代表大会")}
#: A local body of the same kind: then the seat may be a local one.
_SEAT_LOCAL = {"委员": re.compile(r"[省市区县州旗]政协"), "代表": re.compile(r"[省市区县州旗]人大")}


def _national_seats(doc: Doc, persons: list[Mention]) -> set[str]:
    """The seats (委员, 代表) written after names that are seats in the national bodies.

    When the article names the national body (全国政协, 全国人大), or is a report on the national
    sessions (代表委员, 全国两会, or names addressed as 代表 and as 委员 twice each, as the pages of
    quotations from the sessions are); never when it names a local body of the kind (市政协, 区人大).
    """
    text = doc.text
    seats = [m.group() for p in persons if len(p.text) >= 2 and (m := _SEAT_AFTER.match(text, p.end))]
    session = _SESSION.search(text) is not None or (seats.count("委员") >= 2 and seats.count("代表") >= 2)
    return {seat for seat, (written, _) in _SEAT_BODY.items()
            if (session or any(w in text for w in written)) and not _SEAT_LOCAL[seat].search(text)}


def _seat_after(doc: Doc, person: Mention, national: set[str]) -> Relation | None:
    """A seat after a name whose body only the article gives: 某委员说 in a report on the national CPPCC.

    Only for the seats the article's context makes national (see :func:`_national_seats`).
    """
    text = doc.text
    m = _SEAT_AFTER.match(text, person.end)
    if m is None or len(person.text) < 2 or m.group() not in national:  # 陈代表: a surname alone is nobody sure
        return None
    seat = m.group()
    body = Mention("Organization", m.start(), m.end(), seat, "post", name=_SEAT_BODY[seat][1], attrs={"implied": True})
    return Relation("post", person, body, person.start, m.end(), "post", attrs={"role": seat, "former": False})


#: Words for any employee (干部: any cadre): without an employer they say nothing of a post.
_ANY_EMPLOYEE = ("职工", "员工", "工人", "干部")


def _with_employers(rels: list[Relation]) -> list[Relation]:
    """A job written without its workplace takes the one workplace the article gives that person.

    《大国工匠》某集团的特级技师郭某 … 装载机司机郭某: the driver works there too. A person
    with posts in several organisations keeps the job without one; 职工 alone is dropped.
    """
    orgs: dict[str, dict[str, Mention]] = {}
    for r in rels:
        if r.kind == "post" and r.object is not None and not r.object.attrs.get("implied"):
            orgs.setdefault(r.subject.name or r.subject.text, {})[r.object.name or r.object.text] = r.object
    out = []
    for r in rels:
        if r.kind == "post" and r.object is None:
            role = r.attrs["role"]
            if role in _ANY_EMPLOYEE:
                continue
            held = orgs.get(r.subject.name or r.subject.text, {})
            if len(held) == 1 and _kind(role) == "job":
                r = Relation(r.kind, r.subject, next(iter(held.values())), r.start, r.end, r.extractor, attrs=r.attrs)
        out.append(r)
    return out
