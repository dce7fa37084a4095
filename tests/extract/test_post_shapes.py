"""Posts in the shapes news writes them beyond a plain title chain before a name.

Seats after a name, titles joined by 的 or a verb, village committees, a bare 省/市 or a place's head in a
chain, leading groups, the head of state. Names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import relations, resolve


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 镇 or 村 before a title is the town or village named last after its county or town
        ("在湖北省崇阳县天河镇防控工作会上，镇党委书记周立明调来了一辆车。", {("周立明", "天河镇", "党委书记")}),
        ("河南省虞城县稍石镇李庄村，家家户户贴春联。不一会儿，传来村支书李大伟的声音。",
         {("李大伟", "李庄村党支部", "书记")}),
        ("新疆阿瓦提县阿依乡红星村村民说。村第一书记、星河公司工作队队长张学明说。",
         {("张学明", "红星村", "第一书记"), ("张学明", "星河公司工作队", "队长")}),
        # a town's name before its Party committee's title, with no mention of the town
        ("石岭乡党委书记邵明霞算了一笔账。", {("邵明霞", "石岭乡", "党委书记")}),
        # no town named: a bare 镇 says nothing; a verb before 村支书 is no village
        ("全国城乡居民收入增长，镇党委书记王明说。", set()),
        ("不一会儿，传来村支书李大伟的声音。", set()),
    ],
)
def test_bare_town_or_village(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a diplomat holds the office for the sending state, wherever posted
        ("韩国新任驻武汉总领事金大成坚持到武汉赴任。", {("金大成", "韩国", "总领事")}),
        ("会见泰国驻华大使阿塔努。", {("阿塔努", "泰国", "大使")}),
        # marks before an office of a state (第一副总理), and a ministry written with its minister's title
        ("塞尔维亚第一副总理兼外长达尼奇表示很好。",
         {("达尼奇", "塞尔维亚", "第一副总理"), ("达尼奇", "塞尔维亚", "外长")}),
        ("泰国副总理兼公共卫生部长阿努塔认为很好。",
         {("阿努塔", "泰国", "副总理"), ("阿努塔", "泰国公共卫生部", "部长")}),
        ("古巴新任国家主席迪亚斯表示很好。", {("迪亚斯", "古巴", "国家主席")}),
        # an adjective inside a foreign party's name; a bare 政府 in a foreign chain is the country's
        ("乌拉圭广泛阵线主席米兰多表示很好。", {("米兰多", "乌拉圭广泛阵线", "主席")}),
        ("阿富汗民族联盟领袖、政府首席执行官阿卜杜尔表示很好。",
         {("阿卜杜尔", "阿富汗民族联盟", "领袖"), ("阿卜杜尔", "阿富汗政府", "首席执行官")}),
    ],
)
def test_offices_abroad(text, expected):
    assert relations(text, "post") == expected


def test_head_of_state_with_a_foreign_one():
    """某主席 in a sentence naming a foreign head of state is China's head of state; elsewhere it is nobody sure."""
    assert ("李明远", "中华人民共和国", "国家主席") in relations(
        "李明远主席在应约与美国总统杰克逊通电话时指出，很好。", "post")
    assert relations("王小明主席会见了来访的客人。", "post") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of holding before a chain joined by 的 (曾任: former)
        ("在长沙县，担任县委统战部副部长、县工商联党组书记的艾明是联络员。",
         {("艾明", "长沙县委统战部", "副部长"), ("艾明", "长沙县工商联", "党组书记")}),
        # an assistant to an office; a Party member is no post
        ("星河科技有限公司总经理助理陈小露说。", {("陈小露", "星河科技有限公司", "总经理助理")}),
        # a command's head (指挥部)
        ("虞城县委书记、县疫情防控指挥部总指挥长朱大亚说。",
         {("朱大亚", "虞城县委", "书记"), ("朱大亚", "虞城县疫情防控指挥部", "总指挥长")}),
        # a bare kind at a clause's start is the body of that kind named before
        ("成都市新都区建利蔬菜合作社供应蔬菜。受疫情影响，合作社理事长朱尚明一筹莫展。",
         {("朱尚明", "新都区建利蔬菜合作社", "理事长")}),
        # one word names the body; a former mark glued to a body's last word starts the title
        ("上海海关关长高明昆表示，很好。", {("高明昆", "上海海关", "关长")}),
        ("云南省昆明市五华区自然资源局原党组书记、局长和明等人违规吃喝。",
         {("和明", "五华区自然资源局", "党组书记"), ("和明", "五华区自然资源局", "局长")}),
        # the secretariat's first secretary, as the charters name the title
        ("共青团中央书记处第一书记阿明出席。", {("阿明", "共青团中央", "书记处第一书记")}),
    ],
)
def test_more_chain_shapes(text, expected):
    assert relations(text, "post") == expected


