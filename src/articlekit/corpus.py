"""Many inputs: expand folders and globs, parse in order, in parallel, with bounded memory."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Union

from articlekit.errors import InputError
from articlekit.model import Article
from articlekit.options import ParseOptions
from articlekit.parse import Format, parse, parse_file

Source = Union[str, bytes, "os.PathLike[str]"]
ErrorPolicy = Literal["raise", "skip", "collect"]
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class ParseFailure:
    """An input that could not be parsed (``errors="collect"``): which one, and why."""

    index: int
    source: str
    error: str

    def __str__(self) -> str:
        return f"{self.source}: {self.error}"


def expand_paths(args: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named by ``args``: files as given, folders walked (sorted, text suffixes only,
    symlinked folders not followed), glob patterns expanded (sorted)."""
    for arg in args:
        s = os.fspath(arg)
        p = Path(s)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES):
                        yield Path(root) / name
        elif any(ch in s for ch in "*?[") and not p.exists():
            for match in sorted(glob.glob(s, recursive=True)):
                if Path(match).is_file():
                    yield Path(match)
        else:
            yield p


def _describe(source: object, index: int) -> str:
    if isinstance(source, os.PathLike):
        return str(os.fspath(source))
    return f"input #{index}"


def _parse_one(job: tuple[Source, Format, ParseOptions | None]) -> Article:
    source, fmt, options = job
    if isinstance(source, os.PathLike):
        return parse_file(source, fmt, options=options)
    return parse(source, fmt, options=options)


def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = "auto",
    options: ParseOptions | None = None,
    jobs: int = 1,
    errors: ErrorPolicy = "raise",
    chunk: int = 64,
) -> Iterator[Article | ParseFailure]:
    """Parse many articles, yielding results in input order as they are ready.

    Strings and bytes are article contents; ``pathlib.Path`` objects are files. Work is
    submitted at most ``2 * jobs * chunk`` items ahead, so memory stays bounded however
    long ``sources`` is.

    Args:
        errors: ``"raise"`` stops at the first bad input; ``"skip"`` leaves it out;
            ``"collect"`` yields a :class:`ParseFailure` in its place.

    Example:
        >>> import articlekit as ak
        >>> [a.title for a in ak.parse_many(["One\\n\\nText.", "Two\\n\\nText."])]
        ['One', 'Two']
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    items = ((source, format, options) for source in sources)
    if jobs <= 1:
        for index, job in enumerate(items):
            try:
                yield _parse_one(job)
            except InputError as exc:
                failure = _fail(index, job[0], exc, errors)
                if failure is not None:
                    yield failure
        return
    window = max(2 * jobs * chunk, 1)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[tuple[int, Source, Future[Article]]] = []
        for index, job in enumerate(items):
            pending.append((index, job[0], pool.submit(_parse_one, job)))
            if len(pending) >= window:
                yield from _drain(pending, window // 2, errors)
        yield from _drain(pending, 0, errors)


def _drain(
    pending: list[tuple[int, Source, Future[Article]]], keep: int, errors: ErrorPolicy
) -> Iterator[Article | ParseFailure]:
    while len(pending) > keep:
        index, source, future = pending.pop(0)
        try:
            yield future.result()
        except InputError as exc:
            failure = _fail(index, source, exc, errors)
            if failure is not None:
                yield failure


def _fail(index: int, source: object, exc: Exception, errors: ErrorPolicy) -> ParseFailure | None:
    if errors == "raise":
        raise exc
    if errors == "skip":
        return None
    return ParseFailure(index=index, source=_describe(source, index), error=str(exc))
