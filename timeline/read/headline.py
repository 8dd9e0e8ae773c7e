"""The headline of a page: the first line near the top that is neither chrome nor metadata."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.read.chrome import (
    _GAMBLING,
    CleanText,
    _line_reason,
    _line_spans,
    _normalized_lines,
    lede_credit_end,
)
from timeline.read.datelines import CN_YMD, glued_between, wire_dates
from timeline.textprep import Prepared, prepare

# Title

_COLUMN_TAG = re.compile(r"^【[^】]{1,30}】\s*(?=\S{4})")
_SENTENCE_END = "。"


def _original_without_pinyin(prepared: Prepared, start: int, end: int) -> str:
    """Original characters of the prepared span [start, end) minus the pinyin `prepare` dropped."""
    return "".join(prepared.original[prepared.offsets[i]] for i in range(start, end))


_SUBTITLE_MARKS = ("——", "--", "—", "●", "·", "■", "▲", "(", "[", "○", "◆", "★", "※")
_TRAILING_JUNK = re.compile(r"(?:[\s*＊★☆·•|_\-—]|\.{3}|…)+$")  # `…防蚊工作 ...`: a cut list item
# A media or section word before the headline (`图文-奥运圣火…`, `世界头条:大兴机场…`, `視頻|…`).
_COLUMN_PREFIX = re.compile(
    r"^(?:图文|圖文|组图|組圖|视频|視頻|图集|圖集|独家|獨家|快讯|快訊|直播|专题|專題"
    r"|[\u4e00-\u9fff]{0,4}(?:头条|頭條|要闻|要聞|快报|快報|速递|速遞|焦点|焦點|热点|熱點))\s*[-－:：|丨]\s*(?=\S{6})"
)
# A relative posting stamp after the headline, left by a one-line scrape (`标题 (20:21) 發佈於 1 年 前`): it says
# how long ago the page was read, never what the story is.
_TRAILING_POSTED_AGO = re.compile(
    r"\s*(?:發佈於|發布於|发布于|發表於|发表于)\s*\d{1,3}\s*(?:年|個月|个月|週|周|天|日|小時|小时|分鐘|分钟)\s*前$"
)
# An instant-news column name before the headline, set off by a space only (`即時港聞 标题`).
_INSTANT_COLUMN = re.compile(
    r"^(?:(?:即時|即时)(?:港聞|港闻|新聞|新闻|澳聞|澳闻|國際|国际|財經|财经)|今日頭條|今日头条)\s+(?=\S{6})"
)
# A series or event tag in brackets before the headline (`(巴黎奧運)中國40金…`, `（两会）…`).
_LEADING_SERIES_TAG = re.compile(r"^[(（][\u4e00-\u9fff·・]{2,8}[)）]\s*(?=\S{6})")
# A page number of a story split over pages, after its headline (`…生存能力堪憂(2)`).
_TRAILING_PAGE_NUMBER = re.compile(r"\s*[(（][2-9][)）]$")
# A broadcaster's name after the headline, set off by a space only (`…校舍損毀報告 有線新聞`).
_TRAILING_NEWSROOM = re.compile(r"\s+[\u4e00-\u9fff]{2,4}(?:新聞|新闻)$")
# A stamp in brackets after the headline (`…交通管制 (2015-03-20)`, `…的眷恋(2016)`, `…须知(7.12)`, `…(13:36)`).
_TRAILING_STAMP = re.compile(
    r"\s*[(（]\s*(?:(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2})?|\d{1,2}[./]\d{1,2}|[0-2]?\d:[0-5]\d)\s*[)）]$"
)
# A forum's repost mark before the article's name in book-title marks (`转贴《捐书,给渴望知识的孩子》`).
_REPOST_OF_NAMED = re.compile(r"^(?:转贴|转帖|转载|轉貼|轉帖|轉載)\s*[:：]?\s*《(?P<name>[^《》]+)》$")
# A repost's label before the headline it kept (`原标题:因势利导 依法治理`): the words after it are the headline.
_ORIGINAL_TITLE = re.compile(r"^[(（]?\s*(?:原标题|原標題|原题|原題)\s*[:：]\s*")
# A list item's bullet flattened onto the headline (`- 13人困在电梯里…`).
_LEADING_BULLET = re.compile(r"^[-•▪]\s+(?=\S)")
# A forum thread's tags before its title (`[转贴] 标题`, `[Web逆向] [新人试投]标题`): short words in square
# brackets, a title of its own after them.
_THREAD_TAGS = re.compile(r"^(?:re\s*:\s*)?(?:\[[^\[\]\d]{1,8}\]\s*){1,3}", re.IGNORECASE)
_BRACKETED = re.compile(r"[【\[](?P<inner>[^【】\[\]]+)[】\]]")
# A site name after the headline (`…_新闻中心_新浪网`, `… - 中新网`, `…|联合新闻网`, `…-BBC News 中文`), perhaps
# with the day after it (`…│中視新聞 20210918`, a station's video page); a doubled dash (`大众食堂——新加坡小贩
# 中心`) joins a headline's two parts, it does not open a site name.
_SITE_SUFFIX = re.compile(
    r"(?:\s*(?:[_|｜丨│]|\s[-–—]\s|(?:[-–]|(?<!—)—(?!—))(?=[^-–—]{0,24}$))\s*[^_|｜丨│\-–—]{0,24}"
    r"(?:网|網|報|报|新闻|新聞|频道|頻道|中心|在线|在線|客户端|日报|日報|时报|時報|晚报|電視台|电视台|台|社|online|news|中文|\.com|\.cn"
    r"|周刊|週刊|杂志|雜誌|头条|頭條|百科|财富|財富|氪|详情|詳情|正文|全文)"
    # portals whose names end in no such word (`…-搜狐`, `… - 新浪香港`, `…-財經-HiNet新聞`)
    r"|\s*(?:[_|｜丨│]|\s[-–—]\s|[-–])\s*(?:搜狐|新浪|网易|網易|腾讯|騰訊|凤凰|鳳凰|百度|雅虎|澎湃|hinet|yahoo|msn)[^_|｜丨│\-–—]{0,8}"
    r")"
    # the outlet's name in English after its Chinese one (`… - 鏡週刊 Mirror Media`, `…｜太報 Taisounds`)
    r"(?:\s+[A-Za-z][A-Za-z0-9.]*(?:\s[A-Za-z][A-Za-z0-9.]*){0,3})?"
    r"(?:\s+(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}))?"
    r"(?:\s*[_|｜丨│\-–—]\s*[^_|｜丨│\-–—]{0,24})*$"
    r"|\s[-–—|｜]\s*[A-Z][A-Za-z0-9.]{1,11}$"  # `… - RTHK`, `… | CNA`: a site's initials
    # a doubled dash before a short name that only an outlet's name ends in (`…——某某网`)
    r"|\s*——\s*[^_|｜丨│\-–—\s]{1,8}(?:网|網|日报|日報|晚报|晚報|时报|時報|新闻网|新聞網|电视台|電視台)$",
    re.IGNORECASE,
)
# A site's section left at the end of a title bar once the site's name is cut.
_SECTION_SUFFIX = re.compile(
    r"\s*[_|｜丨│\-–—]\s*(?:财经|財經|新闻|新聞|国际|國際|社会|社會|娱乐|娛樂|体育|體育|要闻|要聞|本地|港澳|两岸|兩岸"
    r"|生活|科技|健康|政治|地方|即时新闻|即時新聞|滚动新闻|滾動新聞|国内|國內|时政|時政)$"
)
# An item of a numbered list or a section heading (`3. 某某主持召开会议`, `二、关于赛龙舟`, `(一)活动安排`).
_NUMBERED = re.compile(
    r"^\d{1,2}\.\s|^[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}、|^[(（][一二三四五六七八九十]{1,3}[)）]"
)
# A salutation or an announcement of what follows (`尊敬的市民朋友们:`, `以下是…整理的新闻:`).
_ADDRESS = re.compile(r"^(?:尊敬的|亲爱的|各位|以下是|以下为).*[:：]$")
# A field of a notice or a caption (`时间:3月6日上午`, `地点:胜利南路`), never a headline.
_FIELD_LABEL = re.compile(
    r"^(?:时间|地点|日期|来源|作者|编辑|记者|摄影|主办|承办|电话|地址|联系人|活动时间|活动地点|摘要|导读|提要|内容提要"
    # a newspaper's kicker and deck, labelled (`引题：…`, `副题：…`): the headline is the 主题 beside them
    r"|引题|肩题|眉题|副题|副标题)\s*[:：]"
)


# What follows a date on a dateline: a separator and a field (来源, 稿件来源, 作者, 编辑, 浏览次数…).
_SOURCE_AFTER_STAMP = re.compile(
    r"^[\s|｜/丨]*(?:稿件)?(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|发布|發布|浏览|瀏覽|点击|點擊)"
)


def _glued_headline(line: str) -> bool:
    """A scraper's stamp with the headline after it on one line (` date 2026-01-20 長輩排隊登記帶狀疱疹疫苗`)."""
    stamp = _LEADING_STAMP.match(line)
    rest = line[stamp.end() :] if stamp else ""
    if _SOURCE_AFTER_STAMP.match(rest):
        return False  # `2023-09-05 16:20 | 稿件来源:香港新闻网`: the stamp's own fields, no headline
    # a photo caption glued the same way reads as a sentence (`…記者會上強調，…`): it has a comma
    # and an advert's prompt glued the same way (`我是廣告 請繼續往下閱讀`) is chrome
    return (
        _hans(rest) >= 8
        and not re.search(r"[,，。]", rest)
        and not _not_a_title(rest)
        and _line_reason(rest) is None
    )


