"""Every saved query in queries/ answers what it says on the sample page."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import parse_binding, query_text, run_query

QUERIES = Path(__file__).resolve().parents[1] / "queries"


def rows(store, name: str) -> list[dict[str, str]]:
    return run_query(str(QUERIES / f"{name}.rq"), store).values()


def test_queries_at_least_eight_saved():
    assert len(list(QUERIES.glob("*.rq"))) >= 8


def test_queries_posts(sample_build):
    found = {(r["person"], r["role"], r.get("organisation")) for r in rows(sample_build[2], "posts")}
    assert ("马红寰", "部长", "延庆区委宣传部") in found
    assert ("刘锁祥", "董事长", "北京市自来水集团") in found
    assert ("孟大鹏", "驾驶员", "北京公共交通控股（集团）有限公司第二客运分公司") in found


def test_queries_union_leaders(sample_build):
    found = {(r["union"], r["role"], r["person"]) for r in rows(sample_build[2], "union_leaders")}
    assert found == {("怀柔区总工会", "主席", "周福刚"), ("延庆区总工会", "主席", "贺常荣"),
                     ("密云区总工会", "党组书记", "晁怀新"), ("密云区总工会", "常务副主席", "晁怀新")}


def test_queries_unions_by_district(sample_build):
    found = {(r["place"], r.get("code"), r["union"]) for r in rows(sample_build[2], "unions_by_district")}
    assert {("怀柔区", "110116", "怀柔区总工会"), ("延庆区", "110119", "延庆区总工会"),
            ("密云区", "110118", "密云区总工会"), ("平谷区", "110117", "平谷区总工会"),
            ("北京市", "110000", "北京市总工会"), ("北京经济技术开发区", None, "北京经济技术开发区总工会"),
            ("北京市", "110000", "北京市直机关工会"), ("北京市", "110000", "北京市政务服务中心工会"),
            ("北京市", "110000", "北京市女子监狱工会")} == found


def test_queries_events_at_venues(sample_build):
    found = {(r["venue"], r["event"]) for r in rows(sample_build[2], "events_at_venues")}
    assert ("北京市工会干部学院（草桥校区）", "劳模工匠交流活动") in found
    assert ("北京市政务服务中心", "市直机关健康大讲堂第二场示范讲座") in found
    first = next(r for r in rows(sample_build[2], "events_at_venues") if r["event"] == "劳模工匠交流活动")
    assert set(first["organisers"].split("、")) == {"中华全国总工会", "北京市总工会"}


def test_queries_reporters_unions(sample_build):
    found = {(r["reporter"], r["union"]) for r in rows(sample_build[2], "reporters_unions")}
    assert {("崔欣", "怀柔区总工会"), ("马超", "延庆区总工会"), ("马超", "平谷区总工会"),
            ("王路曼", "密云区总工会"), ("张晶", "中华全国总工会")} <= found


def test_queries_honours(sample_build):
    found = {(r["honour"], r["person"], r.get("year")) for r in rows(sample_build[2], "honours")}
    assert found == {("全国劳动模范", "何佳", None), ("首都劳动奖章", "廉雪", "2023"), ("北京大工匠", "孟大鹏", None)}


def test_queries_bylines(sample_build):
    found = [(r["role"], r["person"]) for r in rows(sample_build[2], "bylines")]
    assert len(found) == 11 and ("correspondent", "宋雅欣") in found


def test_queries_provenance(sample_build, sample_path):
    raw = sample_path.read_text(encoding="utf-8")
    for r in rows(sample_build[2], "provenance"):
        assert "".join(raw[int(r["start"]):int(r["end"])].split()) == r["person"]


def test_queries_organisers(sample_build):
    found = {(r["organiser"], r["event"]) for r in rows(sample_build[2], "organisers")}
    assert ("密云区总工会", "专职工会社会工作者培训班") in found
    assert ("北京市女子监狱工会", "关爱女干警健康义诊活动") in found


def test_queries_venues_by_district(sample_build):
    found = {(r["venue"], r["place"], r.get("code")) for r in rows(sample_build[2], "venues_by_district")}
    assert ("北京市工会干部学院（草桥校区）", "北京市", "110000") in found
    assert ("北京市政务服务中心", "北京市", "110000") in found


def test_queries_event_details(sample_build):
    found = {r["event"]: r for r in rows(sample_build[2], "event_details")}
    exchange = found["劳模工匠交流活动"]
    assert (exchange["type"], exchange["date"], exchange["venue"]) == (
        "交流活动", "2023-05-11", "北京市工会干部学院（草桥校区）")
    assert set(exchange["organisers"].split("、")) == {"中华全国总工会", "北京市总工会"}
    lecture = found["市直机关健康大讲堂第二场示范讲座"]
    assert (lecture["organisers"], lecture["coOrganisers"]) == ("北京市直机关工会", "北京市政务服务中心工会")
    assert set(lecture["headcounts"].split("; ")) == {"more than 200名", "about 6000人次"}


def test_queries_articles(sample_build):
    found = {r["title"]: r for r in rows(sample_build[2], "articles")}
    assert len(found) == 8
    assert found["劳模工匠交流活动在京举行"]["reporters"] == "张晶"
    assert found["延庆职工“五月鲜花”文艺演出活动举办"]["reporters"] == "马超"
    assert all(int(r["entities"]) > 0 for r in found.values())


@pytest.mark.parametrize("name", ["posts", "honours"])
def test_queries_by_name(name, sample_build, monkeypatch):
    monkeypatch.chdir(QUERIES.parent)
    assert query_text(name) == (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def test_queries_bound_to_one_person_answer_for_them_alone(sample_build):
    bindings = dict([parse_binding("person=晁怀新")])
    found = run_query(str(QUERIES / "posts.rq"), sample_build[2], bindings=bindings).values()
    assert {(r["person"], r["role"], r["organisation"]) for r in found} == {
        ("晁怀新", "党组书记", "密云区总工会"), ("晁怀新", "常务副主席", "密云区总工会")}
    spans = run_query(str(QUERIES / "provenance.rq"), sample_build[2], bindings=bindings).values()
    assert spans and {r["person"] for r in spans} == {"晁怀新"}
    assert all("晁怀新" in r["sentence"] for r in spans)


@pytest.mark.parametrize("text, kind, value, lang, datatype", [
    ("person=张三", "literal", "张三", "zh", None),
    ("?a=<https://example.org/a>", "uri", "https://example.org/a", None, None),
    ('title="A \\"B\\""@en', "literal", 'A "B"', "en", None),
    ("n=42", "literal", "42", None, "http://www.w3.org/2001/XMLSchema#integer"),
    ("d=2024-05-11", "literal", "2024-05-11", None, "http://www.w3.org/2001/XMLSchema#date"),
])
def test_parse_binding_reads_each_kind_of_value(text, kind, value, lang, datatype):
    _, term = parse_binding(text)
    assert (term.kind, term.value, term.lang, term.datatype) == (kind, value, lang, datatype)


@pytest.mark.parametrize("text", ["person", "=x", "a b=1", "a=<not an iri>", 'a="open'])
def test_parse_binding_rejects_malformed(text):
    with pytest.raises(QueryError):
        parse_binding(text)
