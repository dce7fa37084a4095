"""Venues: names with a place head word, found by their head and by the words that put them as places."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a cue (在, 走进, 抵达 …) before a name of words jieba does not know
        ("4月2日，街道工会在桐溪街道户外劳动者服务站为快递小哥测量血压。", "桐溪街道户外劳动者服务站"),
        ("区劳模走进苍梧岭矿工纪念馆，重温奋斗历程。", "苍梧岭矿工纪念馆"),
        ("镇总工会在榕汀职工文化宫开办春季职工夜校。", "榕汀职工文化宫"),
        ("航班准点抵达恩川柳家坪机场，疗休养团受到欢迎。", "恩川柳家坪机场"),
        ("技能大赛在石景山区澄湾体育中心开赛。", "石景山区澄湾体育中心"),
    ],
)
def test_venue_after_a_place_cue(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "习近平来到物业服务站，看望慰问工作人员。",  # no name: a kind of place
        "镇白沙村村民赶到村体育馆参加比赛。",  # 村 alone is no place name
        "青年技术人员在重大项目工地挥洒汗水。",  # a kind of site
    ],
)
def test_no_venue_without_a_name(text):
    assert not names(text, "Venue")


def test_near_a_place_is_not_part_of_its_name():
    assert names("在距浦东机场3公里的地方，工人们正在施工。", "Venue") == {"浦东机场"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("我国首口深层地热科学探井——福澜热1井成功钻探至5200米。", "福澜热1井"),
        ("“雪峰3”号极地考察船在香港举办开放日活动。", "“雪峰3”号极地考察船"),
        ("专列从西安北站出发，开往终点峨眉山站，免费送农民工回家。", "峨眉山站"),
    ],
)
def test_numbered_wells_vessels_and_stations(text, venue):
    assert venue in names(text, "Venue")


def test_tour_legs_are_no_stations():
    assert not names("巡回赛先后来到四川站、河南站、湖北站。", "Venue")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("5月9日，在桐溪区第一人民医院，护士们为职工检查身体。", "桐溪区第一人民医院"),
        ("研修班在中国浦东干部学院举办。", "中国浦东干部学院"),
    ],
)
def test_organisation_used_as_a_place(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "恩施州、黔东南州分别建成3家、5家杭州职工疗休养基地。",  # a count: a kind of place
        "北京冬奥会场馆设施要建设为国际一流。",  # the venues of an event
        "为智慧港口提质增效的装载机司机。",  # 智慧 is no name
        "在桐溪区总工会的指导下，职工们开展了活动。",  # a body, not a place
        "该机场位列世界十大危险机场第一位。",  # a rank among places
        "我国首个国家公园试点正式启动。",  # 国家公园 alone is a kind
        "全面贯彻“港人治港”方针。",  # 治港 is a verb
    ],
)
def test_kinds_of_places_are_no_venues(text):
    assert not names(text, "Venue")


def test_a_verb_ends_a_venue_name():
    assert names("2016年，温某开始负责天安门广场的地面清洁工作。", "Venue") == {"天安门广场"}


def test_a_list_of_places_visited():
    found = names("观摩团先后参观了苍梧岭矿工纪念馆和桐溪湿地公园。", "Venue")
    assert {"苍梧岭矿工纪念馆", "桐溪湿地公园"} <= found


def test_national_names_known_as_venues():
    assert names("“京彩”美术作品展在中国美术馆举办。", "Venue") == {"中国美术馆"}
