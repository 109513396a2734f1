"""The parser's word lists, in one place: what counts as a function word, a generic
heading, a word too common to tell paragraphs apart. (The vocabularies users adapt to their
site - special-section names, UI remnants, bylines - are :class:`~articlekit.ParseOptions`.)"""

from __future__ import annotations

from typing import Final

# words a heading does not end on (articles, conjunctions, most prepositions, copulas):
# a line ending on one is a sentence that runs into the list or code below it
DANGLING_ENDS: Final = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "with", "by", "into", "onto"}
    | {"via", "as", "than", "our", "their", "these", "those", "my", "your", "its", "his"}
    | {"her", "is", "are", "was", "were", "include", "includes", "including", "such"}
)

#: ... and, in a line of two words or more, these: a relative pronoun, a modal, a preposition
#: or a verb whose object is missing ("We've refined our focal areas from", "Nine students
#: who", "By using this workflow we can", "We get alerts about", "The archive contains"):
#: the line runs on into the list or the quote below it. ("About" alone is a heading.)
RUN_ON_ENDS: Final = frozenset(
    {"who", "whom", "whose", "can", "could", "should", "would", "must"}
    | {"from", "about", "contains"}
    # a subject whose verb is in the list below ("This means we", "Big news is that we")
    | {"we", "they"}
)

#: the subject pronouns of RUN_ON_ENDS: a question may end on one ("Who are we?")
SUBJECT_PRONOUNS: Final = frozenset({"we", "they"})

#: words of running prose that a cited work's title seldom holds two of ("No new entries were
#: added to our list this month, see …"): a paragraph that merely holds a URL is no reference
PROSE_FUNCTION_WORDS: Final = frozenset(
    {"we", "our", "you", "your", "this", "it", "is", "are", "was", "were", "has", "have"}
    | {"no", "not", "to", "be", "can", "will", "been", "there"}
)
#: the small words of running prose, which a sentence holds several of and a statement of
#: code none ("useState() and useEffect() are the hooks you will use most.")
SENTENCE_FUNCTION_WORDS: Final = PROSE_FUNCTION_WORDS | frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "for", "with", "by", "both"}
    | {"now", "also", "its", "their", "that", "than", "which", "when", "instead", "had"}
    | {"after", "before", "every", "from", "into", "at", "as"}
)
#: ... from this many words on (a title with a verb in it is shorter)
PROSE_REFERENCE_MIN_WORDS: Final = 8

#: a clause opening with one of these is complete when it ends on a verb of DANGLING_ENDS:
#: "What the plan includes", "Who we are" (an indirect question, a heading's common shape)
WH_WORDS: Final = frozenset({"what", "who", "where", "when", "why", "how", "which"})
#: the DANGLING_ENDS and RUN_ON_ENDS that such a clause may end on ("Where do the data come
#: from?", "What the archive contains")
CLAUSE_FINAL_VERBS: Final = frozenset(
    {"is", "are", "was", "were", "include", "includes", "from", "about", "contains"}
)

#: lower-case words that join a clause to the sentence before it: a line opening with one
#: ("and you get something like this!") is the rest of a sentence, never a heading
CONTINUING_STARTS: Final = frozenset({"and", "or", "but", "nor", "yet", "which", "whereas"})

#: short words that do not count for Title Case, and that a continued sentence opens with
TITLE_STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "via",
        "with",
        "without",
        "your",
        "our",
        "its",
        "their",
        "his",
        "her",
        "my",
        "what",
        "how",
        "why",
        "when",
        "who",
        "which",
        "where",
        "is",
        "are",
        "was",
        "were",
        "be",
        "do",
        "does",
        "not",
        "no",
        "yes",
        "this",
        "that",
        "these",
        "those",
        "it",
        "we",
        "you",
        "i",
    ]
)

#: headings that open an article's body; a first line reading like this is not its title
GENERIC_HEADINGS: Final = frozenset(
    {"introduction", "intro", "background", "overview", "motivation", "abstract", "contents"}
    | {"table of contents", "preface", "foreword", "prologue", "summary", "conclusion"}
    | {"conclusions", "context", "the problem", "tldr", "abstract / tldr", "getting started"}
    | {"in short"}
)

