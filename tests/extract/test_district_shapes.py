"""Counties whose names are also words (兴县 in 旅游兴县, 和县 in 镇上和县里), and former counties."""

from __future__ import annotations

import pytest

from kg.lexicon import lexicon
from tests.helpers import names


@pytest.mark.parametrize(
    "text",
    ["当地提出“旅游兴县、带动三产”的思路。", "实施科技兴县战略。", "不过现在镇上和县里已经开始筹备。"],
)
def test_district_slogans_and_conjunctions_name_no_county(text):
    assert names(text, "District") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("山西兴县的农民增收。", {"兴县"}), ("他来到兴县调研。", {"兴县"}), ("来到安徽和县调研。", {"和县"}),
     ("和县的农民增收。", {"和县"})],
)
def test_district_two_character_counties_still_found(text, expected):
    assert names(text, "District") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("“五一”假期，河北省邢台县的生态旅游区游客不断。", {"邢台县"}),  # abolished in 2020
     ("家住四川射洪县的老人说。", {"射洪县"}), ("家住四川射洪的老人说。", {"射洪市"})],  # 射洪 is today's 射洪市
)
def test_district_former_counties_as_the_article_writes_them(text, expected):
    assert names(text, "District") == expected


def test_district_former_counties_keep_old_codes_and_no_plain_word_short_forms():
    lx = lexicon()
    assert lx.division("邢台县").code == "130521"
    assert "吉利" not in lx.by_name  # 吉利区 (merged 2021): its short form is a plain word
    assert lx.division("渝北").name == "渝北区"
