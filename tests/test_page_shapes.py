"""Whole pages of kinds the scraped-article family includes beyond blog posts and news: a
wiki page, a help-centre FAQ, a product review. Each article is written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

import articlekit as ak
from tests.helpers import assert_accounted, assert_spans_valid, block_texts

WIKI_PAGE = """\
Photosynthesis

From Wikipedia, the free encyclopedia

Photosynthesis is the process plants use to turn light into chemical energy, which they store in sugars made from carbon dioxide and water.[1]

Contents
1 Overview
2 Light reactions
3 History
4 References

Overview[edit]

Most photosynthetic organisms make their food directly from carbon dioxide and water, using the energy of light absorbed by chlorophyll.

Light reactions [edit source]

In the light reactions one molecule of chlorophyll absorbs a photon and loses an electron, which starts a chain of transfers.

History[edit]

The first experiments on how plants gain mass from air and water were done in the seventeenth century.

References[edit]

^ Smith J (2001). "How leaves work". Plant Journal. 12 (3): 45-67.
^ Jones K (2010). A Book About Plants. Green Press. p. 12.

Categories: Photosynthesis | Plant physiology
"""


def test_wiki_page_headings_contents_footnotes_and_tagline() -> None:
    art = ak.parse(WIKI_PAGE, "text")
    # "[edit]" links are dropped from the headings; the contents list repeats them, numbered
    assert [s.heading for s in art.sections] == [None, "Overview", "Light reactions", "History"]
    assert art.sections[0].blocks[0].kind == "paragraph"
    removed = {r.text: r.reason for r in art.removed}
    assert removed["From Wikipedia, the free encyclopedia"] == "ui_remnant"
    assert {"Contents", "1 Overview", "4 References"} <= set(removed)
    # "^" opens a footnote, an item of the references
    assert [r.title for r in art.references] == [
        'Smith J (2001). "How leaves work". Plant Journal. 12 (3): 45-67.',
        "Jones K (2010). A Book About Plants. Green Press. p. 12.",
    ]
    assert art.tags == ["Photosynthesis", "Plant physiology"]
    assert_accounted(WIKI_PAGE, art)
    assert_spans_valid(WIKI_PAGE, art)


def test_edit_link_alone_or_inside_a_sentence_is_no_heading() -> None:
    text = (
        "A Page\n\nTo change a page, press [edit] at the top.\n\n[edit]\n\n"
        "Some more text follows here, long enough to be a paragraph of its own.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


FAQ_PAGE = """\
Frequently Asked Questions About Returns

How long do I have to return an item?

You can return most items within 30 days of delivery, unused and in the original packaging with all tags attached.

Can I exchange an item for a different size?

Yes. Start a return in your account and choose exchange instead of refund, and we ship the new size right away.

Related articles
How to track your order
Changing your delivery address
"""


def test_related_titles_one_per_line_under_the_heading() -> None:
    """Two short title lines under "Related articles" are two related articles, not one
    paragraph wrapped at thirty characters."""
    art = ak.parse(FAQ_PAGE, "text")
    assert [(r.title, r.teaser, r.truncated) for r in art.related] == [
        ("How to track your order", None, False),
        ("Changing your delivery address", None, False),
    ]
    assert [s.heading for s in art.sections] == [
        "How long do I have to return an item?",
        "Can I exchange an item for a different size?",
    ]
    assert_accounted(FAQ_PAGE, art)
    assert_spans_valid(FAQ_PAGE, art)


def test_a_wrapped_sentence_under_related_is_not_split_into_titles() -> None:
    text = (
        "Title Of The Post\n\nSome body text that is long enough to be a paragraph here.\n\n"
        "Related articles\n"
        "There are no related articles for this post yet, but\n"
        "check back later when we have written more.\n"
    )
    art = ak.parse(text, "text")
    assert art.related == []
    assert_accounted(text, art)


REVIEW = """\
The Quiet 5 Headphones Review

The Quiet 5 has a new design, better microphones and the same excellent noise cancellation as the model it replaces, at the same price.

Verdict

If you want strong noise cancellation and do not need headphones that fold, these are still the ones to get.

Share this article
Facebook X LinkedIn Email
"""


def test_share_bar_of_button_names_is_removed() -> None:
    art = ak.parse(REVIEW, "text")
    removed = {r.text: r.reason for r in art.removed}
    assert removed == {
        "Share this article": "ui_remnant",
        "Facebook X LinkedIn Email": "ui_remnant",
    }
    assert art.sections[-1].heading == "Verdict"
    assert_accounted(REVIEW, art)


def test_words_that_are_not_all_buttons_stay() -> None:
    text = "A Title\n\nPrint the form and email it to us.\n\nFacebook and X changed their rules.\n"
    art = ak.parse(text, "text")
    assert art.removed == []


NEWS_ONE_LINE_PARAGRAPHS = """\
Council Approves New Bike Lanes on Main Street

By Sam Carter, Staff Writer
June 12, 2025 at 6:45 p.m. EDT

The town council voted 5-2 on Tuesday to add protected bike lanes along a mile of Main Street, ending a debate that has run for nearly three years.

Opponents, mostly shop owners, worried about losing parking spaces, since the plan removes 40 of the street's 120 spaces.

Pros
Safer crossings for children walking to school
Faster trips for cyclists

Cons
Fewer parking spaces
"""


def test_short_lines_glued_together_are_not_one_wrapped_paragraph() -> None:
    """In an article written one line per paragraph, the byline over the date and the rows
    under "Pros" are lines of their own: nothing was hard-wrapped there."""
    art = ak.parse(NEWS_ONE_LINE_PARAGRAPHS, "text")
    assert art.byline == "Sam Carter, Staff Writer"
    assert art.published == "June 12, 2025 at 6:45 p.m. EDT"
    pros, cons = art.sections[1], art.sections[2]
    assert (pros.heading, cons.heading) == ("Pros", "Cons")
    # the rows under "Pros" are lines of their own, none a heading: the items of a list
    # whose bullets the scraper dropped; the one row under "Cons" stays a paragraph
    assert [b.kind for b in pros.blocks] == ["list"]
    assert [i.text for i in pros.blocks[0].items] == [  # type: ignore[union-attr]
        "Safer crossings for children walking to school",
        "Faster trips for cyclists",
    ]
    assert [b.text for b in cons.blocks] == ["Fewer parking spaces"]  # type: ignore[union-attr]
    assert_accounted(NEWS_ONE_LINE_PARAGRAPHS, art)
    assert_spans_valid(NEWS_ONE_LINE_PARAGRAPHS, art)


def test_hard_wrapped_article_still_joins_its_lines() -> None:
    text = (
        "A Wrapped Post\n\n"
        "This paragraph was wrapped by the scraper at a fixed width of about\n"
        "seventy characters, so every line but the last one is nearly full and\n"
        "the lines belong together.\n\n"
        "A second paragraph, wrapped the same way, which also runs over more\n"
        "than one line of the text.\n"
    )
    art = ak.parse(text, "text")
    assert [b.kind for b in art.sections[0].blocks] == ["paragraph", "paragraph"]


def test_lower_case_line_still_continues_a_paragraph_in_one_line_layout() -> None:
    text = (
        "A Post\n\n"
        "A long first paragraph written on one line as scrapers do for most blogs, with many words in it.\n\n"
        "This is a good opportunity to introduce yourself and summarise\n"
        "why your skills are well suited to the job you are applying for!\n"
    )
    art = ak.parse(text, "text")
    assert [b.text for b in art.sections[0].blocks][-1] == (  # type: ignore[union-attr]
        "This is a good opportunity to introduce yourself and summarise why your skills "
        "are well suited to the job you are applying for!"
    )


RECIPE = """\
How to Make Cold Brew at Home

Prep time: 10 minutes | Steep time: 12 hours | Makes: 4 cups

Cold brew is smoother and less acidic than iced coffee, and it is almost impossible to get wrong, all you need is coffee, water and patience.

Ingredients
1 cup coarsely ground coffee
4 cups cold water

Instructions
Combine the coffee and water in a large jar and stir well.
Cover and leave at room temperature for 12 to 18 hours.
Strain through a fine sieve lined with a paper filter.

Jump to Recipe
Print Recipe
"""


def test_recipe_rows_fields_and_buttons() -> None:
    art = ak.parse(RECIPE, "text")
    assert [s.heading for s in art.sections] == [None, "Ingredients", "Instructions"]
    # a row of "key: value" fields is no heading
    assert art.sections[0].blocks[0].text.startswith("Prep time:")  # type: ignore[union-attr]
    ingredients, steps = art.sections[1].blocks, art.sections[2].blocks
    assert [i.text for i in ingredients[0].items] == [  # type: ignore[union-attr]
        "1 cup coarsely ground coffee",
        "4 cups cold water",
    ]
    assert [len(b.items) for b in steps] == [3]  # type: ignore[union-attr]
    assert {r.text for r in art.removed} == {"Jump to Recipe", "Print Recipe"}
    assert_accounted(RECIPE, art)


def test_tags_one_per_line_under_related_topics() -> None:
    text = (
        "The Women Who Built the First Computers\n\n"
        "In 1946, six women programmed the ENIAC, and for decades almost nobody knew their "
        "names or what they had done.\n\n"
        "Related Topics\nHistory\nComputing\nWomen in Science\n\n"
        "A closing paragraph that is not a tag at all, since a blank line stands above it.\n"
    )
    art = ak.parse(text, "text")
    assert art.tags == ["History", "Computing", "Women in Science"]
    assert art.sections[0].blocks[-1].text.startswith("A closing paragraph")  # type: ignore[union-attr]
    assert_accounted(text, art)


def test_line_introducing_code_stays_prose() -> None:
    text = (
        "Removing Duplicate Rows\n\n"
        "I have a data frame with some rows that appear twice in it, and want one of each.\n\n"
        "Use drop_duplicates:\n\n"
        "df = df.drop_duplicates()\n\n"
        "By default it keeps the first occurrence of every row.\n\n"
        "Add a comment\n"
    )
    art = ak.parse(text, "text")
    kinds = [(b.kind, b.text) for b in art.sections[0].blocks]  # type: ignore[union-attr]
    assert ("paragraph", "Use drop_duplicates:") in kinds
    assert ("code", "df = df.drop_duplicates()") in kinds
    assert [r.text for r in art.removed] == ["Add a comment"]


def test_closing_credit_repeating_the_byline_is_taken_a_different_one_stays() -> None:
    body = (
        "Some body text that is long enough to be a real paragraph of the article here.\n\n"
        "Another paragraph with more words in it so that the body has two paragraphs.\n\n"
    )
    same = "A Post About Things\n\nBy Jane Doe\n\n" + body + "Written by Jane Doe\n"
    art = ak.parse(same, "text")
    assert art.byline == "Jane Doe"
    assert [b.text for b in art.sections[0].blocks][-1].startswith("Another")  # type: ignore[union-attr]
    assert [s.field for s in art.field_sources].count("byline") == 2
    assert_accounted(same, art)

    other = "A Post About Things\n\nBy Jane Doe\n\n" + body + "Reporting by Sam Lee\n"
    art = ak.parse(other, "text")
    assert art.byline == "Jane Doe"
    assert [b.text for b in art.sections[0].blocks][-1] == "Reporting by Sam Lee"  # type: ignore[union-attr]


JOB_POSTING = """\
Senior Data Engineer (Remote)

Acme Analytics · Berlin, Germany · Full-time

About the role
We are looking for a senior data engineer to build and run the pipelines behind our customer dashboards.

What you'll do:
- Design and maintain batch and streaming pipelines
- Own our Airflow deployment

Benefits
Thirty days of paid holiday and a learning budget every year for books, courses and conferences.

Apply now
"""


def test_job_posting_fields_row_lists_and_button() -> None:
    art = ak.parse(JOB_POSTING, "text")
    assert [s.heading for s in art.sections] == [None, "About the role", "Benefits"]
    assert art.sections[0].blocks[0].text == "Acme Analytics · Berlin, Germany · Full-time"  # type: ignore[union-attr]
    lists = [b for b in art.sections[1].blocks if b.kind == "list"]
    assert lists[0].lead_in == "What you'll do"  # type: ignore[union-attr]
    assert [r.text for r in art.removed] == ["Apply now"]
    assert_accounted(JOB_POSTING, art)


BLOG_WITH_COMMENTS = """\
Why I Switched From Vim to Helix

March 2, 2025 by Tom Berg

After ten years of Vim I moved to Helix last autumn, and this post explains what I gained and what I miss.

What I gained

Helix ships with a language server client and multiple cursors out of the box, so my configuration shrank.

Tags: editors, vim, helix

12 Comments

Anna K. says:
March 3, 2025 at 9:12 am
Great write-up! I made the same switch and never looked back.
Reply

Leave a Reply
Your email address will not be published. Required fields are marked *
"""


def test_date_then_byline_and_readers_comments() -> None:
    art = ak.parse(BLOG_WITH_COMMENTS, "text")
    assert (art.byline, art.published) == ("Tom Berg", "March 2, 2025")
    assert [s.heading for s in art.sections] == [None, "What I gained"]
    assert art.tags == ["editors", "vim", "helix"]
    comments = [r for r in art.removed if r.detail == "comments"]
    assert comments[0].text == "12 Comments" and comments[-1].text.startswith("Your email")
    assert {r.reason for r in comments} == {"boilerplate"}
    assert not any("Great write-up" in b.text for s in art.sections for b in s.blocks)  # type: ignore[union-attr]
    assert_accounted(BLOG_WITH_COMMENTS, art)
    assert_spans_valid(BLOG_WITH_COMMENTS, art)


def test_comment_count_before_the_article_removes_only_itself() -> None:
    text = (
        "A Post\n\n3 Comments\n\n"
        "The article itself starts here and goes on long enough to be a paragraph.\n\n"
        "And it has a second paragraph that must stay in the body as well.\n"
    )
    art = ak.parse(text, "text")
    assert len(art.sections[0].blocks) == 2
    assert [r.text for r in art.removed] == ["3 Comments"]


def test_writers_keep_a_paragraph_that_reads_like_a_comments_opener() -> None:
    art = ak.parse(BLOG_WITH_COMMENTS, "text")
    body = "Some text first, long enough to be the article's opening paragraph here."
    from articlekit import Paragraph, Section

    tricky = art.model_copy(
        update={
            "sections": [
                Section(
                    heading=None,
                    level=1,
                    blocks=[
                        Paragraph(text=body),
                        Paragraph(text="2 Comments"),
                        Paragraph(text="x y z"),
                    ],
                )
            ],
            "removed": [],
        }
    )
    again = ak.parse(tricky.to_markdown(), "markdown")
    assert [b.text for b in again.sections[0].blocks] == [body, "2 Comments", "x y z"]  # type: ignore[union-attr]


def test_most_read_list_is_related_articles() -> None:
    text = (
        "Storm Leaves Thousands Without Power\n\n"
        "Heavy rain and strong winds brought down trees and power lines on Sunday night "
        "across the whole region.\n\n"
        "MOST READ\n1. Storm leaves thousands without power\n2. City unveils new budget\n"
    )
    art = ak.parse(text, "text")
    assert [r.title for r in art.related] == [
        "Storm leaves thousands without power",
        "City unveils new budget",
    ]
    assert_accounted(text, art)


GERMAN = """\
Die Zukunft des Radverkehrs in deutschen Städten

