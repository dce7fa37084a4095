"""Choose the final mentions from all extractors' candidates: no two overlap, except declared parts.

Candidates are taken best first: higher score, then longer, then earlier. A candidate
overlapping one already taken is dropped, unless it lies inside it and the taken
mention names it as its ``parent`` (北京市总工会 inside 北京市总工会职工服务部). Dates and
honours are kept beside names as they never compete with them for a span's meaning.

Before that, persons that read as organisations, places or words are dropped
(:func:`kg.extract.person.doubtful_persons`), a name inside a work's title or a ship's
name becomes a mention of no person, and a county written before one of its organs
(某县林业局, marked ``organ`` by the district extractor) is no District. After it, a district at
the head of a chosen organisation's or venue's name, before a town, street or village there
(某区某某街道党工委), is kept inside it: the district is named as a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.person import doubtful_persons, not_a_person_here
from kg.registry import extractor
from kg.segment import segmenter
from kg.types import Doc, Mention

__all__ = ["select"]

#: Labels that are not named entities competing for spans; kept as they come.
SIDE_LABELS = ("Date",)


#: Classes whose rule-found spans a statistical guess may not cut across.
RULE_OWNED = ("Person", "TradeUnion")
#: Extractors whose candidates are statistical guesses (scored below the rules).
GUESSERS = ("ner",)


def _crossing_guesses(pool: list[Mention], text: str) -> set[int]:
    """Guesses that cut across a rule's person or union (张三丰收 vs 张三, 工会主席王 vs 王某某).

    A guess that contains the rule's span whole may still win by length (an organisation
    around a place); one that overlaps it partly is dropped.
    """
    owned = [m.span for m in pool if m.label in RULE_OWNED and m.extractor not in GUESSERS]
    persons = {m.span for m in pool if m.label == "Person" and m.extractor not in GUESSERS}
    out = set()
    for i, m in enumerate(pool):
        if m.extractor in GUESSERS:
            if (m.label == "Person" and (m.start, m.end - 1) in persons and _function_char(m.text[-1])
                    and _stands_alone(text, m.text[:-1], m.text[-1])):
                out.add(i)  # 汪某正|利用: a name written alone elsewhere, and an adverb the guess glued to it
                continue
            for s, e in owned:
                if s < m.end and m.start < e and not (m.start <= s and e <= m.end):
                    out.add(i)
                    break
    return out


def _not_persons(doc: Doc, pool: list[Mention]) -> set[int]:
    """Persons that read as organisations or places, and guesses that read as words (see
    :func:`kg.extract.person.doubtful_persons`)."""
    at = [i for i, m in enumerate(pool) if m.label == "Person"]
    persons = [pool[i] for i in at]
    guesses = {k for k, m in enumerate(persons) if m.extractor in GUESSERS or m.attrs.get("rule") == "completed"}
    return {at[k] for k in doubtful_persons(doc, persons, guesses)}


def _named_after(doc: Doc, pool: list[Mention]) -> list[Mention]:
    """Persons whose name here names a work, ship or doctrine (《某某元帅》, “某某号”, 某某主义): still
    mentions of a name, but of no person (``partial``), as the guidelines count none there."""
    return [replace(m, attrs={**m.attrs, "partial": "a name inside the name of a work, ship or doctrine"})
            if m.label == "Person" and not m.attrs.get("partial") and not_a_person_here(doc, m.start, m.end) else m
            for m in pool]


def _stands_alone(text: str, name: str, after: str) -> bool:
    """Is ``name`` written somewhere in ``text`` without ``after`` right behind it?"""
    pos = text.find(name)
    while pos != -1:
        if not text.startswith(after, pos + len(name)):
            return True
        pos = text.find(name, pos + 1)
    return False


def _function_char(ch: str) -> bool:
    """Is ``ch`` an adverb, conjunction, preposition, particle or verb on its own (正, 和, 在, 说)?"""
    return segmenter().pos.word_tag_tab.get(ch, "")[:1] in ("d", "c", "p", "u", "v")


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in taken)


@extractor("select", requires=["candidates"], assigns=["mentions"])
def select(doc: Doc) -> list[Mention]:
    """Non-overlapping final mentions: bylines first, then longer before shorter, then by score."""
    side: list[Mention] = []
    pool: list[Mention] = []
    for m in doc.all_candidates():
        (side if m.label in SIDE_LABELS else pool).append(m)
    crossing = _crossing_guesses(pool, doc.text) | _not_persons(doc, pool)
    pool = _named_after(doc, [m for i, m in enumerate(pool) if i not in crossing and not m.attrs.get("organ")])
    pool.sort(key=lambda m: (m.score < 3, -(m.end - m.start), -m.score, m.start))
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in pool:
        by_span.setdefault(m.span, []).append(m)
    chosen: list[Mention] = []
    spans: list[tuple[int, int]] = []
    seen: set[tuple[str, int, int]] = set()

    def take(m: Mention) -> None:
        chosen.append(m)
        seen.add((m.label, m.start, m.end))

    for m in pool:
        if (m.label, m.start, m.end) in seen or _overlaps(spans, m.start, m.end):
            continue
        take(m)
        spans.append(m.span)
        # the same span read as another class too (an organisation used as a venue)
        for other in by_span[m.span]:
            linked = other.attrs.get("also") == m.label or m.attrs.get("also") == other.label
            if other.label != m.label and linked and (other.label, other.start, other.end) not in seen:
                take(other)
    for m in list(chosen):
        parent = m.attrs.get("parent")
        if isinstance(parent, Mention) and (parent.label, parent.start, parent.end) not in seen:
            take(parent)
    chosen += _districts_inside(doc.text, pool, chosen, seen)
    chosen = _short_transliterations(chosen)
    chosen.sort(key=lambda m: (m.start, m.end))
    return chosen + sorted(side, key=lambda m: m.start)


#: A place below a county written right after it (某区|某某镇, 某县|某某乡, 某区|某某社区, 某区|某某小区): the county
#: is where that place lies, also inside the name of a body or venue there (某区某某街道党工委, 某区某某镇某某公园);
#: not the county's own organs (某县委驻某某村工作队).
_LOWER_PLACE = re.compile(r"[^\W\d委驻局府党政]{1,7}?(?:镇|乡|街道|社区|村|苏木|嘎查|小区)")
#: Classes whose names may begin with the county a place lies in.
_HOLDERS = ("Organization", "Venue", "TradeUnion")


def _districts_inside(text: str, pool: list[Mention], chosen: list[Mention],
                      seen: set[tuple[str, int, int]]) -> list[Mention]:
    """Districts written at the head of a chosen organisation's or venue's name before a town, township, street,
    community or village (青岛市某区某某街道党工委, 来到某区某某镇某某公园): the district is named as the place,
    so it is a mention too, inside the longer one.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("记者来到顺义区赵全营镇兆丰公园看到，游人很多。", "District"))
    ['顺义区']
    """
    holders = [m.span for m in chosen if m.label in _HOLDERS]
    out = []
    for m in pool:
        if (m.label != "District" or (m.label, m.start, m.end) in seen or not _LOWER_PLACE.match(text, m.end)
                or not any(a <= m.start and m.end <= b and (a, b) != m.span for a, b in holders)
                or _overlaps([o.span for o in out], m.start, m.end)):
            continue
        seen.add((m.label, m.start, m.end))
        out.append(m)
    return out


def _short_transliterations(chosen: list[Mention]) -> list[Mention]:
    """A transliterated name written by one of its parts (古普塔 after 阿尔温德·古普塔, 贾迈勒 after 贾迈勒·侯赛因)
    is that person, when exactly one full name of the article has that first or last part.

    Examples
    --------
    >>> from tests.helpers import names
    >>> sorted(names("市长莉达·克鲁森到访。克鲁森说，友谊长存。", "Person"))
    ['莉达·克鲁森']
    """
    full: dict[str, set[str]] = {}
    for m in chosen:
        if m.label == "Person" and "·" in (m.name or m.text) and not m.attrs.get("partial"):
            parts = (m.name or m.text).split("·")
            for part in {parts[0], parts[-1]}:
                full.setdefault(part, set()).add(m.name or m.text)
    if not full:
        return chosen
    return [replace(m, name=next(iter(full[m.text])))
            if m.label == "Person" and "·" not in m.text and len(full.get(m.text, ())) == 1
            and not m.attrs.get("partial") else m
            for m in chosen]
