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

import re
from dataclasses import fields, replace
from functools import cache

from timeline.textprep import Prepared
from timeline.timex.piece import Expression, Piece
from timeline.timex.policy import (
    DEFAULT_POLICY,
    EDGE,
    DatePolicy,
    QuoteTracker,
    Reference,
    Resolver,
    evidence,
    resolve,
)
from timeline.timex.rules import (
    COMPILED,
    FIRST_CHARS,
    PART_OF_DAY,
    RULE_OF_GROUP,
    SEARCH_OUTSIDE_DIGITS,
    TRIGGER,
    produce,
)

# Text between two pieces that still lets them form one expression.
# 昨晚约十时 too; a zone's name between the day and its clock (28日当地时间下午1时20分, 1日北京时间14时)
_JOIN_DATE_TIME = re.compile(
    r"(?:的|\s{0,2}|约|大约|将近|近|\s?(?:当地|北京|台北|台湾|香港|澳门|东京|日本|美东|美国东部)时间\s?)"
)
_JOIN_WEEKDAY = re.compile(r"[\s,(（【]{0,2}")
# 11/5起至11/11, and the Observatory's 明日稍后至星期三初时 (later in the day, early in the day) too
_RANGE_SEPARATOR = re.compile(
    r"\s{0,2}(?:(?:起|开始)\s?至|(?:稍后|初时)?(?:至|到)|~|～|—{1,2}|－|–|-)\s{0,2}"
)
_PREFIX = re.compile(r"(?:截至到|截至|截止到|截止|直到|自从|自|从|打从|由|始于)\s?$")
_SUFFIX = re.compile(
    r"(?P<s>(?:长假|假期|黄金周)?的?(?:最后一天|第一天|首日|第[一二三四五六七八九十\d]{1,3}天|前[二两三四五六七\d]天)|"
    r"以来|以後|以后|之后|以前|之前|前夕|前后|左右|许|起(?![床来飞草诉身义步色])|开始|黄金周|期间|假期|长假|前一天|后一天|翌日|"
    r"前一日|后一日|当天|当日|当晚|初|底|末|上旬|中旬|下旬|中下旬|上中旬|前(?![线方面进行往去来提])|后(?![来续方勤面期者果]))"
)
_GLOSS = re.compile(r"([早晚夜])?[(（]")
_BETWEEN = re.compile(r"\s?(?:和|与|跟)\s?")
_JOIN_DURATION = re.compile(r"又|零|\s?")
_DURATION_PARTS = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MIN>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?"
)
_SINGLE_POD = re.compile(r"([早晚夜])(?![已就在些点于先期了饭餐会报班市宵间里上场景色空以年日前后到至\d])")
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


def _same_run(before: str, char: str) -> bool:
    """Whether a number run that holds `before` goes on with `char` (what `_DIGIT_RUN` or
    `_CHINESE_NUMERAL_RUN` skips over: any decimal digit, or Chinese numerals)."""
    return (before.isdecimal() and char.isdecimal()) or (
        before in _CHINESE_NUMERALS and char in _CHINESE_NUMERALS
    )


def _arrival(text: str, position: int, start: int, last_end: int) -> int:
    """Where a walk from `position` over the triggers, skipping the rest of each number run it enters
    inside, first stands at or after `start` (no rule matches in between, so the walk finds nothing).

    Only the number run that holds `start` can be skipped past it, so the walk begins at that run."""
    at = start
    while at > position and _same_run(text[at - 1], text[start]):
        at -= 1
    while at < start:
        if at != last_end and TRIGGER.match(text, at) and (run := _number_run(text, at)) is not None:
            at = run.match(text, at).end()
        else:
            at += 1
    return at


@cache
def _rules_for(char: str) -> tuple[int, ...]:
    """The rules that can start with `char`, in priority order (`rules_starting_with(char)[0]`, without
    compiling their combined scanner, which the scan does not use)."""
    return tuple(i for i, first in enumerate(FIRST_CHARS) if char in first)


