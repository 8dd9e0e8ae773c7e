"""Find time expressions: scan with the rules, join adjacent pieces, resolve, report mentions.

One pass of the combined rule scanner over the prepared text finds pieces; adjacent pieces are
joined into expressions (a date and its clock time, the two ends of a range, a year and a festival),
prefixes and suffixes are applied (截至, 自…以来, 前后, 初, 下旬), and the resolver turns each
expression, in text order, into a calendar value while keeping the context for what follows.

Everything here is linear in the length of the text: the scan skips the rest of a number it cannot
start an expression at (no expression starts inside a number), range ends are joined without recursion
(a range has two ends), and whether a position is inside a quotation is counted on from the previous
expression rather than from the paragraph start.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, fields, replace

from timeline.textprep import Prepared
from timeline.timex import calendar_cn
from timeline.timex.piece import Piece
from timeline.timex.resolver import (
    Reference,
    Resolver,
    add_months,
    lunar_date_computer,
    lunar_month_end,
    shift_date,
    solar_term_computer,
    valid_date,
)
from timeline.timex.rules import LAST_FESTIVAL, PART_OF_DAY, TRIGGER, produce, rules_starting_with

# Text between two pieces that still lets them form one expression.
_JOIN_DATE_TIME = re.compile(r"(?:的|\s{0,2})")
_JOIN_WEEKDAY = re.compile(r"[\s,(（]{0,2}")
_RANGE_SEPARATOR = re.compile(r"\s{0,2}(?:至|到|~|～|—{1,2}|－|–|-)\s{0,2}")
_PREFIX = re.compile(r"(?:截至|截止到|截止|直到|自从|自|从|打从|由|始于)\s?$")
_SUFFIX = re.compile(
    r"(?P<s>以来|以後|以后|之后|以前|之前|前夕|前后|左右|许|起(?![床来飞草诉身义步色])|开始|期间|假期|长假|前一天|后一天|"
    r"前一日|后一日|当天|当日|当晚|初|底|末|上旬|中旬|下旬|中下旬|上中旬|前(?![线方面进行往去来提])|后(?![来续方勤面期者果]))"
)
_GLOSS = re.compile(r"[(（]")
_BETWEEN = re.compile(r"\s?(?:和|与|跟)\s?")
_JOIN_DURATION = re.compile(r"又|零|\s?")
_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MIN>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?"
)
_SINGLE_POD = re.compile(r"([早晚夜])(?![已就在些点于先期了饭餐会报班市宵间里上场景色空以年日前后到至\d])")
# 将 marks the future before a verb or a time (将于, 将在, 将举行); before a noun it marks the object
# (工作人员将月饼送到…) and says nothing of time; 将近 is "nearly".
_WILL = (
    r"即将|将(?=于|在|会|要|从|自|由|是|可|能|继续|进行|举行|举办|召开|开|启|推|实施|发布|迎|达|持续|成为|出|上|有|"
    r"再|不|正式|陆续|首次|全面|统一|同步|另|分|每|到|至|对|向|为|\d|[一二三四五六七八九十今明本下])"
)
_FUTURE = re.compile(rf"{_WILL}|计划|预计|拟|准备|(?<![规制约])定于|届时|有望|下个?月|下周|明年|今后|未来")
# after the expression: 将 right after it, or after a short subject (周三到周四，…將迎來降雨 is not)
_FUTURE_AFTER = re.compile(
    rf"[起前后]?(?:{_WILL}|拟|计划|预计|准备)|[^。！？!?；;，,\n]{{1,8}}?(?:{_WILL}|预计|可望|有望)"
)
_CLAUSE_BREAK = re.compile(r"[。！？!?；;\n,，“”「」:：]")

_PART_MODS = {
    "初": "START",
    "上旬": "START",
    "中旬": "MID",
    "底": "END",
    "末": "END",
    "下旬": "END",
    "中下旬": "END",
    "上中旬": "START",
}
_APPROX_SUFFIXES = {"前后", "左右", "许"}


@dataclass
class Expression:
    """Joined pieces: one date part, an optional clock part, an optional range end."""

    start: int
    end: int
    date: Piece | None
    time: Piece | None
    other: Piece | None = None  # duration, set, reference word
    range_end: Expression | None = None
    prefix: str | None = None
    suffix: str | None = None
    weekday: Piece | None = None
    gloss: Piece | None = None
    pieces: list[Piece] = field(default_factory=list)


# Characters of one number: Arabic digits, and Chinese numerals. A time expression never starts in the
# middle of a number (`13月1日` holds no `3月1日`, `十三月一日` no `三月一日`, `9999年` no `999年`).
_DIGIT_RUN = re.compile(r"\d+")
_CHINESE_NUMERALS = "零〇○一二两三四五六七八九十廿卅百千万亿"
_CHINESE_NUMERAL_RUN = re.compile(f"[{_CHINESE_NUMERALS}]+")
# 一二, 二三, ... 八九: two neighbouring numerals, "the first or the second"
_NEIGHBOURS = {a + b for a, b in zip("一二三四五六七八", "二三四五六七八九", strict=True)}


def _number_run(text: str, position: int) -> re.Pattern | None:
    """The pattern of the number run `text[position]` continues (the character before it is of the same
    kind), or None when a number does not continue there.

    Two neighbouring numerals on their own are two numbers (七八月份, 三四月间, 一二季度: "seventh or
    eighth"), so the second may start an expression."""
    if position == 0:
        return None
    char, before = text[position], text[position - 1]
    if char.isascii() and char.isdigit():
        return _DIGIT_RUN if before.isascii() and before.isdigit() else None
    if char in _CHINESE_NUMERALS and before in _CHINESE_NUMERALS:
        if before + char in _NEIGHBOURS and (position < 2 or text[position - 2] not in _CHINESE_NUMERALS):
            return None
        return _CHINESE_NUMERAL_RUN
    return None


def scan(text: str) -> list[Piece]:
    """All pieces in text order, without overlaps (at one position the first rule in order wins).

    No piece starts inside a number, except right where the previous piece ended (`五一` + `三天`,
    `星期一` + `三点`): the rest of a number run is skipped in one step, which also keeps long runs of
    digits linear."""
    pieces: list[Piece] = []
    position = 0
    length = len(text)
    last_end = 0
    while position < length:
        trigger = TRIGGER.search(text, position)
        if trigger is None:
            break
        start = trigger.start()
        if start != last_end:
            run = _number_run(text, start)
            if run is not None:
                position = run.match(text, start).end()
                continue
        candidates, scanner = rules_starting_with(text[start])
        match = scanner.match(text, start)
        if match is None:
            position = start + 1
            continue
        piece = produce(candidates[match.lastindex - 1], text, start)
        if piece is None:
            # The first matching rule declined (an unsigned 雨水, an empty 年): try the later ones here.
            for index in candidates[match.lastindex :]:
                piece = produce(index, text, start)
                if piece is not None:
                    break
        if piece is None:
            position = start + 1
            continue
        pieces.append(piece)
        position = max(piece.end, start + 1)
        last_end = piece.end
    return pieces


def _merge_dates(first: Piece, second: Piece) -> Piece | None:
    """Two date pieces that name one date together (去年 + 11月, 庚子年 + 春节), else None."""
    merged = replace(first)
    for f in fields(Piece):
        if f.name in ("start", "end", "rule", "kind", "grain", "anaphoric", "weak", "mod"):
            continue
        ours, theirs = getattr(first, f.name), getattr(second, f.name)
        if theirs in (None, False):
            continue
        if ours not in (None, False) and ours != theirs:
            return None
        setattr(merged, f.name, theirs)
    # the finer piece sets the grain; a year piece followed by a month or day piece
    order = ["decade", "year", "half", "season", "quarter", "month", "week", "weekend", "day"]
    merged.grain = max(first.grain, second.grain, key=lambda g: order.index(g) if g in order else 0)
    if second.festival or second.solar_term or second.lunar_month:
        merged.grain = "day"
    merged.anaphoric = first.anaphoric and second.anaphoric
    merged.start, merged.end = first.start, second.end
    merged.rule = f"{first.rule} + {second.rule}"
    return merged


def _can_follow(first: Piece, second: Piece) -> bool:
    """Whether `second` refines `first` (a year then a month; not a day then a year)."""
    if first.day is not None or first.day_shift is not None or first.festival or first.solar_term:
        return False
    if first.lunar_month is not None or first.weekday is not None or first.shift is not None:
        return False
    if first.grain in ("month",) and second.grain in ("year", "month", "quarter", "half", "season"):
        return False
    if first.grain == "year" and (second.year is not None or second.year_shift is not None):
        return False
    if second.year is not None or second.year_shift is not None or second.lunar_year_names:
        return False
    if first.grain == "week" and second.weekday is None:
        return False
    if second.span is not None and second.span[0] in ("past", "next"):
        return False  # 过去十年 counts from the reference, never inside a written year
    return True


def join(text: str, pieces: list[Piece]) -> list[Expression]:
    expressions: list[Expression] = []
    index = 0
    while index < len(pieces):
        expression, index = _join_one(text, pieces, index)
        if expression is not None:
            expressions.append(expression)
    return expressions


def _gap(text: str, left: Piece | Expression, right: Piece, pattern: re.Pattern) -> bool:
    return left.end <= right.start and pattern.fullmatch(text, left.end, right.start) is not None


def _join_one(
    text: str, pieces: list[Piece], index: int, range_allowed: bool = True
) -> tuple[Expression | None, int]:
    """The expression starting at `pieces[index]`, and the index of the first piece after it.

    `range_allowed` is False for the end of a range: a range has two ends, so `A至B至C` is the range
    `A至B` and then `C` (and a chain of a thousand never recurses more than once)."""
    piece = pieces[index]
    index += 1
    if piece.kind == "void":
        return None, index
    if piece.kind == "duration":
        # 8天20小时, 一年又一个月21天: adjacent durations of different units add up
        while (
            index < len(pieces)
            and pieces[index].kind == "duration"
            and _gap(text, piece, pieces[index], _JOIN_DURATION)
        ):
            total = _add_durations(piece.value, pieces[index].value)
            if total is None:
                break
            following = pieces[index]
            piece = replace(
                piece, end=following.end, value=total, mod=following.mod, range_min=None, range_max=None
            )
            index += 1
        return Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece]), index
    if piece.kind == "ref":
        return Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece]), index
    if piece.kind == "set":
        expression = Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece])
        while (
            index < len(pieces)
            and _gap(text, expression, pieces[index], _JOIN_DATE_TIME)
            and pieces[index].kind in ("time", "date")
        ):
            following = pieces[index]
            if following.kind == "date" and following.festival is None and following.weekday is None:
                break
            if following.kind == "time":
                expression.time = following
            else:
                expression.date = following
            expression.end = following.end
            expression.pieces.append(following)
            index += 1
        return expression, index

    date = piece if piece.kind == "date" else None
    time = piece if piece.kind == "time" else None
    expression = Expression(piece.start, piece.end, date, time, pieces=[piece])
    # dates that refine each other: 2020年 + 除夕, 去年 + 11月, 甲辰年 + 正月初八
    while date is not None and time is None and index < len(pieces):
        following = pieces[index]
        if following.kind != "date" or not _gap(text, expression, following, _JOIN_DATE_TIME):
            break
        if not _can_follow(date, following):
            break
        merged = _merge_dates(date, following)
        if merged is None:
            break
        date = merged
        expression.date = date
        expression.end = following.end
        expression.pieces.append(following)
        index += 1
    # a weekday glossing a date: 10月12号,星期一 / 2月28日(周五)
    if date is not None and index < len(pieces):
        following = pieces[index]
        if (
            following.kind == "date"
            and following.weekday is not None
            and following.week_shift is None
            and date.weekday is None
            and _gap(text, expression, following, _JOIN_WEEKDAY)
        ):
            expression.weekday = following
            expression.end = following.end
            if text.startswith((")", "）"), expression.end):  # never past the end of the text
                expression.end += 1
            expression.pieces.append(following)
            index += 1
    # a Gregorian gloss of a lunar date: 腊月二十八(2月6日)
    if date is not None and (date.lunar_month or date.festival) and index < len(pieces):
        following = pieces[index]
        if (
            following.kind == "date"
            and following.month
            and following.day
            and _GLOSS.fullmatch(text, expression.end, following.start)
            and text.startswith((")", "）"), following.end)
        ):
            expression.gloss = following
            expression.end = following.end + 1
            expression.pieces.append(following)
            index += 1
    # the clock time of a date: 1月28日晚8时, 次日凌晨, 明天下午5:00
    if time is None and index < len(pieces):
        following = pieces[index]
        if (
            following.kind == "time"
            and following.shift is None
            and _gap(text, expression, following, _JOIN_DATE_TIME)
        ):
            time = following
            if date is not None and date.pod and time.hour is not None and time.pod is None:
                hour = _hour_in_part_of_day(time.hour, date.pod)
                if date.pod == "NI" and 6 <= hour < 12:
                    hour += 12  # 今夜10点, 当夜9时: night words, unlike 凌晨, mean the evening hours
                time = replace(time, pod=date.pod, hour=hour)
            expression.time = time
            expression.end = following.end
            expression.pieces.append(following)
            index += 1
            # 下午 + 4点半: a part of day followed by its clock
            if (
                time.hour is None
                and index < len(pieces)
                and pieces[index].kind == "time"
                and pieces[index].hour is not None
                and _gap(text, expression, pieces[index], _JOIN_DATE_TIME)
            ):
                clock = replace(pieces[index], pod=time.pod)
                clock.hour = _hour_in_part_of_day(clock.hour, time.pod)
                clock.weak = False
                expression.time = time = clock
                expression.end = clock.end
                index += 1
    if time is not None and time.weak and date is None:
        return None, index  # 三点 on its own is not a time
    if time is not None and time.weak:
        time.weak = False
    # a range: 1月7日至21日, 从下午五点到晚上七点半
    if range_allowed and index < len(pieces):
        following = pieces[index]
        separator = (
            _RANGE_SEPARATOR.fullmatch(text, expression.end, following.start)
            if expression.end <= following.start
            else None
        )
        # 三月和九月之间: "and" makes a range only when 之间 closes it
        between = (
            expression.end <= following.start
            and _BETWEEN.fullmatch(text, expression.end, following.start) is not None
        )
        if (
            (separator or between)
            and following.kind in ("date", "time")
            and not (following.kind == "time" and following.shift)
        ):
            end_expression, next_index = _join_one(text, pieces, index, range_allowed=False)
            if (
                end_expression is not None
                and end_expression.other is None
                and _range_compatible(expression, end_expression)
                and (not between or text.startswith("之间", end_expression.end))
            ):
                expression.range_end = end_expression
                expression.end = end_expression.end + (2 if between else 0)
                index = next_index
        elif (
            following.kind == "ref"
            and following.value == "PRESENT_REF"
            and (
                separator or (following.start == expression.end and text.startswith("至今", following.start))
            )
        ):
            expression.range_end = Expression(following.start, following.end, None, None, other=following)
            expression.end = following.end
            index += 1
    # 1月28日晚, / 次日早: a one-character part of day right after a date
    if date is not None and expression.time is None and date.pod is None:
        single = _SINGLE_POD.match(text, expression.end)
        if single:
            expression.time = Piece(
                single.start(), single.end(), "<date>晚", "time", pod=PART_OF_DAY[single.group(1)]
            )
            expression.pieces.append(expression.time)
            expression.end = single.end(1)
    # prefix and suffix words
    suffix = _SUFFIX.match(text, expression.end)
    if suffix and _suffix_fits(expression, suffix.group("s")):
        expression.suffix = suffix.group("s")
        expression.end = suffix.end()
        while index < len(pieces) and pieces[index].start < expression.end:
            index += 1  # the suffix swallowed a piece (当天, 前一天)
    prefix = _PREFIX.search(text, max(0, expression.start - 4), expression.start)
    if prefix:
        word = prefix.group().strip()
        # 从/由 are ordinary words: they belong to the expression only when it is a range or has 以来/起
        if (
            word not in ("从", "由", "打从")
            or expression.range_end is not None
            or expression.suffix in ("以来", "起", "开始")
        ):
            expression.prefix = word
            expression.start = prefix.start()
    return expression, index


