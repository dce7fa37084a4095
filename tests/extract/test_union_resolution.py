"""Union names resolved in context: regions before a division, lists, schools, title chains, descriptions.

Every name below is invented; the places are real divisions (GB/T 2260).
"""

from __future__ import annotations

import pytest

from tests.helpers import names, resolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province and city written before a county's or city's own name: the federation of that division
        ("在山东东营市利津县总工会院内，立有一尊铜像。", {"利津县总工会"}),
        ("辽宁省本溪市总工会制定文件。", {"本溪市总工会"}),
        ("福建厦门总工会近日发起外地职工返岗活动。", {"厦门市总工会"}),
        ("北京市怀柔区总工会举办职工运动会。", {"怀柔区总工会"}),
        # but not a region before a workplace: the hospital's name holds its province
        ("浙江省人民医院工会为医疗队员家属送去生活物资。", {"浙江省人民医院工会"}),
        # an autonomous prefecture and county: one union however written
        ("恩施土家族苗族自治州总工会与恩施州总工会是同一家。", {"恩施州总工会"}),
        ("杜尔伯特县总工会为职工送去慰问金。", {"杜尔伯特蒙古族自治县总工会"}),
        ("阿克苏地区总工会开展送温暖活动。", {"阿克苏地区总工会"}),
        # divisions listed before a federation share its head
        ("怀柔、延庆和密云区总工会联合举办劳动竞赛。", {"怀柔区总工会", "延庆区总工会", "密云区总工会"}),
        ("延庆区委、区总工会联合举办活动。", {"延庆区总工会"}),
        # a bare 总工会 in a list takes the list's place, or is the national one among national bodies
        ("福州市妇联、总工会等单位的慰问先后到达。", {"福州市总工会"}),
        ("委员们参加了共青团和青联、总工会、妇联界委员联组会。", {"中华全国总工会"}),
        # a school's union: 校 repeats the school, or stands for the school named before
        ("清华大学校工会组织教职工参加活动。", {"清华大学工会"}),
        ("北京理工大学举办运动会，校工会主席张明远出席。", {"北京理工大学工会"}),
        ("红星钢厂举办活动，厂工会为职工送清凉。", {"红星钢厂工会"}),
        # a company the name model reads before 工会, whatever jieba tags its words
        ("北京公交集团第一客运分公司工会主席王某表示。", {"北京公交集团第一客运分公司工会"}),
        # a title chain names the organisation once, before its Party committee
        ("“座次越来越靠后。”中国石油青川油田公司党委常务副书记、工会主席刘某明说起当初的情景。",
         {"中国石油青川油田公司工会"}),
        # heads that end longer names
        ("澳门工会联合总会举行文艺汇演。", {"澳门工会联合总会"}),
        ("美国私营机构凯撒医疗集团工会联盟举行罢工。", {"凯撒医疗集团工会联盟"}),
        ("英国联合工会17日称，将举行罢工。", {"英国联合工会"}),
        ("中国教育工会北京市委员会召开全委会。", {"中国教育工会北京市委员会"}),
        # a description of a union, then its name after a dash
        ("英国最大的护士工会——皇家护理学院宣布罢工。", {"皇家护理学院"}),
        ("英国主要铁路工会组织之一——英国火车司机和司炉联合会投票决定罢工。", {"英国火车司机和司炉联合会"}),
        # a street whose name is also a district's short name is the street
        ("向阳街道工会主席高某拿起一条毛巾。", {"向阳街道工会"}),
    ],
)
def test_union_resolution_names(text, expected):
    assert names(text, "TradeUnion") == expected


@pytest.mark.parametrize(
    "text",
    [
        "日本商工会议所会头发表讲话。",  # a chamber of commerce
        "法国工会呼吁欧洲积极应对。",  # a country's unions as a whole
        "英国主要铁路工会组织之一宣布继续罢工。",  # a description of a kind
        "工会——这是职工之家。",
        "杭州各区、县（市）总工会共签订了20份协议。",  # several federations at once
        "京津冀地区总工会联合举办活动。",
    ],
)
def test_union_resolution_descriptions_are_no_entities(text):
    assert names(text, "TradeUnion") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("延庆区召开大会。该区总工会主席王某介绍。", {"延庆区总工会"}),
        # no city named: the city the district lies in; a county-level city is its own 市
        ("怀柔区举办职工运动会。市总工会副主席王某出席。", {"北京市总工会"}),
        ("义乌市举办活动。市总工会主席王某出席。", {"义乌市总工会"}),
        ("利津县召开大会，省总工会主席王某出席。", {"山东省总工会"}),
        ("市总工会主席王某出席。", set()),
    ],
)
def test_union_resolution_bare_forms_from_the_division_in_context(text, expected):
    assert names(text, "TradeUnion") == expected


def test_union_resolution_province_receiving_aid_is_not_the_local_one():
    text = ("疫情发生以来，安徽已派出8批医护人员驰援湖北；安徽省属国有企业向湖北捐款2000万元，"
            "省总工会捐赠330万元。")
    assert names(text, "TradeUnion") == {"安徽省总工会"}


def test_union_resolution_reasons_say_how_the_name_was_made():
    _rd, r = resolve("在山东东营市利津县总工会院内。福建厦门总工会发起活动。")
    reasons = {m.surface: m.reason for m in r.merges}
    assert "山东东营市" in reasons["山东东营市利津县总工会"] and "province or city" in reasons["山东东营市利津县总工会"]
    assert "厦门市" in reasons["福建厦门总工会"]


def test_union_resolution_committee_and_union_in_one_article_are_one_node():
    text = "红星机械有限公司工会委员会换届。红星机械有限公司工会主席王某说。"
    assert names(text, "TradeUnion") == {"红星机械有限公司工会"}
    assert names("红星机械有限公司工会委员会换届。", "TradeUnion") == {"红星机械有限公司工会委员会"}
