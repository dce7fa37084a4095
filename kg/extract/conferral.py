"""Honour conferrals: who received which honour, in which year, from whom when stated.

The holder is named before the honour (全国劳动模范某某, “大国工匠”某公司钳工某某), between the verb and it
(授予甲、乙同志…称号, 给甲颁发…), as the subject of 荣获/是/作为…代表 (a pronoun standing for the one named
before), beside it (某某（全国劳动模范）), in a list it heads (2018年“大国工匠年度人物”\n甲　…\n乙　…), among
those 推选出 for it, or after 她们是：…, or after 的 and what the holder is (获得“…”称号的女足运动员某某);
honours listed with 、 before a name or a job (湖北省劳模、某公司驾驶员某某) are all the person's; a name that
opens the clause before the verb is its subject even when it was not tagged, for the clauses after it too;
never a unit, a work, the body after 被 or those the subject presents it to. A place or body that opens the sentence (or
an earlier clause) holds the honour of a later clause with no subject of its own (某县…，获评“全国文明城市”称号); a
reporter in a dateline never holds one (据新华社电（记者某某）…), the name after the dateline does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.names import best_name_at, surname_len
from kg.extract.post import chain_before
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["conferral"]

_GOT = re.compile(r"(?:荣获|获得|获评|获授|被授予|授予|被评为|评为|当选为|当选|入选|荣膺|获|身为|作为"
                  r"|追授为|追认为|命名为|批准为)(?:过|了)?“?$")
#: A column or series title naming the honour of the person it presents: 【大国工匠】某某：…, 【大国工匠】…的钳工某某
_COLUMN = re.compile(r"【([^】]{2,12})】\s*([^\n：:]{2,30})")


#: 甲授予/表彰…, 被甲授予…, 由甲颁发…: the body that confers, stated in the sentence.
_BODY_VERB = re.compile(r"授予|表彰|命名|颁发|评选|授予了")


def _body(doc: Doc, hon: Mention) -> Mention | None:
    """The organisation the sentence says confers the honour, if it says one."""
    text = doc.text
    sent = doc.sentence_at(hon.start)
    for m in doc.mentions:
        if m.label in ("TradeUnion", "Organization") and sent.start <= m.start and m.end <= hon.start:
            after = text[m.end : m.end + 8]
            verb = _BODY_VERB.search(after)
            if verb and verb.start() <= 4 and not after[: verb.start()].strip("联合和、及共同决定"):
                return m
    return None


def _relation(person: Mention, hon: Mention, start: int, end: int, doc: Doc | None = None) -> Relation:
    attrs = {"honour": hon.name or hon.text, "year": hon.attrs.get("year"),
             "conferred_by": hon.attrs.get("conferred_by") or None}
    if doc is not None:
        body = _body(doc, hon)
        if body is not None:
            attrs["body"] = body
        if attrs["year"] is None:
            attrs["year"] = _clause_year(doc, hon.start)
    return Relation("honour", person, hon, start, end, "conferral", attrs=attrs)


_YEAR = re.compile(r"((?:19|20)\d\d)年(?!代)")


def _clause_year(doc: Doc, pos: int) -> int | None:
    """A year written earlier in the honour's clause (2020年被…授予…), else None."""
    text = doc.text
    sent = doc.sentence_at(pos)
    clause = max(sent.start, *(text.rfind(c, sent.start, pos) + 1 for c in "，；"))
    years = _YEAR.findall(text, clause, pos)
    if not years:  # 2023年，某某获评…: a year that opens the sentence dates what follows
        lead = _LEAD_YEAR.match(text, sent.start, pos)
        years = [lead.group(1)] if lead else []
    return int(years[-1]) if years else None


#: A sentence opening with its year: 2023年，… / 2005年5月，…
_LEAD_YEAR = re.compile(r"\s*((?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]")


#: The persons an honour is given to, right before it: 授予甲、乙…, 向甲颁授(了)…, 为甲颁发… (the honour's
#: own 中华人民共和国 or quotation mark may stand between).
_GIVEN_TO = re.compile(
    r"(?:(?:授予|追授|颁授|颁发)了?(?P<who>[^，。；：！？、\n“”]{2,40}?(?:、[^，。；：！？、\n“”]{2,12}?)*)"
    r"|(?<![作成认称因以行更视])(?:向|为|给)(?!被)(?P<to>[^，。；：！？\n“”]{2,24}?)(?:颁授|颁发|授予|追授)了?)"
    r"(?:中华人民共和国)?$")


@extractor("conferral", requires=["mentions"], assigns=["relations:honour"])
def conferral(doc: Doc) -> list[Relation]:
    """Honours before a name (全国劳动模范何某), and 荣获…的某, 某荣获… in one clause."""
    text = doc.text
    out: list[Relation] = []
    seen: set[tuple[int, int]] = set()
    # a name inside a doctrine's or a work's (习近平强军思想) is no one who could be honoured there
    persons = [m for m in doc.mentions if m.label == "Person" and not m.attrs.get("partial")]
    honours = [m for m in doc.mentions if m.label == "Honour"]
    for p in persons:
        chain = chain_before(doc, p)
        for item in chain:
            if item.honour is not None and (p.start, item.honour.start) not in seen:
                seen.add((p.start, item.honour.start))
                out.append(_relation(p, item.honour, item.start, p.end, doc))
        # “大国工匠”某公司数控铣工某: an honour right before the chain of titles is the person's too
        first = chain[0].start if chain else p.start
        hon = next((h for h in honours if h.end == first), None)
        if hon is None:  # 某省劳模、某市公交8路驾驶员某某: the honour, 、, then the job; 全国劳模代表、…
            hon = max((h for h in honours if (e := _past_rep(text, h.end)) <= p.start and text[e : e + 1] == "、" and (
                (chain and e + 1 == first) or _JOB_GAP.fullmatch(text, e + 1, p.start))),
                key=lambda h: h.end, default=None)  # the nearest: 甲、乙获得者、某局技师某某 starts from 乙
        while hon is not None and (p.start, hon.start) not in seen:
            seen.add((p.start, hon.start))
            out.append(_relation(p, hon, hon.start, p.end, doc))
            # 全国劳动模范、全国五一劳动奖章获得者某某: the honours listed before it are the person's too
            hon = next((h for h in honours if h.end + 1 == hon.start and text[h.end] == "、"), None)
    for h in honours:  # 全国教书育人楷模、教授、高级技师某某: what the person is, then a name not tagged
        p = _described_name(text, persons, h) or _holder_name(text, persons, h)
        if p is not None and (p.start, h.start) not in seen:
            seen.add((p.start, h.start))
            out.append(_relation(p, h, h.start, p.end, doc))
    untagged: Mention | None = None  # a subject found untagged, for the clauses after it
    for h in honours:
        sent = doc.sentence_at(h.start)
        if not h.attrs.get("recipients"):  # 授予甲首都劳动奖章, 向甲颁授“友谊勋章”: a medal given without 称号
            given = _GIVEN_TO.search(text, max(sent.start, h.start - 40), h.start)
            if given is not None and given.end() == h.start:
                who = given.span("who") if given.group("who") else given.span("to")
                h = replace(h, attrs={**h.attrs, "recipients": who})
        if h.attrs.get("recipients"):  # 授予甲、乙同志…称号, 授予甲等十位…称号。她们是：…
            for q in _recipients(doc, persons, h):
                if (q.start, h.start) not in seen:
                    seen.add((q.start, h.start))
                    out.append(_relation(q, h, min(q.start, h.start), max(q.end, h.end), doc))
            continue
        if h.attrs.get("copula") is not None:  # 张某是北京市劳动模范, 他叫张某，是…
            q = _copula_subject(doc, persons, h.attrs["copula"])
            if q is not None and (q.start, h.start) not in seen:
                seen.add((q.start, h.start))
                out.append(_relation(q, h, min(q.start, h.start), h.end, doc))
            continue
        # 荣获首都劳动奖章的某: the verb before, 的 and the name after
        if _GOT.search(text, max(sent.start, h.start - 8), h.start) or h.attrs.get("listed"):
            after = [p for p in persons if h.end <= p.start <= h.end + 4
                     and text[h.end : p.start].strip("称号荣誉") in ("的", "")]
            title = _TITLE_WORDS.match(text, h.end)
            if not after and text.endswith(("作为", "身为"), 0, h.start) and text.startswith("，", title.end()):
                # 作为全国劳动模范，某某始终…: the subject right after the comma
                after = [p for p in persons if p.start == title.end() + 1]
            if not after and text.startswith("的", title.end()):
                # 获得“亚洲足球小姐”称号的武汉籍女足运动员王霜: the name after what the holder is
                de = title.end()
                after = [p for p in persons if de < p.start <= de + 13 and _DESCRIBED.fullmatch(text, de + 1, p.start)
                         and not any(de < q.start < p.start for q in persons)][:1]
            if not after and text.startswith("的", h.end) and _GOT.search(text, max(sent.start, h.start - 8), h.start):
                end = best_name_at(text, h.end + 1)  # 去年获得全国五一劳动奖章的某某和团队: a name not tagged
                if end is not None and end - h.end - 1 in (2, 3):
                    after = [Mention("Person", h.end + 1, end, text[h.end + 1 : end], "conferral",
                                     name=text[h.end + 1 : end])]
            for p in _following(text, persons, after[0]) if after else []:  # 荣获首都劳动奖章的甲、乙
                if (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end, doc))
            if _collective(h):  # 某公司维修班荣获全国工人先锋号: a team or a company, never a person
                unit = _unit_subject(doc, sent.start, h.start) or _topic_body(doc, sent.start, h.start)
                if unit is not None:
                    out.append(_relation(_whole_unit(doc, unit, h), h, max(unit.start, sent.start), h.end, doc))
                continue
            rest = text[h.end : h.end + 6].lstrip("”称号荣誉")
            rest = re.sub("^的(?:荣誉|光荣)?称号", "", rest)  # 获得了“爱婴医院”的称号
            if not _of_persons(h) and not after and not rest.startswith("的"):
                # 某某景区荣获“人文关怀奖”: a body before the verb holds a prize (not 获得…称号的河湖)
                unit = _unit_subject(doc, sent.start, h.start) or _topic_body(doc, sent.start, h.start)
                if unit is not None and not any(max(unit.start, sent.start) <= p.start < h.start for p in persons):
                    out.append(_relation(_whole_unit(doc, unit, h), h, max(unit.start, sent.start), h.end, doc))
                    continue
            # 某荣获…, 某先后获得A、B等: the person before the verb, in the sentence or the paragraph before
            thing = _thing_subject(text, persons, sent.start, h.start) or _for_holders(text, sent.start, h.start)
            # 获得过…称号的某公司工人代表: the holder is the one after 的, not the subject before
            rest = text[h.end : h.end + 8].lstrip("”称号荣誉")
            rest = re.sub("^的(?:荣誉|光荣)?称号", "", rest)  # 获得了“…”的称号: the subject before
            held_after = rest.startswith("的") and not rest.startswith("的代表")  # not 作为…的代表: the subject
            p = None
            if not (after or thing or held_after):
                p = _untagged_subject(doc, persons, sent.start, h.start, _of_persons(h))
                if p is not None:
                    untagged = p
                elif untagged is not None and sent.start <= untagged.start and not any(
                        untagged.end <= q.start < h.start for q in persons):
                    p = untagged  # 金海被…授予…，2009年被…授予…: the same subject, clause after clause
                else:
                    p = _subject_before(doc, persons, h.start) or _opening_name(doc, sent.start, h.start) or (
                        _after_dateline(doc, sent.start, h.start))
            for q in _respectively(doc, honours, h, _coordinated(text, persons, p) if p is not None else []):
                if (q.start, h.start) not in seen:
                    seen.add((q.start, h.start))
                    start = q.start if q.start >= sent.start else sent.start
                    out.append(_relation(q, h, start, h.end, doc))
        # 获评“北京大工匠”的10人是：甲、乙…: the names listed after the colon
        named = _NAMED_AFTER.match(text, h.end, sent.end)
        if named:
            for p in persons:
                if named.end() <= p.start < sent.end and (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end, doc))
    for h in honours:
        # 张某（全国劳动模范）, 张某，全国劳动模范，某公司技师: the honour set beside the name
        q = next((p for p in persons if _BESIDE.fullmatch(text, p.end, h.start)), None)
        if q is None and _BESIDE_END.match(text, h.end):
            q = _apposed(doc, persons, h)  # 吴某，某大学教授、某某奖获得者。: the last of the titles after the name
        if q is not None and _BESIDE_END.match(text, h.end) and (q.start, h.start) not in seen:
            seen.add((q.start, h.start))
            out.append(_relation(q, h, q.start, h.end, doc))
        # 张某等100名首都劳动奖章获得者: the names before the count hold the honour
        count = _COUNTED.search(text, max(0, h.start - 12), h.start)
        if count is not None and text.startswith("获得者", h.end - 3):
            q = next((p for p in persons if p.end == count.start()), None)
            for r in _coordinated(text, persons, q) if q is not None else []:
                if (r.start, h.start) not in seen:
                    seen.add((r.start, h.start))
                    out.append(_relation(r, h, r.start, h.end, doc))
    for p in persons:  # 全总授予一批先进个人全国五一劳动奖章，倪某名列其中: the honour of the clause before
        if text.startswith(_AMONG, p.end):
            sent = doc.sentence_at(p.start)
            clause = max(sent.start, *(text.rfind(c, sent.start, p.start) for c in "，；"))
            prev = [h for h in honours if sent.start <= h.start and h.end <= clause
                    and max(sent.start, *(text.rfind(c, sent.start, h.start) + 1 for c in "，；")) == max(
                        sent.start, *(text.rfind(c, sent.start, clause) + 1 for c in "，；"))]
            for h in prev:
                if (p.start, h.start) not in seen:
                    seen.add((p.start, h.start))
                    out.append(_relation(p, h, h.start, p.end, doc))
    for rel in _selected(doc, persons, honours):  # “最美职工”…推选出甲、乙…9名职工; 推选出甲等50位大国工匠
        key = (rel.subject.start, rel.object.start)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    for h in honours:  # 2018年“大国工匠年度人物”\n甲　…\n乙　…: a heading over the names of its holders
        for p in _listed_under(doc, persons, h):
            if (p.start, h.start) not in seen:
                seen.add((p.start, h.start))
                out.append(_relation(p, h, p.start, p.end, doc))
    for m in _COLUMN.finditer(text):
        hon = next((h for h in honours if h.start == m.start(1) and h.end == m.end(1)), None)
        # 【大国工匠】刘某：…, 【大国工匠】…的数控铣工刘某: the name that ends the title or precedes its colon
        person = next((p for p in persons if m.start(2) <= p.start and p.end <= m.end(2)
                       and (p.end == m.end(2) or text.startswith(("：", ":"), p.end))), None)
        if hon is not None and person is not None and (person.start, hon.start) not in seen:
            seen.add((person.start, hon.start))
            out.append(_relation(person, hon, m.start(), person.end, doc))
    for h in honours:  # 任某—— 百姓称赞的好警官（最美奋斗者）: a title in the column of an honour
        p = _title_holder(doc, persons, h)
        if p is not None and (p.start, h.start) not in seen:
            seen.add((p.start, h.start))
            out.append(_relation(p, h, p.start, h.end, doc))
    for rel in _they_hold(doc, persons, honours):  # 推选出甲、乙…。他们均是“全国五一劳动奖章”的获得者
        key = (rel.subject.start, rel.object.start)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    for rel in _list_then_holder(doc, persons, honours):  # 荣获甲、乙的某某: every honour of the list
        key = (rel.subject.start, rel.object.start)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    for rel in [*_names_after(doc, persons, out), *_counted_before(doc, persons, honours)]:
        key = (rel.subject.start, rel.object.start)  # 全国劳动模范甲、乙等; 甲、乙两位全国劳动模范
        if key not in seen:
            seen.add(key)
            out.append(rel)
    for rel in _representatives(doc, persons, honours):  # 对X奖获奖者进行表彰，甲、乙等获奖代表…
        key = (rel.subject.start, rel.object.start)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    return _drop_generic(out)


#: Between an honour and its holder: 获得者/得主 (“共和国勋章”获得者某某), or 称号 and 的 (荣获…称号的某某).
_THEN_HOLDER = re.compile(r"”?(?:(?:国家|省级|市级)?(?:荣誉|光荣)?称号)?(?:的|获得者|得主)")