#: headings of a paper's or a report's front matter: "Abstract" right above "1. Introduction",
#: "Introduction" right above "1. Lady Fern", stands beside the numbered sections, it heads
#: none of them
FRONT_MATTER_HEADINGS: Final = frozenset(
    {"abstract", "summary", "executive summary", "preface", "foreword", "prologue"}
    | {"introduction", "intro"}
    | {"tldr", "tl;dr", "key points", "highlights", "contents", "table of contents"}
)

#: first words of the headings that close an article ("Conclusion", "Final thoughts",
#: "Acknowledgements", "Next Steps"): such a heading is one of the article's own sections,
#: never a part of the section above it
CLOSING_HEADING_WORDS: Final = frozenset(
    {"conclusion", "conclusions", "summary", "acknowledgements", "acknowledgments"}
    | {"acknowledgement", "acknowledgment", "thanks", "references", "resources", "credits"}
    | {"final", "closing", "last", "future", "takeaway", "takeaways", "wrap", "wrapping"}
    | {"next", "further", "useful", "contributors", "feedback", "outlook", "recommendations"}
)
#: ... and their opening phrases ("Get involved", "Want to know more?")
CLOSING_HEADING_PHRASES: Final = (
    "in conclusion",
    "in summary",
    "to conclude",
    "to sum up",
    "get involved",
    "getting involved",
    "how to get involved",
    "how do i get involved",
    "want to know more",
    "learn more",
    "join the community",
    "thank you",
    "about the author",
    "what's next",
    "what\u2019s next",
    "what comes next",
    "looking ahead",
    "that's a wrap",
    "that\u2019s a wrap",
    "keep up with",
    "stay in touch",
    "connect with",
    "how can i learn more",
    "find out more",
    # a release post's or a feature's last parts send the reader to it: "Try it out", "Try
    # it!", "Getting started", "Join the conversation"
    "try it",
    "try out",
    "getting started",
    "join the conversation",
    # ... or to the reference pages behind it: "Migrating", "Changelog", "Release notes"
    "release notes",
    "changelog",
    "migrating",
    # ... or tell what is no longer supported: "End of Support for 8.x", "Deprecation notices"
    # (not a release's "Deprecations", one of its kinds of change: CHANGE_KINDS)
    "end of support",
    "deprecation",
    # ... or sign off, as a newsletter's or a release post's last part does: "Over and out",
    # "Looking forward", "Signing off", "Until next time", "Stay tuned"
    "over and out",
    "looking forward",
    "signing off",
    "until next time",
    "stay tuned",
)
#: first words of the headings of a credits section ("Acknowledgements", "Thanks", "Contributors"):
#: the exclamation of thanks right under one opens the section, above the names
CREDITS_HEADING_WORDS: Final = frozenset(
    {"acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment"}
    | {"thanks", "credits", "contributors"}
)

#: how the last sentence of a heading's text opens when it points at the parts below ("Here
#: are the main changes.", "Let's walk through them one at a time.", "This section covers the
#: refactors behind it."): the parts that follow are its own (a short list: "Let us know",
#: "Let's keep in touch" point nowhere)
FORWARD_POINTING_OPENINGS: Final = (
    "here is ",
    "here are ",
    "here's ",
    "here\u2019s ",
    "let's walk ",
    "let's look ",
    "let's take a look ",
    "let's dive ",
    "let's go through ",
    "let\u2019s walk ",
    "let\u2019s look ",
    "let\u2019s take a look ",
    "let\u2019s dive ",
    "let\u2019s go through ",
    # ("Let's review the highlights of the release.", "Let's explore these in more detail.",
    # "Let's consider two examples.": the parts below are what is reviewed)
    "let's review ",
    "let's explore ",
    "let's consider ",
    "let\u2019s review ",
    "let\u2019s explore ",
    "let\u2019s consider ",
    # ("There are several ways the tool helps." / "Use metrics" / "Compare costs": a count of
    # ways or options the parts below take one by one)
    "there are two ",
    "there are three ",
    "there are four ",
    "there are several ",
    "there are a few ",
    "the following ",
    # ("This section reflects our policies" speaks of a section elsewhere, of a guide)
    "this section provides ",
    "this section covers ",
    "this section describes ",
    "this section explains ",
    "this section outlines ",
    "this section walks ",
)
#: ... in a sentence of this many words at least ("Here is its source." points at a snippet
#: the scrape lost, not at parts)
FORWARD_POINTING_MIN_WORDS: Final = 6

