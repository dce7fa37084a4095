"""Names of organisations and places, grown leftwards from their head word (…总工会, …纪念馆)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from kg.lexicon import lexicon
from kg.types import Doc, Token

__all__ = ["Phrase", "TokenIndex", "grow_left", "has_proper_part", "head_matches", "paren_after"]

#: Words that end a name when met leftwards: verbs and prepositions that introduce an
#: organisation, determiners and collective words that make it generic.
STOP_WORDS = frozenset(
    """由 在 从 向 与 和 及 同 跟 对 为 给 把 被 将 让 使 到 赴 至 于 自 以 据 经
    随 并 或 等 也 都 还 联合 邀请 来自 前往 参观 走进 来到 组织 举办 召开 开展 参加 出席
    成立 建立 慰问 看望 考察 调研 走访 通过 围绕 包括 涉及 属于 担任 任 是 有 获 荣获 获得
    授予 表彰 颁发 推动 支持 带领 率领 指导 主办 承办 协办 举行 位于 设在 进入 离开 代表
    依托 联手 携手 会同 协同 牵头 配合 委托 帮助 加入 该 本 此 这 那 其 各 每 某 我 我们
    你 他 她 他们 她们 各级 全市 全区 全县 全省 全体 广大 有关 相关 基层 下属 所属 直属
    其他 其它 多家 多个 一些 部分 各类 各地 当地 两地 三地 四地 多地 各个 各大 全部 所在
    当年 当时 目前 近日 日前 今年 去年 明年 年底 年初 日 月 年 后 前 上 下 中 里 内 外
    间 之 的 地 得 了 着 过 又 曾 已 即 也 就 才 都 只 更 最 很 不 没 无 非 新 老
    大 小 首 次 一 另 个 名 位 家 所 代表们 单位 领域 阵地 平台 机构 部门 提升 做好 要求
    加强 推进 开展 深化 落实 做到 实现 促进""".split()
)
_STOP_EDGES = tuple(w for w in STOP_WORDS if len(w) >= 2)
#: Place-tagged words that name no place (jieba tags 城市 ns).
GENERIC = frozenset(
    """城市 农村 城乡 社区 社会 地方 地区 基层 国际 国内 海外 全球 世界 人民 群众 爱国主义
    社会主义 马克思主义 共产主义 集体主义 工人阶级 劳动 职工 企业 行业 产业 一线 全区 全市 全省
    全县 当地 本地 外地 各地""".split()
)
#: Verbs (jieba tag v) that occur inside organisation and place names (公共交通控股, 产业转化示范区);
#: any other verb ends a name grown leftwards (收到大庆市总工会, 负责天安门广场).
ORG_VERBS = frozenset(
    """控股 转化 应用 传承 服务 管理 监督 发展 研究 保障 建设 规划 投资 开发 检验 检测 设计 制造 生产
    运营 经营 改革 教育 培训 监察 审计 统计 执法 救助 援助 调解 仲裁 协作 促进 保护 创新 孵化 物流 运输
    供应 供电 供水 供热 展览 出版 广播 创业 就业 实践 示范 试验 委办 工作 学习 交流 合作 疗养 休养 监测
    勘探 勘察 测绘 施工 装备 制药 冶炼 咨询 评估 认证 鉴定 维修 保险 租赁 拍卖 招标 采购 销售 进出口
    仓储 配送 养老 托育 康复 护理 救援 应急 防疫 综合 治理 指挥 调度 培养 发电 输电 变电 建成 登记 结算
    清算 托管 安装 营销 推广 策划 传播 传媒 融资 担保 信贷 储蓄 接待 自主""".split()
)
_NOT_LOCAL_WORDS = ("市场", "市民", "市值", "区域", "区块", "区间", "区别", "省份", "省钱", "县城", "县级", "市级",
                    "区级", "省级")
#: Words that can begin a name without a place in them (中华全国总工会, 首都劳动奖章 …).
NAME_STARTS = ("中国", "中华", "全国", "国家", "中央", "中共", "首都", "国务院", "人民", "解放军", "武警")
#: Words that end an event's name grown leftwards: the verbs that hold events and the words around them.
EVENT_STOPS = frozenset(
    """在 由 于 的 了 着 过 将 是 有 为 对 向 和 与 及 同 跟 并 或 等 也 都 还 又 已 曾 举办 举行 召开 开展 组织
    参加 出席 邀请 通过 围绕 主办 承办 协办 联合 共同 近日 日前 今年 去年 此次 本次 本场 这次 该 此
    观看 收看 聆听 收听 参观""".split()
)
#: Seasons and feasts (time words to jieba) that are part of an event's name: 冬季行动, 中秋晚会.
EVENT_SEASONS = frozenset("春季 夏季 秋季 冬季 冬春 暑期 寒假 暑假 春节 元宵 端午 中秋 重阳".split())
#: jieba tags that end a name: punctuation, prepositions, conjunctions, particles,
#: pronouns, adverbs, quantifiers, time words, idioms, interjections.
STOP_TAGS = ("x", "p", "c", "u", "r", "d", "q", "t", "y", "e", "o", "w")
#: jieba tags that make a span a proper name rather than a generic description.
PROPER_TAGS = ("ns", "nt", "nz", "nr", "j", "eng")
#: A leading bare locality (市直机关, 区教育工会) stands for the city or district in context.
LOCAL_PREFIX = ("市", "区", "县", "省", "州", "镇", "乡", "街道")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A name found by its head: ``[start, end)``, the head, and the class the head gives."""

    start: int
    end: int
    head: str
    label: str


