"""Markdown front end: CommonMark (plus GFM tables) in, :class:`RawBlock` s out.

markdown-it-py does the parsing; this module only maps its token stream onto the one
internal form, so every rule about titles, special sections and tags lives in the shared
assembler:

- ATX and setext headings → ``heading`` blocks with their exact level (cue ``"markdown"``);
- paragraphs → ``paragraph``; a one-line paragraph ending in ":" directly followed by a
  list → ``label`` (the list's lead-in); "Tags: a, b" style lines whose label names a
  special section → ``key_value``;
- list items → ``list_item`` with ``depth``, ``marker`` and ``ordered``; continuation
  paragraphs of an item join its text with a blank line ("\\n\\n"); code, tables and quotes
  inside an item become blocks of their own after it;
- fenced and indented code → ``code`` with the fence's language;
- tables → ``table`` rows, each with the cells its source line writes (GFM pads a short
  row; a header cell ``<!-- articlekit: no cell -->`` is no cell); block quotes → one
  ``quote`` block (its paragraphs joined by a blank line); thematic breaks → ``rule`` (the
  assembler records them as removed markup);
- the literal mark ``<!-- articlekit: literal -->`` (an HTML comment: CommonMark renders
  it as nothing) makes the block right below it ``literal``: body text, never a special
  section's name, a field line, a UI remnant, a hashtag line, a byline or a date (the
  writer puts it above body text that reads like one); its line is recorded in
  ``removed`` (reason ``"markup"``, detail ``"literal mark"``);
- links (inline, reference-style, autolinks) → ``links`` with the span of the link text in
  the source; images are left out and recorded in ``removed`` (reason ``"image"``);
- YAML/TOML front matter → :class:`~articlekit.parse.frontmatter.Metadata`, merged after
  assembly (see :func:`~articlekit.parse.frontmatter.merge_metadata`).

Spans are character offsets into the decoded input: block spans run from the first to the
last non-blank character of the lines markdown-it maps the block to; link spans cover the
link text when it appears verbatim in the source, else the block's span.
"""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field

import regex
from markdown_it import MarkdownIt
from markdown_it.token import Token

from articlekit.model import Article, ParseWarning, Removed, Span
from articlekit.options import ParseOptions
from articlekit.parse.assemble import assemble, leading_menu
from articlekit.parse.blocks import RawBlock
from articlekit.parse.frontmatter import (
    Metadata,
    first_paragraph_is_body,
    merge_metadata,
    page_title_parts,
    read_front_matter,
)
from articlekit.parse.lines import clean, key_value
from articlekit.parse.special import special_kind

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_TAG = regex.compile(r"<[^>]*>")
_PRE = regex.compile(r"<pre[\s>]", regex.IGNORECASE)
# "<code class='language-r'>", '<pre class="lang-python">', "<div class='highlight-bash'>"
_CODE_LANGUAGE = regex.compile(r"\b(?:language|lang|highlight)-([\w+#.-]+)")
_REF_DEF = regex.compile(r"^\s{0,3}\[[^\]]+\]:")
#: a line whose first colon is backslash-escaped
# (a full-width colon, which CommonMark cannot escape, is written as its character reference)
_ESCAPED_KEY = regex.compile(r"^[^:\uff1a]*(?:\\:|&#(?:x[fF]{2}1[aA]|65306);)")
#: the writer's mark for a block that is body text whatever it reads like (an HTML comment:
#: CommonMark renders it as nothing); it applies to the block right below it
LITERAL_MARK = "<!-- articlekit: literal -->"
# a Hugo shortcode or a Liquid / Jekyll tag standing alone: "{{< figure … >}}", "{% raw %}"
_TEMPLATE_TAG = regex.compile(r"\{\{[<%][^\n]*?[>%]\}\}|\{%[^\n]*?%\}")
_LITERAL_MARK = regex.compile(r"^<!--\s*articlekit:\s*literal\s*-->$")
#: the writer's mark for a header cell that is no cell: a GFM header row has a cell per
#: column, so a header shorter than a row below it is filled up with these
NO_CELL_MARK = "<!-- articlekit: no cell -->"
_NO_CELL_MARK = regex.compile(r"^<!--\s*articlekit:\s*no cell\s*-->$")
#: a pipe that separates table cells (GFM: ``\|`` is a pipe inside a cell)
_CELL_PIPE = regex.compile(r"(?<!\\)\|")
LABEL_MAX_WORDS = 12

