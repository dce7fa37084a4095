"""Honours read by their shape on text the rules were not written for: lists closed by 等光荣称号, column titles,
prizes before 获奖者, medals given without 称号, editions (首届…), bodies as recipients, lists of names."""

from __future__ import annotations

from tests.helpers import relations


def held(text: str, **kw) -> set[tuple[str, str]]:
    return {(s, o) for s, o, _ in relations(text, "honour", **kw)}


def test_list_closed_by_guangrong_chenghao() -> None:
    got = held("投身公安战线21年，王丽霞先后获得了全国五一劳动奖章、中国十大女杰、全国优秀人民警察等光荣称号。")
    assert {("王丽霞", "全国五一劳动奖章"), ("王丽霞", "中国十大女杰"), ("王丽霞", "全国优秀人民警察")} <= got


def test_quoted_name_holding_he_is_one_honour() -> None:
    got = held("竹林街道获得了“江苏省和谐社区建设示范单位”等荣誉。")
    assert got == {("竹林街道", "江苏省和谐社区建设示范单位")}


def test_column_of_an_honour_in_the_title() -> None:
    got = held("王丽霞从警之后刻苦钻研业务。", title="某县公安局原局长王丽霞—— 百姓称赞的好警官（最美奋斗者）")
    assert ("王丽霞", "最美奋斗者") in got


def test_prize_before_huojiangzhe_and_its_representatives() -> None:
    got = held("会议对全国脱贫攻坚奖获奖者进行了表彰，陈望海、刘双红、张玉山等获奖代表作先进事迹报告。")
    assert got == {(n, "全国脱贫攻坚奖") for n in ("陈望海", "刘双红", "张玉山")}


def test_a_verb_before_a_prize_begins_no_name() -> None:
    assert held("会议表彰脱贫攻坚奖获奖者王建国。") == set()


def test_zhewei_laodong_mofan_is_the_one_named_before() -> None:
    got = held("当年被称为“第一位女拖拉机手”的王秀英。这位劳动模范虽已年近90岁，故事仍受追捧。")
    assert ("王秀英", "劳动模范") in got


def test_edition_before_a_masters_title() -> None:
    assert held("王建国是首届国医大师，至今还在出诊带徒。") == {("王建国", "国医大师")}


def test_edition_after_the_body_that_confers_it() -> None:
    got = held("刘丽华很不平凡，是中国石油天然气集团有限公司首届“石油名匠”。")
    assert got == {("刘丽华", "石油名匠")}


def test_a_description_then_an_honour_after_the_copula() -> None:
    got = held("刘少东在新闻界很有名，他曾是内蒙古日报社首席记者、第七届长江韬奋奖获得者。")
    assert got == {("刘少东", "长江韬奋奖")}


def test_a_long_body_between_bei_and_shouyu() -> None:
    got = held("王建国被俄罗斯国家杜马传统医疗委员会主席授予荣誉勋章，以表彰其贡献。")
    assert got == {("王建国", "荣誉勋章")}


def test_medals_given_without_chenghao() -> None:
    assert held("为感谢王建国的慷慨，该市授予其荣誉金质奖章。") == {("王建国", "荣誉金质奖章")}
    assert held("吉尔吉斯斯坦总统向王建国授予“玛纳斯”一级勋章。") == {("王建国", "玛纳斯一级勋章")}
    assert held("南非总统向王建国授予南非最高荣誉勋章“南非勋章”。") == {("王建国", "南非勋章")}


def test_a_holder_after_his_job() -> None:
    got = held("“中华图书特殊贡献奖”获得者、国际知名出版家王建国盛赞此书。")
    assert got == {("王建国", "中华图书特殊贡献奖")}
    got = held("“八一勋章”获得者、空军试飞英雄李中兴作了报告。")
    assert got == {("李中兴", "八一勋章")}


def test_names_listed_with_descriptions_and_untagged_names() -> None:
    got = held("老科学家俞鸿文、特教老师刘玲华、老艺术家牛宝和水稻专家杨华明获得“感动中国年度人物”荣誉。")
    assert {n for n, _ in got} == {"俞鸿文", "刘玲华", "牛宝", "杨华明"}


