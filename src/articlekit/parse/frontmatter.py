"""Front matter ("---" YAML or "+++" TOML header of Markdown files) and the merge of
metadata a front end found outside the body into an assembled :class:`Article`.

Only the flat subset that article front matter uses is read: ``key: value`` scalars (plain
or quoted), inline lists ``[a, b]``, block lists (``- a`` lines) and folded/literal block
scalars (``>`` / ``|``). Nested mappings are not interpreted; their lines are recorded in
``removed`` like every other key the Article has no field for, so nothing is lost silently.
No YAML library is needed and nothing in the header is ever executed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from articlekit.model import (
    Article,
    FieldName,
    FieldSource,
    Link,
    Paragraph,
    Removed,
    Section,
    Span,
)
from articlekit.parse.blocks import RawBlock
from articlekit.parse.special import dedupe_tags, split_tags

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
# (an optional ":" before the key: a reStructuredText field, ":date: 2024-03-01")
_KEY = regex.compile(r"^:?(?P<key>[A-Za-z_][\w .-]*?)\s*(?::|\s=)\s*(?P<value>.*)$")

TITLE_KEYS = ("title", "headline", "name")
TAG_KEYS = ("tags", "keywords", "categories", "category", "tag", "topics")
SUMMARY_KEYS = ("summary", "excerpt", "abstract", "tldr")
META_KEYS = ("description", "meta_description", "meta-description", "og_description")
DATE_KEYS = (
    "date",
    "published",
    "pubdate",
    "publishdate",
    "published_at",
    "created",
    "published_time",
)
AUTHOR_KEYS = ("author", "authors", "by", "byline")
URL_KEYS = ("canonical_url", "canonical", "url", "canonical-url", "canonicalurl", "url_source")
# A reader service's header above the page it turned into Markdown ("Title: …", "URL Source:
# …", "Published Time: …", then "Markdown Content:"): front matter without delimiters
_READER_FIRST = regex.compile(r"Title:[ \t]*\S")
_READER_END = ("Markdown Content:", "Text Content:")
#: a reader header is a few lines: its end marker comes within this many lines
READER_HEADER_MAX_LINES = 16
#: the keys a metadata block without delimiters may hold: the Article's fields and what static
#: site generators keep beside them (Pelican and MultiMarkdown "Title: …" blocks, a
#: reStructuredText post's ":date: …" field list). Every key of such a block must be one of
#: them, so a paragraph of "Time: … / Location: …" event details is never taken for one.
FIELD_HEADER_KEYS = frozenset(
    (
        *TITLE_KEYS,
        *TAG_KEYS,
        *SUMMARY_KEYS,
        *META_KEYS,
        *DATE_KEYS,
        *AUTHOR_KEYS,
        *URL_KEYS,
        "slug",
        "modified",
        "updated",
        "lang",
        "language",
        "status",
        "template",
        "save_as",
        "series",
        "image",
        "cover",
        "subtitle",
        "translation",
        "email",
    )
)
#: a metadata block without delimiters names at least this many of those keys
FIELD_HEADER_MIN_KEYS = 2
#: and is at most this many lines long
FIELD_HEADER_MAX_LINES = 24
#: it opens within this many lines of the text's start (blank lines and a title above it)
FIELD_HEADER_OPENING_LINES = 8


@dataclass
class Metadata:
    """Article metadata found outside the body (front matter, HTML ``<head>``)."""

    title: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    meta_description: str | None = None
    published: str | None = None
    byline: str | None = None
    canonical_url: str | None = None
    #: where each field came from in the source
    sources: list[FieldSource] = field(default_factory=list)
    #: parts of the input that are neither body nor a field (unknown keys, images, markup)
    removed: list[Removed] = field(default_factory=list)
    #: the title is a page's <title> as a reader service copied it, the site's name beside
    #: the headline ("Title: Headline | Site")
    page_title: bool = False


#: "Article title | Site name": a separator between spaces in a page's <title>
_TITLE_SEP = regex.compile(r"\s+[\u2013\u2022\u00b7\u2014|\u2044*~\u2039\u00ab<\u203a\u00bb>:-]\s+")


def page_title_parts(page_title: str) -> list[str]:
    """The parts of a page's <title> on either side of its last separator, then of its
    first ("Headline | Section | Site": "Headline | Section", "Site", "Headline", …);
    empty when it has none.

    Example:
        >>> page_title_parts("The comeback of the repair shop | Makers Weekly")
        ['The comeback of the repair shop', 'Makers Weekly']
    """
    seps = list(_TITLE_SEP.finditer(page_title))
    if not seps:
        return []
    # split at the last separator (as trafilatura does), then also at the first
    last, head = seps[-1], seps[0]
    parts = [page_title[: last.start()], page_title[last.end() :]]
    if head is not last:
        parts += [page_title[: head.start()], page_title[head.end() :]]
    return parts


def title_without_site_name(page_title: str) -> str:
    """A page's <title> without the site's name beside it: its first part that is not a
    domain ("Headline | Site" gives "Headline"; "example.com - Headline" gives "Headline").

    Example:
        >>> title_without_site_name("The comeback of the repair shop | Makers Weekly")
        'The comeback of the repair shop'
    """
    parts = page_title_parts(page_title)
    return next((t for t in [*parts, page_title] if t and "." not in t), page_title)


@dataclass
class _Entry:
    key: str
    value: str | list[str]
    span: Span
    label: str = ""  # the key as written ("Modified"), where ``key`` is folded


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    if " #" in value:  # a trailing comment
        value = value.split(" #", 1)[0].rstrip()
    return value


def _inline_list(value: str) -> list[str]:
    inner = value.strip()[1:-1]
    return [_unquote(v) for v in inner.split(",") if _unquote(v)]


def split_front_matter(text: str) -> tuple[int, int, list[tuple[int, int, str]]] | None:
    """``(start, end, lines)`` of a front-matter header at the very start of ``text``.

    ``end`` is the offset just after the closing delimiter line; ``lines`` are the
    (start, end, text) of the lines between the delimiters. None when there is none.

    Example:
        >>> split_front_matter("---\\ntitle: A\\n---\\nBody\\n")[:2]
        (0, 17)
    """
    offset = 1 if text.startswith("\ufeff") else 0
    if not text.startswith(("---", "+++"), offset):
        return None  # (without listing the lines of every text that has no front matter)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, offset) if m.end() > m.start()]
    first = text[lines[0][0] : lines[0][1]].rstrip()
    if first not in ("---", "+++"):
        return None
    closers = ("---", "...") if first == "---" else ("+++",)
    body: list[tuple[int, int, str]] = []
    for start, end in lines[1:]:
        raw = text[start:end].rstrip("\r\n")
        if raw.rstrip() in closers:
            return lines[0][0], end, body
        body.append((start, start + len(raw), raw))
    return None


def split_reader_header(text: str) -> tuple[int, int, list[tuple[int, int, str]]] | None:
    """``(start, end, lines)`` of a reader service's header ("Title: …" … "Markdown
    Content:") at the start of ``text``; ``end`` is just after the end marker's line and
    ``lines`` are the header's lines before it. None when there is none.

    Example:
        >>> page = "Title: A\\nURL Source: https://x.org\\nMarkdown Content:\\nB\\n"
        >>> split_reader_header(page)[:2]
        (0, 53)
    """
    offset = 1 if text.startswith("\ufeff") else 0
    if not _READER_FIRST.match(text, offset):
        return None
    body: list[tuple[int, int, str]] = []
    for m in itertools.islice(_LINE.finditer(text, offset), READER_HEADER_MAX_LINES):
        if m.end() == m.start():
            break
        raw = text[m.start() : m.end()].rstrip("\r\n")
        if raw.strip() in _READER_END:
            return offset, m.end(), body
        if raw.strip() and _KEY.match(raw.strip()) is None:
            return None  # a line of text before the marker: no header
        body.append((m.start(), m.start() + len(raw), raw))
    return None


# a line of a metadata block without delimiters: "Date: 2024-03-01" or ":date: 2024-03-01"
_FIELD_LINE = regex.compile(r"(?P<colon>:?)(?P<key>[A-Za-z][A-Za-z _-]{0,30}?):[ \t]+\S")
# a reStructuredText title's over- or underline ("#####", "=====", "~~~~~")
_ADORNMENT = regex.compile(r"([=\-~#*^\"'+`_.:])\1{2,}[ \t]*")


def split_field_header(text: str) -> tuple[int, int, list[tuple[int, int, str]]] | None:
    """``(start, end, lines)`` of a metadata block without delimiters: lines of ``Key:
    value`` (Pelican, MultiMarkdown) or ``:key: value`` (a reStructuredText field list) at
    the start of ``text`` or right under its title line, up to a blank line or the first
    line of another kind. Every key must be one of :data:`FIELD_HEADER_KEYS`, at least
    :data:`FIELD_HEADER_MIN_KEYS` of them. None when there is no such block.

    Example:
        >>> post = "Title: A post\\nDate: 2024-03-01\\nTags: a, b\\n\\nBody.\\n"
        >>> split_field_header(post)[:2]
        (0, 42)
    """
    offset = 1 if text.startswith("\ufeff") else 0
    found = _physical_lines(text, offset)
    lines: list[tuple[int, int, str]] = []

    def read(count: int) -> None:
        lines.extend(itertools.islice(found, count))

    read(FIELD_HEADER_OPENING_LINES)  # (most texts are told apart by their first lines)
    k = _skip_blank(lines, 0)
    if k < len(lines) and _FIELD_LINE.match(lines[k][2]) is None:
        k = _skip_blank(lines, _after_title(lines, k))
    if k >= len(lines) or _FIELD_LINE.match(lines[k][2]) is None:
        return None
    read(k + FIELD_HEADER_MAX_LINES - len(lines))
    header: list[tuple[int, int, str]] = []
    keys: set[str] = set()
    colon = None
    end = 0
    for start, line_end, raw in lines[k : k + FIELD_HEADER_MAX_LINES]:
        if not raw.strip():
            break
        if raw[:1].isspace() and header:
            header.append((start, start + len(raw), raw))  # a value continued
            end = line_end
            continue
        field = _FIELD_LINE.match(raw)
        if field is None:
            break
        key = field["key"].strip().casefold().replace(" ", "_")
        if key not in FIELD_HEADER_KEYS or colon not in (None, field["colon"]):
            return None
        colon = field["colon"]
        keys.add(key)
        header.append((start, start + len(raw), raw))
        end = line_end
    if len(keys) < FIELD_HEADER_MIN_KEYS:
        return None
    return header[0][0], end, header


def _physical_lines(text: str, pos: int) -> Iterator[tuple[int, int, str]]:
    """(start, end with the line break, text without it) of the lines from ``pos``, broken
    where _LINE breaks them ("\\r\\n", "\\n", "\\r"), found with ``str.find`` (a compact
    article's first lines can be thousands of characters long)."""
    size = len(text)
    while pos < size:
        newline = text.find("\n", pos)
        stop = size if newline < 0 else newline
        cr = text.find("\r", pos, stop)
        if cr >= 0:
            end = cr + 2 if text.startswith("\r\n", cr) else cr + 1
            yield pos, end, text[pos:cr]
        else:
            end = stop if newline < 0 else newline + 1
            yield pos, end, text[pos:stop]
        pos = end


def _skip_blank(lines: list[tuple[int, int, str]], k: int) -> int:
    while k < len(lines) and not lines[k][2].strip():
        k += 1
    return k


def _after_title(lines: list[tuple[int, int, str]], k: int) -> int:
    """The index after a title line at ``k`` and the adornment lines over and under it."""
    if k < len(lines) and _ADORNMENT.fullmatch(lines[k][2]):
        k += 1  # an overline
    if k >= len(lines) or not lines[k][2].strip() or _FIELD_LINE.match(lines[k][2]):
        return len(lines)  # no title line: no header under one either
    k += 1
    if k < len(lines) and _ADORNMENT.fullmatch(lines[k][2]):
        k += 1  # an underline
    return k


def _entries(lines: list[tuple[int, int, str]]) -> tuple[list[_Entry], list[Removed]]:
    entries: list[_Entry] = []
    removed: list[Removed] = []
    k = 0
    while k < len(lines):
        start, end, raw = lines[k]
        k += 1
        if not raw.strip():
            continue
        if raw.lstrip().startswith("#"):
            lead = len(raw) - len(raw.lstrip())
            removed.append(
                Removed(
                    text=raw.strip(),
                    reason="markup",
                    detail="front matter comment",
                    span=Span(start=start + lead, end=start + len(raw.rstrip())),
                )
            )
            continue
        m = _KEY.match(raw) if not raw[:1].isspace() else None
        if m is None:
            removed.append(
                Removed(
                    text=raw.strip(),
                    reason="markup",
                    detail="front matter line not read",
                    span=Span(start=start, end=end),
                )
            )
            continue
        label = m.group("key").strip()
        key = label.casefold()
        value = m.group("value").strip()
        last = end
        items: list[str] = []
        if value in ("", ">", "|", ">-", "|-"):
            while k < len(lines) and (not lines[k][2].strip() or lines[k][2][:1].isspace()):
                sub = lines[k][2].strip()
                if sub.startswith("- ") or sub == "-":
                    items.append(_unquote(sub[1:]))
                elif sub:
                    items.append(sub)
                last = lines[k][1] if sub else last
                k += 1
            if value.startswith((">", "|")):
                sep = " " if value.startswith(">") else "\n"
                entries.append(_Entry(key, sep.join(items), Span(start=start, end=last), label))
                continue
            entries.append(_Entry(key, items, Span(start=start, end=last), label))
            continue
        if value.startswith("[") and value.endswith("]"):
            entries.append(_Entry(key, _inline_list(value), Span(start=start, end=last), label))
        else:
            entries.append(_Entry(key, _unquote(value), Span(start=start, end=last), label))
    return entries, removed


def read_front_matter(text: str) -> tuple[Metadata, int, int] | None:
    """Metadata from a front-matter header, with the header's ``(start, end)``.

    Example:
        >>> meta, start, end = read_front_matter("---\\ntitle: A\\ntags: [x, y]\\n---\\n")
        >>> meta.title, meta.tags
        ('A', ['x', 'y'])
    """
    found = split_front_matter(text)
    delimited = found is not None
    reader = False
    if found is None:
        found = split_reader_header(text)
        reader = found is not None
    if found is None:
        found = split_field_header(text)
    if found is None:
        return None
    start, end, lines = found
    entries, removed = _entries(lines)
    # the two delimiter lines ("---" / "+++") are markup: accounted for, not lost (lines
    # broken as the header was split, "\r" alone included); a reader header has only its
    # end marker, a field header none
    header = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end) if m.end() > m.start()]
    ends = [header[0], header[-1]] if delimited else [header[-1]] if reader else []
    for a, b in ends:
        raw = text[a:b]
        b = a + len(raw.rstrip())
        a += len(raw) - len(raw.lstrip())
        removed.append(
            Removed(
                text=text[a:b],
                reason="markup",
                detail="reader header" if reader else "front matter delimiter",
                span=Span(start=a, end=b),
            )
        )
    removed.sort(key=lambda r: r.span.start if r.span else -1)
    meta = Metadata(removed=removed, page_title=reader)

    def note(name: FieldName, entry: _Entry) -> None:
        meta.sources.append(FieldSource(field=name, span=entry.span))

    for entry in entries:
        value = entry.value
        scalar = ", ".join(value) if isinstance(value, list) else value
        key = entry.key.replace(" ", "_")
        if key in TITLE_KEYS and meta.title is None and scalar:
            meta.title = scalar
            note("title", entry)
        elif key in TAG_KEYS:
            meta.tags.extend(value if isinstance(value, list) else split_tags(value))
            note("tags", entry)
        elif key in SUMMARY_KEYS and meta.summary is None and scalar:
            meta.summary = scalar
            note("summary", entry)
        elif key in META_KEYS and meta.meta_description is None and scalar:
            meta.meta_description = scalar
            note("meta_description", entry)
        elif key in DATE_KEYS and meta.published is None and scalar:
            meta.published = scalar
            note("published", entry)
        elif key in AUTHOR_KEYS and meta.byline is None and scalar:
            meta.byline = scalar
            note("byline", entry)
        elif key in URL_KEYS and meta.canonical_url is None and scalar and " " not in scalar:
            meta.canonical_url = scalar
            note("canonical_url", entry)
        else:
            meta.removed.append(
                Removed(
                    text=f"{entry.label or entry.key}: {scalar}",
                    reason="markup",
                    detail=f"front matter key {entry.key!r} has no Article field",
                    span=entry.span,
                )
            )
    meta.tags = dedupe_tags(meta.tags)
    return meta, start, end