_PARSER: MarkdownIt | None = None
#: container levels markdown-it reads (a list and its item are two)
MAX_NESTING = 100


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        # markdown-it drops what lies deeper than maxNesting (20: ten nested lists); 100
        # levels keep its recursion far from Python's limit, and lines lost deeper still
        # are recovered as paragraphs (_Reader.recover_lost_lines)
        _PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    return _PARSER


@dataclass
class _Lines:
    """Line offsets of the source, to turn markdown-it line maps into character spans."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        for m in _LINE.finditer(self.text):
            if m.end() == m.start():
                break
            self.starts.append(m.start())
            self.ends.append(m.start() + len(m.group().rstrip("\r\n")))
        if not self.starts:
            self.starts.append(0)
            self.ends.append(0)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Span of lines ``[first, last)`` without leading/trailing blanks."""
        last = max(first + 1, min(last, len(self.starts)))
        first = min(first, len(self.starts) - 1)
        start, end = self.starts[first], self.ends[last - 1]
        while start < end and self.text[start] in " \t":
            start += 1
        while end > start and self.text[end - 1] in " \t":
            end -= 1
        return start, end

    def line_spans(self, first: int, last: int) -> list[tuple[int, int]]:
        out = []
        for n in range(first, min(last, len(self.starts))):
            s, e = self.span(n, n + 1)
            if e > s:
                out.append((s, e))
        return out


@dataclass
class _Inline:
    text: str
    links: list[tuple[str, str, int, int]]


