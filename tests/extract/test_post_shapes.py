"""Posts in the shapes news writes them beyond a plain title chain before a name.

Seats after a name, titles joined by 的 or a verb, village committees, a bare 省/市 or a place's head in a
chain, leading groups, the head of state. Names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 委员 after a name is never a verb: any word may follow it in a report on the national CPPCC
        ("全国政协十四届二次会议闭幕。北京星河公司董事长张明远委员心潮澎湃。",
         {("张明远", "北京星河公司", "董事长"), ("张明远", "全国政协", "委员")}),
        # a deputy's name as a heading on a page of the national people's congress
        ("十四届全国人大二次会议“代表通道”开启。\n李秋华代表\n用双手创造美好生活",
         {("李秋华", "全国人民代表大会", "代表")}),
    ],
)
def test_seat_after_name(text, expected):
    assert relations(text, "post") == expected


def test_committee_is_no_seat():
    """委员会, 委员长 after a name are not the seat 委员."""
    assert ("张明远", "全国政协", "委员") not in relations("全国政协会议期间，张明远委员长来访。", "post")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after the name with 还/也
        ("2001年王立群还担任西坪村党支部书记，带领乡亲致富。", {("王立群", "西坪村党支部", "书记")}),
        # a village's elected committee, with or without the village's 村 written twice
        ("望着梯田，李家湾村村委会主任刘明山说，这里很好。", {("刘明山", "李家湾村村委会", "主任")}),
        ("，石门村委会副主任赵大海说。", {("赵大海", "石门村委会", "副主任")}),
    ],
)
def test_verbs_and_villages(text, expected):
    assert relations(text, "post") == expected


def test_former_title_joined_by_de():
    """时任…的 + name: a former post; without the mark, 某某的 is not a title chain."""
    assert relations("1990年，时任湘潭市委书记的王立群调任省里工作。", "post") == {("王立群", "湘潭市委", "书记")}
    assert relations("北京星河公司董事长的儿子王小明也来了。", "post") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 省 in a chain is the province of the body before it
        ("中共湖南省委原副书记、省人大常委会原副主任王立群。",
         {("王立群", "湖南省委", "副书记"), ("王立群", "湖南省人大常委会", "副主任")}),
        # the head of a place's government after its Party committee heads the place
        ("会上，延庆区委副书记、区长王晓东讲话。", {("王晓东", "延庆区委", "副书记"), ("王晓东", "延庆区", "区长")}),
        ("记者采访了阜平县县委书记、县长李向东。", {("李向东", "阜平县县委", "书记"), ("李向东", "阜平县", "县长")}),
        ("中共河北省委副书记、省长赵明远出席。", {("赵明远", "河北省委", "副书记"), ("赵明远", "河北省", "省长")}),
    ],
)
def test_bare_places_in_chains(text, expected):
    assert relations(text, "post") == expected


def test_leading_group_named_in_chain():
    """A leading group the recogniser does not know keeps the chain whole, and a bare 领导小组 later is it."""
    text = ("国务院副总理、全国爱国卫生运动工作领导小组组长王立新主持召开领导小组会议。"
            "领导小组成员赵明远、钱晓东参加会议。")
    rels = relations(text, "post")
    assert ("王立新", "国务院", "副总理") in rels
    assert ("王立新", "全国爱国卫生运动工作领导小组", "组长") in rels
    assert ("赵明远", "全国爱国卫生运动工作领导小组", "成员") in rels
    assert ("钱晓东", "全国爱国卫生运动工作领导小组", "成员") in rels


def test_member_of_no_group_is_no_post():
    assert relations("团队成员张晓明说，我们很努力。", "post") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("应中华人民共和国主席李明远邀请，某国总统来访。", {("李明远", "中华人民共和国", "国家主席")}),
        ("外交部发言人赵明远表示，中方欢迎。", {("赵明远", "外交部", "发言人")}),
        ("巴西联邦共和国总统卡洛斯·席尔瓦访华。", {("卡洛斯·席尔瓦", "巴西", "总统")}),
    ],
)
def test_state_titles(text, expected):
    assert relations(text, "post") == expected


def test_president_in_a_state_visit():
    """某主席 in a report on two heads of state is China's head of state; a foreign-written name is not."""
    text = "两国元首举行会谈。李明远主席同阿姆赫德主席共同见证签署合作文件。"
    rels = relations(text, "post")
    assert ("李明远", "中华人民共和国", "国家主席") in rels
    assert not any(p == "阿姆赫德" for p, _, _ in rels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village's first secretary; 驻村 says the village, never the place or the office before it
        ("，花垣县石门村第一书记王立新说。", {("王立新", "石门村", "第一书记")}),
        ("石门村驻村第一书记王立新说。", {("王立新", "石门村", "第一书记")}),
        ("百色市委宣传部干部、驻村第一书记黄小秀同志。", {("黄小秀", "百色市委宣传部", "干部")}),
    ],
)
def test_first_secretary_of_a_village(text, expected):
    assert relations(text, "post") == expected


