"""Administrative divisions: districts and counties (怀柔区, 怀柔), cities (杭州市) and provinces, with GB/T 2260 codes.

Full names are found anywhere. A district's short form (怀柔 for 怀柔区) counts on a
page of its own city, after the city's name (北京怀柔), or before words that only
follow places (怀柔工会, 延庆职工); a county's short form elsewhere only after its
province or city (河北内丘, 黄冈武穴), since short county names are often plain words.
"""

from __future__ import annotations

import functools

from kg.lexicon import Division, lexicon
from kg.registry import extractor
from kg.scan import Wordlist
from kg.types import Doc, Mention

__all__ = ["LABELS", "district"]

#: Ontology class of each division level.
LABELS = {"county": "District", "zone": "District", "prefecture": "City", "province": "Province"}
#: Words after a short district name that show it is the place (怀柔工会, 延庆职工).
_PLACE_FOLLOWERS = ("区", "工会", "总工会", "职工", "县", "籍", "境内", "地区", "辖区", "全区", "当地")
#: Full county names that are also ordinary words (城区, 郊区 …): only after their city.
_WORDLIKE = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "新区", "市中区", "城中区", "城关区"}


@functools.cache
def _names() -> Wordlist:
    return Wordlist(lexicon().by_name)


def _city_code(doc: Doc) -> str | None:
    city = doc.context.get("city")
    if not city:
        return None
    d = lexicon().division(city)
    return d.code[:4] if d else None


def _accept(doc: Doc, d: Division, name: str, start: int, end: int, city: str | None) -> bool:
    text = doc.text
    lx = lexicon()
    full = name == d.name
    before = text[max(0, start - 6) : start]
    parent = lx.parent(d)
    parents = [p for p in (parent, lx.province_of(d)) if p is not None]
    after_parent = any(before.endswith((p.name, *p.short)) for p in parents)
    if name in _WORDLIKE:
        return after_parent
    if full:
        return True
    if d.level in ("province", "prefecture"):
        return (len(name) >= 2 and not text.startswith(("区", "县"), end)) or d.level == "province"
    if after_parent:
        return True
    in_city = city is not None and d.code.startswith(city)
    if in_city and len(name) >= 2:
        return True
    return text.startswith(_PLACE_FOLLOWERS, end) and d.parent[:2] in ("11", "12", "31", "50")


@extractor("district", assigns=["candidates:District", "candidates:City", "candidates:Province"])
def district(doc: Doc) -> list[Mention]:
    """Districts, counties, cities and provinces, full names and checked short forms."""
    lx = lexicon()
    city = _city_code(doc)
    out = []
    text = doc.text
    for start, end, name in _names().finditer(text):
        near = city[:2] if city else None
        d = lx.division(name, near=near)
        if d is None or not _accept(doc, d, name, start, end, city):
            continue
        parent = lx.parent(d)
        municipality = parent is not None and d.level == "prefecture" and parent.name == d.name
        if municipality:
            d = parent  # 北京市 the city is 北京市 the province (GB/T 2260 lists both): one place, 110000
        # 杭州 in 杭州市 is the city; a short name glued to 区/县 is part of a longer full name
        out.append(
            Mention("City" if municipality else LABELS[d.level], start, end, name, "district", name=d.name, score=1.2,
                    attrs={"code": d.code, "level": d.level, "short": name != d.name})
        )
    return out
