"""Honour conferrals: recipient, honour, year, and the conferring body when the text states it."""

from __future__ import annotations

from tests.helpers import resolve


def conferrals(text: str, **kw) -> set[tuple]:
    rd, r = resolve(text, **kw)
    out = set()
    for rel, s, o in rd.relations:
        if rel.kind == "honour":
            body = rel.attrs.get("body")
            out.add((r.entities[s].name, r.entities[o].name, rel.attrs.get("year"), body.text if body else None))
    return out


def test_conferral_title_before_name():
    assert conferrals("座谈会上，全国劳动模范何芳说。") == {("何芳", "全国劳动模范", None, None)}


def test_conferral_this_year_before_de_name():
    found = conferrals("今年荣获首都劳动奖章的林雪表示：“我将继续努力。”", date="2023-05-12")
    assert found == {("林雪", "首都劳动奖章", 2023, None)}


def test_conferral_listed_honours_go_to_the_paragraph_subject():
    text = ("某公司电焊工赵立新说。赵立新攻克多项难题。\n所获荣誉：全国劳动模范、全国五一劳动奖章、"
            "2016年度“感动中国”十大人物。")
    found = {(p, h) for p, h, _, _ in conferrals(text)}
    assert found == {("赵立新", "全国劳动模范"), ("赵立新", "全国五一劳动奖章"), ("赵立新", "感动中国十大人物")}


def test_conferral_body_and_year_stated():
    found = conferrals("全国劳动模范张立新，2020年被中华全国总工会授予全国五一劳动奖章。")
    assert ("张立新", "全国五一劳动奖章", 2020, "中华全国总工会") in found


def test_conferral_column_title():
    found = conferrals("【大国工匠】刘立争：薄壁精雕 重器问天", title="【大国工匠】刘立争：薄壁精雕")
    assert ("刘立争", "大国工匠", None, None) in found


def test_conferral_listed_names_share_the_honour():
    text = "老工人赵青山、护士长钱明月和技师孙立华获得“感动中国2023年度人物”荣誉。"
    found = {(p, h) for p, h, _, _ in conferrals(text)}
    assert found == {("赵青山", "感动中国年度人物"), ("钱明月", "感动中国年度人物"), ("孙立华", "感动中国年度人物")}


def test_conferral_list_closed_by_titles_takes_every_item():
    found = {h for _, h, _, _ in conferrals("林秀英曾经荣获全国三八红旗手、“全国十佳农民”、全国劳动模范等多个称号。")}
    assert found == {"全国三八红旗手", "全国十佳农民", "全国劳动模范"}


def test_conferral_second_class_award_is_one_item():
    found = {h for _, h, _, _ in conferrals("郑海涛说。\n所获荣誉：国家科学技术进步二等奖、吉林省特等劳模。")}
    assert found == {"国家科学技术进步二等奖", "吉林省特等劳模"}


def test_conferral_not_to_a_person_when_a_work_or_a_count_is_the_subject():
    assert conferrals("吴海峰修复壁画多年，其中“壁画修复工艺”荣获全国科学大会成果奖。") == set()
    assert conferrals("钱立新宣读决定。1670人被授予全国劳动模范称号。") == set()


def test_conferral_holder_title_and_names_after_a_colon():
    found = {(p, h) for p, h, _, _ in conferrals("首都劳动奖章获得者、北京华达公交客运有限公司驾驶员吴振华发言。")}
    assert found == {("吴振华", "首都劳动奖章")}
    found = {(p, h) for p, h, _, _ in conferrals("今年获评“北京大工匠”的3人是：电缆工许建平、车间主任冯德明、钟立华。")}
    assert found == {("许建平", "北京大工匠"), ("冯德明", "北京大工匠"), ("钟立华", "北京大工匠")}


def test_conferral_bare_honour_is_the_specific_one_again():
    found = {(p, h) for p, h, _, _ in conferrals("老师中有北京市劳动模范、电工班长严立军。劳动模范严立军讲课。")}
    assert found == {("严立军", "北京市劳动模范")}


def test_conferral_column_title_with_a_description():
    found = conferrals("今天我们认识钳工孔德林。", title="【大国工匠】精益求精的数控铣工孔德林")
    assert ("孔德林", "大国工匠", None, None) in found


def test_conferral_collective_honour_goes_to_the_unit_not_a_person():
    found = {(p, h) for p, h, _, _ in conferrals("辖区内的北京松华物业服务有限公司维修班今年获评全国工人先锋号。")}
    assert found == {("北京松华物业服务有限公司维修班", "全国工人先锋号")}
    found = {(p, h) for p, h, _, _ in conferrals("北京华达机械有限公司荣获全国五一劳动奖状，王建军参加颁奖。")}
    assert found == {("北京华达机械有限公司", "全国五一劳动奖状")}


def pairs(text: str, **kw) -> set[tuple[str, str]]:
    return {(p, h) for p, h, _, _ in conferrals(text, **kw)}


