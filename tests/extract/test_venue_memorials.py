"""Venues named by a person (memorials), kinds of places, stations, streets in an address and names that grew over a
common word (invented names, real jieba, the whole pipeline)."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a memorial named by a person with an honorific, though jieba reads the name as a common word
        ("山西某县，左青将军纪念馆门前，柏树参天。", "左青将军纪念馆"),
        # a person's name alone before the head, and a place word before the name
        ("鲜艳的五星红旗映照下，“黄立诚纪念室”牌匾沐浴在阳光里。", "黄立诚纪念室"),
        ("除了当地的纪念馆、鹰嘴岭左青将军殉国地等红色教育基地，县里还举办了研讨会。", "鹰嘴岭左青将军殉国地"),
        ("2010年，县里建成郑垧青先进事迹陈列室，并成为首批基地。", "郑垧青先进事迹陈列室"),
        ("师生徒步前往刘振烈士墓，庄严宣誓。", "刘振烈士墓"),
        # a room named after a village, visited
        ("今后来到榕户营村乡情村史陈列室，可以看到过去的老物件。", "榕户营村乡情村史陈列室"),
        # a station named 车站 after its city, whatever follows
        ("“您好，这里是洛阳车站‘青禾’服务台，请问有什么可以帮到您！”", "洛阳车站"),
        # streets in an address after 位于 or 地处
        ("位于东关后街的县抗日战争纪念馆里，老人正坐着观看藏品。", "东关后街"),
        ("这家艺术馆地处青禾桥路榕源三里，刚出电梯就能看到。", "青禾桥路"),
        # a common word jieba joined before a station's name
        ("今年春运上海站预计将发送旅客78万人次。", "上海站"),
        # the hub of an airport is the airport
        ("今年还计划在青禾国际机场枢纽站点实现行李追踪。", "青禾国际机场"),
        # a hub named by a place is one (the works on a canal)
        ("在青禾运河鹰嘴枢纽建设现场，数百台机械设备同时作业。", "青禾运河鹰嘴枢纽"),
        # a landmark: what classes the name is no part of it
        ("希腊使馆在某城地标建筑青禾宫举行招待会。", "青禾宫"),
        # ports named by a city whose last character abbreviates a province
        ("货轮驶入天津港和烟台港。", "天津港"),
        # a hospital a patient is taken to for rescue
        ("患儿从外地紧急送至青禾儿童医院抢救，除夕上午陷入昏迷。", "青禾儿童医院"),
        # where people live (住在某某小区的…)
        ("住在青禾苑小区的王大妈说，小区里连块绿地都没有。", "青禾苑小区"),
        # two places where one event is held (在甲和乙展开)
        ("一场手术在青松大学附属儿科医院和松江第一医院展开。", "松江第一医院"),
        # a town before a hall the text also writes alone does not make the town foreign
        ("走进党群活动中心，崭新的场馆让居民欣喜不已。榕海党群活动中心就是工业大院除旧布新后的载体。",
         "榕海党群活动中心"),
    ],
)
def test_venue_found(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a count with a word of place before the name: a kind
        ("依托1923个电商服务站点、140个农村榕树服务站，当地农产品线上销售火热。", "榕树服务站"),
        # a rank of designation: a class of places
        ("作为国家重点美术馆，我们将进一步加大创新力度。", "国家重点美术馆"),
        # a verb before a memorial's head is no person's name
        ("王某某主动担负起管护烈士陵园的重担。", "管护烈士陵园"),
        # a preposition is no surname
        ("烈士安葬于榕城烈士陵园，供后人瞻仰。", "于榕城烈士陵园"),
        # a county before a memorial only places it
        ("麻阳苗族自治县滕振远纪念馆馆长介绍了展览。", "苗族自治县滕振远纪念馆"),
        # a museum named only as where its director works is no place of the story
        ("青禾革命历史博物馆的老馆长王某某，现场朗读了工作日记。", "青禾革命历史博物馆"),
        # a studio that organises is a body
        ("在某某办公室主办、解读青禾工作室承办的传播活动中，笔者见到了他。", "解读青禾工作室"),
        ("在某某办公室主办、解读青禾工作室承办的传播活动中，笔者见到了他。", "青禾工作室"),
        # a country and a head alone: such places in it
        ("武装人员称打击了以色列机场。", "以色列机场"),
        # a kind of city before a station's name only classes it
        ("签约仪式在某国港口城市青禾火车站举行。", "港口城市青禾火车站"),
        # a measure per head, a rank and those above it, an abbreviation of a common word: kinds
        ("城市建成区绿化覆盖率达41%，人均公园绿地面积14平方米。", "人均公园"),
        ("2018年底，株洲省级以上产业园区规模以上工业增加值增长。", "株洲省级以上产业园"),
        ("那里是高水平现代制造业和研发转化基地，也是宜居新城。", "研发转化基地"),
        # a hub named by what it serves is a role, not a place
        ("未来民航系统将以世界级的机场群和国际航空枢纽为核心。", "国际航空枢纽"),
        ("这里是西北地区特大型铁路综合交通枢纽，青禾东站建成后客流大增。", "西北地区特大型铁路综合交通枢纽"),
        # a leg of a series named by a city and 站
        ("花剑世界杯喀山站的比赛在俄罗斯落幕。", "喀山站"),
        # a kind of port jieba reads with an abbreviation
        ("180多项自贸港政策落地实施。", "自贸港"),
        # two words for kinds of place, and a figure of speech
        ("深入厂矿车间、港口码头，与一线职工朋友们交流。", "港口码头"),
        ("工匠是我们中华民族大厦的基石、栋梁。", "中华民族大厦"),
        # a square outside a hall is no part of the hall's name
        ("在不远处杨青革命事迹陈列室门外广场的一块大石上，雕刻着字。", "杨青革命事迹陈列室门外广场"),
        # a general's tomb needs the honorific: 汉墓 and the like are kinds
        ("考古队在山坡上发现了一座汉墓。", "汉墓"),
    ],
)
def test_venue_not_found(text, wrong):
    assert wrong not in names(text, "Venue")


def test_memorial_keeps_the_found_name():
    """A memorial the head-word rules found in full is not found again shorter or longer."""
    found = names("烈士安葬于榕城烈士陵园，供后人瞻仰。", "Venue")
    assert found == {"榕城烈士陵园"}
