"""Bytes to text: BOMs, UTF-16/32 without a BOM, UTF-8 (strict, then leniently), GB18030/GBK, Big5."""

import codecs
import re

import charset_normalizer

from timeline.read.errors import DocumentError
from timeline.textprep import to_simplified

# Leading bytes of binary formats a user may point us at by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7z archive",
    b"Rar!": "a RAR archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable",
}
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# User labels that browsers (WHATWG Encoding) read with a larger codec: GB2312 pages are GBK in practice.
_WIDER_CODEC = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "cp950": "big5hkscs"}

# The 800 most frequent simplified characters (character frequencies summed from the word frequencies
# of jieba's dictionary). Real Chinese text has 75-90% of its Han characters among them; Big5 bytes
# read as GBK, or GBK bytes read as Big5, give well under 50%.
_COMMON_HANS = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "越局推满且列觉服双未居除乐企引标确织初青志率项飞球节察龙响药站施均消客失轻存低甚般击曾防请离落显罗营足素视护副食创余照兴占巴虽洲村费易试星木黑左宝置跟央识维采六底宫房音环案批切斗富乡另倒若按查故突责严"
    "桥模仅胜杀围席态破承招杨负层须父供续状域似依银范修找九致密终血旅钱赛独细效玉冲获习医演毛尽脸弹楼艺航陆右协七攻镇检写苏宗章注阿抗弟坐验封紧劳户优财养适陈喜卫排射哥油刻留急降念云微伤例景拿绝阶座刘刚害印"
    "亿沙母酒助闻超审待压升送监策略限竟香配藏敌呢差仍兰温园树征善波哪词岛止预怕继皮执味份角草男普答益谁船惊核街夏宣掌田久著画辑奇尼剑吧谈背免孩礼材愿洋春架筑括晚乱乎讲尚良友临激刀夜室既敢邦挥昌板胡欧福港叶"
)
_SAMPLE_CHARS = 4000  # enough characters to judge a decoding; long files are not scored in full


