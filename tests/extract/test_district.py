"""Districts from the GB/T 2260 data file, with and without 区, and their short forms in context."""

from __future__ import annotations

import pytest

from kg.lexicon import lexicon
from tests.helpers import analyse, names

BEIJING = {
    "东城区": "110101", "西城区": "110102", "朝阳区": "110105", "丰台区": "110106", "石景山区": "110107",
    "海淀区": "110108", "门头沟区": "110109", "房山区": "110111", "通州区": "110112", "顺义区": "110113",
    "昌平区": "110114", "大兴区": "110115", "怀柔区": "110116", "平谷区": "110117", "密云区": "110118",
    "延庆区": "110119",
}


def test_district_data_file_has_beijing_16_with_codes():
    lx = lexicon()
    found = {d.name: d.code for d in lx.divisions.values() if d.parent == "110100" and d.level == "county"}
    assert found == BEIJING
    assert lx.division("北京经济技术开发区").level == "zone"


@pytest.mark.parametrize(("name", "code"), sorted(BEIJING.items()))
def test_district_full_and_short_forms(name, code):
    short = name[:-1]
    for text in (f"{name}总工会举办活动。", f"{short}职工参加活动。"):
        doc = analyse(text, city="北京")
        codes = {m.attrs.get("code") for m in doc.candidates["district"]}
        assert code in codes, text


def test_district_functional_zone():
    text = "北京经济技术开发区总工会与平谷区总工会互赠作品，北京经济技术开发区发展迅速。"
    assert "北京经济技术开发区" in names(text, "District")


def test_district_short_county_names_need_their_province():
    assert "内丘县" in names("河北内丘构筑防贫安全岛。", "District")
    assert not names("他在城关工作，和平共处。", "District")


def test_district_namesakes_resolve_to_the_page_city():
    doc = analyse("朝阳区总工会举办活动。", city="北京")
    assert {m.attrs["code"] for m in doc.candidates["district"] if m.text == "朝阳区"} == {"110105"}


def test_a_municipality_is_one_place():
    """GB/T 2260 lists 北京市 as a province (110000) and a city (110100): kg makes one City node."""
    from tests.helpers import resolve

    rd, r = resolve("北京市总工会在北京市怀柔区举办活动，北京职工和上海市的劳模参加。")
    places = {e.name: k for k, e in r.entities.items() if k.startswith("place/")}
    assert places["北京市"] == "place/110000" and places["上海市"] == "place/310000"
    assert {m.label for m in rd.doc.mentions if m.name == "北京市"} == {"City"}


@pytest.mark.parametrize(
    ("text", "city", "expected"),
    [
        # a longer dictionary word holds the name: no district
        ("创建全域旅游示范县。", None, set()),
        ("游客登上普陀山。", "舟山", set()),
        # a short name is the division the article names in full
        ("陕西佛坪县推进搬迁。这几年，佛坪将集中安置与分散安置结合。", None, {"佛坪县"}),
        # a short name shared by a city and a county, before a county of that city, is the city
        ("辽宁抚顺新宾县发展旅游。", None, {"新宾满族自治县"}),
        # customary abbreviations of banners (西乌旗 for 西乌珠穆沁旗)
        ("锡林郭勒盟西乌旗牧民转场。", None, {"西乌珠穆沁旗"}),
        # places listed and counted as counties are counties, short names and county-level cities alike
        ("地跨应县、山阴、怀仁、浑源四县。", None, {"应县", "山阴县", "怀仁市", "浑源县"}),
        # a county before the name of one of its organs names the organ's level, not a place
        ("定远县林业局副局长说，造林进度加快。", None, set()),
        ("定远县境内河流众多。", None, {"定远县"}),
        # national-level new areas are zones governed at district level
        ("重庆两江新区发展迅速。", None, {"两江新区"}),
    ],
)
def test_district_words_namesakes_abbreviations_lists_and_organs(text, city, expected):
    assert names(text, "District", city=city) == expected
