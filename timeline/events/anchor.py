"""Anchoring: cut one extracted document into sentences and clauses, one candidate event per clause
that has a governing date.

Policies, in one place:
- A sentence ends at 。！？!? or a line break; a bracketed photo caption that starts with a date
  (`(2月23日,……摄影报道)`) is its own unit, so its date never dates the paragraph around it.
- A sentence splits into clauses at ；/; and, when it already has a date, at a comma or colon that
  starts a new date: "1月24日分离出毒株;1月26日成立党支部,27日分离一株病毒" gives three events.
- A clause that tells two happenings is cut in pieces (`timeline.events.governing.split_happenings`);
  undated words cut off before a time that opens the next piece, which their context cannot date,
  go with that piece rather than being lost.
- A clause's governing date is its first DATE or TIME mention with an anchor. Durations, sets, null
  anchors and the vague PRESENT_REF/PAST_REF/FUTURE_REF (如今, 目前, 近日) make no events: dating
  commentary ("如今北京疫情趋稳") at the publication date would fill the timeline with opinions.
- Month- and year-precision anchors make events at that precision.
- Which date governs a clause on real pages (datelines and update stamps, 昨午/前晚, a bare part of
  day in front, live-blog stamps, two happenings in one sentence, undated clauses dated by their
  context) is `timeline.events.governing`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from timeline.events import governing as _governing
from timeline.events.entities import find_entities
from timeline.events.titles import (
    _DATELINE,
    _LEADING_JUNK,
    _han_count,
    _skip,
    _without_pinyin,
    title_of_clause,
)
from timeline.extract import reference_for
from timeline.read.headline import clean_headline
from timeline.textprep import to_simplified

PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI")
_VAGUE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

_SENTENCE_END = set("。！？!?")
_CLOSERS = set("”’」』)）】》\"'")
_CLAUSE_SEPARATOR = re.compile("[；;]")
_OPEN_BRACKETS = {"(": ")", "（": "）"}
# Bylines and credits, matched on the simplified clause.
# A byline or a stamp line; not a stamp a scraper glued to the lede (`2015-06-05 09:076月1日晚,…`).
_BYLINE = re.compile(
    r"来源[:：]|通讯员|责任编辑|^\s*\d{4}[-年]\d{1,2}[-月]\d{1,2}日?\s*\d{1,2}:\d{2}(?!\d{1,2}月\d{1,2}[日号])"
    r"|\d{4}-\d{2}-\d{2}\s*$"
)
_HAN = re.compile(r"[\u3400-\u9fff]")
# A place right before an office or a native-place marker describes a person (上海市长应勇, 湖北籍),
# not where the event happens: such places never veto a merge.
_OFFICE_AFTER = re.compile(r"\s*[市省县區区州]?(?:长|長|委|政府|籍|人大|政协|政協|方面)")


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
    # Relative day words the normalizer misses (昨午, 前晚, 21日報道): see `timeline.events.governing`.
    # The day relative words speak from, as the normalizer read them (the report's wire dateline day
    # when the page came out a day or three after it, else the page's date).
    reference = reference_for(document, None)
    mentions = _governing.repair_mentions(text, mentions, reference)
    time_mentions = [m for m in mentions if m["type"] in ("DATE", "TIME")]
    # Dates inside direct speech (“明天早班可以参加的请报名”) count from when it was said, which the
    # normalizer cannot know: they date nothing.
    # A date in a work's title (《2019年政府工作报告》) names the work: it dates nothing either.
    not_own_time = _Spans(_speech_spans(text) + _name_spans(text))
    anchored = [m for m in time_mentions if _is_anchor(m) and not not_own_time.contains(m["start"])]
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
    # happenings splits (`timeline.events.governing`).
    units = _governing.join_stamp_lines(text, _sentence_units(text, noise, anchored), anchored)
    context = _governing.Context(text, reference, anchored)
    for unit_start, unit_end in units:
        context.enter(unit_start, unit_end)
        # An undated clause gives a candidate only by inheriting its context's date, and where the
        # context lends none (above the lead, a line that is no sentence) every piece of it is
        # dropped: such a unit or clause is passed over before it is split, with the same result.
        inherits = context.may_lend()
        if not inherits and not anchored_index.within(unit_start, unit_end):
            continue
        for clause_start, clause_end in _clauses(text, unit_start, unit_end, anchored_index):
            dated = anchored_index.within(clause_start, clause_end)
            if not dated and not inherits:
                continue
            pieces = _governing.split_happenings(text, clause_start, clause_end, dated)
            carried_start = None  # where undated words carried into the next piece begin
            for index, (piece_start, piece_end) in enumerate(pieces):
                if carried_start is not None:
                    piece_start, carried_start = carried_start, None
                inherited = None
                if not anchored_index.within(piece_start, piece_end):
                    inherited = context.mention_for(text[piece_start:piece_end], piece_start)
                    if inherited is None:
                        # Words cut off before a time that opens the next piece, which their context
                        # cannot date, go with that piece (起飛後不久，機組人員發現……，上午7時25分……).
                        following = pieces[index + 1] if index + 1 < len(pieces) else None
                        if following is not None and anchored_index.within(*following):
                            carried_start = piece_start
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
                    # A report's lead tells its story whole: its clause heads a merged event before a
                    # longer clause from further down another report.
                    shortened, length = candidate["_title_rank"]
                    candidate["_title_rank"] = (shortened, bool(candidates), length)
                    candidates.append(candidate)
                    if inherited is None:
                        context.dated(_governing_of(candidate, anchored_index, piece_start, piece_end))
    _mark_document_people(candidates)
    return candidates


def _mark_document_people(candidates: list[dict]) -> None:
    """Give each candidate how many of its document's clauses name each person it names, and how many
    clauses the document has: the merge finds a story's subject from these (`subject_share`). Counted
    here, over the whole document, so that merging date block by date block sees the same counts."""
    named = [{e["text"] for e in candidate["entities"] if e["type"] == "person"} for candidate in candidates]
    counts: dict[str, int] = {}
    for names in named:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    for candidate, names in zip(candidates, named, strict=True):
        candidate["_doc_people"] = {name: counts[name] for name in sorted(names)}
        candidate["_doc_clauses"] = len(candidates)


def _governing_of(candidate: dict, anchored: _Within, start: int, end: int) -> dict | None:
    report = candidate["mentions"][0]
    return next((m for m in anchored.within(start, end) if m["start"] == report["start"]), None)


def _speech_spans(text: str) -> list[tuple[int, int]]:
    """Quotations long enough to be speech rather than a name in quotes (“封城”)."""
    spans = []
    for match in re.finditer(r"[“「]([^“”「」\n]{12,400})[”」]", text):
        spans.append((match.start(), match.end()))
    return spans


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Titles of documents, laws, books and programmes in 《》 (《关于春节期间…的汇报》, 《2019年政府工作报告》):
    a date inside names the work; it is not when the clause's happening took place."""
    return [(match.start(), match.end()) for match in re.finditer(r"《[^《》\n]{1,80}》", text)]


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def _headline_span(text: str, title: str | None) -> tuple[int, int] | None:
    """Where the document's title stands as a line of its own near the top, if it does."""
    title = (title or "").strip()
    if not title:
        return None
    start = text.find(title, 0, 2000)
    if start < 0:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = line_end if line_end >= 0 else len(text)
    before, after = text[line_start:start], text[start + len(title) : line_end]
    if not before.strip() and not after.strip():
        return (start, start + len(title))
    # the headline line with the decorations the title was cut from (`【不斷更新】8縣市明停班課…`,
    # `图文-…`, `… - 中新网`): the whole line is the headline. Not a lede taken as the title for want
    # of one (`【某某新聞】某市中心…發生大火，…。`): its clauses are the report. Otherwise the title words
    # stand inside a sentence.
    if not title.endswith(_SENTENCE_ENDS) and clean_headline(text[line_start:line_end]) == title:
        return (line_start, line_end)
    return None


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


