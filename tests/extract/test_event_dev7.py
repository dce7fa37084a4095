"""Events: shapes met on unseen news (dev7): releases told with a recent time whatever is released (a notice,
figures, a titled document), two leaders' letters sent each, and a ceremony in the title told by its verb."""

from __future__ import annotations

from tests.extract.test_event import events
from tests.helpers import analyse


def _names(text: str, **kw) -> list[str]:
    return [m.name for m in analyse(text, **kw).candidates.get("event", [])]


def test_a_notice_released_recently_is_an_event_of_its_issuer():
    text = "近日，柳湾市教育局发布通知，要求做好延期开学期间中小学生居家学习管理。"
    ev = events(text, date="2020-02-17")
    assert ev["柳湾市教育局发布通知"]["organiser"] == {"柳湾市教育局"}


def test_a_union_sending_down_a_notice_is_an_event():
    ev = events("全国总工会日前下发通知，于春节前紧急下拨3亿元帮扶资金。", date="2023-01-18")
    assert ev["全国总工会下发通知"]["organiser"] == {"中华全国总工会"}


def test_figures_released_on_a_day_are_an_event_though_they_are_then_quoted():
    ev = events("海关总署13日发布数据显示，去年整体通关时间压缩超过一半。", date="2020-01-14")
    e = ev["海关总署发布数据"]
    assert e["organiser"] == {"海关总署"} and e["date"] == "2020-01-13"


def test_a_titled_document_released_with_no_known_issuer():
    assert "《某某教育认证标准》发布" in _names("今天（12月10日），《某某教育认证标准》发布，进一步完善培养机制。",
                                             date="2025-12-10")


def test_no_release_when_it_is_a_plan_a_source_or_no_document():
    assert not _names("某市统计局将于20日发布数据。", date="2020-01-14")
    assert not _names("据海关总署13日发布的数据，出口增长。", date="2020-01-14")
    assert not _names("2016年，某国发布旨在促进经济多元化的“2030愿景”。", date="2020-01-16")
    assert not _names("某某公司近日发布消息，称产品已经上市。", date="2020-01-16")
    assert not _names("2018年9月11日，某省发布了某某行动实施方案，指出要调整运输结构。", date="2020-01-16")
    assert not _names("10日，某某公司召开会议，表示将发布通知。", date="2020-01-16")


def test_a_release_in_a_later_clause_of_a_dated_sentence():
    text = "1月2日，中央军委主席李明远签署某某命令，向全军发布开训动员令。"
    ev = events(text, date="2020-01-04")
    assert ev["李明远发布开训动员令"]["organiser"] == {"李明远"}


def test_a_release_told_in_a_headline_and_again_is_one_event():
    text = "全国总工会印发《某某技能提升方案》\n全国总工会日前印发《某某技能提升方案》，从三方面提出措施。"
    assert len([n for n in _names(text, date="2024-01-14") if "某某技能提升方案" in n]) == 1


def test_two_leaders_letters_sent_each_are_two_events():
    text = "1月21日，国家主席李明远和某国总统安德森分别致贺信祝贺“某某文化年”在某国首都开幕。"
    ev = events(text, date="2020-01-22")
    mine = [n for n in ev if n.startswith("李明远致贺信")]
    theirs = [n for n in ev if n.startswith("安德森致贺信")]
    assert mine and theirs
    assert ev[mine[0]]["organiser"] == {"李明远"} and ev[theirs[0]]["organiser"] == {"安德森"}


def test_an_opening_ceremony_in_the_title_told_by_its_verb_in_the_body():
    names = _names("1月17日，某某某致贺信祝贺2020“某某旅游年”在某国首都开幕。",
                   title="某某某向2020“某某旅游年”开幕式致贺信", date="2020-01-18")
    assert any(n.endswith("“某某旅游年”开幕式") for n in names)


def test_a_document_told_first_then_released_is_an_event():
    assert _names("《某某奖学金评审办法》近日正式公布，更加突出技能导向。", date="2024-01-18") == [
        "《某某奖学金评审办法》公布"]
    assert _names("我国某领域首项国际标准正式发布 近日，由我国牵头制定的全球某领域首项国际标准正式发布。",
                  date="2026-08-14") == ["我国某领域首项国际标准发布"]


def test_the_occasion_of_a_quoted_speech_is_no_event_unless_dated():
    assert not _names("在全国职业院校教师座谈会上，李明远总书记强调：“要不断增强思想性。”", date="2019-10-08")
    assert _names("10日，在全国职业院校教师座谈会上，李明远强调：“要不断增强思想性。”", date="2019-10-11")


def test_what_a_work_was_made_for_is_no_event():
    assert not _names("这是为1991年在某地召开的第四届全省职工运动会而创作的会歌，之后被广为传唱。", date="2019-10-09")
