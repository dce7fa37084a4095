"""Posts from title chains: several organisations, several titles in one, units of a parent."""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怀柔区人大常委会副主任、区总工会主席王立新在启动仪式上表示。",
         {("王立新", "怀柔区人大常委会", "副主任"), ("王立新", "怀柔区总工会", "主席")}),
        ("密云区总工会党组书记、常务副主席赵怀远出席开班仪式。",
         {("赵怀远", "密云区总工会", "党组书记"), ("赵怀远", "密云区总工会", "常务副主席")}),
        ("延庆区委常委、宣传部部长马红梅出席。",
         {("马红梅", "延庆区委", "常委"), ("马红梅", "延庆区委宣传部", "部长")}),
        ("市自来水集团党委书记、董事长刘锁明代表集团党委致辞。",
         {("刘锁明", "北京市自来水集团", "党委书记"), ("刘锁明", "北京市自来水集团", "董事长")}),
        ("北京公共交通控股（集团）有限公司第二客运分公司驾驶员孙大伟说。",
         {("孙大伟", "北京公共交通控股（集团）有限公司第二客运分公司", "驾驶员")}),
        ("区人大常委会党组副书记、副主任、区总工会主席贺立新出席。延庆区委常委出席。",
         {("贺立新", "延庆区人大常委会", "党组副书记"), ("贺立新", "延庆区人大常委会", "副主任"),
          ("贺立新", "延庆区总工会", "主席")}),
    ],
)
def test_post_title_chains(text, expected):
    assert relations(text, "post", city="北京") == expected


def test_post_seat_without_body_is_no_post():
    assert relations("青年职工代表芦晓蕾表示，要向劳模学习。", "post") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a seat whose body is written in the title
        ("全国人大代表李明远说。", {("李明远", "全国人民代表大会", "代表")}),
        ("全国政协委员、北京星河电力有限公司首席技师周文斌发言。",
         {("周文斌", "全国政协", "委员"), ("周文斌", "北京星河电力有限公司", "首席技师")}),
        # an organisation mention that took the title in
        ("中共中央政治局常委、国务院总理张建国主持会议。",
         {("张建国", "中共中央政治局", "常委"), ("张建国", "国务院", "总理")}),
        ("时任国家副主席刘振华视察。", {("刘振华", "中华人民共和国", "国家副主席")}),
    ],
)
def test_post_bodies_in_titles(text, expected):
    assert relations(text, "post") == expected


def test_post_titles_joined_by_jian():
    # 兼 joins two titles as 、 does; 外交部长 is the 部长 of 外交部
    assert relations("国务委员兼外交部长王明哲会见。", "post") == {
        ("王明哲", "国务院", "国务委员"), ("王明哲", "外交部", "部长")}


def test_post_former_marks():
    rd = relations("原北京星河电力有限公司董事长周文斌说。", "post")
    assert rd == {("周文斌", "北京星河电力有限公司", "董事长")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 某公司的技师: a link word between the organisation and the title
        ("记者见到了北京星河电力有限公司的高级焊接技师周文斌。", {("周文斌", "北京星河电力有限公司", "高级焊接技师")}),
        # a work unit between the organisation and the title belongs to the organisation
        ("北京京华钢铁有限公司运输部工务段钳工吴建平说。", {("吴建平", "北京京华钢铁有限公司运输部工务段", "钳工")}),
        # a unit named twice (采煤班班长) is the title's own
        ("北京青石煤业有限公司采煤班班长田大山说。", {("田大山", "北京青石煤业有限公司", "班长")}),
        # a compound job without an organisation
        ("网约车驾驶员龚立宇等先后发言。", {("龚立宇", None, "网约车驾驶员")}),
        ("高级焊接技师秦立川说。", {("秦立川", None, "高级焊接技师")}),
        # an office without the body it is held in is no post
        ("校长刘立卫介绍说。", set()),
        # a number names a route, not a job
        ("公交780路驾驶员李长福说。", {("李长福", None, "驾驶员")}),
    ],
)
def test_post_compound_titles(text, expected):
    assert relations(text, "post") == expected


def test_post_list_of_names_shares_the_title():
    assert relations("全国总工会副主席刘志刚、王海涛出席。", "post") == {
        ("刘志刚", "中华全国总工会", "副主席"), ("王海涛", "中华全国总工会", "副主席")}