# Read on normalized (simplified) lines and on the original headline, which may be traditional.
# A bulletin board's header writes the field with a space (`標題 [新聞] …`, `標題 Re: [問卦] …`).
_TITLE_FIELD = re.compile(
    r"^\s*(?:标题|標題|题目|題目|标 题|標 題|主题|主題)\s*(?:[:：]\s*|\s+(?=[\[【]|[Rr][Ee]\s*:))(?=\S)"
)


def _labelled_title(normalized: list[str]) -> int | None:
    """The line of a government page's field of its own title (`标题: 生态环境行政处罚公开事项`)."""
    for index, line in enumerate(normalized[:_TOP_LINES_FOR_TITLE]):
        field = _TITLE_FIELD.match(line) if line else None
        if field and _hans(line[field.end() :]) >= 4:
            return index
    return None


def _headline_glued_to_its_date(text: str, clean: CleanText, dateline_at: int | None) -> str:
    """The headline of a flattened page whose first line runs headline, date and lede together
    (`教育局宣布全港學校今日下午停課 Oct 8, 2021 教育局宣布,由於…`): the words before the date."""
    if dateline_at is None:
        return ""
    first = next((span for span in clean.lines if text[span[0] : span[1]].strip()), None)
    if first is None or not first[0] <= dateline_at < first[1]:
        return ""
    before = text[first[0] : dateline_at]
    after = text[dateline_at : first[1]]
    if not glued_between(before.strip(), after):
        return ""
    return clean_headline(before)


def _edition_title(normalized: list[str], index: int, date_at: int) -> bool:
    """The page's first line, a name and then the date it is of (`星洲日报—大都会__23_07_2025`,
    `新聞自選輯 20251109`): a digest or an edition, titled by its date."""
    if any(normalized[:index]):
        return False
    line = normalized[index]
    name = line[: max(0, date_at)]
    # joined to its date like a file name (`…__23_07_2025`), and nothing after the date: a site's top
    # line (`某某网 2011-12-30 09:47 来源:…`, `新闻联播 文字版 1995-01-30`) is spaced out and is no title
    joined = re.search(r"[\u4e00-\u9fff][_\-—]+$", name) is not None
    ends_there = re.fullmatch(r"[\d_./\-]*", line[max(0, date_at) :]) is not None
    return (
        joined
        and ends_there
        and _hans(name) >= 4
        and not re.search(r"[:：,，。\s]", name)
        and not _not_a_title(name)
        and _line_reason(name) is None
    )


