"""Honour conferrals: who received which honour, in which year, from whom when stated."""

from __future__ import annotations

import re

from kg.extract.post import chain_before
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["conferral"]

_GOT = re.compile(r"(?:荣获|获得|获评|获授|被授予|授予|被评为|评为|当选为|当选|入选|荣膺|获)$")
#: A column or series title naming the honour of the person it presents: 【大国工匠】某某：…, 【大国工匠】…的钳工某某
_COLUMN = re.compile(r"【([^】]{2,12})】\s*([^\n：:]{2,30})")


#: 甲授予/表彰…, 被甲授予…, 由甲颁发…: the body that confers, stated in the sentence.
_BODY_VERB = re.compile(r"授予|表彰|命名|颁发|评选|授予了")


def _body(doc: Doc, hon: Mention) -> Mention | None:
    """The organisation the sentence says confers the honour, if it says one."""
    text = doc.text
    sent = doc.sentence_at(hon.start)
    for m in doc.mentions:
        if m.label in ("TradeUnion", "Organization") and sent.start <= m.start and m.end <= hon.start:
            after = text[m.end : m.end + 8]
            verb = _BODY_VERB.search(after)
            if verb and verb.start() <= 4 and not after[: verb.start()].strip("联合和、及共同决定"):
                return m
    return None


def _relation(person: Mention, hon: Mention, start: int, end: int, doc: Doc | None = None) -> Relation:
    attrs = {"honour": hon.name or hon.text, "year": hon.attrs.get("year"),
             "conferred_by": hon.attrs.get("conferred_by") or None}
    if doc is not None:
        body = _body(doc, hon)
        if body is not None:
            attrs["body"] = body
        if attrs["year"] is None:
            attrs["year"] = _clause_year(doc, hon.start)
    return Relation("honour", person, hon, start, end, "conferral", attrs=attrs)


_YEAR = re.compile(r"((?:19|20)\d\d)年(?!代)")


def _clause_year(doc: Doc, pos: int) -> int | None:
    """A year written earlier in the honour's clause (2020年被…授予…), else None."""
    text = doc.text
    sent = doc.sentence_at(pos)
    clause = max(sent.start, *(text.rfind(c, sent.start, pos) + 1 for c in "，；"))
    years = _YEAR.findall(text, clause, pos)
    return int(years[-1]) if years else None


@extractor("conferral", requires=["mentions"], assigns=["relations:honour"])
def conferral(doc: Doc) -> list[Relation]:
    """Honours before a name (全国劳动模范何某), and 荣获…的某, 某荣获… in one clause."""
    text = doc.text
    out: list[Relation] = []
    seen: set[tuple[int, int]] = set()
    persons = [m for m in doc.mentions if m.label == "Person"]
    honours = [m for m in doc.mentions if m.label == "Honour"]
    for p in persons:
        for item in chain_before(doc, p):
            if item.honour is not None and (p.start, item.honour.start) not in seen:
                seen.add((p.start, item.honour.start))
                out.append(_relation(p, item.honour, item.start, p.end, doc))
    for h in honours:
        sent = doc.sentence_at(h.start)
        # 荣获首都劳动奖章的某: the verb before, 的 and the name after
        if _GOT.search(text, max(sent.start, h.start - 8), h.start) or h.attrs.get("listed"):
            after = [p for p in persons if h.end <= p.start <= h.end + 4
                     and text[h.end : p.start].strip("称号荣誉") in ("的", "")]
            for p in after:  # 荣获首都劳动奖章的某
                if (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end, doc))
            if _collective(h):  # 某公司维修班荣获全国工人先锋号: a team or a company, never a person
                unit = _unit_subject(doc, sent.start, h.start)
                if unit is not None:
                    out.append(_relation(unit, h, unit.start, h.end, doc))
                continue
            # 某荣获…, 某先后获得A、B等: the person before the verb, in the sentence or the paragraph before
            thing = _thing_subject(text, persons, sent.start, h.start)
            p = None if after or thing else _subject_before(doc, persons, h.start)
            for q in _coordinated(text, persons, p) if p is not None else []:
                if (q.start, h.start) not in seen:
                    seen.add((q.start, h.start))
                    start = q.start if q.start >= sent.start else sent.start
                    out.append(_relation(q, h, start, h.end, doc))
        # 获评“北京大工匠”的10人是：甲、乙…: the names listed after the colon
        named = _NAMED_AFTER.match(text, h.end, sent.end)
        if named:
            for p in persons:
                if named.end() <= p.start < sent.end and (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end, doc))
    for m in _COLUMN.finditer(text):
        hon = next((h for h in honours if h.start == m.start(1) and h.end == m.end(1)), None)
        # 【大国工匠】刘某：…, 【大国工匠】…的数控铣工刘某: the name that ends the title or precedes its colon
        person = next((p for p in persons if m.start(2) <= p.start and p.end <= m.end(2)
                       and (p.end == m.end(2) or text.startswith(("：", ":"), p.end))), None)
        if hon is not None and person is not None and (person.start, hon.start) not in seen:
            seen.add((person.start, hon.start))
            out.append(_relation(person, hon, m.start(), person.end, doc))
    return _drop_generic(out)


