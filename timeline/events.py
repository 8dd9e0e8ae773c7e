"""Dated events: anchor each clause to the date that governs it, then merge reports across documents.

Two steps, so that a caller can stream documents and keep only candidate events in memory:
- `document_events(document)` cuts one extracted document into sentences and clauses and makes one
  candidate event per clause that has a governing date;
- `merge_events(candidates)` joins candidates from all documents that report the same thing on the
  same date.
`build_events(documents)` does both.

Policies, in one place:
- A sentence ends at 。！？!? or a line break; a bracketed photo caption that starts with a date
  (`(2月23日,……摄影报道)`) is its own unit, so its date never dates the paragraph around it.
- A sentence splits into clauses at ；/; and, when it already has a date, at a comma or colon that
  starts a new date: "1月24日分离出毒株;1月26日成立党支部,27日分离一株病毒" gives three events.
- A clause's governing date is its first DATE or TIME mention with an anchor. Durations, sets, null
  anchors and the vague PRESENT_REF/PAST_REF/FUTURE_REF (如今, 目前, 近日) make no events: dating
  commentary ("如今北京疫情趋稳") at the publication date would fill the timeline with opinions.
- Month- and year-precision anchors make events at that precision.
- Which date governs a clause on real pages (datelines and update stamps, 昨午/前晚, a bare part of
  day in front, live-blog stamps, two happenings in one sentence, undated clauses dated by their
  context) is `timeline.governing`.
- Merging (`timeline.merge`, its knobs in `MergePolicy`) needs compatible dates (same precision,
  equal or overlapping ranges), similar wording (IDF-weighted words, synonyms, aliases, short
  forms), agreeing names, numbers and times of day, and no veto between any two reports of the
  cluster (average linkage inside each date bucket).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from timeline import governing as _governing
from timeline.entities import find_entities, last_word_boundary, tag_words
from timeline.textprep import prepare, to_simplified

if TYPE_CHECKING:
    from timeline.merge import MergePolicy

PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI")
# Where a part of day sorts among clock times.
_PART_OF_DAY_CLOCK = {"MO": "08:00", "MI": "12:00", "AF": "15:00", "EV": "19:00", "NI": "22:00"}
_VAGUE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

_SENTENCE_END = set("。！？!?")
_CLOSERS = set("”’」』)）】》\"'")
_CLAUSE_SEPARATORS = set("；;")
_OPEN_BRACKETS = {"(": ")", "（": "）"}
# Bylines and credits, matched on the simplified clause.
_BYLINE = re.compile(
    r"来源[:：]|通讯员|责任编辑|^\s*\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\s*\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}\s*$"
)
_HAN = re.compile(r"[\u3400-\u9fff]")

TITLE_LIMIT = 40
_LEADING_JUNK = " \t\u3000●■▲◆★·•*-—–~…、,，.。:：;；!！?？\"'“”‘’「」『』【】[]()（）《》"
_TRAILING_JUNK = " \t\u3000、,，.。:：;；!！?？—–-…~·"
# "新华社武汉1月23日电" or "本报北京3月10日电（记者 王某）": the wire dateline in front of a story.
_DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電]\s*(?:[(（][^)）]{0,20}[)）])?\s*"
)
_CONNECTIVE = re.compile(
    r"^(?:然而|同时|与此同时|此外|另外|其实|其中|据介绍|据了解|据悉|(?:统计)?数据显示|记者[^,，]{0,6}了解到|"
    r"据[^,，。]{1,24}?(?:统计|报道|消息|显示|介绍))[,，]"
)
# A short aside in brackets, (左一) or (上生所): dropped from titles.
_PARENTHETICAL = re.compile(r"[(（][^()（）]{1,6}[)）]")
# A place right before an office or a native-place marker describes a person (上海市长应勇, 湖北籍),
# not where the event happens: such places never veto a merge.
_OFFICE_AFTER = re.compile(r"\s*[市省县區区州]?(?:长|長|委|政府|籍|人大|政协|政協|方面)")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "(": ")", "（": "）", "【": "】"}

# Merge scoring lives in timeline/merge.py (MergePolicy), tuned on tests/data/coverage/tune.
# Candidate blocking for same-day buckets larger than BLOCKING_MIN_BUCKET (see `_bucket_pairs`).
BLOCKING_MIN_BUCKET = 256
BLOCKING_PROBES = 24
BLOCKING_NEIGHBOURS = 8
BLOCKING_CANDIDATES = 32


# --------------------------------------------------------------------------------------------------
# Anchoring
# --------------------------------------------------------------------------------------------------


def document_events(document: dict) -> list[dict]:
    """Candidate events of one extracted document, one per dated clause, in text order.

    Each candidate is an Event (contract shape) with a single report, plus a private `_compare`
    field (the masked simplified clause) that `merge_events` consumes and drops.
    """
    text: str = document["text"]
    doc_id: str = document["id"]
    noise = [tuple(span) for span in document.get("noise_spans") or []]
    in_noise = _Spans(noise)
    mentions = sorted(
        (m for m in document.get("mentions") or [] if not in_noise.contains(m["start"])),
        key=lambda m: (m["start"], m["end"]),
    )
    # Relative day words the normalizer misses (昨午, 前晚, 21日報道): see `timeline.governing`.
    mentions = _governing.repair_mentions(text, mentions, document.get("published"))
    time_mentions = [m for m in mentions if m["type"] in ("DATE", "TIME")]
    # Dates inside direct speech (“明天早班可以参加的请报名”) count from when it was said, which the
    # normalizer cannot know: they date nothing.
    in_speech = _Spans(_speech_spans(text))
    anchored = [m for m in time_mentions if _is_anchor(m) and not in_speech.contains(m["start"])]
    # A dateline or update stamp at the head of a sentence never governs a later date in it.
    anchored = _governing.without_stamps(text, anchored)
    quantities = document.get("quantities") or []
    # Each clause looks up the mentions and quantities inside it by bisection, not by a scan of the
    # whole document: a document of thousands of dated sentences stays linear.
    time_index, anchored_index = _Within(time_mentions), _Within(anchored)
    quantity_index = _Within(quantities)
    # The headline restates the story (and is often dated by it): its clauses are not reports.
    headline = _headline_span(text, document.get("title"))
    if headline is not None:
        noise.append(headline)

    candidates = []
    # An undated clause that tells a happening takes the date of its context; a clause with two
    # happenings splits (`timeline.governing`).
    units = _governing.join_stamp_lines(text, _sentence_units(text, noise, anchored), anchored)
    context = _governing.Context(text, document.get("published"))
    for unit_start, unit_end in units:
        context.enter(unit_start, unit_end)
        for clause_start, clause_end in _clauses(text, unit_start, unit_end, anchored_index):
            for piece_start, piece_end in _governing.split_happenings(
                text, clause_start, clause_end, anchored_index.within(clause_start, clause_end)
            ):
                inherited = None
                if not anchored_index.within(piece_start, piece_end):
                    inherited = context.mention_for(text[piece_start:piece_end], piece_start)
                    if inherited is None:
                        continue
                candidate = _clause_event(
                    doc_id,
                    text,
                    piece_start,
                    piece_end,
                    time_index,
                    anchored_index,
                    quantity_index,
                    inherited,
                )
                if candidate is not None:
                    # Merging asks whether a report's day is background to it (weeks before).
                    candidate["_published"] = document.get("published")
                    candidates.append(candidate)
                    if inherited is None:
                        context.dated(_governing_of(candidate, anchored_index, piece_start, piece_end))
    return candidates


def _governing_of(candidate: dict, anchored: _Within, start: int, end: int) -> dict | None:
    report = candidate["mentions"][0]
    return next((m for m in anchored.within(start, end) if m["start"] == report["start"]), None)


def _speech_spans(text: str) -> list[tuple[int, int]]:
    """Quotations long enough to be speech rather than a name in quotes (“封城”)."""
    spans = []
    for match in re.finditer(r"[“「]([^“”「」\n]{12,400})[”」]", text):
        spans.append((match.start(), match.end()))
    return spans


def _headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the document's title stands as a line of its own near the top, if it does."""
    title = (title or "").strip()
    if not title:
        return None
    start = text.find(title, 0, 2000)
    if start < 0:
        return None
    before = text[text.rfind("\n", 0, start) + 1 : start]
    line_end = text.find("\n", start)
    after = text[start + len(title) : line_end if line_end >= 0 else len(text)]
    if before.strip() or after.strip():
        return None  # the title words appear inside a sentence, not as the headline line
    return (start, start + len(title))