def merge_metadata(
    article: Article, meta: Metadata, blocks: list[RawBlock] | None = None
) -> Article:
    """``article`` with ``meta`` merged in.

    The metadata title wins (a different first-level heading the assembler took as the
    title is then recorded in ``removed``); tags are the union, metadata first, without
    duplicates; summary, meta description, byline and date fill what the body left empty.
    With ``blocks``, references and related articles whose item carried a link but whose
    text showed no URL get the link's URL.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Body text.\\n\\nTags: b", format="text")
        >>> merge_metadata(art, Metadata(title="T", tags=["a", "b"])).tags
        ['a', 'b']
    """
    update: dict[str, object] = {}
    removed = list(article.removed)
    title = _metadata_title(article, meta)
    # the same title in the metadata and as the first heading: the heading's line is the
    # title's span, the metadata's line a field source (both accounted for, nothing lost)
    same_title = article.title is not None and article.title_span is not None
    same_title = same_title and article.title == title
    if title:
        if article.title is not None and article.title != title:
            removed.append(
                Removed(
                    text=article.title,
                    reason="markup",
                    detail="first-level heading superseded by the title in the metadata",
                    span=article.title_span,
                )
            )
        update["title"] = title
        title_src = next((s for s in meta.sources if s.field == "title"), None)
        if not same_title:
            update["title_span"] = title_src.span if title_src else article.title_span
    if meta.tags:
        update["tags"] = dedupe_tags([*meta.tags, *article.tags])
    for name in ("summary", "meta_description", "byline", "published", "canonical_url"):
        value = getattr(meta, name)
        if value and getattr(article, name) is None:
            update[name] = value
    if blocks:
        by_start: dict[int, list[RawBlock]] = {}
        for b in blocks:
            if b.links:
                by_start.setdefault(b.start, []).append(b)

        # a block's link goes to one item: where the page path could not place two items
        # with the same title (both at the cursor), the second must not take the first's link
        used: set[int] = set()

        def link_for(span: Span | None, title: str) -> str | None:
            for b in by_start.get(span.start, []) if span else []:
                if title in b.text and id(b) not in used:
                    used.add(id(b))
                    return b.links[0][1]
            return None

        refs = []
        for ref in article.references:
            url = link_for(ref.span, ref.title) if ref.url is None else None
            refs.append(ref.model_copy(update={"url": url}) if url else ref)
        related = []
        for rel in article.related:
            url = link_for(rel.span, rel.title) if rel.url is None else None
            related.append(rel.model_copy(update={"url": url}) if url else rel)
        update["references"] = refs
        update["related"] = related
    removed.extend(meta.removed)
    removed.sort(key=lambda r: r.span.start if r.span else -1)
    update["removed"] = removed
    # a metadata title is claimed by ``title_span``: not a second time as a field source
    claimed = title and not same_title
    sources = [x for x in meta.sources if x.field != "title"] if claimed else meta.sources
    update["field_sources"] = [*sources, *article.field_sources]
    return article.model_copy(update=update)


