"""Person guesses read across words, and names the rules missed: a surname and a title or 某, a verb glued to a
name, a title that is part of another word, lists of phrases or places, transliterations after titles, Tibetan
names, and a Chinese name the recogniser cut one character short."""

from __future__ import annotations

import pytest

from kg.extract.names import is_name, tibetan
from tests.helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "犯罪嫌疑人通过刘某等人在网上加价销售。",  # a surname and 某: no full name
        "谈到高等教育问题，李校长邀请他来学校任教。",  # a surname and a title
        "中方将全力支持俄方金砖国家主席国工作",  # 主席国|工作: a title, then a common word
        "沿江城市加快整治城市长江岸线，岸线更美。",  # 城|市长|江: the title is no word here
        "所在的“杨根思”连官兵认为，训练很重要。",  # a surname and a word for a group
        "景区形成“春赏花、夏避暑、秋品果、冬暖阳”的格局。",  # a list of phrases
        "要促改革、调结构、惠民生、防风险、保稳定。",
        "现在，利雅得、吉达等中心城市均有影院。",  # a list of places
        "其中，小微企业普惠型减税约2500亿元。",  # X型: a kind, not a name
        "还有1人参军入伍。小芳和小芬现在都在读书。",  # pet names, no full names
        "记者来到波斯湾岸边的朱拜勒工业城。",  # a town named by a place
        "低保户住在薛阁街道，生活有了保障。",  # a street
        "剧中有《岁岁柿柿红》中的杨柿红、《麦香》中的麦香。",  # characters of works
    ],
)
def test_person_guesses_that_are_no_names(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆市某区委书记孟立说，“党员、干部要带头。”", {"孟立"}),  # 说 is no given name
        ("国际某某联合会主席因戈里诺在函中说，我们支持中国。", {"因戈里诺"}),  # a transliteration after a title
        ("柬埔寨驻华大使西达诺代表各国使团致辞。", {"西达诺"}),
        ("国际某某联合会主席尼维、秘书长扎格诺斯在函中表示支持。", {"尼维", "扎格诺斯"}),
        ("村民次仁多吉说，今年青稞收成好。", {"次仁多吉"}),  # a Tibetan name: no surname
        ("登山队员王海峰、李建国、旦增等人登顶。", {"王海峰", "李建国", "旦增"}),
        ("全国政协委员辜明远出席会议并发言。", {"辜明远"}),  # 辜, a modern surname
        ("决赛中，中国棋手柯远击败对手，夺得冠军。", {"柯远"}),  # 棋手 before a name
        ("教授彼得·安德鲁·司徒林特来华任教。学生们说，司徒林特很严格。", {"彼得·安德鲁·司徒林特"}),
        ("英国学者罗伯特·加田撰文指出，合作成果丰硕。", {"罗伯特·加田"}),  # 撰文 before 指出
        ("评书传承人、77岁的卢丽华现在依旧坚持每天演出。", {"卢丽华"}),  # an age before a name
        ("55岁的中老年人和68岁的张阿姨都来了。", set()),
        ("胜利必将属于我们。\n（作者为某市人民医院医生，吴雪梅整理）", {"吴雪梅"}),  # a credit in a bracket
        ("资料来源：有关部门（均为本报整理）", set()),
        ("与同是1998年出生的辜明豪、谢文豪、李钦远并称为“四杰”。", {"辜明豪", "谢文豪", "李钦远"}),
        ("新疆某某能源工程股份有限公司（某某能源）在当地施工。“贝安能源经验丰富。”他说。"
         "新疆贝安能源工程股份有限公司员工说。", set()),  # the head of a company's name
    ],
)
def test_person_names_found(text, expected):
    assert names(text, "Person") == expected


def test_tibetan_shapes():
    assert tibetan("扎西次仁") and tibetan("贡布") and not tibetan("白马") and not tibetan("扎西次")
    assert is_name("旦增") and is_name("阿旺群宗")


def test_surname_and_group_word_is_no_name():
    assert not is_name("连官兵") and not is_name("班同学") and is_name("王冠军")
