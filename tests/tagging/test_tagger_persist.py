"""Saving and loading a KeywordTagger: identical predictions, and bad files refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlekit as ak
from articlekit.tagging import KeywordTagger, persist

from .corpus import TOPICS, make_articles

WORDS = [*sorted({w for ws in TOPICS.values() for w in ws}), "zebra", "über", "東京"]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[KeywordTagger, KeywordTagger, Path]:
    tagger = KeywordTagger(char_ngram_range=(2, 4)).fit(make_articles())
    path = tmp_path_factory.mktemp("model") / "tagger.akm"
    tagger.save(path)
    return tagger, KeywordTagger.load(path), path


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), min_size=1, max_size=5)
)
def test_save_load_predict_identical(
    saved: tuple[KeywordTagger, KeywordTagger, Path], texts: list[str]
) -> None:
    original, loaded, _ = saved
    assert loaded.predict(texts) == original.predict(texts)
    assert np.array_equal(loaded.decision_function(texts), original.decision_function(texts))
    assert np.array_equal(loaded.predict_proba(texts), original.predict_proba(texts))


def test_loaded_state(saved: tuple[KeywordTagger, KeywordTagger, Path]) -> None:
    original, loaded, path = saved
    assert loaded.classes_ == original.classes_
    assert loaded.get_params() == original.get_params()
    assert loaded.feature_names() == original.feature_names()
    info = persist.read_model_info(path)
    assert info["kind"] == "keyword_tagger"
    assert info["articlekit_version"] == ak.__version__
    assert info["format_version"] == persist.FORMAT_VERSION


def _copy(path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "copy.akm"
    out.write_bytes(path.read_bytes())
    return out


def test_truncated(saved: tuple[KeywordTagger, KeywordTagger, Path], tmp_path: Path) -> None:
    _, _, path = saved
    data = path.read_bytes()
    for cut in (0, 1, len(data) // 3, len(data) // 2, len(data) - 1):
        bad = tmp_path / f"cut{cut}.akm"
        bad.write_bytes(data[:cut])
        with pytest.raises(ak.ModelFileError):
            KeywordTagger.load(bad)


def test_tampered_bytes(saved: tuple[KeywordTagger, KeywordTagger, Path], tmp_path: Path) -> None:
    _, _, path = saved
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid : mid + 16] = b"\x00" * 16
    bad = tmp_path / "bad.akm"
    bad.write_bytes(bytes(data))
    with pytest.raises(ak.ModelFileError):
        KeywordTagger.load(bad)


def _rewrite(path: Path, edit: object) -> None:
    with zipfile.ZipFile(path) as zf:
        meta = json.loads(zf.read(persist.META_NAME))
        arrays = zf.read(persist.ARRAYS_NAME)
    assert callable(edit)
    edit(meta)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist.META_NAME, json.dumps(meta))
        zf.writestr(persist.ARRAYS_NAME, arrays)


def test_tampered_metadata(
    saved: tuple[KeywordTagger, KeywordTagger, Path], tmp_path: Path
) -> None:
    _, _, path = saved
    edits = [
        lambda m: m.update(format_version=2),
        lambda m: m["params"].update(classes=["only-one"]),
        lambda m: m["params"]["vocabularies"][0].pop(),
        lambda m: m["params"]["params"].update(unknown_param=1),
        lambda m: m["params"].pop("classes"),
    ]
    for i, edit in enumerate(edits):
        bad = _copy(path, tmp_path)
        _rewrite(bad, edit)
        with pytest.raises(ak.ModelFileError):
            KeywordTagger.load(bad)
        assert i >= 0


def test_foreign_files(tmp_path: Path) -> None:
    other = tmp_path / "other.akm"
    persist.save_model(other, "keyphrase_model", {}, {})
    with pytest.raises(ak.ModelFileError, match="keyphrase_model"):
        KeywordTagger.load(other)
    text = tmp_path / "notes.txt"
    text.write_text("not a model")
    with pytest.raises(ak.ModelFileError):
        KeywordTagger.load(text)


def test_pickle_payload_never_executed(tmp_path: Path) -> None:
    """A file whose arrays carry a pickle is refused before anything runs."""
    marker = tmp_path / "pwned"
    import io
    import os
    import pickle

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    path = tmp_path / "evil.akm"
    KeywordTagger(threshold_cv=0).fit(["apple pie", "cherry tart"], [["x"], ["y"]]).save(path)
    buf = io.BytesIO()
    np.savez(buf, coef=np.array([Evil()], dtype=object))
    with zipfile.ZipFile(path) as zf:
        meta = zf.read(persist.META_NAME)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(persist.META_NAME, meta)
        zf.writestr(persist.ARRAYS_NAME, buf.getvalue())
    with pytest.raises(ak.ModelFileError):
        KeywordTagger.load(path)
    assert not marker.exists()
    raw = tmp_path / "raw.pkl"
    raw.write_bytes(pickle.dumps(Evil()))
    with pytest.raises(ak.ModelFileError):
        KeywordTagger.load(raw)
    assert not marker.exists()


def test_save_unfitted(tmp_path: Path) -> None:
    with pytest.raises(ak.NotFittedError):
        KeywordTagger().save(tmp_path / "x.akm")


def test_file_without_prefix_block_still_loads(tmp_path: Path) -> None:
    """A file written before the word-prefix block existed (no ``prefix_length`` in its
    parameters) loads as a tagger without that block and predicts as saved."""
    texts = ["apple pie crust", "cherry tart crust"]
    tagger = KeywordTagger(prefix_length=None, threshold_cv=0, min_df=1)
    tagger.fit(texts, [["x"], ["y"]])
    path = tmp_path / "old.akm"
    tagger.save(path)
    _rewrite(
        path, lambda m: [m["params"]["params"].pop(k) for k in ("prefix_length", "prefix_weight")]
    )
    loaded = KeywordTagger.load(path)
    assert loaded.prefix_length is None
    assert np.array_equal(loaded.decision_function(texts), tagger.decision_function(texts))
