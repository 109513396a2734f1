"""Shapes found in the held-out sample of session 25 (a networking project's blog), in small
articles written for these tests (both layouts where it matters: compact = one line a
paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import both_layouts, parse_checked, top_list_items


def _blocks(art: ak.Article, kind: str) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == kind]


# --- a unified diff shown in a post is one piece of code, not lists and paragraphs ------

PATCH_IN_A_POST = """\
Why the retry loop leaked sockets

The bug sat in the reconnect helper. Here is the change that fixed it:

@@ -10,9 +10,8 @@
 static int reconnect(struct conn *c)
 {
-       int tries = 0;
+       unsigned int tries = 0;

-#ifdef LEGACY_RETRY
-       close(c->fd);
-#endif
+       close_once(c);
        while (tries++ < MAX_TRIES) {
-               sleep(1);
+               backoff(tries);
        }
 }

With this patch applied, the helper closes the socket exactly once.

- Fix the reconnect helper
- Add a regression test for the leak
"""


@pytest.mark.parametrize("text", both_layouts(PATCH_IN_A_POST))
def test_a_diff_hunk_stays_one_piece_of_code(text: str) -> None:
    art = parse_checked(text)
    code = _blocks(art, "code")
    assert len(code) == 1
    assert code[0].startswith("@@ -10,9 +10,8 @@")
    assert "backoff(tries);" in code[0] and "-#endif" in code[0]
    # the prose and the list below the diff keep their own kinds
    assert any(p.startswith("With this patch applied") for p in _blocks(art, "paragraph"))
    assert top_list_items(art) == ["Fix the reconnect helper", "Add a regression test for the leak"]


GIT_DIFF_WITH_FILE_HEADER = """\
Turning on the cache

The whole change is two lines in the settings file:

diff --git a/config/app.yaml b/config/app.yaml
index 3f2a9c1..8be07d4 100644
--- a/config/app.yaml
+++ b/config/app.yaml
@@ -1,4 +1,4 @@
 server:
-  cache: false
+  cache: true
   port: 8080

Restart the service and the cache is warm within a minute.
"""


@pytest.mark.parametrize("text", both_layouts(GIT_DIFF_WITH_FILE_HEADER))
def test_the_file_header_of_a_diff_goes_with_its_hunk(text: str) -> None:
    art = parse_checked(text)
    code = _blocks(art, "code")
    assert len(code) == 1
    assert code[0].startswith("diff --git a/config/app.yaml")
    assert code[0].rstrip().endswith("port: 8080")
    assert top_list_items(art) == []


def test_dash_lines_without_a_hunk_header_are_still_a_list() -> None:
    # no "@@" line: nothing says these are a diff's lines
    text = "Release checklist\n\nBefore tagging:\n\n- Update the changelog\n- Bump the version\n"
    art = parse_checked(text)
    assert top_list_items(art) == ["Update the changelog", "Bump the version"]
