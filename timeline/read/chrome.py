"""Site chrome: which lines of a text are noise (spam, banners, furniture, metadata, repeats), as spans."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from timeline.read.datelines import is_dateline, wire_dates
from timeline.textprep import Prepared, prepare
from timeline.timex.rules.pattern import Unbounded, first_chars

# Noise lines

# Spam keywords of pirate video / gambling sites that hijack scraped pages (simplified). Two distinct
# ones on a line make it spam; one alone is too weak (亚洲, 国产 and 精品 occur in news).
_SPAM_WORDS = (
    "在线观看", "免费观看", "在线免费", "在线播放", "在线视频", "高清在线", "不卡", "无码", "有码",
    "亚洲精品", "国产精品", "精品网站", "国产剧情", "日韩", "欧美精品", "成人视频", "成人网站", "av在线",
    "娱乐城", "博彩", "时时彩", "六合彩", "真人视频", "百家乐", "老虎机", "午夜福利", "午夜影院",
    "一区二区", "二区三区", "中文字幕", "影音先锋", "第四色", "国产自产", "视频一区", "精品一区",
)  # fmt: skip
# Words of gambling and app-promotion sites that no news headline or dateline carries: one is enough on
# a short line (`彩神88-彩神88`, `大发平台官网平台_大发平台官方`, `黑红大战app邀请码`).
_GAMBLING = re.compile(
    r"彩票|彩神|快三|快3|时时彩|pk10|网投|棋牌|娱乐平台|娱乐官网|娱乐登录|平台官网|官方平台|平台官方|平台登录|平台注册"
    r"|投注|下注|赌场|赌博网|真人娱乐|开户|邀请码|礼包码|注册送|首存|app下载|官方下载|电子游戏|老虎机|捕鱼|体育投注|体育app"
    r"|bet\d|\d{3}\.com|大发|凤凰彩|幸运飞艇|北京赛车|澳门金沙|威尼斯人|葡京|太阳城|永利|皇冠体育|亚博|博彩",
    re.IGNORECASE,
)
# A site name said twice (`彩神88-彩神88`, `宝利彩票|宝利彩票`, `黑红大战app|黑红大战app邀请码`).
_SAID_TWICE = re.compile(r"^(?P<name>[^\s|丨_\-—]{2,20})\s*[|丨_\-—–]+\s*(?P=name)")
# what may follow the name said twice (`黑红大战app|黑红大战app邀请码`); a longer tail makes a headline
# (`北京|北京大到暴雨来临之前…`)
_SAID_TWICE_TAIL = 8


def _said_twice(line: str) -> bool:
    match = _SAID_TWICE.match(line)
    return bool(match) and len(line) - match.end() <= _SAID_TWICE_TAIL


# Site banners and breadcrumbs: `中国共产党新闻网>>…官方网站`, `中共中央宣传部委托新华通讯社主办`.
_BANNER = re.compile(
    r">>|»|首页\s*[>/]|>\s*正文|当前位置|您的位置|您现在的位置|所在位置|本页位置|^[您你](?:现在|当前)的?(?:位置)?\s*[:：]|版权所有|all rights reserved|copyright|©"
    r"|icp[备证]|公网安备|增值电信|违法和不良信息|举报电话|举报邮箱|互联网新闻信息服务|网络文化经营"
    r"|^[\u4e00-\u9fff]{2,16}许可证\s*[:：]?\s*[\d\-号]{6,}$"  # `互联网新闻信息许可证:61120180013`
    r"|(?:官方网站|官网|主办|承办|协办|联合出品|网站地图)$",
    re.IGNORECASE,
)
_HOME_MENU = re.compile(r"^首页\s+\S{2,8}\s+\S")
# A breadcrumb run together (`首页华文教育`, `首頁 > 國際`): home and one section, alone on its line.
_HOME_CRUMB = re.compile(r"^首页\s*[>›»/]?\s*[\u4e00-\u9fff]{2,6}$")
# Top bars, tool bars and share bars: short lines made of these (`设为首页 | 加入收藏`, `手机版`,
# `上一篇 下一篇 放大 缩小`, `请输入关键词 搜索`, `点击右上角微信好友`).
_TOOLBAR = re.compile(
    r"设为首页|加入收藏|收藏本站|登录|登入|注册|退出|无障碍|繁体|简体|繁體|english|手机版|手机看|手机网|移动版|客户端"
    r"|下载app|打开app|app下载|扫码|二维码|扫一扫|关注我们|公众号|订阅|rss|上一篇|下一篇|上一页|下一页|放大|缩小"
    r"|字号|字体|默认|打印|关闭|返回|顶部|搜索|请输入|关键词|关键字|高级检索|站内检索|分享到|分享|朋友圈|微信好友"
    r"|微博|qq空间|点击右上角|浏览器分享|正在阅读|纠错|举报|点赞|评论\(\d*\)|阅读\(\d*\)|今天是|天气|更多>|更多>>"
    r"|跳转至|主菜单|主选单|skip to|inhalt|navigation|metanavigation|找回密码|快速开始|立即注册|qq登录|微信登录"
    r"|注册时间|最后登录|在线时间|显示全部楼层|阅读模式|复制链接|只看该作者|倒序浏览|查看:|回复:|楼主|电梯直达"
    r"|(?<![a-z])app(?![a-z])|(?<![a-z])icon(?![a-z])|下载|打开|跳转到|立即注册|没有账号|才可以|只需一步|参与评论",
    re.IGNORECASE,
)
# Labels of page furniture, on a short line of their own (`分享到:`, `责任编辑:孔德明`, `(责编:…)`).
_FURNITURE = re.compile(
    r"^[(\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|美编|值班编辑|分享到|分享|相关文章|相关阅读|相关新闻"
    r"|相关专题|相关链接|相关报道|相关推荐|延伸阅读|推荐阅读|热门推荐|编辑推荐|热门文章|热点推荐|热点新闻|热门新闻"
    r"|点击排行|排行榜|精彩推荐|精彩图片|猜你喜欢|为你推荐|网友评论|发表评论|我要评论|评论|广告|返回顶部|返回首页"
    r"|打印本页|打印|关闭窗口|关闭|上一篇|下一篇|扫一扫|扫描二维码|微信扫一扫|手机看|手机版|字号|字体大小|字体|字级|纠错|举报|收藏"
    r"|点赞|转发|加载更多|查看更多|更多|正在阅读|阅读|浏览|点击|标签|关键词|tags|首图|组图"
    r"|通版阅读请点击|通版阅读|展开通版|收缩通版|当前版|上一版|下一版|版面导航|返回目录"
    r"|收藏成功|分享成功|复制成功|点赞成功|打开文本图片集|打开图片集|查看图集|查看大图)\s*(?:[::)\]】]|$)",
    re.IGNORECASE,
)
# Headers that open a list of links or a comment section: what follows them is not the article.
_LIST_HEADER = re.compile(
    r"^[(\[【■●▌|]?\s*(?:相关文章|相关阅读|相关新闻|相关专题|相关链接|相关报道|相关推荐|延伸阅读|推荐阅读|热门推荐"
    r"|编辑推荐|热门文章|热点推荐|热点新闻|热门新闻|点击排行|排行榜|精彩推荐|猜你喜欢|为你推荐|最新文章|最新新闻"
    r"|今日推荐|图片新闻|往期回顾|更多新闻|更多阅读|本周热点|24小时热点|热门排行|热文|新闻排行"
    r"|更多\S{1,6}?(?:报导|报道|新闻|文章|资讯))\s*[::)\]】]?\s*(?:更多.*)?$"
)
_COMMENT_HEADER = re.compile(
    r"^[(\[【■●]?\s*(?:网友评论|最新评论|热门评论|精彩评论|全部评论|评论区|发表评论|我要评论|读者评论|用户评论|网友留言"
    r"|留言板|我要留言|(?:已有|共|查看)\s*\d+\s*(?:条|人|则)?\s*(?:评论|参与|跟帖|留言|回应)|评论\s*\(\s*\d+\s*\)"
    r"|[A-Za-z]{0,8}讨论区$"  # `共 0 則留言`, `udn討論區`
    r"|※\s*发信站\s*:)"  # a bulletin board's sign-off (`※ 發信站: 批踢踢實業坊`): the pushes follow it
)
# A media player's position and length alone on a line (`0:00 /`, `0:00`, `01:23 / 04:56`).
_PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s*(?:/\s*(?:\d{1,2}:\d\d(?::\d\d)?)?)?$")
# A widget's placeholder while it loads or writes (`生成中...【新闻摘要】`, `正在加载…`, `加载中，请稍候`),
# perhaps with the widget's name after it: never text of the page.
_PLACEHOLDER = re.compile(
    r"^(?:正在)?(?:加载|载入|生成|读取|处理|刷新|连接|缓冲)中?\s*(?:\.{2,}|…+|[,，]?\s*请稍[候后等])"
    r"\s*(?:[【\[][^】\]]{1,10}[】\]])?\s*$"
)
# Copyright and reprint notices are chrome at any length (`未经本网协议授权,不得转载…`).
_REPRINT_NOTICE = re.compile(
    r"未经.{0,20}(?:授权|许可|同意).{0,30}(?:转载|复制|使用)|转载请注明|版权归.{0,20}所有"
    r"|开通了?全网维权|未经授权.{0,6}(?:举报|追究)"  # `文章已开通全网维权,未经授权一律举报`
    r"|^(?:本文|本稿|文章)?转自\s*[【\[《]?[^】\]》]{1,12}[】\]》]?\s*[;；。]?$"  # `本文转自【红网】;`
)
# Metadata lines: source and author lines, and reporter bylines such as `(本报记者 章正 张景华 董城)`.
_SOURCE_LINE = re.compile(
    r"^[\[【(]?\s*(?:来源|稿源|出处|作者|撰文|撰稿|文/|图/|摄影|通讯员|编辑|责任编辑|出版)\s*[::/]|(?:图像|图片|照片|视频)来源\s*:"
    r"|^[\[【(]\s*(?:图|文)\s*[/／]\s*(?:文|图)\s*[\]】)]"  # `【圖／文】某某雜誌`: who wrote and who shot it
)
# A desk and reporter credit (`即时中心/高睿鸿报导`, `记者某某/台北报导`, `〔记者某某/台北报导〕`).
# A wire or paper tag alone on its line (`晚报讯`, `本报讯`, `【某某网讯】`): the lede's opening, not a headline.
_TAG_ONLY = re.compile(
    r"^[(\[【]?\s*(?:本报|本网|本台|[\u4e00-\u9fff]{1,8}(?:报|网|社|台|新闻))讯\s*[)\]】]?$"
)
_DESK_CREDIT = re.compile(
    r"^[〔\[(【]?[^,。;!?]{1,30}[/／][^,。;!?]{1,10}(?:报导|报道)[〕\])】]?$"
    # the desk first and the place after it (`綜合報導 / 中國`, `編譯 / 國際`)
    r"|^(?:(?:综合|编译|特派)?(?:报导|报道)|综合|编译)\s*[/／]\s*[\u4e00-\u9fff]{1,8}$"
    # an outlet, a writer and perhaps the writer's calling, between slashes (`聯合報/ 田方倫/博士生(台北市)`)
    r"|^[\u4e00-\u9fff]{1,8}(?:报|网|社|台)\s*[/／]\s*[\u4e00-\u9fff]{2,4}\s*(?:[/／][^/／,。;!?]{0,20})?$"
)
_REPORTER_LINE = re.compile(
    r"^[(\[【]?[^,。;!?]{0,20}?记者[\s、,]*(?:[\u4e00-\u9fff]{2,4}[\s、,]*){1,6}[)\]】]?$"
)
# An office and the names of its writers (`統計室 葉志忠‧袁麗惠‧邱郁筑`): a credit.
_NAMES_CREDIT = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:室|处|组|科|部|署|局|中心)\s+[\u4e00-\u9fff]{2,4}(?:\s*[‧·・、]\s*[\u4e00-\u9fff]{2,4})+$"
)
# A writer's name after a star or a square, alone on its line (`★ 陳 輝`, `■ 李明`): a feature's credit.
_MARKED_NAME = re.compile(r"^[★☆■□◆◇●○▲]\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}$")
# A lead or summary label alone on its line, perhaps spaced out (`导 读`, `摘要`): the text under it is
# a deck, and the label itself is no headline.
_LEAD_LABEL = re.compile(
    r"^[【\[(]?\s*(?:导\s*读|摘\s*要|提\s*要|内容提要|编\s*者\s*按)\s*[】\])]?\s*[:：]?$"
)
# An accessibility anchor (`:::`, `:::主要內容區`): page furniture that neither heads nor ends a block.
_ANCHOR_MARK = re.compile(r"^:::\s*[\u4e00-\u9fff]{0,6}$")
_FURNITURE_MAX = 40  # furniture and metadata lines are short; a longer line is text that mentions them
_TOOLBAR_MAX = 60
# A menu: several short items between separators (`首页 | 要闻 | 国内 | 国际`, `新闻 部落格 NBA台湾`).
_MENU_SPLIT = re.compile(r"\s*[|丨｜·•/>、]\s*|\s{1,}")
_NAV_WORDS = frozenset(
    "首页 新闻 要闻 国内 国际 财经 体育 娱乐 科技 军事 社会 图片 视频 评论 专题 直播 更多 登录 注册 时政 地方 汽车"
    " 房产 教育 健康 旅游 文化 游戏 时尚 读书 历史 政务 公告 通知 民生 本地 两岸 港澳 台湾 生活 数码 手机 女性 博客"
    " 论坛 微博 网站导航 关于我们 联系我们 广告服务 网站地图 法律声明 招聘 English 繁体 简体".split()
)
_BODY_MIN = 50
_YEARLESS_STAMP = re.compile(
    r"^[\[【(]?\s*(?:首次上稿|首发|更新|最后更新|更新时间|发布时间|发布|发表时间|上稿)\s*[:：]?\s*"
    r"\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}\s*[\]】)]?$"
)
_SUMMARY = re.compile(r"^[【\[]?(?:摘要|导读|提要|内容提要|编者按)[】\]]?\s*[:：]?")
# A site's address or an e-paper's page file beside a date (`http://2008.sina.com.cn 2008年08月06日12:34`,
# `2023-09-21 1 1 澳门日报 content_290005.html`): a stamp of the page, wherever it stands.
_ADDRESS_STAMP = re.compile(
    r"^(?:https?://|www\.)\S+\s+(?:19|20)\d\d|(?:19|20)\d\d[-/.年].{0,40}\bcontent_\d+\.s?html?(?:\s+\d+)?\s*$"
)
_BARE_URL = re.compile(r"^(?:https?://|www\.)[\w./\-?=&%#~:]+$", re.IGNORECASE)
# The page's own address under a label (`本文网址: https://…/2013/07/19/a934058.html`, `原文链接：www.…`): a
# stamp of where the page lives, whose path may carry a date, never a sentence of the report.
_LABELLED_ADDRESS = re.compile(
    r"^[(\[【]?\s*(?:本文|原文|文章|本页|新闻|本篇)?(?:网址|链接|连结|地址|网页)\s*[:：]\s*(?:https?://|www\.)\S+\s*[)\]】]?$",
    re.IGNORECASE,
)
# Consent, browser and app prompts, at any length (`本網站使用相關技術…同意上述規範`, `您的浏览器不支持HTML5`).
_PROMPT = re.compile(
    r"隐私(?:权)?(?:声明|政策|规范)|cookie|您的浏览器|浏览器(?:版本|不支持)|不支持html5|请(?:更新|升级)至?最新"
    r"|最佳浏览效果|your browser|javascript|app\s*(?:内)?打开|打开app|下载app|在app中|点击下载|立即下载"
    r"|关闭此视窗|(?:edge|firefox|chrome|safari)\s*官网|不同意本条款|需满18岁|未满18岁|已年满18岁|限制级"
    r"|继续往下阅读|继续阅读|展开全文|阅读全文|点击查看全文|^更多[\u4e00-\u9fff]{0,8}(?:报导|报道|新闻|文章)$"
    r"|^扫一扫|扫码(?:关注|下载|阅读)|扫描二维码|长按(?:识别)?二维码"
    # a player's prompt, a page's greeting, a phone view link, a blog's category header, a board's about bar
    r"|^播放(?:本新闻|本则新闻)?(?:相关)?(?:短片|视频|影片)$|^欢迎(?:收看|收听|阅读|订阅|光临|访问)"
    r"|^手机(?:查看|浏览|阅读)$|^部落格全站分类\s*[:：]|关于我们\s+联[络系](?:资讯|我们|方式)"
    r"|^新闻重温|可重温过去|^(?:跳到|跳至|跳转到)主要?内容|flash\s*播放器|安装flash"  # a broadcaster's archive link (`新聞重溫 可重溫過去12個月的新聞`)
    # a call to follow the outlet (`要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel`)
    r"|follow\s*我们|whatsapp\s*(?:channel|频道)|telegram\s*(?:channel|频道)"
    r"|(?:加入|追踪|订阅)我们的?\s*(?:频道|whatsapp|telegram|脸书|facebook|instagram|youtube)",
    re.IGNORECASE,
)
# A section name on its own line (`新闻及采访音频`, `即时热点`, `今日头条`, `新闻广角`): a label, not a headline.
_SECTION_LABEL = re.compile(
    r"^[【\[]?[\u4e00-\u9fffA-Za-z·]{0,8}(?:新闻|音频|视频|专题|头条|要闻|热点|快讯|图片|直播|资讯|动态|频道|栏目|时评|观察"
    r"|聚焦|速递|广角|精选|推荐|专栏|滚动|即时|报道|解读|话题|文摘|副刊|社评|评论|观点)[】\]]?$"
)


# The characters besides ASCII letters that match an ASCII letter when case is ignored: İ and ı (i),
# ſ (s) and the Kelvin sign (k).
_FOLDING_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char


class _FromFirstStart:
    """A pattern searched from the first place where a match can start: a class of the characters it
    can start with (read from the pattern by `first_chars`; case-insensitive when the pattern is, and
    with `\\d`/`\\s` when it may start with a digit or a space) is found first at C speed, and the
    pattern is run from there (`search` tries it at each such place in turn). `search` and `findall`
    give what the pattern's own give: no match can start elsewhere, and anchors and look-behinds still
    see the whole line."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        try:
            chars = first_chars(pattern.pattern)
        except Unbounded:
            self.start = None
            return
        extra = (r"\d" if set("0123456789") <= chars else "") + (r"\s" if set(" \t\n\r\f\v") <= chars else "")
        flags = pattern.flags & (re.IGNORECASE | re.ASCII)
        if flags & re.IGNORECASE and all(char.isascii() or not _cased(char) for char in chars):
            # Both cases of each ASCII letter, and the four other characters that fold to one (a
            # class without IGNORECASE is found by a plain scan, one with it is tested character by
            # character).
            letters = {char for char in chars if char.isascii() and char.isalpha()}
            chars = chars | {char.upper() for char in letters} | {char.lower() for char in letters}
            if letters:
                chars |= _FOLDING_TO_ASCII
            flags &= ~re.IGNORECASE
        listed = "".join(re.escape(char) for char in sorted(chars))
        self.start = re.compile(f"[{listed}{extra}]", flags)

    def search(self, text: str) -> re.Match[str] | None:
        if self.start is None:
            return self.pattern.search(text)
        # The pattern is tried only where the class finds a start, not at every position after the
        # first one: a search of a long alternation (`_PROMPT`'s forty calls to act) tries each
        # alternative at each character, while a line holds a few places where one can start. A
        # match at a place is what the search would find there, and no place before it matches.
        start, match = self.start.search, self.pattern.match
        position = 0
        while (first := start(text, position)) is not None:
            found = match(text, first.start())
            if found is not None:
                return found
            position = first.start() + 1
        return None

    def findall(self, text: str) -> list:
        if self.start is None:
            return self.pattern.findall(text)
        first = self.start.search(text)
        return [] if first is None else self.pattern.findall(text, first.start())


