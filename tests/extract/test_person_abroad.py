"""Foreign names and the junk around them: a name after a country and its office (whatever its alphabet), a
transliteration after a noun for a person's role, names joined by a hyphen, a date right after a name, a player
after a team, and what is no name (a country's side, a doubled adverb, a married woman's surnames, tombs)."""

from __future__ import annotations

import pytest

from kg.extract.names import is_name
from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("泰国国王哇吉拉达功表示，愿同中方合作。", "哇吉拉达功"),  # no transliteration alphabet
        ("蒙古国总统呼达勒苏德表示，两国是好邻居。", "呼达勒苏德"),  # the tagger cuts it in two
        ("文莱苏丹哈桑达尔表示，两国友谊深厚。", "哈桑达尔"),  # 苏丹: an office here, not the country
        ("马来西亚最高元首易斯迈表示，马中建交五十年。", "易斯迈"),
        ("俄罗斯总统普罗京14日晚签署命令。", "普罗京"),  # a date follows the name
        ("沙特国王萨尔曼德致贺信，祝贺峰会召开。", "萨尔曼德"),  # 致 glued to the name by the segmenter
        ("西班牙国王费南多六世表示，欢迎来访。", "费南多六世"),  # a monarch's number
        ("印度资深外交官兰加里奇表示，两国应加强合作。", "兰加里奇"),  # a role noun, no title
        ("总统佩雷斯-卡斯塔诺表示，欢迎。", "佩雷斯-卡斯塔诺"),  # a hyphenated name
        ("国务院副总理王东兴3日在北京出席会议。", "王东兴"),  # a Chinese name before a date
        ("于海清： 埋头苦干 造福农民\n在于海清的身上，变化的是岗位。", "于海清"),  # a profile's heading
        ("其他球员为：北京某控队王晓焱，浙江队智海杰，上海队张馨宁。", "王晓焱"),  # a player after a team
    ],
)
def test_foreign_and_announced_names(text: str, person: str) -> None:
    assert person in names(text, "Person")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("美国总统府发言人说，会谈很顺利。", None),  # 总统府: the office is part of a word
        ("俄罗斯总统普罗京在莫斯科会见他。", "普罗京在莫斯科"),  # the name ends before 在
        ("法国总统马克隆夫人出席了活动。", "马克隆夫人"),  # a word after the name
        ("联合国秘书长南南合作特使出席会议。", "南南合作"),  # a field, then another office
        ("伊朗总统莱希德举行会谈。", "莱希德举行会谈"),  # an idiom after the name
        ("马来西亚最高元首易斯迈表示，马中建交五十年。马方愿同中方团结合作。", "马方愿"),  # a country's side
        ("李国华书记殷殷嘱托，要办好民生实事。", "殷殷"),  # a doubled adverb
        ("不幸的是，家里的妻子考刘氏并没能等到丈夫回来。", "考刘氏"),  # two surnames and 氏
        ("他去了黄帝陵、轩辕庙。", "黄帝陵"),  # a tomb and a temple
        ("他去了黄帝陵、轩辕庙。", "轩辕庙"),
        ("德国记者费利克斯·李在北京南站采访时发现，人很多。", "费利克斯·李在北京南站"),
        ("忆起当初的援疆选择，张锐恒仍感到很激动。", "张锐恒仍"),  # an adverb after the name
        ("美术团队从线稿、上色到动态都做了。", "从线稿"),  # a team, then a preposition
        ("病毒病所李明远院士实验室副主任张晓东介绍。", "李明远"),  # a laboratory named after its head
        ("公司成立了张宏伟院士工作站。", "张宏伟"),
        ("我们的英雄军队有信心、有能力谱写新篇章。", "有信心"),
    ],
)
def test_no_junk_around_foreign_names(text: str, wrong: str | None) -> None:
    found = names(text, "Person")
    assert wrong not in found if wrong else not found


def test_doubled_character_is_no_name() -> None:
    assert not is_name("殷殷")
    assert is_name("殷红")
