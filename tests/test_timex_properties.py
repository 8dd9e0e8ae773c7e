"""Properties of the time normalizer that hold for any text: it never raises, and offsets slice the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline

# Characters that time rules start or end with, plus separators and traditional and full-width forms,
# so that random strings exercise many partial matches.
_ALPHABET = (
    "0123456789０１２３４５６７８９:-/.~ 年月日号號时時点點分秒半刻前后後以来來至到从從自截起今昨明次当當翌"
    "上下本这週周星期天个個多余餘两兩零〇一二三四五六七八九十廿卅百千万凌晨早中午晚夜间许左右初底旬季度"
    "农历腊臘正元宵除夕春节節端秋重阳陽国庆國慶立清明冬至庚子甲辰虎每过去未最第和之间康熙民国世纪代(（)）,，。"
    "ampAPM "
)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40), day=st.one_of(st.none(), st.dates()))
def test_parse_never_raises_and_offsets_slice(text: str, day) -> None:
    result = timeline.parse(text, day)
    for mention in result["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_references_at_the_edges_of_the_calendar() -> None:
    text = "前1周 后1年 去年 昨天 明天 三天后 明年 过去十年 上个半年 下个半年 下半周 未来3年 春节 元旦 下月 下周五 1月 29日 12月"
    for ref in ("0001-01-01", "9999-12-31"):
        for mention in timeline.parse(text, ref)["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
