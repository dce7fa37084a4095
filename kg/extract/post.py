"""Posts: who holds which title in which organisation, read from the title chain before a name.

怀柔区人大常委会副主任、区总工会主席周某 gives two posts in two organisations; 密云区总工会
党组书记、常务副主席晁某 two titles in one (a title without its own organisation takes
the one before it); 延庆区委常委、宣传部部长马某 makes 宣传部 a unit of 延庆区委.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.lexicon import lexicon, read_tsv
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["ChainItem", "chain_before", "post"]

_MODIFIERS = "(?:原|前|时任)?(?:党组|党委|党工委)?(?:常务副|执行副|副|名誉|代理|第一|首席|驻会|专职)*"
#: Party branches, named in a title after their organisation (西坪村党支部书记).
_BRANCHES = ("党支部", "党总支")
#: Mentions that can hold posts.
ORG_LABELS = ("TradeUnion", "Organization", "Venue", "District", "City", "Province")
_PLACES = ("District", "City", "Province")
#: Units that are only named within a parent (宣传部 of a 区委).
_BARE_UNIT = re.compile(r"^(?:[\u4e00-\u9fff]{2,4})(?:部|办|办公室|处|科|室|局|中心)$")


@dataclass(frozen=True, slots=True)
class ChainItem:
    """One link of a title chain: an organisation (or None), a title, and where they are."""

    start: int
    end: int
    title: str
    org: Mention | None
    honour: Mention | None = None
    head: str = ""  # the known title in a compound one (总监 in 项目安全总监)


@functools.cache
def _title_regex() -> re.Pattern[str]:
    titles = sorted(lexicon().titles, key=len, reverse=True)
    return re.compile(f"{_MODIFIERS}(?:{'|'.join(map(re.escape, titles))})$")


def _mention_ending(doc: Doc, end: int, labels: tuple[str, ...]) -> Mention | None:
    best = None
    for m in doc.mentions:
        if m.end == end and m.label in labels and (best is None or m.start < best.start):
            best = m
    return best


#: A job named by a compound noun that ends in one of these (纺丝工, 核燃料修复师, 助理员).
_JOB_END = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:工|工人|师|员|长|手)$")
#: Words between an organisation and its member's title: 某公司的一名部门经理, 某集团的技师.
_LINK = re.compile(r"(?:的一名|的一位|的|一名|一位)$")
#: Work units named between an organisation and a title (工务段钳工, 带电班副班长, 一号工厂机修钳工).
_UNIT_END = ("班", "段", "车间", "队", "组", "工厂", "分厂", "厂", "站", "科", "室")
#: Last characters of words that name a body, not a kind of work (局, 公司, 协会): a compound title
#: without an organisation before it does not take them in (草原局|党组书记 is not one title).
_BODY_END = (*"局会部委厅司处科院所校团班站厂党乡镇村州市县区省国社馆店网报台室办段", "中心", "公司", "集团")
#: Units a title is the head of (班长 of a 班, 工序长 of a 工序): 采煤班班长 names its unit twice.
_HEAD_UNITS = ("工序", "车间", "班", "组", "队", "段", "站")
#: Parts of speech a compound title is made of (项目|安全|总监, 高级|焊接|技师, 网约|车|驾驶员).
_COMPOUND_POS = ("n", "vn", "b", "v", "an")


@dataclass(frozen=True, slots=True)
class _Title:
    """A title found before ``pos``: where its chain item starts, where the title starts, its body."""

    start: int
    title_start: int
    org: Mention | None
    head: str


def _title_at(doc: Doc, floor: int, pos: int) -> _Title | None:
    """The title ending at ``pos`` and the organisation right before it.

    A title may be a compound (项目经理, 机修钳工, 高级焊接技师): the nouns before a known
    title are taken into it, up to an organisation, a link word (某公司的技师) or a word
    that is not part of a noun compound. A work unit between the organisation and the
    title (工务段钳工) is a unit of that organisation, not part of the title.
    """
    text = doc.text
    idx = doc.token_index()
    m = _title_regex().search(text, max(floor, pos - 12), pos)
    if m is not None and idx.tokens[idx.at(m.start())].start != m.start():
        # 值班|主任 holds 班主任: a shorter title that starts a word is the one written
        later = _title_regex().search(text, m.start() + 1, pos)
        if later is not None and idx.tokens[idx.at(later.start())].start == later.start():
            m = later
    core = m.start() if m else None
    if m is not None:
        # 云溪乡党委|副书记: an organisation that took in the 党委 the title pattern would start with
        inner = [o for o in doc.mentions if o.start < m.start() < o.end < pos and o.label in ORG_LABELS]
        if inner:
            body = max(inner, key=lambda o: o.end)
            rest = _title_regex().search(text, body.end, pos)
            if rest is None or rest.start() != body.end:
                # 外交部长: the body's last character is the title's first (外交部 + 部长)
                return _Title(body.start, m.start(), body, m.group())
            m, core = rest, body.end
    if core is not None:
        tok = idx.tokens[idx.at(core)]
        if (tok.start < core and _mention_ending(doc, core, ORG_LABELS) is None
                and not text[tok.start : core].endswith(_BODY_END)):
            core = max(tok.start, floor)  # 项目经理 is one word: the title is all of it (协会|会长 is not)
    if core is None:
        job = _JOB_END.search(text, max(floor, pos - 8), pos)
        if job is None or not _nominal(doc, job.start(), pos):
            return None
        inner = [o.end for o in doc.mentions if job.start() < o.end < pos and o.label in ORG_LABELS]
        core = max(inner, default=job.start())  # 某有限公司|电缆工: the job starts after the organisation
        while core < pos - 1 and _mention_ending(doc, core, ORG_LABELS) is None and not _nominal(doc, core, pos):
            core += 1
        k = idx.at(core)
        while k < len(idx.tokens) and idx.tokens[k].end < pos:
            if idx.tokens[k].start >= core and idx.tokens[k].text.endswith(_BODY_END):
                core = idx.tokens[k].end  # 管理科|工作人员: the job follows the body's name
            k += 1
    head = text[m.start() if m else core : pos]
    org = _mention_ending(doc, core, ORG_LABELS)
    if org is not None:
        return _Title(org.start, core, org, head)
    place = _mention_ending(doc, core - 1, _PLACES) if text[core - 1 : core] == "委" else None
    if place is not None:  # 武汉市委书记: the Party committee of a place named just before
        return _Title(place.start, core, Mention("Organization", place.start, core, text[place.start : core], "post"),
                      head)
    start = core
    bounded = False  # did the compound stop at a word that cannot be part of it?
    for _ in range(3):  # 项目|经理, 机修|钳工, 特种熔融|焊接|工
        k = idx.ending_at(start)
        if k is None:
            bounded = True
            break
        tok = idx.tokens[k]
        if start - tok.start + (pos - start) > 10:
            break
        if tok.pos == "m" and start < core and text[start:core].endswith(_UNIT_END):
            pass  # 一号|工厂: a numbered unit
        elif tok.text == "兼" or not tok.pos.startswith(_COMPOUND_POS) or tok.pos.startswith(("nr", "ns", "nt")):
            bounded = tok.pos[0] not in "mq"  # 780|路|驾驶员: a number names a route or a unit, not a job
            break
        start = tok.start
        org = _mention_ending(doc, start, ORG_LABELS)
        if org is not None:
            return _Title(org.start, start, org, head)
    else:
        bounded = idx.ending_at(start) is None or not idx.tokens[idx.ending_at(start)].pos.startswith(_COMPOUND_POS)
    for s in (start, core) if start < core else (core,):
        link = _LINK.search(text, max(floor, s - 3), s)
        org = _mention_ending(doc, link.start(), ORG_LABELS) if link else None
        if org is not None and (s == core or bounded or text[start - 1] == "的"):
            return _Title(org.start, s, org, head)
    if start < core and not _names_body(doc, start, core) and (
            m is None or (bounded and idx.tokens[idx.at(start)].pos[0] != "v")):
        return _Title(start, start, None, head)
    return _Title(core, core, None, head)


def _names_body(doc: Doc, start: int, end: int) -> bool:
    """Does a word in ``[start, end)`` name a body (外交部, 协会), not a kind of work (项目, 网约车)?"""
    idx = doc.token_index()
    k = idx.at(start)
    while k < len(idx.tokens) and idx.tokens[k].end <= end:
        if idx.tokens[k].text.endswith(_BODY_END):
            return True
        k += 1
    return False


def _split_unit(doc: Doc, org: Mention, start: int, head_start: int) -> tuple[Mention | None, int]:
    """A work unit at the front of a compound title, and where the title proper starts.

    采煤班班长 names the unit by its head's title: the unit is dropped (role 班长);
    工务段钳工, 带电班副班长 name a unit of the organisation before them.
    """
    prefix = doc.text[start:head_start]
    if not prefix:
        return None, start
    head = doc.text[head_start:]
    if any(head.startswith(u) and prefix.endswith(u) and len(head) > len(u) for u in _HEAD_UNITS):
        return None, head_start
    idx = doc.token_index()
    best = None
    for k in range(idx.at(start), len(idx.tokens)):
        tok = idx.tokens[k]
        if tok.end > head_start:
            break
        if tok.end - start >= 2 and doc.text[start : tok.end].endswith(_UNIT_END):
            best = tok.end
    if best is None:
        return None, start
    unit = Mention("Organization", start, best, doc.text[start:best], "post", attrs={"unit_of": org})
    return unit, best


def _nominal(doc: Doc, start: int, end: int) -> bool:
    """Do tokens cover ``[start, end)`` exactly, all of them nouns (a job name, not a phrase)?"""
    idx = doc.token_index()
    k = idx.at(start)
    if idx.tokens[k].start != start:
        return False
    while k < len(idx.tokens) and idx.tokens[k].end <= end:
        if not idx.tokens[k].pos.startswith(("n", "vn", "v", "b")) or idx.tokens[k].pos.startswith("nr"):
            return False
        if idx.tokens[k].end == end:
            return True
        k += 1
    return False


def _org_with_title(doc: Doc, pos: int) -> _Title | None:
    """An organisation mention that took the title in (中共中央政治局常委): the body and where the title starts.

    >>> # 中共中央政治局常委 → (中共中央政治局, 常委)
    """
    org = _mention_ending(doc, pos, ("Organization",))
    if org is None:
        return None
    m = _title_regex().search(org.text, 2)
    if m is None:
        return None
    start = org.start + m.start()
    body = Mention(org.label, org.start, start, org.text[: m.start()], "post")
    return _Title(org.start, start, body, m.group())


def chain_before(doc: Doc, person: Mention) -> list[ChainItem]:
    """The chain of titles and honours right before ``person``, left to right."""
    return _chain(doc, person.start, doc.sentence_at(person.start).start)


def _chain(doc: Doc, pos: int, floor: int) -> list[ChainItem]:
    """The chain of titles and honours ending at ``pos``, not before ``floor``, left to right."""
    text = doc.text
    items: list[ChainItem] = []
    while pos > floor:
        hon = _mention_ending(doc, pos, ("Honour",))
        if hon is not None:
            items.append(ChainItem(hon.start, pos, hon.name or hon.text, None, hon))
            pos = hon.start
        else:
            found = _org_with_title(doc, pos) or _title_at(doc, floor, pos)
            if found is None:
                break
            org = found.org
            title_start = found.title_start
            if lexicon().titles.get(text[title_start : pos - len(found.head)]) == "job":
                title_start = pos - len(found.head)  # 电工班长: the head of the electricians' team, 班长
            if org is not None and title_start < pos - len(found.head):
                unit, title_start = _split_unit(doc, org, title_start, pos - len(found.head))
                org = unit or org
            title = text[title_start:pos]
            if org is not None and title.startswith(_BRANCHES) and title[3:] in ("书记", "副书记"):
                # 西坪村党支部书记: the Party branch of the village is the body, 书记 the post
                org = Mention("Organization", title_start, title_start + 3, title[:3], "post",
                              attrs={"unit_of": org, "branch": True})
                title = title[3:]
            items.append(ChainItem(found.start, pos, title, org, head=found.head))
            pos = found.start
        if pos > floor and text[pos - 1] in "、兼":
            pos -= 1
            continue
        break
    items.reverse()
    return items


def _present(title: str) -> str:
    """A title without the mark of a former post: 原县委书记 → 县委书记, 时任国家副主席 → 国家副主席."""
    return title.removeprefix("时任") if title.startswith("时任") else title.lstrip("原前")


@functools.cache
def _roles() -> dict[str, str]:
    """The title alone of written forms that hold their body (全国人大代表 → 代表), from titles.tsv."""
    return {row[0]: row[3] for row in read_tsv("titles.tsv") if len(row) > 3 and row[3]}


def _kind(head: str) -> str | None:
    """The kind of a title (post, job, seat, media); a compound one ending in 工, 师 or 员 is a job."""
    kind = lexicon().titles.get(head.lstrip("副"))
    if kind is None and _JOB_END.fullmatch(head) and head.endswith(("工", "工人", "师", "员")):
        return "job"
    return kind


def _role(title: str) -> str:
    """The role a written title states: 全国人大代表 → 代表, 主席 → 主席."""
    return _roles().get(title, title)


def _implied(title: str, start: int, end: int) -> Mention | None:
    """The body a title belongs to when the text names none (国家主席 → 中华人民共和国)."""
    body = lexicon().implied.get(title.lstrip("副").lstrip("常务"))
    if body is None and title.startswith("副"):
        body = lexicon().implied.get(title[1:])
    if body is None:
        return None
    return Mention("Organization", start, end, title, "post", name=body, attrs={"implied": True})


@functools.cache
def _foreign_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a country (``kg/data/countries.tsv``), with its party, government or parliament,
    ending right before a title; and of a country starting a chain."""
    names = "|".join(sorted(lexicon().countries, key=len, reverse=True))
    end = re.compile(f"(?:{names})(?:[\u4e00-\u9fff]{{0,8}}?(?:党|党中央|中央|政府|议会|国会|委员会)|共和国|王国)?$")
    return end, re.compile(f"(?:{names})")


