"""Venues: names with a place head word, found by their head and by the words that put them as places."""

from __future__ import annotations

import pytest

from tests.helpers import names, resolve


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


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("货轮驶离港口榕湾港，前往下一站。", "榕湾港"),  # a common noun in apposition before the name
        ("导弹击中了邻国南部城市榕湾港。", "榕湾港"),  # a direction, then a common noun
        ("车行武汉榕湾大道，两旁绿树成荫。", "榕湾大道"),  # a city before a street's name only places it
        ("宣讲在广州南沙“青禾湾”港澳青创基地举行。", "“青禾湾”港澳青创基地"),  # a quoted word begins the name
        ("嘉宾到中国—南亚博览会展馆巡馆。", "中国—南亚博览会展馆"),  # two places joined by a dash
        ("在河北榕岭烈士陵园，同学们缅怀先烈。", "榕岭烈士陵园"),  # a province before a name that stands alone
    ],
)
def test_where_a_venue_name_begins(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "这条被称为“迎宾大道”的道路两旁绿树成荫。",  # a nickname in quotes
        "导弹落在邻国南部港口。",  # a direction and a head: no name
        "丰台区建设卫星互联网产业园。",  # what is being built, not a name
        "新疆加快建设大型风电光伏基地。",  # 大型: a kind
        "绿电正在点亮亚运场馆。",  # the venues of the games
        "任务各测控站点实施联调联控。",  # 测控站: a kind of station
        "全国中医药文化宣传教育基地增至150个。",  # a title many places bear
        "伊朗称袭击了美军基地。",  # an owner, not a name
        "宣讲员结合小区即将开放的养老服务站展开宣讲。",  # an activity, not a name
        "山东港口吞吐量稳步增长。",  # a province's ports
        "在县里新四军75团战史陈列馆，游客络绎不绝。",  # not 团战史陈列馆: a name is not cut at a number
    ],
)
def test_no_venue_in_these(text):
    assert not names(text, "Venue") - {"新四军75团战史陈列馆"}


@pytest.mark.parametrize(
    "text",
    [
        "邻国最大港口昨日遭袭。",  # a superlative: a kind
        "无人机袭击了邻国军用机场。",  # whose army: a kind of airfield
    ],
)
def test_kinds_by_rank_or_owner(text):
    assert not names(text, "Venue")


def test_a_verb_before_a_place_ends_the_clause():
    assert names("浦东新区启动中科大榕湾科教基地建设。", "Venue") == {"中科大榕湾科教基地"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("志愿者沿桐溪路、榕湾东街一带清扫积雪。", {"桐溪路", "榕湾东街"}),  # after a cue of route, and in a list
        ("社区位于江岸区榕湾路的东侧。", {"榕湾路"}),  # after a division
    ],
)
def test_streets(text, venue):
    assert venue <= names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "我们坚持走中国特色社会主义道路。",  # 道路 is no street
        "川青铁路建设稳步推进。",  # a railway line
        "要拓宽就业思路。",
    ],
)
def test_no_streets_in_these(text):
    assert not names(text, "Venue")


def test_nouns_joined_by_ji_inside_a_cued_name():
    assert "桐溪商学院马术及游泳赛事场馆" in names("比赛在桐溪商学院马术及游泳赛事场馆举行。", "Venue")


def test_a_province_before_a_known_venue():
    assert names("北京天安门广场举行升旗仪式。", "Venue") == {"天安门广场"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # companies, schools and laboratories visited on a tour, one by one or in a list
        ("在桐溪，代表团到桐溪船舶重工集团、榕汀科技公司，了解企业运营情况。", {"桐溪船舶重工集团", "榕汀科技公司"}),
        ("他考察了苍梧重工集团、榕湾材料实验室和桐溪科技公司，了解研发情况。",
         {"苍梧重工集团", "榕湾材料实验室", "桐溪科技公司"}),
        # the kind of company before its name
        ("随后，他前往民营高新技术企业榕汀科技有限公司，察看生产线。", {"榕汀科技有限公司"}),
        ("工作组来到榕湾镇青禾小区，了解基层治理情况。", {"榕湾镇青禾小区"}),
        ("在榕湾镇机关，他一一翻阅问题清单。", {"榕湾镇机关"}),  # 在 setting the scene
        ("游客走进“槐岭礼物”店，挑选纪念品。", {"“槐岭礼物”店"}),  # a rare word quoted before the head
        ("三年前，她来到桐溪镇卫生院，一干就是十年。", {"桐溪镇卫生院"}),
    ],
)
def test_organisations_visited_are_venues(text, venue):
    assert venue <= names(text, "Venue")


