"""Person-name shapes and the contexts that announce a name (titles before it, verbs after it)."""

from __future__ import annotations

import functools
import re

from kg.clean import is_cjk
from kg.lexicon import lexicon
from kg.segment import segmenter

__all__ = [
    "ADDRESS_WORDS",
    "AFTER_NAME",
    "BEFORE_NAME",
    "NON_NAME_CHARS",
    "NON_NAME_ENDINGS",
    "TITLE_MODIFIERS",
    "TRANSLITERATION",
    "best_name_at",
    "dictionary_compound",
    "is_common_surname",
    "is_name",
    "japanese_name_end",
    "joined_surnames_end",
    "surname_len",
    "tibetan",
    "title_before",
    "transliterated",
]

#: Characters that do not occur in Chinese given names (function words, verbs of speech).
NON_NAME_CHARS = set(
    "的了在是与及等对向从把被将说表也都就还又而但并所其这那于已们个着过该此每各某本"
    "年日时分号名位人员者级届次期第上下内外前后里间时要会应该让使由给跟到去不没无很最更太"
    "即因虽且或啊吗呢吧呀嘛哦哈"
)
#: Surnames that are also common function words (和, 与, 向): such a "name" must not read as word + name.
_FUNCTION_SURNAMES = set("和与及同从对把被将让给为以经过在跟")
#: Characters that end place and organisation names, not given names (怀柔区, 宣传部, 某某庙, 某帝陵).
NON_NAME_ENDINGS = set("省市区县镇乡村街路道部局厅处科院校所站委组队团班室馆宫场园厂矿司会社报台网店业副氏楼庙寺陵")
#: Words that follow a surname as a form of address, not a given name (王师傅, 黄奶奶, 张女士).
ADDRESS_WORDS = frozenset(("师傅", "老师", "同志", "先生", "女士", "总", "夫人", "太太", "小姐", "阿姨", "叔叔",
                           "奶奶", "爷爷", "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "大婶", "婆婆", "伯伯",
                           "阿婆", "老伯", "老汉", "妈妈", "爸爸", "医生", "大夫", "阿叔", "阿姐", "阿哥", "保姆",
                           "姐", "哥", "嫂", "叔", "婶", "姨", "老", "姥姥", "姥爷", "外婆", "外公", "舅舅", "舅妈",
                           "姑姑", "嫂子", "老太", "同学", "岳母", "岳父", "伯父", "伯母", "叔父", "婶婶", "姑妈",
                           "姑父", "姨妈", "姨父", "舅父", "公公"))
