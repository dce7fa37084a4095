"""Dates: relative dates resolved against the page, or against a dateline's day."""

from __future__ import annotations


def test_dates_after_a_dateline_count_from_the_day_it_was_filed():
    from tests.helpers import analyse

    doc = analyse("本报北京5月10日电（记者 吕某）今天，某区总工会举行座谈会。", date="2024-05-11")
    today = next(m for m in doc.candidates["dates"] if m.text == "今天")
    assert today.attrs["value"] == "2024-05-10"
    doc = analyse("本报讯（记者 吕某）今天，某区总工会举行座谈会。", date="2024-05-11")
    today = next(m for m in doc.candidates["dates"] if m.text == "今天")
    assert today.attrs["value"] == "2024-05-11"


def test_a_relative_date_inside_a_longer_word_is_no_date():
    from tests.helpers import analyse

    doc = analyse("据《光明日报》报道，明日将举行座谈会。", date="2025-10-14")
    found = [(m.start, m.text) for m in doc.candidates["dates"]]
    assert found == [(doc.text.index("，明日") + 1, "明日")]  # not the 明日 inside 光明日报
