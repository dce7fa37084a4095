"""Venues: named places where things happen or that people visit (纪念馆, 文化宫, 学院（…校区）).

Two sources: names with a place head word (…纪念馆, …广场, …职工之家), and organisations
the text uses as a place (在北京市政务服务中心开讲, 参观…研究院).
"""

from __future__ import annotations

import re

from kg.extract.phrases import named_phrases
from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["venue"]

#: Verbs of visiting: what follows them in the clause (a list 甲、乙、丙 too) is a place.
_VISIT = re.compile(r"到|赴|前往|来到|走进|参观|走访|途经|抵达|入驻|回到|进入|深入|考察|调研")
#: 在/于 make a place only with an event verb after the name (在…举行, not 在…教授的引导下).
_AT = re.compile(r"(?:在|于)$")
_EVENT_VERBS = ("举行", "举办", "召开", "开幕", "开讲", "开班", "闭幕", "启动", "揭牌", "落幕", "进行", "开展", "隆重")
_CLAUSE_MARKS = "，。；：！？\n"


def _locative(text: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` used as a place: 在…举行, or visited (参观甲、乙、丙)?"""
    if _AT.search(text, max(0, start - 1), start) and text.startswith(_EVENT_VERBS, end):
        return True
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    head = text[clause:start]
    verbs = list(_VISIT.finditer(head))
    if not verbs:
        return False
    between = head[verbs[-1].end() :]
    return all(len(part) <= 24 for part in between.split("、"))


@extractor("venue", requires=["tokens", "candidates:Organization"], assigns=["candidates:Venue"])
def venue(doc: Doc) -> list[Mention]:
    """Places by head word, and organisations used as the place of an event or a visit."""
    text = doc.text
    out = [
        Mention("Venue", s, e, text[s:e], "venue", score=1.4, attrs={"head": h})
        for s, e, h, _ in named_phrases(doc, ("Venue",))
    ]
    for m in doc.candidates.get("organization", []):
        if _locative(text, m.start, m.end):
            out.append(Mention("Venue", m.start, m.end, m.text, "venue", score=1.45,
                               attrs={"head": m.attrs.get("head"), "also": "Organization"}))
    return out