def _list_then_holder(doc: Doc, persons: list[Mention], honours: list[Mention]) -> list[Relation]:
    """Honours listed after a verb of honours, then 的 and their holder (我敬慕荣获甲、乙的某某), or one honour then
    获得者 and the holder (“共和国勋章”获得者某某): the holder holds every honour of the list."""
    text = doc.text
    out: list[Relation] = []
    by_end = {h.end: h for h in honours}
    for h in honours:
        link = _THEN_HOLDER.match(text, h.end)
        if link is None:
            continue
        p = next((q for q in persons if q.start == link.end()), None)
        end = best_name_at(text, link.end()) if p is None else None
        if end is not None and end - link.end() in (2, 3):  # 荣获…的王某某，…: a name not tagged
            p = Mention("Person", link.end(), end, text[link.end() : end], "conferral", name=text[link.end() : end])
        if p is None:
            continue
        chain = [h]
        while text[chain[0].start - 1 : chain[0].start] in ("、", "和", "及") and chain[0].start - 1 in by_end:
            chain.insert(0, by_end[chain[0].start - 1])
        if link.group().endswith("的") and not _GOT.search(text, max(0, chain[0].start - 8), chain[0].start):
            continue  # 全国劳动模范的事迹: no verb of honours, no holder
        out += [_relation(p, c, c.start, p.end, doc) for c in chain]
    return out


def _names_after(doc: Doc, persons: list[Mention], rels: list[Relation]) -> list[Relation]:
    """全国劳动模范甲、乙、丙等出席: the honour right before a name goes to the bare names listed after it with 、
    (not to 某公司经理乙: a name with its own description), when the list ends there (等, a comma, a full stop)."""
    text = doc.text
    by_start = {q.start: q for q in persons}
    out: list[Relation] = []
    for rel in rels:
        p, h = rel.subject, rel.object
        if p is None or h is None or p.label != "Person" or not 0 <= p.start - h.end <= 1:
            continue
        listed = [p]
        while text.startswith("、", listed[-1].end) and listed[-1].end + 1 in by_start:
            listed.append(by_start[listed[-1].end + 1])
        if len(listed) > 1 and text[listed[-1].end : listed[-1].end + 1] in ("等", "，", "。", "；", "和"):
            out += [_relation(q, h, h.start, q.end, doc) for q in listed[1:]]
    return out


#: A count of those just named, right before an honour of persons: 甲、乙两位全国劳动模范, 甲等5名全国劳动模范.
_COUNT_BEFORE = re.compile(r"等?(?:\d+|[两三四五六七八九十]+)(?:名|位)$")


def _counted_before(doc: Doc, persons: list[Mention], honours: list[Mention]) -> list[Relation]:
    """甲、乙两位全国劳动模范分享了经验: the names listed before the count hold the honour after it."""
    text = doc.text
    out: list[Relation] = []
    ends = {q.end: q for q in persons}
    for h in honours:
        m = _COUNT_BEFORE.search(text, max(0, h.start - 6), h.start)
        if m is None or m.start() not in ends or not _of_persons(h) or text.startswith(("获得者", "的"), h.end):
            continue
        named = _coordinated(text, persons, ends[m.start()])
        if len(named) > 1 or m.group().startswith("等"):
            out += [_relation(q, h, q.start, h.end, doc) for q in named]
    return out


def _past_rep(text: str, end: int) -> int:
    """Where an honour ends, past a 代表 right after it (全国劳模代表、…: one of its holders)."""
    return end + 2 if text.startswith("代表", end) else end


#: A sentence about the persons just listed, saying they hold honours: 他们均是…的获得者, 她们都是….
_THEY_HOLD = re.compile(r"\s*(?:他们|她们)(?:均|都|也|同时)?(?:是|为)[^。；]*?(?:获得者|得主)")


def _they_hold(doc: Doc, persons: list[Mention], honours: list[Mention]) -> list[Relation]:
    """推选出甲、乙、丙…。他们均是2023年“全国五一劳动奖章”或“全国工人先锋号”的获得者: the honours of persons
    (not 先锋号, a collective's) go to every name listed in the sentence before."""
    text = doc.text
    out: list[Relation] = []
    for prev, sent in zip(doc.sentences, doc.sentences[1:], strict=False):
        they = _THEY_HOLD.match(text, sent.start, sent.end)
        if they is None:
            continue
        named = [p for p in persons if prev.start <= p.start and p.end <= prev.end]
        listed = _coordinated(text, persons, named[-1]) if named else []
        if named and len(listed) < 2:
            listed = _listed_from(text, persons, named[0], prev.end)
        if len(listed) < 2:
            continue
        for h in honours:
            if sent.start <= h.start and h.end <= they.end() and not _collective(h):
                out += [_relation(q, h, q.start, h.end, doc) for q in listed]
    return out


def _listed_from(text: str, persons: list[Mention], first: Mention, end: int) -> list[Mention]:
    """``first`` and the names listed after it, tagged or shaped like names (甲、乙、丙3名个人)."""
    by_start = {p.start: p for p in persons}
    out = [first]
    while text.startswith(("、", "和"), out[-1].end) and out[-1].end < end:
        pos = out[-1].end + 1
        q = by_start.get(pos)
        if q is None:
            m = _LIST_ITEM.match(text, pos, end)
            if m is None or not surname_len(m.group(1)[:2]) or len(m.group(1)) > 4:
                break
            q = Mention("Person", pos, m.end(1), m.group(1), "conferral", name=m.group(1))
        out.append(q)
    return out


#: The end of a title that names the column it is in: （最美奋斗者）.
_COLUMN_END = re.compile(r"）\s*(?:\n|$)")


def _title_holder(doc: Doc, persons: list[Mention], h: Mention) -> Mention | None:
    """The person an article's title names with an honour: at its start (“人民科学家”南某—— 建“天眼”望宇宙), or
    at its end in brackets, the column the paper runs for that honour's holders (某局原局长任某—— 好警官（最美奋斗者）).

    In a column, the person is the last one named in the title before the honour, else a name right before its ——.
    """
    text = doc.text
    first_line = text.find("\n")
    if first_line == -1 or h.end > first_line:
        return None
    if h.start == 0:
        return _title_name(text, persons, h, first_line)
    if text[h.start - 1 : h.start] != "（" or not _COLUMN_END.match(text, h.end) or not _of_persons(h) or (
            lexicon().honours.get(h.name or h.text) is None):
        return None
    named = [p for p in persons if p.end <= h.start]
    if named:
        return named[-1]
    dash = text.find("——", 0, h.start)
    for start in (dash - 3, dash - 2, dash - 4):
        if dash > 0 and start >= 0 and best_name_at(text, start, need_after=False) == dash:
            return Mention("Person", start, dash, text[start:dash], "conferral", name=text[start:dash])
    return None


def _title_name(text: str, persons: list[Mention], h: Mention, first_line: int) -> Mention | None:
    """The name right after the honour that opens a title, up to its ——, when no person was tagged there and the
    article names it again and again."""
    dash = text.find("——", h.end, first_line)
    if dash == -1 or any(p.start == h.end for p in persons) or not _named_often(text, h.end, dash):
        return None
    return Mention("Person", h.end, dash, text[h.end : dash], "conferral", name=text[h.end : dash])


#: The end of a list of those who received a prize: 等获奖代表, 等获奖者代表, 等5名获奖者.
_AWARDED = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)?(?:名|位)?(?:获奖者|获奖代表|获奖者代表|获奖人)")


def _representatives(doc: Doc, persons: list[Mention], honours: list[Mention]) -> list[Relation]:
    """会议对全国某某奖获奖者进行了表彰，甲、乙等获奖代表作报告: the names listed before 等获奖代表 hold the prize
    the sentence named before them."""
    text = doc.text
    out: list[Relation] = []
    for p in persons:
        if not _AWARDED.match(text, p.end):
            continue
        sent = doc.sentence_at(p.start)
        named = _coordinated(text, persons, p)
        first = min(q.start for q in named)
        prizes = [h for h in honours if sent.start <= h.start and h.end <= first]
        if prizes:
            out += [_relation(q, prizes[-1], q.start, q.end, doc) for q in named]
    return out