#: first words of the heading of a section that installs software ("Installation", "Install
#: rgbif"), whose body is code
SETUP_WORDS: Final = frozenset({"install", "installation", "installing", "setup", "usage"})


#: the verbs a tutorial's step is named by, over its command ("Create Node", "Deploy the
#: Service", "Set up Cluster"); a line over code naming no action ("Memory Usage", "Good
#: input") labels what the code shows (compared case-folded)
STEP_VERBS: Final = frozenset(
    {
        "add",
        "apply",
        "build",
        "check",
        "clone",
        "configure",
        "create",
        "delete",
        "deploy",
        "download",
        "enable",
        "expose",
        "generate",
        "inject",
        "install",
        "label",
        "migrate",
        "prepare",
        "remove",
        "restart",
        "run",
        "set",
        "start",
        "test",
        "uninstall",
        "update",
        "upgrade",
        "verify",
    }
)


#: what a release note's heading says befell the API it names, before a colon:
#: "Removed: app.getPath()", "Behavior Changed: ...", "Default Changed: ..." (compared
#: case-folded)
CHANGE_LABELS: Final = frozenset(
    {
        "added",
        "api changed",
        "behavior changed",
        "behaviour changed",
        "breaking change",
        "changed",
        "default changed",
        "deprecated",
        "removed",
        "renamed",
    }
)

#: how a sentence ending in a colon announces what a program printed ("Running the test
#: produced the following output:", "The command prints:"): the short lines under it are
#: that output, whose code fence the scraper dropped, not a list without bullets
OUTPUT_ANNOUNCEMENT_ENDS: Final = (
    "following output",
    "this output",
    "output like this",
    "output like the following",
    "output similar to this",
    "output looks like this",
    "prints",
    "prints out",
    "printed",
    "will print",
    "should print",
)

#: the section of an API reference page whose body is code ("Examples" over a ">>>"
#: session): named so, a line over code heads it (see SETUP_WORDS)
CODE_SECTION_NAMES: Final = frozenset({"examples", "example"})

#: sites a person's profile links point to: "Jenny on GitHub, Twitter" is a line of such
#: links whose addresses the scrape dropped
PROFILE_SITES: Final = frozenset(
    {"github", "gitlab", "twitter", "x", "website", "web page", "webpage", "homepage"}
    | {"home page", "blog", "bluesky", "mastodon", "fosstodon", "linkedin", "facebook"}
    | {"instagram", "youtube", "orcid", "google scholar", "researchgate", "email", "e-mail"}
)

#: words too common to tell two paragraphs apart (near-duplicate detection)
DUPLICATE_STOPWORDS: Final = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)

#: share targets that are no interface line alone ("X", "Threads") but fill a bar of share
#: buttons beside the one-word UI remnants ("Facebook X LinkedIn Email")
SHARE_BAR_WORDS: Final = frozenset(
    {"x", "pinterest", "telegram", "mastodon", "bluesky", "threads", "messenger", "mail"}
    | {"e-mail", "flipboard", "pocket", "tumblr", "xing", "sms", "copy"}
)

#: month names of German, French, Spanish, Italian, Portuguese and Dutch dates ("4. März
#: 2025", "4 mars 2025", "4 de marzo de 2025"), lower case
EUROPEAN_MONTHS: Final = (
    "januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember"
    "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    "|januari|februari|maart|mei|augustus"
)


#: what a page counts under or over its article: "142 Likes", "6 Restacks", "1.2k views"
ENGAGEMENT_WORDS: Final = (
    "like",
    "likes",
    "restack",
    "restacks",
    "share",
    "shares",
    "view",
    "views",
    "clap",
    "claps",
    "reaction",
    "reactions",
    "retweet",
    "retweets",
    "repost",
    "reposts",
    "upvote",
    "upvotes",
    "recommend",
    "recommends",
    "answer",
    "answers",
    "follower",
    "followers",
    "subscriber",
    "subscribers",
    "reply",
    "replies",
)


