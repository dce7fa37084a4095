"""Honour mentions: listed honours after a conferral verb, their canonical names."""

from __future__ import annotations

from kg.extract.honour import honour_name
from tests.helpers import analyse


def honours(text: str, **kw) -> list[str]:
    return [m.name or m.text for m in analyse(text, **kw).mentions if m.label == "Honour"]


def test_quoted_honours_one_after_another_are_each_an_honour():
    found = honours("该班组被授予“全国五一劳动奖状”“全国工人先锋号”“北京市模范集体”等荣誉称号。")
    assert found == ["全国五一劳动奖状", "全国工人先锋号", "北京市模范集体"]


def test_holder_is_part_of_the_honour_mention():
    doc = analyse("首都劳动奖章获得者、北京华达公交客运有限公司驾驶员吴振华发言。")
    [hon] = [m for m in doc.mentions if m.label == "Honour"]
    assert (hon.text, hon.name) == ("首都劳动奖章获得者", "首都劳动奖章")


def test_honour_name_drops_an_inner_year():
    assert honour_name("“感动中国2023年度人物”") == "感动中国年度人物"
    assert honour_name("全国五一劳动奖章") == "全国五一劳动奖章"


def test_honour_name_drops_the_edition():
    assert honour_name("第七届全国道德模范") == "全国道德模范"
    found = honours("前不久，他被授予第七届全国道德模范荣誉称号。")
    assert found == ["全国道德模范"]


def test_honour_conferred_unquoted_after_the_count_of_recipients():
    found = honours("全国工商联授予北京华立科技股份有限公司等99家民营企业"
                    "全国“万企帮万村”精准扶贫行动先进民营企业荣誉称号。")
    assert found == ["全国万企帮万村精准扶贫行动先进民营企业"]


def test_honour_quoted_title_with_its_level_word():
    assert honours("在新中国成立70周年之际，他获得“人民英雄”国家荣誉称号。") == ["人民英雄"]
    assert honours("有时为了获得“核心知识”，他还请人讲课。") == []


def test_a_job_at_a_workplace_after_the_copula_is_no_honour():
    # 是…公司…首席技师: the post he holds there; 是北京市劳动模范: an honour
    text = "赵明远是青松机械有限公司装配车间首席技师，也是北京市劳动模范。"
    found = {m.name or m.text for m in analyse(text).all_candidates() if m.label == "Honour"}
    assert found == {"北京市劳动模范"}


def test_a_quoted_title_of_persons_right_before_a_name_is_an_honour():
    from tests.extract.test_conferral import conferrals

    assert conferrals("会上，“青川工匠”赵明远分享了经验。") == {("赵明远", "青川工匠", None, None)}
    assert not conferrals("打造“青川工匠”品牌，赵明远说。")  # a brand, no one holds it here


def test_statuses_approved_or_named_and_titles_of_places():
    assert honours("该县被命名为全国文明城市。") == ["全国文明城市"]
    assert honours("2015年经国务院批准为国家自主创新示范区。") == ["国家自主创新示范区"]
    assert honours("1996年1月21日，王立新被追授为一级英模。") == ["一级英模"]
    assert honours("他的申请被批准为预备党员。") == []  # membership, no honour


def test_an_honour_named_by_its_level_and_a_word_of_praise():
    assert honours("2015年，王立新被评为全国优秀县委书记。") == ["全国优秀县委书记"]
    assert honours("2015年，王立新荣获全国优秀共青团员、全国模范法官。") == ["全国优秀共青团员", "全国模范法官"]
    assert honours("2015年，王立新被评为业务骨干。") == []  # no level, no praise: a role
