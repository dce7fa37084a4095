"""kg.scan.Wordlist finds what the equivalent regular expression finds, on real division names."""

import re

from kg.lexicon import lexicon
from kg.scan import Wordlist
from kg.segment import segmenter, viterbi

TEXT = (
    "北京市怀柔区总工会和延庆区总工会在雁栖湖畔举办交流活动，河北省石家庄市、内蒙古自治区呼和浩特市"
    "的劳模代表和北京经济技术开发区、朝阳职工一同参加。怀柔，延庆，密云。"
)


def test_wordlist_matches_the_regex_of_the_same_words():
    names = list(lexicon().by_name)
    rx = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
    expected = [(m.start(), m.end(), m.group()) for m in rx.finditer(TEXT)]
    found = [tuple(f) for f in Wordlist(names).finditer(TEXT)]
    assert found == expected
    assert ("怀柔区" in [w for _, _, w in found]) and len(found) > 8


def test_wordlist_respects_bounds_and_empty_lists():
    w = Wordlist(["北京市", "北京"])
    assert [f.word for f in w.finditer("北京市", 0, 2)] == ["北京"]
    assert list(Wordlist([]).finditer("北京")) == []


def test_fast_viterbi_is_jiebas_path_on_real_text():
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi as jieba_viterbi

    for run in re.findall("[\u4e00-\u9fa5]+", TEXT + "晁怀新马红寰周福刚贺常荣说，习近平总书记强调"):
        assert viterbi(run) == jieba_viterbi(run, char_state_tab_P, start_P, trans_P, emit_P)[1]


def test_segmenter_tags_as_jieba_does():
    import jieba.posseg

    seg = segmenter()
    ref = jieba.posseg.POSTokenizer(seg.tokenizer)
    ref.word_tag_tab = seg.pos.word_tag_tab
    text = TEXT + "全国劳动模范、北京大工匠刘锁祥介绍，今年以来已有200余名职工参加培训。"
    assert [(t.text, t.pos) for t in seg.tokens(text)] == [(p.word, p.flag) for p in ref.cut(text)]
