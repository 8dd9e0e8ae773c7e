"""Which outlet a page's report comes from: the head's source line (`来源:人民网`), else the agency of
its wire dateline (`新华社北京4月11日电`, `(中央社记者某某台北15日电)`, `【明报专讯】`)."""

from __future__ import annotations

import re

from timeline.textprep import Prepared, without_inserted_pinyin

_HEAD_LINES = 40
_SOURCE = re.compile(
    r"(?:来源|稿源|出处|来自|信息来源|内容来源)\s*:\s*"
    # the date before the paper's name (`来源:9月30日《某某电讯》`) is no part of the name
    r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?P<quote>《)?"
    r"(?P<name>(?(quote)[^\s|丨/,。:;()\[\]【】》]|[^\s|丨/,。:;()\[\]【】]){2,20})"
)
_CODE = re.compile(r"^[A-Za-z]{0,4}\d{4,}$")  # a mirror's code (`sp20241109`), not a name
_WIRE = re.compile(
    r"^[(\[【]?\s*(?P<name>新华社|中新社|中新网|中国新闻网|人民网|央视网|央广网|中央社|法新社|路透社|美联社|共同社|韩联社"
    r"|明报|星岛日报|东方日报|大公报|文汇报|联合报|自由时报|联合早报|澳门日报)"
)

# A lede's opening tag that names the outlet in brackets (`[NOWnews今日新闻]`, `【环球网报道】`,
# `【某某日报讯】`): the name ends in a word that outlets' names end in; a column tag does not
# (`【网络中国节·元宵】`).
_BRACKET_TAG = re.compile(
    r"^[\[【]\s*(?P<name>[^\]】\s,。:;]{0,14}?(?:新闻|日报|晚报|早报|时报|商报|周刊|电视台|电视|网|社|台))"
    r"\s*(?:讯|专讯|报道|消息|记者[^\]】]{0,12})?\s*[\]】]"
)

# An outlet's name opening the page's stamp line (`台视新闻 2023-09-03`, `美国之音 2023-09-04`, `有线新闻
# i-Cable 2023年09月03日`, `海峡导报驻台记者 某某 2023-09-03`, `【新唐人北京时间2023年09月04日讯】`): the
# first run of Han characters, before its reporter's credit, an English name or the stamp itself.
_NAME_BEFORE_STAMP = re.compile(
    r"^(?:[【\[](?P<tagged>[\u4e00-\u9fff]{2,8}?)(?:北京时间|香港时间|台北时间|当地时间)?"
    r"|(?P<name>[\u4e00-\u9fff]{2,12}?)(?:驻\S{0,3}?记者|记者)?(?:\s+[A-Za-z][\w.-]*)?"
    r"(?:\s+(?:N\S{0,3})?(?:记者)?\s*[\u4e00-\u9fff]{2,4})?(?:\s+|\s*[|丨/]\s*))"
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]"
)
# how outlets' names end (`…新闻`, `…报`, `…社`, `…台`, `…周刊`, `…传媒`, `…头条`, `美国之音`, `大纪元`, `新唐人`)
_OUTLET_END = re.compile(r"(?:新闻|报|社|台|网|刊|媒|头条|之音|纪元|唐人)$")
# words that open a stamp line but name no outlet (`记者 某某 2023-09-03`, `发布时间 2023-09-03`)
_NOT_A_NAME = re.compile(r"记者|编辑|来源|作者|发布|时间|日期|更新|本报|本网|通讯员|文|图")


def find_outlet(prepared: Prepared, head_lines: int) -> str | None:
    """The outlet named in the head (original script), or None when the page names none: a source
    line, a wire dateline or a bracketed tag first, else a name opening the stamp line."""
    lines = prepared.text.split("\n")
    limit = min(len(lines), max(head_lines + 2, 3), _HEAD_LINES)
    fallback = None
    offset = 0
    for line in lines[:limit]:
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        for match, shift in (
            (_SOURCE.search(line), 0),
            (_WIRE.match(stripped), indent),
            (_BRACKET_TAG.match(stripped), indent),
        ):
            if match and not _CODE.match(match["name"]):
                return _original_name(prepared, offset + shift + match.start("name"), match["name"])
        stamp = _NAME_BEFORE_STAMP.match(stripped) if fallback is None else None
        if stamp:
            group = "tagged" if stamp["tagged"] else "name"
            if _OUTLET_END.search(stamp[group]) and not _NOT_A_NAME.search(stamp[group]):
                fallback = _original_name(prepared, offset + indent + stamp.start(group), stamp[group])
        offset += len(line) + 1
    return fallback


def _original_name(prepared: Prepared, start: int, name: str) -> str:
    # the original span keeps what the prepared text left out, such as pinyin that a bad conversion
    # inserted (`華龍網(wǎng)`)
    return without_inserted_pinyin(prepared.original_text(start, start + len(name)))