def read_bytes_text(
    data: bytes, encoding: str | None = None, warnings: list[str] | None = None
) -> tuple[str, str]:
    """Decode `data` and return `(text, encoding_name)`; the text is kept exactly as decoded.

    Without `encoding`: known binary signatures are refused; a BOM decides (UTF-8, UTF-16, UTF-32);
    NUL bytes mean UTF-16/32 without a BOM (both byte orders scored), else binary, unless they are
    under 1% of a text that reads as text otherwise (each becomes U+FFFD, with a warning); otherwise strict
    UTF-8, then UTF-8 with a few damaged bytes (see below), then the strict CJK decodings (GB18030,
    Big5/CP950/HKSCS, BOM-less UTF-16) are scored by their share of common Chinese characters, and
    charset-normalizer has the last word when none reads as Chinese. `encoding` overrides the
    detection (a GB2312/GBK/Big5 label is widened to its superset when the narrow codec fails, and
    is decoded strictly). Binary or undecodable data raises `DocumentError`.

    A UTF-8 file with a few invalid bytes (a bad copy, a cut in the middle of a character) is read
    leniently: each invalid sequence becomes U+FFFD and a message saying so is appended to
    `warnings`. "A few" means no more invalid bytes than valid non-ASCII characters, which GBK or
    Big5 bytes never come near (read as UTF-8 they are almost all invalid).
    """
    if encoding:
        return _decode_as(data, encoding)
    if not data:
        return "", "utf-8"
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DocumentError(f"binary data ({kind}), not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            body, codec = data[len(bom) :], name.replace("-sig", "")
            try:
                return body.decode(codec), name
            except UnicodeDecodeError as error:
                if error.end < len(body) or error.reason not in _CUT_SHORT:
                    raise DocumentError(
                        f"starts with a {name} byte order mark but is not valid {name}: {error.reason}"
                    ) from None
                _note(warnings, _cut_short_message(len(body) - error.start))
                return body.decode(codec, errors="replace"), name
    if b"\x00" in data:
        wide = _wide_unicode_decoding(data, warnings)
        if wide is not None:
            return wide
        count = data.count(b"\x00")
        if count * 100 > len(data):
            raise DocumentError("binary data (NUL bytes), not text")
        # A stray NUL or two in a text (a bad copy, a database export): read the rest, and say so.
        text, name = _narrow_decoding(data, warnings)
        plural = "byte" if count == 1 else "bytes"
        _note(warnings, f"{count} NUL {plural} (first at byte {data.index(0)}) read as U+FFFD")
        return text.replace("\x00", "\ufffd"), name
    return _narrow_decoding(data, warnings)


# How a decoder says that the data stopped in the middle of a character.
_CUT_SHORT = ("truncated data", "unexpected end of data")


def _cut_short_message(count: int) -> str:
    last = "the last byte" if count == 1 else f"the last {count} bytes"
    return f"ends in the middle of a character: {last} read as U+FFFD"


def _note(warnings: list[str] | None, message: str) -> None:
    if warnings is not None:
        warnings.append(message)


def _narrow_decoding(data: bytes, warnings: list[str] | None) -> tuple[str, str]:
    """UTF-8 (strict, cut short, then a few damaged bytes), else the best CJK decoding."""
    try:
        return _refuse_control_characters(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as error:
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            # A file cut in the middle of its last character: keep the rest.
            return _refuse_control_characters(data.decode("utf-8", errors="replace")), "utf-8"
    damaged = _damaged_utf8(data)
    if damaged is not None:
        text, message = damaged
        if warnings is not None:
            warnings.append(message)
        return _refuse_control_characters(text), "utf-8"
    best = _best_cjk_decoding(data)
    if best is None:
        raise DocumentError(
            "could not detect the encoding (not UTF-8, UTF-16, GB18030 or Big5); try --encoding"
        )
    return best


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """`(text, warning)` when `data` is UTF-8 with a few invalid bytes, else None."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # each invalid byte -> one surrogate
    bad_positions = [index for index, ch in enumerate(escaped) if "\udc80" <= ch <= "\udcff"]
    valid_non_ascii = sum(1 for ch in escaped if ch > "\x7f") - len(bad_positions)
    if not bad_positions or valid_non_ascii < len(bad_positions):
        return None
    first_byte = len(escaped[: bad_positions[0]].encode("utf-8", errors="surrogateescape"))
    count = len(bad_positions)
    plural = "byte" if count == 1 else "bytes"
    message = f"{count} invalid UTF-8 {plural} (first at byte {first_byte}) read as U+FFFD"
    return data.decode("utf-8", errors="replace"), message


# C0 control characters other than tab, line feed, vertical tab, form feed, carriage return and escape.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE_CHARS]
    controls = len(_CONTROL.findall(sample))
    return controls / len(sample) if sample else 0.0


def _refuse_control_characters(text: str) -> str:
    # Text has (almost) no control characters; binary data decoded as ASCII does.
    if _control_share(text) > 0.01:
        raise DocumentError("binary data (control characters), not text")
    return text


def text_codec(encoding: str) -> str | None:
    """The codec name for `encoding` when it is a text encoding; None for an unknown name and for the
    codecs that turn bytes into bytes or text into text (rot13, zlib, base64, hex, uu, bz2...)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):  # ValueError: a name with a NUL character in it
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def encoding_problem(encoding: str) -> str | None:
    """Why `encoding` cannot decode a document (unknown, or not a text encoding), or None."""
    if text_codec(encoding) is not None:
        return None
    try:
        codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        return f"unknown encoding {encoding!r}"
    return f"{encoding!r} is not a text encoding"


def declared_charset(data: bytes, declared: str) -> str | None:
    """A page's declared charset when it is a text encoding that reads the page; None when detection
    should decide: the name is not a text encoding, or the page is valid UTF-8 with non-ASCII text that
    the declared single-byte or CJK charset would read as mojibake (a page that says latin-1 and is
    UTF-8), or the declared charset reads no Chinese where the detected one does."""
    name = text_codec(declared)
    if name is None:
        return None
    if name in ("utf-8", "utf-8-sig") or data.isascii():
        return declared
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None  # valid UTF-8 with non-ASCII bytes is UTF-8, whatever the page says
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return declared  # the reader falls back to detection itself
    if _chinese_score(text) < 0.3:
        best = _best_cjk_decoding_quietly(data)
        if best is not None and _chinese_score(best[0]) >= 0.3:
            return None
    return declared


def _best_cjk_decoding_quietly(data: bytes) -> tuple[str, str] | None:
    try:
        return _best_cjk_decoding(data)
    except DocumentError:
        return None


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    problem = encoding_problem(encoding)
    if problem is not None:
        raise DocumentError(problem)
    name = codecs.lookup(encoding).name
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"  # the utf-16 and utf-32 codecs drop their BOM themselves
    tried = []
    while name:
        tried.append(name)
        try:
            return data.decode(name), name
        except UnicodeDecodeError as error:
            last_error = error
        name = _WIDER_CODEC.get(name, "")
    raise DocumentError(f"not valid {' or '.join(tried)}: {last_error.reason} at byte {last_error.start}")


def _wide_unicode_decoding(data: bytes, warnings: list[str] | None = None) -> tuple[str, str] | None:
    """UTF-16/32 without a BOM, which is the only text with NUL bytes (ASCII characters carry one).

    Both byte orders are decoded strictly and scored like the CJK codecs: the right one reads as
    Chinese (or plain ASCII), the wrong one as rare characters. Binary data fails both ways. A UTF-16
    file a byte short (cut in its last character) is read with U+FFFD for that byte and a warning."""
    candidates = []
    for name, unit in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
        cut = len(data) % unit
        if cut and unit == 4:
            continue
        try:
            text = data[: len(data) - cut].decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_chinese_score(text), cut, text, name))
    if not candidates:
        return None
    score, cut, text, name = max(candidates, key=lambda c: (c[0], -c[1]))
    if score < 0.3:
        return None
    if cut:
        _note(warnings, _cut_short_message(cut))
        text += "\ufffd"
    return text, name


