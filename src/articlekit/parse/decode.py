"""Bytes to text: BOM, UTF-8, then a labelled fallback; binary data is refused."""

from __future__ import annotations

import codecs

from articlekit.errors import InputError
from articlekit.model import ParseWarning

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never occur in text files but always in binary ones.
_BINARY_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 27)) | frozenset(range(28, 32))


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is almost certainly not text (NUL bytes or many control bytes)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    if len(sample) < 64:
        return False  # too short to tell; a stray control character is not a binary file
    controls = sum(1 for b in sample if b in _BINARY_BYTES)
    return controls / len(sample) > 0.1


def decode(data: bytes, *, strict: bool = False) -> tuple[str, list[ParseWarning]]:
    """Decode ``data`` to text. Returns the text and any warnings about how it was read.

    Order: a byte-order mark decides; otherwise UTF-8; otherwise (unless ``strict``)
    Windows-1252 where it decodes, else Latin-1, with a ``decode_fallback`` warning.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"input starts with a {encoding} byte-order mark but is not "
                    f"valid {encoding}: {exc.reason} at byte {exc.start}"
                ) from None
    if looks_binary(data):
        raise InputError("input looks like binary data (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if strict:
            raise InputError(
                f"input is not valid UTF-8 ({exc.reason} at byte {exc.start}) "
                "and strict decoding was asked for"
            ) from None
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warning = ParseWarning(
            code="decode_fallback",
            message=f"input is not valid UTF-8 (first bad byte at offset {where}); "
            f"decoded as {encoding}",
        )
        return text, [warning]
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover
