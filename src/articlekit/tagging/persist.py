"""Safe, lasting model files: numeric arrays plus JSON metadata inside one zip file.

Why not pickle (or joblib)? Loading a pickle runs whatever code the file names, so a model
file downloaded from a colleague or a website could take over the machine. skops would
also be safe, but it adds a dependency and still stores scikit-learn's internal object
layout, which changes between scikit-learn versions. articlekit models are a handful of
arrays (weights, vocabularies, thresholds) and some parameters, so the format is simply:

* ``articlekit.json`` — JSON only: ``{"format": "articlekit-model", "format_version": 1,
  "kind": "...", "articlekit_version": "...", "params": {...}, "arrays": [names]}``;
* ``arrays.npz`` — a NumPy ``.npz`` archive read with ``allow_pickle=False``, so only plain
  numeric / fixed-width unicode arrays can come out of it (object arrays are refused).

Both members are checked on load; anything unexpected — not a zip, truncated, a missing
member, malformed JSON, another ``kind``, another format version, an object array, an array
the metadata does not list — raises :class:`articlekit.ModelFileError`. Nothing in the file
is ever executed.

Example:
    >>> import numpy as np, tempfile, os
    >>> from articlekit.tagging.persist import save_model, load_model
    >>> path = os.path.join(tempfile.mkdtemp(), "m.akm")
    >>> save_model(path, "demo", {"n": 2}, {"w": np.arange(2.0)})
    >>> params, arrays = load_model(path, "demo")
    >>> params["n"], arrays["w"].tolist()
    (2, [0.0, 1.0])
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from articlekit._version import __version__
from articlekit.errors import ModelFileError

#: Bump when the layout of model files changes incompatibly.
FORMAT_VERSION = 1
FORMAT_NAME = "articlekit-model"
META_NAME = "articlekit.json"
ARRAYS_NAME = "arrays.npz"
#: refuse to inflate members beyond this (a zip bomb would otherwise fill the memory)
MAX_MEMBER_BYTES = 2 * 1024**3

PathLike = str | os.PathLike[str]


def save_model(
    path: PathLike,
    kind: str,
    params: Mapping[str, Any],
    arrays: Mapping[str, np.ndarray[Any, Any]],
) -> None:
    """Write a model file atomically (a temporary file renamed into place).

    Args:
        path: where to write (conventionally with the suffix ``.akm``).
        kind: what the model is, e.g. ``"keyword_tagger"`` or ``"keyphrase_model"``;
            :func:`load_model` refuses a file of another kind.
        params: JSON-serialisable metadata (parameters, vocabularies, class names).
        arrays: named NumPy arrays of numbers, booleans or unicode strings (no objects).

    Raises:
        TypeError: ``params`` is not JSON-serialisable or an array holds Python objects.

    Example:
        >>> import numpy as np, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "m.akm")
        >>> save_model(path, "demo", {"classes": ["a", "b"]}, {"coef": np.eye(2)})
        >>> os.path.getsize(path) > 0
        True
    """
    for name, array in arrays.items():
        if not isinstance(array, np.ndarray) or array.dtype.hasobject:
            raise TypeError(f"array {name!r} must be a numeric or unicode numpy array")
    meta = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "articlekit_version": __version__,
        "params": dict(params),
        "arrays": sorted(arrays),
    }
    meta_bytes = json.dumps(meta, ensure_ascii=False, sort_keys=True, allow_nan=False).encode()
    buffer = io.BytesIO()
    members: dict[str, Any] = {k: np.ascontiguousarray(v) for k, v in arrays.items()}
    np.savez_compressed(buffer, **members)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with (
            os.fdopen(fd, "wb") as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            zf.writestr(META_NAME, meta_bytes)
            zf.writestr(ARRAYS_NAME, buffer.getvalue(), compress_type=zipfile.ZIP_STORED)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_model_info(path: PathLike) -> dict[str, Any]:
    """The metadata of a model file (format, kind, versions, params) without its arrays.

    Raises:
        ModelFileError: the file is not a readable articlekit model file.

    Example:
        >>> import numpy as np, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "m.akm")
        >>> save_model(path, "demo", {}, {})
        >>> read_model_info(path)["kind"]
        'demo'
    """
    with _open_zip(path) as zf:
        return _read_meta(zf, path)


def load_model(path: PathLike, kind: str) -> tuple[dict[str, Any], dict[str, np.ndarray[Any, Any]]]:
    """Read a model file written by :func:`save_model`, checking everything.

    Args:
        path: the model file.
        kind: the kind expected; a file of another kind is refused.

    Returns:
        ``(params, arrays)`` as they were saved.

    Raises:
        ModelFileError: not a zip / truncated / tampered with, another kind, another format
            version, or arrays that do not match the metadata. Never executes file content.

    Example:
        >>> import numpy as np, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "m.akm")
        >>> save_model(path, "demo", {"a": 1}, {"x": np.array(["u", "v"])})
        >>> load_model(path, "demo")[1]["x"].tolist()
        ['u', 'v']
    """
    with _open_zip(path) as zf:
        meta = _read_meta(zf, path)
        if meta["kind"] != kind:
            raise ModelFileError(
                f"{path}: this is a {meta['kind']!r} model file, not a {kind!r} one"
            )
        raw = _read_member(zf, ARRAYS_NAME, path)
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, KeyError) as exc:
        raise ModelFileError(f"{path}: damaged array data ({exc})") from exc
    if sorted(arrays) != meta["arrays"]:
        raise ModelFileError(f"{path}: the arrays do not match the metadata")
    params = meta["params"]
    if not isinstance(params, dict):
        raise ModelFileError(f"{path}: malformed metadata (params)")
    return params, arrays


def _open_zip(path: PathLike) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path, "r")
    except FileNotFoundError as exc:
        raise ModelFileError(f"{path}: no such model file") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ModelFileError(f"{path}: not an articlekit model file ({exc})") from exc


def _read_member(zf: zipfile.ZipFile, name: str, path: PathLike) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError as exc:
        raise ModelFileError(f"{path}: not an articlekit model file (no {name})") from exc
    if info.file_size > MAX_MEMBER_BYTES:
        raise ModelFileError(f"{path}: member {name} is implausibly large")
    try:
        return zf.read(name)
    except Exception as exc:  # BadZipFile (CRC), zlib.error, EOFError, OSError, ...
        raise ModelFileError(f"{path}: damaged model file ({exc})") from exc


def _read_meta(zf: zipfile.ZipFile, path: PathLike) -> dict[str, Any]:
    raw = _read_member(zf, META_NAME, path)
    try:
        meta = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelFileError(f"{path}: malformed model metadata ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{path}: not an articlekit model file")
    version = meta.get("format_version")
    if version != FORMAT_VERSION:
        raise ModelFileError(
            f"{path}: model format version {version!r} is not supported by articlekit "
            f"{__version__} (it reads version {FORMAT_VERSION}); the file was written by "
            f"articlekit {meta.get('articlekit_version', '?')}"
        )
    if (
        not isinstance(meta.get("kind"), str)
        or not isinstance(meta.get("arrays"), list)
        or not isinstance(meta.get("params"), dict)
    ):
        raise ModelFileError(f"{path}: malformed model metadata")
    return meta