def test_state_organ_after_a_foreign_party():
    """朝鲜劳动党委员长、国务委员会委员长: the 国务委员会 is the country's, not the party's."""
    assert relations("朝鲜劳动党委员长、国务委员会委员长金大成出席。", "post") == {
        ("金大成", "朝鲜劳动党", "委员长"), ("金大成", "朝鲜国务委员会", "委员长")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 该 + the kind of a body: the last body of that kind named before it
        ("北京朝晖医院派出医疗队。该院院长王立新说，大家都很努力。", {("王立新", "北京朝晖医院", "院长")}),
        ("武汉星河科技有限公司复工了。该公司总经理赵明远介绍。", {("赵明远", "武汉星河科技有限公司", "总经理")}),
        # the kind alone at the start of a clause is the one named before too
        ("星河科技有限公司今年复工。“订单很多。”公司总经理王立新说。", {("王立新", "星河科技有限公司", "总经理")}),
        # none of that kind named before: no post
        ("北京朝晖医院派出医疗队。该公司总经理赵明远介绍。", set()),
    ],
)
def test_this_body_named_before(text, expected):
    assert relations(text, "post") == expected


def test_former_mark_taken_into_a_name():
    """原 is never part of a body's name: 某市原市委书记, 某有限公司原党委书记 are former posts in 某市委,
    某有限公司."""
    rels = relations("湖北省星河市原市委书记王立群，星河集团有限公司原党委书记、董事长赵明远等被查处。", "post")
    assert ("赵明远", "星河集团有限公司", "董事长") in rels
    assert not any(org and org.endswith("原") for _, org, _ in rels)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after the previous name without a body of its own is held in that name's body
        ("全国人大常委会副委员长王立新、赵明远，秘书长钱晓东出席会议。",
         {("王立新", "全国人大常委会", "副委员长"), ("赵明远", "全国人大常委会", "副委员长"),
          ("钱晓东", "全国人大常委会", "秘书长")}),
        ("星河科技有限公司董事长王立新，总经理赵明远出席。",
         {("王立新", "星河科技有限公司", "董事长"), ("赵明远", "星河科技有限公司", "总经理")}),
        # not a job, and not a byline
        ("新华社记者王立新，摄影赵明远。", {("王立新", "新华社", "记者")}),
    ],
)
def test_body_of_the_previous_name(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause gives the posts of the name the sentence opens with; 曾任, 先后任 are former ones
        ("王立群先生是著名的爱国人士、杰出的社会活动家，曾任第八、九、十届全国政协副主席。",
         {("王立群", "全国政协", "副主席")}),
        ("赵明远，1968年出生于安徽省潜山市，现任中国戏剧家协会副主席。", {("赵明远", "中国戏剧家协会", "副主席")}),
        # another name before the clause: the clause is not the first name's
        ("王立群介绍，赵明远曾任中国戏剧家协会副主席。", {("赵明远", "中国戏剧家协会", "副主席")}),
        # a place's head after a department's title is not the department's
        ("1950年，王立群随军到福建省东山县，先后担任东山县城关区委书记、县委组织部部长、县长。",
         {("王立群", "东山县城关区委", "书记"), ("王立群", "东山县委组织部", "部长")}),
        # a term number taken into a body's name
        ("十三届全国人大代表王立群说。", {("王立群", "全国人民代表大会", "代表")}),
    ],
)
def test_clauses_and_terms(text, expected):
    assert relations(text, "post") == expected


def test_body_the_recogniser_missed_inside_a_chain():
    """某集团董事局主席、中国某某总裁某: the words between 、 and the title name a body; a place does not."""
    rels = relations("星河控股集团董事局主席、中国巨川总裁王立新出席。", "post")
    assert ("王立新", "星河控股集团", "董事局主席") in rels
    assert ("王立新", "中国巨川", "总裁") in rels
    rels = relations("中共中央总书记、中国国家主席李明远出席。", "post")
    assert ("李明远", "中华人民共和国", "国家主席") in rels


def test_removed_from_posts():
    """免去某某的…职务: the posts named are the person's (former) posts."""
    assert relations("决定免去王立群的国家统计局局长职务。", "post") == {("王立群", "国家统计局", "局长")}
    assert relations("免去王立群职务。", "post") == set()
    assert relations("免去王立群、赵明远的应急管理部副部长职务。", "post") == {
        ("王立群", "应急管理部", "副部长"), ("赵明远", "应急管理部", "副部长")}


def test_place_holds_only_its_heads():
    """A place before a title holds it only when the title heads the place (市长); 某省作协副主席 is the body's."""
    rels = relations("辽宁省作协副主席王立群认为，文学要扎根生活。", "post")
    assert ("王立群", "辽宁省", "副主席") not in rels
    assert relations("南昌市副市长赵明远介绍。", "post") == {("赵明远", "南昌市", "副市长")}