def _foreign(doc: Doc, person: Mention, chain: list[ChainItem]) -> bool:
    """Is ``person`` written as holding office abroad (泰国总理某, 老挝人民革命党中央总书记某)?

    The country (or its party, government or parliament) ends right before the title chain or
    starts it: 访问泰国的李某总理 is not.
    """
    start = chain[0].start if chain else person.start
    text = doc.text
    foreign_end, foreign_start = _foreign_res()
    return bool(foreign_end.search(text, max(0, start - 20), start)
                or foreign_start.match(text, start, person.start))


def _shared_chain(doc: Doc, person: Mention, persons: dict[int, Mention]) -> list[ChainItem]:
    """The titles a list of names shares: 全国总工会副主席甲、乙、丙 gives 乙 and 丙 the post of 甲.

    Not when the name with the titles is itself in a list of titled names (甲公司电缆工A、乙公司主任B、C).

    Honours are left out (who was honoured is the conferral extractor's business).
    """
    text = doc.text
    prev = person
    for _ in range(12):
        if text[prev.start - 1 : prev.start] != "、" or (prev := persons.get(prev.start - 1)) is None:
            return []
        chain = chain_before(doc, prev)
        if any(item.honour is None for item in chain):
            # 甲公司电缆工A、乙公司主任B、C: a list of people with their own titles shares none
            head = chain[0].start
            if text[head - 1 : head] == "、" and head - 1 in persons:
                return []
            return [item for item in chain if item.honour is None]
    return []


