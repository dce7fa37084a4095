"""The kg vocabulary, generated from ontology.ttl by scripts/gen_vocab.py: do not edit."""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KG", "LABELS", "NS"]

NS = "https://w3id.org/kg-union/ontology#"


class KG(DefinedNamespace):
    """Terms of ontology.ttl; an unknown term raises AttributeError."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-union/ontology#")

    AdministrativeArea: URIRef  # class: A division of China with a GB/T 2260 code (skos:notation), or a zone governed like one
    Article: URIRef  # class: One article of a page or one news record; the unit each named graph holds
    City: URIRef  # class: A prefecture-level city, autonomous prefecture, or a municipality directly under the central government
    District: URIRef  # class: A county-level division (district, county, county-level city, banner) or a functional zone governed at that level, such as 北京经济技术开发区
    Event: URIRef  # class: A reported activity: a meeting, lecture, ceremony, training course, exhibition, competition or visit
    Honour: URIRef  # class: An honour or title that people or collectives receive, such as 全国劳动模范 or 首都劳动奖章; one node per honour
    HonourConferral: URIRef  # class: The fact that a recipient holds an honour, with the year and the conferring body when known
    Mention: URIRef  # class: A span of an article's source text that names an entity or states a fact; the evidence of both
    Newspaper: URIRef  # class: A newspaper or broadcaster that publishes articles
    Organization: URIRef  # class: A company, hospital, school, Party or government body, or a unit of one, named in an article
    Person: URIRef  # class: A person named in an article: a union officer, a model worker, a craftsman, a reporter
    Province: URIRef  # class: A province, autonomous region, municipality or special administrative region
    Role: URIRef  # class: A title held in an organisation (主席, 党组书记, 驾驶员), shared by everyone who holds it; used as the org:role of an org:Membership
    Sentence: URIRef  # class: A sentence of an article, with its text and its character span in the source
    TradeUnion: URIRef  # class: A trade union: the All-China Federation, a provincial, city or district federation, an industry union, or a workplace union
    Venue: URIRef  # class: A named place where something reported happens or that people visit: a hall, a memorial, a campus, a workers' home
    anchor: URIRef  # property: The mention's text with layout line breaks removed (like nif:anchorOf)
    coOrganiser: URIRef  # property: An organisation that co-organises or undertakes the event (协办, 承办)
    conferredBy: URIRef  # property: The body that conferred the honour, when the text states it
    contentHash: URIRef  # property: SHA-256 of the article's own text and metadata (id, title, text, date, city, newspaper)
    correspondent: URIRef  # property: A correspondent credited in the byline (通讯员): usually staff of the organisation reported on
    dateInferred: URIRef  # property: True when a date was resolved against a year guessed from the page's text rather than a given publication date
    datePrecision: URIRef  # property: day, month or year; recent for 近日/日前, whose value is the page date as an upper bound
    district: URIRef  # property: The division an organisation belongs to or serves, such as the district of a district union federation
    editor: URIRef  # property: An editor credited at the foot of the article (责编, 责任编辑)
    end: URIRef  # property: Offset just after the last character of a mention or sentence (half-open span), counted like kg:start
    eventType: URIRef  # property: The word that names the kind of event (讲座, 座谈会, 启动仪式)
    evidence: URIRef  # property: The span stating a fact: from an org:Membership, a kg:HonourConferral, a kg:Event, or an rdf:Statement that reifies a simple triple
    extractor: URIRef  # property: Name of the kg extractor that found a mention or a fact (see kg extractors)
    field: URIRef  # property: For a JSONL source, the record field the offsets count in: text or title
    former: URIRef  # property: True when the text gives the post as held formerly (原, 前)
    headcount: URIRef  # property: A count of participants (31名劳模工匠, 200余名职工): a node with rdf:value, kg:unit and kg:qualifier
    hierarchyBasis: URIRef  # property: On an rdf:Statement about org:subOrganizationOf: 'text' when an article states it, 'structure' when it follows from how Chinese unions are organised (《中国工会章程》)
    holdsHonour: URIRef  # property: Shortcut from a recipient to an honour it holds; the kg:HonourConferral carries the year and evidence
    honour: URIRef  # property: The honour conferred
    inArticle: URIRef  # property: The article a mention or sentence is part of
    inSentence: URIRef  # property: The sentence a mention lies in
    index: URIRef  # property: The 0-based position of a sentence in its article (the title is sentence 0)
    mentionOf: URIRef  # property: The entity a mention names (like itsrdf:taIdentRef in NIF)
    organiser: URIRef  # property: An organisation that holds, hosts or organises the event (主办, 举办, 召开)
    page: URIRef  # property: The page or section the article was printed on (第3版, 要闻)
    photographer: URIRef  # property: Who took the article's photographs (摄, 摄影, 图)
    position: URIRef  # property: The article's 1-based position on its page
    qualifier: URIRef  # property: How exact a headcount is: about (约), more than (余, 多, 超过), nearly (近); absent when exact
    recipient: URIRef  # property: The person or collective that holds the honour
    reporter: URIRef  # property: A reporter credited in the article's byline (记者, 本报记者)
    sourceFile: URIRef  # property: Path of the file the article was read from, as given to kg build
    sourceLine: URIRef  # property: For an article read from JSONL, the 1-based line of its record
    start: URIRef  # property: Offset of the first character of a mention or sentence, counted in Unicode code points from the start of the source file (for a JSONL record: of the decoded field named by kg:field)
    text: URIRef  # property: The text of a sentence, with layout line breaks removed
    unit: URIRef  # property: The counting word of a headcount (名, 人, 人次)
    usuallyConferredBy: URIRef  # property: The body that usually confers an honour, from kg's honour list (background knowledge, not from the text)
    year: URIRef  # property: The year of a conferral, as stated or inferred from the article's date (今年)


#: Chinese and English labels of every term.
LABELS: dict[str, tuple[str, str]] = {
    "AdministrativeArea": ("行政区划", "Administrative area"),
    "Article": ("文章", "Article"),
    "City": ("城市", "City"),
    "District": ("区县", "District"),
    "Event": ("活动", "Event"),
    "Honour": ("荣誉", "Honour"),
    "HonourConferral": ("荣誉授予", "Honour conferral"),
    "Mention": ("提及", "Mention"),
    "Newspaper": ("报纸", "Newspaper"),
    "Organization": ("机构", "Organization"),
    "Person": ("人物", "Person"),
    "Province": ("省级行政区", "Province"),
    "Role": ("职务", "Role"),
    "Sentence": ("句子", "Sentence"),
    "TradeUnion": ("工会", "Trade union"),
    "Venue": ("场所", "Venue"),
    "anchor": ("原文", "anchor text"),
    "coOrganiser": ("协办", "co-organiser"),
    "conferredBy": ("授予机构", "conferred by"),
    "contentHash": ("内容散列", "content hash"),
    "correspondent": ("通讯员", "correspondent"),
    "dateInferred": ("日期系推断", "date inferred"),
    "datePrecision": ("日期精度", "date precision"),
    "district": ("所在区划", "district"),
    "editor": ("编辑", "editor"),
    "end": ("结束偏移", "end offset"),
    "eventType": ("活动类型", "event type"),
    "evidence": ("证据", "evidence"),
    "extractor": ("抽取器", "extractor"),
    "field": ("字段", "field"),
    "former": ("曾任", "former"),
    "headcount": ("人数", "headcount"),
    "hierarchyBasis": ("层级依据", "hierarchy basis"),
    "holdsHonour": ("获得荣誉", "holds honour"),
    "honour": ("荣誉", "honour"),
    "inArticle": ("出自文章", "in article"),
    "inSentence": ("出自句子", "in sentence"),
    "index": ("序号", "index"),
    "mentionOf": ("指称", "mention of"),
    "organiser": ("主办", "organiser"),
    "page": ("版面", "page"),
    "photographer": ("摄影", "photographer"),
    "position": ("版面位置", "position"),
    "qualifier": ("限定", "qualifier"),
    "recipient": ("获得者", "recipient"),
    "reporter": ("记者", "reporter"),
    "sourceFile": ("来源文件", "source file"),
    "sourceLine": ("来源行", "source line"),
    "start": ("起始偏移", "start offset"),
    "text": ("句子文本", "sentence text"),
    "unit": ("单位", "unit"),
    "usuallyConferredBy": ("通常授予机构", "usually conferred by"),
    "year": ("年份", "year"),
}
