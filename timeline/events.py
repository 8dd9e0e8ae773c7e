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
- Merging needs compatible dates (same precision, equal or overlapping ranges), similar wording (character
  bigrams and trigrams of the simplified clause with its time expressions masked out, plus shared
  entities, numbers and clock time) and no disagreement: different people, places, same-kind
  institutions (two different hospitals) or different counts in the same unit veto a merge.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from timeline.entities import find_entities, last_word_boundary
from timeline.textprep import prepare, to_simplified

PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI")
# Where a part of day sorts among clock times.
_PART_OF_DAY_CLOCK = {"MO": "08:00", "MI": "12:00", "AF": "15:00", "EV": "19:00", "NI": "22:00"}
_VAGUE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}

_SENTENCE_END = set("。！？!?")
_CLOSERS = set("”’」』)）】》\"'")
_CLAUSE_SEPARATORS = set("；;")
_COMMA_LIKE = set("，,：:、")
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
_CONNECTIVE = re.compile(r"^(然而|同时|与此同时|此外|另外|其实|其中|据介绍|据了解|据悉)[,，]")
# A short aside in brackets, (左一) or (上生所): dropped from titles.
_PARENTHETICAL = re.compile(r"[(（][^()（）]{1,6}[)）]")
_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "(": ")", "（": "）", "【": "】"}

# Merge scoring. Tuned on tests/data/merge (see benchmarks/merge_eval.py).
MERGE_THRESHOLD = 0.38
SAME_DOCUMENT_EXTRA = 0.25  # one document repeating itself must be closer than two outlets agreeing


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
    mentions = sorted(
        (m for m in document.get("mentions") or [] if not _inside_any(m["start"], noise)),
        key=lambda m: (m["start"], m["end"]),
    )
    time_mentions = [m for m in mentions if m["type"] in ("DATE", "TIME")]
    # Dates inside direct speech (“明天早班可以参加的请报名”) count from when it was said, which the
    # normalizer cannot know: they date nothing.
    speech = _speech_spans(text)
    anchored = [m for m in time_mentions if _is_anchor(m) and not _inside_any(m["start"], speech)]
    quantities = document.get("quantities") or []
    # The headline restates the story (and is often dated by it): its clauses are not reports.
    headline = _headline_span(text, document.get("title"))
    if headline is not None:
        noise.append(headline)

    candidates = []
    for unit_start, unit_end in _sentence_units(text, noise, anchored):
        for clause_start, clause_end in _clauses(text, unit_start, unit_end, anchored):
            candidate = _clause_event(
                doc_id, text, clause_start, clause_end, time_mentions, anchored, quantities
            )
            if candidate is not None:
                candidates.append(candidate)
    return candidates


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