@cache
def later_rules(index: int, char: str) -> tuple[int, ...]:
    """The rules after rule `index` that can start with `char` (`rules.later_rules`, from `_rules_for`)."""
    return tuple(i for i in _rules_for(char) if i > index)


def scan(text: str) -> list[Piece]:
    """All pieces in text order, without overlaps (at one position the first rule in order wins).

    No piece starts inside a number, except right where the previous piece ended (`五一` + `三天`,
    `星期一` + `三点`): the rest of a number run is skipped in one step, which also keeps long runs of
    digits linear.

    One search (`SEARCH_OUTSIDE_DIGITS`) finds the next position where some rule matches, and the first such rule;
    the positions it passes over are those where no rule matches, which a walk trigger by trigger
    would only have stepped past."""
    pieces: list[Piece] = []
    position = 0
    length = len(text)
    last_end = 0
    search = SEARCH_OUTSIDE_DIGITS.search
    while position < length:
        index = -1
        pair = text[position - 1 : position + 1] if position == last_end and position > 0 else ""
        if pair.isascii() and pair.isdigit():
            # Right after a piece, a digit that continues a run may start one (`五一` + `三天`); the
            # search passes over such digits, so the rules are tried here one by one.
            start = position
            index = next((i for i in _rules_for(text[start]) if COMPILED[i].match(text, start)), -1)
        if index < 0:
            found = search(text, position)
            if found is None:
                break
            start, index = found.start(), RULE_OF_GROUP[found.lastindex - 1]
        if start != last_end:
            if start > position and _same_run(text[start - 1], text[start]):
                arrived = _arrival(text, position, start, last_end)
                if arrived != start:  # the number run that holds `start` was skipped from before it
                    position = arrived
                    continue
            run = _number_run(text, start)
            if run is not None:
                position = run.match(text, start).end()
                continue
        piece = produce(index, text, start)
        if piece is None:
            # The first matching rule declined (an unsigned 雨水, an empty 年): try the later ones here.
            for later in later_rules(index, text[start]):
                piece = produce(later, text, start)
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
    if first.anaphoric and first.year_shift is not None and second.day_shift is None:
        # 同年10月4日, 次年3月, 当年8月: the year counts from the story's year, the month and day are written
        merged.anaphoric = True
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
    if second.span is not None and second.span[0] in ("past", "next", "ahead"):
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
            and pieces[index].kind in ("duration", "time")
            and _gap(text, piece, pieces[index], _JOIN_DURATION)
        ):
            following = pieces[index]
            addend = following.value
            if following.kind == "time":
                # 8天20时: hours after days are a length too, never a clock time
                clock = text[following.start : following.end]
                if (
                    not (piece.value or "").endswith("D")
                    or following.pod
                    or not re.fullmatch(r"\d{1,2}[时小]时?", clock)
                ):
                    break
                addend = f"PT{following.hour}H"
            total = _add_durations(piece.value, addend)
            if total is None:
                break
            piece = replace(
                piece, end=following.end, value=total, mod=following.mod, range_min=None, range_max=None
            )
            index += 1
        return Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece]), index
    if piece.kind == "ref":
        expression = Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece])
        # 由現時至2月28日, 从现在到3月底: from the reference to a date
        if (
            range_allowed
            and piece.value == "PRESENT_REF"
            and index < len(pieces)
            and pieces[index].kind == "date"
            and _gap(text, expression, pieces[index], _RANGE_SEPARATOR)
        ):
            end_expression, next_index = _join_one(text, pieces, index, range_allowed=False)
            if (
                end_expression is not None
                and end_expression.other is None
                and end_expression.date is not None
            ):
                expression.range_end = end_expression
                expression.end = end_expression.end
                index = next_index
        return expression, index
    if piece.kind == "set":
        expression = Expression(piece.start, piece.end, None, None, other=piece, pieces=[piece])
        while (
            index < len(pieces)
            and _gap(text, expression, pieces[index], _JOIN_DATE_TIME)
            and pieces[index].kind in ("time", "date")
        ):
            following = pieces[index]
            yearly_day = (
                piece.value == "P1Y"
                and following.kind == "date"
                and following.year is None
                and following.month is not None
                and following.day is not None
            )
            if following.kind == "date" and following.festival is None and following.weekday is None:
                if not yearly_day or expression.date is not None:
                    break
                # 每年的12月21日或22日: a day of every year, no one date (nor the other day told with it)
                expression.other = replace(piece, value=f"XXXX-{following.month:02d}-{following.day:02d}")
            if following.kind == "time":
                expression.time = following
            else:
                expression.date = following
            expression.end = following.end
            expression.pieces.append(following)
            index += 1
            if yearly_day:
                while (
                    index < len(pieces)
                    and pieces[index].kind == "date"
                    and pieces[index].day is not None
                    and pieces[index].month is None
                    and _gap(text, expression, pieces[index], _PAIR_JOIN_OR)
                ):
                    expression.end = pieces[index].end
                    expression.pieces.append(pieces[index])
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
            expression.pieces.append(following)
            index += 1
            # 1月21日(星期六,除夕), 27日(星期五,初六): the lunar name of the day after the weekday, inside the
            # same brackets, belongs to the date too
            if (
                index < len(pieces)
                and text.startswith((",", "，", "、"), expression.end)
                and pieces[index].kind == "date"
                and pieces[index].start == expression.end + 1
                and (pieces[index].festival is not None or pieces[index].lunar_day is not None)
                and text.startswith((")", "）"), pieces[index].end)
            ):
                expression.pieces.append(pieces[index])
                expression.end = pieces[index].end
                index += 1
            if text.startswith((")", "）", "】"), expression.end):  # never past the end of the text
                expression.end += 1
    # a gloss in brackets: the Gregorian date of a lunar one, 腊月二十八(2月6日), 初六（15日）; the lunar
    # date of a Gregorian one, 2月2日(农历正月十一); the day of the month of a weekday or a relative day,
    # 週六(13日), 今天(25日), 今天（12/31）
    if date is not None and index < len(pieces):
        following = pieces[index]
        lunar = date.lunar_month is not None or date.lunar_day is not None or date.festival is not None
        glossable = (
            (lunar and following.month and following.day)
            or (lunar and following.day and date.lunar_month is None and date.festival is None)
            or (
                date.month is not None
                and date.day is not None
                and not lunar
                and (
                    (following.lunar_month is not None and following.lunar_day is not None)
                    or following.festival == "除夕"  # 1月30日(年三十)
                )
            )
            or ((date.weekday is not None or date.day_shift is not None) and following.day and not lunar)
        )
        gap = _GLOSS.fullmatch(text, expression.end, following.start)
        if (
            glossable
            and following.kind == "date"
            and gap is not None
            and text.startswith((")", "）"), following.end)
        ):
            if gap.group(1) and time is None and date.pod is None:  # 2月2日晚(农历正月十一)
                time = Piece(gap.start(1), gap.end(1), "<date>晚", "time", pod=PART_OF_DAY[gap.group(1)])
                expression.time = time
                expression.pieces.append(time)
            expression.gloss = following
            expression.end = following.end + 1
            expression.pieces.append(following)
            index += 1
    # 週三是年廿八: a weekday said to be a lunar day or a festival is that day
    if (
        date is not None
        and date.weekday is not None
        and date.month is None
        and date.day is None
        and expression.gloss is None
        and index < len(pieces)
        and pieces[index].kind == "date"
        and (pieces[index].lunar_day is not None or pieces[index].festival is not None)
        and _gap(text, expression, pieces[index], _IS_WORD)
    ):
        expression.gloss = pieces[index]
        expression.end = pieces[index].end
        expression.pieces.append(pieces[index])
        index += 1
    # 年初一及年初二(2月10日及11日), 週日、下週一(14、15日): two days named by word and glossed in one
    # bracket are the range from the first to the second
    if range_allowed and date is not None and time is None and expression.gloss is None:
        index = _paired_gloss(text, pieces, index, expression)
    # the clock time of a date: 1月28日晚8时, 次日凌晨, 明天下午5:00
    if time is None and index < len(pieces):
        following = pieces[index]
        if (
            following.kind == "time"
            and following.shift is None
            and _gap(text, expression, following, _JOIN_DATE_TIME)
        ):
            time = following
            if "约" in text[expression.end : following.start] and time.mod is None:
                time = replace(time, mod="APPROX")  # 昨晚约十时
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
                and (not between or text.startswith(("之间", "间"), end_expression.end))
            ):
                expression.range_end = end_expression
                expression.end = end_expression.end + (
                    (2 if text.startswith("之间", end_expression.end) else 1) if between else 0
                )
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