@functools.cache
def _after_regex() -> re.Pattern[str]:
    titles = sorted((t for t, k in lexicon().titles.items() if k == "post"), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, titles))})")


#: A name, then the verb that gives its post: 某是某公司的一名部门经理, 某当选为某工会主席, 某，某公司董事长.
_VERB_AFTER = re.compile(
    r"[，,]?(?:(?:\d{4}年|去年|今年)?(?:首次|再次|又|连续[两三四五六]届|新)?(?:当选为|当选|担任|出任)"
    r"|(?:现|曾|先后|已)?(?:是|系|为|任|担任|出任|兼任|当选为|当选|成为|升任)?)(?:了)?(?:一名|一位)?")
#: A delegate to a Party congress, named by its number: 党的十九大代表, 中国共产党第二十次全国代表大会代表.
_CONGRESS = re.compile(r"(?:党的|中共|中国共产党第)[一二三四五六七八九十]{1,3}(?:大|次全国代表大会)(?=代表)")
_CLAUSE_END = re.compile(r"[，。；！？,;!?]|$")


def _chain_after(doc: Doc, person: Mention) -> list[ChainItem]:
    """The titles a clause right after ``person`` gives it, when the whole clause is a title chain.

    张某是某公司的一名部门经理, 王某当选为某总工会主席, 李某，某公司董事长 (the apposition must
    name an organisation: 李某，工程师 may be anything).
    """
    text = doc.text
    verb = _VERB_AFTER.match(text, person.end)
    if verb is None or verb.end() == person.end:
        return []
    has_verb = verb.group().lstrip("，,") != ""
    sent = doc.sentence_at(person.start)
    end = _CLAUSE_END.search(text, verb.end(), min(sent.end, verb.end() + 40))
    if end is None or end.start() == verb.end():
        return []
    congress = _CONGRESS.match(text, verb.end(), end.start())
    if congress is not None and congress.end() + 2 == end.start() and verb.group().lstrip("，,"):
        # 某当选党的十九大代表: the congress is the body, 代表 the seat
        body = Mention("Organization", congress.start(), congress.end(), congress.group(), "post")
        return [ChainItem(congress.start(), end.start(), "代表", body)]
    chain = _chain(doc, end.start(), verb.end())
    if not chain or chain[0].start != verb.end() or any(item.honour is not None for item in chain):
        return []
    if not has_verb and all(item.org is None for item in chain):
        return []
    return chain


