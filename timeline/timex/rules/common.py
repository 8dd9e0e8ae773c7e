"""Fragments every rule family shares: number patterns, parts of day, weekdays, name words."""

from __future__ import annotations

import re

from timeline.numerals import CN_DIGIT, DIGITS, small_int, to_number
from timeline.timex import calendar_cn

_CHINESE_DIGITS = "零〇○一二两三四五六七八九十廿卅"
YEAR4 = rf"(?:(?<!\d)(?:1[89]|20)\d\d(?!\d)|{CN_DIGIT}{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)"
MONTH_ARABIC = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:[12]\d|3[01]|0?[1-9]|[二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
DAY_ARABIC = r"(?:[12]\d|3[01]|0?[1-9])"
DAY_CN = r"(?:[二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
HOUR = r"(?:[01]?\d|2[0-4]|二十[一二三四]?|十[一二三四五六七八九]?|[零一二两三四五六七八九])"
MINUTE = r"(?:[0-5]?\d|[二三四五]?十[一二三四五六七八九]?|[零一二三四五六七八九])"
SP = r"[ \t]?"  # news text sometimes spaces 2008 年 or 3 月
PART_OF_DAY = {
    "凌晨": "NI",
    "清晨": "MO",
    "早晨": "MO",
    "早上": "MO",
    "一大早": "MO",
    "一早": "MO",
    "上午": "MO",
    "早间": "MO",
    "中午": "MI",
    "正午": "MI",
    "午间": "MI",
    "午后": "AF",
    "下午": "AF",
    "傍晚": "EV",
    "晚上": "EV",
    "晚间": "EV",
    "夜间": "NI",
    "夜里": "NI",
    "深夜": "NI",
    "半夜": "NI",
    "午夜": "NI",
    "夜晚": "EV",
    # Cantonese: 朝早 and 上昼 the morning, 下昼 and 晏昼 the afternoon
    "朝早": "MO",
    "上昼": "MO",
    "下昼": "AF",
    "晏昼": "AF",
    "早": "MO",
    "晚": "EV",
    "夜": "NI",
}
_POD_WORDS = sorted((w for w in PART_OF_DAY if len(w) > 1), key=len, reverse=True)
POD = "(?:" + "|".join(_POD_WORDS) + ")"
POD_CLOCK = "(?:" + "|".join(_POD_WORDS) + "|早|晚|夜)"  # single characters only right before a clock


# Hours that a part of day moves into the afternoon (晚8时 = 20:00); NI keeps small hours (凌晨1时).
_AFTERNOON_PODS = {"AF", "EV"}
WEEKDAYS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "日": 7,
    "天": 7,
    "末": 6,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
}


# Words after a number or festival name that make it a name, not a date: 八一路, 3号楼, 七一勋章.
NAME_FOLLOWERS = (
    "路|街|大道|大街|巷|弄|广场|桥|大桥|村|小区|社区|中学|小学|学校|大学|厂|勋章|奖章|剧场|剧院|大厦|商场|"
    "公园|农场|站|楼|栋|院|线|床|病房|房|车厢|车|号|宾馆|酒店|医院|电影院|西路|东路|南路|北路|中路|口号|文件|讲话|"
    "精神|起义|运动|队|班|营(?![业运])|连(?![串续日同带休假])|团|杯|奖|卡|湖|山|镇|乡|里|"
    # honours named after a festival: 三八红旗手, 五一劳动奖章, 五四青年奖章
    "红旗|劳动奖|青年奖|"
    # exits, piers, gates, counters, berths and warning signals: 3号出口, 7號碼頭, 八號風球; a typhoon's
    # number (8号台风), but 22日台风 is a day and then the storm
    "出口|入口|码头|闸口|登机口|窗口|柜台|泊位|展厅|展馆|舱|风球|信号|(?<=号)台风|货柜|地块|机位|门(?![前后店诊票户槛市口])"
)


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    return small_int(text)


def _month(text: str) -> int | None:
    return 1 if text == "元" else _num(text)


def _year(text: str) -> int | None:
    digits = "".join(str(DIGITS[ch]) if ch in DIGITS else ch for ch in text)
    if not digits.isdigit():
        return None
    if len(digits) == 2:  # 08年, 零八年: 1950..2049 window
        value = int(digits)
        return 2000 + value if value < 50 else 1900 + value
    return int(digits)


def _group(match: re.Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


_NOT_NAME = rf"(?!{NAME_FOLLOWERS})"
_NUMBER = r"(?:\d{1,6}(?:\.\d{1,3})?|[零〇一二两三四五六七八九十廿卅百千]{1,8})"


def _amount(text: str) -> float | None:
    if text in ("半",):
        return 0.5
    if text in ("几", "数", "若干"):
        return None
    value = to_number(text)
    return value


# Every spelling of a festival name but 除夕's (its own rule reads those), longest first.
_FESTIVAL_WORDS = "|".join(
    sorted((w for w, key in calendar_cn.FESTIVAL_SPELLINGS.items() if key != "除夕"), key=len, reverse=True)
)

# A sexagenary or zodiac year just before (甲辰年, 甲辰龙年, 龙年): its months and days are lunar.
CYCLIC_YEAR_BEFORE = re.compile(
    r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙蛇马羊猴鸡狗猪]?|[鼠牛虎兔龙蛇马羊猴鸡狗猪])年$"
)