# Any spam keyword at all: a line without one has none to count.
_ANY_SPAM_WORD = re.compile("|".join(re.escape(word) for word in _SPAM_WORDS))
_GAMBLING_SEARCH = _FromFirstStart(_GAMBLING)
_BANNER_SEARCH = _FromFirstStart(_BANNER)
_REPRINT_SEARCH = _FromFirstStart(_REPRINT_NOTICE)
_PROMPT_SEARCH = _FromFirstStart(_PROMPT)


@dataclass(frozen=True)
class NoiseLine:
    start: int
    end: int
    reason: str  # spam, banner, furniture, meta, repeat


@dataclass
class CleanText:
    """Which lines of a text are noise, as spans into the text (which is never changed)."""

    text: str
    lines: list[tuple[int, int]]  # every line as [start, end), line terminator excluded
    noise: list[NoiseLine]
    head_lines: int  # how many lines come before the first body paragraph (where the title is)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [line.start for line in self.noise]

    @property
    def noise_spans(self) -> list[tuple[int, int]]:
        return [(line.start, line.end) for line in self.noise]

    def is_noise(self, offset: int) -> bool:
        """True when `offset` falls inside a noise line."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self.noise[index].end

    def is_noise_line(self, line_index: int) -> bool:
        start, end = self.lines[line_index]
        return start < end and self.is_noise(start)

    def reason(self, line_index: int) -> str | None:
        """Why line `line_index` is noise (`spam`, `menu`, `meta`…), or None for a line of text."""
        start, end = self.lines[line_index]
        index = bisect.bisect_right(self._starts, start) - 1
        if start < end and index >= 0 and self.noise[index].start == start:
            return self.noise[index].reason
        return None


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_spans(text: str) -> list[tuple[int, int]]:
    if "\r" not in text:
        # Only line feeds: each line ends where the lengths so far (and one per line feed) reach.
        ends = list(accumulate(len(line) + 1 for line in text.split("\n")))
        return list(zip([0, *ends[:-1]], [end - 1 for end in ends], strict=True))
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _normalized_lines(text: str, prepared: Prepared) -> list[str]:
    """The stripped normalized form of every line of `text` (same count and order as `_line_spans`)."""
    lines = [line.strip() for line in _LINE_BREAK.split(prepared.text)]
    # one line more than line breaks (a CRLF counted once); cannot differ: prepare keeps every line break
    if len(lines) != text.count("\n") + text.count("\r") - text.count("\r\n") + 1:
        raise ValueError("prepared text does not have the lines of the original")
    return lines


# Ten Han characters somewhere in a line (the search stops at the tenth).
_ENOUGH_HANS = re.compile(r"(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){10}")


@lru_cache(maxsize=4096)
def _is_body_paragraph(line: str) -> bool:
    # a paragraph of the Chinese report: a site's English slogan (`Your fast way to… Join us!`) is not
    return (
        len(line) >= _BODY_MIN
        and any(mark in line for mark in "。!?;")
        and _ENOUGH_HANS.match(line) is not None
    )


# What a gambling advert sells besides its words (`官网`, `app下载`, `注册送`, `.com`): a line that has
# none of these and reads as a reported sentence (`赌场深夜曝光 警方查扣逾11万元赌资。`) is news.
_ADVERT_SIGNAL = re.compile(
    r"官网|官方|网址|网页|网站|app|下载|注册|登录|登陆|入口|平台|客户端|链接|充值|提款|彩金|\.com|www"
)
_REPORTED = re.compile(r"[，,。].*[。!?！？]$|[。!?！？]$")


def _gambling_advert(line: str, lowered: str) -> bool:
    if not _GAMBLING_SEARCH.search(lowered):
        return False
    return bool(_ADVERT_SIGNAL.search(lowered)) or not _REPORTED.search(line)


_LABEL_TWICE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})\s+(?P=label)$")  # `新聞中心 新聞中心`


# A photo caption glued to a scraper's stamp (` date 2026-01-27 賭場深夜曝光 警方查扣逾11萬元賭資。`): one short
# sentence without a comma; a lede glued the same way runs on.
_CAPTION_ON_STAMP = re.compile(
    r"^date\s+(?:19|20)\d\d-\d{1,2}(?:-\d{1,2})?\s+[^,，;；。]{6,40}。$", re.IGNORECASE
)


# A forum board's rule pinned over every thread (`公告:禁止張貼廣告…,違者扣分/禁言!`): a ban and its penalty
# (on normalized lines), the board's and not the post's.
_BOARD_RULE = re.compile(
    r"^(?:公告|版规|站规|注意|提醒|重要)\s*[:：].{0,120}?(?:禁止|严禁|请勿|不得)"
    r".{0,120}?(?:违者|违规者|扣分|禁言|删帖|删文|封号|封禁|停权)"
)


# A newsletter's strip of its sister letters, each a name in 【】 and its blurb (`【某某电子报】提供…! 【某某周刊】…`):
# an advert, however long (on normalized lines).
_SISTER_LETTERS = re.compile(r"^[^【】]{0,40}(?:\s*【[^【】]{2,12}(?:报|刊|志|讯)】[^【】]{8,90}){2,}$")


# A ticker of linked headlines run onto one line, each with its posting stamp in brackets
# (`-某某真相(2020-07-15 10:42:00)-某某回国(2020-07-14 09:10:00)`).
_BRACKETED_STAMP = re.compile(r"[(（](?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）]")


def _line_reason(line: str) -> str | None:
    lowered = line.lower()
    if len(_BRACKETED_STAMP.findall(line)) >= 2:
        return "menu"
    if len(line) <= 300 and _SISTER_LETTERS.match(line):
        return "banner"
    if len(line) <= 200 and _BOARD_RULE.match(line):
        return "banner"
    if _CAPTION_ON_STAMP.match(line):
        return "meta"
    if len(line) <= 300 and _LABELLED_ADDRESS.match(line):
        return "meta"
    if _LABEL_TWICE.match(line):
        return "menu"
    if _ANY_SPAM_WORD.search(lowered) and sum(1 for word in _SPAM_WORDS if word in lowered) >= 2:
        return "spam"
    if len(line) <= 80 and (_gambling_advert(line, lowered) or _said_twice(line)):
        return "spam"
    if len(line) <= 120 and _HOME_MENU.match(line) and not any(mark in line for mark in "。,;!?"):
        return "menu"  # `首页 百科知识 某篇文章的标题`: a breadcrumb written with spaces
    if _HOME_CRUMB.match(line):
        return "menu"
    if len(line) <= 80 and _BANNER_SEARCH.search(line):
        return "banner"
    if len(line) <= 400 and _REPRINT_SEARCH.search(line):
        return "banner"
    if len(line) <= _FURNITURE_MAX and (_DESK_CREDIT.match(line) or _is_reporter_line(line)):
        return "meta"  # `记者甲、乙、丙/台北报导`: its separators make no menu of a credit
    if _is_menu(line) or (len(line) <= 12 and _SECTION_LABEL.match(line)):
        return "menu"
    if len(line) <= 200 and _PROMPT_SEARCH.search(lowered):
        return "toolbar"
    if len(line) <= _FURNITURE_MAX:
        if _FURNITURE.match(line) or _PLAYER_CLOCK.match(line) or _PLACEHOLDER.match(line):
            return "furniture"
        if (
            _SOURCE_LINE.search(line)  # a reporter's or a desk's credit is metadata already, above
            or _TAG_ONLY.match(line)
            or _NAMES_CREDIT.match(line)
            or _ANCHOR_MARK.match(line)
            or _MARKED_NAME.match(line)
            or _LEAD_LABEL.match(line)
        ):
            return "meta"
    if len(line) <= 80 and _LIBRARY_CODES.match(line):
        return "meta"
    if len(line) <= 80 and _CREDIT_BULLET.search(line) and _is_reporter_line(line):
        return "meta"  # several credits on one line, longer than one credit may be
    if len(line) <= 36 and (label := _PAGE_LABEL.match(line)):
        # with the edition's day it is the metadata (the page's publication day), not a menu
        return "meta" if label["day"] else "menu"
    if len(line) <= 12 and _LABEL_ONLY.match(line):
        return "meta"
    if len(line) <= 30 and (_NUMBERED_LABEL.match(line) or _lone_wire_dateline(line)):
        return "meta"
    if (
        len(line) <= 160
        and line.count(":") >= 2  # each label ends with its own colon
        and len(_FIELD_LABEL_SEARCH.findall(line)) >= 2
        and not any(mark in line for mark in "。;!?")
    ):
        return "meta"  # a metadata table row: `索引号: 003129766/201901-00336 组配分类: 规范性文件发布`
    if len(line) <= 80 and _PHOTO_CREDIT_SEARCH.search(line):
        return "meta"
    if len(line) <= _TOOLBAR_MAX and (
        _is_toolbar(line) or _SKIP_LINK.match(line) or _MENU_LINK.match(line) or _weather_bar(line)
    ):
        return "toolbar"
    return None


# A weather widget's temperature (`25°C`, `18℃`, `31 °c`).
_TEMPERATURE = re.compile(r"\d{1,2}\s*(?:°\s*c|℃)", re.IGNORECASE)


def _weather_bar(line: str) -> bool:
    """A top bar with the day it is viewed and the weather (`11月14日 (星期四)25°C 88`): a short line of a
    weekday and a temperature and no sentence, never a headline or the report's date."""
    return (
        len(line) <= 40
        and bool(_VIEWING_DAY_MARK.search(line))
        and bool(_TEMPERATURE.search(line))
        and not any(mark in line for mark in "。，,;；!！?？")
    )


