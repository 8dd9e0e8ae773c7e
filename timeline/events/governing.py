"""Which date governs a clause: the anchoring rules of real multi-outlet news (issue 9, cause 1).

`timeline.events.document_events` cuts a document into sentences and clauses and dates each clause by
its first anchored time expression. Real pages break that simple rule in a few recurring ways, each
handled here as one small function, each with its corpus in tests/test_governing.py:

- `repair_mentions`: relative day words the normalizer does not read yet keep their day: 前午 and
  前夜 (+ clock, two days before the reference), and a bracketed day more than three days from 今/昨
  (`今日（10月30日）`); 昨午, 昨晨, 前晚, 前日 and `21日報道` are the normalizer's own. A bare day number right after a
  background date of another year (`2015年6月22日交付……21日，社交媒体上流传`) counts in the
  reference's month, not the background's. These belong in `timeline/timex` in the end; they live
  here until the date rules take them over, and step aside for any mention the normalizer gives.
  A happening named by its date after its year (1999年921大地震) is dated to that day. A bare day
  before a part of day or a clock time (`31日晚`, `4日0時至4時30分`) is read, in the reference's
  month or the month before; the sentence's later bare clocks (`其中2時29分`) follow its day. A bare
  clock time after an afternoon or evening one, in its paragraph or opening the next, counts on from
  it (`21時19分……\n\n9時41分` is 21:41).
- `without_stamps`: a dateline or update stamp at the head of a sentence (`央广网成都8月8日消息`,
  `（中央社記者某某台北9日電）`, `【09:15更新】`, `【看中国2017年8月9日讯】`, `据央视新闻21日报道`)
  dates the report, not the happening: it never governs when a later date in its sentence does; nor
  does the day something was told (`萬州區分局28日通報，當日10時許……`).
- `split_happenings`: a sentence with two happenings splits: before a comma clause of another day,
  before a toll after the happening (`……出軌，最少50人死亡`), after a topic phrase that names a
  happening (`對21日發生的……事故，波音公司表示……`), and between an announcement and the happening it
  tells (`在網站發布消息，稱……逝世`).
- `governing_mention`: a bare part of day (`夜裏，`, `晚上`) does not govern a clause whose own day
  comes later in it (`夜裏，台北8日發生……`); it still gives the time of day.
- `join_stamp_lines`: a live-blog line that is only a time stamp (`●5月3日08時15分`) dates the line
  after it.
- `clause_cut`: a comma followed by 截至/截止/至/到 and a date starts a new clause, so
  `……發生地震，截至今凌晨3時已致9人死亡` is two happenings.
- `inherits_date`: a clause without a date of its own that tells a happening (`事發後，國家主席作出
  指示`, `搜救人員已撈起2具遺體`, `女司機已被警方帶回調查`, the undated lead
  `台灣花蓮對出海域發生7.2級地震`) takes the date of the clause before it in
  its paragraph, else the story's date (its first dated lead clause, or the next one when the first
  leads up to it: `台東17日晚間規模6.4地震後，今天下午…`, `自17日晚間起接連地震，18日下午…`; for a
  lead that states a happening outright, the publication date). A bridge that breaks or a road cut
  off (`斷裂`, `中斷`) tells a happening.
- `split_happenings` also cuts before what responders did after the happening in the same sentence
  (`……樓房倒塌，4人被困，救援人員其後救出一對夫婦`): the rescue is its own happening. So are a death
  at a clock that opens its comma clause after the fall or attack before it (`……從頂樓墜落，晚間7點42分
  確認死亡`), a toll at the scene (`……引發火災，現場361人燒燙傷`), an agency's act (`……大地震，最大
  震度7級，日本氣象廳對沿海發布「大海嘯警報」`), a happening of another kind the first set off, told
  with a subject of its own (`……測定為7.6級，輪島市觀測到1.2米以上的海嘯`; a bare `並引發山火`
  stays), and a second act by its own subject at its own clock (`「內政部」凌晨1時成立應變中心，指揮官
  張某某清晨6時召開記者會`). Each needs a happening (or an act) before the cut and a new one after it:
  a comma clause that only carries another time of the same day is not cut. Wording alone cuts too:
  a comma clause opened by a sequence word (`……，隨後…`, `……，此前…`, `……，同時…`) or by a subject of
  its own doing likewise (`……大樓倒塌，某路也有民房倒塌`, `……，省減災委亦啟動…`), or by a time of its
  own after a few words (`……北上，再於7至8點從台南出海`) that tells a happening, when both sides tell
  one; never after a clause that frames the next (`據……測定，`, `事故發生後，`), inside brackets, or
  before a forecast, a plan or a remark (`……，預估明晚…`, `……，原定…`, `……，是今年第3個…`).
- `Context` dates an undated running toll (`已造成至少24人死亡`) or a statement opening its sentence
  (`入境處表示，……`) to the publication day when the day it would inherit is earlier. An undated lead
  that a later sentence tells again with a day before publication (`事故發生在當地時間29日晚間`) takes
  that day instead of the publication day (a page of the morning after); a lead giving a toll does not.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from timeline.numerals import small_int
from timeline.textprep import prepare, to_simplified

_CLOCK = r"(?P<hour>\d{1,2}|[零〇一二两三四五六七八九十]{1,3})[时点:](?:(?P<minute>\d{1,2}|[零〇一二两三四五六七八九十]{1,3})分?)?(?P<approx>许|左右)?"
# 前午 (+ clock): HK and Taiwan papers write 午 for 下午 (昨午, 今午, 昨晨, 前晚, 前日 and a day before
# 报道/电/讯 are the normalizer's own now).
_DAY_NOON = re.compile(rf"(?P<day>前)午(?:{_CLOCK})?")
# 前夜 (+ clock): the night two days before.
_EVENING_BEFORE = re.compile(rf"前(?P<part>夜)(?:间|上)?(?:{_CLOCK})?")
# 今日（10月30日）, 昨(21)日: the day in brackets is what the writer meant.
_BRACKETED_DAY = re.compile(
    r"[今昨前][日天]?\s*[(（]\s*(?:(?P<month>\d{1,2})月)?(?P<dom>\d{1,2})日?\s*[)）]日?"
)
_PARTS = {
    "上午": "MO",
    "早上": "MO",
    "中午": "MI",
    "下午": "AF",
    "傍晚": "EV",
    "晚上": "EV",
    "晚间": "EV",
    "晚": "EV",
    "夜": "NI",
    "深夜": "NI",
    "凌晨": "NI",
}


def _reference_day(reference: str | None) -> dt.date | None:
    if not reference or len(reference) < 10:
        return None
    try:
        return dt.date.fromisoformat(reference[:10])
    except ValueError:
        return None


def _mention(original: str, start: int, end: int, day: dt.date, time_part: str | None) -> dict:
    value = day.isoformat() + (f"T{time_part}" if time_part else "")
    return {
        "text": original[start:end],
        "start": start,
        "end": end,
        "type": "TIME" if time_part else "DATE",
        "value": value,
        "mod": None,
        "anchor": day.isoformat(),
        "until": None,
        "rule": "governing.repair",
    }


def _clock(match: re.Match, afternoon: bool) -> str | None:
    if match.group("hour") is None:
        return None
    hour = small_int(match.group("hour"))
    minute = small_int(match.group("minute")) if match.group("minute") else 0
    if hour is None or minute is None or hour > 24 or minute > 59:
        return None
    if afternoon and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def repair_mentions(text: str, mentions: Sequence[dict], reference: str | None) -> list[dict]:
    """`mentions` with the relative day words the normalizer missed added or corrected (see the module
    docstring). A repaired mention replaces the normalizer's mentions that start inside it."""
    day = _reference_day(reference)
    mentions = list(mentions)
    if day is None:
        return mentions
    mentions = _bare_days_in_reference_month(text, mentions, day)
    mentions = _afternoon_clocks(text, mentions)
    mentions = _midnight_clocks(text, mentions)
    mentions = _bare_day_with_time(text, mentions, day)
    prepared = prepare(text)
    view = prepared.text
    found: list[dict] = []
    for match in _DAY_NOON.finditer(view):
        clock = _clock(match, afternoon=True)
        found.append((match, day - dt.timedelta(days=2), clock or "AF"))
    for match in _EVENING_BEFORE.finditer(view):
        clock = _clock(match, afternoon=match.group("part") == "晚")
        found.append((match, day - dt.timedelta(days=2), clock or _PARTS[match.group("part")]))
    for match in _BRACKETED_DAY.finditer(view):
        month = int(match.group("month")) if match.group("month") else day.month
        try:
            stated = day.replace(month=month, day=int(match.group("dom")))
        except ValueError:
            continue
        if stated > day + dt.timedelta(days=1):
            stated = stated.replace(year=stated.year - 1)
        found.append((match, stated, None))
    repaired = []
    for match, when, time_part in found:
        start, end = prepared.span(match.start(), match.end())
        covering = [m for m in mentions if m["start"] <= start and end <= m["end"]]
        if covering and match.re is _BRACKETED_DAY:
            # 今日（10月30日） read on the 31st: the bracketed day wins over 今日.
            mentions = [_redated(m, when) if m in covering else m for m in mentions]
            continue
        if covering:
            continue  # the normalizer read the whole of it
        if any(m["start"] < start < m["end"] for m in mentions):
            continue  # it sits inside a longer expression
        repaired.append(_mention(text, start, end, when, time_part))
    repaired.extend(_lost_day_words(text, view, prepared, mentions, day))
    repaired.extend(_named_days(text, view, prepared, mentions, day))
    if not repaired:
        return mentions
    spans = [(m["start"], m["end"]) for m in repaired]
    kept = [
        m for m in mentions if not any(s <= m["start"] < e or m["start"] < s < m["end"] for s, e in spans)
    ]
    return _carry_repaired_days(text, sorted(kept + repaired, key=lambda m: (m["start"], m["end"])), day)


