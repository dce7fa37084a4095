"""Events: shapes met on unseen news (dev6): a head inside a place's name, ways of doing, references to the event
reported, quoted titles after a head, a series of meetings, acts in a second clause, briefings called on a day,
where an event is watched, anniversaries."""

from __future__ import annotations

from tests.extract.test_event import events
from tests.helpers import analyse


def _names(text: str, **kw) -> list[str]:
    return [m.name for m in analyse(text, **kw).candidates.get("event", [])]


def test_a_head_inside_a_venue_name_is_no_event():
    text = "2019湖南装备智造国际博览会23日在湖南株洲高新区车展会展中心开幕。"
    assert _names(text, date="2019-10-25") == ["湖南装备智造国际博览会"]


def test_a_list_of_ways_is_no_event():
    assert not _names("该活动将通过影视、演出、文化交流、经贸推介会等方式，开展多层次的交流。", date="2019-10-19")
    assert not _names("游客通过亲身参与文化体验活动的方式，感受节日气氛。", date="2019-02-04")


def test_the_event_reported_named_again_is_no_new_event():
    text = ("10月1日，庆祝某某成立70周年大会在某某广场隆重举行。"
            "“整个庆祝大会壮观震撼。”当看到电视里播出庆祝大会，老人把音量调大。")
    assert _names(text, date="2019-10-02") == ["庆祝某某成立70周年大会"]


def test_where_an_event_is_watched_is_not_its_venue_nor_the_watchers_its_organisers():
    text = ("10月1日，庆祝某某成立70周年大会在天安门广场隆重举行。"
            "图②：1日，在某市建安文化广场，市民通过大屏幕收看庆祝某某成立70周年大会直播。"
            "某市莲花区委组织集中收看庆祝大会实况直播。")
    ev = events(text, date="2019-10-02")["庆祝某某成立70周年大会"]
    assert ev["venue"] == "天安门广场" and not ev["organiser"]


def test_a_quoted_title_after_a_head_names_the_event():
    text = ("18日，星海传播中心与湖南广播电视台联合举办的大型跨国全媒体活动“2020丝路万里行·魅力南洋”启程仪式"
            "在京举行。")
    ev = events(text, date="2019-10-19")
    assert ev["“2020丝路万里行·魅力南洋”活动"]["organiser"] == {"星海传播中心", "湖南广播电视台"}
    assert ev["“2020丝路万里行·魅力南洋”启程仪式"]["organiser"] == {"星海传播中心", "湖南广播电视台"}
    assert _names("2月9日，某县举办的传统民俗活动“正月十六走太平”拉开帷幕。", date="2020-02-10") == [
        "“正月十六走太平”活动"]
    assert not _names("他的歌曲获得了某市新人新作比赛“优秀新作奖”。", date="2020-02-10")


def test_a_meeting_named_a_series_is_one_event_but_a_series_of_activities_is_none():
    text = "10月12日至13日，中宣部在湖南省株洲市召开学习宣传贯彻新发展理念系列研讨会，围绕主题进行专题研讨。"
    ev = events(text, date="2019-10-14")
    assert ev["学习宣传贯彻新发展理念系列研讨会"]["organiser"] == {"中央宣传部"}
    assert not _names("引导乡贤开展乡风家风家训系列活动，讲述好家风故事。", date="2020-01-23")


def test_nouns_joined_by_yu_after_a_holding_verb_are_one_name():
    text = "某市文明办30日在某市举办全国道德模范与身边好人现场交流活动。"
    assert _names(text, date="2019-10-31") == ["全国道德模范与身边好人现场交流活动"]
    assert not _names("某市把传统文化与群众文化活动紧密结合，带动了旅游。", date="2020-01-21")


def test_an_event_in_which_something_happened_is_held_when_its_name_is_quoted():
    text = "在本月网上“我推荐我评议身边好人”活动中，共有98位身边好人光荣上榜。"
    assert _names(text, date="2019-10-31") == ["网上“我推荐我评议身边好人”活动"]
    assert not _names("在今年众多纪念两国建交70周年的活动中，一半将聚焦人文交流。", date="2020-01-15")


def test_a_second_clause_of_a_body_holds_its_event_and_its_act():
    text = "10月14日，国务院新闻办公室发表《某某的粮食安全》白皮书，并举行新闻发布会，介绍白皮书有关情况。"
    ev = events(text, date="2019-10-15")
    assert ev["新闻发布会"]["organiser"] == {"国务院新闻办公室"}
    assert ev["发表《某某的粮食安全》白皮书"]["organiser"] == {"国务院新闻办公室"}
    text = "中央文明办30日在某省某市举办全国道德模范与身边好人现场交流活动，并发布10月“某某好人榜”。"
    assert events(text, date="2019-10-31")["10月“某某好人榜”发布"]["organiser"] == {"中央文明办"}


def test_bodies_counted_after_a_list_issue_a_document_together():
    text = "近日，农业农村部、中宣部、中央文明办等11个部门联合印发《关于进一步推进移风易俗 建设文明乡风的指导意见》。"
    ev = events(text, date="2019-10-30")
    assert ev["印发《关于进一步推进移风易俗 建设文明乡风的指导意见》"]["organiser"] == {
        "农业农村部", "中央宣传部", "中央文明办"}


def test_a_document_of_another_year_is_background_unless_the_headline_is_about_it():
    text = "去年10月，湖南省政府办公厅印发《湖南省促进消费实施方案（2018—2020年）》，对七大领域作出部署。"
    assert not _names(text, date="2019-02-27")
    assert _names(text, title="《湖南省促进消费实施方案（2018—2020年）》印发一年", date="2019-02-27")


def test_a_briefing_called_on_a_day_is_held():
    assert _names("某某特区行政长官4日召开记者会，宣布订立规例。", date="2019-10-05") == ["记者会"]
    text = "本报北京1月8日电 7日，关于进一步做好备战冬季运动会冬训工作专题会议在国家体育总局举行。"
    assert _names(text, date="2020-01-09") == ["做好备战冬季运动会冬训工作专题会议"]


def test_a_body_that_held_one_meeting_holds_it():
    ev = events("2019年底，南湖市残联举办了一场研讨会，视障用户反映了一些问题。", date="2020-01-02")
    assert ev["研讨会"]["organiser"] == {"南湖市残联"}


def test_new_heads_and_counts_of_stages():
    text = "1月9日，第六届株洲湘江国际冬泳节在株洲市湘江上举行。"
    assert _names(text, date="2020-01-10") == ["第六届株洲湘江国际冬泳节"]
    assert _names("7日，冰球联赛筹备工作启动会议在北京召开。", date="2020-01-08")[0].endswith("启动会议")
    assert not _names("联赛先后进行了33站分站赛，参与人数近万人。", date="2020-01-07")


def test_an_anniversary_of_an_event_recalls_it_only():
    text = "在推动某某经济带发展座谈会召开4周年之际，本报推出系列报道。"
    assert not _names(text, date="2020-01-08")


def test_a_session_as_a_time_is_no_event():
    assert not _names("十一届三中全会以后，改革的大潮首先从农村兴起。", date="2019-10-09")


def test_a_visit_recalled_as_a_moment_is_no_event():
    text = "回忆起李明远视察工程时的情景，局长感慨万千。"
    assert not _names(text, date="2019-02-01")