# Labels of metadata fields (`发文日期:`, `浏览次数:`, `审核人:`), two or more on one line make a table row.
_FIELD_LABEL = re.compile(r"(?:^|[\s|丨])[\u4e00-\u9fff]{2,6}\s*:")
# A photo credit closing a caption (`■某某晨报记者 某某 摄`, `(记者 某某 摄)`).
_PHOTO_CREDIT = re.compile(
    r"(?:记者|通讯员|摄影)?\s*[\u4e00-\u9fff]{2,4}\s*摄\s*[)】]?$|图/[\u4e00-\u9fff]{2,4}$"
    r"|[(（]\s*(?:图|圖|照片|图片)\s*[/／][^()（）]{1,24}[)）]$"  # `…开唱。(图/翻摄自某某IG)`: a caption
    r"|(?:照片|图片|图)\s*[/／]\s*[\u4e00-\u9fff]{1,12}提供\s*[)）]?$|^[(（]?(?:相关)?资料图片?[)）]?$"
    r"|[(（][\u4e00-\u9fff]{0,6}(?:图片|资料图|资料照片)[)）]$"
    r"|(?:图源|图片来源)\s*[:：]\s*[^,，。:：|]{1,16}$"  # `…航拍画面 | 图源:中新视频截屏`: a caption
    r"|[^。!?！？\s][(（][\u4e00-\u9fff]{2,12}提供[)）]$"  # `…班次将恢复服务(台中市交通局提供)`: a caption
)  # `…。照片／高雄海关提供`, `(相关资料图)`, `…被捕。(港台图片)`
# A photographer's credit closing a caption of any length (`…慶生。記者胡經周／攝影`, `…在旁觀看。(周令知攝)`).
_CAPTION_CREDIT = re.compile(
    r"[。!?！？]\s*(?:记者\s*[\u4e00-\u9fff]{2,4}\s*[/／]\s*摄影|[(（]\s*(?:记者\s*)?[\u4e00-\u9fff]{2,4}\s*摄\s*[)）]"
    r"|[(（][\u4e00-\u9fff]{2,12}提供[)）])$"  # `…同贺新春。(主办方提供)`
)
# A metadata label alone on its line, its value on the next (`• 发文字号:` / `镇政发〔2024〕7号`), not a
# salutation (`尊敬的市民朋友们:`) opening a notice.
# A numbered field of a posting template, alone on its line (`3.完整新聞標題:`, `5.完整新聞連結 (或短網址):`).
_NUMBERED_LABEL = re.compile(
    r"^\d{1,2}\s*[.、]\s*[\u4e00-\u9fff]{2,10}\s*(?:[(（][^()（）]{1,12}[)）])?\s*[:：]$"
)