def _add_durations(first: str | None, second: str | None) -> str | None:
    """`P8D` + `PT20H` -> `P8DT20H`; None when a unit repeats or a value is not a plain duration."""
    if not first or not second:
        return None
    parts_first, parts_second = _DURATION_PARTS.fullmatch(first), _DURATION_PARTS.fullmatch(second)
    if parts_first is None or parts_second is None:
        return None
    total = {}
    for unit in ("Y", "M", "W", "D", "H", "MIN", "S"):
        ours, theirs = parts_first[unit], parts_second[unit]
        if ours and theirs:
            return None
        if ours or theirs:
            total[unit] = ours or theirs
    date_part = "".join(f"{total[u]}{u}" for u in ("Y", "M", "W", "D") if u in total)
    time_part = "".join(f"{total[u]}{u[0]}" for u in ("H", "MIN", "S") if u in total)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _first_day(resolved: Resolved) -> dt.date | None:
    if resolved.day is not None:
        return resolved.day
    if resolved.month is not None:
        return dt.date(resolved.month[0], resolved.month[1], 1)
    return None


def _hour_in_part_of_day(hour: int, pod: str | None) -> int:
    """晚8点 is 20:00, 夜里10点 22:00, 中午1点 13:00; 凌晨 and 上午 keep small hours."""
    if pod in ("AF", "EV") and hour < 12:
        return hour + 12
    if pod == "MI" and hour < 6:
        return hour + 12
    return hour