class _Reader:
    def __init__(self, text: str, options: ParseOptions) -> None:
        self.text = text
        self.options = options
        self.lines = _Lines(text)
        self.blocks: list[RawBlock] = []
        self.removed: list[Removed] = []
        #: a literal mark was read: the next block is literal
        self.literal = False

    # ------------------------------------------------------------------ inline

    def inline(self, token: Token, region: tuple[int, int]) -> _Inline:
        """Plain text of an inline token, its links and (as removed) its images."""
        parts: list[str] = []
        links: list[tuple[str, str, int, int]] = []
        cursor = region[0]
        href: str | None = None
        link_parts: list[str] = []
        after_link = False  # the last thing read closed a link
        for child in token.children or []:
            kind = child.type
            if after_link and kind == "link_open" and parts and parts[-1][-1:].isalnum():
                # "[Sign in](…)[Get started](…)": two buttons side by side, two labels
                parts.append(" ")
            after_link = kind == "link_close"
            if kind == "text" or kind == "code_inline":
                (link_parts if href is not None else parts).append(child.content)
            elif kind == "softbreak" or kind == "hardbreak":
                (link_parts if href is not None else parts).append(" ")
            elif kind == "link_open":
                href = str(child.attrs.get("href", ""))
                link_parts = []
            elif kind == "link_close" and href is not None:
                label = "".join(link_parts)
                parts.append(label)
                found = self.text.find(label, cursor, region[1]) if label else -1
                if found >= 0:
                    start, end = found, found + len(label)
                    cursor = end
                else:
                    start, end = region
                links.append((label or href, href, start, end))
                href = None
            elif kind == "image":
                src = str(child.attrs.get("src", ""))
                found = self.text.find("![", cursor, region[1])
                span = (
                    Span(start=found, end=min(region[1], found + len(child.content) + 4))
                    if found >= 0
                    else Span(start=region[0], end=region[1])
                )
                if href is not None and found > 0 and self.text[found - 1] == "[":
                    span = self._linked_image(span, href, region[1])
                self.removed.append(
                    Removed(text=child.content or src, reason="image", detail=src, span=span)
                )
        return _Inline(" ".join("".join(parts).split()), links)

    def _linked_image(self, image: Span, href: str, limit: int) -> Span:
        """The span of a linked image, "[![Logo](logo.svg)](https://x.example/)", from the
        link's "[" to its ")": the link holds nothing but the image, and goes with it."""
        close = self.text.find("](" + href, image.end, limit)
        end = self.text.find(")", close + 2 + len(href), limit) if close >= 0 else -1
        if end < 0:
            return image
        return Span(start=image.start - 1, end=end + 1)

    # ------------------------------------------------------------------ blocks

    def add(self, kind: str, text: str, first: int, last: int, **kw: object) -> RawBlock:
        start, end = self.lines.span(first, last)
        block = RawBlock(
            kind=kind,  # type: ignore[arg-type]
            text=text,
            start=start,
            end=end,
            line_spans=self.lines.line_spans(first, last),
            literal=self.literal,
            **kw,  # type: ignore[arg-type]
        )
        self.literal = False
        self.blocks.append(block)
        return block

    def paragraph(self, tokens: list[Token], k: int) -> None:
        """A top-level paragraph at ``tokens[k]`` (paragraph_open)."""
        first, last = tokens[k].map or (0, 1)
        inl = self.inline(tokens[k + 1], self.lines.span(first, last))
        if not clean(inl.text):
            return  # only invisible characters (a zero-width space): a blank line
        start, end = self.lines.span(first, last)
        if _TEMPLATE_TAG.fullmatch(self.text[start:end].strip()):
            # "{{< figure src=… >}}", "{% include toc.html %}": the site generator's markup
            self.set_aside(self.text[start:end].strip(), "template tag", start, end)
            return
        nxt = tokens[k + 3] if k + 3 < len(tokens) else None
        kind = "paragraph"
        extra: dict[str, object] = {}
        if (
            inl.text.endswith((":", "\uff1a"))
            and nxt is not None
            and nxt.type in ("bullet_list_open", "ordered_list_open")
            and nxt.map is not None
            and nxt.map[0] == last
        ):
            kind = "label"
        elif last - first == 1 and not self.literal:
            m = key_value(inl.text)
            raw = self.text[slice(*self.lines.span(first, last))]
            if (
                m
                and special_kind(m.group("key"), self.options) is not None
                and not _ESCAPED_KEY.match(raw)  # "Summary\: …" is text (the writer's escape)
            ):
                kind = "key_value"
                extra = {"key": m.group("key").strip(), "value": m.group("value").strip()}
        if kind == "paragraph" and self.footnotes(inl, first, last):
            return
        self.add(kind, inl.text, first, last, links=inl.links, **extra)

    def footnotes(self, inl: _Inline, first: int, last: int) -> bool:
        """ "[^1]: Luxembourg still charges …" / "[^2]: Cats, O. et al. (2017).": footnote
        definitions on consecutive lines, which Markdown without footnotes reads as one
        paragraph, one block each. False (nothing added) when the paragraph is not only
        footnotes, each opening a line."""
        opening = [
            n
            for n in range(first, last)
            if _FOOTNOTE.match(self.text, *self.lines.span(n, n + 1)) is not None
        ]
        texts = [m.start() for m in _FOOTNOTE_IN_TEXT.finditer(inl.text)]
        if len(opening) < 2 or opening[0] != first or len(texts) != len(opening):
            return False
        bounds = [*opening, last]
        cuts = [*texts, len(inl.text)]
        for k in range(len(opening)):
            start, end = self.lines.span(bounds[k], bounds[k + 1])
            links = [link for link in inl.links if start <= link[2] < end]
            text = inl.text[cuts[k] : cuts[k + 1]].strip()
            self.add("paragraph", text, bounds[k], bounds[k + 1], links=links)
        return True

    def read(self, tokens: list[Token]) -> None:
        k = 0
        n = len(tokens)
        depth = -1
        ordered: list[bool] = []
        items: list[RawBlock | None] = []  # open list items (None until their text is read)
        item_open: list[Token] = []
        nested: list[int | None] = []  # per open item: first line of its first nested item
        opened_at: list[int] = []  # per open item: how many blocks there were when it opened
        quote_level = 0
        quote_parts: list[str] = []
        quote_links: list[tuple[str, str, int, int]] = []
        quote_map: tuple[int, int] = (0, 1)
        while k < n:
            tok = tokens[k]
            kind = tok.type
            if quote_level:
                if kind == "blockquote_open":
                    quote_level += 1
                elif kind == "blockquote_close":
                    quote_level -= 1
                    if quote_level == 0 and quote_parts:
                        self.add(
                            "quote",
                            "\n\n".join(quote_parts),
                            quote_map[0],
                            quote_map[1],
                            links=quote_links,
                        )
                elif kind == "inline":
                    first, last = tok.map or quote_map
                    inl = self.inline(tok, self.lines.span(first, last))
                    if inl.text:
                        quote_parts.append(inl.text)
                        quote_links.extend(inl.links)
                elif kind in ("fence", "code_block"):
                    quote_parts.append(tok.content.rstrip("\n"))
                k += 1
                continue
            if kind == "blockquote_open":
                quote_level = 1
                quote_parts, quote_links = [], []
                quote_map = (tok.map[0], tok.map[1]) if tok.map else (0, 1)
            elif kind in ("bullet_list_open", "ordered_list_open"):
                depth += 1
                ordered.append(kind == "ordered_list_open")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                ordered.pop()
            elif kind == "list_item_open":
                line = tok.map[0] if tok.map else -1
                if nested and nested[-1] is None:
                    nested[-1] = line  # the open item holds a list of its own
                items.append(None)
                item_open.append(tok)
                nested.append(None)
                opened_at.append(len(self.blocks))
            elif kind == "list_item_close":
                opener = item_open.pop()
                first = opener.map[0] if opener.map else 0
                # an empty item ("-" alone); one whose line is shared with a nested item
                # ("* * x") is accounted for by that item
                child_line = nested.pop()
                since = opened_at.pop()
                if (
                    items.pop() is None
                    and child_line != first
                    and not self.line_claimed(first, since)
                ):
                    outer = item_open[-1].map[0] if item_open and item_open[-1].map else None
                    if outer == first:
                        # "* * " then text: the item around it, on the same line, accounts
                        # for the line (with its text, or set aside when it is empty too)
                        nested[-1] = None
                    else:
                        start, end = self.lines.span(first, first + 1)
                        self.set_aside(self.text[start:end], "empty list item", start, end)
            elif kind in ("paragraph_open", "heading_open") and items:
                self.item_text(tokens, k, items, item_open[-1], depth, ordered[-1], opened_at[-1])
                k += 3
                continue
            elif kind == "heading_open":
                first, last = tok.map or (0, 1)
                inl = self.inline(tokens[k + 1], self.lines.span(first, last))
                self.add(
                    "heading",
                    inl.text,
                    first,
                    last,
                    level=int(tok.tag[1:]),
                    cue="markdown",
                    links=inl.links,
                )
                k += 3
                continue
            elif kind == "paragraph_open":
                self.paragraph(tokens, k)
                k += 3
                continue
            elif kind in ("fence", "code_block"):
                first, last = tok.map or (0, 1)
                language = tok.info.strip().split()[0] if tok.info.strip() else None
                self.add("code", tok.content.rstrip("\n"), first, last, language=language)
            elif kind == "table_open":
                k = self.table(tokens, k)
                continue
            elif kind == "hr":
                first, last = tok.map or (0, 1)
                self.add("rule", tok.markup, first, last)
            elif kind == "html_block":
                self.html_block(tok)
            k += 1

    def item_text(
        self,
        tokens: list[Token],
        k: int,
        items: list[RawBlock | None],
        opener: Token,
        depth: int,
        is_ordered: bool,
        opened_at: int,
    ) -> None:
        first, last = tokens[k].map or (0, 1)
        inl = self.inline(tokens[k + 1], self.lines.span(first, last))
        current = items[-1]
        if current is None:
            item_first = opener.map[0] if opener.map else first
            if len(self.blocks) > opened_at:
                # the item opened with code (a table, a quote): the item is its text from
                # here; the marker line, when that block does not hold it, is set aside
                if not self.line_claimed(item_first, opened_at):
                    start, end = self.lines.span(item_first, item_first + 1)
                    self.set_aside(self.text[start:end], "empty list item", start, end)
                item_first = first
            marker = (opener.info + opener.markup) if is_ordered else opener.markup
            items[-1] = self.add(
                "list_item",
                inl.text,
                item_first,
                last,
                depth=depth,
                marker=marker,
                ordered=is_ordered,
                links=inl.links,
            )
            return
        if inl.text and self.blocks[-1] is not current and self.blocks[-1].kind != "list_item":
            # text of the item after its code block (or table, quote): a paragraph after
            # that block, so the item's span does not reach over it
            self.add("paragraph", inl.text, first, last, links=inl.links)
            return
        if inl.text:
            current.text = f"{current.text}\n\n{inl.text}" if current.text else inl.text
            current.links.extend(inl.links)
            current.line_spans.extend(self.lines.line_spans(first, last))
            current.end = max(current.end, self.lines.span(first, last)[1])

    def line_claimed(self, line: int, since: int) -> bool:
        """Does a block added since block number ``since`` hold line ``line``?"""
        start = self.lines.span(line, line + 1)[0]
        return any(b.start <= start < b.end for b in self.blocks[since:])

    def table(self, tokens: list[Token], k: int) -> int:
        first, last = tokens[k].map or (0, 1)
        rows: list[list[str]] = []
        links: list[tuple[str, str, int, int]] = []
        written = 1 << 30  # cells the current row writes
        absent = 0  # trailing cells of the current row marked as no cell

        def close_row() -> None:
            if rows:
                rows[-1] = rows[-1][: min(written, len(rows[-1]) - absent)]

        k += 1
        while k < len(tokens) and tokens[k].type != "table_close":
            tok = tokens[k]
            if tok.type == "tr_open":
                close_row()
                rows.append([])
                written = self.cells_written(tok.map[0] if tok.map else -1)
                absent = 0
            elif tok.type == "inline" and rows:
                row_first, row_last = tok.map or (first, last)
                if _NO_CELL_MARK.match(tok.content.strip()):
                    rows[-1].append("")
                    absent += 1
                else:
                    inl = self.inline(tok, self.lines.span(row_first, row_last))
                    rows[-1].append(inl.text)
                    links.extend(inl.links)
                    absent = 0
            k += 1
        close_row()
        self.add("table", "\n".join("\t".join(r) for r in rows), first, last, rows=rows)
        self.blocks[-1].links = links
        return k + 1

    def cells_written(self, line: int) -> int:
        """How many cells a table row writes on its source line (markdown-it pads a short
        row with empty cells: the row keeps the cells it has). Large when unknown."""
        if not 0 <= line < len(self.lines.starts):
            return 1 << 30
        parts = _CELL_PIPE.split(self.text[self.lines.starts[line] : self.lines.ends[line]].strip())
        if parts and parts[0] == "":
            parts.pop(0)
        if parts and parts[-1] == "":
            parts.pop()
        return max(1, len(parts))

    def html_block(self, tok: Token) -> None:
        first, last = tok.map or (0, 1)
        start, end = self.lines.span(first, last)
        if _LITERAL_MARK.match(tok.content.strip()):
            self.set_aside(tok.content.strip(), "literal mark", start, end)
            self.literal = True
            return
        if _PRE.search(tok.content):
            # a site generator's highlighted code ("<pre class='chroma'><code>…<span>"): the
            # code is the text of the tags, line breaks and all
            code = html.unescape(_TAG.sub("", tok.content)).strip("\n")
            if code.strip():
                language = _CODE_LANGUAGE.search(tok.content)
                self.add("code", code, first, last, language=language[1] if language else None)
                return
        content = " ".join(_TAG.sub(" ", tok.content).split())
        if content and not tok.content.lstrip().startswith("<!--"):
            self.add("paragraph", content, first, last)
            return
        self.set_aside(tok.content.strip(), "raw HTML", start, end)

    def uncovered(self, tokens: list[Token], skip: tuple[int, int] | None) -> None:
        """Non-blank lines no block claims (link reference definitions) → removed."""
        covered = [False] * len(self.lines.starts)
        for tok in tokens:
            if tok.level == 0 and tok.map:
                for n in range(tok.map[0], min(tok.map[1], len(covered))):
                    covered[n] = True
        for n, is_covered in enumerate(covered):
            start, end = self.lines.span(n, n + 1)
            if is_covered or end <= start:
                continue
            if skip and skip[0] <= start < skip[1]:
                continue
            line = self.text[start:end]
            detail = "link reference definition" if _REF_DEF.match(line) else "markup"
            self.set_aside(line, detail, start, end)

    def set_aside(self, text: str, detail: str, start: int, end: int) -> None:
        """Record markup that is not content ("literal mark", "empty list item", …)."""
        self.removed.append(
            Removed(text=text, reason="markup", detail=detail, span=Span(start=start, end=end))
        )

    def drop_empty_items_inside_lists(self) -> None:
        """A line set aside between two items of a list (an empty item "-" alone, a comment)
        is covered by the list's span; recorded as removed too, it would be claimed twice."""
        blocks = sorted(self.blocks, key=lambda b: b.start)
        starts = [b.start for b in blocks]

        def inside_list(r: Removed) -> bool:
            if r.span is None:
                return False
            k = bisect.bisect_left(starts, r.span.start)
            before = blocks[k - 1] if k > 0 else None
            after = blocks[k] if k < len(blocks) else None
            return (
                before is not None
                and after is not None
                and before.kind == "list_item"
                and after.kind == "list_item"
            )

        self.removed = [r for r in self.removed if not inside_list(r)]

    def recover_lost_lines(self, skip: tuple[int, int] | None) -> None:
        """Non-blank lines that no block and no removal claims (content markdown-it left out,
        deeper than its nesting limit) become paragraphs: nothing of the input is lost."""
        claimed: list[tuple[int, int]] = [s for b in self.blocks for s in b.line_spans]
        claimed += [(b.start, b.end) for b in self.blocks]
        claimed += [(r.span.start, r.span.end) for r in self.removed if r.span]
        if skip:
            claimed.append(skip)
        merged: list[list[int]] = []
        for start, end in sorted(claimed):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        lost: list[int] = []
        c = 0
        for n in range(len(self.lines.starts)):
            start, end = self.lines.span(n, n + 1)
            if end <= start or not clean(self.text[start:end]):
                continue
            while c < len(merged) and merged[c][1] <= start:
                c += 1
            if c < len(merged) and merged[c][0] < end:
                continue  # some claim overlaps the line
            lost.append(n)
        for n in lost:
            start, end = self.lines.span(n, n + 1)
            text = clean(_CONTAINER_MARKERS.sub("", self.text[start:end]))
            self.blocks.append(
                RawBlock(
                    kind="paragraph",
                    text=text or clean(self.text[start:end]),
                    start=start,
                    end=end,
                    line_spans=[(start, end)],
                )
            )
        if lost:
            self.blocks.sort(key=lambda b: b.start)


