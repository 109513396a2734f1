"""Parsing: decode, pick a front end, assemble. The public entry points are re-exported
from :mod:`articlekit`."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from articlekit._files import read_bytes_bounded
from articlekit.errors import InputError
from articlekit.model import Article, ParseWarning, Span
from articlekit.options import ParseOptions
from articlekit.parse.assemble import assemble
from articlekit.parse.codelike import forget_scores
from articlekit.parse.decode import decode
from articlekit.parse.detect import detect_format, format_from_suffix
from articlekit.parse.frontmatter import (
    Metadata,
    first_paragraph_is_body,
    merge_metadata,
    read_front_matter,
)
from articlekit.parse.special import forget_remnant_answers
from articlekit.parse.text import text_blocks

Format = Literal["auto", "text", "markdown", "html"]
_FORMATS = ("auto", "text", "markdown", "html")
_DEFAULT_OPTIONS = ParseOptions()
_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodes(text: str) -> bool:
    """Is ``text`` valid Unicode (no lone surrogates)? Encoding is several times faster
    than searching for them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _to_text(source: str | bytes, options: ParseOptions) -> tuple[str, list[ParseWarning]]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > options.max_chars * 4:
            raise InputError(
                f"input is {len(data):,} bytes, over the limit of "
                f"{options.max_chars:,} characters (ParseOptions.max_chars)"
            )
        text, warnings = decode(data, strict=options.strict_decoding)
    elif isinstance(source, str):
        text, warnings = source, []
    else:
        raise InputError(
            f"cannot parse a {type(source).__name__}: pass str or bytes (use parse_file for paths)"
        )
    if len(text) > options.max_chars:
        raise InputError(
            f"input is {len(text):,} characters, over the limit of "
            f"{options.max_chars:,} (ParseOptions.max_chars)"
        )
    if "\x00" in text:
        raise InputError("input contains NUL characters: it looks like binary data, not text")
    if not text.isascii() and not _encodes(text):
        bad = _SURROGATE.search(text)
        if bad is not None:
            # a str from JSON "\ud800" escapes or surrogateescape decoding: not Unicode, and
            # an Article holding it could not be written as JSON. One code point for one,
            # so every span stays where it was.
            text = _SURROGATE.sub("\ufffd", text)
            warnings = [
                *warnings,
                ParseWarning(
                    code="invalid_unicode",
                    message="input contains surrogate code points (not valid Unicode; first "
                    f"at offset {bad.start()}); each was replaced by U+FFFD",
                    span=Span(start=bad.start(), end=bad.start() + 1),
                ),
            ]
    return text, warnings


def parse(
    source: str | bytes,
    format: Format = "auto",
    *,
    options: ParseOptions | None = None,
) -> Article:
    """Parse one article.

    Args:
        source: the article as text, or as bytes (decoded from a BOM, UTF-8, or with a
            labelled fallback and a ``decode_fallback`` warning).
        format: ``"text"``, ``"markdown"`` or ``"html"``; ``"auto"`` sniffs the content
            (:func:`~articlekit.parse.detect.detect_format`). The Article records the front
            end that read it in ``source_format``. HTML needs ``pip install articlekit[html]``.
        options: vocabularies, limits and duplicate handling; defaults when omitted.

    Returns:
        The typed :class:`~articlekit.Article`.

    Raises:
        InputError: binary data, over ``options.max_chars``, undecodable bytes in strict
            mode, an unknown format name, or HTML without the ``html`` extra installed.

    Example:
        >>> import articlekit as ak
        >>> art = ak.parse("Title\\n\\nIntro.\\n\\nDetails\\n\\nMore text here.\\n")
        >>> art.title, [s.heading for s in art.sections]
        ('Title', [None, 'Details'])
    """
    if format not in _FORMATS:
        raise InputError(f"unknown format {format!r}; expected one of {', '.join(_FORMATS)}")
    options = options or _DEFAULT_OPTIONS
    text, warnings = _to_text(source, options)
    forget_scores()
    forget_remnant_answers()
    with cyclic_gc_paused():
        return _parse_text(text, format, options, warnings)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """A parse makes an object or more per line (lines, blocks, spans, sections), none in a
    reference cycle; the cyclic collector would scan them again and again as they pile up,
    and parse time would grow faster than the input (30% more per MB at 1 MB of headings,
    15% at 100 KB; 1% on ordinary articles of a few KB). Reference counting still frees
    everything. The collector is only re-enabled if this call paused it. (Also used where
    many Articles are unpickled at once.)"""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _parse_text(
    text: str, format: Format, options: ParseOptions, warnings: list[ParseWarning]
) -> Article:
    if format == "auto":
        format = detect_format(text)
    if format == "markdown":
        from articlekit.parse.markdown import parse_markdown

        return parse_markdown(text, options, warnings)
    if format == "html":
        from articlekit.parse.html import parse_html

        return parse_html(text, options, warnings)
    found = read_front_matter(text) if _may_open_with_header(text) else None
    if found is not None:
        return _parse_text_under_header(text, found, options, warnings)
    return assemble(text, text_blocks(text, options), options, "text", warnings)