def _range_compatible(start: Expression, end: Expression) -> bool:
    if start.date is None and end.date is not None:
        return False
    if start.date is not None and end.date is not None:
        # 1月7日至21日, 2019年至2020年, 3月至5月; not 5月 to 2日 of another story
        if start.date.grain != end.date.grain and not (
            start.date.grain == "day" and end.date.day is not None
        ):
            return False
    return True


def _suffix_fits(expression: Expression, suffix: str) -> bool:
    date = expression.date
    if suffix in ("初", "底", "末", "上旬", "中旬", "下旬", "中下旬", "上中旬"):
        return (
            date is not None
            and expression.time is None
            and date.grain in ("month", "year")
            and not expression.range_end
        )
    if suffix in ("前", "后"):
        return (
            date is not None
            and expression.time is None
            and (date.festival is not None or date.day is not None or date.solar_term is not None)
        )
    if suffix in (
        "前一天",
        "后一天",
        "前一日",
        "后一日",
        "当天",
        "当日",
        "当晚",
        "期间",
        "假期",
        "长假",
        "前夕",
    ):
        return date is not None and expression.time is None
    if suffix == "许":
        return expression.time is not None and expression.time.mod is None
    return expression.date is not None or expression.time is not None


# ---------------------------------------------------------------------------------------------------
# resolution
# ---------------------------------------------------------------------------------------------------
@dataclass
class Resolved:
    value: str
    anchor: str | None
    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    mod: str | None = None
    type: str = "DATE"
    until: str | None = None