#: The end of a list of names: 甲、乙等技能人才, 甲等同志.
_LIST_END = re.compile(r"等(?:[\u4e00-\u9fff]{0,6}?(?:人才|人|同志|工人|职工|劳模|工匠|代表|专家))?")


def _list_chain_after(doc: Doc, person: Mention, starts: dict[int, Mention]) -> list[ChainItem]:
    """The titles a verb after a list of names gives each of them: 甲、乙当选…代表, 甲和乙先后兼任….

    A name in the list may have its organisation before it (某公司甲、某集团乙等技能人才当选…).
    Only with a verb (甲、乙，某公司经理 may name the last one alone).
    """
    text = doc.text
    last = person
    for _ in range(8):
        sep = text[last.end : last.end + 1]
        if sep not in ("、", "和", "与", "及"):
            break
        nxt = starts.get(last.end + 1)
        if nxt is None:
            org = next((o for o in doc.mentions if o.start == last.end + 1 and o.label in ORG_LABELS
                        and o.end in starts), None)
            nxt = starts.get(org.end) if org is not None else None
        if nxt is None:
            break
        last = nxt
    tail = _LIST_END.match(text, last.end)
    if tail is not None:
        last = Mention(last.label, last.start, tail.end(), text[last.start : tail.end()], last.extractor)
    if last is person or text[last.end : last.end + 1] in ("，", ","):
        return []
    return _chain_after(doc, last)


