"""Clock times and parts of day: 13:56, 晚8时许, 凌晨2时31分, 上午.

Corpus: `timeline/timex/corpus/clock.py`.
"""

from __future__ import annotations

import re

from timeline.timex.piece import Piece
from timeline.timex.rules.base import _Alias, rule
from timeline.timex.rules.common import (
    _AFTERNOON_PODS,
    HOUR,
    MINUTE,
    PART_OF_DAY,
    POD,
    POD_CLOCK,
    SP,
    _group,
    _num,
)


def _clock_piece(m: re.Match, s: int, e: int, name: str) -> Piece | None:
    hour = _num(m["h"])
    if hour is None or hour > 24:
        return None
    if re.match(r"\d{1,3}\s?分", m.string[e : e + 5]):
        return None  # 24时60分: minutes no clock has, so no clock time at all
    minute = 0
    if _group(m, "half"):
        minute = 30
    elif _group(m, "q"):
        minute = 15 * _num(m["q"])
    elif _group(m, "mi"):
        minute = _num(m["mi"])
        if minute is None or minute > 59:
            return None
    if hour == 24 and minute:
        return None  # 24时30分
    second = _num(_group(m, "sec")) if _group(m, "sec") else None
    pod = PART_OF_DAY.get(m["pod"]) if _group(m, "pod") else None
    if pod in _AFTERNOON_PODS and hour < 12:
        hour += 12
    elif pod == "NI" and 6 <= hour < 12 and m["pod"] in ("夜间", "夜里", "夜", "深夜"):
        hour += 12  # 夜里10点 is 22:00; 凌晨 keeps small hours
    elif pod == "NI" and 9 <= hour < 12 and m["pod"] in ("午夜", "半夜"):
        hour += 12  # 午夜11时50分 is 23:50, just before midnight; 午夜1时 stays 01:00
    elif pod == "MI" and hour < 6:
        hour += 12  # 中午1点
    elif pod == "NI" and hour == 12 and m["pod"] in ("凌晨", "午夜", "半夜"):
        hour = 0  # 凌晨12时 is midnight
    piece = Piece(s, e, name, "time", hour=hour, minute=minute, second=second, pod=pod)
    approx = _group(m, "approx")
    if approx in ("许", "左右", "前后", "多"):
        piece.mod = "APPROX"
    explicit = pod or m["mi"] or m["half"] or m["q"] or approx or m["zh"] or m["h"] == "零"
    if not explicit:
        before, after = m.string[max(0, s - 2) : s], m.string[e : e + 2]
        if _CLOCK_AFTER.match(after) or before.endswith(_CLOCK_BEFORE):
            explicit = True  # 十二点之后, 大约十点: words that only go with a clock time
    if not explicit:
        if not m["h"].isdigit() or (m["unit"] == "点" and _COUNTED.match(m.string, e)):
            piece.weak = True  # 三点要求, 2点建议: points of a list; a time only right after a date
        elif m.string[max(0, s - 1) : s] == "第":
            return None
    return piece


# Words after a bare hour that make it a clock time (十二点之后), words before it (大约十点), and nouns
# that make 3点 a count of points (3点建议).
_CLOCK_AFTER = re.compile(r"之前|之后|以前|以后|前后|左右|钟|整")
_CLOCK_BEFORE = ("大约", "约", "到", "至", "于", "在")
_COUNTED = re.compile(
    r"要求|意见|建议|措施|举措|做法|共识|看法|内容|原则|希望|体会|经验|启示|理由|原因|不足|问题|任务|部署|"
    r"指示|思考|考虑|说明|注意|规定|办法|意义|特点|优势|目标|方面|作用|变化|改进|提示|倡议|承诺|保障|"
    r"疑问|结论|想法|心得|感受|收获|区别|差异|成效|成果|贡献|教训|主张|观点|建言|对策"
)


