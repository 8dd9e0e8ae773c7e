"""Titles: a short headline for each clause, cut at a word boundary, with datelines, connectives,
settings and unbalanced brackets taken out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from timeline.events.entities import last_word_boundary, tag_words
from timeline.events.governing import PAGE_STAMP
from timeline.textprep import prepare, to_simplified

_HAN = re.compile(r"[\u3400-\u9fff]")

TITLE_LIMIT = 40
_LEADING_JUNK = " \t\u3000●■▲◆★·•*-—–~…、,，.。:：;；!！?？\"'“”‘’「」『』【】[]()（）《》"
_TRAILING_JUNK = " \t\u3000、,，.。:：;；!！?？—–-…~·"
# "新华社武汉1月23日电" or "本报北京3月10日电（记者 王某）": the wire dateline in front of a story.
# A paper's or site's own lead, with or without a date: "本报讯（记者 李明）", "某某网4月12日讯", "本報訊 ".
_DATELINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]"
    r"|(?:本[报報台刊网網]|[\u4e00-\u9fff]{1,10}?(?:网|網|报|報|台|社|新闻|新聞))"
    r"(?:[\u4e00-\u9fff]{0,6}?\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*[讯訊])"
    r"\s*(?:[(（][^)）]{0,30}[)）])?\s*[:：]?\s*"
)
_SPACES = re.compile(r"\s*")
_CONNECTIVE = re.compile(
    r"^(?:然而|同时|与此同时|此外|另外|其实|其中|据介绍|据了解|据悉|(?:统计)?数据显示|记者[^,，]{0,6}了解到|"
    r"据[^,，。]{1,24}?(?:统计|报道|消息|显示|介绍))[,，]"
)
# A short aside in brackets, (左一) or (上生所): dropped from titles.
_PARENTHETICAL = re.compile(r"[(（][^()（）]{1,6}[)）]")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "(": ")", "（": "）", "【": "】"}
# 起/以来/后 closing a time phrase; the rest of one (凌晨时分,); a phrase in front of a comma.
_CLOSING = re.compile(r"(?:以来|以來|起|后|後|前|内|內)(?![\u4e00-\u9fff])")
_TIME_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}[,，]")
_SETTING_FRONT = re.compile(r"([^,，;；:：。]{4,32})[,，]")


# --------------------------------------------------------------------------------------------------
# Titles
# --------------------------------------------------------------------------------------------------


def cut_title(
    clause: str,
    mention_start: int,
    mention_end: int,
    mentions: Iterable[dict] = (),
    offset: int = 0,
    limit: int = TITLE_LIMIT,
) -> str:
    """A short headline from a clause; see `title_of_clause`."""
    return title_of_clause(clause, mention_start, mention_end, mentions, offset, limit)[0]


def title_of_clause(
    clause: str,
    mention_start: int,
    mention_end: int,
    mentions: Iterable[dict] = (),
    offset: int = 0,
    limit: int = TITLE_LIMIT,
) -> tuple[str, bool]:
    """A short headline from a clause, and whether it had to be shortened to fit `limit`: no leading
    time expression, dateline, attribution or
    punctuation, at most about `limit` characters, cut at a clause boundary when one is near,
    brackets and quotes balanced.

    `mention_start`/`mention_end` locate the governing time expression inside `clause`; `mentions`
    (document offsets, shifted by `offset`) are the other time expressions, so that a date followed by
    a clock time (`2月28日下午4时许`) is stripped as a whole.
    """
    spans = tuple(
        sorted({(m["start"] - offset, m["end"] - offset) for m in mentions} | {(mention_start, mention_end)})
    )
    return _title_of(clause, mention_start, mention_end, spans, limit)


@lru_cache(maxsize=8_192)
def _title_of(
    clause: str, mention_start: int, mention_end: int, spans_seen: tuple[tuple[int, int], ...], limit: int
) -> tuple[str, bool]:
    """`title_of_clause` from the sorted spans of the clause's time expressions, remembered: wire
    copies repeat their clauses."""
    spans = list(spans_seen)
    title = clause
    # A quotation that opens the clause ("“不抛弃,不放弃!”1月28日晚,……") is what someone said, not
    # what happened: start after it when the date follows it.
    if title[:1] in '“「"':
        closing = title.find({"“": "”", "「": "」"}.get(title[0], '"'), 1)
        if closing > 0 and _skip(title, closing + 1, _LEADING_JUNK) == mention_start:
            position = mention_start
        else:
            position = _skip(title, 0, _LEADING_JUNK)
    else:
        position = _skip(title, 0, _LEADING_JUNK)
    position = _after_dateline(title, position)
    # When the date lies past the title's reach in a long clause, start at the comma clause holding it,
    # so the headline says what happened on that date.
    if mention_start - position > limit:
        comma = max((i for i in range(position, mention_start) if title[i] in "，,：:"), default=None)
        if comma is not None:
            position = _skip(title, comma + 1, _LEADING_JUNK)
    position = _skip_connective(title, position)

    # A date that opens a later comma clause ("郭猛是救援队组长,6月29日,郭猛在丰台消杀"): the headline
    # is that clause. What comes before it is background when it has a verb; when it has none it is
    # the subject ("民兵营长姜志鹏,2月10日夜晚冒雨赶赴……"), kept in front, its last listed part only.
    subject = ""
    comma = _comma_before(title, position, mention_start)
    if comma is not None and _han_count(title[mention_end:]) >= 8:
        before = title[position:comma]
        if not _has_verb(before):
            subject = _without_pinyin(before.rsplit("、", 1)[-1] if len(before) > 14 else before)
            subject = _PARENTHETICAL.sub("", subject).strip(_LEADING_JUNK)
            position = mention_start
        elif _ends_phrase(title, mention_start, spans):
            # Only a date standing alone between commas opens a clause; 今年内 in "景区承诺,今年内
            # 医务人员免费入园" belongs to the clause before it.
            position = mention_start

    # Strip the leading time expression(s), with a leading 在/于/自/从/当地时间 and trailing 起/以来.
    probe = position
    prefix = _TIME_PREFIX.match(to_simplified(title[probe : probe + 4]))
    if prefix and any(s == probe + prefix.end() for s, _ in spans):
        probe += prefix.end()
    stripped_any = False
    for span_start, span_end in spans:
        if span_start == probe or (stripped_any and span_start - probe <= 1 and span_start >= probe):
            probe = span_end
            stripped_any = True
    if stripped_any:
        # 起/以来/后 closing the time phrase (自1月23日10时起,), not a word of the clause (六点起床).
        closing = _CLOSING.match(title[probe:])
        if closing:
            probe += closing.end()
        # The rest of a time phrase the normalizer left out: 凌晨时分, 零时刚过.
        tail = _TIME_TAIL.match(title[probe:])
        if tail and _han_count(title[probe + tail.end() :]) >= 6:
            probe += tail.end()
        rest = _skip(title, probe, _LEADING_JUNK)
        # Keep the date when it modifies what follows (2020年初的疫情防控工作……).
        if _han_count(title[rest:]) >= 6 and title[rest] not in "的之":
            position = _skip_connective(title, rest)
    # A time adverbial clause in front (年初疫情发生后, 冬春之交, 在连续抗疫27天后) says when, which the
    # date column already shows: the headline starts after it.
    if stripped_any or position <= mention_start:
        adverbial = re.match(
            r"[^,，;；:：。]{1,24}?(?:后|後|以来|以來|期间|期間|之际|之際|之交|之初)[,，]", title[position:]
        )
        if adverbial and _han_count(title[position + adverbial.end() :]) >= 8:
            position = _skip(title, position + adverbial.end(), _LEADING_JUNK)
    title = subject + _PARENTHETICAL.sub("", _without_pinyin(title[position:]))
    shortened = len(title) > limit
    if shortened:
        cut = _cut_at_boundary(title, limit)
        # A cut that leaves only the setting ("长沙经开区维胜科技有限公司") says nothing happened:
        # start after the setting instead.
        if not _has_verb(cut):
            without_setting = _drop_setting(title)
            if without_setting != title:
                cut = without_setting
                if len(cut) > limit:
                    cut = _cut_at_boundary(cut, limit)
        title = cut
    title = _balance(title).rstrip(_TRAILING_JUNK)
    if not title:
        return clause.strip(_LEADING_JUNK)[:limit], True
    return title, shortened


_TRAILING_PART = re.compile(r"\s*(?:其中|包括|如|例如|比如|同时|此外)")
_TIME_PREFIX = re.compile(r"当地时间|北京时间|[在于自从]")
_VERB_TAGS = {"v", "vd", "vi", "vl", "vg", "vf", "vx", "vshi", "vyou"}


def _ends_phrase(text: str, mention_start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the time expression(s) starting at `mention_start` are followed by a comma."""
    end = mention_start
    for span_start, span_end in spans:
        if span_start <= end + 1 and span_end > end and span_start >= mention_start:
            end = span_end
    end = _skip(text, end, " \t")
    return end < len(text) and text[end] in "，,"


