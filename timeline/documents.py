"""Reading documents for `timeline extract`: paths, bytes to text, HTML to text, noise, title, date.

The pipeline for one file is `load_document(path, doc_id)`:
1. the bytes are decoded (`read_bytes_text`: BOMs, UTF-16 without a BOM, UTF-8, GB18030/GBK, Big5, with
   a frequency check of common Chinese characters to choose between the CJK codecs on short files);
2. HTML is turned into plain text (`html_to_text`); the decoded (or extracted) text is then kept as is,
   because every offset reported later points into it (CR and CRLF line ends included);
3. noise lines (repeated captions, banners, spam, navigation, editor credits, datelines) are marked
   without changing the text (`clean_lines`);
4. the headline (`find_title`) and the publication time (`find_publication`) are read from the text.

Matching is done on `textprep.prepare(text).text` (simplified, half-width, pinyin removed), whose lines
correspond one to one with the lines of the original text, so every rule sees one spelling.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import errno
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import charset_normalizer

from timeline.textprep import Prepared, prepare, to_simplified


class DocumentError(Exception):
    """A document that cannot be read; the message is one line naming the path and the reason."""


# --------------------------------------------------------------------------------------------------
# Paths

FOLDER_EXTENSIONS = (".txt", ".html", ".htm")
STDIN_PATH = "-"
STDIN_ID = "stdin"


def iter_document_paths(
    paths: list[str], on_skip: Callable[[str, str], None] | None = None
) -> Iterator[tuple[str, str]]:
    """Yield `(path, doc_id)` for every document named by `paths`, in order.

    A file given directly is taken whatever its extension, with its file name as id. A folder is
    walked recursively (sorted, hidden entries skipped, symlinked folders followed once) for `.txt`,
    `.html` and `.htm` files, with ids relative to that folder. `-` is standard input (id `stdin`).

    Nothing is checked here: a missing or unreadable path is still yielded, and `load_document` raises
    `DocumentError` for it, so a caller reports that one path and carries on with the others.
    The same file reached twice is yielded once. Ids are unique within the run: a later id that is
    already taken gets the name of the folder it was found in as a prefix (`other/a.txt`), then `~2`,
    `~3`, ... if still taken.

    `on_skip(path, reason)` hears about what a folder walk passes over that a user would want to
    know: a folder given with no documents in it, a symbolic link loop, a broken symbolic link.
    """
    report = on_skip or (lambda path, reason: None)
    used_ids: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    stdin_done = False
    for given in paths:
        if given == STDIN_PATH:
            if not stdin_done:
                stdin_done = True
                yield STDIN_PATH, _unique_id(STDIN_ID, "", used_ids)
            continue
        if os.path.isdir(given):
            root_name = _folder_name(given)
            found_any = False
            for path, relative in _walk_folder(given, report):
                found_any = True
                if _already_seen(path, seen_files):
                    continue
                yield path, _unique_id(relative, root_name, used_ids)
            if not found_any:
                report(given, "no .txt, .html or .htm files in this folder")
        else:
            # A file, or something missing or unreadable: load_document reports the latter.
            if os.path.exists(given) and _already_seen(given, seen_files):
                continue
            parent_name = _folder_name(os.path.dirname(given) or ".")
            yield given, _unique_id(os.path.basename(given.rstrip("/\\")) or given, parent_name, used_ids)


def _folder_name(folder: str) -> str:
    return os.path.basename(os.path.abspath(folder)) or "root"


def _already_seen(path: str, seen: set[tuple[int, int]]) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return False
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return True
    seen.add(key)
    return False


def _unique_id(candidate: str, prefix: str, used: set[str]) -> str:
    doc_id = candidate
    if doc_id in used and prefix:
        doc_id = f"{prefix}/{candidate}"
    base, number = doc_id, 2
    while doc_id in used:
        doc_id = f"{base}~{number}"
        number += 1
    used.add(doc_id)
    return doc_id


def _walk_folder(root: str, report: Callable[[str, str], None]) -> Iterator[tuple[str, str]]:
    """(path, id relative to root) for the readable documents under root, sorted by relative path.

    An unreadable sub-folder is yielded itself, so that `load_document` reports it. Symbolic link
    loops and broken links are passed to `report` and skipped; a folder reached a second time by
    another name is skipped quietly (its documents are read once).
    """
    found: list[tuple[tuple[str, ...], str]] = []
    visited: set[tuple[int, int]] = set()

    def visit(folder: str, parts: tuple[str, ...], ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            status = os.stat(folder)
        except OSError:
            return
        key = (status.st_dev, status.st_ino)
        if key in ancestors:
            report(folder, "symbolic link loop (leads back to a folder above it), skipped")
            return
        if key in visited:  # the same folder linked twice
            return
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            found.append((parts, folder))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows symlinks; a broken link is neither dir nor file
                is_file = entry.is_file()
            except OSError:  # a link loop, or a target we may not look at
                if entry.is_symlink():
                    report(entry.path, _broken_link_reason(entry.path))
                continue
            if is_dir:
                visit(entry.path, parts + (entry.name,), ancestors | {key})
            elif is_file and entry.name.lower().endswith(FOLDER_EXTENSIONS):
                found.append((parts + (entry.name,), entry.path))
            elif not is_file and entry.is_symlink() and entry.name.lower().endswith(FOLDER_EXTENSIONS):
                report(entry.path, _broken_link_reason(entry.path))

    visit(root, (), frozenset())
    found.sort()
    for parts, path in found:
        yield path, "/".join(parts) or _folder_name(path)


def _broken_link_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop, skipped"
        if error.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist), skipped"
        return f"{error.strerror or error}, skipped"
    return "not a regular file, skipped"


# --------------------------------------------------------------------------------------------------
# Bytes to text

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
    NUL bytes mean UTF-16/32 without a BOM (both byte orders scored) or binary; otherwise strict
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
            try:
                return data[len(bom) :].decode(name.replace("-sig", "")), name
            except UnicodeDecodeError as error:
                raise DocumentError(
                    f"starts with a {name} byte order mark but is not valid {name}: {error.reason}"
                ) from None
    if b"\x00" in data:
        wide = _wide_unicode_decoding(data)
        if wide is None:
            raise DocumentError("binary data (NUL bytes), not text")
        return wide
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


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE_CHARS]
    controls = sum(1 for ch in sample if ord(ch) < 0x20 and ch not in "\t\n\r\f\v\x1b")
    return controls / len(sample) if sample else 0.0


def _refuse_control_characters(text: str) -> str:
    # Text has (almost) no control characters; binary data decoded as ASCII does.
    if _control_share(text) > 0.01:
        raise DocumentError("binary data (control characters), not text")
    return text


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise DocumentError(f"unknown encoding {encoding!r}") from None
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


def _wide_unicode_decoding(data: bytes) -> tuple[str, str] | None:
    """UTF-16/32 without a BOM, which is the only text with NUL bytes (ASCII characters carry one).

    Both byte orders are decoded strictly and scored like the CJK codecs: the right one reads as
    Chinese (or plain ASCII), the wrong one as rare characters. Binary data fails both ways."""
    candidates = []
    for name, unit in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
        if len(data) % unit:
            continue
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_chinese_score(text), text, name))
    if not candidates:
        return None
    score, text, name = max(candidates, key=lambda c: c[0])
    return (text, name) if score >= 0.3 else None


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


# --------------------------------------------------------------------------------------------------
# HTML to text

_SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "title", "head", "svg", "iframe", "object"}
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "option", "select", "summary", "details",
    }
)  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_BREAK = "\x00"  # a block boundary, resolved to a newline once the text is assembled
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_SOURCE_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]*[\r\n]+[ \t]*(?=[{_CJK}])")


class _TextCollector(HTMLParser):
    """Collects the visible text as pieces, with `_BREAK` markers where blocks begin and end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities and character references come unescaped
        self.parts: list[str] = []
        self.skip_tag = ""  # the element whose content is being dropped, and how deeply it nests
        self.skip_depth = 0
        self.pre_depth = 0
        self.in_h1 = False
        self.h1_done = False
        self.h1_parts: list[str] = []  # the first <h1>, the page's own headline

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth += 1
            elif tag == "body" and self.skip_tag == "head":  # a head left unclosed
                self.skip_depth = 0
            else:
                return
            if self.skip_depth:
                return
        if tag in _SKIPPED_TAGS:
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag == "h1" and not self.h1_done:
            self.in_h1 = True
        self._boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_depth:
            self._boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag == self.skip_tag:
                self.skip_depth -= 1
            return
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag == "h1" and self.in_h1:
            self.in_h1, self.h1_done = False, True
        if tag in _BLOCK_TAGS and tag != "br":
            self.parts.append(_BREAK)

    def _boundary(self, tag: str) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append(_BREAK)
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        data = data.replace(_BREAK, "\ufffd")  # as browsers do with a NUL in the page
        if not self.pre_depth:
            # A line break of the source between two Chinese characters is not a space of the text.
            data = _SOURCE_BREAK_BETWEEN_CJK.sub("", data)
            data = _HTML_SPACE.sub(" ", data)
        self.parts.append(data)
        if self.in_h1:
            self.h1_parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        blocks = re.split(rf"[ \t]*{_BREAK}(?:[\s{_BREAK}]*{_BREAK})?[ \t]*", joined)
        lines = [line.strip(" \t") for block in blocks for line in block.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")

    def headline(self) -> str:
        return " ".join("".join(self.h1_parts).split())


def _parse_html(html: str) -> _TextCollector:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return collector


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: scripts, styles, templates and the head dropped, entities
    unescaped, block elements and <br> on lines of their own, table cells separated by tabs, runs of
    spaces collapsed (kept inside <pre>), lines stripped, at most one blank line in a row.

    A line break of the source between two Chinese characters is dropped, not turned into a space,
    because it is not part of the text."""
    return _parse_html(html).text()


def looks_like_html(text: str, path: str = "") -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip("\ufeff\xef\xbb\xbf \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<?xml") and "<html" in text.lower()
    )


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


# --------------------------------------------------------------------------------------------------
# Noise lines

# Spam keywords of pirate video / gambling sites that hijack scraped pages (simplified). Two distinct
# ones on a line make it spam; one alone is too weak (亚洲, 国产 and 精品 occur in news).
_SPAM_WORDS = (
    "在线观看", "免费观看", "在线免费", "在线播放", "在线视频", "高清在线", "不卡", "无码", "有码",
    "亚洲精品", "国产精品", "精品网站", "国产剧情", "日韩", "欧美精品", "成人视频", "成人网站", "av在线",
    "娱乐城", "博彩", "时时彩", "六合彩", "真人视频", "百家乐", "老虎机", "午夜福利", "午夜影院",
)  # fmt: skip
# Site banners and breadcrumbs: `中国共产党新闻网>>…官方网站`, `中共中央宣传部委托新华通讯社主办`.
_BANNER = re.compile(
    r">>|»|首页\s*>|当前位置|您的位置|您现在的位置|版权所有|all rights reserved|copyright|©|icp[备证]"
    r"|(?:官方网站|官网|主办|承办|协办|联合出品|网站地图)$",
    re.IGNORECASE,
)
# Labels of page furniture, on a short line of their own (`分享到:`, `责任编辑:孔德明`, `(责编:…)`).
_FURNITURE = re.compile(
    r"^[(\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|美编|值班编辑|分享到|分享|相关文章|相关阅读|相关新闻"
    r"|相关专题|相关链接|相关报道|相关推荐|延伸阅读|推荐阅读|热门推荐|编辑推荐|热门文章|热点推荐|热点新闻|热门新闻"
    r"|点击排行|排行榜|精彩推荐|精彩图片|猜你喜欢|为你推荐|网友评论|发表评论|我要评论|评论|广告|返回顶部|返回首页"
    r"|打印本页|打印|关闭窗口|关闭|上一篇|下一篇|扫一扫|扫描二维码|微信扫一扫|手机看|手机版|字号|纠错|举报|收藏"
    r"|点赞|转发|加载更多|查看更多|更多)\s*(?:[::)\]】]|$)",
)
# Metadata lines: source and author lines, and reporter bylines such as `(本报记者 章正 张景华 董城)`.
_SOURCE_LINE = re.compile(r"^[\[【(]?\s*(?:来源|稿源|出处|作者|文/|图/|摄影|通讯员)\s*[::/]")
_REPORTER_LINE = re.compile(
    r"^[(\[【]?[^,。;!?]{0,20}?记者[\s、,]*(?:[\u4e00-\u9fff]{2,4}[\s、,]*){1,6}[)\]】]?$"
)
_FURNITURE_MAX = 40  # furniture and metadata lines are short; a longer line is text that mentions them

# A full date with an optional clock time, on normalized (half-width, simplified) text.
_DATE = (
    r"(?P<year>(?:19|20)\d\d)\s*(?:年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"|(?P<sep>[-/.])(?P<month2>\d{1,2})(?P=sep)(?P<day2>\d{1,2})(?!\d))"
)
_CLOCK = r"(?:\s*(?P<hour>\d{1,2})\s*[:时]\s*(?P<minute>\d{2})(?:\s*:\s*\d{2})?\s*分?)?"
_DATE_LABEL = r"(?:(?:发布|发表|更新|出版|发稿|刊发)?(?:时间|日期)\s*:?\s*|(?:来源|稿源|作者)\s*:\s*[^\s,。;]{1,20}\s+)?"
_DATELINE = re.compile(rf"^{_DATE_LABEL}{_DATE}{_CLOCK}(?P<rest>.*)$")
_LABELLED_DATE = re.compile(rf"(?:发布|发表|更新|出版|发稿|刊发)(?:时间|日期)\s*:?\s*{_DATE}{_CLOCK}")
# What may follow the date on a dateline: nothing, a weekday, a separator, a metadata label, or a
# bare source name (`2020-03-04 13:56 人民网`). Never a sentence (`2020年2月23日,习近平…强调`).
_DATELINE_REST = re.compile(
    r"^\s*(?:星期.|周[一二三四五六日天])?\s*(?:$|[|丨/\[【(]"
    r"|(?:来源|来自|稿源|作者|编辑|责任编辑|记者|通讯员|字号|浏览|阅读|点击|发布|出处)"
    r"|[^,。;!?\d\s]{1,16}(?:网|报|社|台|刊|频道|客户端|新闻|在线)$)"
)


@dataclass(frozen=True)
class NoiseLine:
    start: int
    end: int
    reason: str  # spam, banner, furniture, meta, repeat


@dataclass
class CleanText:
    """Which lines of a text are noise, as spans into the text (which is never changed)."""

    text: str
    lines: list[tuple[int, int]]  # every line as [start, end), line terminator excluded
    noise: list[NoiseLine]
    head_lines: int  # how many lines come before the first body paragraph (where the title is)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [line.start for line in self.noise]

    @property
    def noise_spans(self) -> list[tuple[int, int]]:
        return [(line.start, line.end) for line in self.noise]

    def is_noise(self, offset: int) -> bool:
        """True when `offset` falls inside a noise line."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self.noise[index].end

    def is_noise_line(self, line_index: int) -> bool:
        start, end = self.lines[line_index]
        return start < end and self.is_noise(start)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _normalized_lines(text: str, prepared: Prepared) -> list[str]:
    """The stripped normalized form of every line of `text` (same count and order as `_line_spans`)."""
    lines = [line.strip() for line in _LINE_BREAK.split(prepared.text)]
    if len(lines) != len(_line_spans(text)):  # cannot happen: prepare keeps every line break
        raise ValueError("prepared text does not have the lines of the original")
    return lines


def _is_body_paragraph(line: str) -> bool:
    return len(line) >= 50 and any(mark in line for mark in "。!?;")


def _line_reason(line: str) -> str | None:
    lowered = line.lower()
    if sum(1 for word in _SPAM_WORDS if word in lowered) >= 2:
        return "spam"
    if len(line) <= 80 and _BANNER.search(line):
        return "banner"
    if len(line) <= _FURNITURE_MAX:
        if _FURNITURE.match(line):
            return "furniture"
        if _SOURCE_LINE.match(line) or _is_reporter_line(line):
            return "meta"
    return None


def _is_reporter_line(line: str) -> bool:
    # `记者 尚丽娟`, `(本报记者 章正 张景华 董城)`; a separator or brackets are required so that a
    # short line such as `记者会上宣布` stays text.
    if not _REPORTER_LINE.match(line):
        return False
    after = line[line.index("记者") + 2 :]
    return line.startswith(("(", "[", "【")) or bool(re.match(r"\s", after)) or "、" in after


def _is_dateline(line: str) -> bool:
    match = _DATELINE.match(line)
    return bool(match and _DATELINE_REST.match(match.group("rest")) and _date_of(match) is not None)


def clean_lines(text: str, prepared: Prepared | None = None) -> CleanText:
    """Mark the noise lines of `text` without changing it.

    Noise: spam lines, site banners and breadcrumbs, page furniture (share buttons, related-article
    headers, editor credits, ads), metadata lines (source and reporter lines; datelines in the head
    and the last lines, but not date headings in the body), and repeated
    lines: every repeat after the first occurrence, and the first occurrence too when the line occurs
    three times or more (a caption or boilerplate), unless it is the headline: a line near the top
    that no other line near the top contains.
    """
    prepared = prepared or prepare(text)
    spans = _line_spans(text)
    normalized = _normalized_lines(text, prepared)
    reasons: list[str | None] = [(_line_reason(line) if line else None) for line in normalized]

    # The head (title, subtitle, dateline) ends at the first body paragraph; in a short text without
    # one, at the first sentence.
    text_lines = [i for i, line in enumerate(normalized) if line and reasons[i] is None]
    body = [i for i in text_lines if _is_body_paragraph(normalized[i])]
    body = body or [i for i in text_lines if "。" in normalized[i]]
    head_lines = body[0] if body else len(normalized)
    head = [line for line in normalized[:head_lines] if line]

    # Datelines are metadata at the top and in the footer; a date alone on a line of the body is
    # a section heading of a chronology, and stays text.
    filled = [i for i, line in enumerate(normalized) if line]
    for index in [i for i in filled if i < head_lines] + filled[-5:]:
        if (
            reasons[index] is None
            and len(normalized[index]) <= _FURNITURE_MAX
            and _is_dateline(normalized[index])
        ):
            reasons[index] = "meta"

    counts = Counter(line for line in normalized if len(line) >= 2)
    seen: set[str] = set()
    for index, line in enumerate(normalized):
        if len(line) < 2 or counts[line] < 2:
            continue
        if line in seen:
            reasons[index] = reasons[index] or "repeat"
            continue
        seen.add(line)
        if counts[line] >= 3:
            is_headline = index < head_lines and not any(line in other and line != other for other in head)
            if not is_headline:
                reasons[index] = reasons[index] or "repeat"

    noise = [
        NoiseLine(start, end, reason)
        for (start, end), reason in zip(spans, reasons, strict=True)
        if reason is not None and end > start
    ]
    return CleanText(text=text, lines=spans, noise=noise, head_lines=head_lines)


# --------------------------------------------------------------------------------------------------
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


# --------------------------------------------------------------------------------------------------
# Publication time

_HEAD_SEARCH_LINES = 20  # a dateline sits near the top
_TAIL_SEARCH_CHARS = 1500  # a byline or footer sits near the end
_BYLINE = re.compile(rf"[(\[【](?P<source>[^()\[\]【】\n。]{{0,60}}?)\s*{_DATE}{_CLOCK}\s*[)\]】][\s。.]*$")
_MONTH_DAY = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?<![\d.])(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"
)
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)
# A year that starts a calendar position (`2020年2月`), not a target (`到2035年`) or an age (`2012年党龄`).
_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年\s*(?=\d{1,2}\s*月)")
_OUTLIER_DAYS = 366  # an inferred date this far after the median date stated is a plan, not the news
_FUTURE_MARKERS = ("将", "计划", "预计", "拟", "定于", "预定", "明年", "下月")