#: Words that may follow a name directly (speech and action verbs, list and honorific words).
AFTER_NAME = (
    "说", "表示", "指出", "强调", "介绍", "认为", "坦言", "感慨", "回忆", "告诉", "透露", "解释", "建议",
    "呼吁", "提出", "谈到", "说道", "笑着说", "补充", "表态", "主持", "出席", "参加", "宣读", "致辞",
    "讲话", "发表", "代表", "带领", "率领", "率", "陪同", "获得", "荣获", "获", "当选", "担任", "同志",
    "等", "一行", "在", "向", "为", "对", "与", "和", "及", "同", "也", "还", "则", "就", "从", "已", "曾",
    "将", "是", "的", "了", "被", "作", "做", "所", "带着", "拿着", "正在", "已经", "每天", "今年",
    "却", "又", "便", "才", "都", "更", "一直", "先后", "分别", "首先", "会见", "看望", "慰问", "考察",
    "调研", "听取", "宣布", "签署", "通过", "回信", "致信", "来到", "走进", "深入", "前往", "要求",
    "希望", "勉励", "鼓励", "称", "讲述", "告诉记者", "对记者说", "接受", "带头", "牵头", "出生",
    "生前", "同学", "老师", "师傅", "书记", "主席", "委员", "教授", "先生", "女士", "院士",
    "把", "回应", "承诺", "坦陈", "进行", "认真", "亲自", "专门", "特别", "说明", "提醒", "总结", "负责",
)
#: Generic words that may stand right before a name (besides titles and honours).
BEFORE_NAME = (
    "代表", "职工", "工人", "劳模", "工匠", "大工匠", "师傅", "专家", "教授", "院士", "烈士", "英雄",
    "老人", "市民", "村民", "居民", "学生", "同学", "队员", "党员", "志愿者", "骑手", "快递员", "医生",
    "护士", "民警", "战士", "老师", "选手", "冠军", "获得者", "劳动模范", "先进工作者", "作者", "主人公",
    "总书记", "同志", "丈夫", "妻子", "儿子", "女儿", "父亲", "母亲", "爷爷", "奶奶", "徒弟", "师父",
    "负责人", "创始人", "带头人", "领头人", "传承人", "联系人", "发言人", "主持人", "得主", "获奖者",
    "工友", "同事", "队友", "战友", "员工", "村民", "老乡", "乘客", "游客", "患者", "市民", "农民工", "建设者",
    "大使", "任命", "免去", "棋手", "球员", "导演", "编剧", "作家", "画家", "诗人", "学者", "科学家", "艺术家",
    "名宿", "小将", "老将", "网友", "店主", "摄影师", "机械师", "主播", "播音员",
)
#: Words before a name and words for groups that are no given names (连官兵, 王村民: a surname and people);
#: 英雄, 冠军 and 战士 are given names too.
_GROUP_GIVEN = frozenset({*(w for w in BEFORE_NAME if len(w) >= 2), "官兵", "干部", "群众"}) - {"英雄", "冠军", "战士"}
#: Prepositions and conjunctions that follow names but never end a clause (…同。 is a name's last character).
_CLAUSE_INNER = set("在向为对与和及同从将被把跟")
_PUNCT_AFTER = set("，。、；：！？）」』”’《》（“‘ ,.;:!?()\n")
_MIDDOT = "·"
#: Characters the standard transliteration tables (新华社《世界人名翻译大辞典》) never use, but which news glues
#: to the end of a transliterated name: a verb of speech or an adverb (…博尔穆德斯|称, …格里哈尔瓦|则指出).
NOT_TRANSLITERATION = frozenset("称则说也就还曾将又并即便已正仍却")


#: The characters of the transliteration tables of 新华社《世界人名翻译大辞典》 (English, French, German, Spanish,
#: Russian and Arabic to Chinese): the alphabet foreign names are written in (梅, 列, 多, 夫 …). Many are common
#: characters too (安, 林, 明): a run of them is a transliteration only where a name stands.
TRANSLITERATION = frozenset(
    "阿巴帕达塔加卡扎查萨沙哈瓦法拉马纳亚娃夏埃贝佩德特盖凯泽切塞谢赫韦费莱梅内耶热伊比皮迪蒂吉基齐奇西希维菲利里米"
    "尼丽莉妮娜奥博波多托戈科佐乔索肖霍沃福洛罗莫诺约乌布普杜图古库祖朱楚苏舒胡武富卢鲁穆努尤于厄伯珀格克彻瑟舍"
    "弗勒默安班潘丹坦甘坎赞钱桑尚汉万凡兰曼南扬昂邦庞当唐冈康藏昌杭旺方朗芒因宾平丁廷金津钦辛欣文芬林明宁英翁蓬东"
    "通贡孔宗琼松雄洪丰隆蒙农永容艾拜派戴泰宰柴赛海怀迈奈鲍保道陶高考绍豪劳毛瑙恩本彭登滕根肯曾琴森申亨温伦门嫩"
    "延斯兹茨什尔姆夫娅柳廖纽秋久留休修缪叶列涅捷丘莎琳黛露芙蕾薇雅瑞雷勃别恰威贾杰奎昆麦施汤锡詹哲珍卓彼毕"
    "芭瓜夸罕提依汗"
)


def transliterated(text: str) -> bool:
    """Is ``text`` written wholly in the transliteration alphabet (梅列多夫; not 王东明)?

    Examples
    --------
    >>> transliterated("卡斯托罗夫"), transliterated("王东明")
    (True, False)
    """
    return bool(text) and all(c in TRANSLITERATION for c in text)


