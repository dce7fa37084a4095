"""Events: reported activities (交流活动, 讲座, 启动仪式, 座谈会, 培训班 …) with organisers, venue, date, headcount.

An event is named by its head word grown leftwards (劳模工匠交流活动, “五月鲜花”文艺演出活动).
A bare head after 此次/本场/该 (本场讲座由…主办) refers back to the event last named, and
what its sentence says attaches to that event. Organisers are the unions and
organisations that 举办/主办/召开 it (由甲联合乙举办的…, 甲主办、乙协办, 讲座由甲主办); the venue
is the place 在…举行; the date the nearest date before it in the sentence, else the
article's lead date; headcounts (31名劳模工匠, 约6000人次) are numbers with their qualifier.
A competition's launch ceremony (…劳动竞赛启动仪式) reports the competition too; acts of an organisation
(甲在乙发布…, 全总决定下拨…), a leader's reply, talk or visit (某某给…回信, 到…考察) and a union's
走访慰问 are events named by what is done; a sentence opening 在某站， places the event just reported.
Events listed before 等…活动 (先后开展了甲、乙、丙等活动) are each an event; names joined by 暨 or a dash are
one event, and a headline's short form (杨凌农高会) is the event named in full in the text. A leader who
召开 a meeting organises it (主持召开座谈会: a bare meeting too); an organisation the meeting is held in
(在财政部召开) is its place. A leader's state visit, meetings and talks (对某国进行国事访问, 会见…, 同…举行会谈,
视察/参观…) are events he holds, clause after clause; a numbered session (十三届全国人大三次会议, 十九届四中全会)
is an event where it is held or attended (not where it is cited: 四中全会提出…, 全会《决定》强调…), and each
delegation deliberating (参加甲、乙代表团审议) holds one.
No one event is named by what recurs (每年举办…), what is done at large (大力开展技能培训, unless the name is
quoted or numbered), a kind of many (形式多样的…活动, 等各类活动), what is still to come (将推出…, …将于3月5日开幕,
a plan going on: 将引导…，并…开展…) or an activity that is no gathering (违法犯罪活动). A body's own meeting is
named by it (国新办发布会, 某局的联欢会, 全国人大常委会第十八次会议), as is an anniversary (某会成立70周年庆祝大会);
a leader's letter (发来贺信, 致信祝贺…, 复信…) and a body's trip to study (赴基层蹲点调研) are events too.
A quoted title right after a head names its event (大型文化活动“百鼓齐鸣”→ “百鼓齐鸣”活动); a head inside a venue's name
(航展会展中心), a list of ways (…推介会等方式) and an event's anniversary (…座谈会召开4周年之际) name none; the event
reported named again (整个庆祝大会, 看到电视里播出庆祝大会) is that event, and where it is watched (在某广场收看…直播)
neither its place nor its watchers its organisers. A past act on a document (去年10月，某部印发《…》) is background
unless the headline is about that document. A release told with a recent time is an event whatever is released
(近日，某局发布通知; 某署13日发布数据显示…; 今天，《…标准》正式发布), issued by the body before the verb or, in a
clause with no subject of its own, by the sentence's person (1月2日，某某签署命令，向全军发布…).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.phrases import grow_left
from kg.lexicon import lexicon
from kg.registry import extractor
from kg.types import Doc, Mention, Relation

__all__ = ["HEADS", "event"]

HEADS = tuple(
    """启动仪式 颁奖仪式 开班仪式 揭牌仪式 签约仪式 开幕式 闭幕式 仪式 座谈会 交流会 研讨会
    报告会 宣讲会 表彰大会 表彰会 代表大会 大会 会议 论坛 讲座 大讲堂 培训班 摄影展
    书画展 展览 展会 比赛 竞赛 大赛 技能大赛 劳动竞赛 演出 晚会 联欢会 运动会 义诊 慰问
    交流活动 活动 发布会 招聘会 开放日 年货节 健步走 开班式 观摩会 推进会 协商会 研修班 全会 盛典 见面会
    讨论会 联组会 视频会 群英会 夜校 选拔赛 邀请赛 锦标赛 专项行动 整治行动 治理行动 攻坚行动 三年行动
    执法检查 调研 博览会 交易会 展销会 洽谈会 推介会 宣介会 峰会 年会 广交会 进博会 农高会 文博会 联谊会 相亲会
    茶话会 团拜会 招待会 诗会 分享会 音乐会 演唱会 故事会 读书会 恳谈会 通气会 汇报会 演讲赛 交流赛 文化节
    艺术节 电影节 旅游节 美食节 嘉年华 庙会 灯会 行动 训练营 夏令营 冬令营 公开赛 阅兵式 开国大典 颁奖大典 游行
    吹风会 文化周 活动周 宣传周 文化月 宣传月 活动月 两会 展览会 闭幕会 开幕会
    典礼 展演 汇演 义演 巡展 沙龙 马拉松 首发式 擂台赛 联赛 挑战赛 对抗赛 友谊赛 总决赛 培训会 动员会
    部署会 现场会 对接会 誓师会 对话会 演出季 音乐节 集训 记者会 生活会 集体学习 专题询问 评选 学习班 研讨班
    读书班 轮训班 进修班 专题班 例会 谈判 磋商 圆桌会 对话 会晤 一般性辩论 展播 宴会
    启动会 启动会议 工作会 工作会议 系列赛 资格赛 冠军赛 巡回赛 大奖赛 分站赛 冬泳节 冰雪节 啤酒节 戏剧节 读书节 科技节
    体育节 购物节 丰收节 龙舟节 风筝节 花卉节 世锦赛 亚锦赛 全锦赛 世界杯赛""".split()
)
#: …展 (成就展, 装备展, 图片展), not 发展/开展/进展 nor 展示/展开/展现/展映 nor the things shown (展柜, 展品, 展板).
_EXHIBITION = (r"(?<=[\u4e00-\u9fff”])(?<![发开进施拓伸扩推舒参布办撤观看巡])"
               r"展(?![开示现出望览会区台馆厅位期播映柜品板架陈业])")
#: A festival or season named in quotes (“文化中国 开普敦龙舟节”, “购在中国·2025大湾区消费季”): …节/季 closing
#: the quoted title.
_FESTIVAL = r"(?<=[\u4e00-\u9fff])[节季](?=”)"
_HEAD = re.compile("|".join(sorted(HEADS, key=len, reverse=True)) + "|" + _EXHIBITION + "|" + _FESTIVAL)
#: 行动 of no one event: 实际行动, 一致行动 …
_GENERIC_ACTION = ("实际", "具体", "一致", "统一", "共同", "集体", "积极", "自觉", "果断", "有力", "迅速", "切实",
                   "军事", "务实", "联合", "采取", "付诸", "见诸")
#: Heads inside other words name no event (人民大会堂, 会议室, 活动中心).
#: 活动 that are doings, not events held: crimes, and what bodies in space or nature do.
_NOT_EVENTS = ("违法", "犯罪", "恐怖", "非法", "走私", "诈骗", "传销", "邪教", "分裂", "破坏", "间谍", "出舱", "太空",
               "经济", "商业", "生产", "经营", "投资", "金融", "贸易", "台风", "火山", "地震", "冷空气")
_NOT_AFTER = ("堂", "室", "中心", "场所", "精神", "纪要", "记录", "期间", "主席团", "代表", "秘书处", "组", "团", "厅",
              "机构", "评价", "乱象", "员", "队", "资金", "补贴", "体系", "制度", "机制", "平台", "标准", "证书",
              "课程", "教材",
              "馆", "议", "项目", "经费", "场地", "方案", "旧址", "遗址", "会址", "战", "重大意义", "意义", "发言",
              "安排", "计划")
_VERB = r"(主办|举办|举行|召开|组织(?![部者的秘主总成机委])|开展|承办|协办|发起|启动|开设|开办|录制)"
#: ORG (联合|共同)? VERB: an organiser before its event.
_ORGANISE = re.compile(r"(?:联合|共同|一起|牵头|负责|将|于近日|日前|近日|今天|昨天)?" + _VERB)
_CO = ("承办", "协办")
#: After a head, a list of ways (通过影视、演出、经贸推介会等方式): kinds of doing, no event.
_MEANS = ("等方式", "等形式", "等途径", "等手段", "等载体", "等模式", "的方式", "的形式")
_AT = re.compile(r"(?:在|于)$")
#: 走进某馆，开展…活动: the place visited is the event's place.
_VISITED = re.compile(r"(?:走进|来到|前往|参观|走访|赴)$")
_REFER = ("此次", "本次", "本场", "这次", "这场", "本届", "该", "此", "上述", "整个", "整场")
_JOIN = re.compile(r"(?:等[\u4e00-\u9fff]{0,4})?(?:联合|和|与|、|及|会同|携手|联手)")
_COUNT = re.compile(r"(约|近|超过|逾)?(\d+)(余|多)?(名|位|人次|人)")
_DURATION = re.compile(
    r"(?:为期|历时|持续|时长)(\d+|[一二两三四五六七八九十半]+)(?:个)?(小时|天|日|周|星期|个月|月|年)"
)
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "半": 0.5}
_UNIT = {"小时": "PT{}H", "天": "P{}D", "日": "P{}D", "周": "P{}W", "星期": "P{}W", "个月": "P{}M", "月": "P{}M",
         "年": "P{}Y"}
_QUALIFIERS = {"约": "about", "近": "nearly", "超过": "more than", "逾": "more than"}
#: A reported event is held: one of these near its name says so.
_HELD = re.compile(
    r"举办|举行|召开|开讲|开幕|启动|组织|开展|主办|承办|协办|拉开|闭幕|落幕|开班|进行|走进|参加|出席|播出|开启|揭晓"
    r"|开赛|开课|开营|开办|开设|发起|上演|亮相|参观|观看|收看|直播|帷幕|揭幕|开园|开馆|启幕|开演|开跑|鸣枪|发言(?!人)"
)
#: What a policy text asks for (加强…培训, 建立健全…), not an event held.
_POLICY = re.compile(r"加强|建立健全|建立|健全|完善|推行|全面推行|深化|推进|推动|落实|做好|强化|鼓励|支持|补贴性"
                     r"|提升|提高|打造|搭建|构建")
#: Briefings a spokesman speaks at (某某在发布会上表示): held, named by their kind when nothing named before is one.
_BRIEFINGS = ("发布会", "记者会", "吹风会", "通气会", "招待会")
#: Held, right before a bare meeting that no name before it refers to (在12日下午举行的汇报会上).
_HELD_BARE = re.compile(r"(?:\d{1,2}日|上午|下午|晚上?|当天|昨天|今天)(?:在[^，。；]{1,12}?)?(?:召开|举行|举办)的$")
#: Called on a day, right before a bare briefing (某某4日召开记者会, 国防部30日举行例行记者会): held, whoever calls it.
_CALLED_BARE = re.compile(r"(?:\d{1,2}日|近日|日前|当天|昨天|今天)(?:上午|下午|晚上?)?(?:在[^，。；]{1,12}?)?"
                          r"(?:召开|举行)了?$")
#: Heads that name one event only when numbered (第十八次集体学习, 第二轮谈判, 第六次…高层对话).
_NUMBERED_ONLY = ("集体学习", "谈判", "磋商", "对话", "会晤")
_NTH_ROUND = re.compile(r"第[一二三四五六七八九十百\d]+[次轮]")
#: A meeting attended or convened, named by its topic (出席进一步做好…工作全国电视电话会议): no policy.
_ATTENDED = re.compile(r"(?:出席|召开|举行|参加|主持)了?(?:进一步)?$")
#: An organiser right before the verb before a bare head: 教育部召开视频会, 全国总工会日前举办培训班.
_HOST_VERB = re.compile(r"(?:近日|日前|今天|昨天|当天|(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?|全天)?"
                        r"(?:在[^，。；：“”]{1,12}?)?(?:召开|举办|举行)了?(?:一场|一次|一个)?")


def _host(text: str, orgs: list[Mention], head: int) -> Mention | None:
    """The organisation that 召开/举办 the bare head at ``head`` (全国总工会召开大会), if one does."""
    return next((o for o in orgs if head - 8 <= o.end <= head and _HOST_VERB.fullmatch(text, o.end, head)), None)
_NEAR = 30
#: A plan in the name's clause: 还将举办…, 计划开展…, 今年将围绕…开展… (not 将于今晚播出, said after the
#: name, nor 期间，将举行…: what is scheduled within the event reported is part of the story).
_PLANNED = re.compile(
    r"(?<!期间)(?<!期间，)(?<!届时)(?<!届时，)(?:还将|将要|拟|计划|准备|预计|有望|将|待)[^，。；]{0,16}?(?:举办|举行|召开|开展|组织|出席|参加"
    r"|推出)"
)
#: Said after its name to be still to come (…会议，将分别于3月5日在北京开幕; …即将开幕): scheduled, not held yet
#: (not 将于今晚播出: a programme of the event reported).
_SCHEDULED = re.compile(r"[^。；！？]{0,40}?(?:将(?:分别)?(?:于|在)[^。；！？]{0,30}?|即将)"
                        r"(?:举行|举办|召开|开幕|开赛|启幕)")
#: A plan dated in the clause before (各地将从即日起至4月，陆续组织开展…等活动): still to come.
_PLAN_TIME = re.compile(r"将(?:于|从|自|在)[^，。；]{0,24}，[^，。；]{0,20}$")
#: A plan said in an earlier clause that the name's clause goes on with (文旅部将引导…，并…开展…推广活动).
_PLAN_BEFORE = re.compile(r"(?<!期间)(?<!届时)(?:还将|将要|拟|计划|准备|将)"
                          r"(?:于|在|继续|进一步|陆续|重点|全面|围绕|引导|支持|组织|举办|举行|开展|推出|启动|召开)")
_MEASURES = "场次个项届期批名位站轮"
#: Not held (不组织开展, 暂停举办) or no one event (各类招聘会, 各种形式的竞赛, 一系列活动).
_NOT_HELD = re.compile(
    r"(?:不|暂停|停止|取消|禁止|严禁|不得|推迟|延期)(?:组织|开展|举办|举行|召开)+[^，。；]{0,12}$"
    r"|(?:禁止|严禁|不得|不准|不允许|不再|暂停|停止|取消|叫停)[^，。；]{1,8}?(?:组织|开展|举办|举行|召开)+[^，。；]{0,12}$"
    r"|(?:各类|各种|各项|多种|一系列)[^，。；]{0,4}$"
)
#: Hosting urged, backed or hoped for (提倡召开视频会议, 支持某国举办第十七届…运动会): not reported as held,
#: numbered or not.
_WISHED = re.compile(r"(?:提倡|倡导|建议|支持|希望|期待|期盼|申办|争取)[^，。；：并]{0,8}?"
                     r"(?:组织|开展|举办|举行|召开|承办)(?!了)[^，。；：]{0,24}$")
#: No one event either: what recurs (每年举办…, 定期开展…) or a kind of many (丰富多彩的…活动, 形式多样的校园活动).
_GENERAL = re.compile(
    r"(?:每年|每逢|每届|每月|每周|每季度|每学期|定期|常年|经常|常态化|多次|屡次|历年|年年"
    r"|连续(?:\d+|[两三四五六七八九十]+)(?:年|届))[^，。；：]{0,20}$"
    r"|(?:丰富多彩|形式多样|多种形式|多姿多彩|各式各样|各种各样|精彩纷呈|异彩纷呈|各具特色)的?[^，。；：]{0,6}$"
)
#: Said to be held now after its name (每年举办的…文化节昨天在某公园开幕): this edition is reported.
_HELD_NOW = re.compile(r"[^，。；]{0,16}?(?:开幕|举行|召开|启动|落幕|闭幕|拉开帷幕|开赛|启幕)")
#: What many do (各地举办的大型活动, 各级组织召开生活会): no one event, unless it is named (not 来自各地的…).
_MANY_DO = re.compile(r"(?<!来自)(?<!来自\w)(?<!来自\w\w)(?<!来自\w\w\w)(?<!来自\w\w\w\w)"
                      r"(?:各地|各级|各省|多地|各部门|各单位|全国各地)[^，。；：]{0,30}$")
#: What is urged or done at large (大力开展技能培训, 支持开展…, 从事…活动): no one event, unless it is named
#: (深入开展“…”全国职工演讲比赛: a quoted title, an edition or a year name one).
_AT_LARGE = re.compile(r"(?:大力|广泛|深入|持续|普遍|支持|鼓励|引导|大规模|全面|积极|进一步)(?:组织|开展|举办|举行)"
                       r"[^，。；：]{0,10}$"
                       r"|从事[^，。；：]{0,10}$")
_NAMED = re.compile(r"[“《]|第[一二三四五六七八九十百\d]+届|\d")
#: What a meeting cited for what it decided is followed by (…全会提出, …全会《决定》强调, …全会作出的部署, …全会精神).
_CITED = re.compile(r"《[^》]{1,20}》|，?(?:对[^，。；]{0,30}?)?(?:进一步|还|也|再次|又)?"
                    r"(?:提出|指出|强调|明确|作出|做出|审议通过|通过的|决定|精神|部署|以来|之后|以后|确定的|描绘的)")
#: …上，某某总书记强调：“: a speech quoted at an occasion named without a time (GUIDELINES: background).
_OCCASION = re.compile(r"上，[^，。；：“”]{1,14}?(?:强调|指出|说)[：:]“")
#: 为…运动会而创作: what a work or a building was made for (GUIDELINES: background).
_MADE_FOR = re.compile(r"[”》]?而?(?:创作|谱写|作曲|设计|制作|编写|修建|建设|建造|兴建)")
#: After an event's name, its anniversary (…座谈会召开4周年之际, …大会举行30周年): the event is only recalled.
_ANNIVERSARY_OF = re.compile(r"[^，。；]{0,4}?(?:召开|举行|举办|开幕)[一二三四五六七八九十百\d]+周年")
#: Held just now, before its name (近日召开的…例会指出…): the meeting is reported, not only cited.
_RECENT_HELD = re.compile(r"(?:近日|日前|昨天|今天|前天|当天|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?)"
                          r"(?:在[^，。；]{1,12}?)?(?:召开|举行|举办|闭幕)的[^，。；]{0,16}$")
#: No one event by its name: what is important, related or large in general (召开重要会议, 科研相关会议, 大型招聘会).
_GENERIC_NAME = re.compile(r"(?:重要|重大|相关|有关|大型|小型|各类|各种|系列|一系列|多场|多项|多彩|精彩|丰富)"
                           r"[\u4e00-\u9fff]{0,2}$"
                           r"|相关|有关")


def _generic_name(text: str, start: int, head: re.Match[str]) -> bool:
    """Is the name before ``head`` a generic word (召开重要会议, 科研相关会议, 开展…系列活动), not a meeting a long
    name calls a series (学习宣传贯彻…思想系列研讨会)?"""
    g = _GENERIC_NAME.search(text, start, head.start())
    return g is not None and not (g.group().startswith("系列") and g.start() - start > 4
                                  and head.group().endswith(("会", "会议", "论坛", "讲座")))


#: A kind of activity, no one event (开展文体活动, 参加志愿服务活动和公益活动, 职工文体活动): a category before 活动
#: (unless a place says which one: 近日在某公园举办职工健身活动).
_KIND_ACTIVITY = re.compile(r"(?:职工|群众|员工|青年|居民|社区|师生|学生|党员|干部)?"
                            r"(?:文体|文化|体育|文艺|公益|志愿服务|志愿|慈善|娱乐|健身|社会实践|实践|社会|政治|社交"
                            r"|宣传|教育|学习|联谊|帮扶|服务|主题|各项|日常|业余|课外|户外|校园|教学|教育教学)活动")
#: A count of them after the name (已开展线下招聘活动5.1万场): many events, not one.
_COUNT_AFTER = re.compile(r"(?:共|累计|达|近|超|逾)?[\d.]+万?(?:余|多)?(?:场|次|项|期|轮)")
#: A count of two or more before the name (召开8次座谈会, 两场主旨报告会, 3284场文化活动): many, not one event
#: (两期培训班: one course held in sessions, and 第3次会议: an ordinal, are one).
_MANY_BEFORE = re.compile(r"(?<![第\d一二两三四五六七八九十百千])(?:\d+|[两三四五六七八九十百千]+)(?:余|多)?[场次站轮]"
                          r"(?:[\u4e00-\u9fff]{0,2}的)?$")
#: Held, right before an event's name: 举办|…与…交流活动.
_HOLDS = re.compile(r"(?:举办|举行|召开|开展|组织|启动)了?$")
#: An event's head right before a quote (…全媒体活动“…”启程仪式): that event ends there.
_HEAD_BEFORE = re.compile(r"(?:活动|行动|论坛|展览|大赛|比赛|晚会)$")
#: A title in quotes right after a head with no name of its own (大型文化活动“百鼓齐鸣庆国庆”, 线上展览“以艺抗疫”):
#: the event's name; not a prize, a part or a plan of it (大赛“优秀奖”, …项目, 行动“十三五”规划), nor words quoted
#: about it (晚会“振奋人心、大气磅礴”).
_APPOSITIVE = re.compile(r"“([^“”，。；：、！？了]{2,30})”(?![奖项规部称精])")
#: A short form given in brackets (简称“伙伴行动”): the event just named, not another.
_ALIAS = ("简称“", "下称“", "以下简称“")
#: The event just reported described (此次活动是由某部牵头组织开展的…促消费活动): a predicate, not another event.
_DESCRIBED = re.compile(r"(?:此次|本次|这次|本届|该)[\u4e00-\u9fff]{0,4}?(?:是|为)"
                        r"(?:[^，。；](?<!召开的|举行的|举办的))*的$")
#: An ordinal before a bare head (是…的首场活动): a reference, not a new name.
_ORDINAL = ("首场", "首次", "第一场", "第一个")
#: A ceremony or meeting of a competition (…劳动竞赛启动仪式, …竞赛现场观摩会): the competition is an event too.
_INNER = re.compile(r"(劳动竞赛|技能竞赛|技能大赛|竞赛|大赛|比赛)(?:现场|总结)?"
                    r"(启动仪式|开幕式|闭幕式|颁奖仪式|观摩会|推进会|总结会|表彰大会)$")
_ORG_LABELS = ("TradeUnion", "Organization")
#: A numbered session (十三届全国人大三次会议, 党的十九届四中全会) or 全国两会: a meeting held at a known time, an
#: event wherever it is named.
_SESSION = re.compile(r"[一二三四五六七八九十百\d]+届[^，。；：、“”]{0,12}?(?:[一二三四五六七八九十\d]+次(?:全体)?会议"
                      r"|[一二三四五六七八九十]中全会|[一二三四五六七八九十\d]+次全会)$|全国两会$")


_LONG_AGO = re.compile(r"去年|前年|上年|多年前|年前")


def _long_ago(doc: Doc, before: str) -> bool:
    """Does ``before`` (a name's clause up to it) date it in another year: 去年底召开的…, 2012年11月召开的…?"""
    years = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", before)]
    return bool(_LONG_AGO.search(before)) or any(y != doc.context.get("year") for y in years)


def _a_division(name: str) -> bool:
    """Is ``name`` a province, city or county written as a place (广西防城港): where, but no venue?"""
    by_name = lexicon().by_name
    return any((k == 0 or name[:k] in by_name) and name[k:] in by_name for k in range(len(name) - 1))


#: Held at the place just named (…在北京人民大会堂举行), not something else done there (在北京人民大会堂会见…).
_HELD_THERE = re.compile(r"[^，。；：]{0,6}?(?:举行|举办|召开|开幕|闭幕|隆重|拉开|启动|开展|上演)")


def _placed_at(text: str, at: int, floor: int, end: int | None = None) -> bool:
    """Is the place starting at ``at`` introduced by 在/于, or by 在 and its city or province when it is where the
    event is held (在北京人民大会堂举行: ``end`` the place's end)?"""
    if _AT.search(text, max(floor, at - 1), at):
        return True
    return end is not None and _HELD_THERE.match(text, end) is not None and any(
        text[a - 1] in "在于" and _a_division(text[a:at]) for a in range(max(floor + 1, at - 7), at - 1))


def _in(m: Mention, a: int, b: int) -> bool:
    return a <= m.start and m.end <= b


#: A person who convenes: 韩某2日在财政部召开…, 李某主持召开…
_CONVENES = re.compile(r"(?:总书记|主席|总理|副总理|委员长|书记|部长|省长|市长|同志)?(?:\d{1,2}日)?(?:上午|下午|晚上?)?"
                       r"(?:在[^，。；]{1,14}?)?(?:主持)?召开了?")


#: Meetings a person convenes (李某主持召开座谈会): named by their head alone.
_MEETINGS = ("座谈会", "会议", "研讨会", "交流会", "推进会", "协商会", "汇报会", "恳谈会", "通气会", "见面会", "茶话会",
             "团拜会", "视频会", "专题会议", "工作会议", "记者会", "发布会", "新闻发布会", "吹风会")


def _conveners(text: str, persons: list[Mention], lo: int, ev_start: int) -> list[Mention]:
    """Persons who 召开 the event that starts at ``ev_start`` (a leader convening a meeting)."""
    return [p for p in persons if lo <= p.start and p.end <= ev_start and _CONVENES.fullmatch(text, p.end, ev_start)]


def _org_places(text: str, orgs: list[Mention], lo: int, hi: int, ev: Mention | None) -> list[Mention]:
    """Organisations used as the place of the event: 在财政部召开…, a sentence opening 在某大学，…举办…"""
    out = []
    for o in orgs:
        if not (lo < o.start and o.end <= hi and text[o.start - 1] == "在"):
            continue
        held_here = ev is not None and re.fullmatch(r"(?:召开|举行|举办)了?", text[o.end : ev.start])
        if held_here or (text.startswith("，", o.end) and not text[lo : o.start - 1].strip()):
            out.append(o)
    return out


#: A kind of event (全国性比赛, 群众性活动, 经常性活动): …性 right before the head.
_KIND_OF = re.compile(r"[\u4e00-\u9fff]{1,3}性$")

#: Before a body that names a bare meeting: a party of a joint name (阿盟—欧盟峰会), a place gone to (到某局调研).
_NOT_OWNER = ("—", "-", "、", "和", "与", "及", "·", "到", "赴", "在", "来到", "前往", "走进")
#: Heads a body holds as its own (国新办发布会, 财政部座谈会, 中央政治局会议).
_OWNED = ("会", "会议", "仪式", "典礼", "论坛", "峰会")
#: Bodies named by their kind alone (参加党支部会议): no one body's meeting.
_GENERIC_BODIES = ("党支部", "党总支", "党委", "党组", "支部", "工会", "团委", "村委会", "居委会", "董事会", "理事会")
#: Generic bodies (各级工会组织, 各地共青团): no one organiser.
_GENERIC_BEFORE = ("各级", "各地", "各")


def _organisers(text: str, orgs: list[Mention], lo: int, hi: int) -> list[tuple[Mention, str]]:
    """Organisations in ``[lo, hi)`` followed by 举办/主办 (…, those joined to them by 联合/和/、 too)."""
    ordered = sorted((o for o in orgs if lo <= o.start and o.end <= hi and not _AT.search(text, 0, o.start)
                      and not text.endswith(_GENERIC_BEFORE, lo, o.start)),
                     key=lambda o: o.start)  # 在某中心举办: the place, not the organiser
    out: list[tuple[Mention, str]] = []
    for i, org in enumerate(ordered):
        m = _ORGANISE.match(text, org.end) or _held_by(text, org.end, hi)
        if m is None or (i + 1 < len(ordered) and org.end < ordered[i + 1].start < m.start(1)):
            continue  # 新华社北京7日电 甲7日召开…: the body nearer the verb holds it
        verb = m.group(1)
        out.append((org, verb))
        k = i
        while k > 0 and _JOIN.fullmatch(text[ordered[k - 1].end : ordered[k].start]):
            out.append((ordered[k - 1], verb))
            k -= 1
    return out


_WATCH = re.compile(r"观看|收看|聆听|收听")
#: A clause of the event named again by its head, then its organisers: 大赛由甲、乙联合主办
_BY_CLAUSE = re.compile(r"(?:本届|此次|本次|该)?[\u4e00-\u9fff]{1,4}由")
_OTHER_ROLE = re.compile(r"、|指导|支持|监制|冠名|赞助")
#: A verb inside a grown name: the name is what follows it (…情况进行执法检查 → 执法检查).
_INNER_VERB = re.compile(
    r"进行|开展|组织(?![部者])|举办|举行|召开|参加|参与|主持|宣布|出席|启动|发起|推出|部署|实施|开办|开设|筹办|开启|包括"
    r"|来到|观看|收看|聆听|展开|认识|采取|祝贺|播出|转播|看到|看见|看(?![望台护守管病])"
)
#: 全总制定方案，组织动员职工开展…, 全总印发通知，部署开展…: the subject carries over a comma to a clause opening
#: with 组织/动员/部署, and to one joined by 并/还/随后 (国新办发表…白皮书，并举行新闻发布会).
_LATER_VERB = re.compile(
    r"[^，。；：！？“”]{0,28}?(?:，(?:(?:并|还|随后|先后)?(?=组织|动员|部署)|(?:并|还|随后|同时)(?=举行|举办|召开))"
    r"[^，。；：！？“”]{0,20}?)?" + _VERB
)


def _held_by(text: str, start: int, end: int) -> re.Match[str] | None:
    """甲近日在乙举办…: the organiser's verb later in its clause, after a time or a place."""
    m = _LATER_VERB.match(text, start, end)
    if m is None:
        return None
    between = text[start : m.start(1)]
    if between.startswith(("的", "和", "与", "及")) or _OTHER_ROLE.search(between) or _TITLE_THEN_NAME.match(between):
        return None  # 甲指导、乙主办: 甲 guides, 乙 holds it; 国务院副总理某某召开: the person's body
    return m


#: A title right after an organisation: 国务院副总理…, 某公司董事长… (the person holds it, not the body).
_TITLE_THEN_NAME = re.compile(
    r"(?:副|常务副)?(?:总理|部长|主席|委员长|书记|主任|局长|省长|市长|区长|县长|董事长|总经理|院长|厅长)"
)


def _joined(text: str, spans: list[tuple[int, re.Match[str], list[Mention]]]
            ) -> list[tuple[int, int, re.Match[str], list[Mention]]]:
    """Names that overlap or are joined by 暨 or a dash are one event's name: …大会暨…论坛,
    “…”线上启动仪式暨“五一专场”活动, 2019年中国技能大赛——第三届…技能大赛."""
    out: list[tuple[int, int, re.Match[str], list[Mention]]] = []
    for start, m, prefixed in sorted(spans, key=lambda x: x[0]):
        if out and (start < out[-1][1] or text[out[-1][1] : start] in ("暨", "——", "—")):
            s0, e0, m0, p0 = out[-1]
            out[-1] = (s0, max(e0, m.end()), m if m.end() >= e0 else m0, p0 + prefixed)
        else:
            out.append((start, m.end(), m, prefixed))
    return out


def _same_as(name: str, head: str, named: dict[str, Mention]) -> Mention | None:
    """An event named before that this shorter name refers to: same head, its characters all in it."""
    for other, ev in named.items():
        if other != name and other.endswith(head) and len(name) < len(other) and set(name) <= set(other):
            return ev
    return None


#: 庆祝…成立100周年暨…表彰大会, 纪念…胜利80周年大会: an anniversary names the event, organisations and all.
_ANNIVERSARY = re.compile(r"(?:庆祝|纪念)[^，。；：！？“”《》\s]{2,40}?周年[^，。；：！？“”《》\s]{0,40}")


#: 成立70周年庆祝…, 建院60周年纪念…: an anniversary of the body named before it.
_FOUNDED = re.compile(r"(?:成立|建立|创建|创立|建院|建校|建厂)[一二三四五六七八九十百\d]+周年(?:庆祝|纪念)?")
#: A numbered session or congress right after its body (…常委会|第十八次会议, 某工会|第三次代表大会).
_NTH = re.compile(r"第[一二三四五六七八九十百\d]+(?:次|届)")
_YEARS_BEFORE = re.compile(r"[\d一二三四五六七八九十百]+$")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d年度?$")
_ORDINAL_BEFORE = re.compile(
    r"(?:第[一二三四五六七八九十百\d]+届(?:[一二三四五六七八九十\d]+次|[一二三四五六七八九十]中)?"
    r"|[一二三四五六七八九十百\d]+届(?:[一二三四五六七八九十\d]+次|[一二三四五六七八九十]中)|第[一二三四五六七八九十百\d]+次"
    r"|(?<![\d年])[一二三四五六七八九十]{2,3}届)$"  # 党的十九届|四中全会
)
#: A numbered session right before a bare 会议 (十三届全国人大三次|会议, 全国政协十三届三次|会议).
_SESSION_BEFORE = re.compile(
    r"[一二三四五六七八九十百\d]+届[^，。；：、“”《》\s]{0,12}?[一二三四五六七八九十\d]+次(?:全体)?$")
#: After a series' name: the event reported is one part of it.
_PART_OF = ("的一站", "的一部分", "的一项", "之一", "的一场", "的一环", "的首场", "的首站", "的第一场", "的第一站")
#: A quoted title a few words before the head: “…”网上主题团日活动, “…”主题宣传教育实践活动.
_QUOTE_BEFORE = re.compile(r"”(?:[\u4e00-\u9fff](?<![的和与及等在是为了])){1,10}$")


#: A count in words before a name: 两期, 三场, 十余场 (not 一流, 两会: a measure must follow).
_CN_COUNT = re.compile(r"(?:上|数|近)?[一二两三四五六七八九十百千]+(?:余|多)?[场个项期批]")


def _name(doc: Doc, head: re.Match[str], floor: int, prefixed: list[Mention]) -> int:
    """Where an event's name begins; it does not take in a person or what precedes a quote.

    An organisation the name had to be cut after (全总脱贫攻坚工作推进会) goes to ``prefixed``.
    """
    text = doc.text
    for a in _ANNIVERSARY.finditer(text, max(floor, head.start() - 80), head.start()):
        if a.end() == head.start():
            return a.start()
    start = grow_left(doc, head.start(), floor, trim=False)
    if start == head.start() and text.endswith(("全体", "扩大", "系列"), floor, start):
        start = grow_left(doc, start - 2, floor, trim=False)  # …领导小组全体会议, …思想系列研讨会: no stop
    if start < head.start() and text[start - 1 : start] == "与" and start - 1 > floor:
        left = grow_left(doc, start - 1, floor, trim=False)  # 举办道德模范与身边好人现场交流活动: nouns joined in it
        if left < start - 1 and _HOLDS.search(text, max(floor, left - 4), left) and not _HEAD_BEFORE.search(
                text, left, start - 1) and not any(left <= m.end <= start and m.label != "Date" for m in doc.mentions):
            start = left
    n = _YEARS_BEFORE.search(text, max(floor, start - 4), start) if text.startswith("周年", start) else None
    if n is not None:
        start = grow_left(doc, n.start(), floor, trim=False)  # “破冰之旅”65|周年纪念活动
    quote = _QUOTE_BEFORE.search(text, max(floor, head.start() - 12), head.start())
    if quote is not None and quote.start() + 1 < start:
        start = quote.start() + 1  # “让青春为祖国绽放”网上主题团日活动: the words between quote and head belong to it
    if text.startswith("》", head.end()):  # 《…年度人物盛典》: the title is the name
        q = text.rfind("《", floor, head.start())
        if q != -1 and "》" not in text[q : head.start()]:
            return q + 1
    if text.startswith("”", head.end()) and (q := text.rfind("“", floor, head.start())) != -1 and q + 1 < start and (
            "”" not in text[q : head.start()]):
        start = q + 1  # “感知中国·江苏文化周”: the quoted title is the name
    if text[start - 1 : start] == "”":
        q = text.rfind("“", floor, start)
        if q != -1:
            start = grow_left(doc, q, floor, trim=False)
            if _HEAD_BEFORE.search(text, start, q):
                start = q  # 大型活动|“…”启程仪式: the event named before the quote is another one
    if start == head.start() and text[start - 1 : start] == "》":  # 《流浪地球》研讨会: a work's title names it
        q = text.rfind("《", floor, start - 1)
        if q != -1 and "》" not in text[q : start - 1]:
            start = q
    for m in doc.mentions:  # 李强主持大会: a name ends where a person or an organisation is named
        if m.label in ("TradeUnion", "Organization") and "奖" in text[m.end : head.start()]:
            continue  # 中国政府友谊奖颁奖仪式: the body names the prize, not who holds the ceremony
        if m.attrs.get("partial"):
            continue  # a surname alone (‘齐家行动’): no one named
        if any(text.rfind(a, floor, m.start) > text.rfind(b, floor, m.start) and b in text[m.end : head.start()]
               for a, b in ("“”", "《》")):
            continue  # “某某万里行·魅力某地”启程仪式: a name inside a quoted title is part of it
        if m.label in ("Person", "TradeUnion", "Organization", "Venue") and start <= m.end <= head.start():
            start = max(start, m.end)
            prefixed.append(m)
    joint = next((m for m in prefixed if m.end == start == head.start() and m.label in _ORG_LABELS), None)
    if joint is not None and text[joint.start - 1 : joint.start] in ("—", "－"):
        first = next((m for m in doc.mentions if m.end == joint.start - 1 and m.label in (*_ORG_LABELS, "Country")),
                     None)
        if first is not None:  # 阿盟—欧盟峰会: a joint name, held by both, no one owner
            start = first.start
            prefixed.remove(joint)
    if any(m.label == "Person" and m.end == start for m in prefixed):
        # 某某总书记|全国两会: the person's title after the name is no part of the event's name either
        titles = lexicon().titles
        start += next((k for k in (4, 3, 2) if start + k < head.start() and text[start : start + k] in titles), 0)
    founded = _FOUNDED.search(text, max(floor, start - 12), head.start())
    body = founded and next((m for m in doc.mentions if m.end == founded.start() and m.label in _ORG_LABELS), None)
    if body and founded.start() <= start and (founded.end() >= start or not text[founded.end() : start].strip(
            "庆祝纪念")):
        if body in prefixed:
            prefixed.remove(body)
        start = body.start  # 全国工商联成立70周年庆祝大会: the body celebrated names the event
    elif _NTH.match(text, start, head.start()):
        body = next((m for m in prefixed if m.end == start and m.label in _ORG_LABELS), None)
        if body is not None:
            start = body.start  # 全国人大常委会第十八次会议: a body's numbered session, named with the body
    session = _SESSION_BEFORE.search(text, max(floor, start - 20), start)
    if session is not None and start == head.start():
        start = session.start()  # 十三届全国人大三次|会议: the session names the meeting
    ordinal = _ORDINAL_BEFORE.search(text, max(floor, start - 8), start)
    if ordinal is not None and ordinal.start() < start:
        start = ordinal.start()  # 十五届三次全委会议, 十九届四中全会: the session is part of the name
    # 2019年度中国政府友谊奖颁奖仪式: the edition's year is part of the name (not after a series' title:
    # “名医名家进机关”2023年…讲座 names the series, then the year of the talk)
    year = _YEAR_BEFORE.search(text, max(floor, start - 6), start)
    if text.startswith("年", start) and re.fullmatch(r"(?:19|20)\d\d", text[max(floor, start - 4) : start]):
        start -= 4 if text[start - 5 : start - 4] not in ("”", "》") else 0
    elif year is not None and text[year.start() - 1 : year.start()] not in ("”", "》"):
        start = year.start()
    inner = [v.end() for v in _INNER_VERB.finditer(text, start, head.start())
             if text.count("“", start, v.start()) == text.count("”", start, v.start())]  # not in a quoted title
    if inner and not (inner[-1] == head.start() and text.endswith("部署", start, inner[-1])):
        start = inner[-1]  # 对…情况进行实地调研: what is done, after the verb (but …总结部署推进会: a name)
    while start < head.start() and (
        text[start] in "、，的了”）》"
        or (text[start] in _MEASURES and (text[start - 1].isdigit() or text[start - 1] in "余多"))
        or (text[start] in "余多" and text[start - 1] in "0123456789十百千万")
    ):
        start += 1  # 25场主题参观活动: the count is no part of the name
    count = _CN_COUNT.match(text, start, head.start())
    if count is not None and count.end() < head.start():
        start = count.end()  # 两期工会干部培训班, 三场报告会: nor a count in words
    return start


def _referent(named: dict[str, Mention], head: str, last: Mention) -> Mention:
    """The event 本届论坛/此次活动 refers to: the last named with that head (the forum, not its opening
    ceremony named since), else the last named."""
    return next((e for n, e in reversed(named.items()) if n.endswith(head)), last)


def _dated(ev: Mention, date: Mention, start: int, end: int) -> Relation:
    """The relation dating ``ev`` by ``date``, with the span ``[start, end)`` that says so."""
    return Relation("date", ev, date, start, end, "event",
                    attrs={"value": date.attrs["value"], "precision": date.attrs["precision"]})


@extractor("event", requires=["mentions"], assigns=["candidates:Event", "relations:organiser",
                                                    "relations:venue", "relations:date", "relations:headcount",
                                                    "relations:duration"])
def event(doc: Doc) -> list[Mention | Relation]:
    """Events with their organisers, co-organisers, venue, date and headcount."""
    text = doc.text
    out: list[Mention | Relation] = []
    dates = [m for m in doc.mentions if m.label == "Date" and m.attrs.get("value")]
    lead = [d for d in dates if d.start < doc.article.body_start + 60]
    lead_date = next((d for d in lead if d.attrs.get("precision") != "year"), lead[0] if lead else None)
    orgs = [m for m in doc.mentions if m.label in _ORG_LABELS]
    venues = [m for m in doc.mentions if m.label == "Venue" and not _a_division(m.text)]
    persons = [m for m in doc.mentions if m.label == "Person" and not m.attrs.get("partial")]
    places = [m for m in doc.mentions if m.label == "Venue"]
    named: dict[str, Mention] = {}
    inner: dict[int, Mention] = {}  # ceremony → the competition it launches or shows
    outer: dict[int, Mention] = {}
    last: Mention | None = None
    dated: set[int] = set()
    for sent in doc.sentences:
        if sent.start < doc.article.body_start:
            continue  # the title repeats what the body reports
        here: list[Mention] = []
        deferred: list[str] = []
        spans: list[tuple[int, re.Match[str], list[Mention]]] = []
        renamed: dict[tuple[int, int], str] = {}
        said_at: dict[int, int] = {}  # where this sentence refers to an event named before
        for m in _HEAD.finditer(text, sent.start, sent.end):
            if text.startswith(_NOT_AFTER, m.end()) or text.startswith(_MEANS, m.end()):
                continue  # 论坛旧址; 通过…经贸推介会等方式: a way of doing, no event
            if any(p.start <= m.start() and m.end() <= p.end and (p.start, p.end) != (m.start(), m.end())
                   for p in places):
                continue  # 航展会展中心: a head inside a venue's name
            if m.group() == "行动" and (text[m.start() - 1 : m.start()] in ("进", "在") or text.startswith(
                    ("员", "上"), m.end())):
                continue  # 进行动员, 上合组织在行动, 在思想上行动上: no 行动
            if m.group() == "活动" and text.endswith(_NOT_EVENTS, sent.start, m.start()):
                continue  # 违法犯罪活动, 航天员出舱活动: an activity, not an event
            if m.group() == "展演" and (text[m.start() - 1 : m.start()] == "开"
                                        or text.startswith(("练", "习"), m.end())):
                continue  # 开展演练: no 展演
            if (text.count("“", sent.start, m.start()) > text.count("”", sent.start, m.start()) and not text.startswith(
                    ("”", "’"), m.end())) or text.startswith("’", m.end()):
                continue  # “我和我的祖国‘齐家行动’进行时”活动: a word inside a quoted title
            prefixed: list[Mention] = []
            start = _name(doc, m, sent.start, prefixed)
            if any(text.startswith(o, start) and start + len(o) == m.start() for o in _ORDINAL):
                continue  # 摄影展是…的首场活动: the event named before
            if m.group() in _NUMBERED_ONLY:
                nth = _NTH_ROUND.search(text, max(sent.start, start - 16), m.start())
                if nth is None or re.search(r"[，。；、]", text[nth.end() : m.start()]):
                    continue  # 注重集体学习, 加强对话: a way; 第十八次集体学习, 第六次…高层对话: one session
                start = min(start, nth.start())
            if m.group() == "评选" and (not _NAMED.search(text, start, m.start()) or text.startswith(
                    ("出", "为", "表彰", "标准", "办法", "委员会", "条件", "范围"), m.end())):
                continue  # 评选出…, 评选标准: a way to choose; “…十大案件”评选: one contest
            if _KIND_OF.match(text, start, m.start()):
                continue  # 全国性比赛, 群众性活动: a kind of event, not one
            if m.group() == "行动" and (start == m.start() or text.endswith(_GENERIC_ACTION, start, m.start())):
                continue  # 以实际行动…: no one event
            if text.startswith(_PART_OF, m.end() + text.startswith(("”", "》"), m.end())):
                continue  # 这是…系列活动的一站: the series the event reported belongs to
            if text.endswith(_ALIAS, max(sent.start, start - 6), start):
                continue  # （简称“伙伴行动”）: the event named just before
            if text.count("《", sent.start, m.start()) > text.count("》", sent.start, m.start()) and (
                    not text.startswith("》", m.end())):
                continue  # 《渤海综合治理攻坚战行动计划》: a word inside a document's title
            apposed = _APPOSITIVE.match(text, m.end()) if start < m.start() and not _NAMED.search(
                text, start, m.end()) else None  # 大型文化活动“百鼓齐鸣庆国庆”: the quote names it
            refer = next((r for r in _REFER if text.startswith(r, start)), None)
            before = text[max(sent.start, start - 2) : start]
            if last is not None and start < m.start() and before.endswith(_REFER) and not before.endswith("此"):
                here.append(_referent(named, m.group(), last))  # 这次慰问活动由…主办: the event just reported

                continue
            if text.startswith(_ORDINAL, start) and any(e.endswith(m.group()) for e in named):
                here.append(next(e for n, e in reversed(named.items()) if n.endswith(m.group())))
                continue  # 在第一场相亲会上: one of the events named before
            owner = next((o for o in prefixed if o.end == m.start() and o.label in _ORG_LABELS
                          and o.text not in _GENERIC_BODIES and not o.text.startswith("第")
                          and not text.endswith(_NOT_OWNER, sent.start, o.start)), None)
            if start == m.start() and owner is not None and m.group().endswith(_OWNED) and not text.endswith(
                    _REFER, sent.start, owner.start):
                start = owner.start  # 国新办发布会, 财政部座谈会: a body's own meeting, named by the body
            host = _host(text, orgs, m.start()) if start == m.start() else None
            if host is not None:  # 全国总工会召开大会: a bare head its organiser holds
                spans.append((start, m, prefixed))
                continue
            whose = next((o for o in orgs if o.end == m.start() - 1 and text[o.end] == "的"
                          and o.text not in _GENERIC_BODIES and not text.endswith(_NOT_OWNER, sent.start, o.start)),
                         None) if start == m.start() and m.group().endswith(_OWNED) else None
            clause = max(sent.start, *(text.rfind(c, sent.start, start) + 1 for c in "，；"))
            if whose is not None and (text.startswith("上", m.end()) or _HELD.search(
                    text, max(sent.start, whose.start - _NEAR), min(sent.end, m.end() + _NEAR))) and not (
                    _PLANNED.search(text, clause, start)):
                spans.append((start, m, [*prefixed, whose]))  # 某公安局的联欢会上: the body's own party
                continue
            if start == m.start() and m.group() in _MEETINGS and _conveners(text, persons, sent.start, m.start()):
                spans.append((start, m, prefixed))  # 李某主持召开座谈会: a bare meeting a person convenes
                continue
            if (start == m.start() and m.group().endswith(_OWNED) and (_HELD_BARE.search(text, sent.start, start) or (
                    m.group() in _BRIEFINGS and ((text[start - 1 : start] == "在" and text.startswith("上", m.end()))
                                                 or _CALLED_BARE.search(text, sent.start, start))))
                    and not any(e.endswith(m.group()) for e in named)):
                spans.append((start, m, prefixed))  # 在12日下午举行的汇报会上: a meeting held, named by its kind
                continue
            if start == m.start() or refer:
                if last is not None and (refer or text[max(sent.start, start - 2) : start].endswith(_REFER)):
                    here.append(_referent(named, m.group(), last))  # 本场讲座由…主办: the event named before
                elif (start == sent.start or text[start - 1] == "，") and text.startswith("由", m.end()):
                    # 竞赛由甲主办 opening a sentence: the event last named with that word in it
                    ev = next((e for e in reversed(named.values()) if m.group() in e.text), None)
                    if ev is not None:
                        here.append(ev)
                        if id(ev) in outer:  # 竞赛由甲主办: its launch ceremony's organiser too
                            here.append(outer[id(ev)])
                    else:  # …大赛在某馆举行，大赛由甲主办: the event named earlier in this sentence
                        deferred.append(m.group())
                continue  # a bare 活动 names nothing new
            clause = max(sent.start, *(text.rfind(c, sent.start, start) + 1 for c in "，；"))
            if (_PLANNED.search(text, clause, start) or _SCHEDULED.match(text, m.end(), sent.end)
                    or _PLAN_TIME.search(text, sent.start, start)):
                continue  # 接下来还将举办职工书画展, …大会将于明年举行: a plan, not an event reported
            if _MANY_BEFORE.search(text, max(sent.start, start - 8), start):
                continue  # 召开8次座谈会, 举办了7场专场招聘会: many events of a kind
            if not (_NAMED.search(text, start, m.end()) or apposed) and (
                    _generic_name(text, start, m) or _COUNT_AFTER.match(text, m.end())
                    or (_KIND_ACTIVITY.fullmatch(text, start, m.end()) and not text.endswith("等", sent.start, start)
                        and not any(_in(x, sent.start, m.end()) for x in venues))
                    or _DESCRIBED.match(text, clause, start)):
                continue  # 召开重要会议, 开展招聘活动5.1万场, 此次活动是…的促消费活动: no one event named
            plan = _PLAN_BEFORE.search(text, sent.start, clause)
            if plan and "了" not in text[plan.end() : start] and (
                    text.startswith(("并", "还", "同时", "也"), clause) or "，并" in text[plan.end() : start]):
                continue  # 将引导各地举办…，并以…为主题，开展…推广活动: the plan goes on
            if _POLICY.match(text, start) and not (m.group().endswith(("会", "会议")) and (_ATTENDED.search(
                    text, max(sent.start, start - 8), start) or _HELD_NOW.match(text, m.end(), sent.end))):
                continue  # 加强职业技能培训: a policy, not an event
            if _NOT_HELD.search(text, clause, start) or (text.startswith("要", clause) and not text.startswith(
                    ("要数", "要属", "要说"), clause)) or _WISHED.search(
                    text, clause, start):
                continue  # 暂停举办各类现场招聘会, 要…开展各种形式的竞赛: not held, or only asked for
            if (_GENERAL.search(text, clause, start) and not _HELD_NOW.match(text, m.end(), sent.end)) or (
                    (_AT_LARGE.search(text, clause, start) or _MANY_DO.search(text, clause, start))
                    and not (_NAMED.search(text, start, m.end()) or apposed)):
                continue  # 学校每年举办演讲比赛, 开展…形式多样的校园活动: no one event
            if not (_HELD.search(text, max(sent.start, start - _NEAR), min(sent.end, m.end() + _NEAR))
                    or _SESSION.search(text, max(sent.start, start - 16), m.end())
                    or (text.startswith("上", m.end()) and "在" in text[max(sent.start, start - 8) : start])
                    or (text.startswith("上，", m.end()) and start == clause)
                    or (text.startswith("中", m.end()) and "在" in text[max(sent.start, start - 8) : start]
                        and re.search("[“《]", text[start : m.end()]))
                    or (text.startswith("现场", m.end()) and _NAMED.search(text, start, m.end()))):
                continue  # named but not reported as held (…创新培训 as background); 在…全会上: held
            if (text[start - 1 : start] == "在" and start - 1 == sent.start and _OCCASION.match(text, m.end())
                    and not any(d.label == "Date" and _in(d, sent.start, sent.end) for d in doc.mentions)):
                continue  # 在某座谈会上，某某强调：“…”: the occasion of a speech quoted, not an event reported
            if _MADE_FOR.match(text, m.end()) and "为" in text[clause:start]:
                continue  # 为1991年召开的某运动会而创作的会歌: what something was made for, not an event reported
            if _ANNIVERSARY_OF.match(text, m.end()):
                continue  # 在…座谈会召开4周年之际: the event's anniversary, not the event
            if _CITED.match(text, m.end()) and not _RECENT_HELD.search(text, clause, start) and not (
                    _HELD.search(text, clause, start) and not _long_ago(doc, text[clause:start])):
                continue  # 党的十九届四中全会提出…, 全会《决定》强调…: cited as an authority, not reported
            if apposed is not None:
                renamed[start, m.end()] = f"“{apposed.group(1)}”{m.group()}"
            spans.append((start, m, prefixed))
        # one event per name: the longest of nested ones (…摄影展 in …摄影展活动)
        spans = [x for x in spans if not any(y is not x and y[0] <= x[0] and x[1].end() <= y[1].end()
                                            for y in spans)]
        for start, end, m, prefixed in _joined(text, spans):
            name = renamed.get((start, end), text[start:end])
            if any(name in other and name != other for other in named):
                continue
            earlier = _same_as(name, m.group(), named)
            if earlier is not None:  # 心理讲座 after 职工心理健康公益讲座: the event named before
                here.append(earlier)
                said_at.setdefault(id(earlier), start)
                last = earlier
                continue
            ev = named.get(name)
            if ev is None:
                ev = Mention("Event", start, end, name, "event", name=name, score=1.0)
                named[name] = ev
                out.append(ev)
                held_by = _organisers(text, orgs, sent.start, start)  # 甲举办了乙…训练营: 甲 holds it, 乙 is named
                for org in prefixed:  # 中华全国总工会脱贫攻坚工作推进会: its organiser names it
                    if (org.end == start or org.start == start
                            or (org.end + 1 == start and text[org.end] == "的")) and (
                            org.label in _ORG_LABELS and not any(o is not org for o, _ in held_by)):
                        out.append(Relation("organiser", ev, org, org.start, ev.end, "event"))
                sub = _INNER.search(name)
                if sub is not None and sub.start(1) > 0 and (inner_name := name[: sub.end(1)]) not in named:
                    iv = Mention("Event", start, start + sub.end(1), inner_name, "event", name=inner_name,
                                 score=1.0)
                    named[inner_name] = iv
                    inner[id(ev)], outer[id(iv)] = iv, ev
                    out.append(iv)
            here.append(ev)
            last = ev
        for head in deferred:
            ev = next((e for e in reversed(named.values()) if head in e.text and sent.start <= e.start), None)
            if ev is not None:
                here.append(ev)
        for ev in dict.fromkeys(here):
            in_sent = sent.start <= ev.start < sent.end
            named_by = next((o.start for o in orgs if o.end == ev.start), ev.start)  # 召开国务院…领导小组全体会议
            conveners = (_conveners(text, persons, sent.start, ev.start)
                         or _conveners(text, persons, sent.start, named_by)) if in_sent else []
            # where this sentence names it (a reference to an event named before: its clause's end at most)
            at = ev.start if in_sent else said_at.get(id(ev), text.find(ev.name, sent.start, sent.end))
            for org, verb in _organisers(text, orgs, sent.start, sent.end):
                if any(org.end <= p.start for p in conveners):
                    continue  # 国务院副总理某某召开…: the person convenes, not his body (nor a news agency)
                if in_sent and ev.start <= org.start and org.end <= ev.end:
                    continue  # 中国政府友谊奖颁奖仪式: a body inside the event's name
                if in_sent and org.start > ev.end and not text[ev.end : org.start].strip().startswith("由") and not (
                        _BY_CLAUSE.match(text, max(sent.start, *(text.rfind(c, sent.start, org.start) + 1
                                                                for c in "，；")))):
                    continue  # an organiser after the event must be introduced by 由 (…举行，大赛由甲主办)
                if org.end <= at and _WATCH.search(text, org.end, at):  # (at -1: no place known)
                    continue  # 甲组织职工观看…大会直播: 甲 holds the viewing, not the event
                kind = "co_organiser" if verb in _CO else "organiser"
                a, b = (min(org.start, ev.start), max(org.end, ev.end)) if in_sent else (org.start, org.end + 2)
                out.append(Relation(kind, ev, org, a, b, "event"))
                if kind == "organiser" and id(ev) in inner and inner[id(ev)] not in here:
                    # the main organiser of a competition's ceremony holds the competition
                    out.append(Relation(kind, inner[id(ev)], org, a, b, "event"))
            for p in conveners:  # 韩某2日在财政部召开…座谈会
                out.append(Relation("organiser", ev, p, p.start, ev.end, "event"))
            for v in [*venues, *_org_places(text, orgs, sent.start, sent.end, ev if in_sent else None)]:
                visited = _VISITED.search(text, max(sent.start, v.start - 3), v.start) and v.end <= ev.start
                if v.end <= at and _WATCH.search(text, v.end, at):
                    continue  # 在某广场，市民通过大屏幕收看…大会直播: where it is watched, not held
                if _in(v, sent.start, sent.end) and (_placed_at(text, v.start, sent.start, v.end) or visited):
                    a, b = (min(v.start, ev.start), max(v.end, ev.end)) if in_sent else (v.start - 1, v.end)
                    out.append(Relation("venue", ev, v, a, b, "event"))
                    break
            if id(ev) not in dated:
                when = [d for d in dates if sent.start <= d.start < sent.end and d.attrs.get("precision") != "year"
                        and d.start < max(ev.end, sent.start + 1) and not _in(d, ev.start, ev.end)]
                date = when[-1] if when else lead_date
                if date is not None:
                    dated.add(id(ev))
                    a, b = (date.start, max(date.end, ev.end)) if when and in_sent else (date.start, date.end)
                    for e in (ev, inner.get(id(ev))):  # a competition starts with its launch
                        if e is not None and (e is ev or id(e) not in dated):
                            dated.add(id(e))
                            out.append(_dated(e, date, a, b))
            for d in _DURATION.finditer(text, sent.start, sent.end):
                n = int(d.group(1)) if d.group(1).isdigit() else _CN_NUM.get(d.group(1))
                if n and n == int(n):  # 为期3个月, 为期两周: an ISO 8601 duration
                    out.append(Relation("duration", ev, None, d.start(), d.end(), "event",
                                        attrs={"value": _UNIT[d.group(2)].format(int(n)), "text": d.group()}))
            for c in _COUNT.finditer(text, sent.start, sent.end):
                qualifier = _QUALIFIERS.get(c.group(1) or "")
                if c.group(3):
                    qualifier = "more than"
                out.append(Relation("headcount", ev, None, c.start(), c.end(), "event",
                                    attrs={"count": int(c.group(2)), "unit": c.group(4), "qualifier": qualifier}))
    out += _headline(doc, orgs, venues, dates, lead_date, named)
    acts = _verb_events(doc, orgs, venues, dates, lead_date, named) + _visits(doc, orgs, venues, dates, lead_date,
                                                                             named)
    acts += _delegations(doc, dates, lead_date, named) + _guests(doc, dates, lead_date, named)
    acts += _releases(doc, orgs, dates, lead_date, named, [m for m in (*out, *acts) if isinstance(m, Mention)])
    listed = _listed(doc, orgs, named, out, dates, lead_date)
    if listed:  # 举行了甲等4个分论坛: the items are the events, not the kind after 等 nor a part of an item
        spans = [(m.start, m.end + 12) for m in listed if isinstance(m, Mention)]
        drop = {id(m) for m in out if isinstance(m, Mention) and any(a <= m.start < b for a, b in spans)}
        out = [x for x in out if id(x) not in drop and not (isinstance(x, Relation) and id(x.subject) in drop)]
    acts += listed
    # 参加了发布活动 after 甲发布…: the act named before, not another event
    verbs = {m.name[-2:] for m in acts if isinstance(m, Mention)}
    drop = {id(m) for m in out if isinstance(m, Mention) and m.name[:-2] in verbs and m.name.endswith("活动")}
    out = [x for x in out if id(x) not in drop and not (isinstance(x, Relation) and id(x.subject) in drop)]
    out += acts
    return _merge_same(out + _next_place(doc, out, venues))


def _headline(doc: Doc, orgs: list[Mention], venues: list[Mention], dates: list[Mention], lead_date: Mention | None,
              named: dict[str, Mention]) -> list[Mention | Relation]:
    """An event named only in the title, the body telling of it by its head alone (title 某区总工会举办职工书法比赛,
    body 10日，比赛在区文化宫举行; a ceremony by its verb: title …开幕式, body …开幕): the title's name, held by whom
    the title says, where and when the body says."""
    text = doc.text
    out: list[Mention | Relation] = []
    body = doc.article.body_start
    for sent in doc.sentences:
        if sent.start >= body:
            break
        for m in _HEAD.finditer(text, sent.start, sent.end):
            if text.startswith(_NOT_AFTER, m.end()) or m.group() in _NUMBERED_ONLY:
                continue
            prefixed: list[Mention] = []
            start = _name(doc, m, sent.start, prefixed)
            name = text[start : m.end()]
            head = m.group()[-2:]  # 技能大赛 told as 大赛
            if start == m.start() or _KIND_OF.match(text, start, m.start()) or any(
                    e.endswith(head) or name in e or e in name or (len(m.group()) > 2 and m.group() in e)
                    or len(set(name) & set(e)) >= 0.6 * min(len(set(name)), len(set(e))) for e in named):
                continue  # a bare head, a kind, or the event the body names itself (“…健步走”健身活动, 六中全会)
            if _PLANNED.search(text, sent.start, start) or _SCHEDULED.match(text, m.end(), sent.end):
                continue  # …将于3月举行: still to come
            told_by = m.group()[:-1] if m.group() in ("开幕式", "闭幕式", "开班式") else head  # 开幕式 told as 开幕
            telling = [x for x in doc.sentences if x.start >= body and told_by in text[x.start : x.end]]
            if not telling or _PLANNED.search(text, telling[0].start, telling[0].end) or not (
                    _HELD.search(text, sent.start, sent.end) or _HELD.search(text, telling[0].start, telling[0].end)):
                continue  # not told in the body, or first told as a plan (将推出…演出季)
            told = telling[0]
            ev = Mention("Event", start, m.end(), name, "event", name=name, score=1.0)
            named[name] = ev
            out.append(ev)
            hosts = [o for o, _ in _organisers(text, orgs, sent.start, start)] or [
                o for o in prefixed if o.end == start and o.label in _ORG_LABELS]
            out += [Relation("organiser", ev, o, o.start, ev.end, "event") for o in hosts]
            at = next((v for v in venues if _in(v, told.start, told.end)
                       and _placed_at(text, v.start, told.start, v.end)), None)
            if at is not None:
                out.append(Relation("venue", ev, at, at.start - 1, at.end, "event"))
            when = [d for d in dates if told.start <= d.start < told.end and d.attrs.get("precision") != "year"]
            if (date := when[0] if when else lead_date) is not None:
                out.append(_dated(ev, date, date.start, date.end))
    return out


_NUMERALS = re.compile(r"[一二三四五六七八九十百\d]+")


def _abbreviates(short: str, long: str) -> bool:
    """Is ``short`` a short form of ``long``: its characters in order, the last one the same
    (杨凌农高会 of 杨凌农业高新科技成果博览会), or ``long`` goes on with 暨 (…大会 of …大会暨…论坛)?"""
    if len(short) >= len(long):
        return False
    if long.startswith(short + "暨"):
        return True
    if short[-1] != long[-1] or (short[0] != long[0] and not short[0].isdigit()):
        return False
    if _NUMERALS.findall(short) != _NUMERALS.findall(long):
        return False  # 十四届全国人大三次会议 is not 十四届全国人大常委会第十三次会议
    it = iter(long)
    return all(c in it for c in short)


def _merge_same(found: list[Mention | Relation]) -> list[Mention | Relation]:
    """One event per thing: a short form (a headline's 杨凌农高会) is the event named in full elsewhere;
    what is said of it goes to the full name."""
    events = [m for m in found if isinstance(m, Mention)]
    into: dict[int, Mention] = {}
    for a in events:
        full = [b for b in events if b is not a and _abbreviates(a.name or "", b.name or "")]
        if full:
            into[id(a)] = max(full, key=lambda b: len(b.name or ""))
    if not into:
        return found
    out: list[Mention | Relation] = []
    have = {(r.kind, id(r.subject), r.object.span if r.object else None) for r in found if isinstance(r, Relation)}
    for x in found:
        if isinstance(x, Mention):
            if id(x) not in into:
                out.append(x)
        elif id(x.subject) in into:
            b = into[id(x.subject)]
            key = (x.kind, id(b), x.object.span if x.object else None)
            if key not in have and not (x.kind in ("date", "venue") and any(
                    k == x.kind and s == id(b) for k, s, _ in have)):
                have.add(key)
                out.append(replace(x, subject=b))
        else:
            out.append(x)
    return out


def _next_place(doc: Doc, found: list[Mention | Relation], venues: list[Mention]) -> list[Relation]:
    """在某站，…: a sentence opening at a place tells where the event just reported took place."""
    text = doc.text
    placed = {id(r.subject) for r in found if isinstance(r, Relation) and r.kind == "venue"}
    out: list[Relation] = []
    for ev in found:
        if not isinstance(ev, Mention) or id(ev) in placed:
            continue
        k = next((i for i, x in enumerate(doc.sentences) if x.start <= ev.start < x.end), None)
        if k is None or k + 1 >= len(doc.sentences):
            continue
        sent, nxt = doc.sentences[k], doc.sentences[k + 1]
        if any(isinstance(e, Mention) and e is not ev and sent.start <= e.start < sent.end for e in found):
            continue  # one event in its sentence only: what follows is about it
        at = nxt.start + len(text[nxt.start : nxt.end]) - len(text[nxt.start : nxt.end].lstrip())
        v = next((v for v in venues if v.start == at + 1), None)
        if v is not None and text[at] == "在" and text.startswith("，", v.end) and not _NEW_ACTIVITY.search(
                text, v.end, nxt.end):  # 在某大学，学生们开展了…: an activity of its own there
            out.append(Relation("venue", ev, v, v.start - 1, v.end, "event"))
    return out


_NEW_ACTIVITY = re.compile(r"(?:开展|举办|举行|组织|召开)了?一?场?")


#: An organisation that 发布/公布/签订/签署/启动/下拨 something: the act is the event (数据比对合作协议签订,
#: 第九次全国职工队伍状况调查结果发布), and one that confers an honour (全国妇联决定授予…称号, 某部表彰…).
#: 印发 only of a titled document (甲、乙联合印发《…规划》, 甲、乙等11个部门联合印发…), 发表 only of a white paper or
#: report (国新办发表《…》白皮书); not 发布消息 (a news source).
_ACT = re.compile(
    r"(?:等(?:\d+|[一二两三四五六七八九十]+)个?(?:部门|单位|部委|机构))?"
    r"(?:联合|共同|正式|日前|近日|近期|今天|昨天|(?:\d{1,2}月)?\d{1,2}日){0,2}(?:（[^）]{2,12}）)?(?:日前|近日)?"
    r"(?:向(?:全社会|社会|全国|社会各界|公众)|作出决定，|(?:决定|已经?|再次)(?=下拨|授予|追授))?"
    r"(发布|签订|签署|启动|下拨|公布|授予|追授|表彰|印发(?=了?《)|发表(?=了?《[^》]{2,40}》(?:白皮书|报告)))了?"
    r"(?![的会后时了])((?:《[^》\n]{1,60}》|[^，。；：！？\n（(\s《…]){1,60})(?=[，。；：！？\n（(\s…]|$)"
)
_EVENT_ENDS = tuple(HEADS)
#: The partners a body signs with (甲与乙、丙签署…): what comes before 签署/签订.
_PARTNER = re.compile(r"(?:与|同|和)[^，。；：！？\n\s]{2,30}?(?=(?:正式|共同)?(?:签署|签订))")
#: An organisation's event, then its next act in a clause joined by 并 (…举办…活动，并发布当月“某某榜”).
_AND_ACT = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日|近日|日前)?(?:上午|下午|晚上?)?(?:在[^，。；：！？]{1,14}?)?"
                      r"(?:举办|举行|召开)[^，。；：！？]{2,40}?，(?:并|同时|随后|还)")