# a footnote's definition opening a line, "[^1]: …", "[^note]: …"
_FOOTNOTE = regex.compile(r"[ \t]{0,3}\[\^[^\]\s]+\]:\s")
# and in a paragraph's text, where its lines are joined with spaces
_FOOTNOTE_IN_TEXT = regex.compile(r"(?<!\S)\[\^[^\]\s]+\]:\s")

# quote and list markers in front of a line's text: "> > * 1. text"
_CONTAINER_MARKERS = regex.compile(r"^(?:[ \t]*+(?:>|[*+-]|\d{1,9}[.)])(?=[ \t]|$))*+[ \t]*+")


def _bold_numbered_subheads(source: str, blocks: list[RawBlock]) -> None:
    """ "**1. Pocketwise**" / "**2. Ledgerly**": a listicle's numbered items set in bold on
    a line of their own, each over its text, as a converter writes a page's bold paragraph
    subheads. Two of them at least are headings, a level under the heading above them."""
    found = [
        k
        for k, block in enumerate(blocks)
        if block.kind == "paragraph"
        and len(block.line_spans) == 1
        and not block.literal
        and _BOLD_NUMBERED.fullmatch(source, block.start, block.end) is not None
        and k + 1 < len(blocks)
        and blocks[k + 1].kind in ("paragraph", "list_item", "code", "quote")
    ]
    if len(found) < BOLD_SUBHEADS_MIN:
        return
    level: int | None = None
    for k, block in enumerate(blocks):
        if block.kind == "heading" and block.cue == "markdown" and block.level:
            level = block.level if block.level > 1 else None
        if k in found:
            block.kind, block.cue = "heading", "bold"
            block.level = level + 1 if level is not None else None