def _lost_day_words(text: str, view: str, prepared, mentions: list[dict], day: dt.date) -> list[dict]:
    """A part of day or clock time whose 今/昨 went to another expression (截至今凌晨3時 read as
    至今 + 凌晨3時): it is today's or yesterday's again."""
    found = []
    for mention in mentions:
        if mention.get("type") != "TIME" or not _is_bare_time(mention):
            continue
        view_start = _view_position(prepared, mention["start"])
        if view_start is None or view_start == 0 or view[view_start - 1] not in "今昨":
            continue
        word_start = prepared.span(view_start - 1, view_start)[0]
        if not any(m is not mention and m["start"] <= word_start < m["end"] for m in mentions):
            continue  # the normalizer saw the whole of it; nothing was lost
        offset = -1 if view[view_start - 1] == "昨" else 0
        value = mention.get("value") or ""
        time_part = value.split("T", 1)[1] if "T" in value else None
        found.append(_mention(text, word_start, mention["end"], day + dt.timedelta(days=offset), time_part))
    return found


# A happening named by its date (921大地震, 5·12汶川地震, 7·21暴雨) after the year it happened in.
_NAMED_DAY = re.compile(
    r"(?<![\d.])(?P<month>1[0-2]|[1-9])\s*[·•．.]?\s*(?P<dom>[0-3]\d)(?=\s*[」”\"]?\s*[\u4e00-\u9fff]{0,4}"
    r"(?:大地震|地震|强震|事件|空难|大火|火灾|水灾|暴雨|惨案))"
)


def _named_days(text: str, view: str, prepared, mentions: list[dict], day: dt.date) -> list[dict]:
    """`1999年921大地震`: the name gives the day of the year written before it (1999-09-21). Without
    a year, a name whose day lies within `_NAMED_RECENT_DAYS` before the reference names the story's
    own happening (`在206地震中倒塌` on a page of 11 February 2016); an older day (921大地震 in 2024)
    may be of any year and dates nothing."""
    found = []
    for match in _NAMED_DAY.finditer(view):
        start, end = prepared.span(match.start(), match.end())
        if any(m["start"] < end and start < m["end"] for m in mentions):
            continue
        year = next(
            (
                m
                for m in reversed(mentions)
                if m["end"] <= start and start - m["end"] <= 4 and len(m.get("anchor") or "") == 4
            ),
            None,
        )
        month, dom = int(match.group("month")), int(match.group("dom"))
        # A name without its year is of this year or, early in January, of the year before (1231地震).
        years = [int(year["anchor"])] if year else [day.year, day.year - 1]
        when = None
        for candidate in years:
            try:
                named = dt.date(candidate, month, dom)
            except ValueError:
                continue
            if year is not None or 0 <= (day - named).days <= _NAMED_RECENT_DAYS:
                when = named
                break
        if when is None:
            continue
        found.append(_mention(text, start, end, when, None))
    return found


_NAMED_RECENT_DAYS = 14


def _view_position(prepared, original: int) -> int | None:
    for index, position in enumerate(prepared.offsets):
        if position == original:
            return index
        if position > original:
            return None
    return None


def _carry_repaired_days(text: str, mentions: list[dict], day: dt.date) -> list[dict]:
    """Bare times after a repaired day (昨午……下午2時19分突然急降) belong to that day: the
    normalizer, not knowing 昨午, counted them from the reference."""
    carried = []
    current: dict | None = None
    for mention in mentions:
        if mention.get("rule") == "governing.repair":
            current = mention
        elif current is not None and "\n" in text[current["end"] : mention["start"]]:
            current = None
        if (
            current is not None
            and mention is not current
            and mention.get("type") == "TIME"
            and _is_bare_time(mention)
            and mention.get("anchor") == day.isoformat()
            and current["anchor"] != day.isoformat()
        ):
            mention = _redated(mention, dt.date.fromisoformat(current["anchor"]))
        elif (
            current is not None
            and mention is not current
            and _DAY_WORD.search(to_simplified(mention["text"]))
        ):
            current = None  # a day of its own: what follows counts from it
        carried.append(mention)
    return carried


def _redated(mention: dict, day: dt.date) -> dict:
    anchor = mention.get("anchor") or ""
    if len(anchor) != 10 or anchor == day.isoformat():
        return mention
    value = mention.get("value") or ""
    rest = value[10:] if value.startswith(anchor) else ""
    return dict(mention, anchor=day.isoformat(), value=day.isoformat() + rest, rule="governing.bracketed_day")


_PART_WORD = re.compile(r"上午|下午|中午|午|晚|早|晨|凌晨|夜|傍晚|清晨|[AaPp]\.?[Mm]")
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


# A bare day number before a part of day or a clock time (31日晚, 4日0時至4時30分) that the
# normalizer left out: the day of the reference's month (of the month before, when it is to come).
_BARE_DAY_TIME = re.compile(
    r"(?<![\d月年至到~～—－\-./])(?P<dom>\d{1,2})\s*日\s*"
    r"(?=(?P<part>凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|晚间|晚間|深夜|晚|夜)|\d{1,2}\s*[时時点點:：])"
)


def _day_of_month_before(day: dt.date, dom: int) -> dt.date | None:
    """Day `dom` of `day`'s month, or of the month before when that has not come (31日 read on the
    1st); None when neither month has it."""
    try:
        stated = day.replace(day=dom)
        if stated <= day + dt.timedelta(days=1):
            return stated
    except ValueError:
        pass
    previous = day.replace(day=1) - dt.timedelta(days=1)
    try:
        return previous.replace(day=dom)
    except ValueError:
        return None