def _is_anchor(mention: dict) -> bool:
    return (
        mention["type"] in ("DATE", "TIME")
        and bool(mention.get("anchor"))
        and mention.get("value") not in _VAGUE_VALUES
    )


class _Spans:
    """`[start, end)` spans, merged and sorted: whether a position falls in one, by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if end <= start:
                continue
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [span[0] for span in merged]
        self.ends = [span[1] for span in merged]

    def contains(self, position: int) -> bool:
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


class _Within:
    """Annotations (mentions, quantities) found by the span they lie in: `within(start, end)` is
    `[a for a in items if start <= a["start"] and a["end"] <= end]`, in the items' own order, found
    by bisection on their starts."""

    def __init__(self, items: Sequence[dict]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda index: items[index]["start"])
        self.starts = [items[index]["start"] for index in self.order]

    def within(self, start: int, end: int) -> list[dict]:
        found = []
        for position in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            index = self.order[position]
            if self.items[index]["end"] <= end:
                found.append(index)
        found.sort()
        return [self.items[index] for index in found]


def _sentence_units(text: str, noise: list[tuple[int, int]], anchored: list[dict]) -> list[tuple[int, int]]:
    """Sentence spans `[start, end)` of `text`, captions as units of their own, noise left out."""
    breaks = [False] * (len(text) + 1)
    for start, end in noise:
        for i in range(max(0, start), min(len(text), end)):
            breaks[i] = True
    captions = _caption_spans(text, anchored)
    # A caption is cut off from its surroundings: its brackets act as sentence breaks.
    for start, end in captions:
        breaks[start - 1] = True
        breaks[end] = True

    units: list[tuple[int, int]] = []
    start = None
    i = 0
    while i < len(text):
        char = text[i]
        if breaks[i] or char in "\r\n":
            if start is not None:
                units.append((start, i))
            start = None
            i += 1
            continue
        if start is None:
            if char.isspace():
                i += 1
                continue
            start = i
        if char in _SENTENCE_END:
            end = i + 1
            while (
                end < len(text) and not breaks[end] and (text[end] in _SENTENCE_END or text[end] in _CLOSERS)
            ):
                end += 1
            units.append((start, end))
            start = None
            i = end
            continue
        i += 1
    if start is not None:
        units.append((start, len(text)))
    return [(s, _rstrip_position(text, s, e)) for s, e in units if text[s:e].strip()]


def _rstrip_position(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _caption_spans(text: str, anchored: list[dict]) -> list[tuple[int, int]]:
    """Inner spans of bracketed groups that start with a date: photo captions."""
    spans = []
    starts = {m["start"] for m in anchored}
    i = 0
    while i < len(text):
        closer = _OPEN_BRACKETS.get(text[i])
        if closer is None:
            i += 1
            continue
        end = _matching_bracket(text, i)
        if end is None:
            i += 1
            continue
        inner_start = i + 1
        while inner_start < end and text[inner_start].isspace():
            inner_start += 1
        if inner_start in starts and end - inner_start >= 10:
            spans.append((i + 1, end))
            i = end + 1
        else:
            i += 1
    return spans


def _matching_bracket(text: str, open_index: int) -> int | None:
    depth = 0
    for j in range(open_index, min(len(text), open_index + 600)):
        if text[j] in _OPEN_BRACKETS:
            depth += 1
        elif text[j] in ")）":
            depth -= 1
            if depth == 0:
                return j
        elif text[j] in "\r\n":
            return None
    return None


def _clauses(text: str, start: int, end: int, anchored: _Within) -> list[tuple[int, int]]:
    """Split a sentence at ；/; and before a second date that opens a comma clause."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end):
        if text[i] in _CLAUSE_SEPARATORS:
            pieces.append((piece_start, i + 1))
            piece_start = i + 1
    pieces.append((piece_start, end))

    clauses: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        inside = anchored.within(piece_start, piece_end)
        clause_start = piece_start
        seen_date = False
        for mention in inside:
            cut = _governing.clause_cut(text, clause_start, mention["start"]) if seen_date else None
            if cut is not None:
                clauses.append((clause_start, cut))
                clause_start = cut
            seen_date = True
        clauses.append((clause_start, piece_end))
    return [(s, e) for s, e in ((_lstrip(text, s, e), e) for s, e in clauses) if s < e]


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _clause_event(
    doc_id: str,
    text: str,
    start: int,
    end: int,
    time_mentions: _Within,
    anchored: _Within,
    quantities: _Within,
    context: dict | None = None,
) -> dict | None:
    inside = anchored.within(start, end)
    if not inside and context is None:
        return None
    clause = text[start:end]
    if _BYLINE.search(to_simplified(clause)):
        return None
    # A bare part of day in front does not govern a later date (`timeline.governing`); an undated
    # clause is dated by its `context`.
    governing, bare_time = _governing.governing_mention(inside) if inside else (context, None)
    all_inside = time_mentions.within(start, end)
    masked = _masked(clause, start, all_inside)
    if len(_HAN.findall(masked)) < 4:
        return None  # a bare date or heading, nothing happens in it

    time_of_day = (
        None
        if context is not None
        else _time_of(governing) or bare_time or _time_of_adjacent(governing, inside)
    )
    in_clause_at = (governing["start"] - start, governing["end"] - start) if context is None else (0, 0)
    title, shortened = title_of_clause(clause, in_clause_at[0], in_clause_at[1], all_inside, start)
    # The wire dateline (新华社北京2月13日电) names where the story was filed, not where it happened.
    dateline = _DATELINE.match(clause, _skip(clause, 0, _LEADING_JUNK))
    if dateline:
        masked = " " * dateline.end() + masked[dateline.end() :]
    found = find_entities(masked)
    entities = [{"text": e["text"], "type": e["type"]} for e in found]
    in_clause = [dict(q, doc=doc_id) for q in quantities.within(start, end)]
    report = {
        "doc": doc_id,
        "sentence": clause,
        # For display: the original characters minus pinyin a broken converter inserted (產(chǎn)).
        "sentence_display": _without_pinyin(clause),
        "sentence_start": start,
        "text": governing["text"],
        "start": governing["start"],
        "end": governing["end"],
        "value": governing.get("value"),
    }
    if context is not None:
        # Dated by the clause before it (or the publication date when `text` is empty).
        report["dated_by"] = "context"
    event = {
        "date": governing["anchor"],
        "until": governing.get("until") or None,
        "time": time_of_day,
        "title": title,
        "sources": [doc_id],
        "mentions": [report],
        "entities": entities,
        "quantities": in_clause,
        "_compare": to_simplified(masked),
        # Headline choice when reports merge: a whole clause beats a shortened one, longer beats shorter.
        "_title_rank": (shortened, -_han_count(title)),
        "_scene_places": sorted(
            {e["text"] for e in found if e["type"] == "place" and not _OFFICE_AFTER.match(masked, e["end"])}
        ),
    }
    event["id"] = _event_id(event)
    return {key: event[key] for key in _FIELD_ORDER}


