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
        ("大庆市总工会主席袁晶说，市总工会将加大帮扶。", {}, {"大庆市总工会"}),
    ],
)
def test_union_names_resolved(text, kw, expected):
    assert names(text, "TradeUnion", **kw) == expected


@pytest.mark.parametrize(
    "text",
    ["各级工会要加强服务。", "基层工会服务站开放。", "怀柔区各级工会将聚焦思想引领。", "专职工会社工集中培训。",
     "三地总工会建立了协调机制。"],
)
def test_union_generic_references_are_no_entities(text):
    assert names(text, "TradeUnion", city="北京") == set()


def test_union_bare_district_union_without_a_district_is_left_unresolved():
    assert names("区总工会召开会议。", "TradeUnion") == set()