#: bold numbered subheads that make a series
BOLD_SUBHEADS_MIN = 2
# "**1. Pocketwise**", "__2) Ledgerly__": a number and a few words, in bold whole
_BOLD_NUMBERED = regex.compile(r"(\*\*|__)\d{1,2}[.)] [^*_\n]{1,80}\1")


def markdown_blocks(text: str, options: ParseOptions) -> tuple[list[RawBlock], Metadata]:
    """The blocks of a Markdown document, and the metadata found outside its body.

    Example:
        >>> from articlekit.options import ParseOptions
        >>> blocks, meta = markdown_blocks("# Title\\n\\n- a\\n  - b\\n", ParseOptions())
        >>> [(b.kind, b.text, b.level, b.depth) for b in blocks]
        [('heading', 'Title', 1, 0), ('list_item', 'a', None, 0), ('list_item', 'b', None, 1)]
    """
    front = read_front_matter(text)
    skip: tuple[int, int] | None = None
    source = text
    meta = Metadata()
    if front is not None:
        meta, fm_start, fm_end = front
        skip = (fm_start, fm_end)
        # blank the header out (same length, same line breaks) so offsets stay valid
        source = text[:fm_start] + regex.sub(r"[^\r\n]", " ", text[fm_start:fm_end]) + text[fm_end:]
    reader = _Reader(source, options)
    reader.text = text
    tokens = _parser().parse(source)
    reader.read(tokens)
    reader.uncovered(tokens, skip)
    reader.recover_lost_lines(skip)
    reader.drop_empty_items_inside_lists()
    _bold_numbered_subheads(source, reader.blocks)
    meta.removed.extend(reader.removed)
    return reader.blocks, meta


