"""Posts in the shapes of life stories, appointment lists, long chains and reports from abroad.

A career written after the name (后担任…，…等职) or in sentences with no subject of their own; the groups of a
long chain set apart by ，; a unit whose name shares its head's first character (治安科长, 纪检监察组组长); titles
before 由某某担任 or 为某某; a title after a name with its body before the name; diplomats and ministers abroad.
Names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups of a long chain set apart by ，(the later group lists its own titles with 、)
        ("会上，中央纪委委员，四川省纪委书记、省监委主任刘振华说，要严。",
         {("刘振华", "中央纪委", "委员"), ("刘振华", "四川省纪委", "书记"), ("刘振华", "四川省监委", "主任")}),
        # a clause of other words before the ，is no group of titles
        ("会上，总经理刘振华说，要严。", set()),
        # the group posted by one body to another, its head written after its name's last character
        ("中央纪委委员、中央纪委国家监委驻交通运输部纪检监察组组长孙立平表示。",
         {("孙立平", "中央纪委", "委员"), ("孙立平", "中央纪委国家监委驻交通运输部纪检监察组", "组长")}),
        # a unit's name sharing its head's title (治安科 + 科长, 治安处 + 处长)
        ("北京市公安局治安科长孙立平说。", {("孙立平", "北京市公安局治安科", "科长")}),
        ("广东省公安厅治安处处长孙立平说。", {("孙立平", "广东省公安厅治安处", "处长")}),
        ("国家统计局综合司司长孙立平说。", {("孙立平", "国家统计局综合司", "司长")}),
        # a national body whose words the segmenter ran into the title's (交通运输|部党组|书记)
        ("会议召开。交通运输部党组书记、部长孙立平表示。",
         {("孙立平", "交通运输部党组", "书记"), ("孙立平", "交通运输部", "部长")}),
        # a leading group keeps its whole name
        ("中央第六巡回督导组组长孙立平说。", {("孙立平", "中央第六巡回督导组", "组长")}),
        # a special supervisor of the supervision commission, and a branch of the bureau named bare in the chain
        ("国家监委特约监察员，江苏省徐州市公安局党委委员、经济开发区分局局长孙立平说。",
         {("孙立平", "国家监委", "特约监察员"), ("孙立平", "徐州市公安局党委", "委员"),
          ("孙立平", "徐州市公安局经济开发区分局", "局长")}),
    ],
)
def test_long_chains(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause with 后担任, groups set apart by ，up to 等职
        ("1950年，刘建华调北京工作，后担任北京市第一中学校长，北京市教育局副局长等职务。",
         {("刘建华", "北京市第一中学", "校长"), ("刘建华", "北京市教育局", "副局长")}),
        # sentences with no subject of their own in a life story: the paragraph's person
        ("刘建华，1950年出生。1978年任北京市第一中学校长。1985年起，历任北京政法学院副院长、吉林省公安厅厅长等职。",
         {("刘建华", "北京市第一中学", "校长"), ("刘建华", "北京政法学院", "副院长"),
          ("刘建华", "吉林省公安厅", "厅长")}),
        # a pronoun the subject, the posts in a later clause
        ("刘建华，1950年出生。1979年，他又南下广东，任广州市公安局副局长等职。",
         {("刘建华", "广州市公安局", "副局长")}),
        # 由她兼任: the paragraph's person
        ("林秀英，1919年出生。为加强领导，党组织决定由她兼任北京市第一中学校长，负责开辟工作。",
         {("林秀英", "北京市第一中学", "校长")}),
        # 及 joins two titles as 、 does
        ("在延安期间，刘建华还兼任延安土产公司经理及塞北工厂厂长，并参与游击战争。",
         {("刘建华", "延安土产公司", "经理"), ("刘建华", "塞北工厂", "厂长")}),
        # 任 in 任务, 任何 is no verb of holding
        ("刘建华，1950年出生。会上，任何人都可以发言。", set()),
        # a paragraph with nobody named before gives no subject
        ("1978年任北京市第一中学校长。", set()),
    ],
)
def test_careers(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国石化集团董事长由刘建华担任。", {("刘建华", "中国石化集团", "董事长")}),
        ("新华控股集团总经理为刘建华，副总经理为孙立平。",
         {("刘建华", "新华控股集团", "总经理"), ("孙立平", "新华控股集团", "副总经理")}),
        # 是/为 must end the clause with the name: 某公司董事长是刘建华的朋友 names no chairman
        ("新华控股集团董事长是刘建华的朋友。", set()),
        # a clause 作为/身为 + titles, then the name starting the next clause
        ("作为新华控股集团董事长，孙立平很忙。", {("孙立平", "新华控股集团", "董事长")}),
        ("作为一名共产党员，孙立平冲在前面。", set()),
    ],
)
def test_titles_then_name(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国科学院大气物理研究所刘建华院士颁发奖章。", {("刘建华", "中国科学院大气物理研究所", "院士")}),
        ("北京大学孙立平教授说。", {("孙立平", "北京大学", "教授")}),
        # the title must end a word (主任医师 is one)
        ("北京协和医院刘建华主任医师说。", {("刘建华", "北京协和医院", "主任医师")}),
    ],
)
def test_body_name_title(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # China's ambassador holds the office for China
        ("中国驻缅甸大使刘建明表示。", {("刘建明", "中国", "大使")}),
        # an appointment report: 免去 (former) and 任命…为, the full title 特命全权大使
        ("一、免去刘建明的中华人民共和国驻某国特命全权大使职务；任命孙立群为中华人民共和国驻某国特命全权大使。",
         {("刘建明", "中华人民共和国", "大使"), ("孙立群", "中华人民共和国", "大使")}),
        # 俄 is 俄罗斯 (the country and its ministry)
        ("俄总统科京签署总统令。", {("科京", "俄罗斯", "总统")}),
        ("俄外交部长塔夫罗夫说。", {("塔夫罗夫", "俄罗斯外交部", "部长")}),
        # a foreign party's officer holds the state office in the party's country, not in China
        ("越共中央总书记、国家主席阮文平致电。", {("阮文平", "越共中央", "总书记"), ("阮文平", "越南", "国家主席")}),
        # in a report on one foreign country, a foreign name's bare ministry and state office are that country's
        ("本报莫斯科1月22日电 俄罗斯公布了新政府名单。外交部长塔夫罗夫、国防部长绍米古留任。"
         "科京批准总理梅德韦科夫辞职。",
         {("塔夫罗夫", "俄罗斯外交部", "部长"), ("绍米古", "俄罗斯国防部", "部长"), ("梅德韦科夫", "俄罗斯", "总理")}),
        # a country after 、 in a chain: the office is held there
        ("俄罗斯谈判代表团团长、俄总统助理波金斯基在谈判后表示。",
         {("波金斯基", "俄罗斯谈判代表团", "团长"), ("波金斯基", "俄罗斯", "总统助理")}),
        # a foreign party's leader who is also the state's president; a party chairman who chairs the senate
        ("肯尼亚联合民主同盟领袖、总统鲁莫表示，中国好。",
         {("鲁莫", "肯尼亚联合民主同盟", "领袖"), ("鲁莫", "肯尼亚", "总统")}),
        ("柬埔寨人民党主席、参议院主席索森出席。",
         {("索森", "柬埔寨人民党", "主席"), ("索森", "柬埔寨参议院", "主席")}),
        # the country after 的 starts the phrase (来华访问的西班牙首相)
        ("王立新同来华访问的西班牙首相桑托斯举行会谈。", {("桑托斯", "西班牙", "首相")}),
        # an office after a foreign name, in a report naming one foreign country
        ("本报马尼拉1月5日电 菲律宾各界人士表示欢迎。李国华主席同阿尔瓦罗总统通电话。",
         {("阿尔瓦罗", "菲律宾", "总统")}),
        # a transliterated name is never the premier of 国务院
        ("总理梅德韦科夫辞职。", set()),
        # the verb before the title is no part of it (jieba tags 会见 a noun)
        ("王立新对新西兰进行访问，在首都会见总理拉米森。", {("拉米森", "新西兰", "总理")}),
    ],
)
def test_abroad(text, expected):
    assert relations(text, "post") == expected


def test_long_list_shares_titles():
    """A meeting's list of vice chairs may run to twenty names: all of them hold the title."""
    surnames, given = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许", "明亮华强军平伟刚勇杰涛斌峰磊超鹏辉浩宇帆"
    names = "、".join(f"{s}{g}" for s, g in zip(surnames, given, strict=True))
    got = relations(f"全国政协副主席{names}出席会议。", "post")
    assert ("许帆", "全国政协", "副主席") in got and len(got) >= 18


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's Party committee written as the place and the title 党委书记
        ("“要坚决打赢。”广西壮族自治区党委书记刘建华说。", {("刘建华", "广西壮族自治区党委", "书记")}),
        # the chairman of an autonomous region's government; the region named bare later in the chain
        ("“要稳。”广西壮族自治区主席刘建华说。", {("刘建华", "广西壮族自治区", "主席")}),
        ("西藏自治区党委常委、自治区政府副主席刘建华说。",
         {("刘建华", "西藏自治区党委", "常委"), ("刘建华", "西藏自治区政府", "副主席")}),
        # a province's 主席 is a body's the recogniser missed (作协), not the province's
        ("辽宁省作协副主席刘建华说。", set()),
    ],
)
def test_place_offices(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm the recogniser missed, named from the start of the link to the title
        ("北京公交集团第一客运分公司驾驶员、全国劳动模范李秋华说。",
         {("李秋华", "北京公交集团第一客运分公司", "驾驶员")}),
        ("来自北京公交集团的驾驶员李秀英分享了经验。", {("李秀英", "北京公交集团", "驾驶员")}),
        # a school of the university named before it in the chain; another university is no unit of it
        ("北京大学党委副书记、历史文化学院院长刘建华说。",
         {("刘建华", "北京大学党委", "副书记"), ("刘建华", "北京大学历史文化学院", "院长")}),
        ("北京大学教授、清华大学经济管理学院院长孙立平说。",
         {("孙立平", "北京大学", "教授"), ("孙立平", "清华大学经济管理学院", "院长")}),
        # the lead of a studio, its name in quotes or not
        ("刘建华劳模创新工作室领衔人刘建华介绍了经验。", {("刘建华", "刘建华劳模创新工作室", "领衔人")}),
        ("“孙立平技能大师工作室”领衔人孙立平说。", {("孙立平", "孙立平技能大师工作室", "领衔人")}),
        # the workplace a sentence opens at, with a unit after the organisation
        ("5月9日，在北京星衡医院急诊科护士站，护士长刘建华接过证书。", {("刘建华", "北京星衡医院急诊科", "护士长")}),
        # a team named bare at the start of a sentence may be any team's
        ("医疗队队长孙立平表示。", set()),
    ],
)
def test_workplaces(text, expected):
    assert relations(text, "post") == expected


def test_title_after_and_takes_the_body_before():
    """北京市委书记甲和市长乙: the title after 和 takes the body of the title right before it."""
    got = relations("在中共中央政治局委员、北京市委书记刘建华，市长孙立平陪同下，深入机关。", "post")
    assert ("孙立平", "北京市", "市长") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国务院总理王立新在内蒙古自治区党委书记李立恒、自治区主席布立林陪同下考察。",
         ("布立林", "内蒙古自治区", "主席")),
        ("广西壮族自治区党委书记李立恒、自治区政府主席布立林出席。", ("布立林", "广西壮族自治区政府", "主席")),
    ],
)
def test_a_region_named_bare_in_a_chain_takes_the_name_given_before(text, expected):
    assert expected in relations(text, "post")