def _minute_iso(moment: dt.datetime) -> str:
    """`YYYY-MM-DDTHH:MM`, with a four-digit year even before 1000 (strftime's %Y does not pad it)."""
    return moment.isoformat(timespec="minutes")


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


class QuoteTracker:
    """Whether a position is inside a quotation: more quotes opened than closed since the paragraph began.

    Positions are asked in text order, so the count runs on from the previous position instead of
    recounting the paragraph each time (one long line with thousands of dates stays linear); a
    position before the previous one recounts from its paragraph start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.depth = 0  # quotes opened minus quotes closed between the paragraph start and `position`

    def inside(self, position: int) -> bool:
        text = self.text
        if position < self.position:
            self.position, self.depth = text.rfind("\n", 0, position) + 1, 0
        newline = text.rfind("\n", self.position, position)
        if newline >= 0:
            self.position, self.depth = newline + 1, 0
        self.depth += _quote_balance(text, self.position, position)
        self.position = position
        return self.depth > 0


def _quote_balance(text: str, start: int, end: int) -> int:
    return (
        text.count("“", start, end)
        + text.count("「", start, end)
        - text.count("”", start, end)
        - text.count("」", start, end)
    )


def _future(text: str, start: int, end: int) -> bool:
    """Whether the clause marks the future: 将 or 计划 before the expression, or 将 right after it."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text, max(0, start - 30), start):
        clause_start = match.end()
    if _FUTURE.search(text, max(clause_start, start - 30), start) is not None:
        return True
    return _FUTURE_AFTER.match(text, end) is not None


