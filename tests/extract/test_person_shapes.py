"""Person shapes that news writes and that are no names, or names cut wrong: forms of address, compounds,
things named after people or places, lists of places, transliterations glued to words, short forms."""

from __future__ import annotations

import pytest

from kg.extract.names import dictionary_compound, is_name
from tests.helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "“以前填表任务很重。”小罗回忆说，有时要加班。",  # 小 and a surname: a form of address
        "老宫常年不在家，家里只有老人。",
        "为补贴家用，母亲郑氏常常坐在树下纺线。",  # a surname and 氏
        "但单老一律加以拒绝，并教育他们。",  # a surname and 老
        "笑呵呵地说：“俺牛姥姥来看看大家。”",  # a surname and a kinship word
        "不仅石碑、城墙、古建筑保存完好，古树也被呵护。",  # 古|建筑: a compound of the dictionary
        "新建了陈列室、展厅和碑墙。",
        "全国首颗卫星名为“斯普特尼克一号”。",  # the name of a satellite
        "这里出产一种生啤酒——兰比克啤酒。",  # a transliteration naming a drink
        "去年的惠斯勒世锦赛上，中国队取得突破。",  # a place naming a contest
        "在内蒙古，张呼高铁与京张高铁相连。",  # a railway line
        "著名的古渡口如蒲津渡、茅津渡、白马津、孟津等。",  # a list holding a county lists places
        "带头做新时代王杰式的好战士。",  # X式: in the manner of
        "各地党员干部学习贯彻习近平新时代中国特色社会主义思想。",  # a name inside a doctrine's
    ],
)
def test_person_non_names(text):
    assert names(text, "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("王毅应约同塞内加尔外长阿马杜·巴通电话。", {"王毅", "阿马杜·巴"}),  # a one-character last part
        ("库雷希转达伊姆兰·汗总理的问候。", {"伊姆兰·汗"}),
        ("研究所研究员亚历克·斯塔普和卡勒布·沃特尼认为，形势严峻。", {"亚历克·斯塔普", "卡勒布·沃特尼"}),
        ("报社总编辑阿尔西德斯·弗洛雷斯兴趣十足，频频提问。", {"阿尔西德斯·弗洛雷斯"}),  # an idiom after it
        ("联合国副秘书长阿图尔·哈雷高度评价中国的贡献。", {"阿图尔·哈雷"}),
        ("当地市民瓜达卢佩·安赫尔在演出结束后很激动。", {"瓜达卢佩·安赫尔"}),  # right after a title: whole
        ("同事阿布来提·艾合买提忘不了他。", {"阿布来提·艾合买提"}),  # a syllable that is a verb alone
        ("国务委员兼外交部长王毅4日同外长通电话。", {"王毅"}),  # a date's digit glued to a guess
        ("学院院长阿维杰特表示，两国贸易历史悠久。", {"阿维杰特"}),
        ("（张志伟、张飞、朱勇、刘晓、闻巍参与采写）", {"张志伟", "张飞", "朱勇", "刘晓", "闻巍"}),
        ("副委员长王晨、曹建明、吉炳轩、艾力更·依明巴海、万鄂湘出席会议。",
         {"王晨", "曹建明", "吉炳轩", "艾力更·依明巴海", "万鄂湘"}),
        ("亲历者说\n戚发轫：航天科技集团技术顾问，中国工程院院士。", {"戚发轫"}),  # a profile after a line break
        ("塞尔维亚总理布尔纳比奇将出席会议。", {"布尔纳比奇"}),  # a guess cut short, completed up to 将
        ("布隆迪总统恩库伦齐扎表示，我们很高兴。", {"恩库伦齐扎"}),
        ("同事阿布来提·艾合买提忘不了他。2005年，阿布来提调入他的单位。", {"阿布来提·艾合买提"}),
    ],
)
def test_person_spans_cut_right(text, expected):
    assert names(text, "Person") == expected