_PAIR_JOIN = re.compile(r"\s?[及、和与]\s?")
_IS_WORD = re.compile(r"\s?(?:是|即|为|就是|也就是|亦即)(?:农历)?\s?")
_PAIR_JOIN_OR = re.compile(r"\s?[或及、和与至到]\s?")
_PAIR_GLOSS = re.compile(
    r"\s?[(（](?:(?P<m1>1[0-2]|0?[1-9])月)?(?P<d1>[12]\d|3[01]|0?[1-9])[日号]?\s?[及、和与]\s?"
    r"(?:(?P<m2>1[0-2]|0?[1-9])月)?(?P<d2>[12]\d|3[01]|0?[1-9])[日号]?[)）]"
)


def _named_day(piece: Piece) -> bool:
    """A day named by a word the Gregorian day in brackets can gloss: a lunar day, a festival, a weekday,
    a relative day (not a month and day of its own)."""
    if piece.kind != "date" or piece.month is not None or piece.day is not None:
        return False
    lunar = piece.lunar_day is not None or piece.festival is not None
    return lunar or piece.weekday is not None or piece.day_shift is not None


def _paired_gloss(text: str, pieces: list[Piece], index: int, expression: Expression) -> int:
    """Join `expression` to the next named day when one bracket glosses both (年初一及年初二(2月10日及11日));
    the index of the first piece after the bracket, or `index` unchanged."""
    if index >= len(pieces) or not _named_day(expression.date) or expression.weekday is not None:
        return index
    following = pieces[index]
    if not _named_day(following) or not _gap(text, expression, following, _PAIR_JOIN):
        return index
    bracket = _PAIR_GLOSS.match(text, following.end)
    if bracket is None:
        return index
    first_month = int(bracket["m1"]) if bracket["m1"] else None
    second_month = int(bracket["m2"]) if bracket["m2"] else first_month
    lunar = expression.date.lunar_day is not None or expression.date.festival is not None
    if lunar and first_month is None:
        return index  # a lunar day needs the Gregorian month to be placed
    expression.gloss = Piece(
        bracket.start(), bracket.end(), "<pair gloss>", "date", month=first_month, day=int(bracket["d1"])
    )
    end = Expression(following.start, following.end, following, None, pieces=[following])
    end.gloss = Piece(
        bracket.start(), bracket.end(), "<pair gloss>", "date", month=second_month, day=int(bracket["d2"])
    )
    expression.range_end = end
    expression.end = bracket.end()
    index += 1
    while index < len(pieces) and pieces[index].start < expression.end:
        index += 1
    return index


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