_FIELD_ORDER = (
    "id",
    "date",
    "until",
    "time",
    "title",
    "sources",
    "mentions",
    "entities",
    "quantities",
    "_compare",
    "_scene_places",
    "_title_rank",
)


def _masked(clause: str, offset: int, mentions: list[dict]) -> str:
    """The clause with every time expression replaced by a separator, so dates never count as wording."""
    chars = list(clause)
    for mention in mentions:
        for i in range(mention["start"] - offset, mention["end"] - offset):
            if 0 <= i < len(chars):
                chars[i] = " "
    return "".join(chars)


def _time_of(mention: dict) -> str | None:
    value = mention.get("value") or ""
    if "T" not in value:
        return None
    part = value.split("T", 1)[1]
    if re.fullmatch(r"\d{2}:\d{2}", part):
        return part
    if re.fullmatch(r"\d{2}", part):
        return f"{part}:00"
    if part in PARTS_OF_DAY:
        return part
    return None


def _time_of_adjacent(governing: dict, inside: list[dict]) -> str | None:
    """A clock time written right after the date as a separate mention (1月28日 晚8时)."""
    for mention in inside[1:]:
        if mention["start"] - governing["end"] > 1:
            break
        if mention.get("anchor") == governing.get("anchor"):
            found = _time_of(mention)
            if found:
                return found
    return None


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
    spans = sorted(
        {(m["start"] - offset, m["end"] - offset) for m in mentions} | {(mention_start, mention_end)}
    )
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
    dateline = _DATELINE.match(title, position)
    if dateline:
        position = dateline.end()
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
        closing = re.match(r"(?:以来|以來|起|后|後|前|内|內)(?![\u4e00-\u9fff])", title[probe:])
        if closing:
            probe += closing.end()
        # The rest of a time phrase the normalizer left out: 凌晨时分, 零时刚过.
        tail = re.match(r"[\u4e00-\u9fff]{1,2}[,，]", title[probe:])
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
    match = re.match(r"([^,，;；:：。]{4,32})[,，]", title)
    if match and _is_setting(match.group(1)) and _han_count(title[match.end() :]) >= 8:
        return title[_skip(title, match.end(), _LEADING_JUNK) :]
    return title


