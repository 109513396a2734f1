"""Shapes met in the twentieth held-out sample (a) of real blog posts (a project blog of
tutorials on a Kubernetes platform), in small articles written for these tests, in both
layouts: compact = one line a paragraph, no blank lines; spaced = blank lines between blocks."""

from __future__ import annotations

import pytest

from tests.helpers import block_texts, both_layouts, headings, parse_checked, top_list_items

# A doc comment inside a method: its " * " lines are the comment's, not a list.
DOC_COMMENT = """\
Writing a Small Cache in Java

The cache keeps the last results of a slow lookup so that a second request is answered at once.

Here is the method that reads from it:

public Result lookup(String key) {
\t/**
\t * Returns the cached result for the key.
\t *
\t * Falls back to the slow path when the entry is missing.
\t */
\treturn entries.computeIfAbsent(key, this::slowLookup);
}

The map grows without bound, so the next post adds an eviction policy to it.
"""


@pytest.mark.parametrize("text", both_layouts(DOC_COMMENT))
def test_lines_of_a_block_comment_are_code_not_list_items(text: str) -> None:
    art = parse_checked(text)
    assert top_list_items(art) == []
    code = "\n".join(block_texts(art, "code"))
    assert "Returns the cached result for the key." in code
    assert "*/" in code


# A bulleted list right after a paragraph that merely mentions "/*" stays a list.
STARS_AFTER_PROSE = """\
Comment Styles Compared

Our style guide allows two kinds of comment in C files, "//" and "/* */".

* Line comments, for short notes beside a statement.
* Block comments, for the header of every function.

Both are checked by the linter on every pull request.
"""


@pytest.mark.parametrize("text", both_layouts(STARS_AFTER_PROSE))
def test_a_star_list_outside_any_comment_stays_a_list(text: str) -> None:
    art = parse_checked(text)
    assert top_list_items(art) == [
        "Line comments, for short notes beside a statement.",
        "Block comments, for the header of every function.",
    ]


# What Python's logging prints in its default format, "LEVEL:logger:message".
LOGGING_OUTPUT = """\
Running the Worker Locally

Start the worker with its default settings and watch the terminal:

python -m worker --queue jobs
INFO:root:Loading settings from the environment
INFO:worker.queue:Listening on queue jobs
WARNING:worker.cache:Cache directory is empty

Once the queue is listening, send it a first job from another terminal.

Sending a job

The client library takes the job's name and its arguments.
"""


@pytest.mark.parametrize("text", both_layouts(LOGGING_OUTPUT))
def test_python_logging_lines_are_code_not_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Sending a job"]
    code = "\n".join(block_texts(art, "code"))
    assert "INFO:worker.queue:Listening on queue jobs" in code


# A command, the progress line it prints, then its finished steps with check marks.
CHECKED_STEPS = """\
Creating a Local Cluster

The command below creates a cluster with one node:

$ clusterctl create --name demo
Creating cluster "demo" ...
 \u2713 Pulling node image
 \u2713 Starting the control plane
 \u2713 Installing the network plugin
Cluster "demo" is ready

With the cluster running, we can deploy the first service to it.
"""


@pytest.mark.parametrize("text", both_layouts(CHECKED_STEPS))
def test_check_marked_steps_a_command_printed_are_code(text: str) -> None:
    art = parse_checked(text)
    assert top_list_items(art) == []
    code = "\n".join(block_texts(art, "code"))
    assert "Starting the control plane" in code


# Check marks in prose, introduced by words: a list of the article's.
CHECKED_FEATURES = """\
What the Free Plan Includes

The free plan is meant for small teams trying the service out.

Included in every account:

\u2713 Two projects with unlimited builds
\u2713 Community support in the forum
\u2713 A custom domain for each project

Larger teams can upgrade at any time from the settings page.
"""


@pytest.mark.parametrize("text", both_layouts(CHECKED_FEATURES))
def test_a_check_marked_list_in_prose_stays_a_list(text: str) -> None:
    art = parse_checked(text)
    assert top_list_items(art) == [
        "Two projects with unlimited builds",
        "Community support in the forum",
        "A custom domain for each project",
    ]