#: After an honour, the count of its recipients and a colon: …的10人是：, …的5名职工分别为：
_NAMED_AFTER = re.compile(
    r"”?(?:称号)?的(?:\d+|[一二两三四五六七八九十]+)(?:人|名|位)[^，。；：]{0,4}?(?:分别)?(?:是|为|有)[：:]"
)


def _drop_generic(rels: list[Relation]) -> list[Relation]:
    """A bare 劳动模范 of someone also said to be 北京市劳动模范 is that honour again, not another."""
    def who(r: Relation) -> str:
        return (r.subject.name or r.subject.text) if r.subject else ""

    held = {(who(r), r.attrs["honour"]) for r in rels}
    return [r for r in rels if not any(p == who(r) and h != r.attrs["honour"] and h.endswith(r.attrs["honour"])
                                       for p, h in held)]


def _subject_before(doc: Doc, persons: list[Mention], pos: int) -> Mention | None:
    """The person a conferral in front of ``pos`` is about: the last one named before it in its
    sentence, else in the same paragraph (他先后获得… refers back to the paragraph's subject)."""
    text = doc.text
    sent = doc.sentence_at(pos)
    before = [p for p in persons if sent.start <= p.start and p.end <= pos]
    if before:
        return before[-1]
    para_start = text.rfind("\n", 0, sent.start) + 1
    before = [p for p in persons if para_start <= p.start and p.end <= sent.start]
    if not before and text.startswith(_LABELS, para_start):
        # a paragraph of its own that lists honours (所获荣誉：…) is about the person of the paragraph before
        prev_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1
        before = [p for p in persons if prev_start <= p.start and p.end <= para_start]
    return before[-1] if before else None


#: What collective honours end in (全国五一劳动奖状, 全国工人先锋号, 北京市模范集体, 巾帼标兵岗).
_COLLECTIVE_END = ("奖状", "先锋号", "集体", "标兵岗", "示范岗", "职工之家")
#: A work unit written after its organisation (某公司维修班, 某段探伤工区), then 等N个集体 and adverbs.
_UNIT = re.compile(
    r"([\u4e00-\u9fff]{0,10}?(?:班组|班|车间|工区|机组|项目部|大队|中队|分队|队|站|科|工段|段|组))?"
    r"(?:等(?:\d+|[一二两三四五六七八九十百]+)个(?:集体|单位|班组))?(?:今年|去年|(?:19|20)\d\d年)?"
    r"(?:先后|曾|还|也|均|都|分别|已|又)?被?"
)


def _collective(h: Mention) -> bool:
    """Whether an honour goes to collectives only (kg/data/honours.tsv, else by how its name ends)."""
    known = lexicon().honours.get(h.name or h.text)
    if known is not None:
        return known.recipient == "collective"
    return (h.name or h.text).endswith(_COLLECTIVE_END)


def _unit_subject(doc: Doc, floor: int, pos: int) -> Mention | None:
    """The organisation, or its unit, that the clause of the honour at ``pos`` names before its verb."""
    text = doc.text
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = list(_ANY_GOT.finditer(text, clause, pos))
    if not verbs:
        return None
    verb = verbs[-1].start()
    orgs = [m for m in doc.mentions
            if m.label in ("Organization", "TradeUnion") and clause <= m.start and m.end <= verb]
    if not orgs:
        return None
    org = max(orgs, key=lambda m: m.end)
    unit = _UNIT.fullmatch(text, org.end, verb)
    if unit is None:
        return None
    if not unit.group(1):
        return org
    end = org.end + len(unit.group(1))
    return Mention("Organization", org.start, end, text[org.start : end], "conferral", name=text[org.start : end])


_ANY_GOT = re.compile(r"荣获|获得|获评|获授|授予|评为|当选|入选|荣膺")
#: A clause whose subject is a work, a count of people or a collective: “某工艺”荣获…, 1670人被授予….
_THING = re.compile(
    r"(?:”|(?<![等\d])\d+(?:余|多)?(?:人|名|位|个|项)|集体|团队|企业|单位|班组?|车间|[^老]队)"
    r"(?:先后|曾|还|也|均|都|分别|共|已|又)?被?$"
)


def _thing_subject(text: str, persons: list[Mention], floor: int, pos: int) -> bool:
    """Whether the clause of the honour at ``pos`` names, before its verb, a subject that is no person.

    Not when a person is named there too (甲和某大队获得…).
    """
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = list(_ANY_GOT.finditer(text, clause, pos))
    if not verbs or any(clause <= p.start < verbs[-1].start() for p in persons):
        return False
    return _THING.search(text, clause, verbs[-1].start()) is not None


#: Between two names of a list: 、 or 和, then at most a short description of the next (、特教老师某).
_LIST_GAP = re.compile(r"[、和及与][^，。；：！？、\n“”]{0,6}")


def _coordinated(text: str, persons: list[Mention], p: Mention) -> list[Mention]:
    """``p`` with the names listed before it: 甲、乙和丙荣获… gives the honour to all three.

    Only a list: names one after another joined by 、/和 (a short description may precede each).
    """
    out = [p]
    earlier = sorted((q for q in persons if q.end <= p.start), key=lambda q: q.start)
    for q in reversed(earlier):
        if not _LIST_GAP.fullmatch(text, q.end, out[-1].start):
            break
        out.append(q)
    return out


_LABELS = ("所获荣誉", "获得荣誉", "主要荣誉", "曾获荣誉", "荣誉称号")
