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
    undecodable bytes in strict mode, an unknown format name, a missing file.

    Also a :class:`ValueError`, so code that already catches that keeps working.

    Example:
        >>> import articlekit as ak
        >>> try:
        ...     ak.parse("text", format="pdf")
        ... except ValueError as exc:
        ...     print(type(exc).__name__, "-", exc)
        InputError - unknown format 'pdf'; expected one of auto, text, markdown, html
    """


class ModelFileError(ArticleKitError):
    """A saved tagger or keyphrase model cannot be loaded: truncated, tampered with,
    written by an incompatible format version, or not an articlekit model at all.

    Loading never executes anything from the file, so a bad file is only ever an error.

    Example:
        >>> import articlekit as ak, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "model.akm"
        >>> _ = path.write_bytes(b"not a model")
        >>> try:
        ...     ak.KeywordTagger.load(path)
        ... except ak.ModelFileError:
        ...     print("refused")
        refused
    """


class NotFittedError(ArticleKitError, AttributeError):
    """A tagger or extractor was used before ``fit``.

    Also an :class:`AttributeError`, like scikit-learn's ``NotFittedError``.

    Example:
        >>> import articlekit as ak
        >>> try:
        ...     ak.KeywordTagger().predict(["some text"])
        ... except ak.NotFittedError:
        ...     print("fit it first")
        fit it first
    """
