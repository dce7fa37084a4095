"""The union structure read off names, and the hierarchy and geography in the graph."""

from __future__ import annotations

import pytest

from kg.hierarchy import division_of, union_parent
from kg.query import run_query
from tests.test_queries import QUERIES


@pytest.mark.parametrize(
    ("union", "parent"),
    [("怀柔区总工会", "北京市总工会"), ("北京市总工会", "中华全国总工会"), ("北京市建筑工会", "北京市总工会"),
     ("通州区青禾街道总工会", "通州区总工会"), ("房山区云溪乡总工会", "房山区总工会"), ("杭州市总工会", "浙江省总工会"),
     ("浙江省总工会", "中华全国总工会"), ("西湖区总工会", None), ("中国海员建设工会", "中华全国总工会"),
     ("北京经济技术开发区总工会", "北京市总工会"), ("北京市政务服务中心工会", None), ("中华全国总工会", None),
     # autonomous prefectures by their short name with 州; a district written with its city; counties under cities
     ("恩施州总工会", "湖北省总工会"), ("黔东南州总工会", "贵州省总工会"), ("福州市鼓楼区总工会", "福州市总工会"),
     ("福州市鼓楼区教育工会", "鼓楼区总工会"), ("利津县总工会", "东营市总工会"), ("胶州市总工会", "青岛市总工会"),
     ("中国铁路总工会", "中华全国总工会"), ("中国教育工会北京市委员会", "中国教育工会")],
)
def test_hierarchy_union_parent(union, parent):
    if union == "西湖区总工会":  # 西湖区 names districts in 杭州 and 南昌: the first in code order
        assert union_parent(union) in ("杭州市总工会", "南昌市总工会")
    else:
        assert union_parent(union) == parent


def test_hierarchy_federation_names_match_the_extracted_unions():
    from kg.hierarchy import federation
    from kg.lexicon import lexicon
    from tests.helpers import names

    lx = lexicon()
    for written in ("恩施州总工会", "延边州总工会", "怀柔区总工会", "大庆市总工会"):
        (name,) = names(f"{written}召开全委会。", "TradeUnion")
        assert federation(lx.division(written[:-3])) == name


def test_hierarchy_division_of():
    assert division_of("朝阳区望湖职工服务中心").code == "110105"
    assert division_of("北京市总工会").code == "110000"
    assert division_of("某公司工会") is None


def test_hierarchy_query_marks_structure(sample_build):
    rows = run_query(str(QUERIES / "union_hierarchy.rq"), sample_build[2]).values()
    found = {(r["union"], r["parent"], r["bases"]) for r in rows}
    assert ("怀柔区总工会", "北京市总工会", "structure") in found
    assert ("北京市总工会", "中华全国总工会", "structure") in found


def test_hierarchy_text_stated_unit(sample_build):
    q = """PREFIX kg: <https://w3id.org/kg-union/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?c ?p ?basis ?anchor WHERE { ?s rdf:subject/rdfs:label ?c ; rdf:predicate org:subOrganizationOf ;
      rdf:object/rdfs:label ?p ; kg:hierarchyBasis ?basis ; kg:evidence/kg:anchor ?anchor }"""
    rows = sample_build[2].query(q).values()
    assert {"c": "延庆区委宣传部", "p": "延庆区委", "basis": "text", "anchor": "延庆区委常委、宣传部"} in rows


def test_hierarchy_districts_in_city_with_codes(sample_build):
    q = """PREFIX kg: <https://w3id.org/kg-union/ontology#> PREFIX schema: <https://schema.org/>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?d ?code ?city WHERE { ?x a kg:District ; rdfs:label ?d ; skos:notation ?code ;
      schema:containedInPlace/rdfs:label ?city }"""
    rows = {(r["d"], r["code"], r["city"]) for r in sample_build[2].query(q).values()}
    assert ("怀柔区", "110116", "北京市") in rows and ("延庆区", "110119", "北京市") in rows