Von Anna Schmidt
Veröffentlicht am 4. März 2025

Immer mehr Städte bauen geschützte Radwege, doch vielen Menschen geht der Ausbau noch immer viel zu langsam voran.

Was Berlin anders macht

Berlin hat im vergangenen Jahr vierzig Kilometer neue Radwege eröffnet und setzt dabei auf schnelle Lösungen.

Anzeige

Schlagwörter: Verkehr, Fahrrad, Stadtplanung
"""

FRENCH = """\
Le vélo en ville gagne du terrain

Par Claire Martin
Publié le 4 mars 2025

Les villes françaises multiplient les pistes cyclables, et la fréquentation progresse partout où elles sont sûres.

À lire aussi
- Les pistes cyclables de Paris en chiffres
- Lyon mise sur le vélo cargo

Mots-clés : vélo, ville, mobilité
"""

SPANISH = """\
La bicicleta gana espacio en las ciudades

Por Lucía Gómez
4 de marzo de 2025

Cada vez más ciudades construyen carriles bici protegidos, y el número de ciclistas crece donde son seguros.

Resumen

Los carriles protegidos atraen a más ciclistas que la pintura sola.
"""


def test_german_french_spanish_bylines_dates_and_sections() -> None:
    de = ak.parse(GERMAN, "text")
    assert (de.byline, de.published) == ("Anna Schmidt", "4. März 2025")
    assert [s.heading for s in de.sections] == [None, "Was Berlin anders macht"]
    assert de.tags == ["Verkehr", "Fahrrad", "Stadtplanung"]
    assert [r.text for r in de.removed] == ["Anzeige"]
    assert_accounted(GERMAN, de)

    fr = ak.parse(FRENCH, "text")
    assert (fr.byline, fr.published) == ("Claire Martin", "4 mars 2025")
    assert [r.title for r in fr.related] == [
        "Les pistes cyclables de Paris en chiffres",
        "Lyon mise sur le vélo cargo",
    ]
    assert fr.tags == ["vélo", "ville", "mobilité"]
    assert_accounted(FRENCH, fr)

    es = ak.parse(SPANISH, "text")
    assert (es.byline, es.published) == ("Lucía Gómez", "4 de marzo de 2025")
    assert es.summary == "Los carriles protegidos atraen a más ciclistas que la pintura sola."
    assert_accounted(SPANISH, es)


def test_further_reading_line_is_one_reference_sources_credit_stays() -> None:
    text = (
        "A Post\n\nSome body text that is long enough to be a paragraph of the article here.\n\n"
        "Further reading: Clean Air Handbook (https://example.com/handbook)\n\n"
        "Sources: Reuters, AP\n"
    )
    art = ak.parse(text, "text")
    assert [(r.title, r.url) for r in art.references] == [
        ("Clean Air Handbook", "https://example.com/handbook")
    ]
    assert art.sections[0].blocks[-1].text == "Sources: Reuters, AP"  # type: ignore[union-attr]
    assert_accounted(text, art)
    # and written back, the line stays a reference, the credit stays text
    again = ak.parse(art.to_markdown(), "markdown")
    assert [r.title for r in again.references] == ["Clean Air Handbook"]


def test_hard_wrapped_article_with_one_long_line_still_joins() -> None:
    """One unwrapped line (a long quote the scraper left alone) does not make a hard-wrapped
    article a one-line-per-paragraph one: its lines that start with a capital still join."""
    text = (
        "A Wrapped Post\n\n"
        "This paragraph was wrapped by the scraper at a fixed width of about\n"
        "seventy characters, and it goes on over several lines where Denver and\n"
        "Boston start a line in the middle of a sentence, as names often do in\n"
        "wrapped text.\n\n"
        "A long quoted line the scraper did not wrap because it came from a different element of the page entirely.\n\n"
        "Short closing paragraph that fits on one line.\n"
    )
    art = ak.parse(text, "text")
    first = art.sections[0].blocks[0].text  # type: ignore[union-attr]
    assert first.startswith("This paragraph") and first.endswith("wrapped text.")
    assert len(art.sections[0].blocks) == 3


def test_podcast_links_mentioned_are_references() -> None:
    text = (
        "Episode 42: Building Fast Parsers\n\n"
        "In this episode we talk with Maya Chen about parsing messy text quickly and well.\n\n"
        "Links mentioned in this episode\n"
        "Maya's blog: https://maya.example.com\n"
        "The regex module: https://pypi.org/project/regex/\n"
    )
    art = ak.parse(text, "text")
    assert [(r.title, r.url) for r in art.references] == [
        ("Maya's blog", "https://maya.example.com"),
        ("The regex module", "https://pypi.org/project/regex/"),
    ]
    assert_accounted(text, art)


def test_yaml_list_entries_inside_a_config_block_are_code() -> None:
    text = (
        "Setting Up the Workflow\n\n"
        "The workflow file below renders the book on every push to the main branch.\n\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - name: Render the book\n"
        "        run: make book\n\n"
        "What you need:\n\n"
        "- name: your project's name\n"
        "- a token for the deployment\n"
    )
    art = ak.parse(text, "text")
    kinds = [b.kind for b in art.sections[0].blocks]
    code = [b for b in art.sections[0].blocks if b.kind == "code"]
    assert len(code) == 1 and "- name: Render the book" in code[0].text  # type: ignore[union-attr]
    # a list of prose items after the code stays a list, "name:" item and all
    assert kinds[-1] == "list"
    assert_accounted(text, art)


def test_contact_card_of_key_value_lines_stays_text() -> None:
    text = (
        "Contact\n\nFor questions about the event, write or call the organisers below.\n\n"
        "Name: Jane Doe\nEmail: jane@example.org\nPhone: 555 0100\n"
    )
    art = ak.parse(text, "text")
    assert not any(b.kind == "code" for s in art.sections for b in s.blocks)


def test_summary_lines_of_each_listed_project_stay_in_the_body() -> None:
    text = (
        "Projects of the Week\n\nThree projects came out of the workshop this year.\n\n"
        "skimr\n\nSummary: skimr gives summary statistics you can skim at a glance.\n\n"
        "Team: Ann, Bo\n\n"
        "emldown\n\nSummary: emldown makes a website from metadata files.\n\n"
        "Team: Cy, Di\n"
    )
    art = ak.parse(text, "text")
    assert art.summary is None
    assert [s.heading for s in art.sections] == [None, "skimr", "emldown"]
    assert art.sections[1].blocks[0].text.startswith("Summary: skimr")  # type: ignore[union-attr]
    assert_accounted(text, art)
    # one "Summary:" line is the article's summary
    one = ak.parse("A Post\n\nSummary: The short version.\n\nThe long version follows here.\n")
    assert one.summary == "The short version."


def test_dash_inside_a_quoted_name_does_not_split_a_related_title() -> None:
    text = (
        "A Remake Is Coming\n\nThe series will be remade for streaming, the studio said today.\n\n"
        "Leggi anche\n\n"
        "Back to the remake, its working title is \u201cKnights of the Zodiac \u2013 Saint Seiya\u201d "
        "and the first season should have twelve episodes, covering the first arc.\n"
    )
    art = ak.parse(text, "text")
    assert art.related == []
    assert art.sections[-1].blocks[-1].text.startswith("Back to the remake")  # type: ignore[union-attr]


NEWS_WITH_MORE_FROM = """\
Harbour ferry returns after a winter of repairs

By Lena Park

The harbour ferry carried its first passengers of the year on Monday after four months in dry dock for engine repairs.

Regular riders said the crossing felt quieter than before, and the service will run every twenty minutes at peak times.

More from Local News

Market hall reopens with twelve new stalls
The covered market on Quay Street welcomed traders back after a long renovation.

Volunteers plant two hundred trees along the river
Residents spent Saturday morning planting oak and alder saplings near the footbridge.
"""


def test_more_from_a_site_section_is_related_articles() -> None:
    art = ak.parse(NEWS_WITH_MORE_FROM, "text")
    assert [(r.title, r.teaser is not None) for r in art.related] == [
        ("Market hall reopens with twelve new stalls", True),
        ("Volunteers plant two hundred trees along the river", True),
    ]
    assert "More from Local News" not in [s.heading for s in art.sections]
    assert_accounted(NEWS_WITH_MORE_FROM, art)
    assert_spans_valid(NEWS_WITH_MORE_FROM, art)


def test_bare_related_titles_one_per_line_do_not_become_each_others_teasers() -> None:
    text = (
        "Council Approves Bike Lanes\n\n"
        "The council voted on Tuesday to build protected bike lanes across the centre.\n\n"
        "More in Transport\n"
        "Bus fares frozen for another year\n"
        "Night trams to run on weekends\n"
        "Airport rail link delayed until the spring of next year\n"
    )
    art = ak.parse(text, "text")
    assert [(r.title, r.teaser) for r in art.related] == [
        ("Bus fares frozen for another year", None),
        ("Night trams to run on weekends", None),
        ("Airport rail link delayed until the spring of next year", None),
    ]


def test_more_from_heading_over_prose_stays_a_heading() -> None:
    text = (
        "What We Learned From the Survey\n\n"
        "We asked four hundred readers how they use the app every week.\n\n"
        "More from the survey\n\n"
        "Most readers open the app in the morning, and a third of them read on the train "
        "to work.\n"
    )
    art = ak.parse(text, "text")
    assert art.related == []
    assert "More from the survey" in [s.heading for s in art.sections]


def test_section_prefixes_are_options() -> None:
    text = (
        "Ferry Returns\n\nThe ferry is back in service after months of repairs.\n\n"
        "Also on Harbour Daily\n"
        "Market hall reopens with twelve new stalls\n"
        "Volunteers plant trees along the river\n"
    )
    assert ak.parse(text, "text").related == []
    options = ak.ParseOptions(section_prefixes={"related": ("also on",)})
    assert [r.title for r in ak.parse(text, "text", options=options).related] == [
        "Market hall reopens with twelve new stalls",
        "Volunteers plant trees along the river",
    ]


PRESS_RELEASE = """\
Acme Robotics opens a new plant in Ohio

Acme Robotics said on Monday it will open a new assembly plant near Dayton, adding 300 jobs over the next two years.

Media contact
Jane Roe
+1 (555) 010-2334
Fax: 555.010.9911
press@acme.example
"""


def test_phone_numbers_of_a_contact_block_are_text_not_code() -> None:
    art = ak.parse(PRESS_RELEASE, "text")
    kinds = {b.text: b.kind for s in art.sections for b in s.blocks if hasattr(b, "text")}
    assert kinds["+1 (555) 010-2334"] == "paragraph"
    assert not any(b.kind == "code" for s in art.sections for b in s.blocks)
    assert_accounted(PRESS_RELEASE, art)


def test_rows_of_numbers_beside_code_stay_code() -> None:
    text = (
        "Reading the Matrix\n\nWe print the matrix to check it:\n\n"
        "m <- matrix(1:8, nrow = 2)\nprint(m)\n10 20 30 40\n50 60 70 80\n"
    )
    art = ak.parse(text, "text")
    code = block_texts(art, "code")
    assert code and "10 20 30 40" in code[0]


COMPACT_SENTENCE_CASE = """\
Introduction
Remote work changed how teams plan their weeks, and many managers are still adjusting.
Why it matters
Teams that plan together ship faster, according to a survey of four hundred companies.
What to do next
Start with a weekly planning call and a shared board.
"""


def test_sentence_case_headings_between_one_line_paragraphs() -> None:
    art = ak.parse(COMPACT_SENTENCE_CASE, "text")
    assert [s.heading for s in art.sections] == [
        "Introduction",
        "Why it matters",
        "What to do next",
    ]
    assert all(len(s.blocks) == 1 for s in art.sections)
    assert_accounted(COMPACT_SENTENCE_CASE, art)


def test_wrapped_paragraph_with_a_sentence_ending_at_a_break_still_joins() -> None:
    text = (
        "Planning Together\n\n"
        "Remote work changed how teams plan their weeks, and most managers are still\n"
        "adjusting to it. Teams that plan together ship faster, according to a survey.\n"
        "Several of them now start every Monday with a short call and a shared board,\n"
        "and they say it saves them hours.\n"
    )
    art = ak.parse(text, "text")
    assert [b.kind for s in art.sections for b in s.blocks] == ["paragraph"]


def test_footer_glued_under_a_wrapped_paragraph_is_removed() -> None:
    text = (
        "Harbour Ferry Returns\n\n"
        "The harbour ferry carried its first passengers of the year on Monday after four\n"
        "months in dry dock for engine repairs, and riders said the crossing was quieter.\n"
        "\u00a9 2025 The Harbour Daily. All rights reserved.\n\n"
        "The operator wants to share the new timetable soon, and it hopes to\n"
        "share this with riders by the end of the month, before the summer.\n"
    )
    art = ak.parse(text, "text")
    paragraphs = block_texts(art)
    assert paragraphs[0].endswith("the crossing was quieter.")
    assert paragraphs[1].endswith("before the summer.")  # a lower-case line still continues
    assert [r.text for r in art.removed] == ["\u00a9 2025 The Harbour Daily. All rights reserved."]
    assert_accounted(text, art)


NEWSLETTER_POST = """\
The Quiet Return of the Neighbourhood Bakery
Why small ovens are winning back the high street
Maya Lindqvist
Apr 14, 2025
142
18
Share

When the last chain bakery on my street closed, nobody expected a replacement. Five years later there are three within a short walk.

What comes next

Not every new bakery will survive, but the ones that do are building something chains never had: regulars.

Thanks for reading The Local Ledger! Subscribe for free to receive new posts and support my work.

