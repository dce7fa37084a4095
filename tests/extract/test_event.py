"""Events: names, organisers and co-organisers, venue, date, duration and headcount."""

from __future__ import annotations

from tests.helpers import analyse, resolve


def events(text: str, **kw) -> dict[str, dict]:
    rd, r = resolve(text, **kw)
    out: dict[str, dict] = {}
    for rel, s, o in rd.relations:
        if not s or not s.startswith("event/"):
            continue
        ev = out.setdefault(r.entities[s].name, {"organiser": set(), "co_organiser": set(), "venue": None,
                                                 "date": None, "duration": None, "headcount": []})
        if rel.kind in ("organiser", "co_organiser"):
            ev[rel.kind].add(r.entities[o].name)
        elif rel.kind == "venue":
            ev["venue"] = r.entities[o].name
        elif rel.kind == "date":
            ev["date"] = rel.attrs["value"]
        elif rel.kind == "duration":
            ev["duration"] = rel.attrs["value"]
        elif rel.kind == "headcount":
            ev["headcount"].append((rel.attrs["count"], rel.attrs["unit"], rel.attrs["qualifier"]))
    return out


def test_event_organisers_joined_by_lianhe_and_venue():
    ev = events("本报讯（记者 王立）5月11日，由全国总工会联合北京市总工会举办的劳模工匠交流活动在北京市工会干部学院"
                "（草桥校区）举行。31名劳模工匠参加活动。", date="2023-05-12", city="北京")
    e = ev["劳模工匠交流活动"]
    assert e["organiser"] == {"中华全国总工会", "北京市总工会"}
    assert e["venue"] == "北京市工会干部学院（草桥校区）"
    assert e["date"] == "2023-05-11"


def test_event_back_reference_takes_organisers_and_counts():
    ev = events("近日，健康大讲堂第二场示范讲座在北京市政务服务中心开讲。本场讲座由市直机关工会主办、市政务服务中心工会"
                "协办，200余名职工在现场聆听，在线观看的约6000人次。", city="北京")
    e = ev["健康大讲堂第二场示范讲座"]
    assert e["organiser"] == {"北京市直机关工会"} and e["co_organiser"] == {"北京市政务服务中心工会"}
    assert (200, "名", "more than") in e["headcount"] and (6000, "人次", "about") in e["headcount"]
    assert len(ev) == 1


def test_event_organiser_in_its_clause_before_a_place():
    ev = events("近日，平谷区总工会在桃源湾公园举办“迎五一·健步走”职工健身活动，1000余名职工参加。", city="北京")
    e = ev["“迎五一·健步走”职工健身活动"]
    assert e["organiser"] == {"平谷区总工会"} and e["venue"] == "桃源湾公园"


def test_event_duration_and_relative_date():
    ev = events("昨天，怀柔区总工会“书写华章”主题参观活动启动仪式在怀柔科学城举行，此次活动为期3个月。",
                date="2023-05-12", city="北京")
    e = ev["“书写华章”主题参观活动启动仪式"]
    assert e["date"] == "2023-05-11" and e["duration"] == "P3M"
    assert e["organiser"] == {"怀柔区总工会"}


def test_event_bare_heads_name_no_event():
    doc = analyse("活动在会上举行，会议强调要加强学习。")
    assert not doc.candidates.get("event")


def test_event_bare_head_with_you_refers_back():
    ev = events("5月7日，朝阳区“匠心筑梦”职工劳动竞赛启动仪式在北京工人体育场举行。竞赛由朝阳区总工会主办、"
                "北京恒达机械有限公司承办。", date="2024-05-09", city="北京")
    e = ev["朝阳区“匠心筑梦”职工劳动竞赛启动仪式"]
    assert e["organiser"] == {"朝阳区总工会"}
    assert e["co_organiser"] == {"北京恒达机械有限公司"}


def test_event_guide_is_no_organiser():
    text = "日前，由海淀区总工会指导、区教育工会主办的基层工会干部业务培训班开班。"
    ev = events(text, date="2024-04-26", city="北京")
    assert ev["基层工会干部业务培训班"]["organiser"] == {"海淀区教育工会"}


