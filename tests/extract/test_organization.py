"""Organisations: where their names start and end in running news text (invented names)."""

from __future__ import annotations

import pytest

from tests.helpers import analyse, names


def orgs(text: str) -> set[str]:
    """Texts of the final Organization mentions of ``text``."""
    return {m.text for m in analyse(text).mentions if m.label == "Organization"}


def test_a_national_body_inside_a_word_is_not_named():
    # 司法部门 holds 司法部, 村民进行 holds 民进: neither names the body
    assert orgs("他在司法部门工作，村民进行讨论。") == set()


def test_a_foreign_body_of_a_national_name_keeps_its_country():
    assert "泰国外交部" in orgs("泰国外交部发表声明。")
    assert names("泰国外交部发表声明。", "Organization") == {"泰国外交部"}
    assert names("中国外交部发表声明。", "Organization") == {"外交部"}  # China's own, by kg's label


def test_a_ministry_named_by_its_ministers_title():
    assert "秘鲁内政部" in orgs("秘鲁内政部长卡洛斯表示。")
    assert orgs("全国宣传部长会议召开。") == set()


def test_a_dateline_is_no_part_of_the_name():
    found = orgs("新华社北京3月5日电外交部发言人说。")
    assert "外交部" in found and not any(o.startswith("日电") for o in found)


def test_a_clause_before_a_name_is_cut_off():
    assert orgs("去年，星河电子公司买下蓝湾科技公司。") >= {"星河电子公司", "蓝湾科技公司"}
    # a verb inside a subsidiary's name stays (某某电力公司检修公司)
    assert "青山电力公司检修公司" in orgs("他是青山电力公司检修公司的员工。")


def test_a_larger_place_before_a_division_is_a_place_of_its_own():
    assert "洛阳市青松中学" in orgs("河南省洛阳市青松中学的老师说。")
    # two places of one rank are one name (广州|佛山); 北京|桃乡 is no division: the name keeps its place
    assert "广州佛山联合物流集团" in orgs("广州佛山联合物流集团的员工说。")
    assert "北京桃乡果品专业合作社" in orgs("北京桃乡果品专业合作社社长宫某某说。")


def test_a_committee_named_by_its_level_alone():
    assert "市委" in orgs("市委、市政府决定修路。")


def test_a_foreign_name_ending_in_ke_is_a_person():
    assert orgs("总理马卡连科与总统会谈。") == set()


def test_a_newspaper_in_title_marks():
    assert orgs("据《南山晚报》报道，《2023年统计公报》显示，产量增长。") == {"南山晚报"}


def test_a_partys_central_committee_and_a_session_before_a_body():
    assert "民革中央" in orgs("民革中央常务副主席某某出席。")
    found = orgs("在第二届全国人民代表大会第一次会议上，他发了言。")
    assert "第二届全国人民代表大会" in found
    assert names("在第二届全国人民代表大会第一次会议上，他发了言。", "Organization") >= {"全国人大"}


def test_a_national_body_glued_to_a_title_in_one_word():
    assert "全国政协" in orgs("读书班是为新当选的全国政协委员举办的。")


def test_a_ministry_named_at_the_start_of_a_clause():
    assert "内政部" in orgs("内政部长将于明天与工会谈判。")
    assert "农业部" in orgs("该国副总理兼农业部长瓦某宣布。")


def test_a_place_word_ending_in_chu_is_no_office():
    assert orgs("车站位于河南、山西交界处。") == set()


def test_a_committee_glued_to_its_title():
    assert "市委" in orgs("去年，市委书记张某某召集会议。")


def test_a_team_named_by_its_country_or_city():
    doc = analyse("巴拉圭队2∶2逼平冰岛女队，大连女篮和比利时男子手球队晋级。")
    rule = {m.text for m in doc.candidates["organization"]}
    assert {"巴拉圭队", "冰岛女队", "大连女篮", "比利时男子手球队"} <= rule
    # 部队, 车队, and a team word after no place name no team
    assert analyse("驻地部队和车队出发，定向越野队集合。").candidates.get("organization", []) == []


def test_a_ministry_whose_ministers_title_jieba_cut_off():
    assert "芬兰农林部" in orgs("总理会见来访的芬兰农林部长维尔塔宁。")


def test_intergovernmental_organisations_by_their_names_and_short_names():
    found = orgs("国际货币基金组织和世行代表与欧佩克组织官员会谈。")
    assert {"国际货币基金组织", "世行", "欧佩克组织"} <= found
    assert names("世行代表说。", "Organization") == {"世界银行"}


