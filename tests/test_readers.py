"""Readers: pages with front matter, sidecars and banners; JSONL records; clear errors naming file and line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kg.errors import SourceError
from kg.readers import find_files, read_sources
from kg.readers.jsonl import read_jsonl
from kg.readers.page import read_page


def test_readers_page_plain(sample_path):
    (src,) = list(read_page(sample_path))
    assert src.id == "000_05f10b227ac319df"
    assert src.meta.banner == "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面"
    assert src.meta.date is None
    assert src.fields["file"] == sample_path.read_text(encoding="utf-8")


def test_readers_page_front_matter(tmp_path):
    p = tmp_path / "page.md"
    p.write_text("---\nnewspaper: 劳动午报\ndate: 2023-05-12\npage: 第3版\ncity: 北京\nurl: http://x.cn/p3\n---\n"
                 "# 要闻\n\n## 甲\n\n正文。\n", encoding="utf-8")
    (src,) = list(read_page(p))
    assert src.meta.newspaper == "劳动午报"
    assert src.meta.date == dt.date(2023, 5, 12)
    assert (src.meta.page, src.meta.city, src.meta.url) == ("第3版", "北京", "http://x.cn/p3")
    assert src.fields["file"][src.content_start:].startswith("# 要闻")


def test_readers_page_sidecar(tmp_path):
    p = tmp_path / "p1.txt"
    p.write_text("## 甲\n正文。\n", encoding="utf-8")
    (tmp_path / "p1.meta.toml").write_text('newspaper = "北京日报"\ndate = 2024-04-26\n', encoding="utf-8")
    (src,) = list(read_page(p))
    assert (src.meta.newspaper, src.meta.date) == ("北京日报", dt.date(2024, 4, 26))


def test_readers_page_date_in_file_name(tmp_path):
    p = tmp_path / "ldwb_2023-05-12_03.txt"
    p.write_text("正文。", encoding="utf-8")
    assert next(read_page(p)).meta.date == dt.date(2023, 5, 12)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"## \xe7\x94\xb2\n\xff\xfe bad", "not UTF-8", 2),
        (b"   \n\n  ", "empty page", None),
        (b"---\ndate: 2023-13-40\n---\ntext", "bad date", 2),
        (b"---\ncolour: red\n---\ntext", "unknown metadata key", 2),
        (b"---\ndate: 2023-05-01\n", "never closed", 1),
        (b"---\ndate: 2023-05-01\ntext", "not 'key: value'", 3),
    ],
)
def test_readers_page_errors_name_file_and_line(tmp_path, content, message, line):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(SourceError) as err:
        list(read_page(p))
    assert message in str(err.value)
    assert err.value.path == str(p)
    assert err.value.line == line


def test_readers_jsonl_records(tmp_path):
    p = tmp_path / "news.jsonl"
    rows = [{"id": "a1", "title": "标题", "date": "2020-01-02", "source": "人民日报", "url": None, "text": "正文一。"},
            {"title": "无编号", "text": "正文二。"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    a, b = list(read_jsonl(p))
    assert (a.id, a.title, a.meta.newspaper, a.meta.date, a.line) == ("a1", "标题", "人民日报", dt.date(2020, 1, 2), 1)
    assert a.fields == {"title": "标题", "text": "正文一。"}
    assert b.id == "news-2" and b.meta.date is None


@pytest.mark.parametrize(
    ("lines", "message", "line"),
    [
        (['{"id": "a", "text": "好"}', '{"id": "b", "text": "坏"'], "not valid JSON", 2),
        (['["a list"]'], "must be a JSON object", 1),
        (['{"id": "a"}'], "has neither 'text' nor 'title'", 1),
        (['{"id": "a", "text": "x", "date": "yesterday"}'], "bad date", 1),
        ([""], "empty file", None),
    ],
)
def test_readers_jsonl_errors_name_file_and_line(tmp_path, lines, message, line):
    p = tmp_path / "bad.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SourceError) as err:
        list(read_jsonl(p))
    assert message in str(err.value)
    assert err.value.line == line


def test_readers_jsonl_record_with_only_a_title_is_an_article_of_its_title(tmp_path):
    from kg.split import split_articles

    p = tmp_path / "feed.jsonl"
    rows = [{"id": "t1", "title": "怀柔区总工会举行劳模座谈会", "text": ""}, {"id": "t2", "text": "正文。"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first, _ = read_jsonl(p)
    (art,) = list(split_articles(first))
    assert art.title == "怀柔区总工会举行劳模座谈会" and art.text.startswith(art.title)


def test_readers_jsonl_record_holding_a_page_is_split_into_its_articles(tmp_path):
    from kg.split import split_articles

    text = "## 第一篇\n\n本报讯 怀柔区总工会举办活动。\n\n## 第二篇\n\n延庆区总工会开展慰问。"
    rec = {"id": "page-1", "title": "某报 第5版", "article_ids": ["a-1", "a-2"], "text": text}
    other = {"id": "page-2", "title": "", "text": "前言。\n## 甲\n一。"}
    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n" + json.dumps(other, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    first, second = read_jsonl(p)
    arts = list(split_articles(first))
    assert [(a.id, a.title) for a in arts] == [("a-1", "第一篇"), ("a-2", "第二篇")]
    # offsets point into the record's text field
    a = arts[1]
    i = a.text.index("延庆区总工会")
    field, s, e = a.offsets.to_source(i, i + 6)
    assert field == "text" and text[s:e] == "延庆区总工会"
    # without article_ids (or text before the first title) the ids are numbered
    assert [a.id for a in split_articles(second)] == ["page-2-01", "page-2-02"]


def test_readers_folders_recurse_and_skip_other_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.txt").write_text("甲。", encoding="utf-8")
    (tmp_path / "b.md").write_text("乙。", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.meta.toml").write_text("", encoding="utf-8")
    assert [p.name for p in find_files([tmp_path])] == ["p.txt", "b.md"]
    assert len(list(read_sources([tmp_path]))) == 2


def test_readers_missing_and_unknown(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        find_files([tmp_path / "nope.txt"])
    (tmp_path / "x.pdf").write_bytes(b"x")
    with pytest.raises(SourceError, match="unknown kind of source"):
        find_files([tmp_path / "x.pdf"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(SourceError, match="no readable sources"):
        find_files([empty])