#: the alt texts of a README's badges ("Build status Coverage PyPI version License: MIT"):
#: a line made only of these words, with at least BADGE_MIN_STRONG of BADGE_STRONG_WORDS,
#: is a row of badge images whose pictures the scrape dropped
BADGE_WORDS: Final = frozenset(
    {"build", "status", "passing", "failing", "coverage", "codecov", "coveralls", "pypi"}
    | {"version", "versions", "license", "downloads", "docs", "documentation", "cran"}
    | {"r-cmd-check", "lifecycle", "experimental", "stable", "maturing", "peer-review"}
    | {"project", "repostatus", "active", "ci", "tests", "python", "npm", "conda", "doi"}
    | {"zenodo", "github", "actions", "workflow", "mit", "apache", "gpl", "bsd", "badge"}
    | {"code", "style", "black", "ruff", "pre-commit", "chat", "gitter", "discord", "travis"}
    | {"appveyor", "circleci", "release", "latest", "monthly", "weekly", "total", "rdrr"}
)
BADGE_STRONG_WORDS: Final = frozenset(
    {"build", "coverage", "codecov", "pypi", "cran", "license", "downloads", "r-cmd-check"}
    | {"lifecycle", "repostatus", "travis", "appveyor", "coveralls", "zenodo", "doi"}
)
BADGE_MIN_STRONG: Final = 2


#: the pages a site's footer links to ("Privacy Policy"): a remnant in a footer, but the
#: title of the page itself when a date or byline follows it
PAGE_NAMES: Final = frozenset(
    {
        "privacy policy",
        "privacy notice",
        "cookie policy",
        "terms of use",
        "terms of service",
        "terms and conditions",
        "about us",
        "contact us",
        "imprint",
        "impressum",
        "disclaimer",
        "accessibility statement",
    }
)

#: when a digest or newsletter comes out again
_ISSUES: Final = ("time", "week", "month", "year", "issue")

#: the group a post's closing signature names ("The Istio Team", "The release managers for
#: 1.2", "The steering committee"), compared case-folded
SIGNATURE_GROUPS: Final = frozenset(
    {"team", "maintainers", "managers", "committee", "editors", "organizers", "organisers"}
    | {"authors", "developers", "contributors", "staff", "crew"}
)


#: the words a post signs off with ("Cheers!" / "Team PyTorch"): they close the last
#: section, and the name under them is a signature, neither of them a heading
SIGN_OFFS: Final = frozenset(
    {"cheers", "thanks", "thank you", "thanks again", "regards", "best regards", "best"}
    | {"kind regards", "sincerely", "yours", "enjoy", "happy coding", "happy hacking"}
    | {"stay tuned", "see you soon", "until next time", "take care", "onward"}
    # a digest's or newsletter's goodbye until its next issue ("See ya next month 👋")
    | {"until next week", "until next month", "until next year", "until next issue"}
    | {f"see {you} next {when}" for you in ("you", "ya", "y'all") for when in _ISSUES}
)

#: the labels of a callout ("Note:", "Tip:"): they introduce a paragraph, never head a
#: section
CALLOUT_LABELS: Final = frozenset(
    {"note", "notes", "tip", "tips", "hint", "warning", "caution", "important", "info"}
    | {"example", "e.g.", "update", "edit", "disclaimer", "remember", "ps", "p.s.", "nb"}
    | {"n.b.", "attention", "danger", "reminder", "correction", "editor's note"}
)

#: the labels that open a callout or a program's message on the line they introduce ("Note:
#: this package used to be called geoops", "Hint: use the rnorm function", "Error: no data
#: available"): a remark, never a heading. (Not "Update:" or "Reminder:", which a news page
#: heads its items with.)
CALLOUT_OPENINGS: Final = frozenset(
    {"note", "notes", "hint", "warning", "caution", "important", "nb", "n.b.", "ps", "p.s."}
    | {"error", "editor's note"}
)

#: the openings of a line of markup or source the text kept: a container's fence of
#: VitePress or Docusaurus ("::: details Why bundle?", ":::tip"), a comment left in a post's
#: source ("// TODO: update the cover image"); never a heading
MARKUP_RESIDUE_OPENINGS: Final = (":::", "//")

#: the last word of a label that introduces a run of links on its line ("Quick links: Docs,
#: Changelog", "Docs in other languages: Deutsch, Español"), as release announcements open:
#: the links' texts joined by commas, never a heading
LINK_RUN_LABEL_WORDS: Final = frozenset(
    {"links", "languages", "translations", "resources", "downloads", "mirrors"}
)

