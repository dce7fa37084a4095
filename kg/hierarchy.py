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

__all__ = ["ACFTU", "division_of", "federation", "place_in_name", "union_parent"]

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
    >>> place_in_name("恩施州总工会")[0].name
    '恩施土家族苗族自治州'
    """
    lx = lexicon()
    for n in range(min(len(name) - 1, 12), 1, -1):
        divs = lx.by_name.get(name[:n])
        if divs and name[:n] == divs[0].name:
            return divs[0], name[n:]
    for n in range(min(len(name) - 1, 8), 2, -1):
        # 恩施州总工会: an autonomous prefecture written, as it usually is, by its short name and 州
        if name[n - 1] == "州":
            d = next((d for d in lx.by_name.get(name[:n], ()) if d.name.endswith("自治州")), None)
            if d is not None:
                return d, name[n:]
    return None


def _inner(d: Division, name: str) -> tuple[Division, str] | None:
    """A division inside ``d`` that ``name`` begins with, by its full name, and the rest (福州市|鼓楼区|总工会)."""
    code = d.code[: 2 if d.level == "province" else 4]
    lx = lexicon()
    for n in range(min(len(name) - 1, 12), 1, -1):
        inner = next((x for x in lx.by_name.get(name[:n], ()) if x.code.startswith(code) and x.code != d.code
                      and x.name == name[:n]), None)
        if inner is not None:
            return inner, name[n:]
    return None


def federation(d: Division) -> str:
    """The federation of a division: 北京市 (city or province) → 北京市总工会.

    An autonomous prefecture's is named, as the press and the federations themselves
    name it, by its short name with 州 (恩施州总工会), so each is one node however written.

    Examples
    --------
    >>> from kg.lexicon import lexicon
    >>> [federation(lexicon().division(n)) for n in ("怀柔", "北京市", "恩施土家族苗族自治州")]
    ['怀柔区总工会', '北京市总工会', '恩施州总工会']
    """
    lx = lexicon()
    if d.level == "prefecture" and d.code[:2] in _MUNICIPALITIES:
        d = lx.divisions.get(d.code[:2] + "0000", d)
    if d.name.endswith("自治州"):
        short = next((s for s in d.short if s.endswith("州")), None)
        if short:
            return short + "总工会"
    return d.name + "总工会"


_federation = federation


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
    >>> union_parent("恩施州总工会"), union_parent("福州市鼓楼区总工会")
    ('湖北省总工会', '福州市总工会')
    """
    lx = lexicon()
    if name == ACFTU:
        return None
    if name in lx.union_parent:
        return lx.union_parent[name]
    national = next((u for u, p in lx.union_parent.items()
                     if p == ACFTU and name.startswith(u) and name.endswith("委员会") and len(name) > len(u)), None)
    if national is not None:
        return national  # 中国教育工会北京市委员会: a national industry union's committee in a province or city
    found = place_in_name(name)
    if found is None:
        return None
    d, rest = found
    d, rest = _inner(d, rest) or (d, rest)  # 福州市鼓楼区总工会: the district's, written with its city
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