#: The sentence after a conferral to 甲等N位… that names them all: 她们是：…甲；…乙。
_THEY_ARE = re.compile(r"\s*(?:他们|她们|它们|获奖者|受表彰者)(?:分别)?(?:是|为|有)[：:]")


def _recipients(doc: Doc, persons: list[Mention], h: Mention) -> list[Mention]:
    """Who receives an honour conferred with 授予/追授/颁发: the persons named between the verb and the
    honour (授予甲、乙同志…), the subject before for a pronoun (授予她…), a collective named there
    (授予某医院急诊科等200个单位…), and the persons listed after 他们是： when the recipients were
    counted (授予甲等十位…称号。她们是：…乙；…丙。)."""
    text = doc.text
    a, b = h.attrs["recipients"]
    found = [p for p in persons if a <= p.start and p.end <= b]
    if not found:  # 授予罗阳“改革先锋”称号: a name found elsewhere in the article, not tagged here
        named = {p.text: p for p in persons if len(p.text) >= 2}
        found = [p for n, p in named.items() if n in text[a:b]]
    if not found:  # 授予罗阳“改革先锋”称号: the object of 授予 fills the span and is shaped like a name
        end = b - 2 if text.endswith("同志", a, b) else b
        if 2 <= end - a <= 4 and (best_name_at(text, a, need_after=False) == end or (
                _named_often(text, a, end, 2) and _of_persons(h))):  # 授予芭芭拉“…”称号: a name the article repeats
            found = [Mention("Person", a, end, text[a:end], "conferral", name=text[a:end])]
    if not found and text.startswith(("他", "她", "其"), a):
        # 某某同志牺牲后，中央军委追授其…: the one named before, or the untagged name opening the sentence
        p = _subject_before(doc, persons, a) or _opening_name(doc, doc.sentence_at(a).start, a)
        found = [p] if p is not None else []
    if not found:
        orgs = [m for m in doc.mentions if m.label in ("Organization", "TradeUnion") and a <= m.start and m.end <= b]
        if orgs:  # 授予某公司等99家民营企业…称号: the collective named there
            org = orgs[0]
            unit = _UNIT_BEFORE_COUNT.match(text, org.end, b)
            if unit and unit.group(1):
                end = org.end + len(unit.group(1))
                org = Mention("Organization", org.start, end, text[org.start : end], "conferral",
                              name=text[org.start : end])
            return [org]
    if "等" in text[a:b]:
        sent = doc.sentence_at(h.start)
        they = _THEY_ARE.match(text, sent.end, sent.end + 12)
        if they:
            # one recipient per item: the name that ends it (…中国科学院院士甲；…高级工程师乙；)
            stop = text.find("。", they.end())
            stop = len(text) if stop == -1 else stop
            stop = min(stop, text.find("\n", they.end()) % (len(text) + 1))
            items = re.split("[；;]", text[they.end() : stop])
            pos = they.end()
            for item in items:
                end = pos + len(item.rstrip("。 "))
                last = [p for p in persons if pos <= p.start and p.end <= end]
                if last and last[-1] not in found:
                    found.append(last[-1])
                pos += len(item) + 1
    return found


#: A unit after its organisation, up to the count of recipients (某医院急诊科等200个单位).
_UNIT_BEFORE_COUNT = re.compile(
    r"([\u4e00-\u9fff]{0,6}?(?:科|室|部|处|班组|班|车间|工区|队|站|所|中心|分公司))?(?=等|、|和)"
)


#: Verbs that name those chosen for an honour: 推选出, 评选出, 选出, 揭晓.
_SELECT = re.compile(r"(?:推选|评选|遴选|选)出了?|揭晓了?")


_LIST_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,6}?)(?=[、和]|等|(?:\d+|[一二两三四五六七八九十百]+)(?:名|位|人))")


def _named_list(text: str, persons: list[Mention], start: int, end: int) -> list[Mention]:
    """The names listed from ``start`` (甲、乙、丙9名…): the persons found there, and the items between them
    shaped like names that were not (次仁措姆), when most items are found persons."""
    by_start = {p.start: p for p in persons}
    items: list[Mention] = []
    found = 0
    pos = start
    while pos < end:
        p = by_start.get(pos)
        if p is not None:
            found += 1
        else:
            m = _LIST_ITEM.match(text, pos, end)
            if m is None:
                break
            p = Mention("Person", pos, m.end(1), m.group(1), "conferral", name=m.group(1))
        items.append(p)
        if not text.startswith(("、", "和"), p.end):
            break
        pos = p.end + 1
    return items if items and found * 2 > len(items) and by_start.get(start) is not None else []


def _selected(doc: Doc, persons: list[Mention], honours: list[Mention]) -> list[Relation]:
    """Those chosen for an honour: the names listed after 推选出/评选出 get the honour that follows their
    count (推选出甲等50位大国工匠) or, else, the one the sentence is about before the verb
    (2023年“最美职工”注重…，最终推选出甲、乙…9名职工)."""
    text = doc.text
    out: list[Relation] = []
    for sent in doc.sentences:
        for v in _SELECT.finditer(text, sent.start, sent.end):
            names = _named_list(text, persons, v.end(), sent.end)
            if not names:
                continue
            count = re.match(r"等?(?:\d+|[一二两三四五六七八九十百]+)(?:名|位|人)", text[names[-1].end : sent.end])
            after = count and next((h for h in honours if h.start == names[-1].end + count.end()), None)
            topic = [h for h in honours if sent.start <= h.start and h.end <= v.start()]
            hon = after or (topic[0] if topic and count else None)
            if hon is None:
                continue
            out += [_relation(p, hon, p.start, p.end, doc) for p in names]
    return out


#: A line that is only an honour, with its year: 2018年“大国工匠年度人物”, 获奖名单：
_HEADING = re.compile(r"\s*(?:(?:19|20)\d\d年度?)?\s*$")


_SPACED_NAME = re.compile(r"([\u4e00-\u9fff])[ 　]{1,3}([\u4e00-\u9fff])(?=[ 　])")


def _listed_under(doc: Doc, persons: list[Mention], h: Mention) -> list[Mention]:
    """The holders listed under an honour that heads them on a line of its own: each following line that
    opens with a name (甲　突破极限精度…), up to the first line that does not."""
    text = doc.text
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.end)
    if line_end == -1 or not _HEADING.fullmatch(text, line_start, h.start) or text[h.end : line_end].strip("”：: 　"):
        return []
    out: list[Mention] = []
    by_start = {p.start: p for p in persons}
    pos = line_end + 1
    while pos < len(text):
        first = pos + len(text[pos : pos + 4]) - len(text[pos : pos + 4].lstrip(" 　"))
        p = by_start.get(first)
        spaced = _SPACED_NAME.match(text, first)
        if p is None and spaced and surname_len(spaced.group(1)):
            # 夏  立　技艺…: a two-character name spaced to the width of three
            p = Mention("Person", first, spaced.end(2), spaced.group(0).rstrip(), "conferral",
                        name=spaced.group(1) + spaced.group(2))
        if p is None:
            break
        out.append(p)
        nl = text.find("\n", pos)
        if nl == -1:
            break
        pos = nl + 1
    return out if len(out) >= 2 else []


#: After an honour, the count of its recipients and a colon: …的10人是：, …的5名职工分别为：
_NAMED_AFTER = re.compile(
    r"”?(?:称号)?的(?:\d+|[一二两三四五六七八九十]+)(?:人|名|位)[^，。；：]{0,4}?(?:分别)?(?:是|为|有)[：:]"
)


def _drop_generic(rels: list[Relation]) -> list[Relation]:
    """A bare 劳动模范 of someone also said to be 北京市劳动模范 is that honour again, not another."""
    def who(r: Relation) -> str:
        return (r.subject.name or r.subject.text) if r.subject else ""

    held = {(who(r), r.attrs["honour"]) for r in rels}
    honours = lexicon().honours

    def generic(name: str) -> bool:  # 劳动模范, 五一劳动奖章: no level (not 优秀共产党员 beside 全国优秀共产党员)
        known = honours.get(name)
        return known is not None and not known.conferred_by

    return [r for r in rels if not (generic(r.attrs["honour"]) and any(
        p == who(r) and h != r.attrs["honour"] and h.endswith(r.attrs["honour"]) for p, h in held))]