def _best_cjk_decoding(data: bytes) -> tuple[str, str] | None:
    candidates: list[tuple[float, int, str, str]] = []
    for order, names in enumerate(
        (("gb18030",), ("big5", "cp950", "big5hkscs"), ("utf-16-le",), ("utf-16-be",))
    ):
        if names[0].startswith("utf-16") and len(data) % 2:
            continue
        for name in names:  # the first codec of a family that decodes strictly
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            candidates.append((_chinese_score(text), -order, text, name))
            break
    if not candidates:
        return None
    score, _, text, name = max(candidates, key=lambda c: (c[0], c[1]))
    if score < 0.3:
        # Nothing reads as Chinese: maybe another language (Latin-1, Shift-JIS...), maybe binary.
        guess = charset_normalizer.from_bytes(data).best()
        if guess is not None and guess.encoding:
            return str(guess), guess.encoding.replace("_", "-")
        if score == 0.0:
            raise DocumentError("binary data (control characters), not text")
    if name == "gb18030":
        try:  # say "gbk" when the narrower, more familiar codec reads it the same way
            if data.decode("gbk") == text:
                name = "gbk"
        except UnicodeDecodeError:
            pass
    return text, name


def _chinese_score(text: str) -> float:
    """Share of the non-ASCII, non-space characters that are common Chinese characters."""
    sample = text[:_SAMPLE_CHARS]
    if _control_share(sample) > 0.01:
        return 0.0  # a wrong decoding, or binary data
    others = [ch for ch in sample if ord(ch) > 0x7F and not ch.isspace()]
    if not others:
        return 0.5  # plain ASCII under this decoding: acceptable, but any Chinese reading is better
    simplified = to_simplified("".join(others))
    common = sum(1 for ch in simplified if ch in _COMMON_HANS)
    return common / len(others)
