"""Train kg's name recogniser (kg/data/ner_model.npz): averaged structured perceptrons over characters.

Usage: python scripts/train_ner.py [--epochs N] [--runs N] [--threshold P] [--hold A|B] [--out PATH] [--cache DIR]

Training data (../shared/data/ner/, see its README):

* ``pfr_199801_flat.txt``: PFR People's Daily, January 1998, word/POS. Persons are ``nr``
  tokens, a one-character ``nr`` (or a compound surname such as 欧阳) joined with the ``nr``
  right after it; places are ``ns`` tokens, organisations ``nt`` tokens. This copy lost the
  brackets of multi-word names ([北京/ns 大学/n]nt), so a multi-word organisation would read as
  a place and plain words. They are rebuilt: a run of nominal tokens ending in an organisation
  head word (…大学, …委员会, …局, …队; not a title such as 常委, a hall such as 演播厅, or
  东部) is an organisation when it begins with a proper name (北京/ns 大学/n), 中国/全国/国家/最高…
  (最高/a 人民法院/l), a level (省/n 文化厅/n, 市委/n, 团县委/j, 自治区/n 党委/n) or a region
  (东北/f 农业大学/n); abbreviations ending like a body (妇联/j, 农行/j, 中科院/j, 安理会/j; not
  奥运会/j or 三中全会/j) and papers (人民日报/nz, 《泰晤士报》) are organisations; national bodies
  written one after another without a mark are one name each (党中央|国务院). A common word
  before a generic head (国际|组织, 国家|银行) and every other run ending in a head word are left
  unlabelled (the perceptron takes its best path there as the truth, learning nothing either way).
* ``peoples_daily_dev_bio.txt``: the People's Daily NER dev split (BIO, full multi-word
  organisations), repeated ``--dev-weight`` times per epoch.

The MSRA and People's Daily **test** splits are never read here.

Protocol: the dev split is cut into blocks of 50 sentences, alternately A and B. A model is
trained on PFR + dev A and scored on dev B (``--hold A`` swaps the halves, to check a setting on
both), and its probability temperature is fitted on dev B. The shipped model is then trained on
PFR + all of dev with the same settings. Each model is the mean of ``--runs`` perceptrons trained
on different shuffles (one run's dev F1 swings by ±0.02 with the seed; the mean is steadier and,
pruned, smaller). The threshold is fixed at 0.3: dev B's F1 is flat from 0 to 0.4, and on kg's
union-news dev articles 0.3 keeps persons' precision. The head words the features read
(``suffixes.tsv`` and :data:`kg.extract.ner._MODEL_HEADS`) are stored in the model. Features
are described in :mod:`kg.extract.ner`.

Last run (defaults: 6 epochs, 2 runs, features seen at least twice, batches of 16 sentences, dev
split three times per epoch, rows whose largest weight is below 0.5 pruned, seed 1; about 4
minutes on one core for both models): 1,207,078 features seen, 204,313 kept; the model file is
2.3 MB. Held-out dev B, exact spans, before kg's conventions (:func:`kg.extract.ner._tidy_org`):

    PER  P 0.841  R 0.814  F1 0.827
    ORG  P 0.822  R 0.530  F1 0.644
    LOC  P 0.838  R 0.738  F1 0.785

(The previous labels, one run: PER 0.805, ORG 0.609, LOC 0.780; trained on PFR alone, without
dev A, the new labels lift dev B's ORG F1 from 0.561 to 0.609.) Temperature 48 was fitted on dev
B. The shipped model also saw dev B, so these held-out figures are the honest ones;
``benchmarks/msra.py`` measures it on the test splits (MSRA: persons F1 0.879, organisations
0.759 with kg's rules; the model alone 0.884 and 0.659).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

from kg.extract.ner import (
    _FORBIDDEN,
    TAGS,
    NerModel,
    allowed_transitions,
    char_features,
    forward_backward,
    head_words,
    read_bio,
    spans_of,
    viterbi,
)
from kg.lexicon import lexicon
from kg.segment import segmenter

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
T = len(TAGS)
TAG = {t: i for i, t in enumerate(TAGS)}

#: Token endings that make a run of nouns an organisation (…大学, …银行, …委员会).
ORG_HEADS = (
    "委员会", "公司", "集团", "银行", "大学", "学院", "中学", "小学", "医院", "研究所",
    "研究院", "研究中心", "科学院", "法院", "检察院", "协会", "学会", "联合会", "商会", "基金会", "工会",
    "总会", "理事会", "董事会", "议会", "国会", "委", "党委", "市委", "省委", "县委", "区委", "部", "局", "厅",
    "署", "办公室", "出版社", "报社", "通讯社", "杂志社", "合作社", "电台", "电视台", "厂", "党", "军区",
    "组织", "联盟", "代表团", "俱乐部", "队", "社", "司", "研究室", "日报", "晚报", "时报", "邮报", "早报", "周报",
    "青年报", "商报",
)
#: Further endings of abbreviations (j) that name bodies: 妇联, 科协, 农行, 农科院, 上交所, 外办, 中共, 北约.
J_HEADS = ("会", "协", "联", "盟", "行", "院", "所", "办", "共", "约", "署", "台", "人大")
#: Abbreviations with such endings that name meetings, games or other things (奥运会, 人代会, 三中全会).
J_NOT = tuple("运会 奥会 代会 全会 大会 交会 博会 两会 和会 港澳台 一中一台 吃穿住行 院所 拳台 两院 马约".split())
#: Words with such endings that are no organisation (全部, 社会, 干部 …).
NOT_HEADS = set(
    "全部 内部 外部 局部 干部 东部 西部 南部 北部 中部 部 本部 腹部 头部 胸部 面部 足部 底部 顶部 尾部 "
    "结局 格局 大局 时局 政局 布局 当局 局 开局 社 社会 入党 政党 军队 部队 队 团队 排队 球队 列队 站队 "
    "乐队 车队 梯队 军 大军 委 党 厂 工厂 政府 人民政府 中小学 大中小学 中小学校 大专院校 高等院校 司 上司 官司 "
    "顶头上司 组织 党组织 团组织 软组织 基层组织 日报 时报 晚报 部委".split()
) | set(lexicon().titles)  # 常委, 委员: titles, not bodies (中共中央政治局|常委)
#: Halls, not departments: …厅 names a body only as a government department (文化厅, 办公厅).
HALLS = tuple(
    "大厅 音乐厅 餐厅 客厅 展厅 演播厅 宴会厅 茶厅 歌厅 门厅 营业厅 舞厅 服务厅 市政厅 售票厅 候机厅 "
    "候车厅 报告厅 排练厅 影厅 游戏厅 按摩厅 美发厅 起居厅 马戏厅 瞻仰厅 生平厅 阳光厅 彩虹厅 主厅 影视厅 "
    "官厅 会议厅 休息厅 咖啡厅".split()
)
#: Generic heads that a common first word (国际|组织, 国家|银行) does not make a name.
GENERIC_HEADS = set(
    "组织 公司 银行 集团 机构 企业 大学 学院 医院 委员会 协会 学会 联合会 基金会 代表团 研究所 研究院 "
    "出版社 俱乐部 联盟 部门 单位".split()
)
#: Directions that begin names of regions' bodies (东北|农业大学, 西南|财经大学).
REGIONS = {"东北", "西北", "东南", "西南", "华北", "华东", "华南", "华中", "中南", "西部", "东部"}
#: Tags of tokens that may stand inside an organisation's name.
NOMINAL = {"n", "ns", "nt", "nz", "vn", "j", "b", "an", "nx", "m", "a", "f", "s"}
#: Position words that do not stand inside a name (日本政界中|在野党): a name holds 东南, 西北, not 中, 内, 以上.
NOT_INSIDE = set(
    "中 上 下 内 外 里 间 前 后 旁 之间 之中 当中 其中 以上 以下 以来 以内 以外 之内 之外 之上 之下 "
    "之后 之前 期间".split()
)
PROPER = {"ns", "nt", "nz", "j"}
#: Tags of abbreviations and other proper nouns, which PFR does not mark as organisations even when they are.
UNSURE_TAGS = set(os.environ.get("KG_NER_UNSURE", "j nz").split())
NAME_STARTS = set("中国 中华 全国 国家 中央 中共 国际 世界 联合国 人民 首都 解放军 人民解放军 武警 最高 联邦".split())
#: A body named by its level (省|文化厅, 市委, 团县委, 自治区|党委): a name, though no proper word begins it.
LEVEL = re.compile(r"(?:团|共青团)?(?:省|市|县|区|乡|镇|村|州|地|盟|旗|自治区|自治州|自治县)"
                   r"(?:委|政府|政协|人大|人大常委会|纪委)?")
SENT_END = re.compile(r"[。！？]")
#: The head words the model reads (stored in it, so later edits of suffixes.tsv leave it unchanged).
HEADS = head_words()


def _org_head(word: str, tag: str) -> bool:
    if tag == "l":
        return word.endswith(("法院", "检察院", "集团"))  # 人民法院/l, ７国集团/l (not 统揽全局/l)
    if tag not in ("n", "nt", "j", "nz") or word in NOT_HEADS:
        return False
    if tag == "j" and len(word) > 1 and word.endswith(J_HEADS) and not word.endswith(J_NOT):
        return True
    return word.endswith(ORG_HEADS) and not word.endswith(HALLS) and re.search("[东西南北中]部$", word) is None


def _dateline(toks: list, k: int) -> bool:
    """Does a news agency end at token ``k``, its dateline after it (新华社|联合国１月５日电)?"""
    return toks[k][0].endswith("社") and any(t == "t" for _, t in toks[k + 1 : k + 4])


def _coordinated(toks: list, first: int, h: int, heads: list[int]) -> list[tuple[int, int]]:
    """Bodies written one after another without a mark (党中央|国务院, 国家计委|国家统计局): one name each.

    A new name begins after a head word where a national body of ``kg/data/organisations.tsv``
    begins, unless both are one known name; 中共中央|统战部, 国务院|外办, 联合国|安理会 and a party's
    中央… stay one name, as the NER splits write them.
    """
    known = lexicon().organisations
    out, a = [], first
    for m in range(first + 1, h + 1):
        if m - 1 not in heads:
            continue
        if toks[m][0].startswith("中央"):
            continue  # 中国共产党|中央纪律检查委员会: the party's own central body
        if any("".join(w for w, _ in toks[m : x + 1]) in known and "".join(w for w, _ in toks[a : x + 1]) not in known
               for x in heads if x >= m):
            out.append((a, m - 1))
            a = m
    out.append((a, h))
    return out


def _nominal(word: str, tag: str) -> bool:
    if tag == "l":
        return _org_head(word, tag)
    return tag in NOMINAL and not (tag == "f" and (len(word) < 2 or word in NOT_INSIDE))


def _starts_name(word: str, tag: str, first_in_run: bool) -> bool:
    """Can a name begin with this token: a proper word, 中国/全国…, or a level (省, 市委) first in its run."""
    return tag in PROPER or word in NAME_STARTS or (first_in_run and (LEVEL.fullmatch(word) is not None
                                                                     or word in REGIONS))


#: Words named after a person (邓小平理论, 马克思主义): the NER splits hold the name inside them as a person.
NAMED_AFTER = ("理论", "主义", "思想", "路线", "文选", "著作", "选集", "文集")


def read_pfr(path: Path) -> list[tuple[str, list[str], np.ndarray | None]]:
    """Paragraphs as (text, BIOES tags, allowed-tag mask or None)."""
    doubles = {s for s in lexicon().surnames if len(s) == 2}
    lines = path.read_text(encoding="utf-8").split("\n")
    people = set(re.findall(r"(?:^|  )(\w)/nr  (\w{1,2})/nr", "\n".join(lines), flags=re.M))
    people = {a + b for a, b in people} | set(re.findall(r"(?:^|  )(\w{3,6})/nr", "\n".join(lines), flags=re.M))
    out = []
    for line in lines:
        toks = [t.rsplit("/", 1) for t in line.split("  ") if t.strip()]
        toks = [(w, t) for w, t in toks if w]
        if not toks:
            continue
        starts, pos = [], 0
        for w, _ in toks:
            starts.append(pos)
            pos += len(w)
        text = "".join(w for w, _ in toks)
        ents: list[tuple[str, int, int]] = []  # (class, first token, last token)
        unsure: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            w, t = toks[i]
            if t == "nr":
                j = i
                nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
                if nxt[1] == "nr" and (len(w) == 1 or (w in doubles and len(nxt[0]) <= 2)):
                    j = i + 1
                ents.append(("PER", i, j))
                i = j + 1
                continue
            if t in ("n", "nz") and w.endswith(NAMED_AFTER) and w[: -2] in people:
                ents.append(("PER*", i, i))  # the person's name only, not the word's ending
                i += 1
                continue
            if t in UNSURE_TAGS and not _org_head(w, t):
                unsure.append((i, i))  # 欧盟/j, 足协/j, 飞利浦/nz: organisations in the NER splits, plain words here
                i += 1
                continue
            if t in ("ns", "nt") or _org_head(w, t):
                # the run of nominal tokens this one ends (or stands in), up to its last head word
                k = i
                while k + 1 < len(toks) and _nominal(*toks[k + 1]) and not _dateline(toks, k):
                    k += 1
                heads = [m for m in range(i, k + 1) if _org_head(*toks[m]) or toks[m][1] == "nt"]
                left = i
                while left - 1 >= 0 and _nominal(*toks[left - 1]) and not any(
                        e[1] <= left - 1 <= e[2] for e in ents):
                    left -= 1
                if heads:
                    h = heads[-1]
                    first = next((m for m in range(left, h + 1) if _starts_name(*toks[m], m == left)), None)
                    level = first is not None and first == h and LEVEL.fullmatch(toks[h][0]) is not None
                    if (first is not None and h == first + 1 and toks[first][1] not in PROPER
                            and toks[h][0] in GENERIC_HEADS and LEVEL.fullmatch(toks[first][0]) is None):
                        first = None  # 国际|组织, 国家|银行: a common word and a generic head
                    press = (h == first and len(toks[h][0]) > 2 and toks[h][0].endswith("报")
                             and (toks[h][1] == "nz" or (h > 0 and toks[h - 1][0] == "《")))  # 人民日报, 《泰晤士报》
                    if first is not None and (h > first or toks[h][1] in ("nt", "j") or level or press):
                        if left < first:
                            unsure.append((left, first - 1))  # 有关/vn 国家/n 中国/ns 银行: unsure where it starts
                        for a, b in _coordinated(toks, first, h, heads):
                            ents.append(("ORG", a, b))
                        i = h + 1
                        continue
                    bare_head = first is not None and h == first and toks[h][1] not in ("nt", "j")
                    if (first is None and h > left) or bare_head:
                        unsure.append((left, h))
                        i = h + 1
                        continue
                if t == "ns":
                    ents.append(("LOC", i, i))
                i += 1
                continue
            i += 1
        tags = ["O"] * len(text)
        for cls, a, b in ents:
            s, e = starts[a], starts[b] + len(toks[b][0])
            if cls == "PER*":
                cls, e = "PER", e - 2
            _put(tags, cls, s, e)
        mask = None
        if unsure:
            mask = np.zeros((len(text), T), bool)
            mask[np.arange(len(text)), [TAG[x] for x in tags]] = True
            for a, b in unsure:
                mask[starts[a] : starts[b] + len(toks[b][0])] = True
        out.append((text, tags, mask))
    return out


def _put(tags: list[str], cls: str, s: int, e: int) -> None:
    if e - s == 1:
        tags[s] = f"S-{cls}"
        return
    tags[s] = f"B-{cls}"
    for k in range(s + 1, e - 1):
        tags[k] = f"I-{cls}"
    tags[e - 1] = f"E-{cls}"


def read_dev(path: Path) -> list[tuple[str, list[str], None]]:
    """Sentences of a BIO file as (text, BIOES tags, None)."""
    out = []
    for text, spans in read_bio(path):
        tags = ["O"] * len(text)
        for cls, s, e in spans:
            _put(tags, cls, s, e)
        out.append((text, tags, None))
    return out


def units_of(text: str, tags: list[str]) -> list[tuple[int, int]]:
    """Sentences of a paragraph, cut after 。！？ outside names (the units the tagger decodes)."""
    out, start = [], 0
    for m in SENT_END.finditer(text):
        e = m.end()
        if tags[e - 1] == "O" and (e >= len(tags) or tags[e][0] in "OBS"):
            out.append((start, e))
            start = e
    if start < len(text):
        out.append((start, len(text)))
    return out


class Corpus:
    """Texts with features, gold tags, masks and decoding units."""

    def __init__(self, items, cache: Path | None, name: str):
        self.texts = [t for t, _, _ in items]
        self.gold = [np.array([TAG[x] for x in g], np.int64) for _, g, _ in items]
        self.masks = [m for _, _, m in items]
        toks = _tokens(self.texts, cache, name)
        self.feats = [char_features(t, tk, HEADS) for t, tk in zip(self.texts, toks, strict=True)]
        self.units = [units_of(t, g) for t, g, _ in items]
        self.rows: list[np.ndarray] = []

    def index(self, keys: np.ndarray) -> None:
        n = len(keys)
        self.rows = []
        for f in self.feats:
            idx = np.minimum(np.searchsorted(keys, f), n - 1)
            self.rows.append(np.where(keys[idx] == f, idx, n).astype(np.int32))

    def subset(self, keep) -> Corpus:
        new = object.__new__(Corpus)
        for attr in ("texts", "gold", "masks", "feats", "units", "rows"):
            seq = getattr(self, attr)
            setattr(new, attr, [x for i, x in enumerate(seq) if keep(i)] if seq else [])
        return new


def _tokens(texts: list[str], cache: Path | None, name: str) -> list[list[tuple[int, int, str]]]:
    seg = segmenter()
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = cache / f"tokens_{name}_{key}.json" if cache else None
    if path and path.exists():
        return [[tuple(t) for t in tk] for tk in json.loads(path.read_text(encoding="utf-8"))]
    out = [[(t.start, t.end, t.pos) for t in seg.tokens(text)] for text in texts]
    if path:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(out), encoding="utf-8")
    return out


class Trainer:
    """Mini-batch averaged perceptron over BIOES tags with hard transition constraints."""

    def __init__(self, n_rows: int):
        self.w = np.zeros((n_rows + 1, T))
        self.u = np.zeros_like(self.w)
        self.tr = np.zeros((T, T))
        self.utr = np.zeros_like(self.tr)
        self.st = np.zeros(T)
        self.ust = np.zeros(T)
        self.en = np.zeros(T)
        self.uen = np.zeros(T)
        self.c = 1
        ok, s_ok, e_ok = allowed_transitions()
        self.pen = np.where(ok, 0.0, _FORBIDDEN), np.where(s_ok, 0.0, _FORBIDDEN), np.where(e_ok, 0.0, _FORBIDDEN)

    def scores(self, averaged: bool):
        if averaged:
            c = self.c
            return self.w - self.u / c, self.tr - self.utr / c, self.st - self.ust / c, self.en - self.uen / c
        return self.w, self.tr, self.st, self.en

    def step(self, batch: list[tuple[np.ndarray, np.ndarray, np.ndarray | None]]) -> int:
        """One update from a batch of (rows, gold, mask) units; returns the number of wrong tags."""
        lengths = np.array([len(g) for _, g, _ in batch])
        em = np.zeros((len(batch), lengths.max(), T))
        for b, (rows, _, _) in enumerate(batch):
            em[b, : len(rows)] = self.w[rows].sum(axis=1)
        tr, st, en = self.tr + self.pen[0], self.st + self.pen[1], self.en + self.pen[2]
        pred = viterbi(em, lengths, tr, st, en)
        golds = []
        need = [b for b, (_, _, m) in enumerate(batch) if m is not None]
        if need:
            em2 = em[need].copy()
            for k, b in enumerate(need):
                m = batch[b][2]
                em2[k, : len(m)] += np.where(m, 0.0, _FORBIDDEN)
            latent = viterbi(em2, lengths[need], tr, st, en)
        lat = {b: latent[k] for k, b in enumerate(need)} if need else {}
        wrong = 0
        rows_up, tags_up, sign_up = [], [], []
        for b, (rows, gold, mask) in enumerate(batch):
            n = len(gold)
            g = lat[b][:n] if mask is not None else gold
            p = pred[b, :n]
            golds.append(g)
            diff = np.nonzero(g != p)[0]
            if not len(diff):
                continue
            wrong += len(diff)
            r = rows[diff]
            rows_up += [r, r]
            tags_up += [np.repeat(g[diff], r.shape[1]), np.repeat(p[diff], r.shape[1])]
            sign_up += [np.ones(r.size), -np.ones(r.size)]
            for arr, s in ((g, 1.0), (p, -1.0)):
                np.add.at(self.tr, (arr[:-1], arr[1:]), s)
                np.add.at(self.utr, (arr[:-1], arr[1:]), s * self.c)
                self.st[arr[0]] += s
                self.ust[arr[0]] += s * self.c
                self.en[arr[-1]] += s
                self.uen[arr[-1]] += s * self.c
        if rows_up:
            r = np.concatenate([x.ravel() for x in rows_up])
            t = np.concatenate(tags_up)
            s = np.concatenate(sign_up)
            np.add.at(self.w, (r, t), s)
            np.add.at(self.u, (r, t), s * self.c)
            self.w[-1] = 0
            self.u[-1] = 0
        self.c += 1
        return wrong


def decode(w, tr, st, en, corpus: Corpus) -> list[list[tuple[str, int, int]]]:
    """Predicted entities of every text of a corpus."""
    ok, s_ok, e_ok = allowed_transitions()
    tr, st, en = np.where(ok, tr, _FORBIDDEN), np.where(s_ok, st, _FORBIDDEN), np.where(e_ok, en, _FORBIDDEN)
    out = []
    for rows, units in zip(corpus.rows, corpus.units, strict=True):
        em_all = w[rows].sum(axis=1)
        ents = []
        lengths = np.array([e - s for s, e in units])
        em = np.zeros((len(units), lengths.max(), T))
        for b, (s, e) in enumerate(units):
            em[b, : e - s] = em_all[s:e]
        paths = viterbi(em, lengths, tr, st, en)
        for b, (s, _) in enumerate(units):
            ents += [(c, s + a, s + z) for c, a, z in spans_of(paths[b, : lengths[b]])]
        out.append(ents)
    return out


def score(pred, corpus: Corpus) -> dict[str, tuple[float, float, float, int, int, int]]:
    res = {}
    for cls in ("PER", "ORG", "LOC"):
        tp = fp = fn = 0
        for p, g in zip(pred, corpus.gold, strict=True):
            ps = {x for x in p if x[0] == cls}
            gs = {x for x in spans_of(g) if x[0] == cls}
            tp += len(ps & gs)
            fp += len(ps - gs)
            fn += len(gs - ps)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        res[cls] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0, tp, fp, fn)
    return res


def fmt(res) -> str:
    return "  ".join(f"{c} P {p:.3f} R {r:.3f} F1 {f:.3f}" for c, (p, r, f, *_) in res.items())


#: Columns of :func:`char_features` that come from jieba (dropped at random in training, see ``--dropout``).
JIEBA_COLS = np.array([11, 12, 13, 14, 15, 16, 22])


class Mean:
    """The mean of several trainers' averaged scores (runs in other orders): a steadier model than one run."""

    def __init__(self) -> None:
        self.sums: list[np.ndarray] | None = None
        self.n = 0

    def add(self, trainer: Trainer) -> None:
        scores = [np.array(x, copy=True) for x in trainer.scores(True)]
        self.sums = scores if self.sums is None else [a + b for a, b in zip(self.sums, scores, strict=True)]
        self.n += 1

    def scores(self, averaged: bool = True):
        return tuple(x / self.n for x in self.sums)