def test_post_list_of_titled_names_shares_nothing():
    got = relations("北京星河电力有限公司电工赵一鸣、北京华新机械有限公司车间主任钱广志、孙晓峰出席。", "post")
    assert got == {("赵一鸣", "北京星河电力有限公司", "电工"), ("钱广志", "北京华新机械有限公司", "车间主任")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 乡/镇/街道 union is the union of the town an organisation before it names
        ("青松乡党委副书记、乡总工会主席方立民介绍，这是房山区总工会的活动。",
         ("方立民", "房山区青松乡总工会", "主席")),
        ("通州区白桦街道工委副书记、街道总工会主席宁立海介绍。", ("宁立海", "通州区白桦街道总工会", "主席")),
        # … or that the article names in full
        ("镇总工会主席包立文介绍，经费由顺义区青柳镇总工会承担。", ("包立文", "顺义区青柳镇总工会", "主席")),
    ],
)
def test_post_town_union_short_forms(text, expected):
    assert expected in relations(text, "post", city="北京")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张立凯是北京星河电力有限公司的一名部门经理，每晚都看看微信群。",
         {("张立凯", "北京星河电力有限公司", "部门经理")}),
        ("王建明当选为中华全国总工会主席。", {("王建明", "中华全国总工会", "主席")}),
        ("王小明，北京星河电力有限公司董事长。", {("王小明", "北京星河电力有限公司", "董事长")}),
        # an apposition without an organisation says nothing sure
        ("王小明，工程师。", set()),
        ("张立凯为大家服务。", set()),
    ],
)
def test_post_titles_after_the_name(text, expected):
    assert relations(text, "post") == expected


def test_post_party_branch_is_the_body():
    assert relations("北京星河电力有限公司党支部书记、设备部部长周文斌说。", "post") == {
        ("周文斌", "北京星河电力有限公司党支部", "书记"), ("周文斌", "北京星河电力有限公司设备部", "部长")}


def test_post_after_honours_before_the_name():
    assert relations("全国劳动模范马立新，是北京星河电力有限公司董事长。", "post") == {
        ("马立新", "北京星河电力有限公司", "董事长")}


def test_post_party_committee_of_a_place():
    assert relations("湖北省委副书记、武汉市委书记马立国说。", "post") == {
        ("马立国", "湖北省委", "副书记"), ("马立国", "武汉市委", "书记")}


def test_post_job_takes_the_one_workplace_of_the_article():
    text = "今天我们来认识北京星河电力有限公司的特级技师郭立凯。装载机司机郭立凯正在作业。"
    assert relations(text, "post") == {
        ("郭立凯", "北京星河电力有限公司", "特级技师"), ("郭立凯", "北京星河电力有限公司", "装载机司机")}


def test_post_any_employee_without_employer_is_no_post():
    assert relations("公司在给职工陈立旺颁奖时，把他的妻子也请到了台上。", "post") == set()


def test_post_at_the_workplace_the_sentence_opens_at():
    text = "本报讯 在北京星河电力有限公司的精密加工车间，数控车间主任鄂立东正俯身调试一台加工中心。"
    assert relations(text, "post") == {("鄂立东", "北京星河电力有限公司", "车间主任")}


def test_titles_after_a_name_in_a_list_all_take_their_bodies():
    rels = relations("不久前，张三丰总书记、国家主席在北京会见了客人。", "post")
    assert ("张三丰", "中共中央", "总书记") in rels
    assert ("张三丰", "中华人民共和国", "国家主席") in rels


def test_a_foreign_leader_takes_no_chinese_body():
    # 泰国总理某: the title is of Thailand's government, and so is 某总理 later in the article
    rels = relations("泰国总理巴沙颂表示，欢迎中方代表团。巴沙颂总理期待再次访华。", "post")
    assert not any(o == "国务院" for _, o, _ in rels)
    assert not relations("老挝国家副主席坎塔丽在会上致辞。", "post")


def test_a_chinese_leader_keeps_the_implied_body_beside_a_foreign_one():
    rels = relations("国务院总理王明远在北京会见泰国总理巴沙颂。", "post")
    assert ("王明远", "国务院", "总理") in rels
    assert not any(s == "巴沙颂" for s, _, _ in rels)


def test_congress_delegate_after_a_verb():
    assert relations("李建华当选党的十九大代表。", "post") == {("李建华", "党的十九大", "代表")}
    assert relations("王丽萍2018年当选全国人大代表，她很高兴。", "post") == {("王丽萍", "全国人民代表大会", "代表")}


def test_a_verb_after_a_list_of_names_gives_each_the_post():
    text = "北京星河电力集团赵刚和天津宏远机械集团周明先后兼任全国总工会副主席。"
    assert relations(text, "post") == {("赵刚", "中华全国总工会", "副主席"), ("周明", "中华全国总工会", "副主席")}
    text = "北京星河电力有限公司李建华、天津宏远机械有限公司赵刚等技能人才当选党的十九大代表。"
    assert relations(text, "post") == {("李建华", "党的十九大", "代表"), ("赵刚", "党的十九大", "代表")}


def test_a_seat_after_a_name_takes_the_national_body_the_article_names():
    assert relations("全国政协十三届二次会议开幕。王丽萍委员说，要加强保护。", "post") == {
        ("王丽萍", "全国政协", "委员")}
    assert relations("全国人大会议期间，王丽萍代表认为，要加强保护。", "post") == {
        ("王丽萍", "全国人民代表大会", "代表")}


def test_a_seat_after_a_name_is_not_read_when_it_may_be_local_or_a_verb():
    assert relations("北京市政协会议上，王丽萍委员说，要加强保护。全国政协也开会。", "post") == set()
    assert relations("王丽萍代表全体职工发言。全国人大代表很多。", "post") == set()