def _bare_day_with_time(text: str, mentions: list[dict], day: dt.date) -> list[dict]:
    added = []
    fixed = list(mentions)
    for match in _BARE_DAY_TIME.finditer(text):
        if any(m["start"] <= match.start() < m["end"] for m in mentions):
            continue  # the normalizer read it
        stated = _day_of_month_before(day, int(match.group("dom")))
        if stated is None:
            continue
        following = next((m for m in mentions if m["start"] == match.end()), None)
        if following is not None:
            if following.get("type") == "TIME" and _is_bare_time(following):
                # The clock times after it in the sentence (其中2時29分) are of that day too.
                end = _sentence_end(text, following["end"])
                later = {
                    id(m)
                    for m in mentions
                    if following["end"] <= m["start"] < end
                    and m.get("type") == "TIME"
                    and _is_bare_time(m)
                    and m.get("anchor") == following.get("anchor")
                }
                fixed = [_redated(m, stated) if m is following or id(m) in later else m for m in fixed]
            continue
        part = match.group("part")
        if part:
            end = match.end() + len(part)
            if any(match.start() < m["start"] < end for m in mentions):
                continue
            added.append(
                _mention(
                    text,
                    match.start(),
                    end,
                    stated,
                    {**_PARTS, "早晨": "MO", "清晨": "MO"}[to_simplified(part)],
                )
            )
    return sorted(fixed + added, key=lambda m: (m["start"], m["end"]))


def _same_or_next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether `start` is in the paragraph of `end`, or opens the paragraph right after it (a live
    report's next entry: `21時19分……發生地震。\n\n9時41分，又發生餘震`)."""
    between = text[end:start]
    if "\n" not in between:
        return True
    return not between[between.index("\n") :].strip()


def _afternoon_clocks(text: str, mentions: list[dict]) -> list[dict]:
    """A bare clock time after an afternoon one in the same paragraph (or opening the next one)
    counts on from it: 下午1點15分起飛……2點15分飛越藤縣 is 14:15, not 02:15."""
    fixed = []
    previous: tuple[str, int, int] | None = None  # (day, hour, end)
    for mention in mentions:
        match = _CLOCK_VALUE.match(mention.get("value") or "")
        if mention.get("type") == "TIME" and match:
            day, hour = match.group(1), int(match.group(2))
            bare = not _PART_WORD.search(to_simplified(mention["text"]))
            if (
                bare
                and hour < 12
                and previous is not None
                and previous[0] == day
                and previous[1] >= 12
                and 0 <= hour + 12 - previous[1] <= 6
                and _same_or_next_paragraph(text, previous[2], mention["start"])
            ):
                hour += 12
                value = f"{day}T{hour:02d}:{match.group(3)}"
                mention = dict(mention, value=value, rule="governing.afternoon_clock")
            previous = (day, hour, mention["end"])
        fixed.append(mention)
    return fixed


# An evening or night with twelve o'clock (深夜近12時, 晚上12點, 昨夜12時許): the night's midnight.
_NIGHT_WORD = re.compile(r"[晚夜]")
_SMALL_HOURS = re.compile(r"午夜|凌晨")  # the normalizer reads these as 00:00 already


def _midnight_clocks(text: str, mentions: list[dict]) -> list[dict]:
    """Twelve o'clock in an evening or the night (昨天深夜近12時) is that day's midnight, its 24:00,
    not noon: the normalizer reads the clock as 12:00. And a midnight told after an evening clock of
    the day before, in its paragraph or opening the next (星期四晚八時半……\n\n午夜十二時左右), ends
    that evening's day (24:00) rather than opening the next day."""
    fixed = []
    previous: tuple[str, int, int] | None = None  # (day, hour, end) of the last clock time
    for mention in mentions:
        match = _CLOCK_VALUE.match(mention.get("value") or "")
        if mention.get("type") == "TIME" and match:
            written = to_simplified(mention.get("text") or "")
            day, hour, minute = match.group(1), int(match.group(2)), match.group(3)
            if (
                hour == 12
                and minute == "00"
                and _NIGHT_WORD.search(written)
                and not _SMALL_HOURS.search(written)
            ):
                mention = dict(mention, value=f"{day}T24:00", rule="governing.midnight_clock")
                hour = 24
            elif (
                hour == 0
                and minute == "00"
                and "午夜" in written
                and previous is not None
                and previous[1] >= 18
                and (dt.date.fromisoformat(day) - dt.date.fromisoformat(previous[0])).days == 1
                and _same_or_next_paragraph(text, previous[2], mention["start"])
            ):
                day, hour = previous[0], 24
                mention = dict(mention, value=f"{day}T24:00", anchor=day, rule="governing.midnight_clock")
            previous = (day, hour, mention["end"])
        fixed.append(mention)
    return fixed


_BARE_DAY = re.compile(r"\d{1,2}\s*[日号]")


def _bare_days_in_reference_month(text: str, mentions: list[dict], day: dt.date) -> list[dict]:
    """A bare day number (21日) that the context rule sent to a background date of another year is a
    day of the reference's month when that day has come."""
    fixed = []
    for mention in mentions:
        anchor = mention.get("anchor") or ""
        if (
            mention.get("type") == "DATE"
            and len(anchor) == 10
            and _BARE_DAY.fullmatch(to_simplified(mention["text"]).strip())
            and (day - dt.date.fromisoformat(anchor)).days > 300
        ):
            dom = int(re.match(r"\d+", mention["text"].strip()).group())
            if dom <= day.day:
                moved = day.replace(day=dom).isoformat()
                mention = dict(mention, anchor=moved, value=moved, rule="governing.reference_month")
        fixed.append(mention)
    return fixed


# What follows a date in a wire credit or an update stamp.
_STAMP_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,6}[)）])?\s*(?:[电讯]|消息|报道|报导|更新|发布|首发)")
_STAMP_HEAD_LIMIT = 32
# A stamp in digits with its clock, as a page prints its time of publication (2015-06-05 09:07); a
# scraper may glue the lede to it (`2015-06-05 09:076月1日晚,…`): the page's time, never the
# happening's, nor the words of an event's title (`timeline.events.titles`).
PAGE_STAMP = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d\d(?::\d\d)?")
# The day something was told, in front of what it tells (萬州區分局28日通報，當日10時許……): like a
# stamp, it gives way to a later date in the sentence.
_TOLD_AFTER = re.compile(r"\s*(?:通报|发布|宣布|表示|证实|透露|指出)(?:称)?\s*[,，:：]")


def without_stamps(text: str, anchored: Sequence[dict]) -> list[dict]:
    """`anchored` minus the dateline and update stamps at the head of a sentence, and the days
    something was told (28日通報，), that are followed by another date in the same sentence (that date
    is the happening's)."""

    def since(index: int) -> bool:
        end = anchored[index]["end"]
        return _SINCE_TALLY.match(to_simplified(text[end : end + 20])) is not None

    kept = []
    for index, mention in enumerate(anchored):
        if _is_stamp(text, mention) or _TOLD_AFTER.match(
            to_simplified(text[mention["end"] : mention["end"] + 8])
        ):
            sentence_end = _sentence_end(text, mention["end"])
            later = []  # the mentions after it in its sentence (they come in text order)
            for following in range(index + 1, len(anchored)):
                if anchored[following]["start"] >= sentence_end:
                    break
                later.append(following)
            # the day it was told stays when what follows counts since an earlier day
            if later and not all(since(i) for i in later):
                continue
        if since(index):
            # 29日凌晨發布消息稱，28日強震後已監測到12次餘震: a count since the quake, taken when it was told
            sentence_start = _sentence_start(text, mention["start"])
            if any(sentence_start <= other["start"] for other in kept):
                continue
        kept.append(mention)
    return kept


# A count since a happening (28日強震後已監測到12次餘震, 自1日地震以來累計…): the date is the count's start.
_SINCE_TALLY = re.compile(r"[^,，。；]{0,8}?(?:之?后|以来)[,，]?\s*(?:已|共|累计|总共|至今已|迄今已)")