#: A sentence that opens at a workplace: 在某公司的车间里，车间主任某正….
_CJK = re.compile(r"[\u4e00-\u9fff]*")
_AT_PLACE = re.compile(r"在([^，。；]{2,40}?)(?:的[^，。；的]{1,10})?(?:里|内|中)?，")


def _workplace(doc: Doc, chain: list[ChainItem]) -> Mention | None:
    """The organisation a sentence opens at, when the chain starts the clause right after it.

    在某公司的精密加工车间，数控车间主任某 → the foreman works at 某公司.
    """
    if not chain:
        return None
    first = chain[0].start
    sent = doc.sentence_at(first)
    m = next(reversed(list(_AT_PLACE.finditer(doc.text, max(sent.start, first - 60), first))), None)
    if m is None or first - m.end() > 4 or not _CJK.fullmatch(doc.text, m.end(), first):
        return None  # 在某公司的车间，(数控)车间主任某: the clause opens with the title
    org = _mention_ending(doc, m.end(1), ("Organization", "TradeUnion"))
    return org if org is not None and org.start == m.start(1) else None


def _without_party(org: Mention) -> Mention:
    """The organisation whose Party committee ``org`` is (某学院党委 → 某学院), else ``org`` itself."""
    for party in ("党委", "党组", "党工委", "党总支", "党支部"):
        if org.text.endswith(party) and len(org.text) > len(party) + 1 and org.label == "Organization":
            return Mention(org.label, org.start, org.end - len(party), org.text[: -len(party)], "post")
    return org