def test_a_place_visited_is_also_an_organisation():
    _, r = resolve("他考察了苍梧重工集团，了解研发情况。")
    types = {t for e in r.entities.values() if e.name == "苍梧重工集团" for t in e.attrs["types"]}
    assert types == {"Venue", "Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "他首先来到桐溪大学教授、历史学家李某某家中。",  # the body qualifies a title: a home is visited
        "他分别到省、市、县三级人大常委会机关调研。",  # bodies at each level
        "医务人员走进养老护理中心为老人义诊。",  # no name
        "欢迎你们长大后到中国读大学。",  # a verb, not a name
        "村民可在“家门口”服务站办理事务。",  # a common word in quotes: a kind
        "今后在榕湖新建码头几乎不可能。",  # what is built
        "他把材料报送到桐溪区融媒体中心。",  # where a thing is sent, not a visit
        "要深入实施重点企业、榕湾科技公司帮扶计划。",  # 深入 before a verb: deeply, not a visit
        "美国白宫发言人表示将予以回应。",  # a body that speaks
        "他前往村党群服务中心了解情况。",  # the village's, unnamed
    ],
)
def test_no_venue_visited_in_these(text):
    assert not names(text, "Venue")


def test_stations_listed_before_n_stations():
    found = names("电子客票在京广高铁北京西、涿州东、高碑店东、正定机场、石家庄5个站试点。", "Venue")
    assert {"北京西站", "涿州东站", "高碑店东站", "正定机场站", "石家庄站"} <= found


def test_a_foreign_city_before_a_name_written_alone():
    text = "两国元首在巴黎槐岭宫举行会谈。当晚，主人在槐岭宫举行欢迎晚宴。"
    assert names(text, "Venue") == {"槐岭宫"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("习近平来到榕湾镇青禾金柚种植基地，察看柚子。", "榕湾镇青禾金柚种植基地"),  # a verb in the kind of base
        ("博览会在广州榕汀世贸博览馆开幕。", "广州榕汀世贸博览馆"),
        ("新春佳节，桐溪花卉市场人头攒动。", "桐溪花卉市场"),
    ],
)
def test_more_heads_of_places(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("国庆招待会在中国驻榕湾国大使馆举行。", "中国驻榕湾国大使馆"),  # an embassy as the place of an event
        ("开幕式在人民大会堂北大厅举行。", "人民大会堂北大厅"),  # a hall of a named building
        ("会议在中南海怀仁堂召开。", "怀仁堂"),  # a known national venue
        ("桐溪集团贵金属冶炼分厂地处甘肃省金昌市。", "桐溪集团贵金属冶炼分厂"),  # a plant placed by 地处
    ],
)
def test_places_of_events_and_plants(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "中国驻榕湾国大使馆发言人表示坚决反对。",  # the embassy speaks: a body
        "纳税人在办税大厅排队办理业务。",  # a hall named by what is done there
        "正值南极某站建站30周年，昆仑站建站10周年。",  # 建站: to found a station
        "27日，榕湾航空公司位于某市的一个维修车间发生事故。",  # where a part of the company is
        "李强参观了榕汀、苍梧、桐溪科技中心等企业和机构的机器人展台。",  # whose stands are visited
    ],
)
def test_no_place_of_event_in_these(text):
    assert not names(text, "Venue") - {"南极某站", "某站"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("2月8日，记者来到青禾战区总医院，看望医护人员。", "青禾战区总医院"),  # only the model knows the hospital
        ("下水仪式在中国榕船重工集团公司桐湾造船厂举行。", "中国榕船重工集团公司桐湾造船厂"),  # a unit after its parent
    ],
)
def test_guessed_organisation_used_as_a_place(text, venue):
    assert venue in names(text, "Venue")