_SENTENCE_STOPS = "。！？!?\n"


def _sentence_end(text: str, position: int) -> int:
    found = [i for i in (text.find(c, position) for c in _SENTENCE_STOPS) if i >= 0]
    return min(found) if found else len(text)


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(c, 0, position) for c in _SENTENCE_STOPS) + 1


def _is_stamp(text: str, mention: dict) -> bool:
    line_start = _sentence_start(text, mention["start"])
    head = text[line_start : mention["start"]]
    if len(head) > _STAMP_HEAD_LIMIT:
        return False
    after = to_simplified(text[mention["end"] : mention["end"] + 12])
    if _STAMP_AFTER.match(after):
        return True
    if not head.strip() and PAGE_STAMP.fullmatch(mention["text"]):
        return True  # a page's stamp opening the line, the lede glued to it (`2015-06-05 09:076月1日晚,…`)
    # 【09:15更新】, 【看中国2017年8月9日讯】: a bracketed stamp that opens the line.
    simplified_head = to_simplified(head)
    return bool(re.fullmatch(r"\s*[【\[(（][^】\]()（）]{0,20}", simplified_head)) and bool(
        re.match(r"[^】\]()（）]{0,8}[】\])）]", after)
    )


_SETTING = re.compile(r"(?:前夕|期间|期間|之际|之際|前后|前後)$")
_DAY_WORD = re.compile(r"[日号月年天周]|星期|礼拜|[昨今前明]")


def governing_mention(inside: Sequence[dict]) -> tuple[dict, str | None]:
    """The mention that dates a clause (its anchored mentions in text order), and the time of day a
    bare part of day in front gives it when the date comes later (`夜裏，台北8日發生` → 8日, NI)."""
    first = inside[0]
    # A month or year in front (上月底離世的金庸週一下午設靈), or a season or festival setting the
    # scene (清明前夕，……昨晨發生地震), is background to the day that follows.
    if len(inside) > 1 and (len(first.get("anchor") or "") < 10 or _SETTING.search(first["text"])):
        later = next((m for m in inside[1:] if len(m.get("anchor") or "") == 10), None)
        if later is not None:
            return later, None
    if len(inside) > 1 and _is_bare_time(first):
        for later in inside[1:]:
            # Only a day can take a clock: a year after it (凌晨5时左右戒严令解除，是1980年以来首次) is a
            # comparison with the past, not the clause's date.
            if len(later.get("anchor") or "") != 10:
                continue
            if _DAY_WORD.search(to_simplified(later["text"])) and later.get("anchor") != first.get("anchor"):
                value = first.get("value") or ""
                return later, value.split("T", 1)[1] if "T" in value else None
    return first, None


def _is_bare_time(mention: dict) -> bool:
    """A part of day or clock time without a day of its own (夜里, 晚上, 凌晨3时)."""
    return "T" in (mention.get("value") or "") and not _DAY_WORD.search(to_simplified(mention["text"]))


_JUNK = " \t\u3000●■▲◆★·•*-—–~…、,，.。:：;；|【】[]()（）"


