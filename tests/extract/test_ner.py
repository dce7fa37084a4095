"""The statistical name recogniser: its model file loads, and it finds names it was never trained on."""

from __future__ import annotations

import zipfile
from importlib import resources

import numpy as np
import pytest

from kg import registry
from kg.extract.ner import MODEL_FILE, TAGS, NerModel, model
from kg.segment import segmenter
from tests.helpers import analyse


def test_ner_model_file_loads():
    m = model()
    assert isinstance(m, NerModel)
    assert len(m.keys) > 10_000
    assert m.weights.shape == (len(m.keys) + 1, len(TAGS))
    assert 0.0 <= m.threshold < 1.0 and m.temperature > 0
    assert m.meta["trained_on"] and "dev_b_heldout" in m.meta


def test_ner_model_file_is_small_and_holds_no_pickle():
    path = resources.files("kg.data").joinpath(MODEL_FILE)
    assert path.stat().st_size < 10_000_000
    with np.load(str(path), allow_pickle=False) as z:  # refuses object (pickled) arrays
        for name in z.files:
            assert z[name].dtype != object
    with zipfile.ZipFile(str(path)) as zf:
        assert all(n.endswith(".npy") for n in zf.namelist())


def test_ner_registered_with_its_contract():
    spec = registry.get("ner")
    assert spec.requires == ("tokens",)
    assert spec.assigns == ("candidates:Person", "candidates:Organization", "candidates:Place")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("车间主任葛振宇介绍，新设备已于上月投入使用。", "葛振宇"),
        ("在昨天的座谈会上，青年教师闫立楠谈了自己的体会。", "闫立楠"),
        ("邵明哲从事焊接工作二十多年，带出了一批徒弟。", "邵明哲"),
        ("退休以后，庞秀芸每天都到社区帮助独居老人。", "庞秀芸"),
        ("这项技术由蔺文博和他的团队历时三年研发成功。", "蔺文博"),
    ],
)
def test_ner_finds_unseen_persons(text, name):
    doc = analyse(text)
    found = {m.text for m in doc.candidates.get("ner", []) if m.label == "Person"}
    assert name in found


@pytest.mark.parametrize(
    "text",
    [
        "车间主任葛振宇介绍，他曾在江城理工大学进修，后到宁川市第三人民医院参观学习。",
        "新华社北京电 国务院新闻办公室今天举行发布会，发言人薛晓燕回答了记者提问。",
    ],
)
def test_ner_spans_in_bounds_and_scored_below_rules(text):
    doc = analyse(text)
    cands = doc.candidates.get("ner", [])
    assert cands
    for m in cands:
        assert 0 <= m.start < m.end <= len(doc.text)
        assert doc.text[m.start : m.end] == m.text
        assert m.label in ("Person", "Organization")
        assert m.extractor == "ner"
        assert 0.0 <= m.attrs["prob"] <= 1.0
        assert m.score < 1.0


def test_ner_finds_an_organisation_by_its_head():
    doc = analyse("他毕业于江城理工大学，现在一家医院工作。")
    assert "江城理工大学" in {m.text for m in doc.candidates.get("ner", []) if m.label == "Organization"}


def test_ner_tag_decodes_sentences_in_one_batch():
    text = "厂长葛振宇说。女工庞秀芸说。"
    tokens = [(t.start, t.end, t.pos) for t in segmenter().tokens(text)]
    found = model().tag(text, tokens, [(0, 7), (7, len(text))])
    assert [(c, text[s:e]) for c, s, e, _ in found if c == "PER"] == [("PER", "葛振宇"), ("PER", "庞秀芸")]


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("西部战区总医院院长王某说", "部战区总医院", "西部战区总医院"),  # a name begins where a word begins
        ("、提案委员会主任李某说", "提案委员会", "提案委员会"),  # the one word before a bare head stays
        ("他并向蓝湾集团党委汇报", "向蓝湾集团党委", "蓝湾集团党委"),  # a preposition at the edge goes
        ("来自首都航天机械有限公司的", "首都航天机械有限公司", "首都航天机械有限公司"),  # 首都 begins names
        ("而冰岛队在上半场", "而冰岛队", "冰岛队"),  # a conjunction goes, even before a single word
        ("蓝湾公司总裁王某说", "蓝湾公司", "蓝湾公司"),  # 公司|总裁 in one word: 公司总裁 is no title
        ("蓝湾集团党委书记王某说", "蓝湾集团党委", "蓝湾集团"),  # 党委|书记 in one word: 党委书记 is a title
        ("王某代表蓝湾集团党委致辞", "代表蓝湾集团党委", "蓝湾集团党委"),  # on behalf of: not the name
        ("王某代表集团党委致辞", "代表集团党委", None),  # a body named by its kind alone: no name
        ("他并向集团党委汇报", "向集团党委", None),
    ],
)
def test_tidy_org_edges(text, span, want):
    from kg.extract.ner import _tidy_org, _Tokens

    toks = _Tokens([(t.start, t.end, t.pos) for t in segmenter().tokens(text)])
    s = text.index(span)
    got = _tidy_org(text, toks, s, s + len(span))
    assert (text[got[0]:got[1]] if got else None) == want


def test_the_model_keeps_the_head_words_it_was_trained_with():
    # a later edit of suffixes.tsv does not change what the shipped model reads
    heads = dict(model().heads or ())
    assert heads.get("委员会") == 1 and heads.get("纪念馆") == 2 and heads.get("女队") == 1


def test_span_probabilities_off_and_on_the_best_path():
    text = "厂长葛振宇说，他在江城理工大学读过书。"
    tokens = [(t.start, t.end, t.pos) for t in segmenter().tokens(text)]
    found = {(c, s, e): p for c, s, e, p in model().tag(text, tokens, [(0, len(text))])}
    spans = list(found)
    probs = model().span_probs(text, tokens, (0, len(text)), spans)
    assert probs == pytest.approx([found[x] for x in spans], abs=1e-4)
    # a span off the path has a small probability of its own
    s = text.index("他在")
    assert model().span_probs(text, tokens, (0, len(text)), [("ORG", s, s + 2)])[0] < 0.05


def test_owner_guesses_end_where_a_workplace_union_begins():
    doc = analyse("金川市人大代表、禾润超市公司工会主席陈某出席会议。宁远物流公司工会组织培训。")
    for m in doc.candidates.get("ner", []):
        if m.attrs.get("before_union"):
            assert doc.text.startswith("工会", m.end) and m.text.endswith("公司")


def test_an_organisation_guess_does_not_begin_inside_an_adverb_or_verb():
    from kg.extract.ner import _tidy_org, _Tokens

    text = "甲乙争取进步人民联盟"
    toks = [(0, 2, "nr"), (2, 4, "v"), (4, 6, "d"), (6, 8, "n"), (8, 10, "j")]
    assert _tidy_org(text, _Tokens(toks), 5, 10) == (6, 10)  # 进|步人民联盟 → 人民联盟, not 步人民联盟
