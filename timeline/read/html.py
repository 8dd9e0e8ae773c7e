"""HTML to plain text with the standard library, keeping the first <h1> and the declared charset."""

import json
import re
from html.parser import HTMLParser

# Date metadata names, best first (Open Graph article, Dublin Core, news sites' own names, JSON-LD).
_DATE_META = (
    "article:published_time", "json-ld:datePublished", "og:published_time", "publishdate", "pubdate",
    "publish-date", "publish_date", "datepublished", "date", "dc.date", "dc.date.issued", "sailthru.date",
    "parsely-pub-date", "article.published", "time", "json-ld:dateCreated", "article:modified_time",
    "og:updated_time", "json-ld:dateModified", "lastmod",
)  # fmt: skip

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
        self.meta: dict[str, str] = {}  # first value of each metadata name we read (lowercase names)
        self.dates: list[tuple[str, str]] = []  # (name, value) of date metadata, in page order
        self.in_title = False
        self.title_parts: list[str] = []
        self.in_json_ld = False
        self.json_ld_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._read_metadata(tag, attrs)
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

    def _read_metadata(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == "meta":
            name = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            content = values.get("content", "")
            if name and content:
                self.meta.setdefault(name, content)
                if name in _DATE_META:
                    self.dates.append((name, content))
        elif tag == "link" and "canonical" in values.get("rel", "").lower() and values.get("href"):
            self.meta.setdefault("canonical", values["href"])
        elif tag == "time" and values.get("datetime"):
            self.dates.append(("time", values["datetime"]))
        elif tag == "title":
            self.in_title = True
        elif tag == "script" and "ld+json" in values.get("type", "").lower():
            self.in_json_ld = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._read_metadata(tag, attrs)
        if not self.skip_depth:
            self._boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script" and self.in_json_ld:
            self.in_json_ld = False
            self._read_json_ld("".join(self.json_ld_parts))
            self.json_ld_parts = []
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

    def _read_json_ld(self, source: str) -> None:
        try:
            data = json.loads(source)
        except ValueError:
            return
        for item in data if isinstance(data, list) else [data]:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            for node in graph if isinstance(graph, list) else [item]:
                if isinstance(node, dict):
                    for key in ("datePublished", "dateCreated", "dateModified"):
                        if isinstance(node.get(key), str):
                            self.dates.append((f"json-ld:{key}", node[key]))
                    if isinstance(node.get("headline"), str):
                        self.meta.setdefault("json-ld:headline", node["headline"])

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.in_json_ld:
            self.json_ld_parts.append(data)
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

    def page_title(self) -> str:
        """The page's own title: `og:title`, the JSON-LD headline, else `<title>`."""
        for name in ("og:title", "json-ld:headline", "twitter:title"):
            if self.meta.get(name):
                return " ".join(self.meta[name].split())
        return " ".join("".join(self.title_parts).split())

    def publication_dates(self) -> list[tuple[str, str]]:
        """Date metadata, the publication time first (a modification time only when nothing else)."""
        order = {name: rank for rank, name in enumerate(_DATE_META)}
        ranked = sorted(self.dates, key=lambda item: order.get(item[0], len(order)))
        published = [item for item in ranked if "modif" not in item[0] and "updated" not in item[0]]
        return published or ranked

    def url(self) -> str | None:
        return self.meta.get("canonical") or self.meta.get("og:url")


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
