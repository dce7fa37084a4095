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

from kg.extract.phrases import LOCAL_PREFIX, grow_left, has_proper_part
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention

__all__ = ["union", "union_name"]

_HEAD = re.compile(
    r"工会工作委员会|工会委员会|工会联合会|总工会|工会|全总(?![结体])"
    r"|(?<=[区市县])总(?=党组|党委|副主席|主席|领导|机关|干部|各部门)"  # 区总, 市总: colloquial short forms
)
_COORDINATED = re.compile(r"(党委|党组|行政|团委)(?:联合|和|与|及|、|会同)$")
#: Towns and streets under a district (云溪乡, 学院路街道).
_TOWNS = ("街道", "镇", "乡", "地区", "社区", "园区")
#: Words in a union's prefix that make it a kind of union, not one union (中国特色社会主义工会).
_GENERIC_PARTS = ("主义", "思想", "精神", "特色", "省级", "市级", "县级", "区级", "地方", "各级", "智慧", "职能")
#: A union named only by the kind of its workplace (公司工会): its owner is named before.
_OWNERS = ("公司", "分公司", "集团", "厂", "医院", "学校", "学院", "大学", "中学", "小学", "单位", "车间", "监狱")


def union_name(prefix: str, head: str) -> tuple[str | None, str | None]:
    """Canonical name of a union from its prefix, or the locality it depends on.

    Returns ``(name, local)``: ``name`` when the text alone settles it, else
    ``local`` (区, 市, 县 …) for the resolver to fill in from context.

    Examples
    --------
    >>> union_name("怀柔", "工会"), union_name("北京市", "总工会"), union_name("区", "总工会")
    (('怀柔区总工会', None), ('北京市总工会', None), (None, '区'))
    >>> union_name("", "全总"), union_name("市直机关", "工会")
    (('中华全国总工会', None), (None, '市'))
    """
    lx = lexicon()
    if head == "总":  # 区总, 市总: the colloquial short form of 区总工会, 市总工会
        head = "总工会"
    whole = prefix + head
    if whole in lx.unions:
        return lx.unions[whole], None
    if not prefix:
        return None, None
    for local in sorted(LOCAL_PREFIX, key=len, reverse=True):
        if prefix.startswith(local):
            rest = prefix[len(local) :]
            if not rest.startswith(("委", "政府")):  # 市委工会 is the union of the 市委: keep as written
                return None, local
    if head in ("工会", "总工会"):
        d = lx.division(prefix)
        if d is not None and (d.is_district or d.level in ("prefecture", "province")):
            if prefix != d.name and prefix[-1] in "区县市州省旗盟":
                return prefix + "总工会", None  # 恩施州总工会: the name as written, with its level
            return d.name + "总工会", None  # 怀柔工会, 怀柔区工会, 北京工会: the division's federation
    # 房山云溪乡总工会: a district's short form before a town or street is its full name
    for n in range(min(len(prefix) - 1, 9), 1, -1):
        divs = lx.by_name.get(prefix[:n])
        if divs:  # the longest division name the prefix starts with
            if divs[0].is_district and prefix[:n] != divs[0].name and prefix[n:].endswith(_TOWNS):
                return divs[0].name + prefix[n:] + head, None
            break
    return whole, None


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
            owner = _owner_kind(doc, m.start())
            named_owner = guessed_orgs.get(m.start()) if head == "工会" else None
            if owner is not None and named_owner is not None and named_owner < m.start() - len(owner):
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
            if (prefix in ("中国", "我国", "台湾地区", "港澳", "全国") and head == "工会") or prefix.endswith("地区"):
                continue  # 中国工会, 全国工会: unions as a whole, not one union
            several = prefix.endswith(("省市", "市县", "县市", "区县", "省区", "市区"))
            if several or (start > 0 and text[start - 1] in "各诸"):
                continue  # 省市总工会, 各县（市）总工会: several unions at once
            if any(part in prefix for part in _GENERIC_PARTS):
                continue
            name, local = union_name(prefix, head)
            attrs: dict = {"head": head}
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
            out.append(Mention("TradeUnion", start, m.end(), text[start : m.end()], "union",
                               name=name, score=1.5, attrs=attrs))
    return out