def resolve_date(piece: Piece, resolver: Resolver, future: bool, quoted: bool) -> Resolved | None:
    anaphoric = piece.anaphoric or (quoted and resolver.context_day is not None)
    # the year that an explicit, relative or cyclic year names
    year = piece.year
    if year is None and piece.year_shift is not None:
        year = resolver.base_year(anaphoric or piece.anaphoric) + piece.year_shift
    lunar_year = resolver.sexagenary_year(piece.lunar_year_names) if piece.lunar_year_names else None

    if piece.span is not None:
        return _resolve_span(piece, resolver, year, future)

    # festivals, lunar dates and solar terms
    compute = None
    lunar = False
    if piece.festival == LAST_FESTIVAL:
        if resolver.last_festival is not None:
            day = resolver.last_festival
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod)
        piece = replace(piece, festival="春节")
    if piece.festival is not None:
        compute = functools.partial(calendar_cn.festival_date, piece.festival)
        lunar = calendar_cn.FESTIVAL_BY_KEY[piece.festival].calendar in ("lunar", "eve")
    elif piece.lunar_month is not None:
        compute, lunar = lunar_date_computer(piece.lunar_month, piece.lunar_day, piece.lunar_leap), True
    elif piece.solar_term is not None:
        compute = solar_term_computer(piece.solar_term)
    if compute is not None:
        if not lunar and lunar_year is not None:
            year, lunar_year = lunar_year, None
        day = resolver.occurrence(compute, future, year=year, lunar_year=lunar_year, lunar=lunar)
        if day is None:
            return None
        if piece.festival is not None:
            resolver.last_festival = day
        if piece.festival is None and piece.lunar_month is not None and piece.lunar_day is None:
            # a whole lunar month (闰四月): from its first day to its last
            end = lunar_month_end(day)
            until = end.isoformat() if end is not None else None
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod, until=until)
        return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod)

    if piece.grain == "year" and lunar_year is not None and year is None:
        return Resolved(f"{lunar_year:04d}", f"{lunar_year:04d}", year=lunar_year)

    # relative days and shifts
    if piece.day_shift is not None:
        day = resolver.base_day(anaphoric) + dt.timedelta(days=piece.day_shift)
        return Resolved(day.isoformat(), day.isoformat(), day=day)
    if piece.shift is not None:
        amount, unit = piece.shift
        base = resolver.base_day(anaphoric)
        if unit in ("H", "MIN", "S"):
            if base != resolver.ref_date or not resolver.reference.has_time:
                # hours after a day of the story (or a reference without a clock): the day is all we know
                return Resolved(base.isoformat(), base.isoformat(), day=base)
            base_time = resolver.reference.when
            delta = (
                dt.timedelta(hours=amount)
                if unit == "H"
                else dt.timedelta(minutes=amount)
                if unit == "MIN"
                else dt.timedelta(seconds=amount)
            )
            moment = base_time + delta
            return Resolved(_minute_iso(moment), moment.date().isoformat(), day=moment.date(), type="TIME")
        if unit == "D":
            day = base + dt.timedelta(days=round(amount))
        elif unit == "W":
            day = base + dt.timedelta(days=round(7 * amount))
        elif unit == "M":
            whole = int(amount)
            day = shift_date(base, months=whole, days=round((amount - whole) * 30))
        else:
            whole = int(amount)
            day = shift_date(base, months=12 * whole, days=round((amount - whole) * 365))
        if piece.shift_vague or unit == "Y" and not float(amount).is_integer():
            if unit == "Y":
                return Resolved(f"{day.year:04d}", f"{day.year:04d}", year=day.year, mod="APPROX")
            month_text = day.isoformat()[:7]
            return Resolved(month_text, month_text, month=(day.year, day.month), mod="APPROX")
        if unit == "Y" and piece.shift is not None:
            return Resolved(f"{day.year:04d}", f"{day.year:04d}", year=day.year)
        return Resolved(day.isoformat(), day.isoformat(), day=day)

    # halves: 上个半年 (the half-year before this one), 上半月, 下半周
    if piece.half_shift is not None:
        ref = resolver.ref_date
        index = ref.year * 2 + (0 if ref.month <= 6 else 1) + piece.half_shift
        year, half = index // 2, index % 2 + 1
        return Resolved(f"{year:04d}-H{half}", f"{year:04d}-{1 if half == 1 else 7:02d}", year=year)
    if piece.half_of is not None:
        half = piece.half_part
        mod = "START" if half == 1 else "END"
        if piece.half_of == "month":
            year_month = resolver.context_month if (anaphoric and resolver.context_month) else None
            year, month = year_month or (resolver.ref_date.year, resolver.ref_date.month)
            anchor = f"{year:04d}-{month:02d}" if half == 1 else f"{year:04d}-{month:02d}-16"
            return Resolved(f"{year:04d}-{month:02d}", anchor, month=(year, month), mod=mod)
        base = resolver.base_day(False)
        monday = base - dt.timedelta(days=base.isoweekday() - 1)
        start = monday if half == 1 else monday + dt.timedelta(days=3)
        return Resolved(_iso_week(monday), start.isoformat(), mod=mod)

    # weekdays and weeks
    if piece.weekday is not None:
        day = resolver.weekday(piece.weekday, piece.week_shift, future, anaphoric=False)
        if piece.grain == "weekend":
            return Resolved(f"{_iso_week(day)}-WE", day.isoformat(), day=day)
        return Resolved(day.isoformat(), day.isoformat(), day=day)
    if piece.grain == "week":
        base = resolver.base_day(False)
        monday = (
            base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(days=7 * (piece.week_shift or 0))
        )
        return Resolved(_iso_week(monday), monday.isoformat(), day=monday)

    # calendar dates: year, month, day in any combination
    if piece.month_shift is not None:
        if anaphoric and resolver.context_month is not None:
            base_year, base_month = resolver.context_month
        else:
            base_year, base_month = resolver.ref_date.year, resolver.ref_date.month
        year, month = add_months(base_year, base_month, piece.month_shift)
    else:
        month = piece.month
    if piece.day is not None:
        if month is not None and year is not None:
            day = valid_date(year, month, piece.day)
        elif month is not None:
            day = resolver.month_day(month, piece.day, future)
        else:
            day = resolver.day_only(piece.day, future)
        if day is None:
            return None
        return Resolved(day.isoformat(), day.isoformat(), day=day)
    if month is not None:
        if year is None:
            if piece.month_part and not piece.month:
                year, month = resolver.context_month or (resolver.ref_date.year, resolver.ref_date.month)
            else:
                year, month = resolver.month_only(month, future)
        if not 1 <= month <= 12:
            return None
        return Resolved(
            f"{year:04d}-{month:02d}",
            f"{year:04d}-{month:02d}",
            month=(year, month),
            mod=piece.month_part,
        )
    if piece.month_part is not None:  # 月初, 月底 alone: the context month, else the reference month
        year, month = (
            resolver.context_month
            if (anaphoric and resolver.context_month)
            else (resolver.ref_date.year, resolver.ref_date.month)
        )
        return Resolved(
            f"{year:04d}-{month:02d}",
            f"{year:04d}-{month:02d}",
            month=(year, month),
            mod=piece.month_part,
        )
    if year is None:
        if piece.grain == "decade" and piece.value:
            return Resolved(piece.value, None)
        year = resolver.base_year(anaphoric)
    if not 1 <= year <= 9999:
        return None
    if piece.quarter is not None:
        return Resolved(
            f"{year:04d}-Q{piece.quarter}",
            f"{year:04d}-{3 * piece.quarter - 2:02d}",
            month=(year, 3 * piece.quarter - 2),
        )
    if piece.half is not None:
        # the anchor is where the half starts, as for quarters
        start_month = 1 if piece.half == 1 else 7
        return Resolved(f"{year:04d}-H{piece.half}", f"{year:04d}-{start_month:02d}", year=year)
    if piece.season is not None:
        return Resolved(f"{year:04d}-{piece.season}", f"{year:04d}", year=year)
    if piece.grain == "decade" and piece.value:
        # anchored at its first year; not a context for what follows (90年代 … 3月5日 is not 1990)
        return Resolved(piece.value, f"{year:04d}")
    return Resolved(f"{year:04d}", f"{year:04d}", year=year, mod=piece.year_part)


_SPAN_DELTA = {"D": (0, 1), "W": (0, 7), "M": (1, 0), "Q": (3, 0), "Y": (12, 0)}  # (months, days) per unit