#: 发布寒潮蓝色预警: a notice of the weather, not an act reported as an event.
_NOTICES = ("预警", "预报", "警报", "信号", "提示")
#: Acts named verb first (授予某某…称号, 表彰…先进集体); the others object first (…协议签订).
_VERB_FIRST = ("授予", "追授", "表彰", "印发", "发表")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
#: A conferral told as past: 牺牲后, 去世后, 后来, 生前.
_PAST = re.compile(r"后来|生前|牺牲后|去世后|逝世后|殉职后")
#: 发布报告称, 发布数据显示: a source of what is said, not an act.
_SAYS = re.compile(r"(?:显示|称|表示|预计|指出|认为|说)$")


def _verb_events(doc: Doc, orgs: list[Mention], venues: list[Mention], dates: list[Mention],
                 lead_date: Mention | None, named: dict[str, Mention]) -> list[Mention | Relation]:
    """Acts of organisations reported as events, named by what is done and the verb, with their organisers."""
    text = doc.text
    out: list[Mention | Relation] = []
    ordered = sorted((o for o in orgs if o.start >= doc.article.body_start), key=lambda o: o.start)
    for i, org in enumerate(ordered):
        act = _ACT.match(text, org.end)
        place = next((v for v in venues if v.start == org.end + 1 and text[org.end] == "在"), None)
        if act is None and place is not None:  # 甲在乙发布…: the act at a place
            act = _ACT.match(text, place.end)
        else:
            place = None
        partner = None
        if act is None and (also := _AND_ACT.match(text, org.end)) is not None:
            act = _ACT.match(text, also.end())  # 甲30日在某地举办…活动，并发布…: its second act
        if act is None and (partner := _PARTNER.match(text, org.end)) is not None:
            act = _ACT.match(text, partner.end())  # 甲与银行、保险公司签署三方协议: a signing with partners
        if act is None or act.group(2).startswith(("消息", "通知", "文件")) or act.group(2).endswith(_NOTICES):
            continue
        obj = act.group(2).rstrip("的")
        if len(obj) < 2:
            continue
        if _SAYS.search(obj) or obj.count("《") != obj.count("》") or obj.count("“") != obj.count("”"):
            continue
        again = named.get(act.group(1) + obj if act.group(1) in _VERB_FIRST else obj + act.group(1))
        if again is not None and partner is None:  # a headline's act told again in full: its signers too
            have = {r.object.text for r in out if isinstance(r, Relation) and r.subject is again and r.object}
            k = i
            while k > 0 and _JOIN.fullmatch(text[ordered[k - 1].end : ordered[k].start]):
                k -= 1
            out += [Relation("organiser", again, o, o.start, act.end(), "event") for o in ordered[k : i + 1]
                    if o.text not in have]
            continue
        if any(obj in e or e.endswith(obj) or (len(e) >= 4 and e.endswith(_EVENT_ENDS) and obj.endswith(e))
               for e in named):
            continue  # 启动…三年行动, 启动2023年…送温暖活动 (…送温暖活动 named): the event is already named
        if act.group(1) in ("授予", "追授", "表彰"):
            if act.group(1) != "表彰" and not obj.endswith("称号"):
                continue  # 授予某某…称号: a conferral; 授予…权力 is none
            sent = doc.sentence_at(org.start)
            years = [int(y) for y in _YEAR.findall(text, sent.start, org.start)]
            if text[org.start - 1 : org.start] == "被" or (years and years[-1] != doc.context.get("year")) or (
                    sent.start < org.start and _PAST.search(text, sent.start, org.start)):
                continue  # 2005年被国务院授予…, 后来被…: an honour of the past, told in a life story
        elif act.group(1) in ("印发", "发布", "发表", "公布") and "《" in obj:
            sent = doc.sentence_at(org.start)
            years = [int(y) for y in _YEAR.findall(text, sent.start, org.start)]
            title = re.search(r"《[^》]+》", obj)
            if ((years and years[-1] != doc.context.get("year")) or _LONG_AGO.search(text, sent.start, org.start)) and (
                    title is None or title.group() not in text[: doc.article.body_start]):
                continue  # 去年10月，某部印发《…》: a document of the past, cited as background (not the headline's)
        name = act.group(1) + obj if act.group(1) in _VERB_FIRST else obj + act.group(1)
        ev = Mention("Event", act.start(1), act.end(2), name, "event", name=name, score=1.0)
        named[name] = ev
        out.append(ev)
        hosts = [org]
        k = i
        while k > 0 and _JOIN.fullmatch(text[ordered[k - 1].end : ordered[k].start]):
            hosts.append(ordered[k - 1])
            k -= 1
        if partner is not None:  # 甲与乙签署…: 乙 signs too
            hosts += [o for o in ordered if partner.start() < o.start and o.end <= partner.end()]
        out += [Relation("organiser", ev, o, o.start, ev.end, "event") for o in hosts]
        if place is not None:
            out.append(Relation("venue", ev, place, place.start - 1, ev.end, "event"))
        sent = doc.sentence_at(org.start)
        when = [d for d in dates if sent.start <= d.start < org.start and d.attrs.get("precision") != "year"]
        date = when[-1] if when else lead_date
        if date is not None:
            out.append(_dated(ev, date, date.start, max(date.end, ev.end) if when else date.end))
    return out