_LONE_WIRE = re.compile(
    r"^[(（]?[^,，。:：;；!?()（）]{2,24}?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日\s*(?:电|讯|专电)[)）]?$"
)


def _lone_wire_dateline(line: str) -> bool:
    """A wire dateline alone on its line, a credit field's value (`記者某某某台北21日電`): no text of its own."""
    if _LONE_WIRE.match(line):
        return True
    hits = wire_dates(line)
    return bool(hits) and hits[0].start <= 1 and hits[-1].end >= len(line.rstrip(")）]】 ")) - 1


# A journal article's library codes (`【中图分类号】D815 【文献标识码】A`, `文章编号:1009-1203(2020)06-0113-04`):
# a paper's furniture, reposted with it by mirrors (on normalized lines).
_LIBRARY_CODES = re.compile(
    r"^[【\[(]?\s*(?:中图分类号|文献标识码|文献标志码|文章编号|分类号|doi)\s*[】\])]?\s*[:：]?\s*[A-Za-z0-9]"
)
# An e-paper's page and its section (`第A04版:特别报道`, `02版：要闻`): where the story is printed.
_PAGE_LABEL = re.compile(
    r"^第?\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]\s*[\u4e00-\u9fff][\u4e00-\u9fff\s·]{0,10}"
    r"(?:\s+(?P<day>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}))?$"  # with the edition's day (`第1版:一版要闻 2022-05-28`)
)
_LABEL_ONLY = re.compile(r"^[•·\-*]?\s*(?!尊敬的|亲爱的|各位|致)[\u4e00-\u9fff]{2,8}\s*:$")
_FIELD_LABEL_SEARCH = _FromFirstStart(_FIELD_LABEL)


