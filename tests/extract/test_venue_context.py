"""Venues read from their context: where events are held, places visited, owners of collections, and names
trimmed of what only places them (invented names, real jieba, the whole pipeline)."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # 在 X 举行: a head jieba joins into a longer word (榕树宫) or a verb cut into the name (革命宫)
        ("纪念大会在首都哈瓦那青松革命宫举行。", "哈瓦那青松革命宫"),
        ("会议在日内瓦榕树宫举行。", "日内瓦榕树宫"),
        # places visited, each item of a list, and a station after 终点站
        ("记者来到榕城港、青禾舟山港等港口，感受开放。", "青禾舟山港"),
        ("列车到达终点站青禾站，乘客有序下车。", "青禾站"),
        # hospitals and works that people are sent to, work at or stay in
        ("医疗队进驻武汉榕城方舱医院，开展救治。", "武汉榕城方舱医院"),
        ("物资送到武汉青禾协和医院，随后分发。", "武汉青禾协和医院"),  # a 和 inside the name
        # where things are kept and people held or buried
        ("这辆摩托车如今收藏于德国榕城历史博物馆，与作业服一同陈列。", "德国榕城历史博物馆"),
        ("烈士安葬于榕城烈士陵园，供后人瞻仰。", "榕城烈士陵园"),
        # heads of places of stay and launch, and stations a train leaves
        ("1941年，他被关押进榕城集中营。", "榕城集中营"),
        ("卫星从榕城卫星发射中心升空。", "榕城卫星发射中心"),
        ("随着班列从榕城口站驶出，今年通行班列突破1000列。", "榕城口站"),
    ],
)
def test_places_read_from_their_context(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "论坛在当地文化宫举行。",  # a determiner: no name
        "考察船在香港举办开放日活动。",  # a city, though it ends in 港
        "他们来到一家24小时书店，看到很多人。",  # a count: no name
        "货轮前往里海沿岸港口，装载货物。",  # a sea and a kind of place
        "患者被送往榕城等集中收治医院。",  # a kind of hospital
        "医疗队驰援青海35家医院。",  # a count: many places
        "支援湖北医疗队17日进驻该医院，开展救治。",  # a determiner
        "青禾研究院成立了海洋氢能研发中心，开展研究。",  # a clause
        "一行人前往王宫，受到接见。",  # one common word
        "克里姆林宫方面16日表示，会谈富有成果。",  # a body that speaks
        "4月1日晚，民众在首都榕城市中心举行大规模集会。",  # a part of a city
        "剧组攀登到海拔5300米的登山大本营进行拍摄。",  # a common word jieba tags as a place
    ],
)
def test_no_place_named_by_the_context(text):
    assert names(text, "Venue") == set()


def test_owners_of_collections_are_no_venues():
    text = "展览以青禾省博物馆收藏的书画为主，辅以榕城博物院、青松博物馆收藏的传世书画。"
    assert names(text, "Venue") == set()
    assert names("我们举办了“来自青松博物馆的珍宝”展。", "Venue") == set()


def test_an_owner_that_is_also_the_place_stays():
    text = "展览开幕式在青禾省博物馆举行。展览以青禾省博物馆收藏的书画为主，辅以榕城博物院收藏的传世书画。"
    assert names(text, "Venue") == {"青禾省博物馆"}


def test_a_city_before_a_street_only_places_it():
    assert names("在北京草榕胡同，总书记拿起一幅字。", "Venue") == {"草榕胡同"}


def test_a_country_before_a_name_written_alone_places_it():
    text = "展览在泰国青禾王子大学举行。青禾王子大学教授说，展览很好。"
    assert "青禾王子大学" in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "队伍行进在民族复兴的康庄大道上。",  # a set phrase
        "如今这里高楼大厦鳞次栉比。",
        "书院多以爱国爱港人士冠名。",  # 爱港: a verb and a head, though jieba tags it a place
        "4月，我们邂逅青松美术馆“心灵的风景”展。",  # a show's owner, with no place cue
        "图片由青松博物馆提供。",  # the owner of a picture
        "在欢快的乐曲声中，领导人步入大厅，向大家挥手致意。",  # a verb of entering, then a head alone
        "他下午来到他所在的榕城代表团，同代表们一起审议。",  # a group of people
        "江苏镇江港口高质量发展方案今天发布。",  # the ports of a place: a kind
        "榕城市执法局青禾分局青松公园中队长每天巡查。",  # a park's name begins a body's
    ],
)
def test_phrases_that_name_no_place(text):
    assert names(text, "Venue") == set()


def test_a_known_venue_after_words_that_are_no_place():
    assert names("巴西总统博索纳罗向人民英雄纪念碑敬献花圈。", "Venue") == {"人民英雄纪念碑"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("行经北京站附近，服务不少赶路的人。", "北京站"),  # a verb of passing jieba joins to the name
        ("文艺小分队深入大同站、大同南站等客运站。", "大同南站"),  # a station named by a direction after its city
        ("在极具现代气息的澳门大学图书馆外，立着一块奠基石。", "澳门大学图书馆"),  # the region is part of the name
        ("论坛13日在榕城喷气推进实验室举行。", "榕城喷气推进实验室"),  # an organisation's grounds hold an event
        ("出发仪式在珠峰大本营举行。", "珠峰大本营"),
        ("在青禾博物院老茶馆，人们欣赏评弹。", "青禾博物院老茶馆"),  # the room where it happens
    ],
)
def test_spans_of_places(text, venue):
    assert venue in names(text, "Venue")


def test_a_short_name_after_the_full_one_is_the_same_place():
    text = "成员集体在榕城国上京青禾府遗址现场考察调研。学习会解决了保护榕城国遗址的问题。"
    assert names(text, "Venue") == {"榕城国上京青禾府遗址"}


def test_a_division_that_begins_with_a_bare_locality_word_is_no_bare_locality():
    # 镇江市 begins with 镇, 市中区 with 市: the name is the division's, not a bare 镇 or 市 of no place
    assert names("纪念活动在镇江市青禾纪念馆举行。", "Venue") == {"镇江市青禾纪念馆"}
