"""select: one reading per span; statistical guesses do not cut across the rules' persons and unions."""

from kg.select import _crossing_guesses
from kg.types import Mention
from tests.helpers import analyse


def _m(label, s, e, ex, score=1.0):
    return Mention(label, s, e, "x" * (e - s), ex, score=score)


def test_guess_crossing_a_rule_person_is_dropped_but_one_containing_it_is_kept():
    rule = _m("Person", 10, 13, "person", 1.5)
    crossing = _m("Person", 11, 14, "ner", 0.6)
    containing = _m("Organization", 8, 16, "ner", 0.6)
    elsewhere = _m("Person", 20, 23, "ner", 0.6)
    pool = [rule, crossing, containing, elsewhere]
    assert _crossing_guesses(pool, "x" * 30) == {1}


def test_final_mentions_never_overlap_on_a_real_article():
    doc = analyse("怀柔区人大常委会副主任、区总工会主席王立新表示，全区职工要向劳动模范学习。"
                  "北京市总工会职工服务中心在雁栖湖畔举办交流活动。", city="北京")
    named = sorted((m.start, m.end) for m in doc.mentions if m.label not in ("Date",)
                   and not m.attrs.get("parent_of"))
    spans = [m for m in doc.mentions if m.label not in ("Date",)]
    assert spans, named
    for a in spans:
        for b in spans:
            if a is b or a.span == b.span:
                continue
            inside = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            assert not (a.start < b.end and b.start < a.end) or inside, (a, b)


def test_a_name_inside_a_works_title_is_a_mention_of_no_person():
    from tests.helpers import names

    text = "纪录片《劳模何芳》今晚播出。"
    doc = analyse(text)
    assert [m.attrs.get("partial") for m in doc.mentions if m.label == "Person" and m.text == "何芳"]
    assert all(m.attrs.get("partial") for m in doc.mentions if m.label == "Person")
    assert names(text, "Person") == set()


def test_guesses_that_read_as_places_are_dropped_everywhere_in_the_article():
    from kg.select import _not_persons

    doc = analyse("俄军在哈尔科夫、顿涅茨克等地区巩固阵地。哈尔科夫市区遭到打击。")
    s = doc.text.index("哈尔科夫")
    t = doc.text.index("哈尔科夫", s + 1)
    pool = [Mention("Person", a, a + 4, "哈尔科夫", "ner", score=0.6) for a in (s, t)]
    assert _not_persons(doc, pool) == {0, 1}
