"""The typed document: what every front end produces and every consumer reads.

All models are pydantic v2, frozen (immutable, hashable where their fields allow) and
forbid unknown fields, so ``Article.model_validate_json(a.model_dump_json()) == a`` holds
exactly and a misspelt field in stored JSON is an error rather than silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: Version of the JSON shape of :class:`Article`. Bump it whenever the JSON changes shape.
SCHEMA_VERSION = "1.1"

SourceFormat = Literal["text", "markdown", "html"]

RemovedReason = Literal[
    "ui_remnant",
    "duplicate",
    "empty_section",
    "image",
    "boilerplate",
    "markup",
]
"""Why a piece of the input was left out of the body (see :class:`Removed`)."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """Character offsets ``[start, end)`` into the decoded input text.

    Example:
        >>> text = "Hello world"
        >>> span = Span(start=6, end=11)
        >>> text[span.start:span.end]
        'world'
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


class Link(_Model):
    """A hyperlink or bare URL found inside the body text.

    ``text`` is the visible text ("rOpenSci" in "rOpenSci (https://ropensci.org)"), or the
    URL itself for a bare URL.
    """

    text: str
    url: str
    span: Span | None = None


class Paragraph(_Model):
    """A paragraph of running text (hard-wrapped lines are joined with single spaces)."""

    kind: Literal["paragraph"] = "paragraph"
    text: str
    span: Span | None = None


class ListItem(_Model):
    """One item of a list, with nested items in ``children``.

    ``marker`` is the bullet or number as written ("-", "•", "1.", "a)"), so writers can
    reproduce the list faithfully; ``children_ordered`` tells whether the nested list is a
    numbered one.
    """

    text: str
    marker: str = "-"
    children: list[ListItem] = Field(default_factory=list)
    children_ordered: bool = False
    span: Span | None = None


class ListBlock(_Model):
    """A bulleted or numbered list, optionally introduced by a ``lead_in`` label line
    such as "For Microsoft:" (stored without its colon)."""

    kind: Literal["list"] = "list"
    ordered: bool = False
    lead_in: str | None = None
    items: list[ListItem] = Field(default_factory=list)
    span: Span | None = None


class CodeBlock(_Model):
    """Source code or other preformatted text, kept verbatim (line breaks included)."""

    kind: Literal["code"] = "code"
    text: str
    language: str | None = None
    span: Span | None = None


class TableBlock(_Model):
    """A table as rows of cell texts (the first row is the header when there is one)."""

    kind: Literal["table"] = "table"
    rows: list[list[str]] = Field(default_factory=list)
    span: Span | None = None


class QuoteBlock(_Model):
    """A block quote holding blocks of its own."""

    kind: Literal["quote"] = "quote"
    blocks: list[Block] = Field(default_factory=list)
    span: Span | None = None


Block = Annotated[
    Paragraph | ListBlock | CodeBlock | TableBlock | QuoteBlock,
    Field(discriminator="kind"),
]
"""A body block; ``block.kind`` tells which of the five kinds it is."""


class Section(_Model):
    """A part of the body under one heading (``heading`` is None for the text before the
    first heading). ``level`` 1 is the top level of the body; the title is not a section."""

    heading: str | None = None
    level: int = Field(default=1, ge=1)
    heading_span: Span | None = None
    blocks: list[Block] = Field(default_factory=list)
    subsections: list[Section] = Field(default_factory=list)

    def iter_sections(self) -> Iterator[Section]:
        """This section and every subsection, depth-first, in document order."""
        yield self
        for sub in self.subsections:
            yield from sub.iter_sections()


class ReferenceLink(_Model):
    """An entry of a "Reference Links" / "Sources" / "Further reading" section.

    Any part the item does not show is None: "Title - Source - Description" fills the first
    three, "Title (https://…)" the title and url.
    """

    title: str
    source: str | None = None
    description: str | None = None
    url: str | None = None
    span: Span | None = None