_LINE_BREAK = re.compile(r"[\r\n]")
_NOT_SPACE = re.compile(r"\S")
# A sentence's end: its mark, and the marks and closing quotes or brackets right after it.
_SENTENCE_STOP = re.compile(
    "["
    + re.escape("".join(sorted(_SENTENCE_END)))
    + "]["
    + re.escape("".join(sorted(_SENTENCE_END | _CLOSERS)))
    + "]*"
)


def _sentence_units(text: str, noise: list[tuple[int, int]], anchored: list[dict]) -> list[tuple[int, int]]:
    """Sentence spans `[start, end)` of `text`, captions as units of their own, noise left out.

    Noise, line breaks and a caption's brackets are breaks: no unit crosses one. Between breaks a unit
    starts at its first non-space character and ends after its end mark (with the marks and closers
    right after it), or at the break."""
    breaks = [(max(0, start), min(len(text), end)) for start, end in noise if start < end]
    breaks += [(match.start(), match.end()) for match in _LINE_BREAK.finditer(text)]
    for start, end in _caption_spans(text, anchored):
        # A caption is cut off from its surroundings: its brackets act as sentence breaks.
        breaks += [(start - 1, start), (end, end + 1)]
    breaks.sort()
    runs: list[tuple[int, int]] = []
    position = 0
    for start, end in breaks:
        if start > position:
            runs.append((position, start))
        position = max(position, end)
    if position < len(text):
        runs.append((position, len(text)))

    units: list[tuple[int, int]] = []
    for run_start, run_end in runs:
        position = run_start
        while position < run_end:
            first = _NOT_SPACE.search(text, position, run_end)
            if first is None:
                break
            stop = _SENTENCE_STOP.search(text, first.start(), run_end)
            end = stop.end() if stop else run_end
            units.append((first.start(), end))
            position = end
    return [(s, _rstrip_position(text, s, e)) for s, e in units if text[s:e].strip()]


