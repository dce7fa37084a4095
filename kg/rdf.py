"""Turn resolved articles into RDF: one named graph per article, as N-Quads text, with provenance.

Each article's graph is self-contained: the article, the sentences its facts come
from, every mention with its character span in the source, the entities it names
(type, canonical label, the forms written in it, codes and containing places), and
its facts (posts, honours, events, bylines) each with the span that states it. So
removing an article's graph removes exactly what only that article supported.

Terms are written straight to N-Quads strings, which every store loads fast.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote

from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg.hierarchy import division_of, union_parent
from kg.lexicon import lexicon
from kg.resolve import ResolvedDoc
from kg.types import Article, Doc, Entity, Mention, Relation
from kg.vocab import KG

__all__ = ["PREFIXES", "Quads", "article_iri", "article_quads", "content_hash", "entity_iri", "id_prefixes"]

#: Prefixes for readable Turtle and TriG, and for saved queries.
PREFIXES = {
    "kg": str(KG._NS),
    "org": str(ORG),
    "schema": str(SDO),
    "skos": str(SKOS),
    "prov": str(PROV),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
_IRI_UNSAFE = ' <>"{}|^`\\'
_NEEDS_QUOTING = re.compile(r'[ <>"{}|^`\\%#?/\x00-\x20]')
#: Kinds of node kg names, each under ``<base><kind>/``.
ID_KINDS = ("article", "sentence", "mention", "person", "organization", "place", "event", "honour", "role", "post",
            "conferral", "statement", "headcount")


def id_prefixes(base: str) -> dict[str, str]:
    """A prefix for each kind of kg node (``person:`` → ``<base>person/``), for readable Turtle."""
    return {kind: f"{base}{kind}/" for kind in ID_KINDS}


class _Terms:
    """A namespace's terms as plain strings, each looked up once.

    rdflib's namespaces make a new ``URIRef`` at every look-up (about half a microsecond);
    an article's graph looks up some 400 terms.

    Examples
    --------
    >>> _Terms(RDFS).label
    'http://www.w3.org/2000/01/rdf-schema#label'
    """

    def __init__(self, namespace: object):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)  # found in the instance from now on: __getattr__ is not called again
        return value


# from here on the terms are plain strings (PREFIXES above took the namespaces themselves)
KG, ORG, SDO, SKOS, RDF, RDFS, XSD = (_Terms(ns) for ns in (KG, ORG, SDO, SKOS, RDF, RDFS, XSD))  # type: ignore[misc]
_CLASS = {
    "Person": KG.Person,
    "TradeUnion": KG.TradeUnion,
    "Organization": KG.Organization,
    "Venue": KG.Venue,
    "District": KG.District,
    "City": KG.City,
    "Province": KG.Province,
    "Honour": KG.Honour,
    "Event": KG.Event,
}
_BYLINE = {"reporter": KG.reporter, "correspondent": KG.correspondent, "photographer": KG.photographer,
           "editor": KG.editor}


def _iri_part(text: str) -> str:
    """Make ``text`` safe inside an IRI, keeping Chinese readable (IRIs allow Unicode, RFC 3987).

    Examples
    --------
    >>> _iri_part("北京 总工会/一部")
    '北京%20总工会%2F一部'
    """
    if _NEEDS_QUOTING.search(text) is None:
        return text
    return "".join(quote(c, safe="") if c in _IRI_UNSAFE or c in "%#?/" or ord(c) < 33 else c for c in text)


def entity_iri(base: str, key: str) -> str:
    """IRI of an entity from its resolver key (``org/北京市总工会`` → ``…/id/org/北京市总工会``).

    Examples
    --------
    >>> entity_iri("https://w3id.org/kg-union/id/", "org/北京 总工会")
    'https://w3id.org/kg-union/id/org/北京%20总工会'
    """
    kind, _, name = key.partition("/")
    return f"{base}{kind}/{_iri_part(name)}"


def article_iri(base: str, article_id: str) -> str:
    return f"{base}article/{_iri_part(article_id)}"


def _local_iri(base: str, kind: str, article_id: str, local: str) -> str:
    return f"{base}{kind}/{_iri_part(article_id)}.{local}"


def content_hash(article: Article) -> str:
    """SHA-256 of what an article's extraction depends on: its text, title, date and city."""
    meta = article.meta
    h = hashlib.sha256()
    for part in (article.id, article.title, article.text, str(meta.date), meta.city or "", meta.newspaper or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x00".join(parts).encode("utf-8")).hexdigest()[:12]


_LIT_SPECIAL = re.compile(r'[\\"\n\r]')


class Quads:
    """N-Quads lines for one named graph, without duplicates."""

    __slots__ = ("graph", "lines", "seen")

    def __init__(self, graph: str):
        self.graph = f"<{graph}>"
        self.lines: list[str] = []
        self.seen: set[str] = set()

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def lit(value: object, lang: str | None = None, datatype: str | None = None) -> str:
        if isinstance(value, bool):
            value, datatype = ("true" if value else "false"), XSD.boolean
        elif isinstance(value, int):
            value, datatype = str(value), datatype or XSD.integer
        esc = str(value)
        if _LIT_SPECIAL.search(esc) is not None:
            esc = esc.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if lang:
            return f'"{esc}"@{lang}'
        if datatype and datatype != XSD.string:
            return f'"{esc}"^^<{datatype}>'
        return f'"{esc}"'

    def add(self, s: str, p: str, o: str) -> None:
        line = f"<{s}> <{p}> {o} {self.graph} .\n"
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def text(self) -> str:
        return "".join(self.lines)


class _ArticleGraph:
    """Builds one article's graph."""

    def __init__(self, rd: ResolvedDoc, entities: dict[str, Entity], base: str):
        self.rd = rd
        self.doc: Doc = rd.doc
        self.art = rd.doc.article
        self.entities = entities
        self.base = base
        self.a = article_iri(base, self.art.id)
        self.q = Quads(self.a)
        self.sentences: set[int] = set()
        self.described: set[str] = set()
        part = _iri_part(self.art.id)
        self._sentence_prefix, self._mention_prefix = f"{base}sentence/{part}.", f"{base}mention/{part}."

    # -- spans ------------------------------------------------------------------------------
    def _span(self, node: str, start: int, end: int, extractor: str) -> None:
        q, doc = self.q, self.doc
        field, s, e = self.art.offsets.to_source(start, end)
        sent = doc.sentence_at(start)
        self.sentences.add(sent.index)
        q.add(node, RDF.type, q.iri(KG.Mention))
        q.add(node, KG.inArticle, q.iri(self.a))
        q.add(node, KG.inSentence, q.iri(self._sentence_iri(sent.index)))
        q.add(node, KG.start, q.lit(s))
        q.add(node, KG.end, q.lit(e))
        if field != "file":
            q.add(node, KG.field, q.lit(field))
        q.add(node, KG.anchor, q.lit(doc.text[start:end]))
        q.add(node, KG.extractor, q.lit(extractor))

    def _sentence_iri(self, index: int) -> str:
        return f"{self._sentence_prefix}{index}"

    def _mention_iri(self, start: int, end: int) -> str:
        return f"{self._mention_prefix}{start}-{end}"

    def _evidence(self, start: int, end: int, extractor: str) -> str:
        node = self._mention_iri(start, end)
        self._span(node, start, end, extractor)
        return node

    def _statement(self, s: str, p: str, o: str, start: int, end: int, extractor: str) -> None:
        """Assert ``s p o`` and reify it with the span that states it."""
        q = self.q
        q.add(s, p, o)
        st = f"{self.base}statement/{_digest(s, p, o)}"
        q.add(st, RDF.type, q.iri(RDF.Statement))
        q.add(st, RDF.subject, q.iri(s))
        q.add(st, RDF.predicate, q.iri(p))
        q.add(st, RDF.object, o)
        q.add(st, KG.evidence, q.iri(self._evidence(start, end, extractor)))

    # -- entities ---------------------------------------------------------------------------
    def _describe(self, key: str, label: str | None = None, surface: str | None = None) -> str:
        q = self.q
        e = self.entities[key]
        node = entity_iri(self.base, key)
        if label is not None:
            q.add(node, RDF.type, q.iri(_CLASS[label]))
        if surface and surface != e.name:
            q.add(node, SKOS.altLabel, q.lit(surface, "zh"))
        if key in self.described:
            return node
        self.described.add(key)
        q.add(node, RDFS.label, q.lit(e.name, "zh"))
        if e.key.startswith("place/"):
            self._place(node, e.attrs.get("code"))
        elif e.key.startswith("honour/"):
            h = lexicon().honours.get(e.name)
            if h and h.conferred_by:
                q.add(node, KG.usuallyConferredBy, q.lit("、".join(h.conferred_by), "zh"))
        elif "TradeUnion" in e.attrs.get("types", ()):
            self._union_place(node, e.name)
        elif "Venue" in e.attrs.get("types", ()):
            d = division_of(e.name)
            if d is not None:  # 朝阳区望湖职工服务中心 lies in 朝阳区, as its name says
                self.q.add(node, SDO.containedInPlace, self.q.iri(self._division_node(d)))
        return node

    def _place(self, node: str, code: str | None) -> None:
        """Code and containing divisions of a place (background knowledge, GB/T 2260)."""
        lx, q = lexicon(), self.q
        d = lx.divisions.get(code or "")
        if d is None:
            return
        if code and code.isdigit():
            q.add(node, SKOS.notation, q.lit(code))
        parent = lx.divisions.get(d.parent)
        if parent is not None and parent.code != d.code:
            if parent.level == "prefecture" and parent.name == lx.divisions.get(parent.parent, parent).name:
                parent = lx.divisions[parent.parent]  # 北京市 the city is 北京市 the province: one node
            pnode = self._division_node(parent)
            q.add(node, SDO.containedInPlace, q.iri(pnode))

    def _division_node(self, d) -> str:
        key = f"place/{d.code}"
        if key not in self.entities:
            self.entities[key] = Entity(key=key, label="", name=d.name, attrs={"types": set(), "code": d.code})
        from kg.extract.district import LABELS

        label = LABELS[d.level]
        if d.level == "province" and d.code in ("110000", "120000", "310000", "500000"):
            label = "City"
        node = self._describe(key, label)
        return node

    def _union_place(self, node: str, name: str) -> None:
        """A union named after a division (怀柔区总工会, 北京市建筑工会) serves it, and sits under the union
        the structure of Chinese unions puts above it (marked ``kg:hierarchyBasis "structure"``)."""
        d = division_of(name)
        if d is not None:
            self.q.add(node, KG.district, self.q.iri(self._division_node(d)))
        parent = union_parent(name)
        if parent is None:
            return
        key = f"organization/{parent}"
        if key not in self.entities:
            self.entities[key] = Entity(key=key, label="TradeUnion", name=parent, attrs={"types": {"TradeUnion"}})
        pnode = self._describe(key, "TradeUnion")
        q = self.q
        q.add(node, ORG.subOrganizationOf, q.iri(pnode))
        st = f"{self.base}statement/{_digest(node, ORG.subOrganizationOf, q.iri(pnode))}"
        q.add(st, RDF.type, q.iri(RDF.Statement))
        q.add(st, RDF.subject, q.iri(node))
        q.add(st, RDF.predicate, q.iri(ORG.subOrganizationOf))
        q.add(st, RDF.object, q.iri(pnode))
        q.add(st, KG.hierarchyBasis, q.lit("structure"))

    def _mention(self, m: Mention) -> str | None:
        key = self.rd.key(m)
        if key is None:
            return None
        node = self._describe(key, m.label, m.text)
        if m.label == "Venue" and m.attrs.get("also"):
            self.q.add(node, RDF.type, self.q.iri(_CLASS[m.attrs["also"]]))
        mnode = self._mention_iri(m.start, m.end)
        self._span(mnode, m.start, m.end, m.extractor)
        self.q.add(mnode, KG.mentionOf, self.q.iri(node))
        self.q.add(self.a, SDO.mentions, self.q.iri(node))
        return node

    # -- the article ------------------------------------------------------------------------
    def build(self) -> str:
        q, art, meta = self.q, self.art, self.art.meta
        a = self.a
        q.add(a, RDF.type, q.iri(KG.Article))
        if art.title:
            q.add(a, SDO.headline, q.lit(art.title, "zh"))
        if meta.date:
            q.add(a, SDO.datePublished, q.lit(meta.date.isoformat(), datatype=XSD.date))
        if meta.newspaper:
            paper = entity_iri(self.base, f"organization/{meta.newspaper}")
            q.add(a, SDO.publisher, q.iri(paper))
            q.add(paper, RDF.type, q.iri(KG.Newspaper))
            q.add(paper, RDFS.label, q.lit(meta.newspaper, "zh"))
        if meta.page:
            q.add(a, KG.page, q.lit(meta.page))
        if meta.url:
            q.add(a, SDO.url, q.lit(meta.url, datatype=XSD.anyURI))
        q.add(a, KG.sourceFile, q.lit(str(art.source.path)))
        if art.source.line is not None:
            q.add(a, KG.sourceLine, q.lit(art.source.line))
        q.add(a, KG.position, q.lit(art.index))
        q.add(a, KG.contentHash, q.lit(content_hash(art)))
        for m in self.doc.mentions:
            if m.label in _CLASS and m.label != "Event":
                self._mention(m)
        for m in self.doc.candidates.get("event", []):
            key = self.rd.key(m)
            if m.label == "Event" and key is not None:
                self._event(key, m)
        for rel, s, o in self.rd.relations:
            self._relation(rel, s, o)
        for idx in sorted(self.sentences):
            sent = self.doc.sentences[idx]
            node = self._sentence_iri(idx)
            field, s, e = art.offsets.to_source(sent.start, sent.end)
            q.add(node, RDF.type, q.iri(KG.Sentence))
            q.add(node, KG.inArticle, q.iri(a))
            q.add(node, KG.index, q.lit(idx))
            q.add(node, KG.text, q.lit(sent.text, "zh"))
            q.add(node, KG.start, q.lit(s))
            q.add(node, KG.end, q.lit(e))
            if field != "file":
                q.add(node, KG.field, q.lit(field))
        return q.text()

    def _relation(self, rel: Relation, s: str | None, o: str | None) -> None:
        q, base = self.q, self.base
        kind = rel.kind
        if kind in _BYLINE and o is not None:
            person = self._describe(o, "Person")
            self._statement(self.a, _BYLINE[kind], q.iri(person), rel.start, rel.end, rel.extractor)
        elif kind == "post" and s is not None:
            person = self._describe(s, "Person")
            org = self._describe(o) if o else None
            role = rel.attrs["role"]
            node = f"{base}post/{_digest(s, role, o or '')}"
            role_node = f"{base}role/{_iri_part(role)}"
            q.add(node, RDF.type, q.iri(ORG.Membership))
            q.add(node, ORG.member, q.iri(person))
            if org:
                q.add(node, ORG.organization, q.iri(org))
            q.add(node, ORG.role, q.iri(role_node))
            q.add(role_node, RDF.type, q.iri(KG.Role))
            q.add(role_node, RDFS.label, q.lit(role, "zh"))
            if rel.attrs.get("former"):
                q.add(node, KG.former, q.lit(True))
            q.add(node, KG.evidence, q.iri(self._evidence(rel.start, rel.end, rel.extractor)))
        elif kind == "subOrganizationOf" and s and o:
            child, parent = self._describe(s), self._describe(o)
            self._statement(child, ORG.subOrganizationOf, q.iri(parent), rel.start, rel.end, rel.extractor)
            st = f"{base}statement/{_digest(child, ORG.subOrganizationOf, q.iri(parent))}"
            q.add(st, KG.hierarchyBasis, q.lit("text"))
        elif kind == "honour" and s and o:
            person = self._describe(s)
            honour = self._describe(o, "Honour")
            year = rel.attrs.get("year")
            node = f"{base}conferral/{_digest(s, o, str(year))}"
            q.add(node, RDF.type, q.iri(KG.HonourConferral))
            q.add(node, KG.recipient, q.iri(person))
            q.add(node, KG.honour, q.iri(honour))
            if year:
                q.add(node, KG.year, q.lit(f"{int(year):04d}", datatype=XSD.gYear))
            body = self.rd.key(rel.attrs["body"]) if isinstance(rel.attrs.get("body"), Mention) else None
            if body is not None:
                q.add(node, KG.conferredBy, q.iri(self._describe(body)))
            q.add(node, KG.evidence, q.iri(self._evidence(rel.start, rel.end, rel.extractor)))
            q.add(person, KG.holdsHonour, q.iri(honour))
        elif kind in ("organiser", "co_organiser", "venue", "date", "headcount", "duration") and s:
            self._event_relation(rel, s, o)
        elif kind == "containedInPlace" and s and o:
            self._statement(self._describe(s), SDO.containedInPlace, q.iri(self._describe(o)), rel.start, rel.end,
                            rel.extractor)

    def _event(self, key: str, m: Mention) -> None:
        q = self.q
        event = entity_iri(self.base, key)
        q.add(event, RDF.type, q.iri(KG.Event))
        q.add(event, RDFS.label, q.lit(self.entities[key].name, "zh"))
        q.add(event, KG.eventType, q.lit(_event_type(m.text), "zh"))
        q.add(event, KG.evidence, q.iri(self._evidence(m.start, m.end, m.extractor)))
        q.add(self.a, SDO.mentions, q.iri(event))

    def _event_relation(self, rel: Relation, s: str, o: str | None) -> None:
        q = self.q
        event = entity_iri(self.base, s)
        if rel.kind == "organiser" and o:
            self._statement(event, KG.organiser, q.iri(self._describe(o)), rel.start, rel.end, rel.extractor)
        elif rel.kind == "co_organiser" and o:
            self._statement(event, KG.coOrganiser, q.iri(self._describe(o)), rel.start, rel.end, rel.extractor)
        elif rel.kind == "venue" and o:
            self._statement(event, SDO.location, q.iri(self._describe(o, "Venue")), rel.start, rel.end,
                            rel.extractor)
        elif rel.kind == "date":
            value, precision = rel.attrs.get("value"), rel.attrs.get("precision")
            if value and not value.startswith("--"):
                dtype = {"day": XSD.date, "recent": XSD.date, "before": XSD.date, "month": XSD.gYearMonth,
                         "year": XSD.gYear}.get(precision, XSD.date)
                self._statement(event, SDO.startDate, q.lit(value, datatype=dtype), rel.start, rel.end,
                                rel.extractor)
                if precision in ("recent", "before"):
                    q.add(event, KG.datePrecision, q.lit(precision))
        elif rel.kind == "duration":
            self._statement(event, SDO.duration, q.lit(rel.attrs["value"], datatype=XSD.duration), rel.start,
                            rel.end, rel.extractor)
        elif rel.kind == "headcount":
            node = _local_iri(self.base, "headcount", self.art.id, str(rel.start))
            q.add(event, KG.headcount, q.iri(node))
            q.add(node, RDF.value, q.lit(int(rel.attrs["count"])))
            q.add(node, KG.unit, q.lit(rel.attrs["unit"], "zh"))
            if rel.attrs.get("qualifier"):
                q.add(node, KG.qualifier, q.lit(rel.attrs["qualifier"]))
            q.add(node, KG.evidence, q.iri(self._evidence(rel.start, rel.end, rel.extractor)))


def _event_type(name: str) -> str:
    from kg.extract.event import HEADS

    for h in sorted(HEADS, key=len, reverse=True):
        if name.endswith(h):
            return h
    return name[-2:]


def article_quads(rd: ResolvedDoc, entities: dict[str, Entity], base: str) -> str:
    """The N-Quads of one article's named graph (the graph is named by the article's IRI)."""
    return _ArticleGraph(rd, entities, base).build()


def graph_names(base: str, ids: Iterable[str]) -> list[str]:
    return [article_iri(base, i) for i in ids]