def _chain_posts(person: Mention, chain: list[ChainItem], workplace: Mention | None = None,
                 foreign: bool = False) -> list[Relation]:
    """One post per title of a chain; a unit named in it is made a unit of its parent.

    ``workplace`` is the body of titles the chain gives none (the place the sentence opens at);
    a ``foreign`` office-holder's title implies no Chinese body (某国总理 is not of 国务院).
    """
    out: list[Relation] = []
    last_org: Mention | None = workplace
    for item in chain:
        if item.honour is not None:
            continue
        org = item.org
        implied = _implied(_present(item.title), item.start, item.end) if org is None and not foreign else None
        if implied is not None:
            org = implied  # 中共中央总书记、国家主席: 国家主席 belongs to the state, not to 中共中央
        if org is not None and implied is None:
            if org.attrs.get("unit_of") is not None:  # 工务段 of the company before it
                parent = org.attrs["unit_of"]
                out.append(Relation("subOrganizationOf", org, parent, parent.start, org.end, "post",
                                    attrs={"unit": True}))
            elif last_org is not None and _BARE_UNIT.match(org.text) and not org.attrs.get("local"):
                out.append(Relation("subOrganizationOf", org, last_org, last_org.start, org.end, "post",
                                    attrs={"unit": True}))
            # a Party branch or committee leaves the chain with its organisation (X中心党支部书记、应用研发部部长)
            last_org = org.attrs["unit_of"] if org.attrs.get("branch") else _without_party(org)
        elif org is None:
            org = last_org
        title = item.title
        former = title != _present(title)
        title = _present(title)
        head = _present(item.head or title)
        if org is None and _kind(head) != "job":
            continue  # an office (校长, 代表) without the body it is held in says nothing sure; a job (教授) does
        out.append(Relation("post", person, org, min(item.start, person.start), max(item.end, person.end), "post",
                            attrs={"role": _role(title), "former": former}))
    return out


