"""Events: shapes met on unseen news (dev5): what is forbidden, urged or hoped for, counts of many, guests' visits,
briefings spoken at, seasons in names."""

from __future__ import annotations

from tests.extract.test_event import events
from tests.helpers import analyse


def _names(text: str, **kw) -> list[str]:
    return [m.name for m in analyse(text, **kw).candidates.get("event", [])]


def test_what_is_forbidden_with_a_subject_between_is_no_event():
    assert not _names("通知要求，严禁培训机构开展线下聚集活动。", date="2020-02-16")
    assert not _names("暂停各景区举办大型庙会。", date="2020-02-16")
    assert _names("市总工会不断组织开展职工读书活动，吸引职工参加。", date="2020-02-16")


def test_hosting_urged_backed_or_hoped_for_is_no_event():
    assert not _names("减少召开会议，提倡召开视频或电话会议。", date="2020-02-22")
    assert not _names("中方支持对方举办第十二届东湖运动会。", date="2023-07-10")
    assert _names("全总大力支持并举办了第五届职工技能大赛。", date="2023-07-10")


def test_many_of_a_kind_are_no_event():
    assert not _names("调研组召开8次座谈会，详细了解情况。", date="2019-02-21")
    assert not _names("截至目前，已开展线下大型招聘活动5.1万场。", date="2024-04-21")
    assert not _names("过去一年，无论是召开重要会议，还是下基层，他都很重视。", date="2024-01-07")
    assert not _names("十年来，他多次在沿江地区考察调研。", date="2024-02-25")
    assert _names("三地总工会共同组织了两期工会干部培训班。", date="2019-02-15") == ["工会干部培训班"]


def test_a_title_an_alias_an_arrangement_and_a_description_name_no_new_event():
    assert not _names("依据《近岸海域综合治理攻坚战行动计划》，开展了清理。", date="2020-05-06")
    assert not _names("他长期违规接受宴请和旅游活动安排。", date="2024-10-07")
    text = "“云上消费季”昨天在上海启动。此次活动是由商务部牵头组织开展的以服务消费为主题的全国性促消费活动。"
    assert _names(text, date="2024-08-24") == ["云上消费季"]


def test_a_series_the_event_opens_is_no_event():
    text = "摄影展今天在文化宫开幕。摄影展是今年“机关职工文化季”的首场活动。"
    assert "机关职工文化季" not in _names(text, date="2023-05-10")


def test_a_guests_visit_told_before_his_name_is_his_event():
    text = "国家主席李国华10日在人民大会堂会见来华进行正式访问的东岛共和国总理鲁阿卡。"
    assert events(text, date="2023-07-10")["鲁阿卡来华进行正式访问"]["organiser"] == {"鲁阿卡"}


def test_an_arrival_to_visit_is_the_visitors_event():
    text = "西陆国国防部长卡里莫夫19日率团抵达南岭国首都访问。"
    assert any(name.endswith("访问") and ev["organiser"] == {"卡里莫夫"}
               for name, ev in events(text, date="2023-09-20").items())


def test_a_briefing_spoken_at_and_a_ceremony_opening_a_clause_are_events():
    assert _names("基金会主席马丁·格林在发布会上表示，形势正在变化。", date="2020-02-13") == ["发布会"]
    text = "2月13日，城东铁路复工。复工仪式上，项目经理江海涛为大伙鼓劲。"
    assert _names(text, date="2020-02-13") == ["复工仪式"]
    text = "国新办今天举行新闻发布会。商务部发言人在发布会上表示，外贸稳定。"
    assert _names(text, date="2020-02-13") == ["新闻发布会"]


def test_a_season_or_feast_is_part_of_the_name():
    assert _names("全国总工会部署开展治理欠薪冬季行动。", date="2025-12-10") == ["治理欠薪冬季行动"]
    assert _names("社区举办中秋晚会，居民踊跃参加。", date="2025-10-06") == ["中秋晚会"]


def test_quoted_names_one_after_another_are_each_an_event():
    names = _names("市总工会开展了“送清凉”“送温暖”等活动。", date="2023-07-10")
    assert names == ["“送清凉”", "“送温暖”"]


def test_a_quoted_season_and_a_showcase_are_events():
    assert _names("“云上家居消费季”今天在广州启动。", date="2025-05-24") == ["云上家居消费季"]
    assert _names("2025“山海情缘”精品影视节目展播在海口启动。", date="2025-06-14")


def test_a_screening_is_no_exhibition():
    assert not any(n.endswith("电影展") for n in _names("本届电影节举办电影展映、城南论坛等主体活动。",
                                                          date="2025-12-10"))