def _former(text: str) -> dict[str, bool]:
    rd, _ = resolve(text)
    return {rel.attrs["role"]: rel.attrs["former"] for rel, _, _ in rd.relations if rel.kind == "post"}


def test_former_mark_covers_the_body_s_titles():
    """某局原党组书记、局长: both posts are former; a later 现任 is not."""
    assert _former("云南省昆明市五华区自然资源局原党组书记、局长和明等人违规吃喝。") == {"党组书记": True, "局长": True}
    assert _former("北京星河公司原董事长、现任总经理王明远说。") == {"董事长": True, "总经理": False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare head of a place's government at a clause's start heads the place the article is about
        ("崇阳县的企业复工了。县长王小明说，很好。", {("王小明", "崇阳县", "县长")}),
        ("崇阳县天河镇的企业复工了。镇长王小明说，很好。", {("王小明", "天河镇", "镇长")}),
        # the body given once for two names joined by 和
        ("北京星河公司董事长张大明和总经理李小强出席。",
         {("张大明", "北京星河公司", "董事长"), ("李小强", "北京星河公司", "总经理")}),
        # the formal name of the national CPPCC by its term
        ("会议选举李小斌为政协第十三届全国委员会秘书长。", {("李小斌", "全国政协", "秘书长")}),
    ],
)
def test_bodies_given_elsewhere(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appointments: 同志任, 被任命为; a Party committee's own offices after it
        ("李小四同志任国家发展改革委副主任。", {("李小四", "国家发展改革委", "副主任")}),
        ("王五强被任命为国家统计局副局长。", {("王五强", "国家统计局", "副局长")}),
        ("石泰明同志任内蒙古自治区党委委员、常委、书记。",
         {("石泰明", "内蒙古自治区党委", "委员"), ("石泰明", "内蒙古自治区党委", "常委"),
          ("石泰明", "内蒙古自治区党委", "书记")}),
        # a seat lost (撤销…资格) is a former post of each name
        ("会议决定撤销王小伟、李亚平的全国政协委员资格。",
         {("王小伟", "全国政协", "委员"), ("李亚平", "全国政协", "委员")}),
        # a mistagged word inside a foreign party's name
        ("吉布提争取进步人民联盟总书记伊利亚明表示，很好。", {("伊利亚明", "吉布提争取进步人民联盟", "总书记")}),
    ],
)
def test_appointments_and_removals(text, expected):
    assert relations(text, "post") == expected