@extractor("post", requires=["mentions"], assigns=["relations:post", "relations:subOrganizationOf"])
def post(doc: Doc) -> list[Relation]:
    """Posts from title chains before each person; units named inside a chain get their parent."""
    out: list[Relation] = []
    text = doc.text
    persons = {p.end: p for p in doc.mentions if p.label == "Person"}
    starts = {p.start: p for p in persons.values()}
    chains = {p.end: chain_before(doc, p) for p in persons.values()}
    # a name written once as a foreign office-holder (泰国总理某) is foreign wherever else it stands (某总理)
    foreign = {p.name or p.text for p in persons.values() if _foreign(doc, p, chains[p.end])}
    for person in persons.values():
        pname = person.name or person.text
        is_foreign = any(pname.startswith(f) or f.startswith(pname) for f in foreign)
        after = _after_regex().match(text, person.end)
        implied_after = after is not None and lexicon().implied.get(after.group().lstrip("副")) is not None
        while after and lexicon().implied.get(after.group().lstrip("副")) and not is_foreign:
            # 习某总书记, 李某总理, 某总书记、国家主席: titles after the name, whose bodies are implied
            body = _implied(after.group(), after.start(), after.end())
            if body is not None:
                out.append(Relation("post", person, body, person.start, after.end(), "post",
                                    attrs={"role": after.group(), "former": False}))
            after = _after_regex().match(text, after.end() + 1) if text[after.end() : after.end() + 1] == "、" else None
        seat = _seat_after(doc, person) if not is_foreign and not implied_after else None
        if seat is not None:
            out.append(seat)
        chain = chains[person.end]
        if all(item.honour is not None for item in chain):
            # 全国劳动模范马某，是某村党支部书记: honours before the name, the post after it
            chain = chain + (_shared_chain(doc, person, persons) or _chain_after(doc, person)
                             or _list_chain_after(doc, person, starts))
        out += _chain_posts(person, chain, _workplace(doc, chain), is_foreign)
    return _with_employers(out)


#: A seat written after a name as it is addressed in session reports (某委员说, 某代表认为).
_SEAT_AFTER = re.compile(r"(委员|代表)(?=[说表认建介指提告坦谈呼：:，,、。是也还在对深])")
#: The national body of each seat, as the article names it, and its canonical name.
_SEAT_BODY = {"委员": (("全国政协",), "全国政协"), "代表": (("全国人大", "全国人民代表大会"), "全国人民代表大会")}
#: A local body of the same kind: then the seat may be a local one.
_SEAT_LOCAL = {"委员": re.compile(r"[省市区县州旗]政协"), "代表": re.compile(r"[省市区县州旗]人大")}


def _seat_after(doc: Doc, person: Mention) -> Relation | None:
    """A seat after a name whose body only the article gives: 某委员说 in a report on the national CPPCC.

    Only when the article names the national body and no local one of its kind (市政协, 区人大).
    """
    text = doc.text
    m = _SEAT_AFTER.match(text, person.end)
    if m is None or len(person.text) < 2:  # 陈代表: a surname alone names nobody sure
        return None
    seat = m.group(1)
    written, name = _SEAT_BODY[seat]
    if not any(w in text for w in written) or _SEAT_LOCAL[seat].search(text):
        return None
    body = Mention("Organization", m.start(), m.end(), seat, "post", name=name, attrs={"implied": True})
    return Relation("post", person, body, person.start, m.end(), "post", attrs={"role": seat, "former": False})


#: Words for any employee: without an employer they say nothing of a post.
_ANY_EMPLOYEE = ("职工", "员工", "工人")


def _with_employers(rels: list[Relation]) -> list[Relation]:
    """A job written without its workplace takes the one workplace the article gives that person.

    《大国工匠》某集团的特级技师郭某 … 装载机司机郭某: the driver works there too. A person
    with posts in several organisations keeps the job without one; 职工 alone is dropped.
    """
    orgs: dict[str, dict[str, Mention]] = {}
    for r in rels:
        if r.kind == "post" and r.object is not None and not r.object.attrs.get("implied"):
            orgs.setdefault(r.subject.name or r.subject.text, {})[r.object.name or r.object.text] = r.object
    out = []
    for r in rels:
        if r.kind == "post" and r.object is None:
            role = r.attrs["role"]
            if role in _ANY_EMPLOYEE:
                continue
            held = orgs.get(r.subject.name or r.subject.text, {})
            if len(held) == 1 and _kind(role) == "job":
                r = Relation(r.kind, r.subject, next(iter(held.values())), r.start, r.end, r.extractor, attrs=r.attrs)
        out.append(r)
    return out