def test_a_kind_of_activity_is_no_event_unless_a_place_says_which():
    assert not _names("工会组织职工开展文体活动，丰富业余生活。", date="2020-02-13")
    assert not _names("他积极参加志愿服务活动和公益活动。", date="2020-02-13")
    assert _names("近日，区总工会在柳溪公园举办职工健身活动。", date="2024-04-26", city="北京") == ["职工健身活动"]
    assert _names("市总工会昨天举办“劳动美”主题活动。", date="2020-02-13")


def test_a_venue_after_its_city_is_the_events_place():
    ev = events("第9届青禾奖颁奖大会5日上午在北京人民大会堂举行。", date="2023-09-05")
    assert ev["第9届青禾奖颁奖大会"]["venue"] == "人民大会堂"


def test_what_waits_for_a_meeting_and_colourful_kinds_are_no_events():
    assert not _names("给予其开除党籍的处分，待召开中央委员会全体会议时予以追认。", date="2026-04-30")
    assert not _names("连日来，各驻外使馆举行精彩纷呈的庆祝活动，与外国友人共庆新春。", date="2026-02-19")


def test_an_event_named_only_in_the_title_is_told_by_its_head_in_the_body():
    rd = analyse("10日，比赛在海淀区文化宫举行。共有200名职工参加了此次活动。", title="海淀区总工会举办职工书法比赛",
                 date="2020-01-11", city="北京")
    assert [m.name for m in rd.candidates.get("event", [])] == ["职工书法比赛"]
    ev = events("10日，比赛在海淀区文化宫举行。", title="海淀区总工会举办职工书法比赛", date="2020-01-11", city="北京")
    assert ev["职工书法比赛"]["organiser"] == {"海淀区总工会"} and ev["职工书法比赛"]["venue"] == "海淀区文化宫"


def test_a_title_event_named_again_or_planned_in_the_body_is_not_repeated():
    body = "12月18日，东湖学社第十四届中央委员会第六次全体会议在北京召开。"
    assert len(_names(body, title="东湖学社十四届六中全会在京召开", date="2022-12-18")) == 1
    body = "春节期间，平台将推出“第三届京津冀戏曲院团新春演出季”。本次演出季共有11家院团参加。"
    assert not _names(body, title="京津冀戏曲新春演出季来了", date="2020-01-21")


def test_a_meeting_in_a_hall_after_its_city_is_held_there_and_the_summit_named_after_is_not():
    text = "10月14日上午，国家主席李国华在北京人民大会堂会见来华出席东湖妇女峰会的北岛国总统伊尔玛托娃。"
    ev = events(text, date="2025-10-14")
    meeting = next(e for n, e in ev.items() if "会见" in n)
    assert meeting["venue"] == "人民大会堂" and meeting["organiser"] == {"李国华"}
    assert all(e["venue"] is None for n, e in ev.items() if n.endswith("峰会"))


def test_more_kinds_and_recurring_shapes_are_no_events():
    assert not _names("学校要关注学生个性发展，积极开展个性化教育教学活动。", date="2025-10-13")
    assert not _names("随着多彩活动的持续开展，扬琴艺术将惠及更多群众。", date="2025-10-13")
    assert not _names("该市连续3年举办“古城文化环球连线”系列活动。", date="2025-10-13")
    assert _names("他表示，祝贺东湖妇女峰会成功举办。", date="2025-10-13") == ["东湖妇女峰会"]


def test_a_plan_dated_in_the_clause_before_is_no_event():
    text = "各地将从即日起至明年4月，陆续组织开展残疾人冰雪赛事以及残疾人大众冰雪嘉年华等活动。"
    assert not _names(text, date="2024-12-23")
    assert not _names("各地开展各具特色的电影经济促进活动。", date="2026-04-02")


def test_a_quoted_list_runs_over_an_exclamation_in_a_title():
    names = _names("多家电视台联合发起了“春天加油！”“家有小英雄”等活动，录制了节目。", date="2020-02-11")
    assert names == ["“春天加油！”", "“家有小英雄”"]


def test_a_persons_title_is_no_part_of_an_events_name():
    doc = analyse("落实王立新总书记全国两会重要讲话精神。2015年全国两会期间，王立新总书记参加代表团审议。",
                  title="落实王立新总书记全国两会重要讲话精神纪实", date="2019-02-21")
    found = [m.text for m in doc.candidates.get("event", []) if m.label == "Event"]
    assert found and not any(n.startswith("总书记") for n in found)
