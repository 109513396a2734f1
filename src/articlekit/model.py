"""The typed document: what every front end produces and every consumer reads.

All models are pydantic v2, frozen (immutable, hashable where their fields allow) and
forbid unknown fields, so ``Article.model_validate_json(a.model_dump_json()) == a`` holds
exactly and a misspelt field in stored JSON is an error rather than silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.1"
"""Version of the JSON shape of :class:`Article` (``Article.schema_version``).

The minor number goes up when a field is added, the major number when a field is removed,
renamed or retyped (see docs/api-policy.md).

Example:
    >>> import articlekit as ak
    >>> ak.parse("Title\\n\\nText.\\n").schema_version == ak.SCHEMA_VERSION
    True
"""

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


_DOC_SECTION = re.compile(r"\n\s*(?:Examples?|Attributes):\s*\n")


def _schema_description(schema: dict[str, Any]) -> None:
    """The JSON Schema describes each model with the prose of its docstring; the
    ``Example:`` and ``Attributes:`` sections are for Python readers (and the API reference)."""
    description = schema.get("description")
    if isinstance(description, str):
        schema["description"] = _DOC_SECTION.split(description)[0].strip()


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_extra=_schema_description)


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

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Notes\\n\\nSee the guide (https://example.org/guide) first.\\n")
        >>> art.links[0].url
        'https://example.org/guide'
    """

    text: str
    url: str
    span: Span | None = None


class Paragraph(_Model):
    """A paragraph of running text (hard-wrapped lines are joined with single spaces).

    Example:
        >>> import articlekit as ak
        >>> text = "Title\\n\\nSchemes spread from a few capitals to many towns,\\nand grew.\\n"
        >>> block = ak.parse(text).sections[0].blocks[0]
        >>> block.kind, block.text
        ('paragraph', 'Schemes spread from a few capitals to many towns, and grew.')
    """

    kind: Literal["paragraph"] = "paragraph"
    text: str
    span: Span | None = None


class ListItem(_Model):
    """One item of a list, with nested items in ``children``.

    ``marker`` is the bullet or number as written ("-", "•", "1.", "a)"), so writers can
    reproduce the list faithfully; ``children_ordered`` tells whether the nested list is a
    numbered one.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("- fruit\\n  - apples\\n  - pears\\n- bread\\n", format="markdown")
        >>> item = art.sections[0].blocks[0].items[0]
        >>> item.text, [child.text for child in item.children]
        ('fruit', ['apples', 'pears'])
    """

    text: str
    marker: str = "-"
    children: list[ListItem] = Field(default_factory=list)
    children_ordered: bool = False
    span: Span | None = None


class ListBlock(_Model):
    """A bulleted or numbered list, optionally introduced by a ``lead_in`` label line
    such as "For Microsoft:" (stored without its colon).

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Costs\\n\\nFor Riders:\\n- cheaper trips\\n- no bike to store\\n")
        >>> block = art.sections[0].blocks[0]
        >>> block.kind, block.lead_in, block.ordered, [i.text for i in block.items]
        ('list', 'For Riders', False, ['cheaper trips', 'no bike to store'])
    """

    kind: Literal["list"] = "list"
    ordered: bool = False
    lead_in: str | None = None
    items: list[ListItem] = Field(default_factory=list)
    span: Span | None = None


class CodeBlock(_Model):
    """Source code or other preformatted text, kept verbatim (line breaks included).

    Example:
        >>> import articlekit as ak
        >>> md = "# Setup\\n\\n```python\\nimport os\\nprint(os.sep)\\n```\\n"
        >>> art = ak.parse(md, format="markdown")
        >>> block = art.sections[0].blocks[0]
        >>> block.kind, block.language, block.text
        ('code', 'python', 'import os\\nprint(os.sep)')
    """

    kind: Literal["code"] = "code"
    text: str
    language: str | None = None
    span: Span | None = None


class TableBlock(_Model):
    """A table as rows of cell texts (the first row is the header when there is one).

    Example:
        >>> import articlekit as ak
        >>> md = "| city | docks |\\n| --- | --- |\\n| Lyon | 340 |\\n"
        >>> art = ak.parse(md, format="markdown")
        >>> art.sections[0].blocks[0].rows
        [['city', 'docks'], ['Lyon', '340']]
    """

    kind: Literal["table"] = "table"
    rows: list[list[str]] = Field(default_factory=list)
    span: Span | None = None


class QuoteBlock(_Model):
    """A block quote holding blocks of its own.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("# Quote\\n\\n> Cities are for people.\\n", format="markdown")
        >>> quote = art.sections[0].blocks[0]
        >>> quote.kind, quote.blocks[0].text
        ('quote', 'Cities are for people.')
    """

    kind: Literal["quote"] = "quote"
    blocks: list[Block] = Field(default_factory=list)
    span: Span | None = None


