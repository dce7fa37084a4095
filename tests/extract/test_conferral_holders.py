"""Conferrals written as a holder's title (…奖获得者某某), after 的, in lists before a name, and posthumous ones."""

from __future__ import annotations

from tests.extract.test_conferral import conferrals


def pairs(text: str, **kw) -> set[tuple[str, str]]:
    return {(p, h) for p, h, _, _ in conferrals(text, **kw)}


def test_prize_winner_before_a_name_with_its_year():
    found = conferrals("2012年度诺贝尔物理学奖获得者丁思远、2016年度图灵奖得主马克·沃森等科学家发来联名信。")
    assert ("丁思远", "诺贝尔物理学奖", 2012, None) in found
    assert ("马克·沃森", "图灵奖", 2016, None) in found


def test_prize_name_stops_at_a_preposition_and_takes_a_quoted_part():
    assert pairs("节目将播出对菲尔兹奖获得者马克·沃森的专访。") == {("马克·沃森", "菲尔兹奖")}
    assert ("周立群", "两弹一星功勋奖章") in pairs("“两弹一星”功勋奖章获得者周立群出席。")
    assert ("周立群", "人民艺术家") in pairs("“人民艺术家”国家荣誉称号获得者周立群：我是党的女儿")


def test_a_class_of_honours_is_no_honour_held():
    assert pairs("习近平为国家勋章和国家荣誉称号获得者颁授勋章奖章。") == set()


def test_honours_listed_before_a_name_and_a_job():
    found = pairs("全国劳动模范、全国五一劳动奖章获得者、中建一局技师王大明说。")
    assert found == {("王大明", "全国劳动模范"), ("王大明", "全国五一劳动奖章")}
    assert pairs("湖北省劳模、武汉公交780路驾驶员李立福说。") == {("李立福", "湖北省劳动模范")}


def test_posthumous_martyr_and_the_body_after_bei_is_no_subject():
    text = "2001年，王立强被公安部追授全国公安系统一级英雄模范称号，同年，省人民政府追认其为革命烈士。"
    assert pairs(text) == {("王立强", "全国公安系统一级英雄模范"), ("王立强", "革命烈士")}
    text = ("2013年3月1日下午，李向东外出看病途经码头时，因抢救落水群众而牺牲，"
            "被武警部队授予“舍己救人的忠诚卫士”荣誉称号。")
    assert pairs(text) == {("李向东", "舍己救人的忠诚卫士")}
    assert pairs("1980年，路立峰被追认为中国共产党党员。") == set()


def test_holder_after_de_and_a_description():
    found = pairs("获得“亚洲足球小姐”称号的武汉籍女足运动员王小霜，两次担任旗手的刘玉林等。")
    assert found == {("王小霜", "亚洲足球小姐")}
    # 获得过…称号的某公司工人代表: someone after 的, not the leader named before
    text = "习近平总书记两次到某公司考察。近日，获得过先进模范称号的某公司产业工人代表给总书记写信。"
    assert pairs(text) == set()


def test_edition_and_quoted_title_after_huo():
    assert pairs("2017年6月，张立义获第三届“国医大师”称号。") == {("张立义", "国医大师")}


def test_a_name_opening_the_clause_that_was_not_tagged():
    # the subject right before the verb, not the speaker of the sentence before
    found = pairs("张立说。2017年6月，雷忠林获第三届“国医大师”称号。")
    assert ("张立", "国医大师") not in found
    assert pairs("张立说。今年，该企业荣获全国五一劳动奖状。") == set()


def test_prize_given_to_those_named_after_the_verb():
    found = pairs("瑞典皇家科学院14日宣布，将2019年诺贝尔化学奖授予王立新。")
    assert found == {("王立新", "诺贝尔化学奖")}


def test_huoban_confers_too():
    assert ("王立新", "友谊勋章") in pairs("9月29日，王立新获颁“友谊勋章”。")


def test_an_untagged_subject_carries_over_to_the_next_clauses():
    text = ("人们都说柳林很坚强。2008年，柳林被中共内蒙古自治区委员会授予“优秀共产党员”称号，"
            "2009年被中华全国总工会授予“全国五一劳动奖章”，2010年获“全国先进工作者”称号。")
    assert pairs(text) == {("柳林", "优秀共产党员"), ("柳林", "全国五一劳动奖章"), ("柳林", "全国先进工作者")}
    assert pairs("黄山被评为全国文明城市。") == {("黄山市", "全国文明城市")}  # the city, no person 黄山


def test_a_lower_honour_named_like_a_higher_one_is_kept():
    text = "2008年，柳林被区委授予“优秀共产党员”称号，2011年获“全国优秀共产党员”称号。"
    assert pairs(text) == {("柳林", "优秀共产党员"), ("柳林", "全国优秀共产党员")}


def test_posthumous_wei_and_a_work_is_no_person():
    found = pairs("王立新说。他被授予全国五一劳动奖章，被追授为全国优秀共产党员。")
    assert found == {("王立新", "全国五一劳动奖章"), ("王立新", "全国优秀共产党员")}
    assert pairs("编剧张立新创作了新剧。该剧先后荣获第三十一届田汉戏剧奖剧本一等奖。") == set()


def test_no_holder_cut_from_the_start_of_a_company_name():
    # a company named again and again opens the sentence: its first characters are no person's name
    from tests.helpers import names

    text = ("华远集团成立于1990年，总部在北京。华远集团近年来发展很快。"
            "华远集团已连续5年发布社会责任报告，多次荣获省级“诚信示范企业”荣誉。")
    assert "华远集" not in names(text, "Person")
    assert not any(p == "华远集" for p, _ in pairs(text))
