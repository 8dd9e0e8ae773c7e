"""HTML to plain text with the standard library, keeping the first <h1> and the declared charset."""

import re
from html.parser import HTMLParser

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
    """The declared charset, when it is a text encoding that fits the bytes (else detection decides)."""
    from timeline.read.decode import declared_charset

    match = _META_CHARSET.search(data[:4096])
    return declared_charset(data, match.group(1).decode("ascii").lower()) if match else None
