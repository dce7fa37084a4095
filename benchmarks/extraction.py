"""Extraction quality on the annotated dev set and on the MSRA NER test split, with throughput.

Usage: python benchmarks/extraction.py [--errors [CLASS]] [--split dev|synthetic] [--disable NAME] [--no-msra]

Splits: ``dev`` (annotated union_news articles, used while developing), ``dev2`` (fresh articles
annotated later, some for a few classes only: a gold file's ``scope`` lists what it covers),
``synthetic`` (written Beijing pages), ``heldout`` and ``blind`` (annotated articles never used while developing: only
their totals are printed, never their errors).

Then persons and organisations on the MSRA test split with exact spans (``benchmarks/msra.py``,
which also scores People's Daily's test split); skipped with ``--errors`` or ``--no-msra``.

Needs ../shared/data (the articles the gold annotations point to); exits with a note when absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.config import load_config
from kg.evaluate import CLASSES, RELATIONS, load_gold, score_corpus

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FIXTURES = ROOT / "tests" / "fixtures"
HIDDEN = ("heldout", "blind")
ORDER = ("dev", "dev2", "synthetic", *HIDDEN)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--errors", nargs="?", const="", default=None, metavar="CLASS",
                    help="list false positives and negatives (of CLASS only, if given)")
    ap.add_argument("--split", default="dev", help="whose errors to list (not heldout or blind)")
    ap.add_argument("--disable", action="append", default=[], metavar="NAME", help="turn an extractor off")
    ap.add_argument("--no-msra", action="store_true", help="skip the MSRA test split")
    args = ap.parse_args()
    if args.split in HIDDEN:
        ap.error(f"the errors of {args.split} are never listed")
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is not here")
        return 0
    gold = load_gold([FIXTURES / "devset", FIXTURES / "synthetic"])
    t0 = time.perf_counter()
    scores, chars = score_corpus(gold, SHARED, FIXTURES, load_config(disable=args.disable))
    seconds = time.perf_counter() - t0
    counts = {split: sum(1 for g in gold if g.split == split) for split in scores}
    print(f"{'split':10} {'class':11} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for split in [*ORDER, *sorted(scores.keys() - set(ORDER))]:
        for cls in [*CLASSES.values(), *RELATIONS]:
            s = scores.get(split, {}).get(cls)
            if s is None:
                continue
            print(f"{split:10} {cls:11} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d}{s.fp:4d}{s.fn:4d}")
    print(f"articles: {counts}; {chars} characters in {seconds:.2f} s ({chars / seconds:,.0f} chars/s, whole pipeline)")
    if args.errors is not None:
        for cls, s in scores.get(args.split, {}).items():
            if args.errors and cls != args.errors:
                continue
            print(f"\n== {cls} false positives: " + "; ".join(f"{a}:{x}" for a, x in s.false_pos))
            print(f"== {cls} false negatives: " + "; ".join(f"{a}:{x}" for a, x in s.false_neg))
    elif not args.no_msra:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import msra

        if (msra.NER / msra.TESTS["msra"]).is_file():
            msra.run(msra.NER / msra.TESTS["msra"], None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