def _comma_before(text: str, position: int, mention_start: int) -> int | None:
    """The comma right before the date, when the date opens a comma clause after `position`."""
    j = mention_start - 1
    while j > position and text[j].isspace():
        j -= 1
    return j if j > position and text[j] in "，," else None


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _has_verb(text: str) -> bool:
    return any(tag in _VERB_TAGS for _, tag in tag_words(to_simplified(_without_pinyin(text))))


def _is_setting(text: str) -> bool:
    """A place or institution phrase with nothing happening in it: no verb, adjective or adverb."""
    tags = [tag for _, tag in tag_words(to_simplified(_without_pinyin(text)))]
    return not any(tag in _VERB_TAGS or tag[:1] in ("a", "d", "u") and tag != "uj" for tag in tags)


def _drop_setting(title: str) -> str:
    """Drop a verbless setting in front ("长沙市开福区湘江世纪城小区,志愿者给居民送方便面")."""
    match = _SETTING_FRONT.match(title)
    if match and _is_setting(match.group(1)) and _han_count(title[match.end() :]) >= 8:
        return title[_skip(title, match.end(), _LEADING_JUNK) :]
    return title


def _prepared_match_end(pattern: re.Pattern, text: str, position: int) -> int | None:
    """Where `pattern`, matched on the prepared (simplified, pinyin-free) form of the 40 characters
    from `position`, ends in `text`; None when it does not match there."""
    window = prepare(text[position : position + 40])
    match = pattern.match(window.text)
    return position + window.offsets[match.end()] if match else None


