"""Facts about a whole page that its articles need: which city a bare 市 means, which year 今年 is."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable

from kg.lexicon import Division, lexicon
from kg.scan import Wordlist

__all__ = ["city_counts", "infer_city", "infer_year", "page_context"]

_YEAR = re.compile(r"(?<![\d-])((?:19[5-9]|20\d)\d)年")


def city_counts(text: str) -> Counter[str]:
    """How often each prefecture-level city (or municipality) is named, its districts included.

    Examples
    --------
    >>> city_counts("怀柔区总工会和北京市总工会、延庆职工")["北京市"]
    3
    """
    lx = lexicon()
    names = _names()
    counts: Counter[str] = Counter()
    for m in _name_list().finditer(text):
        d = names[m.word][0]
        city: Division | None = None
        if d.level == "prefecture":
            city = d
        elif d.is_district:
            city = lx.city_of(d)
        elif d.code in _MUNICIPALITIES:
            city = lx.divisions.get(d.code[:2] + "0100")
        if city is not None:
            counts[city.name] += 1
    return counts


@functools.cache
def _name_list() -> Wordlist:
    return Wordlist(_names())


_MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


@functools.cache
def _names() -> dict[str, list[Division]]:
    """Names worth counting: full names, short city names, and short district names of municipalities."""
    out: dict[str, list[Division]] = {}
    for name, divs in lexicon().by_name.items():
        d = divs[0]
        if d.level == "county" and name != d.name and d.parent[:2] + "0000" not in _MUNICIPALITIES:
            continue  # short county names elsewhere are too often ordinary words
        if (len(name) >= 2 and len(divs) == 1) or d.level in ("prefecture", "province"):
            out[name] = divs
    return out


def infer_city(text: str, minimum: int = 2) -> str | None:
    """The city a text is about, if one is named at least ``minimum`` times and most often.

    Examples
    --------
    >>> infer_city("北京市总工会……怀柔区……延庆区")
    '北京市'
    """
    counts = city_counts(text)
    if not counts:
        return None
    (best, n), *rest = [*counts.most_common(2), ("", 0)]
    if n >= minimum and n > rest[0][1]:
        return best
    return None


def infer_year(text: str) -> int | None:
    """The year a page was probably published in: its most frequent explicit year (2023年).

    Examples
    --------
    >>> infer_year("2023年五一劳动奖……“2023年市直机关”……1949年")
    2023
    """
    years = Counter(int(y) for y in _YEAR.findall(text))
    if not years:
        return None
    return max(years.items(), key=lambda kv: (kv[1], kv[0]))[0]


def page_context(texts: Iterable[str], city: str | None, date: dt.date | None, default_city: str = "") -> dict:
    """Context shared by every article of a page: ``city``, ``year``, ``date`` and how they were found."""
    whole = "\n".join(texts)
    ctx: dict = {"date": date, "date_inferred": False}
    if city:
        lx = lexicon()
        d = lx.division(city) or lx.division(city + "市")
        ctx["city"], ctx["city_from"] = (d.name if d else city), "metadata"
    else:
        found = infer_city(whole)
        if found:
            ctx["city"], ctx["city_from"] = found, "text"
        elif default_city:
            ctx["city"], ctx["city_from"] = default_city, "configuration"
    if date is not None:
        ctx["year"] = date.year
    else:
        year = infer_year(whole)
        if year:
            ctx["year"], ctx["date_inferred"] = year, True
    return ctx