def test_they_all_hold_what_the_sentence_after_the_list_says() -> None:
    got = held("最终推选出陈闽生、周时英、潘阿宝3名个人和1个集体。"
               "他们均是“全国五一劳动奖章”或“全国工人先锋号”的获得者。")
    assert got >= {(n, "全国五一劳动奖章") for n in ("陈闽生", "周时英", "潘阿宝")}
    assert not any(o == "全国工人先锋号" for _, o in got)


def test_bodies_hold_collective_honours() -> None:
    assert held("在产业融合中，“青山谷”景区获“国家级非物质文化遗产生产性保护示范基地”称号。") == {
        ("青山谷景区", "国家级非物质文化遗产生产性保护示范基地")}
    assert held("其中，东河村被评定为“全国特色景观旅游名村”。") == {("东河村", "全国特色景观旅游名村")}
    assert ("桃源村", "全国文明村镇") in held("桃源村近年来获评了全国文明村镇等荣誉。")


def test_the_body_after_bei_confers_it() -> None:
    assert held("作为被联合国教科文组织授予“电影之都”称号的青岛，正站在新起点上。") == set()
    assert held("1979年，牺牲的5名民警被当时的辽宁省革命委员会授予革命烈士称号。") == set()


def test_the_holder_after_de_is_no_body_before() -> None:
    assert held("柯桥区获得绍兴市“最美河湖”称号的河湖达20多个。") == set()


def test_what_is_no_honour() -> None:
    assert held("王建国牺牲后，党委追认其为共产党员。") == set()
    assert held("中国为王建国颁发这个勋章，是对他的认可。") == set()
    assert held("无论是展览，还是不久前授予42位功勋模范人物国家勋章，都有意义。") == set()
    assert held("王建国是书法家。我本人也因此荣获了第十二届中华图书特殊贡献奖。") == set()


def test_the_holder_after_jingli_or_zuowei() -> None:
    assert held("获得过全国五一劳动奖章的王建国来到现场。") == {("王建国", "全国五一劳动奖章")}
    assert held("作为全国劳动模范，王建国始终冲在一线。") == {("王建国", "全国劳动模范")}
    assert held("被授予改革先锋光荣称号的检察员张飞龙到自治区介绍了情况。") == {("张飞龙", "改革先锋")}


def test_titles_after_a_name_and_a_comma() -> None:
    got = held("王建国，清华大学电机系教授、电力系统研究所所长、2018年度国家自然科学奖获得者。")
    assert got == {("王建国", "国家自然科学奖")}


def test_quoted_words_before_a_medal_name_it() -> None:
    got = held("刚刚荣获“庆祝中华人民共和国成立70周年”纪念章的派出所民警孟黎华说。")
    assert got == {("孟黎华", "庆祝中华人民共和国成立70周年纪念章")}


def test_a_unit_named_short_after_its_full_name() -> None:
    got = held("顾某在南通市公安局刑警支队工作。2005年，他率领的刑警支队被国务院授予“特别能战斗刑警队”荣誉称号。")
    assert ("南通市公安局刑警支队", "特别能战斗刑警队") in got


def test_the_body_that_gave_it_is_no_holder() -> None:
    got = held("2007年，为长城保护奉献了大半辈子的孙振林、张鹤山等老人，"
               "获得由国家文物局授予的全国优秀长城保护员荣誉称号。")
    assert got == {("孙振林", "全国优秀长城保护员"), ("张鹤山", "全国优秀长城保护员")}
    assert held("鲐背之年，王建国荣获四川省委授予的优秀共产党员称号。") == {("王建国", "优秀共产党员")}


def test_a_group_is_no_one_named_before() -> None:
    assert held("王建国是作家。近年来，一批中国童书作家和画家荣获国际大奖。") == set()


def test_a_prize_with_two_fields() -> None:
    got = held("中国中医科学院终身研究员、国家最高科学技术奖获得者、诺贝尔生理学或医学奖获得者王建英的声音铿锵有力。")
    assert got == {("王建英", "国家最高科学技术奖"), ("王建英", "诺贝尔生理学或医学奖")}


