"""How Chinese trade unions and places nest, from their names and the general structure of unions.

《中国工会章程》 organises unions by territory and industry: 中华全国总工会 leads the
provincial federations (and, for municipalities, the city federation) and the national
industry unions; a city federation leads its district and county federations and its
city-wide industry unions (市建筑工会); a district federation leads its street and town
unions (X街道总工会, X镇总工会) and its district-wide industry unions. These functions
read that structure off a union's canonical name; kg marks what they give as
``kg:hierarchyBasis "structure"``, apart from what a text states.
"""

from __future__ import annotations

import re

from kg.lexicon import Division, lexicon

__all__ = ["ACFTU", "division_of", "place_in_name", "union_parent"]

ACFTU = "中华全国总工会"
_MUNICIPALITIES = ("11", "12", "31", "50")
_TOWN = re.compile(r".{1,10}?(?:街道|镇|乡|地区)")


def place_in_name(name: str) -> tuple[Division, str] | None:
    """The division a name begins with (its full name), and the rest of the name.

    Examples
    --------
    >>> d, rest = place_in_name("怀柔区教育工会")
    >>> d.name, rest
    ('怀柔区', '教育工会')
    """
    lx = lexicon()
    for n in range(min(len(name) - 1, 12), 1, -1):
        divs = lx.by_name.get(name[:n])
        if divs and name[:n] == divs[0].name:
            return divs[0], name[n:]
    return None


def _federation(d: Division) -> str:
    """The federation of a division: 北京市 (city or province) → 北京市总工会."""
    lx = lexicon()
    if d.level == "prefecture" and d.code[:2] in _MUNICIPALITIES:
        d = lx.divisions.get(d.code[:2] + "0000", d)
    return d.name + "总工会"


def _above(d: Division) -> str:
    """The federation directly above a division's federation."""
    lx = lexicon()
    if d.level == "province" or (d.level == "prefecture" and d.code[:2] in _MUNICIPALITIES):
        return ACFTU
    if d.level == "prefecture":
        return _federation(lx.province_of(d))
    city = lx.divisions.get(d.parent) or lx.province_of(d)
    if city is None:
        return ACFTU
    return _federation(city)


def union_parent(name: str) -> str | None:
    """The union directly above a union, by the structure its name shows, or None.

    Examples
    --------
    >>> [union_parent(n) for n in ("怀柔区总工会", "北京市总工会", "北京市建筑工会", "通州区青禾街道总工会")]
    ['北京市总工会', '中华全国总工会', '北京市总工会', '通州区总工会']
    >>> union_parent("杭州市总工会"), union_parent("中国海员建设工会"), union_parent("某公司工会") is None
    ('浙江省总工会', '中华全国总工会', True)
    """
    lx = lexicon()
    if name == ACFTU:
        return None
    if name in lx.union_parent:
        return lx.union_parent[name]
    found = place_in_name(name)
    if found is None:
        return None
    d, rest = found
    if rest == "总工会":
        return _above(d)
    if rest.endswith(("总工会", "工会")) and _TOWN.match(rest) and d.is_district:
        return _federation(d)  # a street or town union under its district federation
    if rest.endswith("工会") and not rest.endswith("总工会") and not _workplace(rest[:-2]):
        return _federation(d)  # a division-wide industry or organs union: 北京市建筑工会, 怀柔区教育工会
    return None


def _workplace(words: str) -> bool:
    """Does a union's name hold a workplace (…中心, …公司, …监狱)? Then its place in the structure is unknown."""
    heads = [h for h in lexicon().suffixes if len(h) >= 2]
    return any(h in words for h in heads) or words.endswith(("厂", "局", "院", "所", "部"))


def division_of(name: str) -> Division | None:
    """The division a union serves or a venue lies in, when its name begins with one."""
    found = place_in_name(name)
    if found is None:
        return None
    d = found[0]
    if d.level == "prefecture" and d.code[:2] in _MUNICIPALITIES:
        d = lexicon().divisions.get(d.code[:2] + "0000", d)
    return d
