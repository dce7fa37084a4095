"""Spans the person rules and the recogniser misread in newspapers and TV transcripts: a word that qualifies a
title, a craft before a form of address, lists of bodies or of parallel phrases, places after 在/从 or after a
country, a one-character verb glued to a name, dialects and road sections, two places joined by a middle dot,
short names of bodies in brackets, parts of hyphenated names (all names invented)."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "他的父亲是当时瓷厂的拉坯师傅，十多岁的他就随父亲进厂学拉坯。",  # a craft and a form of address
        "沃德玛、巴塞夫等14家跨国公司负责人参加午餐会。",  # a list of companies
        "概括起来可以说有底气、有朝气、有锐气。",  # parallel phrases
        "他当时从罗斯托克乘坐游艇前往波罗的海。",  # a place between 从 and a verb of travelling
        "卫藏方言、康方言、安多方言，他一学就是3年。",  # dialects
        "杭绍甬高速（杭绍段）正式开通。",  # a road section
        "第三届文化学术交流会（龙岩·上杭）在上杭县举行。",  # two places joined by a middle dot
        "巴勒斯坦伊斯兰抵抗运动（哈马斯）14日称，将继续谈判。",  # the short name of a movement
        "位于萨那北部的戴拉米空军基地当天遭袭。",  # a place after a region and 的, before a base
        "10月初，乍得哈杰尔-拉米斯省的村庄迎来丰收。",  # a part of a hyphenated place name
    ],
)
def test_no_person(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某大学社会学系荣休教授葛立思用一口流利的中文分享心得。", {"葛立思"}),  # 荣休 qualifies 教授
        ("某学院荣休院士程立丽在发言中分享了研究心得。", {"程立丽"}),
        ("国务院总理葛立强乘包机抵达苏黎世。", {"葛立强"}),  # 乘 glued to the name
        ("联合国秘书长古特雷斯致贺信，祝贺大会召开。", {"古特雷斯"}),  # 致 glued to a transliteration
        ("国务院总理葛立强在都柏林会见爱尔兰总统。", {"葛立强"}),  # a city after 在, before 会见
        ("郑立新、孙海波、钱学文等党和国家领导人到会祝贺。", {"郑立新", "孙海波", "钱学文"}),  # people, not bodies
        ("瓷厂的老师傅葛立新说，拉坯要靠手感。", {"葛立新"}),  # a name after a form of address stays
        ("冰岛司法部长索尔比约格·京勒伊斯多蒂尔告诉记者，合作前景广阔。", {"索尔比约格·京勒伊斯多蒂尔"}),
        ("会议代表有姜福堂、秦玉兰、贺国良。", {"姜福堂", "秦玉兰", "贺国良"}),  # 堂 ends given names
    ],
)
def test_names_kept_or_cut(text, expected):
    assert names(text, "Person") == expected
