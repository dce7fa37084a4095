"""Posts: who holds which title in which organisation, read from the title chain before a name.

怀柔区人大常委会副主任、区总工会主席周某 gives two posts in two organisations; 密云区总工会
党组书记、常务副主席晁某 two titles in one (a title without its own organisation takes
the one before it); 延庆区委常委、宣传部部长马某 makes 宣传部 a unit of 延庆区委.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["ChainItem", "chain_before", "post"]

_MODIFIERS = "(?:原|前)?(?:党组|党委|党工委)?(?:常务副|执行副|副|名誉|代理|第一|首席|驻会|专职)*"
#: Mentions that can hold posts.
ORG_LABELS = ("TradeUnion", "Organization", "Venue", "District", "City", "Province")
#: Units that are only named within a parent (宣传部 of a 区委).
_BARE_UNIT = re.compile(r"^(?:[\u4e00-\u9fff]{2,4})(?:部|办|办公室|处|科|室|局|中心)$")


@dataclass(frozen=True, slots=True)
class ChainItem:
    """One link of a title chain: an organisation (or None), a title, and where they are."""

    start: int
    end: int
    title: str
    org: Mention | None
    honour: Mention | None = None


@functools.cache
def _title_regex() -> re.Pattern[str]:
    titles = sorted(lexicon().titles, key=len, reverse=True)
    return re.compile(f"{_MODIFIERS}(?:{'|'.join(map(re.escape, titles))})$")


def _mention_ending(doc: Doc, end: int, labels: tuple[str, ...]) -> Mention | None:
    best = None
    for m in doc.mentions:
        if m.end == end and m.label in labels and (best is None or m.start < best.start):
            best = m
    return best


#: A job named by a compound noun that ends in one of these (纺丝工, 核燃料修复师, 助理员).
_JOB_END = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:工|工人|师|员|长|手)$")


def _title_at(doc: Doc, floor: int, pos: int) -> tuple[int, Mention | None] | None:
    """The title ending at ``pos`` and the organisation right before it.

    A title may be a compound (项目经理, 机修钳工): the words before a known title are
    taken into it when no organisation ends right before the known title but one
    ends before the compound, or when none ends before either.
    """
    text = doc.text
    idx = doc.token_index()
    m = _title_regex().search(text, max(floor, pos - 12), pos)
    core = m.start() if m else None
    if core is not None:
        tok = idx.tokens[idx.at(core)]
        if tok.start < core and _mention_ending(doc, core, ORG_LABELS) is None:
            core = max(tok.start, floor)  # 项目经理 is one word: the title is all of it
    if core is None:
        job = _JOB_END.search(text, max(floor, pos - 8), pos)
        if job is None or not _nominal(doc, job.start(), pos):
            return None
        core = job.start()
        while core < pos - 1 and _mention_ending(doc, core, ORG_LABELS) is None and not _nominal(doc, core, pos):
            core += 1
    org = _mention_ending(doc, core, ORG_LABELS)
    if org is not None:
        return core, org
    start = core
    for _ in range(3):  # 项目|经理, 机修|钳工, 特种熔融|焊接|工
        k = idx.ending_at(start)
        if k is None or start - idx.tokens[k].start + (pos - start) > 10:
            break
        tok = idx.tokens[k]
        if not tok.pos.startswith(("n", "vn", "b", "v")) or tok.pos.startswith(("nr", "ns", "nt")):
            break
        start = tok.start
        org = _mention_ending(doc, start, ORG_LABELS)
        if org is not None:
            return start, org
    return (start if start < core and m is None else core), None


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


def chain_before(doc: Doc, person: Mention) -> list[ChainItem]:
    """The chain of titles and honours right before ``person``, left to right."""
    text = doc.text
    items: list[ChainItem] = []
    pos = person.start
    floor = doc.sentence_at(person.start).start
    while pos > floor:
        hon = _mention_ending(doc, pos, ("Honour",))
        if hon is not None:
            items.append(ChainItem(hon.start, pos, hon.name or hon.text, None, hon))
            pos = hon.start
        else:
            found = _title_at(doc, floor, pos)
            if found is None:
                break
            start, org = found
            title = text[start:pos]
            if org is not None and org.text.endswith(("党委", "党组")) and title in ("书记", "副书记"):
                title = org.text[-2:] + title
            items.append(ChainItem(org.start if org else start, pos, title, org))
            pos = org.start if org else start
        if pos > floor and text[pos - 1] == "、":
            pos -= 1
            continue
        break
    items.reverse()
    return items


def _implied(title: str, start: int, end: int) -> Mention | None:
    """The body a title belongs to when the text names none (国家主席 → 中华人民共和国)."""
    body = lexicon().implied.get(title.lstrip("副").lstrip("常务"))
    if body is None and title.startswith("副"):
        body = lexicon().implied.get(title[1:])
    if body is None:
        return None
    return Mention("Organization", start, end, title, "post", name=body, attrs={"implied": True})


@functools.cache
def _after_regex() -> re.Pattern[str]:
    titles = sorted((t for t, k in lexicon().titles.items() if k == "post"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})")


@extractor("post", requires=["mentions"], assigns=["relations:post", "relations:subOrganizationOf"])
def post(doc: Doc) -> list[Relation]:
    """Posts from title chains before each person; units named inside a chain get their parent."""
    out: list[Relation] = []
    text = doc.text
    for person in doc.mentions:
        if person.label != "Person":
            continue
        after = _after_regex().match(text, person.end)
        if after and lexicon().implied.get(after.group().lstrip("副")):
            # 习某总书记, 李某总理: a title after the name, whose body is implied
            body = _implied(after.group(), after.start(), after.end())
            if body is not None:
                out.append(Relation("post", person, body, person.start, after.end(), "post",
                                    attrs={"role": after.group(), "former": False}))
        chain = chain_before(doc, person)
        last_org: Mention | None = None
        for item in chain:
            if item.honour is not None:
                continue
            org = item.org
            implied = _implied(item.title.lstrip("原前"), item.start, item.end) if org is None else None
            if implied is not None:
                org = implied  # 中共中央总书记、国家主席: 国家主席 belongs to the state, not to 中共中央
            if org is not None and implied is None:
                if last_org is not None and _BARE_UNIT.match(org.text) and not org.attrs.get("local"):
                    out.append(Relation("subOrganizationOf", org, last_org, last_org.start, org.end, "post",
                                        attrs={"unit": True}))
                last_org = org
            elif org is None:
                org = last_org
            title = item.title
            former = title.startswith(("原", "前"))
            if former:
                title = title[1:]
            if org is None and lexicon().titles.get(title.lstrip("副")) not in ("post", "job"):
                continue  # 代表 without a body it sits in says nothing
            out.append(Relation("post", person, org, item.start, person.end, "post",
                                attrs={"role": title, "former": former}))
    return out
