"""Honour conferrals: who received which honour, in which year, from whom when stated."""

from __future__ import annotations

import re

from kg.extract.post import chain_before
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["conferral"]

_GOT = re.compile(r"(?:荣获|获得|获评|获授|被授予|授予|被评为|评为|当选为|当选|入选|荣膺|获)$")


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
        if _GOT.search(text, max(sent.start, h.start - 8), h.start):
            for p in persons:
                near = h.end <= p.start <= h.end + 4 and text[h.end : p.start].strip("称号荣誉") in ("的", "")
                if near and (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end))
            # 某荣获…: the nearest person before the verb in the same clause
            clause_start = max(sent.start, *(text.rfind(c, sent.start, h.start) + 1 for c in "，；。"))
            before = [p for p in persons if clause_start <= p.start and p.end <= h.start]
            if before and (before[-1].start, h.start) not in seen:
                p = before[-1]
                seen.add((p.start, h.start))
                out.append(_relation(p, h, p.start, h.end))
    return out