#: Function words and adverbs no part of a transliterated name holds (某某·李|在某地, 某某·某|和某某, 某某·某某|要推动):
#: the last part ends there.
_LAST_PART_STOPS = frozenset("在的了是和与及对把被向从要将也还已就又却")


def trim_transliteration(text: str, start: int, end: int) -> int:
    """The end of a transliterated name once glued characters are cut from its last part.

    Examples
    --------
    >>> t = "托马斯·博尔穆德斯称，"
    >>> t[:trim_transliteration(t, 0, 10)]
    '托马斯·博尔穆德斯'
    >>> t = "塞巴斯蒂安·科说，"
    >>> t[:trim_transliteration(t, 0, 8)]
    '塞巴斯蒂安·科'
    """
    last_dot = text.rfind(_MIDDOT, start, end)
    if last_dot < 0:
        return end
    cut = next((i for i in range(last_dot + 2, end) if text[i] in _LAST_PART_STOPS), None)
    if cut is not None:
        end = cut  # 某某·李|在北京南站: a function word ends the last part, whatever follows
    while end - last_dot > 3 and text[end - 1] in NOT_TRANSLITERATION:
        end -= 1
    if end - last_dot == 3 and text[end - 1] in "说称" and text[end : end + 1] in _PUNCT_AFTER:
        end -= 1  # 塞巴斯蒂安·科|说，: a one-character last part, then the verb of speech
    return end
#: Common elements of Tibetan personal names, two characters each, as Chinese writes them (扎西 "auspicious", 次仁
#: "long life", 多吉 "vajra", 卓玛 "tara" …): a Tibetan name is one or two of them, with no surname (旦增, 扎西次仁).
#: Background knowledge of Tibetan naming (the Buddhist and everyday words names are made of), not names from
#: articles. Words that are also common Chinese words (白马 "white horse") are left out.
TIBETAN_ELEMENTS = frozenset((
    "扎西", "次仁", "多吉", "多杰", "旦增", "丹增", "尼玛", "达瓦", "达娃", "格桑", "卓玛", "央金", "拉姆", "平措",
    "顿珠", "贡布", "边巴", "普布", "巴桑", "德吉", "洛桑", "索朗", "索南", "强巴", "白玛", "益西", "阿旺", "昂旺",
    "群培", "曲珍", "仁增", "嘎玛", "罗布", "米玛", "琼达", "次旦", "泽仁", "泽旺", "才让", "才旦", "桑杰", "旺堆",
    "旺姆", "次珠", "旦巴", "尼珍", "德庆", "央宗", "群宗", "措姆", "卓嘎", "拉巴", "巴珠", "土登", "贡嘎", "格勒",
    "加措", "嘉措", "坚参", "坚赞", "江村", "欧珠", "朗杰", "次央", "玉珍", "曲吉", "贡觉", "拉珍", "边珍", "普琼",
    "白珍", "桑珠", "扎巴", "向巴", "旺久", "顿旦", "晋美", "赤列", "赤烈", "仁青", "仁钦", "更登", "根敦", "却吉",
    "巴登", "穷达", "德央", "卓措", "益希", "次吉", "旺秋", "格列", "降央", "达杰", "才仁",
    "玛玛", "多布", "杰布", "吉布", "斯朗", "格来", "然乌", "尼珠", "央拉", "洛追", "罗追", "措吉", "曲尼",
))


def tibetan(text: str) -> bool:
    """Is ``text`` a Tibetan personal name: one or two elements of Tibetan names (旦增, 扎西次仁)?

    Examples
    --------
    >>> tibetan("旦增"), tibetan("扎西次仁"), tibetan("王东明")
    (True, True, False)
    """
    return len(text) in (2, 4) and all(text[i : i + 2] in TIBETAN_ELEMENTS for i in range(0, len(text), 2))


#: Characters that end no Japanese given name but begin the words after a name (田中华|说: a Chinese name).
_JAPANESE_STOPS = frozenset("说称等的在和与及是了对向将被把从为同就还则都又曾已并即表")