#: 开展了甲、乙、丙等活动, 举行了甲等4个分论坛, 参加甲、乙等活动: events listed, the kind they share after 等.
_LISTED = re.compile(
    r"(?:开展|举办|举行|推出|参加|组织|策划)了?((?:[^，。；：、！？\n]{2,32}、)*[^，。；：、！？\n]{2,32}?)"
    r"等(?:\d+|[一二两三四五六七八九十]+)?(?:个|场|项|类|系列)?[\u4e00-\u9fff]{0,8}?"
    r"(?:活动|论坛|分论坛|赛事|比赛|展览|讲座|演出)"
)
#: “甲”“乙”等活动 (发起了“…”“…”等活动): quoted names one after another, each an event.
_QUOTED_LISTED = re.compile(
    r"(?:开展|举办|举行|推出|参加|组织|策划|发起)了?((?:“[^“”，。；\n]{1,24}”、?){2,6})"
    r"等(?:\d+|[一二两三四五六七八九十]+)?(?:个|场|项|类|系列)?[\u4e00-\u9fff]{0,8}?"
    r"(?:活动|论坛|分论坛|赛事|比赛|展览|讲座|演出)"
)
#: 等各类活动, 等多种形式的活动: kinds of activity, not events.
_MANY_KINDS = re.compile(r"等[^，。；]{0,2}(?:各类|各种|各项|多种|多项|多样)")
#: A verb at the head of a listed item (组织|开展公益讲座).
_ITEM_VERB = re.compile(r"(?:开展|举办|举行|组织|参加|推出|策划)了?")
#: An item that names one event: quoted, counted (第二十四届), long, or ending like an event.
_ITEM_HEADS = (*HEADS, "展示", "展播", "访谈", "团课", "晚会", "大会", "分论坛")