def p_clock(m: re.Match, s: int, e: int) -> Piece | None:
    return _clock_piece(m, s, e, "<pod><hour>时<minute>分")


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
@rule(
    "<hh>:<mm>",
    pattern=rf"(?P<pod>{POD_CLOCK})?(?<![\d:])(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?:(?![\d:])|(?=(?:1[0-2]|0?[1-9])月\d{{1,2}}[日号]))(?:\s?(?P<ap>[aApP]\.?[mM]\.?)(?![a-zA-Z]))?",
)
def p_colon_clock(m: re.Match, s: int, e: int) -> Piece | None:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 24:
        return None
    pod = PART_OF_DAY.get(m["pod"]) if m["pod"] else None
    if (pod in _AFTERNOON_PODS or (m["ap"] or "").lower().startswith("p")) and hour < 12:
        hour += 12
    elif (m["ap"] or "").lower().startswith("a") and hour == 12:
        hour = 0
    second = int(m["sec"]) if m["sec"] else None
    return Piece(s, e, "<hh>:<mm>", "time", hour=hour, minute=minute, second=second, pod=pod)


# 晚上8、9点, 凌晨两、三点: two hours in a row told together, about the first of them
@rule(
    "<hour>、<hour>点",
    pattern=rf"(?:(?P<pod>{POD_CLOCK}){SP})?(?<![\d.、])(?P<h>{HOUR})、(?P<h2>{HOUR})(?P<unit>[点时])(?![间期候代刻段])",
)
def p_two_hours(m: re.Match, s: int, e: int) -> Piece | None:
    first, second = _num(m["h"]), _num(m["h2"])
    if first is None or second != first + 1:
        return None
    if not m["pod"] and (m.string[max(0, s - 1) : s] == "第" or _COUNTED.match(m.string, e)):
        return None  # 第2、3点建议: points of a list
    piece = p_clock(
        _Alias(m, {"mi": None, "half": None, "q": None, "sec": None, "approx": None, "zh": "pair"}), s, e
    )
    if piece is not None:
        piece.mod = "APPROX"
    return piece


@rule(
    "<hour>到<hour>点",
    # 0—24时 (the mainland's daily reports write a dash)
    pattern=rf"(?P<pod>{POD_CLOCK})?(?<![\d.])(?P<h>{HOUR})(?=(?:[到至~\-–]|—{{1,2}})(?:{HOUR})[点时])",
)
def p_clock_range_start(m: re.Match, s: int, e: int) -> Piece | None:
    return p_clock(_Alias(m, {"unit": "点", "zh": "range"}), s, e)


@rule(
    "<pod><hour>时<minute>分",
    # 傍晚 6 時 35 分: Hong Kong pages space the part of day, the hour and the minutes; 7时零4分 and
    # 十时零五分 write a zero before minutes under ten
    pattern=rf"(?:(?P<pod>{POD_CLOCK}){SP})?(?<![\d.])(?P<h>{HOUR}){SP}(?P<unit>[时点])(?!间|期|候|代|刻|段|空|速|差|尚|髦|装|事|政|令|光|机|局|效|钟头|评|滞|数|子|几)"
    rf"(?:(?P<half>半)(?!会|刻|晌)|(?P<q>[一三])刻|{SP}(?:[零〇]{SP})?(?P<mi>{MINUTE}){SP}分(?!之)(?:(?P<sec>{MINUTE})秒)?|(?P<mi_bare>(?<=\d[时点])[0-5]\d)(?!\d))?"
    rf"(?P<zh>钟|整)?(?P<approx>许|左右|前后|多)?",
)
def p_clock_words(m: re.Match, s: int, e: int) -> Piece | None:
    return p_clock(_Alias(m, {"mi": m["mi"] or m["mi_bare"]}), s, e)


@rule("<part of day>", pattern=rf"(?<![一整个每最提较更很太])(?P<pod>{POD})(?<!早上(?=[报班市岗门]))", tier=1)
def p_part_of_day(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<part of day>", "time", pod=PART_OF_DAY[m["pod"]], anaphoric=True)