142 Likes
6 Restacks
"""


def test_newsletter_post_dek_byline_date_and_counters() -> None:
    art = ak.parse(NEWSLETTER_POST, "text")
    assert art.title == "The Quiet Return of the Neighbourhood Bakery"
    assert (art.byline, art.published) == ("Maya Lindqvist", "Apr 14, 2025")
    body = block_texts(art)
    assert body[0] == "Why small ovens are winning back the high street"  # the dek stays
    assert not any("Likes" in t or "Subscribe" in t for t in body)
    assert {r.text for r in art.removed} >= {
        "142",
        "18",
        "Share",
        "142 Likes",
        "6 Restacks",
        "Thanks for reading The Local Ledger! Subscribe for free to receive new posts and "
        "support my work.",
    }
    assert_accounted(NEWSLETTER_POST, art)


def test_byline_above_a_date_is_no_dek() -> None:
    for text in (
        "Ferry Returns\n\nBy Jane Doe\n\nMar 3, 2025\n\nThe ferry is back in service.\n",
        "Ferry Returns\nBy Jane Doe\nMar 3, 2025\nThe ferry is back in service.\n",
    ):
        art = ak.parse(text, "text")
        assert (art.byline, art.published) == ("Jane Doe", "Mar 3, 2025")
        assert block_texts(art) == ["The ferry is back in service."]


def test_thanks_for_reading_without_a_call_to_subscribe_stays() -> None:
    text = "Ferry Returns\n\nThe ferry is back.\n\nThanks for reading, and see you next week!\n"
    body = [b.text for s in ak.parse(text, "text").sections for b in s.blocks]
    assert body[-1] == "Thanks for reading, and see you next week!"


PAPER_PAGE = """\
Estimating Soil Moisture from Radar with Gradient Boosting

Ana Costa, Ben Okafor and Chen Wei

Department of Geography, University of Example

Abstract
Soil moisture controls evaporation and runoff, but field measurements are sparse and costly.

1. Introduction
Surface soil moisture is an essential climate variable that radar responds to.

2. Methods
We trained gradient-boosted trees on measurements from three hundred stations.
"""


def test_author_list_under_a_paper_title_is_the_byline() -> None:
    art = ak.parse(PAPER_PAGE, "text")
    assert art.byline == "Ana Costa, Ben Okafor and Chen Wei"
    assert "1. Introduction" in [s.heading for s in art.sections]
    assert_accounted(PAPER_PAGE, art)


def test_title_case_phrases_with_commas_are_no_author_list() -> None:
    text = "Field Notes\n\nTips, Tricks and Best Practices\n\nA few habits that help.\n"
    assert ak.parse(text, "text").byline is None
    text = "Field Notes\n\nWhy It Matters, And What To Do\n\nA few habits that help.\n"
    assert ak.parse(text, "text").byline is None


LIVE_PAGE = """\
Storm Ellen live: power cuts and flooding across the west

Live reporting by Tom Hale and Ayesha Khan

Summary
Storm Ellen brought winds of up to 90mph to western coasts overnight
More than 40,000 homes are without power

10:32 GMT
Image source, Getty Images
Image caption, Waves crashed over the sea wall early on Tuesday
Engineers are working to restore supplies, but fallen trees are blocking roads to many substations.
"""


def test_live_page_byline_summary_points_and_image_captions() -> None:
    art = ak.parse(LIVE_PAGE, "text")
    assert art.byline == "Tom Hale and Ayesha Khan"
    assert art.summary == (
        "Storm Ellen brought winds of up to 90mph to western coasts overnight "
        "More than 40,000 homes are without power"
    )
    assert [s.heading for s in art.sections] == ["10:32 GMT"]
    assert {r.text for r in art.removed} == {
        "Image source, Getty Images",
        "Image caption, Waves crashed over the sea wall early on Tuesday",
    }
    assert_accounted(LIVE_PAGE, art)


def test_summary_in_a_compact_article_is_one_line() -> None:
    text = (
        "Storm Ellen Hits the West\nSummary\nStrong winds brought down trees overnight.\n"
        "Engineers are working to restore supplies to thousands of homes in the region.\n"
    )
    art = ak.parse(text, "text")
    assert art.summary == "Strong winds brought down trees overnight."


def test_newsletter_box_field_and_syndication_note_are_remnants() -> None:
    text = (
        "Why Bees Lose Their Way Home\n\n"
        "Honeybees exposed to common pesticides take longer to find their hives.\n\n"
        "Sign up for our weekly science newsletter\nEnter your email\nSign up\n\n"
        "Researchers tracked two thousand bees over two summers.\n\n"
        "This article is republished from The Conversation under a Creative Commons "
        "license.\n"
    )
    art = ak.parse(text, "text")
    body = block_texts(art)
    assert body == [
        "Honeybees exposed to common pesticides take longer to find their hives.",
        "Researchers tracked two thousand bees over two summers.",
    ]
    assert_accounted(text, art)


def test_bold_headings_lose_their_emphasis_marks() -> None:
    text = (
        "Five Things We Learned\n\n"
        "We spent two years building search for a catalogue of two million products.\n\n"
        "**Relevance is a product decision**\n\n"
        "Every ranking choice encodes a judgement about what customers want.\n\n"
        "__Logs are your best dataset__\n\n"
        "Click logs told us more about relevance than any survey we ran.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.sections[1:]] == [
        "Relevance is a product decision",
        "Logs are your best dataset",
    ]
    assert_spans_valid(text, art)


def test_table_typed_with_spaces_is_a_table() -> None:
    text = (
        "Comparing Three Frameworks\n\n"
        "We benchmarked three frameworks on the same endpoint.\n\n"
        "Framework    Requests/s    Latency (ms)\n"
        "Flask             2,400              41\n"
        "FastAPI           9,800              10\n"
        "Django            1,900              52\n\n"
        "FastAPI was the fastest by a wide margin.\n"
    )
    art = ak.parse(text, "text")
    tables = [b for s in art.sections for b in s.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Framework", "Requests/s", "Latency (ms)"]
    assert tables[0].rows[2] == ["FastAPI", "9,800", "10"]
    assert_accounted(text, art)


def test_printed_data_frames_stay_code() -> None:
    indexed = (
        "Reading the Data\n\nWe load the file and look at it.\n\n"
        "df <- read.csv('speeds.csv')\nhead(df)\n\n"
        "  framework requests latency\n"
        "1     Flask     2400      41\n"
        "2   FastAPI     9800      10\n"
        "3    Django     1900      52\n"
    )
    art = ak.parse(indexed, "text")
    assert not any(b.kind == "table" for s in art.sections for b in s.blocks)
    under_code = (
        "Reading the Data\n\nWe load the file and look at it.\n\n"
        "summary(df$latency)\n\n"
        "   Min.  Median   Mean\n"
        "  10.0    41.0   34.3\n"
        "  12.0    44.0   36.1\n"
    )
    art = ak.parse(under_code, "text")
    assert not any(b.kind == "table" for s in art.sections for b in s.blocks)


RELATED_SHAPES = """\
Testing Parsers With Fuzzers

Fuzzers find the inputs nobody thought of, and they cost little to run every night.

Read more

Meeting the Makers of the Open Data Toolkit: How a Small Team Built a Large and Friendly Community

This is the second post of our interview series.

is.invasive()

A guest post on checking species lists against invasive species databases.

Docs now built on the package server

TLDR: As of today, the documentation sites for all our packages are built on the package server.

Open Trade Statistics

Open Trade Statistics was created to lower the barrier to working with trade data.
"""


def test_related_titles_long_code_like_or_over_a_labelled_teaser() -> None:
    art = ak.parse(RELATED_SHAPES, "text")
    assert [r.title for r in art.related] == [
        "Meeting the Makers of the Open Data Toolkit: How a Small Team Built a Large and "
        "Friendly Community",
        "is.invasive()",
        "Docs now built on the package server",
        "Open Trade Statistics",
    ]
    assert all(r.teaser for r in art.related)
    assert art.related[2].teaser is not None and art.related[2].teaser.startswith("TLDR:")
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(RELATED_SHAPES, art)


def test_rows_glued_under_labels_in_a_wrapped_spaced_article_are_no_headings() -> None:
    text = (
        "The Best Budget Laptops\n\n"
        "We tested twenty laptops under seven hundred dollars over three months, and\n"
        "these are the ones worth buying.\n\n"
        "Acer Swift Go 14\n"
        "Best overall\n"
        "The Swift Go has a bright screen and a battery that lasted eleven hours.\n"
        "Pros\n"
        "Excellent screen\n"
        "Long battery life\n\n"
        "How We Test\n\n"
        "Every laptop runs the same battery and display tests in our lab.\n"
    )
    art = ak.parse(text, "text")
    headings = [s.heading for s in art.sections]
    assert "Acer Swift Go 14" in headings and "How We Test" in headings
    assert not {"Best overall", "Pros", "Excellent screen"} & set(headings)
    assert_accounted(text, art)


def test_numbered_notes_are_text_while_printed_vectors_stay_code() -> None:
    text = (
        "Open Data in Public Health\n\n"
        "Agencies have published more data since 2020 than in the decade before.[1]\n\n"
        "Notes\n"
        "[1] Open Data Barometer, 2023 edition.\n"
        "[2] Smith, A. Reusable public data. Journal of Open Data, 2022.\n"
    )
    art = ak.parse(text, "text")
    assert not any(b.kind == "code" for s in art.sections for b in s.blocks)
    printed = (
        "Counting\n\nWe count the rows:\n\nnrow(df)\n[1] 150\nlevels(df$species)\n[1] Setosa\n"
    )
    art = ak.parse(printed, "text")
    code = block_texts(art, "code")
    assert code and "[1] 150" in code[0] and "[1] Setosa" in code[0]


JAPANESE_POST = """\
データ分析入門：Pythonで始める統計

2025年3月3日　山田太郎

■ はじめに
データ分析は、ビジネスの意思決定に欠かせない技術になりました。本記事では基本的な手法を紹介します。

■ 必要な準備
Pythonとpandasをインストールしてください。

タグ：Python、統計、データ分析
"""


def test_box_marked_headings_and_a_cjk_date_line() -> None:
    art = ak.parse(JAPANESE_POST, "text")
    assert (art.byline, art.published) == ("山田太郎", "2025年3月3日")
    assert [s.heading for s in art.sections] == ["はじめに", "必要な準備"]
    assert art.tags == ["Python", "統計", "データ分析"]  # a full-width colon, "、" between
    assert_accounted(JAPANESE_POST, art)
    assert_spans_valid(JAPANESE_POST, art)


def test_box_marked_items_in_a_list_stay_items() -> None:
    text = "Packing List\n\nTake these:\n\n\u25a0 A tent\n\u25a0 A stove\n\u25a0 Two maps\n"
    art = ak.parse(text, "text")
    lists = [b for s in art.sections for b in s.blocks if b.kind == "list"]
    assert lists and [i.text for i in lists[0].items] == ["A tent", "A stove", "Two maps"]


README_PAGE = """\
fastcsv

A fast CSV reader for Python, written in Rust.

Installation

pip install fastcsv

Usage

import fastcsv
rows = fastcsv.read("data.csv")
print(len(rows))

Contributing

Pull requests are welcome. Please open an issue first to discuss what you would like to change.
"""


def test_readme_install_command_and_usage_section() -> None:
    art = ak.parse(README_PAGE, "text")
    assert [s.heading for s in art.sections] == [None, "Installation", "Usage", "Contributing"]
    assert [b.kind for b in art.sections[1].blocks] == ["code"]
    assert art.sections[1].blocks[0].text == "pip install fastcsv"
    assert_accounted(README_PAGE, art)


def test_a_sentence_about_installing_is_no_command() -> None:
    text = "Setting Up\n\nPip install problems are common on Windows, as many readers told us.\n"
    kinds = [b.kind for s in ak.parse(text, "text").sections for b in s.blocks]
    assert kinds == ["paragraph"]


def test_a_readme_badge_row_is_a_remnant() -> None:
    text = (
        "fastcsv\n\nBuild status Coverage PyPI version License: MIT\n\n"
        "A fast CSV reader for Python, written in Rust.\n\n"
        "The build status and the coverage are checked on every pull request.\n"
    )
    art = ak.parse(text, "text")
    assert [r.text for r in art.removed] == ["Build status Coverage PyPI version License: MIT"]
    assert len([b for s in art.sections for b in s.blocks]) == 2


def test_podcast_calls_to_subscribe_are_remnants() -> None:
    text = (
        "Episode 57: Testing Data Pipelines\n\n"
        "We talk with Maria Chen about testing data pipelines before production.\n\n"
        "Subscribe on Apple Podcasts, Spotify or wherever you get your podcasts.\n"
        "Listen on YouTube\n"
    )
    art = ak.parse(text, "text")
    assert [r.reason for r in art.removed] == ["ui_remnant", "ui_remnant"]


def test_years_of_a_timeline_are_headings_a_lone_year_is_not() -> None:
    text = (
        "A Timeline of the Bridge Project\n\n"
        "The new bridge took six years from the first vote to the opening day.\n\n"
        "2019\nThe council votes to replace the old bridge after an inspection.\n\n"
        "2021\nConstruction begins, and the old bridge closes to cars.\n\n"
        "2025\nThe bridge opens to traffic on the first of June.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.sections] == [None, "2019", "2021", "2025"]
    one = "Our Best Year\n\nSales grew by a third.\n\n2019\nIt was the year of the bridge.\n"
    assert [s.heading for s in ak.parse(one, "text").sections] == [None]


def test_first_row_under_a_heading_is_a_row_too() -> None:
    text = (
        "fastcsv\n\nA fast CSV reader for Python.\n\nFeatures\n\n"
        "Reads 1 GB in under 2 seconds\nHandles quoted fields\nInfers column types\n\n"
        "License\n\nThe package is released under the MIT license.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.sections] == [None, "Features", "License"]
    # the rows, none a heading, are the items of a list whose bullets were dropped
    assert [b.kind for b in art.sections[1].blocks] == ["list"]
    assert [i.text for i in art.sections[1].blocks[0].items] == [  # type: ignore[union-attr]
        "Reads 1 GB in under 2 seconds",
        "Handles quoted fields",
        "Infers column types",
    ]


def test_japanese_byline_survives_the_writers() -> None:
    art = ak.parse(JAPANESE_POST, "text")
    written_as = [("markdown", art.to_markdown())]
    if importlib.util.find_spec("lxml") and importlib.util.find_spec("trafilatura"):
        written_as.append(("html", art.to_html()))  # (the html extra reads it back)
    for fmt, written in written_as:
        back = ak.parse(written, fmt)  # type: ignore[arg-type]
        assert (back.byline, back.published) == ("山田太郎", "2025年3月3日"), fmt
        assert [s.heading for s in back.sections] == ["はじめに", "必要な準備"], fmt


def test_lower_case_handle_above_a_date_is_the_byline() -> None:
    text = "Backups at Home\n\nBy jdoe\n\nPublished 12 Jan 2024\n\nWhat do people use?\n"
    art = ak.parse(text, "text")
    assert (art.byline, art.published) == ("jdoe", "12 Jan 2024")
    text = "Backups at Home\n\nBy now we all know.\n\nPublished 12 Jan 2024\n\nWhat next?\n"
    assert ak.parse(text, "text").byline is None


def test_line_broken_early_before_a_long_url_is_no_heading() -> None:
    text = (
        "Reading the Docs\n\n"
        "The package reads every format we tested, and it does so quickly enough for daily use.\n"
        "See the docs at\n"
        "https://docs.example.org/reference/reading/formats/all-of-them-in-one-long-page.html\n"
        "for details on each of the formats and the options they take.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_related_title_glued_above_its_teaser() -> None:
    text = (
        "Ferry Returns\n\nThe ferry is back in service after months of repairs.\n\n"
        "Like Loading...\n\nRelated coverage\n\n"
        "Market hall reopens with twelve new stalls\n"
        "The covered market welcomed traders back after a long renovation.\n\n"
        "Volunteers plant trees along the river\n"
        "Residents spent Saturday morning planting oak and alder saplings near the…\n"
    )
    art = ak.parse(text, "text")
    assert [(r.title, r.truncated) for r in art.related] == [
        ("Market hall reopens with twelve new stalls", False),
        ("Volunteers plant trees along the river", True),
    ]
    assert [r.text for r in art.removed] == ["Like Loading..."]
    assert_accounted(text, art)


WIKITEXT_PAGE = """\
Lake Morrow

