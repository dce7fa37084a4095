"""Dates and times: 2023年5月11日, 5月11日, 11日, 昨天, 近日, 今年, resolved against the page date
(今天/昨天 after a dateline such as 本报北京5月10日电 against the dateline's day)."""

from __future__ import annotations

import datetime as dt
import re

from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["dates", "resolve_date"]

_DATE = re.compile(
    r"(?<!\d)(?=\d)(?:(?P<y>(?:19|20)\d\d)年)?(?:(?P<m>1[0-2]|0?[1-9])月)?(?:(?P<d>3[01]|[12]\d|0?[1-9])[日号])?"
)
_RELATIVE = {
    "今天": (0, "day"), "今日": (0, "day"), "昨天": (-1, "day"), "昨日": (-1, "day"),
    "前天": (-2, "day"), "明天": (1, "day"), "明日": (1, "day"),
    "近日": (0, "recent"), "日前": (0, "recent"), "近期": (0, "recent"), "此前": (0, "before"),
    "今年": (0, "year"), "去年": (-1, "year"), "明年": (1, "year"), "前年": (-2, "year"),
    "本月": (0, "month"), "上月": (-1, "month"), "下月": (1, "month"),
}
_REL_RE = re.compile("|".join(sorted(_RELATIVE, key=len, reverse=True)))
#: A dateline (本报北京5月10日电, 新华社华盛顿3月2日电): the day the report was filed, which its 今天 means.
_DATELINE = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日电")
#: How far into an article a dateline may stand (after the title and a byline).
_DATELINE_REACH = 160


def resolve_date(
    year: int | None, month: int | None, day: int | None, page: dt.date | None, page_year: int | None
) -> tuple[str | None, str]:
    """ISO value and precision of a date written with some parts missing.

    A missing year is the page's; a month-day later than the page date by more than a
    month belongs to the year before (a January page reporting 12月30日).

    Examples
    --------
    >>> resolve_date(None, 5, 11, dt.date(2023, 5, 12), 2023)
    ('2023-05-11', 'day')
    >>> resolve_date(None, 12, 30, dt.date(2024, 1, 3), 2024)
    ('2023-12-30', 'day')
    >>> resolve_date(None, None, 28, dt.date(2025, 4, 29), 2025)
    ('2025-04-28', 'day')
    >>> resolve_date(None, 5, 11, None, None)
    ('--05-11', 'day')
    """
    if year is None:
        year = page_year
        if page is not None and month is not None:
            try:
                if dt.date(page.year, month, day or 1) - page > dt.timedelta(days=31):
                    year = page.year - 1
            except ValueError:
                return None, "invalid"
    if month is None and day is not None:
        if page is None:
            return None, "day"
        month, year = page.month, page.year
        if day > page.day + 1:  # 28日 on a page of the 3rd is last month
            first = page.replace(day=1) - dt.timedelta(days=1)
            month, year = first.month, first.year
    try:
        if year is not None and month is not None and day is not None:
            return dt.date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, "invalid"
    if year is not None and month is not None:
        return f"{year:04d}-{month:02d}", "month"
    if month is not None and day is not None:
        return f"--{month:02d}-{day:02d}", "day"
    if year is not None:
        return f"{year:04d}", "year"
    return None, "unknown"


def _relative(word: str, page: dt.date | None, year: int | None) -> tuple[str | None, str]:
    shift, unit = _RELATIVE[word]
    if unit == "year":
        return (f"{year + shift:04d}", "year") if year else (None, "year")
    if page is None:
        return None, unit
    if unit == "day":
        return (page + dt.timedelta(days=shift)).isoformat(), "day"
    if unit == "month":
        m = page.month - 1 + shift
        return f"{page.year + m // 12:04d}-{m % 12 + 1:02d}", "month"
    return page.isoformat(), unit  # recent / before: on or before the page date


def _dateline(text: str, page: dt.date | None, year: int | None) -> tuple[dt.date | None, int]:
    """The date of the article's dateline and where it ends (the page date and the end of text if none).

    Examples
    --------
    >>> _dateline("标题\\n本报北京5月10日电（记者 某某）今天……", dt.date(2024, 5, 11), 2024)
    (datetime.date(2024, 5, 10), 13)
    """
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None:
        return page, len(text)
    value, precision = resolve_date(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), page, year)
    if precision != "day" or value is None or value.startswith("--"):
        return page, len(text)
    return dt.date.fromisoformat(value), m.end()


@extractor("dates", assigns=["candidates:Date"])
def dates(doc: Doc) -> list[Mention]:
    """Dates and relative dates, with ISO values resolved against the page's date or year."""
    text = doc.text
    page: dt.date | None = doc.context.get("date")
    year: int | None = doc.context.get("year")
    inferred = bool(doc.context.get("date_inferred"))
    out: list[Mention] = []
    for m in _DATE.finditer(text):
        if m.end() == m.start():
            continue
        y = int(m.group("y")) if m.group("y") else None
        mo = int(m.group("m")) if m.group("m") else None
        d = int(m.group("d")) if m.group("d") else None
        value, precision = resolve_date(y, mo, d, page, year)
        out.append(
            Mention("Date", m.start(), m.end(), m.group(), "dates", name=value,
                    attrs={"value": value, "precision": precision, "inferred": inferred and y is None})
        )
    filed, filed_at = _dateline(text, page, year)
    idx = doc.token_index()
    for m in _REL_RE.finditer(text):
        if idx.tokens and (tok := idx.tokens[idx.at(m.start())]).start < m.start() < tok.end:
            continue  # 光明日报: the word is part of a longer one, no date
        # 今天/昨天 after a dateline count from the day the report was filed, not the page's
        day_word = _RELATIVE[m.group()][1] == "day"
        value, precision = _relative(m.group(), filed if day_word and m.start() >= filed_at else page, year)
        out.append(
            Mention("Date", m.start(), m.end(), m.group(), "dates", name=value,
                    attrs={"value": value, "precision": precision, "relative": True, "inferred": inferred})
        )
    return out