def test_a_kind_of_hospital_guessed_is_no_venue():
    assert "方舱医院" not in names("省医疗队310名队员抵达方舱医院后，很快投入工作。", "Venue")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("鸟语啁啾的孙家大院，游客络绎不绝。", "孙家大院"),  # a family's compound
        ("活动在新加坡榕湾花园举行。", "新加坡榕湾花园"),
        ("游客走进青禾湖滑雪场，体验冰雪运动。", "青禾湖滑雪场"),
        ("发布会在国务院新闻办新闻发布厅举行。", "国务院新闻办新闻发布厅"),
    ],
)
def test_more_place_heads(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "我们来到国家大院。",  # 国家 is no family
        "会上决定报批青禾国家考古遗址公园管委会。",  # the park's name is inside its managing body's
        "青禾花园社区党总支书记介绍情况。",  # a community named after a garden
        "榕城站距青禾山滑雪场不远。",  # two places, not one name
    ],
)
def test_no_venue_inside_longer_names(text):
    assert not names(text, "Venue") & {"国家大院", "青禾国家考古遗址公园", "青禾花园", "榕城站距青禾山滑雪场"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("清晨，沧县桐溪乡青禾小学。鲜艳的五星红旗映照下，牌匾沐浴在阳光里。", "沧县桐溪乡青禾小学"),
        ("5月9日，青禾县第一中学，同学们正在上课。", "青禾县第一中学"),
    ],
)
def test_a_paragraph_that_opens_on_a_place(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "建设青禾县第一医院，分秒必争。",  # a clause about the place
        "近日，桐溪人民医院，是本地最大的医院。",  # the topic of a sentence
    ],
)
def test_no_scene_without_a_place_alone(text):
    assert not names(text, "Venue")


def test_a_direction_split_from_the_name():
    assert "前榕峪生态旅游区" in names("假期，河北省邢台县前榕峪生态旅游区，游客自驾前来。", "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "其中“青禾窟161窟起甲壁画修复”荣获科技成果一等奖。",  # a project's title
        "他看着手中的《榕城古城》。",  # a book's title
        "常（青）泰（禾）长江大桥是世界最大跨度公铁两用斜拉桥。",  # a name cut inside its brackets
    ],
)
def test_no_venue_inside_titles_or_cut_brackets(text):
    found = names(text, "Venue")
    assert not any(v.startswith(("青禾窟", "榕城古城", "禾）")) for v in found) and "泰（禾）长江大桥" not in found


def test_a_room_of_an_organisation_makes_it_a_place():
    assert "桐溪华达新型材料股份有限公司" in names("工人们在桐溪华达新型材料股份有限公司的车间里忙碌。", "Venue")
    assert not names("在桐溪华达新型材料股份有限公司的支持下，项目顺利推进。", "Venue")


def test_the_front_line_at_a_place():
    assert "北京协和医院" in names("在北京协和医院抗疫一线，护士们坚守岗位。", "Venue")
    assert "北京协和医院" not in names("在北京协和医院一线医护人员的努力下，患者康复。", "Venue")


def test_a_venue_does_not_end_inside_a_persons_name_nor_hide_its_name():
    """某科教授南宫|仁: the 宫 of a name is no palace; 某连锁超市: a place whose name is withheld is no one place."""
    from tests.helpers import analyse

    doc = analyse("韩国某女子大学医院急诊医学科教授南宫仁在接受采访时说。")
    assert not [m for m in doc.mentions if m.label == "Venue"]
    assert "南宫仁" in {m.text for m in doc.mentions if m.label == "Person"}
    doc = analyse("4月底，在海口市龙昆南路某连锁超市里，收银员正在忙碌。")
    assert not [m for m in doc.mentions if m.label == "Venue"]
