"""Bylines of every shape the labour press uses."""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本报讯(记者 张立平 通讯员 王晓云) 近日，区总工会举办培训。",
         {("reporter", "张立平"), ("correspondent", "王晓云")}),
        ("本报讯（记者 张立平 通讯员 王晓云 李明远）近日举办培训。",
         {("reporter", "张立平"), ("correspondent", "王晓云"), ("correspondent", "李明远")}),
        ("本报讯（记者张立平）近日举办培训。", {("reporter", "张立平")}),
        ("近日举办培训。\n本报记者 赵秋实 摄", {("photographer", "赵秋实")}),
        ("近日举办义诊。\n本报记者 赵秋实 摄影报道", {("reporter", "赵秋实"), ("photographer", "赵秋实")}),
        ("文/图 钱志国\n近日举办培训。", {("reporter", "钱志国"), ("photographer", "钱志国")}),
        ("工人日报-中工网记者刘晓东 通讯员孙海燕 近日，某公司举办培训。",
         {("reporter", "刘晓东"), ("correspondent", "孙海燕")}),
        ("本报北京5月8日电（记者 周新华）全总日前印发通知。", {("reporter", "周新华")}),
        ("本报北京1月20日电\xa0\xa0（记者易舒冉、樊曦）近日，全总印发通知。",
         {("reporter", "易舒冉"), ("reporter", "樊曦")}),
        ("光明日报北京10月14日电 记者任欢 为深化改革，全总启动活动。", {("reporter", "任欢")}),
        ("全总启动活动。\n（本报记者万秀斌、程焕、杨文明）", {("reporter", n) for n in ("万秀斌", "程焕", "杨文明")}),
        ("全总启动活动。\n[ 责编：杨煜 ]", {("editor", "杨煜")}),
        # a caption's credit with the agency after it, the name spaced out or not
        ("职工在活动现场。\n孙 涛摄（人民视觉）", {("photographer", "孙涛")}),
        ("职工在活动现场。\n周立群摄（影像中国）", {("photographer", "周立群")}),
        # the page's layout credit, on a line of its own before a source line
        ("全总启动活动。\n版式设计：韩晓雯\n数据来源：本报", {("editor", "韩晓雯")}),
        # names in brackets right after the dateline, with no marker
        ("本报南昌2月11日电  （方启明、杜秋）记者11日从省总工会获悉。",
         {("reporter", "方启明"), ("reporter", "杜秋")}),
        # the foot's credit of a wire story, with those who took part in reporting it
        ("全总启动活动。\n（新华社北京10月16日电  记者林晓梅、郑远  参与采写：陶然）",
         {("reporter", "林晓梅"), ("reporter", "郑远"), ("reporter", "陶然")}),
        ("全总启动活动。\n（韩立新参与采写）", {("reporter", "韩立新")}),
        ("全总启动活动。\n（本报记者 江 帆 苏 云采访整理）", {("reporter", "江帆"), ("reporter", "苏云")}),
    ],
)
def test_byline_shapes(text, expected):
    found = {(role, person) for role in ("reporter", "correspondent", "photographer", "editor")
             for _, person, _ in relations(text, role)}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["记者从中华全国总工会获悉，活动将于年底举行。", "记者了解到，培训为期三天。", "接受记者采访时，他表示满意。",
     "活动结束。\n以上数据整理", "他在现场拍摄。\n今天又是新的一天摄"],
)
def test_byline_narrative_mentions_of_reporters_are_no_bylines(text):
    assert not relations(text, "reporter")


def test_photo_credit_glued_to_the_name():
    from tests.helpers import relations

    assert relations("（本报记者李舸摄）职工们在活动现场合影。", "photographer") == {(None, "李舸", None)}


def test_a_one_character_marker_glued_to_a_word_is_no_credit():
    """文 / 图 mark a credit only standing apart: a short subheading 文明交流的… names nobody."""
    from tests.helpers import names

    text = ("光明日报记者 陈晓东 尚 杰\n\n经过漫长飞行，代表团来到敦煌。\n\n"
            "文明交流的当代枢纽\n\n回溯历史，张骞凿空西域。")
    assert {n for _, n, _ in relations(text, "reporter")} == {"陈晓东", "尚杰"}
    assert "明交流" not in names(text, "Person")
    assert {n for _, n, _ in relations("文 钱志国 图 孙海燕\n近日举办培训。", "photographer")} == {"孙海燕"}


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("【时评】\n作者：莫 清（媒体评论员）\n\n近年来，职工书屋遍布城乡。", {"莫清"}),
        ("作者：都 兰 王浩然（分别系某学院教授）\n\n正文。", {"都兰", "王浩然"}),
        ("书名：某某记             作者：孙晓犁\n书名：另一部书", {"孙晓犁"}),
    ],
)
def test_authors_are_persons_but_no_byline(text, authors):
    """作者：… names the author of a signed article or a book: a person (spaced out or not), no credit."""
    from tests.helpers import names

    assert authors <= names(text, "Person")
    assert not any(relations(text, role) for role in ("reporter", "correspondent", "photographer", "editor"))


def test_a_transliterated_reporter_ends_where_the_tagger_ends_the_name():
    """记者某某·某某撰文指出: the verbs after a name with a middle dot are no part of it."""
    from tests.helpers import names

    assert "罗伯特·加田" in names("新华社记者罗伯特·加田撰文指出，形势严峻。", "Person")


def test_a_column_heading_after_a_marker_is_no_credit():
    """【记者连线】 heads a column; the reporter follows on the next line."""
    from tests.helpers import names

    text = "【记者连线】\n\n光明日报记者 杨小明\n\n10月6日，某地法院作出裁定。"
    assert {n for _, n, _ in relations(text, "reporter")} == {"杨小明"}
    assert "连线" not in names(text, "Person")


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # given names ending as places and bodies end (…科, …园) are names where a credit's bracket closes them
        ("本报北京2月18日电\xa0（记者魏建科）国家知识产权局公布了规定。", "reporter", "魏建科"),
        ("本报讯（记者王建科 通讯员李晓园）区总工会举办讲座。", "reporter", "王建科"),
        ("本报讯（记者王建科 通讯员李晓园）区总工会举办讲座。", "correspondent", "李晓园"),
    ],
)
def test_a_credit_closes_a_name_that_ends_like_a_body(text, kind, name):
    assert (None, name, None) in relations(text, kind)


def test_a_word_in_a_credit_bracket_is_no_name():
    assert not relations("本报北京2月18日电（记者一线）国家知识产权局公布了规定。", "reporter")
