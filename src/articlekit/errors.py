"""One exception hierarchy for everything articlekit raises on purpose."""

from __future__ import annotations


class ArticleKitError(Exception):
    """Base class of every error articlekit raises deliberately.

    Example:
        >>> import articlekit as ak
        >>> try:
        ...     ak.parse(b"\\x00\\x01binary")
        ... except ak.ArticleKitError as exc:
        ...     print(type(exc).__name__)
        InputError
    """


class InputError(ArticleKitError, ValueError):
    """The input cannot be parsed as an article: binary data, over the size limit,
    undecodable bytes in strict mode, an unknown format name, a missing file."""


class ModelFileError(ArticleKitError):
    """A saved tagger or keyphrase model cannot be loaded: truncated, tampered with,
    written by an incompatible format version, or not an articlekit model at all."""


class NotFittedError(ArticleKitError, AttributeError):
    """A tagger or extractor was used before ``fit``."""
