"""Honour conferrals: who received which honour, in which year, from whom when stated."""

from __future__ import annotations

import re

from kg.extract.post import chain_before
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["conferral"]

_GOT = re.compile(r"(?:荣获|获得|获评|获授|被授予|授予|被评为|评为|当选为|当选|入选|荣膺|获)$")
#: A column or series title naming the honour of the person it presents: 【大国工匠】某某：…
_COLUMN = re.compile(r"【([^】]{2,12})】\s*([\u4e00-\u9fff·]{2,8})[：:]")


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
            # 某荣获…, 某先后获得A、B等: the person before the verb, in the sentence or the paragraph before
            p = None if after else _subject_before(doc, persons, h.start)
            if p is not None and (p.start, h.start) not in seen:
                seen.add((p.start, h.start))
                start = p.start if p.start >= sent.start else sent.start
                out.append(_relation(p, h, start, h.end, doc))
    for m in _COLUMN.finditer(text):
        hon = next((h for h in honours if h.start == m.start(1) and h.end == m.end(1)), None)
        person = next((p for p in persons if p.start == m.start(2)), None)
        if hon is not None and person is not None and (person.start, hon.start) not in seen:
            seen.add((person.start, hon.start))
            out.append(_relation(person, hon, m.start(), person.end, doc))
    return out


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


_LABELS = ("所获荣誉", "获得荣誉", "主要荣誉", "曾获荣誉", "荣誉称号")
