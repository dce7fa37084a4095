"""Trade unions: …总工会, …工会, …工会联合会, with the short forms that need their context.

The name is grown leftwards from the head word. What the extractor can name alone it
names (北京市总工会; 怀柔工会 and 怀柔区工会 → 怀柔区总工会; 全总 → 中华全国总工会). Forms that
depend on the article (区总工会, 市直机关工会, 省总工会) carry ``attrs['local']`` and are
named by the resolver from the district or city in context. Generic references
(各级工会, 基层工会) are no entity.
"""

from __future__ import annotations

import functools
import re

from kg.extract.phrases import LOCAL_PREFIX, ORG_VERBS, grow_left, has_proper_part
from kg.hierarchy import federation
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["union", "union_name"]

_HEAD = re.compile(
    r"工会工作委员会|工会委员会|工会联合总会|工会联合会|工会联盟|总工会|工会|全总(?![结体])"
    r"|(?<=[区市县])总(?=党组|党委|副主席|主席|领导|机关|干部|各部门)"  # 区总, 市总: colloquial short forms
)
_COORDINATED = re.compile(r"(党委|党组|行政|团委)(?:联合|和|与|及|、|会同)$")
#: 县（市）总工会, 区、县（市）总工会: a kind of federation with its variants, several unions at once.
_KINDS_IN_BRACKETS = re.compile(r"[省市区县州旗]（[省市区县州旗]）$")
#: Towns and streets under a district (云溪乡, 学院路街道).
_TOWNS = ("街道", "镇", "乡", "地区", "社区", "园区")
#: Words in a union's prefix that make it a kind of union, not one union (中国特色社会主义工会).
_GENERIC_PARTS = ("主义", "思想", "精神", "特色", "省级", "市级", "县级", "区级", "地方", "各级", "智慧", "职能",
                  "最大", "主要")
#: After a union's name: it was a description of a kind (英国教师工会组织——全国教育联盟), not the name.
_DESCRIBED = re.compile(r"组织(?:之一|——|—)")
#: A dash after a description of a union (…工会——, …工会组织之一——): the union's name follows.
_APPOSITION = re.compile(r"(?:组织)?(?:之一)?(?:——|—)")
#: Heads that end the name of a union given after its description.
_APPOSED_HEADS = ("工会", "联合会", "总会", "协会", "联盟", "学院", "公会")
#: Organisations of the people the press lists with 总工会 (共青团、总工会、妇联): a bare 总工会 among
#: them without a place is the national federation.
_PEOPLES_BODIES = ("共青团", "团中央", "青联", "妇联", "全国妇联", "科协", "侨联", "文联", "工商联", "残联")
#: A union named only by the kind of its workplace (公司工会): its owner is named before.
_OWNERS = ("公司", "分公司", "集团", "厂", "医院", "学校", "学院", "大学", "中学", "小学", "单位", "车间", "监狱", "校")
#: Words that end a school's name: 校 in 校工会 (and in 某大学校工会) stands for the school.
_SCHOOLS = ("大学", "学院", "学校", "中学", "小学", "职校", "技校")