def _hour_in_part_of_day(hour: int, pod: str | None) -> int:
    """晚8点 is 20:00, 夜里10点 22:00, 中午1点 13:00; 凌晨 and 上午 keep small hours."""
    if pod in ("AF", "EV") and hour < 12:
        return hour + 12
    if pod == "MI" and hour < 6:
        return hour + 12
    return hour


# the parts of a month or year a suffix names (6月底, 6月下旬): a day may run to one (5月21日至6月底)
_MONTH_PARTS = ("初", "底", "末", "上旬", "中旬", "下旬", "中下旬", "上中旬")


def _range_compatible(start: Expression, end: Expression) -> bool:
    if start.date is None and end.date is not None:
        # 夜間至後天清晨, 晚上8时至明天清晨 (forecasts): a time of day alone may run to a time of a
        # relative day; to a day alone (下午至明天) or to an absolute date it stays apart
        return start.time is not None and end.date.day_shift is not None and end.time is not None
    if start.date is not None and end.date is not None:
        # 1月7日至21日, 2019年至2020年, 3月至5月; not 5月 to 2日 of another story
        # 5月21日至6月底: a day may also run to a part of a month (its end, its last ten days)
        if start.date.grain != end.date.grain and not (
            start.date.grain == "day"
            and (end.date.day is not None or end.date.month_part is not None or end.suffix in _MONTH_PARTS)
        ):
            return False
    return True


