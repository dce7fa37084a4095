"""Posts read in the dev7 round: a deputy of a unit the segmenter split (工程部副|部长), a firm the article
names in full and then by its short name (某某家具总经理), a firm after a conjunction (而是某某副总裁), 执行 as
a title's mark, a village committee after a town the segmenter broke up, 村长某 (the village named before),
校党委 as one word, a ministry after 兼, 某主席 in a sentence on the world. Names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 部副|部长 is how jieba cuts it: the unit is the company's, the title its deputy head's
        ("东岭铁路有限公司工程部副部长宋思远介绍了工程进展。", {("宋思远", "东岭铁路有限公司工程部", "副部长")}),
        # the firm named in full before, then by its name and trade alone
        ("走进佛山青禾家具制造有限公司的车间。“我们已基本实现了互联互通。”青禾家具总经理黎安表示。",
         {("黎安", "青禾家具", "总经理")}),
        # named with its legal form before, then bare before its officers' titles
        ("一炮而红的优思达公司推出了新品。优思达联合创始人兼执行董事邓远认为，市场广阔。",
         {("邓远", "优思达", "联合创始人"), ("邓远", "优思达", "执行董事")}),
        # a conjunction before the firm's name is no part of it
        ("这不是科幻影片的场景，而是远帆科技副总裁陈远棋所描述的工厂。", {("陈远棋", "远帆科技", "副总裁")}),
        # 执行 marks a title as 常务 does
        ("中国长江协会执行主席邓远认为，前景广阔。", {("邓远", "中国长江协会", "执行主席")}),
        # 碗窑|乡: the township's last character is no part of the village committee's name
        ("碗窑乡凤鸣村村委委员王秀平感慨。", {("王秀平", "凤鸣村村委", "委员")}),
        # 校党委 is one word to jieba: the 校 is the university named before, the 党委 the title's
        ("东岭大学开展爱国主义教育。校党委副书记曹小萍介绍，学校共建了基地。",
         {("曹小萍", "东岭大学", "党委副书记")}),
        # 内政部|部长 names the ministry whole; a ministry after 兼 is no unit of the one before
        ("新加坡内政部部长兼律政部部长陈文远表示，应防止歧视。",
         {("陈文远", "新加坡内政部", "部长"), ("陈文远", "律政部", "部长")}),
        # 村长某: the head of the village the article named last, after its town
        ("在崇阳县天城镇李家村，村民感受到了商机，村长李明远高兴地告诉记者。", {("李明远", "李家村", "村长")}),
        # 某主席 in a sentence on the world, in an article with no union or council
        ("李建华主席提出的倡议，汇聚着世界各国人民对和平的向往。", {("李建华", "中华人民共和国", "国家主席")}),
    ],
)
def test_dev7_shapes(text: str, expected: set[tuple]) -> None:
    assert expected <= relations(text, "post")


@pytest.mark.parametrize(
    "text",
    [
        # a kind, not a name: the article's 有限公司 does not make 公司 a firm's name
        "浙江某某信息技术有限公司业绩飘红。红红火火的销售，早在公司副总裁何明军预料之中。",
        # 某主席 beside a union: the union's chairman, not the head of state
        "市总工会李建华主席会见了越南代表团，介绍了国际合作情况。",
    ],
)
def test_dev7_non_posts(text: str) -> None:
    found = relations(text, "post")
    assert not any(org in ("公司", "中华人民共和国") for _, org, _ in found), found


def test_no_name_holds_a_meeting_verb() -> None:
    """周总理|会见/n|代表团: jieba tags 会见 a noun; the clause before it is no part of a body's name."""
    from tests.helpers import analyse

    doc = analyse("报纸当年报道周总理会见代表团的消息。")
    assert not any("会见" in m.text for m in doc.mentions if m.label == "Organization")
