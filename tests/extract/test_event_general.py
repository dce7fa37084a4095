"""Events: what names no one event (recurring, at large, a plan going on), and bodies, letters and anniversaries."""

from __future__ import annotations

from tests.extract.test_event import events
from tests.helpers import analyse


def _names(text: str, **kw) -> list[str]:
    return [m.name for m in analyse(text, **kw).candidates.get("event", [])]


def test_recurring_and_many_kinds_are_no_events():
    assert not _names("围绕主题，学校每年举办演讲比赛、朗诵赛、合唱大赛等文化活动。", date="2020-01-12")
    assert not _names("全市学校正开展讲故事、唱歌曲等形式多样的校园活动。", date="2020-01-12")
    assert not _names("各地通过举办购物节、发放消费券、开展让利促销等各类活动，集聚人气。", date="2020-05-08")


def test_an_edition_of_a_yearly_event_reported_held_is_an_event():
    assert _names("每年举办的长河文化节昨天在长河公园开幕。", date="2020-01-16") == ["长河文化节"]


def test_what_is_done_at_large_is_no_event_unless_named():
    assert not _names("大力开展技能培训，严查培训乱象。", date="2019-10-11")
    assert not _names("对使用虚拟货币从事非法融资和恐怖活动的组织进行调查。", date="2020-05-18")
    assert "“劳动美”全国职工演讲比赛" in "".join(_names("全总深入开展“劳动美”全国职工演讲比赛，吸引职工参加。",
                                                   date="2020-02-28"))


def test_a_head_before_another_noun_names_no_event():
    assert not _names("人社部门将遴选社会培训评价组织提供服务。", date="2020-01-03")
    assert not _names("价格调控处副调研员王小平介绍了情况。", date="2020-05-15")


def test_a_plan_goes_on_in_a_later_clause():
    text = "春节期间，文旅部将引导各地举办文化活动，并以“欢乐春节”为主题，开展新春旅游推广活动。"
    assert not _names(text, date="2022-12-28")
    assert _names("春节期间，文旅部举办了文化活动，并开展了新春旅游推广活动。", date="2022-12-28")


def test_a_verb_of_coming_is_no_part_of_the_name():
    assert "领导人来到晚会" not in "".join(_names("2020年新年戏曲晚会31日晚在国家大剧院举行。19时45分，"
                                                "党和国家领导人来到晚会现场，同艺术家们握手。", date="2020-01-01"))


def test_a_bodys_own_meeting_is_named_by_the_body():
    ev = events("这是记者从1月15日召开的国新办发布会上获悉的。", date="2020-01-16")
    assert ev["国新办发布会"]["organiser"] == {"国务院新闻办公室"}
    assert "欧盟峰会" not in events("为期两天的首届阿盟—欧盟峰会在埃及闭幕。", date="2019-02-26")


def test_a_bare_meeting_its_body_holds_after_a_day_not_the_news_agency():
    ev = events("新华社北京1月7日电 中共中央政治局常务委员会1月7日全天召开会议，听取工作汇报。", date="2020-01-08")
    assert ev["会议"]["organiser"] <= {"中共中央政治局常务委员会", "中共中央政治局常委会"}
    assert ev["会议"]["organiser"]


def test_a_notice_that_deploys_an_activity_names_its_organiser():
    ev = events("近日，全国总工会印发通知，部署开展工会送清凉活动，加强高温劳动保护。", date="2026-06-29")
    assert ev["工会送清凉活动"]["organiser"] == {"中华全国总工会"}


def test_letters_of_a_leader_are_events():
    ev = events("在某协会成立70周年之际，国家主席王立国发来贺信，致以热烈祝贺。", date="2023-10-24")
    assert ev["王立国发来贺信"]["organiser"] == {"王立国"}
    ev = events("近日，国家主席王立国复信某大学校长李安，鼓励青年交流。", date="2024-01-04")
    assert ev["王立国复信某大学校长李安"]["organiser"] == {"王立国"}
    ev = events("某国总统李安向国家主席王立国致信表达慰问。", date="2020-02-10")
    assert all(e["organiser"] == {"李安"} for e in ev.values())  # he writes, not the one written to