def japanese_name_end(text: str, start: int) -> int | None:
    """The end of a Japanese name (a common Japanese surname, then two given-name characters) at ``start``, when
    punctuation or a word that follows names comes after it; None otherwise. Chinese reads 某井某|也 as a
    three-character name and a word; the caller decides whether the article is about Japan.

    Examples
    --------
    >>> t = "导演高木某也，"
    >>> t[2:japanese_name_end(t, 2)]
    '高木某也'
    >>> japanese_name_end("记者田中华说，", 2) is None
    True
    """
    k = next((n for n in (3, 2) if text[start : start + n] in lexicon().japanese_surnames), 0)
    end = start + k + 2
    if not k or end > len(text):
        return None
    given = text[start + k : end]
    if (not all(is_cjk(c) for c in given) or any(c in _JAPANESE_STOPS for c in given)
            or given in ADDRESS_WORDS or given in ("谈话", "讲话")):
        return None  # 河野|先生, 河野|谈话: a surname and a form of address or a word
    freq = segmenter().tokenizer.FREQ
    if any(freq.get(text[end - 1 : end + n], 0) for n in (1, 2)):
        return None  # 高木某|共同, 冈田某|认为: the last character begins a word, the given name has one character
    return end if _after_ok(text, end) else None


def joined_surnames_end(text: str, start: int) -> int | None:
    """The end of a name of Hong Kong style, a husband's surname before a woman's own full name (某陈某某: two
    surnames and a two-character given name), when punctuation or a word that follows names comes after it.

    Examples
    --------
    >>> t = "长官李陈美玲4日宣布"
    >>> t[2:joined_surnames_end(t, 2)]
    '李陈美玲'
    >>> joined_surnames_end("主席王建业说，", 2) is None
    True
    """
    end = start + 4
    if (end > len(text) or surname_len(text[start : start + 2]) != 1 or not is_common_surname(text[start + 1])
            or surname_len(text[start + 1 : start + 3]) != 1 or not is_name(text[start + 1 : end])):
        return None
    freq = segmenter().tokenizer.FREQ
    if freq.get(text[start : start + 2]) or freq.get(text[start + 2 : end], 0) >= 50:
        return None  # 徐徐|拉开, 秦王|点兵: the surnames make a word, or the given name is a word
    return end if _after_ok(text, end) else None


TITLE_MODIFIERS = ("常务副", "执行副", "副", "名誉", "代理", "第一", "原", "前", "首席", "党组", "党委", "驻会")


@functools.cache
def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lx = lexicon()
    single = frozenset(s for s in lx.surnames if len(s) == 1)
    double = frozenset(s for s in lx.surnames if len(s) == 2)
    common = frozenset(s for s, c in lx.surnames.items() if c == "common")
    return single, double, common


def surname_len(text: str) -> int:
    """Length of the surname ``text`` starts with: 2 (欧阳), 1 (王) or 0.

    Examples
    --------
    >>> surname_len("欧阳修"), surname_len("王东明"), surname_len("大家")
    (2, 1, 0)
    """
    single, double, _ = _surnames()
    if text[:2] in double:
        return 2
    if text[:1] in single:
        return 1
    return 0


def is_common_surname(ch: str) -> bool:
    """Is ``ch`` among the common surnames of the 2020 national name report (王, 李, 张 …)?"""
    return ch in _surnames()[2]


#: jieba's dictionary tags many ordinary words as names (宣言, 高峰, 文明); above this
#: frequency a word is taken as a word, whatever its tag.
_WORD_FREQ = 300
#: Tags of words that do not make given names (健康, 安全 in 谈健康, 张安全).
_NOT_GIVEN_TAGS = ("a", "ad", "an", "d", "v", "vn", "vd", "c", "p", "u", "m", "q", "r")


@functools.cache
def _common_word(word: str) -> bool:
    """Is ``word`` an ordinary jieba word rather than a person name (全体, 宣言, 宣传片)?"""
    seg = segmenter()
    freq = seg.tokenizer.FREQ.get(word, 0)
    if not freq:
        return False
    tag = seg.pos.word_tag_tab.get(word, "")
    return freq >= _WORD_FREQ or (not tag.startswith("nr") and freq >= 3)


