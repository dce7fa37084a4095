"""Posts from title chains: several organisations, several titles in one, units of a parent."""

from __future__ import annotations

import pytest

from tests.helpers import relations, resolve


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


def test_a_foreign_leader_holds_office_in_the_country():
    # 泰国总理某: the title is of Thailand's government, not of 国务院, and so is 某总理 later in the article
    rels = relations("泰国总理巴沙颂表示，欢迎中方代表团。巴沙颂总理期待再次访华。", "post")
    assert rels == {("巴沙颂", "泰国", "总理")}
    assert relations("老挝国家副主席坎塔丽在会上致辞。", "post") == {("坎塔丽", "老挝", "国家副主席")}


def test_a_chinese_leader_keeps_the_implied_body_beside_a_foreign_one():
    rels = relations("国务院总理王明远在北京会见泰国总理巴沙颂。", "post")
    assert rels == {("王明远", "国务院", "总理"), ("巴沙颂", "泰国", "总理")}


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a state is held in the country written before it, in its short name
        ("国家主席王建国同秘鲁共和国总统阿科斯塔互致贺电。",
         {("王建国", "中华人民共和国", "国家主席"), ("阿科斯塔", "秘鲁", "总统")}),
        ("葡萄牙前总理、欧盟委员会前主席马里奥·贝尔蒂在开幕式发言。",
         {("马里奥·贝尔蒂", "葡萄牙", "总理"), ("马里奥·贝尔蒂", "欧盟委员会", "主席")}),
        # a foreign party the recogniser missed is the words from the country to the title
        ("斯里兰卡人民联合阵线总书记阿科斯塔表示，相信中国。", {("阿科斯塔", "斯里兰卡人民联合阵线", "总书记")}),
        # a Chinese official met abroad keeps the Chinese body
        ("盖莱在吉布提市会见国务委员兼外长王明哲。", {("王明哲", "国务院", "国务委员"), ("王明哲", "外交部", "外长")}),
        ("中国驻泰国大使韩志强出席。", {("韩志强", "中国", "大使")}),  # held for the sending state
    ],
)
def test_post_foreign_offices(text, expected):
    assert relations(text, "post") == expected


def test_post_chain_in_brackets_after_the_name():
    text = ("全国两会期间，代表委员建言献策。——王丽萍委员（国务院副秘书长、国家统计局局长）"
            "——赵立新代表（北京星河电力有限公司董事长，北京市总工会副主席）")
    assert relations(text, "post") == {
        ("王丽萍", "全国政协", "委员"), ("王丽萍", "国务院", "副秘书长"), ("王丽萍", "国家统计局", "局长"),
        ("赵立新", "全国人民代表大会", "代表"), ("赵立新", "北京星河电力有限公司", "董事长"),
        ("赵立新", "北京市总工会", "副主席")}
    assert relations("王丽萍（左）与同事交流。赵立新（化名）说。", "post") == set()


def test_a_seat_after_a_name_in_a_report_on_the_national_sessions():
    text = "代表委员热议减税降费。北京星河电力有限公司董事长王丽萍代表说，政策很好。赵立新委员认为，要落实。"
    assert relations(text, "post") == {
        ("王丽萍", "北京星河电力有限公司", "董事长"), ("王丽萍", "全国人民代表大会", "代表"),
        ("赵立新", "全国政协", "委员")}


def test_post_bare_bodies_in_a_chain():
    # 工会 after a company's Party committee is the company's union
    assert relations("北京星河电力有限公司党委副书记、工会主席周文斌说。", "post") == {
        ("周文斌", "北京星河电力有限公司党委", "副书记"), ("周文斌", "北京星河电力有限公司工会", "主席")}
    # 大会主席团 is the presidium of the congress the article reports
    text = "中国残疾人联合会第八次全国代表大会今天开幕。全国政协副主席、大会主席团常务主席沈丽华宣布大会开幕。"
    assert relations(text, "post") == {
        ("沈丽华", "全国政协", "副主席"), ("沈丽华", "中国残疾人联合会第八次全国代表大会主席团", "常务主席")}
    # national bodies named 中央/国家 are no units of the body before them
    assert relations("中央组织部副部长、国家公务员局局长庄立文致辞。", "post") == {
        ("庄立文", "中央组织部", "副部长"), ("庄立文", "国家公务员局", "局长")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village after its county or town: its Party branch is the body
        ("李秀英是河北省阜平县龙泉村党支部书记。", {("李秀英", "龙泉村党支部", "书记")}),
        ("王立平现任阜平县城南庄镇黄土岭村支书，他说。", {("王立平", "黄土岭村党支部", "书记")}),
        # a body of a place the recogniser did not take in
        ("广东省佛山市南海区发展改革局党组成员、副局长罗立文等人出席。",
         {("罗立文", "南海区发展改革局", "党组成员"), ("罗立文", "南海区发展改革局", "副局长")}),
        # two organisations written together: the second is in the first
        ("国家统计局吉林调查总队一级巡视员赵立军出席。", {("赵立军", "国家统计局吉林调查总队", "一级巡视员")}),
        # a department of an organisation before the title
        ("杭州市第一人民医院感染病中心主任蔡立平说。", {("蔡立平", "杭州市第一人民医院感染病中心", "主任")}),
    ],
)
def test_post_bodies_the_recogniser_missed(text, expected):
    assert relations(text, "post") == expected


def test_post_marks_of_former_and_present_posts():
    rd, r = resolve("中国建设银行江西省分行原副巡视员蒋立新等人受到处理。北京星河电力有限公司现任董事长王小明说。")
    posts = {(r.entities[s].name, r.entities[o].name, rel.attrs["role"], rel.attrs["former"])
             for rel, s, o in rd.relations if rel.kind == "post"}
    assert posts == {("蒋立新", "中国建设银行江西省分行", "副巡视员", True),
                     ("王小明", "北京星河电力有限公司", "董事长", False)}
