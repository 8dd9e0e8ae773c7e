"""The headline of a page: the first line near the top that is neither chrome nor metadata."""

from __future__ import annotations

import re

from timeline.read.chrome import CleanText, _line_spans, _normalized_lines
from timeline.textprep import Prepared, prepare

# Title

_COLUMN_TAG = re.compile(r"^【[^】]{1,30}】\s*(?=\S{4})")
_SENTENCE_END = "。"


def _original_without_pinyin(prepared: Prepared, start: int, end: int) -> str:
    """Original characters of the prepared span [start, end) minus the pinyin `prepare` dropped."""
    return "".join(prepared.original[prepared.offsets[i]] for i in range(start, end))


def find_title(text: str, clean: CleanText, prepared: Prepared | None = None) -> str:
    """The headline: the first line near the top that is not noise, metadata, a subtitle (`——…`),
    a bullet or a plain sentence. Original script, inserted pinyin removed, surrounding spaces
    stripped. A leading column name in 【】 is dropped (`【在习近平总书记重要讲话指引下】关键时刻…`
    -> `关键时刻冲上去 危难关头豁出来`): it names the series, not the article."""
    prepared = prepared or prepare(text)
    normalized = _normalized_lines(text, prepared)
    prepared_spans = _line_spans(prepared.text)

    def title_at(index: int, limit: int | None = None) -> str:
        p_start, p_end = prepared_spans[index]
        if limit is not None:  # a long line (a whole article on one line) is cut before mapping it
            p_end = min(p_end, p_start + limit)
        original = _original_without_pinyin(prepared, p_start, p_end)
        stripped = original.strip(" \t\u3000\ufeff")
        tag = _COLUMN_TAG.match(stripped)
        return stripped[tag.end() :] if tag else stripped

    fallback = None
    for index in range(min(clean.head_lines, len(normalized), 30)):
        line = normalized[index]
        if not line or len(line) > 100 or clean.is_noise_line(index) or _hans(line) < 4:
            continue
        if line.startswith(("——", "--", "●", "·", "■", "▲", "(", "[")):
            continue
        if line.endswith(_SENTENCE_END):
            fallback = fallback if fallback is not None else index
            continue
        return title_at(index)
    if fallback is not None:
        return title_at(fallback)
    # No headline at the top: the start of the first real sentence, cut short.
    for index, line in enumerate(normalized):
        if line and not clean.is_noise_line(index) and _HAN_PAIR.search(line):
            sentence = title_at(index, limit=400)
            cut = re.search(r"[。!?！？]", sentence)
            sentence = sentence[: cut.start()] if cut else sentence
            return sentence[:40]
    return ""


_HAN_PAIR = re.compile(r"[\u3400-\u9fff].*?[\u3400-\u9fff]")  # at least two Han characters


def _hans(line: str) -> int:
    return sum(1 for ch in line if "\u3400" <= ch <= "\u9fff")
