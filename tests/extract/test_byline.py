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
    ],
)
def test_byline_shapes(text, expected):
    found = {(role, person) for role in ("reporter", "correspondent", "photographer", "editor")
             for _, person, _ in relations(text, role)}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    ["记者从中华全国总工会获悉，活动将于年底举行。", "记者了解到，培训为期三天。", "接受记者采访时，他表示满意。"],
)
def test_byline_narrative_mentions_of_reporters_are_no_bylines(text):
    assert not relations(text, "reporter")


def test_photo_credit_glued_to_the_name():
    from tests.helpers import relations

    assert relations("（本报记者李舸摄）职工们在活动现场合影。", "photographer") == {(None, "李舸", None)}