def test_event_plans_are_no_events():
    ev = events("4月25日，职工摄影展在劳动人民文化宫开幕。接下来还将举办职工书画展和读书分享会。", date="2024-04-26")
    assert "职工书画展" not in ev


def test_event_actions_and_name_after_the_verb():
    ev = events("国家发展改革委等部门自2022年6月起在全国开展涉企违规收费专项整治行动。"
                "省人大常委会组成执法检查组，对《安全生产条例》贯彻实施情况进行执法检查。", date="2023-02-28")
    assert "涉企违规收费专项整治行动" in ev
    assert "执法检查" not in ev and not any(name.endswith("进行执法检查") for name in ev)


def test_event_plans_in_the_clause_but_not_the_programme_of_the_event():
    text = "近日，平谷区总工会在桃源湾公园举办职工健身活动。区总今年将围绕职工健身开展健步走、球类比赛等赛事活动。"
    ev = events(text, date="2024-04-26", city="北京")
    assert "球类比赛" not in ev and "职工健身活动" in ev
    ev = events("今天，科考船抵达香港，开启开放日交流活动。开放日期间，将举行极地科考展、极地科普讲座等活动。",
                date="2024-04-08")
    assert "极地科普讲座" in ev


def test_event_bare_head_held_by_an_organisation():
    ev = events("今天（4月27日），全国总工会召开大会，表彰获得全国五一劳动奖章的代表。", date="2023-04-27")
    assert ev["大会"]["organiser"] == {"中华全国总工会"}
    assert ev["大会"]["date"] == "2023-04-27"


def test_event_opened_and_titled():
    ev = events("日前，顺义区槐岭镇总工会在槐岭职工文化宫开办春季“职工夜校”。", date="2024-05-10", city="北京")
    assert ev["职工夜校"]["organiser"] == {"顺义区槐岭镇总工会"}
    ev = events("《感动中国2023年度人物盛典》今晚在央视综合频道播出。", date="2024-04-08")
    assert "感动中国2023年度人物盛典" in ev


def test_event_acts_of_organisations():
    ev = events("2018年4月，黑龙江省总工会与黑龙江省民政厅签订数据比对合作协议。", date="2020-02-04")
    e = ev["数据比对合作协议签订"]
    assert e["organiser"] == {"黑龙江省总工会", "黑龙江省民政厅"} and e["date"] == "2018-04"
    # figures released on a day are a release (GUIDELINES: releases count), figures only cited are not
    assert events("国家统计局3日发布数据显示，消费回升。", date="2020-05-04")["国家统计局发布数据"]["organiser"] == {
        "国家统计局"}
    assert "发布" not in "".join(events("据国家统计局3日发布的数据，消费回升。", date="2020-05-04"))


def test_event_ceremony_of_a_competition_names_the_competition_too():
    ev = events("5月7日，海淀区“创新先锋”职工劳动竞赛启动仪式在中关村软件园举行。竞赛由海淀区总工会主办、北京明川科技"
                "有限公司承办。", date="2024-05-08", city="北京")
    contest, ceremony = ev["海淀区“创新先锋”职工劳动竞赛"], ev["海淀区“创新先锋”职工劳动竞赛启动仪式"]
    assert contest["organiser"] == ceremony["organiser"] == {"海淀区总工会"}
    assert contest["date"] == "2024-05-07"


def test_event_act_at_a_place_and_its_back_reference():
    ev = events("5月9日，西城区柳岸街道工会在柳岸街道职工之家发布“职工服务地图”，职工扫码即可查找。"
                "职工代表参加了发布活动。", date="2024-05-10", city="北京")
    assert "发布活动" not in ev
    e = next(v for k, v in ev.items() if k.endswith("发布"))
    assert e["organiser"] == {"西城区柳岸街道工会"} and e["venue"] == "柳岸街道职工之家"


def test_event_first_of_a_series_is_a_reference():
    ev = events("近日，朝阳区总工会举办职工摄影展。摄影展是今年职工文化季的首场活动。", city="北京")
    assert "首场活动" not in ev