def _listed(doc: Doc, orgs: list[Mention], named: dict[str, Mention], found: list[Mention | Relation],
            dates: list[Mention], lead_date: Mention | None) -> list[Mention | Relation]:
    """Events listed with 、 before 等…活动 (先后开展了甲、乙、丙等活动), each an event of its own, held by
    who holds the sentence's activity: an organisation before the verb, else the event the sentence
    opens with (活动…开展了…: the event just reported)."""
    text = doc.text
    out: list[Mention | Relation] = []
    # “春天加油！”“家有逆行者”等活动: a quoted list may run over what the splitter took for a sentence end (！”)
    quoted_all = list(_QUOTED_LISTED.finditer(text, doc.article.body_start))
    for sent in doc.sentences:
        if sent.start < doc.article.body_start:
            continue
        last = max((m for m in found if isinstance(m, Mention) and m.start < sent.start), key=lambda m: m.start,
                   default=None)
        found_lists = [*_LISTED.finditer(text, sent.start, sent.end)]
        for q in (q for q in quoted_all if sent.start <= q.start() < sent.end):  # “甲”“乙”等活动: one list
            over = [x for x in found_lists if x.start(1) < q.end(1) and q.start(1) < x.end(1)]
            if not any("、" in x.group(1) for x in over):
                found_lists = [x for x in found_lists if x not in over] + [q]
        for lst in found_lists:
            clause = max(sent.start, *(text.rfind(c, sent.start, lst.start()) + 1 for c in "，；"))
            if (_PLANNED.search(text, clause, lst.start(1)) or _NOT_HELD.search(text, clause, lst.start())
                    or _PLAN_TIME.search(text, sent.start, lst.start(1))
                    or _WISHED.search(text, clause, lst.start(1))
                    or _GENERAL.search(text, clause, lst.start(1)) or _AT_LARGE.search(text, clause, lst.start(1))
                    or _MANY_DO.search(text, clause, lst.start(1))
                    or _MANY_KINDS.search(lst.group())):
                continue  # 每年举办甲、乙等活动, 开展甲、乙等各类活动: no one event each
            hosts = [o for o, _ in _organisers(text, orgs, sent.start, lst.start(1))]
            if not hosts and last is not None and text.startswith(("活动", "此次活动", "本次活动"), sent.start):
                hosts = [r.object for r in found if isinstance(r, Relation) and r.subject is last
                         and r.kind == "organiser" and r.object is not None]
            pos = lst.start(1)
            if text.startswith("好", lst.start(1)):
                continue  # 开展好视察、协商等活动: what is to be done well, no events
            quoted = lst.re is _QUOTED_LISTED
            items = re.findall(r"“[^”]*”、?", lst.group(1)) if quoted else lst.group(1).split("、")
            for item in items:
                a, pos = pos, pos + len(item) + (0 if quoted else 1)
                item = item.rstrip("、")
                verb = _ITEM_VERB.match(item)
                if verb is not None:  # 组织开展公益讲座、…: the event after the verb
                    a, item = a + verb.end(), item[verb.end() :]
                name = item.strip()
                if not (("“" in name and name.count("“") == name.count("”")) or len(name) >= 6
                        or name.endswith(_ITEM_HEADS)) or name.startswith(("各", "多", "一系列", "的")):
                    continue  # 理论学习、政策宣讲等活动: kinds of activity, not events
                if name in named and not lst.start(1) <= named[name].start < lst.end():
                    continue  # named before: that event again
                if any(a < p.end and p.start < a + len(item) for p in doc.mentions if p.label == "Person"):
                    continue  # 世界旅游组织秘书长某某等出席…: a person, not an event (组织 of a body's name)
                ev = Mention("Event", a, a + len(item), name, "event", name=name, score=1.0)
                named[name] = ev
                out.append(ev)
                out += [Relation("organiser", ev, o, o.start, ev.end, "event") for o in hosts]
                when = [d for d in dates if sent.start <= d.start < lst.start() and d.attrs.get("precision") != "year"]
                date = when[-1] if when else lead_date
                if date is not None:
                    out.append(_dated(ev, date, date.start, date.end))
    return out