def _date_of(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    month = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    try:
        return dt.date(int(groups["year"]), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _iso_of(match: re.Match) -> str | None:
    date = _date_of(match)
    if date is None:
        return None
    hour, minute = match.groupdict().get("hour"), match.groupdict().get("minute")
    if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
        return f"{date.isoformat()}T{int(hour):02d}:{int(minute):02d}"
    return date.isoformat()


def find_publication(
    text: str, prepared: Prepared | None = None, clean: CleanText | None = None
) -> tuple[str | None, str]:
    """`(iso_or_None, basis)`: when the document was published, and how we know.

    - `dateline`: a line near the top that is a date (and time) with at most source or author
      metadata after it (`2020年03月04日13:56 来源:…`, `2020-02-01 13:07`), or a labelled date
      anywhere (`发布时间:2020-03-04`). A date followed by a sentence (`——2020年2月23日,习近平…强调`)
      is not a dateline.
    - `byline`: a date closing a bracketed credit near the end (`(…黨員生活網2020-03-27)`,
      `(某某网 2020-04-09)`), or a date alone on one of the last lines.
    - `inferred`: the latest date the text states, from full dates (`2020年2月23日`, `2020-02-23`) and
      month-days (`2月28日`) that take the year of the year-month most recently stated before them
      (else of the first one stated; years over a year away from the most stated one are not used); dates announced as future (`将于3月1日`) and, among three or
      more, dates over a year after the median (`2035年12月31日`) are skipped, as are noise lines.
    - `none`: nothing found.
    Every date is validated (`2020-02-30` is not a date).
    """
    prepared = prepared or prepare(text)
    clean = clean or clean_lines(text, prepared)
    lines = _normalized_lines(text, prepared)

    # The top of the page: the lines before the first body paragraph, and at most the first 20.
    for line in lines[: min(clean.head_lines, _HEAD_SEARCH_LINES)]:
        match = _DATELINE.match(line)
        if match and _DATELINE_REST.match(match.group("rest")):
            iso = _iso_of(match)
            if iso:
                return iso, "dateline"
    for match in _LABELLED_DATE.finditer(prepared.text):
        iso = _iso_of(match)
        if iso:
            return iso, "dateline"

    byline = _find_byline(prepared.text, lines)
    if byline:
        return byline, "byline"

    inferred = _infer_date(prepared, clean)
    if inferred:
        return inferred, "inferred"
    return None, "none"


def _find_byline(normalized_text: str, lines: list[str]) -> str | None:
    tail_start = max(0, len(normalized_text) - _TAIL_SEARCH_CHARS)
    found = None
    for line in _LINE_BREAK.split(normalized_text[tail_start:]):
        match = _BYLINE.search(line.strip())
        if match and _iso_of(match):
            found = _iso_of(match)
    if found:
        return found
    for line in reversed([line for line in lines if line][-6:]):
        match = _DATELINE.match(line)
        if match and not match.group("rest").strip() and _iso_of(match):
            return _iso_of(match)
    return None


def _infer_date(prepared: Prepared, clean: CleanText) -> str | None:
    text = prepared.text
    explicit: list[tuple[int, dt.date]] = []  # (position, date) of dates that state their year
    year_marks: list[tuple[int, int]] = []  # (position, year) of every stated year-month
    undated: list[tuple[int, int, int]] = []  # (position, month, day) of month-days without a year

    def usable(position: int) -> bool:
        if clean.is_noise(prepared.span(position, position + 1)[0]):
            return False
        before = text[max(0, position - 4) : position]
        return not any(marker in before for marker in _FUTURE_MARKERS)

    for match in _ISO_DATE.finditer(text):
        date = _date_of(match)
        if date and usable(match.start()):
            explicit.append((match.start(), date))
            year_marks.append((match.start(), date.year))
    for match in _YEAR.finditer(text):
        year_marks.append((match.start(), int(match.group("year"))))
    for match in _MONTH_DAY.finditer(text):
        if not usable(match.start()):
            continue
        if match.group("year"):
            date = _date_of(match)
            if date:
                explicit.append((match.start(), date))
        else:
            month, day = int(match.group("month")), int(match.group("day"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                undated.append((match.start(), month, day))

    # The year the story is told in is the one stated most; years far from it are plans or history
    # and do not give their year to the month-days after them.
    if year_marks:
        main_year = Counter(year for _, year in year_marks).most_common(1)[0][0]
        year_marks = sorted(mark for mark in year_marks if abs(mark[1] - main_year) <= 1)
    candidates = [date for _, date in explicit]
    if year_marks:
        positions = [position for position, _ in year_marks]
        for position, month, day in undated:
            index = bisect.bisect_right(positions, position) - 1
            year = year_marks[index][1] if index >= 0 else year_marks[0][1]
            try:
                candidates.append(dt.date(year, month, day))
            except ValueError:
                continue
    if not candidates:
        return None
    if len(candidates) >= 3:
        median = sorted(candidates)[len(candidates) // 2]
        candidates = [date for date in candidates if (date - median).days <= _OUTLIER_DAYS]
    return max(candidates).isoformat()


# --------------------------------------------------------------------------------------------------
# Documents


def _normalize_ref(ref: str | dt.date | dt.datetime | None) -> str | None:
    if ref is None or ref == "":
        return None
    if isinstance(ref, dt.datetime):
        return ref.strftime("%Y-%m-%dT%H:%M") if (ref.hour or ref.minute) else ref.date().isoformat()
    if isinstance(ref, dt.date):
        return ref.isoformat()
    text = str(ref).strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"reference time {ref!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    return parsed.date().isoformat() if len(text) <= 10 else parsed.strftime("%Y-%m-%dT%H:%M")


def document_from_text(
    text: str,
    doc_id: str,
    path: str,
    encoding_name: str,
    ref: str | dt.date | dt.datetime | None = None,
    *,
    source_format: str = "text",
    title_hint: str | None = None,
    prepared: Prepared | None = None,
    warnings: list[str] | None = None,
) -> dict:
    """A Document (see CONTRACT.md) for an already decoded text, without `mentions`/`quantities`.

    `published` is the document's own date when it has one (dateline, byline, inferred); `ref` is
    used only when it has none (`published_basis` = `given`). `noise_spans` are `[start, end)` spans
    of `text` that later stages skip. `warnings` are one-line notes about reading it (see
    `load_document`)."""
    prepared = prepared or prepare(text)
    clean = clean_lines(text, prepared)
    title = title_hint or find_title(text, clean, prepared)
    published, basis = find_publication(text, prepared, clean)
    if published is None:
        given = _normalize_ref(ref)
        if given is not None:
            published, basis = given, "given"
    return {
        "id": doc_id,
        "path": path,
        "title": title,
        "published": published,
        "published_basis": basis,
        "encoding": encoding_name,
        "script": prepared.script,
        "format": source_format,
        "chars": len(text),
        "warnings": list(warnings or []),
        "noise_spans": clean.noise_spans,
        "text": text,
    }


class DocumentTooLarge(DocumentError):
    """A document over the size limit (`max_bytes`); the caller may say how to raise the limit."""


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_path(path: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a file or of standard input; at most `max_bytes` (None: no limit)."""
    limit = -1 if max_bytes is None else max_bytes + 1  # one byte more tells that it is over
    if path == STDIN_PATH:
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(limit) if stream is not None else sys.stdin.read(limit).encode("utf-8")
        if max_bytes is not None and len(data) > max_bytes:
            raise DocumentTooLarge(f"{path}: too large (over the limit of {_size_text(max_bytes)})")
        return data
    try:
        with open(path, "rb") as handle:
            if max_bytes is not None:
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes:  # checked before reading: a huge file is not loaded at all
                    raise DocumentTooLarge(
                        f"{path}: too large ({_size_text(size)}, over the limit of {_size_text(max_bytes)})"
                    )
            data = handle.read(limit)
            if max_bytes is not None and len(data) > max_bytes:  # a pipe or device with no size
                raise DocumentTooLarge(f"{path}: too large (over the limit of {_size_text(max_bytes)})")
            return data
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        try:
            os.scandir(path).close()
        except PermissionError:
            raise DocumentError(f"{path}: permission denied (folder)") from None
        raise DocumentError(f"{path}: is a folder, not a document") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DocumentError(f"{path}: symbolic link loop") from None
        reason = (error.strerror or str(error)).lower()
        raise DocumentError(f"{path}: {reason}") from None


def load_document(
    path: str,
    doc_id: str,
    *,
    encoding: str | None = None,
    ref: str | dt.date | dt.datetime | None = None,
    prepared_hook: Callable[[Prepared], None] | None = None,
    max_bytes: int | None = None,
) -> dict:
    """Read, decode and describe one document (a path from `iter_document_paths`, or `-`).

    Raises `DocumentError` ("<path>: <reason>") when the path is missing, unreadable, binary,
    undecodable, or larger than `max_bytes` (`DocumentTooLarge`, raised before the file is read).
    An HTML document (by extension, or by its first bytes) is reduced to its text, and offsets then
    point into that text; its <meta charset> is tried before detection.
    A document that can be read but needs a word of caution (empty, only whitespace, a few invalid
    UTF-8 bytes replaced) gets one-line messages in its `warnings` list.
    `prepared_hook` receives the prepared text, so that callers can reuse it instead of preparing again."""
    data = _read_path(path, max_bytes)
    is_html = looks_like_html(data[:2000].decode("latin-1"), "" if path == STDIN_PATH else path)
    warnings: list[str] = []
    try:
        if encoding is None and is_html and (declared := _html_charset(data)):
            try:
                text, encoding_name = read_bytes_text(data, declared)
            except DocumentError:
                text, encoding_name = read_bytes_text(data, warnings=warnings)
        else:
            text, encoding_name = read_bytes_text(data, encoding, warnings=warnings)
    except DocumentError as error:
        raise DocumentError(f"{path}: {error}") from None
    title_hint = None
    source_format = "text"
    if is_html:
        collector = _parse_html(text)
        text = collector.text()
        source_format = "html"
        # The page's first <h1> is its headline, unless it is a site logo or banner.
        h1 = prepare(collector.headline())
        if _hans(h1.text) >= 4 and _line_reason(h1.text) is None:
            title_hint = _original_without_pinyin(h1, 0, len(h1.text))
    if not data:
        warnings.append("empty file, no text")
    elif not text.strip():
        warnings.append("no visible text" if is_html else "only whitespace, no text")
    prepared = prepare(text)
    if prepared_hook is not None:
        prepared_hook(prepared)
    return document_from_text(
        text,
        doc_id,
        path,
        encoding_name,
        ref,
        source_format=source_format,
        title_hint=title_hint,
        prepared=prepared,
        warnings=warnings,
    )


__all__ = [
    "CleanText",
    "DocumentError",
    "DocumentTooLarge",
    "NoiseLine",
    "clean_lines",
    "document_from_text",
    "find_publication",
    "find_title",
    "html_to_text",
    "iter_document_paths",
    "load_document",
    "read_bytes_text",
]