def test_leaders_who_meet_together_are_named_by_the_first():
    ev = events("会前，王立国等领导同志会见了某联合会领导班子成员。", date="2023-10-24")
    assert ev["王立国会见了某联合会领导班子成员"]["organiser"] == {"王立国"}


def test_an_anniversary_of_a_body_is_named_with_it():
    assert _names("全国工商联成立70周年庆祝大会24日在京举行。", date="2023-10-24") == ["全国工商联成立70周年庆祝大会"]


def test_a_bodys_numbered_session_is_named_with_the_body():
    ev = events("赵乐际27日同列席十四届全国人大常委会第十八次会议的代表座谈。", date="2025-06-28")
    assert "十四届全国人大常委会第十八次会议" in ev
    ev = events("长河市总工会第十五次代表大会昨天开幕。", date="2020-01-23")
    assert ev["长河市总工会第十五次代表大会"]["organiser"] == {"长河市总工会"}


def test_a_session_is_no_short_form_of_another_session():
    from kg.extract.event import _abbreviates

    assert not _abbreviates("十四届全国人大三次会议", "十四届全国人大常委会第十三次会议")
    assert _abbreviates("杨凌农高会", "杨凌农业高新科技成果博览会")


def test_a_signing_with_partners_is_held_by_the_signers():
    ev = events("北京市总工会与商业银行、保险公司签署三方协议，实施新模式。", date="2020-02-04")
    assert ev["三方协议签署"]["organiser"] == {"北京市总工会"}


def test_a_bodys_party_told_with_de():
    ev = events("2003年，海口市公安局的联欢会上，她表演了一段独舞。", date="2020-01-13")
    assert ev["联欢会"]["organiser"] == {"海口市公安局"}


def test_warnings_and_crimes_are_no_events():
    assert not _names("今天，中央气象台发布寒潮蓝色预警。", date="2025-12-10")
    assert not _names("今年起全链条打击涉渔违法犯罪活动。", date="2025-05-01")
    assert not _names("中方积极践行“上合组织在行动”的口号。", date="2025-05-01")


def test_training_alone_names_no_event():
    assert not _names("校外培训机构不得夸大培训效果诱导学生参加培训，不得强迫学生接受培训。", date="2020-01-20")
    assert _names("长河市总工会昨天举办职工技能培训班，50名职工参加。", date="2020-01-20") == ["职工技能培训班"]


def test_a_meeting_cited_for_what_it_decided_is_no_event():
    assert not _names("党的二十届三中全会进一步强调，必须完善制度。", date="2024-12-01")
    assert not _names("党的十九届四中全会《决定》准确把握我国国情。", date="2020-01-20")


def test_a_named_event_whose_site_or_opening_is_told():
    assert "长河灯会" in _names("长河灯会日前恢复开园，精心布置了15组灯组。", date="2020-05-03")
    assert _names("在“总书记来到我们村”宣讲活动现场，村民站在台下。", date="2020-01-25") == [
        "“总书记来到我们村”宣讲活动"]


def test_press_conferences_party_meetings_and_study_sessions():
    assert _names("外交部发言人李安12日在例行记者会上表示，敦促有关国家停止。", date="2020-01-13") == ["例行记者会"]
    assert _names("中共中央政治局1月15日下午就某问题进行第十八次集体学习。", date="2020-01-16") == ["第十八次集体学习"]
    assert not _names("丰富学习形式，注重集体学习与个人自学相结合。", date="2020-01-16")


def test_the_years_of_an_anniversary_are_part_of_its_name():
    names = _names("李安向长河俱乐部主办的中英贸易“破冰之旅”65周年纪念活动致贺信。", date="2019-02-06")
    assert "中英贸易“破冰之旅”65周年纪念活动" in names  # and 李安's letter


def test_a_bodys_trip_to_study_is_its_event():
    ev = events("长河市总工会近日赴长河区考察调研，了解职工需求。", date="2023-05-16")
    assert ev["赴长河区考察调研"]["organiser"] == {"长河市总工会"}
    assert not events("长河市总工会到这里调研。", date="2023-05-16")