def _skip_connective(text: str, position: int) -> int:
    """Skip a leading 然而, / 据介绍, / 据某委统计, / 数据显示, that opens the clause."""
    end = _prepared_match_end(_CONNECTIVE, text, position)
    return position if end is None else _skip(text, end, _LEADING_JUNK)


def _after_dateline(text: str, position: int) -> int:
    """Past the wire dateline, the outlet's own lead or the page's stamp that opens `text` at
    `position` (or `position`), read through pinyin a broken converter inserted in it (`中國天氣網(wǎng)訊`)."""
    stamp = PAGE_STAMP.match(text, position)
    if stamp:
        return _SPACES.match(text, stamp.end()).end()
    dateline = _DATELINE.match(text, position)
    if dateline:
        return dateline.end()
    head = text[position : position + 40]
    if "(" not in head and "（" not in head:
        return position  # no bracket where pinyin could hide a lead: the plain match was the answer
    return _prepared_match_end(_DATELINE, text, position) or position


def _without_pinyin(text: str) -> str:
    """The original characters minus pinyin a broken converter inserted (`產(chǎn)`)."""
    prepared = prepare(text)
    if isinstance(prepared.offsets, range):
        return text  # nothing was dropped (`Prepared.offsets`): no list of the kept indexes to build
    kept = sorted(set(prepared.offsets[:-1]))
    if len(kept) == len(text) and (not kept or (kept[0] == 0 and kept[-1] == len(text) - 1)):
        return text  # every character kept (distinct offsets spanning the text): nothing inserted
    return "".join(text[i] for i in kept)


def _skip(text: str, position: int, characters: str) -> int:
    while position < len(text) and text[position] in characters:
        position += 1
    return position


def _cut_at_boundary(title: str, limit: int) -> str:
    """Cut at the last clause boundary before `limit`: a comma or semicolon if there is one, else a
    list comma or space, else the last word boundary (jieba) before `limit`."""
    for boundaries, shortest in (("，,；;：:", 12), ("、 \u3000", 24)):
        found = [i for i in range(shortest, min(limit, len(title) - 1) + 1) if title[i] in boundaries]
        # Never end on a part that opens a detail or a list (……获提拔,其中,开福区……).
        for i in found:
            if _TRAILING_PART.match(title, i + 1):
                return title[:i]
        if found:
            return title[: found[-1]]
    # A book title (《……措施》) is not cut in the middle when it closes soon after the limit.
    opening = title.rfind("《", 0, limit)
    closing = title.find("》", opening)
    if opening >= 0 and title.rfind("》", 0, limit) < opening and 0 <= closing < limit + 10:
        return title[: closing + 1]
    return title[: last_word_boundary(title, limit)]


def _balance(title: str) -> str:
    """Drop quote marks and brackets whose partner was cut off."""
    closers = {closer: opener for opener, closer in _QUOTE_PAIRS.items()}
    keep = [True] * len(title)
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(title):
        if char in _QUOTE_PAIRS:
            stack.append((char, i))
        elif char in closers:
            if stack and stack[-1][0] == closers[char]:
                stack.pop()
            else:
                keep[i] = False
    for _, i in stack:
        keep[i] = False
    return "".join(char for char, kept in zip(title, keep, strict=True) if kept)