#: 参加内蒙古、河南代表团审议: the deliberation of a provincial delegation (全国人代会), one per delegation listed.
_DELEGATION = re.compile(r"代表团(?:的)?审议")
_PROVINCE_ITEM = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[、和])?$")


def _delegations(doc: Doc, dates: list[Mention], lead_date: Mention | None,
                 named: dict[str, Mention]) -> list[Mention | Relation]:
    """Deliberations of delegations (参加甲、乙代表团审议): each delegation named by its province holds one."""
    text = doc.text
    lx = lexicon()
    out: list[Mention | Relation] = []
    for d in _DELEGATION.finditer(text, doc.article.body_start):
        end = d.start()
        while True:
            item = _PROVINCE_ITEM.search(text, max(0, end - 4), end)
            place = item and next((n for n in (item.group(1), item.group(1)[1:])
                                   if any(x.level == "province" for x in lx.by_name.get(n, []))), None)
            if not item or not place:
                break
            a = item.end(1) - len(place)
            name = f"{place}代表团审议"
            if name not in named:
                ev = Mention("Event", a, d.end(), name, "event", name=name, score=1.0)
                named[name] = ev
                team = Mention("Organization", a, a + len(place), place + "代表团", "event", name=place + "代表团")
                out += [ev, Relation("organiser", ev, team, a, d.end(), "event")]
                sent = doc.sentence_at(a)
                when = [x for x in dates if sent.start <= x.start < a and x.attrs.get("precision") != "year"]
                date = when[-1] if when else lead_date
                if date is not None:
                    out.append(_dated(ev, date, date.start, date.end))
            if a == item.start(1) and text[a - 1 : a] not in ("、", "和"):
                break
            end = a - 1 if text[a - 1 : a] in ("、", "和") else a
            if end == a:
                break
    return out