class _NeedsOneOf:
    """A search skipped for a line with none of `chars`, when every match of the pattern holds one of
    them: `_PHOTO_CREDIT` can start at any Han character, so even searched from its first start it
    reads most lines of a body, while the substring tests run at C speed."""

    def __init__(self, chars: str, searcher: _FromFirstStart) -> None:
        self.chars = chars
        self.searcher = searcher

    def search(self, text: str) -> re.Match[str] | None:
        if not any(char in text for char in self.chars):
            return None
        return self.searcher.search(text)


# Every alternative of `_PHOTO_CREDIT` writes 摄, 图 (圖), 照片 or 提供.
_PHOTO_CREDIT_SEARCH = _NeedsOneOf("摄图圖照提", _FromFirstStart(_PHOTO_CREDIT))
_TOOLBAR_SEARCH = _FromFirstStart(_TOOLBAR)


def _is_menu(line: str) -> bool:
    """A navigation menu: five or more short items, three or more very short ones, or three with
    section names among them (`首页 | 要闻 | 国内`, `明报影片 每日明报 即时新闻`)."""
    if len(line) > 160 or any(mark in line for mark in '。,;!?"“”'):
        return False
    items = [item for item in _MENU_SPLIT.split(line) if item]
    if len(items) < 3 or any(len(item) > 8 for item in items):
        return False
    if sum(1 for item in items if re.search(r"[^\W\d_]", item)) < 3:
        return False  # a date or a row of numbers (`• 2016/3/25 14:32:10`), not words
    if re.search(r"(?:19|20)\d\d[-/.年]\d{1,2}", line) and ":" in line:
        return False  # a stamp with its fields (`2010/1/6 16:43:13 次浏览 分类:政府动态`)
    named = sum(1 for item in items if item in _NAV_WORDS or item.endswith(("新闻", "频道", "首页")))
    # a headline written in spaced clauses (`穷追扑头贼 头爆缸没损失 警闪电擒凶`) has no item as short as a
    # menu's (`新闻 部落格 NBA台湾`)
    short = all(len(item) <= 6 for item in items) and min(len(item) for item in items) <= 4
    return len(items) >= 5 or named >= 2 or short


# A full date and a source label on one line: a page's stamp (`2017-03-03  来源:天气网`).
_STAMP_AND_SOURCE = re.compile(
    r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日).{0,30}?(?:来源|稿源|出处)\s*[:：]"
)


def _is_toolbar(line: str) -> bool:
    """A short line that is mostly tool and share words (`上一篇 下一篇 放大 缩小`, `手机版`). A stamp
    with its source (`2017-03-03  来源:天气网  【字体:`) is a dateline, whatever tools follow it."""
    if any(mark in line for mark in "。;!"):
        return False
    if _STAMP_AND_SOURCE.search(line):
        return False
    hits = _TOOLBAR_SEARCH.findall(line.lower())
    if not hits:
        return False
    covered = sum(len(hit) for hit in hits)
    # A top bar shows the day it is viewed (`會員登入 | 訂閱電子報 | 2026年12月2日 星期三 農曆十月十三`):
    # its date, weekday and lunar day are part of the bar, not words of a text.
    # Only a day shown with its weekday or lunar day and no clock: an account's or byline's stamp
    # (`某读书会 · 公众号 · 2018-05-14 09:30`) is a publication time, not a top bar.
    if (
        _BAR_SEPARATOR.search(line)
        and _VIEWING_DAY_MARK.search(line)
        and not _CLOCK.search(line)
        and not any(mark in line for mark in "，,")
    ):
        covered += sum(len(found) for found in _TOP_BAR_DAY.findall(line))
    rest = len(re.sub(r"[\s|丨｜·•/:,\-\[\]【】()<>]", "", line))
    return covered * 2 >= rest or (len(hits) >= 2 and rest <= 30)


_VIEWING_DAY_MARK = re.compile(r"(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日]|农历")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_BAR_SEPARATOR = re.compile(r"[|丨｜]|\s{2,}|\s[·•/]\s")
_TOP_BAR_DAY = re.compile(
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|(?:星期|礼拜|周)[一二三四五六日天]"
    r"|农历[正一二三四五六七八九十冬腊]{1,2}月(?:初|十|廿|二十|三十)[一二三四五六七八九十]?"
)


_CREDIT_BULLET = re.compile(r"[●■◆▲]")


def _is_reporter_line(line: str) -> bool:
    # `记者 尚丽娟`, `(本报记者 章正 张景华 董城)`; a separator or brackets are required so that a
    # short line such as `记者会上宣布` stays text.
    if _CREDIT_BULLET.search(line):
        # a paper's credits run together, each behind its bullet (`●本报特派记者 甲 乙●本报记者 丙`)
        parts = [part.strip() for part in _CREDIT_BULLET.split(line) if part.strip()]
        return len(parts) >= 1 and all("记者" in part and _is_reporter_line(part) for part in parts)
    if not _REPORTER_LINE.match(line):
        return False
    after = line[line.index("记者") + 2 :]
    return line.startswith(("(", "[", "【")) or bool(re.match(r"\s", after)) or "、" in after