#: Verbs of honours after their subject (雷某获第三届“…”称号, 某某被评为…).
_SUBJECT_VERB = re.compile(r"荣获|获得(?!者)|获评|获授|获颁|授予|追授|颁授|评为|当选|入选|荣膺|获(?=“|第)")
#: Between the subject and its verb of honours: adverbs (雷某先后获得…, 某某曾被评为…).
_ADVERBS = re.compile(r"(?:先后|曾经|曾|多次|还|也|又|均|已|再次)*(?:被[\u4e00-\u9fff]{0,12}?)?$")


def _untagged_subject(doc: Doc, persons: list[Mention], floor: int, pos: int,
                      honour_of_persons: bool = False) -> Mention | None:
    """A name that opens the honour's clause right before its verb, when no person was tagged there
    (2017年6月，雷某获第三届“国医大师”称号): shaped like a name, of a known surname."""
    text = doc.text
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = [v for v in _SUBJECT_VERB.finditer(text, clause, pos + 2) if v.end() <= pos]  # 获 sees 第 after it
    if not verbs or any(clause <= p.start < verbs[-1].start() for p in persons):
        return None
    verb = verbs[-1].start()
    adverbs = _ADVERBS.search(text, clause, verb)
    end = adverbs.start() if adverbs else verb
    title = _TRAILING_TITLE.search(text, clause + 2, end)
    if title is not None:  # 国庆节前夕，某某某研究员被授予…: the name before the person's title
        end = title.start()
    if not 2 <= end - clause <= 4:
        return None
    if best_name_at(text, clause, need_after=False) != end and not (
            # 金海被…授予“优秀共产党员”称号: a surname and a given name read as a place, before an honour of persons
            end - clause <= 3 and surname_len(text[clause:end]) and honour_of_persons
            and not text[clause:end].endswith(("区", "市", "县", "省", "镇", "村", "乡", "山", "河", "湖", "江"))) and (
            not (honour_of_persons and _named_often(text, clause, end))):  # 南某被授予…: a name the article repeats
        return None
    if _a_word(doc, clause, end) or _inside_a_name(doc, clause, end):
        return None  # 后来被评为…, 在校期间被授予…: a word of the dictionary, not a name
    return Mention("Person", clause, end, text[clause:end], "conferral", name=text[clause:end])


#: A title written after a name that opens a clause (某某某研究员被授予…, 某某同志荣获…).
_TRAILING_TITLE = re.compile(r"(?:研究员|教授|院士|同志|老师|医生|先生|女士|书记|主任|校长|院长|所长|局长|厂长)$")


def _inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """Does text[start:end] lie inside an organisation or place the article names (茅某|集团 of 茅某集团)?"""
    return any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) and m.label != "Person"
               for m in doc.mentions)


def _a_word(doc: Doc, start: int, end: int) -> bool:
    """Is text[start:end] one or two function words, times or verbs of the dictionary (后来, 在校期间), no name?

    Nouns and places may be names (金海: a surname and a given name read as a place)."""
    idx = doc.token_index()
    k = idx.at(start)
    toks = []
    while k < len(idx.tokens) and idx.tokens[k].start < end:
        toks.append(idx.tokens[k])
        k += 1
    return bool(toks) and toks[0].start == start and toks[-1].end == end and len(toks) <= 2 and all(
        t.pos.startswith(("t", "d", "p", "c", "f", "r", "m", "q", "v", "u")) and len(t.text) >= 2 for t in toks)


#: Words that begin no name (该同志, 这位老人) and words that end none (老人, 同志).
_NOT_NAME_START = "该这此其他她我你本各每某全本"
_NOT_NAME_END = ("同志", "老人", "先生", "女士", "师傅", "干部", "群众", "职工", "代表", "人", "们", "者", "员")


def _named_often(text: str, start: int, end: int, times: int = 3) -> bool:
    """Is text[start:end] shaped like a name the article keeps naming (three times or more), though no person
    was tagged there: 2–4 characters, no verb in it, no pronoun or noun of persons?"""
    name = text[start:end]
    return (2 <= len(name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name) is not None
            and name[0] not in _NOT_NAME_START and not name.endswith(_NOT_NAME_END)
            and not _VERB_IN_NAME.search(name, 1) and text.count(name) >= times)


#: What no name read at the head of a sentence holds: verbs of honours and of being (曾获, 曾是).
_VERB_IN_NAME = re.compile(r"[获得被是在将把]")


def _holder_name(text: str, persons: list[Mention], h: Mention) -> Mention | None:
    """The name right after a holder of a prize (“梅花奖”得主某某), when no person was tagged there."""
    if not h.text.endswith(("获得者", "得主", "获奖者")) or any(p.start == h.end for p in persons):
        return None
    end = best_name_at(text, h.end)
    if end is None:  # a title before the name: any word may follow it, but no more of a foreign name (麦克法|登)
        end = best_name_at(text, h.end, lenient=True)
        if end is not None and text[end : end + 1] in _TRANSLITERATION:
            return None
    return Mention("Person", h.end, end, text[h.end : end], "conferral", name=text[h.end : end]) if end else None


#: Characters that spell foreign names (麦克法登, 斯坦利): after a Chinese-looking name, it was a foreign one.
_TRANSLITERATION = set("克斯尔特德纳里拉丁夫基姆森顿布伊亚维卡登罗莫索勃蒂吉诺")


def _described_name(text: str, persons: list[Mention], h: Mention) -> Mention | None:
    """The name after an honour, 、 and what the person is, when no person was tagged there."""
    if not text.startswith("、", h.end):
        return None
    stop = h.end + 1
    while stop < min(len(text), h.end + 26) and ("\u4e00" <= text[stop] <= "\u9fff" or text[stop] == "、"):
        stop += 1
    if any(h.end < p.start < stop for p in persons):
        return None  # a tagged name there: the loop over persons saw it
    for g in range(h.end + 3, stop - 1):
        end = best_name_at(text, g) if text[g - 1] in "师长员工手家者士" else None
        if end is not None and _JOB_GAP.fullmatch(text, h.end + 1, g):
            return Mention("Person", g, end, text[g:end], "conferral", name=text[g:end])
    return None


def _opening_name(doc: Doc, start: int, pos: int) -> Mention | None:
    """A name that opens the sentence and was not tagged, when the article names it again elsewhere
    (某某因公牺牲后，被追授为…称号): the subject of the clauses after it."""
    text = doc.text
    while start < pos and text[start] in " \u3000\n":
        start += 1
    end = best_name_at(text, start, need_after=False)
    if end is None or end > pos or text.count(text[start:end]) < 3 or _VERB_IN_NAME.search(text, start + 1, end) or (
            _a_word(doc, start, end) or _inside_a_name(doc, start, end)):
        return None  # not 曾获…: a surname and a verb; not 后来: a word; not the start of a company's name
    return Mention("Person", start, end, text[start:end], "conferral", name=text[start:end])


#: A dateline that opens a paragraph: 据新华社电  （记者某某）, 本报北京5月1日电（记者某某）.
_DATELINE = re.compile(r"\s*(?:据?新华社|本报|据)[^（\n。]{0,20}?电\s*（[^）\n]{1,30}）\s*")


def _after_dateline(doc: Doc, floor: int, pos: int) -> Mention | None:
    """The name right after the dateline that opens the paragraph of ``floor``, not tagged but named again in the
    article (据新华社电（记者某某）关某，1972年出生…。…被评为…): the paragraph's subject."""
    text = doc.text
    para_start = text.rfind("\n", 0, floor) + 1
    dateline = _DATELINE.match(text, para_start, pos)
    return _opening_name(doc, dateline.end(), pos) if dateline else None


def _subject_before(doc: Doc, persons: list[Mention], pos: int) -> Mention | None:
    """The person a conferral in front of ``pos`` is about: the last one named before it in its
    sentence, else in the same paragraph (他先后获得… refers back to the paragraph's subject)."""
    text = doc.text
    sent = doc.sentence_at(pos)
    before = [p for p in persons if sent.start <= p.start and p.end <= pos and not _in_brackets(text, sent.start, p)]
    if before:
        return before[-1]
    para_start = text.rfind("\n", 0, sent.start) + 1
    # not a reporter in the dateline (据新华社电（记者某某）关某，1972年出生…): the one after it
    before = [p for p in persons if para_start <= p.start and p.end <= sent.start
              and p.extractor != "byline" and not _in_brackets(text, para_start, p)]
    if not before and text.startswith(_LABELS, para_start):
        # a paragraph of its own that lists honours (所获荣誉：…) is about the person of the paragraph before
        prev_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1
        before = [p for p in persons if prev_start <= p.start and p.end <= para_start]
    return before[-1] if before else None