# A column or editor's-note tag alone (`【直新闻按】`, `【編者按】`): it opens the text under it.
_TAG_ALONE = re.compile(r"^[【\[][^】\]]{1,10}[】\]]$")


# A kicker over the headline, ending in a dash that leads into it (`一些农民工来信反映,工资被拖欠——`).
_KICKER = re.compile(r"[\u4e00-\u9fff，,、:：」”]\s*——$")


def _thread_tagged(line: str) -> bool:
    """A thread's title behind its tags (`[转贴] 本市供水管网改造进度`): no subtitle for its bracket."""
    tags = _THREAD_TAGS.match(line)
    return bool(tags) and _hans(line[tags.end() :]) >= 6


def _subtitle_marked(line: str) -> bool:
    return line.startswith(_SUBTITLE_MARKS) and not _thread_tagged(line)


# A diary's sentence, not a headline: a clause leading into what follows (`她也說不出來,上網查了才知道:`) or a
# chatty close on a particle and a tilde (`這個習俗很討吉利呢~`); a headline may end in `~` after a noun.
_CHATTY_CLOSE = re.compile(r"(?:呢|啊|吧|哦|啦|喔|呀|嘛|哈)[~～]+$")


def _text_sentence(line: str) -> bool:
    # Tested by string ends, not by `[,，].*[:：]$`: that pattern rescans the line from every comma, and a
    # scraped page of one 5 MB line with ten thousand commas took minutes.
    lead_in = line.endswith((":", "：")) and ("，" in line or "," in line)
    return lead_in or bool(_CHATTY_CLOSE.search(line))


# A photo caption, closed by its picture's credit in brackets (`…走访(受访者供图)`, `…同仁。(交通部提供/某某传真)`,
# `…声援。(达志影像)`), or by a screenshot's or a reprint's source (`照片为某社脸书截图`, `…山庄。 图 : 翻摄自…`);
# on normalized (simplified) lines. A bare `(图)` or `(组图)` after a headline is no credit.
_CAPTIONED = re.compile(
    r"[(（][^()（）]{0,24}(?:供图|摄|影像|图片|提供|传真|截图)[^()（）]{0,12}[)）]$|截图$"
    r"|(?:^|\s)图\s*[:：/／]\s*翻摄"
)


# A kicker that reports who spoke, over the headline that says what (`习近平在山西考察时强调` / `努力在…`): it
# ends on the verb of speech, so it cannot stand as a headline (on normalized lines).
_SPEECH_KICKER = re.compile(r"^[^，,。；;:：!?！？“”「」]{2,24}(?:强调|指出|表示|要求|提出)$")


# A site's or an office's name alone on its line, the page's masthead (`某某人工智能报道资讯网站`,
# `政府资讯科技总监办公室`): it names who publishes, not what happened (on normalized lines).
_MASTHEAD = re.compile(
    r"^[^，,。；;:：!?！？\s“”「」《》]{2,16}(?:网站|资讯网|新闻网|门户网|办公室|委员会|管理局|新闻处)$"
)


# A short label whose bar leads to nothing (`地震救援现场 |`, `死亡名单 |`): a caption's or a gallery's label
# left when the link beside it was dropped.
_BAR_ENDED = re.compile(r"\S\s*[|｜丨]\s*$")
# A gallery's caption, a sentence closed by the bar that led to its picture (`…跳台决赛中。 |`).
_CAPTION_BARRED = re.compile(r"[。!?！？]\s*[|｜丨]\s*$")


def _not_a_title(line: str) -> bool:
    """A list item, a section number, a notice's field, a salutation, a tag alone, a kicker, a
    diary's sentence or a photo caption: never the page's headline."""
    return bool(
        _NUMBERED.match(line)
        or _FIELD_LABEL.match(line)
        or _ADDRESS.match(line)
        or _TAG_ALONE.match(line)
        or _KICKER.search(line)
        or _text_sentence(line)
        or _CAPTIONED.search(line)
        or _SPEECH_KICKER.match(line)
        or _MASTHEAD.match(line)
        or (_BAR_ENDED.search(line) is not None and (_hans(line) <= 8 or _CAPTION_BARRED.search(line) is not None))
    )


# The verb a meeting's deck opens on, one decision a line (on normalized lines).
_DECK_VERB = re.compile(r"^(?:确定|部署|审议通过|讨论通过|原则通过|通过《|听取|审议《|研究部署|决定)")

# A journal article's apparatus between its headline and its text (`【摘要】…`, `【关键词】…`, `【中图分类号】…`),
# reposted with it by mirrors (on normalized lines).
_APPARATUS = re.compile(r"^[【\[]\s*(?:摘\s*要|内容提要|关键词|关键字|中图分类号|文献标识码|文章编号)\s*[】\]]")

_BLOCK_LOOKBACK = 6  # lines above a dateline where its headline may stand (title, subtitle, credits)

_CARD_NUMBER = re.compile(r"[\d.,]+[万wWkK]?")
_CARD_CELL = 10  # the longest cell of a poster's card (`威望`, `3259`, `注册时间`, `2010-2-9`)


# The header of a ticker of breaking headlines (`快訊`), stacked above the page's own headline.
_TICKER_HEADER = re.compile(r"^\s*(?:快讯|即时快讯|最新快讯)\s*$")  # on normalized (simplified) lines


