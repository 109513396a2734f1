"""The generic safe model-file format: round trip and every way a file can be bad."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from articlekit import ModelFileError
from articlekit.tagging import persist
from articlekit.tagging.persist import load_model, read_model_info, save_model


def _save(tmp_path: Path) -> Path:
    path = tmp_path / "m.akm"
    save_model(
        path,
        "demo",
        {"vocab": ["é", "b"], "n": 3},
        {"w": np.arange(6.0).reshape(2, 3), "names": np.array(["x", "ÿz"])},
    )
    return path


def test_round_trip(tmp_path: Path) -> None:
    params, arrays = load_model(_save(tmp_path), "demo")
    assert params == {"vocab": ["é", "b"], "n": 3}
    assert arrays["w"].tolist() == [[0, 1, 2], [3, 4, 5]]
    assert arrays["names"].tolist() == ["x", "ÿz"]
    info = read_model_info(tmp_path / "m.akm")
    assert info["format_version"] == persist.FORMAT_VERSION
    assert "articlekit_version" in info


def test_other_kind_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="keyphrase_model"):
        load_model(_save(tmp_path), "keyphrase_model")


def test_object_arrays_refused_on_save(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        save_model(tmp_path / "x", "demo", {}, {"o": np.array([{}, 1], dtype=object)})


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="no such"):
        load_model(tmp_path / "nope.akm", "demo")


@pytest.mark.parametrize("cut", [0, 10, 100, -50, -10])
def test_truncated(tmp_path: Path, cut: int) -> None:
    path = _save(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:cut])
    with pytest.raises(ModelFileError):
        load_model(path, "demo")


def test_foreign_files(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("hello")
    with pytest.raises(ModelFileError):
        load_model(text, "demo")
    other_zip = tmp_path / "b.zip"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(ModelFileError):
        load_model(other_zip, "demo")


def _rewrite(path: Path, meta_edit: object = None, npz: bytes | None = None) -> None:
    with zipfile.ZipFile(path) as zf:
        meta = json.loads(zf.read(persist.META_NAME))
        arrays = zf.read(persist.ARRAYS_NAME)
    if callable(meta_edit):
        meta_edit(meta)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist.META_NAME, json.dumps(meta))
        zf.writestr(persist.ARRAYS_NAME, arrays if npz is None else npz)


def test_other_format_version(tmp_path: Path) -> None:
    path = _save(tmp_path)
    _rewrite(path, lambda m: m.update(format_version=99))
    with pytest.raises(ModelFileError, match="format version 99"):
        load_model(path, "demo")


def test_pickled_array_never_loaded(tmp_path: Path) -> None:
    """A tampered file carrying a pickle (object array) is refused, nothing runs."""
    path = _save(tmp_path)
    buf = io.BytesIO()
    np.savez(buf, w=np.array([print], dtype=object), names=np.array(["x"]))
    _rewrite(path, npz=buf.getvalue())
    with pytest.raises(ModelFileError):
        load_model(path, "demo")


def test_arrays_must_match_metadata(tmp_path: Path) -> None:
    path = _save(tmp_path)
    _rewrite(path, lambda m: m.update(arrays=["w"]))
    with pytest.raises(ModelFileError, match="do not match"):
        load_model(path, "demo")


def test_garbled_metadata(tmp_path: Path) -> None:
    path = _save(tmp_path)
    with zipfile.ZipFile(path) as zf:
        arrays = zf.read(persist.ARRAYS_NAME)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist.META_NAME, b"{not json")
        zf.writestr(persist.ARRAYS_NAME, arrays)
    with pytest.raises(ModelFileError, match="malformed"):
        load_model(path, "demo")


def test_flipped_bytes(tmp_path: Path) -> None:
    path = _save(tmp_path)
    data = bytearray(path.read_bytes())
    for i in range(60, len(data) - 100, 37):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelFileError):
        load_model(path, "demo")