def test_event_competition_of_an_observation_meeting_keeps_its_main_organiser():
    ev = events("5月11日，由市建筑工会主办、怀柔区总工会协办的重点工程劳动竞赛现场观摩会在雁栖湖项目工地举行。",
                date="2024-05-12", city="北京")
    meeting, contest = ev["重点工程劳动竞赛现场观摩会"], ev["重点工程劳动竞赛"]
    assert meeting["co_organiser"] == {"怀柔区总工会"} and not contest["co_organiser"]
    assert contest["organiser"] == meeting["organiser"] and contest["date"] == "2024-05-11"


def test_event_leader_reply_and_visit_with_the_leader_as_organiser():
    ev = events("近日，王建国给红星机械厂青年班组职工回信，勉励他们钻研技术。2019年，王建国到红星机械厂考察。"
                "王建国两次到红星机械厂考察。", date="2024-09-28")
    assert ev["王建国给红星机械厂青年班组职工回信"]["organiser"] == {"王建国"}
    assert ev["王建国到红星机械厂考察"]["organiser"] == {"王建国"}
    assert len(ev) == 2


def test_event_union_visit_named_by_whom_it_visits_and_placed_by_the_next_sentence():
    ev = events("昨天，朝阳区望京街道总工会联合望京街道社区卫生服务中心，走访慰问辖区环卫工人、快递员等一线户外劳动者，"
                "送去慰问品300余份。在望京街道户外劳动者服务站，医护人员为快递小哥测量血压。",
                date="2024-05-09", city="北京")
    e = ev["走访慰问一线户外劳动者"]
    assert e["organiser"] == {"朝阳区望京街道总工会", "望京街道社区卫生服务中心"}
    assert e["venue"] == "望京街道户外劳动者服务站" and e["date"] == "2024-05-08"


def test_event_anniversary_name_keeps_the_organisation_it_celebrates():
    ev = events("庆祝中国职工书画协会成立40周年暨优秀作品表彰大会28日上午在人民大会堂隆重举行。", date="2025-04-28")
    assert "庆祝中国职工书画协会成立40周年暨优秀作品表彰大会" in ev


def test_event_watching_a_broadcast_is_not_organising_it():
    ev = events("1日上午，红星机械厂工会组织职工通过电视观看庆祝建厂60周年大会直播。", date="2019-10-02")
    assert all(not e["organiser"] for e in ev.values())


def test_event_organiser_carried_over_a_comma_to_zuzhi():
    ev = events("今年以来，市总工会制定方案，组织动员职工开展合理化建议活动，鼓励职工发挥聪明才智。",
                date="2019-10-02", city="杭州")
    assert ev["合理化建议活动"]["organiser"] == {"杭州市总工会"}


def test_event_year_in_its_name_is_not_its_date():
    ev = events("2022年“金牌工人”发布仪式今天在京举行。", date="2023-02-28")
    assert [e["date"] for e in ev.values()] == ["2023-02-28"]


def test_event_allocation_decided_by_a_union():
    ev = events("记者30日从中华全国总工会了解到：全总决定下拨3000万元送温暖资金，用于支持各级工会开展帮扶。",
                date="2020-04-30")
    e = next(v for k, v in ev.items() if "下拨" in k)
    assert e["organiser"] == {"中华全国总工会"}


def test_event_not_held_or_not_one_event():
    assert not events("湖南从1月26日起暂停举办现场招聘会，集中开展线上招聘服务。", date="2020-02-08")
    assert not events("近日，市总工会组织职工参加了冰球、雪地足球等一系列冰雪竞赛。", date="2020-01-08")
    assert not events("要围绕高质量发展，广泛深入开展职工技能竞赛。", date="2023-10-23")


