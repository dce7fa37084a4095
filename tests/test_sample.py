"""The sample page, end to end: every named person, unions by full name, districts, venues, chairs, bylines."""

from __future__ import annotations

from tests.conftest import labels

PERSONS = {"张晶", "孙妍", "孟大鹏", "盛丽", "崔欣", "宋雅欣", "周福刚", "马超", "马红寰", "贺常荣", "边磊", "何佳",
           "廉雪", "芦蕾", "刘锁祥", "王路曼", "晁怀新"}
UNIONS = {"中华全国总工会", "北京市总工会", "北京市直机关工会", "北京市政务服务中心工会", "北京市女子监狱工会",
          "怀柔区总工会", "延庆区总工会", "密云区总工会", "平谷区总工会", "北京经济技术开发区总工会"}
DISTRICTS = {"怀柔区", "延庆区", "密云区", "平谷区", "朝阳区", "北京经济技术开发区"}
VENUES = {"北京市工会干部学院（草桥校区）", "北京市政务服务中心", "怀柔科学城产业转化示范区",
          "北京雁栖湖应用数学研究院", "慕田峪长城文化传承中心", "长辛店二七纪念馆", "中国人民抗日战争纪念馆"}


def test_sample_every_named_person(sample_build):
    found = labels(sample_build[2], "Person")
    assert found >= PERSONS
    assert found - PERSONS <= {"习近平"}  # named in 以习近平同志为核心, also a person


def test_sample_unions_under_full_resolved_names(sample_build):
    assert labels(sample_build[2], "TradeUnion") == UNIONS


def test_sample_districts(sample_build):
    assert labels(sample_build[2], "District") == DISTRICTS


def test_sample_named_venues(sample_build):
    assert labels(sample_build[2], "Venue") >= VENUES


def test_sample_short_forms_are_one_node(sample_build):
    resolver = sample_build[4]
    huairou = resolver.entities["organization/怀柔区总工会"]
    assert {"怀柔工会", "怀柔区工会", "区总工会"} <= huairou.alt
    assert {"全国总工会"} <= resolver.entities["organization/中华全国总工会"].alt


def test_sample_union_chairs(sample_build):
    q = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX kg: <https://w3id.org/kg-union/ontology#>
    SELECT ?p ?r ?o WHERE { ?m org:member/rdfs:label ?p ; org:role/rdfs:label ?r ; org:organization ?u .
                            ?u a kg:TradeUnion ; rdfs:label ?o }"""
    posts = {(r["p"], r["r"], r["o"]) for r in sample_build[2].query(q).values()}
    assert {("周福刚", "主席", "怀柔区总工会"), ("贺常荣", "主席", "延庆区总工会"),
            ("晁怀新", "党组书记", "密云区总工会"), ("晁怀新", "常务副主席", "密云区总工会")} <= posts


def test_sample_every_byline(sample_build):
    q = """PREFIX kg: <https://w3id.org/kg-union/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?pos ?role ?name WHERE { VALUES (?p ?role) { (kg:reporter "r") (kg:correspondent "c") (kg:photographer "p") }
      ?a ?p ?who ; kg:position ?pos . ?who rdfs:label ?name }"""
    found = {(int(r["pos"]), r["role"], r["name"]) for r in sample_build[2].query(q).values()}
    assert found == {(1, "r", "张晶"), (1, "p", "孙妍"), (2, "r", "盛丽"), (3, "r", "孙妍"), (3, "p", "孙妍"),
                     (4, "r", "崔欣"), (4, "c", "宋雅欣"), (5, "r", "马超"), (6, "r", "边磊"), (7, "r", "王路曼"),
                     (8, "r", "马超")}


def test_sample_provenance_points_into_the_file(sample_build, sample_path):
    raw = sample_path.read_text(encoding="utf-8")
    q = """PREFIX kg: <https://w3id.org/kg-union/ontology#>
    SELECT ?anchor ?s ?e ?sentence WHERE { ?m a kg:Mention ; kg:anchor ?anchor ; kg:start ?s ; kg:end ?e ;
        kg:inSentence/kg:text ?sentence }"""
    rows = sample_build[2].query(q).values()
    assert len(rows) > 80
    for r in rows:
        span = raw[int(r["s"]):int(r["e"])]
        flat = "".join(span.split()).replace("(", "（").replace(")", "）").replace(",", "，")
        assert flat == "".join(r["anchor"].split())
        assert r["anchor"] in r["sentence"] or r["sentence"] in r["anchor"] or "\n" in r["anchor"]


def test_sample_relative_dates_resolve_against_the_inferred_year(sample_build):
    q = """PREFIX kg: <https://w3id.org/kg-union/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX schema: <https://schema.org/>
    SELECT ?d WHERE { ?e rdfs:label "劳模工匠交流活动"@zh ; schema:startDate ?d }"""
    assert sample_build[2].query(q).values() == [{"d": "2023-05-11"}]
