"""Conferrals whose holder is named away from the honour: a place or body that opens the sentence, a status
approved for it (经…批准为), a posthumous 批准…为革命烈士, a name after a dateline, a list of honours before 的."""

from __future__ import annotations

from tests.extract.test_conferral_holders import pairs


def test_a_place_opening_the_sentence_holds_the_title_of_a_later_clause():
    assert pairs("银川市尽心竭力满足群众需求，获评“全国文明城市”称号。") == {("银川市", "全国文明城市")}
    assert pairs("如今，东山县的绿化率超过94％，获评国家生态县等多项荣誉。") == {("东山县", "国家生态县")}
    assert pairs("康保县的遗鸥逐年增加，2017年被某协会授予“中国遗鸥之乡”称号。") == {("康保县", "中国遗鸥之乡")}


def test_a_status_approved_for_a_zone():
    assert pairs("苏州工业园区筹建于1994年，2015年经国务院批准为国家自主创新示范区。") == {
        ("苏州工业园区", "国家自主创新示范区")}


def test_no_topic_holder_for_a_body_that_confers_a_group_or_a_unit_named_after_a_place():
    text = "党中央、国务院开展首次评选表彰，一批工程技术人员的优秀代表，获评“国家卓越工程师”称号。"
    assert pairs(text) == set()
    text = "近年来，呼伦贝尔站先后入选某某名录，并荣获“中央和国家机关青年文明号”称号。"
    assert ("呼伦贝尔市", "中央和国家机关青年文明号") not in pairs(text)
    text = "绵竹市打造年画村，并成功创建国家4A级旅游景区，荣获“全国乡村旅游重点村”等称号。"
    assert ("绵竹市", "全国乡村旅游重点村") not in pairs(text)  # a village's title


def test_approved_posthumously_as_a_martyr():
    assert pairs("2010年12月15日，某省人民政府批准王立新同志为革命烈士。") == {("王立新", "革命烈士")}
    assert pairs("1995年，省委组织部追认王立新为中共党员，省人民政府批准他为革命烈士。") == {("王立新", "革命烈士")}


def test_a_name_then_a_ranked_honour_after_zhuishou():
    assert pairs("1995年1月13日，公安部追授王立新一级英雄模范称号。") == {("王立新", "一级英雄模范")}


def test_honours_listed_before_de_and_a_holder():
    assert pairs("我十分敬慕荣获全国劳动模范、国家最高科技奖的王立新，他二十八载隐姓埋名。") == {
        ("王立新", "全国劳动模范"), ("王立新", "国家最高科学技术奖")}
    assert pairs("他讲述了全国劳动模范的王立新的事迹。") == set()  # no verb of honours before the list
    assert pairs("“共和国勋章”获得者周立群动情地说：“此生属于祖国。”") == {("周立群", "共和国勋章")}


def test_a_reporter_in_the_dateline_holds_nothing():
    text = ("据新华社电  （记者王小明）关立志，1972年出生，1991年入伍。历任战士、排长等职。"
            "2005年赴利比里亚执行维和任务，被联合国授予“二级和平荣誉勋章”。\n关立志带领官兵架设浮桥。关立志牺牲了。")
    found = pairs(text)
    assert ("王小明", "二级和平荣誉勋章") not in found


def test_a_clause_topic_and_a_title_given_as_de_chenghao():
    text = "在王立新和同事们的努力下，延庆区医院儿科从无到有，还获得了“爱婴医院”的称号。"
    assert pairs(text) == {("延庆区医院", "爱婴医院")}  # the hospital holds a hospital's title, no person
    text = "在王立新和同事们的努力下，某某县人民医院儿科从无到有，还获得了“爱婴医院”的称号。"
    assert pairs(text) == set()
    text = "王立新获得了“十佳职工”的称号，也获得了“全国技术能手”的荣誉称号。"
    assert pairs(text) == {("王立新", "十佳职工"), ("王立新", "全国技术能手")}


def test_a_named_team_holds_a_collective_honour_but_no_reference_does():
    text = "在年轻人的常年努力下，长江青年班被授予“全国五一劳动奖状”“全国工人先锋号”等荣誉称号。"
    assert pairs(text) == {("长江青年班", "全国五一劳动奖状"), ("长江青年班", "全国工人先锋号")}
    assert pairs("他所在的班被授予“全国工人先锋号”称号。") == set()


def test_more_ways_of_naming_the_holder():
    assert pairs("国庆节前夕，周立群研究员被授予“共和国勋章”。") == {("周立群", "共和国勋章")}
    assert pairs("1996年6月14日，公安部追授王立新为一级英模。") == {("王立新", "一级英模")}
    text = "学校涌现出一大批好老师，不久前被追授为“全国优秀教师”国家称号的周立群教授就是其中一位。"
    assert pairs(text) == {("周立群", "全国优秀教师")}
    text = "王立新荣获世界锦标赛冠军、北京青少年体育之星称号。"
    assert pairs(text) == {("王立新", "北京青少年体育之星")}  # a title after a win that is none


def test_an_honour_before_a_list_of_names_or_after_their_count():
    assert pairs("全国劳动模范王立新、周立群等出席了活动。") == {("王立新", "全国劳动模范"), ("周立群", "全国劳动模范")}
    assert pairs("全国劳动模范王立新、公司经理周立群等出席了活动。") == {("王立新", "全国劳动模范")}
    assert pairs("会上，王立新、周立群两位全国劳动模范分享了经验。") == {
        ("王立新", "全国劳动模范"), ("周立群", "全国劳动模范")}


def test_a_representative_of_an_honours_holders_holds_it():
    assert pairs("全国劳动模范代表、中建一局技师王大明说。") == {("王大明", "全国劳动模范")}


def test_a_title_of_good_pupils_with_its_level():
    text = "王大明　　某某职业学校2017级电子商务专业学生。2019年被评为玉林市三好青少年。"
    assert ("王大明", "玉林市三好青少年") in pairs(text)
