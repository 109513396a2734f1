"""Writers: Article -> plain text / Markdown. They know nothing about parsing."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Literal

import regex

from articlekit.model import Article, Block, ListItem, Section
from articlekit.options import ParseOptions
from articlekit.parse.assemble import (
    opens_comments,
    reads_as_closing_credit,
    reads_as_front_matter,
)
from articlekit.parse.lines import key_value
from articlekit.parse.markdown import LITERAL_MARK, NO_CELL_MARK
from articlekit.parse.special import is_hashtag_line, is_ui_remnant, special_kind

_DEFAULT_OPTIONS = ParseOptions()


def _reads_as_cue(text: str, first: bool = False) -> bool:
    """Would a reader take this heading, paragraph or lead-in out of the body: a special
    section's name ("References", "TL;DR"), a UI remnant ("Share this …"), a line of
    hashtags, or (``first``: the first block after the title) a byline or date line?
    The Markdown writer puts :data:`LITERAL_MARK` above such a block."""
    opts = _DEFAULT_OPTIONS
    if special_kind(text, opts) is not None or is_ui_remnant(text, opts):
        return True
    if is_hashtag_line(text) or reads_as_closing_credit(text) or opens_comments(text):
        return True
    return first and (
        text.casefold().startswith(opts.byline_prefixes + opts.date_prefixes)
        or reads_as_front_matter(text)
    )


def _marked(lines: list[str], text: str, first: bool = False) -> list[str]:
    """``lines`` with the literal mark above them when ``text`` reads like a cue."""
    return [LITERAL_MARK, *lines] if _reads_as_cue(text, first) else lines


def _opens_like_a_byline(article: Article) -> bool:
    """Does the body open, right below the title (no highlights between), with a heading
    or paragraph that reads like a byline or a date ("By the way …")? Both writers then
    mark that first heading or paragraph literal."""
    first = _first_body_text(article)
    if first is None or article.highlights:
        return False
    # a reader also looks past a one-line dek, and takes a name above a date for the byline
    return any(
        _reads_as_cue(text, first=True) or _NAME_LINE.fullmatch(text) is not None
        for text in [first, *_next_paragraphs(article)]
    )


#: "Maya Lindqvist": a line a reader may take for the byline when a date follows it
_NAME_LINE = regex.compile(r"\p{Lu}\S*(?: \p{Lu}\S*){1,3}")


def _next_paragraphs(article: Article) -> list[str]:
    """The paragraphs right after the body's first paragraph, in the opening section (the
    lines a reader still reads as front matter when a dek comes first)."""
    first = article.sections[0]
    if first.heading is not None:
        return []
    out: list[str] = []
    for block in first.blocks[1:FRONT_MATTER_LOOKAHEAD]:
        if block.kind != "paragraph":
            break
        out.append(block.text)
    return out


FRONT_MATTER_LOOKAHEAD = 3


def _reads_as_field(text: str) -> bool:
    """Would a reader take this paragraph for a field line ("Summary: …", "Tags: …")?"""
    first = text.split("\n", 1)[0]
    m = key_value(first)
    return m is not None and special_kind(m.group("key"), _DEFAULT_OPTIONS) is not None


def _md_paragraph(text: str) -> str:
    """A body paragraph as Markdown; the colon of a "Summary: …" style first line is
    escaped so that the Markdown front end reads it as text, not as a field."""
    out = md_escape(text)
    if _reads_as_field(text):
        # the key's colon, escaped ("Summary\: …"; a full-width one as "&#xFF1A;")
        out = regex.sub(
            r"(?<!\\)[:\uff1a]",
            lambda m: "\\:" if m.group() == ":" else "&#xFF1A;",
            out,
            count=1,
        )
    return out


# --------------------------------------------------------------------------- Markdown escaping

_MD_INLINE = regex.compile(r"([\\`*_\[\]<>|])")
_MD_ENTITY = regex.compile(r"&(?=#?\w+;)")
_MD_LINE_START = regex.compile(r"^(\s*)([#>+=~-]|\d{1,9}(?=[.)])|(?:[-*_]\s*){3,}$)")


def md_escape(text: str) -> str:
    """Escape ``text`` so CommonMark reads it back as the same plain text.

    Example:
        >>> print(md_escape("1. a *b* [c]"))
        1\\. a \\*b\\* \\[c\\]
    """
    out = []
    for line in text.split("\n"):
        line = _MD_ENTITY.sub("\\\\&", _MD_INLINE.sub(r"\\\1", line))
        m = _MD_LINE_START.match(line)
        if m:
            head = m.group(2)
            if head[:1].isdigit():
                n = len(m.group(1)) + len(head)
                line = line[:n] + "\\" + line[n:]
            else:
                line = line[: len(m.group(1))] + "\\" + line[len(m.group(1)) :]
        if line.endswith("#") and not line.endswith("\\#"):
            line = line[:-1] + "\\#"
        # "{% raw %}" alone would read as a template tag of the site generator
        line = line.replace("{%", "{\\%")
        out.append(line)
    return "\n".join(out)


def _md(text: str, markdown: bool) -> str:
    return md_escape(text) if markdown else text


def _text(text: str, markdown: bool) -> str:
    """A paragraph of a special section (summary, teaser): as a body paragraph in Markdown."""
    return _md_paragraph(text) if markdown else text


def _first_body_text(article: Article) -> str | None:
    """The heading or paragraph the body starts with (the reader looks for a byline or a
    date there), or None."""
    if not article.sections:
        return None
    first = article.sections[0]
    if first.heading is not None:
        return first.heading
    if first.blocks and first.blocks[0].kind == "paragraph":
        return first.blocks[0].text
    return None


def _item_lines(
    items: list[ListItem], ordered: bool, depth: int, indent: int, markdown: bool, bullet: str
) -> Iterator[str]:
    for n, item in enumerate(items, start=1):
        if markdown:
            marker = f"{n}{'.' if bullet == '-' else ')'}" if ordered else bullet
            pad = " " * indent
            width = len(marker) + 1
            paras = [_md(p, True) for p in item.text.split("\n\n")]
            yield pad + f"{marker} {paras[0]}"
            for para in paras[1:]:
                yield ""
                yield from (" " * (indent + width) + ln for ln in para.split("\n"))
            if item.children:
                yield from _item_lines(
                    item.children, item.children_ordered, depth + 1, indent + width, True, "-"
                )
        else:
            marker = f"{n}." if ordered else "-"
            yield " " * (indent * depth) + f"{marker} {item.text}"
            if item.children:
                yield from _item_lines(
                    item.children, item.children_ordered, depth + 1, indent, False, "-"
                )


def _fence(text: str) -> str:
    longest = max((len(m.group()) for m in regex.finditer(r"`{3,}", text)), default=0)
    return "`" * max(3, longest + 1)


def _block_lines(block: Block, markdown: bool, bullet: str = "-") -> list[str]:
    if block.kind == "paragraph":
        if markdown:
            return _marked([_md_paragraph(block.text)], block.text)
        return [block.text]
    if block.kind == "list":
        lines = [f"{_md(block.lead_in, markdown)}:"] if block.lead_in else []
        if markdown and block.lead_in:
            lines = _marked(lines, block.lead_in + ":")
        if markdown:
            lines += list(_item_lines(block.items, block.ordered, 0, 0, True, bullet))
        else:
            lines += list(_item_lines(block.items, block.ordered, 0, 2, False, "-"))
        return lines
    if block.kind == "code":
        if markdown:
            fence = _fence(block.text)
            return [fence + (block.language or ""), *block.text.split("\n"), fence]
        return block.text.split("\n")
    if block.kind == "table":
        if markdown and block.rows:
            # the header row has a cell per column (GFM): a short one is filled up with
            # marks that read as no cell; a shorter row below it keeps the cells it has (a
            # GFM reader pads it, the Markdown front end does not)
            width = max(len(r) for r in block.rows)
            head = [md_escape(c) for c in block.rows[0]]
            head += [NO_CELL_MARK] * (width - len(head))
            out = ["| " + " | ".join(head) + " |"]
            out.append("|" + "|".join(["---"] * width) + "|")
            out += ["| " + " | ".join(md_escape(c) for c in r) + " |" for r in block.rows[1:]]
            return out
        return ["\t".join(r) for r in block.rows]
    inner: list[str] = []
    for k, sub in enumerate(block.blocks):
        if k:
            inner.append("")
        for part in _block_lines(sub, markdown):
            inner += part.split("\n")
    return ["> " + ln if ln else ">" for ln in inner]


def _section_chunks(section: Section, markdown: bool, depth_offset: int) -> Iterator[list[str]]:
    if section.heading is not None:
        if markdown:
            line = "#" * min(section.level + depth_offset, 6) + " " + md_escape(section.heading)
            yield _marked([line], section.heading)
        else:
            yield [section.heading]
    bullet = "-"
    for block in section.blocks:
        # two lists in a row stay two lists in CommonMark only when their markers differ
        if block.kind == "list":
            bullet = "*" if bullet == "-" else "-"
        yield _block_lines(block, markdown, bullet)
    for sub in section.subsections:
        yield from _section_chunks(sub, markdown, depth_offset)


def body_text(article: Article) -> str:
    """Headings and blocks of the body, blank-line separated."""
    chunks = [c for s in article.sections for c in _section_chunks(s, False, 0)]
    return "\n\n".join("\n".join(c) for c in chunks)


def _special_chunks(article: Article, markdown: bool) -> Iterator[list[str]]:
    def head(name: str) -> list[str]:
        return [("## " if markdown else "") + name]

    if article.references:
        yield head("Reference Links")
        lines = []
        for ref in article.references:
            if markdown:
                title = md_escape(ref.title)
                if ref.url and ref.url != ref.title:
                    title = f"[{title}](<{ref.url}>)"
                elif ref.url:
                    title = f"<{ref.url}>"
                parts = [title] + [md_escape(p) for p in (ref.source, ref.description) if p]
                lines.append("- " + " - ".join(parts))
                continue
            parts = [ref.title] + [p for p in (ref.source, ref.description) if p]
            text = " - ".join(parts)
            if ref.url and ref.url != ref.title:
                text += f" ({ref.url})"
            lines.append(f"- {text}")
        yield lines
    if article.tags:
        yield ["Tags: " + ", ".join(_md(t, markdown) for t in article.tags)]
    if article.summary and "\n\n" in article.summary:
        # a "Summary" heading owns one paragraph: several are written as field lines
        for part in article.summary.split("\n\n"):
            yield [f"Summary: {_md(part, markdown)}"]
    elif article.summary:
        yield head("Summary")
        yield [_text(article.summary, markdown)]
    if article.meta_description:
        yield head("Meta Description")
        yield [_text(article.meta_description, markdown)]
    if article.related:
        yield head("Related Articles")
        for rel in article.related:
            if markdown:
                title = md_escape(rel.title)
                if rel.url:
                    title = f"[{title}](<{rel.url}>)"
                yield _marked(["### " + title], rel.title)
            else:
                yield [rel.title]
            if rel.teaser:
                yield [_text(rel.teaser, markdown)]


def _document(article: Article, markdown: bool) -> list[list[str]]:
    chunks: list[list[str]] = []
    if article.title:
        chunks.append([("# " + md_escape(article.title)) if markdown else article.title])
    if article.byline:
        chunks.append([f"By {_md(article.byline, markdown)}"])
    if article.published:
        chunks.append([f"Published {_md(article.published, markdown)}"])
    if article.highlights:
        chunks.append([("## " if markdown else "") + "Highlights"])
        chunks.append([f"- {_md(h, markdown)}" for h in article.highlights])
    offset = 1 if markdown else 0
    body = [c for s in article.sections for c in _section_chunks(s, markdown, offset)]
    if markdown and body and body[0][0] != LITERAL_MARK and _opens_like_a_byline(article):
        # "By the way …" right below the title would read as the byline
        body[0] = [LITERAL_MARK, *body[0]]
    chunks.extend(body)
    chunks.extend(_special_chunks(article, markdown))
    return [c for c in chunks if c]


def _front_matter(article: Article) -> str:
    """A YAML header for what Markdown has no syntax for (the canonical URL), or ""."""
    if not article.canonical_url:
        return ""
    url = article.canonical_url.replace('"', '\\"')
    return f'---\ncanonical_url: "{url}"\n---\n\n'


def to_markdown(article: Article) -> str:
    """CommonMark: ``#`` title, body headings one level below, special fields as sections;
    a front-matter header with ``canonical_url`` when the article has one."""
    body = "\n\n".join("\n".join(c) for c in _document(article, True)) + "\n"
    return _front_matter(article) + body


def to_text(article: Article, layout: Literal["spaced", "compact"] = "spaced") -> str:
    """Plain text in the spaced (blank-line separated) or compact (no blank line) layout."""
    sep = "\n\n" if layout == "spaced" else "\n"
    chunks = _document(article, False)
    if layout == "compact":
        chunks = [[ln for ln in c if ln.strip()] for c in chunks]
    return sep.join("\n".join(c) for c in chunks if c) + "\n"


# --------------------------------------------------------------------------- HTML


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_items(items: list[ListItem], ordered: bool) -> Iterator[str]:
    tag = "ol" if ordered else "ul"
    yield f"<{tag}>"
    for item in items:
        paras = item.text.split("\n\n")
        body = _e(paras[0]) + "".join(f"<p>{_e(p)}</p>" for p in paras[1:])
        if item.children:
            yield f"<li>{body}"
            yield from _html_items(item.children, item.children_ordered)
            yield "</li>"
        else:
            yield f"<li>{body}</li>"
    yield f"</{tag}>"


#: what plain HTML cannot say, as the words of one ``data-articlekit`` attribute (space
#: separated, like a class list; the HTML front end honours them): a list's lead-in; a
#: paragraph that only looks like a lead-in or a field line ("Summary: …"); and, as the
#: literal mark of the Markdown writer, body text that reads like a cue to the assembler
#: (the same test, :func:`_reads_as_cue`)
_LEAD_IN = "lead-in"
_PLAIN = "paragraph"
_LITERAL = "literal"


def _mark(*words: str | None) -> str:
    """The ``data-articlekit`` attribute with ``words`` (None: left out), or ""."""
    kept = [w for w in words if w]
    return f' data-articlekit="{" ".join(kept)}"' if kept else ""


def _literal(text: str, first: bool = False) -> str | None:
    """:data:`_LITERAL` when the body text ``text`` reads like a cue, else None."""
    return _LITERAL if _reads_as_cue(text, first) else None


def _html_paragraph(text: str, body: bool = False, first: bool = False) -> str:
    """A ``<p>``; ``body``: a paragraph of the body (marked literal when it reads like a
    cue; ``first``: it opens the body below the title and reads like a byline or date)."""
    plain = _PLAIN if text.endswith((":", "\uff1a")) or _reads_as_field(text) else None
    literal = (_LITERAL if first else _literal(text)) if body else None
    return f"<p{_mark(plain, literal)}>{_e(text)}</p>"


def _html_block(block: Block, first: bool = False) -> list[str]:
    """The elements of a body block; ``first``: it opens the body and must be marked
    literal (see :func:`_opens_like_a_byline`)."""
    if block.kind == "paragraph":
        parts = block.text.split("\n\n")
        return [_html_paragraph(p, True, first and not k) for k, p in enumerate(parts)]
    if block.kind == "list":
        lead = []
        if block.lead_in:
            mark = _mark(_LEAD_IN, _literal(block.lead_in + ":"))
            lead = [f"<p{mark}>{_e(block.lead_in)}:</p>"]
        return lead + list(_html_items(block.items, block.ordered))
    if block.kind == "code":
        cls = f' class="language-{_e(block.language)}"' if block.language else ""
        return [f"<pre><code{cls}>{_e(block.text)}</code></pre>"]
    if block.kind == "table":
        out = ["<table>"]
        for n, row in enumerate(block.rows):
            cell = "th" if n == 0 else "td"
            out.append("<tr>" + "".join(f"<{cell}>{_e(c)}</{cell}>" for c in row) + "</tr>")
        out.append("</table>")
        return out
    inner = [ln for sub in block.blocks for ln in _html_block(sub)]
    return ["<blockquote>", *inner, "</blockquote>"]


def _html_section(section: Section, offset: int, first: bool = False) -> Iterator[str]:
    """The elements of a section; ``first``: its heading (or, without one, its first
    paragraph) opens the body and must be marked literal."""
    if section.heading is not None:
        level = min(section.level + offset, 6)
        mark = _mark(_LITERAL if first else _literal(section.heading))
        yield f"<h{level}{mark}>{_e(section.heading)}</h{level}>"
        first = False
    for k, block in enumerate(section.blocks):
        yield from _html_block(block, first and not k)
    for sub in section.subsections:
        yield from _html_section(sub, offset)


def to_html(article: Article, *, standalone: bool = False) -> str:
    """HTML: an ``<article>`` with the title as ``<h1>``, body headings one level below and
    the special fields as labelled sections (the same layout as :func:`to_markdown`, so the
    HTML front end reads it back to the same structure).

    With ``standalone=True`` the article is wrapped in a whole page whose ``<head>`` carries
    the title, the canonical URL (``<link rel="canonical">``; inside the ``<article>``
    otherwise), the meta description and the tags as ``keywords``. A list's lead-in is
    marked ``data-articlekit="lead-in"``, a paragraph that would otherwise read as a
    lead-in or a field line ("Summary: …") ``data-articlekit="paragraph"``, and body text
    that reads like a cue (the elements :func:`to_markdown` puts its literal mark above:
    a heading "TL;DR", a paragraph "Share this post", a related title "References") gets
    the word ``literal`` in that attribute (``data-articlekit="literal"``,
    ``"lead-in literal"``).

    Example:
        >>> from articlekit.model import Article, Section, Paragraph
        >>> art = Article(title="T", sections=[Section(blocks=[Paragraph(text="a < b")])])
        >>> print(to_html(art))
        <article>
        <h1>T</h1>
        <p>a &lt; b</p>
        </article>
        <BLANKLINE>
    """
    out = ["<article>"]
    if article.canonical_url and not standalone:
        out.append(f'<link rel="canonical" href="{_e(article.canonical_url)}">')
    if article.title:
        out.append(f"<h1>{_e(article.title)}</h1>")
    if article.byline:
        out.append(f"<p>By {_e(article.byline)}</p>")
    if article.published:
        out.append(f"<p>Published {_e(article.published)}</p>")
    if article.highlights:
        out.append("<h2>Highlights</h2>")
        out += ["<ul>", *(f"<li>{_e(h)}</li>" for h in article.highlights), "</ul>"]
    opens = _opens_like_a_byline(article)
    for k, section in enumerate(article.sections):
        out.extend(_html_section(section, 1, opens and not k))
    if article.references:
        out += ["<h2>Reference Links</h2>", "<ul>"]
        for ref in article.references:
            title = _e(ref.title)
            if ref.url:
                title = f'<a href="{_e(ref.url)}">{title}</a>'
            parts = [title] + [_e(p) for p in (ref.source, ref.description) if p]
            out.append(f"<li>{' - '.join(parts)}</li>")
        out.append("</ul>")
    if article.tags:
        out.append(f"<p>Tags: {_e(', '.join(article.tags))}</p>")
    if article.summary and "\n\n" in article.summary:
        out += [f"<p>Summary: {_e(part)}</p>" for part in article.summary.split("\n\n")]
    elif article.summary:
        out += ["<h2>Summary</h2>", _html_paragraph(article.summary)]
    if article.meta_description:
        out += ["<h2>Meta Description</h2>", _html_paragraph(article.meta_description)]
    if article.related:
        out.append("<h2>Related Articles</h2>")
        for rel in article.related:
            title = _e(rel.title)
            if rel.url:
                title = f'<a href="{_e(rel.url)}">{title}</a>'
            out.append(f"<h3{_mark(_literal(rel.title))}>{title}</h3>")
            if rel.teaser:
                out.append(_html_paragraph(rel.teaser))
    out.append("</article>")
    body = "\n".join(out) + "\n"
    if not standalone:
        return body
    head = ['<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">']
    if article.title:
        head.append(f"<title>{_e(article.title)}</title>")
    if article.canonical_url:
        head.append(f'<link rel="canonical" href="{_e(article.canonical_url)}">')
    if article.meta_description:
        head.append(f'<meta name="description" content="{_e(article.meta_description)}">')
    if article.tags:
        head.append(f'<meta name="keywords" content="{_e(", ".join(article.tags))}">')
    return "\n".join(head) + "\n</head>\n<body>\n" + body + "</body>\n</html>\n"
