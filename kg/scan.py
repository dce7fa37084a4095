"""Finding the words of a long list in a text, fast: the longest listed word at each place.

A regular expression of thousands of alternatives (``怀柔区|怀柔|…``) tries each of them in
turn at every character; :class:`Wordlist` looks only where a listed word can begin and
tries only the lengths of words beginning with that character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

__all__ = ["Found", "Wordlist"]


class Found(NamedTuple):
    """A listed word found in a text, ``text[start:end] == word``."""

    start: int
    end: int
    word: str


class Wordlist:
    """Words to find, leftmost first and the longest at each place, without overlaps.

    The same matches as ``re.compile("|".join(sorted(words, key=len, reverse=True)))``.

    Examples
    --------
    >>> w = Wordlist(["怀柔", "怀柔区", "北京"])
    >>> [f.word for f in w.finditer("北京怀柔区和怀柔")]
    ['北京', '怀柔区', '怀柔']
    >>> list(w.finditer("北京怀柔区", 1, 4))
    [Found(start=2, end=4, word='怀柔')]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[0], set()).add(len(w))
        self._lengths = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        first = "".join(sorted(self._lengths))
        self._first = re.compile(f"[{re.escape(first)}]") if first else None

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        """The listed words in ``text[pos:endpos]``, left to right."""
        if self._first is None:
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        words, lengths, search = self.words, self._lengths, self._first.search
        i = pos
        while i < end:
            m = search(text, i, end)
            if m is None:
                return
            s = m.start()
            for n in lengths[text[s]]:
                if s + n <= end and text[s : s + n] in words:
                    yield Found(s, s + n, text[s : s + n])
                    i = s + n
                    break
            else:
                i = s + 1