_SHORT_ITEM_MAX = 6  # a menu item stacked on its own line (`要闻`, `国际新闻`, `今日头条`)
_MENU_RUN = 4
_LIST_ITEM_MAX = 60  # a linked headline in a list of links, possibly with its date
_COMMENTER = re.compile(
    # a bulletin board's push, boo or reply: its mark, the reader's ID and a colon (`推 xyz789: …  10/21 10:23`)
    r"^(?:推|嘘|→)\s*[A-Za-z][A-Za-z0-9_]{1,15}\s*:"
    r"|^(?:网友|用户|读者|游客|匿名|热心网友)[^\s:]{0,16}\s*(?::|\d{4}[-/年]|\d{1,2}[-/月]\d{1,2})|^\d{1,4}\s*楼\b|^#\d+楼|回复\s*\(\d+\)$"
)


def _mark_menu_blocks(lines: list[str], reasons: list[str | None]) -> None:
    """Four or more very short lines in a row with no punctuation are a menu stacked vertically."""
    run: list[int] = []
    for index, line in enumerate(lines + [""]):
        if line and len(line) <= _SHORT_ITEM_MAX and not any(mark in line for mark in '。,;!?:"“'):
            run.append(index)
            continue
        if not line and run:  # a blank line inside a stacked menu does not end it
            continue
        if len(run) >= _MENU_RUN:
            for item in run:
                reasons[item] = reasons[item] or "menu"
        run = []


_DATE_LABEL = re.compile(r"日期|时间")


def _mark_label_values(lines: list[str], reasons: list[str | None]) -> None:
    """The value under a label alone on its line is metadata too, unless it is a date (the dateline
    finder reads those, with the label)."""
    for index, line in enumerate(lines):
        if reasons[index] == "meta" and _LABEL_ONLY.match(line):
            for value in range(index + 1, min(len(lines), index + 3)):
                if lines[value]:
                    if _DATE_LABEL.search(line) and not re.search(r"\d", lines[value]):
                        break  # `发布日期:` left empty by the scrape: the headline under it is no date
                    if (
                        len(lines[value]) <= 30
                        and reasons[value] is None
                        and not re.search(r"\d{4}[-/.年]", lines[value])
                    ):
                        reasons[value] = "meta"
                    break


# A poster's card on a forum (`- 最後登入` / `- 2020-3-30`, `注册时间 2010-2-9`): when the user registered or
# last logged in, on normalized lines.
_CARD_DATE_LABEL = re.compile(r"^[-•·*]?\s*(?:注册时间|注册日期|最后登录|最后登入|上次登录|最后访问|加入时间)\s*[:：]?")
_CARD_DATE = re.compile(r"^[-•·*]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def _mark_card_dates(lines: list[str], reasons: list[str | None]) -> None:
    """The dates of a poster's card are the user's, not the post's: the card's date line is `card`
    (the publication finder skips it), whether the label shares its line or stands above it."""
    for index, line in enumerate(lines):
        label = _CARD_DATE_LABEL.match(line)
        if not label:
            continue
        rest = line[label.end() :].strip()
        if rest:
            if _CARD_DATE.match(rest):
                reasons[index] = "card"
            continue
        following = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i]), None)
        if following is not None and _CARD_DATE.match(lines[following]):
            reasons[following] = "card"


def _is_field(line: str) -> bool:
    """A metadata field in a bulleted block (`• 来源:电脑报`, `• 2016/3/25 14:32:10`), not a link."""
    # the date opens the item: a headline that names a year and month (`▪️殺破狼／2026年12星座…`) is a link
    return ":" in line or bool(re.match(r"^[^\w\s]*\s*\d{4}[-/.年]\d{1,2}", line))


# An accessibility link to one of the page's menus, alone on its line (a Hong Kong government page opens
# with `搜尋目錄`, `語言目錄`, `流動式目錄` over its office's name and the release's date): never a headline.
_MENU_LINK = re.compile(r"^(?:搜寻|搜索|语言|流动式|移动版?|主|网站|导航|跳到|跳至)?\s*(?:目录|选单|菜单)$")
_SKIP_LINK = re.compile(
    r"^\d{1,2}\.\s*(?:跳转|跳轉|skip|inhalt|navigation|weitere|metanavigation|suche|choose from)",
    re.IGNORECASE,
)
# `- 标题`, `▪️标题` (a symbol bullet, often an emoji with its variation selector, needs no space), ticker
# items `5-12----标题`. Not `●`: a live blog's time stamps stand after it (`●5月3日08時15分`).
_LIST_BULLET = re.compile(r"^(?:[-·•▪◦*]\s+\S|[•▪◦■▶►▸◆]\ufe0f?\s*\S|\d{1,2}-\d{1,2}-{2,})")


def _is_list_item(line: str) -> bool:
    return len(line) <= _LIST_ITEM_MAX and "。" not in line


def _mark_sections(lines: list[str], reasons: list[str | None], head_lines: int) -> None:
    """Lists of links after their header, lines of linked headlines with dates, and reader comments.

    A comment section opens at its header after the article's first paragraph and runs to the end;
    a list of links runs while its lines are short headlines."""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line and index > head_lines and _COMMENT_HEADER.match(line):
            for rest in range(index, len(lines)):
                if lines[rest]:
                    reasons[rest] = reasons[rest] or "comment"
            return
        if line and _COMMENTER.search(line):
            reasons[index] = reasons[index] or "comment"
        if line and len(line) <= _FURNITURE_MAX and _LIST_HEADER.match(line):
            reasons[index] = reasons[index] or "related"
            index += 1
            while index < len(lines) and (not lines[index] or _is_list_item(lines[index])):
                if lines[index] and _COMMENT_HEADER.match(lines[index]):
                    break  # the comments open under the links (延伸閱讀 … 共 0 則留言): read them as such
                if lines[index] and not (_is_body_paragraph(lines[index])):
                    reasons[index] = reasons[index] or "related"
                index += 1
            continue
        index += 1
    # Two or more bulleted headlines in a row: a list of links (`- 某某新闻标题`).
    bullets = [
        bool(line) and _is_list_item(line) and bool(_LIST_BULLET.match(line)) and not _is_field(line)
        for line in lines
    ]
    for index, flag in enumerate(bullets):
        if flag and ((index > 0 and bullets[index - 1]) or (index + 1 < len(bullets) and bullets[index + 1])):
            reasons[index] = reasons[index] or "related"
    _mark_foot_headlines(lines, reasons)
    _mark_teasers(lines, reasons)
    # Two or more headlines in a row each followed by a date: a list of links (`标题 2019-06-03`).
    dated = [
        bool(line) and _is_list_item(line) and _ends_with_date(line) and not is_dateline(line)
        for line in lines
    ]
    for index, flag in enumerate(dated):
        neighbours = (index > 0 and dated[index - 1]) or (index + 1 < len(dated) and dated[index + 1])
        if flag and neighbours:
            reasons[index] = reasons[index] or "related"


# A teaser's link to its story (`阅读全文`), alone on its line.
_READ_MORE_LINK = re.compile(r"^(?:阅读全文|全文阅读|查看全文|阅读更多|read\s+more)\s*[>»›]*$", re.IGNORECASE)
_TEASER_LINES = 3  # filled lines a teaser holds between two links (a picture credit, a caption, a headline)


def _mark_teaser_links(lines: list[str], reasons: list[str | None], head_lines: int) -> None:
    """Teasers under the report, each closed by its link (`…此生应该不会再来` / `阅读全文` / `…重创特朗普
    制造回流梦` / `阅读全文`): from the first link to the last, the lines are other stories. A link
    alone, or links far apart, mark nothing."""
    links = [i for i, line in enumerate(lines) if i > head_lines and line and _READ_MORE_LINK.match(line)]
    runs: list[list[int]] = []
    for link in links:
        if runs and sum(1 for line in lines[runs[-1][-1] + 1 : link] if line) <= _TEASER_LINES:
            runs[-1].append(link)
        else:
            runs.append([link])
    for run in runs:
        if len(run) < 2:
            continue
        for index in range(run[0], run[-1] + 1):
            if lines[index]:
                reasons[index] = reasons[index] or "related"


