"""Recurring times: 每天, 每周一 (逢周五), 每年春节.

Corpus: `timeline/timex/corpus/set.py`.
"""

from __future__ import annotations

import re

from timeline.timex.piece import Piece
from timeline.timex.rules.base import rule
from timeline.timex.rules.common import WEEKDAYS

SET_UNITS = {
    "天": "P1D",
    "日": "P1D",
    "晚": "P1D",
    "周": "P1W",
    "星期": "P1W",
    "个星期": "P1W",
    "月": "P1M",
    "个月": "P1M",
    "年": "P1Y",
    "季度": "P3M",
    "小时": "PT1H",
    "个工作日": "P1D",
}


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
# 逢周五 is every Friday; 适逢周五, 恰逢周五 (it falls on a Friday) is one day
@rule(
    "每周<weekday>", pattern=r"(?:每(?:个)?|(?<![适恰正刚时])逢)(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])"
)
def p_set_weekday(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(
        s, e, "每周<weekday>", "set", value=f"XXXX-WXX-{WEEKDAYS[m['wd']]}", weekday=WEEKDAYS[m["wd"]]
    )


@rule("每<unit>", pattern=r"每(?:一)?(?P<u>个工作日|个星期|个月|天|日|晚|周|星期|月|年|季度|小时)(?!子|份)")
def p_set(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "每<unit>", "set", value=SET_UNITS[m["u"]])
    if m["u"] == "晚":
        piece.pod = "EV"
    return piece
