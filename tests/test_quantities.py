"""Quantities, driven by a corpus beside the rules of `timeline/quantities.py`.

Each corpus line is `(input, [(text, value, min, max, unit, approx), ...])`: every quantity the input
holds, in order. Spellings are listed one per line (simplified, traditional, full-width); where the two
scripts write a case identically, one line covers both.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.quantities import SET_PHRASES, UNITS, UNITS_AFTER_GE, find_quantities
from timeline.textprep import prepare

MORE, LESS, ABOUT = "MORE_THAN", "LESS_THAN", "APPROX"

CORPUS: list[tuple[str, list[tuple]]] = [
    # rule "<number>[-<number>][多|余][万|亿]<unit>": Arabic numbers with 万/亿 and 余/多
    ("6.8万余名", [("6.8万余名", 68000, None, None, "名", MORE)]),
    ("6.8萬餘名", [("6.8萬餘名", 68000, None, None, "名", MORE)]),
    ("4.45万多名", [("4.45万多名", 44500, None, None, "名", MORE)]),
    ("4.45萬多名", [("4.45萬多名", 44500, None, None, "名", MORE)]),
    ("1179.65万元", [("1179.65万元", 11796500, None, None, "元", None)]),
    ("1179.65萬元", [("1179.65萬元", 11796500, None, None, "元", None)]),
    ("22.8万人次", [("22.8万人次", 228000, None, None, "人次", None)]),
    # an earthquake's magnitude or a wind's force (里氏7.4級地震, 8级大风): a number two outlets share
    ("里氏7.4級地震", [("7.4級", 7.4, None, None, "级", None)]),
    ("陣風8級以上", [("8級以上", 8, None, None, "级", "MORE_THAN")]),
    ("22.8萬人次", [("22.8萬人次", 228000, None, None, "人次", None)]),
    ("100万元", [("100万元", 1000000, None, None, "元", None)]),
    ("100萬元", [("100萬元", 1000000, None, None, "元", None)]),
    ("1.2亿元", [("1.2亿元", 120000000, None, None, "元", None)]),
    ("1.2億元", [("1.2億元", 120000000, None, None, "元", None)]),
    ("10多万人", [("10多万人", 100000, None, None, "人", MORE)]),
    ("3万份以上", [("3万份以上", 30000, None, None, "份", MORE)]),
    ("3萬份以上", [("3萬份以上", 30000, None, None, "份", MORE)]),
    # a multiplied Arabic figure stands without a unit
    ("全市6.8万余党员挺身而出", [("6.8万余", 68000, None, None, None, MORE)]),
    ("全市6.8萬餘黨員挺身而出", [("6.8萬餘", 68000, None, None, None, MORE)]),
    # plain Arabic counts
    ("1253名党员", [("1253名", 1253, None, None, "名", None)]),
    ("1253名黨員", [("1253名", 1253, None, None, "名", None)]),
    ("7683个", [("7683个", 7683, None, None, "个", None)]),
    ("7683個", [("7683個", 7683, None, None, "个", None)]),
    ("40多天", [("40多天", 40, None, None, "天", MORE)]),
    ("3.5公里", [("3.5公里", 3.5, None, None, "公里", None)]),
    ("10平方米", [("10平方米", 10, None, None, "平方米", None)]),
    ("600元钱", [("600元", 600, None, None, "元", None)]),
    ("600元錢", [("600元", 600, None, None, "元", None)]),
    ("80多岁", [("80多岁", 80, None, None, "岁", MORE)]),
    ("80多歲", [("80多歲", 80, None, None, "岁", MORE)]),
    ("65岁", [("65岁", 65, None, None, "岁", None)]),
    ("65歲", [("65歲", 65, None, None, "岁", None)]),
    ("34名医疗队员", [("34名", 34, None, None, "名", None)]),
    ("34名醫療隊員", [("34名", 34, None, None, "名", None)]),
    ("18批次", [("18批次", 18, None, None, "批次", None)]),
    ("1478人", [("1478人", 1478, None, None, "人", None)]),
    ("17个昼夜", [("17个昼夜", 17, None, None, "昼夜", None)]),
    ("17個晝夜", [("17個晝夜", 17, None, None, "昼夜", None)]),
    ("3个小时", [("3个小时", 3, None, None, "小时", None)]),
    ("3個小時", [("3個小時", 3, None, None, "小时", None)]),
    ("6个月", [("6个月", 6, None, None, "月", None)]),
    ("12年党龄", [("12年", 12, None, None, "年", None)]),
    ("12年黨齡", [("12年", 12, None, None, "年", None)]),
    ("1394例", [("1394例", 1394, None, None, "例", None)]),
    ("1,253名", [("1,253名", 1253, None, None, "名", None)]),
    # OCR letters in digit runs (textprep maps them; the original characters are reported)
    ("45O元", [("45O元", 450, None, None, "元", None)]),
    ("45o元", [("45o元", 450, None, None, "元", None)]),
    # full-width digits
    ("１２５３名", [("１２５３名", 1253, None, None, "名", None)]),
    # approximation words before, between and after
    ("近8000名", [("近8000名", 8000, None, None, "名", LESS)]),
    ("近８０００名", [("近８０００名", 8000, None, None, "名", LESS)]),
    ("逾100家", [("逾100家", 100, None, None, "家", MORE)]),
    ("累计捐款近768万元", [("近768万元", 7680000, None, None, "元", LESS)]),
    ("累計捐款近768萬元", [("近768萬元", 7680000, None, None, "元", LESS)]),
    ("超30万人次", [("超30万人次", 300000, None, None, "人次", MORE)]),
    ("超過180人", [("超過180人", 180, None, None, "人", MORE)]),
    ("超过180人", [("超过180人", 180, None, None, "人", MORE)]),
    ("不足200張", [("不足200張", 200, None, None, "张", LESS)]),
    ("约300人", [("约300人", 300, None, None, "人", ABOUT)]),
    ("約300人", [("約300人", 300, None, None, "人", ABOUT)]),
    ("1500人左右", [("1500人左右", 1500, None, None, "人", ABOUT)]),
    ("7400餘人", [("7400餘人", 7400, None, None, "人", MORE)]),
    ("附近4名老党员", [("4名", 4, None, None, "名", None)]),  # 附近 is "nearby", not 近
    ("最近3天", [("3天", 3, None, None, "天", None)]),  # 最近 is "recently"
    # ranges
    ("2-4名", [("2-4名", None, 2, 4, "名", None)]),
    ("２－４名", [("２－４名", None, 2, 4, "名", None)]),
    ("2万-3万人", [("2万-3万人", None, 20000, 30000, "人", None)]),
    ("2-3万人", [("2-3万人", None, 20000, 30000, "人", None)]),
    ("三至五天", [("三至五天", None, 3, 5, "天", None)]),
    ("3到5名", [("3到5名", None, 3, 5, "名", None)]),
    # Chinese numerals with a unit
    ("三千二百零五名", [("三千二百零五名", 3205, None, None, "名", None)]),
    ("四十五万六千七百人", [("四十五万六千七百人", 456700, None, None, "人", None)]),
    ("四十五萬六千七百人", [("四十五萬六千七百人", 456700, None, None, "人", None)]),
    ("两个", [("两个", 2, None, None, "个", None)]),
    ("兩個", [("兩個", 2, None, None, "个", None)]),
    ("一名青年党员", [("一名", 1, None, None, "名", None)]),
    ("一名青年黨員", [("一名", 1, None, None, "名", None)]),
    ("一名一线医生", [("一名", 1, None, None, "名", None)]),
    ("十多万人", [("十多万人", 100000, None, None, "人", MORE)]),
    ("十多萬人", [("十多萬人", 100000, None, None, "人", MORE)]),
    ("百余人", [("百余人", 100, None, None, "人", MORE)]),
    ("百餘人", [("百餘人", 100, None, None, "人", MORE)]),
    ("一个半小时", [("一个半小时", 1.5, None, None, "小时", None)]),
    ("一個半小時", [("一個半小時", 1.5, None, None, "小时", None)]),
    ("两个多月", [("两个多月", 2, None, None, "月", MORE)]),
    ("兩個多月", [("兩個多月", 2, None, None, "月", MORE)]),
    ("每周三次", [("三次", 3, None, None, "次", None)]),
    # Chinese approximate counts: two neighbouring digits
    ("五六个小时", [("五六个小时", None, 5, 6, "小时", None)]),
    ("五六個小時", [("五六個小時", None, 5, 6, "小时", None)]),
    ("三四十人", [("三四十人", None, 30, 40, "人", None)]),
    ("十五六岁", [("十五六岁", None, 15, 16, "岁", None)]),
    ("一两个", [("一两个", None, 1, 2, "个", None)]),
    ("一兩個", [("一兩個", None, 1, 2, "个", None)]),
    # percentages
    ("95.55%", [("95.55%", 95.55, None, None, "%", None)]),
    ("95.55％", [("95.55％", 95.55, None, None, "%", None)]),
    ("95.55%左右", [("95.55%左右", 95.55, None, None, "%", ABOUT)]),
    ("3个百分点", [("3个百分点", 3, None, None, "百分点", None)]),
    # rule "百分之<number>"
    ("百分之九十五", [("百分之九十五", 95, None, None, "%", None)]),
    ("百分之95", [("百分之95", 95, None, None, "%", None)]),
    ("百分之九十以上", [("百分之九十以上", 90, None, None, "%", MORE)]),
    # several in one sentence
    (
        "医疗队共18批次,共1478人,其中党员602人。",
        [
            ("18批次", 18, None, None, "批次", None),
            ("1478人", 1478, None, None, "人", None),
            ("602人", 602, None, None, "人", None),
        ],
    ),
    (
        "醫療隊共18批次，共1478人，其中黨員602人。",
        [
            ("18批次", 18, None, None, "批次", None),
            ("1478人", 1478, None, None, "人", None),
            ("602人", 602, None, None, "人", None),
        ],
    ),
]

# Strings that hold no quantity at all.
# fmt: off
NEGATIVE_CORPUS: list[str] = [
    # names and set phrases
    "十堰市", "一线", "一線", "第一线", "第一線", "第一时间", "第一時間", "一面面", "一个个", "一個個",
    "四个意识", "四個意識", "两个维护", "兩個維護", "进一步", "進一步", "一起", "一样", "一樣", "一度",
    "一致", "万众一心", "萬眾一心", "一手抓", "统一", "統一", "唯一", "一切", "同一", "唯一一个",
    "一次性", "一人一档", "一人一檔", "一户一策", "五个一", "最后一公里", "最後一公里", "最后一米",
    "一个又一个", "一個又一個", "另一支", "这一双重", "這一雙重", "每一个", "每一個", "三番五次",
    "百分百", "千家万户", "千家萬戶", "二次检测",
    # ordinals, generations, addresses, names with numerals
    "第一梯队", "第一梯隊", "第3批", "80后", "80後", "90后", "90後", "3号楼", "3號樓", "3号3栋",
    "光明日报", "光明日報", "八一路", "五一", "三八妇女节", "三八婦女節", "P2实验室", "P2實驗室",
    "COVID-19", "1+N", "3+1",
    # durations of a part of day are left to the time parser
    "一个上午", "一個上午", "一个晚上",
    # years, dates, clock times
    "2020年", "二〇二〇年", "03年", "80年代", "五年级", "2020-2021年", "2月28日", "2020-02-01",
    "2020-02-01 13:07", "2020年03月04日13:56", "8时", "1时10分", "4时许",
    # phone-like and bare digit runs
    "13812345678", "0371-61234567", "共2046", "1.2.3",
    # not read on purpose: no number to report
    "几十名", "幾十名", "数十名", "數十名", "近百名",
]
# fmt: on


def _rows(text: str, exclude: list[tuple[int, int]] | None = None) -> list[tuple]:
    found = find_quantities(prepare(text), exclude or [])
    return [(q["text"], q["value"], q["min"], q["max"], q["unit"], q["approx"]) for q in found]


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[line[0] for line in CORPUS])
def test_corpus(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize("text", NEGATIVE_CORPUS)
def test_negative_corpus(text: str) -> None:
    assert _rows(text) == []


def test_whole_values_are_json_integers() -> None:
    (quantity,) = find_quantities(prepare("6.8萬餘名"), [])
    assert type(quantity["value"]) is int
    assert json.dumps(quantity["value"]) == "68000"


def test_offsets_are_original_offsets() -> None:
    text = "據統計，全市共有６.８萬餘名黨員，產(chǎn)量3萬(wàn)噸。"
    for quantity in find_quantities(prepare(text), []):
        assert text[quantity["start"] : quantity["end"]] == quantity["text"]
    assert [q["text"] for q in find_quantities(prepare(text), [])] == ["６.８萬餘名", "3萬(wàn)噸"]


def test_excluded_spans_are_skipped() -> None:
    text = "3天后,共40多天"
    assert _rows(text, [(0, 3)]) == [("40多天", 40, None, None, "天", MORE)]
    assert _rows(text, [(5, 6)]) == [("3天", 3, None, None, "天", None)]


def test_long_digit_runs_give_nothing() -> None:
    assert _rows("1" * 100_000 + "元") == []
    assert _rows("一" * 100_000 + "个") == []
    assert _rows("，1" * 50_000 + "名") == [("1名", 1, None, None, "名", None)]


def test_tables_have_no_duplicates() -> None:
    units = [row[0] for row in UNITS]
    assert len(units) == len(set(units))
    assert len(UNITS_AFTER_GE) == len(set(UNITS_AFTER_GE))
    assert len(SET_PHRASES) == len(set(SET_PHRASES))
    assert all(users in {"any", "arabic"} for _, users, _ in UNITS)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789.,-%OoIl一二两兩三十百千万萬亿億余餘多近约約左右个個名人年月日天小时時以上第号號 "
            )
        ),
        max_size=40,
    )
)
def test_never_raises_and_offsets_slice_the_original(text: str) -> None:
    for quantity in find_quantities(prepare(text), []):
        assert text[quantity["start"] : quantity["end"]] == quantity["text"]
        assert (
            quantity["value"] is not None
            or (quantity["min"] is not None and quantity["max"] is not None)
            or _beyond_json(quantity["text"])
        )


def _beyond_json(text: str) -> bool:
    """10^18 and more have no JSON value (`value` null, the figure kept in `text`): 1亿萬億 is 10^20."""
    powers = {"亿": 8, "億": 8, "万": 4, "萬": 4, "千": 3, "百": 2, "十": 1}  # an upper bound of the magnitude
    exponent = sum(powers.get(char, 0) for char in text)
    # OCR letters read as digits (10I, I00): counted whether or not the slice alone lets prepare read them
    digits = len(re.sub(r"[^\dIlOo]", "", prepare(text).text.split(".")[0]))
    return exponent + max(digits - 1, 0) >= 18