#: labels of a page's facts about the article itself, beside its byline and date ("Source:"
#: / "University of Example" in a science news page's header): with the value under them
#: they are one field line (kept in the body, as "Source: University of Example" would be)
FIELD_LABELS: Final = frozenset({"source", "location", "dateline"})

#: labels of the article's title given as a field ("Title: A Beginner's Guide to Sourdough"
#: above "Author:" and "Date:", as an export or a CMS's plain-text view writes it)
TITLE_FIELD_LABELS: Final = frozenset({"title", "headline", "article title", "post title"})

#: the remnants that open a media player, whose clock lines ("00:00", "04:12") follow
MEDIA_PLAYER_OPENERS: Final = ("listen to this", "listen now")

#: the buttons of a page's box, one a line, under the line that opens it (a UI remnant
#: starting with the key): citation styles, a feedback question's answers, calendars
BUTTONS_UNDER: dict[str, frozenset[str]] = {
    "cite this": frozenset(
        {"mla", "apa", "chicago", "harvard", "vancouver", "ieee", "ama", "bibtex", "ris", "endnote"}
    ),
    "was this": frozenset({"yes", "no"}),
    "did you find": frozenset({"yes", "no"}),
    "is this page useful": frozenset({"yes", "no"}),
    "add to calendar": frozenset(
        {
            "google",
            "google calendar",
            "outlook",
            "outlook.com",
            "apple",
            "apple calendar",
            "ical",
            "icalendar",
            "yahoo",
            "yahoo calendar",
            "office 365",
            "microsoft 365",
        }
    ),
}

#: how a line that is only a link ends ("Get our app on the go by clicking here"): a
#: remnant of the page, wherever it stands (a sentence that ends so ends with its stop)
CLICK_HERE_ENDINGS: Final = ("by clicking here", "click here")

#: the button a blog's "click to tweet" box glues to the end of the quotation it offers
CLICK_TO_TWEET: Final = "click to tweet"

#: the names of a related-articles box that are also the button under each story of a
#: newsletter or digest ("Read more" after every blurb): named more than once in an article,
#: they are those buttons, not boxes
STORY_BUTTON_NAMES: Final = frozenset(
    {"read more", "continue reading", "read the full story", "full story"}
)

#: the names of a page's links or buttons that also head text of their own ("Contact us"
#: over the contact details, "Cite this article" over the citation)
HEADING_BUTTONS: Final = frozenset(
    {"contact us", "contact", "about us", "cite this article", "cite this page"}
    | {"cite this story", "how to cite", "how to cite this article"}
)

#: a page's pagination links on a line of their own, beside which a line of page numbers
#: ("1 2 3") is the rest of the pagination
PAGINATION_LINKS: Final = frozenset(
    {"next page", "previous page", "older posts", "newer posts", "next", "previous"}
)

#: names of a references section that lists topics by their names ("See also" / "Heat
#: capacity" / "Thermal diffusivity"), entries in sentence case that name no work
TOPIC_LIST_NAMES: Final = frozenset({"see also"})

#: words that make a line a clause, as a news headline is ("Drones are mapping weeds on
#: French vineyards", "Councils get power to buy empty shops", "The town that turned its
#: shopping centre into homes") and an encyclopedia topic's name ("Passive solar building
#: design", "List of lakes of the northern highlands") is not: copulas, auxiliaries, modals,
#: a few common verbs and the relative pronouns
HEADLINE_CLAUSE_WORDS: Final = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can"}
    | {"could", "should", "may", "might", "must", "does", "do", "did", "get", "gets", "got"}
    | {"make", "makes", "made", "says", "said", "wins", "won", "that", "who", "isn't"}
    | {"aren't", "won't", "can't", "don't", "doesn't"}
)

#: the labels of an event's fields on its card, beside which "Date:" is the event's date
#: ("Date: 9 July 2025" / "Time: 18:30"), not the page's
EVENT_FIELD_LABELS: Final = frozenset(
    {"time", "times", "when", "where", "venue", "location", "place", "doors", "tickets"}
)

#: words of a news site's sections, which stand beside a date as a byline does ("World News
#: | March 3, 2025") but name no person
NEWS_SECTION_WORDS: Final = frozenset(
    {"news", "world", "business", "sport", "sports", "politics", "opinion", "health"}
    | {"science", "technology", "tech", "culture", "travel", "lifestyle", "entertainment"}
    | {"economy", "markets", "finance", "local", "national", "international", "breaking"}
    | {"updates", "update", "live", "analysis", "features", "blog", "press", "release"}
)