@functools.cache
def _wordlike_parts(text: str, k: int) -> bool:
    """Does a three-character candidate split into frequent words (劳动|奖, 谈|健康)?"""
    seg = segmenter()
    freq, tags = seg.tokenizer.FREQ, seg.pos.word_tag_tab
    head = text[: k + 1]
    if freq.get(head, 0) >= 1000 and not tags.get(head, "").startswith("nr"):
        return True
    given = text[k:]
    return len(given) == 2 and freq.get(given, 0) >= 2000 and tags.get(given, "").startswith(_NOT_GIVEN_TAGS)


#: Frequency of a three-character dictionary word, and of its first two or last two characters as words, that
#: make it a compound (宿舍|楼, 古|建筑, 牛|羊肉): jieba's dictionary tags many such compounds as names.
_COMPOUND_WHOLE, _COMPOUND_HEAD, _COMPOUND_TAIL = 20, 100, 500


@functools.cache
def dictionary_compound(text: str, whole: int = _COMPOUND_WHOLE) -> bool:
    """Is a three-character would-be name a dictionary compound: a word of jieba's dictionary whose first two
    characters are a word too, not a name (宿舍|楼), or whose last two are a frequent noun (古|建筑, 牛|羊肉)?

    Names the dictionary knows rarely split so (王家屏 is one of few): surname and given name are no words.
    ``whole`` is the least frequency of the whole word (a statistical guess takes rarer ones too: 芦苇|荡).

    Examples
    --------
    >>> dictionary_compound("宿舍楼"), dictionary_compound("古建筑"), dictionary_compound("马克思")
    (True, True, False)
    """
    if len(text) != 3 or surname_len(text) == 2:
        return False  # (欧阳修: a double surname is a dictionary word too)
    seg = segmenter()
    freq, tags = seg.tokenizer.FREQ, seg.pos.word_tag_tab
    if freq.get(text, 0) < whole or tags.get(text, "") == "nrt":
        return False  # (路易斯: a transliterated name)
    head = text[:2]  # (马克|思, 李四|光: a head the dictionary tags as a name is no word)
    return (freq.get(head, 0) >= _COMPOUND_HEAD and not tags.get(head, "").startswith("nr")) or (
        freq.get(text[1:], 0) >= _COMPOUND_TAIL and tags.get(text[1:], "") == "n")


def is_name(text: str, strict: bool = True, lenient: bool = False) -> bool:
    """Does ``text`` have the shape of a Chinese personal name?

    A surname from the surname list, then one or two given-name characters that are
    not function words or name-ending place/organisation characters; or a
    transliterated name with a middle dot. With ``strict``, ordinary dictionary
    words (全体, 高度) are refused; three characters that split into frequent words
    (劳动|奖) always are, unless ``lenient`` (a byline, where only names stand).

    Examples
    --------
    >>> [is_name(n) for n in ("王东明", "欧阳修", "全体", "宣传部", "怀柔区", "阿依古丽·买买提")]
    [True, True, False, False, False, True]
    """
    if _MIDDOT in text:
        parts = text.split(_MIDDOT)
        return all(2 <= len(p) <= 6 and all(is_cjk(c) for c in p) for p in parts) and len(text) <= 16
    if not 2 <= len(text) <= 4 or not all(is_cjk(c) for c in text):
        return False
    if len(text) == 2 and text[0] == text[1]:
        return False  # 殷殷, 默默: a doubled adverb, not a surname and a given name
    if tibetan(text):
        return True
    k = surname_len(text)
    if not k or len(text) - k not in (1, 2):
        return False
    given = text[k:]
    if any(c in NON_NAME_CHARS for c in given) or given[-1] in NON_NAME_ENDINGS:
        return False
    titles = lexicon().titles
    if given in titles or given in ADDRESS_WORDS or given in _GROUP_GIVEN:
        return False  # 马书记, 王师傅, 黄奶奶: a surname and a title or form of address
    if text[:2] in titles or text[1:3] in titles:
        return False  # 班长庾: a title and a surname
    function_word = k == 1 and text[0] in _FUNCTION_SURNAMES
    if function_word and (is_name(text[1:], strict) or segmenter().tokenizer.FREQ.get(given)):
        return False  # 和贾楠, 和孩子: the conjunction, not the surname
    if strict and not lenient and (_common_word(text) or dictionary_compound(text)):
        return False
    return lenient or not (len(text) == 3 and _wordlike_parts(text, k))


