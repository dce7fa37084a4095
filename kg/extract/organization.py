"""Organisations: companies, hospitals, schools, Party and government bodies, found by their head word."""

from __future__ import annotations

import functools
import re

from kg.extract.phrases import named_phrases
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.scan import Wordlist
from kg.types import Doc, Mention

__all__ = ["organization"]

#: 党委/党组 before 书记 belongs to the title (党委书记), not to the organisation's name.
_PARTY_TITLE = re.compile(r"(?:常务)?(?:副)?书记|成员")
#: A unit named alone in a title chain (、宣传部部长): its parent is the organisation before.
_BARE_UNIT = re.compile(
    r"(?<=、)([\u4e00-\u9fff]{2,4}?(?:部|办公室|办|处|科|室|局))"
    r"(?=(?:常务)?(?:副)?[\u4e00-\u9fff]{0,3}(?:长|主任|书记))"
)


@functools.cache
def _known() -> Wordlist:
    return Wordlist(lexicon().organisations)


@extractor("organization", requires=["tokens", "candidates:TradeUnion"], assigns=["candidates:Organization"])
def organization(doc: Doc) -> list[Mention]:
    """Organisations named by a head word (…有限公司, …医院, …区委, …宣传部) and a proper name before it.

    A union named inside an organisation's name (北京市总工会职工服务部) is recorded as
    its ``parent``.
    """
    text = doc.text
    unions = doc.candidates.get("union", [])
    out = []
    lx = lexicon()
    for start, end, head, label in named_phrases(doc, ("Organization",)):
        if head in ("党委", "党组") and _PARTY_TITLE.match(text, end):
            continue
        attrs: dict = {"head": head}
        for u in unions:
            if start <= u.start and u.end < end and u.start == start:
                attrs["parent"] = u
        out.append(Mention(label, start, end, text[start:end], "organization", score=1.4, attrs=attrs))
    for s, e, name in _known().finditer(text):  # 国务院, 全国人大常委会, 教育部 (kg/data/organisations.tsv)
        out.append(Mention("Organization", s, e, name, "organization",
                           name=lx.organisations[name], score=1.45, attrs={"known": True}))
    for m in _BARE_UNIT.finditer(text):
        if m.group(1) not in lx.titles:
            out.append(Mention("Organization", m.start(1), m.end(1), m.group(1), "organization", score=1.4,
                               attrs={"head": m.group(1)[-1], "bare_unit": True}))
    return out
