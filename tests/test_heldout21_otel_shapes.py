"""Shapes met in the twenty-first held-out sample of real blog posts (an observability
project's blog: monthly digests of community questions, interview transcripts), in small
articles written for these tests, in both layouts (compact = one line a paragraph, no blank
lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import headings, in_layout, parse_checked


def _tree(art: object) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(sections: list, depth: int) -> None:  # type: ignore[type-arg]
        for s in sections:
            if s.heading:
                out.append((depth, s.heading))
            walk(s.subsections, depth + 1)

    walk(art.sections, 0)  # type: ignore[attr-defined]
    return out


# A monthly digest groups the questions of a users' meeting by topic and numbers them with
# a dash, each topic counting from 1 again.
DIGEST = """\
Gardening Club Questions, May

Every month the club collects the questions its members asked at the three meetings and sums up the answers.

Soil

1 - Testing the acidity of a bed

Q: Is a kit from the hardware store good enough to test the soil?

A: For a first look it is; send a sample to a lab once a year for the details.

2 - Mulch in a wet spring

Q: Should mulch go down before the last frost?

A: Wait until the soil warms up, or the bed stays cold for weeks.

Watering

1 - Drip lines on a slope

Q: How do you keep the lower end of a drip line from flooding?

A: Use pressure-compensating emitters and run the line along the contour.

Next meeting

The next meeting is on the first Tuesday of June.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_dash_numbered_questions_are_headings(layout: str) -> None:
    art = parse_checked(in_layout(DIGEST, layout))
    assert headings(art) == [
        "Soil",
        "1 - Testing the acidity of a bed",
        "2 - Mulch in a wet spring",
        "Watering",
        "1 - Drip lines on a slope",
        "Next meeting",
    ]


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_dash_numbered_run_sits_under_its_topic(layout: str) -> None:
    """Each run counts from 1 under its topic heading: the run is the topic's parts."""
    art = parse_checked(in_layout(DIGEST, layout))
    tree = _tree(art)
    assert (0, "Soil") in tree and (0, "Watering") in tree
    assert (1, "1 - Testing the acidity of a bed") in tree
    assert (1, "2 - Mulch in a wet spring") in tree
    assert (1, "1 - Drip lines on a slope") in tree


# An interview transcript numbers its questions with a dash glued to the number.
TRANSCRIPT = """\
Meet the Volunteers

We asked four volunteers of the food bank the same questions at the spring fair.

1- How did you start volunteering?

ANNA: A neighbour brought me along one Saturday and I never stopped coming.

BEN: I needed something to do after I retired, and the food bank needed drivers.

2- What does the food bank mean to you?

ANNA: It is the place where I met most of my friends in this town.

BEN: It means knowing that nobody on my street goes hungry.

3- What would you tell a new volunteer?

ANNA: Come on a quiet day first, so someone has time to show you around.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_dash_numbered_questions_of_a_transcript_are_headings(layout: str) -> None:
    art = parse_checked(in_layout(TRANSCRIPT, layout))
    assert headings(art) == [
        "1- How did you start volunteering?",
        "2- What does the food bank mean to you?",
        "3- What would you tell a new volunteer?",
    ]


# Lines that open with a number and a dash but count nothing: a score, a range.
NOT_A_SERIES = """\
A Season to Remember

The town's team ended the season with a win nobody expected.

3 - 1 was the final score against the league leaders.

The coach thanked the fans who travelled to the away game in the rain.

5 - 7 players will leave the club in the summer, the chairman said.

The new season starts in August.
"""


@pytest.mark.parametrize("layout", ["spaced", "compact"])
def test_numbers_with_a_dash_that_count_nothing_stay_text(layout: str) -> None:
    art = parse_checked(in_layout(NOT_A_SERIES, layout))
    found = headings(art)
    assert "3 - 1 was the final score against the league leaders." not in found
    assert "5 - 7 players will leave the club in the summer, the chairman said." not in found


# Steps numbered with a dash one right under the other, nothing between: a list of steps.
STEPS_IN_A_ROW = """\
Repotting a Fern

Repotting takes ten minutes if you have everything ready.

1 - Water the fern the day before
2 - Loosen the roots with your fingers
3 - Set it in the new pot at the same depth

Keep it out of direct sun for a week afterwards.
"""


def test_dash_numbered_lines_in_a_row_are_not_headings() -> None:
    art = parse_checked(STEPS_IN_A_ROW)
    assert not any(h.startswith(("1 -", "2 -", "3 -")) for h in headings(art))


# A tutorial's numbered steps, one of them with its command under it: the steps go on after
# the command, so the first of them is a step of the list, not a numbered heading.
STEPS_WITH_A_COMMAND = """\
Setting Up the Recipe Service

We start with an empty folder and install what the service needs.

1. Install Quartz and Redis

pip install quartz redis

2. Create a file named app.py
3. Paste the handler below into it

def index(): return "recipes"

Run the file and open the page in a browser.
"""


def test_first_step_with_a_command_under_it_stays_a_list_item() -> None:
    art = parse_checked(STEPS_WITH_A_COMMAND)
    assert "1. Install Quartz and Redis" not in headings(art)
    items = [
        item.text
        for section in art.iter_sections()
        for block in section.blocks
        if block.kind == "list"
        for item in block.items
    ]
    assert "Install Quartz and Redis" in items
    assert "Create a file named app.py" in items