_STOP = "，。；：！？\n"
#: Places that are no venue: where a leader meets or talks (在北京会见…, 在吉隆坡同…举行会谈).
_PLACES = ("City", "Province", "District", "Country", "Place")
#: A leader's reply, letter, talk or visit (习近平给…回信, 发来贺信, 致信祝贺…, 同…集体谈话, 到…考察,
#: two leaders' letters: 甲同乙分别致贺信, one each,
#: 对某国进行国事访问; 某某等领导同志会见…): after the person, a title,
#: a day (or days: 2日至5日) and
#: a place may come (习近平23日下午在中南海同…集体谈话), not a count (两次到…考察: a background).
_VISIT = re.compile(
    r"(?P<title>总书记|总理|副总理|委员长|副委员长)?(?:等(?:党和国家)?(?:领导同志|领导人|同志)?)?"
    r"(?:\d{1,2}月)?(?:\d{1,2}日)?(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上)?"
    rf"(?:在(?P<at>京|[^{_STOP}]{{2,12}}?))?(?:率团|率代表团)?"
    rf"(?:(?P<to>给|同)(?P<obj>[^{_STOP}]{{2,30}}?)(?<!的)(?P<verb>回信|集体谈话)"
    rf"|(?P<go>到|来到|赴)(?P<place>[^{_STOP}]{{2,20}}?)(?P<visit>考察调研|走访调研|蹲点调研|调研|考察|视察)"
    rf"|(?P<go2>对)(?P<land>[^{_STOP}]{{2,12}}?)进行(?P<visit2>(?:正式友好|国事|正式|友好|工作)?访问)"
    rf"|(?P<arrive>抵达)(?P<dest>[^{_STOP}]{{2,16}}?)(?:开始|进行)?(?:对[^{_STOP}]{{2,12}}?进行)?"
    rf"(?P<visit3>(?:正式友好|国事|正式|友好|工作)?访问)"
    rf"|(?P<meet>会见|会晤|接见)(?P<guest>[^{_STOP}]{{2,30}})"
    rf"|(?P<see>视察|参观)了?(?![后时中])(?P<site>[^{_STOP}]{{2,24}})"
    rf"|(?:(?:同|和|与)[^{_STOP}]{{2,24}}?(?=分别))?(?:分别)?"
    rf"(?:(?P<to3>向)[^{_STOP}]{{2,30}}?)?(?P<letter>发来贺信|发来贺电|致贺信|致贺电|致信|致电|复信)"
    rf"(?:(?:表示)?(?:热烈|衷心)?(?:祝贺|慰问|问候|哀悼)[^{_STOP}]{{0,30}}|(?!指出|强调|表示|说|称|中)[^{_STOP}]{{2,20}}?(?=[{_STOP}]))?"
    rf"|(?P<with>同|与)(?P<partner>[^{_STOP}]{{2,24}}?)举行(?P<talk>会谈|会晤|会议|磋商))"
)
#: A body's trip to see and study (全总调研组近日赴基层蹲点调研): its visit, named from the going.
_ORG_TRIP = re.compile(rf"(?:调研组|考察团|代表团|工作组)?(?:近日|日前|今天|昨天|\d{{1,2}}日)?(?:派员|组织)?"
                       rf"(?P<go>赴|到|前往)(?P<place>[^{_STOP}]{{2,20}}?)(?:开展|进行)?"
                       rf"(?P<visit>考察调研|走访调研|蹲点调研|调研|考察|视察)")