def _suffix_fits(expression: Expression, suffix: str) -> bool:
    date = expression.date
    if EDGE.fullmatch(suffix):
        # 国庆长假最后一天, 虎年第一天, 2025年的最后一天: a day of a festival, a year or a month
        return (
            date is not None
            and expression.time is None
            and expression.range_end is None
            and (date.festival in ("国庆", "春节") or date.grain in ("year", "month"))
            and date.year_part is None
            and date.month_part is None
        )
    if suffix in _MONTH_PARTS:
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
    if suffix == "翌日":  # 中秋节翌日: the day after a festival or a date
        return (
            date is not None
            and expression.time is None
            and (date.festival is not None or date.day is not None)
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
    if suffix == "黄金周":  # 春节黄金周: the festival's holiday (黄金周 alone is 国庆's)
        return date is not None and expression.time is None and date.festival == "春节"
    if suffix == "许":
        return expression.time is not None and expression.time.mod is None
    return expression.date is not None or expression.time is not None


_TITLE_TAIL = 8  # characters a work's name may run on after a relative day that opens it


def _opens_a_title(text: str, expression) -> bool:
    """A relative day that opens the name of a work in 《》 (《今日觀察》, 《明日之子》, 《今日说法》)
    names the programme: it is no time."""
    date = expression.date
    if (
        expression.start == 0
        or text[expression.start - 1] != "《"
        or date is None
        or expression.time is not None
    ):
        return False
    relative = date.day_shift is not None and date.month is None and date.day is None
    closing = text.find("》", expression.end, expression.end + _TITLE_TAIL + 1)
    return relative and closing >= expression.end


def find_mentions(
    prepared: Prepared, reference: Reference, explain: bool = False, policy: DatePolicy = DEFAULT_POLICY
) -> list[dict]:
    """The mentions of a prepared text, dated under `policy`. With `explain`, each carries `explain`:
    the rules whose pieces it joins (`rules`, with the text each read) and the policy's choices
    (`policy`), in order."""
    text = prepared.text
    trace: list[str] | None = [] if explain else None
    resolver = Resolver(reference, policy=policy, trace=trace)
    quotes = QuoteTracker(text)
    mentions: list[dict] = []
    for expression in join(text, scan(text)):
        if trace is not None:
            trace.clear()
        if _opens_a_title(text, expression):
            continue
        if [piece.rule for piece in expression.pieces] == ["(<weekday>)"]:
            continue  # a bracketed weekday that glosses no date (第3日(一)) is no time of its own
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
        if trace is not None:
            rules = []
            for piece in expression.pieces:
                a, b = prepared.span(piece.start, piece.end)
                rules.append({"rule": piece.rule, "text": prepared.original[a:b]})
            steps = list(trace)
            if expression.prefix:
                steps.append(f"prefix {expression.prefix!r}")
            if expression.suffix:
                steps.append(f"suffix {expression.suffix!r}")
            mention["explain"] = {"rules": rules, "policy": steps}
        mentions.append(mention)
    return mentions