def union_name(prefix: str, head: str) -> tuple[str | None, str | None, str]:
    """Canonical name of a union from its prefix, or the locality it depends on, and why it differs.

    Returns ``(name, local, why)``: ``name`` when the text alone settles it, else
    ``local`` (区, 市, 县 …) for the resolver to fill in from context; ``why`` says how the
    name was made when it differs from the text ('' otherwise).

    Examples
    --------
    >>> union_name("怀柔", "工会")[0], union_name("北京市", "总工会")[0], union_name("区", "总工会")[:2]
    ('怀柔区总工会', '北京市总工会', (None, '区'))
    >>> union_name("", "全总")[0], union_name("市直机关", "工会")[:2]
    ('中华全国总工会', (None, '市'))
    >>> union_name("山东东营市利津县", "总工会")[0], union_name("福建厦门", "总工会")[0]
    ('利津县总工会', '厦门市总工会')
    """
    lx = lexicon()
    if head == "总":  # 区总, 市总: the colloquial short form of 区总工会, 市总工会
        head = "总工会"
    whole = prefix + head
    if whole in lx.unions:
        return lx.unions[whole], None, "alias in kg/data/unions.tsv" if lx.unions[whole] != whole else ""
    if not prefix:
        return None, None, ""
    for local in sorted(LOCAL_PREFIX, key=len, reverse=True):
        if prefix.startswith(local):
            rest = prefix[len(local) :]
            if not rest.startswith(("委", "政府")):  # 市委工会 is the union of the 市委: keep as written
                return None, local, ""
    regions, prefix = _drop_regions(prefix)
    why = f"{regions}: the province or city before the name of a division within it" if regions else ""
    if head in ("工会", "总工会"):
        d = lx.division(prefix)
        if d is not None and (d.is_district or d.level in ("prefecture", "province")):
            fed = federation(d)  # 杜尔伯特县 and 杜尔伯特蒙古族自治县, 恩施土家族苗族自治州 and 恩施州: one union each
            if prefix + head != fed:
                why = "; ".join(filter(None, [why, f"{prefix}{head}: the federation of {d.name} (GB/T 2260)"]))
            return fed, None, why  # 怀柔工会, 怀柔区工会, 北京工会: the division's federation
    # 房山云溪乡总工会: a district's short form before a town or street is its full name
    for n in range(min(len(prefix) - 1, 9), 1, -1):
        divs = lx.by_name.get(prefix[:n])
        if divs:  # the longest division name the prefix starts with
            town = prefix[n:]
            if (divs[0].is_district and prefix[:n] != divs[0].name and town.endswith(_TOWNS)
                    and len(town) > len(next(t for t in _TOWNS if town.endswith(t)))):
                # 向阳街道工会 is the street 向阳's union: a town's name must follow the district's
                return divs[0].name + town + head, None, "; ".join(filter(None, [
                    why, f"{prefix[:n]}: short name of {divs[0].name} before a town or street"]))
            break
    return prefix + head, None, why


def _drop_regions(prefix: str) -> tuple[str, str]:
    """Split off provinces and cities written before a division within them (山东东营市|利津县).

    The canonical name of a county's or city's federation starts with its own division
    (利津县总工会), as the press writes it after the first mention.

    Examples
    --------
    >>> _drop_regions("山东东营市利津县"), _drop_regions("浙江省人民医院"), _drop_regions("北京市")
    (('山东东营市', '利津县'), ('', '浙江省人民医院'), ('', '北京市'))
    """
    lx = lexicon()
    dropped = ""
    while True:
        for n in range(min(len(prefix) - 2, 8), 1, -1):
            region = next((d for d in lx.by_name.get(prefix[:n], ()) if d.level in ("province", "prefecture")), None)
            if region is None:
                continue
            code = region.code[: 2 if region.level == "province" else 4]
            rest = prefix[n:]
            if any(d.code.startswith(code) and d.code != region.code and (rest[:k] == d.name or d.level != "province")
                   for k in range(min(len(rest), 10), 1, -1) for d in lx.by_name.get(rest[:k], ())):
                dropped, prefix = dropped + prefix[:n], rest
                break
        else:
            return dropped, prefix


def _national_start(text: str, start: int, end: int) -> int:
    """Where a union name ending at ``end`` starts, no further left than a national union's name.

    The national unions (中华全国总工会, 中国教育工会) have nothing before their names; words
    grown before one belong to the text before it (一条标题启动|中华全国总工会).
    """
    for name in _national_names():
        if end - start >= len(name) and text.startswith(name, end - len(name)):
            return end - len(name)  # the longest national name within the grown span
    return start


@functools.cache
def _national_names() -> tuple[str, ...]:
    """Names and aliases of the national unions, longest first (at least four characters)."""
    return tuple(sorted((n for n in lexicon().unions if len(n) >= 4), key=len, reverse=True))


