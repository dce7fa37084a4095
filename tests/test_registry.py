"""The extractor registry and the pipeline's checks; every extractor's spans are real text."""

from __future__ import annotations

import pytest

from kg import registry
from kg.config import load_config
from kg.errors import ConfigError, ExtractorError
from kg.pipeline import Pipeline
from kg.registry import extractor, get, registered
from kg.vocab import LABELS


def test_registry_lists_builtins():
    names = set(registered())
    assert {"dates", "byline", "district", "union", "organization", "venue", "honour", "person", "select", "post",
            "conferral", "event"} <= names


def test_registry_refuses_a_taken_name():
    with pytest.raises(ExtractorError, match="taken"):
        @extractor("person")
        def other(doc):
            return []


def test_registry_unknown_name():
    with pytest.raises(ConfigError, match="unknown extractor 'nope'"):
        get("nope")


def test_pipeline_missing_requirement_names_it():
    with pytest.raises(ConfigError, match="extractor 'post' needs mentions"):
        Pipeline(load_config(disable=["select"]))


def test_pipeline_disable_an_extractor():
    p = Pipeline(load_config(disable=["event"]))
    assert "event" not in p.names


def test_registry_every_candidate_is_a_real_span_with_an_ontology_label(sample_docs):
    labels = set(LABELS) | {"Date"}
    for doc in sample_docs:
        for name, ms in doc.candidates.items():
            for m in ms:
                assert 0 <= m.start < m.end <= len(doc.text), name
                assert doc.text[m.start:m.end] == m.text, name
                assert m.label in labels, (name, m.label)


def test_registry_snapshot():
    """Added, renamed or lost extractors show here (update on purpose)."""
    assert [n for n in registered() if not n.startswith("doc_")] == [m.split(".")[-1] for m in registry.BUILTIN]