def _repeats_metadata_title(blocks: list[RawBlock], meta: Metadata) -> bool:
    """Is the first block a heading below the first level that repeats the metadata's title
    ("Title: Headline | Site" then "Headline" underlined with "---")? A first-level one is
    the title itself; this one would head a section holding the whole article."""
    if not blocks or not meta.title:
        return False
    first = blocks[0]
    if first.kind != "heading" or first.level == 1 or first.cue != "markdown":
        return False
    names = {meta.title.casefold(), *(p.casefold() for p in page_title_parts(meta.title))}
    return first.text.casefold() in names


def parse_markdown(
    text: str, options: ParseOptions, warnings: list[ParseWarning] | None = None
) -> Article:
    """Parse decoded Markdown into an Article (``source_format="markdown"``).

    Example:
        >>> from articlekit.options import ParseOptions
        >>> md = "---\\ntitle: Hello\\ntags: [a]\\n---\\n## Part\\n\\nText.\\n\\nTags: b\\n"
        >>> art = parse_markdown(md, ParseOptions())
        >>> art.title, art.headings, art.tags
        ('Hello', ['Part'], ['a', 'b'])
    """
    blocks, meta = markdown_blocks(text, options)
    if meta.page_title:
        menu = leading_menu(blocks)
        for block in blocks[:menu]:
            meta.removed.append(
                Removed(
                    text=block.text,
                    reason="boilerplate",
                    detail="navigation",
                    span=Span(start=block.start, end=block.end),
                )
            )
        del blocks[:menu]
    if _repeats_metadata_title(blocks, meta):
        heading = blocks.pop(0)
        meta.removed.append(
            Removed(
                text=heading.text,
                reason="markup",
                detail="heading repeating the title in the metadata",
                span=Span(start=heading.start, end=heading.end),
            )
        )
    article = assemble(text, blocks, options, "markdown", warnings)
    return merge_metadata(first_paragraph_is_body(article, blocks), meta, blocks)