def train(train_sets: list[tuple[Corpus, int]], epochs: int, min_count: int, batch_size: int, seed: int,
          evaluate: Corpus | None = None, log=print, dropout: float = 0.0, runs: int = 1):
    """Train on corpora (each repeated ``weight`` times per epoch); returns (trainer, keys, per-epoch dev scores).

    With ``runs`` > 1, that many perceptrons are trained on shuffles from seeds ``seed``,
    ``seed + 1`` …, and the trainer returned holds the mean of their averaged scores.
    """
    t0 = time.perf_counter()
    all_keys = np.concatenate([f.ravel() for c, _ in train_sets for f in c.feats])
    keys, counts = np.unique(all_keys, return_counts=True)
    keys = keys[counts >= min_count]
    del all_keys, counts
    for c, _ in train_sets:
        c.index(keys)
    if evaluate is not None:
        evaluate.index(keys)
    log(f"  {len(keys):,} features seen at least {min_count} times ({time.perf_counter() - t0:.1f} s)")
    units = []
    for c, weight in train_sets:
        for rows, gold, mask, us in zip(c.rows, c.gold, c.masks, c.units, strict=True):
            for s, e in us:
                units += [(rows[s:e], gold[s:e], None if mask is None else mask[s:e])] * weight
    mean = Mean()
    history = []
    for run in range(runs):
        rng = random.Random(seed + run)
        trainer = Trainer(len(keys))
        for ep in range(1, epochs + 1):
            t1 = time.perf_counter()
            # batches of similar length, in random order
            rng.shuffle(units)
            units.sort(key=lambda u: len(u[1]) // 8)
            batches = [units[i : i + batch_size] for i in range(0, len(units), batch_size)]
            rng.shuffle(batches)
            wrong = 0
            for b in batches:
                if dropout:
                    # hide jieba's view from some units, so the model does not lean on it alone
                    b = [(_drop(r, len(keys)), g, m) if rng.random() < dropout else (r, g, m) for r, g, m in b]
                wrong += trainer.step(b)
            msg = f"  {f'run {run + 1}, ' if runs > 1 else ''}epoch {ep}: {wrong:,} wrong tags, " \
                  f"{time.perf_counter() - t1:.0f} s"
            if evaluate is not None and (ep == epochs or runs == 1):
                res = score(decode(*trainer.scores(True), evaluate), evaluate)
                history.append(res)
                msg += "; dev B " + fmt(res)
            log(msg)
        if runs == 1:
            return trainer, keys, history
        mean.add(trainer)
        del trainer
    if evaluate is not None:
        log("  mean of the runs: dev B " + fmt(score(decode(*mean.scores(), evaluate), evaluate)))
    return mean, keys, history


def _drop(rows: np.ndarray, unknown: int) -> np.ndarray:
    rows = rows.copy()
    rows[:, JIEBA_COLS] = unknown
    return rows


def to_model(trainer: Trainer | Mean, keys: np.ndarray, prune: float, meta: dict) -> NerModel:
    """The averaged weights, with rows whose largest weight is below ``prune`` dropped."""
    w, tr, st, en = trainer.scores(True)
    w = w[:-1]
    keep = np.abs(w).max(axis=1) >= prune
    w = np.vstack([w[keep], np.zeros((1, T))]).astype(np.float32)
    ok, s_ok, e_ok = allowed_transitions()
    return NerModel(keys[keep], w, np.where(ok, tr, _FORBIDDEN).astype(np.float32),
                    np.where(s_ok, st, _FORBIDDEN).astype(np.float32), np.where(e_ok, en, _FORBIDDEN).astype(
                        np.float32), 1.0, 0.0, meta)


def calibrate(model: NerModel, corpus: Corpus) -> tuple[float, float, dict]:
    """Temperature (log loss of predicted names being right) and threshold (F1 of persons and organisations)."""
    corpus.index(model.keys)
    cands = []  # (class, logp per temperature, correct)
    temps = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128]
    for rows, gold, units in zip(corpus.rows, corpus.gold, corpus.units, strict=True):
        em_all = model.weights[rows].sum(axis=1)
        gs = set(spans_of(gold))
        lengths = np.array([e - s for s, e in units])
        em = np.zeros((len(units), lengths.max(), T), np.float32)
        for b, (s, e) in enumerate(units):
            em[b, : e - s] = em_all[s:e]
        paths = viterbi(em, lengths, model.trans, model.start, model.end)
        fb = [forward_backward(em / tau, lengths, model.trans / tau, model.start / tau, model.end / tau)
              for tau in temps]
        for b, (s0, _) in enumerate(units):
            for cls, s, e in spans_of(paths[b, : lengths[b]]):
                ps = []
                for tau, (alpha, beta, logz) in zip(temps, fb, strict=True):
                    ps.append(NerModel._span_prob(em[b] / tau, model.trans / tau, model.start / tau, alpha[b],
                                                  beta[b], logz[b], cls, s, e))
                cands.append((cls, ps, (cls, s0 + s, s0 + e) in gs))
        n_gold = {c: sum(1 for g in corpus.gold for x in spans_of(g) if x[0] == c) for c in ("PER", "ORG")}
    best = None
    for k, tau in enumerate(temps):
        ll = -sum(np.log(max(p[k], 1e-6)) if ok else np.log(max(1 - p[k], 1e-6)) for _, p, ok in cands)
        if best is None or ll < best[0]:
            best = (ll, k, tau)
    _, k, tau = best
    table = {}
    for th in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        f1s = []
        for c in ("PER", "ORG"):
            tp = sum(1 for cls, p, ok in cands if cls == c and p[k] >= th and ok)
            fp = sum(1 for cls, p, ok in cands if cls == c and p[k] >= th and not ok)
            pr = tp / (tp + fp) if tp + fp else 0
            rc = tp / n_gold[c] if n_gold[c] else 0
            f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0)
        table[th] = f1s
    th = max(table, key=lambda t: (round(sum(table[t]), 3), -t))
    return tau, th, table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--min-count", type=int, default=2, help="keep features seen at least this often")
    ap.add_argument("--batch", type=int, default=16, help="units per perceptron update")
    ap.add_argument("--dev-weight", type=int, default=3, help="repetitions of the dev split per epoch")
    ap.add_argument("--prune", type=float, default=0.5, help="drop features whose largest weight is below this")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threshold", type=float, default=0.3,
                    help="probability below which a name is not proposed (a negative value: the one fitted on dev B)")
    ap.add_argument("--runs", type=int, default=2, help="perceptrons (seeds seed, seed + 1 …) whose mean is the model")
    ap.add_argument("--holdout-only", action="store_true", help="train and score on dev B only; write no model")
    ap.add_argument("--train-bio", type=Path, action="append", default=[],
                    help="another BIO training file (e.g. a People's Daily NER train split); never a test split")
    ap.add_argument("--holdout-out", type=Path, help="also write the held-out model (trained without dev B) here")
    ap.add_argument("--cache", type=Path, help="folder to cache jieba tokenisation between runs")
    ap.add_argument("--hold", choices=("A", "B"), default="B",
                    help="the dev blocks held out (B; A to cross-check a setting on the other half)")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "ner_model.npz")
    args = ap.parse_args()
    if any("test" in p.name for p in args.train_bio):
        print("error: test splits are for measuring only, never for training", file=sys.stderr)
        return 1
    if not NER.is_dir():
        print(f"skipped: {NER} is not here")
        return 0
    t0 = time.perf_counter()
    print("reading and segmenting PFR 1998-01 and the People's Daily dev split ...")
    pfr = Corpus(read_pfr(NER / "pfr_199801_flat.txt"), args.cache, "pfr")
    dev = Corpus(read_dev(NER / "peoples_daily_dev_bio.txt"), args.cache, "dev")
    print(f"  {len(pfr.texts):,} PFR paragraphs ({sum(map(len, pfr.texts)):,} chars), {len(dev.texts):,} dev "
          f"sentences ({sum(map(len, dev.texts)):,} chars), {time.perf_counter() - t0:.0f} s")
    extra = [(Corpus(read_dev(p), args.cache, p.stem), 1) for p in args.train_bio]
    in_b = [(i // 50) % 2 == (1 if args.hold == "B" else 0) for i in range(len(dev.texts))]
    dev_a, dev_b = dev.subset(lambda i: not in_b[i]), dev.subset(lambda i: in_b[i])
    settings = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()
                if k not in ("cache", "out", "holdout_only", "holdout_out", "hold")}
    settings["train_bio"] = [p.name for p in args.train_bio]
    print(f"held-out run: train on PFR + dev A, score on dev B; settings {settings}")
    trainer, keys, _ = train([(pfr, 1), *extra, (dev_a, args.dev_weight)], args.epochs, args.min_count, args.batch,
                             args.seed, evaluate=dev_b, runs=args.runs)
    held = to_model(trainer, keys, args.prune, {})
    del trainer
    tau, th, table = calibrate(held, dev_b)
    if args.threshold >= 0:
        th = args.threshold  # fixed: the fitted one swings between runs (dev B F1 is flat from 0 to 0.4)
    pruned = score(decode(held.weights, held.trans, held.start, held.end, dev_b), dev_b)
    print(f"  pruned to {len(held.keys):,} features: dev B {fmt(pruned)}")
    print(f"  temperature {tau}; threshold {th} (dev B F1 of PER, ORG by threshold: "
          + ", ".join(f"{t}: {a:.3f}/{b:.3f}" for t, (a, b) in table.items()) + ")")
    if args.holdout_out:
        NerModel(held.keys, held.weights, held.trans, held.start, held.end, tau, th,
                 {"trained_on": ["pfr_199801_flat.txt", "peoples_daily_dev_bio.txt (blocks A only)"],
                  "heads": HEADS}).save(
            args.holdout_out)
    if args.holdout_only:
        return 0
    del held
    print("final run: train on PFR + all of dev")
    trainer, keys, _ = train([(pfr, 1), *extra, (dev, args.dev_weight)], args.epochs, args.min_count, args.batch,
                             args.seed, runs=args.runs)
    meta = {
        "trained_on": ["pfr_199801_flat.txt", "peoples_daily_dev_bio.txt", *settings["train_bio"]],
        "settings": settings,
        "dev_b_heldout": {c: {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)} for c, (p, r, f, *_) in
                          pruned.items()},
        "script": "scripts/train_ner.py",
        "heads": HEADS,
    }
    final = to_model(trainer, keys, args.prune, meta)
    final = NerModel(final.keys, final.weights, final.trans, final.start, final.end, tau, th, meta)
    final.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(final.keys):,} features, {size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")
    print(json.dumps(meta["dev_b_heldout"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
