"""Venues: named places where things happen or that people visit (纪念馆, 文化宫, 学院（…校区）).

Two sources: names with a place head word (…纪念馆, …广场, …职工之家), and organisations
the text uses as a place (在北京市政务服务中心开讲, 参观…研究院).
"""

from __future__ import annotations

import functools
import re

from kg.extract.phrases import named_phrases
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.scan import Wordlist
from kg.segment import segmenter
from kg.types import Doc, Mention, Relation

__all__ = ["venue"]

#: Verbs of visiting: what follows them in the clause (a list 甲、乙、丙 too) is a place.
_VISIT = re.compile(r"前往|来到|走进|参观|走访|抵达|考察|调研")
#: 在/于 make a place only with an event verb after the name (在…举行, not 在…教授的引导下).
_AT = re.compile(r"(?:在|于)$")
_EVENT_VERBS = ("举行", "举办", "召开", "开幕", "开讲", "开班", "闭幕", "启动", "揭牌", "落幕", "进行", "开展", "隆重")
_CLAUSE_MARKS = "，。；：！？\n"
#: Verbs after a name that say it is a place (龙沼风电场位于…).
_PLACE_VERBS = ("位于", "坐落", "地处", "始建于", "建成于", "占地")


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


def _held_at(text: str, start: int, end: int) -> bool:
    """在…举行, or a place described as one (…位于, …坐落在)."""
    if text.startswith(_PLACE_VERBS, end):
        return True
    return bool(_AT.search(text, max(0, start - 1), start)) and text.startswith(_EVENT_VERBS, end)


def _rare_word_in(doc: Doc, start: int, end: int) -> bool:
    """Does the span hold a word jieba hardly knows: a sign of a proper name (桃源湾, 青石岭)?"""
    freq = segmenter().tokenizer.FREQ
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        if freq.get(idx.tokens[k].text, 0) < 50:
            return True
        k += 1
    return False


@functools.cache
def _known() -> Wordlist:
    return Wordlist(lexicon().venues)


@extractor("venue", requires=["tokens", "candidates:Organization"],
           assigns=["candidates:Venue", "relations:containedInPlace"])
def venue(doc: Doc) -> list[Mention]:
    """Places by head word, and organisations used as the place of an event or a visit."""
    text = doc.text
    out = [
        Mention("Venue", s, e, text[s:e], "venue", score=1.4, attrs={"head": h})
        for s, e, h, _ in named_phrases(doc, ("Venue",))
    ]
    for s, e, name in _known().finditer(text):  # 人民大会堂, 中南海: known venues (kg/data/venues.tsv)
        out.append(Mention("Venue", s, e, name, "venue", name=lexicon().venues[name],
                           score=1.4, attrs={"known": True}))
    strict = {(m.start, m.end) for m in out}
    # names of rare words (桃源湾公园) count where the text holds an event there
    for s, e, h, _ in named_phrases(doc, ("Venue",), relaxed=True):
        if (s, e) not in strict and e - s > len(h) + 1 and _held_at(text, s, e) and _rare_word_in(doc, s, e - len(h)):
            out.append(Mention("Venue", s, e, text[s:e], "venue", score=1.4, attrs={"head": h}))
    for m in doc.candidates.get("organization", []):
        if m.attrs.get("known") or m.attrs.get("bare_unit"):
            continue  # 国务院, 宣传部: bodies, not places
        if _locative(text, m.start, m.end):
            out.append(Mention("Venue", m.start, m.end, m.text, "venue", score=1.45,
                               attrs={"head": m.attrs.get("head"), "also": "Organization"}))
    out += _located(doc, out)
    return out


def _located(doc: Doc, venues: list[Mention]) -> list[Relation]:
    """某馆位于某区…: a venue in the division the text places it in."""
    text = doc.text
    places = [m for m in doc.candidates.get("district", []) if m.label in ("District", "City")]
    out = []
    for v in venues:
        verb = re.match(r"(?:位于|坐落于|坐落在|地处)", text[v.end : v.end + 3])
        if not verb:
            continue
        after = v.end + verb.end()
        for p in places:
            if after <= p.start <= after + 6:
                out.append(Relation("containedInPlace", v, p, v.start, p.end, "venue"))
                break
    return out
