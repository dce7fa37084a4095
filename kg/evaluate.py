"""Score extraction against gold annotations (the dev set format of ``tests/fixtures/devset/GUIDELINES.md``)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import Config
from kg.pipeline import Pipeline
from kg.readers import read_sources
from kg.readers.jsonl import read_jsonl
from kg.resolve import ResolvedDoc, Resolver

__all__ = ["CLASSES", "RELATIONS", "Gold", "Score", "load_gold", "normal", "predicted", "score_corpus"]

#: Gold key → ontology class.
CLASSES = {"persons": "Person", "unions": "TradeUnion", "districts": "District", "venues": "Venue"}
#: Relations scored against the gold.
RELATIONS = ("posts", "bylines", "honours", "events", "event_args")


def normal(label: str) -> str:
    """Compare labels modulo width and spacing: （） and () alike, no spaces, no quotes.

    Examples
    --------
    >>> normal("某市职工学院(西山校区)") == normal("某市职工学院（西山校区）")
    True
    """
    text = unicodedata.normalize("NFKC", label)
    return "".join(c for c in text if not c.isspace() and c not in "“”\"'‘’《》")


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives, with the items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_pos: list[tuple[str, str]] = field(default_factory=list)
    false_neg: list[tuple[str, str]] = field(default_factory=list)

    def add(self, article: str, gold: set[str], pred: set[str]) -> None:
        g, p = {normal(x): x for x in gold}, {normal(x): x for x in pred}
        self.tp += len(g.keys() & p.keys())
        self.fp += len(p.keys() - g.keys())
        self.fn += len(g.keys() - p.keys())
        self.false_pos += [(article, p[k]) for k in sorted(p.keys() - g.keys())]
        self.false_neg += [(article, g[k]) for k in sorted(g.keys() - p.keys())]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Gold:
    """One annotated article."""

    path: Path
    data: dict

    @property
    def split(self) -> str:
        if self.data.get("split"):
            return self.data["split"]
        return "synthetic" if str(self.data.get("source", "")).startswith("synthetic/") else "dev"


def load_gold(folders: Iterable[Path]) -> list[Gold]:
    """Gold articles from ``*.json`` (one article) and ``*.gold.json`` (a list, one per page article)."""
    out: list[Gold] = []
    for folder in folders:
        for p in sorted(folder.glob("*.json")):
            data = json.loads(p.read_text(encoding="utf-8"))
            for item in data if isinstance(data, list) else [data]:
                out.append(Gold(p, item))
    return out


def _articles(
    gold: list[Gold], shared: Path, fixtures: Path, config: Config | None
) -> Iterator[tuple[Gold, ResolvedDoc, Resolver]]:
    """Run the pipeline on each gold article's text and yield (gold, resolved doc, resolver)."""
    pipeline = Pipeline(config)
    by_file: dict[Path, dict[str, list[Gold]]] = {}
    for g in gold:
        src = str(g.data["source"])
        path = fixtures / src if src.startswith("synthetic/") else shared / src
        key = g.data.get("id") if path.suffix == ".jsonl" else g.data.get("title", "")
        by_file.setdefault(path, {}).setdefault(str(key), []).append(g)
    for path, wanted in by_file.items():
        for source in read_jsonl(path) if path.suffix == ".jsonl" else read_sources([path]):
            if path.suffix == ".jsonl" and source.id not in wanted and not set(source.article_ids) & wanted.keys():
                continue
            for doc in pipeline.run(source):
                if path.suffix == ".jsonl":
                    # a record is one article (its id), or a page of articles: by article id, or page id and title
                    golds = [g for g in wanted.get(doc.article.id, []) if doc.article.id != source.id
                             or not g.data.get("title") or doc.article.title.startswith(g.data["title"])]
                    golds += [g for g in wanted.get(source.id, []) if doc.article.id != source.id
                              and g.data.get("title") and doc.article.title.startswith(g.data["title"])]
                else:
                    golds = wanted.get(doc.article.title, [])
                resolver = Resolver()  # one per article, as kg build does
                for g in golds:
                    yield g, resolver.resolve(doc), resolver


def predicted(rd: ResolvedDoc, resolver: Resolver, cls: str) -> set[str]:
    """Canonical names of the entities of class ``cls`` mentioned in an article."""
    return {resolver.entities[key].name for (label, _, _), key in rd.keys.items() if label == cls}


def _norm_post(person: str, role: str, org: str | None) -> tuple[str, str, str]:
    """A post compared modulo where 党委/党组 sits: (X党委, 书记) ≡ (X, 党委书记)."""
    org = normal(org or "")
    role = normal(role)
    for party in ("党委", "党组"):
        if org.endswith(party) and role.startswith(("书记", "副书记", "常务副书记", "常委", "委员")):
            org, role = org[: -len(party)], party + role
    return normal(person), role, org


