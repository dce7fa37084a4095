"""A statistical recogniser of names (persons, places, organisations), trained on PFR 1998.

Placeholder until the trained model lands: proposes nothing.
"""

from __future__ import annotations

from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["ner"]


@extractor("ner", requires=["tokens"], assigns=["candidates:Person", "candidates:Organization",
                                                 "candidates:Place"])
def ner(doc: Doc) -> list[Mention]:
    """Names proposed by a sequence model trained on the PFR 1998 corpus (scored spans)."""
    return []
