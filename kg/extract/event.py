"""Events: reported activities (交流活动, 讲座, 启动仪式, 座谈会, 培训班 …) with organisers, venue and date.

An event is named by its head word grown leftwards (劳模工匠交流活动, “五月鲜花”文艺演出活动).
Its organisers are the unions and organisations that 举办/主办/召开 it in the same
sentence (由甲联合乙举办的…, 甲主办、乙协办); its venue the place 在…举行 in that
sentence; its date the nearest date before it in the sentence, else the article's lead date.
"""

from __future__ import annotations

import re

from kg.extract.phrases import grow_left
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["event"]

HEADS = tuple(
    """启动仪式 颁奖仪式 开班仪式 揭牌仪式 签约仪式 开幕式 闭幕式 仪式 座谈会 交流会 研讨会
    报告会 宣讲会 表彰大会 表彰会 代表大会 大会 会议 论坛 讲座 大讲堂 培训班 培训 摄影展
    书画展 展览 展会 比赛 竞赛 大赛 技能大赛 劳动竞赛 演出 晚会 联欢会 运动会 义诊 慰问
    交流活动 活动 发布会 招聘会 开放日 年货节""".split()
)
_QUALIFIERS = {"约": "about", "近": "nearly", "超过": "more than", "逾": "more than"}
_HEAD = re.compile("|".join(sorted(HEADS, key=len, reverse=True)))
_ORGANISE = re.compile(r"(主办|举办|举行|召开|组织|开展|承办|协办|发起|启动)")
#: A reported event is held: one of these near its name says so.
_HELD = re.compile(r"举办|举行|召开|开讲|开幕|启动|组织|开展|主办|承办|协办|拉开|闭幕|落幕|开班|进行|走进|参加|出席")
_NEAR = 30
_CO = ("承办", "协办")
_AT = re.compile(r"在$|于$")
_ORG_LABELS = ("TradeUnion", "Organization")
_COUNT = re.compile(r"(约|近|超过|逾)?(\d+)(余|多)?(名|位|人|人次)")


def _in(m: Mention, a: int, b: int) -> bool:
    return a <= m.start and m.end <= b


def _organisers(text: str, orgs: list[Mention], event_start: int) -> list[tuple[Mention, str]]:
    """Organisations before the event that 举办/主办 it, with those joined to them by 联合/和/、."""
    before = sorted((o for o in orgs if o.end <= event_start), key=lambda o: o.start)
    out: list[tuple[Mention, str]] = []
    for i, org in enumerate(before):
        m = _ORGANISE.match(text, org.end) or _ORGANISE.match(text, org.end + 1)
        if m is None:
            continue
        out.append((org, m.group()))
        k = i
        while k > 0 and re.fullmatch(r"联合|和|与|、|及|会同", text[before[k - 1].end : before[k].start]):
            out.append((before[k - 1], m.group()))
            k -= 1
    return out


@extractor("event", requires=["mentions"], assigns=["candidates:Event", "relations:organiser",
                                                    "relations:venue", "relations:date"])
def event(doc: Doc) -> list[Mention | Relation]:
    """Events with their organisers, co-organisers, venue, date and headcount."""
    text = doc.text
    out: list[Mention | Relation] = []
    dates = [m for m in doc.mentions if m.label == "Date" and m.attrs.get("value")]
    lead_date = next((d for d in dates if d.start < doc.article.body_start + 60), None)
    named: set[str] = set()
    for sent in doc.sentences:
        if sent.start < doc.article.body_start:
            continue  # the title repeats what the body reports
        found = []
        for m in _HEAD.finditer(text, sent.start, sent.end):
            start = grow_left(doc, m.start(), sent.start, trim=False)
            if text[start - 1 : start] == "”":
                q = text.rfind("“", sent.start, start)
                if q != -1:
                    start = grow_left(doc, q, sent.start, trim=False)
            if start == m.start():
                continue  # a bare 活动 / 启动仪式 refers back to an event already named
            if not _HELD.search(text, max(sent.start, start - _NEAR), min(sent.end, m.end() + _NEAR)):
                continue  # named but not reported as held (劳模工匠创新培训 as background)
            found.append((start, m.end()))
        # keep the longest of nested events (…颁奖仪式暨…演出活动)
        found = [f for f in found if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in found)]
        for s, e in found:
            if text[s:e] in named:
                continue
            named.add(text[s:e])
            ev = Mention("Event", s, e, text[s:e], "event", name=text[s:e], score=1.0)
            out.append(ev)
            orgs = [m for m in doc.mentions if m.label in _ORG_LABELS and _in(m, sent.start, sent.end)]
            for org, verb in _organisers(text, orgs, s):
                kind = "co_organiser" if verb in _CO else "organiser"
                out.append(Relation(kind, ev, org, min(org.start, s), max(org.end, e), "event"))
            for v in doc.mentions:
                if v.label == "Venue" and _in(v, sent.start, sent.end) and _AT.search(text, v.start - 1, v.start):
                    out.append(Relation("venue", ev, v, min(v.start, s), max(v.end, e), "event"))
            when = [d for d in dates if sent.start <= d.start < e and d.attrs.get("precision") != "year"]
            date = when[-1] if when else lead_date
            if date is not None:
                a, b = (date.start, e) if when else (date.start, date.end)
                out.append(Relation("date", ev, date, a, b, "event",
                                    attrs={"value": date.attrs["value"], "precision": date.attrs["precision"]}))
            for c in _COUNT.finditer(text, sent.start, sent.end):
                qualifier = _QUALIFIERS.get(c.group(1) or "")
                if c.group(3):
                    qualifier = "more than"
                out.append(Relation("headcount", ev, None, c.start(), c.end(), "event",
                                    attrs={"count": int(c.group(2)), "unit": c.group(4), "qualifier": qualifier}))
    return out
