"""Venues: cues of a visit in the past, nouns jieba hardly knows as a name's own word, headings and job titles."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("最后一批物资抵达竹韵大学。", "竹韵大学"),  # a noun jieba hardly knows names the university
        ("这是总书记考察过的青禾精密仪器有限公司，车间内机器轰响。", "青禾精密仪器有限公司"),  # 考察过的 + place
        ("不少游客慕名参观过的青禾纪念馆，今年扩建。", "青禾纪念馆"),
        ("此前，他来到青禾山自然保护区救助站，看望巡护员。", "青禾山自然保护区救助站"),
        ("“我们都很开心。”\n\n竹韵研学基地，学员们正在上课。", "竹韵研学基地"),  # a paragraph set at a place
        ("来到青禾金银花种植基地，村民正在采摘。", "青禾金银花种植基地"),  # a name before common words
    ],
)
def test_venue_found(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "居民走进党群活动中心，参加文体活动。",  # a rare compound before 中心 names a kind
        "他考察过的企业，都已复工复产。",  # no name
        "余某某是一名青禾山自然保护区救助站巡护员。",  # the place only says whom he works for
        "王某某是一位竹韵大学讲师。",
        "“我们都很开心。”\n\n### 竹韵研学基地，激发乡亲潜能\n\n上门学艺的村民越来越多。",  # a heading, no scene
        # common words jieba tags as a person's name (金银花, 玉米) make a kind of site, no name
        "当地建成了金银花种植基地，带动村民增收。",
        "来到金银花种植基地，村民正在采摘。",
        "园内建有高标准采摘大棚、高叶酸玉米基地、青山羊养殖场等项目。",
    ],
)
def test_no_venue(text):
    assert not names(text, "Venue")
