"""The deprecation helpers: a deprecated name or keyword keeps working, warns with the
replacement and the removal version, and the warning points at the caller's line."""

from __future__ import annotations

import inspect
import sys
import types
import warnings
from collections.abc import Iterator

import pytest

from articlekit._deprecation import (
    Deprecated,
    deprecated_names,
    deprecation_message,
    renamed_keyword,
)
from tests.test_api_contract import public_api


def new_function() -> str:
    return "new"


@pytest.fixture
def fake_module() -> Iterator[types.ModuleType]:
    module = types.ModuleType("articlekit_fake_mod")
    module.new_function = new_function  # type: ignore[attr-defined]
    module.__getattr__ = deprecated_names(  # type: ignore[method-assign]
        module.__name__,
        {
            "old_function": Deprecated(
                new_function, "articlekit_fake_mod.new_function", since="0.2", remove_in="0.4"
            ),
            "gone": Deprecated(None, None, since="0.2", remove_in="0.3"),
        },
    )
    sys.modules[module.__name__] = module
    yield module
    del sys.modules[module.__name__]


def test_deprecated_name_still_works_and_warns(fake_module: types.ModuleType) -> None:
    with pytest.warns(DeprecationWarning) as record:
        func = fake_module.old_function
    assert func is new_function and func() == "new"
    assert len(record) == 1
    message = str(record[0].message)
    assert "articlekit_fake_mod.old_function is deprecated since articlekit 0.2" in message
    assert "will be removed in 0.4" in message
    assert "use articlekit_fake_mod.new_function instead" in message
    assert record[0].filename == __file__  # blames the user's line, not the helper


def test_from_import_of_a_deprecated_name_warns(fake_module: types.ModuleType) -> None:
    with pytest.warns(DeprecationWarning, match="old_function is deprecated"):
        from articlekit_fake_mod import old_function  # type: ignore[import-not-found]
    assert old_function is new_function


def test_deprecated_name_without_replacement(fake_module: types.ModuleType) -> None:
    with pytest.warns(DeprecationWarning) as record:
        assert fake_module.gone is None
    assert str(record[0].message).endswith("will be removed in 0.3")


def test_other_names_are_unaffected(fake_module: types.ModuleType) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert fake_module.new_function is new_function
        with pytest.raises(AttributeError, match="has no attribute 'missing'"):
            _ = fake_module.missing
        assert not hasattr(fake_module, "missing")


def test_deprecation_is_an_error_under_W_error(fake_module: types.ModuleType) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with pytest.raises(DeprecationWarning):
            _ = fake_module.old_function


@renamed_keyword("n_jobs", "jobs", since="0.2", remove_in="0.4")
def work(items: list[int], *, jobs: int = 1) -> tuple[int, int]:
    """Do some work."""
    return len(items), jobs


@renamed_keyword("fast", None, since="0.2", remove_in="0.3")
def slow(x: int) -> int:
    return x


def test_renamed_keyword_still_works_and_warns() -> None:
    with pytest.warns(DeprecationWarning) as record:
        result = work([1, 2], n_jobs=3)  # type: ignore[call-arg]
    assert result == (2, 3)
    assert str(record[0].message) == deprecation_message(
        "work(n_jobs=...)", "work(jobs=...)", "0.2", "0.4"
    )
    assert record[0].filename == __file__


def test_new_keyword_does_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert work([1], jobs=2) == (1, 2)
        assert work([1]) == (1, 1)


def test_old_and_new_keyword_together_is_an_error() -> None:
    with pytest.raises(TypeError, match=r"both n_jobs= \(deprecated\) and jobs="):
        work([1], n_jobs=2, jobs=2)  # type: ignore[call-arg]


def test_removed_keyword_is_ignored_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match=r"slow\(fast=...\) is deprecated") as record:
        assert slow(5, fast=True) == 5  # type: ignore[call-arg]
    assert "instead" not in str(record[0].message)


def test_renamed_keyword_keeps_the_signature_and_docstring() -> None:
    assert (
        str(inspect.signature(work))
        == "(items: 'list[int]', *, jobs: 'int' = 1) -> 'tuple[int, int]'"
    )
    assert work.__doc__ == "Do some work."
    assert work.__name__ == "work"


def test_snapshot_records_deprecated_names(
    fake_module: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import articlekit

    monkeypatch.setattr(articlekit, "__getattr__", fake_module.__getattr__, raising=False)
    api = public_api()
    assert api["articlekit"]["<deprecated>"]["old_function"] == {
        "replacement": "articlekit_fake_mod.new_function",
        "since": "0.2",
        "remove_in": "0.4",
    }