def test_an_event_still_to_come_is_no_event_of_the_story():
    text = ("第十三届全国人民代表大会第三次会议和政协第十三届全国委员会第三次会议，"
            "将分别于2020年3月5日和3月3日在北京开幕。")
    assert not _names(text, date="2020-01-23")
    assert not _names("今年春节期间，长河剧院将推出“戏韵动京城——第三届戏曲新春演出季”。", date="2020-01-20")
    assert _names("第三届戏曲新春演出季昨天在长河剧院开幕。", date="2020-01-26") == ["第三届戏曲新春演出季"]


def test_a_named_contest_of_selection_is_an_event():
    ev = events("今天，由长河法院与长河电视台共同举办的“2024年度十大案件”评选结果揭晓。", date="2025-02-27")
    assert "“2024年度十大案件”评选" in ev
    assert not _names("去年，河北省评选出“十大工匠”。", date="2019-10-01")


def test_what_many_do_is_no_one_event_unless_named():
    assert not _names("各级工会组织开展送温暖活动，慰问困难职工。", date="2020-01-16")
    assert _names("新春之际，文旅部在各地广泛开展“欢欢喜喜过大年”系列活动。", date="2024-02-05") == [
        "“欢欢喜喜过大年”系列活动"]
    assert _names("9日，来自长河各地司法部门的公职人员在长河广场举行示威游行。", date="2023-04-20") == ["示威游行"]


def test_a_leader_meets_in_a_city_no_venue():
    ev = events("国家主席王立国23日在北京会见来华访问的某国总统李安。", date="2024-08-24")
    assert ev["王立国会见来华访问的某国总统李安"]["organiser"] == {"王立国"}
    assert ev["王立国会见来华访问的某国总统李安"]["venue"] is None
    assert "王立国会见某国总理李安" in events("国务院总理王立国3日在京会见某国总理李安。", date="2024-09-04")
    assert not events("王立国在同某国总统李安通电话时强调，要加强合作。", date="2024-09-04")


def test_classes_and_meetings_named_by_their_topic():
    assert any(n.endswith("第十期代表学习班") for n in _names("长河市人大第十期代表学习班11日至14日在长河举办。",
                                                           date="2019-10-15"))
    text = "副总理王立国21日出席进一步做好清理拖欠中小企业账款工作全国电视电话会议并讲话。"
    assert any(n.endswith("账款工作全国电视电话会议") for n in _names(text, date="2019-10-22"))


def test_a_meeting_just_held_is_reported_though_its_words_are_cited():
    names = _names("近日召开的长河银行货币政策委员会2019年第三季度例会指出，要加大调节力度。", date="2019-10-21")
    assert any(n.endswith("第三季度例会") for n in names)


def test_a_bare_meeting_held_and_a_numbered_round_of_talks():
    assert _names("在12日下午举行的汇报会上，王立国肯定了长河市取得的成效。", date="2020-05-14") == ["汇报会"]
    names = _names("不久前，两国自贸协定第二轮谈判以视频方式举行，约定加快谈判进度。", date="2020-05-16")
    assert names == ["两国自贸协定第二轮谈判"]


def test_a_meeting_convened_is_reported_though_a_clause_tells_its_words():
    text = "国务院总理王立国2月18日主持召开国务院常务会议，部署春季农业生产。"
    assert _names(text, date="2020-02-19") == ["常务会议"]
    assert not _names("去年底召开的中央经济工作会议，对今年减税降费做出重要部署。", date="2020-01-20")


def test_numbered_dialogues_summits_round_tables_and_quoted_festivals():
    text = "副总理王立国14日下午在北京同某委员会副主席李安举行第六次中欧环境与气候高层对话。"
    assert _names(text, date="2025-07-14") == ["第六次中欧环境与气候高层对话"]
    assert not _names("双方还就加强对话进行了讨论。", date="2025-07-14")
    names = _names("王立国结束出席金砖国家领导人第十七次会晤后抵达开罗。", date="2025-07-10")
    assert names == ["金砖国家领导人第十七次会晤"]
    assert "第八届中澳工商界首席执行官圆桌会" in _names("王立国15日晚在京出席第八届中澳工商界首席执行官圆桌会。",
                                                 date="2025-07-16")
    assert any(n.endswith("开普敦龙舟节") for n in _names("第三届“文化中国 开普敦龙舟节”近日在开普敦举行。",
                                                          date="2025-06-01"))
