"""Cleaning: layout breaks rejoined, paragraphs kept, punctuation unified, offsets mapped back to the source."""

from __future__ import annotations

import pytest

from kg.clean import _ASCII_TO_WIDE, clean_region, normalize
from kg.readers.page import read_page
from kg.segment import segmenter
from kg.split import split_articles
from kg.types import OffsetMap

WIDE = set(_ASCII_TO_WIDE.items())


@pytest.fixture(scope="module")
def articles(sample_path):
    (src,) = list(read_page(sample_path))
    return src, list(split_articles(src, segmenter().crosses))


@pytest.mark.parametrize("word", ["以习近平同志为核心", "坚韧不屈", "常务副主席", "业务知识", "压力的来源", "内容丰富"])
def test_clean_rejoins_words_broken_by_layout(articles, word):
    _, arts = articles
    assert any(word in a.text for a in arts)


@pytest.mark.parametrize(
    "joined", ["交流活动，我不仅学习到", "围绕这一任务，怀柔区各级工会", "劳模精神、劳动精神", "努力为集团高质量发展"]
)
def test_clean_rejoins_sentences_broken_by_layout(articles, joined):
    assert any(joined in a.text for a in articles[1])


def test_clean_keeps_real_paragraphs(articles):
    first = articles[1][0].text
    assert "阐述自己的观点。\n每一位劳模" in first
    assert first.endswith("孟大鹏说。\n本报记者 孙妍 摄")


def test_clean_unifies_punctuation(articles):
    assert articles[1][0].text.startswith("劳模工匠交流活动在京举行\n本报讯（记者 张晶） 5月11日，由全国总工会")


def test_clean_offsets_map_every_character_back(articles):
    src, arts = articles
    raw = src.fields["file"]
    for art in arts:
        for i, ch in enumerate(art.text):
            _, s, e = art.offsets.to_source(i, i + 1)
            assert e == s + 1
            if ch != "\n":
                assert ch == raw[s] or ch == normalize(raw[s]) or (raw[s], ch) in WIDE


def test_clean_span_across_a_break_covers_the_break(articles):
    src, arts = articles
    art = next(a for a in arts if "常务副主席" in a.text)
    i = art.text.index("常务副主席")
    _, s, e = art.offsets.to_source(i, i + 5)
    assert src.fields["file"][s:e] == "常\n\n务副主席"


def test_clean_headings_keep_their_break():
    text = "精准识别\n资金用在关键处\n“如何精准认定，”他说。"
    out, _ = clean_region(text, 0, len(text), "text", segmenter().crosses)
    assert out == text


def test_clean_offset_map_end_excludes_following_break():
    m = OffsetMap([(0, "f", 0), (2, "f", 5)], 4)
    assert m.to_source(0, 2) == ("f", 0, 2)
    assert m.to_source(1, 3) == ("f", 1, 6)


def test_clean_credit_lines_keep_their_break_in_print():
    # a layout credit holds a colon, which would make a short line read as prose
    text = "选拔工作年中完成。\n版式设计：韩晓雯\n数据来源：本报\n他说：今年的工作\n重点在基层。"
    out, _ = clean_region(text, 0, len(text), "file", segmenter().crosses, printed=True)
    assert "版式设计：韩晓雯\n数据来源：本报" in out
    assert "他说：今年的工作重点在基层。" in out  # prose broken by layout still rejoins