#: What collective honours end in (全国五一劳动奖状, 全国工人先锋号, 北京市模范集体, 巾帼标兵岗).
_COLLECTIVE_END = ("奖状", "先锋号", "集体", "标兵岗", "示范岗", "职工之家", "单位", "示范县", "示范区", "示范市",
                   "示范村", "示范点", "示范基地", "示范项目", "文明村", "名村", "名镇", "基地", "文明号", "党组织",
                   "党支部", "团支部", "团组织", "城市", "乡镇", "县城", "之乡", "医院", "学校", "企业")
#: A work unit written after its organisation (某公司维修班, 某段探伤工区), then 等N个集体 and adverbs.
_UNIT = re.compile(
    r"([\u4e00-\u9fff]{0,10}?(?:班组|班|车间|工区|机组|项目部|大队|中队|分队|队|站|科|工段|段|组))?"
    r"(?:等(?:\d+|[一二两三四五六七八九十百]+)个(?:集体|单位|班组))?(?:今年|去年|近年来|近日|日前|(?:19|20)\d\d年)?"
    r"(?:在[^，。；]{1,24}?[上中])?"
    r"(?:先后|曾|还|也|均|都|分别|已|又)?被?"
)


#: What honours of persons end in (模范, 工匠, 共产党员 …).
_PERSON_END = ("模范", "劳模", "工匠", "能手", "标兵", "共产党员", "工作者", "红旗手", "楷模", "英雄", "人物", "奖章",
               "技师", "警察", "干部", "教师", "医生", "员", "建设者", "贡献者", "使者", "卫士", "战士", "之星", "好人")


def _of_persons(h: Mention) -> bool:
    """Whether an honour goes to persons (kg/data/honours.tsv, else by how its name ends)."""
    known = lexicon().honours.get(h.name or h.text)
    if known is not None:
        return known.recipient == "person"
    return (h.name or h.text).endswith(_PERSON_END)


def _collective(h: Mention) -> bool:
    """Whether an honour goes to collectives only (kg/data/honours.tsv, else by how its name ends)."""
    known = lexicon().honours.get(h.name or h.text)
    if known is not None:
        return known.recipient == "collective"
    return (h.name or h.text).endswith(_COLLECTIVE_END)


def _unit_subject(doc: Doc, floor: int, pos: int) -> Mention | None:
    """The organisation, or its unit, that the clause of the honour at ``pos`` names before its verb."""
    text = doc.text
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = [v for v in _ANY_GOT.finditer(text, clause, pos + 1) if v.end() <= pos]  # 获 sees the “ after it
    if not verbs:
        return None
    verb = verbs[0].start()  # 获得由某局授予的…: the subject stands before the first verb
    bei = text.rfind("被", clause, verb)
    if bei != -1:  # 某公司被某某授予…: the body after 被 confers, the one before it holds
        verb = bei + 1
    approved = [m.start() for m in _BY_APPROVAL.finditer(text, clause, verb + 2) if m.start() < verb]
    if approved:  # 某开发区经国务院批准为…: the body after 经 approves, the one before it holds
        verb = approved[-1]
    orgs = [m for m in doc.mentions
            if m.label in _BODIES and clause <= m.start and m.end <= verb]
    org = max(orgs, key=lambda m: m.end) if orgs else None
    unit = _UNIT.fullmatch(text, org.end, verb) if org is not None else None
    if org is None or unit is None:
        named = _NAMED_BODY.fullmatch(text, clause, verb)  # “某某”景区被评为…, 某某村荣获…: a body not tagged
        if named is None or _starts_with_function_word(doc, clause):
            return None
        name = named.group(1).replace("“", "").replace("”", "")
        if "的" in name or name[0] in "他她其我你这那该此所":
            return None  # 他所在的班被授予…: no name, a reference to a unit
        return Mention("Organization", clause, named.end(1), text[clause : named.end(1)], "conferral", name=name)
    if not unit.group(1):
        # 他率领的刑警支队: a short name of a body the article named in full before (某市公安局刑警支队)
        short = org.name or org.text
        full = [m for m in doc.mentions if m.label == org.label and m.end <= org.start
                and (m.name or m.text).endswith(short) and len(m.name or m.text) > len(short)]
        return full[-1] if full and len(short) <= 5 else org
    end = org.end + len(unit.group(1))
    return Mention("Organization", org.start, end, text[org.start : end], "conferral", name=text[org.start : end])


#: A clause with no subject of its own before its verb of honours: times, adverbs, then 被/经 and the body that
#: confers (，2017年被某协会授予…, ，2015年经国务院批准为…, ，获评…).
_SUBJECTLESS = re.compile(
    r"(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?|今年|去年|近年来|此后|随后|后来|先后|曾|还|也|又|并|已|多次|均|连续\d+年)*"
    r"(?:(?:被|经)[\u4e00-\u9fff]{0,14}?)?")


#: 经某某批准为…: the body that approves a status, after 经.
_BY_APPROVAL = re.compile(r"经(?=[\u4e00-\u9fff]{2,14}?批准)")


#: What may open a sentence before its topic: spaces, a time and a comma (如今，某县…; 2019年，某县…).
_LEAD_TIME = re.compile(
    r"[ \u3000\n]*(?:(?:如今|目前|近年来|近年|此后|(?:19|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?)，)?")


def _topic_body(doc: Doc, floor: int, pos: int) -> Mention | None:
    """The place or body that opens the sentence, or an earlier clause of it, for an honour whose own clause has no
    subject (康保县…，2017年被某协会授予“…之乡”称号; 某市…，获评“全国文明城市”称号; 在…努力下，某医院…，还获得了
    “爱婴医院”的称号): the topic of the clauses after it.

    Not when a person is named in between, nor when an organisation only modifies what opens the sentence (某公司的
    员工…): a place does (某县的绿化率超过94%，获评国家生态县).
    """
    text = doc.text
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = [v for v in _ANY_GOT.finditer(text, clause, pos + 1) if v.end() <= pos]
    if clause == floor or not verbs or not _SUBJECTLESS.fullmatch(text, clause, verbs[0].start()):
        return None
    starts = [floor, *(i + 1 for i in range(floor, clause - 1) if text[i] == "，")]
    body = None
    for first in reversed(starts):
        lead = _LEAD_TIME.match(text, first, pos)
        start = lead.end() if lead else first
        if any(m.label == "Person" and m.start == start for m in doc.mentions):
            return None  # 某某带领…，获评…: a person's clause
        body = max((m for m in doc.mentions if m.start == start and m.label in _BODIES), key=lambda m: m.end,
                   default=None)
        if body is not None:
            break
    idx = doc.token_index()
    k = idx.at(body.end) if body is not None else 0
    if body is not None and k < len(idx.tokens) and (idx.tokens[k].start < body.end or (
            idx.tokens[k].start == body.end and len(idx.tokens[k].text) == 1
            and "\u4e00" <= idx.tokens[k].text <= "\u9fff" and idx.tokens[k].text not in _ONE_CHAR_AFTER)):
        return None  # 呼伦贝尔站…: the place begins the name of a unit, the unit is the topic
    if body is None or (text.startswith("的", body.end) and body.label not in ("District", "City")) or any(
            m.label == "Person" and body.end <= m.start < pos for m in doc.mentions):
        return None
    if _CONFERS.search(text, body.end, clause) or _GROUP_END.search(text, body.end, clause):
        return None  # 党中央开展…评选表彰，一批…代表，获评…: the body confers; the group before the verb holds
    if body.label in ("District", "City") and _village_title(text, pos):
        return None  # 某市…，荣获“全国乡村旅游重点村”称号: a village's title, not the city's
    return body


#: Heads of organisations an honour of a whole organisation may end in (爱婴医院, 文明单位 …).
_ORG_HEADS = ("医院", "学校", "大学", "中学", "小学", "公司", "集团", "银行", "企业")


