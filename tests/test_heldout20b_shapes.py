"""Shapes met in the twentieth held-out sample (b) of real blog posts (a developer portal's
announcements, tutorials and event recaps), in small articles written for these tests, in
both layouts where it matters (compact = one line a paragraph, no blank lines; spaced =
blank lines between blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import block_texts, headings, in_layout, parse_checked

# A tutorial runs a command and shows the log it printed: a capitalised first line of that
# log ("Starting Deployer") glued under the command, then the tool's lower-case status lines.
# The scraper dropped the code fence, so the log stands between the command and the prose.
COMMAND_LOG = """\
Shipping a Preview Site in One Command

The new command line tool packs your site and sends it to a preview host.

Deploying the preview

Run the tool from the root of your project:

$ shipit preview --create-config
Starting Deployer
connected to the preview host
uploading static assets...
assets uploaded
waiting for the health check

Once the command returns, the preview address is printed at the end of the log.

Cleaning up

Remove the preview again when you no longer need it, so that it costs you nothing.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_a_commands_capitalised_first_log_line_is_output(layout: str) -> None:
    art = parse_checked(in_layout(COMMAND_LOG, layout))
    assert headings(art) == ["Deploying the preview", "Cleaning up"]
    code = "\n".join(block_texts(art, "code"))
    for printed in ("Starting Deployer", "connected to the preview host", "assets uploaded"):
        assert printed in code


# A heading glued under a command stays a heading when a sentence follows it: only a tool's
# lower-case status line under it makes it a line of the log.
HEADING_UNDER_COMMAND = """\
Installing the Linter
The linter ships as a single package.
$ pip install tidylint
Configuration
Settings live in the project file, under a section named after the tool.
"""


def test_a_heading_under_a_command_over_a_sentence_stays_a_heading() -> None:
    art = parse_checked(HEADING_UNDER_COMMAND)
    assert headings(art) == ["Configuration"]