def _add_units(day: dt.date, count: int, unit: str) -> dt.date:
    months, days = _SPAN_DELTA[unit]
    return shift_date(day, months=months * count, days=days * count)


def _week_one(year: int, month: int | None) -> dt.date:
    """The Monday of the first week of a year (ISO week 1) or of a month (the week holding its 4th)."""
    if month is None:
        return dt.date.fromisocalendar(year, 1, 1)
    fourth = dt.date(year, month, 4)
    return fourth - dt.timedelta(days=fourth.isoweekday() - 1)


def _resolve_span(piece: Piece, resolver: Resolver, year: int | None, future: bool) -> Resolved | None:
    """前2周 / 最后3个月 / 第一周 inside a written year or month; 过去十年 / 之后5分钟 against the reference."""
    position, count, unit = piece.span
    month = piece.month
    if month is not None and year is None:
        year, month = resolver.month_only(month, future)
    if year is None and month is None:
        if position in ("ordinal", "last"):
            return None  # 第一周 or 最后三天 of what: nothing written says
        position = "past" if position == "first" else position
    if unit in ("H", "MIN"):
        if position not in ("past", "next") or not resolver.reference.has_time:
            return None
        delta = dt.timedelta(hours=count) if unit == "H" else dt.timedelta(minutes=count)
        now = resolver.reference.when
        start, end = (now - delta, now) if position == "past" else (now, now + delta)
        return Resolved(
            _minute_iso(start),
            start.date().isoformat(),
            day=start.date(),
            type="TIME",
            until=end.date().isoformat(),
        )
    if position == "past":
        end = resolver.ref_date
        start = _add_units(end, -count, unit)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    if position == "next":
        start = resolver.ref_date + dt.timedelta(days=1)
        end = _add_units(start, count, unit) - dt.timedelta(days=1)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    # inside a year or a month: the first, last or n-th stretch of it
    if unit == "W":
        first_monday = _week_one(year, month)
        if month is None:
            weeks = dt.date(year, 12, 28).isocalendar()[1]
        else:
            next_year, next_month = add_months(year, month, 1)
            weeks = (_week_one(next_year, next_month) - first_monday).days // 7
        if position == "last":
            start = first_monday + dt.timedelta(weeks=weeks - count)
        else:
            start = first_monday + dt.timedelta(weeks=count - 1 if position == "ordinal" else 0)
        if position == "ordinal":
            return Resolved(_iso_week(start), start.isoformat(), day=start)
        end = start + dt.timedelta(weeks=count, days=-1)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    if unit in ("M", "Q") and month is None:
        months = count * (3 if unit == "Q" else 1)
        first = count if position == "ordinal" else 1 if position == "first" else 13 - months
        last = count if position == "ordinal" else months if position == "first" else 12
        if not 1 <= first <= last <= 12:
            return None
        anchor = f"{year:04d}-{first:02d}"
        until = None if position == "ordinal" else f"{year:04d}-{last:02d}"
        return Resolved(anchor, anchor, month=(year, first), until=until)
    if unit == "D":
        if month is None:
            start = (
                dt.date(year, 1, 1)
                if position == "first"
                else dt.date(year, 12, 31) - dt.timedelta(count - 1)
            )
        else:
            start = dt.date(year, month, 1)
            if position == "last":
                start = _add_units(start, 1, "M") - dt.timedelta(days=count)
        end = start + dt.timedelta(days=count - 1)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    return None


def _time_suffix(time: Piece) -> str:
    if time.hour is not None:
        clock = f"{time.hour:02d}:{time.minute or 0:02d}"
        if time.second is not None:
            clock += f":{time.second:02d}"
        return "T" + clock
    return "T" + (time.pod or "")


