"""Word segmentation with jieba: one private tokenizer per process, domain words loaded once."""

from __future__ import annotations

import functools
import logging

import jieba
import jieba.posseg

from kg.lexicon import lexicon
from kg.types import Token

__all__ = ["Segmenter", "segmenter"]

# jieba announces its dictionary loading on its own logger at DEBUG; keep it quiet.
jieba.default_logger.setLevel(logging.WARNING)


class Segmenter:
    """A jieba tokenizer of our own (never the global ``jieba.dt``), with kg's words.

    Titles, honours, union names and division names from :mod:`kg.lexicon` are added
    as words so jieba keeps them whole (常务副主席, 首都劳动奖章, 怀柔区).

    Examples
    --------
    >>> seg = segmenter()
    >>> [(t.text, t.start) for t in seg.tokens("区总工会主席讲话", 10)][:3]
    [('区', 10), ('总工会', 11), ('主席', 14)]
    """

    def __init__(self) -> None:
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        self.pos = jieba.posseg.POSTokenizer(self.tokenizer)
        lx = lexicon()
        words: dict[str, str] = {}
        for t in lx.titles:
            words[t] = "n"
        for h in lx.honours:
            words[h] = "nz"
        for u in lx.unions:
            words[u] = "nt"
        for d in lx.divisions.values():
            if d.level in ("province", "prefecture") or d.code.startswith("11") or d.level == "zone":
                words.setdefault(d.name, "ns")
        for w in ("劳模", "劳模工匠", "职工之家", "劳模创新工作室", "工会干部", "常务副主席", "通讯员", "摄影报道"):
            words.setdefault(w, "n")
        for w, tag in words.items():
            self.tokenizer.add_word(w, None, tag)
            self.pos.word_tag_tab[w] = tag

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """Tag ``text`` with jieba (HMM on), offsets shifted by ``offset``."""
        out = []
        pos = offset
        for pair in self.pos.cut(text):
            w = pair.word
            out.append(Token(w, pos, pos + len(w), pair.flag))
            pos += len(w)
        return out

    def crosses(self, tail: str, head: str) -> bool:
        """Does a dictionary word run from ``tail`` into ``head``? (习|近平, 常|务副主席)

        Examples
        --------
        >>> segmenter().crosses("团结在以习", "近平同志")
        True
        >>> segmenter().crosses("阐述自己的观点", "每一位")
        False
        """
        pos = 0
        cut = len(tail)
        for w in self.tokenizer.cut(tail + head, HMM=False):
            if pos < cut < pos + len(w) and len(w) >= 2:
                return True
            pos += len(w)
        return False


@functools.cache
def segmenter() -> Segmenter:
    """The process's segmenter, built on first use."""
    return Segmenter()
