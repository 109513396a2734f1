"""Helpers to deprecate public names and keyword arguments (see docs/api-policy.md).

A deprecated name or keyword keeps working, with a :class:`DeprecationWarning` that names
the replacement and the release that removes it, for at least one minor release.

Deprecating a module-level name (it leaves ``__all__`` and is served by the module's
``__getattr__``; under ``TYPE_CHECKING`` it stays an alias, so users' type checks keep
passing during the deprecation)::

    from typing import TYPE_CHECKING
    from articlekit._deprecation import Deprecated, deprecated_names

    if TYPE_CHECKING:
        parse_text = parse
    else:
        __getattr__ = deprecated_names(
            __name__,
            {"parse_text": Deprecated(parse, "articlekit.parse", since="0.2", remove_in="0.4")},
        )

Renaming a keyword argument::

    @renamed_keyword("n_jobs", "jobs", since="0.2", remove_in="0.4")
    def parse_many(sources, *, jobs=1): ...
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

__all__ = [
    "Deprecated",
    "deprecated_names",
    "deprecation_message",
    "renamed_keyword",
    "warn_deprecated",
]


def deprecation_message(what: str, replacement: str | None, since: str, remove_in: str) -> str:
    """The one wording of every deprecation warning articlekit emits.

    Example:
        >>> msg = deprecation_message("articlekit.old", "articlekit.new", "0.2", "0.4")
        >>> print(msg)  # doctest: +NORMALIZE_WHITESPACE
        articlekit.old is deprecated since articlekit 0.2 and will be removed in 0.4; use
        articlekit.new instead
    """
    text = f"{what} is deprecated since articlekit {since} and will be removed in {remove_in}"
    return f"{text}; use {replacement} instead" if replacement else text


def warn_deprecated(
    what: str, replacement: str | None, *, since: str, remove_in: str, stacklevel: int = 2
) -> None:
    """Emit the :class:`DeprecationWarning` for ``what``, pointing at the caller's caller.

    ``stacklevel`` counts like :func:`warnings.warn`'s, from the function that calls this
    one: the default 2 blames the code that called that function.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_deprecated("f(x=)", "f(y=)", since="0.2", remove_in="0.4")
        >>> str(caught[0].message)
        'f(x=) is deprecated since articlekit 0.2 and will be removed in 0.4; use f(y=) instead'
    """
    warnings.warn(
        deprecation_message(what, replacement, since, remove_in),
        DeprecationWarning,
        stacklevel=stacklevel + 1,
    )


@dataclass(frozen=True)
class Deprecated:
    """A deprecated module-level name: the object it still gives, and what replaces it.

    Attributes:
        value: what the old name still evaluates to (usually the replacement object).
        replacement: the name to use instead, spelt as users import it, or None.
        since: the release that deprecated the name.
        remove_in: the first release without it (at least one minor release after ``since``).

    Example:
        >>> Deprecated(len, "articlekit.new_len", since="0.2", remove_in="0.4").remove_in
        '0.4'
    """

    value: object
    replacement: str | None
    since: str
    remove_in: str


def deprecated_names(module_name: str, names: Mapping[str, Deprecated]) -> Callable[[str], object]:
    """A module ``__getattr__`` that serves ``names`` with a :class:`DeprecationWarning`.

    Any other missing attribute raises :class:`AttributeError` as usual. The returned
    function carries the mapping as ``.deprecated`` (the API snapshot test records it).

    Example:
        >>> import warnings
        >>> getattr_ = deprecated_names(
        ...     "articlekit", {"old": Deprecated(42, "articlekit.new", "0.2", "0.4")}
        ... )
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     value = getattr_("old")
        >>> value, caught[0].category.__name__
        (42, 'DeprecationWarning')
        >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
        articlekit.old is deprecated since articlekit 0.2 and will be removed in 0.4; use
        articlekit.new instead
    """
    table = dict(names)

    def __getattr__(name: str) -> object:
        entry = table.get(name)
        if entry is None:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        warn_deprecated(
            f"{module_name}.{name}",
            entry.replacement,
            since=entry.since,
            remove_in=entry.remove_in,
        )
        return entry.value

    __getattr__.deprecated = table  # type: ignore[attr-defined]
    return __getattr__


def renamed_keyword(
    old: str, new: str | None, *, since: str, remove_in: str
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator: keyword ``old`` still works as ``new``, with a :class:`DeprecationWarning`.

    With ``new=None`` the keyword is accepted and ignored (it no longer has any effect).
    Passing both ``old`` and ``new`` raises :class:`TypeError`. The decorated function
    keeps its signature (``inspect.signature`` shows only the new keyword), so the API
    snapshot does not change.

    Example:
        >>> import warnings
        >>> @renamed_keyword("n_jobs", "jobs", since="0.2", remove_in="0.4")
        ... def work(*, jobs: int = 1) -> int:
        ...     return jobs
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     result = work(n_jobs=3)
        >>> result
        3
        >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
        work(n_jobs=...) is deprecated since articlekit 0.2 and will be removed in 0.4; use
        work(jobs=...) instead
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        name = getattr(func, "__qualname__", getattr(func, "__name__", "function"))

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if old in kwargs:
                if new is not None and new in kwargs:
                    raise TypeError(f"{name}() got both {old}= (deprecated) and {new}=")
                value: Any = kwargs.pop(old)
                warn_deprecated(
                    f"{name}({old}=...)",
                    f"{name}({new}=...)" if new is not None else None,
                    since=since,
                    remove_in=remove_in,
                )
                if new is not None:
                    kwargs[new] = value
            return func(*args, **kwargs)

        return wrapper

    return decorate