def _may_open_with_header(text: str) -> bool:
    """Can ``text`` open with a metadata header (front matter, a reader service's header, a
    block of "Key: value" fields at the top or under the title)? A cheap test that spares
    most articles the header readers: a colon or a delimiter in the first lines."""
    head = text[:_HEADER_SNIFF_CHARS]
    return ":" in head or head.lstrip("\ufeff").startswith(("---", "+++"))


#: a metadata header starts within this many characters of the text's start
_HEADER_SNIFF_CHARS = 2_000


def _parse_text_under_header(
    text: str,
    found: tuple[Metadata, int, int],
    options: ParseOptions,
    warnings: list[ParseWarning],
) -> Article:
    """Plain text under a metadata header: front matter, a reader service's header
    ("Title: …", "URL Source: …", …, "Markdown Content:") or a block of "Key: value" fields.
    The header gives the fields, the rest is read as text."""
    meta, start, end = found
    # blank the header out (same length, same line breaks) so offsets stay valid
    source = text[:start] + _NOT_A_LINE_BREAK.sub(" ", text[start:end]) + text[end:]
    blocks = text_blocks(source, options)
    article = assemble(text, blocks, options, "text", warnings)
    if start == 0 or not text[:start].strip():
        # (a title above a field header was the text's own first line, and stays its title)
        article = first_paragraph_is_body(article, blocks)
    return merge_metadata(article, meta, blocks)


_NOT_A_LINE_BREAK = re.compile(r"[^\r\n]")


def parse_file(
    path: str | os.PathLike[str],
    format: Format = "auto",
    *,
    options: ParseOptions | None = None,
) -> Article:
    """Parse the article stored at ``path`` (read as bytes, decoded like :func:`parse`).

    With ``format="auto"`` the suffix decides (``.md``/``.markdown`` → Markdown,
    ``.html``/``.htm`` → HTML, ``.txt`` → text); other suffixes fall back to content sniffing.
    Only regular files are read (symbolic links are followed to one): a directory, device,
    FIFO or socket, a link loop, or a file over the size limit raises :class:`InputError`
    without reading it.

    Example:
        >>> import articlekit as ak, tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_text("Hello\\n\\nWorld.\\n", encoding="utf-8")
        >>> ak.parse_file(p).title
        'Hello'
    """
    options = options or _DEFAULT_OPTIONS
    p = Path(path)
    # regular files only (no devices, FIFOs, sockets), read at most 4 * max_chars bytes
    data = read_bytes_bounded(p, options.max_chars)
    if format == "auto":
        format = format_from_suffix(p) or "auto"
    try:
        return parse(data, format, options=options)
    except InputError as exc:
        raise InputError(f"{p}: {exc}") from None
