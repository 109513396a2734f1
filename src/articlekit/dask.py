"""Dask integration: parse a Dask bag or dataframe of articles on a cluster.

Needs ``pip install articlekit[dask]`` (``dask[bag]`` and ``distributed``; dataframes also
need ``dask[dataframe]``). Every function here only *describes* the work: each partition is
handed to :func:`articlekit.parse_partition`, the same pure function that
:func:`articlekit.parse_many` runs, so a cluster gives the same Articles, byte for byte in
JSON, as one process does. Workers need articlekit installed and, for paths, the files.

What is tested (``tests/test_dask.py``, in CI through the ``dev`` extra): :func:`parse_bag`
on texts, bytes, paths and records, :func:`jsonl_bag` and :func:`parse_dataframe`, on a
``dask.distributed.LocalCluster`` of two worker processes on 127.0.0.1, with the JSON of
every Article compared byte for byte with :func:`articlekit.parse_many`'s;
:func:`parse_frame_partition` and :func:`articlekit.parse_partition` also as plain
functions. ``benchmarks/throughput.py --dask`` does the same comparison on the whole real
corpus. Not tested: Spark (``rdd.mapPartitions(lambda b: ak.parse_partition(b,
output="json"))``, ``mapInPandas`` with :func:`parse_frame_partition`) and Ray
(``map_batches``): neither is installed here; they call the same two functions, which need
nothing but their arguments.

Example (a local cluster; on a real one, pass its address to ``Client``)::

    import dask.bag as db
    from dask.distributed import Client, LocalCluster
    from articlekit.dask import parse_bag

    with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster):
        texts = db.from_sequence(["Title\\n\\nBody.\\n", "Other\\n\\nText.\\n"], npartitions=2)
        titles = parse_bag(texts).map(lambda a: a.title).compute()
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from articlekit.corpus import (
    ErrorPolicy,
    Output,
    expand_paths,
    parse_partition,
    parse_record,
    read_jsonl,
)
from articlekit.errors import InputError
from articlekit.options import ParseOptions
from articlekit.parse import Format

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["jsonl_bag", "parse_bag", "parse_dataframe", "parse_frame_partition"]

_INSTALL = "the Dask integration needs Dask: pip install 'articlekit[dask]'"


def _bag_module() -> Any:
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(_INSTALL) from exc
    return db


def parse_bag(
    bag: Any,
    *,
    format: Format = "auto",
    options: ParseOptions | None = None,
    errors: ErrorPolicy = "collect",
    output: Output = "article",
    root: str | os.PathLike[str] | None = None,
) -> Any:
    """A bag of parsed articles from a ``dask.bag.Bag`` of inputs, in the same order.

    Args:
        bag: elements are what :func:`articlekit.parse_many` takes: ``str`` (article text),
            ``bytes``, ``pathlib.Path`` (a file the workers can read), or JSON records
            (``{"text": ...}`` / ``{"path": ...}``, e.g. from :func:`jsonl_bag`).
        output: ``"article"`` (:class:`~articlekit.Article` objects), ``"json"`` (each
            Article's ``model_dump_json()``: ready for ``Bag.to_textfiles``) or ``"dict"``.
        errors: ``"collect"`` (default) puts a :class:`~articlekit.ParseFailure` (its
            ``to_dict()`` in the JSON outputs) where an input failed; ``"skip"`` drops it;
            ``"raise"`` fails the task, and so the computation. A failure's ``index``
            counts within its partition.
        root: relative record paths are taken from here, and may not leave it.

    Returns:
        A lazy ``dask.bag.Bag``; nothing runs until ``compute()`` / ``to_textfiles()``.
    """
    # keywords bound with partial: map_partitions keeps some names (output, name) for itself
    work = functools.partial(
        parse_partition, format=format, options=options, errors=errors, output=output, root=root
    )
    return bag.map_partitions(work)


def _read_files(paths: Iterable[str]) -> list[Any]:
    out: list[Any] = []
    for path in paths:
        out.extend(read_jsonl(path))
    return out


def jsonl_bag(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> Any:
    """A bag of the records in JSON Lines files: one partition per file, read on the
    workers with :func:`articlekit.read_jsonl` (a bad line becomes a record that fails,
    with its file and line, when parsed; it does not stop the file).

    Args:
        paths: a file, a glob pattern, or a list of them (each as for
            :func:`articlekit.expand_paths`).
    """
    db = _bag_module()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = [str(p) for p in expand_paths(paths)]
    if not files:
        raise InputError(f"no JSON Lines files match {[os.fspath(p) for p in paths]}")
    return db.from_sequence(files, npartitions=len(files)).map_partitions(_read_files)


def parse_frame_partition(
    frame: pd.DataFrame,
    *,
    text_column: str | None = "text",
    path_column: str | None = None,
    format: Format = "auto",
    options: ParseOptions | None = None,
    root: str | os.PathLike[str] | None = None,
) -> pd.DataFrame:
    """Parse one pandas DataFrame (a partition) into a frame with the same index and two
    string columns: ``article`` (the Article's JSON, or None) and ``error`` (why that row
    failed, or None). A pure function of its arguments: Dask ``map_partitions``, Spark
    ``mapInPandas`` and Ray ``map_batches(batch_format="pandas")`` can all run it.

    Each row is read from ``text_column`` when it holds a string, else from the file named
    in ``path_column``; a row's own ``format`` column, if there is one, wins over
    ``format``. Needs pandas, not Dask.
    """
    import pandas as pd

    columns = [c for c in (text_column, path_column) if c is not None]
    if not columns:
        raise ValueError("give text_column, path_column or both")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in {list(frame.columns)}")
    n = len(frame)
    texts = frame[text_column].tolist() if text_column is not None else [None] * n
    paths = frame[path_column].tolist() if path_column is not None else [None] * n
    formats = frame["format"].tolist() if "format" in frame.columns else [None] * n
    articles: list[str | None] = []
    failures: list[str | None] = []
    for text, path, fmt in zip(texts, paths, formats, strict=True):
        record: dict[str, Any] = {}
        if isinstance(text, str):
            record["text"] = text
        elif isinstance(path, str):
            record["path"] = path
        if isinstance(fmt, str):
            record["format"] = fmt
        try:
            art = parse_record(record, format=format, options=options, root=root)
        except InputError as exc:
            articles.append(None)
            failures.append(str(exc))
        else:
            articles.append(art.model_dump_json())
            failures.append(None)
    return pd.DataFrame({"article": articles, "error": failures}, index=frame.index, dtype=object)


def parse_dataframe(
    frame: Any,
    *,
    text_column: str | None = "text",
    path_column: str | None = None,
    format: Format = "auto",
    options: ParseOptions | None = None,
    root: str | os.PathLike[str] | None = None,
) -> Any:
    """A ``dask.dataframe.DataFrame`` with columns ``article`` (JSON) and ``error``, row
    for row and index for index, from one with a text column or a path column (see
    :func:`parse_frame_partition`, which runs on each partition).

    Example::

        out = parse_dataframe(ddf, text_column="body")
        ok = out[out.error.isna()].article        # JSON strings
    """
    import pandas as pd

    meta = pd.DataFrame({"article": pd.Series(dtype=object), "error": pd.Series(dtype=object)})
    work = functools.partial(
        parse_frame_partition,
        text_column=text_column,
        path_column=path_column,
        format=format,
        options=options,
        root=root,
    )
    return frame.map_partitions(work, meta=meta)
