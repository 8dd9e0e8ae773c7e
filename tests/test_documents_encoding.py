"""Decoding documents: every supported encoding, detected without a hint, on short and long texts.

Encoded fixtures are made here with `.encode()` from seed text, so no binary files are committed."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from timeline.documents import DocumentError, read_bytes_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed(name_prefix: str) -> str:
    (path,) = SEEDS.glob(f"{name_prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def body_passage(name_prefix: str, line_index: int) -> str:
    return seed(name_prefix).splitlines()[line_index].strip()


def cut(text: str, encoding: str, max_bytes: int) -> bytes:
    """`text` encoded, cut to at most `max_bytes` on a character boundary."""
    data = text.encode(encoding)[:max_bytes]
    while True:
        try:
            data.decode(encoding)
            return data
        except UnicodeDecodeError:
            data = data[:-1]


# Real news text from the seeds: simplified (seed 000) and traditional (seed 003).
HANS = body_passage("000", 8) + "\n" + body_passage("000", 10)
HANT = body_passage("003", 5) + "\n" + body_passage("003", 9)


def test_short_gbk_news_text_of_200_bytes_is_detected():
    data = cut(HANS, "gbk", 200)
    assert 190 <= len(data) <= 200
    text, encoding = read_bytes_text(data)
    assert text == data.decode("gbk")
    assert encoding in ("gbk", "gb18030")


def test_short_big5_news_text_of_200_bytes_is_detected():
    data = cut(HANT, "big5", 200)
    assert 190 <= len(data) <= 200
    text, encoding = read_bytes_text(data)
    assert text == data.decode("big5")
    assert encoding == "big5"


@pytest.mark.parametrize("size", [40, 80, 200, 400, 2000])
@pytest.mark.parametrize(
    ("source", "encoding"),
    [
        ("hans", "gbk"),
        ("hans", "gb18030"),
        ("hant", "big5"),
        ("hant", "gb18030"),  # traditional text in a GB file
        ("hans", "utf-8"),
        ("hant", "utf-8"),
        ("hans", "utf-16-le"),
        ("hans", "utf-16-be"),
        ("hant", "utf-16-le"),
    ],
)
def test_every_encoding_and_size_is_detected(source, encoding, size):
    text = {"hans": HANS, "hant": HANT}[source] * 10
    data = cut(text, encoding, size)
    decoded, _ = read_bytes_text(data)
    assert decoded == data.decode(encoding)


def test_whole_seeds_in_gb18030_and_big5():
    for prefix in ("000", "001", "002"):
        text = seed(prefix)
        assert read_bytes_text(text.encode("gb18030"))[0] == text
    data = seed("003").encode("big5", errors="replace")  # 壪 (U+58EA) is in no Big5 table: "?"
    assert read_bytes_text(data) == (data.decode("big5"), "big5")
    text = seed("004")
    assert read_bytes_text(text.encode("gb18030"))[0] == text


def test_utf8_with_and_without_bom():
    text = body_passage("001", 14)
    assert read_bytes_text(text.encode("utf-8")) == (text, "utf-8")
    assert read_bytes_text(codecs.BOM_UTF8 + text.encode("utf-8")) == (text, "utf-8-sig")


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_utf16_and_utf32_with_bom(bom, codec, name):
    text = HANS
    assert read_bytes_text(bom + text.encode(codec)) == (text, name)


def test_utf16_without_bom_by_nul_pattern():
    text = "2020年03月04日13:56 来源:中国组织人事报\n" + HANS
    assert read_bytes_text(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert read_bytes_text(text.encode("utf-16-be")) == (text, "utf-16-be")


def test_utf16_without_bom_and_without_any_nul():
    text = "党旗在疫情防控高高飘扬"  # no ASCII (and no 一, U+4E00), so no NUL byte to go by
    assert b"\x00" not in text.encode("utf-16-le")
    assert read_bytes_text(text.encode("utf-16-le")) == (text, "utf-16-le")


def test_crlf_and_lone_cr_are_kept_as_decoded():
    text = "标题\r\n2020-02-01 13:07\r来源:安阳网\n正文"
    assert read_bytes_text(text.encode("gbk"))[0] == text
    assert read_bytes_text(text.encode("utf-8"))[0] == text


def test_full_width_text_is_kept():
    text = "２０２０年３月４日，武汉。"
    assert read_bytes_text(text.encode("gbk"))[0] == text


def test_empty_and_ascii():
    assert read_bytes_text(b"") == ("", "utf-8")
    assert read_bytes_text(b"plain ascii 2020-03-04\n") == ("plain ascii 2020-03-04\n", "utf-8")


def test_truncated_last_utf8_character_is_tolerated():
    data = "武汉封城".encode()[:-1]
    text, encoding = read_bytes_text(data)
    assert encoding == "utf-8" and text.startswith("武汉封")


def test_encoding_override_wins():
    data = HANS.encode("gbk")
    assert read_bytes_text(data, "gbk") == (HANS, "gbk")
    # Read on purpose with the wrong codec: the caller asked for it.
    assert read_bytes_text("abc".encode("utf-16-le"), "latin-1")[1] == "iso8859-1"


def test_encoding_override_widens_gb2312_to_gb18030():
    text = "镕基与喆"  # 镕 and 喆 are GBK/GB18030 but not GB2312
    text, name = read_bytes_text(text.encode("gb18030"), "gb2312")
    assert text == "镕基与喆" and name == "gb18030"


def test_encoding_override_errors_are_clear():
    with pytest.raises(DocumentError, match="unknown encoding 'klingon'"):
        read_bytes_text(b"abc", "klingon")
    with pytest.raises(DocumentError, match="not valid utf-8"):
        read_bytes_text(HANS.encode("gbk"), "utf-8")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"\xff\xd8\xff\xe0" + bytes(200),
        b"PK\x03\x04" + bytes(100),
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3",
        bytes(range(256)) * 4,  # NUL and control bytes
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40,
    ],
)
def test_binary_data_is_refused(data):
    with pytest.raises(DocumentError, match="binary|could not detect"):
        read_bytes_text(data)