#: A day or month right after a name (书记王某3日, 总统某某4月).
_DATE_AFTER = re.compile(r"[0-9０-９]{1,2}(?:日|月)")


def _after_ok(text: str, end: int) -> bool:
    """May a name end at ``end``: punctuation, the end of text, or a word that follows names?"""
    if end >= len(text):
        return True
    if text[end] in _PUNCT_AFTER or _DATE_AFTER.match(text, end):
        return True  # (主席王某3日在…: a date follows a name as a verb does)
    return text.startswith(AFTER_NAME, end)


def best_name_at(text: str, start: int, need_after: bool = True, lenient: bool = False) -> int | None:
    """The end of the most plausible name starting at ``start``, or None.

    Tries lengths 2–4 (the surname's length plus one or two characters) and keeps
    those followed by punctuation or a word that follows names (说, 表示, 出席 …);
    of these, the longer one whose last character does not itself begin such a word.
    With ``lenient`` (a title stands before the name), a name followed by any
    dictionary word is taken when no such word follows (副部长孙某回应).

    Examples
    --------
    >>> t = "主席周立刚在会上表示，劳模何芳说"
    >>> t[2:best_name_at(t, 2)], t[13:best_name_at(t, 13)]
    ('周立刚', '何芳')
    >>> t = "副部长孙尧回应"
    >>> t[3:best_name_at(t, 3, lenient=True)]
    '孙尧'
    """
    k = surname_len(text[start : start + 2])
    if not k:
        for end in (start + 4, start + 2):  # a Tibetan name: no surname (旦增, 扎西次仁)
            if end <= len(text) and tibetan(text[start:end]) and (not need_after or _after_ok(text, end)):
                return end
        return None
    found: list[int] = []
    shaped: list[int] = []
    for g in (2, 1):
        end = start + k + g
        if end > len(text):
            continue
        cand = text[start:end]
        if not is_name(cand):
            continue
        if g == 2 and text.startswith(AFTER_NAME, end - 1) and not (
                text[end - 1] in _CLAUSE_INNER and end < len(text) and text[end] in _PUNCT_AFTER):
            continue  # 林蕾说: the third character begins a word that follows a two-character name
            # (but a preposition cannot end a clause: 司令员孔某同。 ends in a name)
        shaped.append(end)
        if need_after and not _after_ok(text, end):
            continue
        found.append(end)
    if found:
        return found[0]
    if lenient:
        freq = segmenter().tokenizer.FREQ
        for end in shaped:
            if freq.get(text[end : end + 2], 0) >= 3 and not freq.get(text[end - 1 : end + 1], 0):
                return end
    return None


@functools.cache
def _title_regex() -> re.Pattern[str]:
    lx = lexicon()
    words = sorted({*lx.titles, *lx.honours, *BEFORE_NAME}, key=len, reverse=True)
    mods = "|".join(TITLE_MODIFIERS)
    return re.compile(f"(?:(?:{mods})*)(?:{'|'.join(map(re.escape, words))})$")


def title_before(text: str, end: int, window: int = 14) -> tuple[int, str] | None:
    """A title, honour or role word ending exactly at ``end`` (主席, 常务副主席, 全国劳动模范).

    Returns ``(start, title)`` of the longest one, or None.

    Examples
    --------
    >>> title_before("区总工会常务副主席", 9)
    (4, '常务副主席')
    """
    lo = max(0, end - window)
    m = _title_regex().search(text[lo:end])
    if not m:
        return None
    return lo + m.start(), m.group()