def _listed_federation(doc: Doc, pos: int, floor: int) -> tuple[str, str] | None:
    """A bare 总工会 in a list takes the place of the list's first item (福州市妇联、总工会 → 福州市总工会).

    Listed with the people's organisations and no place (共青团和青联、总工会、妇联), it is the
    national federation.
    """
    text = doc.text
    if pos <= floor or text[pos - 1] not in "、和与及":
        return None
    begin = pos - 1
    while begin > floor and text[begin - 1] not in "，。；：！？\n“”（）":
        begin -= 1
    items = re.split(r"[、和与及]", text[begin : pos - 1])
    first = items[0]
    lx = lexicon()
    for n in range(min(len(first) - 1, 10), 1, -1):
        d = lx.division(first[:n])
        if d is not None and (d.is_district or d.level in ("prefecture", "province")):
            return federation(d), f"总工会 listed after {first}: the federation of {d.name}"
    after = text[pos + 3 : pos + 8]
    if any(b in items[-1] or after.startswith(b) for b in _PEOPLES_BODIES):
        return "中华全国总工会", f"总工会 listed with the national people's organisations (after {items[-1]})"
    return None


def _committee_end(text: str, name: str, pos: int, limit: int) -> int:
    """End of a national industry union's committee for a division written after its name, else ``pos``.

    Examples
    --------
    >>> t = "中国教育工会北京市委员会召开会议"
    >>> _committee_end(t, "中国教育工会", 6, len(t)), _committee_end(t, "北京市总工会", 6, len(t))
    (12, 6)
    """
    lx = lexicon()
    if lx.union_parent.get(name) != "中华全国总工会":
        return pos
    for n in range(min(10, limit - pos - 3), 1, -1):
        d = lx.division(text[pos : pos + n])
        if d is not None and text[pos : pos + n] == d.name and text.startswith("委员会", pos + n):
            return pos + n + 3
    return pos


def _apposed_name(doc: Doc, pos: int, limit: int) -> tuple[int, int] | None:
    """The union named after a dash that follows its description (英国最大护士工会——皇家护理学院宣布…).

    The name runs over nouns and names up to a date, number, verb or mark, and must end in
    a head that names an association (…联合会, …联盟, …学院 …).
    """
    text = doc.text
    dash = _APPOSITION.match(text, pos)
    if dash is None or not dash.group().endswith("—"):
        return None
    start = dash.end()
    idx = doc.token_index()
    k = idx.at(start)
    end = start
    while k < len(idx.tokens) and idx.tokens[k].start < limit and idx.tokens[k].end - start <= 20:
        tok = idx.tokens[k]
        joined = tok.text in ("和", "与", "及") and end > start  # 火车司机和司炉联合会: a list inside the name
        if tok.start != end or (tok.pos.startswith(("x", "m", "t", "p", "c", "u", "d", "r", "f")) and not joined) or (
                tok.pos.startswith("v") and tok.text not in ORG_VERBS):
            break
        end = tok.end
        k += 1
    while end > start and not text[start:end].endswith(_APPOSED_HEADS):
        end -= 1  # back to the last head inside the run (皇家护理学院|宣布 when jieba joins them)
    return (start, end) if end - start >= 4 else None


def _joint_union(doc: Doc, pos: int, floor: int) -> int | None:
    """Where a union named with 联合 starts (英国联合工会, 德国服务业联合工会), or None.

    联合 ends a name grown leftwards (it is mostly a verb: 联合举办); before 工会 with a country
    or place before it, it is part of the name. 党委联合工会 is the coordinated form, not this.
    """
    text = doc.text
    if pos - 2 <= floor or text[pos - 2 : pos] != "联合" or _COORDINATED.search(text, max(floor, pos - 6), pos):
        return None
    start = grow_left(doc, pos - 2, floor)
    name = text[start : pos - 2]
    lx = lexicon()
    if start < pos - 2 and any(name.startswith(c) for c in lx.countries) and has_proper_part(doc, start, pos - 2):
        return start
    return None


def _chain_owner(doc: Doc, pos: int, floor: int) -> str | None:
    """The organisation a bare 工会 belongs to in a title chain (某油田公司党委副书记、工会主席 X).

    The chain names the organisation once, before its Party committee; the titles after
    the 、 are held in bodies of the same organisation.
    """
    text = doc.text
    if pos <= floor or text[pos - 1] != "、" or not text.startswith(("主席", "副主席", "常务副主席"), pos + 2):
        return None
    for o in [*doc.candidates.get("organization", []), *doc.candidates.get("ner", [])]:
        if o.label != "Organization" or not (pos - 24 <= o.end < pos - 1) or o.start < floor:
            continue
        owner, between = o.text, text[o.end : pos - 1]
        if owner.endswith(("党委", "党组")):  # the recogniser read the committee with its organisation
            owner, between = owner[:-2], owner[-2:] + between
        plain = not any(ch in between for ch in "，。；：、（）")
        if len(owner) >= 4 and between.startswith(("党委", "党组")) and plain and not owner.startswith(LOCAL_PREFIX):
            return owner
    return None