Lake Morrow is a glacial lake in the northern highlands, west of the town of Ashby.[1]

Contents
1 Geography
2 History
3 References

== Geography ==
The lake lies in a valley carved during the last glacial period.

=== Climate ===
Winters are long and the lake is frozen from December to April.

== History ==
A ferry crossed the lake until a road bridge opened in 1934.[2]

== References ==
^ Highland Survey Office (2004). Lakes of the North. p. 88.
^ Ward, P. (1999). "Glacial valleys". Journal of Northern Geography. 12 (3): 201–219.
"""


def test_wikitext_headings_with_levels_and_their_contents_list() -> None:
    art = ak.parse(WIKITEXT_PAGE, "text")
    assert [(s.heading, s.level) for s in art.iter_sections()] == [
        (None, 1),
        ("Geography", 1),
        ("Climate", 2),
        ("History", 1),
    ]
    assert [r.title.split(" (")[0] for r in art.references] == [
        "Highland Survey Office",
        "Ward, P.",
    ]
    assert [r.detail for r in art.removed if r.text == "Contents"] == ["table of contents"]
    assert_accounted(WIKITEXT_PAGE, art)
    assert_spans_valid(WIKITEXT_PAGE, art)


def test_banners_printed_between_code_are_no_wiki_headings() -> None:
    text = (
        "Fitting the model\n\nWe fit the model and print its summary.\n\n"
        'fit <- nowcast(df, model = "KK")\nsummary(fit)\n\n=== Kishor-Koenig Model ===\n\n'
        "Convergence: Success\nLog-likelihood: 125.7\nAIC: -231.41\n\n"
        "The estimates are close to the published ones.\n"
    )
    art = ak.parse(text, "text")
    assert art.title == "Fitting the model"
    assert "Kishor-Koenig Model" not in [s.heading for s in art.iter_sections()]
    code = block_texts(art, "code")
    assert any("=== Kishor-Koenig Model ===" in c for c in code)


def test_a_formula_between_equals_signs_is_no_heading() -> None:
    art = ak.parse("Notes\n\nSome text here about the sum.\n\n=SUM(A1:A9)=\n", "text")
    assert all(s.heading != "SUM(A1:A9)" for s in art.iter_sections())


WATER_PRESS_RELEASE = """\
FOR IMMEDIATE RELEASE

Harbor Valley Water District Opens Solar Treatment Plant

HARBOR VALLEY, Ore., March 4, 2026 -- The district today opened a treatment plant powered by a solar array, the first of its kind in the county.

The plant treats up to 12 million gallons a day and replaces a facility built in 1961.

Media Contact:
Tom Reyes
(541) 555-0142
treyes@hvwd.example.org

###
"""


def test_press_release_phone_number_is_no_list_item() -> None:
    art = ak.parse(WATER_PRESS_RELEASE, "text")
    assert art.title == "Harbor Valley Water District Opens Solar Treatment Plant"
    blocks = [b for s in art.sections for b in s.blocks]
    assert not any(b.kind == "list" for b in blocks)
    assert "(541) 555-0142" in [getattr(b, "text", None) for b in blocks]
    assert {r.text for r in art.removed} == {"FOR IMMEDIATE RELEASE", "###"}
    assert_accounted(WATER_PRESS_RELEASE, art)
    # "(12) Twelfth point" is still an item of a list
    listed = ak.parse("Points\n\nThe list:\n\n(11) Eleventh point\n(12) Twelfth point\n", "text")
    assert [b.kind for s in listed.sections for b in s.blocks][-1] == "list"


LENTIL_RECIPE = """\
Weeknight Lentil Soup

Jump to Recipe   Print Recipe

This soup is my answer to cold evenings when I have forty minutes and a half-empty fridge.

Prep Time: 10 minutes
Cook Time: 30 minutes
Servings: 4

Instructions
1. Heat the oil in a large pot and cook the onion for 5 minutes.
2. Add the lentils and stock and simmer for 20 minutes.

Did you make this recipe? Leave a comment below!
"""


def test_recipe_buttons_and_timings() -> None:
    art = ak.parse(LENTIL_RECIPE, "text")
    assert [s.heading for s in art.iter_sections()] == [None, "Instructions"]
    first = [b.text for b in art.sections[0].blocks if b.kind == "paragraph"]
    assert first[1:] == ["Prep Time: 10 minutes", "Cook Time: 30 minutes", "Servings: 4"]
    assert [r.text for r in art.removed] == [
        "Jump to Recipe Print Recipe",
        "Did you make this recipe? Leave a comment below!",
    ]
    assert_accounted(LENTIL_RECIPE, art)


def test_remnants_side_by_side_need_every_word_to_be_one() -> None:
    art = ak.parse("Title line\n\nSome text here.\n\nPrint this wonderful recipe\n", "text")
    assert art.removed == []


PAPER = """\
Soil Moisture Retrieval from Low-Cost Radar Sensors

Anna Kowalska, Jonas Becker, Li Wei

Department of Environmental Engineering, Northern Technical University

Received: 14 January 2025 / Accepted: 2 May 2025 / Published online: 20 May 2025

Abstract
We estimate soil moisture from the backscatter of low-cost radar sensors on field posts.

1 Introduction
Soil moisture controls how much water plants can take up.
"""


def test_paper_affiliation_and_publication_history() -> None:
    art = ak.parse(PAPER, "text")
    assert art.byline == "Anna Kowalska, Jonas Becker, Li Wei"
    assert art.published == "20 May 2025"
    assert [s.heading for s in art.iter_sections()] == [None, "Abstract", "1 Introduction"]
    assert [b.text for b in art.sections[0].blocks] == [  # type: ignore[union-attr]
        "Department of Environmental Engineering, Northern Technical University"
    ]
    assert_accounted(PAPER, art)
    assert_spans_valid(PAPER, art)


PRINTED_BOOK = """\
Rotation Grazing on Small Farms

Chapter 1. Why rotate?

Rotational grazing moves animals between small paddocks so that grass has time to recover.

12                                   Rotation Grazing on Small Farms

Chapter 2. Planning the paddocks

Start with a map of the farm and mark the water points.

Page 13 of 40
"""


def test_running_heads_of_printed_pages_are_boilerplate() -> None:
    art = ak.parse(PRINTED_BOOK, "text")
    assert [s.heading for s in art.iter_sections()] == [
        "Chapter 1. Why rotate?",
        "Chapter 2. Planning the paddocks",
    ]
    assert [(r.text, r.reason) for r in art.removed] == [
        ("12 Rotation Grazing on Small Farms", "boilerplate"),
        ("Page 13 of 40", "boilerplate"),
    ]
    assert_accounted(PRINTED_BOOK, art)
    # the title with a number once, and with no gap of a printed page's layout: a sequel
    kept = ak.parse("Small Farms\n\nIntro text.\n\nSmall Farms 2\n\nMore text.\n", "text")
    assert kept.removed == []
    assert [s.heading for s in kept.iter_sections()] == [None, "Small Farms 2"]


WIRE_STORY = """\
City Council Approves Plan to Turn Old Rail Yard Into Park

By Hannah Cole
Updated 6:12 PM EST, Tue November 18, 2025

Story continues below advertisement

The city council voted 7-2 on Tuesday to turn the former rail yard into a public park.

Copyright in the digital age is a different question, one the council did not take up.

Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""


def test_wire_story_furniture_and_copyright_notice() -> None:
    art = ak.parse(WIRE_STORY, "text")
    assert [s.heading for s in art.iter_sections()] == [None]
    assert [(r.reason, r.detail) for r in art.removed] == [
        ("ui_remnant", None),
        ("boilerplate", "copyright notice"),
    ]
    paragraphs = [b.text for b in art.sections[0].blocks]  # type: ignore[union-attr]
    assert paragraphs[-1].startswith("Copyright in the digital age")  # prose about copyright
    assert_accounted(WIRE_STORY, art)


QA_PAGE = """\
How do I keep my sourdough starter alive while traveling?

Asked 2 years, 3 months ago
Modified 1 year ago
Viewed 14k times

I am going away for three weeks and nobody can feed my starter. Should I freeze it?

Share
Improve this question
Follow

4 Answers

Sorted by: Highest score (default)

Keep it in the fridge. Feed it well the day before you leave and refrigerate it.

Share Improve this answer Follow
"""


def test_question_and_answer_page_counters_and_buttons() -> None:
    art = ak.parse(QA_PAGE, "text")
    assert [s.heading for s in art.iter_sections()] == [None]
    assert [b.text[:10] for b in art.sections[0].blocks] == [  # type: ignore[union-attr]
        "I am going",
        "Keep it in",
    ]
    assert len(art.removed) == 9 and {r.reason for r in art.removed} == {"ui_remnant"}
    assert_accounted(QA_PAGE, art)


def test_fields_side_by_side_are_no_heading() -> None:
    text = (
        "Senior Data Engineer\n\nGreenline Logistics \u00b7 Berlin, Germany (Hybrid)\n\n"
        "About the job\n\nWe move freight for two thousand customers across Europe.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.iter_sections()] == [None, "About the job"]


def test_a_page_named_like_a_footer_link_keeps_its_title() -> None:
    text = (
        "Terms of Service\n\nLast updated: January 5, 2026\n\n1. Accounts\n\n"
        "You must be at least 16 years old to create an account.\n\nPrivacy Policy\n"
    )
    art = ak.parse(text, "text")
    assert (art.title, art.published) == ("Terms of Service", "January 5, 2026")
    assert [r.text for r in art.removed] == ["Privacy Policy"]  # the footer link
    # with no date under it, the same line above an article is the footer's link
    other = ak.parse("Terms of Service\n\nGarden Notes\n\nWe planted beans today.\n", "text")
    assert other.title == "Garden Notes"
    assert [r.text for r in other.removed] == ["Terms of Service"]


MAILING_LIST_REPLY = """\
Re: [dev] Proposal: drop Python 3.9 support in the next release

On Tue, Nov 4, 2025 at 10:12 AM Ines Duarte <ines@example.org> wrote:
> I think we should drop 3.9 in 4.0. It is end-of-life in October and
> keeping it means we cannot use the new typing features.
>
> Any objections?

I agree in principle, but a few large users are still on 3.9. Could we
announce it now and drop it in 4.1 instead?

> head(cities)
> summary(fit)
"""


def test_quoted_message_is_a_quote_block_and_prompts_stay_code() -> None:
    art = ak.parse(MAILING_LIST_REPLY, "text")
    blocks = art.sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "quote", "paragraph", "code"]
    quote = blocks[1]
    assert quote.kind == "quote"
    assert [p.text for p in quote.blocks if p.kind == "paragraph"] == [
        "I think we should drop 3.9 in 4.0. It is end-of-life in October and keeping it "
        "means we cannot use the new typing features.\n\nAny objections?"
    ]
    assert quote.span is not None
    assert MAILING_LIST_REPLY[quote.span.start : quote.span.end].startswith("> I think")
    assert MAILING_LIST_REPLY[quote.span.start : quote.span.end].endswith("> Any objections?")
    assert_accounted(MAILING_LIST_REPLY, art)
    assert ak.Article.model_validate_json(art.model_dump_json()) == art


_STORY_OPENING = (
    "Council Approves Park\n\n"
    "The first paragraph of the story is long enough to read as prose for the parser.\n\n"
)
_STORY_GOES_ON = "\n\nThe council voted on Tuesday to approve the new park after a long debate.\n"


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Photograph: John Smith/Getty Images", False),
        ("Source: Bureau of Labor Statistics", False),
        ("Chart: The Economist", False),
        ("Contributing: Marcus Webb", False),
        ("Editing by Mark Hill", False),
        ("Additional reporting by Ana Ruiz", False),
        # where an embedded picture comes from, alone under it
        ("via GIPHY", False),
        ("(via Unsplash)", False),
        ("Image via Wikimedia Commons", False),
        # a caption closed by its credit, and a picture agency alone
        ("A resident wades through Mill Lane on Tuesday. (AP Photo/Jon Reed)", False),
        ("Volunteers clear debris on Wednesday. Photo: Maria Santos", False),
        ("Crews work through the night. Photograph: Jon Reed/Reuters", False),
        ("Getty Images", False),
        ("AFP via Getty Images", False),
        ("Shutterstock", False),
        ("Watch: The moment the bridge opened", True),
        ("Follow Hannah Cole on Twitter", True),
        ("Gift this article", True),
        ("Save for later", True),
        ("Open in app", True),
        ("Already a subscriber? Log in", True),
        ("[Related: Salesforce Dreamforce keynote, AI and integration]", True),
        ("Like this story? Share it with a friend!", True),
    ],
)
def test_news_page_credits_and_buttons_are_no_headings(line: str, removed: bool) -> None:
    text = _STORY_OPENING + line + _STORY_GOES_ON
    art = ak.parse(text, "text")
    assert [s.heading for s in art.iter_sections()] == [None]
    assert [r.text for r in art.removed] == ([line] if removed else [])
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "line",
    [
        "Sources of funding for the park",
        "Map of the new park",
        "Open source tools we use",
        "Via Rail adds a stop",  # a capital "Via": a name, not a credit
        "Photo Essay: A Decade of Change",
        "Image Processing in Rust",
    ],
)
def test_headings_that_share_a_credit_word_stay_headings(line: str) -> None:
    art = ak.parse(_STORY_OPENING + line + _STORY_GOES_ON, "text")
    assert [s.heading for s in art.iter_sections()] == [None, line]


