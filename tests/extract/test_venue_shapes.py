"""Venues of shapes the head-word rules missed: halls and gardens named by 馆/园, registered companies visited, names
jieba knows as one word or misreads as a number, and what only places or classes a name (invented names, real jieba,
the whole pipeline)."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a phrase that places or classes the name is no part of it
        ("论坛在南非最大城市约翰内斯堡榕树宫举行。", "约翰内斯堡榕树宫"),
        # a country before a foreign city that begins the name only places it
        ("音乐会在法国里昂青禾音乐厅举行。", "里昂青禾音乐厅"),
        # a university jieba knows as one word, visited
        ("部长还到兰州大学实地考察，与师生亲切交流。", "兰州大学"),
        # a registered company's name, whatever its words
        ("代表团前往榕发精密带钢有限公司考察调研。", "榕发精密带钢有限公司"),
        # a compound visited, though the visit goes on to a resident's home
        ("总书记来到青禾小区居民王某某家中看望。", "青禾小区"),
        # halls and gardens named by 馆 or 园 alone
        ("代表们走进中国国家榕树馆，参观展览。", "中国国家榕树馆"),
        ("座谈会在青禾大学校史馆举行。", "青禾大学校史馆"),
        ("总书记在武夷山青禾园，察看茶叶长势。", "武夷山青禾园"),
        # a name that jieba reads as a number
        ("在青禾县，游客走进六叠堆博物馆，领略文化瑰宝。", "六叠堆博物馆"),
        # a common word that ends in the head acts as the head (总|医院 → 总医院)
        ("医疗队员每周轮流到榕城国立医院、松江总医院坐诊。", "松江总医院"),
        # a station after its line, and a place named with the site of its building
        ("列车从青禾高铁松江南站驶出。", "松江南站"),
        ("工人们在青禾大桥施工现场忙碌。", "青禾大桥"),
        # two places joined by a dash after a cue, whatever jieba makes of the first
        ("随后，代表团考察了中老榕憨—松江经济合作区，了解口岸建设。", "中老榕憨—松江经济合作区"),
        # a street a route goes along (沿着…一路向北)
        ("车队沿着青禾东街、白桦林路一路向北。", "白桦林路"),
        # 工程 right before the head is part of it, not a word that classes the name (项目|某某港)
        ("代表团先后来到松江海洋科学与工程研究所、青禾育种基地，了解情况。", "松江海洋科学与工程研究所"),
        # a place people go to (去) to work or be helped
        ("他们每天去青禾医院接送医护人员。", "青禾医院"),
        # a built complex named by 城 (a market, a base)
        ("新年伊始，记者来到青禾国际商贸城，客商云集。", "青禾国际商贸城"),
        # a place visited whose rooms the visit goes to
        ("记者走进榕发家具制造有限公司的生产车间，工人正在忙碌。", "榕发家具制造有限公司"),
    ],
)
def test_venue_shapes(text, venue):
    assert venue in names(text, "Venue")


@pytest.mark.parametrize(
    "text",
    [
        "他到兰州大学任教，后来出国深造。",  # a career, not a visit
        "1990年，他去兰州大学攻读博士学位。",
        "他们走进一家面馆吃饭。",  # an eating place, unnamed
        "孩子们走进校园，开始新学期。",
        "新馆在海口正式开园。",  # a verb and the head
        "他回到县城，开始创业。",  # a town, not a complex
        "在顿涅茨克地区红军城方向，战事持续。",  # a town named after an army
        "走进青禾区坊城新村，道路干净整洁。",  # the start of a village's name
        "常常去基层，到养殖场、加工厂、肉摊间，采样检测。",  # kinds of places
        "枪击案发生在当地的清真寺。",  # a kind of place, unnamed
        "委员说，要加快青禾湾深度合作区建设，把制度坚持好。",  # what is to be built, not a place of the story
    ],
)
def test_no_venue(text):
    assert not names(text, "Venue")