def test_new_heads_name_delegations_troupes_and_parliaments():
    found = orgs("冰岛议会代表团访问南川歌舞团和蓝湾足球俱乐部。")
    assert {"冰岛议会代表团", "南川歌舞团", "蓝湾足球俱乐部"} <= found


def test_a_kind_of_company_is_no_name():
    assert "上市公司" not in orgs("上市公司盈利增长，青松科技公司上市。")


def test_a_word_ending_in_a_one_character_head_is_no_name_end():
    # 部署 (deploy) and 签署 (sign) end in 署, 相处 in 处: none of them ends a body's name
    text = "青川县总工会部署开展送温暖活动，市卫健委签署协议，两地相处融洽。海关总署部署检查。"
    found = orgs(text)
    assert not any(n.endswith(("部署", "签署", "相处")) for n in found)
    assert "海关总署" in found


def test_the_partys_name_before_a_local_committee_makes_no_second_body():
    text = "中共青川县委书记王立新主持会议。青川县委副书记李明远、中共青川县纪委书记赵晓东出席。"
    assert names(text, "Organization") == {"青川县委", "青川县纪委"}
    assert "中共中央" in names("中共中央、国务院印发意见。", "Organization")


def test_a_kind_cut_off_an_unknown_name_gets_its_name_back():
    # the tagger starts the name at the first word it knows (饮料集团): the words before it are the name
    found = orgs("此外，星舰航天空间科技股份有限公司创始人、CEO李志远，溪禾饮料集团总裁刘永安荣获奖项。")
    assert found >= {"星舰航天空间科技股份有限公司", "溪禾饮料集团"}
    assert not found & {"科技股份有限公司", "饮料集团"}


def test_a_bare_kind_is_no_organisation():
    assert orgs("他说，大型饮料集团总裁也来了。") == set()


def test_a_unit_named_in_a_title_chain_stays_for_the_post_extractor():
    assert "调研委员会" in orgs("市政协常委、调研委员会主任王立新把思考带到了会上。")


def test_a_friendship_body_names_both_countries():
    assert "秘鲁中国友好协会" in orgs("秘鲁中国友好协会会长卡洛斯博士表示，中国是秘鲁的朋友。")


def test_an_open_bracket_before_a_name_is_no_part_of_it():
    """作者：某 某（某某大学教授）: the name grown left from 大学 stops at the bracket, the author is no part of it."""
    from tests.helpers import analyse

    doc = analyse("作者：续 兰（北京邮电大学教授）")
    assert not any("（" in m.text for m in doc.mentions if m.label == "Organization")


@pytest.mark.parametrize(
    ("text", "not_in"),
    [
        ("几内亚驻华大使称赞中国政府应对疫情有力。", "称赞"),
        ("他回到家乡河北保定着手创办游泳学校。", "着手"),
    ],
)
def test_a_verb_with_a_name_or_a_verb_after_it_is_a_clause_not_part_of_a_name(text, not_in):
    """称赞|中国政府, 着手|创办|…学校: the verb governs what follows, the name starts after it (帮扶|中心 stays)."""
    assert not any(not_in in m for m in orgs(text))
    assert "鹤岗市总工会帮扶中心" in orgs("鹤岗市总工会帮扶中心为职工服务。")


def test_a_kind_of_body_is_no_organisation():
    """高水平大学, 商业银行, 专科医院: words of kinds and a head name no body; 中国银行, 国家图书馆 do."""
    text = ("鼓励商业银行和中小银行加大支持，高水平大学、传染病专科医院和外国公司也参与其中，"
            "中国银行和国家图书馆都有份。")
    found = orgs(text)
    assert not found & {"商业银行", "中小银行", "高水平大学", "专科医院", "传染病专科医院", "外国公司"}
    assert "中国银行" in found


def test_a_person_before_a_national_body_is_no_part_of_its_name():
    """某国总统某某会见|中共中央政治局委员…: jieba may tag 会见 a noun; the person is no part of the body."""
    from tests.helpers import analyse

    doc = analyse("奥地利总统范德贝伦会见中共中央政治局委员、外交部长王毅。")
    assert "中共中央政治局" in orgs("奥地利总统范德贝伦会见中共中央政治局委员、外交部长王毅。")
    assert {m.text for m in doc.mentions if m.label == "Person"} == {"范德贝伦", "王毅"}
