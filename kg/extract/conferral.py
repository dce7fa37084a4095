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


def _relation(person: Mention, hon: Mention, start: int, end: int) -> Relation:
    attrs = {"honour": hon.name or hon.text, "year": hon.attrs.get("year"),
             "conferred_by": hon.attrs.get("conferred_by") or None}
    return Relation("honour", person, hon, start, end, "conferral", attrs=attrs)


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
                out.append(_relation(p, item.honour, item.start, p.end))
    for h in honours:
        sent = doc.sentence_at(h.start)
        # 荣获首都劳动奖章的某: the verb before, 的 and the name after
        if _GOT.search(text, max(sent.start, h.start - 8), h.start) or h.attrs.get("listed"):
            after = [p for p in persons if h.end <= p.start <= h.end + 4
                     and text[h.end : p.start].strip("称号荣誉") in ("的", "")]
            for p in after:  # 荣获首都劳动奖章的某
                if (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end))
            # 某荣获…, 某先后获得A、B等: the person before the verb, in the sentence or the paragraph before
            p = None if after else _subject_before(doc, persons, h.start)
            if p is not None and (p.start, h.start) not in seen:
                seen.add((p.start, h.start))
                start = p.start if p.start >= sent.start else sent.start
                out.append(_relation(p, h, start, h.end))
    for m in _COLUMN.finditer(text):
        hon = next((h for h in honours if h.start == m.start(1) and h.end == m.end(1)), None)
        person = next((p for p in persons if p.start == m.start(2)), None)
        if hon is not None and person is not None and (person.start, hon.start) not in seen:
            seen.add((person.start, hon.start))
            out.append(_relation(person, hon, m.start(), person.end))
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
    return before[-1] if before else None
