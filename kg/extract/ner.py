"""A statistical recogniser of person and organisation names: a character tagger trained on PFR 1998.

The model (``kg/data/ner_model.npz``, written by ``scripts/train_ner.py``) is an averaged
structured perceptron over characters with BIOES tags for persons, organisations and places.
Each character is described by hashed features: the characters around it, the jieba token it
sits in (position, part of speech, the word itself), whether a surname from
``kg/data/surnames.tsv`` stands there, and how far the next organisation or place head word
(``kg/data/suffixes.tsv`` and a few of the model's own, such as 女队; the model stores the list
it was trained with) ends. Sentences are decoded together by a batched Viterbi search;
each name's probability is its exact marginal under the model's scores read as a linear-chain
CRF (a forward-backward pass with a temperature fitted on held-out data).

Places are tagged so the model keeps them apart from organisations, but only persons and
organisations are proposed: kg's district and venue extractors name places. Before a
workplace's 工会 (某某超市公司|工会), where the text says a name ends, the likeliest organisation
ending there is proposed even off the best path (:func:`_union_owners`), for the union extractor.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from kg.extract.names import trim_transliteration
from kg.extract.phrases import ORG_VERBS
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.segment import segmenter
from kg.types import Doc, Mention

__all__ = ["CLASSES", "TAGS", "NerModel", "char_features", "model", "ner", "read_bio", "spans_of"]

#: Entity classes of the model and the ontology classes the proposed ones map to.
CLASSES = ("PER", "ORG", "LOC")
EMIT = {"PER": "Person", "ORG": "Organization"}
TAGS = ("O", *(f"{p}-{c}" for c in CLASSES for p in "BIES"))
_T = len(TAGS)
_TAG = {t: i for i, t in enumerate(TAGS)}
MODEL_FILE = "ner_model.npz"
#: Version of the feature set; a model trained with another one is refused.
FEATURES_VERSION = 2
#: Additive score of transitions BIOES forbids (finite, so forward-backward stays exact in floats).
_FORBIDDEN = -1e4

_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_PAD_L = 0x110000  # code points beyond Unicode stand for "before the text" and "after it"
_PAD_R = 0x110001


def _mix(*parts: np.ndarray | int) -> np.ndarray:
    """A 64-bit hash of equal-length integer arrays (and constants), position by position."""
    h = np.full(np.shape(next(p for p in parts if isinstance(p, np.ndarray))), 0x2545F4914F6CDD1D, np.uint64)
    for p in parts:
        h ^= np.asarray(p, dtype=np.uint64)
        h *= _M1
        h ^= h >> np.uint64(29)
        h *= _M2
    return h


def _shift(a: np.ndarray, k: int, fill: int) -> np.ndarray:
    """``a`` moved so that position i holds ``a[i + k]``; outside the text, ``fill``."""
    out = np.full_like(a, fill)
    n = len(a)
    if k > 0:
        out[: n - k] = a[k:] if k < n else out[:0]
    elif k < 0:
        out[-k:] = a[: n + k] if -k < n else out[:0]
    else:
        out[:] = a
    return out


def _char_class(cp: np.ndarray) -> np.ndarray:
    """0 Han, 1 digit (ASCII, full-width, Chinese numerals), 2 Latin letter, 3 punctuation or space, 4 other."""
    cls = np.full(len(cp), 4, np.uint64)
    han = (cp >= 0x4E00) & (cp <= 0x9FFF)
    cls[han] = 0
    digit = ((cp >= 0x30) & (cp <= 0x39)) | ((cp >= 0xFF10) & (cp <= 0xFF19))
    cls[digit] = 1
    numerals = np.isin(cp, [ord(c) for c in "〇一二三四五六七八九十百千万亿零两"])
    cls[numerals] = 1
    latin = ((cp | 0x20) >= 0x61) & ((cp | 0x20) <= 0x7A) | ((cp >= 0xFF21) & (cp <= 0xFF5A))
    cls[latin] = 2
    punct = (cp < 0x30) | ((cp >= 0x3000) & (cp <= 0x303F)) | ((cp >= 0xFF01) & (cp <= 0xFF0F)) | np.isin(
        cp, [ord(c) for c in "：；？！…—·“”‘’（）《》【】"])
    cls[punct & ~digit] = 3
    return cls


@functools.cache
def _surname_marks() -> np.ndarray:
    """By code point: 1 for a common single-character surname, 2 for a rare one, else 0."""
    table = np.zeros(_PAD_R + 1, np.uint8)
    for s, c in lexicon().surnames.items():
        if len(s) == 1:
            table[ord(s)] = 1 if c == "common" else 2
    return table


@functools.cache
def _double_surnames() -> re.Pattern[str]:
    return re.compile("|".join(sorted((s for s in lexicon().surnames if len(s) == 2), key=len, reverse=True)))


#: Heads the model reads besides those of ``suffixes.tsv``: teams (某国女队) and parties, too loose for the rules.
_MODEL_HEADS = tuple("队 男队 女队 代表队 女篮 男篮 女足 男足 女排 男排 党 社 会 组织".split())


def head_words() -> tuple[tuple[str, int], ...]:
    """Head words of organisation (1) and place (2) names, as a model stores them: ``kg/data/suffixes.tsv``
    and a few the model weighs itself (某国女队; see :data:`_MODEL_HEADS`)."""
    kinds = {h: 1 for h in _MODEL_HEADS}
    kinds.update((h, 1 if cls == "Organization" else 2) for h, (cls, _) in lexicon().suffixes.items())
    return tuple(sorted(kinds.items()))


@functools.cache
def _heads(words: tuple[tuple[str, int], ...] | None = None) -> tuple[re.Pattern[str], dict[str, int]]:
    """Head words (by default those of ``kg/data/suffixes.tsv``), longest first, matched at every position."""
    kinds = dict(words if words is not None else head_words())
    pattern = re.compile("(?=(" + "|".join(map(re.escape, sorted(kinds, key=len, reverse=True))) + "))")
    return pattern, kinds


@functools.cache
def _tag_id(pos: str) -> int:
    return zlib.crc32(pos.encode()) & 0xFFFF


def _token_features(text: str, tokens: Iterable[tuple[int, int, str]]) -> tuple[np.ndarray, ...]:
    """Per character, from the jieba token covering it: its position in the token (1 single, 2 begin,
    3 middle, 4 end), the token's tag, its length (at most 5) and a hash of its text (tokens of two
    or more characters); 0 where no token covers a character. Computed for all tokens at once.

    Examples
    --------
    >>> [a.tolist() for a in _token_features("王立新说", [(0, 3, "nr"), (3, 4, "v")])][0]
    [2, 3, 4, 1]
    """
    n = len(text)
    bmes, tag, tlen, word = (np.zeros(n, np.uint64) for _ in range(4))
    toks = tokens if isinstance(tokens, list) else list(tokens)
    if not toks:
        return bmes, tag, tlen, word
    k = len(toks)
    start = np.fromiter((t[0] for t in toks), np.int64, k)
    length = np.fromiter((t[1] for t in toks), np.int64, k) - start
    owner = np.repeat(np.arange(k), length)  # the token of each covered character, in order
    within = np.arange(len(owner)) - (np.cumsum(length) - length)[owner]
    at = start[owner] + within
    size = length[owner]
    bmes[at] = np.where(size == 1, 1, np.where(within == 0, 2, np.where(within == size - 1, 4, 3)))
    tag[at] = np.fromiter((_tag_id(t[2]) for t in toks), np.uint64, k)[owner]
    tlen[at] = np.minimum(size, 5)
    hashes = (zlib.crc32(text[s:e].encode()) if e - s > 1 else 0 for s, e, _ in toks)
    word[at] = np.fromiter(hashes, np.uint64, k)[owner]
    return bmes, tag, tlen, word


def char_features(text: str, tokens: Iterable[tuple[int, int, str]],
                  heads: tuple[tuple[str, int], ...] | None = None) -> np.ndarray:
    """Hashed feature keys of every character of ``text``: an ``(n, F)`` array of ``uint64``.

    ``tokens`` are jieba tokens as ``(start, end, pos)`` offsets into ``text``; characters no
    token covers get no token features. ``heads`` are the head words a model was trained with
    (:func:`head_words` when it was trained; stored in the model, so later edits of
    ``suffixes.tsv`` do not change what it sees). Training and tagging both go through this
    function, so the model sees the same description of a character in both.

    Examples
    --------
    >>> char_features("王立新说", [(0, 3, "nr"), (3, 4, "v")]).shape[0]
    4
    """
    n = len(text)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    bmes, tag, tlen, word = _token_features(text, tokens)
    wp = _mix(bmes, tag, tlen)
    # the surname list
    sur = _surname_marks()[cp].astype(np.uint64)
    for m in _double_surnames().finditer(text):
        sur[m.start()] = 3
        sur[m.start() + 1] = 4
    # distance (0..8, 9 = none) to the end of the nearest head word ending here or after, and its kind
    pattern, kinds = _heads(heads)
    ends = np.full(n + 1, 10**9, np.int64)
    kind_at = np.zeros(n + 1, np.uint64)
    for m in pattern.finditer(text):
        e = m.start() + len(m.group(1)) - 1
        if ends[e] != e:
            ends[e] = e
            kind_at[e] = kinds[m.group(1)]
    nxt = np.minimum.accumulate(ends[::-1])[::-1][:n]
    dist = np.minimum(nxt - np.arange(n), 9).astype(np.uint64)
    hkind = np.where(dist < 9, kind_at[np.minimum(nxt, n)], 0).astype(np.uint64)
    cls = _char_class(cp)

    c = {k: _shift(cp, k, _PAD_R if k > 0 else _PAD_L) for k in (-2, -1, 0, 1, 2)}
    w = {k: _shift(wp, k, 7) for k in (-1, 0, 1)}
    s = {k: _shift(sur, k, 0) for k in (-2, -1, 0, 1)}
    k_ = {k: _shift(cls, k, 5) for k in (-1, 0, 1)}
    feats = [
        _mix(1, c[0]), _mix(2, c[-1]), _mix(3, c[1]), _mix(4, c[-2]), _mix(5, c[2]),
        _mix(6, c[-1], c[0]), _mix(7, c[0], c[1]), _mix(8, c[-2], c[-1]), _mix(9, c[1], c[2]),
        _mix(10, c[-1], c[1]), _mix(11, c[-1], c[0], c[1]),
        _mix(12, w[0]), _mix(13, w[0], c[0]), _mix(14, w[-1]), _mix(15, w[1]), _mix(16, w[-1], w[0], w[1]),
        _mix(17, word, bmes), _mix(18, s[-2], s[-1], s[0], s[1]), _mix(19, s[0], c[1]),
        _mix(20, dist, hkind), _mix(21, dist, hkind, c[0]), _mix(22, k_[-1], k_[0], k_[1]),
        _mix(23, s[-1], w[0]),
    ]
    return np.stack(feats, axis=1)


def spans_of(tags: Sequence[int]) -> list[tuple[str, int, int]]:
    """Entities ``(class, start, end)`` of a BIOES tag sequence (tag indices into :data:`TAGS`).

    Examples
    --------
    >>> spans_of([TAGS.index(t) for t in ("O", "B-PER", "E-PER", "S-ORG")])
    [('PER', 1, 3), ('ORG', 3, 4)]
    """
    out = []
    start = None
    for i, t in enumerate(tags):
        name = TAGS[t]
        if name == "O":
            start = None
            continue
        p, cls = name.split("-")
        if p == "S":
            out.append((cls, i, i + 1))
            start = None
        elif p == "B":
            start = i
        elif p == "E" and start is not None:
            out.append((cls, start, i + 1))
            start = None
    return out


def read_bio(path) -> list[tuple[str, set[tuple[str, int, int]]]]:
    """Sentences of a BIO file (one ``char<tab or space>tag`` a line, a blank line between sentences).

    Returns each sentence's text and its names as ``(class, start, end)``: the format of the
    NER corpora the model is trained and measured on (``../shared/data/ner/*_bio.txt``).
    """
    out = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in [*fh.read().split("\n"), ""]:
            if not line.strip():
                if chars:
                    out.append(("".join(chars), _bio_spans(tags)))
                    chars, tags = [], []
                continue
            chars.append(line[0])
            tags.append(line[1:].strip())
    return out


def _bio_spans(tags: list[str]) -> set[tuple[str, int, int]]:
    spans = set()
    i = 0
    while i < len(tags):
        if tags[i].startswith(("B-", "I-")):
            cls = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{cls}":
                j += 1
            spans.add((cls, i, j))
            i = j
        else:
            i += 1
    return spans


@functools.cache
def allowed_transitions() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """BIOES constraints: (T, T) transitions, start and end tags allowed (boolean)."""
    trans = np.zeros((_T, _T), bool)
    start = np.zeros(_T, bool)
    end = np.zeros(_T, bool)
    for i, a in enumerate(TAGS):
        pa, ca = [*a.split("-"), ""][:2]
        start[i] = pa in ("O", "B", "S")
        end[i] = pa in ("O", "E", "S")
        for j, b in enumerate(TAGS):
            pb, cb = [*b.split("-"), ""][:2]
            if pa in ("O", "E", "S"):
                trans[i, j] = pb in ("O", "B", "S")
            else:
                trans[i, j] = pb in ("I", "E") and cb == ca
    return trans, start, end


def viterbi(em: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> np.ndarray:
    """Best tag paths of a batch: ``em`` is ``(B, L, T)``, padded after each sequence; returns ``(B, L)``.

    Padding needs no masking: back-pointers up to a sequence's last position do not depend on
    what follows, so each sequence's path is read back from its own last position.
    """
    b, length, _ = em.shape
    score = start[None, :] + em[:, 0]
    back = np.zeros((length, b, _T), np.int8)
    last = lengths - 1
    final = np.where((last == 0)[:, None], score, 0.0)
    for t in range(1, length):
        s = score[:, :, None] + trans[None]
        back[t] = s.argmax(1)
        score = s.max(1) + em[:, t]
        ending = last == t
        if ending.any():
            final[ending] = score[ending]
    cur = (final + end[None, :]).argmax(1)
    path = np.zeros((b, length), np.int64)
    rows = np.arange(b)
    for t in range(length - 1, -1, -1):
        live = t <= last
        path[:, t] = np.where(live, cur, 0)
        if t > 0:
            cur = np.where(live, back[t, rows, cur], cur)
    return path


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def _forward(em: np.ndarray, et: np.ndarray, init: np.ndarray) -> np.ndarray:
    """Log forward scores ``(B, L, T)``, in probability space with one scale per step."""
    b, length, _ = em.shape
    shift = em.max(axis=2, keepdims=True)
    e = np.exp(em - shift)
    fa = np.empty_like(e)
    logc = np.empty((b, length))
    a = init[None, :] * e[:, 0]
    c = a.sum(1)
    logc[:, 0] = np.log(c)
    fa[:, 0] = a / c[:, None]
    for t in range(1, length):
        a = (fa[:, t - 1] @ et) * e[:, t]
        c = a.sum(1)
        logc[:, t] = np.log(c)
        fa[:, t] = a / c[:, None]
    return np.log(np.maximum(fa, 1e-300)) + np.cumsum(logc + shift[:, :, 0], axis=1)[:, :, None]


def forward_backward(em: np.ndarray, lengths: np.ndarray, trans: np.ndarray, start: np.ndarray,
                     end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Log forward and backward scores ``(B, L, T)`` and the log partition ``(B,)`` of a batch.

    The backward pass is a forward pass over each sequence reversed (so padding never sits
    inside a sequence), computed with matrix products in probability space.
    """
    b, length, _ = em.shape
    em = em.astype(np.float64)
    et = np.exp(trans.astype(np.float64))
    last = lengths - 1
    rows = np.arange(b)
    alpha = _forward(em, et, np.exp(start.astype(np.float64)))
    # reversed, left-aligned: position k of row b is position last[b] - k
    idx = np.clip(last[:, None] - np.arange(length)[None, :], 0, None)
    em_r = em[rows[:, None], idx]
    rev = _forward(em_r, et.T, np.exp(end.astype(np.float64)))
    # rev[b, k] includes the emission at position last - k; beta excludes the emission at t
    back_idx = np.clip(last[:, None] - np.arange(length)[None, :], 0, None)
    beta = rev[rows[:, None], back_idx] - em
    logz = _logsumexp(alpha[rows, last] + end[None, :], 1)
    return alpha, beta, logz


@dataclass(frozen=True)
class NerModel:
    """A trained tagger: feature keys (sorted), their weights per tag, and the transition scores."""

    keys: np.ndarray  # (R,) uint64, sorted
    weights: np.ndarray  # (R + 1, T) float32; the last row (unknown features) is zero
    trans: np.ndarray  # (T, T) float32, forbidden transitions at _FORBIDDEN
    start: np.ndarray  # (T,)
    end: np.ndarray  # (T,)
    temperature: float
    threshold: float
    meta: dict

    @classmethod
    def load(cls, path=None) -> NerModel:
        """Read a model written by :meth:`save` (``kg/data/ner_model.npz`` by default)."""
        src = path or resources.files("kg.data").joinpath(MODEL_FILE)
        with src.open("rb") if hasattr(src, "open") else open(src, "rb") as fh, np.load(fh) as z:
            meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            if meta.get("features_version") != FEATURES_VERSION or tuple(meta.get("tags", ())) != TAGS:
                raise ValueError(f"{MODEL_FILE}: trained for other features or tags; retrain with scripts/train_ner.py")
            scale = z["scale"].astype(np.float32)
            weights = np.vstack([z["weights"].astype(np.float32) * scale, np.zeros((1, _T), np.float32)])
            ok, s_ok, e_ok = allowed_transitions()
            trans = np.where(ok, z["trans"], _FORBIDDEN).astype(np.float32)
            start = np.where(s_ok, z["start"], _FORBIDDEN).astype(np.float32)
            end = np.where(e_ok, z["end"], _FORBIDDEN).astype(np.float32)
            return cls(z["keys"], weights, trans, start, end, float(meta["temperature"]), float(meta["threshold"]),
                       meta)

    @property
    def heads(self) -> tuple[tuple[str, int], ...] | None:
        """The head words the model was trained with (None for a model that did not store them)."""
        return self._heads  # type: ignore[attr-defined]

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """Weight rows of feature keys; unknown keys get the zero row.

        Keys are hashes already, so their low bits index an open-addressing table
        (linear probing): a few gathers instead of a binary search per key. Each round
        probes only the keys still unsettled, so the few long probe runs cost little.
        """
        table, slots, mask = self._table()
        flat = keys.ravel()
        out = np.full(flat.shape, len(self.keys), np.int64)
        idx = np.arange(flat.size)
        pos = (flat & mask).astype(np.int64)
        while idx.size:
            slot_rows = slots[pos]
            occupied = slot_rows >= 0  # an empty slot ends the probe: unknown key
            hit = occupied & (table[pos] == flat)
            out[idx[hit]] = slot_rows[hit]
            go = occupied & ~hit
            idx, flat, pos = idx[go], flat[go], (pos[go] + 1) & int(mask)
        return out.reshape(keys.shape)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookup", self._build_table())
        heads = self.meta.get("heads")
        object.__setattr__(self, "_heads", tuple((h, int(k)) for h, k in heads) if heads else None)

    def _table(self) -> tuple[np.ndarray, np.ndarray, np.uint64]:
        return self._lookup  # type: ignore[attr-defined]

    def _build_table(self) -> tuple[np.ndarray, np.ndarray, np.uint64]:
        size = 1 << max(4, int(len(self.keys) * 2.5).bit_length())
        mask = np.uint64(size - 1)
        table = np.zeros(size, np.uint64)
        slots = np.full(size, -1, np.int64)
        pos = (self.keys & mask).astype(np.int64)
        ids = np.arange(len(self.keys))
        while len(ids):
            free = slots[pos] < 0
            # of the keys wanting the same free slot, the first takes it; the others move on
            cand_pos, cand_ids = pos[free], ids[free]
            uniq, first = np.unique(cand_pos, return_index=True)
            slots[uniq] = cand_ids[first]
            table[uniq] = self.keys[cand_ids[first]]
            placed = np.zeros(len(ids), bool)
            placed[np.nonzero(free)[0][first]] = True
            ids, pos = ids[~placed], (pos[~placed] + 1) & int(mask)
        return table, slots, mask

    def emissions(self, feats: np.ndarray) -> np.ndarray:
        """Scores ``(n, T)`` of each tag at each character, from :func:`char_features` keys."""
        return self.weights[self.rows(feats)].sum(axis=1)

    def tag(self, text: str, tokens: Iterable[tuple[int, int, str]], units: Sequence[tuple[int, int]],
            probabilities: bool = True) -> list[tuple[str, int, int, float]]:
        """Names in ``text``: ``(class, start, end, probability)``, decoding each ``units`` span on its own.

        Examples
        --------
        >>> from kg.segment import segmenter
        >>> text = "厂长韩志远说，他在北京外国语大学读过书。"
        >>> tokens = [(t.start, t.end, t.pos) for t in segmenter().tokens(text)]
        >>> [(c, text[s:e]) for c, s, e, p in model().tag(text, tokens, [(0, len(text))])]
        [('PER', '韩志远'), ('ORG', '北京外国语大学')]
        """
        units = [(s, e) for s, e in units if e > s]
        if not units:
            return []
        em_all = self.emissions(char_features(text, tokens, self.heads))
        out: list[tuple[str, int, int, float]] = []
        # similar lengths together, so padding stays small
        order = sorted(range(len(units)), key=lambda i: units[i][1] - units[i][0])
        batch: list[tuple[int, int]] = []
        budget = 0
        for i in order:
            s, e = units[i]
            batch.append((s, e))
            budget = (e - s) * len(batch)
            if budget > 4096 or len(batch) >= 64:
                out.extend(self._decode(em_all, batch, probabilities))
                batch = []
        if batch:
            out.extend(self._decode(em_all, batch, probabilities))
        return sorted(out, key=lambda x: (x[1], x[2]))

    def _decode(self, em_all: np.ndarray, batch: list[tuple[int, int]],
                probabilities: bool) -> list[tuple[str, int, int, float]]:
        lengths = np.array([e - s for s, e in batch])
        em = np.zeros((len(batch), int(lengths.max()), _T), np.float32)
        for b, (s, e) in enumerate(batch):
            em[b, : e - s] = em_all[s:e]
        paths = viterbi(em, lengths, self.trans, self.start, self.end)
        found = [(b, spans_of(paths[b, : lengths[b]])) for b in range(len(batch))]
        if not any(sp for _, sp in found):
            return []
        if probabilities:
            tau = self.temperature
            em_t, tr, st, en = em / tau, self.trans / tau, self.start / tau, self.end / tau
            alpha, beta, logz = forward_backward(em_t, lengths, tr, st, en)
        out = []
        for b, spans in found:
            off = batch[b][0]
            for cls, s, e in spans:
                p = 1.0
                if probabilities:
                    p = self._span_prob(em_t[b], tr, st, alpha[b], beta[b], logz[b], cls, s, e)
                out.append((cls, off + s, off + e, p))
        return out

    def span_probs(self, text: str, tokens: Iterable[tuple[int, int, str]], unit: tuple[int, int],
                   spans: Sequence[tuple[str, int, int]]) -> list[float]:
        """Probabilities of ``(class, start, end)`` spans inside one decoding unit, on the path or not.

        Examples
        --------
        >>> from kg.segment import segmenter
        >>> text = "厂长韩志远说。"
        >>> tokens = [(t.start, t.end, t.pos) for t in segmenter().tokens(text)]
        >>> model().span_probs(text, tokens, (0, len(text)), [("PER", 2, 5)])[0] > 0.5
        True
        """
        u0, u1 = unit
        em = self.emissions(char_features(text, tokens, self.heads))[u0:u1][None].astype(np.float32) / self.temperature
        tr, st, en = self.trans / self.temperature, self.start / self.temperature, self.end / self.temperature
        alpha, beta, logz = forward_backward(em, np.array([u1 - u0]), tr, st, en)
        return [self._span_prob(em[0], tr, st, alpha[0], beta[0], logz[0], c, a - u0, b - u0) for c, a, b in spans]

    @staticmethod
    def _span_prob(em, tr, st, alpha, beta, logz, cls, s, e) -> float:
        """Marginal probability that ``[s, e)`` is one ``cls`` name (B I… E, or S)."""
        tags = [_TAG[f"S-{cls}"]] if e - s == 1 else [_TAG[f"B-{cls}"], *[_TAG[f"I-{cls}"]] * (e - s - 2),
                                                     _TAG[f"E-{cls}"]]
        lp = st[tags[0]] if s == 0 else _logsumexp(alpha[s - 1] + tr[:, tags[0]], 0)
        lp += em[s, tags[0]]
        for k in range(1, len(tags)):
            lp += tr[tags[k - 1], tags[k]] + em[s + k, tags[k]]
        lp += beta[e - 1, tags[-1]] - logz
        return float(min(1.0, np.exp(lp)))

    def save(self, path) -> None:
        """Write the model as compressed numpy arrays (int8 weights with one scale per tag; JSON metadata)."""
        w = self.weights[:-1]
        scale = np.maximum(np.abs(w).max(axis=0), 1e-9) / 127.0
        q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
        meta = {**self.meta, "temperature": self.temperature, "threshold": self.threshold,
                "features_version": FEATURES_VERSION, "tags": list(TAGS)}
        ok, s_ok, e_ok = allowed_transitions()
        np.savez_compressed(
            path, keys=self.keys.astype(np.uint64), weights=q, scale=scale.astype(np.float32),
            trans=np.where(ok, self.trans, 0).astype(np.float32), start=np.where(s_ok, self.start, 0).astype(
                np.float32), end=np.where(e_ok, self.end, 0).astype(np.float32),
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8),
        )


@functools.cache
def model() -> NerModel:
    """The packaged model (or the file ``$KG_NER_MODEL`` names, for experiments), loaded once per process."""
    return NerModel.load(os.environ.get("KG_NER_MODEL") or None)


#: Words that begin names whatever jieba tags them (首都 is an adverb to it).
_NAME_STARTS = ("首都", "中国", "中华", "全国", "国家", "中央", "中共")
#: Tags of words that neither begin nor end an organisation's name (verbs, prepositions …).
_NOT_EDGE_TAGS = ("v", "p", "c", "u", "d", "r")
#: Of those, function words, which begin no name even before a single word (而|某国队, 在|某公司).
_FUNCTION_TAGS = ("p", "c", "u")


class _Tokens:
    """A document's tokens as ``(start, end, pos)``, indexed by start and by end (built once per document)."""

    __slots__ = ("ends", "ends_sorted", "starts", "tokens")

    def __init__(self, tokens: Sequence[tuple[int, int, str]]):
        self.tokens = tokens
        self.starts = {t[0]: t for t in tokens}
        self.ends = {t[1]: t for t in tokens}
        self.ends_sorted = sorted(self.ends)

    def across(self, offset: int) -> tuple[int, int, str] | None:
        """The token running across ``offset`` (starting before it and ending after), if any."""
        k = bisect.bisect_right(self.ends_sorted, offset)
        if k == len(self.ends_sorted):
            return None
        tok = self.ends[self.ends_sorted[k]]
        return tok if tok[0] < offset < tok[1] else None

    def last_end_inside(self, s: int, e: int) -> int | None:
        """The last token end strictly between ``s`` and ``e``."""
        k = bisect.bisect_left(self.ends_sorted, e) - 1
        return self.ends_sorted[k] if k >= 0 and self.ends_sorted[k] > s else None


#: Last characters of places (某县某村): a guess cut back to one is no organisation.
_PLACE_ENDS = frozenset("村镇乡县区市省州")
#: Titles that hold a body of their own (公司|工会主席, 集团|党委书记): the name before them is that body's.
_BODY_TITLES = ("工会", "党委", "党组", "党支部", "党总支", "团委", "纪委", "董事会", "监事会")


def _tidy_org(text: str, toks: _Tokens, s: int, e: int) -> tuple[int, int] | None:
    """kg's reading of an organisation span, or None when kg's rules own it.

    A name begins and ends where a word does (市自来水集团党委|书记 ends at 集团: 党委书记 is a title), loses
    a title at its end (区委常委 → 区委) and verbs at its edges (代表集团党委 → 集团党委), but not
    the one word before a bare head (提案|委员会); names
    holding a union (…工会) are left to the union extractor.
    """
    starts, ends = toks.starts, toks.ends
    across = toks.across(s)
    if across is not None and not across[2].startswith(_NOT_EDGE_TAGS) and across[1] < e:
        s = across[0]  # 西|部战区…: a name begins where a word begins
    elif across is not None and across[1] < e:
        s = across[1]  # 进|步人民联盟: nor inside a verb or adverb; the name starts after it
    titles = lexicon().titles
    if toks.tokens and e not in ends:
        glued = toks.across(e)
        if not (glued and text[e : glued[1]] in titles and text[glued[0] : glued[1]] not in titles
                and not text.startswith(_BODY_TITLES, e)):
            inner = toks.last_end_inside(s, e)
            if inner is None:
                return None
            if text[inner - 1] in _PLACE_ENDS or ends[inner][2].startswith("ns"):
                return None  # 某县某村|党支部书记: cut before the title, the rest is a place
            e = inner  # (某公司|总裁 keeps its head: 公司总裁 is no title, as 党委书记 is)
    changed = True
    while changed and e - s >= 2:
        changed = False
        tok = ends.get(e)
        if tok and tok[0] > s and (text[tok[0]:e] in titles or tok[2].startswith(_NOT_EDGE_TAGS)):
            e, changed = tok[0], True
        tok = starts.get(s)
        if (tok and tok[1] < e and tok[2].startswith(_NOT_EDGE_TAGS) and not text.startswith(_NAME_STARTS, s)
                and (ends.get(e, (s,))[0] > tok[1] or tok[2].startswith(_FUNCTION_TAGS))):
            s, changed = tok[1], True  # 而|某国队; (提案|委员会 and 首都|航天… keep their first word)
        elif (tok and tok[1] - tok[0] == 1 and tok[1] < e and tok[2].startswith(("a", "v", "d"))
              and starts.get(tok[1], (0, 0, ""))[2].startswith(("nt", "ns"))):
            s, changed = tok[1], True  # 逼平|某国队: a lone verb or adjective before a proper name
        elif tok and tok[1] < e and text[tok[0] : tok[1]] in _ON_BEHALF:
            s, changed = tok[1], True  # 某某代表|集团党委: on behalf of (jieba tags 代表 a noun)
    if e - s < 2 or "工会" in text[s:e] or _heads_only(text, toks, s, e):
        return None
    return _friendship(text, toks, s), e


#: What a body of friendship between two countries is called after their names (某国中国友好协会).
_FRIENDSHIP = ("友好", "友协")


def _friendship(text: str, toks: _Tokens, s: int) -> int:
    """Where a friendship body's name starts: both countries are part of it (某国|中国友好协会, 中国|某国友好小组)."""
    first = toks.starts.get(s)
    if first is None or not _country(text, first) or not text.startswith(_FRIENDSHIP, first[1]):
        return s
    before = toks.ends.get(s)
    return before[0] if before is not None and _country(text, before) else s


def _country(text: str, tok: tuple[int, int, str]) -> bool:
    word = text[tok[0] : tok[1]]
    return word in ("中国", *lexicon().countries) or (tok[2].startswith("ns") and word not in lexicon().by_name)


#: Words before a body that say who acts for it (某某代表集团党委致辞), never the start of its name.
_ON_BEHALF = frozenset(("代表",))


def _heads_only(text: str, toks: _Tokens, s: int, e: int) -> bool:
    """Is the span nothing but head words (集团|党委, 公司|党支部): a body named by its kind, the one
    the article speaks of, with no name of its own?"""
    from kg.extract.organization import _org_heads

    heads = {*_org_heads(), *_BODY_TITLES}
    pos = s
    while pos < e:
        tok = toks.starts.get(pos)
        if tok is None or tok[1] > e or text[tok[0] : tok[1]] not in heads:
            return False
        pos = tok[1]
    return True


#: The least probability of a longer reading that gives a bare kind its name (某某|饮料集团).
_NAMED_PROB = 0.05
#: Marks no name runs across, looking left for the proper part of a bare kind.
_BREAKS = frozenset("，、。；：？！“”（）《》")


def _proper_token(text: str, tok: tuple[int, int, str]) -> bool:
    """Does the token name something of its own: a place, a proper or unknown word, Latin letters, 中国 …?

    Words of kinds (科技, 饮料, 股份, 集团, 人民) do not, nor head words however jieba tags them (联盟/j).
    """
    from kg.extract.organization import _org_heads
    from kg.extract.phrases import GENERIC, PROPER_TAGS

    word = text[tok[0] : tok[1]]
    lx = lexicon()
    if word in GENERIC or word in _org_heads() or word in lx.suffixes:
        return False
    if len(word) >= 2 and word[-1] in lx.suffixes and lx.suffixes[word[-1]][0] == "Organization":
        return True  # 文化部, 军委: a body the dictionary holds as one word with its one-character head
    if tok[2].startswith(PROPER_TAGS) or word in lx.by_name or word.startswith(_NAME_STARTS):
        return True
    if any(c.isascii() and c.isalnum() for c in word):
        return True
    freq = segmenter().tokenizer.FREQ
    if len(word) < 2 or (not tok[2].startswith(("n", "eng")) and freq.get(word)):
        return False
    if not freq.get(word):
        return True  # 某某|饮料: a word no dictionary holds
    # a rare noun (五粮液), unless two common words make it (科技|股份)
    return freq[word] < 200 and not any(freq.get(word[:i], 0) >= 200 and freq.get(word[i:], 0) >= 200
                                        for i in range(2, len(word) - 1))


#: Localities that stand for the one in context (自治区人大常委会), as 市 and 区 do.
_LOCALITIES = ("自治区", "自治州", "自治县", "自治旗", "特区", "地区")


def _bare_kind(text: str, toks: _Tokens, s: int, e: int) -> bool:
    """Is the span a kind with no name of its own (科技股份有限公司, 饮料集团, 希望集团, 人民联盟)?"""
    from kg.extract.organization import _org_heads
    from kg.extract.phrases import LOCAL_PREFIX

    first = toks.starts.get(s)
    if first is None or text[first[0] : first[1]] in (*LOCAL_PREFIX, *_LOCALITIES) or any(
            c in text[s:e] for c in "“《") or (text[s - 1 : s], text[e : e + 1]) == ("“", "”"):
        return False  # a span off the words, 市直机关 (the locality in context), a name in quotes: not judged here
    if not text[s:e].endswith(_org_heads()):
        return False  # 波音: no kind named
    pos = s
    while pos < e:
        tok = toks.starts.get(pos)
        if tok is None or tok[1] > e:
            return False
        if _proper_token(text, tok):
            return False
        nxt = toks.starts.get(tok[1])
        if (tok[1] - tok[0] == 1 and nxt is not None and nxt[1] - nxt[0] == 1 and nxt[1] <= e
                and not segmenter().tokenizer.FREQ.get(text[tok[0] : nxt[1]])):
            return False  # 亿|创|公司: characters jieba could not make a word of, an unknown name
        pos = tok[1]
    return True


def _unit_in_chain(text: str, index: _Tokens, s: int, e: int) -> bool:
    """Is the kind a unit of the body named before it in a title chain (某政协常委、提案委员会主任)?
    The post extractor reads it as that body's."""
    after = index.starts.get(e)
    return text[s - 1 : s] == "、" and after is not None and text[after[0] : after[1]] in lexicon().titles


def _glued(text: str, index: _Tokens, unit: tuple[int, int], s: int) -> bool:
    """Does a word, not a mark, stand right before ``s`` in its sentence?"""
    before = index.ends.get(s)
    return before is not None and before[0] >= unit[0] and not before[2].startswith(("x", "w")) and not any(
        c in _BREAKS for c in text[before[0] : s])


def _named_start(m: NerModel, text: str, toks: list[tuple[int, int, str]], index: _Tokens,
                 unit: tuple[int, int], s: int, e: int) -> tuple[int, float] | None:
    """The likeliest longer reading of a bare kind that holds a name (宏胜|饮料集团, 蓝箭航天空间|科技…公司).

    The tagger often ends an unknown name right but starts it at the first word it knows
    (饮料集团): the words before it, up to a mark, are tried as starts, and the likeliest one
    that makes a name (a proper or unknown word in it) is kept if the model gives it 0.05.
    """
    starts = []
    for a, b, pos in reversed([t for t in toks if unit[0] <= t[0] and t[1] <= s]):
        if e - a > 24 or any(c in _BREAKS for c in text[a:b]) or pos.startswith(("x", "w")):
            break
        edge = pos.startswith(_NOT_EDGE_TAGS) and not _proper_token(text, (a, b, pos))  # (大连/d: a place)
        if edge and text[a:b] not in ORG_VERBS:
            break  # 某市通过|龙头医院: a verb or a function word is no part of the name
        if not edge and not _bare_kind(text, index, a, e):
            starts.append(a)
    if not starts:
        return None
    probs = m.span_probs(text, toks, unit, [("ORG", a, e) for a in starts])
    p, a = max(zip(probs, starts, strict=True))
    return (a, p) if p >= _NAMED_PROB else None


#: What follows a name inside the name of a doctrine or work (马克思主义, 邓小平理论): no person named.
_DOCTRINE = ("主义", "理论")


def _tidy_person(text: str, toks: _Tokens, s: int, e: int) -> tuple[int, int] | None:
    """kg's reading of a person span, or None: no dictionary word that jieba tags otherwise
    (托卡马克); a name ends where a word ends (汪某|来说 → 汪某) and loses an adverb or verb
    glued to its end (刘某很普通 → 刘某)."""
    ends = toks.ends
    freq = segmenter().tokenizer.FREQ
    across = toks.across(e)
    if across and across[0] >= s + 2 and not across[2].startswith("nr") and freq.get(text[across[0]:across[1]]):
        e = across[0]  # 汪某|来说: a dictionary word runs across the end
    while e - s > 2:
        tok = ends.get(e)
        if not (tok and tok[1] - tok[0] == 1 and tok[0] > s and tok[2].startswith(_NOT_EDGE_TAGS)):
            break
        e = tok[0]
    first = toks.starts.get(s)
    tag = first[2] if first is not None and first[1] == e else None
    if tag is not None and not tag.startswith("nr") and freq.get(text[s:e], 0) > 0:
        return None
    return s, e


@extractor("ner", requires=["tokens"], assigns=["candidates:Person", "candidates:Organization",
                                                 "candidates:Place"])
def ner(doc: Doc) -> list[Mention]:
    """Persons and organisations proposed by a character tagger trained on PFR 1998 (scored spans).

    Scores stay below 1.0 (``0.3 + 0.5 * probability``) so the rule extractors win a conflict;
    ``attrs["prob"]`` is the model's probability of the span. An organisation that is a bare kind
    (饮料集团, 科技股份有限公司: no place, proper or unknown word in it) is no name by itself: glued
    to the words before it, it takes the likeliest start among them that gives it a name (某某饮料集团),
    else it is dropped; only a unit in a title chain (某政协常委、提案委员会主任) stays for the post extractor.
    """
    from kg.extract.organization import _region_before, generic_name

    m = model()
    text = doc.text
    toks = [(t.start, t.end, t.pos) for t in doc.tokens]
    units = [(s.start, s.end) for s in doc.sentences]
    out = []
    index = _Tokens(toks)
    for cls, s, e, p in m.tag(text, toks, units):
        if cls not in EMIT or p < m.threshold:
            continue
        if cls == "PER":
            span = _tidy_person(text, index, s, e)
            if span is None:
                continue
            s, e = span[0], trim_transliteration(text, *span)
        if cls == "ORG":
            span = _tidy_org(text, index, s, e)
            if span is None:
                continue
            s, e = span
            unit = next((u for u in units if u[0] <= s < u[1]), (s, e))
            if _bare_kind(text, index, s, e) and not _unit_in_chain(text, index, s, e):
                # 宏胜|饮料集团: a kind cut off the words of its name, named by the words before it or not at all
                named = _named_start(m, text, toks, index, unit, s, e) if _glued(text, index, unit, s) else None
                if named is None:
                    continue
                s, p = named
            if generic_name(doc, s, e):
                continue  # 上市公司: a kind of company
            within = _region_before(doc, s, e)
            if within is not None:  # 长沙市|芙蓉区人民法院: the larger place is a place of its own
                s = within
        attrs: dict = {"prob": round(p, 4)}
        if cls == "PER" and e - s < 2:
            attrs["partial"] = "a surname"  # 江主席: a mention, but no node of its own
        elif cls == "PER" and text.startswith(_DOCTRINE, e):
            attrs["partial"] = "part of a doctrine's name"  # 邓小平理论
        out.append(Mention(EMIT[cls], s, e, text[s:e], "ner", name=text[s:e], score=0.3 + 0.5 * p, attrs=attrs))
    out.extend(_union_owners(doc, m, toks, index, {x.end for x in out if x.label == "Organization"}))
    return out


#: Kinds of workplaces whose union is named after them (某某超市公司|工会).
_OWNER_HEADS = tuple("公司 集团 厂 医院 学校 学院 大学 中学 小学 银行 中心 研究院 研究所".split())
#: The lower bar for an owner's name before 工会: that a name ends there is given by the text.
_OWNER_PROB = 0.1


def _union_owners(doc: Doc, m: NerModel, toks: list[tuple[int, int, str]], index: _Tokens,
                  org_ends: set[int]) -> list[Mention]:
    """The most probable organisation ending right before a workplace's 工会 (某某超市公司|工会), off the best path.

    The union extractor names such a union after the organisation the model reads there;
    when the best path reads something else (a place and words), the name ending at 工会
    is still the likeliest reading with that end, if the model gives it 0.1 or more.
    """
    text = doc.text
    out = []
    for sent in doc.sentences:
        pos = text.find("工会", sent.start, sent.end)
        while pos != -1:
            if pos not in org_ends and text.endswith(_OWNER_HEADS, sent.start, pos) and pos in index.ends:
                starts = [t[0] for t in toks if sent.start <= t[0] < pos - 2 and pos - t[0] <= 20
                          and not t[2].startswith(("x", "w")) and "，" not in text[t[0]:pos]]
                starts = [a for a in starts if not any(c in "，、。；：“”" for c in text[a:pos])]
                if starts:
                    probs = m.span_probs(text, toks, (sent.start, sent.end), [("ORG", a, pos) for a in starts])
                    p, a = max(zip(probs, starts, strict=True))
                    span = _tidy_org(text, index, a, pos) if p >= _OWNER_PROB else None
                    if span is not None and span[1] == pos:
                        name = text[span[0] : pos]
                        out.append(Mention("Organization", span[0], pos, name, "ner", name=name, score=0.3 + 0.5 * p,
                                           attrs={"prob": round(p, 4), "before_union": True}))
            pos = text.find("工会", pos + 2, sent.end)
    return out