@functools.cache
def _head_regex() -> re.Pattern[str]:
    heads = sorted(lexicon().suffixes, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)))


class TokenIndex:
    """Tokens of a Doc, found by character offset."""

    __slots__ = ("ends", "starts", "tokens")

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]

    def at(self, offset: int) -> int:
        """Index of the token holding the character at ``offset``."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def ending_at(self, offset: int) -> int | None:
        """Index of the token that ends exactly at ``offset``, if any."""
        k = bisect_right(self.ends, offset) - 1
        if 0 <= k < len(self.tokens) and self.tokens[k].end == offset:
            return k
        return None


#: A rank before a kind of place or body (国家级技能大师工作室) makes it no single one.
_LEVEL_PREFIXES = ("国家级", "省级", "市级", "区级", "县级", "部级", "全国性")
#: Tokens ending in a post are titles (工会主席, 党委书记): they end a name grown leftwards.
_POST_ENDINGS = ("主席", "书记", "主任", "部长", "局长", "经理", "董事长", "厂长", "院长", "校长", "所长")
#: Heads that people's names stand before (丁某劳模创新工作室, 某某纪念馆, 某某班).
PERSON_HEADS = ("工作室", "纪念馆", "故居", "纪念室", "班组", "班", "小学", "中学", "学校", "基金会")


def _stop(tok: Token, left: Token | None, person_ok: bool = False, event: bool = False,
          at_head: bool = False, inside: bool = False, right: Token | None = None) -> bool:
    """Does ``tok`` end a name grown leftwards? ``left`` is the token before it.

    Event names (关爱女干警健康义诊活动) may hold verbs and people; names of organisations
    and places may not, except the verbs of :data:`ORG_VERBS`.
    """
    if event:  # event names hold verbs (主题参观活动), but not the verbs that hold events
        if tok.text in EVENT_SEASONS:
            return False  # 治理欠薪冬季行动, 春节联欢晚会: a season or feast names the event, no time of it
        if tok.text in EVENT_STOPS or tok.pos.startswith(STOP_TAGS):
            return True
        return tok.pos == "m" and not tok.text.startswith("第")
    if tok.text in STOP_WORDS or tok.text.startswith(_STOP_EDGES) or tok.text.endswith(_STOP_EDGES):
        return True
    if tok.pos.startswith(STOP_TAGS):  # an open bracket met here has no close before the head: 某（某某大学
        return True
    # a verb ends the name, unless a proper word stands before it inside the name (家乐福超市, 鹤岗市总工会帮扶中心)
    verb = tok.pos in ("v", "vd", "vi", "vq") and len(tok.text) > 1 and tok.text not in ORG_VERBS
    if verb and (at_head or not inside or _clause_after(right)):
        return True
    lx = lexicon()
    if not person_ok and (lx.titles.get(tok.text) == "post" or tok.text.endswith(_POST_ENDINGS)):
        return True  # 公司工会主席陈某: a title ends the name before it
    if tok.pos == "m" and not tok.text.startswith("第"):
        # numbers end names (31名劳模), but not inside one after a place (桥西镇五四纪念馆)
        numeral = len(tok.text) <= 3 and all(c in "〇一二三四五六七八九十" for c in tok.text)
        return not (numeral and left is not None and left.pos.startswith(("ns", "nz", "nt", "j")))
    return False


def _clause_after(right: Token | None) -> bool:
    """Does the token after a verb make the verb a clause's, not a name's: a name or another verb as its object
    (某国大使称赞|中国政府, 某地着手|创办|某某学校), not the rest of a unit (某市总工会帮扶|中心)?"""
    if right is None:
        return False
    if right.pos.startswith(("ns", "nt", "nr", "j")) and right.text not in GENERIC:
        return True
    return right.pos in ("v", "vd", "vi", "vq") and len(right.text) > 1 and right.text not in ORG_VERBS


def _open_paren(text: str, close: int, floor: int) -> int | None:
    """Position of the 「（」 matching the 「）」 at ``close``, if it is near."""
    depth = 0
    for i in range(close, max(floor, close - 14) - 1, -1):
        if text[i] == "）":
            depth += 1
        elif text[i] == "（":
            depth -= 1
            if depth == 0:
                return i
    return None


def can_begin(doc: Doc, tok: Token) -> bool:
    """Can a name begin with this token: a place or organisation word, a known division, a bare 市/区, 中国 …,
    or a rare noun that reads as a proper name (中车)?"""
    lx = lexicon()
    t = tok.text
    if tok.pos.startswith("n") and len(t) >= 2 and t not in GENERIC and _freq(t) < 200:
        return True
    if t in LOCAL_PREFIX or t in lx.by_name or t.startswith(NAME_STARTS) or t in ("“", "《"):
        return True
    if t[0] in "市区县省" and not t.startswith(_NOT_LOCAL_WORDS):
        return True  # 市直机关, 区教育局: the locality in context
    return tok.pos.startswith(PROPER_TAGS) and t not in GENERIC


def _freq(word: str) -> int:
    from kg.segment import segmenter

    return segmenter().tokenizer.FREQ.get(word, 0)


def trim_left(doc: Doc, start: int, head_start: int) -> int:
    """Move a grown name's start right to the first token that can begin a name (else to the head)."""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        tok = idx.tokens[k]
        if tok.start >= start and can_begin(doc, tok):
            return tok.start
        if tok.start < start < tok.end and can_begin(doc, tok):
            return start
        k += 1
    return head_start