#: 甲联合乙，走访慰问…等一线户外劳动者: a union's visit to those it serves, named by them.
_CALL = re.compile(rf"(?:联合(?P<with>[^{_STOP}]{{2,30}}?)，?)?(?:近日|日前)?(?P<verb>走访慰问|看望慰问)"
                   rf"(?P<obj>[^{_STOP}]{{2,40}})")


def _visits(doc: Doc, orgs: list[Mention], venues: list[Mention], dates: list[Mention],
            lead_date: Mention | None, named: dict[str, Mention]) -> list[Mention | Relation]:
    """Visits, replies and talks of a person (习近平给…回信) and a union's 走访慰问, with who made them."""
    text = doc.text
    out: list[Mention | Relation] = []
    subjects = sorted((m for m in doc.mentions if m.start >= doc.article.body_start
                       and m.label in ("Person", *_ORG_LABELS)), key=lambda m: m.start)
    for who in subjects:
        hosts = [who]
        if who.label == "Person":
            v = _VISIT.match(text, who.end)
            if v is None:
                continue
            at = next((x for x in venues if v.group("at") and x.end == v.end("at") and (
                x.start == v.start("at") or _a_division(text[v.start("at") : x.start]))), None)  # 在北京人民大会堂
            if v.group("at") and at is None and v.group("at") not in ("京", "北京") and not any(
                    (x.start, x.end) == v.span("at") and x.label in _PLACES for x in doc.mentions):
                continue  # 在同…谈话时: a reference to the talk, not the talk (在北京会见…: a city, no venue)
            if v.group("place") in ("这里", "那里", "此地", "当地"):
                continue  # 来到这里考察: where is said before
            clause = max(doc.sentence_at(who.start).start, *(text.rfind(c, 0, who.start) + 1 for c in "，；"))
            if v.group("letter") and "向" in text[clause : who.start]:
                continue  # 某某向习近平致信: he is written to, not the writer
            verb = (v.group("verb") or v.group("visit") or v.group("visit2") or v.group("visit3") or v.group("meet")
                    or v.group("talk") or v.group("see") or v.group("letter"))
            first = min(v.start(g) for g in ("to", "go", "go2", "arrive", "meet", "with", "see", "to3", "letter")
                        if v.group(g))
            if _WHEN.search(v.group("site") or v.group("guest") or "") or _WHEN_OF.search(
                    v.group("site") or v.group("guest") or "") or (
                    v.group("letter") and _WHEN.search(v.group())):
                continue  # 某某视察…时, 致信祝贺…时强调: when, the visit or letter told elsewhere
            if at is None and v.group("see"):  # 参观了某馆: the place seen
                at = next((x for x in venues if v.start("site") <= x.start and x.end <= v.end("site")), None)
            name = who.text + (v.group("title") or "") + text[first : v.end()]
        else:
            v = _CALL.match(text, who.end)
            if v is None:
                trip = _ORG_TRIP.match(text, who.end)
                if trip is None or trip.group("place") in ("这里", "那里", "此地", "当地"):
                    continue
                v, at = trip, next((x for x in venues if trip.start("place") <= x.start
                                    and x.end <= trip.end("place")), None)
                name = text[trip.start("go") : trip.end()]  # 全总…赴基层蹲点调研
                if name in named:
                    continue
                ev = Mention("Event", who.start, v.end(), name, "event", name=name, score=1.0)
                named[name] = ev
                out += [ev, Relation("organiser", ev, who, who.start, ev.end, "event")]
                if at is not None:
                    out.append(Relation("venue", ev, at, at.start - 1, ev.end, "event"))
                sent = doc.sentence_at(who.start)
                when = [d for d in dates if sent.start <= d.start < v.end() and d.attrs.get("precision") != "year"]
                if (date := when[-1] if when else lead_date) is not None:
                    out.append(_dated(ev, date, date.start, date.end))
                continue
            at = None
            verb = v.group("verb")
            obj = v.group("obj")
            obj = obj.rsplit("等", 1)[1] if "等" in obj else obj  # …快递员等一线户外劳动者: the whole group
            if len(obj) < 2:
                continue
            name = verb + obj
            if v.group("with"):
                hosts += [o for o in orgs if (o.start, o.end) == v.span("with")]
        if name in named:
            continue
        ev = Mention("Event", who.start, v.end(), name, "event", name=name, score=1.0)
        named[name] = ev
        out.append(ev)
        out += [Relation("organiser", ev, o, o.start, ev.end, "event") for o in hosts]
        if at is not None:
            out.append(Relation("venue", ev, at, at.start - 1, ev.end, "event"))
        sent = doc.sentence_at(who.start)
        when = [d for d in dates if sent.start <= d.start < v.end() and d.attrs.get("precision") != "year"]
        date = when[-1] if when else lead_date
        if date is not None:
            out.append(_dated(ev, date, date.start, date.end))
        if who.label == "Person":
            out += _then_met(doc, who, v.end(), sent.end, venues, date, named)
    return out