#: the entries of a news site's menu, which a scraper keeps one a line ("News" / "Sport" /
#: "Weather") or in a bar ("Home | World | Business | Science") above the headline
MENU_WORDS: Final = (
    NEWS_SECTION_WORDS
    | {"home", "weather", "video", "videos", "audio", "podcasts", "newsletters", "latest"}
    | {"culture", "arts", "books", "food", "style", "money", "property", "education"}
    | {"environment", "climate", "uk", "us", "europe", "asia", "africa", "americas"}
    | {"photos", "games", "puzzles", "obituaries", "jobs", "events", "reviews", "sections"}
)
#: a section's rubric in capitals above the headline ("OPINION", "ANALYSIS")
KICKER_WORDS: Final = NEWS_SECTION_WORDS | frozenset(
    {"exclusive", "editorial", "comment", "commentary", "review", "interview", "feature"}
    | {"explainer", "explained", "investigation", "perspective", "essay", "obituary"}
    | {"fact check", "breaking news", "news analysis", "letters", "first person", "watch"}
)
#: the kinds of change a changelog lists under each release (Keep a Changelog's six, and
#: the names release notes often give them)
CHANGE_KINDS: Final = frozenset(
    {"added", "changed", "deprecated", "removed", "fixed", "security"}
    | {"bug fixes", "bugfixes", "new features", "breaking changes", "deprecations"}
)
#: a label over the names of a paper's authors
AUTHOR_LABELS: Final = frozenset(
    {"authors", "author", "author information", "authors and affiliations", "contributors"}
)
#: a journal's label of the kind of paper above its title ("Research Article", "Open
#: Access"), however written: furniture there
ARTICLE_TYPE_LABELS: Final = frozenset(
    {"research article", "original article", "review article", "original research"}
    | {"research paper", "brief report", "short communication", "research letter"}
    | {"case report", "systematic review", "open access", "original paper", "full paper"}
    | {"article", "perspective article", "methods article", "data article", "mini review"}
)
#: the label of a page's kind above its title, under the name of who publishes it ("Ministry
#: of Transport" / "Press release", "Journal of Coastal Research" / "Research Article")
PAGE_TYPE_LABELS: Final = ARTICLE_TYPE_LABELS | frozenset(
    {"press release", "news release", "media release", "news story", "statement", "speech"}
)
#: a page's interface left above the title, furniture there (and only there: "Search" or
#: "Home" further down may head a section of the text)
PAGE_TOP_LABELS: Final = frozenset(
    {"search", "home", "main menu", "navigation", "site navigation", "skip navigation"}
    | {"open menu", "search for", "we value your privacy", "your privacy choices"}
    | {"your privacy", "privacy settings", "cookie consent", "manage cookies"}
)
#: the opening words of a consent manager's banner ("We and our partners use cookies to
#: store and access information on your device. …"), however long its sentences run
CONSENT_BANNER_OPENERS: Final = (
    "we and our partners",
    "we and our vendors",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
)
#: what a site's banner about the reader's browser says ("Thank you for visiting nature.com.
#: You are using a browser version with limited support for CSS."), beside the word
#: "browser": above the title, however long, a notice of the page, not its text
BROWSER_BANNER_PHRASES: Final = (
    "limited support",
    "not supported",
    "no longer supported",
    "unsupported",
    "outdated",
    "out of date",
    "upgrade your browser",
    "update your browser",
)

#: degrees and post-nominal letters after an author's name ("Lena Hoffmann, PhD")
ACADEMIC_DEGREES: Final = frozenset(
    {"PhD", "Ph.D.", "MD", "M.D.", "DPhil", "DrPH", "PharmD", "EdD", "DNP", "DDS", "DVM"}
    | {"MPH", "MSc", "M.Sc.", "MBA", "MBBS", "MBChB", "MSN", "BSN", "BSc", "RN", "JD"}
    | {"FRCP", "FRCS", "FACP", "FACS", "MRCP", "FRS"}
)

#: a credit line under the title naming who checked the text ("Medically reviewed by Dr
#: Amara Osei, MD"), not who wrote it
REVIEW_CREDIT_PREFIXES: Final = (
    "reviewed by ",
    "medically reviewed by ",
    "clinically reviewed by ",
    "fact checked by ",
    "fact-checked by ",
    "edited by ",
)