def resolve(
    expression: Expression, resolver: Resolver, text: str, quotes: QuoteTracker | None = None
) -> dict | None:
    """The mention fields (without offsets) of one expression; updates the resolver's context.

    `quotes` follows the quotations of `text` across calls (expressions are resolved in text order)."""
    quotes = quotes or QuoteTracker(text)
    other = expression.other
    if other is not None and other.kind == "duration":
        result = {"type": "DURATION", "value": other.value, "mod": other.mod, "anchor": None, "until": None}
        if other.range_min is not None:
            result.update({"min": other.range_min, "max": other.range_max})
        return result
    if other is not None and other.kind == "ref":
        anchor = resolver.ref_iso() if other.value == "PRESENT_REF" else None
        return {"type": "DATE", "value": other.value, "mod": None, "anchor": anchor, "until": None}
    if other is not None and other.kind == "set":
        value = other.value
        if other.weekday is not None:
            value = f"XXXX-WXX-{other.weekday}"
        if expression.time is not None:
            time_part = _time_suffix(expression.time)
            value = (value if value.startswith("XXXX") else "XXXX-XX-XX") + time_part
        elif other.pod:
            value = "XXXX-XX-XXT" + other.pod
        return {"type": "SET", "value": value, "mod": None, "anchor": None, "until": None}

    future = _future(text, expression.start, expression.end)
    resolver.leaned_on_unknown = False
    unknown_month = resolver.unknown_month
    result = _resolve_point(expression, resolver, text, future, quotes)
    if resolver.leaned_on_unknown:
        # the reference is unknown and this expression needs it: keep what the words say, as X digits
        mention_type, value = unknown_value(expression, unknown_month)
        date = expression.date
        resolver.forget(date.month if date is not None and date.year is None else None)
        mod = _PART_MODS.get(expression.suffix) or (
            "APPROX" if expression.suffix in _APPROX_SUFFIXES else None
        )
        if mod is None and result is not None:
            mod = result[0].mod
        return {"type": mention_type, "value": value, "mod": mod, "anchor": None, "until": None}
    if result is None:
        return None
    resolved, mention_type, value = result
    mod = resolved.mod
    until = resolved.until
    if expression.range_end is not None:
        end = expression.range_end
        if end.other is not None:  # …至今
            until = resolver.ref_iso()
        else:
            resolver.not_before = _first_day(resolved)
            try:
                end_result = _resolve_point(end, resolver, text, future, quotes)
            finally:
                resolver.not_before = None
            if end_result is not None:
                until = end_result[0].anchor
                if (
                    until is not None
                    and resolved.anchor is not None
                    and until < resolved.anchor[: len(until)]
                ):
                    until = None
    suffix, prefix = expression.suffix, expression.prefix
    anchor = resolved.anchor
    if suffix in _PART_MODS:
        mod = _PART_MODS[suffix]
    elif suffix in _APPROX_SUFFIXES:
        mod = "APPROX"
    elif suffix in ("以来",):
        mod, until = "ON_OR_AFTER", until or resolver.ref_iso()
    elif suffix in ("起", "开始"):
        mod = "ON_OR_AFTER"
    elif suffix in ("以前", "之前", "前"):
        mod = "BEFORE"
    elif suffix in ("以后", "以後", "之后", "后"):
        mod = "AFTER"
    elif suffix == "前夕":
        mod = "BEFORE"
        if resolved.day is not None:
            anchor = (resolved.day - dt.timedelta(days=1)).isoformat()
    elif suffix in ("前一天", "前一日", "后一天", "后一日") and resolved.day is not None:
        shift = -1 if suffix.startswith("前") else 1
        day = resolved.day + dt.timedelta(days=shift)
        value = anchor = day.isoformat()
        resolver.note(day=day)
    elif suffix in ("期间", "假期", "长假") and resolved.day is not None:
        if expression.date is not None and expression.date.festival in ("春节", "除夕"):
            # the Spring Festival holiday runs from 除夕 to 初六
            year = resolved.day.year
            eve = calendar_cn.lunar_new_year_eve(year - 1) if resolved.day.month <= 2 else None
            if eve is not None:
                value = anchor = eve.isoformat()
                until = (eve + dt.timedelta(days=7)).isoformat()
        elif expression.date is not None and expression.date.festival == "国庆":
            until = (resolved.day + dt.timedelta(days=6)).isoformat()
    if prefix in ("截至", "截止到", "截止", "直到"):
        mod = "ON_OR_BEFORE"
    elif prefix in ("自", "自从", "从", "打从", "由") and suffix in ("以来",):
        mod = "ON_OR_AFTER"
    elif prefix in ("自", "自从", "打从", "始于") and expression.range_end is None and mod is None:
        mod = "ON_OR_AFTER"
        until = resolver.ref_iso()
    if _ends_before_it_starts(anchor, until):
        until = None  # 次日以来 read on the reference day: "since" reaches no later day, so no end is known
    return {"type": mention_type, "value": value, "mod": mod, "anchor": anchor, "until": until}


def unknown_value(expression: Expression, unknown_month: int | None = None) -> tuple[str, str]:
    """The type and `X` value of an expression that cannot be dated without the reference: the digits
    the words give (`1月22日` → `XXXX-01-22`, `昨天下午` → `XXXX-XX-XXTAF`, `今年` → `XXXX`), the others X.

    `unknown_month` is the month of an earlier undatable expression, which a bare day (`27日`) takes."""
    date, time = expression.date, expression.time
    base = "XXXX-XX-XX"
    if date is not None:
        year = f"{date.year:04d}" if date.year is not None and 1 <= date.year <= 9999 else "XXXX"
        month, day = date.month, date.day
        if date.festival in calendar_cn.SOLAR_FESTIVALS:
            month, day = calendar_cn.SOLAR_FESTIVALS[date.festival]
        if month is None and day is not None and date.anaphoric:
            month = unknown_month
        if date.weekday is not None and month is None and day is None:
            base = f"XXXX-WXX-{date.weekday}"
        elif date.grain == "week":
            base = "XXXX-WXX"
        elif date.grain in ("year", "decade", "quarter", "half", "season"):
            base = year
            if date.quarter is not None:
                base += f"-Q{date.quarter}"
            elif date.half is not None:
                base += f"-H{date.half}"
            elif date.season is not None:
                base += f"-{date.season}"
        elif date.grain == "month" and date.festival is None and date.lunar_month is None:
            base = f"{year}-{month:02d}" if month else f"{year}-XX"
        else:
            base = f"{year}-{month:02d}" if month else f"{year}-XX"
            base += f"-{day:02d}" if day else "-XX"
    if time is not None:
        if len(base) != 10:
            base = "XXXX-XX-XX"  # a clock time on a day the words do not give
        return "TIME", base + _time_suffix(time)
    if date is not None and date.pod:
        return "TIME", base + "T" + date.pod
    if date is not None and date.hour is not None:
        return "TIME", base + f"T{date.hour:02d}:{date.minute or 0:02d}"
    return "DATE", base


def _ends_before_it_starts(anchor: str | None, until: str | None) -> bool:
    """Whether `until` is before `anchor`, compared at the coarser of their precisions."""
    if anchor is None or until is None:
        return False
    shared = min(len(anchor), len(until))
    return until[:shared] < anchor[:shared]