class RelatedArticle(_Model):
    """A teaser of another article ("Explore more", "Related Articles", …).

    ``truncated`` is True when the teaser was cut off mid-sentence by the site.
    """

    title: str
    teaser: str | None = None
    url: str | None = None
    truncated: bool = False
    span: Span | None = None


class Removed(_Model):
    """A piece of the input that was deliberately left out of the body, and why."""

    text: str
    reason: RemovedReason
    detail: str | None = None
    span: Span | None = None


class ParseWarning(_Model):
    """Something in the input the parser noticed and wants the caller to know about.

    ``code`` is a stable machine-readable identifier (e.g. ``"near_duplicate"``,
    ``"decode_fallback"``); ``message`` is for people.
    """

    code: str
    message: str
    span: Span | None = None


FieldName = Literal[
    "title",
    "tags",
    "summary",
    "meta_description",
    "highlights",
    "references",
    "related",
    "byline",
    "published",
    "canonical_url",
]


class FieldSource(_Model):
    """Where in the input a non-body field came from: a label or heading line ("Tags:",
    "Reference Links"), a highlight item, a summary paragraph. Together with the spans of
    blocks, headings, references, related articles and removed items this accounts for
    every non-blank line of a text input."""

    field: FieldName
    span: Span


class Article(_Model):
    """A parsed article: title, body sections and every special field.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("My title\\n\\nIntro text.\\n\\nTags: a, b\\n")
        >>> art.title, art.tags
        ('My title', ['a', 'b'])
    """

    schema_version: str = SCHEMA_VERSION
    source_format: SourceFormat = "text"
    title: str | None = None
    title_span: Span | None = None
    byline: str | None = None
    published: str | None = None
    #: the page's own address: ``<link rel="canonical">`` / ``og:url`` of an HTML page, a
    #: ``canonical_url``/``canonical``/``url`` key of Markdown front matter (schema 1.1)
    canonical_url: str | None = None
    sections: list[Section] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)
    references: list[ReferenceLink] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    summary: str | None = None
    meta_description: str | None = None
    related: list[RelatedArticle] = Field(default_factory=list)
    removed: list[Removed] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    field_sources: list[FieldSource] = Field(default_factory=list)

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth-first, in document order."""
        for section in self.sections:
            yield from section.iter_sections()

    def iter_blocks(self) -> Iterator[Block]:
        """Every body block in document order (blocks inside quotes are not expanded)."""
        for section in self.iter_sections():
            yield from section.blocks

    @property
    def headings(self) -> list[str]:
        """The body headings in document order."""
        return [s.heading for s in self.iter_sections() if s.heading is not None]

    @property
    def text(self) -> str:
        """The body as plain text: headings and blocks, one blank line apart (no title,
        references, tags, summary or related articles)."""
        from articlekit.render import body_text

        return body_text(self)

    def to_markdown(self) -> str:
        """The whole article as CommonMark (title as ``#``, sections as deeper headings,
        special fields as labelled sections)."""
        from articlekit.render import to_markdown

        return to_markdown(self)

    def to_html(self, *, standalone: bool = False) -> str:
        """The whole article as HTML: an ``<article>`` element (a whole page with
        ``standalone=True``) that ``parse(..., format="html")`` reads back.

        Example:
            >>> import articlekit as ak
            >>> ak.parse("# Hi\\n\\nText.\\n", format="markdown").to_html().splitlines()[1]
            '<h1>Hi</h1>'
        """
        from articlekit.render import to_html

        return to_html(self, standalone=standalone)

    def to_text(self, layout: Literal["spaced", "compact"] = "spaced") -> str:
        """The whole article as plain text the text parser reads back.

        ``"spaced"`` separates blocks by blank lines; ``"compact"`` writes one line per
        block with no blank lines (the layout of many forum scrapes).
        """
        from articlekit.render import to_text

        return to_text(self, layout=layout)


Section.model_rebuild()
ListItem.model_rebuild()
QuoteBlock.model_rebuild()