def _whole_token(doc: Doc, start: int, end: int) -> bool:
    idx = doc.token_index()
    tok = idx.tokens[idx.at(start)]
    return tok.start == start


def _owner_kind(doc: Doc, head_start: int) -> str | None:
    """公司 in 在公司工会组织的…: a workplace word right before 工会, itself after a boundary."""
    idx = doc.token_index()
    k = idx.ending_at(head_start)
    if k is None or idx.tokens[k].text not in _OWNERS:
        return None
    before = idx.tokens[k - 1] if k > 0 else None
    if before is None or before.pos.startswith(("p", "x", "v", "c", "u")) or before.text in ("各", "本", "该"):
        return idx.tokens[k].text
    return None


@extractor("union", requires=["tokens", "candidates:District"], assigns=["candidates:TradeUnion"])
def union(doc: Doc) -> list[Mention]:
    """Trade unions, named in full where the text allows and marked for context resolution where not."""
    text = doc.text
    out: list[Mention] = []
    # organisations the statistical recogniser reads, by where they end
    guessed_orgs = {g.end: g.start for g in doc.candidates.get("ner", []) if g.label == "Organization"}
    for sent in doc.sentences:
        for m in _HEAD.finditer(text, sent.start, sent.end):
            head = m.group()
            if head == "工会" and text.startswith(("干部学院", "大学", "学院"), m.end()):
                continue  # a union's cadre college (工会…学院) is a school: the venue extractor takes it whole
            if text.startswith(("法", "章程", "条例", "界"), m.end()):
                continue  # 工会法, 中国工会章程: a law or a document; 工会界: the unions as a sector
            if head == "全总" and not _whole_token(doc, m.start(), m.end()):
                continue  # 安全总监 holds 全总 but is no union
            if head == "工会" and text.startswith("议所", m.end()):
                continue  # 商工会议所: a chamber of commerce
            apposed = _apposed_name(doc, m.end(), sent.end) if head == "工会" else None
            if apposed is not None:  # 英国教师工会组织——全国教育联盟: the kind, then the union's name
                out.append(Mention("TradeUnion", apposed[0], apposed[1], text[apposed[0] : apposed[1]], "union",
                                   score=1.5, attrs={"head": head}))
            if head == "工会" and _DESCRIBED.match(text, m.end()):
                continue
            owner = _owner_kind(doc, m.start())
            named_owner = guessed_orgs.get(m.start()) if head == "工会" else None
            owned = named_owner is not None and text[named_owner : m.start()].endswith(_OWNERS)
            if owned and named_owner < m.start() - 2 - (len(owner) if owner else 0):
                # 某某超市公司工会: the name model reads a named company right before 工会
                out.append(Mention("TradeUnion", named_owner, m.end(), text[named_owner : m.end()], "union",
                                   score=1.5, attrs={"head": head}))
                continue
            if owner is not None and head == "工会":
                # 公司工会, 集团工会: the union of the company named before (resolved in context)
                out.append(Mention("TradeUnion", m.start() - len(owner), m.end(), owner + head, "union", score=1.5,
                                   attrs={"head": head, "owner_kind": owner}))
                continue
            start = _national_start(text, grow_left(doc, m.start(), sent.start), m.end())
            prefix = text[start : m.start()]
            whole_country = prefix in ("中国", "我国", "台湾地区", "港澳", "全国") or prefix in lexicon().countries
            if (head == "工会" and whole_country) or (prefix.endswith("地区") and lexicon().division(prefix) is None):
                continue  # 中国工会, 全国工会, 法国工会: a country's unions as a whole, not one union
            several = prefix.endswith(("省市", "市县", "县市", "区县", "省区", "市区"))
            several = several or _KINDS_IN_BRACKETS.search(prefix) is not None
            if several or (start > 0 and text[start - 1] in "各诸"):
                continue  # 省市总工会, 各县（市）总工会: several unions at once
            if any(part in prefix for part in _GENERIC_PARTS):
                continue
            name, local, why = union_name(prefix, head)
            if head == "工会" and local is None and prefix.endswith("校") and prefix[:-1].endswith(_SCHOOLS):
                name, why = prefix[:-1] + head, f"{prefix}{head}: 校 repeats the school, {prefix[:-1]}"
            attrs: dict = {"head": head}
            if why:
                attrs["why"] = why
            this = text[m.start() - 2 : m.start()] if m.start() - 2 >= sent.start else ""
            if name is None and local is None and this[:1] in "该本" and this[1:] in ("区", "县", "市", "省"):
                # 该区总工会, 本市总工会: the federation of the division in context
                out.append(Mention("TradeUnion", m.start() - 1, m.end(), text[m.start() - 1 : m.end()], "union",
                                   score=1.5, attrs={**attrs, "local": this[1]}))
                continue
            if name is None and local is None and head == "总工会":
                listed = _listed_federation(doc, m.start(), sent.start)
                if listed is not None:
                    attrs["why"] = listed[1]
                    out.append(Mention("TradeUnion", m.start(), m.end(), head, "union", name=listed[0], score=1.5,
                                       attrs=attrs))
                continue
            if name is None and local is None and head == "工会":
                joint = _joint_union(doc, m.start(), sent.start)
                if joint is not None:
                    out.append(Mention("TradeUnion", joint, m.end(), text[joint : m.end()], "union", score=1.5,
                                       attrs=attrs))
                    continue
                chained = _chain_owner(doc, m.start(), sent.start)
                if chained is not None:
                    attrs["why"] = f"工会 in the title chain after {chained}: the union of {chained}"
                    out.append(Mention("TradeUnion", m.start(), m.end(), head, "union", name=chained + "工会",
                                       score=1.5, attrs=attrs))
                    continue
            if name is None and local is None:
                c = _COORDINATED.search(text, sent.start, m.start())
                if head == "工会" and c and c.end() == m.start():
                    owner_start = grow_left(doc, c.start(), sent.start)
                    owner = text[owner_start : c.start()]
                    if len(owner) >= 2 and has_proper_part(doc, owner_start, c.start()):
                        attrs["owner"] = owner
                        out.append(Mention("TradeUnion", m.start(), m.end(), head, "union",
                                           name=owner + "工会", score=1.5, attrs=attrs))
                continue
            if local is None and name == prefix + head and not has_proper_part(doc, start, m.start()):
                continue  # 专职工会, 企业工会: a kind of union, not one union
            if local is not None:
                attrs["local"] = local
            end = _committee_end(text, name, m.end(), sent.end) if name is not None and local is None else m.end()
            if end > m.end():  # 中国教育工会北京市委员会: a national industry union's committee in a province or city
                name = name + text[m.end() : end]
            out.append(Mention("TradeUnion", start, end, text[start:end], "union",
                               name=name, score=1.5, attrs=attrs))
            if name is not None and not why:
                out.extend(_sharing_head(doc, start, prefix, name, sent.start))
    return out


def _sharing_head(doc: Doc, start: int, prefix: str, name: str, floor: int) -> list[Mention]:
    """Divisions listed before a federation share its head: 怀柔、密云区总工会 names 怀柔区总工会 too.

    Only a list of bare division names of the federation's level (怀柔、延庆、密云区总工会).
    """
    lx = lexicon()
    d = lx.division(prefix)
    if d is None or not name.startswith(d.name) or name[len(d.name) :] != "总工会":
        return []
    text = doc.text
    out: list[Mention] = []
    end = start
    while end - 1 > floor and text[end - 1] in "、和及与":
        begin = end - 1
        while begin > floor and text[begin - 1] not in "、和及与，。；：！？\n“”（）":
            begin -= 1
        item = text[begin : end - 1]
        other = lx.division(item, near=d.code[:2]) if 2 <= len(item) <= 8 else None
        if other is None or other.level != d.level or other.code == d.code:
            break
        out.append(Mention("TradeUnion", begin, end - 1, item, "union", name=other.name + "总工会", score=1.5,
                           attrs={"head": "总工会", "why": f"{item}: listed before {text[start:start + len(prefix)]}"
                                  f"总工会, sharing its head"}))
        end = begin
    return out