Block = Annotated[
    Paragraph | ListBlock | CodeBlock | TableBlock | QuoteBlock,
    Field(discriminator="kind"),
]
"""A body block: one of :class:`Paragraph`, :class:`ListBlock`, :class:`CodeBlock`,
:class:`TableBlock` and :class:`QuoteBlock`; ``block.kind`` (``"paragraph"``, ``"list"``,
``"code"``, ``"table"``, ``"quote"``) tells which, for type checkers too.

Example:
    >>> import articlekit as ak
    >>> art = ak.parse("Steps\\n\\nYou need two things for the ride.\\n\\n- a bike\\n- a helmet\\n")
    >>> [block.kind for block in art.sections[0].blocks]
    ['paragraph', 'list']
"""


class Section(_Model):
    """A part of the body under one heading (``heading`` is None for the text before the
    first heading). ``level`` 1 is the top level of the body; the title is not a section.

    Example:
        >>> import articlekit as ak
        >>> md = "# Guide\\n\\nIntro.\\n\\n## Setup\\n\\nSteps.\\n\\n### Linux\\n\\nMore.\\n"
        >>> art = ak.parse(md)
        >>> [(s.heading, s.level) for s in art.iter_sections()]
        [(None, 1), ('Setup', 1), ('Linux', 2)]
    """

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

    Example:
        >>> import articlekit as ak
        >>> text = ("Bike Sharing\\n\\nDocks matter.\\n\\nReference Links\\n\\n"
        ...         "- Paying for the Ride - TransitFinance - How cities fund shared bikes.\\n")
        >>> ref = ak.parse(text).references[0]
        >>> ref.title, ref.source, ref.description, ref.url
        ('Paying for the Ride', 'TransitFinance', 'How cities fund shared bikes.', None)
    """

    title: str
    source: str | None = None
    description: str | None = None
    url: str | None = None
    span: Span | None = None


class RelatedArticle(_Model):
    """A teaser of another article ("Explore more", "Related Articles", …).

    ``truncated`` is True when the teaser was cut off mid-sentence by the site.

    Example:
        >>> import articlekit as ak
        >>> text = ("Night Buses\\n\\nThey run all night.\\n\\nExplore more\\n\\n"
        ...         "Tram Lines Return\\nAfter fifty years the city is laying rails again, and\\n")
        >>> rel = ak.parse(text).related[0]
        >>> rel.title, rel.truncated
        ('Tram Lines Return', True)
    """

    title: str
    teaser: str | None = None
    url: str | None = None
    truncated: bool = False
    span: Span | None = None


class Removed(_Model):
    """A piece of the input that was deliberately left out of the body, and why.

    ``reason`` is one of ``"ui_remnant"``, ``"duplicate"``, ``"empty_section"``,
    ``"image"``, ``"boilerplate"`` and ``"markup"``; ``detail`` says more where it helps.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Title\\n\\nSome text.\\n\\nShare this\\n")
        >>> [(r.text, r.reason) for r in art.removed]
        [('Share this', 'ui_remnant')]
    """

    text: str
    reason: RemovedReason
    detail: str | None = None
    span: Span | None = None


class ParseWarning(_Model):
    """Something in the input the parser noticed and wants the caller to know about.

    ``code`` is a stable machine-readable identifier (e.g. ``"near_duplicate"``,
    ``"decode_fallback"``); ``message`` is for people.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Caf\\xe9\\n\\nOpen late.\\n".encode("latin-1"))
        >>> art.warnings[0].code
        'decode_fallback'
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
    every non-blank line of a text input.

    Example:
        >>> import articlekit as ak
        >>> text = "Title\\n\\nBody text.\\n\\nTags: a, b\\n"
        >>> source = [f for f in ak.parse(text).field_sources if f.field == "tags"][0]
        >>> source.span.slice(text)
        'Tags: a, b'
    """

    field: FieldName
    span: Span


class Article(_Model):
    """A parsed article: title, body sections and every special field.

    Attributes:
        schema_version: version of the JSON shape (:data:`SCHEMA_VERSION`).
        source_format: the front end that read the input: ``"text"``, ``"markdown"`` or
            ``"html"``.
        title: the article's title line; None when the text shows none.
        title_span: where the title is in the input.
        byline: a "By …" line right after the title.
        published: a "Published …" / date line right after the title.
        canonical_url: the page's own address (HTML canonical link or ``og:url``, a
            front-matter key).
        sections: the body; text before the first heading is a Section with heading None.
        highlights: the items of "Article Highlights" / "Key Takeaways" / …; empty when only
            an interface remnant followed the heading.
        references: the items of "Reference Links" / "Sources" / "Further reading" / ….
        links: every inline link and bare URL of the body.
        tags: "Tags:" / "Keywords:" / hashtag / front-matter tags, split, de-duplicated, in
            source order.
        summary: the "Summary" / "TL;DR" section.
        meta_description: the "Meta Description" section (or HTML/front-matter description).
        related: the teasers of "Explore more" / "Related Articles" / ….
        removed: what was left out of the body, each with a reason.
        warnings: what looked odd in the input, each with a stable code.
        field_sources: the input lines that fed the non-body fields.

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