_LEADING_DAY = re.compile(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}")


def _is_cut(line: str) -> bool:
    """An excerpt cut short by a list (`…双方基本达成协议。后卫目前的合...`), not prose's ellipsis (`……`)."""
    return line.endswith("...") or (line.endswith("…") and not line.endswith("……"))


def _mark_teasers(lines: list[str], reasons: list[str | None]) -> None:
    """Two or more excerpts cut short, each with its story's date after it (flattened onto the next
    line: `…后卫目前的合...` / `2025-06-16体育播报…`), are a list of other stories, the dates too."""
    filled = [index for index, line in enumerate(lines) if line]
    teasers = [
        (index, after)
        for index, after in zip(filled, filled[1:], strict=False)
        if _is_cut(lines[index]) and _LEADING_DAY.match(lines[after])
    ]
    if len(teasers) < 2:
        return
    for index, after in teasers:
        reasons[index] = reasons[index] or "related"
        if _LEADING_DAY.fullmatch(lines[after].strip()) or _is_cut(lines[after]):
            reasons[after] = reasons[after] or "related"


_FOOT_RUN = 4  # headlines in a row under the article, with no paragraph after them: other stories
_FOOT_ITEM_MAX = 40


def _is_foot_headline(line: str) -> bool:
    return 5 <= len(line) <= _FOOT_ITEM_MAX and not any(mark in line for mark in "。!?;！？；")


def _mark_foot_headlines(lines: list[str], reasons: list[str | None]) -> None:
    """Under the article's last paragraph, a run of short headline lines with no header (the next
    stories, a "more news" strip) is a list of links: its dates date other stories."""
    paragraphs = [i for i, line in enumerate(lines) if reasons[i] is None and _is_body_paragraph(line)]
    if not paragraphs:
        return
    run: list[int] = []
    for index in range(paragraphs[-1] + 1, len(lines) + 1):
        line = lines[index] if index < len(lines) else None
        if line == "":
            continue
        if line is not None and reasons[index] is None and _is_foot_headline(line):
            run.append(index)
            continue
        if len(run) >= _FOOT_RUN:
            for item in run:
                reasons[item] = "related"
        run = []


_TRAILING_DATE = re.compile(
    r"[\[(]?(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?[\])]?$"
)


def _ends_with_date(line: str) -> bool:
    match = _TRAILING_DATE.search(line)
    return bool(match) and len(_HAN_CHARS.findall(line[: match.start()])) >= 6


_HAN_CHARS = re.compile(r"[\u3400-\u9fff]")


# A scraper's own stamp put before the first line of a stored page (` date 2025-12-29 香港楼宇…`): it
# is the page's date (`timeline.read.published` reads it), not a word of the headline or the lede.
_SCRAPER_STAMP = re.compile(
    r"^[ \t\u3000]*date[ \t]+(?:19|20)\d\d-\d{1,2}(?:-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)?(?![-\d])[ \t\u3000]*",
    re.IGNORECASE | re.MULTILINE,
)


def stamp_prefixes(text: str, clean: CleanText) -> list[tuple[int, int]]:
    """`[start, end)` of every scraper stamp that opens a line of text (not a noise line already),
    so that the rest of the line (a glued headline or the lede) stays text and the stamp is chrome."""
    if "date" not in text and "DATE" not in text and "Date" not in text:
        return []
    spans = []
    for match in _SCRAPER_STAMP.finditer(text):
        if match.end() > match.start() and not clean.is_noise(match.start()):
            spans.append((match.start(), match.end()))
    return spans


# A reporter's credit in brackets opening the lede (`〔記者林淑芬／台中報導〕環保局統計…`), perhaps after a
# scraper's stamp on the same line: who wrote it and from where, never a word of what happened.
_LEDE_CREDIT = re.compile(
    r"^(?:[ \t\u3000]*date[ \t]+(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)?[ \t\u3000]*"
    r"(?P<credit>[〔【\[(（][ \t]*(?:记者|記者)[^〔〕【】\[\]()（）\n。，,]{1,30}?[/／]"
    r"[^〔〕【】\[\]()（）\n。，,]{1,10}?(?:报导|報導|报道|報道)[ \t]*[〕】\])）])",
    re.IGNORECASE | re.MULTILINE,
)


def lede_credit_end(line: str) -> int:
    """Where a bracketed reporter's credit opening `line` ends (0 when it opens with none)."""
    match = _LEDE_CREDIT.match(line)
    return match.end("credit") if match else 0


def credit_prefixes(text: str, clean: CleanText) -> list[tuple[int, int]]:
    """`[start, end)` of every bracketed reporter's credit that opens a line of text (not a noise line
    already): the rest of the line is the lede, the credit is chrome."""
    if "记者" not in text and "記者" not in text:
        return []
    return [
        (match.start("credit"), match.end("credit"))
        for match in _LEDE_CREDIT.finditer(text)
        if not clean.is_noise(match.start("credit"))
    ]


# A list of other stories opening inside a long line, after the report's sentences (a mirror that
# flattened its page: `…並呼籲受影響人士報案。 相關文章:編輯推介 Up Next 商界領袖:… (20:19)`).
_RELATED_TAIL = re.compile(
    r"(?<=[。！？!?”」』])\s*(?:相关文章|相關文章|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀"
    r"|猜你喜欢|猜你喜歡)\s*[:：]"
)
_RELATED_TAIL_AFTER = 60  # characters of the line before it: a line that opens with the header is a line rule's
_RELATED_TAILS_MAX = 50


def related_tails(text: str, clean: CleanText) -> list[tuple[int, int]]:
    """`[start, end)` from a related-stories header inside a long text line to the line's end: the rest
    of a flattened page, other stories with their own clocks, never this page's events."""
    spans: list[tuple[int, int]] = []
    for match in _RELATED_TAIL.finditer(text):
        if len(spans) >= _RELATED_TAILS_MAX:
            break  # a hostile text repeating the header: a page has a few at most
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.start() - line_start < _RELATED_TAIL_AFTER or clean.is_noise(match.start()):
            continue
        line_end = text.find("\n", match.end())
        spans.append((match.start(), line_end if line_end >= 0 else len(text)))
    return spans


# A labelled publication or update stamp (`更新時間|2024.09.19 18:24 臺北時間`), wherever a page repeats it.
_STAMP_LABEL = re.compile(
    r"^[\[【(]?\s*(?:发布|发表|更新|刊登|刊发|首发|最后更新)(?:时间|日期|于)\s*[:：|丨]?"
)


def _labelled_stamp(line: str) -> bool:
    return len(line) <= _FURNITURE_MAX and bool(_STAMP_LABEL.match(line)) and is_dateline(line)


# A caption led by its label (`圖:交表現場,大人忙著看資料…`, `图：市民在…`; normalized, so 圖 reads 图).
_CAPTION_LABEL = re.compile(r"^[(（]?\s*(?:上|下|左|右|题)?图\s*[0-9一二三四五六七八九十]{0,2}\s*[:：]\s*\S")


def _mark_long_captions(lines: list[str], reasons: list[str | None]) -> None:
    """A long caption closed by its photographer's credit (`…慶生。記者胡經周／攝影`) or opened by its
    label (`圖:…`) is metadata, when the page has a body of its own: on a photo story the captioned
    paragraph is the report."""
    captions = [
        index
        for index, line in enumerate(lines)
        if line
        and reasons[index] is None
        and len(line) <= 200
        and (_CAPTION_CREDIT.search(line) or _CAPTION_LABEL.match(line))
    ]
    if not captions:
        return
    body = [
        index
        for index, line in enumerate(lines)
        if line and reasons[index] is None and index not in captions and _is_body_paragraph(line)
    ]
    if len(body) >= 2:
        for index in captions:
            reasons[index] = "meta"


