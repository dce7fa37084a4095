"""Venue precision and recall on a small sample of fresh news articles, with the errors.

Usage: python benchmarks/venues.py [--unannotated]

``benchmarks/venue_sample.json`` maps ids of ``../shared/data/news_corpus`` articles (none in the dev
set) to the venues a reader sees in them (tests/fixtures/devset/GUIDELINES.md, "venues"). A gold
entry ``A|B`` is matched by either label; ``?A`` is borderline: neither a miss when not found nor a
false positive when found. ``--unannotated`` also prints what kg calls a venue in the articles listed
under ``_unannotated`` (to be judged by eye for precision).

Needs ../shared/data; exits with a note when absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from kg.evaluate import normal, predicted
from kg.pipeline import Pipeline
from kg.readers.jsonl import read_jsonl
from kg.resolve import Resolver

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus"
SAMPLE = Path(__file__).resolve().parent / "venue_sample.json"


def venues_by_article(ids: set[str]) -> dict[str, set[str]]:
    """Canonical names kg calls venues, per article id."""
    lines = [line for path in sorted(CORPUS.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line).get("id") in ids]  # (the corpus holds records with no text)
    pipeline = Pipeline()
    out: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for source in read_jsonl(path):
            for doc in pipeline.run(source):
                resolver = Resolver()
                out.setdefault(source.id, set()).update(predicted(resolver.resolve(doc), resolver, "Venue"))
    return out


def score(gold: dict[str, list[str]], pred: dict[str, set[str]]) -> tuple[int, int, int, list[str], list[str]]:
    """True positives, false positives, false negatives, and the errors as ``id:name``."""
    tp = fp = fn = 0
    fps: list[str] = []
    fns: list[str] = []
    for aid, entries in gold.items():
        found = {normal(p): p for p in pred.get(aid, set())}
        used: set[str] = set()
        for entry in entries:
            optional = entry.startswith("?")
            labels = [normal(x) for x in entry.lstrip("?").split("|")]
            hit = [x for x in labels if x in found]
            used.update(hit)
            if hit and not optional:
                tp += 1
            elif not hit and not optional:
                fn += 1
                fns.append(f"{aid}:{entry}")
        for k, name in sorted(found.items()):
            if k not in used:
                fp += 1
                fps.append(f"{aid}:{name}")
    return tp, fp, fn, fps, fns


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--unannotated", action="store_true", help="also list kg's venues in the unannotated articles")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not here")
        return 0
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    gold = {k: v for k, v in data.items() if not k.startswith("_")}
    extra = data.get("_unannotated", []) if args.unannotated else []
    pred = venues_by_article(set(gold) | set(extra))
    tp, fp, fn, fps, fns = score(gold, pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"Venue on {len(gold)} fresh articles: P {p:.3f} R {r:.3f}  tp {tp} fp {fp} fn {fn}")
    print("false positives: " + "; ".join(fps))
    print("false negatives: " + "; ".join(fns))
    for aid in extra:
        print(f"unannotated {aid}: " + "; ".join(sorted(pred.get(aid, set()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