def test_event_items_listed_before_deng_are_events_of_the_host():
    text = ("本报北京5月4日电 五四青年节之际，共青团中央举办“让青春为祖国绽放”网上主题团日活动。"
            "活动以学习为主线，先后开展了第二十四届“中国青年五四奖章”获得者风采展示、青春故事分享会、"
            "五四网上主题团课、理论学习等活动。")
    ev = events(text, date="2020-05-05")
    assert ev["“让青春为祖国绽放”网上主题团日活动"]["organiser"] == {"共青团中央"}
    for name in ("第二十四届“中国青年五四奖章”获得者风采展示", "青春故事分享会", "五四网上主题团课"):
        assert ev[name]["organiser"] == {"共青团中央"}
    assert "理论学习" not in ev  # a kind of activity, not one event
    ev = events("论坛今天开幕，同时还举行了医疗健康与产业创新发展论坛等4个国际交流主题分论坛。", date="2025-04-29")
    assert "医疗健康与产业创新发展论坛" in ev and "国际交流主题分论坛" not in ev


def test_event_joined_names_and_short_forms_are_one_event():
    ev = events("第二届大国工匠创新交流大会开幕\n今天，第二届大国工匠创新交流大会暨大国工匠论坛开幕。",
                date="2023-07-28")
    assert set(ev) == {"第二届大国工匠创新交流大会暨大国工匠论坛"}
    ev = events("第十二届临溪农博会今天开幕\n第十二届临溪农业博览会今天开幕。", date="2024-10-25")
    assert set(ev) == {"第十二届临溪农业博览会"}


def test_event_conferral_decision_but_not_an_honour_of_the_past():
    ev = events("本报北京2月18日电 全国妇联日前作出决定，追授周丽君、吴晓梅两位同志全国三八红旗手称号。",
                date="2020-02-19")
    [name] = ev
    assert name.startswith("追授周丽君") and ev[name]["organiser"] == {"全国妇联"}
    ev = events("2005年，他率领的刑警支队被国务院授予“特别能战斗刑警队”荣誉称号。", date="2020-05-12")
    assert ev == {}


def test_event_convened_by_a_leader_at_a_ministry():
    ev = events("新华社北京1月2日电 国务院副总理韩立新2日在财政部召开财税部门座谈会。", date="2020-01-03")
    assert ev["财税部门座谈会"]["organiser"] == {"韩立新"}
    assert ev["财税部门座谈会"]["venue"] == "财政部"


def test_event_new_heads_and_their_limits():
    ev = events("第八届数字中国建设峰会今天在福建福州开幕。竞赛期间，还同步举办矿山救援先进适用技术装备展。",
                date="2025-04-29")
    assert {"第八届数字中国建设峰会", "矿山救援先进适用技术装备展"} <= set(ev)
    ev = events("会议对学习教育工作进行动员部署，推动高质量发展。各地以实际行动开展工作。", date="2026-03-30")
    assert not any(name.endswith(("行动", "展")) for name in ev)


def test_event_organisers_in_a_later_clause_and_named_again():
    ev = events("职工技能大赛在北京工人体育馆举行，大赛由北京市总工会、北京市教育工会联合主办。",
                date="2023-05-12", city="北京")
    assert ev["职工技能大赛"]["organiser"] == {"北京市总工会", "北京市教育工会"}
    ev = events("1月13日晚，慰问川籍农民工文艺演出在广州上演。这次慰问活动由广东省总工会主办。", date="2020-01-14")
    assert set(ev) == {"慰问川籍农民工文艺演出"}
    assert ev["慰问川籍农民工文艺演出"]["organiser"] == {"广东省总工会"}


def test_event_name_keeps_its_year_and_session_not_the_prize_body():
    ev = events("2019年度中国政府友谊奖颁奖仪式30日在人民大会堂隆重举行。", date="2019-10-01")
    assert ev["2019年度中国政府友谊奖颁奖仪式"]["organiser"] == set()
    ev = events("北京市总工会召开十五届三次全委会议。", date="2023-05-12", city="北京")
    assert ev["十五届三次全委会议"]["organiser"] == {"北京市总工会"}


def test_a_verb_of_watching_ends_an_events_name():
    # 200余人观看演出, 在线观看讲座直播: who watched, not the event's name
    ev = events("晚会上，一线职工代表200余人观看演出，在线观看讲座直播的约6000人次。", date="2023-05-20")
    assert not any("观看" in name for name in ev)
