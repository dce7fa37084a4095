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
     ("家住四川射洪县的老人说。", {"射洪县"}), ("家住四川射洪市的老人说。", {"射洪市"}),
     ("家住四川射洪的老人说。", {"射洪市"})],  # 射洪 is today's 射洪市
)
def test_district_former_counties_as_the_article_writes_them(text, expected):
    assert names(text, "District") == expected


def test_district_former_counties_keep_old_codes_and_no_plain_word_short_forms():
    lx = lexicon()
    assert lx.division("邢台县").code == "130521"
    assert "吉利" not in lx.by_name  # 吉利区 (merged 2021): its short form is a plain word
    assert lx.division("渝北").name == "渝北区"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("他去过湖南韶山、江西井冈山和河北内丘。", {"韶山市", "井冈山市", "内丘县"}),  # short forms after a province
     ("韶山市和井冈山市的干部来到河北内丘县。", {"韶山市", "井冈山市", "内丘县"})],
)
def test_county_level_cities_count_like_counties(text, expected):
    assert names(text, "District") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("记者来到顺义区赵全营镇兆丰公园看到，游人很多。", {"顺义区"}),
     ("湖南省张家界市慈利县三官寺土家族乡副乡长说，今年很好。", {"慈利县"}),
     ("她是青岛市李沧区九水街道党工委书记。", {"李沧区"}),
     ("他是湖南湘西花垣县委驻某某村扶贫工作队队长。", set()),  # the county's own organ
     ("怀柔区总工会主席说。", set())],
)
def test_district_before_a_lower_place_inside_a_longer_name(text, expected):
    assert names(text, "District") == expected


def test_county_level_city_short_form_after_its_full_name():
    text = "记者来到吉林省舒兰市。舒兰，满语“果实”之意，群山隐隐。"
    assert names(text, "District") == {"舒兰市"}
    assert names(text, "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("成都高新区的企业说，订单很多。", {"成都高新区"}),  # a development zone named by its city
     ("在江苏苏州市高新区，企业很多。", {"苏州高新区"}),
     ("济南高新技术产业开发区发布新政策。", {"济南高新技术产业开发区"}),
     ("武汉经济技术开发区管委会主任说。", set()),  # only the zone's organ
     ("宁乡经开区的企业复工。", set())],  # a county-level city's zone: no district-level zone
)
def test_city_development_zones(text, expected):
    assert names(text, "District") == expected
