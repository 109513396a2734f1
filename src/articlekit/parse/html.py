"""HTML front end (the optional extra ``articlekit[html]``): HTML in, RawBlocks out.

Two readings, chosen by the input:

- **a fragment** (no ``<html>``/``<body>``/``<head>`` tag: an ``<article>``, a ``<div>`` of
  content, a saved reader view) is walked element by element: ``h1``–``h6`` → headings with
  their level (cue ``"html"``), ``p`` → paragraphs, ``ul``/``ol``/``li`` → list items with
  their nesting depth, ``pre``/``code`` → code (language from a ``language-x`` class),
  ``table`` → rows, ``blockquote`` → a quote, ``a[href]`` → links, ``img`` → ``removed``;
  navigation, scripts, forms and asides are dropped as boilerplate (recorded in
  ``removed``);
- **a whole page** goes through trafilatura first, which finds the main content and drops
  navigation, share bars, cookie banners and comments; its structured output (headings,
  lists, tables, quotes, code, links) is walked the same way. Metadata comes from the page
  head: ``<meta name="description">``/``og:description`` → ``meta_description``;
  ``article:tag``, ``<meta name="keywords">`` and JSON-LD ``keywords`` → ``tags``; JSON-LD /
  ``og:``/``<meta name="author">`` author → ``byline``; published date → ``published``;
  ``<title>``/``og:title``/``<h1>`` → ``title``; ``<link rel="canonical">``/``og:url``/
  JSON-LD ``mainEntityOfPage`` → ``canonical_url``.

Marks (what ``Article.to_html`` writes; hand-written HTML may carry them too): the words of
a ``data-articlekit`` attribute. ``lead-in`` makes a ``<p>`` ending in ":" the lead-in of
the list after it whatever its length, ``paragraph`` keeps a ``<p>`` a plain paragraph
(never a lead-in or a "Summary: …" field line), and ``literal`` (the Markdown front end's
``<!-- articlekit: literal -->``) makes a heading, paragraph or list item body text
whatever it reads like: never a special section's heading ("TL;DR", "References"), a
field line, a UI remnant ("Share this post"), a hashtag line, a byline or a date
(``RawBlock.literal``).

Spans: HTML blocks point into the HTML source where their text can be found verbatim (the
text of a block is searched for from the end of the previous block; entities and inline
tags inside the text make the search fall back to the first words). When a block's text
cannot be found at all its span is empty (``start == end``) at the position the search
reached, so spans are always ordered and never point past the input.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import regex

from articlekit.errors import InputError
from articlekit.model import Article, FieldSource, ParseWarning, Removed, RemovedReason, Span
from articlekit.options import ParseOptions
from articlekit.parse.assemble import assemble
from articlekit.parse.blocks import RawBlock, RawKind
from articlekit.parse.frontmatter import (
    Metadata,
    first_paragraph_is_body,
    merge_metadata,
    page_title_parts,
    title_without_site_name,
)
from articlekit.parse.lines import key_value
from articlekit.parse.special import dedupe_tags, special_kind, split_tags
from articlekit.parse.text import WIKI_EDIT_LINK

INSTALL_HINT = "the HTML front end needs the html extra: pip install 'articlekit[html]'"

#: a paragraph ending in ":" right before a list is its lead-in up to this many words (as
#: in plain text); ``data-articlekit="lead-in"`` / ``"paragraph"`` (what ``to_html``
#: writes) decide without counting
LABEL_MAX_WORDS = 7
_PAGE = regex.compile(r"<(?:html|body|head)[\s>]|<!doctype\s+html", regex.I)
_LANG = regex.compile(r"(?:^|\s)(?:language|lang)-(\S+)")
#: the language of a code block named on the element around its ``<pre>`` (Sphinx
#: ``highlight-python``, GitHub ``highlight-source-python``); "default"/"none" name none
_WRAPPER_LANG = regex.compile(r"(?:^|\s)highlight-(?:source-)?(?!default\b|none\b)(\w[\w+#.-]*)")
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: TEI-like tags of trafilatura's output, read as their HTML counterparts
_TEI = {
    "list": "ul",
    "item": "li",
    "row": "tr",
    "cell": "td",
    "quote": "blockquote",
    "ref": "a",
    "lb": "br",
    "hi": "span",
    "graphic": "img",
    "del": "span",
}
_BOILERPLATE = frozenset(
    [
        "nav",
        "aside",
        "form",
        "button",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "select",
        "input",
        "footer",
        "menu",
        "dialog",
    ]
)
_SILENT = frozenset(["script", "style", "noscript", "template", "svg", "head", "meta", "link"])
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "pre",
        "table",
        "blockquote",
        "hr",
        "article",
        "section",
        "main",
        "body",
        "header",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "center",
        "address",
        "details",
        "summary",
        "html",
        "doc",
        *list(_HEADING),
        *list(_BOILERPLATE),
    ]
)


def _require_lxml() -> Any:
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise InputError(INSTALL_HINT) from None
    return lxml.html


def _tag(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    tag = tag.rsplit("}", 1)[-1].casefold()
    if tag == "head" and el.get("rend"):
        rend = str(el.get("rend")).casefold()
        return rend if rend in _HEADING else "h2"
    if tag == "head" and el.getparent() is not None and el.getparent().tag != "html":
        return "summary"  # the extractor's <head> without a level: a <details>' <summary>
    if tag == "list":
        rend = str(el.get("rend", "")).casefold()
        return "ol" if rend in ("ol", "1", "decimal") else "dl" if rend == "dl" else "ul"
    if tag == "code" and el.getparent() is not None and _tag(el.getparent()) != "pre":
        # trafilatura writes code blocks as <code> with line breaks inside
        text = "".join(el.itertext())
        return "pre" if "\n" in text.strip() or el.getparent().tag in ("main", "body") else "code"
    return _TEI.get(tag, tag)


_MARKUP = frozenset("&<>\"'")


def _escaped_forms(text: str) -> list[str]:
    """How a page may have written ``text``: with "&", "<", ">" escaped, and the quotes
    as numeric or named references (Python's writer, and others)."""
    base = html_lib.escape(text, quote=False)
    forms = [base, html_lib.escape(text)]
    for quote, references in (
        ("'", ("&#39;", "&#039;", "&apos;", "&#x27;")),
        ('"', ("&quot;", "&#34;")),
    ):
        forms += [base.replace(quote, reference) for reference in references]
    return list(dict.fromkeys(f for f in forms if f != text))


def _find_escaped(src: str, text: str, start: int, end: int | None = None) -> tuple[int, str]:
    """Where ``text`` stands in ``src`` in an escaped form, and that form (-1 if nowhere)."""
    for form in _escaped_forms(text):
        found = src.find(form, start) if end is None else src.find(form, start, end)
        if found >= 0:
            return found, form
    return -1, text


#: the permalink mark a documentation generator or blog engine puts after a heading
#: (Sphinx and MkDocs "¶", "§", a link emoji, Docusaurus' zero-width space): not its text
_PERMALINK = regex.compile(r"(?:\s*[\u00b6\u00a7\u200b\u2693\U0001f517]\ufe0f?)+$")
#: a link to an anchor of the page with one of these texts is a heading's permalink
_PERMALINK_LABELS = frozenset(["#", "\u00b6", "\u00a7", "\U0001f517", "\u2693", "\u200b", ""])


#: the texts of a footnote's link back to its citation (Pandoc, kramdown, Python-Markdown
#: and markdown-it write "↩" with or without the emoji selector; wikis "^" and "↑")
_BACKLINK_LABELS = frozenset(
    ["\u21a9", "\u21a9\ufe0f", "\u21a9\ufe0e", "^", "\u2191", "\u2934", "\u2934\ufe0f", "\u21b5"]
)


_EDIT_LABELS = frozenset(["edit", "edit source"])
_BACKLINK_MAX_CHARS = 8
_PERMALINK_ENDS = frozenset("\u00b6\u00a7\u200b\u2693\U0001f517\ufe0f")


def _heading_text(text: str) -> str:
    """The text of a heading without the permalink mark after it."""
    text = text.strip()
    return _PERMALINK.sub("", text).strip() if text[-1:] in _PERMALINK_ENDS else text


def _norm(text: str) -> str:
    return " ".join(text.split())


def _marks(el: Any) -> list[str]:
    """The words of the ``data-articlekit`` attribute of ``el`` (the writer's marks)."""
    return str(el.get("data-articlekit") or "").casefold().split()


#: the kinds of block an element marked literal makes (a literal mark elsewhere, on a
#: ``<div>`` say, is not read)
_LITERAL_KIND = {
    **dict.fromkeys(_HEADING, "heading"),
    **dict.fromkeys(["p", "dt", "dd", "figcaption", "summary", "address"], "paragraph"),
    "li": "list_item",
}
_NESTED = frozenset(["ul", "ol", "table", "pre", "blockquote"])


def _squeezed(el: Any) -> str:
    """The text of ``el`` without white space and without nested lists, tables, code or
    quotes: the same for an element of the page and for trafilatura's copy of it."""
    out = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and _tag(child) not in _NESTED | _SILENT:
            out.append(_squeezed(child))
        out.append(child.tail or "")
    return "".join("".join(out).split())


def _literal_texts(root: Any) -> Counter[tuple[str, str]]:
    """(kind, text without white space) of every element of ``root`` marked literal."""
    found: Counter[tuple[str, str]] = Counter()
    for el in root.xpath("//*[@data-articlekit]"):
        kind = _LITERAL_KIND.get(_tag(el))
        if kind is not None and "literal" in _marks(el):
            found[kind, _squeezed(el)] += 1
    return found


def _wrapper_language(pre: Any) -> str | None:
    """The language the two elements around ``pre`` name (Sphinx's ``<div
    class="highlight-python"><div class="highlight"><pre>``, Jekyll's ``<div
    class="language-ruby highlighter-rouge">``), if any."""
    el = pre.getparent()
    for _ in range(2):
        if el is None:
            return None
        classes = str(el.get("class") or "")
        found = _WRAPPER_LANG.search(classes) or _LANG.search(classes)
        if found:
            return found.group(1)
        el = el.getparent()
    return None


def _nested_texts(el: Any) -> Iterator[str]:
    """The texts of the lists, code and quotes inside ``el`` (a table cell), which the
    inline text of the cell leaves out."""
    for child in el:
        tag = _tag(child)
        if tag in ("ul", "ol", "pre", "blockquote", "dl"):
            yield _norm(" ".join(child.itertext()))
        elif isinstance(child.tag, str) and tag not in _SILENT and tag != "table":
            yield from _nested_texts(child)


#: the text of a highlighter's line-number gutter
_LINE_NUMBERS = regex.compile(r"[\d\s]+")


def _first_line(code: str) -> str:
    return next((_norm(line) for line in code.splitlines() if line.strip()), "")


def _code_languages(tree: Any) -> dict[str, str]:
    """The language of each ``<pre>`` of the page that names one (or whose wrapper
    does), by its first line: the extractor keeps the code but not always the element
    that named its language (the ``<div>`` around it, a ``<code>`` inside a table)."""
    found: dict[str, str] = {}
    for pre in tree.iter("pre"):
        classes = " ".join(str(e.get("class") or "") for e in pre.iter() if e.get("class"))
        named = _LANG.search(classes)
        language = named.group(1) if named else _wrapper_language(pre)
        if language:
            found.setdefault(_first_line("".join(pre.itertext())), language)
    return found


def _dl_role(el: Any) -> str | None:
    """The role of ``el`` in a description list: "dt" for a term, "dd" for a description
    (the extractor's ``<item rend="dt-1">`` too), else None."""
    tag = el.tag.rsplit("}", 1)[-1].casefold() if isinstance(el.tag, str) else ""
    if tag in ("dt", "dd"):
        return tag
    rend = str(el.get("rend") or "")
    return rend[:2] if tag == "item" and rend[:3] in ("dt-", "dd-") else None


def _dl_children(el: Any) -> Iterator[Any]:
    """The terms and descriptions of a description list (also inside the ``<div>`` that
    may group a term with its descriptions)."""
    for child in el:
        if isinstance(child.tag, str) and child.tag == "div":
            yield from _dl_children(child)
        elif isinstance(child.tag, str):
            yield child


class _Walker:
    def __init__(
        self,
        source: str,
        options: ParseOptions,
        resolve: Any = None,
        keyed: frozenset[str] | None = None,
    ) -> None:
        self.source = source
        self.options = options
        self.resolve = resolve
        #: the special kinds a "Key: value" paragraph may stand for (None: all of them)
        self.keyed = keyed
        self.blocks: list[RawBlock] = []
        self.removed: list[Removed] = []
        self.cursor = 0
        #: the texts of the elements marked literal in a page whose extracted body lost
        #: the marks (see :func:`_page_blocks`); None: read the marks off the elements
        self.literals: Counter[tuple[str, str]] | None = None
        #: the whole page whose extracted body is walked: what the extractor lost (the
        #: element that named a code block's language, a table's caption) is looked up
        #: there, when a block needs it (see :meth:`code_language`, :meth:`captions`)
        self.page: Any = None
        self._code_languages: dict[str, str] | None = None
        self._captions: frozenset[str] | None = None

    def is_literal(self, el: Any, kind: str, text: str) -> bool:
        """Is the ``kind`` block ``text`` read from ``el`` marked literal?"""
        marked = "literal" in _marks(el)
        if self.literals is None:
            return marked
        key = (kind, "".join(text.split()))
        if self.literals[key] > 0:
            self.literals[key] -= 1
            return True
        return marked

    # ------------------------------------------------------------------ spans

    def locate(self, text: str) -> tuple[int, int]:
        if not text:
            return self.cursor, self.cursor
        src = self.source
        head = text[:40]
        start = src.find(head, self.cursor)
        if start < 0 and _MARKUP & set(head):
            # "l'essentiel" written "l&#x27;essentiel": the text as the page escaped it
            start, head = _find_escaped(src, head, self.cursor)
        if start < 0:
            word = next(
                (w for w in text.split(None, 24)[:24] if len(w) >= 4 and not _MARKUP & set(w)),
                None,
            )
            start = src.find(word, self.cursor) if word else -1
        if start < 0:
            return self.cursor, self.cursor
        tail = text[-40:]
        found = src.find(tail, start, start + 4 * len(text) + 200)
        if found < 0 and _MARKUP & set(tail):
            found, tail = _find_escaped(src, tail, start, start + 8 * len(text) + 200)
        end = found + len(tail) if found >= 0 else min(len(src), start + len(text))
        self.cursor = end
        return start, end

    def add(self, kind: RawKind, text: str, **kw: Any) -> RawBlock:
        start, end = self.locate(text.split("\n", 1)[0] if kind == "code" else text)
        if kind == "code" and "\n" in text:
            last = text.rstrip().rsplit("\n", 1)[-1].strip()
            found = self.source.find(last, end) if last else -1
            if found >= 0:
                end = self.cursor = found + len(last)
        block = RawBlock(kind=kind, text=text, start=start, end=end, line_spans=[(start, end)])
        for key, value in kw.items():
            setattr(block, key, value)
        self.blocks.append(block)
        return block

    # ------------------------------------------------------------------ inline

    def inline(self, el: Any, out: list[str], links: list[tuple[str, str]]) -> None:
        """Append the inline text of ``el`` (children and their tails) to ``out``."""
        if el.text:
            out.append(el.text)
        for child in el:
            tag = _tag(child)
            if tag in _SILENT or not isinstance(child.tag, str):
                pass
            elif tag == "br":
                out.append(" ")
            elif tag == "img":
                self.image(child)
            elif tag == "a" and self.backlink(child):
                pass  # "↩" after a footnote, back to where it is cited
            elif tag == "a" and (child.get("href") or child.get("target")):
                inner: list[str] = []
                self.inline(child, inner, links)
                label = _norm("".join(inner))
                links.append((label, self.href(child)))
                out.append(" ".join(inner))
            elif tag in ("ul", "ol", "table", "pre", "blockquote"):
                pass  # handled as blocks of their own
            else:
                self.inline(child, out, links)
            if child.tail:
                out.append(child.tail)

    def related_box(self, el: Any) -> bool:
        """Is the aside ``el`` a box of related articles, headed by a heading that names
        them ("Related stories", "Read more")? Walked, it gives ``related``."""
        name = next((t for h in el.iter(*_HEADING) if (t := _norm("".join(h.itertext())))), "")
        if not name or next(el.iter("a"), None) is None:
            return False
        return special_kind(name, self.options) == "related"

    def code_language(self, code: str) -> str | None:
        """The language the page names for the code block ``code`` of its extracted
        body (by its first line; see :func:`_code_languages`)."""
        if self._code_languages is None:
            self._code_languages = _code_languages(self.page)
        return self._code_languages.get(_first_line(code))

    def captions(self) -> frozenset[str]:
        """The texts of the page's table captions (the extractor writes each as a row)."""
        if self._captions is None:
            found = self.page.iter("caption") if self.page is not None else ()
            self._captions = frozenset(_norm(" ".join(c.itertext())) for c in found)
        return self._captions

    def backlink(self, el: Any) -> bool:
        """Is the link ``el`` a footnote's way back to where it is cited ("↩", "^", "↑"
        pointing to a place on this page)? Its mark is no text of the footnote."""
        text = el.text or ""
        if len(el) == 0 and len(text) > _BACKLINK_MAX_CHARS:
            return False  # (most links: decided without joining their text)
        label = _norm("".join(el.itertext()))
        if label not in _BACKLINK_LABELS:
            return False
        return bool(el.get("href") or el.get("target")) and self.anchor(self.href(el))

    def anchor(self, url: str) -> bool:
        """Does ``url`` (as :meth:`href` gave it) point to a place on this page?"""
        if url.startswith("#"):
            return True
        if self.resolve is None or "#" not in url:
            return False
        return url.split("#", 1)[0] == str(self.resolve("")).split("#", 1)[0]

    def href(self, el: Any) -> str:
        url = str(el.get("href") or el.get("target"))
        return self.resolve(url) if self.resolve is not None else url

    def image(self, el: Any) -> None:
        src = str(el.get("src") or el.get("data-src") or "")
        alt = _norm(str(el.get("alt") or ""))
        start, end = self.cursor, self.cursor
        if src:
            found = self.source.find(src, self.cursor)
            if found >= 0:
                start, end = found, found + len(src)
        self.removed.append(
            Removed(
                text=alt or src, reason="image", detail=src or None, span=Span(start=start, end=end)
            )
        )

    def set_aside(self, block: RawBlock, reason: RemovedReason, detail: str) -> None:
        """Record a block taken out of the body as removed, with its span."""
        self.removed.append(
            Removed(
                text=block.text,
                reason=reason,
                detail=detail,
                span=Span(start=block.start, end=block.end),
            )
        )

    def text_block(
        self,
        kind: RawKind,
        parts: list[str],
        links: list[tuple[str, str]],
        plain: bool = False,
        **kw: Any,
    ) -> RawBlock | None:
        text = _norm("".join(parts))
        if not text:
            return None
        if kind == "paragraph" and not plain and not kw.get("literal"):
            m = key_value(text)
            special = special_kind(m.group("key"), self.options) if m else None
            if m and special is not None and (self.keyed is None or special in self.keyed):
                kind = "key_value"
                kw = {"key": m.group("key").strip(), "value": m.group("value").strip()}
        block = self.add(kind, text, **kw)
        block.links = [self.link_span(label, url, block) for label, url in links]
        return block

    def link_span(self, label: str, url: str, block: RawBlock) -> tuple[str, str, int, int]:
        # markup inside the block makes its source longer than its text: look a bit further
        limit = max(block.end, block.start + 4 * len(block.text) + 200)
        found = self.source.find(label, block.start, limit) if label else -1
        if found >= 0:
            return (label or url, url, found, found + len(label))
        return (label or url, url, block.start, block.end)

    # ------------------------------------------------------------------ blocks

    def walk(self, el: Any, depth: int = 0) -> None:
        """Emit the blocks of a container element."""
        parts: list[str] = []
        links: list[tuple[str, str]] = []
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = _tag(child)
            if not isinstance(child.tag, str) or tag in _SILENT:
                if child.tail:
                    parts.append(child.tail)
                continue
            if tag in _BLOCKS:
                self.text_block("paragraph", parts, links)
                parts, links = [], []
                self.block(child, tag, depth)
            elif tag == "img":
                self.image(child)
            elif tag == "br":
                parts.append(" ")
            elif tag == "a" and self.backlink(child):
                pass  # "↩" after a footnote, back to where it is cited
            elif tag == "a" and (child.get("href") or child.get("target")):
                inner: list[str] = []
                self.inline(child, inner, links)
                links.append((_norm("".join(inner)), self.href(child)))
                parts.append("".join(inner))
            else:
                self.inline(child, parts, links)
            if child.tail:
                parts.append(child.tail)
        self.text_block("paragraph", parts, links)

    def block(self, el: Any, tag: str, depth: int) -> None:
        if tag in _HEADING:
            parts: list[str] = []
            links: list[tuple[str, str]] = []
            self.inline(el, parts, links)
            text = _norm("".join(parts))
            anchors = [
                label
                for label, url in links
                if self.anchor(url) and _norm(label) in _PERMALINK_LABELS
            ]
            if anchors and text.endswith(anchors[-1]) and anchors[-1] != text:
                text = text[: len(text) - len(anchors[-1])]  # "Options #", a link to itself
            text = _heading_text(text)
            edit = WIKI_EDIT_LINK.search(text) if text.endswith("]") else None
            if edit and any(_norm(label).casefold() in _EDIT_LABELS for label, _ in links):
                # a wiki's "[edit]" link after the heading (MediaWiki's edit section)
                text = text[: edit.start()]
                anchors += [label for label, _ in links if _norm(label).casefold() in _EDIT_LABELS]
            links = [(label, url) for label, url in links if label not in anchors]
            parts = [text]
            literal = bool(text) and self.is_literal(el, "heading", text)
            self.text_block(
                "heading", parts, links, level=_HEADING[tag], cue="html", literal=literal
            )
        elif tag == "p" or tag in ("dt", "dd", "figcaption", "summary", "address"):
            self.paragraph(el)
        elif tag in ("ul", "ol"):
            self.list_block(el, tag == "ol", 0)
        elif tag == "dl":
            self.definitions(el)
        elif tag == "pre":
            code = "".join(el.itertext()).strip("\n")
            classes = " ".join(
                str(e.get("class") or "") for e in [el, *el.iter("code")] if e.get("class")
            )
            lang = _LANG.search(classes)
            language = lang.group(1) if lang else _wrapper_language(el)
            if language is None and self.page is not None:
                language = self.code_language(code)
            if code.strip():
                self.add("code", code, language=language)
        elif tag == "table":
            self.table(el)
        elif tag == "blockquote":
            self.quote(el)
        elif tag == "hr":
            self.add("rule", "---")
        elif tag == "aside" and self.related_box(el):
            self.walk(el, depth)  # "Related stories" and their links: the related articles
        elif tag in _BOILERPLATE:
            text = _norm(" ".join(el.itertext()))
            if text:
                start, end = self.locate(text)
                self.removed.append(
                    Removed(
                        text=text,
                        reason="boilerplate",
                        detail=f"<{tag}>",
                        span=Span(start=start, end=end),
                    )
                )
        elif tag == "li":  # a stray <li> outside a list
            self.list_item(el, False, 0)
        else:
            self.walk(el, depth)

    def paragraph(self, el: Any) -> None:
        parts: list[str] = []
        links: list[tuple[str, str]] = []
        self.inline(el, parts, links)
        text = _norm("".join(parts))
        nxt = el.getnext()
        marks = _marks(el)
        literal = bool(text) and self.is_literal(el, "paragraph", text)
        if (
            "paragraph" not in marks
            and text.endswith((":", "\uff1a"))
            and nxt is not None
            and _tag(nxt) in ("ul", "ol")
            and not (el.tail or "").strip()
            and ("lead-in" in marks or len(text.split()) <= LABEL_MAX_WORDS)
        ):
            self.text_block("label", parts, links, literal=literal)
        else:
            plain = "paragraph" in marks
            self.text_block("paragraph", parts, links, plain=plain, literal=literal)
        # block children a <p> may wrongly hold (lists, tables) in broken markup
        for child in el:
            tag = _tag(child)
            if tag in ("ul", "ol", "table", "pre", "blockquote"):
                self.block(child, tag, 0)

    def list_block(self, el: Any, ordered: bool, depth: int) -> None:
        start = str(el.get("start") or "").strip() if ordered else ""
        # <ol start="4">: the steps go on from a list above, cut by a paragraph or code
        n = int(start) - 1 if start.isdigit() and len(start) <= 6 else 0
        first = len(self.blocks)
        for child in el:
            tag = _tag(child)
            if tag == "li":
                n += 1
                self.list_item(child, ordered, depth, n)
            elif tag in ("ul", "ol"):
                self.list_block(child, tag == "ol", depth + 1)
        if first < len(self.blocks) and self.blocks[first].kind == "list_item":
            self.blocks[first].opens_list = True

    def definitions(self, el: Any) -> None:
        """A description list: one list item a term, "Term: its description" (a term that
        ends in punctuation, a question, is followed by a space); a "Tags"-like term
        gives a field line, as a "Tags: a, b" paragraph would."""
        groups: list[tuple[list[Any], list[Any]]] = []
        for child in _dl_children(el):
            role = _dl_role(child)
            if role == "dt" and (not groups or groups[-1][1]):
                groups.append(([child], []))
            elif role == "dt":
                groups[-1][0].append(child)
            elif role == "dd":
                if not groups:
                    groups.append(([], []))
                groups[-1][1].append(child)
        for terms, descriptions in groups:
            links: list[tuple[str, str]] = []
            term = self.inline_text(terms, links, " / ")
            said = self.inline_text(descriptions, links, " ")
            sep = " " if term.endswith((":", "?", "!", ".", "\uff1a")) else ": "
            text = term + sep + said if term and said else term or said
            if not text:
                continue
            if term and said and special_kind(term, self.options) is not None:
                self.text_block("paragraph", [f"{term}: {said}"], links)
            else:
                literal = self.is_literal(el, "list_item", text)
                block = self.add("list_item", text, marker="-", literal=literal)
                block.links = [self.link_span(label, url, block) for label, url in links]
            for dd in descriptions:  # lists, tables or code inside a description
                for sub in dd:
                    tag = _tag(sub)
                    if tag in ("ul", "ol"):
                        self.list_block(sub, tag == "ol", 1)
                    elif tag in ("pre", "table", "blockquote"):
                        self.block(sub, tag, 0)

    def inline_text(self, els: list[Any], links: list[tuple[str, str]], sep: str) -> str:
        texts = []
        for el in els:
            parts: list[str] = []
            self.inline(el, parts, links)
            if _norm("".join(parts)):
                texts.append(_norm("".join(parts)))
        return sep.join(texts)

    def list_item(self, el: Any, ordered: bool, depth: int, n: int = 1) -> None:
        parts: list[str] = []
        links: list[tuple[str, str]] = []
        paras: list[str] = []
        nested: list[Any] = []
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = _tag(child)
            if not isinstance(child.tag, str) or tag in _SILENT:
                pass
            elif tag in ("ul", "ol", "pre", "table", "blockquote"):
                nested.append(child)
            elif tag in ("p", "div"):
                sub: list[str] = []
                self.inline(child, sub, links)
                if _norm("".join(sub)):
                    paras.append(_norm("".join(sub)))
            elif tag == "img":
                self.image(child)
            elif tag == "br":
                parts.append(" ")
            elif tag == "a" and self.backlink(child):
                pass  # "↩" after a footnote, back to where it is cited
            elif tag == "a" and (child.get("href") or child.get("target")):
                inner: list[str] = []
                self.inline(child, inner, links)
                links.append((_norm("".join(inner)), self.href(child)))
                parts.append("".join(inner))
            else:
                self.inline(child, parts, links)
            if child.tail:
                parts.append(child.tail)
        lead = _norm("".join(parts))
        text = "\n\n".join([p for p in [lead, *paras] if p])
        if text:
            marker = f"{n}." if ordered else "-"
            literal = self.is_literal(el, "list_item", text)
            block = self.add(
                "list_item", text, depth=depth, marker=marker, ordered=ordered, literal=literal
            )
            block.links = [self.link_span(label, url, block) for label, url in links]
        for child in nested:
            tag = _tag(child)
            if tag in ("ul", "ol"):
                self.list_block(child, tag == "ol", depth + 1)
            else:
                self.block(child, tag, 0)

    def table(self, el: Any) -> None:
        if self.code_table(el):
            return
        rows: list[list[str]] = []
        links: list[tuple[str, str]] = []
        for row in el.iter():
            if _tag(row) != "tr":
                continue
            cells = []
            for cell in row:
                if _tag(cell) in ("td", "th"):
                    parts: list[str] = []
                    self.inline(cell, parts, links)
                    parts.extend(f" {t}" for t in _nested_texts(cell))
                    cells.append(_norm("".join(parts)))
            if cells:
                rows.append(cells)
        # the caption, a paragraph above the table: the <caption> of a page's table, or
        # the row the extractor made of it (its text in the first cell, the others empty)
        caption = next((c for c in el if _tag(c) == "caption"), None)
        if caption is not None:
            self.paragraph(caption)
        elif len(rows) > 1 and not any(rows[0][1:]) and rows[0][0] in self.captions():
            self.text_block("paragraph", [rows.pop(0)[0]], [])
        if rows:
            text = "\n".join("\t".join(r) for r in rows)
            block = self.add("table", text, rows=rows)
            block.start, block.end = self._span_of_cells(rows, block)
            block.links = [self.link_span(label, url, block) for label, url in links]

    def code_table(self, el: Any) -> bool:
        """A table that only lays out code (a highlighter's line numbers in one cell, the
        code in the next: Hugo's ``lntable``, Pygments' ``highlighttable``) is the code
        block, without the line numbers. True when ``el`` was read as such."""
        pres = [p for p in el.iter() if _tag(p) == "pre"]
        if not pres:
            return False
        # (the elements themselves: the id of an lxml proxy is reused once it is freed)
        inside = {d for p in pres for d in p.iter()}
        for node in el.iter():
            if node in inside or not isinstance(node.tag, str):
                continue
            if (node.text or "").strip() or (node is not el and (node.tail or "").strip()):
                return False  # text of its own beside the code: a table of data
        code = [p for p in pres if not _LINE_NUMBERS.fullmatch("".join(p.itertext()))]
        for pre in code:
            self.block(pre, "pre", 0)
        return bool(code)

    def _span_of_cells(self, rows: list[list[str]], block: RawBlock) -> tuple[int, int]:
        first = next((c for r in rows for c in r if c), "")
        last = next((c for r in reversed(rows) for c in reversed(r) if c), "")
        start = self.source.find(first, block.start) if first else -1
        if start < 0:
            return block.start, block.end
        end = self.source.find(last, start)
        end = end + len(last) if end >= 0 else block.end
        self.cursor = max(self.cursor, end)
        return start, max(start, end)

    def quote(self, el: Any) -> None:
        paras: list[str] = []
        links: list[tuple[str, str]] = []
        loose: list[str] = []
        if el.text:
            loose.append(el.text)
        for child in el:
            tag = _tag(child)
            if tag in _BLOCKS and tag not in ("br",):
                if _norm("".join(loose)):
                    paras.append(_norm("".join(loose)))
                loose = []
                for sub in [child] if tag != "div" else list(child) or [child]:
                    parts: list[str] = []
                    self.inline(sub, parts, links)
                    if _norm("".join(parts)):
                        paras.append(_norm("".join(parts)))
            else:
                self.inline(child, loose, links) if tag != "img" else self.image(child)
            if child.tail:
                loose.append(child.tail)
        if _norm("".join(loose)):
            paras.append(_norm("".join(loose)))
        if paras:
            start, _ = self.locate(paras[0])
            # the whole quote is found again from where its first paragraph starts: from
            # past it, a word of its text may match far below and put every later block
            # out of reach
            self.cursor = start
            block = self.add("quote", "\n\n".join(paras))
            block.start = min(start, block.start)
            block.links = [self.link_span(label, url, block) for label, url in links]


# --------------------------------------------------------------------------- metadata


def _json_ld(scripts: list[Any]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        if str(script.get("type", "")).casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _resolver(base: str | None) -> Any:
    """A function that makes a link target absolute against ``base`` (identity without)."""
    if not base or not base.startswith(("http://", "https://")):
        return lambda url: url

    from urllib.parse import urljoin

    def resolve(url: str) -> str:
        if url.startswith(("http://", "https://", "mailto:", "tel:", "data:", "javascript:")):
            return url
        try:
            return urljoin(base, url)
        except ValueError:
            return url

    return resolve


class _PageMeta:
    """What the page says about itself outside the article body."""

    def __init__(self) -> None:
        self.meta = Metadata()
        #: titles the page states (og:title, JSON-LD headline, <title> and its parts, h1s):
        #: a first body heading equal to one of them is the title, not body text
        self.titles: set[str] = set()
        #: base for relative link targets: <base href>, else the canonical URL
        self.base: str | None = None


#: elements the page marks as its author's name (class tokens, microdata, rel)
_BYLINE_TEST = (
    "[@itemprop='author' or @rel='author' or contains(@class, 'byline') or "
    "contains(@class, 'author')]"
)
# looked for inside the article (or main) element only: scanning every element of a page
# would cost a tenth of the whole parse
_BYLINE_XPATH = f"(//article//*{_BYLINE_TEST} | //main//*{_BYLINE_TEST})"
_BYLINE_CLASSES = frozenset({"byline", "author", "author-name", "byline__name", "article-author"})
#: a marked byline longer than this (words) is an author box, not a name
MARKED_BYLINE_MAX_WORDS = 8


def _marked_byline(tree: Any) -> str | None:
    """The first element the page marks as its byline or author, when it reads as a name
    ("By Lena Park" → "Lena Park"): a page with no author metadata still names its writer."""
    for el in tree.xpath(_BYLINE_XPATH):
        classes = set(str(el.get("class") or "").split())
        if not (classes & _BYLINE_CLASSES or el.get("itemprop") or el.get("rel")):
            continue  # "author-bio", "co-author-list": a box about the author
        text = _norm(el.text_content())
        if text.casefold().startswith("by "):
            text = text[3:].strip()
        words = text.split()
        if 0 < len(words) <= MARKED_BYLINE_MAX_WORDS and all(w[:1].isupper() for w in words):
            return text
    return None


def _marked_date(tree: Any) -> str | None:
    """The first ``<time>`` that gives a date: its visible text (as the page shows it),
    or its ``datetime`` value when it shows none. (A ``<time>`` without ``datetime`` counts
    when its text holds a year: "March 3, 2025", not "3 min read".)"""
    for el in tree.iter("time"):
        stamp = str(el.get("datetime") or "").strip()
        text = _norm(el.text_content())
        if stamp or _YEAR.search(text):
            return text or stamp
    return None


_YEAR = regex.compile(r"\b(?:1[89]|2\d)\d\d\b")


#: a rel value holding "tag": rel="tag", rel="category tag", rel='tag noopener', rel=tag
#: (case-sensitive: a case-insensitive scan of the page costs eight times as much)
_REL_TAG = re.compile(r"""rel=["']?(?:[^"'> ]+ )*tag\b""")


def _may_have_rel_tags(source: str) -> bool:
    """Could the page hold a link it marks as a tag of the post (``rel="tag"``,
    WordPress' ``rel="category tag"``, the microformat)? A scan of the source, cheaper
    than a walk over the links."""
    return _REL_TAG.search(source) is not None


#: more tag links than this is a tag cloud of the whole site, not the post's tags
MAX_REL_TAGS = 20
#: a tag link's text longer than this (words) is no tag
REL_TAG_MAX_WORDS = 5


def _rel_tags(tree: Any) -> list[str]:
    """The texts of the links marked ``rel="tag"`` (WordPress' "Tagged …"/"Posted in …"
    links, the rel-tag microformat) for a page whose metadata names no tags: those inside
    the ``<article>`` when the page has one with such links, else those outside
    navigation and asides (a sidebar's tag cloud)."""
    inside: list[str] = []
    outside: list[str] = []
    for el in tree.iter("a"):
        if "tag" not in str(el.get("rel") or "").casefold().split():
            continue
        text = _norm(el.text_content()).lstrip("#")
        if not text or len(text.split()) > REL_TAG_MAX_WORDS:
            continue
        ancestors = {a.tag for a in el.iterancestors()}
        if "article" in ancestors:
            inside.append(text)
        elif not ancestors & {"nav", "aside", "menu"}:
            outside.append(text)
    found = inside or outside
    return dedupe_tags(found) if len(found) <= MAX_REL_TAGS else []


def _head_metadata(tree: Any, source: str) -> _PageMeta:
    """Metadata from ``<head>`` and JSON-LD: description, tags, author, date, title and
    canonical URL, read from the one parsed tree (no second parse, no date guessing)."""
    page = _PageMeta()
    meta = page.meta
    # one walk over the tree for every element the metadata is read from
    found: dict[str, list[Any]] = {"meta": [], "script": [], "title": [], "h1": [], "link": []}
    for el in tree.iter("meta", "script", "title", "h1", "link", "base"):
        found["link" if el.tag == "base" else el.tag].append(el)
    values: dict[str, list[str]] = {}
    for el in found["meta"]:
        key = str(el.get("name") or el.get("property") or el.get("itemprop") or "").casefold()
        content = el.get("content")
        if key and content and str(content).strip():
            values.setdefault(key, []).append(str(content).strip())

    def first(*keys: str) -> str | None:
        for key in keys:
            if values.get(key):
                return values[key][0]
        return None

    def note(name: Any, text: str | None) -> None:
        if text:
            found = source.find(text[:60])
            if found >= 0:
                meta.sources.append(
                    FieldSource(field=name, span=Span(start=found, end=found + min(60, len(text))))
                )

    tags: list[str] = []
    for key in ("article:tag", "keywords", "news_keywords", "parsely-tags"):
        for value in values.get(key, []):
            tags.extend(split_tags(value))
    ld_title = ld_author = ld_date = ld_desc = ld_url = None
    for item in _json_ld(found["script"]):
        kw = item.get("keywords")
        if isinstance(kw, str):
            tags.extend(split_tags(kw))
        elif isinstance(kw, list):
            tags.extend(str(k).strip() for k in kw if str(k).strip())
        ld_title = ld_title or (
            item.get("headline") if isinstance(item.get("headline"), str) else None
        )
        names = _names(item.get("author"))
        ld_author = ld_author or (", ".join(names) if names else None)
        if isinstance(item.get("datePublished"), str):
            ld_date = ld_date or item["datePublished"]
        if isinstance(item.get("description"), str):
            ld_desc = ld_desc or item["description"]
        if isinstance(item.get("mainEntityOfPage"), dict):
            ld_url = ld_url or item["mainEntityOfPage"].get("@id")
    meta.tags = dedupe_tags(t for t in tags if t)
    if meta.tags:
        note("tags", first("keywords", "article:tag"))
    elif _may_have_rel_tags(source):
        meta.tags = _rel_tags(tree)
        at = source.find(f">{meta.tags[0]}<") + 1 if meta.tags else 0
        if at > 0:
            span = Span(start=at, end=at + len(meta.tags[0]))
            meta.sources.append(FieldSource(field="tags", span=span))
    meta.meta_description = first("description", "og:description", "twitter:description") or ld_desc
    note("meta_description", meta.meta_description)
    meta.byline = first("author", "article:author", "parsely-author") or ld_author
    if meta.byline and meta.byline.startswith(("http://", "https://")):
        meta.byline = ld_author
    if meta.byline is None:
        meta.byline = _marked_byline(tree)  # <p class="byline">By Lena Park</p>
    note("byline", meta.byline)
    meta.published = (
        first(
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "parsely-pub-date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
        )
        or ld_date
        or _marked_date(tree)  # <time datetime="2025-03-03">March 3, 2025</time>
    )
    note("published", meta.published)

    # the title, as trafilatura ranks the sources: og:title, JSON-LD headline, the one
    # <h1> of the page, then the <title> element (its part without the site name)
    title_el = found["title"][0] if found["title"] else None
    page_title = _norm(title_el.text_content()) if title_el is not None else ""
    parts = page_title_parts(page_title)
    h1s = [t for t in (_heading_text(_norm(h.text_content())) for h in found["h1"]) if t]
    og_title = first("og:title", "twitter:title")
    from_title = title_without_site_name(page_title)
    meta.title = og_title or ld_title or (h1s[0] if len(h1s) == 1 else None) or from_title or None
    if meta.title:
        meta.title = _norm(meta.title)
    note("title", meta.title)
    page.titles = {
        _norm(t).casefold() for t in (og_title, ld_title, page_title, *parts, *h1s[:3]) if t
    }

    canonical = None
    base = None
    for link in found["link"]:
        href = link.get("href")
        if not href:
            continue
        if link.tag == "base":
            base = base or str(href).strip()
        elif canonical is None and "canonical" in str(link.get("rel", "")).casefold().split():
            canonical = str(href).strip()
    canonical = canonical or first("og:url") or (ld_url if isinstance(ld_url, str) else None)
    if canonical and base and not canonical.startswith(("http://", "https://")):
        canonical = _resolver(base)(canonical)
    meta.canonical_url = canonical or None
    note("canonical_url", meta.canonical_url)
    page.base = base if base and base.startswith(("http://", "https://")) else canonical
    return page


# --------------------------------------------------------------------------- entry


#: characters lxml refuses in a str ("All strings must be XML compatible")
# (the standard library's re: three times faster than regex at scanning a page for a class)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """``text`` with the control characters lxml refuses turned into spaces (same length,
    so every offset into the input stays valid)."""
    return _NOT_XML.sub(" ", text) if _NOT_XML.search(text) else text


def _is_page(text: str) -> bool:
    return bool(_PAGE.search(text[:5000]))


def _fragment_blocks(text: str, options: ParseOptions) -> tuple[list[RawBlock], Metadata]:
    lxml_html = _require_lxml()
    try:
        root = lxml_html.fragment_fromstring(_xml_safe(text), create_parent="div")
    except Exception as exc:
        raise InputError(f"cannot read the HTML: {exc}") from None
    walker = _Walker(text, options)
    walker.walk(root)
    _join_admonitions(walker.blocks)
    _drop_kickers(walker)
    meta = Metadata()
    if not any(b.kind == "heading" and b.level == 1 for b in walker.blocks):
        title = next(iter(root.iter("title")), None)
        if title is not None and _norm(title.text_content()):
            meta.title = _norm(title.text_content())
    for link in root.iter("link"):
        rel = str(link.get("rel", "")).casefold().split()
        if "canonical" in rel and link.get("href"):
            meta.canonical_url = str(link.get("href")).strip()
            found = text.find(meta.canonical_url)
            if found >= 0:
                span = Span(start=found, end=found + len(meta.canonical_url))
                meta.sources.append(FieldSource(field="canonical_url", span=span))
            break
    meta.removed = walker.removed
    return walker.blocks, meta


def _load_page(text: str) -> Any:
    """One lxml tree of a whole page, parsed the way trafilatura parses (its parser
    settings and repairs), so that the same tree serves the metadata and the extractor."""
    lxml_html = _require_lxml()
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise InputError(INSTALL_HINT) from None
    tree = None
    try:
        # trafilatura copes with control characters itself; scanning every page for them
        # first cost 4% of the extraction time
        tree = trafilatura.load_html(text)
    except Exception:  # trafilatura's own reading failed: try lxml's
        tree = None
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(_xml_safe(text))
        except Exception as exc:
            raise InputError(f"cannot read the HTML: {exc}") from None
    return tree


def _page_blocks(text: str, options: ParseOptions) -> tuple[list[RawBlock], Metadata]:

    tree = _load_page(text)
    page = _head_metadata(tree, text)
    meta = page.meta
    walker = _Walker(text, options, _resolver(page.base))
    body_el = tree.find("body")
    if body_el is not None and next(body_el.iter(*_BOILERPLATE, "header"), None) is None:
        # a page without navigation, scripts or asides (a saved reader view, our own
        # to_html(standalone=True)): all of its body is the article, structure intact
        walker.walk(body_el)
        _join_admonitions(walker.blocks)
        _drop_kickers(walker)
        meta.removed = walker.removed
        if any(b.kind == "heading" and b.level == 1 for b in walker.blocks):
            meta.title = None
            meta.sources = [s for s in meta.sources if s.field != "title"]
        return walker.blocks, meta
    # trafilatura's body keeps no attribute it does not know (a heading or list item
    # comes back without its data-articlekit; a <p> keeps it, by accident of how it is
    # copied): the elements marked literal are noted by kind and text beforehand, and
    # the blocks of the extracted body with that kind and text, in order, are literal.
    # A page of articlekit's own (to_html(standalone=True)) never gets here: it has no
    # navigation or asides, and is walked whole above with its marks intact
    literals = _literal_texts(tree) if "data-articlekit" in text else Counter()
    body = _extract(tree)
    if body is not None:
        # in an extracted body only "Tags: a, b" lines are fields: a "Summary: ..." or
        # "Description: ..." paragraph of a web page is article text
        walker.keyed = frozenset(["tags"])
        walker.page = tree
        walker.literals = literals or None
        walker.walk(body)
    else:
        for bad in list(tree.iter(*_BOILERPLATE, "header")):
            if bad.getparent() is not None:
                bad.drop_tree()
        body_el = tree.find("body")
        walker.walk(body_el if body_el is not None else tree)
    _join_admonitions(walker.blocks)
    _mark_title(walker, page, text)
    meta.removed = walker.removed
    return walker.blocks, meta


#: an extraction shorter than this (characters) is checked against trafilatura's
#: balanced mode, which keeps more
_SHORT_EXTRACTION = 500


def _extract(tree: Any) -> Any:
    """The main content of a page as trafilatura's structured body (or None).

    The extractor gets the tree already parsed for the metadata (it works on a copy of
    its own); it runs without a metadata pass (the head was read already, and its date
    guessing is the slowest part of it), without text serialisation ("xml" output: the
    structured body is all that is read), without comments, and in precision mode, which
    leaves out more teasers, newsletter boxes and captions. When that leaves very
    little, the balanced mode is tried as well and kept if it finds clearly more (a
    precision-mode extraction can collapse to a reprint notice).
    """
    import trafilatura

    def run(precision: bool) -> Any:
        doc = trafilatura.bare_extraction(
            tree,
            output_format="xml",
            include_links=True,
            include_tables=True,
            include_formatting=False,
            include_images=False,
            include_comments=False,
            with_metadata=False,
            favor_precision=precision,
        )
        body = getattr(doc, "body", None) if doc is not None else None
        return body if body is not None and len(body) else None

    def size(body: Any) -> int:
        return 0 if body is None else sum(len(t.strip()) for t in body.itertext())

    body = run(True)
    if size(body) < _SHORT_EXTRACTION:
        other = run(False)
        if size(other) > 2 * size(body):
            body = other
    return body


def _mark_title(walker: _Walker, page: _PageMeta, source: str) -> None:
    """Keep the page's title out of the body.

    A heading (or a paragraph) among the first blocks that repeats a title the page
    states (og:title, ``<title>``, its ``<h1>``) is the title: a heading that opens the
    body becomes the first-level heading the assembler takes as the title; any other
    (an extractor may put the headline after a lead paragraph, or as a plain paragraph)
    is recorded in ``removed``. When the body opens
    with anything else, the page's title is put in front of it (with the span of its
    source in the head), so that the assembler does not take a short first paragraph
    ("BAAR, SWITZERLAND", "CLICK FOR FULL RESULTS") for the title of a page that has one.
    """
    blocks = walker.blocks
    if not blocks:
        return
    for k, block in enumerate(blocks[:3]):
        if block.kind not in ("heading", "paragraph"):
            continue
        if _norm(block.text).casefold() in page.titles:
            if k == 0 and block.kind == "heading":
                block.level = 1
                if any(b.kind == "heading" and b.level == 1 for b in blocks[1:]):
                    # one <h1> for the title, more for the sections (Medium, some CMSs)
                    for later in blocks[1:]:
                        if later.kind == "heading" and later.level is not None:
                            later.level += 1
                _mark_dek(blocks, 1, page.meta.meta_description)
                return
            walker.set_aside(block, "markup", "the page title repeated in the body")
            del blocks[k]
            break
    title = page.meta.title
    if not title or any(b.kind == "heading" and b.level == 1 for b in blocks):
        return
    _mark_dek(blocks, 0, page.meta.meta_description)
    src = next((s.span for s in page.meta.sources if s.field == "title"), None)
    start, end = (src.start, src.end) if src is not None else (0, 0)
    blocks.insert(
        0,
        RawBlock(
            kind="heading",
            text=title,
            start=start,
            end=end,
            level=1,
            cue="html",
            line_spans=[(start, end)],
        ),
    )


#: the titles of a documentation page's admonitions (Sphinx, MkDocs, Docusaurus):
#: ``<p class="admonition-title">Note</p><p>…</p>``
_ADMONITIONS = frozenset(
    ["note", "tip", "hint", "important", "warning", "caution", "danger", "attention", "see also"]
)


ADMONITION_MAX_CHARS = max(len(a) for a in _ADMONITIONS) + 1


def _join_admonitions(blocks: list[RawBlock]) -> None:
    """A paragraph that is only an admonition's title ("Note", "Warning") heads the
    paragraph after it: one paragraph "Note: …", spanning both, not a stray word."""
    k = 0
    while k + 1 < len(blocks):
        label, body = blocks[k], blocks[k + 1]
        if len(label.text) > ADMONITION_MAX_CHARS:
            k += 1
            continue
        name = label.text.rstrip(":\uff1a")
        if (
            label.kind == "paragraph"
            and body.kind == "paragraph"
            and not (label.literal or body.literal)
            and name.casefold() in _ADMONITIONS
            and not body.text.startswith(name)
        ):
            body.text = f"{name}: {body.text}"
            body.start = label.start
            body.line_spans = [(body.start, body.end)]
            body.gap_before = label.gap_before
            del blocks[k]
        k += 1


#: a kicker above a headline ("Local", "Opinion", "Home › News") runs at most this many
#: words
KICKER_MAX_WORDS = 4
_WORD = regex.compile(r"\w+")


def _drop_kickers(walker: _Walker) -> None:
    """The short labels above the one ``<h1>`` of a fragment or a reader view (a news
    article's kicker, a section link, a breadcrumb) are no body text: left there, they
    would stand in front of the title and hide the byline and date under it."""
    blocks = walker.blocks
    titles = [k for k, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    if len(titles) != 1 or not 0 < titles[0] <= 2:
        return
    above = blocks[: titles[0]]
    for block in above:
        text = block.text
        words = _WORD.findall(text)
        if (
            block.kind != "paragraph"
            or block.literal
            or not 0 < len(words) <= KICKER_MAX_WORDS
            or any(c.isdigit() for c in text)  # a date above the title
            or text.casefold().startswith("by ")
            or text.endswith((".", "?", "!", ":"))
        ):
            return
    for block in above:
        walker.set_aside(block, "ui_remnant", "a kicker above the title")
    del blocks[: titles[0]]


def _mark_dek(blocks: list[RawBlock], k: int, description: str | None) -> None:
    """A heading right under the title that says what the page's description says is the
    subtitle (a newsletter's or Medium's dek in an ``<h2>``/``<h3>``), not a section: it
    becomes the article's first paragraph."""
    if k >= len(blocks) or not description or blocks[k].kind != "heading":
        return
    dek = _norm(blocks[k].text).casefold()
    said = _norm(description).casefold()
    cut = said.rstrip(".\u2026 ")
    if dek == said or (said.endswith(("\u2026", "...")) and len(cut) >= 20 and dek.startswith(cut)):
        blocks[k].kind = "paragraph"
        blocks[k].level = blocks[k].cue = None


def html_blocks(text: str, options: ParseOptions) -> tuple[list[RawBlock], Metadata]:
    """The blocks of an HTML fragment or page, and the metadata found outside its body.

    Example:
        >>> from articlekit.options import ParseOptions
        >>> src = "<h2>A</h2><ul><li>x<ul><li>y</li></ul></li></ul>"
        >>> blocks, _ = html_blocks(src, ParseOptions())
        >>> [(b.kind, b.text, b.level, b.depth) for b in blocks]
        [('heading', 'A', 2, 0), ('list_item', 'x', None, 0), ('list_item', 'y', None, 1)]
    """
    _require_lxml()
    if not text.strip():
        return [], Metadata()
    if not _is_page(text):
        return _fragment_blocks(text, options)
    return _page_blocks(text, options)


def parse_html(
    text: str, options: ParseOptions, warnings: list[ParseWarning] | None = None
) -> Article:
    """Parse decoded HTML into an Article (``source_format="html"``).

    Raises:
        InputError: the ``html`` extra (lxml, trafilatura) is not installed.

    Example:
        >>> from articlekit.options import ParseOptions
        >>> art = parse_html("<h1>T</h1><p>Text with <a href='https://x.org'>a link</a>.</p>",
        ...                  ParseOptions())
        >>> art.title, art.links[0].url
        ('T', 'https://x.org')
    """
    blocks, meta = html_blocks(text, options)
    article = assemble(text, blocks, options, "html", warnings)
    return merge_metadata(first_paragraph_is_body(article, blocks), meta, blocks)