def _inside_any(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


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


def _clauses(text: str, start: int, end: int, anchored: list[dict]) -> list[tuple[int, int]]:
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
        inside = [m for m in anchored if piece_start <= m["start"] and m["end"] <= piece_end]
        clause_start = piece_start
        seen_date = False
        for mention in inside:
            if seen_date and _opens_clause(text, clause_start, mention["start"]):
                clauses.append((clause_start, mention["start"]))
                clause_start = mention["start"]
            seen_date = True
        clauses.append((clause_start, piece_end))
    return [(s, e) for s, e in ((_lstrip(text, s, e), e) for s, e in clauses) if s < e]


def _opens_clause(text: str, clause_start: int, position: int) -> bool:
    j = position - 1
    while j >= clause_start and text[j].isspace():
        j -= 1
    return j >= clause_start and text[j] in _COMMA_LIKE


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _clause_event(
    doc_id: str,
    text: str,
    start: int,
    end: int,
    time_mentions: list[dict],
    anchored: list[dict],
    quantities: list[dict],
) -> dict | None:
    inside = [m for m in anchored if start <= m["start"] and m["end"] <= end]
    if not inside:
        return None
    clause = text[start:end]
    if _BYLINE.search(to_simplified(clause)):
        return None
    governing = inside[0]
    all_inside = [m for m in time_mentions if start <= m["start"] and m["end"] <= end]
    masked = _masked(clause, start, all_inside)
    if len(_HAN.findall(masked)) < 4:
        return None  # a bare date or heading, nothing happens in it

    time_of_day = _time_of(governing) or _time_of_adjacent(governing, inside)
    title = cut_title(clause, governing["start"] - start, governing["end"] - start, all_inside, start)
    entities = [{"text": e["text"], "type": e["type"]} for e in find_entities(masked)]
    in_clause = [dict(q, doc=doc_id) for q in quantities if start <= q["start"] and q["end"] <= end]
    report = {
        "doc": doc_id,
        "sentence": clause,
        "sentence_start": start,
        "text": governing["text"],
        "start": governing["start"],
        "end": governing["end"],
        "value": governing.get("value"),
    }
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
    """A short headline from a clause: no leading time expression, dateline or punctuation, at most
    about `limit` characters, cut at a clause boundary when one is near, brackets and quotes balanced.

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
    # Strip the leading time expression(s), with a leading 在/于/自/从 and trailing 起/以来.
    probe = position
    if probe < len(title) and title[probe] in "在于於自从從" and any(s == probe + 1 for s, _ in spans):
        probe += 1
    stripped_any = False
    for span_start, span_end in spans:
        if span_start == probe or (stripped_any and span_start - probe <= 1 and span_start >= probe):
            probe = span_end
            stripped_any = True
    if stripped_any:
        while probe < len(title) and title[probe] in "起以来來后後前":
            probe += 1
        rest = _skip(title, probe, _LEADING_JUNK)
        # Keep the date when it modifies what follows (2020年初的疫情防控工作……).
        if len(title) - rest >= 6 and title[rest] not in "的之":
            position = _skip_connective(title, rest)
    title = _PARENTHETICAL.sub("", _without_pinyin(title[position:]))
    if len(title) > limit:
        title = _cut_at_boundary(title, limit)
    title = _balance(title).rstrip(_TRAILING_JUNK)
    if not title:
        return clause.strip(_LEADING_JUNK)[:limit]
    return title


def _skip_connective(text: str, position: int) -> int:
    """Skip a leading 然而, / 据介绍, that opens the clause."""
    match = _CONNECTIVE.match(to_simplified(text[position : position + 8]))
    return _skip(text, position + match.end(), _LEADING_JUNK) if match else position


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
        if found:
            return title[: found[-1]]
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


def merge_events(candidates: Iterable[dict]) -> list[dict]:
    """Join candidate events that report the same thing on the same date; keep every report.

    Deterministic: candidates are sorted by date and report position first, so the result does not
    depend on the order they come in.
    """
    items = sorted(candidates, key=_candidate_key)
    features = [_features(item) for item in items]

    # Score every date-compatible pair; the sweep keeps this near-linear for real timelines.
    pairs: list[tuple[float, int, int]] = []
    order = sorted(range(len(items)), key=lambda i: (features[i]["precision"], features[i]["from"], i))
    for position, i in enumerate(order):
        for j in order[position + 1 :]:
            if (
                features[j]["precision"] != features[i]["precision"]
                or features[j]["from"] > features[i]["to"]
            ):
                break
            if _vetoed(features[i], features[j]):
                continue
            score = _similarity(features[i], features[j])
            threshold = MERGE_THRESHOLD
            if features[i]["doc"] == features[j]["doc"]:
                threshold += SAME_DOCUMENT_EXTRA
            if score >= threshold:
                pairs.append((score, min(i, j), max(i, j)))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))

    # Greedy agglomeration, best pairs first; a cluster never takes in a member vetoed by another.
    cluster_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for _, i, j in pairs:
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        if any(_vetoed(features[x], features[y]) for x in members[a] for y in members[b]):
            continue
        keep, gone = min(a, b), max(a, b)
        for member in members[gone]:
            cluster_of[member] = keep
        members[keep].extend(members.pop(gone))

    events = [_combine([items[i] for i in sorted(group)]) for group in members.values()]
    events.sort(key=_event_sort_key)
    return events


def build_events(documents: list[dict]) -> list[dict]:
    """Anchor and merge: the timeline of a set of extracted documents."""
    candidates: list[dict] = []
    for document in documents:
        candidates.extend(document_events(document))
    return merge_events(candidates)


def _candidate_key(event: dict) -> tuple:
    report = event["mentions"][0]
    return (event["date"], event.get("until") or "", report["doc"], report["start"], report["sentence_start"])


def _event_sort_key(event: dict) -> tuple:
    time_of_day = event.get("time") or ""
    clock = _PART_OF_DAY_CLOCK.get(time_of_day, time_of_day)
    return (event["date"], clock, event.get("until") or "", event["id"])


def _features(event: dict) -> dict:
    report = event["mentions"][0]
    compare = event.get("_compare")
    if compare is None:
        compare = to_simplified(report["sentence"])
    date = event["date"]
    return {
        "doc": report["doc"],
        "precision": len(date),
        "from": date,
        "to": max(date, event.get("until") or date) if len(event.get("until") or "") == len(date) else date,
        "grams": _grams(compare),
        "people": {e["text"] for e in event["entities"] if e["type"] == "person"},
        "places": {_place_key(e["text"]) for e in event["entities"] if e["type"] == "place"},
        "orgs": {e["text"] for e in event["entities"] if e["type"] == "org"},
        "numbers": _numbers(event.get("quantities") or []),
        "time": event.get("time"),
    }


def _grams(text: str) -> set[str]:
    """Character bigrams and trigrams within runs of Han characters, letters and digits."""
    grams: set[str] = set()
    for run in re.findall(r"[\u3400-\u9fff0-9A-Za-z]+", text):
        for size in (2, 3):
            grams.update(run[i : i + size] for i in range(len(run) - size + 1))
    return grams


def _place_key(name: str) -> str:
    return name[:-1] if len(name) > 2 and name[-1] in "省市县区" else name


def _numbers(quantities: list[dict]) -> dict[str, list[tuple[float, bool]]]:
    numbers: dict[str, list[tuple[float, bool]]] = {}
    for quantity in quantities:
        value = quantity.get("value")
        unit = quantity.get("unit")
        if value is None or not unit:
            continue
        approximate = bool(quantity.get("approx")) or quantity.get("min") is not None
        numbers.setdefault(unit, []).append((float(value), approximate))
    return numbers


def _numbers_agree(left: list[tuple[float, bool]], right: list[tuple[float, bool]]) -> bool:
    for a, a_approx in left:
        for b, b_approx in right:
            tolerance = 0.1 * max(abs(a), abs(b)) if (a_approx or b_approx) else 0.0
            if abs(a - b) <= tolerance:
                return True
    return False


def _names_agree(left: set[str], right: set[str]) -> bool:
    """Empty on either side says nothing; otherwise some name must match (or contain the other)."""
    if not left or not right:
        return True
    return any(a == b or a in b or b in a for a in left for b in right)


def _vetoed(left: dict, right: dict) -> bool:
    if not _names_agree(left["people"], right["people"]):
        return True
    if not _names_agree(left["places"], right["places"]):
        return True
    # Two different hospitals are two events (火神山 delivered, 雷神山 under construction). Other
    # institutions are left out: their names come out of the tagger in pieces (疫情防控指挥部 for
    # 武汉市新型冠状病毒感染的肺炎疫情防控指挥部), and pieces would veto real matches.
    left_hospitals = {name for name in left["orgs"] if name.endswith("医院")}
    right_hospitals = {name for name in right["orgs"] if name.endswith("医院")}
    if not _names_agree(left_hospitals, right_hospitals):
        return True
    for unit in left["numbers"].keys() & right["numbers"].keys():
        if not _numbers_agree(left["numbers"][unit], right["numbers"][unit]):
            return True
    return False


def _similarity(left: dict, right: dict) -> float:
    a, b = left["grams"], right["grams"]
    if not a or not b:
        return 0.0
    shared = len(a & b)
    dice = 2 * shared / (len(a) + len(b))
    overlap = shared / min(len(a), len(b))
    score = (dice + overlap) / 2
    left_names = left["people"] | left["places"] | left["orgs"]
    right_names = right["people"] | right["places"] | right["orgs"]
    if left_names and right_names:
        score += 0.15 * len(left_names & right_names) / len(left_names | right_names)
    shared_numbers = sum(
        1
        for unit in left["numbers"].keys() & right["numbers"].keys()
        if _numbers_agree(left["numbers"][unit], right["numbers"][unit])
    )
    score += 0.05 * min(shared_numbers, 2)
    if left["time"] and left["time"] == right["time"]:
        score += 0.05
    return score


def _combine(group: list[dict]) -> dict:
    """One event from the candidates of a cluster (already in sorted order)."""
    reports = sorted(
        (report for item in group for report in item["mentions"]),
        key=lambda r: (r["doc"], r["sentence_start"], r["start"]),
    )
    representative = min(group, key=lambda item: (item["mentions"][0]["doc"], item["mentions"][0]["start"]))
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