def _under_ticker_header(index: int, normalized: list[str]) -> bool:
    """Line `index` is the first under a ticker's header (empty lines between)."""
    for above in range(index - 1, -1, -1):
        if normalized[above]:
            return bool(_TICKER_HEADER.match(normalized[above]))
    return False


_ORIGINAL_MARK = re.compile(r"^\s*(?:原创|original)\s*$", re.IGNORECASE)  # on normalized lines


def _above_account_byline(dateline: int, normalized: list[str]) -> int:
    """A public account's byline between headline and date (`原创` / author / account / `2021-06-26`):
    the headline stands above its `原创` mark, so the block is read from there."""
    above = [i for i in range(dateline - 1, max(-1, dateline - 8), -1) if normalized[i]][:3]
    for index in above:
        if _ORIGINAL_MARK.match(normalized[index]):
            return index
    return dateline


def _above_poster_card(dateline: int, normalized: list[str], clean: CleanText) -> int:
    """The line a forum post's headline block ends at: just above the poster's card when one stands
    between the headline and the post's stamp (short cells, labels and their figures, one a line:
    `威望` `3259` `积分` `3882` … `注册时间` `2010-2-9`), else the stamp's line itself."""
    cells = numbers = 0
    top = dateline
    for index in range(dateline - 1, -1, -1):
        line = normalized[index]
        if not line:
            continue
        short = len(line) <= _CARD_CELL
        if not short or (clean.reason(index) is None and _hans(line) > 0):
            break
        cells += 1
        numbers += bool(_CARD_NUMBER.fullmatch(line))
        top = index
    return top if numbers >= 3 and cells >= 6 else dateline


_LEADING_STAMP = re.compile(
    r"^\s*(?:date\s+)?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)"
    r"|^\s*date\s+(?:19|20)\d\d-\d{1,2}\s+(?=\S)",  # a scraper's stamp of a month only (` date 2023-09 …`)
    re.IGNORECASE,
)


# A page's keywords in front of its headline (`天文台,特別天氣提示,熱帶氣旋 下午05時45分天文台…`).
_KEYWORD_PREFIX = re.compile(r"^(?:[^\s,，、]{1,8}[,，、]){2,}[^\s,，、]{1,8}\s+(?=\S{6})")


def spam_prefixed(line: str) -> str | None:
    """The headline after a hijacker's word glued before it (`开云官方app下载 某某社区: 入户走访…`): the
    first word alone is spam and the rest alone is not; None otherwise."""
    head, space, rest = line.strip().partition(" ")
    if not space:  # a comma or dash after a gambling or promotion word (`手游礼包码大全,…`)
        parts = re.split(r"[,，\-]", line.strip(), maxsplit=1)
        if len(parts) < 2 or not _GAMBLING.search(parts[0].lower()):
            return None
        head, rest = parts
    rest = rest.strip()
    if _hans(rest) < 8 or _line_reason(head) != "spam":
        return None
    return rest if _line_reason(rest) is None else None


def clean_headline(title: str) -> str:
    """A headline without a date stamp, a list bullet or a forum's repost mark before it (` date
    2025-11-05 标题`, `- 标题`, `转贴《标题》`), a site name after it, trailing stars or separators, a
    column tag, or the keywords or a hijacker's word before it."""
    stripped = _LEADING_STAMP.sub("", title.strip(" \t\u3000\ufeff"))
    stripped = _LEADING_BULLET.sub("", stripped)
    label = _ORIGINAL_TITLE.match(stripped)
    if label and _hans(stripped[label.end() :]) >= 4:
        stripped = stripped[label.end() :]
    if _thread_tagged(stripped):
        stripped = stripped[_THREAD_TAGS.match(stripped).end() :]
    repost = _REPOST_OF_NAMED.match(stripped)
    if repost and _hans(repost["name"]) >= 4:
        stripped = repost["name"]
    stripped = spam_prefixed(stripped) or stripped
    stripped = _KEYWORD_PREFIX.sub("", stripped)
    stripped = _COLUMN_PREFIX.sub("", stripped)
    tag = _COLUMN_TAG.match(stripped)
    stripped = stripped[tag.end() :] if tag else stripped
    whole = _BRACKETED.fullmatch(stripped)
    if whole and _hans(whole["inner"]) >= 6:
        stripped = whole["inner"]  # `【我国第一条跨海高铁开通运营】`: the headline in brackets
    if " | " in stripped and _hans(stripped.split(" | ")[0]) >= 6:
        stripped = stripped.split(" | ")[0]  # a title bar: `标题 | 栏目 | 网站 | 日期`
    # before a site name is looked for: `标题|栏目 有線新聞` is cut at the newsroom, not at the bar
    for tail in (_TRAILING_PAGE_NUMBER, _TRAILING_NEWSROOM):
        found = tail.search(stripped)
        if found and _hans(stripped[: found.start()]) >= 8:
            stripped = stripped[: found.start()]
    suffix = _SITE_SUFFIX.search(stripped)
    while suffix and _hans(stripped[: suffix.start()]) >= 4:
        # a title bar names the site after its section (`标题-財經-HiNet新聞`, `标题—新闻—科学网`):
        # once the site is cut, a section left at the end goes too
        stripped = _SECTION_SUFFIX.sub("", stripped[: suffix.start()])
        suffix = _SITE_SUFFIX.search(stripped)
    posted = _TRAILING_POSTED_AGO.search(stripped)
    if posted and _hans(stripped[: posted.start()]) >= 6:
        stripped = stripped[: posted.start()]
    stripped = _INSTANT_COLUMN.sub("", stripped)
    series = _LEADING_SERIES_TAG.match(stripped)
    if series and _hans(stripped[series.end() :]) >= 6:
        stripped = stripped[series.end() :]
    stamp = _TRAILING_STAMP.search(stripped)
    if stamp and _hans(stripped[: stamp.start()]) >= 6:
        stripped = stripped[: stamp.start()]
    stripped = _TRAILING_JUNK.sub("", stripped).strip()
    mark = _TRAILING_MARK.search(stripped)
    if mark and _hans(stripped[: mark.start()]) >= 6:
        stripped = stripped[: mark.start()].strip()
    return stripped