def _whole_unit(doc: Doc, unit: Mention, h: Mention) -> Mention:
    """The organisation itself, not its department, for an honour of organisations of its kind:
    某医院儿科…获得“爱婴医院”称号 → 某医院."""
    name = unit.name or unit.text
    head = next((x for x in _ORG_HEADS if (h.name or h.text).endswith(x)), None)
    cut = name.rfind(head) + len(head) if head and head in name else -1
    if cut <= 0 or cut == len(name) or not unit.text.startswith(name[:cut]):
        return unit
    return Mention(unit.label, unit.start, unit.start + cut, unit.text[:cut], "conferral", name=name[:cut])


#: Verbs of a body that confers or organises honours: before the honour's clause, the body is not its holder.
_CONFERS = re.compile(r"授予|表彰|命名|颁发|评选|评定|开展|决定|认定|公布")
#: A clause that ends with a group of people or units: the subject of the clause after it (一批…代表，获评…).
_GROUP_END = re.compile(r"(?:代表|人员|人才|者|集体|单位|个人|们|团队|企业|村|镇)，$")


#: One-character words that may follow a topic (某县被评为…, 某县的…, 某市还…): not the head of a unit's name.
_ONE_CHAR_AFTER = set("的被先曾还也又已均都经在于是将")


def _village_title(text: str, pos: int) -> bool:
    """Is the honour at ``pos`` a title of villages, towns or communities (全国乡村旅游重点村, 国家级生态乡镇)?"""
    m = re.match(r"“?([^”，。；]{2,24}?)”?(?:等|称号|荣誉|，|。|、|$)", text[pos:])
    return m is not None and m.group(1).endswith(("村", "镇", "乡", "社区", "小区")) and not m.group(1).endswith("之乡")


def _starts_with_function_word(doc: Doc, pos: int) -> bool:
    """Does the word at ``pos`` begin no name: a verb, preposition, conjunction or adverb (使得某村…)?"""
    idx = doc.token_index()
    k = idx.at(pos)
    return k < len(idx.tokens) and idx.tokens[k].start == pos and idx.tokens[k].pos.startswith(("v", "p", "c", "d"))


#: Who may hold an honour that is not a person's: organisations, unions, places (a county), venues (a scenic area).
_BODIES = ("Organization", "TradeUnion", "District", "City", "Venue")
#: A body named at the head of the clause and not tagged: a name (quoted or not) and its head word, then adverbs.
_NAMED_BODY = re.compile(
    r"((?:“[\u4e00-\u9fff]{2,8}”|[\u4e00-\u9fff]{2,10}?)(?:景区|村|社区|小区|街道|公司|学校|医院|中学|小学|大学|学院"
    r"|工厂|车间|班组|集团|中心|博物馆|图书馆|开发区|园区|高新区|新区|班|机组|车组|大队|中队|支队|分队|工区|项目部"
    r"|派出所|站))(?:今年|去年|近年来|近日|日前|(?:19|20)\d\d年)?"
    r"(?:先后|曾|还|也|均|都|分别|已|又|多次)?被?"
    r"(?:[\u4e00-\u9fff]{2,12}?(?=授予|评为))?")

_ANY_GOT = re.compile(r"荣获|获得|获评|获授|授予|评为|评定为|表彰为|当选|入选|荣膺|获(?=“)|批准为|命名为")
#: A clause whose subject is a work, a count of people or a collective: “某工艺”荣获…, 1670人被授予….
_THING = re.compile(
    r"(?:[”》]|(?<![等\d])\d+(?:余|多)?(?:人|名|位|个|项)[\u4e00-\u9fff]{0,6}?|(?:榜样|先进|英雄)?(?:人物|群体)|集体|团队|企业|单位|班组?"
    r"|车间|[^老]队|团|连|营|舰|艇|(?:该|此|这部|这个)(?:剧|片|书|作品|项目|成果|技术|工程|节目))"
    r"(?:先后|曾|还|也|均|都|分别|共|已|又)?被?$"
)


def _quoted_at(text: str, pos: int) -> bool:
    """Is ``pos`` inside quotation marks opened in its paragraph?"""
    para = text.rfind("\n", 0, pos) + 1
    return text.count("“", para, pos) > text.count("”", para, pos)


#: A clause opening with a group of people or things (一批…, 众多…).
_GROUP_HEAD = re.compile(r"(?:一批|一些|众多|多名|多位|许多|不少|一大批)")
#: The first person as the subject of a clause (我也荣获…, 我本人…).
_FIRST_PERSON = re.compile(r"(?:^|(?<=[，。；：“]))我(?:本人|们|自己)?(?![国省市区县校院厂所])|(?<![自])我本人")
#: A clause with no subject of its own, going on from the clause before (并入选…, 还获得…).
_NO_SUBJECT = re.compile(r"(?:并|又|还|也|且|后|同时|随后)*(?:先后|曾|多次)?被?")
#: A clause that is only a group of people: 50位榜样人物, 这个平凡的群体.
_GROUP = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:余|多)?(?:人|名|位)[\u4e00-\u9fff]{0,6}$|群体$")
#: A unit named by its member or leader: 他所在的…, 某某率领的…
_LED = re.compile(r"(?:所在|率领|带领|领导|领衔)的")


def _for_holders(text: str, floor: int, pos: int) -> bool:
    """为获得…奖的代表颁奖: the verb names those who got the honour, not the subject of the sentence."""
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = list(_ANY_GOT.finditer(text, clause, pos))
    return bool(verbs) and text[verbs[-1].start() - 1 : verbs[-1].start()] in ("为", "向", "给", "对")


def _thing_subject(text: str, persons: list[Mention], floor: int, pos: int) -> bool:
    """Whether the clause of the honour at ``pos`` names, before its verb, a subject that is no person.

    Not when a person is named there too (甲和某大队获得…).
    """
    clause = max(floor, *(text.rfind(c, floor, pos) + 1 for c in "，；："))
    verbs = list(_ANY_GOT.finditer(text, clause, pos))
    if verbs and (_LED.search(text, clause, verbs[-1].start()) or text.startswith(("《", "其中《"), clause)):
        return True  # 他所在的611艇被海军授予…: his unit, not he; 其中《某书》…被评为…: a work
    if verbs and _GROUP_HEAD.match(text, clause):
        return True  # 一批作家和画家荣获…: a group, no one named
    if verbs and _FIRST_PERSON.search(text, clause, verbs[-1].start()) and not _quoted_at(text, verbs[-1].start()):
        return True  # 我本人也荣获了…: the author, whom the text does not name (in quotes, 我 is the one quoted)
    if verbs and clause > floor and _NO_SUBJECT.fullmatch(text, clause, verbs[-1].start()):
        return _thing_subject(text, persons, floor, clause - 1)  # 《某书》被评为…，并入选…: the same subject
    if not verbs or any(clause <= p.start < verbs[-1].start() for p in persons):
        return False
    thing = _THING.search(text, clause, verbs[-1].start())
    if thing is not None and "被" not in text[clause : thing.start()]:
        return True  # not 被武警部队授予…: the body that confers, after 被, is no subject
    # 这个群体，50位榜样人物，被中宣部授予…: a passive clause whose subject is the clause before
    if clause > floor and text.startswith("被", clause):
        prev = max(floor, *(text.rfind(c, floor, clause - 1) + 1 for c in "，；："))
        return not any(prev <= p.start < clause for p in persons) and _GROUP.search(text, prev, clause - 1) is not None
    return False


#: Between two names of a list: 、 or 和, then at most a short description of the next (、特教老师某).
_LIST_GAP = re.compile(r"[、和及与][^，。；：！？、\n“”]{0,8}")


def _respectively(doc: Doc, honours: list[Mention], h: Mention, people: list[Mention]) -> list[Mention]:
    """甲、乙分别获得A和B: to each the honour at its place in the list (甲 A, 乙 B); else all of ``people``."""
    text = doc.text
    sent = doc.sentence_at(h.start)
    clause = max(sent.start, *(text.rfind(c, sent.start, h.start) + 1 for c in "，；"))
    verbs = list(_ANY_GOT.finditer(text, clause, h.start))
    if len(people) < 2 or not verbs or not text.endswith("分别", clause, verbs[-1].start()):
        return people
    verb = verbs[-1].start()
    listed = sorted((g for g in honours if verb < g.start and g.end <= sent.end
                     and max(sent.start, *(text.rfind(c, sent.start, g.start) + 1 for c in "，；")) == clause),
                    key=lambda g: g.start)
    if len(listed) != len(people) or h not in listed:
        return people
    return [sorted(people, key=lambda q: q.start)[listed.index(h)]]