# A header under a report that opens more reading (`阅读更多`, `往下看更多文章`, `你或有兴趣的文章`).
_MORE_HEADER = re.compile(
    r"^[(\[【■●▌|]?\s*(?:阅读更多|閱讀更多|read\s+more|往下看更多文章|往下看更多|更多文章|你或有兴趣的文章|你可能感兴趣的文章)"
    r"\s*[::)\]】]?$",
    re.IGNORECASE,
)
# Another report's own stamp under its headline (`2024年03月29日 05:40 最後更新:06:10`, `2024-03-29 05:40`).
_STORY_STAMP = re.compile(
    r"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*\d{1,2}:\d\d(?::\d\d)?"
    r"\s*(?:(?:最后)?更新\s*[::]?\s*\d{1,2}:\d\d)?\s*$"
)
# The opening of a wire report: `(吉隆坡10日讯)`, `【某某报讯】`, `中新网北京2月1日电`.
_WIRE_OPENING = re.compile(
    r"^\s*(?:[(（\[【]\s*[\u4e00-\u9fff·]{1,12}?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|讯|專電|专电)\s*[)）\]】]"
    r"|[\u4e00-\u9fff]{2,6}(?:社|网|網|报|報)[\u4e00-\u9fff]{0,6}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊))"
)
_NEXT_STORY_LOOKAHEAD = 6  # filled lines under the header where the other report opens


def _mark_next_story(lines: list[str], reasons: list[str | None], head_lines: int) -> None:
    """Under the report, a more-reading header followed within a few lines by another report's wire
    opening or stamp (`阅读更多` / its headline / `(吉隆坡10日讯)…`, `往下看更多文章` / its headline /
    `2024年03月29日 05:40`): that report runs to the end, and is not this page's."""
    filled = [i for i, line in enumerate(lines) if line]
    for position, index in enumerate(filled):
        line = lines[index]
        if index <= head_lines or len(line) > _FURNITURE_MAX:
            continue
        squeezed = re.sub(r"\s+", "", line)  # 你 或 有 興 趣 的 文 章: a header spaced out letter by letter
        if not (_MORE_HEADER.match(squeezed) or _LIST_HEADER.match(line)):
            continue
        ahead = filled[position + 1 : position + 1 + _NEXT_STORY_LOOKAHEAD]
        if any(_WIRE_OPENING.match(lines[i]) or _STORY_STAMP.match(lines[i]) for i in ahead):
            for rest in filled[position:]:
                reasons[rest] = reasons[rest] or "related"
            return


_BAR_CELLS = re.compile(r"\s*[|｜]\s*")


def _mark_title_bar(normalized: list[str], reasons: list[str | None], head_lines: int) -> None:
    """The window's title above the page (`某某迎来65周岁生日! | 某台 介绍某国 | DW | 03.05.2018`): the
    headline, then the site's cells and a date, with the headline standing again on its own line below.
    The bar is the site's, its date a stamp of the page and not a happening."""
    filled = [i for i, line in enumerate(normalized[:head_lines]) if line]
    standing = {normalized[i] for i in filled}
    for index in filled:
        cells = _BAR_CELLS.split(normalized[index])
        if reasons[index] is not None or len(cells) < 3 or not cells[0]:
            continue
        if cells[0] in standing and cells[0] != normalized[index]:
            reasons[index] = "repeat"


_SPLIT_REPEAT_SCAN = 40  # lines from the top where a page repeats its headline over its body


def _mark_split_repeats(normalized: list[str], reasons: list[str | None]) -> None:
    """A headline repeated over the body broken across two or three consecutive lines
    (`某局2018年度整体支出` / `绩效评价报告` under `某局2018年度整体支出 绩效评价报告`): the pieces are
    repeats, like a repeat on one line."""
    filled = [i for i, line in enumerate(normalized[:_SPLIT_REPEAT_SCAN]) if line]
    squeezed = {i: re.sub(r"\s+", "", normalized[i]) for i in filled}
    # a joined group repeats a line only if some line reads as it does: asked of a set first, the
    # lines above are gone through only for a group that passes
    written = set(squeezed.values())
    for position, first in enumerate(filled):
        for width in (2, 3):
            group = filled[position : position + width]
            if len(group) < width or any(
                reasons[i] is not None or len(squeezed[i]) > _FURNITURE_MAX for i in group
            ):
                continue
            joined = "".join(squeezed[i] for i in group)
            if len(joined) >= 8 and joined in written and any(
                squeezed[i] == joined and reasons[i] is None for i in filled if i < first
            ):
                for i in group:
                    reasons[i] = "repeat"
                break


def clean_lines(text: str, prepared: Prepared | None = None) -> CleanText:
    """Mark the noise lines of `text` without changing it.

    Noise: spam lines, site banners and breadcrumbs, page furniture (share buttons, related-article
    headers, editor credits, ads), metadata lines (source and reporter lines; datelines in the head
    and the last lines, but not date headings in the body), and repeated
    lines: every repeat after the first occurrence, and the first occurrence too when the line occurs
    three times or more (a caption or boilerplate), unless it is the headline: a line near the top
    that no other line near the top contains.
    """
    prepared = prepared or prepare(text)
    spans = _line_spans(text)
    normalized = _normalized_lines(text, prepared)
    reasons: list[str | None] = [(_line_reason(line) if line else None) for line in normalized]
    _mark_long_captions(normalized, reasons)

    # The head (title, subtitle, dateline) ends at the first body paragraph; in a short text without
    # one, at the first sentence.
    text_lines = [i for i, line in enumerate(normalized) if line and reasons[i] is None]
    # a summary above the headline (`摘要:…`, `导读:…`) is not where the report starts
    body = [i for i in text_lines if _is_body_paragraph(normalized[i]) and not _SUMMARY.match(normalized[i])]
    body = body or [i for i in text_lines if "。" in normalized[i] and not _SUMMARY.match(normalized[i])]
    head_lines = body[0] if body else len(normalized)
    head = [line for line in normalized[:head_lines] if line]

    _mark_menu_blocks(normalized, reasons)
    _mark_label_values(normalized, reasons)
    _mark_sections(normalized, reasons, head_lines)
    _mark_teaser_links(normalized, reasons, head_lines)
    _mark_card_dates(normalized, reasons)

    # Datelines are metadata at the top and in the footer; a date alone on a line of the body is
    # a section heading of a chronology, and stays text.
    filled = [i for i, line in enumerate(normalized) if line]
    for index in [i for i in filled if i < head_lines] + filled[-5:]:
        if (
            reasons[index] is None
            and len(normalized[index]) <= _FURNITURE_MAX
            and is_dateline(normalized[index])
        ):
            reasons[index] = "meta"
    # A labelled stamp without a year (`首次上稿 09-28 22:58`, `更新时间 09-29 06:21`) and a bare address
    # (`http://news.example.com`) are page furniture wherever they stand.
    for index in filled:
        if reasons[index] is None and (
            _YEARLESS_STAMP.match(normalized[index])
            or _BARE_URL.match(normalized[index])
            or _labelled_stamp(normalized[index])
            or (len(normalized[index]) <= 120 and _ADDRESS_STAMP.search(normalized[index]))
        ):
            reasons[index] = "meta"

    counts = Counter(line for line in normalized if len(line) >= 2)
    seen: set[str] = set()
    for index, line in enumerate(normalized):
        if len(line) < 2 or counts[line] < 2:
            continue
        if line in seen:
            reasons[index] = reasons[index] or "repeat"
            continue
        seen.add(line)
        if counts[line] >= 3:
            is_headline = index < head_lines and not any(line in other and line != other for other in head)
            if not is_headline:
                reasons[index] = reasons[index] or "repeat"

    _mark_split_repeats(normalized, reasons)
    _mark_title_bar(normalized, reasons, head_lines)
    _mark_next_story(normalized, reasons, head_lines)

    noise = [
        NoiseLine(start, end, reason)
        for (start, end), reason in zip(spans, reasons, strict=True)
        if reason is not None and end > start
    ]
    return CleanText(text=text, lines=spans, noise=noise, head_lines=head_lines)