# A copied page's origin mark after the headline (`…董事、獨董雙雙辭職 ©原創(chuàng)`), not its words. (A picture
# mark, `(图)`, is left: the labelled sets disagree on whether it belongs to the headline.)
_TRAILING_MARK = re.compile(r"\s*©\s*原[创創](?:\s*\(chuàng\))?\s*$")


def find_title(
    text: str,
    clean: CleanText,
    prepared: Prepared | None = None,
    *,
    dateline_at: int | None = None,
    hints: tuple[str, ...] = (),
) -> str:
    """The headline, as a reader finds it (`find_heading`), or "" when the text shows none."""
    return find_heading(text, clean, prepared, dateline_at=dateline_at, hints=hints).headline


@dataclass(frozen=True)
class Heading:
    """The head of a page: its `headline` ("" when the text shows none: a body-only scrape, a repost
    that kept no title) and the `top` line the head ends at, the headline or else the start of the
    first real sentence cut short. A lede is no headline (a reader would not name the page by it), but
    it still marks where the report starts, so other stories' headlines above it are found
    (`stray_headlines`)."""

    headline: str
    top: str


def find_heading(
    text: str,
    clean: CleanText,
    prepared: Prepared | None = None,
    *,
    dateline_at: int | None = None,
    hints: tuple[str, ...] = (),
) -> Heading:
    """The headline, as a reader finds it.

    - With a dateline (`dateline_at`, an offset into `text`): the topmost headline-like line of the
      block just above it (title, then perhaps a subtitle, then the dateline), and when everything
      above it is chrome (a hijacked page), the first headline-like line below it.
    - `hints` (the page's `<h1>`, then `og:title` or `<title>`): a hint wins when it passes as a
      headline; a title with a site name after it is cut to the headline.
    - Otherwise the first line near the top that is not chrome, metadata, a subtitle (`——…`), a
      bullet or a plain sentence.
    - No headline when the page opens with its report (a body-only scrape): `top` is then the start of
      the first real sentence, cut short, and `headline` is "".
    Original script, inserted pinyin removed, surrounding spaces stripped; a column name in 【】 is
    dropped (`【在习近平总书记重要讲话指引下】关键时刻…` -> `关键时刻…`): it names the series."""
    prepared = prepared or prepare(text)
    normalized = _normalized_lines(text, prepared)
    prepared_spans = _line_spans(prepared.text)

    def title_at(index: int, limit: int | None = None) -> str:
        p_start, p_end = prepared_spans[index]
        if limit is not None:  # a long line (a whole article on one line) is cut before mapping it
            p_end = min(p_end, p_start + limit)
        return clean_headline(_original_without_pinyin(prepared, p_start, p_end))

    def first_of_repeats(index: int) -> bool:
        """A gallery repeats its headline under every picture: the first of those lines, in the head,
        is still the headline (the repeats are chrome)."""
        if clean.reason(index) != "repeat" or index >= max(clean.head_lines, 1) + 2:
            return False
        return normalized[index] not in normalized[:index]

    def deck(index: int) -> bool:
        """A deck under a meeting's headline, one decision a line (`李强主持召开国务院常务会议` / `讨论通过《…》` /
        `听取…汇报`): it opens on the verb of the decision and stands under another headline-like line."""
        if not _DECK_VERB.match(normalized[index]):
            return False
        above = next((i for i in range(index - 1, max(-1, index - 4), -1) if normalized[i]), None)
        if above is None or clean.is_noise_line(above):
            return False
        line = normalized[above]
        return len(line) <= 100 and _hans(line) >= 4 and not line.endswith(_SENTENCE_END)

    def headline_like(index: int, least_hans: int = 4) -> bool:
        line = normalized[index]
        if not line or len(line) > 100 or _hans(line) < least_hans:
            return False
        if deck(index):
            return False
        if clean.is_noise_line(index) and not first_of_repeats(index):
            return False
        if _not_a_title(line):
            return False  # an item of a numbered breadcrumb or list (`3. 某某主持召开会议`)
        return not _subtitle_marked(line) and not line.endswith(_SENTENCE_END)

    for hint in hints:
        hint_prepared = prepare(hint)
        cleaned = clean_headline(_original_without_pinyin(hint_prepared, 0, len(hint_prepared.text)))
        if _hans(cleaned) >= 4 and _line_reason(prepare(cleaned).text) is None:
            return Heading(cleaned, cleaned)

    def choose(dateline_at: int | None) -> tuple[int, int | None] | None:
        # Without a dateline, the article's first paragraph anchors the head in the same way.
        anchored_on_body = dateline_at is None and 0 < clean.head_lines < len(clean.lines)
        if anchored_on_body:
            dateline_at = clean.lines[clean.head_lines][0]
        if dateline_at is not None:
            line_starts = [start for start, _ in clean.lines]
            dateline = max(0, bisect.bisect_right(line_starts, dateline_at) - 1)
            above = []
            top = _above_poster_card(dateline, normalized, clean)
            top = _above_account_byline(top, normalized)
            for index in range(top - 1, max(-1, top - 1 - _BLOCK_LOOKBACK * 2), -1):
                line = normalized[index]
                if not line:
                    continue
                reason = clean.reason(index)
                if reason in ("toolbar", "furniture") and not above and len(line) <= 10:
                    continue  # a tool line between headline and dateline (`[复制链接]`, `分享到:`)
                if not above and _APPARATUS.match(line):
                    continue  # a journal article's abstract, keywords and codes under its headline
                if reason == "spam" and not above and spam_prefixed(line):
                    above.append(index)  # a headline behind a hijacker's word, just above the dateline
                    continue
                if clean.is_noise_line(index) and reason != "meta" and not first_of_repeats(index):
                    break  # the block ends at chrome above it
                if headline_like(index):
                    above.append(index)
                if len(above) >= 3 or (above and top < dateline):
                    break  # a thread's title over a poster's card has no subtitle: the board's lines are above it
            if above:
                # The topmost of the block is the title; a subtitle or kicker stands between it and the
                # dateline. A short kicker on top (under 6 characters) gives way to the line below it.
                best = above[-1]
                if len(above) >= 2 and _hans(normalized[best]) < 6 <= _hans(normalized[above[-2]]):
                    best = above[-2]
                return _most_about_the_body(best, above, normalized, clean), None
            if not anchored_on_body and _glued_headline(normalized[dateline]):
                return (
                    dateline,
                    None,
                )  # ` date 2026-01-20 長輩排隊登記…`: the headline shares the stamp's line
            if not anchored_on_body and _edition_title(
                normalized, dateline, dateline_at - line_starts[dateline]
            ):
                # `星洲日报—大都会__23_07_2025`: a digest named by its edition's date, about many stories
                return dateline, _WHOLE_LINE
            below: list[int] = []  # headline-like lines under the stamp, before the first paragraph
            for index in range(dateline + 1, min(len(normalized), dateline + 16)):
                if anchored_on_body:
                    break
                if headline_like(index, least_hans=6) and not re.search(r"\d{4}[-/.年]|:", normalized[index]):
                    below.append(index)
                elif _hans(normalized[index]) >= _PARAGRAPH_HANS and not clean.is_noise_line(index):
                    break  # the first paragraph: what follows it is the report or the page's foot
            ticker = [i for i in below if _under_ticker_header(i, normalized)]
            if ticker:
                # `快訊` / other stories' headlines / the headline: the last of them is the page's
                under = [i for i in below if i >= ticker[0]][:4]
                if len(under) >= 2:
                    return under[-1], None
            if below:  # the first of them, unless the body is about another (a ticker on top)
                block = below[:4][::-1]  # bottom up, as the block above a dateline is read
                return _most_about_the_body(below[0], block, normalized, clean), None

        fallback = None
        for index in range(min(clean.head_lines, len(normalized), _TOP_LINES_FOR_TITLE)):
            line = normalized[index]
            stamped = _STAMP_AFTER_HEADLINE.match(line) if line else None
            if stamped and _hans(stamped["head"]) >= 4 and not _not_a_title(stamped["head"]):
                # `连夜除雪保畅通 44,541 2024年01月17日`: an e-paper's headline with its id and date after it
                p_start, p_end = prepared_spans[index]
                lead = len(prepared.text[p_start:p_end]) - len(prepared.text[p_start:p_end].lstrip())
                return index, lead + len(stamped["head"])
            if not line or len(line) > 100 or clean.is_noise_line(index) or _hans(line) < 4:
                continue
            if _subtitle_marked(line) or _not_a_title(line):
                continue
            if line.endswith(_SENTENCE_END):
                fallback = fallback if fallback is not None else index
                continue
            if _hans(line) < 6:
                # a short name on top (`某某健康+`) gives way to a headline right under it, as in a block
                after = next((i for i in range(index + 1, min(len(normalized), index + 4)) if normalized[i]), None)
                if after is not None and headline_like(after, least_hans=6):
                    return after, None
            return index, None
        if fallback is not None:
            return fallback, _SENTENCE_LINE  # a sentence on top (`臨近年末,礦工們…。`) opens the report
        summary = _headline_under_summary(normalized, clean, headline_like)
        if summary is not None:
            return summary, None
        # No headline at the top: the start of the first real sentence, cut short.
        for index, line in enumerate(normalized):
            if line and not clean.is_noise_line(index) and _HAN_PAIR.search(line) and not _not_a_title(line):
                return index, _LEDE
        return None

    labelled = _labelled_title(normalized)
    if labelled is not None:
        # the field's label is cut from the headline itself, not at an offset of the normalized line
        field = clean_headline(_TITLE_FIELD.sub("", title_at(labelled), count=1))
        return _headline(field or title_at(labelled))
    glued = _headline_glued_to_its_date(text, clean, dateline_at)
    if glued:
        return _headline(glued)
    english = _english_headline(normalized, clean) if dateline_at is None else None
    if english is not None:
        return _headline(title_at(english))
    chosen = choose(dateline_at)
    if chosen is None:
        return Heading("", "")
    index, limit = chosen
    if limit == _WHOLE_LINE:
        return _headline(title_at(index))
    if limit == _SENTENCE_LINE:
        return Heading("", title_at(index))
    if limit is not None:  # a headline cut from its line, or the start of the first real sentence
        lede = limit == _LEDE
        sentence = title_at(index, limit=_LEDE_CHARS if lede else limit)
        bilingual = _BETWEEN_PAGE_NUMBER_AND_LATIN.match(sentence)
        if bilingual:  # `24 三電單車拒停車受檢 Três motociclos ignoram… 4 月 18 日凌晨,…`: a flattened PDF page
            return _headline(bilingual["head"])
        sentence = _without_wire_dateline(sentence[lede_credit_end(sentence) :].lstrip())
        glued = _GLUED_TO_BODY.match(sentence)
        if glued and _balanced(glued["head"]):
            # `成群候鸟飞抵浙江上虞湿地越冬 1上虞位于…`: a headline run into the text by a space
            return _headline(glued["head"])
        cut = re.search(r"[。!?！？]", sentence)
        start = (sentence[: cut.start()] if cut else sentence)[:40]
        return Heading("", start) if lede else _headline(start)
    index = _about_the_body(index, normalized, clean, headline_like)
    return _headline(title_at(_whole_of_split_repeat(index, normalized, clean)))


