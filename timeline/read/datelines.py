"""Dates as page metadata writes them, found on normalized (half-width, simplified) text.

These are the forms of datelines, bylines, stamps and paths, not of prose: `2019年06月03日 08:41`,
`2019-06-03 10:15`, `2019/06/11`, `2019.06.11`, compact `20190611 11:26`, `民國108年6月3日`, English
`Mar 7, 2022 9:15 AM` (read by dateparser), wire datelines with a month-day or a day only
(`新华社北京4月11日电`, `(中央社台北15日电)`), and dates inside URLs or paths (`/2019/0611/`,
`t20190612_`, `/2017-03/04/`). Prose dates are the normalizer's business (`timeline.timex`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.numerals import small_int

FIRST_YEAR, LAST_YEAR = 1990, 2039  # a page date outside this range is a serial number, not a date


@dataclass(frozen=True)
class DateHit:
    """A date found in a line or text: `[start, end)` in the searched string."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int
    hour: int | None = None
    minute: int | None = None
    form: str = "ymd"  # ymd, compact, english, roc, url, wire-md, wire-d

    @property
    def date(self) -> dt.date | None:
        if self.year is None or self.month is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def iso(self, with_time: bool = True) -> str | None:
        date = self.date
        if date is None:
            return None
        if with_time and self.hour is not None and self.minute is not None:
            return f"{date.isoformat()}T{self.hour:02d}:{self.minute:02d}"
        return date.isoformat()


_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CLOCK = (
    # a zone name may stand between the date and its clock (`2025-06-05 HKT 00:51`)
    r"(?:\s*(?:(?:HKT|CST|GMT|UTC)(?:\s?\+\s?0?8(?::?00)?)?\s*)?(?:(?P<half>上午|下午|早上|晚上|凌晨|中午)\s*)?"
    r"(?P<hour>[01]?\d|2[0-3])\s*[:时]\s*(?P<minute>[0-5]\d)"
    r"(?:\s*[:分]\s*(?:[0-5]\d\s*秒?)?)?)?"
)
# 2019年06月03日 / 2019年6月3号 / 2019-06-03 / 2019/6/3 / 2019.06.03 / 2019_06_03, then a clock time.
# A separated date may follow digits that are not its own (`来源:彩神882024-03-06`, a site name).
_YMD = re.compile(
    rf"(?:(?<![\d.]){_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*[日号]?"
    rf"|(?<![.])(?P<year2>(?:19|20)\d\d)(?P<sep>[-/._])(?P<month2>\d{{1,2}})(?P=sep)(?P<day2>\d{{1,2}})(?!\d))"
    rf"(?:\s*T(?=\d))?{_CLOCK}"
)
# Republic-era years without 民国 (Taiwan): `105年2月13日`, `110-05-10` (years 80-139: 1991-2050).
_ROC_BARE = re.compile(
    r"(?<![\d年.\-/])(?P<roc>[89]\d|1[0-3]\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"|(?<![\d.\-/])(?P<roc2>1[0-3]\d)(?P<sep>[-/.])(?P<month2>[01]\d)(?P=sep)(?P<day2>[0-3]\d)(?![\d.\-/])"
    # a two-digit year only with dashes at the start of a line, as an archive's date column (`96-07-02 [某署]`)
    r"|(?:(?m:^)[ \t]*|(?:日期|時間|时间)\s*[:：]\s*)(?P<roc3>[89]\d)-(?P<month3>[01]\d)-(?P<day3>[0-3]\d)(?![\d.\-/])"
)
# 二〇一九年六月三日, as e-papers and printed editions write their date, perhaps with its clock time in
# the same numerals (`二零一零年五月二十三日 下午五时十九分`, as a forum stamps a post).
_CN_CLOCK_NUMBER = r"[〇○零一二两三四五六七八九十]{1,3}"
# A month and a day of the month in Chinese numerals (八月, 二十六日); `timeline.read.published` reads them too.
CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
CN_DAY = r"[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|三十一?"
CN_YMD = re.compile(
    rf"(?P<year>[〇○零一二三四五六七八九]{{4}})\s*年\s*(?P<month>{CN_MONTH})\s*月"
    rf"\s*(?P<day>{CN_DAY})\s*日"
    rf"(?:\s*(?P<half>上午|下午|早上|晚上|凌晨|中午)?\s*(?P<hour>{_CN_CLOCK_NUMBER})\s*[时点]"
    rf"\s*(?:(?P<minute>{_CN_CLOCK_NUMBER})\s*分|(?P<whole>整))?)?"
)
_ANY_DIGIT = re.compile(r"\d")
_CN_DIGITS = {ch: str(index % 10) for index, ch in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
# 03.05.2018, 20.8.2020, 01.01.2020 17:44: day first, as European sites and Hong Kong mirrors write it (a
# dotted date with the year last), perhaps with its clock.
_DMY_DOTTED = re.compile(
    rf"(?<![A-Za-z\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.]){_CLOCK}"
)
# 23_07_2025, 23/07/2025 and 26-08-2019: day first, as Malaysian, Singaporean and Hong Kong pages write it
# (a Hong Kong government release heads its text with `26-08-2019`); a slash or dash date is read so only
# when its first number cannot be a month.
_DMY_WRITTEN = re.compile(
    r"(?<![\d/.\-])(?<!\d_)(?P<day>[0-3]?\d)(?P<sep>[_/\-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?![\d/_\-])"
)
# 2021-01/06 16:52:25: a dash after the year and a slash before the day, as Xinhua's pages stamp their
# reports; a scraper may lose the dash (`2021 01/ 06 16:52:25`) or every separator (`2014 10 01 0:14`, a
# forum's post stamps). Read only with its clock time.
_YMD_MIXED = re.compile(
    rf"(?<![\d.\-/]){_YEAR}(?:\s*-\s*|\s+)(?P<month>[01]\d)(?:\s*/\s*|\s+)(?P<day>[0-3]\d)(?=\s+\d{{1,2}}:\d\d){_CLOCK}"
)
# 2022, 10. 3: the year, a comma, then month and day with a dot, as a small site's editor stamps a story;
# the same form with a clock after it (`2024, 5. 17 PM 18:50 Friday`) is the site's clock on its top bar.
_Y_COMMA_MD = re.compile(
    r"(?:(?<=\s)|^)(?P<year>(?:19|20)\d\d),\s*(?P<month>1[0-2]|0?[1-9])\.\s*(?P<day>[12]\d|3[01]|0?[1-9])(?=\s|$)"
    r"(?!\s*(?:[AP]M\s*)?\d{1,2}:\d\d)",
    re.MULTILINE,
)
# A labelled stamp with a two-digit year (`时间:09-04-10 栏目:…`): this century's.
_YY_LABELLED = re.compile(
    r"(?:时间|日期|時間)\s*[:：]\s*(?P<year>\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-:])"
)
# 20190611 or 20190611 11:26 (a serial number is not a date: bounded by non-digits, valid, in range).
_COMPACT = re.compile(rf"(?<![\dA-Za-z]){_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)(?![\d]){_CLOCK}")
# 民國108年6月3日, 民国108.06.03 (Taiwan's Republic-era years, year 1 = 1912).
_ROC = re.compile(
    r"民国\s*(?P<roc>\d{2,3})\s*(?:年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日?"
    r"|(?P<sep>[-/.])(?P<month2>\d{1,2})(?P=sep)(?P<day2>\d{1,2})(?!\d))" + _CLOCK
)
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_EN_TIME = r"(?:,?\s*(?:at\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?"
_ENGLISH = re.compile(
    rf"(?<![A-Za-z])(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d){_EN_TIME}(?![A-Za-z\d])",
    re.IGNORECASE,
)
# A C library's stamp, the year after the clock (`Wed Oct 21 10:22:33 2015`), as bulletin boards write a post's time.
_CTIME = re.compile(
    rf"(?<![A-Za-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})"
    r"\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# A blog platform's stamp with the weekday between day and year (`Oct 21 Wed 2015 10:22`).
_MDWY = re.compile(
    rf"(?<![A-Za-z])(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)(?:\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\d:])",
    re.IGNORECASE,
)
_MONTH_NUMBER = {
    name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
# Dates in URLs and paths: /2019/0611/, /2019/06/11/, /2017-03/04/, /201906/11/, t20190612_, _20190612.
_URL_DATE = re.compile(
    r"(?:(?<=/)(?P<y1>(?:19|20)\d\d)(?:/|-)?(?P<m1>[01]\d)(?:/|-)?(?P<d1>[0-3]\d)(?=[/_.\-]|$)"
    r"|(?<=/)(?P<y2>(?:19|20)\d\d)[/-](?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)(?=/)"
    r"|(?<=[/_t])(?P<y3>(?:19|20)\d\d)(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?=[_./])"
    r"|(?<=/)(?P<y4>(?:19|20)(?P<yy4>\d\d))/(?P=yy4)(?P<m4>[01]\d)(?P<d4>[0-3]\d)(?=/))"  # /2025/250209/
)
_URLISH = re.compile(r"(?:https?://|www\.)\S+|[\w/.\-]*(?:\.s?html?|\.php|\.aspx?)\b|\S+/\d{4}/?\d{2}\S*")

# The wire dateline that opens a report: an agency, paper or site, an optional place, a date, 电/讯.
_AGENCY = (
    r"(?:新华社|中新社|中新网|中国新闻网|人民网|央视网|央视新闻|央广网|中广网|新华网|光明网|中国网|国际在线|环球网"
    r"|澎湃新闻|中央社|法新社|路透社|美联社|共同社|韩联社|塔斯社|本报|本刊|本台|本网|本站"
    r"|[\u4e00-\u9fff]{1,8}(?:网|报|社|台|日报|晚报|时报|新闻|电视台|广播电台|客户端))"
)
_CN_DAY = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
_WIRE_MD = re.compile(
    rf"{_AGENCY}[^,。:;!?()\n]{{0,14}}?(?P<month>{_CN_DAY})\s*月\s*(?P<day>{_CN_DAY})\s*日\s*"
    r"(?:电|讯|消息|报道|专电|综合报道|发)"
)
# A bracketed dateline names its outlet in any words (`【大纪元1月27日讯】`, `【某某周刊3月2日专讯】`): the
# brackets and the closing 讯 or 电 mark it.
_WIRE_BRACKETED_MD = re.compile(
    rf"[【\[]\s*[\u4e00-\u9fff]{{2,10}}?(?P<month>{_CN_DAY})\s*月\s*(?P<day>{_CN_DAY})\s*日\s*(?:讯|电|专讯|专电)\s*[】\]]"
)
_WIRE_DAY = re.compile(
    rf"[(\[【]\s*{_AGENCY}[^()\[\]【】\n]{{0,20}}?(?P<day>{_CN_DAY})\s*日\s*(?:电|讯|专电)\s*[)\]】]"
    rf"|{_AGENCY}讯\s*[(\[]?\s*(?P<day2>\d{{1,2}})\s*日"
    # Malaysian and Singapore papers name only the place (`(吉隆坡9日讯)`, `（新山18日讯）`)
    rf"|[(（]\s*[\u4e00-\u9fff]{{2,6}}\s*(?P<day3>\d{{1,2}})\s*日\s*讯\s*[)）]"
)

_HALF_DAY_PM = ("下午", "晚上")


def _clock(match: re.Match) -> tuple[int | None, int | None]:
    hour, minute = match.groupdict().get("hour"), match.groupdict().get("minute")
    if hour is None or minute is None:
        return None, None
    hour_value = int(hour)
    if match.groupdict().get("half") in _HALF_DAY_PM and hour_value < 12:
        hour_value += 12
    return hour_value, int(minute)


def _cn_clock(match: re.Match) -> tuple[int | None, int | None]:
    """The clock time written in Chinese numerals after a date (`下午五时十九分`, `上午十时整`), when it
    is a time of day; a bare hour (`三时`) is read only with its minutes or 整."""
    if match["hour"] is None or (match["minute"] is None and match["whole"] is None):
        return None, None
    hour = small_int(match["hour"])
    minute = small_int(match["minute"]) if match["minute"] else 0
    if hour is None or minute is None:
        return None, None
    if match["half"] in _HALF_DAY_PM and hour < 12:
        hour += 12
    return (hour, minute) if hour <= 23 and minute <= 59 else (None, None)


def _valid(year: int, month: int, day: int) -> bool:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# Forms written in digits whose groups are named year, month and day, with a clock where the form
# carries one: read the same way, each under its form's name.
_NUMBERED_FORMS = (
    (_COMPACT, "compact"),
    (_DMY_DOTTED, "dmy"),
    (_YMD_MIXED, "ymd"),
    (_Y_COMMA_MD, "ymd"),
)


def full_dates(text: str, *, english: bool = True, roc_bare: bool = False) -> list[DateHit]:
    """Every complete date (year, month and day) written as metadata writes it, in text order.

    Overlapping readings keep the earliest, longest one (`2019-06-03 08:41` once, not also
    `20190603`). `roc_bare` also reads Republic-era years written without 民国 (`105年2月13日`,
    `110-05-10`), as Taiwanese pages do."""
    # Speed: every form but the Chinese-numeral one needs a digit (`\d`, as the patterns read it,
    # any script's) and that one needs 年; most lines of a body have neither, and skip the scans.
    if "年" not in text and not _ANY_DIGIT.search(text):
        return []
    hits: list[DateHit] = []
    if roc_bare:
        for match in _ROC_BARE.finditer(text):
            groups = match.groupdict()
            year = int(groups["roc"] or groups["roc2"] or groups["roc3"]) + 1911
            month = int(groups["month"] or groups["month2"] or groups["month3"])
            day = int(groups["day"] or groups["day2"] or groups["day3"])
            if _valid(year, month, day):
                hits.append(DateHit(match.start(), match.end(), year, month, day, form="roc"))
    for match in _YMD.finditer(text):
        groups = match.groupdict()
        year = int(groups["year"] or groups["year2"])
        month = int(groups["month"] or groups["month2"])
        day = int(groups["day"] or groups["day2"])
        if _valid(year, month, day):
            hour, minute = _clock(match)
            hits.append(DateHit(match.start(), match.end(), year, month, day, hour, minute, "ymd"))
    for pattern, form in _NUMBERED_FORMS:
        for match in pattern.finditer(text):
            year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
            if _valid(year, month, day):
                hour, minute = _clock(match)
                hits.append(DateHit(match.start(), match.end(), year, month, day, hour, minute, form))
    for match in CN_YMD.finditer(text):
        year = int("".join(_CN_DIGITS[ch] for ch in match["year"]))
        month, day = small_int(match["month"]), small_int(match["day"])
        if month and day and _valid(year, month, day):
            hour, minute = _cn_clock(match)
            end = match.end() if hour is not None else text.index("日", match.end("day")) + 1
            hits.append(DateHit(match.start(), end, year, month, day, hour, minute, form="cn"))
    for match in _DMY_WRITTEN.finditer(text):
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        if (match["sep"] == "_" or day > 12) and _valid(year, month, day):
            hits.append(DateHit(match.start(), match.end(), year, month, day, form="dmy"))
    for match in _YY_LABELLED.finditer(text):
        year, month, day = 2000 + int(match["year"]), int(match["month"]), int(match["day"])
        if _valid(year, month, day):
            hits.append(DateHit(match.start("year"), match.end(), year, month, day, form="ymd"))
    for match in _ROC.finditer(text):
        groups = match.groupdict()
        year = int(groups["roc"]) + 1911
        month = int(groups["month"] or groups["month2"])
        day = int(groups["day"] or groups["day2"])
        if _valid(year, month, day):
            hour, minute = _clock(match)
            hits.append(DateHit(match.start(), match.end(), year, month, day, hour, minute, "roc"))
    if english:
        for match in (*_CTIME.finditer(text), *_MDWY.finditer(text)):
            year, month, day = (
                int(match["year"]),
                _MONTH_NUMBER[match["month"][:3].lower()],
                int(match["day"]),
            )
            if _valid(year, month, day):
                hour = int(match["hour"]) if match["hour"] else None
                minute = int(match["minute"]) if match["minute"] else None
                hits.append(DateHit(match.start(), match.end(), year, month, day, hour, minute, "english"))
        for match in _ENGLISH.finditer(text):
            parsed = _parse_english(match.group())
            if parsed is not None and _valid(parsed.year, parsed.month, parsed.day):
                has_clock = ":" in match.group()
                hits.append(
                    DateHit(
                        match.start(),
                        match.end(),
                        parsed.year,
                        parsed.month,
                        parsed.day,
                        parsed.hour if has_clock else None,
                        parsed.minute if has_clock else None,
                        "english",
                    )
                )
    return _without_overlaps(hits)


def _without_overlaps(hits: list[DateHit]) -> list[DateHit]:
    kept: list[DateHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


@lru_cache(maxsize=1024)
def _parse_english(text: str) -> dt.datetime | None:
    import dateparser  # imported on first use: it is slow to load and most pages never need it

    try:
        return dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    except (ValueError, OverflowError, TypeError):
        return None


# A stamp with a month-day and a clock time but no year (`发表时间:02-26 10:18`, `9/27 10:22`).
_MONTH_DAY_STAMP = re.compile(
    r"(?<![\d./-])(?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)\s+(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d])"
)


def month_day_stamps(text: str) -> list[DateHit]:
    """Stamps with a month-day and a clock time but no year (`02-26 10:18`)."""
    hits = []
    for match in _MONTH_DAY_STAMP.finditer(text):
        month, day = int(match["month"]), int(match["day"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            hour, minute = int(match["hour"]), int(match["minute"])
            hits.append(DateHit(match.start(), match.end(), None, month, day, hour, minute, "stamp-md"))
    return hits


def url_dates(text: str) -> list[DateHit]:
    """Dates inside the URLs and paths printed in `text` (`/2019/0611/`, `t20190612_`)."""
    hits: list[DateHit] = []
    for url in _URLISH.finditer(text):
        for match in _URL_DATE.finditer(url.group()):
            groups = match.groupdict()
            for index in "1234":
                if groups[f"y{index}"]:
                    year, month, day = (int(groups[f"{k}{index}"]) for k in "ymd")
                    if _valid(year, month, day):
                        start = url.start() + match.start()
                        hits.append(DateHit(start, url.start() + match.end(), year, month, day, form="url"))
                    break
    return hits


def wire_dates(text: str) -> list[DateHit]:
    """Wire datelines (`新华社北京4月11日电`, `(中央社台北15日电)`, `本报讯 18日`): month-day or day only."""
    if "日" not in text:
        return []  # speed: every wire form writes its day with 日, and most lines have none
    hits: list[DateHit] = []
    for match in (*_WIRE_MD.finditer(text), *_WIRE_BRACKETED_MD.finditer(text)):
        month, day = small_int(match["month"]), small_int(match["day"])
        if any(hit.start <= match.start() < hit.end for hit in hits):
            continue  # one dateline read by both forms
        if month and day and 1 <= month <= 12 and 1 <= day <= 31:
            hits.append(DateHit(match.start(), match.end(), None, month, day, form="wire-md"))
    for match in _WIRE_DAY.finditer(text):
        day = small_int(match["day"] or match["day2"] or match["day3"])
        if day and 1 <= day <= 31:
            hits.append(DateHit(match.start(), match.end(), None, None, day, form="wire-d"))
    return sorted(hits, key=lambda hit: hit.start)


# A line that is the page's own date line has little but the date, its labels and short values.
_LABELS = re.compile(
    r"(?:发布|发表|更新|修改|出版|发稿|刊发|刊登|录入|上传|提交|首发|最后更新)?(?:时间|日期|于)\s*[::]?"
    r"|(?:来源|来自|稿源|出处|作者|编辑|责任编辑|责编|记者|通讯员|摄影|供稿|审核|校对|编审|字号|浏览|阅读|点击|人气"
    r"|评论|分享|打印|收藏|访问量|浏览量|阅读量|次数|栏目|分类|标签)\s*[::]?\s*[^\s|丨/]{0,20}"
    r"|(?:published|posted|updated|update|date|time|by)\s*:?"
    r"|星期[一二三四五六日天]|周[一二三四五六日天]|礼拜[一二三四五六日天]|\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)"
    r"|(?:次|人次)\b",
    re.IGNORECASE,
)
_HAN = re.compile(r"[\u3400-\u9fff]")
# Prose: a sentence mark, or a comma followed by words (metadata separates its fields otherwise).
# A run of question marks (`15:44:21??來源`) is a character lost to a bad conversion, not a question.
_SENTENCE_MARK = re.compile(r"[。!;]|(?<!\?)\?(?!\?)|,\s*[\u3400-\u9fff]{2}")


def dateline_residue(line: str, hits: list[DateHit]) -> str:
    """What a line says besides its dates, its labels and their short values."""
    parts, position = [], 0
    for hit in hits:
        parts.append(line[position : hit.start])
        position = hit.end
    parts.append(line[position:])
    return _LABELS.sub(" ", " ".join(parts))


def is_metadata_line(line: str, hits: list[DateHit]) -> bool:
    """True for a line that states a date as metadata (`2020年03月04日13:56 来源:中国组织人事报`,
    `发布时间:2017-05-22`, `编辑:张三 2016-09-14 07:30`), False for prose that mentions a date
    (`2020年2月23日,习近平在…强调`) and for a headline with a date after it (a list of links)."""
    if not hits or _SENTENCE_MARK.search(line):
        return False
    residue = dateline_residue(line, hits)
    # A source name or two may stay (`人民网`, `中国新闻网 | 北京`); a headline has more words.
    return len(_HAN.findall(residue)) <= 12


def is_dateline(line: str) -> bool:
    """A short line that is nothing but a date stamp with metadata (used to mark metadata lines)."""
    hits = full_dates(line, english=False)
    return bool(hits) and is_metadata_line(line, hits)


_SENTENCE_MARKS = re.compile(r"[。，,！!？?；;]")


def glued_between(before: str, after: str) -> bool:
    """A headline, its date and the lede run together on one line by a scraper: a short head without
    sentence marks before the date, and a sentence after it."""
    head_hans = len(re.findall(r"[\u4e00-\u9fff]", before))
    return (
        6 <= head_hans
        and len(before) <= 60
        and not _SENTENCE_MARKS.search(before)
        # the date is not a word of a sentence (`镜湖区图书馆将于2023年1月21日起…`)
        and not _GOVERNS_A_DATE.search(before.rstrip())
        and len(re.findall(r"[\u4e00-\u9fff]", after)) >= 20
        and bool(_SENTENCE_MARKS.search(after))
    )


_GOVERNS_A_DATE = re.compile(
    r"(?:于|於|在|将|將|自|从|從|至|到|及|和|与|與|的|是|为|為|截至|截止|定于|定於)$"
)
