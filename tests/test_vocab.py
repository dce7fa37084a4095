"""ontology.ttl is an OWL ontology aligned with ORG, FOAF, schema.org and PROV; vocab.py agrees with it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace
from rdflib.namespace import FOAF, ORG, PROV, SDO

from kg.vocab import KG, LABELS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology.ttl")


def test_vocab_generated_file_is_current():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_vocab.py")], capture_output=True, text=True,
                         check=True).stdout
    assert out == (ROOT / "kg" / "vocab.py").read_text(encoding="utf-8")


def test_vocab_unknown_term_fails():
    with pytest.raises(AttributeError):
        _ = KG.Persn


@pytest.mark.parametrize(
    ("cls", "sup"),
    [("TradeUnion", ORG.FormalOrganization), ("TradeUnion", SDO.WorkersUnion), ("Person", FOAF.Person),
     ("Venue", SDO.Place), ("Article", SDO.NewsArticle), ("Event", SDO.Event), ("Organization", ORG.Organization),
     ("Mention", PROV.Entity)],
)
def test_vocab_alignment(onto, cls, sup):
    assert (KG[cls], RDFS.subClassOf, sup) in onto or any(
        (mid, RDFS.subClassOf, sup) in onto for mid in onto.objects(KG[cls], RDFS.subClassOf))


def test_vocab_district_is_an_administrative_area(onto):
    assert (KG.District, RDFS.subClassOf, KG.AdministrativeArea) in onto
    assert (KG.AdministrativeArea, RDFS.subClassOf, SDO.AdministrativeArea) in onto


def test_vocab_every_term_labelled_in_two_languages_and_commented(onto):
    for term in set(onto.subjects(RDF.type, OWL.Class)) | set(onto.subjects(RDF.type, OWL.ObjectProperty)) | set(
            onto.subjects(RDF.type, OWL.DatatypeProperty)):
        if not str(term).startswith(str(KG._NS)):
            continue
        langs = {lit.language for lit in onto.objects(term, RDFS.label) if isinstance(lit, Literal)}
        assert {"zh", "en"} <= langs, term
        assert list(onto.objects(term, RDFS.comment)), term


def test_vocab_byline_properties(onto):
    for p in ("reporter", "correspondent", "photographer"):
        assert (KG[p], RDF.type, OWL.ObjectProperty) in onto
    assert set(LABELS) >= {"reporter", "correspondent", "photographer", "Person", "TradeUnion"}


def test_vocab_graph_uses_only_known_terms(sample_build):
    kg_ns = str(KG._NS)
    terms = set()
    for r in sample_build[2].query("SELECT DISTINCT ?p ?t WHERE { ?s ?p ?o OPTIONAL { ?s a ?t } }").values():
        for v in r.values():
            if v.startswith(kg_ns):
                terms.add(v[len(kg_ns):])
    assert terms and terms <= set(LABELS)


_ = Namespace
