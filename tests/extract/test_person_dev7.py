"""Person shapes and misreads of the dev7 round: Japanese and Hong Kong names, places of datelines and of
meetings, foreign names ending like a country, abbreviations of bodies, conjunctions before a word.
Invented names only."""

from __future__ import annotations

from tests.helpers import names

P = "Person"


def test_japanese_name_after_a_title_is_read_whole() -> None:
    text = "论坛上，日本电影导演高木良也，中国制片人王小明等就合拍片交换意见。"
    assert names(text, P) == {"高木良也", "王小明"}


def test_chinese_name_with_a_japanese_surname_shape_keeps_its_length() -> None:
    assert names("日本代表团来访。记者田中华说，双方合作前景广阔。", P) == {"田中华"}


def test_hong_kong_name_with_two_surnames_after_a_title() -> None:
    for name in ("何陈美娥", "吴李月娟"):
        text = f"新华社香港10月5日电（记者王小明）香港某某协会主席{name}4日宣布协会决定订立规例，于5日起生效。"
        assert names(text, P) == {name, "王小明"}


def test_place_of_a_dateline_and_of_a_meeting_is_no_person() -> None:
    text = ("本报印度卡洛塔10月11日电（记者王小明）国家主席张建国11日在卡洛塔会见印度总理。"
            "张建国从饭店驱车前往古寺。对张建国来到卡洛塔表示热烈欢迎。")
    assert names(text, P) == {"王小明", "张建国"}


def test_foreign_name_whose_last_part_is_a_country() -> None:
    assert names("访问团拜会了某市议会议长洛恩茨·沙特，并与侨胞座谈。", P) == {"洛恩茨·沙特"}


def test_abbreviation_of_a_body_named_before_is_no_person() -> None:
    assert names("香港商界民生联盟发表声明，支持特区政府。商民联呼吁全港市民坚决反对暴力。", P) == set()


def test_conjunction_before_a_word_is_no_surname() -> None:
    assert names("我们全力整合中心网站和微博、微信、客户端等新媒体平台。", P) == set()


def test_guess_ending_a_phrase_of_a_parallel_list_is_no_person() -> None:
    assert names("白天，职工们顶着高温推沙平田、挖坑种树，晚上住在帐篷里。", P) == set()
    assert names("进入新的发展阶段，高楼林立、高铁纵横，市场繁荣。", P) == set()
