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
