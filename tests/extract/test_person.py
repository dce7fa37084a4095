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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # credit lines: print spaces two-character names out (作者：谭 某), several names in a row
        ("作者：谭 雁（某大学教授）", {"谭雁"}),
        ("作者：岳 涛 林子航（分别系某大学教授）", {"岳涛", "林子航"}),
        # the last title of a chain decides where the name starts (董事|顾问|詹姆斯·柯林)
        ("产业合作中心董事顾问詹姆斯·柯林说，合作前景广阔。", {"詹姆斯·柯林"}),
        # a transliterated name ends before a frequent word (多次) and may end in one character (约翰·贝)
        ("墨西哥城市长玛丽娜·洛佩斯多次试乘电车。", {"玛丽娜·洛佩斯"}),
        ("国际田联主席约翰·贝说，“我们希望比赛如期举行。”", {"约翰·贝"}),
        # 以某某为代表: the name ends before 为
        ("以林少华为代表的一批青年技工脱颖而出。", {"林少华"}),
        # a surname and a form of address is no full name
        ("76岁的黄奶奶说：“在这里吃饭很方便。”", set()),
        # a preposition never ends a clause: 齐振同。 is a name, and it is repeated where the segmenter
        # joins its last character to the next word (同到)
        ("冀中军分区司令员齐振同。\n1939年，齐振同到延安学习。", {"齐振同"}),
        # a list's last item ends at the first word after it (等)
        ("座谈会上，赵一鸣、钱芳开、孙立等先后发言。", {"赵一鸣", "钱芳开", "孙立"}),
    ],
)
def test_person_credit_lines_chains_and_name_ends(text, expected):
    assert names(text, "Person") == expected


@pytest.mark.parametrize("text", ["《彭德怀元帅》热播。", "全体会员学习“雷锋号”机车组的事迹。",
                                  "这是对马克思主义的发展。"])
def test_person_names_of_works_ships_and_doctrines_are_no_persons(text):
    assert names(text, "Person") == set()


def _guess(doc, name, start=None):
    from kg.types import Mention

    s = doc.text.index(name) if start is None else start
    return Mention("Person", s, s + len(name), name, "ner", name=name, score=0.6, attrs={"prob": 0.6})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("也门胡塞武装同一天称，胡塞称美英空袭荷台达。", "胡塞"),  # an armed group, everywhere in the article
        ("俄军在哈尔科夫、顿涅茨克等地区巩固阵地。", "哈尔科夫"),  # a list of places
        ("主要是汗尤尼斯以北的地面行动。", "尤尼斯"),  # a place (以北)
        ("卡塔尔外交部29日说。", "卡塔尔"),  # a country
        ("主产区分类施策，抓好冬小麦田管。", "麦田管"),  # a dictionary word runs across its start
        ("覆盖行业从最初的粮油、玉石、肉类等领域拓展。", "玉石"),  # an ordinary word, announced by nothing
        ("其中，休斯敦乔治·布什机场缺勤率上升。", "乔治·布什"),  # the name of an airport
        ("在东明村，郑氏家族十五世同居。", "郑氏"),  # a clan
        ("老挝国家主席本扬表示欢迎。总书记和本扬总书记通了电话。", "和本扬"),  # 和 joins two persons
        ("退役金约合2.6万奥尔特。", "奥尔特"),  # a currency after an amount
    ],
)
def test_person_doubtful_guesses_are_dropped(text, name):
    from kg.extract.person import doubtful_persons
    from tests.helpers import analyse

    doc = analyse(text)
    assert doubtful_persons(doc, [_guess(doc, name)], {0}) == {0}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("匈牙利总理欧尔班18日表示，欧洲面临挑战。", "欧尔班"),  # a title announces it, whatever its end
        ("国务院国资委副主任李镇表示，改革见效。", "李镇"),
        ("郑时龄、常青等知名教授带领团队走访厂房。", "常青"),  # a word, but in a list of names
        ("2015年荣获全国劳动模范称号的李俊，在村里带头成立合作社。", "李俊"),
        ("，和万春还帮助农民架桥。", "和万春"),  # at a clause's start 和 is the surname
    ],
)
def test_person_guesses_with_names_shape_and_context_are_kept(text, name):
    from kg.extract.person import doubtful_persons
    from tests.helpers import analyse

    doc = analyse(text)
    persons = [_guess(doc, name)]
    if name == "常青":
        persons.append(_guess(doc, "郑时龄"))
    assert 0 not in doubtful_persons(doc, persons, set(range(len(persons))))