def _masked_unit(text: str, start: int, end: int, inside: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with the spans `inside` blanked."""
    rest = list(text[start:end])
    for s, e in inside:
        for i in range(s - start, min(e, end) - start):
            rest[i] = " "
    return "".join(rest)


def join_stamp_lines(
    text: str, units: Sequence[tuple[int, int]], anchored: Sequence[dict]
) -> list[tuple[int, int]]:
    """Sentence units with each live-blog time stamp line (`●5月3日08時15分` alone) joined to the
    undated unit on the line after it."""
    starts = sorted((m["start"], m["end"]) for m in anchored)
    positions = [s for s, _ in starts]

    def within(begin: int, finish: int) -> list[tuple[int, int]]:
        # the mentions starting in [begin, finish), found by bisection: a long document has many
        return starts[bisect.bisect_left(positions, begin) : bisect.bisect_left(positions, finish)]

    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(units):
        start, end = units[index]
        if index + 1 < len(units):
            inside = within(start, end)
            following = units[index + 1]
            # Only a unit with a date can be a stamp line: the others are not masked and read.
            is_stamp_line = (
                bool(inside)
                and not _masked_unit(text, start, end, inside).strip(_JUNK)
                and "\n" in text[end : following[0]]
                and not within(following[0], following[1])
            )
            if is_stamp_line:
                joined.append((start, following[1]))
                index += 2
                continue
        joined.append((start, end))
        index += 1
    return joined


_UNTIL_WORDS = ("截至", "截止", "截止到", "直至", "至", "到")


def _skippable(char: str) -> bool:
    """Space, or an invisible format character (zero-width, bidi controls) between a comma and a date."""
    return char.isspace() or unicodedata.category(char) == "Cf"


def clause_cut(text: str, clause_start: int, position: int) -> int | None:
    """Where a new clause starts when the date at `position` opens one: at the date, right after a
    comma, colon or list comma; or at the 截至/截止/至/到 after a comma in front of it (……發生地震，
    截至今凌晨3時已致9人死亡). None when the date does not open a clause."""
    j = position - 1
    while j >= clause_start and _skippable(text[j]):
        j -= 1
    if j >= clause_start and text[j] in "，,：:、":
        return position
    before = to_simplified(text[max(clause_start, j - 3) : j + 1])
    for word in sorted(_UNTIL_WORDS, key=len, reverse=True):
        if before.endswith(word):
            k = j - len(word)
            while k >= clause_start and _skippable(text[k]):
                k -= 1
            if k >= clause_start and text[k] in "，,":
                return k + 1
            return None
    return None


def tally_cut(text: str, clause_start: int, position: int) -> int | None:
    """Where a tally opened by 截至/截止 and the date at `position` starts, when the comma clause
    it opens follows words telling a happening without a date (……日前發生山體滑坡，官方稱截至2月9日
    11時，1人遇難): the tally's time does not date the happening. None otherwise."""
    comma = max(text.rfind(c, clause_start, position) for c in "，,")
    if comma < 0:
        return None
    # 截至 before the date, or read by the normalizer as part of it (截至2月9日11時)
    if not _TALLY_OPENS.match(to_simplified(text[comma + 1 : position + 2])):
        return None
    if not _HAPPENED.search(to_simplified(text[clause_start:comma])):
        return None
    return comma + 1


_TALLY_OPENS = re.compile(r"^[^,，。]{0,8}(?:截至|截止)")


# A contest's, a court's or a vote's result: a happening as much as a quake is (simplified script).
_RESULT = (
    r"击败|击退|击溃|战胜|力挫|胜出|获胜|取胜|夺冠|夺金|摘金|封后|封王|称后|称王|卫冕|夺得|摘得|"
    r"宣判|判处|判决|裁定|驳回|当选|胜选|败选|就任|就职|宣誓|辞职|下台"
)

# Verbs that tell a happening, not a comment (simplified script).
_HAPPENING = re.compile(
    r"发生|坠毁|坠落|失事|失联|出事|撞|砸|倒塌|坍塌|崩塌|塌陷|爆炸|起火|死亡|遇难|罹难|身亡|丧生|丧命|受伤|"
    r"逝世|辞世|离世|去世|病逝|与世长辞|宣布|宣告|指示|下令|派|致电|致唁|唁电|慰问|停飞|停驶|停运|停航|"
    r"停课|停班|关闭|封闭|疏散|撤离|启动|发出|发布|警报|救出|获救|寻获|找到|发现|被困|抵达|赶赴|展开|"
    r"地震|余震|海啸|造成|导致|致\d|断裂|断开|中断|塌下|塌落|停电|登陆|出海|生还|不治|失联|失去联系|"
    # recoveries, arrests and police findings (已撈起2具遺體, 女司机已被警方控制, 警方调查后证实)
    r"打捞|捞起|捞出|捞获|逮捕|被捕|拘捕|拘留|控制|带回|带走|侦讯|通报|证实|确认|核实|出轨|脱轨|坠江|坠入|枪击|中枪|"
    # attacks, falls, injuries, damage, apologies, posts and centres set up (他先在租屋處縱火, 疑犯其後從約6樓高處墮下,
    # 現場361人燒燙傷, 大火已燒毀約200棟建築, 局長向民眾致歉, 賴清德發文,
    # 已在警察局本部成立反恐應變中心)
    r"纵火|放火|丢掷|投掷|坠楼|堕楼|堕下|跳下|成立|烧烫伤|烧伤|烫伤|重伤|轻伤|烧毁|致歉|发文|" + _RESULT
    # results of a contest, a court or a vote (直落两盘击败维基奇夺金, 法院判处, 当选总统)
)


# Commentary that opens with a demonstrative or a summing-up (这是全国首个……, 经过艰苦努力，……).
_COMMENT = re.compile(r"(?:这|此|那)(?:也|亦|更|将|已)?(?:是|为|意味)|经过|随着|总体|总的来看|可见|显然")


# Happenings a lead states outright (simplified script).
_NEWS = re.compile(
    r"发生|坠毁|坠落|失事|失联|出事|爆炸|起火|倒塌|坍塌|塌陷|死亡|遇难|罹难|身亡|丧生|逝世|辞世|离世|"
    r"去世|病逝|与世长辞|地震|余震|海啸|撞|出轨|脱轨|坠江|坠河|坠海|枪击|中枪|遇袭|" + _RESULT
)


def inherits_date(clause: str) -> bool:
    """Whether an undated clause tells a happening, and so takes the date of its context."""
    simplified = to_simplified(clause)
    if _SIX_HAN.match(simplified) is None:
        return False
    # A quotation is what someone said, not what happened; a short quoted word is a name
    # (「維冠大樓」倒塌, 「海葵」登陸), as Hong Kong and Taiwan outlets mark them.
    quotes = list(_QUOTED.finditer(simplified))
    quoted = sum(len(match.group()) for match in quotes)
    opens_quote = bool(quotes) and simplified[: quotes[0].start()].strip() == ""
    if opens_quote or quoted > 0.6 * len(simplified):
        return False
    if _COMMENT.match(simplified.lstrip()):
        return False
    return bool(_HAPPENING.search(simplified))


# A toll in a few characters (最少3死50傷, 2死6傷, 36人死亡): a lead giving one is of its publication day.
_SHORT_TOLL = re.compile(
    r"[\d一二两三四五六七八九十百千万]+\s*(?:多|余)?\s*(?:人|名)?\s*(?:死|伤|遇难|罹难|身亡|丧生|失踪|失联|获救|受困|被困)"
)


def _han_at_least(count: int) -> re.Pattern:
    """Matches at the start of a text holding at least `count` Han characters; the match stops at
    the last one needed instead of counting them all."""
    return re.compile(rf"(?:[^\u3400-\u9fff]*[\u3400-\u9fff]){{{count}}}")


_SIX_HAN = _han_at_least(6)  # an undated clause shorter than this tells no happening
_QUOTED = re.compile(r"[“「][^“”「」]{7,}[”」]?")
_LEAD_HAN = 20  # the lead is the first paragraph this long (shorter ones above it are subtitles)
_SENTENCE_HAN = 10  # a shorter "sentence" is a heading or a link
_LEAD_LONG = _han_at_least(_LEAD_HAN)
_SENTENCE_LONG = _han_at_least(_SENTENCE_HAN)
_SENTENCE_END = re.compile(r"[。！？!?][”’」』)）】》\"']*\s*$")
_RESTATED_DAYS = 2  # how many days before publication a restated happening may lie
# A sentence that says when the happening took place (事發在周三凌晨, 事故發生於昨晚, 事发时).
_WHEN_IT_HAPPENED = re.compile(r"事[发故](?:发生)?(?:在|于|时|当|是)|发生(?:在|于)")
_INHERIT_WINDOW = (-7, 1)  # days around publication a context date may lie in, to be inherited


# A clause that leads up to the news (…地震後，; 自17日晚間起…; 繼17日…之後): its date is the
# background of the story, not the story's own.
_LEADS_UP_AFTER = re.compile(r"^[^,，。；;！!？?]{0,40}?(?:之?[后後]|以[来來]|起)[^,，。；;]{0,6}[,，]")
_LEADS_UP_BEFORE = re.compile(r"(?:[继繼]|[自从從])\s*$")


def _leads_up(text: str, mention: dict) -> bool:
    """Whether `mention` dates a clause that leads up to the next one (its background)."""
    before = text[max(0, mention["start"] - 3) : mention["start"]]
    written = mention.get("text") or ""
    after = text[mention["end"] : mention["end"] + 60]
    if re.match(r"^[自从從]", written) and written.endswith("起"):
        before, after = before + written[0], "起" + after  # 自17日晚間9時許起 read as one mention
    return bool(_LEADS_UP_AFTER.match(after)) or bool(
        _LEADS_UP_BEFORE.search(before) and re.match(r"^[^,，。]{0,40}?(?:起|之?[后後])", after)
    )


# A toll as it stands when told (已造成至少24人死亡, 死亡人數增至4人, 又確認4人死亡) and a statement that
# opens its sentence (入境處表示，……): undated, they are of the publication day.
_RUNNING_TOLL = re.compile(
    r"(?:已|又|累计|共)(?:造成|致|导致|确认)?\s*(?:至少|最少|逾)?\s*[\d一二三四五六七八九十百千万]+\s*(?:多)?\s*(?:人|名)\s*"
    r"(?:死|遇难|罹难|身亡|丧生|受伤|伤)|(?:增至|升至|增加至|上升至)\s*[\d一二三四五六七八九十百千万]+\s*(?:人|名)"
)
_STATEMENT_OPENS = re.compile(r"^\s*[^,，。“”「」]{2,12}?(?:表示|指出|透露|称|说)\s*[,，:：]")


class Context:
    """Where an undated clause takes its date from, as `document_events` walks a document's
    sentence units in order: the day-precision date of the last dated clause of its paragraph, else
    the story's date (the first date of the lead, the first paragraph of `_LEAD_HAN` characters or
    more), else the publication date. Nothing above the lead (subtitles) inherits, and a context
    date far from publication (1999年 background) is never inherited."""

    def __init__(self, text: str, published: str | None, anchored: Sequence[dict] = ()) -> None:
        self.text = text
        self.published = _reference_day(published)
        self.anchored = sorted(anchored, key=lambda m: m["start"])  # where a restated happening is looked for
        self.anchored_starts = [m["start"] for m in self.anchored]
        self.previous_end = 0
        self.paragraph_source: dict | None = None
        self.story_source: dict | None = None
        self.story_background = False  # the story's date so far is of a clause leading up to it
        self.paragraph_long = False
        self.in_lead = False
        self.lead_seen = False
        self.in_sentence = False

    def enter(self, start: int, end: int) -> None:
        """A sentence unit `[start, end)` begins."""
        if start == 0 or "\n" in self.text[self.previous_end : start]:
            line_end = self.text.find("\n", start)
            line = self.text[start : line_end if line_end >= 0 else len(self.text)]
            self.paragraph_long = _LEAD_LONG.match(line) is not None
            self.paragraph_source = None
            self.in_lead = not self.lead_seen and self.paragraph_long
            self.lead_seen = self.lead_seen or self.in_lead
        self.previous_end = end
        # Only a sentence inherits: a line without its full stop, or a short one (地震晃到地裂?), is a
        # heading, a caption or a link.
        unit = self.text[start:end]
        self.in_sentence = bool(_SENTENCE_END.search(unit)) and _SENTENCE_LONG.match(unit) is not None

    def dated(self, mention: dict | None) -> None:
        """A clause of the current paragraph was dated by `mention`."""
        if mention is None or len(mention.get("anchor") or "") != 10 or not self._near(mention):
            return
        self.paragraph_source = mention
        if self.in_lead and (self.story_source is None or self.story_background):
            # A lead that opens on what came before (台東17日晚間規模6.4地震後，今天下午…;
            # 自17日晚間起接連地震，18日下午…) tells its story on the date after it.
            self.story_source = mention
            self.story_background = _leads_up(self.text, mention)

    def _near(self, mention: dict) -> bool:
        if self.published is None:
            return True
        days = (dt.date.fromisoformat(mention["anchor"]) - self.published).days
        return _INHERIT_WINDOW[0] <= days <= _INHERIT_WINDOW[1]

    def may_lend(self) -> bool:
        """Whether an undated clause of the current sentence unit may take a date: when not,
        `mention_for` gives None for every clause of it (the state it reads changes only in `enter`)."""
        return self.lead_seen and self.in_sentence

    def mention_for(self, clause: str, position: int) -> dict | None:
        """The mention an undated clause at `position` is dated by, or None when it dates nothing."""
        if not self.may_lend() or not inherits_date(clause):
            return None  # headlines and subtitles above the lead, and lines that are no sentence
        source = self.paragraph_source or self.story_source
        if source is not None and self._told_at_publication(clause, source):
            return self._published_mention(position)
        if source is not None:
            return dict(source, inherited=True)
        # The publication date only for the news itself: an undated lead that tells a happening
        # outright (台灣花蓮對出海域發生7.2級地震), not a feature's opening (党中央高度重视……).
        if self.published is None or not self.in_lead or not _NEWS.search(to_simplified(clause)):
            return None
        # The lead told the news without a date: a later sentence that tells the happening again with
        # a day before publication (事故發生在當地時間29日晚間; 事發在周三凌晨) dates it, as a page of the
        # morning after is written. Else the news is of the publication day. Either is the story's
        # date, and the undated happenings told after it (已启动一级响应, 8支救援队正赶往现场) are of
        # that day too, as they would be under a dated lead.
        restated = self._restated(clause, position)
        self.story_source = restated or self._published_mention(position)
        return dict(self.story_source, inherited=True)

    def _restated(self, clause: str, position: int) -> dict | None:
        """The first later mention, a day or two before publication, of a sentence that tells the
        undated lead `clause`'s happening again: both tell one kind of happening, or the later one
        says when it took place (事發, 事故發生在). Not for a lead giving a toll or a statement, which
        are of the publication day."""
        lead = to_simplified(clause)
        if self.published is None or _STATEMENT_OPENS.match(lead):
            return None
        if _RUNNING_TOLL.search(lead) or _SHORT_TOLL.search(lead):
            return None  # a toll (23輛車陷落，36人死亡) is counted as of publication
        lead_kinds = {match.group() for match in _HAPPENED.finditer(lead)}
        start = bisect.bisect_right(self.anchored_starts, position)
        for mention in self.anchored[start:]:
            anchor = mention.get("anchor") or ""
            if len(anchor) != 10 or _is_stamp(self.text, mention):
                continue
            days = (self.published - dt.date.fromisoformat(anchor)).days
            if not 1 <= days <= _RESTATED_DAYS:
                continue
            begin = _sentence_start(self.text, mention["start"])
            sentence = to_simplified(self.text[begin : _sentence_end(self.text, mention["end"])])
            kinds = {match.group() for match in _HAPPENED.finditer(sentence)}
            if kinds & lead_kinds or _WHEN_IT_HAPPENED.search(sentence):
                return dict(mention, inherited=True)
        return None

    def _told_at_publication(self, clause: str, source: dict) -> bool:
        """Whether an undated clause tells the state at publication, not the context's day: a running
        toll (能登地区地震已造成至少24人死亡) or a statement opening its own sentence (入境處表示，……),
        on a page published after the day it would inherit."""
        if self.published is None or source["anchor"] >= self.published.isoformat():
            return False
        simplified = to_simplified(clause)
        return bool(_RUNNING_TOLL.search(simplified) or _STATEMENT_OPENS.match(simplified))

    def _published_mention(self, position: int) -> dict:
        assert self.published is not None
        return {
            "text": "",
            "start": position,
            "end": position,
            "type": "DATE",
            "value": self.published.isoformat(),
            "mod": None,
            "anchor": self.published.isoformat(),
            "until": None,
            "inherited": True,
        }


# A toll after the happening it follows (……發生地震，至少造成9死): its own happening.
_TOLL_AFTER = re.compile(
    r"[,，]\s*(?=(?:至今|至少|最少|已|并|共|截至[^,，]{0,12})?\s*(?:已)?(?:造成|致|导致|酿成)"
    r"|(?:目前|至今|现场|当场)?\s*(?:至少|最少|已|共|逾)?\s*[\d一二三四五六七八九十百千万]+\s*(?:多)?\s*(?:人|名)?\s*"
    r"(?:死|遇难|罹难|身亡|丧生|命危|受伤|伤|烧烫伤|烧伤|烫伤|重伤|轻伤|失踪|失联|失去联系)"
    # the people aboard or of a group, and their fate a few words on (……墜毀，機上181人中只有2人獲救;
    # ……撞上圍牆，機上179人遇難; ……，另1人送醫後不治), not a fear (……，恐造成數千人罹難)
    r"|(?![^,，。]{0,6}?(?:恐|可能|或将|预计|估计|料将|担心))[^,，。；;、“”「」\d]{0,6}?(?:至少|最少|已|共|逾|仅|只有)?\s*[\d〇零一二两三四五六七八九十廿卅百千万]+\s*(?:多|余)?\s*"
    r"(?:人|名)[^,，。；;]{0,12}?(?:死|遇难|罹难|身亡|丧生|获救|生还|受伤|失踪|失联|失去联系|不治))"
)
_HAPPENED = re.compile(
    r"发生|坠毁|失事|地震|强震|爆炸|起火|倒塌|出轨|脱轨|坠江|坠入|相撞|撞上|中枪|枪击|遇袭|滑坡|塌方|坍塌|泥石流|山崩"
)


# A death at its own clock time after the happening that led to it (……從誠品南西店頂樓墜落，晚間7點42分
# 確認死亡; ……墜落，送往醫院，7點48分急救無效): the death is its own happening. The clock must open
# the comma clause, and a happening must come before it: a bare change of time is not enough.
_FATAL_BEFORE = re.compile(
    _HAPPENED.pattern + r"|坠落|坠楼|堕下|堕楼|跳下|跳楼|纵火|放火|砍伤|刺伤|刺死|遇袭|送医|送院"
)
_CLOCK_OPENS = re.compile(r"^[,，]\s*(?:已|并|随后|其后|之后|后|最后|终)?\s*(?:于|在)?\s*$")
_DEATH_AFTER = re.compile(r"^[^,，。；;]{0,12}?(?:死亡|不治|身亡|急救无效|抢救无效|遇难|罹难|丧生|毙命)")


def _death_at_clock(text: str, start: int, end: int, anchored: Sequence[dict]) -> set[int]:
    """Cuts before a comma clause that a clock time opens and that tells a death, after a happening."""
    cuts: set[int] = set()
    for mention in anchored:
        if mention.get("start", 0) <= start or "T" not in str(mention.get("value") or ""):
            continue
        comma = max(text.rfind(c, start, mention["start"]) for c in "，,")
        if comma < 0:
            continue
        lead_in = to_simplified(text[comma : mention["start"]])
        if not _CLOCK_OPENS.match(lead_in):
            continue
        if not _DEATH_AFTER.match(to_simplified(text[mention["end"] : end])):
            continue
        if _FATAL_BEFORE.search(to_simplified(text[start:comma])):
            cuts.add(comma + 1)
    return cuts


# An agency's act after the happening (……發生7.6級大地震，最大震度7級，日本氣象廳對沿海發布「大海嘯警報」)
# and a happening of another kind it set off (……地震初步測定為7.6級，輪島市觀測到1.2米以上的海嘯): each is
# its own happening.
_AGENCY_ACT = re.compile(
    r"[,，]\s*(?=[^,，。“”「」]{0,10}?(?:厅|署|局|部|中心|政府|当局|委员会)[^,，。]{0,4}?(?:一度|随即|随后|立即|已|也)?"
    r"\s*(?:对|向|在|于)?[^,，。]{0,20}?(?:发布|发出|宣布|启动|下令))"
)
# Damage told after a quake, at a place of its own (……發生規模6.4地震，台南多棟樓房傾斜倒塌): the
# collapse is another happening. Damage with no place of its own (，多处房屋倒塌) stays with the quake:
# cut off, it would meet every other quake's 多处房屋倒塌 of the day.
_DAMAGE_AFTER_QUAKE = re.compile(
    r"[,，]\s*(?!并|且|造成|导致|致|使|多|部分|大量|不少|一些|数|许多|大批|房屋|民房|建筑|楼房|当地|震区|灾区)"
    r"(?=[^,，。]{2,16}?(?:倒塌|倾斜|坍塌|塌下|塌落|断裂|损毁))"
)
_QUAKE_BEFORE = re.compile(r"(?:发生|录得|测定)[^,，。]{0,16}?(?:地震|强震)")
_SET_OFF = re.compile(
    r"[,，]\s*(?!并|且|从而|进而)(?=[^,，。]{0,16}?(?:观测到|出现|引发|引起|发生)[^,，。]{0,12}?(?:海啸|火灾|大火|山火|山崩|土石流|泥石流|爆炸))"
)


# A second act at a clock of its own, by a subject of its own, after an act at another clock
# ("內政部"凌晨1時成立災害應變中心，指揮官張家祝清晨6時召開記者會): two happenings. Only a subject, a clock
# and an act verb: a comma clause that merely carries another time of the day stays.
_SUBJECT_BEFORE_CLOCK = re.compile(r"^[,，]\s*[^,，。、“”「」\d]{2,10}$")
_ACT_AFTER_CLOCK = re.compile(
    r"^[^,，。]{0,4}?(?:召开|举行|宣布|发布|成立|抵达|到达|赶到|赶抵|前往|视察|主持)"
)


def _act_at_clock(text: str, start: int, end: int, anchored: Sequence[dict]) -> set[int]:
    cuts: set[int] = set()
    clocks = [m for m in anchored if "T" in str(m.get("value") or "") and m.get("start", 0) >= start]
    for before, mention in zip(clocks, clocks[1:], strict=False):
        if before["value"] == mention["value"]:
            continue
        comma = max(text.rfind(c, before["end"], mention["start"]) for c in "，,")
        if comma < 0:
            continue
        if not _SUBJECT_BEFORE_CLOCK.match(to_simplified(text[comma : mention["start"]])):
            continue
        if not _ACT_AFTER_CLOCK.match(to_simplified(text[mention["end"] : end])):
            continue
        if _ACT_AFTER_CLOCK.match(to_simplified(text[before["end"] : comma])):
            cuts.add(comma + 1)
    return cuts


# What responders did after the happening, told in the same sentence (……樓房倒塌，4人被困，救援人員其後
# 救出一對夫婦): a rescue, a find or an arrest is its own happening.
_FOLLOW_UP = re.compile(
    r"[,，]\s*(?=(?:其后|随后|之后|稍后|后来)?\s*(?:消防(?:员|队员|人员|队)?|救援人员|救难人员|搜救人员|救援队|搜救队"
    r"|警方|警员|警察|当局)(?:[^,，。]{0,2})(?:其后|随后|之后|稍后|先后|在|将|把|已|于|找到|救出|寻获))"
)
_RESCUE = re.compile(r"救出|救起|获救|寻获|找到|送医|送院|逮捕|拘捕|带走|抓获")


# A happening named as the topic of what follows (對21日發生的客機墜毀事故，波音公司表示……): the
# topic reports the happening, the rest is another one (a statement).
_TOPIC_BEFORE = re.compile(r"(?:^|[,，:：])\s*(?:对|就|针对|对于)\s*$")
_TOPIC_NOUN = re.compile(r"的[^,，。]{0,40}?(?:事故|事件|地震|空难|坠机|爆炸|灾难|意外|惨剧|枪击案|案)\s*$")


def _topic_end(text: str, start: int, end: int, mention: dict) -> int | None:
    """Where a topic phrase around `mention` (对<date>发生的<happening>，) ends, or None."""
    if not start <= mention["start"] < end:
        return None
    before = to_simplified(text[max(start, mention["start"] - 6) : mention["start"]])
    if not _TOPIC_BEFORE.search(before):
        return None
    comma = min((i for i in (text.find(c, mention["end"], end) for c in "，,") if i >= 0), default=-1)
    if comma < 0 or comma - mention["end"] > 48:
        return None
    if not _TOPIC_NOUN.search(to_simplified(text[mention["end"] : comma])):
        return None
    return comma + 1


# An announcement and the happening it tells (在網站發布消息，稱創辦人逝世): the time is the
# announcement's. A statement that tells no happening (發出新聞稿，稱高度關切) stays whole.
# So is a call (消防局11時33分接到報案，稱某百貨疑似發生爆炸): the call is the responders' happening.
_TELLING = re.compile(
    r"(?:(?:发布|发出|发表|公布|贴出)了?(?:消息|声明|公告|通告|讣告|新闻稿|帖文)|(?:接到|接获|收到)(?:报案|报警|通报|求救))"
    r"[^,，。]{0,6}[,，]\s*(?=称|指|表示|说|宣布|证实)"
)


# Where the happening changes inside one sentence, told by its wording alone (simplified script): a
# comma clause that a sequence word opens (……宣布戒嚴，隨後國會……; ……，此前……; ……，與此同時……), and a
# comma clause whose own subject does the same again or likewise (……維冠大樓倒塌，歸仁區某路也有大樓倒塌;
# ……啟動三級應急響應，國家減災委亦啟動四級響應; ……，當地再錄得一次3.3級餘震). Each side must tell a
# happening or hold a date of its own (`_tells_something`), or the cut is not made. A sequence word
# after a subject (國會通過決議，尹錫悅隨後宣布解除) is left whole: cutting there too lowered tune's
# precision (0.862 -> 0.856), it mostly tells the next step of one happening.
_SEQUENCE_OPENS = re.compile(
    r"[,，]\s*(?=与此同时|同时|此后|之后|此前|事后|在此之前|随后|随即|其后|稍后|接着|然后|后来|旋即|继而)"
)
_PARALLEL_OPENS = re.compile(
    r"[,，]\s*(?=[^,，。、；;：:\d]{2,12}?(?:也|亦|同样|又|再)(?!是|为|不|没|未|称|说|表示))"
)
_WORDING_OPENS = (_SEQUENCE_OPENS, _PARALLEL_OPENS)


# A comma clause that only remarks on the one before (……，是今年第3個登陸的颱風; ……，這是2011年後首次;
# ……，為1954年建站以來最高).
_REMARK_OPENS = re.compile(r"^[,，\s]*(?:这|此|那)?(?:也|亦|更|还|则)?(?:是|为|乃|系|属)")


def _tells_something(text: str, start: int, end: int, anchored: Sequence[dict]) -> bool:
    """Whether text[start:end] is a clause of its own: it tells a happening, or it holds a date and
    six Han characters besides. A time that opens the sentence (9時41分，當地再錄得……) is not one:
    it belongs to the clause after it."""
    if _REMARK_OPENS.match(to_simplified(text[start:end])):
        return False
    if inherits_date(text[start:end]):
        return True
    dates = [m for m in anchored if start <= m.get("start", -1) < end]
    if not dates:
        return False
    masked = list(text[start:end])
    for mention in dates:
        for i in range(mention["start"] - start, min(end, mention["end"]) - start):
            masked[i] = " "
    return _SIX_HAN.match("".join(masked)) is not None


# A comma (or colon) clause that a time of its own opens after a few words (……沿海岸線北上，再於7至8點
# 從台南出海; ……決定折返，上午7時25分重新降落; ……會商研判：颱風「某某」已於15時30分登陸): the time
# changes, so does the happening. Not a forecast or a plan
# (……，預估明晚脫離暴風圈; ……起飛，原定8時30分降落) nor a part of what came before (其中2時29分……).
_TIME_LEAD_IN = re.compile(r"^[,，:：]\s*[^,，。、；;：:]{0,12}$")
_NOT_OWN_TIME = re.compile(
    r"预计|预估|预报|预测|预料|预定|预期|原定|原计划|原本|计划|将|可能|最快|最慢|有望|其中"
)
_FORECAST_AFTER = re.compile(r"^\s*(?:就|便|才|还)?(?:会|将|可能|可望|有望|预计)")
# A clause that frames what follows, not a happening of its own: a source (據中國地震台網正式測定，;
# 氣象局的紀錄顯示，; 某某通報，), or a lead-in (事故發生後，; 青海地震之前，; 由於地震持續不斷，).
_FRAME_END = re.compile(
    r"(?:表示|说|说明|指出|称|证实|通报|发布|公布|宣布|显示|测定|报道|报导|报告|了解到|获悉|透露|消息|指|提到|强调|"
    r"认为|介绍|引述|证实死讯|监测|资料|数据|记录|发现|之?[后前]|时|之际|以来|起|期间|影响|不断)\s*[,，:：]\s*$"
)
_FRAME_START = re.compile(r"^\s*(?:据|根据|综合|由于|因为|随着)")


def _in_brackets(text: str, start: int, position: int) -> bool:
    """Whether `position` lies inside a bracket opened after `start` (當地時間8日下午6時23分，台灣時間9日……)."""
    depth = 0
    for char in text[start:position]:
        if char in "(（":
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
    return depth > 0


def _frames(clause: str) -> bool:
    """Whether a comma clause frames the one after it (a source, a cause, what it follows)."""
    simplified = to_simplified(clause)
    return bool(_FRAME_END.search(simplified) or _FRAME_START.match(simplified))


def _new_time_cuts(text: str, start: int, end: int, anchored: Sequence[dict]) -> set[int]:
    """Cuts before a comma clause opened by a time (a few words before it at most) other than the
    time before it in the clause."""
    # `anchored` comes in text order; each mention's fields are read only as far as a cut needs them
    # (a document of thousands of dated clauses stays cheap: tests/test_hostile_second_pass.py).
    cuts: set[int] = set()
    previous: dict | None = None
    for mention in anchored:
        begin = mention["start"]
        if not start <= begin < end:
            continue
        floor = previous["end"] if previous is not None else start
        comma = max(text.rfind(c, floor, begin) for c in "，,：:")
        same_time = previous is not None and comma >= 0 and mention.get("value") == previous.get("value")
        previous = mention
        # A background year (李娜在2008年……, 忆述当年……) opens no happening of the story.
        if comma < 0 or same_time or len(mention.get("anchor") or "") != 10:
            continue
        if _in_brackets(text, start, comma):
            continue
        lead_in = to_simplified(text[comma:begin])
        after = to_simplified(text[mention["end"] : mention["end"] + 6])
        if (
            _TIME_LEAD_IN.match(lead_in)
            and not _NOT_OWN_TIME.search(lead_in)
            and not _FORECAST_AFTER.match(after)
        ):
            cuts.add(comma + 1)
    return cuts


def _wording_cuts(text: str, start: int, end: int, anchored: Sequence[dict], fixed: set[int]) -> set[int]:
    """Cuts where a sequence word or a parallel subject opens a comma clause, each kept only when the
    pieces on either side (between it and its neighbouring cuts) both tell something."""
    simplified = to_simplified(text[start:end])
    time_cuts = _new_time_cuts(text, start, end, anchored)
    found = sorted(
        {start + match.end() for pattern in _WORDING_OPENS for match in pattern.finditer(simplified)}
        | time_cuts
    )
    kept: set[int] = set()
    for cut in found:
        bounds = sorted(fixed | kept | {start, end})
        before = max(b for b in bounds if b < cut)
        after = min(b for b in bounds if b > cut)
        if _frames(text[before:cut]):
            continue
        if _tells_something(text, before, cut, anchored) and _tells_something(text, cut, after, anchored):
            # A clause a new time opens must tell a happening with a verb of its own: 人員清晨6時全部到位
            # only carries another time of the same one.
            if cut in time_cuts and not inherits_date(text[cut:after]):
                continue
            kept.add(cut)
    return kept


def split_happenings(text: str, start: int, end: int, anchored: Sequence[dict]) -> list[tuple[int, int]]:
    """A clause cut where a second happening starts: before a comma clause with a date of another
    day (……昨晚發生強震，氣象局長今天接受訪問時表示), before a toll that follows the
    happening (……發生地震，至少造成9死、1011伤), a death at its own clock, an agency's act, a
    happening set off, a rescue, and a second act at its own clock (see the module's notes)."""
    cuts: set[int] = set()
    if anchored:
        first = anchored[0].get("anchor")
        for mention in anchored[1:]:
            anchor = mention.get("anchor") or ""
            if len(anchor) != 10 or anchor == first or mention.get("start", 0) <= start:
                continue
            comma = max(text.rfind(c, start, mention["start"]) for c in "，,")
            # not inside brackets: (當地時間8日下午6時23分，台灣時間9日早上7時23分) is one time twice
            remark = _REMARK_OPENS.match(to_simplified(text[comma + 1 : mention["start"]]))
            if comma > anchored[0]["end"] and not _in_brackets(text, start, comma) and not remark:
                cuts.add(comma + 1)
            first = anchor
    cuts |= _death_at_clock(text, start, end, anchored)
    cuts |= _act_at_clock(text, start, end, anchored)
    for mention in anchored:
        topic = _topic_end(text, start, end, mention)
        if topic is not None:
            cuts.add(topic)
    simplified = to_simplified(text[start:end])
    telling = _TELLING.search(simplified)
    if telling is not None and _NEWS.search(simplified[telling.end() :]):
        cuts.add(start + telling.end())
    if _HAPPENED.search(simplified):
        for match in _TOLL_AFTER.finditer(simplified):
            if _HAPPENED.search(simplified, 0, match.start()):
                cuts.add(start + match.end())
                break
        for pattern in (_AGENCY_ACT, _SET_OFF):
            for match in pattern.finditer(simplified):
                if _HAPPENED.search(simplified, 0, match.start()):
                    cuts.add(start + match.end())
        for match in _DAMAGE_AFTER_QUAKE.finditer(simplified):
            if _QUAKE_BEFORE.search(simplified, 0, match.start()):
                cuts.add(start + match.end())
                break
        for match in _FOLLOW_UP.finditer(simplified):
            if _HAPPENED.search(simplified, 0, match.start()) and _RESCUE.search(simplified[match.end() :]):
                cuts.add(start + match.end())
                break
    cuts = {c for c in cuts if start < c < end}
    cuts |= _wording_cuts(text, start, end, anchored, cuts)
    bounds = [start, *sorted(cuts), end]
    pieces = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            pieces.append((a, b))
    return pieces