def test_an_honour_by_its_level_and_head_before_what_the_person_is() -> None:
    assert held("这就是“菇老师”——全国教书育人楷模、教授、高级技师顾昌明。") == {("顾昌明", "全国教书育人楷模")}
    assert held("我们要学习全国先进工作者的精神。") == set()


def test_long_honours_of_builders() -> None:
    got = held("日前王建国又被评为全国非公有制经济人士优秀中国特色社会主义事业建设者。")
    assert got == {("王建国", "全国非公有制经济人士优秀中国特色社会主义事业建设者")}


def test_a_name_the_article_repeats_though_not_tagged() -> None:
    text = ("“人民科学家”南仁华—— 建“天眼”望宇宙\n南仁华的塑像伫立在山间。2017年，南仁华因病去世。"
            "新中国成立70周年前夕，南仁华被授予“人民科学家”国家荣誉称号。")
    assert ("南仁华", "人民科学家") in held(text)


def test_the_speaker_quoted_is_no_author() -> None:
    assert held("王建国说：“我获得全国劳动模范称号，是对我们团队的肯定。”") == {("王建国", "全国劳动模范")}


def test_a_long_description_before_the_name_given_the_honour() -> None:
    got = held("日前，公安部追授沈阳铁路公安局吉林铁路公安处吉林北车站派出所三级警长刘大海"
               "全国公安系统二级英雄模范称号。")
    assert got == {("刘大海", "全国公安系统二级英雄模范")}


def test_a_foreign_name_given_a_title() -> None:
    got = held("芭芭拉热爱中国。2004年5月，中国对外友协授予芭芭拉“人民友好使者”称号。")
    assert got == {("芭芭拉", "人民友好使者")}


def test_the_name_after_a_holder_not_tagged() -> None:
    assert held("多年没排过新戏的“梅花奖”得主燕凌重返舞台。") == {("燕凌", "梅花奖")}
    assert held("2000年诺贝尔经济学奖得主麦克法登在上世纪70年代预测了比例。") == set()


def test_a_place_at_an_event_holds_its_prize() -> None:
    got = held("去年11月20日，鹰潭在2019西班牙全球智慧城市大会上获得“全球智慧城市数字化转型奖”。")
    assert {o for _, o in got} == {"全球智慧城市数字化转型奖"}


def test_the_body_and_year_before_an_honour_are_not_its_name() -> None:
    got = held("李云华还获评全国总工会2018年大国工匠年度人物。")
    assert got == {("李云华", "大国工匠年度人物")}


def test_a_shame_is_no_honour() -> None:
    assert held("曾经，浙江东阳湖溪镇范宅村被评为“十差村”。") == set()


def test_huo_before_a_holder_is_no_verb() -> None:
    got = held("习近平亲自为麦贤明、马伟强、王忠义等首批“八一勋章”获得者佩挂勋章、颁发证书。")
    assert got == {(n, "八一勋章") for n in ("麦贤明", "马伟强", "王忠义")}


def test_titles_between_commas_after_the_name() -> None:
    got = held("他是王有德（见图，刘峰摄），宁夏某保护区管理局原党委书记、局长，“人民楷模”国家荣誉称号获得者。")
    assert got == {("王有德", "人民楷模")}
    assert held("王建国说，全国劳动模范获得者要带头。") == set()


def test_an_honour_before_hou_or_yilai() -> None:
    assert held("自2016年曹文强获得国际安徒生奖后，国际出版界更关注中国童书。") == {("曹文强", "国际安徒生奖")}


def test_a_word_is_no_untagged_name() -> None:
    text = "老五焦守军参军后两立战功，后来被评为全国三八红旗手。后来的事。后来的事。"
    assert not any(s == "后来" for s, _ in held(text))


def test_cities_hold_titles_of_cities() -> None:
    got = held("阿尔山先后荣获中芬低碳生态城市合作试点、自治区园林城市等称号，高长林说。")
    assert not any(s == "高长林" for s, _ in got)