def _rstrip_position(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_OPENING = re.compile("[" + re.escape("".join(_OPEN_BRACKETS)) + "]")
_BRACKET_OR_BREAK = re.compile(r"[(（)）\r\n]")


def _caption_spans(text: str, anchored: list[dict]) -> list[tuple[int, int]]:
    """Inner spans of bracketed groups that start with a date: photo captions."""
    spans = []
    starts = {m["start"] for m in anchored}
    resume = 0  # brackets inside a caption already taken are part of it
    for opening in _OPENING.finditer(text):
        i = opening.start()
        if i < resume:
            continue
        # A caption's first character starts a date: a bracket whose first character after it
        # starts none opens no caption, and its closing bracket is not looked for.
        first = _NOT_SPACE.search(text, i + 1)
        if first is None or first.start() not in starts:
            continue
        end = _matching_bracket(text, i)
        if end is None:
            continue
        inner_start = _NOT_SPACE.search(text, i + 1, end)
        inner_start = inner_start.start() if inner_start else end
        if inner_start in starts and end - inner_start >= 10:
            spans.append((i + 1, end))
            resume = end + 1
    return spans


def _matching_bracket(text: str, open_index: int) -> int | None:
    depth = 0
    for found in _BRACKET_OR_BREAK.finditer(text, open_index, min(len(text), open_index + 600)):
        char = found.group()
        if char in _OPEN_BRACKETS:
            depth += 1
        elif char in ")）":
            depth -= 1
            if depth == 0:
                return found.start()
        else:
            return None
    return None


def _clauses(text: str, start: int, end: int, anchored: _Within) -> list[tuple[int, int]]:
    """Split a sentence at ；/; and before a second date that opens a comma clause."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for separator in _CLAUSE_SEPARATOR.finditer(text, start, end):
        pieces.append((piece_start, separator.end()))
        piece_start = separator.end()
    pieces.append((piece_start, end))

    clauses: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        inside = anchored.within(piece_start, piece_end)
        clause_start = piece_start
        seen_date = False
        dates_in_clause: list[dict] = []
        for mention in inside:
            if seen_date:
                cut = _governing.clause_cut(text, clause_start, mention["start"])
            else:
                # A tally's 截至 time dates the tally, not the happening told before it without a date
                # (……日前發生山體滑坡，官方稱截至2月9日11時，1人遇難).
                cut = _governing.tally_cut(text, clause_start, mention["start"])
            # A list of times (昨晚7时20分、7时45分和8时，……) is one clause: what comes before the cut
            # holds only dates, so cutting would leave the first time with nothing that happens.
            if cut is not None and _has_words(text, clause_start, cut, dates_in_clause):
                clauses.append((clause_start, cut))
                clause_start = cut
                dates_in_clause = []
            dates_in_clause.append(mention)
            seen_date = True
        clauses.append((clause_start, piece_end))
    return [(s, e) for s, e in ((_lstrip(text, s, e), e) for s, e in clauses) if s < e]


def _has_words(text: str, start: int, end: int, dates: list[dict]) -> bool:
    """Whether text[start:end] holds a Han character outside its time expressions."""
    covered = 0
    for mention in dates:
        covered += len(_HAN.findall(text, max(start, mention["start"]), min(end, mention["end"])))
    return len(_HAN.findall(text, start, end)) > covered


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
    # A bare part of day in front does not govern a later date (`timeline.events.governing`); an undated
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
        # Headline choice when reports merge: a whole clause beats a shortened one, a report's lead
        # beats its later clauses (set by `document_events`), longer beats shorter.
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


def _event_id(event: dict) -> str:
    """sha1 of date, simplified title and the reports' positions: the same input gives the same id."""
    positions = ";".join(
        f"{report['doc']}:{report['start']}:{report['end']}"
        for report in sorted(event["mentions"], key=lambda r: (r["doc"], r["start"], r["end"]))
    )
    key = "|".join([event["date"], event.get("until") or "", to_simplified(event["title"]), positions])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