def predicted_relations(rd: ResolvedDoc, resolver: Resolver) -> dict[str, set]:
    """Posts, bylines and honours of an article as comparable tuples, and its events."""
    ents = resolver.entities

    def name(key: str | None) -> str:
        return ents[key].name if key else ""

    out: dict[str, set] = {"posts": set(), "bylines": set(), "honours": set(), "events": set()}
    events: dict[str, dict] = {}
    for rel, s, o in rd.relations:
        if rel.kind == "post" and s:
            out["posts"].add(_norm_post(name(s), rel.attrs["role"], name(o)))
        elif rel.kind in ("reporter", "correspondent", "photographer", "editor") and o:
            out["bylines"].add((rel.kind, normal(name(o))))
        elif rel.kind == "honour" and s and o:
            out["honours"].add((normal(name(s)), normal(name(o))))
        elif rel.kind in ("organiser", "co_organiser", "venue") and s:
            ev = events.setdefault(s, {"label": name(s), "organisers": set(), "venue": ""})
            if rel.kind == "venue":
                ev["venue"] = normal(name(o))
            else:
                ev["organisers"].add(normal(name(o)))
    for m in rd.doc.candidates.get("event", []):
        key = rd.key(m)
        if key and key not in events:
            events[key] = {"label": name(key), "organisers": set(), "venue": ""}
    out["events"] = {(normal(e["label"]), frozenset(e["organisers"]), e["venue"]) for e in events.values()}
    return out


def gold_relations(data: dict) -> dict[str, set]:
    events = set()
    for e in data.get("events", []):
        organisers = frozenset(normal(o) for o in [*e.get("organisers", []), *e.get("co_organisers", [])])
        events.add((normal(e.get("label", "")), organisers, normal(e.get("venue") or "")))
    return {
        "posts": {_norm_post(p["person"], p["role"], p.get("org")) for p in data.get("posts", [])},
        "bylines": {(b["role"], normal(b["person"])) for b in data.get("bylines", [])},
        "honours": {(normal(h["recipient"]), normal(h["honour"])) for h in data.get("honours", [])},
        "events": events,
    }


def _same_event(a: tuple, b: tuple) -> bool:
    """Events are the same event when their names overlap enough."""
    la, lb = a[0], b[0]
    overlap = len(set(la) & set(lb)) / max(1, min(len(set(la)), len(set(lb))))
    return la in lb or lb in la or overlap >= 0.6


def _closeness(a: str, b: str) -> tuple[bool, float, str]:
    """How closely two event labels agree: equal, then the share of characters in common (ties by label)."""
    return a == b, len(set(a) & set(b)) / max(1, len(set(a) | set(b))), b


def score_relations(
    pred: dict[str, set], gold: dict[str, set], scores: dict[str, Score], article: str,
    scope: Iterable[str] = RELATIONS,
) -> None:
    """Add an article's relations to the scores, only the kinds in ``scope`` (what its gold covers)."""
    scope = set(scope)
    for kind in ("posts", "bylines", "honours"):
        if kind in scope:
            scores[kind].add(article, {str(x) for x in gold[kind]}, {str(x) for x in pred[kind]})
    if "events" not in scope:
        return
    # events: found (names match, each gold event at most once), and, of those found, with the
    # right organisers and venue; pairs are made closest first (the same label before an overlap)
    s, args = scores["events"], scores["event_args"]
    candidates = sorted(((p, g) for p in pred["events"] for g in gold["events"] if _same_event(p, g)),
                        key=lambda pg: (_closeness(pg[0][0], pg[1][0]), str(pg)), reverse=True)
    pairs: dict[tuple, tuple] = {}
    for p, g in candidates:
        if p not in pairs and g not in pairs.values():
            pairs[p] = g
    matched = set(pairs.values())
    s.tp += len(pairs)
    s.fn += len(gold["events"]) - len(matched)
    s.fp += len(pred["events"]) - len(pairs)
    s.false_neg += [(article, str(g)) for g in gold["events"] - matched]
    s.false_pos += [(article, str(p)) for p in pred["events"] - set(pairs)]
    for p, g in pairs.items():
        if p[1] == g[1] and p[2] == g[2]:
            args.tp += 1
        else:
            args.fp += 1
            args.false_pos += [(article, f"{p} ≠ {g}")]


def score_corpus(
    gold: list[Gold], shared: Path, fixtures: Path, config: Config | None = None
) -> tuple[dict[str, dict[str, Score]], int]:
    """Scores per split and class, and the number of characters analysed."""
    scores: dict[str, dict[str, Score]] = {}
    chars = 0
    for g, rd, resolver in _articles(gold, shared, fixtures, config):
        chars += len(rd.doc.text)
        split = scores.setdefault(g.split, {c: Score() for c in [*CLASSES.values(), *RELATIONS]})
        name = str(g.data.get("id") or g.data.get("title"))
        scope = set(g.data.get("scope") or [*CLASSES, *RELATIONS])  # what the annotator covered
        for key, cls in CLASSES.items():
            if key in scope:
                split[cls].add(name, set(g.data.get(key, [])), predicted(rd, resolver, cls))
        score_relations(predicted_relations(rd, resolver), gold_relations(g.data), split, name, scope)
    return scores, chars
