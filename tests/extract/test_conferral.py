"""Honour conferrals: recipient, honour, year, and the conferring body when the text states it."""

from __future__ import annotations

from tests.helpers import resolve


def conferrals(text: str, **kw) -> set[tuple]:
    rd, r = resolve(text, **kw)
    out = set()
    for rel, s, o in rd.relations:
        if rel.kind == "honour":
            body = rel.attrs.get("body")
            out.add((r.entities[s].name, r.entities[o].name, rel.attrs.get("year"), body.text if body else None))
    return out


def test_conferral_title_before_name():
    assert conferrals("座谈会上，全国劳动模范何芳说。") == {("何芳", "全国劳动模范", None, None)}


def test_conferral_this_year_before_de_name():
    found = conferrals("今年荣获首都劳动奖章的林雪表示：“我将继续努力。”", date="2023-05-12")
    assert found == {("林雪", "首都劳动奖章", 2023, None)}


def test_conferral_listed_honours_go_to_the_paragraph_subject():
    text = ("某公司电焊工赵立新说。赵立新攻克多项难题。\n所获荣誉：全国劳动模范、全国五一劳动奖章、"
            "2016年度“感动中国”十大人物。")
    found = {(p, h) for p, h, _, _ in conferrals(text)}
    assert found == {("赵立新", "全国劳动模范"), ("赵立新", "全国五一劳动奖章"), ("赵立新", "感动中国十大人物")}


def test_conferral_body_and_year_stated():
    found = conferrals("全国劳动模范张立新，2020年被中华全国总工会授予全国五一劳动奖章。")
    assert ("张立新", "全国五一劳动奖章", 2020, "中华全国总工会") in found


def test_conferral_column_title():
    found = conferrals("【大国工匠】刘立争：薄壁精雕 重器问天", title="【大国工匠】刘立争：薄壁精雕")
    assert ("刘立争", "大国工匠", None, None) in found