#: news agencies a byline names on the line under it ("By ANA RUIZ" / "Associated Press")
NEWS_AGENCIES: Final = frozenset(
    {"associated press", "the associated press", "ap", "reuters", "thomson reuters", "afp"}
    | {"agence france-presse", "bloomberg", "bloomberg news", "dpa", "efe", "ansa", "xinhua"}
    | {"kyodo", "kyodo news", "pa media", "press association", "upi", "tass", "anadolu"}
    | {"cnn wire", "staff and agencies", "agencies", "wire services"}
)
#: the last word of a writer's role on the line under a byline ("Staff Writer", "Senior
#: Correspondent", "Columnist")
#: the words of a question put to the reader, or by the writers of themselves ("Have you
#: ever …?", "What did we ship this month?"): a first line so asked opens the body
READER_WORDS: Final = frozenset(
    {"you", "your", "you're", "you\u2019re", "yourself", "we", "our", "us", "i", "my", "me"}
)

#: a newsroom's byline for a story no one signs, alone on its line under the title
NEWSROOM_BYLINES: Final = frozenset(
    {"staff reports", "staff report", "from staff reports", "staff and wire reports"}
    | {"wire reports", "from wire reports", "news services", "from news services"}
)

#: the roles a credit line names before its colon ("Editor: Jane Doe", "Authors &
#: Interviewers: …", "Photo: Getty Images"): who made the piece, not a part of it
#: (people's roles, and "photo" / "illustration" for a picture's credit: a topic such as
#: "Design" or "Video" may head a part, "Video: How We Ship")
CREDIT_ROLES: Final = frozenset(
    {"author", "authors", "editor", "editors", "interviewer", "interviewers", "reviewer"}
    | {"reviewers", "translator", "translators", "illustrator", "illustration", "photo"}
    | {"photographer", "producer", "producers", "designer"}
)

BYLINE_ROLE_WORDS: Final = frozenset(
    {"writer", "reporter", "correspondent", "editor", "columnist", "contributor", "staff"}
)


#: the value of a flag, a yes-or-no answer: "Complete checklists only: No", "1: Yes",
#: "Verbose: TRUE" are fields, options or a program's menu, never a heading
FLAG_VALUES: Final = frozenset({"yes", "no", "true", "false", "none", "null", "on", "off"})

#: the special sections that are boxes of the page, which stand at the article's top or end:
#: under a heading of the body with subsections after it, a heading of that name is one of
#: those subsections ("## Release 30" / "### Highlights" / "### Fixes")
BOXES_AT_THE_EDGES: Final = frozenset({"highlights"})


#: programs an article tells its reader to run, by the name that opens the command line
#: ("npm init x@latest my-app", "kubectl apply -f app.yaml", "R CMD INSTALL pkg.tar.gz").
#: Prose does not open a line with one of them in lower case and then an argument shaped
#: like code (a flag, a file, a dotted key, an address, a hyphenated name), so such a line
#: is a command even without its "$" prompt. Names that are also English words ("go",
#: "make", "kind", "cat") are left out: "go to the page/settings" is prose.
COMMAND_LINE_TOOLS: Final = (
    "npx", "npm", "pnpm", "yarn", "bunx", "bun", "deno", "kubectl", "helm", "linkerd",
    "istioctl", "minikube", "k3d", "argocd", "git", "gh", "brew", "pip", "pip3", "pipx", "uv",
    "uvx", "poetry", "conda", "mamba", "docker", "podman", "R CMD", "Rscript", "cargo",
    "rustup", "gem", "composer", "dotnet", "terraform", "gcloud", "aws", "az", "falco",
    "falcoctl", "vagrant", "mvn", "gradle", "sudo", "apt", "apt-get", "curl", "wget", "quarto",
    "hugo", "electron-forge",
)  # fmt: skip
#: programs a shell line pipes into ("… | kubectl apply -f -", "… | grep ERROR")
PIPED_COMMANDS: Final = (
    "kubectl", "grep", "xargs", "sort", "uniq", "head", "tail", "jq", "yq", "sh", "bash", "tee",
    "awk", "sed", "wc", "less", "helm", "linkerd", "istioctl",
)  # fmt: skip
