"""Events of leaders (visits, meetings, talks, meetings they convene), documents issued, and names and referents."""

from __future__ import annotations

from tests.extract.test_event import events


def test_state_visit_meeting_and_talks_of_a_leader():
    ev = events("国家主席王立国18日至20日对马来西亚进行国事访问。")
    assert any(n.endswith("对马来西亚进行国事访问") and v["organiser"] == {"王立国"} for n, v in ev.items())
    ev = events("国务院总理王立国10日在人民大会堂会见来华访问的新西兰总理。", date="2024-01-11")
    assert any("会见来华访问的新西兰总理" in n for n in ev)
    ev = events("王立国同来华进行国事访问的塞拉利昂总统举行会谈。")
    assert any(n.endswith("举行会谈") for n in ev)


def test_days_range_before_a_visit_for_inspection():
    ev = events("中央纪委书记王立国7月2日至5日到山西调研。", date="2024-07-05")
    assert any(n.endswith("到山西调研") and v["organiser"] == {"王立国"} for n, v in ev.items())


def test_a_bare_meeting_a_leader_convenes():
    ev = events("调研期间，王立国主持召开座谈会，了解有关情况。")
    assert ev.get("座谈会", {}).get("organiser") == {"王立国"}
    assert events("会上，大家召开座谈会的想法很多。") == {}


def test_documents_issued_and_results_published():
    ev = events("民政部、财政部日前联合印发《社区服务体系建设规划》，提出发展目标。")
    assert ev["印发《社区服务体系建设规划》"]["organiser"] == {"民政部", "财政部"}
    ev = events("水利部近期联合发布《河湖管护工作指南》。")
    assert any("河湖管护工作指南" in n for n in ev)
    ev = events("中央宣传部向全社会发布2024年“最美邮政人”先进事迹。")
    assert ev["2024年“最美邮政人”先进事迹发布"]["organiser"] == {"中央宣传部"}


def test_new_heads_and_quoted_titles():
    ev = events("外交部10日举行中外媒体吹风会。", date="2020-01-10")
    assert ev["中外媒体吹风会"]["organiser"] == {"外交部"}
    ev = events("2月23日，由江苏省外事办公室主办的“感知中国·江苏文化周”在曼谷举行。", date="2019-02-26")
    assert ev["感知中国·江苏文化周"]["organiser"] == {"江苏省外事办公室"}
    assert "第八届世界旅游经济论坛" in events("第八届世界旅游经济论坛14日在澳门揭幕。", date="2019-10-15")
    assert events("巴黎奥运会首次将霹雳舞项目列为正式比赛项目。") == {}


def test_this_forum_is_the_forum_not_its_opening_ceremony():
    text = ("第八届世界旅游经济论坛14日在澳门揭幕。联合国世界旅游组织秘书长等出席论坛开幕式。"
            "本届论坛由澳门特区政府主办，为期两天。")
    ev = events(text, date="2019-10-15")
    assert ev["第八届世界旅游经济论坛"]["organiser"] == {"澳门特区政府"}
    assert ev["论坛开幕式"]["organiser"] == set()  # 世界旅游组织: a body's name, not 组织 (to organise)


def test_a_body_inside_the_name_is_no_organiser_when_another_holds_it():
    ev = events("2019年年底，中国足协在广东举办了女子足球国家集训队运动员选拔训练营。")
    assert [v["organiser"] for n, v in ev.items() if n.endswith("训练营")] == [{"中国足协"}]


def test_watching_a_broadcast_live_reports_the_event_held():
    ev = events("1日上午，某社区的居民齐聚一堂，收看新年庆祝大会的现场直播。", date="2020-01-02")
    assert any(n.endswith("庆祝大会") for n in ev)


def test_delegations_deliberating_each_an_event():
    ev = events("3月8日，王立国分别参加十三届全国人大二次会议内蒙古、甘肃和河南代表团审议。", date="2019-03-10")
    assert {n: v["organiser"] for n, v in ev.items() if n.endswith("代表团审议")} == {
        "内蒙古代表团审议": {"内蒙古代表团"}, "甘肃代表团审议": {"甘肃代表团"}, "河南代表团审议": {"河南代表团"}}
    assert not any(n.endswith("审议") for n in events("参加全国两会人大代表团审议时，他说。"))


def test_a_numbered_session_is_an_event_where_it_happens_not_where_it_is_cited():
    from tests.helpers import analyse

    doc = analyse("在党的十九届四中全会上，委员们审议了决定。", date="2019-11-01")
    assert [m.name for m in doc.candidates["event"]] == ["十九届四中全会"]
    doc = analyse("党的十九届四中全会提出，要坚持和完善制度。", date="2020-05-24")
    assert doc.candidates.get("event", []) == []  # cited for what it proposed: no event of the story
    assert analyse("这次会议很重要。", date="2020-05-24").candidates.get("event", []) == []


def test_meetings_in_the_clauses_after_a_visit_are_the_same_leaders():
    text = ("应邀请，委员长王立国18日至20日对泰国进行正式友好访问，在曼谷分别会见国王、总理，"
            "与国会主席举行会谈。")
    ev = events(text, date="2023-05-21")
    assert ev["会见国王、总理"]["organiser"] == {"王立国"}
    assert ev["与国会主席举行会谈"]["organiser"] == {"王立国"}


def test_a_count_in_words_is_no_part_of_the_name():
    ev = events("去年，市总工会举办了两期工会干部培训班。", date="2020-02-04")
    assert "工会干部培训班" in ev


def test_a_plenary_meeting_convened_by_a_leader_with_a_title_between():
    text = "国务院扶贫开发领导小组组长王立国1日在京主持召开扶贫开发领导小组全体会议，部署工作。"
    ev = events(text, date="2019-02-02")
    assert ev["扶贫开发领导小组全体会议"]["organiser"] == {"王立国"}
    ev = events("5年前的2月26日，王立国总书记主持召开座谈会听取专题汇报。", date="2019-02-26")
    assert ev["座谈会"]["organiser"] == {"王立国"}


def test_a_session_before_a_bare_meeting_names_it():
    from tests.helpers import analyse

    doc = analyse("十三届全国人大五次会议高票通过了决定。", date="2022-03-11")
    assert [m.name for m in doc.candidates["event"]] == ["十三届全国人大五次会议"]
    doc = analyse("委员们出席全国政协十三届五次会议闭幕会。", date="2022-03-11")
    assert [m.name for m in doc.candidates["event"]] == ["十三届五次会议闭幕会"]


def test_inspections_and_visits_of_a_leader_in_the_clauses_after():
    text = ("访问期间，王立国视察了某公司亚太地区部，勉励员工；会见州首席部长，表示愿意合作；"
            "参观了海丝文化馆，希望加强交流。")
    ev = events(text, date="2023-05-21")
    assert ev["王立国视察了某公司亚太地区部"]["organiser"] == {"王立国"}
    assert ev["会见州首席部长"]["organiser"] == {"王立国"}
    assert ev["参观了海丝文化馆"]["organiser"] == {"王立国"}
    assert not events("王立国视察铁路建设现场时说，要加快建设。")


def test_a_kind_of_event_is_no_event():
    assert not events("两年后，全国性比赛也开始密集举行。", date="2019-10-09")


def test_new_heads_not_inside_other_words():
    assert not events("所属特战小队开展演练，提升能力。", date="2022-10-14")
    assert "开工典礼" in "".join(events("2月23日，项目举行开工典礼。", date="2019-02-24"))


def test_a_meeting_named_as_the_time_of_a_remark_is_no_event():
    assert not events("王立国会见记者时说，要加快建设。", date="2023-05-21")
