"""Shapes met in the twenty-fourth held-out sample (a container platform's project blog:
feature deep dives, release posts, tutorials with terminal transcripts), in small articles
written for these tests, in both layouts (compact = one line a paragraph, no blank lines;
spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import headings, in_layout, parse_checked

LAYOUTS = ("spaced", "compact")


def _code_texts(art: ak.Article) -> list[str]:
    return [
        block.text
        for section in art.iter_sections()
        for block in section.blocks
        if isinstance(block, ak.CodeBlock)
    ]


# A transcript run as root: the shell's prompt is "# ", so each command reads like a
# first-level Markdown heading once the page's code box is gone.
ROOT_TRANSCRIPT = """\
Moving the proxy to its new mode

The proxy now keeps its rules in kernel tables, which scale far better than long chains.

Checking the result

After the restart, look at the service and at the tables the proxy wrote for it.

# kubectl describe svc shop-frontend

# ipvsadm -ln

Every service address now has one virtual server, and each endpoint is a real server under it.

Cleaning up

Remove the test service once you are done with it.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_command_after_roots_prompt_is_code_not_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(ROOT_TRANSCRIPT, layout))
    assert headings(art) == ["Checking the result", "Cleaning up"]
    code = "\n".join(_code_texts(art))
    assert "# kubectl describe svc shop-frontend" in code
    assert "# ipvsadm -ln" in code


# A first-level Markdown heading in words is still a heading.
HASH_HEADINGS = """\
Notes from the storage meeting

We met on Tuesday to plan the next two releases of the volume drivers.

# Snapshot support

Group snapshots move to beta once the last two drivers pass their tests.

# Open questions

Nobody has yet decided who owns the migration guide for older clusters.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_hash_heading_in_words_stays_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(HASH_HEADINGS, layout))
    assert headings(art) == ["Snapshot support", "Open questions"]


# What a cluster tool prints for each object it touched: "kind/name" and a past participle,
# each alone on its line under the command that printed it.
OBJECTS_PRINTED = """\
Grouping claims for a snapshot

Both claims need the same label before the controller can snapshot them together.

$ kubectl label pvc data-0 team=billing

persistentvolumeclaim/data-0 labeled

Then create the pod that reads from the first claim.

$ kubectl create -f reader.yaml

pods/reader

The pod starts within a minute and prints the files it finds.

Restoring

A restore makes a new claim from one of the snapshots in the group.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_object_a_tool_printed_is_code_not_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(OBJECTS_PRINTED, layout))
    assert headings(art) == ["Restoring"]
    code = "\n".join(_code_texts(art))
    assert "persistentvolumeclaim/data-0 labeled" in code
    assert "pods/reader" in code


# A byline's handle, a site and a name joined by "/", is no object a tool printed.
HANDLE_BYLINE = """\
Power prices climb again as the heat wave lingers

By Dana Whitfield

twitter.com/danawhitfield

Wholesale prices rose for the third day in a row as demand for cooling stayed high.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_handle_under_a_byline_is_not_code(layout: str) -> None:
    art = parse_checked(in_layout(HANDLE_BYLINE, layout))
    assert not any("twitter.com" in text for text in _code_texts(art))


# A community post credits its writers and its editor on lines of their own under the title.
CREDITS = """\
Meet the people behind the release notes

Authors & Interviewers: Ana Ruiz, Li Wei, Tomas Berg

Editor: Priya Natarajan

Every release ships with notes that a small group of volunteers writes and checks.

How the notes get written

Each change carries a line for the notes, which the team gathers and edits by hand.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_credit_line_is_not_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(CREDITS, layout))
    assert headings(art) == ["How the notes get written"]


@pytest.mark.parametrize(
    "text",
    ["Photo: the view from the summit", "Video: How We Ship", "Kubernetes v1.30: Uwubernetes"],
)
def test_a_heading_with_a_colon_is_no_credit(text: str) -> None:
    from articlekit.parse.text.headings import heading_like

    assert heading_like(text)


# A text taken from a Markdown source keeps the ids its headings carry ("{#stable}"),
# which no other line of the page has.
HEADING_IDS = """\
Version 4.2 of the scheduler is out

This release has twenty changes in it, and most of them were asked for by the people who run the scheduler on large clusters every day and told us where it hurt.

We found a lot of joy in this cycle, and we are glad to hand the result over to you.

Enjoy ♥️

Improvements that graduated to stable in Scheduler v4.2 {#graduations-to-stable}

This is a selection of some of the improvements that are now stable following the v4.2 release.

Faster volume cleanup after a restart (Storage team)

The node agent now rebuilds what it knows about mounted volumes when it starts, so a restart or a reboot no longer leaves stale mounts behind for someone to clean up by hand.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_line_with_a_heading_id_is_a_heading(layout: str) -> None:
    art = parse_checked(in_layout(HEADING_IDS, layout))
    heads = headings(art)
    assert (
        "Improvements that graduated to stable in Scheduler v4.2 {#graduations-to-stable}" in heads
    )
    assert heads[-1] == "Faster volume cleanup after a restart (Storage team)"
