"""World knowledge from ``kg/data/*.tsv``: divisions, surnames, titles, honours, unions, name heads.

Everything here is true of the world, not of any page: Beijing's districts and their
GB/T 2260 codes, surnames, position titles, honour names. Each file names its source.
Loaded once per process (:func:`lexicon`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources

__all__ = ["Division", "Honour", "Lexicon", "lexicon", "read_tsv"]


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a data file, without comments and blank lines; cells are stripped."""
    text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class Division:
    """An administrative division (GB/T 2260) or a functional zone."""

    code: str
    name: str
    level: str  # province, prefecture, county, zone
    parent: str
    short: tuple[str, ...] = ()

    @property
    def is_district(self) -> bool:
        """County-level divisions and district-level zones are kg Districts."""
        return self.level in ("county", "zone")


@dataclass(frozen=True, slots=True)
class Honour:
    name: str
    recipient: str
    conferred_by: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass
class Lexicon:
    """All background knowledge, indexed for the extractors."""

    divisions: dict[str, Division] = field(default_factory=dict)  # code → division
    by_name: dict[str, list[Division]] = field(default_factory=dict)  # full or short name → divisions
    surnames: dict[str, str] = field(default_factory=dict)  # surname → common/rare
    titles: dict[str, str] = field(default_factory=dict)  # title → kind
    honours: dict[str, Honour] = field(default_factory=dict)  # name or alias → honour
    unions: dict[str, str] = field(default_factory=dict)  # name or alias → canonical name
    union_parent: dict[str, str] = field(default_factory=dict)
    suffixes: dict[str, tuple[str, bool]] = field(default_factory=dict)  # head → (class, needs name)
    venues: dict[str, str] = field(default_factory=dict)  # name or alias → canonical name of a known venue
    organisations: dict[str, str] = field(default_factory=dict)  # name or alias → press name of a national body
    implied: dict[str, str] = field(default_factory=dict)  # title → the body it belongs to when none is written
    countries: tuple[str, ...] = ()  # short names of countries other than China (and 外国, 该国)
    japanese_surnames: frozenset[str] = frozenset()  # the commonest Japanese surnames of two or three characters

    def division(self, name: str, near: str | None = None) -> Division | None:
        """The division called ``name``; among namesakes, the one under ``near`` (a code prefix).

        Examples
        --------
        >>> lexicon().division("怀柔").name
        '怀柔区'
        >>> lexicon().division("朝阳区", near="11").code
        '110105'
        """
        found = self.by_name.get(name)
        if not found:
            return None
        if len(found) == 1 or not near:
            return found[0]
        for d in found:
            if d.code.startswith(near):
                return d
        return found[0]

    def parent(self, d: Division) -> Division | None:
        return self.divisions.get(d.parent)

    def city_of(self, d: Division) -> Division | None:
        """The prefecture-level city (or municipality) a district belongs to."""
        p = self.parent(d)
        while p is not None and p.level not in ("prefecture",):
            p = self.parent(p)
        return p

    def province_of(self, d: Division) -> Division | None:
        return self.divisions.get(d.code[:2] + "0000")


@functools.cache
def lexicon() -> Lexicon:
    """Load every data file once."""
    lx = Lexicon()
    for code, name, level, parent, *rest in read_tsv("divisions.tsv"):
        short = tuple(s for s in (rest[0].split(",") if rest and rest[0] else ()) if s)
        if level == "prefecture" and name.endswith("新区"):
            level = "zone"  # 雄安新区: a new area governed like a district, whatever its code's level
        lx.divisions[code] = Division(code, name, level, parent, short)
    for name, _kind, city, *rest in read_tsv("zones.tsv"):
        aliases = tuple(a for a in (rest[0].split(",") if rest else ()) if a)
        code = "Z" + city + str(len(lx.divisions))
        lx.divisions[code] = Division(code, name, "zone", city, aliases)
    # Municipalities are listed twice (province and prefecture); a name resolves to the
    # most specific level, with counties before cities before provinces.
    order = {"county": 0, "zone": 0, "prefecture": 1, "province": 2}
    for d in sorted(lx.divisions.values(), key=lambda d: (order[d.level], d.code)):
        for n in (d.name, *d.short):
            lx.by_name.setdefault(n, []).append(d)
    for s, cls in read_tsv("surnames.tsv"):
        lx.surnames[s] = cls
    for t, kind, *rest in read_tsv("titles.tsv"):
        lx.titles[t] = kind
        if rest and rest[0]:
            lx.implied[t] = rest[0]
    for name, recipient, body, *rest in read_tsv("honours.tsv"):
        aliases = tuple(a for a in (rest[0].split(",") if rest and rest[0] else ()) if a)
        h = Honour(name, recipient, tuple(b for b in body.split("、") if b), aliases)
        for n in (name, *aliases):
            lx.honours[n] = h
    for name, aliases, parent, _level in read_tsv("unions.tsv"):
        for n in (name, *(a for a in aliases.split(",") if a)):
            lx.unions[n] = name
        if parent:
            lx.union_parent[name] = parent
    for head, cls, needs in read_tsv("suffixes.tsv"):
        lx.suffixes[head] = (cls, needs == "1")
    for name, aliases, _kind in read_tsv("organisations.tsv"):
        for n in (name, *(a for a in aliases.split(",") if a)):
            lx.organisations.setdefault(n, name)
    for name, _city, *rest in read_tsv("venues.tsv"):
        for n in (name, *(a for a in (rest[0].split(",") if rest and rest[0] else ()) if a)):
            lx.venues[n] = name
    lx.countries = tuple(name for (name, *_rest) in read_tsv("countries.tsv"))
    lx.japanese_surnames = frozenset(name for (name, *_rest) in read_tsv("japanese_surnames.tsv"))
    return lx