def _whole_of_split_repeat(index: int, normalized: list[str], clean: CleanText) -> int:
    """The headline's own line when the chosen one is a piece of it repeated above the dateline (an
    e-paper prints `前半 后半` as the title, then `前半` / `后半` one a line over the stamp): the whole."""
    if clean.reason(index) != "repeat" or _hans(normalized[index]) < 6:
        return index
    for earlier in range(index - 1, max(-1, index - 8), -1):
        line = normalized[earlier]
        if line != normalized[index] and normalized[index] in line and len(line) <= 100:
            if not clean.is_noise_line(earlier):
                return earlier
    return index


def _headline(title: str) -> Heading:
    return Heading(title, title)


# A byline in English under an English headline (`Speech by Ms …, Minister for …`, `By Jane Lee`).
_ENGLISH_BYLINE = re.compile(
    r"^(?:(?:speech|remarks|address|statement|story|article|written|posted)\s+)?by\s+[A-Z]", re.I
)
_ENGLISH_WORDS = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _english_headline(normalized: list[str], clean: CleanText) -> int | None:
    """The line of an English headline over a Chinese text (a bilingual government page): the line
    right above an English byline, when it is words and not a sentence."""
    previous = None
    for index, line in enumerate(normalized[:_TOP_LINES_FOR_TITLE]):
        if not line:
            continue
        if previous is not None and _ENGLISH_BYLINE.match(line):
            words = _ENGLISH_WORDS.findall(normalized[previous])
            above = normalized[previous]
            if (
                len(words) >= 3
                and sum(len(word) for word in words) >= 0.7 * len(above.replace(" ", ""))
                and not above.endswith(".")
                and not clean.is_noise_line(previous)
            ):
                return previous
            return None
        previous = index
    return None