def _metadata_title(article: Article, meta: Metadata) -> str | None:
    """The metadata's title; a page's <title> that a reader service copied without its
    site's name: the body's first heading where it is one of its parts ("Headline | Site"
    over "# Headline"), else its part that is no site name."""
    if not meta.page_title or not meta.title:
        return meta.title
    parts = {part.casefold() for part in page_title_parts(meta.title)}
    if article.title is not None and article.title.casefold() in parts:
        return article.title
    return title_without_site_name(meta.title)


def first_paragraph_is_body(article: Article, blocks: list[RawBlock]) -> Article:
    """``article`` with a first paragraph the assembler took for the title put back into
    the body.

    Markdown and HTML have a syntax for the title (``#`` / ``<h1>``, front matter,
    ``<title>``): in them a title-shaped first paragraph ("Results at a glance") is body
    text, not the title the plain-text reader would guess.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("A short first line\\n\\nThen the body text.\\n", format="markdown")
        >>> art.title, art.sections[0].blocks[0].text
        (None, 'A short first line')
    """
    if not blocks or article.title is None or blocks[0].kind != "paragraph":
        return article
    first = blocks[0]
    span = article.title_span
    if span is None or (span.start, span.end) != (first.start, first.end):
        return article
    para = Paragraph(text=first.text, span=Span(start=first.start, end=first.end))
    sections = list(article.sections)
    if sections and sections[0].heading is None:
        sections[0] = sections[0].model_copy(update={"blocks": [para, *sections[0].blocks]})
    else:
        sections.insert(0, Section(blocks=[para]))
    links = [Link(text=t, url=u, span=Span(start=a, end=b)) for t, u, a, b in first.links]
    return article.model_copy(
        update={
            "title": None,
            "title_span": None,
            "sections": sections,
            "links": [*links, *article.links],
        }
    )