def test_person_completion_glues_no_function_word():
    found = names("比赛中，郑赛赛/克雷吉茨科娃以6∶4获胜。", "Person")
    assert "克雷吉茨科娃" in found and "克雷吉茨科娃以" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市长莉达·克鲁森到访南京。克鲁森说，友谊长存。", {"莉达·克鲁森"}),
        ("基金会负责人阿尔温德·古普塔表示，会晤成功。古普塔表示，还要加强合作。", {"阿尔温德·古普塔"}),
        ("总编辑贾迈勒·侯赛因接受采访。贾迈勒表示，中国必胜。", {"贾迈勒·侯赛因"}),
    ],
)
def test_person_transliteration_short_forms_are_the_full_name(text, expected):
    assert names(text, "Person") == expected


def test_person_short_form_shared_by_two_full_names_stays_apart():
    text = "教授约翰·史密斯和工程师约翰·布朗出席。约翰说，合作很好。"
    assert {"约翰·史密斯", "约翰·布朗"} <= names(text, "Person")


def test_person_title_that_begins_a_longer_word_announces_no_name():
    assert names("欧盟将协调有关成员国为中方采购医疗物资。", "Person") == set()


@pytest.mark.parametrize(("text", "compound"), [("宿舍楼", True), ("古建筑", True), ("牛羊肉", True),
                                                ("王东明", False), ("欧阳修", False), ("马克思", False),
                                                ("李四光", False), ("路易斯", False)])
def test_person_dictionary_compounds(text, compound):
    assert dictionary_compound(text) is compound


@pytest.mark.parametrize(("text", "ok"), [("董老", False), ("刘姥姥", False), ("宿舍楼", False), ("石登高", True)])
def test_person_name_shape_of_address_forms_and_compounds(text, ok):
    assert is_name(text) is ok


def test_a_word_running_from_a_job_title_into_the_name_does_not_hide_it():
    # 焊|工程|立华: jieba's 工程 takes the title's last character and the surname; 成员国 holds the whole title
    assert names("全国劳动模范、青松建设集团有限公司焊工程立华讲述了自己的经历。", "Person") == {"程立华"}
    assert names("会上，各成员国为推动合作提出建议。", "Person") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name cut inside its run of transliteration characters goes on to the run's end
        ("某国外长梅丽多夫。梅丽多夫表示，两国关系良好。", {"梅丽多夫"}),  # cut by a title rule (梅丽|多夫)
        ("某国议长格雷恰维赞赏中方的努力。", {"格雷恰维"}),  # before a verb
        ("主席向拉赫莫总统颁授勋章。", {"拉赫莫"}),  # before a title after the name
        ("国家主席致电尼科斯·赫里斯托祖维季斯，祝贺他就任总统。", {"尼科斯·赫里斯托祖维季斯"}),  # a long last part
        # a name joined by a dash is one name
        ("某国总统阿库维—阿多表示，中方强大。", {"阿库维—阿多"}),
        # too long for a Chinese name, before a title
        ("主席同斯托罗卡穆维多夫总统举行会谈。", {"斯托罗卡穆维多夫"}),
        # the last part repeated is the whole dotted name
        ("主席致电卡斯托·罗维兰奇，祝贺他就任总统。愿同罗维兰奇总统一道努力。", {"卡斯托·罗维兰奇"}),
    ],
)
def test_person_transliteration_cut_inside_its_run_is_whole(text, expected):
    assert names(text, "Person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10年前，宁佐卡买了自己的第一台收音机。宁佐卡说，很好用。", {"宁佐卡"}),  # a verb with 了 follows
        ("非洲裔男子泰尔·卡罗斯因警察暴力执法死亡。", {"泰尔·卡罗斯"}),  # a function word follows
        ("议长马丁表示欢迎。", {"马丁"}),
        ("卡斯托罗夫斯克市长则称，说法不实。", set()),  # a city before a place's title
        ("主席王东明同塔吉克斯坦总统举行会谈。", {"王东明"}),  # a country
        ("同时在卡斯托罗夫、维兰特尼卡等多个方向发起攻势。", set()),  # a list of places
        ("会议由卡斯托罗夫、维兰特尼等多国代表出席。", {"卡斯托罗夫", "维兰特尼"}),
        ("不同的是，卡罗娜·维林本赛季已经跑出了3次。", {"卡罗娜·维林"}),  # a word of the text follows
        ("国际部主任卡斯托·维兰米赞道，“这些年变化很大。”", {"卡斯托·维兰米"}),  # a verb follows
    ],
)
def test_person_transliteration_run_stops_at_words(text, expected):
    assert names(text, "Person") == expected
