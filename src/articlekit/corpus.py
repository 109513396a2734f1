"""Many inputs: expand folders and globs, parse in order, in parallel, with bounded memory.

The work on one input is a pure function of the input and the options
(:func:`parse_record`, and :func:`parse_partition` for a batch), so the same code runs in
:func:`parse_many`'s worker processes, in Dask (:mod:`articlekit.dask`), Spark
``mapPartitions`` and Ray ``map_batches``.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, overload

from articlekit._files import open_regular_file
from articlekit.errors import InputError
from articlekit.model import Article
from articlekit.options import ParseOptions
from articlekit.parse import Format, cyclic_gc_paused, parse, parse_file

Record = Mapping[str, Any]
Source = Union[str, bytes, "os.PathLike[str]", Record, "BadRecord"]
ErrorPolicy = Literal["raise", "skip", "collect"]
Output = Literal["article", "json", "dict"]
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
_FORMATS = ("auto", "text", "markdown", "html")
_MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class ParseFailure:
    """An input that could not be parsed (``errors="collect"``): which one, and why.

    Attributes:
        index: the input's position among the sources (0-based).
        source: the file name, a record's ``"id"``, or ``input #N``.
        error: why it failed (the :class:`~articlekit.InputError` message).

    Example:
        >>> import articlekit as ak
        >>> results = list(ak.parse_many(["Fine\\n\\nText.\\n", b"\\x00\\x01"], errors="collect"))
        >>> failure = results[1]
        >>> failure.index, failure.source
        (1, 'input #1')
    """

    index: int
    source: str
    error: str

    def __str__(self) -> str:
        return f"{self.source}: {self.error}"

    def to_dict(self) -> dict[str, Any]:
        """``{"index": …, "source": …, "error": …}``: how a failure appears among JSON
        records (an Article's JSON never has an ``"error"`` key)."""
        return {"index": self.index, "source": self.source, "error": self.error}


@dataclass(frozen=True)
class BadRecord:
    """A JSONL line that is not a JSON object (from :func:`read_jsonl`): parsing it fails
    with an :class:`InputError` that names the file and line, like any other bad input."""

    where: str
    error: str


def expand_paths(args: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named by ``args``: files as given, folders walked (sorted, text suffixes only,
    symlinked folders not followed), glob patterns expanded (sorted; ``**`` does not
    descend into symlinked folders either, so a link loop cannot make it run forever).

    Nothing is opened here: a named device, FIFO or missing file is passed on and reported
    when it is parsed.

    Example:
        >>> import articlekit as ak, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("b.txt", "a.md", "notes.pdf"):
        ...     _ = (folder / name).write_text("x")
        >>> [p.name for p in ak.expand_paths([folder])]
        ['a.md', 'b.txt']
    """
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
            yield from _glob(s)
        else:
            yield p


def _glob(pattern: str) -> list[Path]:
    """Like ``sorted(glob.glob(pattern, recursive=True))`` restricted to files, but with
    :meth:`pathlib.Path.glob`, whose ``**`` does not follow symbolic links to folders
    (``glob.glob`` does, and never ends on a folder that links to its parent)."""
    parts = Path(pattern).parts
    first = next(i for i, part in enumerate(parts) if _MAGIC.intersection(part))
    root = Path(*parts[:first]) if first else Path()
    rest = parts[first:]
    if rest[-1] == "**":  # glob.glob's "**" also matches files; pathlib's only folders
        rest = (*rest, "*")
    hidden_ok = any(part.startswith(".") for part in rest)
    found: list[Path] = []
    try:
        for match in root.glob("/".join(rest)):
            rel = match.relative_to(root).parts
            if not hidden_ok and any(part.startswith(".") for part in rel):
                continue  # like glob.glob: '*' and '**' skip hidden names
            if match.is_file():
                found.append(match)
    except (OSError, ValueError):
        return []
    return sorted(found, key=str)


def _describe(source: object, index: int) -> str:
    if isinstance(source, os.PathLike):
        return str(os.fspath(source))
    if isinstance(source, BadRecord):
        return source.where
    if isinstance(source, Mapping):
        if source.get("id") is not None:
            return f"record {source['id']}"
        if isinstance(source.get("path"), str):
            return str(source["path"])
    return f"input #{index}"


def parse_record(
    record: Record | BadRecord,
    *,
    format: Format = "auto",
    options: ParseOptions | None = None,
    root: str | os.PathLike[str] | None = None,
    text_field: str = "text",
    path_field: str = "path",
) -> Article:
    """Parse one JSON record: ``{"text": "..."}`` (the article itself) or
    ``{"path": "..."}`` (a file to read), with an optional ``"format"``.

    Other keys (``"id"``, metadata) are ignored here; :func:`parse_many` names failures by
    ``"id"`` when there is one. A record's path is only ever *read*, as by
    :func:`~articlekit.parse_file`: regular files only, size-bounded. With ``root``,
    relative paths are taken from ``root`` and a path that leads outside it (absolute,
    ``..``, or through a symbolic link) is refused.

    Raises:
        InputError: not a mapping, neither field (or not a string), an unknown format, a
            path outside ``root``, or any error of :func:`~articlekit.parse`.

    Example:
        >>> import articlekit as ak
        >>> ak.parse_record({"id": 7, "text": "Hello\\n\\nWorld.\\n"}).title
        'Hello'
    """
    if isinstance(record, BadRecord):
        raise InputError(record.error)
    if not isinstance(record, Mapping):
        raise InputError(f"a record must be a JSON object, not {type(record).__name__}")
    fmt = record.get("format", format)
    if fmt not in _FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(_FORMATS)}")
    text = record.get(text_field)
    if text is not None:
        if not isinstance(text, str):
            raise InputError(f"record field {text_field!r} must be a string")
        return parse(text, fmt, options=options)
    path = record.get(path_field)
    if path is None:
        raise InputError(f"record has neither {text_field!r} nor {path_field!r}")
    if not isinstance(path, str):
        raise InputError(f"record field {path_field!r} must be a string")
    return parse_file(_confine(path, root), fmt, options=options)


def _confine(path: str, root: str | os.PathLike[str] | None) -> Path:
    """``path`` itself, or with a ``root``: ``root / path``, refused unless it stays inside
    ``root`` once every symbolic link is resolved."""
    if "\x00" in path:
        raise InputError(f"{path!r}: not a valid path (NUL character)")
    if root is None:
        return Path(path)
    p = Path(path)
    if p.is_absolute():
        raise InputError(f"{path}: absolute paths are not allowed in records (root={root})")
    base = Path(root).resolve()
    full = base / p
    real = full.resolve()
    if real != base and base not in real.parents:
        raise InputError(f"{path}: leads outside the root folder {base}")
    return full


def _parse_one(job: tuple[Source, Format, ParseOptions | None, Any]) -> Article:
    source, fmt, options, root = job
    if isinstance(source, os.PathLike):
        return parse_file(source, fmt, options=options)
    if isinstance(source, (Mapping, BadRecord)):
        return parse_record(source, format=fmt, options=options, root=root)
    return parse(source, fmt, options=options)


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = ...,
    options: ParseOptions | None = ...,
    jobs: int = ...,
    errors: ErrorPolicy = ...,
    chunk: int = ...,
    root: str | os.PathLike[str] | None = ...,
    output: Literal["article"] = ...,
) -> Iterator[Article | ParseFailure]: ...


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = ...,
    options: ParseOptions | None = ...,
    jobs: int = ...,
    errors: ErrorPolicy = ...,
    chunk: int = ...,
    root: str | os.PathLike[str] | None = ...,
    output: Literal["json"],
) -> Iterator[str | ParseFailure]: ...


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = ...,
    options: ParseOptions | None = ...,
    jobs: int = ...,
    errors: ErrorPolicy = ...,
    chunk: int = ...,
    root: str | os.PathLike[str] | None = ...,
    output: Literal["dict"],
) -> Iterator[dict[str, Any] | ParseFailure]: ...


@overload
def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = ...,
    options: ParseOptions | None = ...,
    jobs: int = ...,
    errors: ErrorPolicy = ...,
    chunk: int = ...,
    root: str | os.PathLike[str] | None = ...,
    output: Output = ...,
) -> Iterator[Any]: ...


def parse_many(
    sources: Iterable[Source],
    *,
    format: Format = "auto",
    options: ParseOptions | None = None,
    jobs: int = 1,
    errors: ErrorPolicy = "raise",
    chunk: int = 64,
    root: str | os.PathLike[str] | None = None,
    output: Output = "article",
) -> Iterator[Any]:
    """Parse many articles, yielding results in input order as they are ready.

    Strings and bytes are article contents; ``pathlib.Path`` objects are files; mappings
    are JSON records (``{"text": ...}`` or ``{"path": ...}``, see :func:`parse_record` and
    :func:`read_jsonl`). Folders are expanded by :func:`expand_paths`, not here. With
    ``jobs > 1`` the work goes to the worker processes in batches of ``chunk // 4`` items,
    at most ``2 * jobs * chunk`` items ahead, so memory stays bounded however long
    ``sources`` is.

    Args:
        jobs: worker processes (1: parse in this process).
        errors: ``"raise"`` stops at the first bad input; ``"skip"`` leaves it out;
            ``"collect"`` yields a :class:`ParseFailure` in its place.
        root: where the relative paths of records are taken from; record paths that lead
            outside it are refused (see :func:`parse_record`).
        output: ``"article"`` (default) yields :class:`~articlekit.Article` objects;
            ``"json"`` yields each one's ``model_dump_json()`` and ``"dict"`` its
            ``model_dump(mode="json")``, made in the worker processes: when the Articles
            are only written out, this spares the calling process rebuilding them (with
            ``jobs > 1`` that is most of its work). Failures stay :class:`ParseFailure`.

    Example:
        >>> import articlekit as ak
        >>> [a.title for a in ak.parse_many(["One\\n\\nText.", "Two\\n\\nText."])]
        ['One', 'Two']
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    if output not in ("article", "json", "dict"):
        raise ValueError(f"output must be 'article', 'json' or 'dict', not {output!r}")
    if jobs <= 1:
        for index, source in enumerate(sources):
            try:
                yield _render(_parse_one((source, format, options, root)), output)
            except InputError as exc:
                failure = _fail(index, source, exc, errors)
                if failure is not None:
                    yield failure
        return
    # Work goes to the workers in batches (fewer futures and messages, options sent once
    # per batch); at most ``window`` items are in flight, so memory stays bounded.
    window = max(2 * jobs * chunk, 1)
    size = max(1, chunk // 4)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[int, list[Source], Future[bytes]]] = deque()
        in_flight = 0
        for start, batch in _batches(sources, size):
            future = pool.submit(_parse_batch, batch, format, options, root, output)
            pending.append((start, batch, future))
            in_flight += len(batch)
            while in_flight >= window:
                done_start, done_batch, done = pending.popleft()
                in_flight -= len(done_batch)
                yield from _unpack(done_start, done_batch, _loads(done.result()), errors)
        while pending:
            done_start, done_batch, done = pending.popleft()
            yield from _unpack(done_start, done_batch, _loads(done.result()), errors)


def _batches(sources: Iterable[Source], size: int) -> Iterator[tuple[int, list[Source]]]:
    """(index of the first, items) for consecutive runs of ``size`` items."""
    it = iter(sources)
    start = 0
    while True:
        batch = list(itertools.islice(it, size))
        if not batch:
            return
        yield start, batch
        start += len(batch)


def _render(article: Article, output: Output) -> Any:
    if output == "json":
        return article.model_dump_json()
    if output == "dict":
        return article.model_dump(mode="json")
    return article


def _parse_batch(
    batch: list[Source], format: Format, options: ParseOptions | None, root: Any, output: Output
) -> bytes:
    """Runs in a worker: each item's result, or the exception it raised (re-raised or
    handled by the caller's policy in input order, so one bad item never hides the others),
    pickled here so that the calling process unpickles them in :func:`_loads`."""
    out: list[Any] = []
    for source in batch:
        try:
            out.append(_render(_parse_one((source, format, options, root)), output))
        except Exception as exc:
            out.append(exc)
    try:
        return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its text still does
        out = [
            RuntimeError(f"{type(r).__name__}: {r}") if isinstance(r, Exception) else r for r in out
        ]
        return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(data: bytes) -> list[Any]:
    """A batch's results, unpickled with the cyclic garbage collector paused: a batch of
    Articles is thousands of new objects in no reference cycle, and the collector's passes
    over them took half of the calling process's time (0.33 vs 0.17 ms per corpus article),
    the time that caps the ``jobs=2`` speed-up. The executor's own result thread then only
    moves bytes."""
    with cyclic_gc_paused():
        result: list[Any] = pickle.loads(data)
    return result


def _unpack(
    start: int, batch: list[Source], results: list[Any], errors: ErrorPolicy
) -> Iterator[Any]:
    for offset, (source, result) in enumerate(zip(batch, results, strict=True)):
        if isinstance(result, InputError):
            failure = _fail(start + offset, source, result, errors)
            if failure is not None:
                yield failure
        elif isinstance(result, Exception):
            raise result
        else:
            yield result


def _fail(index: int, source: object, exc: Exception, errors: ErrorPolicy) -> ParseFailure | None:
    if errors == "raise":
        raise exc
    if errors == "skip":
        return None
    return ParseFailure(index=index, source=_describe(source, index), error=str(exc))


def parse_partition(
    sources: Iterable[Source],
    *,
    format: Format = "auto",
    options: ParseOptions | None = None,
    errors: ErrorPolicy = "collect",
    output: Output = "article",
    root: str | os.PathLike[str] | None = None,
) -> list[Any]:
    """Parse one batch (a Dask partition, a Spark partition, a Ray batch) in this process.

    The function a distributed engine maps over its partitions: it needs nothing but its
    arguments, and gives for each input, in order, an Article (``output="article"``), its
    JSON text (``"json"``: exactly ``Article.model_dump_json()``, what ``parse_many``
    gives) or its JSON-compatible dict (``"dict"``). Failures follow ``errors`` like in
    :func:`parse_many` (the default here is ``"collect"``: one bad input should not fail a
    whole partition); a collected failure is a :class:`ParseFailure`, or its
    :meth:`ParseFailure.to_dict` in the JSON outputs. ``index`` counts within the batch.

    Example:
        >>> import articlekit as ak
        >>> ak.parse_partition(["One\\n\\nText.\\n", b"\\x00"], output="dict")[1]["error"]
        'input looks like binary data (NUL or control bytes), not text'
    """
    out: list[Any] = []
    results = parse_many(
        sources, format=format, options=options, errors=errors, root=root, output=output
    )
    for item in results:
        if isinstance(item, ParseFailure) and output != "article":
            d = item.to_dict()
            out.append(json.dumps(d, ensure_ascii=False) if output == "json" else d)
        else:
            out.append(item)
    return out


def read_jsonl(
    path: str | os.PathLike[str], *, max_line_bytes: int = 256_000_000
) -> Iterator[Record | BadRecord]:
    """The records of a JSON Lines file (UTF-8), one per non-blank line, for
    :func:`parse_many` (``{"text": ...}`` or ``{"path": ...}``, see :func:`parse_record`).

    A line that is not a JSON object, not UTF-8, or longer than ``max_line_bytes`` becomes a
    :class:`BadRecord` (reported with its file and line when parsed) and reading goes on;
    an over-long line is skipped in bounded memory. The file itself must be a regular file.

    Example:
        >>> import articlekit as ak, tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
        >>> _ = p.write_text('{"id": 1, "text": "Hi\\\\n\\\\nThere."}\\nnot json\\n')
        >>> [type(r).__name__ for r in ak.read_jsonl(p)]
        ['dict', 'BadRecord']
    """
    for _, record in numbered_jsonl(path, max_line_bytes=max_line_bytes):
        yield record


def numbered_jsonl(
    path: str | os.PathLike[str], *, max_line_bytes: int = 256_000_000
) -> Iterator[tuple[int, Record | BadRecord]]:
    """:func:`read_jsonl` with the line number of each record."""
    p = Path(path)
    with open_regular_file(p) as handle:
        lineno = 0
        while True:
            try:
                line = handle.readline(max_line_bytes + 1)
            except OSError as exc:
                where = f"{p}:{lineno + 1}"
                raise InputError(f"{where}: cannot read ({exc.strerror or exc})") from None
            if not line:
                break
            lineno += 1
            where = f"{p}:{lineno}"
            if len(line) > max_line_bytes and not line.endswith(b"\n"):
                while True:  # skip the rest of the line without holding it
                    rest = handle.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield (
                    lineno,
                    BadRecord(where, f"{where}: line longer than {max_line_bytes:,} bytes"),
                )
                continue
            if not line.strip():
                continue
            try:
                value = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield (
                    lineno,
                    BadRecord(where, f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})"),
                )
                continue
            except (ValueError, RecursionError) as exc:
                yield lineno, BadRecord(where, f"{where}: not valid JSON ({exc})")
                continue
            if not isinstance(value, dict):
                yield (
                    lineno,
                    BadRecord(
                        where,
                        f"{where}: a record must be a JSON object, not {type(value).__name__}",
                    ),
                )
                continue
            yield lineno, value
