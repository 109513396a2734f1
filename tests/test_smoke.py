import articlekit as ak


def test_parse_returns_article() -> None:
    art = ak.parse("Title\n\nSome text here.\n")
    assert isinstance(art, ak.Article)
    assert art.title == "Title"