def test_compact_card_rows_are_no_headings_but_its_section_names_are() -> None:
    text = (
        "Weeknight Lentil Soup\n"
        "This soup is my answer to cold evenings when I have forty minutes and little food.\n"
        "Prep Time: 10 minutes\nServings: 4\n"
        "Ingredients\n1 tablespoon olive oil\n1 cup red lentils, rinsed\n"
        "Juice of half a lemon\nSalt and pepper to taste\n"
        "Instructions\n"
        "Heat the oil in a large pot, add the lentils and the stock, and simmer them.\n"
    )
    art = ak.parse(text, "text")
    assert [s.heading for s in art.iter_sections()] == [None, "Ingredients", "Instructions"]
    rows = [b.text for b in art.sections[1].blocks]  # type: ignore[union-attr]
    assert "Juice of half a lemon" in rows


def test_wiki_text_marks_every_heading_so_short_lines_under_see_also_are_not() -> None:
    text = (
        "Lake Morrow\nLake Morrow is a glacial lake in the northern highlands of the country.\n"
        "== Geography ==\nThe lake lies in a valley carved during the last glacial period.\n"
        "== See also ==\nList of lakes of the northern highlands\nMorrow Gorge\n"
    )
    art = ak.parse(text, "text")
    # the entries under "See also" name topics: references, not headings
    assert [s.heading for s in art.iter_sections()] == [None, "Geography"]
    assert [r.title for r in art.references] == [
        "List of lakes of the northern highlands",
        "Morrow Gorge",
    ]


FORUM_POST = """\
r/gardening

Posted by u/greenthumb_88 5 hours ago

Tomato leaves curling after a heat wave, should I worry?

My tomato plants were fine until last week's heat wave. Now the upper leaves curl upward. Is this a disease or just stress?

1.2k
Upvote
Share
Save

87 comments
"""


def test_forum_post_byline_above_its_title_and_its_buttons() -> None:
    art = ak.parse(FORUM_POST, "text")
    assert art.title == "Tomato leaves curling after a heat wave, should I worry?"
    assert (art.byline, art.published) == ("u/greenthumb_88", "5 hours ago")
    assert [b.text[:9] for b in art.sections[0].blocks] == ["My tomato"]  # type: ignore[union-attr]
    assert [r.text for r in art.removed][:5] == ["r/gardening", "1.2k", "Upvote", "Share", "Save"]
    assert_accounted(FORUM_POST, art)


def test_byline_first_then_no_title_keeps_the_body() -> None:
    text = (
        "By Jane Doe\n\nMarch 3, 2025\n\nThe council met on Tuesday and voted for the new park.\n"
    )
    art = ak.parse(text, "text")
    assert (art.title, art.byline, art.published) == (None, "Jane Doe", "March 3, 2025")
    assert [b.text[:11] for b in art.sections[0].blocks] == ["The council"]  # type: ignore[union-attr]
    assert_accounted(text, art)


def test_a_title_that_opens_with_a_foreign_byline_word_is_a_title() -> None:
    # "door" is Dutch for "by", "di" Italian: a title in mixed case is no byline
    text = "DoOR - The Database of Odorant Responses\n\nOlfactory Coding\n\nInsects smell.\n"
    art = ak.parse(text, "text")
    assert (art.title, art.byline) == ("DoOR - The Database of Odorant Responses", None)
    assert ak.parse("Door to door\n\nA story about sales.\n", "text").byline is None


def test_follower_counts_are_remnants() -> None:
    art = ak.parse("Title Here\n\nSome text of the post here.\n\n2.1K Followers\n", "text")
    assert [r.text for r in art.removed] == ["2.1K Followers"]


CRAWLED_MARKDOWN = """\
[Skip to main content](#main-content)

- [World](https://example.com/world)
- [Business](https://example.com/business)
- [Sign in](https://example.com/login)

[Science](https://example.com/science) > [Environment](https://example.com/science/environment)

# Tiny Forests Are Popping Up in Cities. Do They Work?

Dense plantings of native trees promise fast growth and more wildlife.

By [Hannah Cole](https://example.com/authors/hannah-cole)

Published March 4, 2026

On a former parking lot, 600 saplings were planted two years ago on a plot the size of a tennis court.

## Related stories

- [City council approves rail yard park](https://example.com/news/rail-yard-park)

© 2026 Example News. All rights reserved.
"""


def test_crawled_markdown_menu_and_breadcrumbs_above_the_title() -> None:
    art = ak.parse(CRAWLED_MARKDOWN, "markdown")
    assert art.title == "Tiny Forests Are Popping Up in Cities. Do They Work?"
    assert (art.byline, art.published) == ("Hannah Cole", "March 4, 2026")
    assert [r.title for r in art.related] == ["City council approves rail yard park"]
    navigation = [r.text for r in art.removed if r.detail == "navigation"]
    assert navigation == ["World", "Business", "Sign in", "Science > Environment"]
    assert [r.detail for r in art.removed][-1] == "copyright notice"


def test_a_list_of_long_links_above_a_heading_is_content() -> None:
    text = (
        "- [How we planted six hundred trees on a parking lot](https://example.com/a)\n"
        "- [What the neighbours said about the new forest](https://example.com/b)\n\n"
        "# Tiny Forests\n\nText of the article.\n"
    )
    art = ak.parse(text, "markdown")
    assert not any(r.detail == "navigation" for r in art.removed)


READER_OUTPUT = """\
Title: Tiny Forests Are Popping Up in Cities

URL Source: https://example.com/science/tiny-forests

Published Time: 2026-03-04T09:30:00Z

Number of Pages: 1

Markdown Content:
Dense plantings of native trees promise fast growth and more wildlife.

What the studies show
---------------------

A [2024 review](https://doi.org/10.1000/xyz) of 47 sites found more insect species.
"""


@pytest.mark.parametrize("fmt", ["auto", "markdown", "text"])
def test_reader_service_header_gives_the_fields(fmt: str) -> None:
    art = ak.parse(READER_OUTPUT, fmt)  # type: ignore[arg-type]
    assert art.title == "Tiny Forests Are Popping Up in Cities"
    assert art.canonical_url == "https://example.com/science/tiny-forests"
    assert art.published == "2026-03-04T09:30:00Z"
    assert [s.heading for s in art.sections] == [None, "What the studies show"]
    assert art.sections[0].blocks[0].text.startswith("Dense plantings")  # type: ignore[union-attr]
    assert {(r.text, r.detail) for r in art.removed} >= {("Markdown Content:", "reader header")}
    assert_accounted(READER_OUTPUT, art)


def test_a_title_line_without_the_reader_marker_is_no_header() -> None:
    text = "Title: A Study of Lakes\n\nWe studied forty lakes over ten years.\n"
    art = ak.parse(text, "text")
    assert art.canonical_url is None
    assert not any(r.detail == "reader header" for r in art.removed)


GERMAN_NEWS = """\
Stadtrat beschließt neuen Park auf altem Bahngelände

Von Anna Schmidt
Aktualisiert am 18.11.2025, 18:12 Uhr

Der Stadtrat hat am Dienstag mit 7 zu 2 Stimmen beschlossen, das ehemalige Bahngelände in einen Park umzuwandeln.

Lesen Sie auch: Anwohner fordern mehr Grünflächen im Osten

Der Plan sieht einen Spielplatz und einen Gemeinschaftsgarten vor.

Mehr zum Thema

Neue Radwege für die Innenstadt
Wohnungsbau: Die Stadt kauft Grundstücke
"""


def test_german_news_read_also_line_and_short_related_titles() -> None:
    art = ak.parse(GERMAN_NEWS, "text")
    assert art.byline == "Anna Schmidt"
    # "Lesen Sie auch: …" in the body names a related story, as "Read more: …" and "À lire
    # aussi : …" do (it was removed as a remnant before "Lesen Sie auch" named sections)
    assert art.removed == []
    assert [(r.title, r.teaser) for r in art.related] == [
        ("Anwohner fordern mehr Grünflächen im Osten", None),
        ("Neue Radwege für die Innenstadt", None),
        ("Wohnungsbau: Die Stadt kauft Grundstücke", None),
    ]
    assert_accounted(GERMAN_NEWS, art)


def test_a_second_summary_section_at_the_top_is_a_body_section() -> None:
    # the page's summary, then the article's own "Summary" section: one summary field
    text = (
        "Counting Census Tables\n\nSummary\n\nCensus tables at a glance.\n\n"
        "Summary\n\n"
        "The package turns the bureau's files into tables that any database can read, "
        "with one table per level of the census geography.\n\n"
        "How it works\n\n"
        "The files are read once and written to a local database that the package opens.\n"
    )
    art = ak.parse(text, "text")
    assert art.summary == "Census tables at a glance."
    assert [s.heading for s in art.sections] == ["Summary", "How it works"]
    assert_accounted(text, art)


LOCAL_NEWS_STORY = """\
Harbour Ferry Gets Electric Boats After Long Debate

By Tomas Berg, City Desk
Updated March 4, 2025 at 6:12 p.m.

Share this article

The harbour board voted 5-2 on Tuesday to replace the diesel ferries with three electric boats, after a year of hearings.

Advertisement

What the plan includes

The first boat, paid for by a regional grant, enters service next spring on the island route.

Why some members voted no

Two members said the charging station would take a quay the fishing fleet uses.

Get the latest harbour news delivered to your inbox.

Tags: ferries, harbour board, transport
"""


def test_local_news_story_headings_and_newsletter_pitch() -> None:
    art = ak.parse(LOCAL_NEWS_STORY, "text")
    assert art.title == "Harbour Ferry Gets Electric Boats After Long Debate"
    assert art.byline == "Tomas Berg, City Desk"
    assert art.headings == ["What the plan includes", "Why some members voted no"]
    assert {r.text for r in art.removed} >= {
        "Share this article",
        "Advertisement",
        "Get the latest harbour news delivered to your inbox.",
    }
    assert art.tags == ["ferries", "harbour board", "transport"]
    assert_accounted(LOCAL_NEWS_STORY, art)


def test_a_sentence_about_mail_in_an_inbox_is_text() -> None:
    text = (
        "Spotting Phishing\n\nPhishing mail is often delivered to your inbox disguised as an "
        "invoice.\n\nCheck the sender before you open anything.\n"
    )
    body = [b.text for s in ak.parse(text, "text").sections for b in s.blocks]
    assert body[0].startswith("Phishing mail is often delivered to your inbox")


MEDIUM_STYLE_POST = """\
Moving Our Job Queue into the Database

Lena Fischer

Follow

7 min read \u00b7 Feb 3, 2025

142

3

Listen

Share

Last year our team ran a message broker for every background job, and it was one more system to patch and explain.

THE DESIGN

The queue is one table:

CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  payload jsonb NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now()
);

Workers claim a job with a locking read, so two workers never take the same row.

SELECT id, payload
FROM jobs
WHERE run_at <= now()
ORDER BY run_at
LIMIT 1;

That is all the machinery there is.
"""


def test_medium_style_header_and_sql_code() -> None:
    art = ak.parse(MEDIUM_STYLE_POST, "text")
    assert (art.title, art.byline, art.published) == (
        "Moving Our Job Queue into the Database",
        "Lena Fischer",
        "Feb 3, 2025",
    )
    assert [r.text for r in art.removed] == ["Follow", "142", "3", "Listen", "Share"]
    assert art.headings == ["THE DESIGN"]
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert len(code) == 2
    assert code[0].startswith("CREATE TABLE jobs (") and code[0].endswith(");")
    assert code[1].startswith("SELECT id, payload") and code[1].endswith("LIMIT 1;")
    assert_accounted(MEDIUM_STYLE_POST, art)


@pytest.mark.parametrize(
    "line",
    ["SELECT COMMITTEE REPORT", "UPDATE: the meeting moved", "Select the best plan", "Date text"],
)
def test_capitalised_words_that_are_sql_keywords_are_not_code(line: str) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score(line) < CODE_THRESHOLD / 2


RECIPE_PAGE_COMPACT = """\
Skip to content
Menu
Easy Weeknight Lentil Soup
Jump to Recipe
Print Recipe
By Anna Kowalski | Updated Jan 10, 2025 | 12 Comments
This soup is on our table every week in winter. It takes 40 minutes, uses pantry staples, and tastes even better the next day.
Ingredients
1 tablespoon olive oil
1 onion, diced
1 cup red lentils, rinsed
4 cups vegetable broth
Salt and pepper to taste
Instructions
Heat the oil in a large pot over medium heat. Add the onion and cook for 5 minutes, until it turns soft and golden.
Add the lentils and broth, bring to a boil, then simmer for 20 minutes, stirring now and then so nothing sticks.
Related Recipes
Creamy Tomato Soup
Black Bean Chili
"""


def test_recipe_page_title_under_furniture_byline_with_counters_last_row() -> None:
    art = ak.parse(RECIPE_PAGE_COMPACT, "text")
    assert (art.title, art.byline, art.published) == (
        "Easy Weeknight Lentil Soup",
        "Anna Kowalski",
        "Jan 10, 2025",
    )
    assert art.headings == ["Ingredients", "Instructions"]  # not "Salt and pepper to taste"
    assert [r.title for r in art.related] == ["Creamy Tomato Soup", "Black Bean Chili"]
    assert {"Skip to content", "Menu", "Jump to Recipe", "Print Recipe"} <= {
        r.text for r in art.removed
    }
    assert_accounted(RECIPE_PAGE_COMPACT, art)