def _following(text: str, persons: list[Mention], p: Mention) -> list[Mention]:
    """``p`` with the names listed right after it: 荣获…的甲、乙和丙 gives the honour to all three."""
    out = [p]
    for q in sorted((q for q in persons if q.start >= p.end), key=lambda q: q.start):
        if not re.fullmatch("[、和及与]", text[out[-1].end : q.start]):
            break
        out.append(q)
    return out


def _coordinated(text: str, persons: list[Mention], p: Mention) -> list[Mention]:
    """``p`` with the names listed before it: 甲、乙和丙荣获… gives the honour to all three.

    Only a list: names one after another joined by 、/和 (a short description may precede each).
    """
    out = [p]
    ends = {q.end: q for q in persons if q.end <= p.start}
    while True:
        pos = out[-1].start
        q = next((ends[e] for e in range(pos - 1, max(0, pos - 10), -1)
                  if e in ends and _LIST_GAP.fullmatch(text, e, pos)), None)
        if q is None:
            q = _untagged_item(text, pos, ends)  # 甲、乙、丙: 乙 not tagged, shaped like a name
        if q is None:
            break
        out.append(q)
    return out


def _untagged_item(text: str, pos: int, ends: dict[int, Mention]) -> Mention | None:
    """The item of a list of names before the one starting at ``pos``, when it was not tagged: a name of a known
    surname, perhaps after a short description (、老艺术家某某、), or two or three characters alone between two
    tagged names (甲、次某、乙)."""
    sep = next((i for i in range(pos - 1, max(-1, pos - 10), -1) if text[i] in "、和及与"), None)
    if sep is None or not _LIST_GAP.fullmatch(text, sep, pos):
        return None
    for n in (2, 3):
        if n == 3 and text[sep - 3 : sep - 2] in _DESCRIPTION_ENDS:
            continue  # 老艺术家某某: not 家某某
        if n == 2 and text[sep - 3 : sep - 2] not in _DESCRIPTION_ENDS and sep - 4 in ends:
            break  # 甲、某某某: a three-character name, not its last two
        start = sep - n
        if start >= 0 and surname_len(text[start : start + 2]) and text[start - 1 : start] not in ("", "的") and (
                best_name_at(text, start, need_after=False) == sep or (
                    n == 2 and text[start - 1] in _DESCRIPTION_ENDS and text[start + 1] not in _DESCRIPTION_ENDS)
        ) and not _LIST_GAP.fullmatch(text, start, sep):
            return Mention("Person", start, sep, text[start:sep], "conferral", name=text[start:sep])
    for n in (2, 3, 4):
        start = sep - n
        if start - 1 in ends and text[start - 1] == "、" and re.fullmatch(r"[\u4e00-\u9fff]+", text[start:sep]) \
                and text[pos - 1] == "、" and pos == sep + 1:
            return Mention("Person", start, sep, text[start:sep], "conferral", name=text[start:sep])
    return None


#: Last characters of what a person is, before the name (老艺术家, 水稻专家, 泳坛名将).
_DESCRIPTION_ENDS = "家长员师工手者士将官人生匠"


#: What a holder is, between 获得…称号的 and the name: no verb, no list, no punctuation (武汉籍女足运动员).
#: What may stand between an honour and the 的 before its holder: ”, 称号, 荣誉称号, 国家荣誉称号.
_TITLE_WORDS = re.compile(r"”?(?:国家|省级|市级)?(?:荣誉|光荣)?(?:称号)?")
_DESCRIBED = re.compile(r"[^，。；：、！？“”\s了着过是在和与及说把被对向给让将都也还]{0,12}")

#: Between an honour and 、 and the name it belongs to: what the person is (某市公交8路驾驶员), ending in a title.
_JOB_GAP = re.compile(r"(?:[\u4e00-\u9fff0-9A-Za-z]{1,12}、)?[\u4e00-\u9fff0-9A-Za-z]{1,16}"
                      r"(?:驾驶员|司机|技师|工程师|教师|医生|护士|工人|职工|员|工|师|长|家|者|士|英雄|经理|主任|书记|代表)")

#: An honour set beside a name, in brackets or between commas: 张某（全国劳动模范）, 张某，全国劳动模范，…
_BESIDE = re.compile(r"（|，")
_BESIDE_END = re.compile(r"[）、，。；]")
#: 等100名, 等十位: the count closing a list of names.
_COUNTED = re.compile(
    r"等(?:(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?(?:名|位|人)|首批|第[一二三四五六七八九十\d]+批)$")

#: After a name: it is one of those just said to be honoured.
_AMONG = ("名列其中", "位列其中", "也在其中", "榜上有名")

#: Between the subject and the copula: 张某也是…, 张某本人是…, 张某，是…
_TO_COPULA = re.compile(r"(?:，|,)?(?:自己|本人)?(?:也|还|曾|就)?$")


def _copula_subject(doc: Doc, persons: list[Mention], verb: int) -> Mention | None:
    """The subject of 是 at ``verb``: the name right before it, the name a pronoun before it stands for
    (他是…), or the subject of the clause before (他叫张某，是…)."""
    text = doc.text
    gap = _TO_COPULA.search(text, max(0, verb - 5), verb)
    at = gap.start() if gap else verb
    q = next((p for p in persons if p.end == at), None)
    if q is not None:
        return q
    # 路某正是…: a name tagged elsewhere in the article, read here as 路某 + 正是
    known = sorted({p.name or p.text for p in persons if len(p.name or p.text) >= 3}, key=len, reverse=True)
    n = next((n for n in known if text.endswith(n, 0, at)), None)
    if n is not None:
        return Mention("Person", at - len(n), at, n, "conferral", name=n)
    if text[at - 1 : at] in ("他", "她"):
        return _subject_before(doc, persons, at - 1)
    if text[at - 1 : at] == "，" or (gap and gap.group().startswith("，")):
        sent = doc.sentence_at(verb)
        before = [p for p in persons if sent.start <= p.start and p.end <= verb]
        clause = text[before[-1].end : verb] if before else ""
        if before and "，" in clause and clause.count("，") == 1 and not _in_brackets(text, sent.start, before[-1]):
            return before[-1]  # 他叫张某，是…: one comma back
    return None


#: Titles listed after a name and a comma, up to the honour: no clause, no verb of honours, no other name.
_TITLES = re.compile(r"[^，。；：！？\n]{0,60}、")


def _apposed(doc: Doc, persons: list[Mention], h: Mention) -> Mention | None:
    """The person a sentence opens with, when the honour ends the list of titles set after the name and its comma:
    吴某，清华大学教授、研究所所长、国家某某奖获得者。"""
    text = doc.text
    sent = doc.sentence_at(h.start)
    q = next((p for p in persons if p.start == sent.start and text.startswith("，", p.end)), None)
    if q is not None and _TITLES.fullmatch(text, q.end + 1, h.start) and not _ANY_GOT.search(text, q.end, h.start) and (
            not any(q.end < p.start < h.start for p in persons)):
        return q
    # 他是王某（见图），某局原局长，“人民楷模”国家荣誉称号获得者。: titles set after the name between commas
    before = [p for p in persons
              if sent.start <= p.start and p.end <= h.start and not _in_brackets(text, sent.start, p)]
    q = before[-1] if before else None
    if q is None or not text.startswith("获得者", h.end - 3) or not _COMMA_TITLES.fullmatch(text, q.end, h.start):
        return None
    return q


#: Between a name and the honour whose holder it is: a bracket, then titles between commas, nothing said.
_COMMA_TITLES = re.compile(
    r"(?:（[^（）]{0,20}）)?，(?:[^，。；：！？“\n说是为的在了表示指出认为要将把]{2,30}[，、])*“?")


def _in_brackets(text: str, floor: int, p: Mention) -> bool:
    """Is ``p`` inside brackets (某某（上图左，新华社记者某摄）…: a photographer, not the subject)?"""
    return text.rfind("（", floor, p.start) > text.rfind("）", floor, p.start)


_LABELS = ("所获荣誉", "获得荣誉", "主要荣誉", "曾获荣誉", "荣誉称号")
