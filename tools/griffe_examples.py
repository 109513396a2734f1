"""Griffe extension for the API reference (loaded from mkdocs.yml), so docstrings written
for both ``help()`` and the site read well on the site:

* a Google-style ``Example:`` section (singular, as most articlekit docstrings write it) is
  read like ``Examples:``, so its ``>>>`` lines are rendered as code, not Markdown text;
* Sphinx roles (``:class:`~articlekit.Article```, ``:func:`parse_many```) become inline code
  (``Article``, ``parse_many``) instead of showing their markup.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_EXAMPLE = re.compile(r"^(\s*)Example:\s*$", re.MULTILINE)
_ROLE = re.compile(r":(?:class|func|meth|attr|data|mod|exc|obj):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    short, target = match.group(1), match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if short else target}`"


def clean(docstring: str) -> str:
    """The docstring as the site renders it.

    Example:
        >>> clean("See :class:`~articlekit.Article`.\\n\\nExample:\\n    >>> 1\\n    1")
        'See `Article`.\\n\\nExamples:\\n    >>> 1\\n    1'
    """
    return _ROLE.sub(_role, _EXAMPLE.sub(r"\1Examples:", docstring))


class ExampleSections(griffe.Extension):
    """Rewrite each docstring with :func:`clean` before it is parsed."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = clean(obj.docstring.value)