def _resolve_point(expression: Expression, resolver: Resolver, text: str, future: bool, quotes: QuoteTracker):
    quoted = quotes.inside(expression.start)
    time = expression.time
    date = expression.date
    if date is None and time is None:
        return None
    if date is not None:
        resolved = resolve_date(date, resolver, future, quoted)
        if resolved is None:
            return None
        weekday = expression.weekday.weekday if expression.weekday is not None else None
        if (
            weekday is not None
            and resolved.day is not None
            and resolved.day.isoweekday() != weekday
            and date.year is None
            and date.year_shift is None
            and date.month is not None
            and date.day is not None
        ):
            # 1月4日（星期日）: the year in which the weekday holds, when one is near
            day = resolver.month_day(date.month, date.day, future, weekday=weekday)
            if day is not None:
                resolved = Resolved(day.isoformat(), day.isoformat(), day=day)
        if expression.gloss is not None and resolved.day is not None:
            gloss = expression.gloss
            candidate = valid_date(resolved.day.year, gloss.month, gloss.day)
            if candidate is None or candidate != resolved.day:
                # the Gregorian gloss decides which year's lunar date is meant
                for year in range(resolver.ref_date.year - 30, resolver.ref_date.year + 2):
                    lunar_day = _lunar_for_gloss(date, year)
                    if (
                        lunar_day is not None
                        and lunar_day.month == gloss.month
                        and lunar_day.day == gloss.day
                    ):
                        resolved = Resolved(lunar_day.isoformat(), lunar_day.isoformat(), day=lunar_day)
                        candidate = lunar_day
    else:
        # a clock time or a part of day alone: the day in context, else the reference day
        day = resolver.base_day(True)
        resolved = Resolved(day.isoformat(), day.isoformat(), day=day)
        if time.shift is not None:
            return None
    pod_from_date = date.pod if date is not None else None
    value = resolved.value
    mention_type = "DATE"
    if time is not None and resolved.day is not None:
        value = resolved.day.isoformat() + _time_suffix(time)
        mention_type = "TIME"
        if time.mod and not resolved.mod:
            resolved.mod = time.mod
    elif pod_from_date and resolved.day is not None:
        value = resolved.day.isoformat() + "T" + pod_from_date
        mention_type = "TIME"
    elif date is not None and date.hour is not None and resolved.day is not None:
        value = resolved.day.isoformat() + f"T{date.hour:02d}:{date.minute:02d}"
        mention_type = "TIME"
    if resolved.type == "TIME":
        mention_type = "TIME"
    # 今天 or 明天 inside a quotation is the speaker's day: it does not move the story's context
    if quoted and date is not None and not date.anaphoric and date.day_shift is not None:
        return resolved, mention_type, value
    # a year-less date whose year the resolver guessed from the reference does not set an explicit context
    guessed = (
        date is not None
        and date.year is None
        and date.year_shift is None
        and date.month_shift is None
        and not date.lunar_year_names
        and (date.month is not None or date.festival is not None or date.lunar_month is not None)
        and not resolver.context_explicit
    )
    if not resolver.leaned_on_unknown:
        resolver.note(day=resolved.day, month=resolved.month, year=resolved.year, explicit=not guessed)
        resolver.context_ahead = bool(
            future
            and date is not None
            and date.month is not None
            and date.day is not None
            and resolved.day is not None
            and resolver.ref_known
            and resolved.day > resolver.ref_date
        )
    return resolved, mention_type, value


def _lunar_for_gloss(date: Piece, lunar_year: int) -> dt.date | None:
    if date.festival == "除夕":
        return calendar_cn.lunar_new_year_eve(lunar_year)
    if date.festival in calendar_cn.LUNAR_FESTIVALS:
        month, day = calendar_cn.LUNAR_FESTIVALS[date.festival]
        return calendar_cn.lunar_to_solar(lunar_year, month, day)
    if date.lunar_month is not None:
        return lunar_date_computer(date.lunar_month, date.lunar_day, date.lunar_leap)(lunar_year)
    return None


def evidence(expression: Expression, fields_: dict) -> dict:
    """Typed facts beside the value, for a caller that checks one piece of evidence against another:
    `weekday` (ISO 1-7) when the words name one, with `weekday_agrees` when a day is known too; `lunar`
    (`{"month", "day", "leap"}`) for lunar dates and festivals; `year_kind` for a year named by the
    sexagenary cycle, the zodiac or a reign era."""
    found: dict = {}
    date = expression.date
    if date is None and expression.other is not None and expression.other.kind == "set":
        return found
    weekday = expression.weekday.weekday if expression.weekday is not None else date.weekday if date else None
    if weekday is not None and (date is None or date.grain != "weekend"):
        found["weekday"] = weekday
        anchor = fields_.get("anchor")
        if expression.weekday is not None and anchor and len(anchor) == 10:
            found["weekday_agrees"] = dt.date.fromisoformat(anchor).isoweekday() == weekday
    if date is not None:
        lunar = None
        if date.festival == "除夕":
            lunar = {"month": 12, "day": None, "leap": False}
        elif date.festival in calendar_cn.LUNAR_FESTIVALS:
            month, day = calendar_cn.LUNAR_FESTIVALS[date.festival]
            lunar = {"month": month, "day": day, "leap": False}
        elif date.lunar_month is not None:
            lunar = {"month": date.lunar_month, "day": date.lunar_day, "leap": date.lunar_leap}
        if lunar is not None:
            anchor = fields_.get("anchor")
            if lunar["day"] is None and date.festival == "除夕" and anchor and len(anchor) == 10:
                lunar["day"] = calendar_cn.solar_to_lunar(dt.date.fromisoformat(anchor))[2]
            found["lunar"] = lunar
        if date.year_kind is not None:
            found["year_kind"] = date.year_kind
    return found


def find_mentions(prepared: Prepared, reference: Reference) -> list[dict]:
    text = prepared.text
    resolver = Resolver(reference)
    quotes = QuoteTracker(text)
    mentions: list[dict] = []
    for expression in join(text, scan(text)):
        try:
            fields_ = resolve(expression, resolver, text, quotes)
        except (OverflowError, ValueError):
            continue  # a date pushed past year 1 or 9999 by a reference at the edge of the calendar
        if fields_ is None:
            continue
        start, end = prepared.span(expression.start, expression.end)
        mention = {"text": prepared.original[start:end], "start": start, "end": end}
        mention.update(fields_)
        mention.update(evidence(expression, fields_))
        mention["rule"] = " + ".join(piece.rule for piece in expression.pieces) if expression.pieces else None
        mentions.append(mention)
    return mentions