def _skip_connective(text: str, position: int) -> int:
    """Skip a leading 然而, / 据介绍, / 据某委统计, / 数据显示, that opens the clause."""
    window = prepare(text[position : position + 40])
    match = _CONNECTIVE.match(window.text)
    if not match:
        return position
    return _skip(text, position + window.offsets[match.end()], _LEADING_JUNK)


def _without_pinyin(text: str) -> str:
    """The original characters minus pinyin a broken converter inserted (`產(chǎn)`)."""
    prepared = prepare(text)
    kept = sorted(set(prepared.offsets[:-1]))
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


# --------------------------------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------------------------------


def merge_events(candidates: Iterable[dict], policy: MergePolicy | None = None) -> list[dict]:
    """Join candidate events that report the same happening on the same date; keep every report.

    The model (weighted overlap, aliases, numbers, time of day, vetoes, average linkage inside each
    date bucket) and its knobs (`MergePolicy`) live in `timeline.merge`; large same-day buckets are
    blocked by `_bucket_pairs`. Deterministic: the result does not depend on the order candidates
    come in.
    """
    from timeline.merge import DEFAULT_POLICY, merge_candidates

    return merge_candidates(candidates, policy or DEFAULT_POLICY, blocking=_bucket_pairs)


def _bucket_pairs(bucket: list[int], features: list[dict], grams) -> list[tuple[int, int]]:
    """The pairs `(i, j)` of a same-day bucket (in bucket order) worth scoring.

    Every pair while the bucket is small (up to `BLOCKING_MIN_BUCKET` reports, which covers real
    timelines: the result is then exactly that of scoring all pairs). A larger bucket is blocked:
    each report looks up `BLOCKING_PROBES` of its n-grams in an inverted index (taken evenly from its
    n-grams ordered rarest first, rarity within the bucket: its own rare words and some of the
    topic's), takes from each posting list the `BLOCKING_NEIGHBOURS` reports nearest to it on either
    side, and scores the `BLOCKING_CANDIDATES` of them that share most of those n-grams. Reports of
    one event share their words, so they find each other directly or through a chain; the work per
    report is bounded, so a bucket of thousands of reports stays linear. Identical reports never get
    here (they are compared once, as twins). On the benchmark's buckets of 1,000 to 4,000 reports the
    clusters are those of scoring every pair (`benchmarks/scaling.py`)."""
    if len(bucket) <= BLOCKING_MIN_BUCKET:
        return [(i, j) for position, i in enumerate(bucket) for j in bucket[position + 1 :]]
    sized = [(i, found) for i in bucket if (found := grams(i))]
    frequency: dict[str, int] = {}
    postings: dict[str, list[int]] = {}
    for position, (_, found) in enumerate(sized):
        for gram in found:
            frequency[gram] = frequency.get(gram, 0) + 1
            postings.setdefault(gram, []).append(position)
    found_pairs: set[tuple[int, int]] = set()
    for position, (_, found) in enumerate(sized):
        shared: dict[int, int] = {}
        ranked = sorted(found, key=lambda gram: (frequency[gram], gram))
        step = max(1, len(ranked) // BLOCKING_PROBES)
        for gram in ranked[::step][:BLOCKING_PROBES]:
            posting = postings[gram]
            at = bisect_left(posting, position)
            for other in posting[max(0, at - BLOCKING_NEIGHBOURS) : at + 1 + BLOCKING_NEIGHBOURS]:
                if other != position:
                    shared[other] = shared.get(other, 0) + 1
        best = sorted(shared, key=lambda other: (-shared[other], abs(other - position), other))
        for other in best[:BLOCKING_CANDIDATES]:
            found_pairs.add((min(position, other), max(position, other)))
    return [(sized[a][0], sized[b][0]) for a, b in sorted(found_pairs)]


def build_events(documents: list[dict], policy: MergePolicy | None = None) -> list[dict]:
    """Anchor and merge: the timeline of a set of extracted documents."""
    candidates: list[dict] = []
    for document in documents:
        candidates.extend(document_events(document))
    return merge_events(candidates, policy)


def _candidate_key(event: dict) -> tuple:
    report = event["mentions"][0]
    return (event["date"], event.get("until") or "", report["doc"], report["start"], report["sentence_start"])


def _event_sort_key(event: dict) -> tuple:
    time_of_day = event.get("time") or ""
    clock = _PART_OF_DAY_CLOCK.get(time_of_day, time_of_day)
    return (event["date"], clock, event.get("until") or "", event["id"])


# Common short forms written by some outlets and spelled out by others (simplified script). Long
# forms are rewritten to the short ones so that both spellings share their character n-grams.
_ABBREVIATIONS = (
    ("常务委员会", "常委会"),
    ("世界卫生组织", "世卫组织"),
    ("国家监察委员会", "国家监委"),
    ("人民解放军", "解放军"),
    ("新型冠状病毒感染的肺炎", "新冠肺炎"),
    ("新型冠状病毒肺炎", "新冠肺炎"),
    ("卫生健康委员会", "卫健委"),
    ("中国共产党", "中共"),
    ("总干事", "秘书长"),
)


def _expand_abbreviations(text: str) -> str:
    for long_form, short_form in _ABBREVIATIONS:
        text = text.replace(long_form, short_form)
    return text


def _combine(group: list[dict]) -> dict:
    """One event from the candidates of a cluster (already in sorted order)."""
    reports = sorted(
        (report for item in group for report in item["mentions"]),
        key=lambda r: (r["doc"], r["sentence_start"], r["start"]),
    )
    # The most informative headline among the reports; ties go to the first document, so that the
    # choice never depends on input order.
    representative = min(
        group,
        key=lambda item: (
            tuple(item.get("_title_rank") or (True, 0)),
            item["mentions"][0]["doc"],
            item["mentions"][0]["start"],
        ),
    )
    day_dates = [item["date"] for item in group if not item.get("until")]
    date = min(day_dates) if day_dates else min(item["date"] for item in group)
    untils = [item.get("until") for item in group]
    until = None if any(u is None for u in untils) else max(untils)
    times = [item["time"] for item in group if item.get("time")]
    clock_times = [t for t in times if ":" in t]
    time_of_day = (clock_times or times or [None])[0]

    entities: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for item in group:
        for entity in item["entities"]:
            key = (entity["text"], entity["type"])
            if key not in seen:
                seen.add(key)
                entities.append({"text": entity["text"], "type": entity["type"]})
    quantities = sorted(
        (q for item in group for q in item["quantities"]),
        key=lambda q: (q.get("doc", ""), q["start"], q["end"]),
    )
    event = {
        "date": date,
        "until": until,
        "time": time_of_day,
        "title": representative["title"],
        "sources": sorted({report["doc"] for report in reports}),
        "mentions": reports,
        "entities": entities,
        "quantities": quantities,
    }
    event["id"] = _event_id(event)
    return {key: event[key] for key in _FIELD_ORDER if key in event}


def _event_id(event: dict) -> str:
    """sha1 of date, simplified title and the reports' positions: the same input gives the same id."""
    positions = ";".join(
        f"{report['doc']}:{report['start']}:{report['end']}"
        for report in sorted(event["mentions"], key=lambda r: (r["doc"], r["start"], r["end"]))
    )
    key = "|".join([event["date"], event.get("until") or "", to_simplified(event["title"]), positions])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
