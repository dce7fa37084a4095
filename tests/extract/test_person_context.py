"""Names and non-names decided by their context: a villager after his production team and before his order,
words and kinship terms before a verb of speech, firms written with their heads, titles written after another
name, places in a text (在…贺信中), slogans joined by a middle dot, adverbs glued to a transliterated name, lists of
firms, places counted by classifiers, things named after people (all names invented)."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "他向全世界介绍了新中国70年来的成就。",  # a frequent word before a verb of speech
        "最近，在老家的岳母爱上了国画。岳母说，这个学上得值。",  # a kinship term
        "云帆科技发布新品。云帆科技成立于2014年。云帆认为，未来可期。",  # a firm written twice with its head
        "瑞典企业康达林宣布裁员。康达林表示，将继续投资。",  # a country's firm
        "下篇“路路相连·美美与共”，分为三个章节。",  # a slogan joined by a middle dot
        "今天，微软、苹果、亚马逊、腾讯和阿里巴巴等超级数字平台在世界上影响很大。",  # a list of firms
        "观背村旁，有一座罗浮山。罗浮山因古人隐居炼丹而闻名。",  # counted as a place (一座), not a person
        "当晚8时20分，一辆红色夏利车违章逆行闯入高速。",  # counted as a thing (一辆红色)
        "此桥名为“保宁桥”，建于宋德佑元年。在行旅不便的年代很重要。",  # a dynasty and an era's name
        # a telescope named after a person, never the person
        "公告称，约翰·格雷夫太阳望远镜拍到首批照片。据介绍，约翰·格雷夫太阳望远镜坐落于山顶。",
    ],
)
def test_no_person(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("欢迎仪式结束后，韩立新主席车队离机场前往市区。", {"韩立新"}),  # the title is his, written after him
        ("韩立新主席访尼的意义非同凡响。", {"韩立新"}),
        ("韩立新主席在给博览会的贺信中指出，合作前景广阔。", {"韩立新"}),  # in a letter, no name 贺信中
        ("诺贝尔奖得主马蒂亚斯·奥尔贝克要推动产业发展。", {"马蒂亚斯·奥尔贝克"}),  # 要 is no syllable
        ("需要莲藕的村民：三队宁海波2袋，五队方建民1袋。", {"宁海波", "方建民"}),  # villagers by their teams
        ("“中国一定会尽快渡过难关！”学生古鲁尼斯说。", {"古鲁尼斯"}),  # a role noun before a transliteration
    ],
)
def test_persons(text, expected):
    assert names(text, "Person") == expected


def test_person_still_found_before_a_noun_when_announced():
    text = "英国剑桥大学教授约翰·格雷夫认为，约翰·格雷夫理论影响很大。"
    assert names(text, "Person") == {"约翰·格雷夫"}


def test_person_after_a_firm_noun_without_a_country():
    assert names("美国公司员工张伟说，生意很好。", "Person") == {"张伟"}


def test_name_in_a_locative_after_de_without_zai():
    assert names("今年72岁的李建中说，村里变化很大。", "Person") == {"李建中"}
