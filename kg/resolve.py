"""Resolve mentions to entities: canonical names from context, one node per thing, and a log of every merge.

Within an article, short forms are named from context: a bare 区 (区总工会, 区人大常委会)
takes the nearest district named before it, a bare 市 the page's city (from metadata)
or the nearest city named before it, 省 the nearest province; a unit named inside a
title chain (宣传部) takes its parent (延庆区委宣传部). Across articles, mentions with
the same canonical name and kind are one entity. Every decision that maps a written
form to a different name is logged with its reason (:class:`~kg.types.Merge`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.extract.phrases import LOCAL_PREFIX
from kg.hierarchy import federation
from kg.lexicon import lexicon
from kg.types import Doc, Entity, Mention, Merge, Relation

__all__ = ["KIND", "ResolvedDoc", "Resolver", "entity_kind"]

#: Entity kind (the IRI path segment) of each mention label. Unions, organisations and
#: venues share one kind, so an organisation used as a place is one node of two types.
KIND = {
    "Person": "person",
    "TradeUnion": "organization",
    "Organization": "organization",
    "Venue": "organization",
    "District": "place",
    "City": "place",
    "Province": "place",
    "Honour": "honour",
    "Event": "event",
}
#: Words that start with 市/区/县/省 but are no locality (市场监管局 is not 北京市场监管局).
_NOT_LOCAL = ("市场", "市民", "区域", "区块", "区间", "省份", "县城", "州长", "市级", "区级", "县级", "省级")
_LEVEL_OF_LOCAL = {"市": ("prefecture",), "区": ("county", "zone"), "县": ("county",), "省": ("province",),
                   "州": ("prefecture",), "镇": (), "乡": (), "街道": ()}
#: An organisation of a town or street (云溪乡党委, 青禾街道工委, 槐岭镇总工会): its name up to the town.
_TOWN_OWNER = {local: re.compile(rf"^([\u4e00-\u9fff]{{2,}}?{local})(?=党|工|总|政|人|纪|办|委)")
               for local in ("镇", "乡", "街道")}
#: Verbs of aid before a place, and after 向 + place: the place receives, it is not where the text stands
#: (安徽…驰援湖北；安徽省属国有企业向湖北捐款，省总工会捐赠… → 安徽省总工会).
_AID_BEFORE = ("驰援", "支援", "援助", "援建", "派往", "送往", "运往", "发往", "捐给", "捐赠给", "驰往", "奔赴")
_AID_AFTER = ("捐", "派", "运", "输送", "调拨", "支援", "援助", "提供", "发送", "寄")
#: What 校 in a bare 校工会 stands for: the school named before it.
_SCHOOL_ENDINGS = ("大学", "学院", "学校", "中学", "小学", "职校", "技校")
#: Name endings a bare locality prefers among the divisions of its level (县工会 → a 县, not a 区).
_LOCAL_ENDINGS = {"县": ("县", "旗"), "区": ("区",)}


#: Words before a national body's name that its short form drops (中国浦东干部学院 → 浦东干部学院).
_NATIONAL_PREFIXES = ("中国", "中华")


def _strip_region(name: str, venue: bool = False) -> str:
    """Drop a province or city written before a name that starts with a place (山东青岛港 → 青岛港).

    Examples
    --------
    >>> _strip_region("陕西榆林佳县人民医院"), _strip_region("北京协和医院")
    ('佳县人民医院', '北京协和医院')
    """
    lx = lexicon()
    while True:
        cut = 0
        for n in range(min(len(name) - 2, 8), 1, -1):
            divs = lx.by_name.get(name[:n])
            if divs and divs[0].level in ("province", "prefecture"):
                cut = n
                break
        if not cut:
            return name
        region = lx.by_name[name[:cut]][0]
        rest = name[cut:]
        provincial = region.level == "province" and region.code not in ("110000", "120000", "310000", "500000")
        if not (_starts_with_place_in(rest, region.code[: 2 if region.level == "province" else 4])
                or (venue and provincial and len(rest) >= 4 and not _common_start(rest))):
            return name  # 宁夏宁东能源化工基地 → 宁东能源化工基地; 北京协和医院, 澳门大学图书馆 stay
        name = rest


def _party_committee(name: str) -> bool:
    """Is ``name`` 中共 and a division's Party committee or its organs (中共湖南省委, 中共某县委组织部, 中共某市纪委)?

    Examples
    --------
    >>> _party_committee("中共湖南省委"), _party_committee("中共中央"), _party_committee("中共党员")
    (True, False, False)
    """
    if not name.startswith("中共"):
        return False
    lx = lexicon()
    rest = name[2:]
    return any(rest[:n] in lx.by_name and rest.startswith(("委", "纪委"), n) for n in range(2, min(len(rest), 12)))


def _common_start(text: str) -> bool:
    """Does ``text`` begin with a common word (大学, 图书馆): the region before it is part of the name?"""
    from kg.segment import segmenter

    return segmenter().tokenizer.FREQ.get(text[:2], 0) >= 1000


def _starts_with_place_in(text: str, code_prefix: str) -> bool:
    """Does ``text`` start with a division inside the region (a full name, or a city's short name)?"""
    lx = lexicon()
    for n in range(min(len(text) - 1, 8), 1, -1):
        for d in lx.by_name.get(text[:n], ()):
            if d.code.startswith(code_prefix) and (text[:n] == d.name or d.level == "prefecture"):
                return True
    return False


def _receiving(text: str, place: Mention) -> bool:
    """Is the place named as the receiver of aid (驰援湖北, 向湖北捐款)?

    Examples
    --------
    >>> hubei = Mention("Province", 3, 5, "湖北", "district")
    >>> [_receiving(t, hubei) for t in ("队驰援湖北。", "企业向湖北捐款。", "企业在湖北捐款。")]
    [True, True, False]
    """
    before = text[max(0, place.start - 3) : place.start]
    return before.endswith(_AID_BEFORE) or (before.endswith("向") and text.startswith(_AID_AFTER, place.end))


def entity_kind(label: str) -> str:
    return KIND[label]


@dataclass
class ResolvedDoc:
    """A Doc with each final mention's entity key and each relation's subject and object keys."""

    doc: Doc
    keys: dict[tuple[str, int, int], str] = field(default_factory=dict)
    relations: list[tuple[Relation, str | None, str | None]] = field(default_factory=list)

    def key(self, m: Mention) -> str | None:
        return self.keys.get((m.label, m.start, m.end))


def _local(text: str) -> str | None:
    if text.startswith(_NOT_LOCAL) or any(text[:n] in lexicon().by_name for n in range(2, min(len(text), 6) + 1)):
        return None  # (镇江市博物馆, 市中区: a division's name that begins with 镇 or 市)
    for local in sorted(LOCAL_PREFIX, key=len, reverse=True):
        if text.startswith(local):
            rest = text[len(local) :]
            if rest and rest[0] in "委政府长":  # 市委, 市政府, 区长: keep the locality, it is the whole name
                return local if rest[0] in "委政府" else None
            return local
    return None


class Resolver:
    """Turns mentions into entities, across a whole corpus.

    Examples
    --------
    >>> from kg.pipeline import Pipeline
    >>> from kg.readers.page import read_page
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "p.txt"
    >>> _ = p.write_text("## 甲\\n怀柔区人大常委会副主任、区总工会主席王立新在会上表示。", encoding="utf-8")
    >>> r = Resolver()
    >>> rd = [r.resolve(d) for d in Pipeline().run(next(read_page(p)))][0]
    >>> sorted(e.name for e in r.entities.values() if "TradeUnion" in e.attrs["types"])
    ['怀柔区总工会']
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.merges: list[Merge] = []
        self.unresolved: list[dict] = []

    # -- naming -------------------------------------------------------------------------
    def _place_before(self, doc: Doc, pos: int, levels: tuple[str, ...], local: str = "") -> Mention | None:
        """The nearest division of one of ``levels`` named before ``pos`` (else the first after).

        A bare 县 (县工会) prefers counties and a bare 区 districts, when the text names one.
        """
        lx = lexicon()
        places = [m for m in doc.candidates.get("district", []) if m.attrs.get("level") in levels]
        places = [m for m in places if not _receiving(doc.text, m)] or places
        endings = _LOCAL_ENDINGS.get(local)
        if endings:
            fitting = [m for m in places if lx.divisions[m.attrs["code"]].name.endswith(endings)]
            places = fitting or places
        if "prefecture" in levels:
            # a municipality written as a province (北京) is the city too
            places += [m for m in doc.candidates.get("district", [])
                       if m.attrs.get("level") == "province" and lx.divisions.get(m.attrs["code"][:2] + "0100")]
        before = [m for m in places if m.end <= pos]
        if before:
            return max(before, key=lambda m: m.end)
        after = [m for m in places if m.start >= pos]
        return min(after, key=lambda m: m.start) if after else None

    def _enclosing(self, doc: Doc, pos: int, local: str) -> tuple[str | None, str]:
        """The city (市) or province (省) that the division named nearest ``pos`` lies in, when none is named.

        怀柔区…市总工会 → 北京市总工会; a county-level city is its own 市 (义乌市…市总工会 → 义乌市总工会).
        """
        lx = lexicon()
        lower = [m for m in doc.candidates.get("district", [])
                 if m.attrs.get("level") in ("county", "zone", "prefecture") and m.attrs.get("code", "").isdigit()]
        before = [m for m in lower if m.end <= pos]
        place = max(before, key=lambda m: m.end) if before else min(
            (m for m in lower if m.start >= pos), key=lambda m: m.start, default=None)
        if place is None:
            return None, ""
        d = lx.divisions[place.attrs["code"]]
        if local == "省":
            up = lx.province_of(d)
        elif d.level == "prefecture" or d.name.endswith("市"):
            up = d  # a city named by its district's short form, or a county-level city: its own 市
        else:
            up = lx.divisions.get(d.parent)
            up = up if up is not None and up.level == "prefecture" else None
        if up is None:
            return None, ""
        return up.name, f"the {'province' if local == '省' else 'city'} of {place.text}, named nearest it"

    def _division_name(self, m: Mention, level: tuple[str, ...]) -> str:
        lx = lexicon()
        d = lx.divisions[m.attrs["code"]]
        if "prefecture" in level and d.level == "province":
            d = lx.divisions.get(d.code[:2] + "0100", d)
        return d.name

    def _expand(self, doc: Doc, m: Mention, text: str) -> tuple[str, str] | None:
        """Name a form with a leading bare locality (区总工会, 市直机关工会) from context."""
        local = _local(text)
        if local is None:
            return None
        levels = _LEVEL_OF_LOCAL[local]
        if not levels:
            return self._town_named(doc, m, local, text[len(local) :])
        place_name = None
        why = ""
        if local == "市" and doc.context.get("city_from") == "metadata":
            place_name, why = doc.context["city"], "the page's city (metadata)"
        else:
            place = self._place_before(doc, m.start, levels, local)
            if place is not None:
                place_name = self._division_name(place, levels)
                where = "before" if place.end <= m.start else "after"
                why = f"nearest {'city' if local == '市' else 'division'} named {where} it: {place.text}"
            elif local == "市" and doc.context.get("city"):
                place_name, why = doc.context["city"], f"the page's city ({doc.context.get('city_from')})"
            elif local in ("市", "省"):
                place_name, why = self._enclosing(doc, m.start, local)
        if place_name is None:
            return None
        rest = text[len(local) :]
        if m.label == "TradeUnion" and rest in ("工会", "总工会", "总"):
            d = lexicon().division(place_name)
            return (federation(d) if d is not None else place_name + "总工会"), f"bare {text}: {why}"
        return place_name + rest, f"bare {local} in {text}: {why}"

    def _town_named(self, doc: Doc, m: Mention, local: str, rest: str) -> tuple[str, str] | None:
        """镇总工会, 街道总工会: the town or street an organisation named nearest before (else after) it belongs to.

        云溪乡党委副书记、乡总工会主席 → 云溪乡总工会; the district in context goes first when the
        town's organisation does not name it (房山区云溪乡总工会).
        """
        owners = [o for o in doc.mentions if o.label in ("Organization", "TradeUnion") and o is not m
                  and not o.attrs.get("local") and _TOWN_OWNER[local].match(o.text)]
        before = [o for o in owners if o.end <= m.start]
        after = [o for o in owners if o.start >= m.end]
        owner = max(before, key=lambda o: o.end) if before else min(after, key=lambda o: o.start) if after else None
        if owner is None:
            return None
        town = _TOWN_OWNER[local].match(owner.text).group(1)  # type: ignore[union-attr]
        district = max((d.end - d.start for d in doc.candidates.get("district", [])
                        if d.start == owner.start and d.attrs.get("level") in ("county", "zone")), default=0)
        if m.label == "TradeUnion" and rest == "工会" and any(
                u.label == "TradeUnion" and u.text.endswith(town[district:] + "总工会") for u in doc.mentions):
            rest = "总工会"  # 街道工会 in an article on the street's 总工会 is that union
        place = None if district else self._place_before(doc, m.start, ("county", "zone"), "区")
        if place is not None:
            town = self._division_name(place, ("county",)) + town
        return town + rest, f"bare {local} in {m.text}: the {local} of {owner.text}"

    def name_of(self, doc: Doc, m: Mention, units: dict[tuple[int, int], Mention]) -> tuple[str | None, str]:
        """Canonical name of a mention, and why it differs from the text (or '')."""
        lx = lexicon()
        text = m.text
        if m.label == "Person" and m.attrs.get("partial"):
            # a surname alone (江主席) or a name inside a doctrine's (邓小平理论): recognised, not a node
            return None, f"person named only as {m.attrs['partial']}"
        if m.label in ("District", "City", "Province", "Honour", "Person"):
            name = m.name or text
            if name != text:
                why = {"Honour": "canonical honour name (kg/data/honours.tsv)",
                       "Person": "name without title"}.get(m.label, "full name of the division (GB/T 2260)")
                return name, why
            return name, ""
        if m.label == "Event":
            return m.name or text, ""
        if m.attrs.get("owner_kind"):
            return self._owned_union(doc, m)
        if m.attrs.get("implied"):
            return m.name, f"the body a {text} belongs to when none is written (kg/data/titles.tsv)"
        if m.attrs.get("known") and m.label == "Organization":
            return m.name, "" if m.name == text else "usual name of a national body (kg/data/organisations.tsv)"
        if m.name and m.name != text and not m.attrs.get("local"):
            if m.label == "Venue" and m.attrs.get("why"):
                return m.name, m.attrs["why"]
            if m.attrs.get("owner"):
                base = m.name
                exp = self._expand(doc, m, base)
                if exp:
                    return exp[0], f"union of {m.attrs['owner']} (党委联合工会); {exp[1]}"
                return base, f"union of {m.attrs['owner']} (党委联合工会)"
            if text in lx.unions:
                return m.name, "alias in kg/data/unions.tsv"
            if m.attrs.get("why"):
                return m.name, m.attrs["why"]
            return m.name, "district or city union written without 区/市 or 总 (X工会 → X区总工会)"
        parent = units.get((m.start, m.end))
        if parent is not None:
            pname, _ = self.name_of(doc, parent, {})
            if pname:
                return pname + text, f"unit named in a title chain after {parent.text}"
        exp = self._expand(doc, m, text)
        if exp is not None:
            return exp
        if _local(text) is not None:
            return None, f"bare {_local(text)}: no place named in the article"
        if m.name and m.attrs.get("known"):
            return m.name, "known venue (kg/data/venues.tsv)" if m.name != text else ""
        if m.label == "Organization":
            # 全国总工会权益保障部: a department of a union written with the union's short name
            alias = next((a for a, full in lx.unions.items() if len(a) >= 4 and a != full
                          and text.startswith(a) and len(text) > len(a)), None)
            if alias is not None:
                return lx.unions[alias] + text[len(alias) :], f"{alias}: short name of {lx.unions[alias]}"
        if m.label == "Organization" and _party_committee(text):
            # 中共湖南省委(宣传部) is 湖南省委(宣传部): the Party's name before a local committee
            return text[2:], "中共: the Party's name before a local Party committee (中共某省委 → 某省委)"
        if m.label in ("Organization", "Venue"):
            bare = _strip_region(text, venue=m.label == "Venue" and not m.attrs.get("also"))
            if bare != text:
                return bare, f"{text[: len(text) - len(bare)]}: the region before a place's own name"
        return text, ""

    def _owned_union(self, doc: Doc, m: Mention) -> tuple[str | None, str]:
        """公司工会: the union of the nearest organisation of that kind named before it."""
        kind = m.attrs["owner_kind"]
        endings = _SCHOOL_ENDINGS if kind == "校" else (kind,)
        orgs = [o for o in doc.candidates.get("organization", []) if o.end <= m.start and o.text.endswith(endings)]
        if not orgs:
            return None, f"{m.text}: no {kind} named before it in the article"
        owner = max(orgs, key=lambda o: o.end)
        name, _ = self.name_of(doc, owner, {})
        if not name:
            return None, f"{m.text}: the {kind} before it has no name"
        return name + "工会", f"{m.text}: the union of {owner.text}, the {kind} named before it"

    # -- keys -----------------------------------------------------------------------------
    def _key(self, doc: Doc, label: str, name: str, m: Mention) -> str:
        kind = KIND[label]
        if kind == "place" and m.attrs.get("code", "").isdigit():
            return f"place/{m.attrs['code']}"
        if kind == "event":
            digest = hashlib.sha1(f"{doc.article.id}\x00{name}".encode()).hexdigest()[:10]
            return f"event/{digest}"
        return f"{kind}/{name}"

    def _entity(self, key: str, label: str, name: str, surface: str, m: Mention) -> Entity:
        e = self.entities.get(key)
        if e is None:
            e = Entity(key=key, label=label, name=name, attrs={"types": set()})
            self.entities[key] = e
        e.attrs["types"].add(label)
        if label == "Venue" and m.attrs.get("also"):
            e.attrs["types"].add(m.attrs["also"])
        if surface != name:
            e.alt.add(surface)
        for k in ("code", "level"):
            if k in m.attrs:
                e.attrs[k] = m.attrs[k]
        return e

    # -- per article ----------------------------------------------------------------------
    def resolve(self, doc: Doc) -> ResolvedDoc:
        """Name every final mention and relation of ``doc``, adding to the corpus's entities.

        Keys depend on this article alone, so articles can be resolved independently
        (in parallel, or incrementally) and still meet in the same nodes.
        """
        out = ResolvedDoc(doc)
        units = {
            (r.subject.start, r.subject.end): r.object
            for r in doc.relations
            if r.kind == "subOrganizationOf" and r.attrs.get("unit") and r.subject and r.object
        }
        extra = [r.object for r in doc.relations if r.object is not None and r.object.label in KIND]
        extra += [r.subject for r in doc.relations if r.subject is not None and r.subject.label in KIND]
        extra += [v for r in doc.relations for v in r.attrs.values() if isinstance(v, Mention) and v.label in KIND]
        events = [m for m in doc.candidates.get("event", []) if m.label == "Event"]
        named: list[tuple[Mention, str, str]] = []
        for m in self._unique([*doc.mentions, *events, *extra]):
            if m.label not in KIND:
                continue
            name, why = self.name_of(doc, m, units)
            if name is None:
                self.unresolved.append({"article": doc.article.id, "text": m.text, "label": m.label,
                                        "start": m.start, "reason": why})
                continue
            named.append((m, name, why))
        named = self._short_forms(named)
        qualifiers = self._affiliations(doc, named)
        for m, name, why in named:
            key = self._key(doc, m.label, name, m)
            if m.label == "Person" and name in qualifiers:
                key, why = f"{key}（{qualifiers[name]}）", why or f"kept apart by post in {qualifiers[name]}"
            self._entity(key, m.label, name, m.text, m)
            out.keys[(m.label, m.start, m.end)] = key
            if why:
                self.merges.append(Merge(key, m.text, doc.article.id, why))
        for r in doc.relations:
            s = out.key(r.subject) if r.subject is not None else None
            o = out.key(r.object) if r.object is not None and r.object.label in KIND else None
            if r.subject is not None and s is None:
                continue
            if r.object is not None and r.object.label in KIND and o is None:
                continue
            out.relations.append((r, s, o))
        return out

    @staticmethod
    def _short_forms(named: list[tuple[Mention, str, str]]) -> list[tuple[Mention, str, str]]:
        """Within an article, 青禾街道总工会 after 通州区青禾街道总工会 is the same union (and X工会委员会 is X工会)."""
        lx = lexicon()
        orgs = {name for m, name, _ in named if KIND[m.label] == "organization"}
        longer: dict[str, str] = {}
        for short in orgs:
            for full in orgs:
                if len(full) > len(short) >= 4 and full.endswith(short) and (
                        full[: -len(short)] in lx.by_name or full[: -len(short)] in _NATIONAL_PREFIXES):
                    longer[short] = full
        reasons = {short: f"short form of {full} in the same article" for short, full in longer.items()}
        for committee in orgs:  # 某公司工会委员会 and 某公司工会 in one article: the union and its formal name
            if committee.endswith("工会委员会") and committee[:-3] in orgs:
                longer[committee] = committee[:-3]
                reasons[committee] = f"{committee}: the committee of {committee[:-3]}, named in the same article"
        return [
            (m, longer[name], reasons[name]) if KIND[m.label] == "organization" and name in longer else (m, name, why)
            for m, name, why in named
        ]

    @staticmethod
    def _affiliations(doc: Doc, named: list[tuple[Mention, str, str]]) -> dict[str, str]:
        """Persons holding a post in exactly one trade union in this article: name → union.

        People with the same name in different unions are kept apart by this
        qualifier in their key; their label stays the name.
        """
        names = {(m.label, m.start, m.end): name for m, name, _ in named}
        unions: dict[str, set[str]] = {}
        for r in doc.relations:
            if r.kind == "post" and r.subject is not None and r.object is not None and r.object.label == "TradeUnion":
                person = names.get((r.subject.label, r.subject.start, r.subject.end))
                union = names.get((r.object.label, r.object.start, r.object.end))
                if person and union:
                    unions.setdefault(person, set()).add(union)
        return {p: next(iter(u)) for p, u in unions.items() if len(u) == 1}

    @staticmethod
    def _unique(ms: Iterable[Mention]) -> list[Mention]:
        seen: set[tuple[str, int, int]] = set()
        out = []
        for m in ms:
            k = (m.label, m.start, m.end)
            if k not in seen:
                seen.add(k)
                out.append(m)
        return out

    def report(self) -> dict:
        """The resolution report: every merge with its reason, and what stayed unresolved."""
        return {
            "entities": len(self.entities),
            "merges": [
                {"entity": m.key, "surface": m.surface, "article": m.article, "reason": m.reason}
                for m in self.merges
            ],
            "unresolved": self.unresolved,
        }
