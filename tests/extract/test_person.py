"""Persons found by context: titles, honours, verbs of speech, lists and repetitions; no name lists."""

from __future__ import annotations

import pytest

from kg.extract.names import is_name
from tests.helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怀柔区人大常委会副主任、区总工会主席王立新在会上表示。", {"王立新"}),
        ("座谈会上，全国劳动模范何芳说。", {"何芳"}),
        ("北京大工匠、某公司驾驶员孙大伟说。", {"孙大伟"}),
        ("今年荣获首都劳动奖章的林雪表示：“我将继续努力。”", {"林雪"}),
        ("青年职工代表芦晓蕾表示：“向劳模学习。”", {"芦晓蕾"}),
        ("李强主持大会，赵乐际、王沪宁、丁薛祥、李希出席。", {"李强", "赵乐际", "王沪宁", "丁薛祥", "李希"}),
        ("团结在以习近平同志为核心的党中央周围。", {"习近平"}),
        ("延庆区委常委、宣传部部长马红梅，区总工会主席贺立新等领导出席活动。贺立新发表致辞。",
         {"马红梅", "贺立新"}),
        ("阿依古丽·买买提表示，要把技术传下去。", {"阿依古丽·买买提"}),
    ],
)
def test_person_found_by_context(text, expected):
    assert names(text, "Person") == expected


@pytest.mark.parametrize(
    "text",
    ["全体职工表示支持。", "北京工匠宣言草案形成。", "专家谈健康、心理关爱网络课堂。",
     "历届劳模代表、劳动奖代表观看演出。", "怀柔区、科学城、雁栖湖和宣传部都参加了活动。"],
)
def test_person_words_that_look_like_names_are_not(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize(("text", "ok"), [("王东明", True), ("欧阳修", True), ("马红", True), ("宣传部", False),
                                          ("怀柔区", False), ("高度", False), ("宣言", False)])
def test_person_name_shape(text, ok):
    assert is_name(text) is ok


def test_person_glued_title_is_split_off():
    assert names("劳动模范何芳说，区总工会主席周立刚表示。", "Person", city="北京") == {"何芳", "周立刚"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 来说 is a word: the name before the speech verb ends before 来
        ("对樊禹来说，收藏火花并不仅是一种爱好。樊禹说，他还会继续收藏。", {"樊禹"}),
        # a one-character adverb or verb after a generic role word is no surname
        ("这是一位掏粪工人常挂在嘴边的话。", set()),
        ("劳务公司经理和总包企业负责人坐在了一起。", set()),
        # after a post title a verb-like surname still starts a name (谈, 任)
        ("大兴区总工会副主席谈静宜介绍，活动持续一个月。", {"谈静宜"}),
        ("黑龙江省总工会权益保障部部长任迎新表示，资金用在关键处。", {"任迎新"}),
        # the segmenter reads a name's last character into the next word (来说), or a guess
        # glues an adverb to a name found elsewhere (正)
        ("对于市车队助理员柏川来说，这是最关键的时候。作为负责人，柏川正利用最后几天抓紧训练。", {"柏川"}),
        # …but a name always written with that character keeps it, and a rare word (文说) takes nothing
        ("云岭乡乡长葛玉才就招呼乡亲们一起观看。“全乡脱贫了。”葛玉才兴奋地说。", {"葛玉才"}),
        ("研究中心主任禹录文说，试点全面推开。禹录文认为，效果明显。", {"禹录文"}),
    ],
)
def test_person_boundaries_and_word_starts(text, expected):
    assert names(text, "Person") == expected


def test_surname_alone_and_doctrines_are_mentions_without_nodes():
    from tests.helpers import resolve

    rd, r = resolve("江主席离开纽约抵达波士顿。大会高举邓小平理论伟大旗帜。")
    partial = [m for m in rd.doc.mentions if m.label == "Person" and m.attrs.get("partial")]
    assert {m.text for m in partial} >= {"江"}
    assert not [e for e in r.entities.values() if e.label == "Person"]
    assert any(u["text"] == "江" for u in r.unresolved)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("意大利专家奥古斯丁·里恩指出，疫情正在好转。", {"奥古斯丁·里恩"}),
        ("市民万达·兰蒂说，她很高兴。", {"万达·兰蒂"}),
        ("托马斯·博尔德斯称，经济将复苏。", {"托马斯·博尔德斯"}),
        ("新疆劳模阿依努尔·买买提说，要好好干。", {"阿依努尔·买买提"}),
    ],
)
def test_person_transliterated_names_leave_out_the_words_around_them(text, expected):
    assert names(text, "Person") == expected
