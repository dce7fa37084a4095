"""Posts whose bodies the recognisers name only with the title's help: foreign ministries named by their
joined fields, a place's own assembly, a unit named after a place, a town abroad before its mayor, the firm
a story walks into, a ministry in a list of one country's ministers. Names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import analyse, names, relations


def orgs(text: str) -> set[str]:
    """Texts of the final Organization mentions of ``text``."""
    return {m.text for m in analyse(text).mentions if m.label == "Organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fields joined by 、 and 和, a deputy's title after the ministry
        ("马来西亚旅游、艺术和文化部副秘书长阿兹兰在致辞中表示欢迎。",
         {("阿兹兰", "马来西亚旅游、艺术和文化部", "副秘书长")}),
        # 部长 sharing the ministry's 部
        ("法国经济和财政部长马蒂厄·洛朗表示反对。", {("马蒂厄·洛朗", "法国经济和财政部", "部长")}),
        # a unit of the ministry and its head
        ("缅甸农业、畜牧和灌溉部减贫处处长叶敏昂表示，合作成效显著。",
         {("叶敏昂", "缅甸农业、畜牧和灌溉部减贫处", "处长")}),
    ],
)
def test_a_foreign_ministry_named_by_its_joined_fields(text, expected):
    assert relations(text, "post") == expected


def test_two_ministries_are_not_one():
    # 和 between two whole ministries, or between an office-holder and a ministry, joins no fields
    assert orgs("泰国外交部和国防部官员出席了会议。") == {"泰国外交部", "国防部"}
    assert not any("和" in o for o in orgs("美国国务卿约翰逊和泰国外交部长颂提出席。"))


def test_a_firms_global_reach_is_no_part_of_the_role():
    assert relations("康达集团全球首席执行官罗伯特·米勒表示。", "post") == {
        ("罗伯特·米勒", "康达集团", "首席执行官")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山西省人大代表李朋远说，要加强联系群众。", {("李朋远", "山西省人民代表大会", "代表")}),
        ("太原市人大代表、市人大常委会副主任郭明远当场答复。",
         {("郭明远", "太原市人民代表大会", "代表"), ("郭明远", "太原市人大常委会", "副主任")}),
        ("西青区政协委员张翠远说，建议已被采纳。", {("张翠远", "西青区政协", "委员")}),
    ],
)
def test_a_seat_in_a_places_own_assembly(text, expected):
    assert relations(text, "post") == expected


def test_a_unit_named_after_a_place():
    assert relations("沈北新区青塔市场管理所所长朱庆远介绍，集市很热闹。", "post") == {
        ("朱庆远", "沈北新区青塔市场管理所", "所长")}


def test_a_town_abroad_before_its_mayor():
    assert relations("撒马尔罕市市长朱马别科夫表示，古城已恢复历史风貌。", "post") == {
        ("朱马别科夫", "撒马尔罕市", "市长")}
    # a city in general is no town's name
    assert relations("这座城市市长张明远表示欢迎。", "post") == set()


def test_the_firm_a_story_walks_into():
    text = "走进恒达电气有限公司车间，机器人正在喷涂。“订单接到手软。”公司总经理张海远说，订单排到了明年。"
    assert relations(text, "post") == {("张海远", "恒达电气有限公司", "总经理")}


def test_a_ministry_in_a_list_of_one_countrys_ministers():
    text = "缅甸宣传部长温敏登、国际合作部部长昂觉温等出席了上述活动。"
    assert relations(text, "post") == {("温敏登", "缅甸宣传部", "部长"), ("昂觉温", "缅甸国际合作部", "部长")}
    # a Chinese name after a foreign minister holds no office of that country
    text = "泰国外交部长颂提、商务部部长张明远出席会议。"
    assert ("张明远", "泰国商务部", "部长") not in relations(text, "post")


def test_a_unit_named_with_digits():
    # a unit whose name starts with a number (a hotline's), bare in a chain: a unit of the body before it
    assert relations("铁道研究院首席研究员、12306技术部主任单晓远说。", "post") == {
        ("单晓远", "铁道研究院", "首席研究员"), ("单晓远", "铁道研究院12306技术部", "主任")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm's name without a head word, before an office only firms have
        ("星河电器董事长张明远说，订单排到了明年。", {("张明远", "星河电器", "董事长")}),
        ("中国商飞副总经理张明远说。", {("张明远", "中国商飞", "副总经理")}),
        # adjectives and verbs inside a name ending in 集团
        ("新希望集团董事长张明远说。", {("张明远", "新希望集团", "董事长")}),
    ],
)
def test_a_firm_the_recogniser_missed(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize("text", ["项目总经理张明远说。", "销售总经理张明远说。", "北京总经理张明远说。",
                                  "华北区总经理张明远说。"])
def test_no_firm_in_a_compound_title_or_a_region(text):
    assert relations(text, "post") == set()


def test_the_cppcc_named_with_its_term():
    assert "全国政协" in names("会议决定，撤销王建军政协第十四届全国委员会委员资格。", "Organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张明远现在是北京星河科技有限公司总经理。", {("张明远", "北京星河科技有限公司", "总经理")}),
        # the time the post has been held, after the title
        ("张明远担任北京星河科技有限公司总经理已有五年。", {("张明远", "北京星河科技有限公司", "总经理")}),
        ("张明远担任星河村党支部书记以来，村里变化很大。", {("张明远", "星河村党支部", "书记")}),
    ],
)
def test_a_title_a_verb_gives_then_a_time(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张明远今年52岁。他现任星河科技有限公司总经理。", {("张明远", "星河科技有限公司", "总经理")}),
        ("记者见到了张明远。他是星河医院的护士长。", {("张明远", "星河医院", "护士长")}),
        ("记者见到了张明远。他是一名好党员。", set()),
    ],
)
def test_a_pronoun_the_subject_of_a_title(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 社区 before a Party title: the community the paragraph named last
        ("走进芳泉社区，环境整洁。社区党委书记张连远说，大家很配合。", {("张连远", "芳泉社区", "党委书记")}),
        # no community named: no post
        ("城乡社区要加强防控。社区党委书记张连远说。", set()),
        # a village, then 的, then its branch's title
        ("张明远是平乡县东留村的党支部书记。", {("张明远", "东留村党支部", "书记")}),
    ],
)
def test_a_community_or_village_named_apart_from_its_branch(text, expected):
    assert relations(text, "post") == expected


def test_a_post_written_as_a_duty_held_by_a_name():
    assert relations("大庆市总工会主席一职由张明远担任。", "post") == {("张明远", "大庆市总工会", "主席")}