def test_a_stack_of_short_lines_ending_on_a_step_heading_keeps_none_of_them() -> None:
    text = (
        "Deploying with Containers\n"
        "In this tutorial we put a small web application and its proxy into containers.\n"
        "Prerequisites\n"
        "Docker and Docker Compose installed\n"
        "A web app with a requirements file\n"
        "Basic familiarity with the terminal\n"
        "Step 1: Write the Dockerfile\n"
        "Create a file named Dockerfile in the project root and copy the application in.\n"
    )
    art = ak.parse(text, "text")
    assert art.headings == ["Step 1: Write the Dockerfile"]
    assert_accounted(text, art)


DOCS_PAGE = """\
Configuring Logging in Acme Server

On this page
Overview
Log levels
See also

Overview

Acme Server writes its logs to standard output by default; change that in the logging section.

Log levels

The server knows five levels, from most to least verbose:

TRACE
DEBUG
INFO
WARN
ERROR

See also

Metrics and tracing (https://docs.acme.example/metrics)

Was this page helpful?
Yes No

Edit this page on GitHub
"""


def test_docs_page_table_of_contents_unmarked_levels_and_feedback_widget() -> None:
    art = ak.parse(DOCS_PAGE, "text")
    assert art.headings == ["Overview", "Log levels"]
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert [i.text for i in lists[0].items] == ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"]
    assert [r.url for r in art.references] == ["https://docs.acme.example/metrics"]
    assert {"On this page", "Yes No", "Edit this page on GitHub"} <= {r.text for r in art.removed}
    assert_accounted(DOCS_PAGE, art)


CHANGELOG_PAGE = """\
Changelog

All notable changes to this project are documented here.

v2.3.0 (2025-01-10)

Added

\u2022 A --dry-run flag for the sync command
\u2022 Support for Python 3.13

Fixed

\u2022 Crash when the config file is empty (#412)

[2.2.1] - 2024-12-02

Fixed

\u2022 Memory leak when watching more than 10,000 files
"""


def test_changelog_release_lines_are_headings_not_code() -> None:
    art = ak.parse(CHANGELOG_PAGE, "text")
    assert art.title == "Changelog"
    assert art.headings == [
        "v2.3.0 (2025-01-10)",
        "Added",
        "Fixed",
        "[2.2.1] - 2024-12-02",
        "Fixed",
    ]
    assert not [b for b in art.iter_blocks() if b.kind == "code"]
    assert_accounted(CHANGELOG_PAGE, art)


@pytest.mark.parametrize("line", ["2.3.0", "[1] '2.3.0'", "1.2.3 4.5.6 7.8.9"])
def test_a_bare_version_or_printed_versions_stay_what_they_were(line: str) -> None:
    from articlekit.parse.codelike import code_score

    assert code_score(line) >= 1.0


# --------------------------------------------------------------------------- tenth session

SCIENCE_NEWS_PAGE = """\
Lichens on City Roofs Trap More Soot Than Expected
Date:
June 2, 2025
Source:
Northfield Institute of Ecology
Summary:
A survey of forty rooftops found that lichen crusts hold twice the soot that bare tiles do.
Share:
FULL STORY
Ecologists at the Northfield Institute scraped lichen crusts from forty roofs across three cities and weighed the soot caught in them.
Crusts on roofs near main roads held the most, about twice as much as tiles without lichen beside them.
"Nobody had looked at roofs as filters," said survey lead Dr. Oskar Lind.
RELATED TOPICS
Earth & Climate
Pollution
Urban Ecology
Story Source:
Materials provided by Northfield Institute of Ecology. Note: Content may be edited for style and length.
Journal Reference:
Oskar Lind, Rana Haddad. Rooftop lichens as urban soot sinks. Urban Ecosystems, 2025; DOI: 10.1007/s11252-025-0042-7
Cite This Page:
MLA
APA
Chicago
"""


def test_science_news_page_fields_split_over_two_lines() -> None:
    art = ak.parse(SCIENCE_NEWS_PAGE)
    assert art.title == "Lichens on City Roofs Trap More Soot Than Expected"
    assert art.published == "June 2, 2025"
    assert art.summary is not None and art.summary.startswith("A survey of forty rooftops")
    assert art.tags == ["Earth & Climate", "Pollution", "Urban Ecology"]
    assert [r.title for r in art.references] == [
        "Oskar Lind, Rana Haddad. Rooftop lichens as urban soot sinks. Urban Ecosystems, "
        "2025; DOI: 10.1007/s11252-025-0042-7"
    ]
    removed = [r.text for r in art.removed]
    assert removed == ["Share:", "FULL STORY", "Cite This Page:", "MLA", "APA", "Chicago"]
    texts = [b.text for b in art.iter_blocks() if b.kind == "paragraph"]
    # the source's field stays in the body, as one line would have
    assert texts[0] == "Source: Northfield Institute of Ecology"
    assert all(s.heading is None for s in art.iter_sections())
    assert_accounted(SCIENCE_NEWS_PAGE, art)
    assert_spans_valid(SCIENCE_NEWS_PAGE, art)


def test_field_label_over_a_sentence_is_no_field() -> None:
    text = (
        "Notes From the Field\n"
        "Updated:\n"
        "We moved the camp twice this week because of the rain, and everyone is tired but well.\n"
        "The second site is higher and drier, with a view of the whole valley below it.\n"
    )
    art = ak.parse(text)
    assert art.published is None
    assert_accounted(text, art)


REVIEW_PAGE = """\
Trailhead 40L Backpack Review: Light, Roomy and a Little Fragile

By Marta Okonjo
Updated Mar 4, 2025

Verdict

The Trailhead 40L carries a weekend's kit in comfort and weighs less than a kilo, but its mesh pockets tore on our second trip.

Pros
Weighs 980 grams
Roomy main compartment
Comfortable hip belt

Cons
Mesh pockets tear easily
No rain cover

How we tested

We carried the pack on six overnight hikes with loads between eight and twelve kilograms.
"""


def test_review_pros_and_cons_under_their_headings_are_lists() -> None:
    art = ak.parse(REVIEW_PAGE)
    assert art.byline == "Marta Okonjo" and art.published == "Mar 4, 2025"
    sections = {s.heading: s for s in art.iter_sections()}
    assert list(sections) == ["Verdict", "Pros", "Cons", "How we tested"]
    pros = sections["Pros"].blocks
    assert [b.kind for b in pros] == ["list"]
    assert [i.text for i in pros[0].items] == [  # type: ignore[union-attr]
        "Weighs 980 grams",
        "Roomy main compartment",
        "Comfortable hip belt",
    ]
    assert [i.text for i in sections["Cons"].blocks[0].items] == [  # type: ignore[union-attr]
        "Mesh pockets tear easily",
        "No rain cover",
    ]
    assert [b.kind for b in sections["How we tested"].blocks] == ["paragraph"]
    assert_accounted(REVIEW_PAGE, art)


def test_heading_over_printed_fields_makes_no_list() -> None:
    text = (
        "Filtering the records\n\n"
        "The call prints the filters it will apply.\n\n"
        "  Species: all\n  Start time: all\n  Protocol: all\n  Duration: all\n\n"
        "Each of them can be narrowed before the data are read.\n"
    )
    art = ak.parse(text)
    assert not [b for b in art.iter_blocks() if b.kind == "list"]


INTERVIEW_PAGE = """\
Four Questions for a Beekeeper

Tomás Reyes keeps sixty hives on the edge of the city. We asked him about a hard winter.

Q: How many colonies did you lose?

A: Eleven of sixty, which is about what we lose in a bad year, not a disaster.

Q: What do you do differently now?

A: We feed earlier in the autumn and we insulate the lids of the hives.

Related
Why Urban Bees Are Doing Better Than Rural Ones
The Plants That Feed Bees in Early Spring
"""


def test_related_heading_over_titles_gives_related_articles() -> None:
    art = ak.parse(INTERVIEW_PAGE)
    assert [r.title for r in art.related] == [
        "Why Urban Bees Are Doing Better Than Rural Ones",
        "The Plants That Feed Bees in Early Spring",
    ]
    assert all(s.heading is None for s in art.iter_sections())
    assert_accounted(INTERVIEW_PAGE, art)


def test_related_heading_over_prose_stays_a_heading() -> None:
    text = (
        "Notes on Moss\n\n"
        "Moss grows where little else does, on stone and bark and the north side of roofs.\n\n"
        "Related\n\n"
        "Lichens are often confused with moss, but they are a partnership of a fungus and an alga, "
        "and they grow far more slowly than any moss does.\n"
    )
    art = ak.parse(text)
    assert art.related == []
    assert [s.heading for s in art.iter_sections()] == [None, "Related"]


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("PORTLAND, Ore., Jan. 9, 2025 /PRNewswire/ -- Harbor Tools today opened", "Jan. 9, 2025"),
        ("OSLO, 3 March 2025 (GLOBE NEWSWIRE) -- Harbor Tools today opened", "3 March 2025"),
        ("NEW YORK, March 3, 2025 — Harbor Tools today opened", "March 3, 2025"),
    ],
)
def test_press_release_dateline_gives_the_date(opening: str, date: str) -> None:
    text = (
        "Harbor Tools Opens a Second Factory\n\n"
        f"{opening} a second factory, which will employ 200 people by the end of the year.\n\n"
        "The company makes hand tools for boat builders.\n"
    )
    art = ak.parse(text)
    assert art.published == date
    first = next(art.iter_blocks())
    assert first.kind == "paragraph" and first.text.startswith(opening.split(",")[0])
    source = next(f for f in art.field_sources if f.field == "published")
    assert source.span.slice(text) == date
    assert_accounted(text, art)
    assert_spans_valid(text, art)


def test_wire_story_without_a_date_in_its_dateline_has_none() -> None:
    art = ak.parse(
        "Harbor Tools Opens a Second Factory\n\n"
        "LONDON (Reuters) - Harbor Tools opened a second factory on Tuesday, the company said.\n"
    )
    assert art.published is None


BROADCASTER_PAGE = """\
Otters return to the river after forty years

Published
2 days ago

Share
Save

Image source, River Trust
Image caption, A camera trap caught the otter at night

Otters are breeding on the River Wend for the first time in forty years, a wildlife trust says.

Camera traps set along a mile of the river filmed a female with two cubs in September.

More on this story
Beavers released into a Devon valley
How clean is your local river?
"""


def test_date_label_above_the_date_and_more_on_this_story() -> None:
    art = ak.parse(BROADCASTER_PAGE)
    assert art.title == "Otters return to the river after forty years"
    assert art.published == "2 days ago"
    assert [r.title for r in art.related] == [
        "Beavers released into a Devon valley",
        "How clean is your local river?",
    ]
    assert [s.heading for s in art.sections] == [None]
    assert art.sections[0].blocks[0].text.startswith("Otters are breeding")  # type: ignore[union-attr]
    assert_accounted(BROADCASTER_PAGE, art)


def test_a_heading_named_published_over_prose_stays() -> None:
    text = (
        "What We Learned\n\nPublished\n\n"
        "Four of our papers were published this year, two of them in open-access journals.\n"
    )
    art = ak.parse(text)
    assert art.published is None