def _proper_before(idx: TokenIndex, k: int, floor: int, reach: int = 3) -> bool:
    """Is there a proper word among the few nominal tokens before token ``k`` (a name's start)?"""
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        tok = idx.tokens[j]
        if tok.start < floor or tok.pos.startswith(STOP_TAGS) or tok.text in STOP_WORDS:
            return False
        if tok.pos.startswith(PROPER_TAGS) and tok.text not in GENERIC:
            return True
    return False


def grow_left(doc: Doc, head_start: int, floor: int, max_chars: int = 28, trim: bool = True) -> int:
    """Where the name whose head starts at ``head_start`` begins.

    Walks left over jieba tokens that can be part of a name (places, organisations,
    nouns, and verbs such as 控股 or 转化 inside names) and stops at punctuation,
    prepositions, determiners and the verbs that introduce organisations (联合, 参观,
    来自 …). A bracketed part (（集团）) is crossed.
    """
    text = doc.text
    idx = doc.token_index()
    pos = head_start
    person_ok = text.startswith(PERSON_HEADS, head_start) or text[head_start:head_start + 7].startswith(
        ("劳模创新工作室", "创新工作室", "技能大师工作室"))
    k = idx.at(head_start)
    if k < len(idx.tokens):
        tok = idx.tokens[k]
        if tok.start < head_start:
            left = text[tok.start : head_start]
            if left in STOP_WORDS or left.endswith(_STOP_EDGES):
                return head_start
            pos = tok.start
    while pos > floor:
        if head_start - pos >= max_chars:
            break
        if text[pos - 1] == "）":
            o = _open_paren(text, pos - 1, floor)
            if o is None or o <= floor:
                break
            pos = o
            continue
        k2 = idx.ending_at(pos)
        if k2 is None:
            break
        tok = idx.tokens[k2]
        inside = _proper_before(idx, k2, floor)
        # a verb right before 工会 is no part of a union's name (全国人大常委会启动工会)
        at_union = tok.end == head_start and text.startswith(("工会", "总工会"), head_start)
        if _stop(tok, idx.tokens[k2 - 1] if k2 > 0 else None, person_ok, event=not trim,
                 at_head=at_union, inside=inside, right=idx.tokens[k2 + 1] if k2 + 1 < len(idx.tokens) else None):
            break
        pos = tok.start
    pos = max(pos, floor)
    return trim_left(doc, pos, head_start) if trim and pos < head_start else pos


def paren_after(text: str, end: int) -> int:
    """End of a short bracketed qualifier right after a name: 学院（草桥校区）, 党校（国家行政学院）."""
    if end < len(text) and text[end] == "（":
        close = text.find("）", end, end + 16)
        if close != -1:
            inner = text[end + 1 : close]
            if inner and not inner.startswith(("记者", "以下", "简称", "下称", "图", "摄", "注")) and all(
                c not in inner for c in "，。；：、"
            ):
                return close + 1
    return end


