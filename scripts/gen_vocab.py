"""Generate kg/vocab.py from ontology.ttl (run after editing the ontology; tests check they agree).

Usage: python scripts/gen_vocab.py > kg/vocab.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

NS = "https://w3id.org/kg-union/ontology#"


def terms(path: Path) -> list[tuple[str, str, str, str, str]]:
    g = Graph().parse(path)
    out = []
    for s in sorted(set(g.subjects(RDF.type, None))):
        if not isinstance(s, URIRef) or not str(s).startswith(NS):
            continue
        kind = "class" if (s, RDF.type, OWL.Class) in g else "property"
        labels = {lit.language: str(lit) for lit in g.objects(s, RDFS.label) if isinstance(lit, Literal)}
        comment = str(next(g.objects(s, RDFS.comment), ""))
        out.append((str(s)[len(NS):], kind, labels.get("zh", ""), labels.get("en", ""), comment))
    return out


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    rows = terms(root / "ontology.ttl")
    w = sys.stdout.write
    w('"""The kg vocabulary, generated from ontology.ttl by scripts/gen_vocab.py: do not edit."""\n\n')
    w("from rdflib.namespace import DefinedNamespace, Namespace\nfrom rdflib.term import URIRef\n\n")
    w('__all__ = ["KG", "LABELS", "NS"]\n\n')
    w(f'NS = "{NS}"\n\n\n')
    w("class KG(DefinedNamespace):\n")
    w('    """Terms of ontology.ttl; an unknown term raises AttributeError."""\n\n')
    w("    _fail = True\n")
    w(f'    _NS = Namespace("{NS}")\n\n')
    for name, kind, _zh, _en, comment in rows:
        short = comment.split(". ")[0].rstrip(".")
        w(f"    {name}: URIRef  # {kind}: {short}\n")
    w("\n\n#: Chinese and English labels of every term.\n")
    w("LABELS: dict[str, tuple[str, str]] = {\n")
    for name, _kind, zh, en, _c in rows:
        w(f'    "{name}": ("{zh}", "{en}"),\n')
    w("}\n")


if __name__ == "__main__":
    main()