@pytest.mark.parametrize(
    "line",
    [
        "INFO[0002] Downloading base image registry.example/notebook-cpu:v0.7.0",
        "I0226 23:48:06.457567 140238089848640 train.py:100] mean_absolute_error=33.15",
        "2021-01-29T23:32:26.680310Z error epoch 0 exited with error: exit status 1",
        "web-frontend-2046965998-z65jn   1/1       Running   0          30s",
        "NAME         REFERENCE                  TARGET    MINPODS   MAXPODS   AGE",
    ],
)
def test_log_lines_and_printed_table_rows_alone_are_code_not_headings(line: str) -> None:
    text = (
        "Scaling the Web Tier\n\n"
        "We watched the autoscaler add pods while the load test ran against the service.\n\n"
        f"{line}\n\n"
        "After a minute the new pods were ready and the latency fell back to normal.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.sections] == [None]
    assert [b.kind for b in art.iter_blocks()] == ["paragraph", "code", "paragraph"]


def test_sentences_with_two_spaces_after_each_stay_prose() -> None:
    text = (
        "Old Habits\n\n"
        "He typed two spaces after every sentence.  Nobody minded.  The editor did.  "
        "So do we.\n"
    )
    assert [b.kind for b in ak.parse(text).iter_blocks()] == ["paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "Uploading registry.example/ml-team/train-job:bde79d77",
        "external-dns.alpha.kubernetes.io/hostname: dashboard.example.com",
    ],
)
def test_an_address_without_its_scheme_alone_is_no_heading(line: str) -> None:
    text = (
        "Shipping the Training Job\n\n"
        "The builder pushes the image to the registry before the job starts.\n\n"
        f"{line}\n\n"
        "Once the upload finishes, the cluster pulls the image and starts the pods.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.sections] == [None]


def test_a_heading_naming_a_site_with_its_capitals_stays_a_heading() -> None:
    text = (
        "Our Stack\n\nWe rebuilt the front end last year.\n\n"
        "Node.js/React Setup\n\n"
        "The app runs on a small server with a React front end and a Node.js back end.\n"
    )
    assert "Node.js/React Setup" in [s.heading for s in ak.parse(text).sections]


RELEASE_HIGHLIGHTS = """\
Gardenkit 3.0 Highlights

Gardenkit 3.0 is out, with changes across the planner, the app and the sync service.

Frost-aware sowing dates

Maya Lindqvist

The planner now reads frost dates for your postcode and moves every sowing date to match.

Shared plots

Tom Berg, Ana Ruiz

Two people can now edit the same plot from different phones, and see each other's changes.

Faster sync

Maya Lindqvist

Sync now sends only what changed since the last time, which makes it about ten times faster.
"""


def test_contributors_credited_under_each_heading_are_text() -> None:
    art = ak.parse(RELEASE_HIGHLIGHTS)
    assert [s.heading for s in art.sections] == [
        None,
        "Frost-aware sowing dates",
        "Shared plots",
        "Faster sync",
    ]
    assert art.sections[2].blocks[0].text == "Tom Berg, Ana Ruiz"  # type: ignore[union-attr]
    assert_accounted(RELEASE_HIGHLIGHTS, art)


def test_title_case_sub_headings_under_headings_stay_headings() -> None:
    text = (
        "A Guide to Pruning\n\n"
        "Pruning keeps trees healthy and productive.\n\n"
        "Apple Trees\n\nWinter Pruning\n\n"
        "Cut back the leaders by a third while the tree is dormant, above an outward bud.\n\n"
        "Pear Trees\n\nSummer Pruning\n\n"
        "Shorten the new side shoots to three leaves in late summer, when they turn woody.\n\n"
        "Plum Trees\n\nSpring Pruning\n\n"
        "Prune plums only in spring or summer, when silver leaf spores are not about.\n"
    )
    headings = [s.heading for s in ak.parse(text).iter_sections()]
    assert {"Winter Pruning", "Summer Pruning", "Spring Pruning"} <= set(headings)


@pytest.mark.parametrize(
    "line",
    [
        "julia> using Statistics",
        "(@v1.10) pkg> add DataFrames",
        "scala> val total = prices.sum",
        "sqlite> .tables",
        "[8bb1440f] + DelimitedFiles v1.9.1",
        "HTTP/1.1 200 OK",
        "GET /status HTTP/1.1",
        "EOF",
    ],
)
def test_console_prompts_package_manager_output_and_http_lines_are_no_headings(
    line: str,
) -> None:
    text = (
        "Checking the Service\n\n"
        "We run the command and read what it prints before going on.\n\n"
        f"{line}\n\n"
        "The reply shows the service is up, so we can move on to the next step.\n"
    )
    assert [s.heading for s in ak.parse(text).sections] == [None]


def test_a_package_manager_command_named_in_a_heading_is_no_prompt() -> None:
    from articlekit.parse.codelike import code_score

    # "pkg> add …" names a command in a release's highlights; "(@v1.10) pkg> add …" is typed
    assert code_score("pkg> add now updates the registry once a day") < 1.0
    assert code_score("(@v1.10) pkg> add DataFrames") >= 2.0


def test_a_long_chinese_sentence_is_no_heading_and_a_full_width_colon_ends_a_label() -> None:
    text = (
        "朱莉娅工作坊回顾\n\n"
        "会议结束以后我们讨论了如何改进社区在国内的活动形式，并且决定每年举办一次线下活动，欢迎大家参加。\n\n"
        "获奖者如下：\n\n"
        "- 张三\n- 李四\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.sections] == [None]
    lists = [b for b in art.iter_blocks() if b.kind == "list"]
    assert lists and lists[0].lead_in == "获奖者如下"  # type: ignore[union-attr]


def test_values_a_console_printed_under_a_colon_are_no_list() -> None:
    text = (
        "Random Numbers\n\n"
        "We draw five numbers and look at them.\n\n"
        "5-element Vector{Float64}:\n"
        " 0.986403\n 0.140913\n 0.294963\n\n"
        "Each value falls between zero and one, as the documentation promises.\n"
    )
    art = ak.parse(text)
    assert not [b for b in art.iter_blocks() if b.kind == "list"]


def test_what_a_debugger_prints_under_its_prompt_is_output() -> None:
    text = (
        "Chasing a Zombie Process\n\n"
        "We stop the child process as soon as it starts and look around.\n\n"
        '(lldb) process attach --name "worker" --waitfor\n'
        "Process 4196 stopped\n"
        "(lldb) c\n"
        "Process 4196 resuming\n\n"
        "The signal handler was already in place when the child started.\n"
    )
    art = ak.parse(text)
    assert [s.heading for s in art.sections] == [None]
    assert [b.kind for b in art.iter_blocks()] == ["paragraph", "code", "paragraph"]


def test_a_line_ending_on_a_table_cells_edge_is_no_heading() -> None:
    text = (
        "Workshop Agenda\n\n"
        "The day is split into four one-hour parts, each with a short break.\n\n"
        "Hour One: The Structure of a Package |\n\n"
        "We discuss why shareable code matters and how a package is laid out on disk, "
        "with examples from real projects.\n"
    )
    assert [s.heading for s in ak.parse(text).sections] == [None]


def test_a_step_number_and_a_capitalised_title_without_a_colon_is_a_heading() -> None:
    text = (
        "Setting Up the Gateway\n"
        "The gateway needs a certificate before it accepts traffic.\n"
        "Step 4 Create the Certificate\n"
        "$ kubectl create secret tls gateway-cert --key key.pem --cert cert.pem\n"
        "Step 5 Enable the Route\n"
        "$ kubectl apply -f route.yaml\n"
        "Step 1 is to check that the cluster is running, which most readers have done.\n"
    )
    headings = [s.heading for s in ak.parse(text).sections]
    assert "Step 4 Create the Certificate" in headings
    assert "Step 5 Enable the Route" in headings
    assert not any(h and h.startswith("Step 1") for h in headings)


@pytest.mark.parametrize("heading", ["C++ notes", "C# Notes", "C++: CSV reader"])
def test_a_language_named_with_symbols_is_no_sign_of_code(heading: str) -> None:
    text = (
        "Release 6.0\n\n"
        "This release brings many changes across the libraries.\n\n"
        f"{heading}\n\n"
        "The readers are faster and use less memory than in the previous release.\n"
    )
    assert heading in [s.heading for s in ak.parse(text).sections]


def test_the_same_sub_heading_under_each_heading_is_no_credit() -> None:
    text = (
        "Three Ways to Sort a List\n\n"
        "Python offers several ways to sort, each suited to a different job.\n\n"
        "Sorting in Place\n\nExample\n\n"
        "The list method sorts the list itself and returns nothing, which saves memory.\n\n"
        "Sorting a Copy\n\nExample\n\n"
        "The built-in function returns a new sorted list and leaves the original alone.\n\n"
        "Sorting by a Key\n\nExample\n\n"
        "A key function tells the sort what to compare, such as the length of each word.\n"
    )
    headings = [s.heading for s in ak.parse(text).iter_sections()]
    assert headings.count("Example") == 3


# A tutorial that connects in several languages: each language's code opens with its
# imports or declarations, and each section's name opens the same way.
CLIENTS_IN_SEVERAL_LANGUAGES = """Signing Requests to the Search Service

Every client can now sign its requests without a proxy in front of it.

Creating a client connection in Python

The Python client needs the boto3 package installed first.

from urllib.parse import urlparse

from boto3 import Session
from searchpy import SignerAuth, SearchClient, HttpConnection

url = urlparse("https://search.example.org")
auth = SignerAuth(Session().get_credentials(), "eu-west-1")
client = SearchClient(hosts=[url.netloc], http_auth=auth)

Creating a client connection in Ruby

The Ruby gem wraps the signer in a client class of its own.

require 'search-signer'
client = Search::SignedClient.new(host: 'https://search.example.org')

Creating a client connection in C#

using Search.Client;
using Search.Net.Auth;

namespace Application
{
    class Program
    {
        static void Main(string[] args) { }
    }
}

Creating a client connection in Go

package main

import (
    "context"
    "fmt"
)

Summing up

Signed requests work the same way in every client.
"""


def test_imports_and_declarations_open_code() -> None:
    art = ak.parse(CLIENTS_IN_SEVERAL_LANGUAGES)
    code = [b.text for b in art.iter_blocks() if b.kind == "code"]
    assert any(
        c.startswith("from urllib.parse import urlparse") and "SearchClient(" in c for c in code
    )
    assert any(c.startswith("using Search.Client;") and "namespace Application" in c for c in code)
    assert any(c.startswith("package main") and '"context"' in c for c in code)
    paragraphs = [b.text for b in art.iter_blocks() if b.kind == "paragraph"]
    assert not any(p.startswith(("from ", "using ", "package ", "namespace ")) for p in paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "from the start import duties rose sharply",
        "Import Duties",
        "package managers are great",
        "using a laptop;",
    ],
)
def test_words_like_import_in_prose_are_no_code(line: str) -> None:
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    assert code_score(line) < CODE_THRESHOLD


def test_a_line_opening_like_a_series_of_headings_is_one() -> None:
    # "… in C#" and "… in Go" sit over code (or between code blocks), where a line
    # introducing code is no heading; the series the article's headings form says it is one
    art = ak.parse(CLIENTS_IN_SEVERAL_LANGUAGES)
    headings = [s.heading for s in art.sections]
    assert headings == [
        None,
        "Creating a client connection in Python",
        "Creating a client connection in Ruby",
        "Creating a client connection in C#",
        "Creating a client connection in Go",
        "Summing up",
    ]
    assert art.title == "Signing Requests to the Search Service"


def test_a_line_printed_again_and_again_is_no_series() -> None:
    text = (
        "Building the Image\n\nThe build prints one line per step.\n\n"
        "Creating entry point for the class Model\n\nThe first step is done.\n\n"
        "Creating entry point for the class Model\n\nThe second step is done.\n\n"
        "$ make image\nCreating entry point for the class Model\nbuilt image 3f9c1e0\n"
    )
    headings = [s.heading for s in ak.parse(text).iter_sections()]
    assert headings.count("Creating entry point for the class Model") <= 2


RELEASE_WITH_CHECKSUMS = """Node 0.10.48 (Maintenance)

This is a security release. All users of this line should upgrade.

Shasums (GPG signing hash: SHA512, file hash: SHA256):

6a6ce9cbc42560a1d0ed9c04dcdcb84127f0c2e90d4850fd0e3003b31549795c  node.exe
b007eea6d7a7f4a1dbc11e1ea5771ee39f4269e99dbbbc6ecf1441db3fb6e351  x64/node.pdb
35d510ca5e8dd0c21cb11c2bf33b90f3715f92281aaaa49645f61c565c8adceb  node-v0.10.48-darwin-x64.tar.gz

-----BEGIN PGP SIGNATURE-----

iQEcBAEBCAAGBQJYBk/vAAoJEMJzeS99g1RdV1sH/RHgh/RbMRTMHyDNfrateafQ
4RZZdj6XG5Jp5dZgLIoZhJNrXw4KlBZrSulowjPBDYXfOyFnZ3FeDl/T4u1cmIEp
-----END PGP SIGNATURE-----
"""


def test_checksums_and_signatures_are_code() -> None:
    art = ak.parse(RELEASE_WITH_CHECKSUMS)
    assert [s.heading for s in art.sections] == [None]
    code = "\n".join(b.text for b in art.iter_blocks() if b.kind == "code")
    assert "x64/node.pdb" in code and "iQEcBAEBCAAG" in code and "4RZZdj6XG5Jp" in code
    from articlekit.parse.codelike import CODE_THRESHOLD, code_score

    # one long word of letters alone is no armor: it holds no digit
    assert code_score("Donaudampfschifffahrtsgesellschaftskapitaensmuetzen") < CODE_THRESHOLD


@pytest.mark.parametrize(
    "heading",
    [
        "🚀 Getting Started",
        "⚙️ Workshops and Sprints",
        "👩\u200d💻 Meet the Team",
    ],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_heading_opened_by_an_emoji(heading: str, separator: str) -> None:
    # with no blank line between blocks, the emoji line was glued to the paragraph above as
    # its wrapped end (it does not start with a capital)
    text = separator.join(
        [
            "Our Spring Update",
            "The team shipped a lot this season, and this post walks through it one by one.",
            heading,
            "We ran three workshops in April and May, each with about forty people.",
            "Next Steps",
            "The next release is planned for the autumn, with a focus on documentation.",
        ]
    )
    art = ak.parse(text + "\n")
    assert [s.heading for s in art.sections] == [None, heading, "Next Steps"]
    assert art.title == "Our Spring Update"
    assert_accounted(text, art)


def test_a_heading_opened_by_an_emoji_shortcode_is_scored_on_its_words() -> None:
    # ":purple_heart:" is no snake_case name of code
    text = (
        "Community Update\n\nThis month two projects joined the program after their reviews.\n\n"
        ":purple_heart: Welcome to SunPy\n\n"
        "SunPy is a community-developed library for solar physics, written in Python.\n"
    )
    assert ":purple_heart: Welcome to SunPy" in [s.heading for s in ak.parse(text).sections]


INTERVIEW_NUMBERED = """\
Interview with Lena Hart, maintainer

Lena Hart joined the project as a student three years ago and now reviews most of its pull requests.

1. Tell us about yourself.

I live in Leeds and work as a data engineer at a small energy company.

2. How did you first get involved in open source?

A course at my university asked us to fix a bug in a real project, and I picked this one.

3. What keeps you contributing?

The people. Reviews here are kind and quick, and I learn something from every one of them.

4. What are your hobbies outside of work?

Climbing, and baking bread on Sundays.
"""


def test_numbered_questions_of_one_sequence_are_read_one_way() -> None:
    # "1. Tell us about yourself." reads as a sentence, so the whole sequence is a list of
    # questions with answers between them, not headings for some and items for the others
    art = ak.parse(INTERVIEW_NUMBERED)
    assert art.headings == []
    items = [i.text for s in art.sections for b in s.blocks if b.kind == "list" for i in b.items]
    assert items == [
        "Tell us about yourself.",
        "How did you first get involved in open source?",
        "What keeps you contributing?",
        "What are your hobbies outside of work?",
    ]
    assert_accounted(INTERVIEW_NUMBERED, art)


def test_numbered_sections_that_all_read_as_headings_stay_headings() -> None:
    text = INTERVIEW_NUMBERED.replace("1. Tell us about yourself.", "1. About yourself")
    art = ak.parse(text)
    assert art.headings == [
        "1. About yourself",
        "2. How did you first get involved in open source?",
        "3. What keeps you contributing?",
        "4. What are your hobbies outside of work?",
    ]


DOCSTRING_POST = """\
Drawing a battery

The function below draws the battery and returns nothing.

def draw_battery(fig, ax, percentage=0):
    '''
    Parameters
    ----------
    fig : figure
        The figure object for the plot
    ax : axes
        The axes of the figure.
    '''
    ax.axis("off")

Call it once per frame of the animation.
"""


def test_docstring_inside_code_is_code() -> None:
    art = ak.parse(DOCSTRING_POST, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert len(code) == 1
    assert "The figure object for the plot" in code[0] and code[0].endswith('ax.axis("off")')
    assert_accounted(DOCSTRING_POST, art)


PRINTED_ROWS = """\
Elementary cellular automata

Each rule maps three cells to one:

for i, triplet in enumerate(triplets):
    print(f"input:{triplet}, index:{7-i}, output {rule[7-i]}")
input:000, index:7, output 0
input:001, index:6, output 1
input:010, index:5, output 1
input:011, index:4, output 1
We can now map every input to the index of its rule.
"""


def test_rows_of_one_shape_under_code_are_printed_output() -> None:
    art = ak.parse(PRINTED_ROWS, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert code and code[-1].endswith("input:011, index:4, output 1")
    body = block_texts(art, "paragraph")
    assert body[-1] == "We can now map every input to the index of its rule."
    assert_accounted(PRINTED_ROWS, art)


def test_lines_of_one_shape_without_numbers_under_code_stay_text() -> None:
    text = PRINTED_ROWS.replace("input:000, index:7, output 0\n", "Yes it does.\n").replace(
        "input:001, index:6, output 1\ninput:010, index:5, output 1\n"
        "input:011, index:4, output 1\n",
        "No it does not.\nIt is fine.\n",
    )
    art = ak.parse(text, format="text")
    body = block_texts(art, "paragraph")
    assert "It is fine." in " ".join(body)


ECHOED_NAME = """\
Distances between the stations

We take half the largest distance between two points of the district:

dist <- district %>%
  sf::st_cast("POINT") %>%
  sf::st_distance() %>%
  max() * 0.5

dist

That is about 24 km, which we use as the radius of the map.
"""


def test_variable_echoed_under_its_assignment_is_code() -> None:
    art = ak.parse(ECHOED_NAME, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert code == [
        'dist <- district %>%\n  sf::st_cast("POINT") %>%\n  sf::st_distance() %>%\n'
        "  max() * 0.5\n\ndist"
    ]
    assert_accounted(ECHOED_NAME, art)


def test_package_name_heading_under_code_stays_a_heading() -> None:
    # "skimr" is named in the code above, but not assigned there: a package's section
    text = (
        "Packages of the week\n\nlibrary(skimr)\nlibrary(emldown)\n\n"
        "skimr\n\nskimr gives compact summaries of data frames, one line per column.\n\n"
        "emldown\n\nemldown turns EML metadata into a readable web page.\n"
    )
    art = ak.parse(text, format="text")
    assert art.headings == ["skimr", "emldown"]


PRINTED_FRAME = """\
Finding the providers

Search for the bison records and look at who provided them:

dat <- bison(species = "Bison bison", count = 500)
head(dat$provider)
                                      provider
1  University of Kansas Biodiversity Institute
2 Natural History Museum of Los Angeles County
3               Museum of Southwestern Biology

Most records come from museums, a few from citizen science.
"""


def test_numbered_rows_of_a_printed_frame_are_code() -> None:
    art = ak.parse(PRINTED_FRAME, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert len(code) == 1 and code[0].endswith("3               Museum of Southwestern Biology")
    assert_accounted(PRINTED_FRAME, art)


def test_pandas_rows_numbered_from_zero_are_code() -> None:
    text = (
        "Reading the file\n\nWe load the table and print it:\n\n"
        "df = pd.read_csv('stations.csv')\nprint(df[['name', 'city']])\n"
        "0 North Gate Station Leeds\n1 River Lane Station York\n2 Old Mill Station Hull\n\n"
        "Three stations, one per city.\n"
    )
    art = ak.parse(text, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert code and code[0].endswith("2 Old Mill Station Hull")


def test_numbered_lines_of_prose_are_no_frame() -> None:
    # numbered lines without code above them stay the article's text
    text = (
        "What you need\n\nFor the soup, chop these first:\n\n"
        "1 large onion\n2 carrots, peeled\n3 cloves of garlic\n\n"
        "Then warm the oil in a large pot.\n"
    )
    art = ak.parse(text, format="text")
    assert not any(b.kind == "code" for s in art.sections for b in s.blocks)
    assert_accounted(text, art)


PRINTED_RECORD = """\
Checking a study

At any point, the statement of a study can be retrieved:

dvStudyStatement('hdl:1902.1/17864')
Study title:   Replication data for: A Source of Bias
ObjectId:      hdl:1902.1/17864
Last updated:  2013-07-27T10:54:30.200Z
Status:        RELEASED
Locked?        false

Once released, the study is public.
"""


def test_padded_fields_under_code_are_its_printout() -> None:
    art = ak.parse(PRINTED_RECORD, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert len(code) == 1 and code[0].endswith("Locked?        false")
    assert_accounted(PRINTED_RECORD, art)


def test_fields_of_the_article_are_not_a_printout() -> None:
    # the same fields with no code above them are the article's own lines
    text = PRINTED_RECORD.replace("dvStudyStatement('hdl:1902.1/17864')\n", "")
    art = ak.parse(text, format="text")
    assert not any(b.kind == "code" for s in art.sections for b in s.blocks)


def test_sql_clauses_in_capitals_continue_their_statement() -> None:
    text = (
        "Where the numbers come from\n\n"
        "The downloads were counted in the public dataset with this query:\n\n"
        "SELECT * FROM `bigquery-public-data.pypi.file_downloads`\n"
        "WHERE project IN ({LIST OF PROJECT NAMES})\n"
        "AND timestamp > '{START OF PERIOD}';\n\n"
        "The counts include mirrors, so they overstate real use.\n"
    )
    art = ak.parse(text, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert len(code) == 1 and code[0].endswith("AND timestamp > '{START OF PERIOD}';")
    assert_accounted(text, art)


FLASHING_A_BOARD = """\
Flashing the board

Plug the board in and write the firmware with the flasher:

$ flasher --port /dev/ttyUSB0 write 0x0 firmware.bin
Connecting...
Flash params set to 0x0020
Wrote 540672 bytes at 0x0 in 13.1 seconds
REPL daemon started on ws://192.168.4.1:8266

The board restarts on its own once the firmware is written, and the light on it turns blue.
"""


def test_what_a_flasher_printed_with_addresses_and_a_socket_is_code() -> None:
    # a hexadecimal literal and an address of any scheme are no heading's words
    art = ak.parse(FLASHING_A_BOARD, format="text")
    assert art.headings == []
    code = block_texts(art, "code")
    assert len(code) == 1
    assert "Flash params set to 0x0020" in code[0]
    assert code[0].endswith("ws://192.168.4.1:8266")
    assert_accounted(FLASHING_A_BOARD, art)


RECIPE_MANIFEST = """\
A recipe in the new format

The requirements of a package are lists under their keys:

requirements:
  host:
    - python
    - pip
    - setuptools
  run:
    - python
    - numpy

Run the build once more after changing them.
"""


def test_manifest_with_more_items_than_keys_is_code() -> None:
    art = ak.parse(RECIPE_MANIFEST, format="text")
    assert not any(b.kind == "list" for s in art.sections for b in s.blocks)
    code = block_texts(art, "code")
    assert len(code) == 1 and code[0].startswith("requirements:")
    assert_accounted(RECIPE_MANIFEST, art)


def test_a_label_over_a_list_of_names_stays_a_list() -> None:
    text = (
        "The review\n\nReviewers:\n- Jane Doe\n- Ben Okafor\n- Chen Wei\n\nThanks to all three.\n"
    )
    art = ak.parse(text, format="text")
    assert [b.kind for s in art.sections for b in s.blocks if b.kind != "paragraph"] == ["list"]


BLOGGER_PROFILES = """\
Food bloggers we love
The best cooks on the web told us how they started and what they cook on a weeknight.
Andrew Rudkov
Account: @darkzip
What inspired you to start a cooking page?
I always wanted a blog, any blog at all, and food won because I cook every single day.
Olga Kuprin
Instagram - @okuprin
What inspired you to start a cooking page?
Food unites people wherever they are, even when they share no language at the table.
"""


@pytest.mark.parametrize("field", ["Account: @darkzip", "Instagram - @okuprin"])
def test_a_handle_under_a_name_is_a_field_not_a_heading(field: str) -> None:
    art = ak.parse(BLOGGER_PROFILES, format="text")
    headings = [s.heading for s in art.sections]
    assert "Andrew Rudkov" in headings and "Olga Kuprin" in headings
    assert field not in headings
    assert field in {b.text for s in art.sections for b in s.blocks if b.kind == "paragraph"}
    assert_accounted(BLOGGER_PROFILES, art)


def test_a_handle_in_a_sentence_line_is_still_read_as_usual() -> None:
    text = (
        "Meet the team\n\nFollow along on the road\n\nWe post every day from the van @roadtrip.\n"
    )
    art = ak.parse(text, format="text")
    assert "Follow along on the road" in [s.heading for s in art.sections]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_run_of_short_fields_is_no_heading(gap: str) -> None:
    lines = [
        "Match Stats",
        "City came from two goals down to beat Town 3-2 in front of a full stadium.",
        "Possession: City 58%",
        "Shots on target: City 9",
        "Attendance: 18,204",
        "Funeral Mass: Friday, 10 a.m.",
        "City face Westbrook in the semi-final on 3 May, at home, in front of their fans.",
    ]
    text = gap.join(lines) + "\n"
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.iter_sections()] == [None]
    assert_accounted(text, art)


def test_a_label_heading_over_prose_stays_a_heading_beside_a_field() -> None:
    text = (
        "The Partnership\n\nDate: 3 May 2025\n\n"
        "Background: A Partnership Built on Vision\n\n"
        "Microsoft first began its association with the lab in 2019, seeing AI as the next "
        "frontier of technology, and invested heavily in it.\n"
    )
    art = ak.parse(text, format="text")
    assert "Background: A Partnership Built on Vision" in [s.heading for s in art.sections]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_heading_glued_under_a_list_opens_the_next_section(gap: str) -> None:
    text = (
        f"Easy Tomato Pasta{gap}A quick weeknight dinner for two.{gap}Ingredients{gap}"
        "- 200 g spaghetti\n- 1 tin chopped tomatoes, or 400 g fresh ones\n"
        "Method\n1. Boil the pasta.\n2. Stir in the sauce.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None, "Ingredients", "Method"]
    items = [[i.text for i in b.items] for s in art.sections for b in s.blocks if b.kind == "list"]
    assert items == [
        ["200 g spaghetti", "1 tin chopped tomatoes, or 400 g fresh ones"],
        ["Boil the pasta.", "Stir in the sauce."],
    ]
    assert_accounted(text, art)


def test_a_list_items_wrapped_rest_still_joins_it() -> None:
    text = (
        "Packing\n\nWhat to bring on the hike, whatever the forecast says in the morning:\n\n"
        "- a waterproof jacket with a hood that fits over a helmet and\n"
        "closes at the neck\n- Water\n"
    )
    art = ak.parse(text, format="text")
    items = [i.text for s in art.sections for b in s.blocks if b.kind == "list" for i in b.items]
    assert items[0].endswith("and closes at the neck")


def test_hashtags_under_related_titles_are_the_tags() -> None:
    text = (
        "Hiking Guide\n\nThe huts open in mid-June and close in mid-September.\n\n"
        "Related Articles\n\n- Alta Via 1 for First-Timers (https://example.com/alta-via-1)\n\n"
        "#hiking #alps\n"
    )
    art = ak.parse(text, format="text")
    assert art.tags == ["hiking", "alps"]
    assert [r.title for r in art.related] == ["Alta Via 1 for First-Timers"]
    assert_accounted(text, art)


@pytest.mark.parametrize(
    "command",
    [
        "git clone https://github.com/acme/kestrel.git",
        "curl -sSL https://example.com/install.sh -o install.sh",
        "wget https://example.com/kestrel-2.4.tar.gz",
        "tar xzf kestrel-2.4.tar.gz",
        "sudo apt install kestrel",
        "winget install Acme.Kestrel",
    ],
)
def test_a_shell_command_alone_between_paragraphs_is_code(command: str) -> None:
    text = f"Upgrading\n\nRun the following command:\n\n{command}\n\nThat is all it takes.\n"
    art = ak.parse(text, format="text")
    assert block_texts(art, "code") == [command]


@pytest.mark.parametrize(
    "line", ["curl 5.0.0 is on CRAN", "sudo is how you run a command as root on Linux."]
)
def test_a_sentence_naming_a_command_stays_text(line: str) -> None:
    text = f"Release notes\n\nThe package has a new release out this week.\n\n{line}\n\nEnjoy.\n"
    art = ak.parse(text, format="text")
    assert block_texts(art, "code") == []


def test_steps_one_under_the_other_with_nothing_between_are_no_headings() -> None:
    text = (
        "Banana Bread\nThis loaf uses very ripe bananas and a little oil, so it stays moist "
        "for days without any butter.\nStep 1: Preheat the oven to 180°C\n"
        "Step 2: Mash the bananas with a fork\nStep 3: Bake for 50 minutes\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [None]
    assert block_texts(art, "paragraph")[-3:] == [
        "Step 1: Preheat the oven to 180°C",
        "Step 2: Mash the bananas with a fork",
        "Step 3: Bake for 50 minutes",
    ]
    assert_accounted(text, art)


def test_numbered_sections_with_text_and_subsections_stay_headings() -> None:
    text = (
        "Install Guide\n\nA short guide to the first start of the board.\n\n"
        "Step 1: Prepare the card\n\nInsert a card into your computer and open the imager.\n\n"
        "Step 2: First boot\n\nPower on the board and wait for the light to go green.\n"
    )
    art = ak.parse(text, format="text")
    assert [s.heading for s in art.sections] == [
        None,
        "Step 1: Prepare the card",
        "Step 2: First boot",
    ]


@pytest.mark.parametrize("line", ["Dimensions: 33 x 28 x 40 cm", "Screen: 1920×1080, 60 Hz, 13 in"])
def test_a_size_in_a_spec_row_is_no_printed_row(line: str) -> None:
    text = f"Espresso Machine Review\n\nThe machine is fine.\n\n{line}\n\nIt fits anywhere.\n"
    art = ak.parse(text, format="text")
    assert block_texts(art, "code") == []


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        (["By ANA RUIZ", "Associated Press"], "ANA RUIZ, Associated Press"),
        (["By Claire Whitcombe", "Staff Writer"], "Claire Whitcombe, Staff Writer"),
        (["Opinion by Claire Whitcombe"], "Claire Whitcombe"),
        (["Analysis by Jo Park"], "Jo Park"),
    ],
)
def test_bylines_with_an_agency_a_role_or_a_kind_of_piece(lines: list[str], byline: str) -> None:
    text = "\n\n".join(
        ["Chile Copper Output Falls", *lines, "Chile's copper output fell 4.1% in January."]
    )
    art = ak.parse(text + "\n", format="text")
    assert art.byline == byline
    assert [s.heading for s in art.sections] == [None]
    assert_accounted(text, art)


def test_a_heading_under_the_byline_is_no_agency() -> None:
    text = (
        "Chile Copper\n\nBy Jo Park\n\nBackground Information\n\n"
        "Chile's copper output fell 4.1% in January from a year earlier.\n"
    )
    art = ak.parse(text, format="text")
    assert art.byline == "Jo Park"
    assert [s.heading for s in art.sections] == ["Background Information"]
