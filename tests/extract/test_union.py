"""Trade unions: full names, short forms resolved in context, generic references left out."""

from __future__ import annotations

import pytest

from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        ("全国总工会联合北京市总工会举办交流活动。", {}, {"中华全国总工会", "北京市总工会"}),
        ("全总日前印发通知。", {}, {"中华全国总工会"}),
        ("怀柔区人大常委会副主任、区总工会主席王立新表示。", {}, {"怀柔区总工会"}),
        ("丰台工会组织职工参观。", {"city": "北京"}, {"丰台区总工会"}),
        ("丰台区工会组织职工参观。", {}, {"丰台区总工会"}),
        ("市总工会副主席李明远出席。", {"city": "北京"}, {"北京市总工会"}),
        ("讲座由市直机关工会主办、市政务服务中心工会协办。", {"city": "北京"},
         {"北京市直机关工会", "北京市政务服务中心工会"}),
        ("某某监狱党委联合工会组织义诊。北京市某某监狱近日开展活动。", {}, set()),
        ("北京市第一监狱党委联合工会组织了义诊活动。", {}, {"北京市第一监狱工会"}),
        ("海淀区学院路街道总工会成立职工之家。", {}, {"海淀区学院路街道总工会"}),
        ("昌平区教育工会举办培训。区教育工会主席出席。", {}, {"昌平区教育工会"}),
        ("市建筑工会开展劳动竞赛。", {"city": "北京"}, {"北京市建筑工会"}),
        ("黑龙江省总工会召开会议，省总工会主席表示。", {}, {"黑龙江省总工会"}),
        ("怀柔区总党组书记出席。区总领导看望职工。", {}, {"怀柔区总工会"}),
        ("市总领导到延庆调研。", {"city": "北京"}, {"北京市总工会"}),
        ("恩施州总工会与杭州市总工会签订协议。", {}, {"恩施州总工会", "杭州市总工会"}),
        ("房山云溪乡总工会组织职工参观。", {}, {"房山区云溪乡总工会"}),
        ("通州区青禾街道总工会成立驿站。青禾街道总工会主席介绍。", {}, {"通州区青禾街道总工会"}),
        ("大庆市总工会主席袁晶说，市总工会将加大帮扶。", {}, {"大庆市总工会"}),
        # a company named right before 工会 makes the union's name, whatever jieba tags its words
        ("全国人大代表、昆明禾润超市公司工会主席陈某含出席会议。", {}, {"昆明禾润超市公司工会"}),
        # a bare 县 takes the nearest county, not a nearer 区
        ("大庆市杜尔伯特蒙古族自治县的职工来到龙凤区参观，县工会为他们送去慰问金。", {},
         {"杜尔伯特蒙古族自治县总工会"}),
    ],
)
def test_union_names_resolved(text, kw, expected):
    assert names(text, "TradeUnion", **kw) == expected


@pytest.mark.parametrize(
    "text",
    ["各级工会要加强服务。", "基层工会服务站开放。", "怀柔区各级工会将聚焦思想引领。", "专职工会社工集中培训。",
     "三地总工会建立了协调机制。", "中国工会第十八次全国代表大会开幕。", "修改工会法。", "香港特别行政区工会界的朋友。",
     "山西省市总工会开展竞赛。", "全国工会服务站点将达15万个。", "项目安全总监说。"],
)
def test_union_generic_references_are_no_entities(text):
    assert names(text, "TradeUnion", city="北京") == set()


def test_union_bare_district_union_without_a_district_is_left_unresolved():
    assert names("区总工会召开会议。", "TradeUnion") == set()


def test_union_national_union_has_nothing_before_its_name():
    text = "“工匠精神与技能”语料库建设启动中华全国总工会与中央广播电视总台签署合作协议。"
    assert names(text, "TradeUnion") == {"中华全国总工会"}