def _headline_under_summary(normalized: list[str], clean: CleanText, headline_like) -> int | None:
    """The headline of a page that opens with its one-sentence summary (a description scraped above
    the article: `某馆将于1月21日起闭馆改造,开馆时间另行通告。` / `某馆临时闭馆通知` / body): the
    short line right under that sentence, when the text goes on below it."""
    lines = [index for index, line in enumerate(normalized[:_TOP_LINES_FOR_TITLE]) if line]
    if len(lines) < 3:
        return None
    first, second = lines[0], lines[1]
    summary = normalized[first]
    if clean.is_noise_line(first) or len(summary) > 150 or not summary.endswith(("。", "!", "！")):
        return None
    if re.search(r"[。!?！？;；]", summary[:-1]):
        return None  # a paragraph of several sentences: the page opens with its body
    candidate = normalized[second]
    if (
        len(candidate) > 40
        or re.search(r"[,，。;；:：]", candidate)
        or not headline_like(second, least_hans=6)
    ):
        return None
    return second


_TOP_LINES_FOR_TITLE = 40
# A headline run into the text of a one-line page by a space: words without punctuation, digits,
# brackets or Latin letters (not a wire dateline `…北京8月1日电 (记者…`), then a long run of text.
_GLUED_TO_BODY = re.compile(
    r"^(?P<head>[^\s，,。、；;:：!?！？()（）\[\]【】0-9０-９A-Za-z]{8,30})\s+"
    r"(?=[^\sA-Za-z」』”》〉)），,。、；;:：!?！？][^\n]{30})"  # not a sentence going on past a name or a quote
)
_OPENERS_CLOSERS = ("「」", "『』", "“”", "《》", "〈〉")


def _balanced(head: str) -> bool:
    """No quote or title mark opened in `head` is left open (`創刊於一九七六年的「世界日報 」，是…` is a sentence)."""
    return all(head.count(opener) == head.count(closer) for opener, closer in _OPENERS_CLOSERS)


# A bilingual page flattened onto one line (a magazine's PDF): perhaps a section name in Latin letters and
# a page number, then the Chinese headline, then the same headline in a Latin-script language (a capital
# and a lower-case word after it) and the text.
_BETWEEN_PAGE_NUMBER_AND_LATIN = re.compile(
    r"^(?:[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-]*(?:\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-]*){0,4}\s+)?(?:\d{1,3}\s+)?"
    r"(?P<head>[\u4e00-\u9fff][^\sA-Za-z0-9,，。;；:：!?！？()（）]{3,29}(?:\s[^\sA-Za-z0-9,，。;；:：!?！？()（）]{2,29}){0,2})"
    r"\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-Za-zÀ-ÿ])"
)


def _without_wire_dateline(sentence: str) -> str:
    """A lede with no headline over it, without the wire dateline that opens it (`某某日报4月19日电 4月19日,
    由…` -> `4月19日,由…`) and the credit after it: a headline is what the report says, not who sent it."""
    normalized = prepare(sentence).text
    hits = wire_dates(normalized[:60]) if len(normalized) == len(sentence) else []
    if not hits or hits[0].start > 1:
        return sentence
    rest = sentence[hits[0].end :]
    rest = re.sub(r"^\s*[(（][^()（）]{1,30}[)）]", "", rest).lstrip(" \u3000,，:：")
    return rest if _hans(rest) >= 8 else sentence


# A headline, then an article number and a date (and clock) closing its line.
_STAMP_AFTER_HEADLINE = re.compile(
    r"^(?P<head>[^,，。！？!?:：]*?[\u4e00-\u9fff”」》)）])\s+(?:[\d,]+\s+)?(?:"
    r"(?:19|20)\d\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
    # or in Chinese numerals, with its clock (`…列车出轨 二零一零年五月二十三日 下午五时十九分`, a forum's post)
    r"|" + CN_YMD.pattern + r")\s*$"
)
_WHOLE_LINE = -1  # `choose`'s mark for a headline taken as it stands, not checked against the body
_LEDE = -2  # `choose`'s mark for a page with no headline: the head ends at its first real sentence
_SENTENCE_LINE = -3  # `choose`'s mark for a page whose top line is a sentence: it opens the report
_LEDE_CHARS = 400  # of that sentence's line, what is read before it is cut short


