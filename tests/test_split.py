"""Splitting pages into articles and articles into sentences."""

from __future__ import annotations

from pathlib import Path

from kg.readers.page import read_page
from kg.split import split_articles, split_sentences
from kg.types import PageMeta, Source

TITLES = [
    "劳模工匠交流活动在京举行",
    "市直机关健康大讲堂走进市政务服务中心",
    "为女干警送健康",
    "怀柔工会今年将组织25场主题参观活动",
    "延庆职工“五月鲜花”文艺演出活动举办",
    "市自来水集团召开劳模先进座谈会",
    "密云百余名专职工会社工集中提“素”",
    "平谷区总工会举办职工书画摄影展",
]


def test_split_sample_page_into_eight_articles(sample_path):
    arts = list(split_articles(next(read_page(sample_path))))
    assert [a.title for a in arts] == TITLES
    assert [a.id for a in arts] == [f"000_05f10b227ac319df-{i:02d}" for i in range(1, 9)]


def test_split_title_offsets_point_into_the_file(sample_path):
    src = next(read_page(sample_path))
    for a in split_articles(src):
        _, s, e = a.offsets.to_source(0, a.title_end)
        assert src.fields["file"][s:e] == a.title


def test_split_file_without_titles_is_one_article():
    src = Source(Path("x.txt"), "x", {"file": "# 版面名\n\n第一段。\n\n第二段。"}, PageMeta())
    (art,) = list(split_articles(src))
    assert (art.id, art.title, art.text) == ("x", "版面名", "版面名\n第一段。\n第二段。")


def test_split_text_before_first_title_is_an_article():
    src = Source(Path("x.txt"), "x", {"file": "导语一句。\n## 甲\n正文。"}, PageMeta())
    assert [a.text for a in split_articles(src)] == ["导语一句。", "甲\n正文。"]


def test_split_jsonl_record_title_and_text_fields():
    src = Source(Path("n.jsonl"), "r1", {"title": "标题", "text": "正文一。\n正文二。"}, PageMeta(), line=3)
    (art,) = list(split_articles(src))
    assert art.text == "标题\n正文一。\n正文二。"
    assert art.offsets.to_source(0, 2) == ("title", 0, 2)
    assert art.offsets.to_source(3, 7) == ("text", 0, 4)


def test_split_jsonl_headlines_keep_their_breaks_where_a_printed_page_rejoins():
    headline = "市总工会与市广播电视台签署宣传合作协议 “技能人才风采”系列节目制作启动"
    body = "市总工会与市广播电视台今天签署宣传合作协议。"
    record = Source(Path("n.jsonl"), "r1", {"title": "题", "text": f"{headline}\n{body}"}, PageMeta(), line=1)
    (art,) = list(split_articles(record))
    assert art.text == f"题\n{headline}\n{body}"
    page = Source(Path("p.txt"), "p", {"file": f"## 题\n{headline}\n{body}"}, PageMeta())
    (art,) = list(split_articles(page))
    assert art.text == f"题\n{headline}{body}"  # print layout: a long line that stops mid-text goes on


def test_split_sentences_keep_quotes_together():
    src = Source(Path("x.txt"), "x", {"file": "## 题\n他说：“好！”我们走。还有……\n末段"}, PageMeta())
    art = next(split_articles(src))
    assert [s.text for s in split_sentences(art)] == ["题", "他说：“好！”", "我们走。", "还有……", "末段"]


WEB_PAGE = (
    "# 《某台新闻》 (20250101)\n\n## 新闻摘要\n\n本期节目主要内容：\n\n1.甲地举行仪式；\n\n"
    "## 详细新闻\n\n### 甲地举行升旗仪式\n\n<p><strong>某台消息</strong>（新闻）：今天，甲地举行升旗仪式。</p>"
    "<p>仪式由甲地总工会主办&nbsp;，约200人参加。</p>\n\n[查看原文](https://tv.example.cn/a.shtml)\n\n"
    "### 乙地迎新年\n\n<p>辞旧迎新，乙地群众载歌载舞。<br>活动持续到深夜。</p>\n"
)


def test_split_a_section_of_stories_into_articles_and_drop_web_markup():
    """## 详细新闻 holds only ### stories: each is an article; HTML tags, entities and links go, offsets hold."""
    src = Source(Path("p.jsonl"), "p", {"title": "《某台新闻》", "text": WEB_PAGE}, PageMeta(), line=1)
    arts = list(split_articles(src))
    assert [a.title for a in arts] == ["新闻摘要", "甲地举行升旗仪式", "乙地迎新年"]
    story = arts[1]
    assert story.text == ("甲地举行升旗仪式\n某台消息（新闻）：今天，甲地举行升旗仪式。\n"
                          "仪式由甲地总工会主办 ，约200人参加。\n查看原文")
    assert arts[2].text == "乙地迎新年\n辞旧迎新，乙地群众载歌载舞。\n活动持续到深夜。"
    raw = src.fields["text"]
    for word in ("某台消息", "甲地总工会主办", "约200人参加", "载歌载舞"):
        art = next(a for a in arts if word in a.text)
        i = art.text.index(word)
        field, s, e = art.offsets.to_source(i, i + len(word))
        assert (field, raw[s:e]) == ("text", word)


def test_split_subheadings_inside_an_article_stay_in_it():
    """### after a ## article's own text are its subheadings, not articles."""
    page = "## 甲\n\n导语一句。\n\n### 一、背景\n\n正文。\n\n## 乙\n\n二。"
    src = Source(Path("x.txt"), "x", {"file": page}, PageMeta())
    arts = list(split_articles(src))
    assert [a.title for a in arts] == ["甲", "乙"]
    assert arts[0].text == "甲\n导语一句。\n一、背景\n正文。"