def test_conferral_recipients_between_verb_and_honour():
    text = ("全国妇联决定授予林秀华等十位杰出女性全国三八红旗手标兵荣誉称号。她们是：中国科学院院士林秀华；"
            "某机械公司数控铣工赵美玲。全国妇联同时授予孙立芳等300人全国三八红旗手荣誉称号。")
    assert pairs(text) == {("林秀华", "全国三八红旗手标兵"), ("赵美玲", "全国三八红旗手标兵"),
                           ("孙立芳", "全国三八红旗手")}
    assert pairs("全国妇联日前追授周丽君、吴晓梅两位同志全国三八红旗手称号。") == {
        ("周丽君", "全国三八红旗手"), ("吴晓梅", "全国三八红旗手")}


def test_conferral_medals_given_and_given_again():
    text = "决定给杨立新同志颁发“二级航天功勋奖章”，授予郑海波同志“英雄航天员”荣誉称号并颁发“三级航天功勋奖章”。"
    assert pairs(text) == {("杨立新", "二级航天功勋奖章"), ("郑海波", "英雄航天员"), ("郑海波", "三级航天功勋奖章")}


def test_conferral_copula_brackets_and_apposition():
    assert pairs("张立华是北京市劳动模范。") == {("张立华", "北京市劳动模范")}
    assert pairs("他叫张立华，是北京市劳动模范、首都劳动奖章获得者。") == {
        ("张立华", "北京市劳动模范"), ("张立华", "首都劳动奖章")}
    assert pairs("张立华在车间工作。他是一名全国劳动模范。") == {("张立华", "全国劳动模范")}
    assert pairs("张立华（全国劳动模范）在车间工作。") == {("张立华", "全国劳动模范")}
    assert pairs("张立华，全国劳动模范，北京城建集团高级技师。") == {("张立华", "全国劳动模范")}
    assert pairs("这是全国劳动模范的摇篮。") == set()


def test_conferral_as_representative_and_among_them():
    assert pairs("张立华作为全国劳动模范代表发言。") == {("张立华", "全国劳动模范")}
    text = "今年“五一”前夕，全总授予一批先进个人全国五一劳动奖章，周雅琴名列其中。"
    assert pairs(text) == {("周雅琴", "全国五一劳动奖章")}


def test_conferral_honour_heading_a_list_of_names():
    text = "2018年“大国工匠年度人物”\n高立林　突破极限精度。\n夏  明　技艺精湛。\n李万春　一把焊枪。\n这是一段正文。"
    assert pairs(text) == {("高立林", "大国工匠年度人物"), ("夏明", "大国工匠年度人物"),
                           ("李万春", "大国工匠年度人物")}


def test_conferral_those_selected():
    text = "2023年“最美职工”注重选树产业工人，最终推选出陈立慷、周时华、次仁央宗、潘阿新4名职工。"
    assert pairs(text) == {(n, "最美职工") for n in ("陈立慷", "周时华", "次仁央宗", "潘阿新")}


def test_conferral_respectively_and_not_to_others():
    assert pairs("电影获得最佳导演，梁立伟、何赛英分别获得最佳男主角奖和最佳女主角奖。") == {
        ("梁立伟", "最佳男主角奖"), ("何赛英", "最佳女主角奖")}
    # his unit, a work, those the leader presents the prizes to: none of them the person named before
    assert pairs("麦立德坚守战位。他所在的611艇被海军授予“海上英雄艇”荣誉称号。") == set()
    assert pairs("王立新说，其中《代数学新编》在全国优秀教材评选中被评为国家级特等奖。") == set()
    assert pairs("随后，李文华为获得国家自然科学奖的代表颁奖。") == set()
    assert pairs("有时为了获得“核心知识”，王立新还请人讲课。") == set()


def test_conferral_year_opening_the_sentence_and_local_honours():
    assert conferrals("2023年，张立华获评“北京大工匠”称号。") == {("张立华", "北京大工匠", 2023, None)}
    assert pairs("福州市鼓楼区开展活动。省里还授予侯丽梅“省三八红旗手”称号。") == {("侯丽梅", "福建省三八红旗手")}
    assert pairs("海淀区的李文华去年被评为市劳动模范。") == {("李文华", "北京市劳动模范")}



def test_a_medal_given_to_a_person_without_chenghao():
    # the recipient between 授予/颁授 (or after 向/为) and the honour, with no 称号 after it
    for text, honour in (("市总工会授予赵明远首都劳动奖章。", "首都劳动奖章"),
                         ("市总工会为赵明远颁发首都劳动奖章。", "首都劳动奖章"),
                         ("国家主席向赵明远颁授了“友谊勋章”。", "友谊勋章"),
                         ("习近平授予赵明远“友谊勋章”。", "友谊勋章")):
        assert {(p, h) for p, h, _, _ in conferrals(text)} == {("赵明远", honour)}, text
