"""The noise-line tests that search from the first place a match can start give what the plain
searches give. The reference is `_line_reason` with every shortcut swapped for the pattern itself."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.read import chrome
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent
_SHORTCUTS = {
    "_GAMBLING_SEARCH": chrome._GAMBLING,
    "_BANNER_SEARCH": chrome._BANNER,
    "_REPRINT_SEARCH": chrome._REPRINT_NOTICE,
    "_PROMPT_SEARCH": chrome._PROMPT,
    "_FIELD_LABEL_SEARCH": chrome._FIELD_LABEL,
    "_PHOTO_CREDIT_SEARCH": chrome._PHOTO_CREDIT,
    "_TOOLBAR_SEARCH": chrome._TOOLBAR,
    "_ANY_SPAM_WORD": re.compile(""),  # always "maybe": every line counts its spam words
}


def _reasons_both_ways(lines: list[str]) -> tuple[list, list]:
    fast = [chrome._line_reason(line) for line in lines]
    with pytest.MonkeyPatch.context() as patch:
        for name, plain in _SHORTCUTS.items():
            patch.setattr(chrome, name, plain)
        plain_reasons = [chrome._line_reason(line) for line in lines]
    return fast, plain_reasons


def test_every_shortcut_is_swapped_in_the_reference() -> None:
    for name in _SHORTCUTS:
        assert hasattr(chrome, name), name


def test_line_reasons_agree_on_the_seeds_and_pages() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "pages").glob("*/*.txt")
    )
    lines = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line for line in chrome._normalized_lines(text, prepare(text)) if line]
    fast, plain = _reasons_both_ways(lines)
    assert fast == plain
    assert any(fast)


# Words the tests look for, letters whose case folds specially (ſ, K, İ, ı), digits of other scripts
# and separators.
_WORDS = st.sampled_from(
    ["cookie", "COOKIE", "ſ", "K", "İ", "ı", "App", "app", "bet", "٣", "123", ".com", "隐私政策", "您的浏览器",
     "首页", ">>", "版权所有", "未经", "授权", "转载", "彩票", "在线观看", "免费观看", "分享到", "记者", "摄",
     "来源:", "(", ")", "图/", "图片", "照片", "提供", "资料图", " ", "|", "上一篇", "下一篇", "2020年", "正文", "edge", "官网", "a", "的", "。"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12))
def test_line_reasons_agree_on_made_up_lines(words: list[str]) -> None:
    line = "".join(words)
    fast, plain = _reasons_both_ways([line])
    assert fast == plain


def test_only_four_other_characters_fold_to_an_ascii_letter() -> None:
    # What the case-free class of first characters relies on: with IGNORECASE, an ASCII letter matches
    # its two cases and exactly these others.
    letter = re.compile("[a-z]", re.IGNORECASE)
    others = {chr(code) for code in range(sys.maxunicode + 1) if letter.fullmatch(chr(code))}
    assert others - set(string.ascii_letters) == chrome._FOLDING_TO_ASCII


def test_the_ignorecase_shortcuts_scan_without_ignorecase() -> None:
    shortcuts = [value for value in vars(chrome).values() if isinstance(value, chrome._FromFirstStart)]
    assert any(shortcut.pattern.flags & re.IGNORECASE and shortcut.start for shortcut in shortcuts)
    for shortcut in shortcuts:
        if shortcut.start is not None:
            assert not shortcut.start.flags & re.IGNORECASE, shortcut.pattern.pattern[:40]


def _spans_both_ways(lines: list[str]) -> tuple[list, list]:
    shortcuts = {name: value for name, value in vars(chrome).items() if isinstance(value, chrome._FromFirstStart)}
    fast, plain = [], []
    for line in lines:
        for name, shortcut in shortcuts.items():
            for text in (line, line.lower()):
                found, expected = shortcut.search(text), shortcut.pattern.search(text)
                fast.append((name, found and (found.span(), found.group())))
                plain.append((name, expected and (expected.span(), expected.group())))
    return fast, plain


def test_shortcut_searches_find_the_patterns_own_match() -> None:
    # `search` tries the pattern only where the class of first characters finds a start: the match
    # it gives, span and text, is the pattern's own search's, anchored (`^更多…`) alternatives too.
    lines = ["隐私政策", "请点击这里,继续阅读全文", "更多精彩新闻", "在这里更多新闻", "打开APP,看更多", "来源:某某网 2020-01-02"]
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        lines += [line for line in chrome._normalized_lines(text, prepare(text)) if line]
    fast, plain = _spans_both_ways(lines)
    assert fast == plain
    assert any(found for _, found in fast)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=12))
def test_shortcut_searches_agree_on_made_up_lines(words: list[str]) -> None:
    fast, plain = _spans_both_ways(["".join(words)])
    assert fast == plain