#: 会见来华进行国事访问的某国总统某某: the guest's visit, held by the guest named after 的.
_GUEST = re.compile(r"(?P<visit>(?:来华|访华)(?:进行|开始)?(?:正式友好|国事|正式|友好|工作)?访问)的")


def _guests(doc: Doc, dates: list[Mention], lead_date: Mention | None,
            named: dict[str, Mention]) -> list[Mention | Relation]:
    """Visits of foreign guests told in a clause before their name (会见来华进行正式访问的某国总理某某)."""
    text = doc.text
    out: list[Mention | Relation] = []
    persons = [m for m in doc.mentions if m.label == "Person" and not m.attrs.get("partial")]
    for g in _GUEST.finditer(text, doc.article.body_start):
        who = next((p for p in persons if g.end() <= p.start <= g.end() + 24
                    and not any(c in _STOP for c in text[g.end() : p.start])), None)
        if who is None:
            continue
        name = who.text + g.group("visit")
        if name in named:
            continue
        ev = Mention("Event", g.start(), g.end("visit"), name, "event", name=name, score=1.0)
        named[name] = ev
        out += [ev, Relation("organiser", ev, who, g.start(), who.end, "event")]
        sent = doc.sentence_at(g.start())
        when = [d for d in dates if sent.start <= d.start < g.start() and d.attrs.get("precision") != "year"]
        if (date := when[-1] if when else lead_date) is not None:
            out.append(_dated(ev, date, date.start, date.end))
    return out


#: 会见某某时说, 视察…期间: the time of a remark, not a meeting or visit reported.
_WHEN = re.compile(r"(?:时|期间|之际|后)(?:[说讲称]|表示|强调|指出)?$")
#: 回忆起…视察工程时的情景: the visit recalled as a moment, not reported.
_WHEN_OF = re.compile(r"(?:时|期间|之际)的")

#: A clause that goes on with the same leader's meetings: …，在吉隆坡分别会见甲、乙，与丙举行会谈。
_THEN_MEETS = re.compile(
    rf"(?:(?:还|并|随后|先后|分别|也)?在(?P<at>[^{_STOP}]{{2,12}}?))?(?:还|并|随后|先后|分别|也)?"
    rf"(?:(?P<meet>会见|会晤|接见|视察|参观)了?(?P<guest>[^{_STOP}]{{2,30}})"
    rf"|(?:同|与)(?P<partner>[^{_STOP}]{{2,24}}?)举行(?P<talk>会谈|会晤))"
)


def _then_met(doc: Doc, who: Mention, start: int, end: int, venues: list[Mention], date: Mention | None,
              named: dict[str, Mention]) -> list[Mention | Relation]:
    """Meetings and talks in the clauses after a leader's visit or meeting, with no other subject named:
    the same leader's (…进行正式友好访问，在某地分别会见甲、乙，与丙举行会谈)."""
    text = doc.text
    out: list[Mention | Relation] = []
    pos = start
    while True:
        comma = min((i for i in (text.find(c, pos, end) for c in "，；") if i != -1), default=-1)
        if comma == -1:
            break
        pos = comma + 1
        m = _THEN_MEETS.match(text, pos, end)
        if m is None or _WHEN.search(m.group("guest") or ""):
            continue  # …会见某某时说: when, not a meeting reported
        first = m.start("meet") if m.group("meet") else m.start("partner") - 1  # 并与甲举行会谈: from 与
        name = text[first : m.end()]
        if name in named:
            continue
        ev = Mention("Event", first, m.end(), name, "event", name=name, score=1.0)
        named[name] = ev
        out += [ev, Relation("organiser", ev, who, who.start, m.end(), "event")]
        at = next((x for x in venues if m.group("at") and (x.start, x.end) == m.span("at")), None) or next(
            (x for x in venues if m.group("meet") in ("视察", "参观") and m.start("guest") <= x.start
             and x.end <= m.end()), None)  # 参观了某馆: the place seen
        if at is not None:
            out.append(Relation("venue", ev, at, at.start - 1, ev.end, "event"))
        if date is not None:
            out.append(_dated(ev, date, date.start, date.end))
    return out


#: A document, list or figures released in the news (近日，某局发布通知，要求…; 某署13日发布数据显示…;
#: 今天（12月10日），《…标准》发布): told with a recent time, whoever issues it (an organisation or none named).
_RECENT = r"(?:近日|日前|近期|今天|昨天|前天|当天|(?:\d{1,2}月)?\d{1,2}日)(?:（[^）]{2,12}）)?(?:上午|下午|晚上?)?"
_DOCUMENTS = ("通知", "意见", "办法", "方案", "规划", "报告", "数据", "名单", "目录", "标准", "指南", "白皮书", "公告",
              "通告", "规定", "细则", "清单", "榜单", "指数", "公报", "倡议书", "动员令", "成果")
_RELEASE = re.compile(
    rf"(?P<when>{_RECENT})，?(?P<who>[^。；！？\n“”]{{0,60}}?)(?P<when2>{_RECENT})?(?:正式|联合|共同|对外|向社会)?"
    rf"(?P<verb>发布|公布|印发|下发|发出)了?(?P<obj>《[^》\n]{{1,60}}》[^{_STOP}《]{{0,6}}?|[^{_STOP}《“”的]{{2,20}}?)"
    rf"(?:显示|称|指出)?(?=[{_STOP}])"
    rf"|(?P<when3>{_RECENT})，?(?P<title>《[^》\n]{{1,60}}》|“[^”\n]{{2,30}}”[^{_STOP}“”]{{0,12}}?)"
    rf"(?P<verb2>发布|公布|印发)(?=[{_STOP}])"
)
#: …told object first, opening a clause: 《…办法》近日正式公布, 某某认证标准正式发布.
_RELEASED = re.compile(
    rf"(?<![^{_STOP}\s])(?P<title>《[^》\n]{{1,60}}》|[^{_STOP}\s“”《》]{{2,30}}?)(?P<when>{_RECENT})?(?P<formal>正式)?"
    rf"(?P<verb>发布|公布|印发)(?=[{_STOP}\s]|$)"
)
_NOT_RELEASED = re.compile(r"将|拟|计划|^据|根据|按照|依据|依照")


def _releases(doc: Doc, orgs: list[Mention], dates: list[Mention], lead_date: Mention | None,
              named: dict[str, Mention], found: list[Mention]) -> list[Mention | Relation]:
    """Releases told with a recent time that no other rule names (近日，某局发布通知，要求…): the verb and the
    document (a title, or a word for a document: 通知, 数据, 名单 …), issued by the organisations before the verb."""
    text = doc.text
    out: list[Mention | Relation] = []
    told = [r for r in _RELEASED.finditer(text, doc.article.body_start) if r.group("when") or r.group("formal")
            or r.group("title").startswith("《")]
    for r in [*_RELEASE.finditer(text, doc.article.body_start), *told]:
        if "obj" not in r.re.groupindex:  # 《…》近日正式公布: the document first
            verb, obj, at = r.group("verb"), r.group("title"), r.start("verb")
        elif r.group("verb"):
            verb, obj, at = r.group("verb"), r.group("obj"), r.start("verb")
        else:
            verb, obj, at = r.group("verb2"), r.group("title"), r.start("verb2")
        if not (obj.startswith("《") or obj.endswith(_DOCUMENTS)) or obj.count("《") != obj.count("》"):
            continue  # 发布消息, 公布了其评选的…: no document named
        sent = doc.sentence_at(at).start
        clause = max(sent, *(text.rfind(c, 0, r.start()) + 1 for c in "，；"))  # where the time is told
        verb_clause = max(sent, *(text.rfind(c, 0, at) + 1 for c in "，；"))
        if _NOT_RELEASED.search(text, clause, r.start()) or _NOT_RELEASED.search(text, verb_clause, at) or any(
                m.start <= at < m.end for m in found):
            continue  # 将发布…, 据…发布: a plan or a source; or an act another rule names
        years = [int(y) for y in _YEAR.findall(text, sent, at)]
        if years and years[-1] != doc.context.get("year"):
            continue  # 2018年9月，某省发布了…方案: a document of another year, cited as background
        first = "obj" in r.re.groupindex and r.group("verb")  # 某局发布…: the issuer before the verb
        who = [o for o in orgs if (clause <= o.start and o.end <= r.start() and verb_clause <= r.start()) or (
            max(r.start("who"), verb_clause) <= o.start and o.end <= at)] if first else []
        if first and not who and r.start() < verb_clause and (verb_clause == at or text[verb_clause] in "向并随"):
            # 1月2日，某某签署…命令，向全军发布…: the clause has no subject of its own, the sentence's person issues it
            who = [p for p in doc.mentions if p.label == "Person" and not p.attrs.get("partial")
                   and r.start() <= p.start and p.end < verb_clause][-1:]
        name = (who[-1].text if who else "") + verb + obj if first else obj + verb
        title = re.search(r"《([^》]+)》", obj)
        if name in named or (title and any(title.group(1) in e for e in named)) or (len(obj) >= 6 and any(
                len(set(e)) >= 6 and len(set(obj) & set(e)) >= 0.7 * min(len(set(obj)), len(set(e))) for e in named)):
            continue  # the headline's 某局印发《…》 (某某标准正式发布) told again: one release
        ev = Mention("Event", at, r.end(), name, "event", name=name, score=1.0)
        named[name] = ev
        out.append(ev)
        out += [Relation("organiser", ev, o, o.start, ev.end, "event") for o in who]
        when = [d for d in dates if r.start() <= d.start < at and d.attrs.get("precision") != "year"]
        if (date := when[-1] if when else lead_date) is not None:
            out.append(_dated(ev, date, date.start, date.end))
    return out