def stray_headlines(
    text: str, clean: CleanText, title: str, prepared: Prepared | None = None
) -> list[tuple[int, int]]:
    """Other stories' headlines above the page's own in its head (a ticker, a "hot news" strip): lines
    that read as headlines but share none of their wording with the body. They are chrome, so their
    dates make no events. `[start, end)` spans of `text`; none when the headline is not found."""
    if not title:
        return []
    prepared = prepared or prepare(text)
    normalized = _normalized_lines(text, prepared)
    wanted = _normalized_lines(title, prepare(title))[0] if title.strip() else ""
    at = next((index for index, line in enumerate(normalized[:60]) if wanted and wanted in line), None)
    if at is None or at == 0:
        return []
    candidates = [
        index
        for index in range(at)
        if len(normalized[index]) <= 60
        and 6 <= _hans(normalized[index])
        and not normalized[index].endswith(_SENTENCE_END)
        and len(_pairs(normalized[index])) >= 4
        and not clean.is_noise_line(index)
    ]
    if not candidates:
        return []
    body = _body_pairs(normalized, clean, at, skip=wanted)
    if len(body) < _BODY_PAIRS:
        return []
    return [
        clean.lines[index]
        for index in candidates
        if len(_pairs(normalized[index]) & body) <= _ABOUT_NOTHING * len(_pairs(normalized[index]))
    ]


_ABOUT_NOTHING = 0.05  # a headline sharing no more of its character pairs with the body is chrome
_ABOUT_THE_BODY = 0.5  # a line sharing at least this many is about the report
_BODY_PAIRS = 60  # below this the body is too short to tell (a repost of two lines)
_PARAGRAPH_HANS = 15  # a body paragraph, not a menu or a link list repeated at the foot
_HAN_BIGRAM = re.compile(r"(?=([\u3400-\u9fff]{2}))")
_NOT_A_HEADLINE = re.compile(r"\d{4}[-/.年]\d{1,2}|来源|编辑|记者|\|")


@lru_cache(maxsize=8192)
def _pairs(line: str) -> frozenset[str]:
    """The pairs of Han characters in a line (a page's lines are looked at several times)."""
    return frozenset(_HAN_BIGRAM.findall(line))


def _paragraph_pairs(normalized: list[str], clean: CleanText, after: int, skip: str = ""):
    """The character pairs of each of the body's paragraphs below line `after`, in order (not lines
    holding `skip`)."""
    for other in range(after + 1, len(normalized)):
        line = normalized[other]
        if _hans(line) >= _PARAGRAPH_HANS and not (skip and skip in line) and not clean.is_noise_line(other):
            yield _pairs(line)


def _body_pairs(normalized: list[str], clean: CleanText, after: int, skip: str = "") -> set[str]:
    """The character pairs of the body's paragraphs below line `after` (not lines holding `skip`)."""
    return set().union(*_paragraph_pairs(normalized, clean, after, skip))


def _share(line: str, body: set[str]) -> float:
    own = _pairs(line)
    return len(own & body) / len(own) if own else 0.0


def _most_about_the_body(best: int, block: list[int], normalized: list[str], clean: CleanText) -> int:
    """Within a block of headline-like lines (bottom up), the chosen one unless it says almost nothing
    of the body while another says much: a ticker of other stories' headlines stacked above the real
    one (`緬甸留學生…` / `全美最老字號中餐館…` / `海外台灣鄉親…大會`) gives way to the one the body is about,
    the topmost of those that share at least half as much as the best."""
    # a kicker or a category word on top (`媽祖信仰` over `臺灣人心中的母親─…`) is about the body by
    # its nature: it never takes the place of a full headline chosen under it
    if _hans(normalized[best]) >= 6:
        block = [index for index in block if index >= best or _hans(normalized[index]) >= 6]
    if len(block) < 2:
        return best
    body = _body_pairs(normalized, clean, block[0])
    if len(body) < _BODY_PAIRS:
        return best
    shares = {index: _share(normalized[index], body) for index in block}
    top = max(shares.values())
    if top < _ABOUT_THE_BODY or shares[best] >= top / 2:
        return best
    return min((index for index in block if shares[index] >= top / 2), key=lambda index: index)


def _about_the_body(index: int, normalized: list[str], clean: CleanText, headline_like) -> int:
    """The chosen headline, unless it shares almost nothing with the body's paragraphs (a slogan, an
    advert, a site's prompt: `閱讀讓生活永遠不無聊` over a report on a virus case) while another
    headline-like line near the top is plainly about them; then that line."""

    chosen = normalized[index]
    own = _pairs(chosen)
    if len(own) < 4:
        return index
    core = chosen.strip(" 。.!！?？")
    body: set[str] = set()
    for pairs in _paragraph_pairs(normalized, clean, index, skip=core):  # the report follows its headline
        body |= pairs
        if len(body) >= _BODY_PAIRS and len(own & body) > _ABOUT_NOTHING * len(own):
            return index  # plainly about the body: no need to read the rest
    if len(body) < _BODY_PAIRS or len(own & body) > _ABOUT_NOTHING * len(own):
        return index
    for other in range(min(len(normalized), max(clean.head_lines, index) + 3, _TOP_LINES_FOR_TITLE)):
        line = normalized[other]
        candidate = _pairs(line)
        if (
            other != index
            and len(candidate) >= 4
            and headline_like(other, least_hans=6)
            and not _NOT_A_HEADLINE.search(line)
            and len(candidate & body) / len(candidate) >= _ABOUT_THE_BODY
        ):
            return other
    return index


_HAN_PAIR = re.compile(r"[\u3400-\u9fff].*?[\u3400-\u9fff]")  # at least two Han characters


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=16_384)
def _hans(line: str) -> int:
    """How many Han characters `line` holds, remembered: the headline finder asks it of each line of
    a page's body again for each headline-like line above it."""
    return len(_HAN_CHAR.findall(line))