def has_proper_part(doc: Doc, start: int, end: int) -> bool:
    """Is the span a proper name: a place or organisation token, a known division, or 市/区 + name?"""
    text = doc.text
    if "“" in text[start:end] or "《" in text[start:end]:
        return True
    idx = doc.token_index()
    k = idx.at(start)
    if idx.tokens and idx.tokens[k].start == start and idx.tokens[k].text in LOCAL_PREFIX:
        return True  # 区人大常委会, 市直机关: the locality in context
    lx = lexicon()
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        tok = idx.tokens[k]
        if (tok.pos.startswith(PROPER_TAGS) or tok.text in lx.by_name) and tok.text not in GENERIC:
            return True
        k += 1
    return any(text[start:end].startswith(d) for d in ("中国", "中华", "全国", "国家", "中央", "中共", "首都"))


#: Words ending in a one-character head (部, 局, 处 …) that are not names of units.
_NOT_UNITS = frozenset(
    """干部 全部 内部 外部 局部 东部 西部 南部 北部 中部 各部 本部 腹部 头部 胸部 面部
    底部 顶部 基部 总部 举办 创办 主办 承办 协办 开办 兴办 督办 代办 操办 筹办 查办 包办
    到处 各处 此处 好处 难处 用处 住处 长处 学科 本科 专科 百科 文科 理科 工科 格局 布局
    大局 结局 开局 当局 饭局 战局 时局 政局 全局 棋局 变局 站 车站 网站 岗站 香港 港 口岸
    厂房 矿产 矿山 厅堂 大厅 餐厅 客厅 展厅 部署 签署 联署 相处 共处 深处 远处 之处 出处 益处 坏处""".split()
)


def _common_surname(ch: str) -> bool:
    return lexicon().surnames.get(ch) == "common"


def head_matches(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Head words in ``[lo, hi)`` that end a token: (start, end, head).

    A head inside a longer word (中心任务, 公司治理) is no name end; a one-character
    head (部, 局) counts only at the end of a longer noun (宣传部, 公安局).
    """
    text = doc.text
    idx = doc.token_index()
    lx = lexicon()
    out = []
    for m in _head_regex().finditer(text, lo, hi):
        s, e = m.span()
        tok = idx.tokens[idx.at(e - 1)]
        if tok.end != e:
            continue
        if len(m.group()) == 1:
            if tok.text in _NOT_UNITS or text[max(0, e - 2) : e] in _NOT_UNITS or tok.pos.startswith("v"):
                continue
            if tok.pos.startswith("nr") and 2 <= len(tok.text) <= 3 and _common_surname(tok.text[0]):
                continue  # 陈科: a person's name that ends in 科, not a unit
            if tok.text in lx.titles or text[max(0, e - 2) : e] in lx.titles:
                continue  # 常委, 委员: titles, not units
            if len(tok.text) < 2:
                k = idx.at(s) - 1  # a lone 科 after a noun: 信息/科
                if k < 0 or not idx.tokens[k].pos.startswith(("n", "j")) or idx.tokens[k].end != s:
                    continue
        out.append((s, e, m.group()))
    return out


def named_phrases(doc: Doc, labels: tuple[str, ...], relaxed: bool = False) -> list[tuple[int, int, str, str]]:
    """Names ending in a head word of one of ``labels``: (start, end, head, label).

    The name grows left from its head over name-like tokens, takes a short bracketed
    qualifier after it (学院（草桥校区）), and must begin with a place, an organisation
    or a bare 市/区, unless its head may stand alone. With ``relaxed``, a prefix of
    ordinary words is kept too (桃源湾公园): for callers that check the context.
    """
    text = doc.text
    lx = lexicon()
    out = []
    for sent in doc.sentences:
        for s, e, head in head_matches(doc, sent.start, sent.end):
            label, needs_name = lx.suffixes[head]
            if label not in labels:
                continue
            start = grow_left(doc, s, sent.start, trim=not relaxed)
            end = paren_after(text, e)
            if relaxed:
                start = _relaxed_start(doc, start, s)
            if needs_name and (start == s or (not relaxed and not has_proper_part(doc, start, s))):
                continue
            if text.startswith(_LEVEL_PREFIXES, start):
                continue  # 国家级技能大师工作室: a rank of a kind, not one place
            out.append((start, end, head, label))
    return out


def _relaxed_start(doc: Doc, start: int, head_start: int) -> int:
    """Without trimming to a proper word, still drop a leading determiner or generic word."""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < head_start:
        tok = idx.tokens[k]
        if tok.start >= start and tok.text not in GENERIC and not tok.pos.startswith(("v", "a", "m")):
            return tok.start
        k += 1
    return head_start