def test_former_after_the_name():
    """某某曾任…: a former post; 撤销…资格: a former seat."""
    assert _former("赵六明曾任星河公司董事长。") == {"董事长": True}
    assert _former("会议决定撤销王小伟的全国政协委员资格。") == {"委员": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare head at a clause's start heads the body of its kind named last in the paragraph
        ("宏星中学在校生多为外来工子女，校长张小信告诉记者，很好。", {("张小信", "宏星中学", "校长")}),
        ("星河农业科技有限公司刚得到贷款支持，董事长蔡小旭说：“很好。”",
         {("蔡小旭", "星河农业科技有限公司", "董事长")}),
        # none of its kind named in the paragraph: an office without its body says nothing
        ("宏星中学很好。\n校长张小信告诉记者，很好。", set()),
    ],
)
def test_bare_head_after_its_body(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offices of foreign states and of international organisations as the press renders them
        ("美国国务卿蓬佩明说，很好。", {("蓬佩明", "美国", "国务卿")}),
        ("日本外务大臣山田一郎表示，很好。", {("山田一郎", "日本", "外务大臣")}),
        ("世卫组织总干事谭德明表示很好。", {("谭德明", "世界卫生组织", "总干事")}),
        # a body the recogniser cut short, ending in 组织 (but 组织科长 heads a 科)
        ("联合国工业发展组织总干事李小勇说，很好。", {("李小勇", "联合国工业发展组织", "总干事")}),
        ("印度尼西亚大印尼运动党总主席普拉博明说，很好。", {("普拉博明", "印度尼西亚大印尼运动党", "总主席")}),
    ],
)
def test_foreign_and_international_offices(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit between a body and its head's title, jieba gluing its last character to the title (推广局|局长)
        ("国务院新闻办公室对外推广局局长张小彬出席。", {("张小彬", "国务院新闻办公室对外推广局", "局长")}),
        ("司法部立法二局副局长张小波说，很好。", {("张小波", "司法部立法二局", "副局长")}),
        # a leading group's long name (words tagged as idioms in it) does not break the chain before it
        ("中共中央政治局常委、国务院总理、中央应对新型冠状病毒感染肺炎疫情工作领导小组组长李明强赴武汉考察。",
         {("李明强", "中共中央政治局", "常委"), ("李明强", "国务院", "总理"),
          ("李明强", "中央应对新型冠状病毒感染肺炎疫情工作领导小组", "组长")}),
    ],
)
def test_units_and_groups(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village named right after its county; 村主任 chairs the village's committee
        ("河北省无极县柳树村的路灯亮了。村主任陈国明说，很好。", {("陈国明", "柳树村村委会", "主任")}),
        # a function word starts no village's name
        ("河南对村（社区）开展工作。村支书王建明说，很好。", set()),
        # a bare 校 at a link's start is the school named before
        ("湖南星河大学举行活动。校党委书记王建明说：“很好。”", {("王建明", "湖南星河大学", "党委书记")}),
        # 与 inside a unit's name
        ("农业农村部政策与改革司司长赵小阳表示，很好。", {("赵小阳", "农业农村部政策与改革司", "司长")}),
        # a committee member named by a portfolio is no body named with 组织
        ("商河县孙集镇党委组织委员戴小英说。", {("戴小英", "商河县孙集镇党委", "组织委员")}),
    ],
)
def test_villages_schools_units(text, expected):
    assert relations(text, "post") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a periodical in 《》 before its editor's title
        ("《亚洲星河周刊》总编辑王小明说，很好。", {("王小明", "亚洲星河周刊", "总编辑")}),
        # a village's Party branch with 副 inside its secretary's title
        ("毕竟村里要投钱，平坡村党总支副书记杨选明不敢有丝毫马虎。", {("杨选明", "平坡村党总支", "副书记")}),
        # 与 inside a foreign body's name written from its country
        ("瑞典安全与发展政策研究所所长施万明对本报记者说。", {("施万明", "瑞典安全与发展政策研究所", "所长")}),
    ],
)
def test_media_branches_and_foreign_bodies(text, expected):
    assert relations(text, "post") == expected


def test_workplace_after_its_places():
    """在某市|某县…某合作社的厂房里，负责人某: the places before the workplace's name do not hide it."""
    rels = relations("在大庆市星河中草药种植合作社的厂房里，负责人李小双正指挥工人加紧加工。", "post")
    assert {(p, role) for p, _, role in rels} == {("李小双", "负责人")}
    assert all(org is not None and org.endswith("星河中草药种植合作社") for _, org, _ in rels)
