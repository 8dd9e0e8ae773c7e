"""Site chrome: which lines of a text are noise (spam, banners, furniture, metadata, repeats), as spans."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from timeline.read.datelines import is_dateline
from timeline.textprep import Prepared, prepare

# Noise lines

# Spam keywords of pirate video / gambling sites that hijack scraped pages (simplified). Two distinct
# ones on a line make it spam; one alone is too weak (亚洲, 国产 and 精品 occur in news).
_SPAM_WORDS = (
    "在线观看", "免费观看", "在线免费", "在线播放", "在线视频", "高清在线", "不卡", "无码", "有码",
    "亚洲精品", "国产精品", "精品网站", "国产剧情", "日韩", "欧美精品", "成人视频", "成人网站", "av在线",
    "娱乐城", "博彩", "时时彩", "六合彩", "真人视频", "百家乐", "老虎机", "午夜福利", "午夜影院",
)  # fmt: skip
# Site banners and breadcrumbs: `中国共产党新闻网>>…官方网站`, `中共中央宣传部委托新华通讯社主办`.
_BANNER = re.compile(
    r">>|»|首页\s*>|当前位置|您的位置|您现在的位置|版权所有|all rights reserved|copyright|©|icp[备证]"
    r"|(?:官方网站|官网|主办|承办|协办|联合出品|网站地图)$",
    re.IGNORECASE,
)
# Labels of page furniture, on a short line of their own (`分享到:`, `责任编辑:孔德明`, `(责编:…)`).
_FURNITURE = re.compile(
    r"^[(\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|美编|值班编辑|分享到|分享|相关文章|相关阅读|相关新闻"
    r"|相关专题|相关链接|相关报道|相关推荐|延伸阅读|推荐阅读|热门推荐|编辑推荐|热门文章|热点推荐|热点新闻|热门新闻"
    r"|点击排行|排行榜|精彩推荐|精彩图片|猜你喜欢|为你推荐|网友评论|发表评论|我要评论|评论|广告|返回顶部|返回首页"
    r"|打印本页|打印|关闭窗口|关闭|上一篇|下一篇|扫一扫|扫描二维码|微信扫一扫|手机看|手机版|字号|纠错|举报|收藏"
    r"|点赞|转发|加载更多|查看更多|更多)\s*(?:[::)\]】]|$)",
)
# Metadata lines: source and author lines, and reporter bylines such as `(本报记者 章正 张景华 董城)`.
_SOURCE_LINE = re.compile(r"^[\[【(]?\s*(?:来源|稿源|出处|作者|文/|图/|摄影|通讯员)\s*[::/]")
_REPORTER_LINE = re.compile(
    r"^[(\[【]?[^,。;!?]{0,20}?记者[\s、,]*(?:[\u4e00-\u9fff]{2,4}[\s、,]*){1,6}[)\]】]?$"
)
_FURNITURE_MAX = 40  # furniture and metadata lines are short; a longer line is text that mentions them


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


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _normalized_lines(text: str, prepared: Prepared) -> list[str]:
    """The stripped normalized form of every line of `text` (same count and order as `_line_spans`)."""
    lines = [line.strip() for line in _LINE_BREAK.split(prepared.text)]
    if len(lines) != len(_line_spans(text)):  # cannot happen: prepare keeps every line break
        raise ValueError("prepared text does not have the lines of the original")
    return lines


def _is_body_paragraph(line: str) -> bool:
    return len(line) >= 50 and any(mark in line for mark in "。!?;")


def _line_reason(line: str) -> str | None:
    lowered = line.lower()
    if sum(1 for word in _SPAM_WORDS if word in lowered) >= 2:
        return "spam"
    if len(line) <= 80 and _BANNER.search(line):
        return "banner"
    if len(line) <= _FURNITURE_MAX:
        if _FURNITURE.match(line):
            return "furniture"
        if _SOURCE_LINE.match(line) or _is_reporter_line(line):
            return "meta"
    return None


def _is_reporter_line(line: str) -> bool:
    # `记者 尚丽娟`, `(本报记者 章正 张景华 董城)`; a separator or brackets are required so that a
    # short line such as `记者会上宣布` stays text.
    if not _REPORTER_LINE.match(line):
        return False
    after = line[line.index("记者") + 2 :]
    return line.startswith(("(", "[", "【")) or bool(re.match(r"\s", after)) or "、" in after


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

    # The head (title, subtitle, dateline) ends at the first body paragraph; in a short text without
    # one, at the first sentence.
    text_lines = [i for i, line in enumerate(normalized) if line and reasons[i] is None]
    body = [i for i in text_lines if _is_body_paragraph(normalized[i])]
    body = body or [i for i in text_lines if "。" in normalized[i]]
    head_lines = body[0] if body else len(normalized)
    head = [line for line in normalized[:head_lines] if line]

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

    noise = [
        NoiseLine(start, end, reason)
        for (start, end), reason in zip(spans, reasons, strict=True)
        if reason is not None and end > start
    ]
    return CleanText(text=text, lines=spans, noise=noise, head_lines=head_lines)
