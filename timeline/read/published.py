"""When a page was published, and the evidence it rests on.

A reader looks for the date the way an editor would: the page's metadata (HTML), then the dateline
under the headline (`2019年06月03日 08:41 来源:某某网`, `发布时间:2017-05-22`), then a byline or
credit at the end (`(某某网 2020-04-09)`), then the wire dateline that opens the report
(`新华社北京4月11日电`, `(中央社台北15日电)`) completed from the rest of the evidence, then a date in a
URL or in the file's name, and last the text itself: all its evidence at once (full dates, the years
it states, weekday and date pairs, lunar and solar pairs, sexagenary years, statements of the day
such as `今天是1月23日星期一`), choosing the year in which the evidence agrees.

Dates shown by site chrome (a top bar with the day's date, reader comments, lists of links) never
make a dateline; a date next to a gambling site's name is that site's, not the report's. Each
result says which texts it rests on (`Evidence`, with offsets into the document's text).
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline.numerals import small_int
from timeline.read.chrome import CleanText, _line_spans, _normalized_lines, clean_lines
from timeline.read.datelines import (
    CN_DAY,
    CN_MONTH,
    FIRST_YEAR,
    LAST_YEAR,
    DateHit,
    full_dates,
    glued_between,
    is_metadata_line,
    month_day_stamps,
    url_dates,
    wire_dates,
)
from timeline.textprep import Prepared, prepare
from timeline.timex import calendar_cn
from timeline.timex.parser import join, scan
from timeline.timex.policy import future_marker

BASES = ("dateline", "byline", "meta", "inferred", "filename", "given", "none")


@dataclass(frozen=True)
class Evidence:
    """One text a publication date rests on: `[start, end)` in the document text (-1 when it is not
    in the text, as for HTML metadata and file names)."""

    kind: str
    text: str
    start: int = -1
    end: int = -1

    def to_json(self) -> dict:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Publication:
    value: str | None  # ISO date or date-time
    basis: str  # one of BASES
    evidence: tuple[Evidence, ...] = ()
    # the day the report's own wire dateline names when the page came out a few days after it
    # (`(吉隆坡3日讯)` in the paper of the 4th): its 今日 and 昨天 speak from that day
    dateline_day: str | None = None


NONE = Publication(None, "none")

_TOP_LINES = 40  # the head of a page never runs longer than this (menus included)
_TAIL_LINES = 8  # bylines and credits sit in the last lines
_CHROME_REASONS = frozenset({"comment", "related", "card"})  # dates there belong to other texts (a poster's card: the user's)
_TOPBAR_REASONS = frozenset({"toolbar", "menu", "banner"})
_LABELLED = re.compile(
    r"(?:发布|发表|刊发|刊登|发稿|出版|更新|首发)(?:时间|日期|于)|(?<![\u4e00-\u9fff])(?:时间|日期)\s*:|published|posted"
    r"|^\s*date(?![a-z])"
    r"|^\s*(?:时间|日期)\s+(?=[a-z\d])",  # a bulletin board's header field (`時間 Wed Oct 21 10:22:33 2015`)
    re.IGNORECASE,
)
_CLOSING_CREDIT = re.compile(
    r"[(\[【][^()\[\]【】]{0,60}?(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^()\[\]【】]{0,12}[)\]】][\s。.]*$"
)
_CREDIT = re.compile(r"^[(\[【].{0,60}[)\]】][\s。.]*$|^(?:原载|原文|刊于|转自|摘自|来源|本文来源)")


# --------------------------------------------------------------------------------------------------
# The document's lines, with their reasons and offsets


@dataclass
class _Page:
    prepared: Prepared
    clean: CleanText
    lines: list[str]  # normalized, stripped
    spans: list[tuple[int, int]]  # of each line in prepared.text (unstripped)
    reasons: list[str | None]

    @classmethod
    def of(cls, prepared: Prepared, clean: CleanText) -> _Page:
        lines = _normalized_lines(prepared.original, prepared)
        spans = _line_spans(prepared.text)
        reasons = [clean.reason(index) for index in range(len(clean.lines))]
        return cls(prepared, clean, lines, spans, reasons)

    def evidence(self, kind: str, index: int, hit: DateHit | None = None) -> Evidence:
        """Evidence for line `index` (the hit's characters when given), as original offsets."""
        raw_start = self.spans[index][0]
        raw = self.prepared.text[raw_start : self.spans[index][1]]
        lead = len(raw) - len(raw.lstrip())
        if hit is None:
            start, end = raw_start + lead, raw_start + lead + len(self.lines[index])
        else:
            start, end = raw_start + lead + hit.start, raw_start + lead + hit.end
        o_start, o_end = self.prepared.span(start, end)
        return Evidence(kind, self.prepared.original[o_start:o_end], o_start, o_end)

    def text_evidence(self, kind: str, start: int, end: int) -> Evidence:
        o_start, o_end = self.prepared.span(start, end)
        return Evidence(kind, self.prepared.original[o_start:o_end], o_start, o_end)

    def dates(self, line: str) -> list[DateHit]:
        """Full dates in a line of this page; a traditional-script page may write Taiwan's Republic-era
        years without 民国 (`105年2月13日`, `110-05-10`)."""
        return full_dates(line, roc_bare=self.prepared.script == "hant")

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right([start for start, _ in self.spans], offset) - 1

    def usable(self, index: int) -> bool:
        return self.reasons[index] is None or self.reasons[index] == "meta"


# --------------------------------------------------------------------------------------------------
# The finder


def find_publication(
    text: str,
    prepared: Prepared | None = None,
    clean: CleanText | None = None,
    *,
    meta: list[tuple[str, str]] | None = None,
    path: str | None = None,
    given: dt.date | None = None,
) -> Publication:
    """When the document was published, how we know (`basis`), and the evidence.

    `meta` holds `(name, value)` date metadata of an HTML page (`article:published_time`, JSON-LD
    `datePublished`, `<time datetime>`), best first; `path` is the file's path, whose name may carry
    a date. Every date is validated (`2020-02-30` is not a date); none comes from the clock. `given`
    (the caller's reference day) only completes the page's own wire dateline when it gives a month-day
    or a day and nothing else on the page tells the year (`【某某1月27日讯】`): its last occurrence up to
    that day."""
    prepared = prepared or prepare(text)
    clean = clean or clean_lines(text, prepared)
    page = _Page.of(prepared, clean)
    wire = _wire_dateline(page)
    publication = _publication(page, wire, meta, path, given)
    day = _dateline_day(wire, publication)
    return replace(publication, dateline_day=day) if day else publication


_REPORT_LAG_DAYS = 3  # a page out more days than this after its dateline's day is a repost, read at its own date


def _dateline_day(wire: tuple[DateHit, Evidence] | None, publication: Publication) -> str | None:
    """The day of the report's opening wire dateline, when it falls one to three days before the page's
    date: a paper's edition of the next morning (`(吉隆坡3日讯)…今日` on the 4th), or a site's repost of an
    agency's report (`新华社北京4月11日电…今天` stamped the 12th)."""
    if publication.value is None or wire is None:
        return None
    published = dt.date.fromisoformat(publication.value[:10])
    reported = _complete_wire(wire[0], None, published)
    if reported is None or not 1 <= (published - reported).days <= _REPORT_LAG_DAYS:
        return None
    return reported.isoformat()


def _publication(
    page: _Page,
    wire: tuple[DateHit, Evidence] | None,
    meta: list[tuple[str, str]] | None,
    path: str | None,
    given: dt.date | None,
) -> Publication:
    prepared = page.prepared
    for name, value in meta or []:
        hits = full_dates(value.replace("T", " "))
        if hits and hits[0].iso():
            return Publication(hits[0].iso(), "meta", (Evidence("meta", f"{name}={value}"),))

    datelines, weak = _head_datelines(page)
    if wire is not None:
        datelines = [(hit, evidence) for hit, evidence in datelines if _agrees_with_wire(hit, wire[0])]
    if datelines:
        chosen, evidence = datelines[0]
        for hit, other in datelines[1:]:
            if hit.date == chosen.date and chosen.hour is None and hit.hour is not None:
                # the same day with its time (` date 2025-12-03` glued on top, `2025/12/03 16:59` under
                # the headline): the fuller stamp, which also marks where the headline is
                chosen, evidence = hit, other
                break
        first = _first_posted(page, chosen)
        if first is not None:
            return Publication(first[0], "dateline", (first[1], evidence))
        return Publication(chosen.iso(), "dateline", (evidence,))

    stamp = _month_day_stamp(page)
    if stamp is not None and wire is None:
        wire = stamp

    byline = _byline(page)
    if byline is not None and (wire is None or _agrees_with_wire(byline[0], wire[0])):
        hit, evidence = byline
        return Publication(hit.iso(), "byline", (evidence,))

    month_stamp = _scraper_month(page)
    if month_stamp is not None and wire is None:
        return month_stamp

    bound = weak[0][0].date if weak else None
    copied = bool(weak) and weak[0][1].kind == "spam-stamp"
    stamps = frozenset(page.line_of(evidence.start) for _, evidence in weak if evidence.start >= 0)
    inferred = _infer(page, bound, copied, stamps)
    if wire is not None:
        completed = _complete_wire(wire[0], inferred, bound, day_statements(prepared.text))
        if completed is not None:
            support = (wire[1],) + (inferred.evidence if inferred else ()) + tuple(e for _, e in weak[:1])
            return Publication(completed.isoformat(), "dateline", support)
        if inferred is None and bound is None:
            related = _related_year(page, wire[0])
            if related is not None:
                return Publication(related[0].isoformat(), "dateline", (wire[1], related[1]))
        if inferred is None and bound is None and given is not None:
            completed = _complete_wire(wire[0], None, given)
            if completed is not None:
                return Publication(
                    completed.isoformat(), "dateline", (wire[1], Evidence("given", given.isoformat()))
                )

    if wire is not None and wire[0].month is None:
        roc = _roc_compact_stamp(page, wire[0].day)
        if roc is not None:
            return Publication(roc[0].isoformat(), "dateline", (wire[1], roc[1]))

    for hit, evidence in _url_dates(page):
        return Publication(hit.iso(with_time=False), "inferred", (evidence,))

    from_name = _filename_date(path)
    if from_name is not None:
        return Publication(from_name[0], "filename", (from_name[1],))

    if inferred is not None:
        return inferred
    if weak and (wire is None or _agrees_with_wire(weak[0][0], wire[0])):
        # a top bar's date or a hijacking site's stamp: the page was seen that day, and the report is
        # of that day unless its own dateline names another
        hit, evidence = weak[0]
        return Publication(hit.iso(), "inferred", (evidence,))
    return NONE


def _head_datelines(page: _Page) -> tuple[list[tuple[DateHit, Evidence]], list[tuple[DateHit, Evidence]]]:
    """Datelines in the head, best first (labelled ones before bare ones, then in order), and weak
    ones (top bars with the day's date, mastheads, hijacking sites' stamps) that only bound the date."""
    strong: list[tuple[bool, int, DateHit, Evidence]] = []
    weak: list[tuple[DateHit, Evidence]] = []
    # The head runs to the first paragraph of the body; a short head may be chrome before the body,
    # so a few lines more are read, short of the footer.
    filled = [index for index, line in enumerate(page.lines) if line]
    if len(filled) > 6:
        footer_start = filled[-3]
    else:  # a short text: its last line is a footer, unless the text is only a headline and a date
        footer_start = filled[-1] if len(filled) > 2 else len(page.lines)
    limit = min(len(page.lines), page.clean.head_lines, _TOP_LINES)
    extended = min(len(page.lines), max(limit, page.clean.head_lines + 6), footer_start)
    extended = max(
        extended, min(len(page.lines), page.clean.head_lines + 1)
    )  # the lead, for its wire dateline
    for index in range(extended):
        line = page.lines[index]
        if not line:
            continue
        hits = [hit for hit in page.dates(line) if hit.iso()]
        if not hits:
            continue
        reason = page.reasons[index]
        if reason in _CHROME_REASONS:
            continue
        label = _LABELLED.search(line)
        labelled = bool(label) or _label_above(page, index)
        if reason == "spam" or _MIRROR_SOURCE.search(line):
            # a hijacking site's stamp, or a mirror's (`来源: sp20241109`): when it was copied
            weak.append((hits[0], page.evidence("spam-stamp", index, hits[0])))
            continue
        # A labelled stamp is the page's own even on a tool bar (`发表于 2011-1-9 20:41 | 显示全部楼层`).
        if not labelled and (reason in _TOPBAR_REASONS or _is_top_bar(page, index, hits)):
            weak.append((hits[0], page.evidence("topbar", index, hits[0])))
            continue
        chosen = _dateline_hit(page, index, hits, label, limit)
        if chosen is not None:
            hit, bare = chosen
            # a notice's date of issue or writing gives way to the page's own date of publication
            issued = _issue_label(page, index, hit)
            # an e-paper's edition line (`第1版:要闻 2022-05-28`) names the issue the page is from: it
            # outranks a bare date above it, the day the site was visited (`2025年07月17日 星期四`)
            edition = bool(_EDITION.search(line[: hit.start]))
            # a bare stamp between the headline and the first paragraph is the report's own: it outranks
            # a bare one higher up, the stamp of a story listed above (`不斷更新|…` / `2019-05-29 12:00`)
            heads_body = bare and not labelled and _between_headline_and_body(page, index)
            strong.append(
                (
                    (bare and not labelled and not edition and not heads_body, issued),
                    index,
                    hit,
                    page.evidence("dateline", index, hit),
                )
            )
    if not strong:  # a labelled date lower down (`发布时间:2017-05-22` under a long lead)
        for index in range(extended, min(len(page.lines), extended + 60)):
            line = page.lines[index]
            labelled = _LABELLED.search(line) if line and page.usable(index) else None
            if labelled and len(line) <= 80:
                hits = [hit for hit in page.dates(line) if hit.iso() and hit.start >= labelled.end()]
                if hits and hits[0].start - labelled.end() <= 3:
                    strong.append(((False, False), index, hits[0], page.evidence("dateline", index, hits[0])))
                    break
    if not strong:  # a bare date line under a headline, below a long stretch of chrome or a long lead
        for index in range(extended, min(len(page.lines), extended + 60, footer_start)):
            line = page.lines[index]
            if not line or len(line) > 80 or page.reasons[index] not in (None, "meta"):
                continue
            hits = [hit for hit in page.dates(line) if hit.iso()]
            if hits and is_metadata_line(line, hits) and _under_headline(page, index):
                strong.append(((True, False), index, hits[0], page.evidence("dateline", index, hits[0])))
                break
    if not strong and filled:  # a flattened page: `标题 Oct 8, 2021 教育局宣布,由於…` on its first line
        index = filled[0]
        line = page.lines[index]
        hits = [hit for hit in page.dates(line[:160]) if hit.iso()] if page.reasons[index] is None else []
        if hits and glued_between(line[: hits[0].start], line[hits[0].end :]):
            strong.append(((True, False), index, hits[0], page.evidence("dateline", index, hits[0])))
    strong.sort(key=lambda item: (item[0], item[1]))
    return [(hit, evidence) for _, index, hit, evidence in strong if not _quoted_signature(page, index)], weak


def _nearest_text_line(page: _Page, index: int, step: int) -> int | None:
    """The nearest line to `index` within four lines above it (`step` -1) or below it (1), blank lines
    and metadata skipped; None when there is none."""
    stop = max(-1, index - 5) if step < 0 else min(len(page.lines), index + 5)
    for near in range(index + step, stop, step):
        if page.lines[near] and page.reasons[near] != "meta":
            return near
    return None


_HAN = re.compile(r"[\u4e00-\u9fff]")
_BODY_PARAGRAPH_HANS = 20
_CLAUSE_MARK = re.compile(r"[。，,]")  # a paragraph of the body has sentences; a headline seldom does


def _between_headline_and_body(page: _Page, index: int) -> bool:
    """Line `index` stands under a headline and over the first paragraph of the body (blank lines and
    metadata between them skipped)."""
    if not _under_headline(page, index) or _byline_above(page, index):
        return False
    below = _nearest_text_line(page, index, 1)
    if below is None:
        return False
    line = page.lines[below]
    hans = len(_HAN.findall(line))
    return page.reasons[below] is None and hans >= _BODY_PARAGRAPH_HANS and bool(_CLAUSE_MARK.search(line))


# A byline or credit line (`本刊记者/某某`, `文|某某`, `来源:某某`) reads as short as a headline.
_BYLINE_WORDS = re.compile(r"记者|作者|编辑|撰文|撰稿|通讯员|摄影|来源|出处|本刊|本报|^\s*[文图]\s*[|/:｜]")


def _byline_above(page: _Page, index: int) -> bool:
    above = _nearest_text_line(page, index, -1)
    return above is not None and bool(_BYLINE_WORDS.search(page.lines[above]))


def _under_headline(page: _Page, index: int) -> bool:
    """The nearest line above (blank lines and metadata skipped) reads as a headline: short, not a
    sentence, not chrome."""
    above = _nearest_text_line(page, index, -1)
    if above is None:
        return False
    line = page.lines[above]
    hans = len(_HAN.findall(line))
    return page.reasons[above] is None and 6 <= hans and len(line) <= 60 and not line.endswith("。")


def _date_segment(line: str, hits: list[DateHit]) -> DateHit | None:
    """A date that is a field of its own in a line of `|`-separated fields (a page's title bar)."""
    if "|" not in line:
        return None
    for hit in hits:
        before, after = line[: hit.start].rstrip(), line[hit.end :].lstrip()
        if (not before or before.endswith("|")) and (not after or after.startswith("|")):
            return hit
    return None


_BRACKETED_WIRE = re.compile(
    r"^[【\[(]\s*[^】\]()]{0,20}?(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^】\]()]{0,8}?(?:讯|电|报道|专讯)\s*[】\])]"
)
_MIRROR_SOURCE = re.compile(r"来源\s*:\s*[a-z]{1,4}\d{6,8}\b", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"^[•·\-*]?\s*(?:发布|发表|发文|成文|印发|刊发|更新)?(?:时间|日期)\s*:?$")
_WEEKDAY_ONLY = re.compile(
    r"^(?:星期|周|礼拜)[一二三四五六日天]$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$", re.IGNORECASE
)


def _dateline_hit(
    page: _Page, index: int, hits: list[DateHit], label: re.Match | None, limit: int
) -> tuple[DateHit, bool] | None:
    """The date that makes line `index` a dateline, and whether it is a bare one (no label), or None
    when the line is prose that mentions a date. Lines past the head (`limit`) count only when they
    are plainly metadata or a label opens them."""
    line = page.lines[index]
    after_label = [hit for hit in hits if label and 0 <= hit.start - label.end() <= 3]
    bracketed = _BRACKETED_WIRE.search(line)
    if bracketed and index <= limit + 1:  # `【大纪元2017年06月28日讯】`: a wire dateline with its year
        inside = [hit for hit in hits if bracketed.start() <= hit.start < bracketed.end()]
        if inside:
            return inside[0], False
    segment = _date_segment(line, hits) if index < 3 else None
    if segment is not None:  # `标题 | 德国之声 | DW | 03.05.2018`: a page's title bar
        return segment, True
    metadata = is_metadata_line(line, hits) and len(line) <= 120
    if metadata:
        return hits[0], True
    if after_label and (index >= limit or not metadata):  # ` date 2026-01-26 英国…`, `发布时间:2017-05-22`
        return after_label[0], False
    return None


# The label of a notice's date of issue or writing (`发文日期:`, `成文日期:`, `印发日期:`, `生成日期:`): the
# document's date, not the day the page put it out (`发布日期:`).
_ISSUE_LABEL = re.compile(r"(?:发文|成文|印发|生成|签发)(?:日期|时间)\s*[:：]?\s*$")


def _issue_label(page: _Page, index: int, hit: DateHit) -> bool:
    """The date at `hit` is a notice's date of issue: its label stands just before it on the line, or
    alone on the line above (`• 发文日期:` / `2024年05月08日 16:40`)."""
    if _ISSUE_LABEL.search(page.lines[index][max(0, hit.start - 10) : hit.start]):
        return True
    for above in range(index - 1, max(-1, index - 3), -1):
        if page.lines[above]:
            return bool(_LABEL_ONLY.match(page.lines[above]) and _ISSUE_LABEL.search(page.lines[above]))
    return False


def _label_above(page: _Page, index: int) -> bool:
    """A label on the line above with its value on this one (`• 发文日期:` / `2024年04月06日 16:40`)."""
    for above in range(index - 1, max(-1, index - 3), -1):
        if page.lines[above]:
            return bool(_LABEL_ONLY.match(page.lines[above]))
    return False


# The page label of a newspaper's edition (`第1版:一版要闻`, `第A03版`, `B2版`) before its date.
_EDITION = re.compile(r"(?:^|\s)第?\s*[A-Z]?\d{1,3}\s*版\s*[:：]?")
_ORIGINAL_MARK = re.compile(r"^\s*(?:原创|原創|original)\s*$", re.IGNORECASE)


def _is_top_bar(page: _Page, index: int, hits: list[DateHit]) -> bool:
    """A bare date (and weekday) next to a tool bar or a menu: the day the page was seen, or a
    masthead's, not the report's (`2024年03月29日` / `星期五` / `设为首页 | 加入收藏`)."""
    line = page.lines[index]
    residue = line
    for hit in reversed(hits):
        residue = residue[: hit.start] + residue[hit.end :]
    if _LABELLED.search(line) or len(_HAN.findall(residue)) > 10:
        return False
    # A stamp to the minute with a name beside it (`某某  · 公众号  · 学习  · 2017-02-22 11:44`) is an
    # author's or account's byline, not the day's date on a masthead.
    named = re.sub(r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]", "", residue)
    if any(hit.hour is not None for hit in hits) and len(_HAN.findall(named)) >= 2:
        return False
    # A public account's byline block (`原创` / author / account / date) closes on the article's date.
    above = [n for n in range(index - 1, max(-1, index - 8), -1) if page.lines[n]][:3]
    if any(_ORIGINAL_MARK.match(page.lines[n]) for n in above):
        return False
    neighbours = []
    for step in (-1, 1):
        position, seen = index + step, 0
        while 0 <= position < len(page.lines) and seen < 2:
            if page.lines[position]:
                neighbours.append(position)
                seen += 1
            position += step
    return any(
        page.reasons[n] in ("toolbar", "menu") or _WEEKDAY_ONLY.match(page.lines[n]) for n in neighbours
    )


# An entry of a marked chronology (`☆2008 年12 月31 日 休宁县一村民被野猪咬伤`, `● 2010年5月 …`): past events
# listed under a `相关链接` or background box, each opening with its year.
_CHRONOLOGY_ENTRY = re.compile(r"^\s*[☆★●○◆◇■□▲△•※]\s*(?:19|20)\d\d\s*年")


def _is_table_row(line: str) -> bool:
    """A row of a table (`武进湾镇龙舟赛 | 2023年6月23日下午2:00 | 竺山湖`): a schedule or a record; or an
    entry of a marked chronology."""
    return line.count("|") >= 2 or bool(_CHRONOLOGY_ENTRY.match(line))


_SIGN_OFF = re.compile(r"^\s*特此(?:公告|通告|通知|告知|声明|说明|函告|函复|批复)\s*[。.!！]?\s*$")
_SIGNATURE_LINES = 3  # the issuer's name (one to three lines) between the sign-off and the date
_AFTER_SIGNATURE_LINES = 12  # how far below the date the quoting text is looked for


def _quoted_signature(page: _Page, index: int) -> bool:
    """Whether line `index` is the date under the sign-off of a notice quoted inside another text
    (`特此公告。` / `某某有限公司` / `2026年3月4日`, then the post goes on about it): the notice's date,
    not the page's. A notice that is the page itself ends with its signature."""
    line = page.lines[index]
    if not line or len(line) > 30:
        return False
    before = [i for i in range(max(0, index - _SIGNATURE_LINES - 1), index) if page.lines[i]]
    if not any(_SIGN_OFF.match(page.lines[i]) for i in before):
        return False
    return any(
        page.reasons[i] is None and len(page.lines[i]) >= 20 and re.search(r"[。，,！？]", page.lines[i])
        for i in range(index + 1, min(len(page.lines), index + 1 + _AFTER_SIGNATURE_LINES))
        if page.lines[i]
    )


def _byline(page: _Page) -> tuple[DateHit, Evidence] | None:
    """A credit or date closing the text (`(某某网 2020-04-09)`, `原载《某报》2019年6月3日`)."""
    filled = [
        index
        for index, line in enumerate(page.lines)
        if line
        and page.reasons[index] not in _CHROME_REASONS | _TOPBAR_REASONS
        and page.reasons[index] != "spam"
        and not _MIRROR_SOURCE.search(line)
        and not _is_table_row(line)  # a table's row, not a credit
    ]
    filled = [index for index in filled if not _quoted_signature(page, index)]
    found = None
    for index in filled[-_TAIL_LINES:]:
        line = page.lines[index]
        if len(line) > 100:
            continue
        hits = [hit for hit in page.dates(line) if hit.iso()]
        if hits and (_CREDIT.search(line) or is_metadata_line(line, hits)):
            found = (hits[-1], page.evidence("byline", index, hits[-1]))
    if found is None:  # a stamp closing the last paragraph (`…相应部署。 2024-06-04 19:19:41`)
        for index in filled[-_TAIL_LINES:]:
            line = page.lines[index]
            hits = [hit for hit in page.dates(line) if hit.iso()]
            if (
                hits
                and hits[-1].end >= len(line.rstrip(" 。."))
                and hits[-1].start > 0
                and line[hits[-1].start - 1] in " \t"
            ):
                found = (hits[-1], page.evidence("byline", index, hits[-1]))
    if found is None:  # a credit closing the last paragraph (`…定能迎来…!(通讯员某某,某某网2020-03-27)`)
        for index in filled[-_TAIL_LINES:]:
            credit = _CLOSING_CREDIT.search(page.lines[index])
            if credit:
                hits = [hit for hit in page.dates(credit.group()) if hit.iso()]
                if hits:
                    offset = credit.start()
                    hit = hits[-1]
                    moved = DateHit(hit.start + offset, hit.end + offset, hit.year, hit.month, hit.day,
                                    hit.hour, hit.minute, hit.form)  # fmt: skip
                    found = (moved, page.evidence("byline", index, moved))
    return found


_FIRST_POSTED = re.compile(
    r"首次上稿|首次发布|首次发表|首发|初次发布|原始发布|first published", re.IGNORECASE
)
_FIRST_POSTED_DAYS = 7  # a story updated later than this is a new story, not an update


def _first_posted(page: _Page, dateline: DateHit) -> tuple[str, Evidence] | None:
    """The first-posted time when the page gives one beside its dateline: breaking-news pages print
    the update time under the headline and `首次上稿 09-28 22:58 / 更新時間 09-29 06:21` lower down.
    The first posting is the publication; the stamp's year is the dateline's (or the one before, at
    the turn of a year)."""
    published = dateline.date
    if published is None:
        return None
    for index in range(min(len(page.lines), page.clean.head_lines + 8, _TOP_LINES + 8)):
        line = page.lines[index]
        label = _FIRST_POSTED.search(line) if line else None
        if label is None or page.reasons[index] in _CHROME_REASONS:
            continue
        after = line[label.end() :]
        full = [hit for hit in page.dates(after) if hit.iso()]
        stamps = full or month_day_stamps(after)
        if not stamps or stamps[0].start > 3:
            continue
        stamp = stamps[0]
        year = stamp.year or (published.year if (stamp.month, stamp.day) <= (published.month, published.day)
                              else published.year - 1)  # fmt: skip
        first = _safe_date(year, stamp.month, stamp.day)
        if first is None or not 0 < (published - first).days <= _FIRST_POSTED_DAYS:
            return None
        moved = DateHit(stamp.start + label.end(), stamp.end + label.end(), year, stamp.month, stamp.day,
                        stamp.hour, stamp.minute, stamp.form)  # fmt: skip
        return moved.iso(), page.evidence("dateline", index, moved)
    return None


def _month_day_stamp(page: _Page) -> tuple[DateHit, Evidence] | None:
    """A labelled stamp without a year in the head (`发表时间:02-26 10:18`): completed like a wire
    dateline from the rest of the evidence."""
    for index in range(min(len(page.lines), page.clean.head_lines + 2, _TOP_LINES)):
        line = page.lines[index]
        labelled = _LABELLED.search(line) if line else None
        if labelled and page.reasons[index] not in _CHROME_REASONS:
            hits = [hit for hit in month_day_stamps(line) if hit.start >= labelled.end()]
            if hits:
                return hits[0], page.evidence("dateline", index, hits[0])
    return None


_SCRAPER_MONTH = re.compile(r"^\s*date\s+(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)(?![-\d])", re.IGNORECASE)
_DAY_ONLY = re.compile(r"(?<![\d月.\-/])(?P<day>[0-3]?\d)\s*日(?!\d)")
_MONTH_STAMP_LINES = 3  # the report's first lines, where its own day (`25日在深圳舉辦`) is told


def _scraper_month(page: _Page) -> Publication | None:
    """A scraper's stamp with only a year and month (` date 2023-09 華為25日在深圳舉辦…`): the day is
    the first day the report's opening lines name, when it falls in that month."""
    for index, line in enumerate(page.lines[:_TOP_LINES]):
        stamp = _SCRAPER_MONTH.match(line) if line else None
        if stamp is None:
            continue
        year, month = int(stamp["year"]), int(stamp["month"])
        body = [i for i in range(index, len(page.lines)) if page.lines[i] and page.reasons[i] is None]
        for line_index in body[:_MONTH_STAMP_LINES]:
            text = page.lines[line_index][stamp.end() if line_index == index else 0 :]
            for match in _DAY_ONLY.finditer(text):
                date = _safe_date(year, month, int(match["day"]))
                if date is not None:
                    offset = (stamp.end() if line_index == index else 0) + match.start()
                    day = DateHit(offset, offset + len(match[0]), year, month, date.day)
                    return Publication(
                        date.isoformat(),
                        "inferred",
                        (page.evidence("dateline", index), page.evidence("date", line_index, day)),
                    )
        return None
    return None


def _wire_dateline(page: _Page) -> tuple[DateHit, Evidence] | None:
    """The wire dateline opening the report: in the head or the first lines of the body."""
    end = min(len(page.lines), page.clean.head_lines + 3)
    for index in range(end):
        line = page.lines[index]
        if not line or not page.usable(index):
            continue
        hits = wire_dates(line[:80])
        if hits:
            return hits[0], page.evidence("wire", index, hits[0])
    return None


# A Taiwan repost's stamp of the Republic's year, month and day run together at a line's end (…沒有影像。1041021
# is 2015-10-21): taken only when its day is the wire dateline's (（中央社記者…21日電）).
_ROC_COMPACT = re.compile(
    r"(?<![\d/.\-])(?P<year>1[01]\d|[89]\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\s*$"
)


def _roc_compact_stamp(page: _Page, day: int) -> tuple[dt.date, Evidence] | None:
    for index, line in enumerate(page.lines):
        found = _ROC_COMPACT.search(line) if line else None
        if found is None or int(found["day"]) != day:
            continue
        year, month = int(found["year"]) + 1911, int(found["month"])
        date = _safe_date(year, month, day)
        if date is None:
            continue
        hit = DateHit(found.start(), found.end(), year, month, day, form="roc")
        return date, page.evidence("roc-stamp", index, hit)
    return None


def _complete_wire(
    wire: DateHit,
    inferred: Publication | None,
    bound: dt.date | None,
    statements: list[Callable[[dt.date], bool]] = (),
) -> dt.date | None:
    """The full date of a wire dateline that gives a month-day or a day: the one that falls on or just
    before the page's other evidence (a hijacker's stamp or top bar is later than the report), or on
    or just after the latest date the text states."""
    hint = dt.date.fromisoformat(inferred.value[:10]) if inferred and inferred.value else None
    if wire.month is not None and statements:
        # The text says what day it is (`今天是农历正月十五`): the year in which that day is this one.
        fitting = [
            date
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            if (date := _safe_date(year, wire.month, wire.day)) and all(test(date) for test in statements)
        ]
        if fitting:
            around = hint or bound
            return min(fitting, key=lambda date: abs((date - around).days)) if around else max(fitting)
    if wire.month is not None:
        from_bound = _nearest_month_day(wire.month, wire.day, bound, after=False) if bound else None
        from_hint = _nearest_month_day(wire.month, wire.day, hint, after=True) if hint else None
        if from_hint and from_bound and abs((from_hint - from_bound).days) > 366:
            return from_bound  # the page's own stamp outweighs a year the text may tell as history
        return from_hint or from_bound
    anchor, after = (hint, True) if hint is not None else (bound, False)
    if anchor is None:
        return None
    if after:
        # The text's date may be one the report looks ahead to (`展延至3月14日(周二)` under `(莎阿南2日讯)`):
        # the dateline's day is the nearest such day on either side, a later one on a tie.
        later = _day_of_month_from(anchor - dt.timedelta(days=2), wire.day, 1, 62)
        earlier = _day_of_month_from(anchor - dt.timedelta(days=3), wire.day, -1, 31)
        if later is None or (earlier is not None and (anchor - earlier) < (later - anchor)):
            return earlier
        return later
    # Below a stamp the page was seen on, the dateline's day is one of the days just before it; a
    # stamp weeks after every such day (a site's header of the day it was scraped) does not place it.
    return _day_of_month_from(anchor, wire.day, -1, _WIRE_LAG_DAYS + 1)


_WIRE_LAG_DAYS = 7  # a page is posted on its wire dateline's day or within a few days after it
_RELATED_DAYS = 45  # a site lists stories of the last weeks under a report, not of other years


def _related_year(page: _Page, wire: DateHit) -> tuple[dt.date, Evidence] | None:
    """The year of a month-day wire dateline (`东南网12月22日讯`) in a text that states none, from the
    related stories listed under it (`相关新闻 - 2011-12-13…`): a site lists the stories of the last
    weeks, so the dateline's day is its occurrence nearest the latest of them, when that is within a
    few weeks of it; a list of other years' stories places nothing."""
    if wire.month is None:
        return None
    listed = [
        (date, index, hit)
        for index, line in enumerate(page.lines)
        if line and page.reasons[index] == "related"
        for hit in page.dates(line)
        if hit.iso() and (date := _safe_date(hit.year, hit.month, hit.day))
    ]
    if not listed:
        return None
    latest, index, hit = max(listed, key=lambda item: item[0])
    date = _nearest_month_day(wire.month, wire.day, latest, after=True)
    if date is None or abs((date - latest).days) > _RELATED_DAYS:
        return None
    return date, page.evidence("related", index, hit)


def _day_of_month_from(start: dt.date, day_of_month: int, step: int, days: int) -> dt.date | None:
    """The first date from `start`, walking `step` days at a time for at most `days` days, that falls on
    `day_of_month`."""
    day = start
    for _ in range(days):
        if day.day == day_of_month:
            return day
        day += dt.timedelta(days=step)
    return None


def _agrees_with_wire(stamp: DateHit, wire: DateHit) -> bool:
    """Whether a stamp can be the day of the report whose wire dateline gives only a day (`(吉隆坡9日
    讯)`, `(中央社記者台北3日電)`): the dateline's day falls on the stamp's day or in the days just
    before it. A stamp that no such day precedes (`Sunday 05 May 2024` over `(吉隆坡9日讯)`) is the
    site's own day, printed on every page, not the report's. A month-day dateline (`新华社北京4月11日电`)
    is often an agency's, quoted by a page that reposts it weeks later under its own stamp: it does not
    overrule the stamp."""
    stamped = _safe_date(stamp.year, stamp.month, stamp.day) if stamp.year and stamp.month else None
    if stamped is None or wire.month is not None:
        return True
    return any((stamped - dt.timedelta(days=lag)).day == wire.day for lag in range(-1, _WIRE_LAG_DAYS + 1))


def _nearest_month_day(month: int, day: int, around: dt.date, after: bool) -> dt.date | None:
    """The month-day in the year of `around` (or the one before or after) closest to it, preferring a
    date on or before it (`after=False`) or one no more than a few days before it (`after=True`)."""
    options = []
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if after:
        return min(options, key=lambda date: abs((date - around).days))
    earlier = [date for date in options if date <= around]
    return max(earlier) if earlier else min(options)


def _url_dates(page: _Page) -> list[tuple[DateHit, Evidence]]:
    found = []
    for index, line in enumerate(page.lines):
        if line and page.usable(index) and ("/" in line or "_" in line):
            for hit in url_dates(line):
                found.append((hit, page.evidence("url", index, hit)))
    return found[:1]


_NAME_DATE = re.compile(r"(?:^|[^0-9A-Za-z])((?:19|20)\d\d)([-_.]?)([01]\d)\2([0-3]\d)(?:[^0-9]|$)")


def _filename_date(path: str | None) -> tuple[str, Evidence] | None:
    if not path or path == "-":
        return None
    name = os.path.basename(path)
    for candidate in (name, path):
        match = _NAME_DATE.search(candidate)
        if match:
            year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if FIRST_YEAR <= year <= LAST_YEAR:
                return date.isoformat(), Evidence("filename", candidate)
    return None


# --------------------------------------------------------------------------------------------------
# Dating a page from its own text

# A year told as history (`上一次…是2018年`, `早在2008年`, `自2010年以来`) does not place the text.
_HISTORY_BEFORE = re.compile(
    r"(?:上一次|上次|曾经|曾于|曾在|此前|早在|自从|自|从|回顾|当年|那年|始于|成立于|创立于|出生于|生于|经历|历经)[^,。]{0,2}$"
)
_LEDE_OPENING = 40  # characters of the first paragraph that still belong to the story's own framing
# A date or year followed by these tells a life's or an institution's history (`2015年6月22日交付`,
# `2000年获颁勋章`, `1959年创办`): it places nothing of the report.
_HISTORY_AFTER = re.compile(
    r"^\s*[,，]?\s*(?:交付|出生|生于|诞生|创办|创刊|创报|创校|创会|创立|创建|建校|建馆|建院|建厂|开埠|成立|建成|落成|毕业|入伍"
    r"|入党|获颁|获授|获得|获|荣获|移居|加入)"
    r"|^[^,，。;；]{0,12}?以来"  # `1999年「921大地震」以来最强`: since then
)
# A date followed by these is a deadline or a start, often still to come: not the news of the day.
_DEADLINE_AFTER = re.compile(r"^\s*(?:之?前|以前|起|开始|以后|之后|后|前后)")
# A count up to a day named by its day alone, opening a clause (`截至29日,…`, `截至14日下午3时,…`): the
# report's own day; not a deadline (`截至29日止`, `报名截至29日`).
_AS_OF_DAY = re.compile(
    rf"(?:^|(?<=[,，。;；!！?？\s]))截至\s*(?P<day>\d{{1,2}}|{CN_DAY})\s*日"
    r"(?!\s*(?:止|前|之前|以前))"
)
# `今(5日)`, `昨(18)日`, `今日(八月二十六日)`
_TODAY_BRACKET = re.compile(
    rf"(?P<rel>今|昨|前)(?:天|日)?\s*[(]\s*(?:(?P<month>\d{{1,2}}|{CN_MONTH})月)?(?P<day>\d{{1,2}}|{CN_DAY})日?\s*[)]"
)


# `昨晚 (2019-11-13)`, `今天(2016/2/6)`: a relative day glossed with its full date.
_RELATIVE_GLOSS = re.compile(
    r"(?P<rel>今|昨|前)(?:天|日|晚|晨|早|夜)?\s*[(]\s*(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\s*[)]"
)
# A handover anniversary (`庆祝澳门回归18周年`, `香港回归祖国二十五周年`): the year it is counted to,
# from Hong Kong's handover in 1997 or Macau's in 1999.
_HANDOVER_ANNIVERSARY = re.compile(
    r"(?P<city>香港|澳门)(?:特区|特别行政区)?回归(?:祖国)?(?:\s*第)?\s*(?P<count>\d{1,2}|[一二三四五六七八九十廿]{1,3})\s*周年"
)
_HANDOVER_YEAR = {"香港": 1997, "澳门": 1999}
# A national day counted in the order it has been kept (`第七个中国农民丰收节`, `第39个教师节`): the
# year it falls in, from the year the day was first kept.
_FIRST_KEPT = {
    "教师节": 1985,
    "记者节": 2000,
    "农民丰收节": 2018,
    "航天日": 2016,
    "医师节": 2018,
    "宪法日": 2014,
    "烈士纪念日": 2014,
    "国家公祭日": 2014,
    "国家安全教育日": 2016,
    "旅游日": 2011,
    "人民警察节": 2021,
    "科技工作者日": 2017,
    "品牌日": 2017,
    "世界读书日": 1996,
}
_COUNTED_DAY = re.compile(
    r"第\s*(?P<count>\d{1,2}|[一二三四五六七八九十]{1,3})\s*个\s*(?:中国|全国|全民)?\s*(?P<day>"
    + "|".join(sorted(_FIRST_KEPT, key=len, reverse=True))
    + ")"
)
# A Republic-era year before a month (`113年1月`), on traditional pages.
_ROC_YEAR_MARK = re.compile(r"(?<![\d年])(?P<roc>1[0-3]\d|[89]\d)\s*年(?=\s*\d{1,2}\s*月)")

YearTest = Callable[[int], bool]  # does a piece of evidence hold in this candidate year?


@dataclass(frozen=True)
class _Stated:
    position: int
    end: int
    month: int
    day: int
    year: int | None


def _infer(
    page: _Page, bound: dt.date | None = None, copied: bool = False, stamps: frozenset[int] = frozenset()
) -> Publication | None:
    """The latest date the text reports, its year chosen where all the evidence agrees. `bound` is a
    date the page was seen on (a mirror's stamp, a top bar): the report is not later. A mirror's copy
    (`copied`) is later than the report; a top bar's day or a newsletter's masthead may be its own, so
    year-less month-days are dated below a copy's stamp only."""
    bound_year = bound.year if bound else None
    text = page.prepared.text
    # The stamps that only bound the date (a mirror's, a top bar's) and a table's rows (a schedule or
    # a record) state nothing of the report's own time.
    usable_lines = [
        index
        for index, line in enumerate(page.lines)
        if line and page.usable(index) and index not in stamps and not _is_table_row(line)
    ]
    segments = [(page.spans[index][0], page.spans[index][1]) for index in usable_lines]

    stated: list[_Stated] = []
    years: list[tuple[int, int]] = []  # (offset, year) of every year the text states
    month_years: list[tuple[int, int]] = []  # of those followed by a month (`2020年2月`)
    constraints: list[tuple[str, YearTest, Evidence]] = []
    statements: list[tuple[_Stated, Evidence]] = []
    relative_days: list[tuple[int, int | None, int, Evidence]] = []  # (offset, month, day, evidence)
    as_of_days: list[tuple[int, int | None, int, Evidence]] = []  # `截至29日`: after the exact `今(5日)` ones

    _read_expressions(page, segments, stated, years, month_years, constraints, statements)
    for seg_start, seg_end in segments:
        segment = text[seg_start:seg_end]
        for match in _RELATIVE_GLOSS.finditer(segment):
            shift = {"今": 0, "昨": 1, "前": 2}[match["rel"]]
            date = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
            if date:
                evidence = page.text_evidence("relative", seg_start + match.start(), seg_start + match.end())
                return Publication((date + dt.timedelta(days=shift)).isoformat(), "inferred", (evidence,))
        for match in _HANDOVER_ANNIVERSARY.finditer(segment):
            count = small_int(match["count"])
            if count:
                years.append((seg_start + match.start(), _HANDOVER_YEAR[match["city"]] + count))
        for match in _COUNTED_DAY.finditer(segment):
            count = small_int(match["count"])
            if count:
                years.append((seg_start + match.start(), _FIRST_KEPT[match["day"]] + count - 1))
        if page.prepared.script == "hant":
            for match in _ROC_YEAR_MARK.finditer(segment):
                year = int(match["roc"]) + 1911
                years.append((seg_start + match.start(), year))
                month_years.append((seg_start + match.start(), year))
        for match in _AS_OF_DAY.finditer(segment):  # `截至29日,澳门已连续25天…`: the count is up to the report's day
            evidence = page.text_evidence("relative", seg_start + match.start(), seg_start + match.end())
            as_of_days.append((seg_start + match.start(), None, small_int(match["day"]), evidence))
        for match in _TODAY_BRACKET.finditer(segment):
            if not match["day"].isdigit() and "日" not in match.group():
                continue  # a day in Chinese numerals is one only with its 日 (`前(三)名` is a rank)
            shift = {"今": 0, "昨": 1, "前": 2}[match["rel"]]
            month = small_int(match["month"]) if match["month"] else None
            evidence = page.text_evidence("relative", seg_start + match.start(), seg_start + match.end())
            relative_days.append((seg_start + match.start(), month, small_int(match["day"]) + shift, evidence))

    _step_over_skipped_years(text, segments, years, month_years)
    _step_past_the_year_just_gone(text, segments, years, month_years)
    # `2020年总统大选结束后`, `2018年以来`: the text is of that year or later, so years before it are history
    floors = [
        int(match["year"])
        for seg_start, seg_end in segments
        for match in _SINCE_YEAR.finditer(text[seg_start:seg_end])
        if FIRST_YEAR <= int(match["year"]) <= LAST_YEAR
    ]
    if floors:
        floor = max(floors)
        years = [(offset, year) for offset, year in years if year >= floor]
        month_years = [(offset, year) for offset, year in month_years if year >= floor]

    # Bare years of several kinds (`1959年创办…`, `2000年…`, `2017年，…开设`; `1999年的地震以来`, `2018年
    # 地震后`) tell a chronology, and its last year is not the report's: they place the text only
    # when it also speaks of "this year" (`今年4月2日`). A year with a month still votes.
    with_month = {offset for offset, _ in month_years}
    # Years listed together (`如2006年、2011年、2013年和2019年`) are the past occurrences of something:
    # none of them is the report's year, wherever else the text names it (`2006年的干旱…`).
    listed = {
        int(year) for match in _YEAR_LIST.finditer(text) for year in re.findall(r"(?:19|20)\d\d", match[0])
    }
    years = [(offset, year) for offset, year in years if offset in with_month or year not in listed]
    bare = [(offset, year) for offset, year in years if offset not in with_month]
    if len({year for _, year in bare}) >= 2 and "今年" not in text:
        # the year of the headline or the lede (`2013年…论坛举行`) is the story's, whatever the body recounts
        head_lines = page.clean.head_lines
        head_end = page.spans[head_lines][0] + _LEDE_OPENING if head_lines < len(page.spans) else len(text)
        years = [(offset, year) for offset, year in years if offset in with_month or offset < head_end]
    # A year written only below every year-less month-day, in a later line (`时间是1994年,我读国中`
    # under `11月8日的晚间新闻`), is background told after the report: it does not give those days
    # their year, unless the text speaks of this year (then the chronology's last year may be it).
    yearless = [item.position for item in stated if item.year is None]
    if yearless and not month_years and "今年" not in text:
        last_line = page.line_of(max(yearless))
        years = [(offset, year) for offset, year in years if page.line_of(offset) <= last_line]
    year_votes = Counter(year for _, year in years + month_years if FIRST_YEAR <= year <= LAST_YEAR)
    if not year_votes and not constraints:
        return _before_bound(page, stated, bound) if copied else None
    main_year, year_evidence = _choose_year(year_votes, constraints, bound_year)
    if main_year is None:
        return None

    # Statements of the day decide it.
    for item, evidence in statements:
        date = _safe_date(item.year or main_year, item.month, item.day)
        if date:
            return Publication(date.isoformat(), "inferred", (evidence,) + year_evidence)

    # Month-days take the year of the year-month stated most recently before them (a text moves
    # through time in order), else the main year; years far from the main one are history or plans.
    marks = sorted((p, y) for p, y in month_years if abs(y - main_year) <= 1)
    positions = [p for p, _ in marks]
    dates: list[tuple[dt.date, _Stated]] = []
    for item in stated:
        year = item.year
        if year is None:
            index = bisect.bisect_right(positions, item.position) - 1
            year = marks[index][1] if index >= 0 else main_year
        date = _safe_date(year, item.month, item.day)
        if date and abs(date.year - main_year) <= 1:
            dates.append((date, item))
    if dates and len(dates) >= 3:
        median = sorted(date for date, _ in dates)[len(dates) // 2]
        dates = [(date, item) for date, item in dates if (date - median).days <= 366]
    latest = max(dates, key=lambda pair: pair[0]) if dates else None

    # `昨(18)日` / `今(5日)`: the page's own day; its month is the latest stated date's.
    for _, month, day, evidence in relative_days + as_of_days:
        base = latest[0] if latest else None
        if base is None:
            continue
        guess = _safe_date(base.year, month or base.month, day)
        if guess and guess < base - dt.timedelta(days=3) and month is None:
            guess = _safe_date(base.year + (base.month == 12), base.month % 12 + 1, day)
        if guess:
            return Publication(guess.isoformat(), "inferred", (evidence,) + year_evidence)

    if latest is None:
        return None
    date, item = latest
    return Publication(
        date.isoformat(), "inferred", (page.text_evidence("date", item.position, item.end),) + year_evidence
    )


# A narrative leap from the year just told (`2000年9月22日,…被称为“中国日”。八年后,“中国日”在北京重现`):
# the text's present is that many years later. It opens its own sentence and a comma follows it.
_YEARS_LATER = re.compile(
    r"(?:^|(?<=[。！？!?”」]))\s*(?P<count>[一二两三四五六七八九十]{1,3}|\d{1,2})\s*年(?:后|之后|以后|过去了?)\s*[,，]"
)


def _step_over_skipped_years(
    text: str, segments: list[tuple[int, int]], years: list[tuple[int, int]], month_years: list[tuple[int, int]]
) -> None:
    """Each `N年后,` that opens a sentence moves the story to the year stated last before it plus N: that
    year votes as one stated with a month, and the earlier year, now history, no longer votes."""
    for seg_start, seg_end in segments:
        for match in _YEARS_LATER.finditer(text[seg_start:seg_end]):
            count = small_int(match["count"])
            at = seg_start + match.start("count")
            before = [(offset, year) for offset, year in years + month_years if offset < at]
            if not count or not before:
                continue
            base = max(before)[1]
            years[:] = [(offset, year) for offset, year in years if year != base]
            month_years[:] = [(offset, year) for offset, year in month_years if year != base]
            years.append((at, base + count))
            month_years.append((at, base + count))


# A year the text is told after: a stretch since it (`2018年以来`) or an event of it that has ended
# (`2020年总统大选结束后`).
_SINCE_YEAR = re.compile(r"(?<![\d])(?P<year>(?:19|20)\d\d)\s*年[^,，。;；!?！？\d]{0,12}?(?:以来|结束后|结束之后)")
# The year just gone, as a text looks back on it from the next (`刚刚过去的2001年`, `过去的2016年,…`), or the
# whole-year figures of a year released (`国家统计局公布了2015年全年…数据`): the report is of the year after.
_YEAR_JUST_GONE = re.compile(
    r"过去的\s*(?P<year>(?:19|20)\d\d)\s*年(?![\d代])|(?:公布|发布)了?\s*(?P<year2>(?:19|20)\d\d)\s*年全年"
)


def _step_past_the_year_just_gone(
    text: str, segments: list[tuple[int, int]], years: list[tuple[int, int]], month_years: list[tuple[int, int]]
) -> None:
    """A year the text names as the one just gone does not place it: the year after it votes instead, as
    one stated with a month, and the gone year's other mentions (its figures, its events) no longer vote."""
    for seg_start, seg_end in segments:
        for match in _YEAR_JUST_GONE.finditer(text[seg_start:seg_end]):
            gone = int(match["year"] or match["year2"])
            at = seg_start + match.start()
            if gone == 2000 and text[seg_start + match.end() : seg_start + match.end() + 1] in ("里", "中", "间", "来"):
                continue  # `在过去的2000年里`: two thousand years, not the year 2000

            years[:] = [(offset, year) for offset, year in years if year != gone]
            month_years[:] = [(offset, year) for offset, year in month_years if year != gone]
            years.append((at, gone + 1))
            month_years.append((at, gone + 1))


def _before_bound(page: _Page, stated: list[_Stated], bound: dt.date | None) -> Publication | None:
    """A text with month-days but no year of its own, on a page seen on `bound` (a mirror's stamp, a
    top bar's day): each month-day falls on its last occurrence up to that day, and the report is
    dated by the latest of them within the year before it."""
    if bound is None:
        return None
    dates = []
    for item in stated:
        for year in (bound.year, bound.year - 1):
            date = _safe_date(year, item.month, item.day)
            if date is not None and date <= bound:
                if (bound - date).days <= 366:
                    dates.append((date, item))
                break
    if not dates:
        return None
    date, item = max(dates, key=lambda pair: pair[0])
    return Publication(date.isoformat(), "inferred", (page.text_evidence("date", item.position, item.end),))


_FESTIVAL_DAYS = {**calendar_cn.LUNAR_FESTIVALS, "除夕": (12, 0)}  # (lunar month, day); 0 is the last
_DEADLINE_SUFFIXES = frozenset({"前", "之前", "以前", "起", "开始", "以后", "之后", "后", "前后"})
# Three or more years in a list (`2006年、2011年、2013年和2019年`, `2008、2012及2016年`).
_YEAR_LIST = re.compile(r"(?:19|20)\d\d年?(?:\s*(?:[、,，]|和|及|与|以及)\s*(?:19|20)\d\d年?){2,}")
_EVERY_YEAR_BEFORE = re.compile(r"(?:每一?年|每逢|逢每年)(?:的)?\s*$")
_YEAR_NOT_PLACING = re.compile(r"^\s*(?:代|前|后|以前|以后|之前|之后|党龄|左右)")
_TODAY_BEFORE = re.compile(r"(?:今天|今日)\s*(?:是|为)?\s*$")
# How far a solar date may stand from the lunar day or festival it glosses, and what it may not cross.
_LUNAR_GAP = 14
_FESTIVAL_GAP = 6
_GAP_BREAK = re.compile(r"[。；;!?！？\d]")


def _read_expressions(
    page: _Page,
    segments: list[tuple[int, int]],
    stated: list[_Stated],
    years: list[tuple[int, int]],
    month_years: list[tuple[int, int]],
    constraints: list[tuple[str, YearTest, Evidence]],
    statements: list[tuple[_Stated, Evidence]],
) -> None:
    """The text's dating evidence, read from the normalizer's expressions (one recognizer for every
    form: `二十三日`, `正月初二`, `10月10日(星期六)`, `戊戌狗年腊月三十`): the month-days it reports, the
    years that place it, weekday, lunar and sexagenary evidence, and statements of its own day. A
    date marked as still to come (`将于3月1日`, `3月1日起`) reports nothing."""
    text = page.prepared.text
    starts = [start for start, _ in segments]
    by_segment: dict[int, list] = {}
    for expression in join(text, scan(text)):
        if expression.date is None:
            continue
        position = bisect.bisect_right(starts, expression.start) - 1
        if position >= 0 and expression.end <= segments[position][1]:
            by_segment.setdefault(position, []).append(expression)
    for position, expressions in by_segment.items():
        seg_start, seg_end = segments[position]
        solar_days = [
            e for e in expressions
            if e.date.month and e.date.day and not _shifted(e.date) and e.date.lunar_month is None
        ]  # fmt: skip
        for expression in expressions:
            date = expression.date
            start, end = expression.start, expression.end
            after = text[end : min(seg_end, end + 4)]
            later = bool(future_marker(text, start, end)) or (expression.suffix or "") in _DEADLINE_SUFFIXES
            later = later or bool(_DEADLINE_AFTER.match(after))
            before = text[max(seg_start, start - 6) : start]
            lunar_day = date.lunar_month is not None and bool(date.lunar_day)
            if (lunar_day or date.festival in _FESTIVAL_DAYS) and _year_written(date) and not later:
                # `2018年春节`, `2019年正月初五`: the year is written, and it votes like any other
                if not _HISTORY_BEFORE.search(before) and not _HISTORY_AFTER.match(text[end : min(seg_end, end + 14)]):
                    years.append((start, date.year))
                    month_years.append((start, date.year))
            if lunar_day:
                _lunar_evidence(page, expression, solar_days, stated, constraints, statements)
                continue
            if date.festival in _FESTIVAL_DAYS:
                _festival_evidence(page, expression, solar_days, constraints)
                continue
            if date.lunar_year_names and date.year_kind in ("sexagenary", "zodiac") and date.month is None:
                names = frozenset(date.lunar_year_names)
                kind = "zodiac" if date.year_kind == "zodiac" else "sexagenary"
                constraints.append((kind, names.__contains__, page.text_evidence(kind, start, end)))
                continue
            if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
                continue  # a year in a code name (`CFIC2018大会`, `Office2016`): the name's, not the text's
            stated_year = next((piece.stated_year for piece in expression.pieces if piece.stated_year), None)
            if stated_year and date.month and not date.year:  # 今(2022)年1月8日: the year is written
                date = replace(date, year=stated_year, year_shift=None)
            if _shifted(date) or date.bce:
                continue
            if date.year is not None and FIRST_YEAR <= date.year <= LAST_YEAR:
                if later or _HISTORY_BEFORE.search(before) or _YEAR_NOT_PLACING.match(after):
                    continue
                if _HISTORY_AFTER.match(text[end : min(seg_end, end + 14)]) or text[start] in "自从":
                    continue  # `2000年获颁…`, `自2011年换届以来`: history
                if expression.suffix == "以来":
                    continue  # `2000年以来已多次发生`: since then, the start of a history
                if before.endswith(("到", "至")):
                    continue  # a target year (`到2035年`)
                years.append((start, date.year))
                if date.month is not None:
                    month_years.append((start, date.year))
            if date.month is None or date.day is None or later:
                continue
            if _EVERY_YEAR_BEFORE.search(before) or any(piece.kind == "set" for piece in expression.pieces):
                continue  # `每年4月24日定为航天日`: a day of every year, not one the text reports

            item = _Stated(start, end, date.month, date.day, date.year)
            last = _range_last_day(expression)
            if last is not None:  # `11月5日至7日,记者分别前往…`: a stretch told as past ends on its last day
                item = replace(item, month=last[0], day=last[1])
            stated.append(item)
            if expression.weekday is not None and expression.weekday.weekday and date.year is None:
                constraints.append(
                    ("weekday", _weekday_holds(date.month, date.day, expression.weekday.weekday - 1),
                     page.text_evidence("weekday", start, end))
                )  # fmt: skip
            if _TODAY_BEFORE.search(before):
                statements.append((item, page.text_evidence("statement", start, end)))
            gloss = expression.gloss  # `2月21日(农历正月十二)`, `2月24日(元宵节)`: the lunar day it falls on
            lunar = (
                (gloss.lunar_month, gloss.lunar_day)
                if gloss and gloss.lunar_month and gloss.lunar_day
                else None
            )
            lunar = lunar or (_FESTIVAL_DAYS.get(gloss.festival) if gloss and gloss.festival else None)
            if lunar is not None and date.year is None:
                constraints.append(_lunar_pair(page, lunar, date.month, date.day, start, expression.end))


def _year_written(date) -> bool:
    """The expression writes its year in full (`2018年春节`), not counted from another (`去年春节`)."""
    return date.year is not None and FIRST_YEAR <= date.year <= LAST_YEAR and not _shifted(date) and not date.bce


def _range_last_day(expression) -> tuple[int, int] | None:
    """The month-day a range of days ends on (`11月5日至7日`, `11月28日至12月2日`), when it ends later in
    the same year; None for a single day."""
    end = expression.range_end
    if end is None or end.date is None or end.date.day is None or end.date.year is not None:
        return None
    start = expression.date
    month = end.date.month or start.month
    # the end's bare day is anaphoric (its month is the start's), but no other shift may move it
    moved = end.date.year_shift or end.date.month_shift or end.date.day_shift or end.date.week_shift or end.date.shift
    if moved or month is None or (month, end.date.day) <= (start.month, start.day):
        return None
    return month, end.date.day


def _shifted(date) -> bool:
    """A date counted from another (`昨天`, `次日`, `去年3月`), which places nothing by itself."""
    return bool(
        date.year_shift
        or date.month_shift
        or date.day_shift
        or date.week_shift
        or date.anaphoric
        or date.shift
    )


def _lunar_pair(page: _Page, lunar: tuple[int, int], month: int, day: int, start: int, end: int):
    """The evidence that lunar day `lunar` (month, day) falls on the solar `month`-`day` written beside it."""
    return ("lunar", _lunar_holds(lunar[0], lunar[1], month, day), page.text_evidence("lunar", start, end))


def _nearest_solar(text: str, expression, solar_days: list, window: int):
    """The solar month-day written right beside a lunar day or festival (`1月22日是农历除夕`,
    `元宵节(2月24日)`, `正月初二,1月23日`): at most `window` characters apart, in one sentence."""
    near = []
    for other in solar_days:
        if other is expression:
            continue
        gap = (
            text[expression.end : other.start]
            if other.start >= expression.end
            else text[other.end : expression.start]
        )
        if len(gap) <= window and not _GAP_BREAK.search(gap):
            near.append((len(gap), other))
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _lunar_evidence(page, expression, solar_days, stated, constraints, statements) -> None:
    date = expression.date
    start, end = expression.start, expression.end
    text = page.prepared.text
    lunar_month, lunar_day = date.lunar_month, date.lunar_day
    if date.lunar_year_names:  # `戊戌狗年腊月三十`: a full date in the lunar calendar
        names = frozenset(date.lunar_year_names)
        constraints.append(("sexagenary", names.__contains__, page.text_evidence("sexagenary", start, end)))
        for lunar_year in sorted(date.lunar_year_names):
            if FIRST_YEAR - 1 <= lunar_year <= LAST_YEAR:
                dated = _lunar_to_solar(lunar_year, lunar_month, lunar_day)
                if dated is not None:
                    item = _Stated(start, end, dated.month, dated.day, dated.year)
                    stated.append(item)
                    if re.search(r"今天|今日|今晚|今夜", text[max(0, start - 16) : start]):
                        statements.append((item, page.text_evidence("statement", start, end)))
                break
    gloss = expression.gloss  # `正月初二(1月24日)`: the solar date it falls on, joined to it
    if gloss is not None and gloss.month and gloss.day and gloss.year is None:
        stated.append(_Stated(start, end, gloss.month, gloss.day, None))
        constraints.append(_lunar_pair(page, (lunar_month, lunar_day), gloss.month, gloss.day, start, end))
        return
    solar = _nearest_solar(text, expression, solar_days, _LUNAR_GAP)
    if solar is not None:
        constraints.append(
            _lunar_pair(page, (lunar_month, lunar_day), solar.date.month, solar.date.day, start, end)
        )


def _festival_evidence(page, expression, solar_days, constraints) -> None:
    solar = _nearest_solar(page.prepared.text, expression, solar_days, _FESTIVAL_GAP)
    if solar is not None:
        lunar_month, lunar_day = _FESTIVAL_DAYS[expression.date.festival]
        constraints.append(
            _lunar_pair(
                page,
                (lunar_month, lunar_day),
                solar.date.month,
                solar.date.day,
                expression.start,
                expression.end,
            )
        )


def _choose_year(
    votes: Counter, constraints: list[tuple[str, YearTest, Evidence]], bound_year: int | None = None
) -> tuple[int | None, tuple[Evidence, ...]]:
    """The year most of the text's evidence agrees with: stated years vote; weekday, lunar and
    sexagenary evidence must hold in it. Among years no evidence separates, the most stated wins,
    then the latest (a page reports its own time, and history is told with its years)."""
    candidates = set(votes)
    for year in list(votes):
        candidates.update((year - 1, year + 1))
    if constraints and not votes:
        # Weekday evidence is cheap to test and leaves a few years in fifty; the lunar tests run on those.
        candidates = set(range(FIRST_YEAR, LAST_YEAR + 1))
        weekdays = [holds for kind, holds, _ in constraints if kind == "weekday"]
        pruned = {year for year in candidates if all(holds(year) for holds in weekdays)}
        candidates = pruned or candidates

    def score(year: int) -> tuple[float, int, int]:
        held = 0.0
        for kind, holds, _ in constraints:
            weight = 1.0 if kind == "zodiac" else 3.0
            held += weight if holds(year) else -weight
        return held + 2.0 * votes.get(year, 0), votes.get(year, 0), year

    ranked = sorted(candidates, key=score, reverse=True)
    if not ranked:
        return None, ()
    best = ranked[0]
    if constraints and not votes and len(ranked) > 1 and score(ranked[1])[0] == score(best)[0]:
        # The evidence holds in several years (a weekday repeats every few years): take the latest
        # one that is not after the present; a page is never from the future.
        tied = [year for year in ranked if score(year)[0] == score(best)[0]]
        # The page's own weak stamp (a top bar, a mirror's scrape date) bounds it when there is one.
        this_year = bound_year or dt.date.today().year  # a bound, not a reference: nothing is dated from it
        past = [year for year in tied if year <= this_year]
        best = max(past) if past else min(tied)
    used = tuple(evidence for _, holds, evidence in constraints if holds(best))
    return best, used


_TODAY_WORDS = frozenset({"今天", "今日", "今晚", "今夜"})
_TODAY_WORD = re.compile("|".join(_TODAY_WORDS))
# what is said of the day follows it closely (`今天是农历戊戌狗年腊月三十`, `今日（星期三）`)
_STATEMENT_WINDOW = 30
# between the day word and what it is said to be: `今天是农历正月十五`, `今晚是除夕`, `今天恰逢元宵节`
_TODAY_IS = re.compile(r"\s*(?:是|为|正值|恰逢|适逢)?\s*(?:农历|阴历)?\s*")


def day_statements(text: str) -> list[Callable[[dt.date], bool]]:
    """Tests of a candidate publication day from what the text says of its own day, read from the
    normalizer's expressions: `今天是农历正月十五`, `今天是元宵节`, `今晚是除夕`, `今天(周五)`, `今天是星期五`."""
    tests: list[Callable[[dt.date], bool]] = []
    for today in _TODAY_WORD.finditer(text):
        # only the words after a day word can state it: the normalizer reads a short window there
        window = text[today.start() : today.start() + _STATEMENT_WINDOW]
        tests += _statements_in(window)
    return tests


def _statements_in(window: str) -> list[Callable[[dt.date], bool]]:
    """What the day word opening `window` is said to be, as a test of a candidate day."""
    expressions = [expression for expression in join(window, scan(window)) if expression.date is not None]
    if not expressions or expressions[0].start != 0:
        return []
    today = expressions[0]
    word = window[today.start : today.end]
    glossed = today.weekday.weekday if today.weekday is not None else None
    if glossed and word.startswith(("今天", "今日")):  # `今天(周五)`
        return [_is_weekday(glossed - 1)]
    if word not in _TODAY_WORDS or len(expressions) < 2:
        return []
    said = expressions[1]
    if not _TODAY_IS.fullmatch(window, today.end, said.start):
        return []
    date = said.date
    if date.lunar_month and date.lunar_day and not _shifted(date):
        return [_is_lunar_day(date.lunar_month, date.lunar_day)]
    if date.festival in _FESTIVAL_DAYS:
        return [_is_lunar_day(*_FESTIVAL_DAYS[date.festival])]
    if date.weekday and date.week_shift is None and not date.month and word in ("今天", "今日"):
        return [_is_weekday(date.weekday - 1)]
    return []


def _is_weekday(weekday: int) -> Callable[[dt.date], bool]:
    return lambda date: date.weekday() == weekday


def _is_lunar_day(month: int, day: int) -> Callable[[dt.date], bool]:
    def holds(date: dt.date) -> bool:
        for lunar_year in (date.year - 1, date.year):
            if _lunar_to_solar(lunar_year, month, day) == date:
                return True
        return False

    return holds


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_holds(month: int, day: int, weekday: int) -> YearTest:
    def holds(year: int) -> bool:
        date = _safe_date(year, month, day)
        return date is not None and date.weekday() == weekday

    return holds


def _lunar_holds(lunar_month: int, lunar_day: int, month: int, day: int) -> YearTest:
    def holds(year: int) -> bool:
        for lunar_year in (year - 1, year):
            solar = _lunar_to_solar(lunar_year, lunar_month, lunar_day)
            if solar is not None and (solar.month, solar.day) == (month, day) and solar.year == year:
                return True
        return False

    return holds


def _lunar_to_solar(lunar_year: int, month: int, day: int) -> dt.date | None:
    """The solar date of a lunar one (day 0: the month's last day, as for 除夕), from the normalizer's
    calendar tables, which compute each lunar year once."""
    if day == 0 and month == 12:
        return calendar_cn.lunar_new_year_eve(lunar_year)
    return calendar_cn.lunar_to_solar(lunar_year, month, day)
